"""The Refills window: finished orders with their refill windows, those ending within three
days first; many selected and refilled in one go through the orders pane's request door
(spending work, ≤100 orders a request, never retried), each order's outcome shown in its row.
The windows are counted on a worker and counted again whenever orders or refills change."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QVBoxLayout,
)
from shiboken6 import isValid

from smmdesk.core.models import Service
from smmdesk.core.refill_windows import RefillWindow, WindowState, read_refill_windows
from smmdesk.gui.orders.action_runs import RunOutcome
from smmdesk.gui.orders.refills.model import (
    FINISHED,
    LAST_REFILL,
    LINK,
    ORDER,
    PANEL,
    SERVICE,
    WINDOW,
    RefillsTableModel,
)
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import screen
from smmdesk.gui.widgets.keyboard import ViewKeys, tab_leaves
from smmdesk.gui.widgets.plain import align_to_reading_start, new_label
from smmdesk.gui.widgets.views import RowFocusTableView
from smmdesk.gui.wording.errors import describe_error

if TYPE_CHECKING:
    from smmdesk.gui.orders.pane import OrdersPane

__all__ = ["RELOAD_DELAY_MS", "RefillsWindow"]

log = logging.getLogger(__name__)

#: changes arriving together (a poll of many orders) are counted again once
RELOAD_DELAY_MS = 300
#: the result (the last column) takes the rest of the width
_WIDTHS = {
    PANEL: 110,
    ORDER: 70,
    SERVICE: 220,
    LINK: 160,
    FINISHED: 100,
    WINDOW: 150,
    LAST_REFILL: 150,
}


class RefillsWindow(QDialog):
    """Lists the refill windows (``model``: ``RefillsTableModel``) and refills the selected
    orders. ``clock`` is what "now" is (tests set it)."""

    sig_loaded = Signal(int)
    """The number of rows shown, after the windows were counted (again)."""
    sig_refilled = Signal(object)
    """RunOutcome: a refill asked from this window is over and its results are shown."""

    def __init__(
        self,
        ctx: AppContext,
        session_provider: Callable[[], PanelSession | None],
        pane: OrdersPane,
    ) -> None:
        super().__init__(pane.window())
        self.ctx = ctx
        self.session_provider = session_provider
        self.pane = pane
        self.requests = pane.order_actions.requests
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._generation = 0
        self.loading = False
        self.setWindowTitle(self.tr("Refills"))
        self.setObjectName("refillsWindow")
        self.model = RefillsTableModel(self)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        screen.fit_window(self, QSize(1100, 560), 0.7)
        pane.sig_changed.connect(self._on_orders_changed)
        pane.sig_loaded.connect(self._on_orders_changed)
        self.requests.sig_busy_changed.connect(self.update_enabled)
        self.update_enabled()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = new_label(
            self,
            self.tr(
                "Finished orders and how long their services promise refills, those whose "
                "window ends within three days first. Select orders and refill them in one go."
            ),
        )
        intro.setWordWrap(True)
        align_to_reading_start(intro)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.show_combo = QComboBox(self)
        self.show_combo.addItem(self.tr("Orders that can still be refilled"), False)
        self.show_combo.addItem(self.tr("All finished orders"), True)
        self.show_combo.setAccessibleName(self.tr("Show"))
        self.show_combo.currentIndexChanged.connect(self._on_show_changed)
        show_label = new_label(self, self.tr("&Show:"))
        show_label.setBuddy(self.show_combo)
        row.addWidget(show_label)
        row.addWidget(self.show_combo)
        row.addStretch(1)
        self.count_label = new_label(self)
        row.addWidget(self.count_label)
        layout.addLayout(row)
        layout.addWidget(self._build_table(), 1)
        self.status_label = new_label(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        align_to_reading_start(self.status_label)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(self)
        self.refill_button = QPushButton(self.tr("&Refill Selected"), self)
        self.refill_button.setToolTip(
            self.tr("Ask the panels to refill the selected orders (each order's answer is shown)")
        )
        self.refill_button.clicked.connect(self.refill_selected)
        buttons.addButton(self.refill_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        layout.addWidget(buttons)
        self.refill_button.setAutoDefault(False)
        close.setAutoDefault(False)

    def _build_table(self) -> RowFocusTableView:
        table = RowFocusTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Refill windows"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(WINDOW, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_context_menu)
        tab_leaves(table)
        ViewKeys(table, self._on_context_menu, self._refill_on_enter)
        table.selectionModel().selectionChanged.connect(self.update_enabled)
        self.act_select_all = QAction(self.tr("Select All"), table)
        self.act_select_all.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
        self.act_select_all.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_select_all.triggered.connect(table.selectAll)
        table.addAction(self.act_select_all)
        self.table = table
        return table

    # -- loading -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        # results shown belong to this visit; a reopened window starts clean
        if not self.requests.sending:
            self.model.results.clear()
        super().closeEvent(event)

    def _on_orders_changed(self, *_args: object) -> None:
        if self.isVisible():
            self._reload_timer.start()

    def _known_catalogues(self) -> dict[int, Callable[[int], Service | None]]:
        session = self.session_provider()
        if session is None or session.catalog is None:
            return {}
        return {session.panel.id: session.catalog.by_id}

    def reload(self) -> None:
        """Count every finished order's window again, on a worker."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        store, now, known = self.ctx.store, self.clock(), self._known_catalogues()

        def job() -> tuple[list[RefillWindow], dict[int, str]]:
            try:
                windows = read_refill_windows(store, now, known)
                names = {p.id: p.name for p in store.list_panels(include_removed=True)}
                return windows, names
            finally:
                store.close_thread_connection()

        def done(value: tuple[list[RefillWindow], dict[int, str]]) -> None:
            # a window closed and deleted meanwhile shows nothing
            if isValid(self) and generation == self._generation:
                self._show(*value)

        def failed(exc: Exception) -> None:
            if isValid(self) and generation == self._generation:
                self.loading = False
                log.error("refill windows not counted: %s", type(exc).__name__)
                self.status_label.setText(describe_error(exc))

        self.ctx.tasks.submit("refill-windows", job, done, failed)

    def _show(self, windows: list[RefillWindow], names: dict[int, str]) -> None:
        selected = self.selected_ids()
        current = self.table.currentIndex()
        current_id = self.model.window_at(current.row()).local_id if current.isValid() else None
        self.model.set_windows(windows, names)
        self.select_ids(selected, current_id)
        self.loading = False
        self._update_count()
        self.update_enabled()
        self.sig_loaded.emit(self.model.rowCount())

    def _on_show_changed(self, *_args: object) -> None:
        selected = self.selected_ids()
        self.model.set_show_all(bool(self.show_combo.currentData()))
        self.select_ids(selected)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.windows()
        soon = sum(1 for w in shown if w.state is WindowState.ENDING_SOON)
        text = self.tr("1 order") if len(shown) == 1 else self.tr("%Ln orders", "", len(shown))
        if soon:
            text = (
                self.tr("%1, %2")
                .replace("%1", text)
                .replace(
                    "%2",
                    self.tr("1 ending soon") if soon == 1 else self.tr("%Ln ending soon", "", soon),
                )
            )
        self.count_label.setText(text)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the new count gets its room now, not at the next event

    # -- selection ---------------------------------------------------------------------------
    def selected_windows(self) -> list[RefillWindow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.window_at(r) for r in rows]

    def selected_ids(self) -> list[int]:
        return [w.local_id for w in self.selected_windows()]

    def select_ids(self, local_ids: Sequence[int], current: int | None = None) -> None:
        """Select these orders' rows (those shown); ``current`` becomes the current row."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for local_id in local_ids:
            row = self.model.row_of(local_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
        row = None if current is None else self.model.row_of(current)
        if row is not None:
            selection.setCurrentIndex(self.model.index(row, 0), selection.SelectionFlag.NoUpdate)

    def update_enabled(self, *_args: object) -> None:
        self.refill_button.setEnabled(
            not self.requests.sending and bool(self.table.selectionModel().selectedRows())
        )

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        refill = menu.addAction(self.refill_button.text())
        refill.setEnabled(self.refill_button.isEnabled())
        refill.triggered.connect(self.refill_selected)
        menu.addAction(self.act_select_all)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- refilling ---------------------------------------------------------------------------
    def _refill_on_enter(self, _index: QModelIndex) -> None:
        self.refill_selected()

    def refill_selected(self) -> bool:
        """Ask the panels to refill the selected orders; each order's answer appears in its
        row. False when nothing was sent."""
        ids = self.selected_ids()
        if not ids or self.requests.sending:
            return False
        records = self.ctx.store.get_orders(ids)

        def shown(outcome: RunOutcome, problems: list[str]) -> None:
            if isValid(self):  # closed and deleted meanwhile: the orders pane still updates
                self._on_refilled(outcome, problems)

        if not self.requests.refill_for(records, shown):
            return False
        self.model.mark_sending(ids)
        count = len(ids)
        self.status_label.setText(
            self.tr("Asking the panel to refill 1 order…")
            if count == 1
            else self.tr("Asking the panels to refill %Ln orders…", "", count)
        )
        self.update_enabled()
        return True

    def _on_refilled(self, outcome: RunOutcome, problems: list[str]) -> None:
        self.model.set_results(outcome.results)
        self.model.clear_sending()
        lines = [self.requests.headline(self.tr("Refill"), outcome.results)]
        lines += [describe_error(exc) for _panel, exc in outcome.errors]
        lines += problems
        self.status_label.setText("\n".join(lines))
        self.update_enabled()
        self.reload()
        self.sig_refilled.emit(outcome)
