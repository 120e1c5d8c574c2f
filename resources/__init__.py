"""The files SMMDesk ships with: the app icons and the compiled translations.

This folder is the ``smmdesk.resources`` package (pyproject maps it), so a wheel, an editable
install and the frozen bundle all find it with ``importlib.resources``; the translation sources
(.ts) live here too but only the compiled .qm files are shipped.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["location"]


@cache
def location() -> Path:
    """This package's folder: the top-level ``resources/`` in a checkout or an editable install,
    inside site-packages for a wheel, inside the bundle when frozen. Qt loads icons and
    translations from real files, and SMMDesk is never imported from a zip, so the package is
    always a folder."""
    root = resources.files(__name__)
    if not isinstance(root, Path):  # e.g. a namespace package: this __init__.py was lost
        raise RuntimeError(f"smmdesk.resources is not a folder on disk: {root!r}")
    return root
