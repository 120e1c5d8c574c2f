"""All panels: one searchable list of every connected panel's services, with a panel column
and a panel filter; picking a service asks the window to open its order form on that panel.

A window of its own beside the per-panel catalogue (whose tree, search and index stay as fast
as they were): a flat table, because the same category on several panels is several groups,
and the panel is what a reseller compares first. Rows come from ``AllPanelsIndex.search``
through one model reset per search; the table asks only for the rows it paints.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.allpanels import AllPanelsHits, AllPanelsIndex
from smmdesk.core.models import Service
from smmdesk.gui.widgets import screen
from smmdesk.gui.widgets.announce import name_clear_button
from smmdesk.gui.widgets.keyboard import tab_leaves
from smmdesk.gui.widgets.plain import new_label, tip
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.services import compact_flags, format_rate

__all__ = ["AllPanelsDialog", "AllPanelsModel"]

PANEL, ID, NAME, CATEGORY, RATE, MIN, MAX, FLAGS = range(8)
COLUMN_COUNT: Final = 8
AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
_DISPLAY: Final = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP: Final = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT: Final = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ROLES: Final = frozenset((_DISPLAY, _TOOLTIP, _ALIGNMENT))
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


class AllPanelsModel(QAbstractTableModel):
    """The rows of an "All panels" search: panel, id, name, category, rate, min, max, flags."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: AllPanelsHits | None = None
        self._count = 0  # len(self._hits): asked for hundreds of times per paint
        self._headers = (
            self.tr("Panel"),
            self.tr("ID"),
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Rate per 1000"),
            self.tr("Min"),
            self.tr("Max"),
            self.tr("Flags"),
        )

    def set_hits(self, hits: AllPanelsHits | None) -> None:
        self.beginResetModel()
        self._hits = hits
        self._count = 0 if hits is None else len(hits)
        self.endResetModel()

    @property
    def hits(self) -> AllPanelsHits | None:
        return self._hits

    def row_at(self, row: int) -> tuple[int, Service] | None:
        """(panel id, service) of a row."""
        if self._hits is None or not 0 <= row < len(self._hits):
            return None
        panel, service = self._hits.at(row)
        return panel.panel_id, service

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (RATE, MIN, MAX):
            return _ALIGN_NUMBER
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # called for every role of every painted cell: plain ints, no isValid() (an invalid
        # index has row -1)
        if role not in _ROLES or self._hits is None:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self._count:
            return None
        if role == _ALIGNMENT:
            return _ALIGN_NUMBER if column in (RATE, MIN, MAX) else None
        panel, service = self._hits.at(row)
        if column == PANEL:
            text = panel.name
        elif column == NAME:
            text = service.name
        elif column == CATEGORY:
            text = service.category
        elif column == RATE:
            text = format_rate(service.rate, panel.currency)
        else:
            text = self._other(service, column)
        return text if role == _DISPLAY else (tip(text) or None)

    @staticmethod
    def _other(service: Service, column: int) -> str:
        if column == ID:
            return numbers.fmt_id(service.id)
        if column == MIN:
            return numbers.fmt_limit(service.min, minimum=True)
        if column == MAX:
            return numbers.fmt_limit(service.max)
        return compact_flags(service.dripfeed, service.refill, service.cancel)


class AllPanelsDialog(QDialog):
    """Search every panel's services at once; Enter, a double-click or "Order on this panel"
    picks the current row (``sig_service_picked``). Non-modal: it stays open beside the window."""

    sig_service_picked = Signal(int, int)
    """(panel id, service id): open this service's order form on that panel."""
    sig_refresh_requested = Signal()
    """The user asked to fetch every panel's service list again."""
    sig_compare_requested = Signal(int, int)
    """(panel id, service id): compare the current row's service across panels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allPanelsDialog")
        self.setWindowTitle(self.tr("All panels"))
        self._index = AllPanelsIndex(())
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("allPanelsSearch")
        self.search_edit.setPlaceholderText(self.tr("Search the services of every panel…"))
        self.search_edit.setAccessibleName(self.tr("Search all panels"))
        self.search_edit.setClearButtonEnabled(True)
        name_clear_button(self.search_edit)
        self.panel_box = QComboBox(self)
        self.panel_box.setObjectName("allPanelsFilter")
        self.panel_box.setAccessibleName(self.tr("Panel"))
        self.panel_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model = AllPanelsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("allPanelsTable")
        self.table.setAccessibleName(self.tr("Services of every panel"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # one fixed row height: the view never measures 300,000 rows
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the category takes what is left; the name keeps its width in a narrow window
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        widths = ((PANEL, 140), (ID, 60), (NAME, 330), (RATE, 110), (MIN, 70), (MAX, 90))
        for column, width in (*widths, (FLAGS, 80)):
            header.resizeSection(column, width)
        tab_leaves(self.table)
        self.count_label = new_label(self)
        self.state_label = new_label(self)
        self.state_label.setWordWrap(True)
        self.order_button = QPushButton(self.tr("&Order on this panel"), self)
        self.order_button.setEnabled(False)
        self.compare_button = QPushButton(self.tr("Co&mpare…"), self)
        self.compare_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("&Update all catalogues"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.order_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        panel_label = new_label(self, self.tr("&Panel:"))
        panel_label.setBuddy(self.panel_box)
        top.addWidget(panel_label)
        top.addWidget(self.panel_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.state_label)
        layout.addWidget(buttons)

        self.search_edit.textChanged.connect(self.apply_search)
        self.search_edit.returnPressed.connect(self._enter_from_search)
        self.panel_box.currentIndexChanged.connect(self.apply_search)
        self.table.activated.connect(lambda index: self._pick(index.row()))
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.order_button.clicked.connect(lambda: self._pick(self.table.currentIndex().row()))
        self.refresh_button.clicked.connect(self.sig_refresh_requested.emit)
        self.compare_button.clicked.connect(self._compare_current)
        screen.fit_window(self, QSize(1100, 640))
        self._fill_panels()
        self.apply_search()

    # -- feeding ------------------------------------------------------------------------------
    def set_index(self, index: AllPanelsIndex) -> None:
        """Show ``index`` (the panel filter and the current search kept where they still apply)."""
        self._index = index
        self._fill_panels()
        self.apply_search()

    def set_state(self, text: str) -> None:
        """A line under the table: which panels are being updated, or could not be."""
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def _fill_panels(self) -> None:
        chosen = self.panel_box.currentData()
        self.panel_box.blockSignals(True)
        try:
            self.panel_box.clear()
            self.panel_box.addItem(self.tr("All panels"), None)
            for panel in self._index.panels:
                self.panel_box.addItem(panel.name, panel.panel_id)
                self.panel_box.setItemData(
                    self.panel_box.count() - 1, tip(panel.name), Qt.ItemDataRole.ToolTipRole
                )
            found = self.panel_box.findData(chosen)
            self.panel_box.setCurrentIndex(max(0, found))
        finally:
            self.panel_box.blockSignals(False)

    # -- searching ----------------------------------------------------------------------------
    def panel_filter(self) -> int | None:
        """The panel id the list is narrowed to (None: all panels)."""
        data = self.panel_box.currentData()
        return data if isinstance(data, int) else None

    def apply_search(self, *_args: object) -> None:
        chosen = self.panel_filter()
        hits = self._index.search(
            self.search_edit.text(), panel_ids=None if chosen is None else (chosen,)
        )
        self.model.set_hits(hits)
        self._update_count(hits)
        self._update_buttons()

    def _update_count(self, hits: AllPanelsHits) -> None:
        panels = sum(1 for n in hits.count_by_panel().values() if n)
        services = self.tr("%Ln services", "", len(hits))
        on = self.tr("%Ln panels", "", panels)
        self.count_label.setText(self.tr("%1 on %2").replace("%1", services).replace("%2", on))

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.model.row_at(self.table.currentIndex().row()) is not None
        self.order_button.setEnabled(chosen)
        self.compare_button.setEnabled(chosen)

    def _compare_current(self) -> None:
        found = self.model.row_at(self.table.currentIndex().row())
        if found is not None:
            self.sig_compare_requested.emit(found[0], found[1].id)

    def select(self, panel_id: int, service_id: int) -> bool:
        """Make the row of ``service_id`` on ``panel_id`` current, if the list shows it."""
        hits = self.model.hits
        row = None if hits is None else hits.row_of(panel_id, service_id)
        if row is None:
            return False
        self._make_current(row)
        return True

    def _make_current(self, row: int) -> None:
        # not selectRow(): in a right-to-left table it looks for a column at the viewport's
        # far edge, finds none, and selects nothing; the current index selects the whole row
        self.table.setCurrentIndex(self.model.index(row, NAME))

    def _enter_from_search(self) -> None:
        if self.model.rowCount() == 1:
            self._pick(0)
        elif self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self._make_current(0)

    def _pick(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is not None:
            panel_id, service = found
            self.sig_service_picked.emit(panel_id, service.id)
