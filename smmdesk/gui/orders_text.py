"""How order text sits in a sentence or a right-to-left layout: direction isolates, panel
numbers in the locale's digits, date-field formats and reading-start alignment."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QWidget

from smmdesk.gui import locale_format

__all__ = [
    "align_to_reading_start",
    "date_edit_format",
    "directed",
    "fmt_id",
    "isolate",
    "order_ref",
]

# First-strong isolate / pop directional isolate: a panel's or the user's text (Arabic or
# English, a URL) keeps its own direction inside a translated sentence or a right-to-left cell,
# and its brackets and punctuation stay where they belong.
_FSI, _PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` as one direction-isolated unit (empty text stays empty)."""
    return f"{_FSI}{text}{_PDI}" if text else text


def directed(text: str, widget: QWidget) -> str:
    """``text`` led by a mark of the widget's direction, for a label whose text may hold no
    letter of the user's script ("#1 Instagram Followers", "USD 0.09"): Qt would lay such a
    label out left to right even in an Arabic window, putting the "#1" last."""
    if not text:
        return text
    return ("\u200f" if widget.isRightToLeft() else "\u200e") + text


def fmt_id(number: int) -> str:
    """An order, service or refill number: the locale's digits, never grouped (it is a name,
    not an amount: 23501, not 23,501)."""
    return locale_format.fmt_decimal(number, 0, grouping=False)


def order_ref(number: int) -> str:
    """A panel number as shown in lists: "#23501" (with the locale's digits)."""
    return "#" + fmt_id(number)


def date_edit_format() -> str:
    """The display format for date fields: the locale's short date with a four-digit year
    (the short format's "yy" leaves 2026 and 1926 alike). Bidi marks are left out: a date edit
    orders its sections for right-to-left itself, and the marks (Arabic's "d‏/M‏/yyyy") would
    turn the day and the year round again."""
    text = locale_format.widget_locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return "".join(ch for ch in text if ch not in "\u200e\u200f\u061c")


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
