"""Panel and user text is data, never markup: the one rule for how such text reaches a widget.

Qt guesses "rich text" from content (``Qt.mightBeRichText``): a service called
``<b>Likes</b> <!--`` would hide the rest of a message box, and ``<img src=//host/x>`` makes Qt
open that path (on Windows a network share, which sends the user's credentials' hash). So text
that comes from a panel or a user (names, categories, links, comments, error texts) is shown:

- in labels and message boxes with ``Qt.TextFormat.PlainText`` (:func:`plain_label`; the message
  boxes of ``dialogs`` are always plain);
- in tooltips, which have no format switch, as escaped rich text (:func:`tip`);
- in desktop notifications escaped where the platform reads markup (:func:`notification_text`).

Only the service description pane shows panel HTML, through its sanitiser (gui/catalog/details.py).
Before the user confirms what is sent, bidi controls and zero-width characters in a link, a
user name or a comment are made visible (:func:`reveal`), so ``https://instagram.com/\u202emoc.live``
cannot pose as another link.
"""

from __future__ import annotations

import html
import sys
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QToolTip, QWidget

__all__ = [
    "NAME_LIMIT",
    "TIP_LIMIT",
    "clip",
    "new_label",
    "notification_text",
    "plain_label",
    "show_tip",
    "tip",
]

#: the longest service name a heading shows (the full name is in its tooltip)
NAME_LIMIT: Final = 160
#: the longest text a tooltip shows (a 10,000-character name would cover the screen)
TIP_LIMIT: Final = 600


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


def show_tip(text: str | None) -> None:
    """Show ``text`` (escaped, see ``tip``) as a tooltip at the mouse, as a chart's hovered
    part does; empty text hides the tooltip."""
    if text:
        QToolTip.showText(QCursor.pos(), tip(text))
    else:
        QToolTip.hideText()


def notification_text(text: str, platform: str = sys.platform) -> str:
    """``text`` for a desktop notification. Linux notification servers read a markup subset in
    the message body, so there it is escaped; Windows and macOS show text as is."""
    if platform.startswith("linux") or platform.startswith("freebsd"):
        return html.escape(text, quote=False)
    return text


def directed(text: str, widget: QWidget) -> str:
    """``text`` led by a mark of the widget's direction, for a label whose text may hold no
    letter of the user's script ("#1 Instagram Followers", "USD 0.09"): Qt would lay such a
    label out left to right even in an Arabic window, putting the "#1" last."""
    if not text:
        return text
    return ("\u200f" if widget.isRightToLeft() else "\u200e") + text


def align_to_reading_start(widget: QLineEdit | QAbstractSpinBox | QLabel) -> None:
    """Start a field's or label's text where the reader starts (the right in Arabic, the left
    in English), whatever the text. Qt aligns by the text's own direction, so digits, a link
    or an English service name would otherwise sit at the far side of an Arabic form."""
    flag = Qt.AlignmentFlag
    side = flag.AlignRight if widget.isRightToLeft() else flag.AlignLeft
    vertical = (
        flag.AlignTop if isinstance(widget, QLabel) and widget.wordWrap() else flag.AlignVCenter
    )
    widget.setAlignment(side | flag.AlignAbsolute | vertical)
