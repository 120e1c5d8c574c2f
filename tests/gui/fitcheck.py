"""Does every text fit its widget, and is every key widget on screen? A reusable checker for
windows and dialogs (tests/gui/test_fit.py runs it over the main window and every dialog).

``misfits(root)`` walks the visible widgets under ``root`` and returns one line per problem:

- a QLabel whose text (word-wrap aware, plain or rich) needs more room than its contentsRect;
- a button (push, tool, check, radio) narrower or lower than what its text and icon need;
- a QTabBar tab narrower than its text, or lying outside the bar (behind the scroll arrows);
- a header section (of a table or tree) narrower than its title;
- a combo box whose current text does not fit its edit field;
- a text widget cut off by an ancestor that is not a scroll area (the layout overflowed);
- an item-view cell whose text does not fit unless it has a tooltip (elided with the full text
  in the tooltip is fine).

``outside(widget, root)`` says whether a widget lies (partly) outside what ``root`` shows: out of
the window, or scrolled out of a scroll area's viewport. Every comparison allows ``TOLERANCE``
pixels, since fonts differ a little between the offscreen platform and a real display.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

__all__ = ["TOLERANCE", "describe", "misfits", "outside", "text_size"]

#: pixels of slack in every comparison (fonts differ a little between platforms)
TOLERANCE = 2
#: item-view rows looked at per view (the visible ones, at most this many)
MAX_ROWS = 60


def describe(widget: QWidget) -> str:
    """A widget's class, object name and its parents' (enough to find it in the code)."""
    parts = []
    node: QWidget | None = widget
    while node is not None and len(parts) < 4:
        name = node.objectName()
        parts.append(type(node).__name__ + (f"#{name}" if name else ""))
        node = node.parentWidget()
    return " < ".join(parts)


def _strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def text_size(
    text: str, metrics: QFontMetrics, width: int | None, *, rich: bool = False, font=None
) -> QSize:
    """The size ``text`` needs: on one line per paragraph (``width`` None), or wrapped at
    ``width`` (a word longer than the width still needs its own length)."""
    if rich:
        document = QTextDocument()
        if font is not None:
            document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(text)
        if width is not None:
            document.setTextWidth(width)
            needed = document.size().toSize()
            return QSize(max(int(document.idealWidth()), 0), needed.height())
        return document.size().toSize()
    if width is None:
        lines = text.split("\n")
        return QSize(
            max(metrics.horizontalAdvance(line) for line in lines),
            metrics.height() * len(lines) + metrics.leading() * (len(lines) - 1),
        )
    flags = int(Qt.TextFlag.TextWordWrap.value)
    rect = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text)
    return rect.size()


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.property("elides") and label.toolTip() and not label.wordWrap():
        # elides its end by design, the whole text in its tooltip: only the height counts
        text = text.split("\n", 1)[0][:1]
    if label.buddy() is not None:
        text = _strip_mnemonic(text)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    room = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    if label.indent() > 0:
        room.setWidth(room.width() - label.indent())
    metrics = label.fontMetrics()
    needed = text_size(
        text, metrics, room.width() if label.wordWrap() else None, rich=rich, font=label.font()
    )
    # the height as Qt lays the text out (with the fallback fonts of other scripts)
    height = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    if needed.width() > room.width() + TOLERANCE or height > label.height() + TOLERANCE:
        return (
            f"label text needs {needed.width()}x{height} px, has "
            f"{room.width()}x{label.height()}: {text[:80]!r}"
        )
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _strip_mnemonic(button.text())
    if not text:
        return None
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    # the size hint is the text's width plus the icon, the indicator and the style's padding
    if isinstance(button, QPushButton | QToolButton | QCheckBox | QRadioButton):
        hint = button.sizeHint()
    else:
        hint = button.minimumSizeHint()
    if button.width() + TOLERANCE < hint.width() or button.height() + TOLERANCE < min(
        hint.height(), button.fontMetrics().height() + 2
    ):
        return (
            f"button text needs {hint.width()}x{hint.height()} px, has "
            f"{button.width()}x{button.height()}: {text[:80]!r}"
        )
    return None


def _tab_problems(bar: QTabBar) -> Iterable[str]:
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _strip_mnemonic(bar.tabText(index))
        rect = bar.tabRect(index)
        needed = metrics.horizontalAdvance(text)
        if rect.width() + TOLERANCE < needed:
            yield f"tab {index} needs {needed} px, has {rect.width()}: {text!r}"
        if not bar.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(rect):
            yield f"tab {index} lies outside its bar (scroll arrows): {text!r}"


def _header_problems(header: QHeaderView) -> Iterable[str]:
    if header.orientation() != Qt.Orientation.Horizontal:
        return
    model = header.model()
    if model is None:
        return
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    metrics = header.fontMetrics()
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal)
        if not text:
            continue
        needed = metrics.horizontalAdvance(str(text)) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += mark + margin
        width = header.sectionSize(logical)
        if width + TOLERANCE < needed:
            yield f"header section {logical} needs {needed} px, has {width}: {text!r}"


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = text
    option.frame = True
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if field.width() + TOLERANCE < needed:
        return f"combo text needs {needed} px, has {field.width()}: {text[:80]!r}"
    return None


def _clipped_by_parent(widget: QWidget, root: QWidget) -> str | None:
    """A widget cut off by an ancestor (not a scroll area's viewport, where scrolling shows
    the rest): the layout needed more room than it had."""
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    node = widget.parentWidget()
    while node is not None and node is not root.parentWidget():
        parent = node.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is node:
            return None
        visible = QRect(node.mapTo(root, QPoint(0, 0)), node.size())
        grown = visible.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        if not grown.contains(rect):
            return f"cut off by {describe(node)} ({rect} not in {visible})"
        if node is root:
            break
        node = node.parentWidget()
    return None


def _cell_problems(view: QAbstractItemView) -> Iterable[str]:
    """Cells whose text does not fit and that have no tooltip to read it in."""
    model = view.model()
    if model is None:
        return
    viewport = view.viewport().rect()
    metrics = view.fontMetrics()
    index = view.indexAt(QPoint(2, 2))
    seen = 0
    rows: list[QModelIndex] = []
    while index.isValid() and seen < MAX_ROWS:
        rows.append(index)
        seen += 1
        nxt = view.indexAt(QPoint(2, view.visualRect(index).bottom() + 3))
        if not nxt.isValid() or nxt == index or view.visualRect(nxt).top() > viewport.bottom():
            break
        index = nxt
    for first in rows:
        for column in range(model.columnCount(first.parent())):
            cell = first.siblingAtColumn(column)
            rect = view.visualRect(cell)
            text = cell.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text or rect.width() <= 0:
                continue
            needed = metrics.horizontalAdvance(text) + 8
            if cell.data(Qt.ItemDataRole.DecorationRole) is not None:
                needed += view.iconSize().width() if view.iconSize().width() > 0 else 16
            if needed > rect.width() + TOLERANCE and not cell.data(Qt.ItemDataRole.ToolTipRole):
                yield f"cell ({cell.row()}, {column}) elided without a tooltip: {text[:60]!r}"


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def misfits(root: QWidget, *, cells: bool = True) -> list[str]:
    """Every text that does not fit under ``root`` (see the module's docstring)."""
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget, root):
            continue
        found: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            found += [problem] if problem else []
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            found += [problem] if problem else []
        elif isinstance(widget, QTabBar):
            found += list(_tab_problems(widget))
        elif isinstance(widget, QHeaderView):
            found += list(_header_problems(widget))
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
            found += [problem] if problem else []
        if isinstance(widget, QLabel | QAbstractButton | QComboBox) and widget is not root:
            clipped = _clipped_by_parent(widget, root)
            found += [clipped] if clipped else []
        if cells and isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += list(_cell_problems(widget))
        problems += [f"{describe(widget)}: {problem}" for problem in found]
    return problems


def outside(widget: QWidget, root: QWidget) -> str | None:
    """Why ``widget`` is not wholly on show in ``root`` (hidden, out of the window, scrolled
    out of a scroll area), or None when it is."""
    if not widget.isVisibleTo(root) or widget.width() <= 0 or widget.height() <= 0:
        return f"{describe(widget)} is not shown"
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    node = widget.parentWidget()
    while node is not None:
        visible = QRect(node.mapTo(root, QPoint(0, 0)), node.size())
        grown = visible.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        if not grown.contains(rect):
            return f"{describe(widget)} at {rect} lies outside {describe(node)} at {visible}"
        if node is root:
            break
        node = node.parentWidget()
    return None


def process_events() -> None:
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
