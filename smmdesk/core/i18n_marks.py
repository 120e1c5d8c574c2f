"""QT_TRANSLATE_NOOP for the core: marks English texts for lupdate without importing Qt.

The GUI translates a marked text where it shows it: ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged; lupdate files it under ``context`` (the name must stay exactly this,
    and both arguments must be string literals, for lupdate to find the text)."""
    return text
