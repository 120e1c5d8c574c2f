"""Keyboard habits every pane shares: Tab leaves a table or a text box, a scrolled form follows
the focus, the context-menu keys open a view's menu on its current row, and Alt mnemonics are
given to texts that have none."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

__all__ = [
    "ViewKeys",
    "add_mnemonic",
    "follow_focus",
    "is_menu_key",
    "label_buttons",
    "tab_leaves",
    "taken_letters",
    "without_mnemonic",
]


def tab_leaves(*widgets: QWidget) -> None:
    """Tab and Shift+Tab move the focus out of these tables and text boxes (Qt's tables walk
    their cells with Tab and wrap round; an editable text box types a tab character)."""
    for widget in widgets:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setTabChangesFocus(True)


def follow_focus(area: QScrollArea) -> None:
    """Scroll ``area`` to the widget inside it that gets the focus (a field below the fold)."""

    def on_focus(_old: QWidget | None, new: QWidget | None) -> None:
        inner = area.widget()
        if new is not None and inner is not None and inner.isAncestorOf(new):
            area.ensureWidgetVisible(new, 8, 8)

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(on_focus)
        # the connection must end with the area: a late focus change would reach a dead widget
        area.destroyed.connect(lambda *_: _disconnect(app, on_focus))


def _disconnect(app: QApplication, slot: Callable[[QWidget | None, QWidget | None], None]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # gone with the application
        app.focusChanged.disconnect(slot)


def is_menu_key(event: QKeyEvent) -> bool:
    """The keyboard's context-menu keys: the Menu key, and Shift+F10."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Menu and modifiers == Qt.KeyboardModifier.NoModifier:
        return True
    return event.key() == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier


class ViewKeys(QObject):
    """A view's keys that act on its *current* row. The context-menu keys (the Menu key,
    Shift+F10, or a keyboard context-menu event) open the menu there: Qt's own keyboard menu
    lands where a line edit's text cursor would be, which in a view with a header is the row
    below, or below the last row. ``opener(pos)`` gets a point of the current row in viewport
    coordinates, as ``customContextMenuRequested`` does for the mouse. Return and Enter on a
    row call ``on_enter(index)`` when given (and go no further)."""

    def __init__(
        self,
        view: QAbstractItemView,
        opener: Callable[[QPoint], None],
        on_enter: Callable[[QModelIndex], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._opener = opener
        self._on_enter = on_enter
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if is_menu_key(event):
                self.open_on_current()
                return True
            return self._enter(event)
        if (
            kind == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            self.open_on_current()
            return True
        return False

    def _enter(self, event: QKeyEvent) -> bool:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            self._on_enter is None
            or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            or plain != Qt.KeyboardModifier.NoModifier
        ):
            return False
        index = self._view.currentIndex()
        if not index.isValid():
            return False
        self._on_enter(index)
        return True

    def open_on_current(self) -> None:
        """Open the menu on the current row (nothing when there is none, or one is open)."""
        popup = QApplication.activePopupWidget()
        if popup is not None and popup.parent() is not None:
            return  # the platform sent both a context-menu event and the key: one menu
        view = self._view
        index = view.currentIndex()
        if not index.isValid():
            return
        view.scrollTo(index)
        rect = view.visualRect(index)
        # the start of the row's text, a little in: where a menu reads as belonging to it
        x = min(rect.left() + 24, rect.right()) if rect.width() > 0 else 1
        self._opener(QPoint(max(x, 1), rect.center().y()))


def add_mnemonic(text: str, used: set[str]) -> str:
    """Plain ``text`` marked for Qt with an Alt mnemonic on its first letter not in ``used``
    (which it joins); a literal ``&`` is escaped; no letter left: no mnemonic."""
    escaped = text.replace("&", "&&")
    for position, char in enumerate(escaped):
        if char.isalpha() and char.lower() not in used and escaped[position - 1 : position] != "&":
            used.add(char.lower())
            return escaped[:position] + "&" + escaped[position:]
    return escaped


def _has_mnemonic(text: str) -> bool:
    stripped = text.replace("&&", "")
    return "&" in stripped[:-1]


def _mnemonic_of(text: str) -> str:
    stripped = text.replace("&&", "")
    position = stripped.index("&")
    return stripped[position + 1].lower()


def without_mnemonic(text: str) -> str:
    """Qt-marked ``text`` as read: its mnemonic mark gone, a doubled ``&&`` one ``&``."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


#: a dynamic property: a label whose Alt letter gives way to others (``taken_letters`` does not
#: count it; its owner picks its letter again after them)
YIELDS_LETTERS = "yieldsLetters"


def taken_letters(widget: QWidget) -> set[str]:
    """The Alt letters ``widget``'s window already gives away outside ``widget``: its menu
    bar's, its buttons' and its labels' (an Alt key claimed twice does nothing), except the
    labels that yield theirs (``YIELDS_LETTERS``)."""
    window = widget.window()
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    texts = [a.text() for a in bar.actions()] if bar is not None else []
    for other in window.findChildren(QAbstractButton):
        if other is not widget and not widget.isAncestorOf(other):
            texts.append(other.text())
    for label in window.findChildren(QLabel):
        if (
            label.buddy() is not None
            and not widget.isAncestorOf(label)
            and not label.property(YIELDS_LETTERS)
        ):
            texts.append(label.text())
    return {_mnemonic_of(text) for text in texts if _has_mnemonic(text)}


def label_buttons(buttons: Iterable[QAbstractButton], reserved: Iterable[str] = ()) -> None:
    """Give each button an Alt mnemonic, in order, each its own letter in the user's language
    (the texts are translated: the letter is picked from the words shown)."""
    used = {letter.lower() for letter in reserved}
    for button in buttons:
        button.setText(add_mnemonic(without_mnemonic(button.text()), used))
