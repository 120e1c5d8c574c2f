"""Panel profiles in the GUI: the manage-panels dialog and the toolbar switcher."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.store import PanelRecord
from smmdesk.gui.panels.connect_holder import ConnectDialogHolder
from smmdesk.gui.runtime.context import AppContext, is_demo_url
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.widgets.keyboard import tab_leaves
from smmdesk.gui.widgets.plain import new_label, tip
from smmdesk.gui.wording.bidi import isolate, isolate_ltr

if TYPE_CHECKING:
    from smmdesk.gui.panels.connect import ConnectDialog

__all__ = ["PanelListModel", "PanelSwitcher", "PanelsDialog", "key_state"]

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


def key_state(ctx: AppContext, panel: PanelRecord) -> KeyState | None:
    """Where a profile's key lives, from what this run knows (None: the keyring is being read;
    a read is started here when none was, and ``ctx.panel_keys.sig_key_known`` tells)."""
    return ctx.panel_keys.resolve(panel)


def _key_state_text(state: KeyState | None) -> str:
    if state is None:
        return QCoreApplication.translate("PanelsDialog", "checking…")
    texts = {
        KeyState.KEYRING: QCoreApplication.translate("PanelsDialog", "keyring"),
        KeyState.SESSION: QCoreApplication.translate("PanelsDialog", "this session only"),
        KeyState.MISSING: QCoreApplication.translate("PanelsDialog", "missing"),
        KeyState.NOT_NEEDED: QCoreApplication.translate("PanelsDialog", "not needed (demo)"),
        KeyState.NO_KEYRING: QCoreApplication.translate("PanelsDialog", "missing (no keyring)"),
        KeyState.LOCKED: QCoreApplication.translate("PanelsDialog", "keyring locked"),
        KeyState.UNREADABLE: QCoreApplication.translate("PanelsDialog", "keyring unreadable"),
    }
    return texts[state]


@dataclass(frozen=True, slots=True)
class _Row:
    panel: PanelRecord
    key: KeyState | None


class PanelListModel(QAbstractTableModel):
    """The profiles as a table: name, URL, currency, where the key lives."""

    NAME, URL, CURRENCY, KEY = range(4)

    def __init__(self, ctx: AppContext, current_panel_id: int | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_panel_id = current_panel_id
        self._rows: list[_Row] = []
        ctx.panel_keys.sig_key_known.connect(self.on_key_known)
        self.reload()

    def reload(self) -> None:
        # key states come from ctx.panel_keys (read once per run, off this thread), never data()
        self.beginResetModel()
        self._rows = [_Row(p, key_state(self.ctx, p)) for p in self.ctx.store.list_panels()]
        self.endResetModel()

    def on_key_known(self, panel_id: int, state: KeyState) -> None:
        row = self.row_of(panel_id)
        if row >= 0:
            self._rows[row] = _Row(self._rows[row].panel, state)
            cell = self.index(row, self.KEY)
            self.dataChanged.emit(cell, cell)

    def panel_at(self, row: int) -> PanelRecord | None:
        return self._rows[row].panel if 0 <= row < len(self._rows) else None

    def row_of(self, panel_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.panel.id == panel_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("API URL"),
            self.tr("Currency"),
            self.tr("API key"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.FontRole and row.panel.id == self.current_panel_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.KEY:
            return self._key_tip(row.key)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.NAME, self.URL):
            # a long name or URL elides in its cell: the whole text, as plain text
            return tip(self._display(row, index.column())) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.panel.id
        return None

    def _display(self, row: _Row, column: int) -> str | None:
        panel = row.panel
        if column == self.NAME:
            if panel.id == self.current_panel_id:
                # the name keeps its own direction beside the translated word
                return self.tr("{name} (open)").format(name=isolate(panel.name))
            return panel.name
        if column == self.URL:
            if is_demo_url(panel.url):
                return self.tr("Built-in demo panel")
            # a URL is left-to-right even in an Arabic table (LRI...PDI): a trailing "/"
            # must not jump to its start
            return isolate_ltr(panel.url)
        if column == self.CURRENCY:
            return panel.currency or "—"
        if column == self.KEY:
            return _key_state_text(row.key)
        return None

    def _key_tip(self, key: KeyState | None) -> str | None:
        if key == KeyState.SESSION:
            return self.tr(
                "No secure keyring is available: the key is forgotten when SMMDesk closes."
            )
        if key is not None and not key.usable:
            return self.tr("No key is stored for this panel: use Edit to enter it.")
        return None


class PanelsDialog(QDialog):
    """Manage panel profiles: add, edit, remove, and switch to one."""

    sig_switch_requested = Signal(int)
    """Panel id: the user asked to open this panel."""
    sig_panels_changed = Signal()
    """A profile was added, edited or removed (switchers should reload)."""
    sig_panel_removed = Signal(int)
    """Panel id: this profile was removed (if it was open, the main window closes it)."""

    def __init__(
        self, ctx: AppContext, current_panel_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_panel_id = current_panel_id
        # window-modal and non-blocking, so the list stays the parent of one dialog at a time
        self._connect = ConnectDialogHolder(self, ctx, lambda panel: self._reload(panel.id))
        self.setWindowTitle(self.tr("Panels"))
        self.resize(760, 380)

        self.model = PanelListModel(ctx, current_panel_id, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        tab_leaves(self.view)
        self.view.setAccessibleName(self.tr("Panel profiles"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PanelListModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PanelListModel.URL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            PanelListModel.CURRENCY, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(PanelListModel.KEY, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnWidth(PanelListModel.NAME, 200)
        self.view.doubleClicked.connect(self.on_double_clicked)

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.switch_button = QPushButton(self.tr("Switch to"), self)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.switch_button.clicked.connect(self.on_switch_clicked)
        side = QVBoxLayout()
        for button in (self.switch_button, self.add_button, self.edit_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)

        self.empty_label = new_label(
            self,
            self.tr("No panels yet. Add one with the API URL and key from your panel's API page."),
        )
        self.empty_label.setWordWrap(True)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(close)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._select(current_panel_id)
        self._update_buttons()

    # -- selection ---------------------------------------------------------------------------
    def selected_panel(self) -> PanelRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.panel_at(rows[0].row()) if rows else None

    def _select(self, panel_id: int | None) -> None:
        row = self.model.row_of(panel_id) if panel_id is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.view.selectRow(row)

    def _update_buttons(self, *_args: object) -> None:
        panel = self.selected_panel()
        self.edit_button.setEnabled(panel is not None and not is_demo_url(panel.url))
        self.edit_button.setToolTip(
            self.tr("The demo panel has nothing to set up.")
            if panel is not None and is_demo_url(panel.url)
            else ""
        )
        self.remove_button.setEnabled(panel is not None)
        self.switch_button.setEnabled(panel is not None and panel.id != self.current_panel_id)
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def _reload(self, select_id: int | None) -> None:
        self.model.reload()
        self._select(select_id)
        self.sig_panels_changed.emit()

    # -- actions -----------------------------------------------------------------------------
    def on_double_clicked(self, index: QModelIndex) -> None:
        panel = self.model.panel_at(index.row())
        if panel is not None:
            self._switch(panel)

    def on_switch_clicked(self) -> None:
        panel = self.selected_panel()
        if panel is not None:
            self._switch(panel)

    def _switch(self, panel: PanelRecord) -> None:
        if panel.id != self.current_panel_id:
            self.sig_switch_requested.emit(panel.id)
        self.accept()

    @property
    def connect_dialog(self) -> ConnectDialog | None:
        """The connect dialog opened from here, while it is open."""
        return self._connect.dialog

    def on_add_clicked(self) -> None:
        self._connect.open(None)

    def on_edit_clicked(self) -> None:
        panel = self.selected_panel()
        if panel is not None and not is_demo_url(panel.url):
            self._connect.open(panel)

    def on_remove_clicked(self) -> None:
        panel = self.selected_panel()
        if panel is None:
            return
        if is_demo_url(panel.url):
            details = self.tr("You can add the demo panel again from the welcome screen.")
        else:
            details = self.tr(
                "Its API key is deleted from the keyring. Orders placed through it stay in "
                "your order history."
            )
        if not dialogs.confirm(
            self,
            self.tr("Remove panel"),
            self.tr("Remove the panel “{name}”?").format(name=isolate(panel.name)),
            details,
            ok_text=self.tr("Remove"),
        ):
            return
        try:
            self.ctx.store.remove_panel(panel.id)
        except Exception as exc:  # the database refused: nothing was removed, say so
            log.error("removing panel %s failed: %s", panel.id, type(exc).__name__)
            dialogs.error(
                self,
                self.tr("Remove panel"),
                self.tr("The panel could not be removed: {error}").format(error=type(exc).__name__),
            )
            return
        if not is_demo_url(panel.url):
            self.ctx.panel_keys.forget(panel.id)
        if panel.id == self.current_panel_id:
            self.current_panel_id = None
            self.model.current_panel_id = None
        self._reload(None)
        self.sig_panel_removed.emit(panel.id)


class PanelSwitcher(QComboBox):
    """The toolbar's panel chooser: picking a profile asks the main window to switch to it."""

    sig_switch_requested = Signal(int)
    """Panel id: the user picked another panel."""

    def __init__(
        self, ctx: AppContext, current_panel_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_panel_id = current_panel_id
        self.setAccessibleName(self.tr("Panel"))
        self.setToolTip(self.tr("Switch panel"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(12)
        self.activated.connect(self.on_activated)
        self.reload()

    def reload(self, current_panel_id: int | None = None) -> None:
        """Refill from the store; ``current_panel_id`` (if given) becomes the shown panel."""
        if current_panel_id is not None:
            self.current_panel_id = current_panel_id
        self.blockSignals(True)
        try:
            self.clear()
            for panel in self.ctx.store.list_panels():
                self.addItem(panel.name, panel.id)
                if not is_demo_url(panel.url):
                    self.setItemData(self.count() - 1, tip(panel.url), Qt.ItemDataRole.ToolTipRole)
            self._show_current()
        finally:
            self.blockSignals(False)

    def set_current_panel(self, panel_id: int | None) -> None:
        """Show ``panel_id`` as the open panel without asking for a switch."""
        self.current_panel_id = panel_id
        self.blockSignals(True)
        try:
            self._show_current()
        finally:
            self.blockSignals(False)

    def _show_current(self) -> None:
        index = self.findData(self.current_panel_id) if self.current_panel_id is not None else -1
        self.setCurrentIndex(index)

    def on_activated(self, index: int) -> None:
        panel_id = self.itemData(index)
        if isinstance(panel_id, int) and panel_id != self.current_panel_id:
            self.sig_switch_requested.emit(panel_id)
        # the main window confirms the switch with set_current_panel(); until then show the old one
        self.set_current_panel(self.current_panel_id)
