"""OrdersPane: the orders workspace: filter bar, actions, the table over OrdersTableModel (with
its delivered-progress bar) and the order detail panel, side by side in a splitter."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.store import OrderRecord, RefillRecord, StoreError
from smmdesk.gui import locale_format, theme
from smmdesk.gui.context import AppContext
from smmdesk.gui.order_actions import OrderActions
from smmdesk.gui.order_detail import OrderDetail
from smmdesk.gui.orders_model import (
    CHARGE,
    COLUMN_COUNT,
    DATE,
    LINK,
    ORDER,
    PANEL,
    PROGRESS,
    PROGRESS_ROLE,
    QUANTITY,
    RECORD_ROLE,
    REFILL,
    REMAINS,
    SERVICE,
    START,
    STATUS,
    OrderFilter,
    OrdersSnapshot,
    OrdersTableModel,
    load_snapshot,
)
from smmdesk.gui.orders_status import (
    STATUS_FILTERS,
    align_to_reading_start,
    date_edit_format,
    isolate,
    order_ref,
    status_look,
)
from smmdesk.gui.session import PanelSession, describe_error

__all__ = ["FIRST_PAGE", "LinkDelegate", "OrdersPane", "ProgressDelegate"]

log = logging.getLogger(__name__)

#: newest orders shown at once, on the GUI thread, while the rest loads on a worker
FIRST_PAGE = 300
SEARCH_DELAY_MS = 200
_AnyIndex = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    """Paints the delivered share as a bar with its percentage; it fills from the reading
    side, so right-to-left layouts fill from the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        value = index.data(PROGRESS_ROLE)
        if value is None:
            return
        record = index.data(RECORD_ROLE)
        kind = status_look(record).kind if isinstance(record, OrderRecord) else "in_progress"
        rect = QRectF(opt.rect).adjusted(4, 4, -4, -4)
        if rect.width() < 8 or rect.height() < 4:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QPainterPath()
        track.addRoundedRect(rect, 3, 3)
        base = opt.palette.color(opt.palette.ColorRole.Mid)
        base.setAlpha(70)
        painter.fillPath(track, base)
        filled = rect.width() * float(value)
        if filled > 0:
            bar = QRectF(rect)
            bar.setWidth(filled)
            if opt.direction == Qt.LayoutDirection.RightToLeft:
                bar.moveRight(rect.right())
            # the status colour of the current theme, softened so the percentage stays readable
            fill = theme.status_colour(kind, theme.is_dark(opt.palette))
            fill.setAlpha(110)
            painter.setClipPath(track)
            painter.fillRect(bar, fill)
            painter.setClipping(False)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class LinkDelegate(QStyledItemDelegate):
    """Links keep their start and end visible (the post id is at the end)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class OrdersPane(QWidget):
    """The orders workspace. ``reload()`` re-reads the store (on a worker: 100,000 orders do
    not freeze the window); ``apply_changes(ids)`` repaints only those orders."""

    sig_order_again = Signal(object)
    """OrderRecord: the user wants to place this order again (select its service, prefill)."""
    sig_reconcile_requested = Signal(int)
    """local_id of an order with an unknown outcome the user wants to settle."""
    sig_loaded = Signal(int)
    """Total number of orders, after a (re)load from the store finished."""

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
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self.save_state)

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
        layout.addWidget(self._build_toolbar())
        layout.addLayout(self._build_filter_bar())

        self.table = QTableView(self)
        self.table.setObjectName("ordersTable")
        self.table.setAccessibleName(self.tr("Orders"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_context_menu)
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
        self._size_columns()
        self.progress_delegate = ProgressDelegate(self.table)
        self.link_delegate = LinkDelegate(self.table)
        self.table.setItemDelegateForColumn(PROGRESS, self.progress_delegate)
        self.table.setItemDelegateForColumn(LINK, self.link_delegate)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._save_timer.start)
        header.sectionResized.connect(self._save_timer.start)
        header.sectionMoved.connect(self._save_timer.start)
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
        detail_scroll.setWidget(self.detail)
        self.splitter.addWidget(detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.splitterMoved.connect(self._save_timer.start)
        layout.addWidget(self.splitter, 1)

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Orders"), self)
        bar.setObjectName("ordersToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        act = self.order_actions
        for action in (act.act_refresh, act.act_refill, act.act_cancel, act.act_refill_status):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(act.act_order_again)
        bar.addAction(act.act_reconcile)
        bar.addSeparator()
        export = QToolButton(bar)
        export.setText(self.tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(act.act_export_selection)
        menu.addAction(act.act_export_view)
        export.setMenu(menu)
        self.export_button = export
        bar.addWidget(export)
        bar.addAction(act.act_import)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.count_label = QLabel(bar)
        self.count_label.setObjectName("ordersCount")
        bar.addWidget(self.count_label)
        self.toolbar = bar
        return bar

    def _combo(self, tip: str) -> QComboBox:
        combo = QComboBox(self)
        # never size to the items: the service list can hold thousands
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.setToolTip(tip)
        combo.setAccessibleName(tip)
        return combo

    def _build_filter_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(4, 0, 4, 0)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("ordersSearch")
        self.search_edit.setAccessibleName(self.tr("Search orders"))
        self.search_edit.setPlaceholderText(self.tr("Search link, service or order number"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        row.addWidget(self.search_edit, 3)

        self.status_filter = self._combo(self.tr("Show orders with this status"))
        for key, words, _categories in STATUS_FILTERS:
            self.status_filter.addItem(words(), key)
        row.addWidget(self.status_filter, 1)

        self.panel_filter = self._combo(self.tr("Show orders of one panel"))
        self.panel_filter.addItem(self.tr("All panels"), None)
        row.addWidget(self.panel_filter, 1)

        self.service_filter = self._combo(self.tr("Show orders of one service"))
        self.service_filter.addItem(self.tr("All services"), None)
        row.addWidget(self.service_filter, 1)

        self.date_filter = self._combo(self.tr("Show orders placed in this period"))
        for label, key in (
            (self.tr("Any time"), "any"),
            (self.tr("Today"), "today"),
            (self.tr("Last 7 days"), "7"),
            (self.tr("Last 30 days"), "30"),
            (self.tr("Date range…"), "range"),
        ):
            self.date_filter.addItem(label, key)
        row.addWidget(self.date_filter, 1)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_to = QDateEdit(today, self)
        for edit, tip in (
            (self.date_from, self.tr("From this day")),
            (self.date_to, self.tr("To this day (included)")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            align_to_reading_start(edit)
            edit.setToolTip(tip)
            edit.setVisible(False)
            row.addWidget(edit)
        # connected once everything exists: filling the combos emits too
        for combo in (self.status_filter, self.panel_filter, self.service_filter, self.date_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filters)
        return row

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()

        def width(sample: str) -> int:
            return metrics.horizontalAdvance(sample) + 24

        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)

        # Samples in the user's locale: its date format, its digits, its words for statuses.
        fmt = locale_format
        sample_day = datetime(2026, 12, 28, 23, 59)
        widths = {
            DATE: width(fmt.fmt_datetime(sample_day)),
            ORDER: width(order_ref(88888888)),
            PANEL: width(self.tr("Panel name")),
            SERVICE: width(order_ref(8888) + " Instagram Followers"),  # i18n: ignore width sample
            LINK: width("https://instagram.com/p/xxxxx"),  # i18n: ignore a width sample
            QUANTITY: width(fmt.fmt_int(100_000)),
            CHARGE: width("≈ " + fmt.fmt_money(Decimal("0.0000"), "USD", 4)),
            START: width(fmt.fmt_int(88_888)),
            REMAINS: width(fmt.fmt_int(88_888)),
            PROGRESS: width(fmt.fmt_percent(100) + "000"),
            # "outcome unknown" is drawn bold
            STATUS: bold.horizontalAdvance(
                f"{theme.status_symbol('unknown')} " + self.tr("Outcome unknown")
            )
            + 24,
            REFILL: width(f"{theme.status_symbol('in_progress')} " + self.tr("In progress")),
        }
        for column in range(COLUMN_COUNT):
            self.table.setColumnWidth(column, widths[column])

    # -- state -------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.settings
        header = settings.value("orders/header")
        if isinstance(header, QByteArray) and self.table.horizontalHeader().restoreState(header):
            self.table.setSortingEnabled(True)
        splitter = settings.value("orders/splitter")
        self._splitter_restored = isinstance(splitter, QByteArray) and self.splitter.restoreState(
            splitter
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            # the table gets most of the room; the detail panel stays readable
            self._splitter_restored = True
            total = max(self.splitter.width(), 800)
            detail = max(320, total // 4)
            self.splitter.setSizes([total - detail, detail])

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

        def done(snapshot: Any) -> None:
            if generation == self._generation:
                self._on_loaded(snapshot)

        def failed(exc: Any) -> None:
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

    def _show_snapshot(self, snapshot: OrdersSnapshot) -> None:
        selected = [r.local_id for r in self.selected_records()]
        current = self.current_record()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_snapshot(snapshot)
        self._fill_filter_choices()
        self._restore_selection(selected, None if current is None else current.local_id)
        self.table.verticalScrollBar().setValue(scroll)
        self._update_count()

    def _fill_filter_choices(self) -> None:
        """Panels and services of the loaded orders, keeping what the user had chosen."""
        for combo, items in (
            (self.panel_filter, sorted(self.model.panel_names.items(), key=lambda p: p[1])),
            (self.service_filter, self.model.services_seen()),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(combo.count() - 1)
            for key, name in items:
                label = name if combo is self.panel_filter else f"{order_ref(key)} {name}"
                combo.addItem(isolate(label), key)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

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
            refills = self.ctx.store.latest_refills(ids)
        except StoreError as exc:
            log.error("orders: changes not read: %s", exc)
            return
        missing = set(self.model.apply_records(records, refills))
        if missing:
            self._insert([r for r in records if r.local_id in missing], refills)
        shown = self.detail.record
        if shown is not None and shown.local_id in ids:
            self.detail.refresh()
        self.order_actions.update_enabled()

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
        self._fill_filter_choices()
        self._update_count()

    # -- filters -----------------------------------------------------------------------------
    def current_filter(self) -> OrderFilter:
        period = self.date_filter.currentData()
        today = date.today()
        date_from: date | None = None
        date_to: date | None = None
        if period == "today":
            date_from = today
        elif period in ("7", "30"):
            date_from = today - timedelta(days=int(period) - 1)
        elif period == "range":
            start, end = self.date_from.date(), self.date_to.date()
            date_from = date(start.year(), start.month(), start.day())
            date_to = date(end.year(), end.month(), end.day())
        return OrderFilter(
            text=self.search_edit.text(),
            status=self.status_filter.currentData() or "all",
            panel_id=self.panel_filter.currentData(),
            service_id=self.service_filter.currentData(),
            date_from=date_from,
            date_to=date_to,
        )

    def apply_filters(self, *_args: object) -> None:
        self._search_timer.stop()
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
            text = self.tr("%1 of %Ln orders", "", total).replace(
                "%1", locale_format.fmt_int(shown)
            )
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
        start = previous = None
        for row in rows:
            if start is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None and previous is not None:
                selection.select(model.index(start, 0), model.index(previous, last))
            start = previous = row
        if start is not None and previous is not None:
            selection.select(model.index(start, 0), model.index(previous, last))
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
        if not self.table.indexAt(pos).isValid():
            return
        self.context_menu().popup(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        act = self.order_actions
        act.update_enabled()
        menu = QMenu(self)
        for group in (
            (act.act_refresh, act.act_refill_status),
            (act.act_refill, act.act_cancel),
            (act.act_copy_link, act.act_copy_id, act.act_open_link),
            (act.act_order_again, act.act_reconcile),
            (act.act_export_selection, act.act_export_view),
        ):
            for action in group:
                menu.addAction(action)
            menu.addSeparator()
        return menu
