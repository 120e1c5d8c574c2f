"""The keyboard shortcuts window (F1): built from the window's menus and actions each time it
opens, so the list says what the keys do today."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smmdesk.gui.widgets.keyboard import tab_leaves, without_mnemonic

__all__ = ["ShortcutsDialog", "shortcut_rows"]


def _plain(text: str) -> str:
    """A menu text as read: without its mnemonic marks or the trailing dots."""
    return without_mnemonic(text).rstrip("…. ")


def _keys(action: QAction) -> str:
    sequences = [s for s in action.shortcuts() if not s.isEmpty()]
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def shortcut_rows(
    menus: Iterable[QMenu], extra: Sequence[tuple[str, Sequence[QAction]]] = ()
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(what it does, its keys)]): one group per menu, then the ``extra`` groups;
    only actions that have a key."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for title, actions in [(m.title(), m.actions()) for m in menus] + list(extra):
        rows = [
            (_plain(a.text()), _keys(a))
            for a in actions
            if not a.isSeparator() and a.menu() is None and _keys(a)
        ]
        if rows:
            groups.append((_plain(title), rows))
    return groups


class ShortcutsDialog(QDialog):
    """Every key the window's menus and panes answer to, grouped by menu."""

    def __init__(
        self,
        menu_bar: QMenuBar,
        extra: Sequence[tuple[str, Sequence[QAction]]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tab_leaves(self.tree)
        menus = [a.menu() for a in menu_bar.actions() if a.isVisible()]
        for group, rows in shortcut_rows([m for m in menus if isinstance(m, QMenu)], extra):
            head = QTreeWidgetItem(self.tree, [group])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            for text, keys in rows:
                # keys read left to right in any language ("Ctrl+," not ",+Ctrl")
                item = QTreeWidgetItem(head, [text, f"\u2066{keys}\u2069"])
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, what, keys) as listed (for tests and screen readers alike)."""
        out: list[tuple[str, str, str]] = []
        for n in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(n)
            for m in range(head.childCount() if head is not None else 0):
                child = head.child(m) if head is not None else None
                if head is not None and child is not None:
                    keys = child.text(1).strip("\u2066\u2069")
                    out.append((head.text(0), child.text(0), keys))
        return out
