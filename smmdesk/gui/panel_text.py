"""Panel and user text is data, never markup: the one rule for how such text reaches a widget.

Qt guesses "rich text" from content (``Qt.mightBeRichText``): a service called
``<b>Likes</b> <!--`` would hide the rest of a message box, and ``<img src=//host/x>`` makes Qt
open that path (on Windows a network share, which sends the user's credentials' hash). So text
that comes from a panel or a user (names, categories, links, comments, error texts) is shown:

- in labels and message boxes with ``Qt.TextFormat.PlainText`` (:func:`plain_label`; the message
  boxes of ``dialogs`` are always plain);
- in tooltips, which have no format switch, as escaped rich text (:func:`tip`);
- in desktop notifications escaped where the platform reads markup (:func:`notification_text`).

Only the service description pane shows panel HTML, through its sanitiser (service_details).
Before the user confirms what is sent, bidi controls and zero-width characters in a link, a
user name or a comment are made visible (:func:`reveal`), so ``https://instagram.com/\u202emoc.live``
cannot pose as another link.
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

__all__ = [
    "NAME_LIMIT",
    "TIP_LIMIT",
    "clip",
    "new_label",
    "notification_text",
    "plain_label",
    "reveal",
    "tip",
]

#: the longest service name a heading shows (the full name is in its tooltip)
NAME_LIMIT: Final = 160
#: the longest text a tooltip shows (a 10,000-character name would cover the screen)
TIP_LIMIT: Final = 600

# Explicit embeddings/overrides (U+202A-U+202E) and isolates (U+2066-U+2069) reorder what
# follows them; the marks and zero-width characters are invisible. In a link or a user name
# none of them has a reason to be there.
_HIDDEN: Final = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060-\u2064\u061c\ufeff\u00ad\u180e]"
)
_JOINERS: Final = frozenset("\u200c\u200d")


def plain_label(label: QLabel) -> QLabel:
    """``label`` set to show its text literally (whatever the text looks like); returned."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def new_label(parent: QWidget | None = None, text: str = "") -> QLabel:
    """A label that shows its text literally: the way every label of the app is made."""
    label = plain_label(QLabel(parent))
    if text:
        label.setText(text)
    return label


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (a panel may send 10,000)."""
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def tip(text: str | None, limit: int = TIP_LIMIT) -> str:
    """``text`` for a tooltip: tooltips render rich text when the text looks like it, so the
    text is escaped into a paragraph that shows it literally (line breaks kept). Empty text
    stays empty (no tooltip)."""
    if not text:
        return ""
    # pre-wrap: spaces, no-break spaces and line breaks stay as they are, and a long name still
    # wraps (convertFromPlainText either joins it into one line with no-break spaces or
    # collapses the narrow no-break spaces of numbers and dates)
    return f"<p style='white-space:pre-wrap'>{html.escape(clip(text, limit), quote=False)}</p>"


def notification_text(text: str, platform: str = sys.platform) -> str:
    """``text`` for a desktop notification. Linux notification servers read a markup subset in
    the message body, so there it is escaped; Windows and macOS show text as is."""
    if platform.startswith("linux") or platform.startswith("freebsd"):
        return html.escape(text, quote=False)
    return text


def reveal(text: str, *, keep_joiners: bool = False) -> str:
    """``text`` with every bidi control and invisible character written out as ``⟨U+202E⟩``.

    ``keep_joiners`` (for comments, which may hold emoji sequences and Persian or Arabic words)
    keeps a zero-width joiner or non-joiner that sits between two non-ASCII letters or symbols;
    every other one is shown."""
    if _HIDDEN.search(text) is None:
        return text

    def written(match: re.Match[str]) -> str:
        ch = match.group()
        if keep_joiners and ch in _JOINERS and _joins(text, match.start()):
            return ch
        return f"⟨U+{ord(ch):04X}⟩"

    return _HIDDEN.sub(written, text)


def _joins(text: str, index: int) -> bool:
    """A joiner between two non-ASCII visible characters (letters, marks or symbols)."""
    if index == 0 or index + 1 >= len(text):
        return False
    before, after = text[index - 1], text[index + 1]
    return _joinable(before) and _joinable(after)


def _joinable(ch: str) -> bool:
    return not ch.isascii() and unicodedata.category(ch)[0] in "LMS"
