"""Walking what a user reads: every visible widget's text in a window or dialog (labels,
buttons, tabs, group titles, headers, menus and their actions, tooltips, placeholders, the
table and tree cells the app writes), and what in it is not Arabic.

Used by the Arabic-words test (tests/gui/test_arabic_words.py), whose ``DIALOGS`` lists
every dialog it opens, in one place: a dialog added to the app is added there (the test fails
on a QDialog of smmdesk/gui it did not walk).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

from tests.gui.conftest import shown_text

#: Latin words the Arabic UI keeps on purpose: currency codes (the panel's currency is its ISO
#: code), technical terms a user meets as they are (URL, API, HTTP(S), CSV, JSON), the app's
#: and the toolkit's names and "SMM", "English" in the language list (a language is named in
#: its own words), key names in shortcut hints. Not "ID": Arabic says رقم or المعرّف.
ALLOWED_LATIN: frozenset[str] = frozenset(
    {
        # currency codes (the panel's currency is shown as its ISO code)
        "USD",
        "EUR",
        "GBP",
        "RUB",
        "INR",
        "TRY",
        # technical terms
        "URL",
        "API",
        "HTTP",
        "HTTPS",
        "CSV",
        "JSON",
        # names: the app, the toolkit, the kind of panel, a language named in its own words
        "SMMDesk",
        "SMM",
        "English",
        "Qt",
        # keys
        "Ctrl",
        "Shift",
        "Alt",
        "Enter",
        "Esc",
        "Tab",
        "Return",  # the names printed on the keys themselves, as the F1 list shows them
        "Menu",
        "Del",
        "Home",
        "End",
    }
)

# what a text may hold in Latin letters or Western digits that is not a word of the UI
_URL = re.compile(r"\b(?:https?|mailto)://\S*|\bhttps?\b://?|\b[\w.-]+\.(?:com|net|org)\b\S*")
_TERMS = re.compile(r"\bAPI v2\b")
_KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+[\w,+]+|\bF(?:[1-9]|1[0-2])\b")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_WESTERN_DIGITS = re.compile(r"[0-9]+")
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


@dataclass(frozen=True)
class Found:
    """A text the user reads that breaks the rule: where it is, the text, what is wrong."""

    where: str
    text: str
    bad: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.where}: {', '.join(self.bad)} in {self.text!r}"


@dataclass
class Walk:
    """What a walk found. ``data`` are texts that come from the panel or the user (service
    names, categories, descriptions, links, notes): they are cut out of a text before it is
    judged. ``skip_columns`` maps a view's class name to columns that show only such data."""

    data: set[str] = field(default_factory=set)
    arabic_digits: bool = True
    rows_per_view: int = 40
    texts: list[tuple[str, str]] = field(default_factory=list)
    skip_columns: dict[str, frozenset[int]] = field(default_factory=dict)
    skip_widgets: set[int] = field(default_factory=set)

    # -- judging -------------------------------------------------------------------------
    def problems(self) -> list[Found]:
        data = sorted((d for d in self.data if d), key=len, reverse=True)
        seen: set[tuple[str, str]] = set()
        found = []
        for where, text in self.texts:
            if (where, text) in seen:
                continue
            seen.add((where, text))
            bad = judge(text, data, arabic_digits=self.arabic_digits)
            if bad:
                found.append(Found(where, text, bad))
        return found

    # -- collecting ----------------------------------------------------------------------
    def add(
        self, where: str, text: str | None, fmt: Qt.TextFormat = Qt.TextFormat.PlainText
    ) -> None:
        text = shown_text(text, fmt)
        if text and text.strip():
            self.texts.append((where, text))

    def tooltip(self, where: str, text: str | None) -> None:
        self.add(where + " tooltip", text, Qt.TextFormat.AutoText)

    def widget(self, root: QWidget, *, visible_only: bool = True) -> None:
        """Every text of ``root`` and its visible children."""
        self.add(_name(root) + " title", root.windowTitle())
        for child in [root, *root.findChildren(QWidget)]:
            if visible_only and child is not root and not child.isVisibleTo(root):
                continue
            if id(child) in self.skip_widgets or child.property("verbatim"):
                continue  # e.g. the parameters of a request exactly as they were sent
            self._one(child)

    def _one(self, w: QWidget) -> None:
        where = _name(w)
        if not isinstance(w, QHeaderView | QMenu):
            self.tooltip(where, w.toolTip())
        self.add(where + " status tip", w.statusTip())
        for kind, read in _READERS:
            if isinstance(w, kind):
                read(self, w, where)
                break

    # one reader per kind of widget: the texts it shows
    def _label(self, w: QLabel, where: str) -> None:
        self.add(where, w.text(), w.textFormat())

    def _button(self, w: QAbstractButton, where: str) -> None:
        self.add(where, w.text())
        if isinstance(w, QToolButton) and w.menu() is not None:
            self.menu(w.menu())

    def _group(self, w: QGroupBox, where: str) -> None:
        self.add(where, w.title())

    def _tabs(self, w: QTabBar, where: str) -> None:
        for i in range(w.count()):
            self.add(f"{where} tab", w.tabText(i))
            self.tooltip(f"{where} tab", w.tabToolTip(i))

    def _combo(self, w: QComboBox, where: str) -> None:
        for i in range(w.count()):
            self.add(f"{where} item", w.itemText(i))
        if w.lineEdit() is not None:
            self.add(f"{where} placeholder", w.lineEdit().placeholderText())

    def _spin(self, w: QAbstractSpinBox | QProgressBar, where: str) -> None:
        self.add(where, w.text())

    def _line(self, w: QLineEdit, where: str) -> None:
        self.add(f"{where} placeholder", w.placeholderText())
        if w.isReadOnly():
            self.add(where, w.text())

    def _text(self, w: QPlainTextEdit | QTextEdit, where: str) -> None:
        self.add(f"{where} placeholder", w.placeholderText())
        if w.isReadOnly():
            self.add(where, w.toPlainText())

    def _menu_bar(self, w: QMenuBar, where: str) -> None:
        for action in w.actions():
            self.add(f"{where} menu", action.text())
            if action.menu() is not None:
                self.menu(action.menu())

    def _tool_bar(self, w: QToolBar, where: str) -> None:
        for action in w.actions():
            self.add(f"{where} action", action.text())
            self.tooltip(f"{where} action", action.toolTip())

    def _view(self, w: QAbstractItemView, _where: str) -> None:
        if not isinstance(w, QHeaderView):
            self.view(w)

    def menu(self, menu: QMenu) -> None:
        where = _name(menu)
        self.add(where + " title", menu.title())
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            self.add(f"{where} action", action.text())
            self.tooltip(f"{where} action", action.toolTip())
            self.add(f"{where} action status tip", action.statusTip())
            if action.menu() is not None:
                self.menu(action.menu())

    def view(self, view: QAbstractItemView) -> None:
        """A table's or tree's header texts and tips, and its cells' texts and tips (the
        first rows, and the children of expanded rows)."""
        model = view.model()
        if model is None:
            return
        where = _name(view)
        skip = self.skip_columns.get(type(view).__name__, frozenset())
        for orientation in (Qt.Orientation.Horizontal,):
            for section in range(model.columnCount()):
                self.add(f"{where} header", model.headerData(section, orientation, _DISPLAY))
                self.tooltip(f"{where} header", model.headerData(section, orientation, _TOOLTIP))
        for index in self._indexes(view, model):
            if index.column() in skip:
                continue
            text = model.data(index, _DISPLAY)
            if isinstance(text, str):
                self.add(f"{where} cell {index.column()}", text)
            tip = model.data(index, _TOOLTIP)
            if isinstance(tip, str):
                self.tooltip(f"{where} cell {index.column()}", tip)

    def _indexes(self, view: QAbstractItemView, model: QAbstractItemModel) -> Iterator[QModelIndex]:
        # the first rows of each level: of the view, and of every expanded row
        def rows(parent: QModelIndex) -> Iterator[QModelIndex]:
            for row in range(min(model.rowCount(parent), self.rows_per_view)):
                first = model.index(row, 0, parent)
                for column in range(model.columnCount(parent)):
                    yield model.index(row, column, parent)
                if isinstance(view, QTreeView) and view.isExpanded(first):
                    yield from rows(first)

        yield from rows(QModelIndex())


def judge(text: str, data: Iterable[str], *, arabic_digits: bool) -> tuple[str, ...]:
    """The Latin words (outside ``ALLOWED_LATIN``) and, with ``arabic_digits``, the Western
    digits in ``text`` once panel and user data, links and key names are cut out."""
    for piece in data:
        if piece in text:
            text = text.replace(piece, " ")
    text = _URL.sub(" ", text)
    text = _KEYS.sub(" ", text)
    text = _TERMS.sub(" ", text)
    bad = [w for w in _LATIN_WORD.findall(text) if w not in ALLOWED_LATIN]
    if arabic_digits:
        bad += _WESTERN_DIGITS.findall(text)
    return tuple(dict.fromkeys(bad))


_READERS: list[tuple[Any, Callable[[Walk, Any, str], None]]] = [
    (QLabel, Walk._label),
    (QAbstractButton, Walk._button),
    (QGroupBox, Walk._group),
    (QTabBar, Walk._tabs),
    (QComboBox, Walk._combo),
    (QAbstractSpinBox | QProgressBar, Walk._spin),
    (QLineEdit, Walk._line),
    (QPlainTextEdit | QTextEdit, Walk._text),
    (QMenuBar, Walk._menu_bar),
    (QToolBar, Walk._tool_bar),
    (QAbstractItemView, Walk._view),
]


def _name(w: QWidget) -> str:
    name = w.objectName()
    return f"{type(w).__name__}{'#' + name if name else ''}"
