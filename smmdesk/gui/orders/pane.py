"""OrdersPane: the orders workspace: filter bar, actions, the table over OrdersTableModel (with
its delivered-progress bar) and the order detail panel, side by side in a splitter; loading the
orders, live updates, filters and the selection.

Over 400 lines: it is the one widget that wires these together, each part short; what can
stand alone (bars and menus, columns, model, delegates, detail, actions) lives apart."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from smmdesk.core.delivery import Stuck, delivery_summary
from smmdesk.core.store import OrderRecord, RefillRecord, Store, StoreError
from smmdesk.gui.orders.actions import OrderActions
from smmdesk.gui.orders.banner import OrdersBanner
from smmdesk.gui.orders.bars import (
    build_filter_bar,
    build_toolbar,
    context_menu,
    fill_filter_choices,
    read_filter,
    size_columns,
)
from smmdesk.gui.orders.columns import COLUMN_COUNT, DATE, LINK, PROGRESS, SERVICE
from smmdesk.gui.orders.delegates import LinkDelegate, ProgressDelegate
from smmdesk.gui.orders.detail import OrderDetail
from smmdesk.gui.orders.model import OrdersTableModel, row_runs
from smmdesk.gui.orders.snapshot import (
    OrderFilter,
    OrdersSnapshot,
    load_panel_names,
    load_snapshot,
)
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.keyboard import (
    ViewKeys,
    add_mnemonic,
    follow_focus,
    tab_leaves,
    taken_letters,
    without_mnemonic,
)
from smmdesk.gui.widgets.views import RowFocusTableView
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.errors import describe_error

__all__ = ["FIRST_PAGE", "OrdersPane"]

log = logging.getLogger(__name__)

#: newest orders shown at once, on the GUI thread, while the rest loads on a worker
FIRST_PAGE = 300
SEARCH_DELAY_MS = 200
#: how often stuck orders are looked for again (an order becomes stuck by not moving)
STUCK_CHECK_MS = 10 * 60 * 1000
#: after orders changed, the next look for stuck orders waits this long (changes come in bursts)
STUCK_AFTER_CHANGES_MS = 5000


def find_stuck(store: Store, now: datetime) -> dict[int, Stuck]:
    """Every stuck order (core.delivery's rule) as the store has them: on a worker."""
    try:
        return delivery_summary(store.delivery_facts(now), now)[1]
    finally:
        store.close_thread_connection()


class OrdersPane(QWidget):
    """The orders workspace. ``reload()`` re-reads the store (on a worker: 100,000 orders do
    not freeze the window); ``apply_changes(ids)`` repaints only those orders."""

    sig_order_again = Signal(object)
    """OrderRecord: the user wants to place this order again (select its service, prefill)."""
    sig_reconcile_requested = Signal(int)
    """local_id of an order with an unknown outcome the user wants to settle."""
    sig_loaded = Signal(int)
    """Total number of orders, after a (re)load from the store finished."""
    sig_changed = Signal(list)
    """Local ids of orders re-read after a change (a poll, a request, a placement)."""

    # built by orders.bars (build_toolbar, build_filter_bar)
    toolbar: QToolBar
    export_button: QToolButton
    count_label: QLabel
    search_edit: QLineEdit
    filter_labels: list[QLabel]
    status_filter: QComboBox
    panel_filter: QComboBox
    service_filter: QComboBox
    date_filter: QComboBox
    date_from: QDateEdit
    date_to: QDateEdit

    def __init__(
        self,
        ctx: AppContext,
        session_provider: Callable[[], PanelSession | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_provider = session_provider
        self.model = OrdersTableModel(self)
        self._generation = 0
        self.loading = False
        self._dirty: set[int] = set()  # changed while a load was running: re-read after it
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self.save_state)
        #: what "now" is for stuck orders (tests set it to the sandbox's clock)
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.stuck_timer = QTimer(self)
        self.stuck_timer.setSingleShot(True)
        self.stuck_timer.timeout.connect(self.refresh_stuck)

        self.order_actions = OrderActions(ctx, session_provider, self)
        self.addActions(self.order_actions.all_actions())
        self._build()
        self._restore_state()
        self.order_actions.update_enabled()
        theme.manager().sig_theme_changed.connect(self.on_theme_changed)
        self.reload()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(build_toolbar(self))
        layout.addLayout(build_filter_bar(self))
        # routine outcomes (a refill requested, an export written) in place, not in a box
        self.banner = OrdersBanner(self)
        layout.addWidget(self.banner)

        self.table = RowFocusTableView(self)  # its current row ringed while it has focus
        self.table.setObjectName("ordersTable")
        self.table.setAccessibleName(self.tr("Orders"))
        self.table.setModel(self.model)
        tab_leaves(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_context_menu)
        # the Menu key and Shift+F10 act on the current row; Enter opens its detail
        self.menu_keys = ViewKeys(self.table, self.on_context_menu, self.open_detail)
        # Ctrl+C copies rows only from the table (elsewhere it copies that widget's text)
        self.removeAction(self.order_actions.act_copy_rows)
        self.table.addAction(self.order_actions.act_copy_rows)
        # Fixed row heights: the view never measures 100,000 rows.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        size_columns(self)
        self.progress_delegate = ProgressDelegate(self.table)
        self.link_delegate = LinkDelegate(self.table)
        self.table.setItemDelegateForColumn(PROGRESS, self.progress_delegate)
        self.table.setItemDelegateForColumn(LINK, self.link_delegate)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._save_timer.start)
        header.sectionResized.connect(self._save_timer.start)
        header.sectionMoved.connect(self._save_timer.start)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.layoutChanged,
        ):
            signal.connect(self._update_scroll_bar)
        self._update_scroll_bar()
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self.on_selection_changed)
        selection.currentRowChanged.connect(self.on_current_changed)

        self.detail = OrderDetail(self.ctx.store, self)
        self.detail.sig_note_saved.connect(lambda local_id: self.apply_changes([local_id]))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("ordersSplitter")
        self.splitter.addWidget(self.table)
        # scrolled, so the order's history never forces the main window taller than a laptop
        detail_scroll = QScrollArea(self)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setAccessibleName(self.tr("Order details"))
        detail_scroll.setWidget(self.detail)
        # no Tab stop of its own: it scrolls to whichever part of the detail has the focus
        detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        follow_focus(detail_scroll)
        self.splitter.addWidget(detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.splitterMoved.connect(self._save_timer.start)
        layout.addWidget(self.splitter, 1)

    def focus_order(self) -> list[QWidget]:
        """The pane's controls in reading order: the toolbar's buttons, the filters, the
        table, then the order's detail."""
        buttons = [self.toolbar.widgetForAction(a) for a in self.toolbar.actions()]
        filters: list[QWidget] = [
            self.search_edit,
            self.status_filter,
            self.panel_filter,
            self.service_filter,
            self.date_filter,
            self.date_from,
            self.date_to,
        ]
        tools = [b for b in buttons if b is not None and b.focusPolicy() & Qt.FocusPolicy.TabFocus]
        return [*tools, *filters, self.table, *self.detail.focus_order()]

    # -- state -------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.settings
        header = settings.value("orders/header")
        self._header_restored = isinstance(
            header, QByteArray
        ) and self.table.horizontalHeader().restoreState(header)
        if self._header_restored:
            self.table.setSortingEnabled(True)
        splitter = settings.value("orders/splitter")
        self._splitter_restored = isinstance(splitter, QByteArray) and self.splitter.restoreState(
            splitter
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            # the table gets most of the room; the detail panel stays readable (its tabs in
            # view), a fifth to a third of the width
            self._splitter_restored = True
            total = max(self.splitter.width(), 800)
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            needed = self.detail.minimumSizeHint().width() + 2 * bar
            detail = min(max(260, needed, total // 5), total // 3)
            self.splitter.setSizes([total - detail, detail])
            if not self._header_restored:
                QTimer.singleShot(0, self._fit_columns)

    def _fit_columns(self) -> None:
        """First run: narrow the service and link columns (they elide, with the whole text in
        their tooltips) so the columns up to Delivered fit beside the detail panel."""
        header = self.table.horizontalHeader()
        last = header.visualIndex(PROGRESS)
        used = sum(
            header.sectionSize(header.logicalIndex(visual))
            for visual in range(last + 1)
            if not header.isSectionHidden(header.logicalIndex(visual))
        )
        excess = used - self.table.viewport().width()
        floor = self.fontMetrics().averageCharWidth() * 14
        for column in (LINK, SERVICE):
            if excess <= 0:
                break
            width = header.sectionSize(column)
            cut = min(excess, max(width - floor, 0))
            header.resizeSection(column, width - cut)
            excess -= cut

    def _update_scroll_bar(self, *_args: object) -> None:
        """No horizontal scroll bar over an empty table (nothing to scroll to)."""
        policy = Qt.ScrollBarPolicy
        empty = self.model.rowCount() == 0
        self.table.setHorizontalScrollBarPolicy(
            policy.ScrollBarAlwaysOff if empty else policy.ScrollBarAsNeeded
        )

    def give_mnemonics(self) -> None:
        """Alt letters for the filters' labels, none the rest of the window uses (called once
        the window's menus exist, and again each time the order form's fields have chosen
        theirs: the form comes first)."""
        used = taken_letters(self)
        for label in self.filter_labels:
            label.setText(add_mnemonic(without_mnemonic(label.text()), used))

    def save_state(self) -> None:
        """Remember column widths, order, sort and the splitter (also done as they change)."""
        settings = self.ctx.settings
        settings.setValue("orders/header", self.table.horizontalHeader().saveState())
        settings.setValue("orders/splitter", self.splitter.saveState())

    def on_theme_changed(self, _dark: bool) -> None:
        """Light and dark themes colour statuses differently: repaint with the new colours."""
        self.model.update_palette()
        self.table.viewport().update()

    # -- loading -----------------------------------------------------------------------------
    def on_session_changed(self, *_args: object) -> None:
        """The open panel changed: what the actions allow depends on it (its catalogue's
        refill/cancel flags, import and reconcile need it). Connect to sig_panel_opened."""
        self.order_actions.update_enabled()

    def reload(self) -> None:
        """Re-read every order from the store: at start, or after the database changed behind
        the app's back (new orders need only ``apply_changes``). The first time, the newest
        page shows at once; the whole list loads on a worker and replaces it, keeping the
        selection and scroll position."""
        self._generation += 1
        generation = self._generation
        store = self.ctx.store
        if self.model.total_count == 0 and self.model.complete:
            try:
                self._show_snapshot(load_snapshot(store, limit=FIRST_PAGE))
            except StoreError as exc:
                log.error("orders: first page not loaded: %s", exc)
        self.loading = True
        self._dirty.clear()
        self._update_count()

        def job() -> OrdersSnapshot:
            try:
                return load_snapshot(store)
            finally:
                store.close_thread_connection()

        def done(snapshot: OrdersSnapshot) -> None:
            if generation == self._generation:
                self._on_loaded(snapshot)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.loading = False
                self._update_count()
                self.count_label.setText(
                    self.tr("Orders could not be loaded: %1").replace(
                        "%1", isolate(describe_error(exc))
                    )
                )

        self.ctx.tasks.submit("orders-load", job, done, failed)

    def _on_loaded(self, snapshot: OrdersSnapshot) -> None:
        self.loading = False
        self._show_snapshot(snapshot)
        dirty, self._dirty = list(self._dirty), set()
        if dirty:
            self.apply_changes(dirty)
        self.sig_loaded.emit(self.model.total_count)
        self.refresh_stuck()

    def refresh_stuck(self) -> None:
        """Look for stuck orders again, on a worker (100,000 orders' histories), and mark
        them; then again every STUCK_CHECK_MS."""
        self.stuck_timer.stop()
        store, now = self.ctx.store, self.clock()

        def done(stuck: dict[int, Stuck]) -> None:
            if not isValid(self):  # the pane was closed while the worker counted
                return
            self.model.set_stuck(stuck)
            self._update_count()
            if not self.stuck_timer.isActive():
                self.stuck_timer.start(STUCK_CHECK_MS)

        def failed(exc: Exception) -> None:
            log.error("orders: stuck orders not looked for: %s", exc)

        self.ctx.tasks.submit("orders-stuck", lambda: find_stuck(store, now), done, failed)

    def _show_snapshot(self, snapshot: OrdersSnapshot) -> None:
        selected = [r.local_id for r in self.selected_records()]
        current = self.current_record()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_snapshot(snapshot)
        fill_filter_choices(self)
        self._restore_selection(selected, None if current is None else current.local_id)
        self.table.verticalScrollBar().setValue(scroll)
        self._update_count()

    def refresh_panels(self) -> None:
        """A panel was connected, renamed or removed: the Panel column and filter name it
        now (one small query, no reload)."""
        try:
            panels = load_panel_names(self.ctx.store)
        except StoreError as exc:
            log.error("orders: panel names not read: %s", exc)
            return
        self.model.set_panels(panels)
        fill_filter_choices(self)

    # -- live updates ------------------------------------------------------------------------
    def apply_changes(self, local_ids: Sequence[int]) -> None:
        """Re-read these orders (one query) and repaint their rows; selection and scroll stay.
        Orders the table does not hold yet (just placed or imported) are inserted where the
        sort puts them, so placing an order never reloads 100,000 others."""
        ids = list(dict.fromkeys(int(i) for i in local_ids))
        if not ids:
            return
        if self.loading:
            self._dirty.update(ids)
        try:
            records = self.ctx.store.get_orders(ids)
            # An order whose number the panel gave before: the earlier order now reads
            # differently (frozen), so it is re-read with it.
            earlier = [r.reuses_id_of for r in records if r.reuses_id_of is not None]
            earlier = [i for i in dict.fromkeys(earlier) if i not in ids]
            if earlier:
                records += self.ctx.store.get_orders(earlier)
                ids += earlier
                if self.loading:
                    self._dirty.update(earlier)
            refills = self.ctx.store.latest_refills(ids)
        except StoreError as exc:
            log.error("orders: changes not read: %s", exc)
            return
        if not self.model.has_panels_of(records):
            self.refresh_panels()  # the first order of a panel connected since the load
        missing = set(self.model.apply_records(records, refills))
        if missing:
            self._insert([r for r in records if r.local_id in missing], refills)
        shown = self.detail.record
        if shown is not None and shown.local_id in ids:
            self.detail.refresh()
        self.order_actions.update_enabled()
        self.stuck_timer.start(STUCK_AFTER_CHANGES_MS)
        self.sig_changed.emit(ids)

    def _insert(self, records: list[OrderRecord], refills: Mapping[int, RefillRecord]) -> None:
        # Rows inserted above the first visible one would push the view down: keep showing
        # the same orders (unless at the very top, where the user wants to see new ones).
        top = self.table.rowAt(0)
        anchor = self.model.record_at(top).local_id if top > 0 else None
        self.model.insert_records(records, refills)
        if anchor is not None:
            moved = (self.model.row_of(anchor) or top) - top
            bar = self.table.verticalScrollBar()
            per_item = self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
            step = 1 if per_item else self.table.verticalHeader().defaultSectionSize()
            bar.setValue(bar.value() + moved * step)
        fill_filter_choices(self)
        self._update_count()

    # -- filters -----------------------------------------------------------------------------
    def current_filter(self) -> OrderFilter:
        return read_filter(self)

    def apply_filters(self, *_args: object) -> None:
        self.search_timer.stop()
        custom = self.date_filter.currentData() == "range"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        flt = self.current_filter()
        if flt == self.model.filter:
            return
        selected = [r.local_id for r in self.selected_records()]
        current = self.current_record()
        self.model.set_filter(flt)
        self._restore_selection(selected, None if current is None else current.local_id)
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        else:
            self.table.scrollToTop()
        self._update_count()

    def clear_filters(self) -> None:
        for combo in (self.status_filter, self.panel_filter, self.service_filter, self.date_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filters()

    def _update_count(self) -> None:
        total = self.model.total_count
        shown = self.model.rowCount()
        if total == 0 and not self.loading:
            text = self.tr("No orders yet")
        elif shown == total:
            # English needs its singular without a loaded translation; %Ln forms serve the rest
            text = self.tr("1 order") if total == 1 else self.tr("%Ln orders", "", total)
        else:
            text = self.tr("%1 of %Ln orders", "", total).replace("%1", numbers.fmt_int(shown))
        if self.loading:
            text += " · " + self.tr("loading…")
        self.count_label.setText(text)

    # -- selection ---------------------------------------------------------------------------
    def selected_records(self) -> list[OrderRecord]:
        """The selected orders, in table order."""
        selection = self.table.selectionModel()
        rows: set[int] = set()
        blocks = selection.selection()
        for n in range(blocks.size()):
            block = blocks.at(n)
            rows.update(range(block.top(), block.bottom() + 1))
        count = self.model.rowCount()
        return [self.model.record_at(row) for row in sorted(rows) if row < count]

    def current_record(self) -> OrderRecord | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.record_at(index.row())

    def select_local_ids(self, local_ids: Sequence[int]) -> None:
        """Select these orders (those shown) and make the first one current and visible."""
        self._restore_selection(list(local_ids), local_ids[0] if local_ids else None)
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _restore_selection(self, local_ids: Sequence[int], current: int | None) -> None:
        model = self.model
        rows = sorted(r for i in local_ids if (r := model.row_of(i)) is not None)
        selection = QItemSelection()
        last = COLUMN_COUNT - 1
        for first, final in row_runs(rows):
            selection.select(model.index(first, 0), model.index(final, last))
        selection_model = self.table.selectionModel()
        selection_model.blockSignals(True)
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        current_row = model.row_of(current) if current is not None else None
        if current_row is not None:
            selection_model.setCurrentIndex(
                model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        else:
            selection_model.clearCurrentIndex()
        selection_model.blockSignals(False)
        self.table.viewport().update()
        self.order_actions.update_enabled()
        self._show_current_detail()

    def on_selection_changed(self, *_args: object) -> None:
        self.order_actions.update_enabled()

    def on_current_changed(self, *_args: object) -> None:
        self._show_current_detail()

    def _show_current_detail(self) -> None:
        record = self.current_record()
        shown = self.detail.record
        if record is None:
            if shown is not None:
                self.detail.show_order(None)
            return
        if shown is not None and shown.local_id == record.local_id:
            return
        self.detail.show_order(record.local_id)

    # -- context menu ------------------------------------------------------------------------
    def on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        selection = self.table.selectionModel()
        if not selection.isRowSelected(index.row()):
            # the menu acts on the row it opened on (the current one, from the keyboard)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        context_menu(self).popup(self.table.viewport().mapToGlobal(pos))

    def open_detail(self, *_args: object) -> None:
        """Enter on an order: its detail, shown (if the user had folded it away) and focused."""
        if self.current_record() is None:
            return
        self._show_current_detail()
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[1] == 0:
            detail = max(320, sum(sizes) // 4)
            self.splitter.setSizes([max(sum(sizes) - detail, 0), detail])
        self.detail.focus_first()
