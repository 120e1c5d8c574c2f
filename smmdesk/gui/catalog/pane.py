"""CatalogPane: the catalogue pane of the main window — search box, filters, sort and service tree.

Search, filters and sort run in Python over ``Catalog`` index lists and reach the tree through one
``ServiceTreeModel.set_rows`` reset; the pane keeps the selection and sensible expansion across it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.catalog import Catalog
from smmdesk.core.models import Service
from smmdesk.gui.catalog.model import FLAGS, ID, MAX, MIN, NAME, RATE, TYPE, ServiceTreeModel
from smmdesk.gui.catalog.search import SortOrder, _Request, _Result, _run_search
from smmdesk.gui.catalog.tree import _ServiceTree
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.plain import new_label, tip
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.services import (
    compact_flags,
    format_count_short,
    format_rate,
    order_type_title,
)

__all__ = ["EXPAND_ALL_LIMIT", "EXPAND_FIRST", "SEARCH_DEBOUNCE_MS", "CatalogPane"]

SEARCH_DEBOUNCE_MS: Final = 150
#: with at most this many matching categories every one is expanded after a search...
EXPAND_ALL_LIMIT: Final = 60
#: ...otherwise only the first few: expanding hundreds of categories at once stalls the view
EXPAND_FIRST: Final = 5


@dataclass(frozen=True)
class _Expansion:
    """Which top-level rows were open: (is the favourites branch, title) pairs."""

    groups: set[tuple[bool, str]]
    had_favourites: bool


class CatalogPane(QWidget):
    """Search box + filter row + service tree; reports the selected service."""

    sig_service_selected = Signal(object)
    """Service | None: the selected service changed (not re-sent when a search keeps it)."""
    sig_favourite_toggled = Signal(int)
    """service id: the user asked to star/unstar it (the owner toggles, then refresh_favourites)."""
    sig_retry_requested = Signal()
    """The user asked to fetch the service list again (the notice's Retry button)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog: Catalog | None = None
        self._currency = ""
        self._generation = 0
        self._last_key: tuple[object, ...] | None = None
        self._emitted: Service | None = None
        self._restoring = False

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("catalogSearch")
        self.search_edit.setAccessibleName(self.tr("Search services"))
        self.search_edit.setPlaceholderText(
            self.tr("Search services: name, category or ID  (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)

        self.type_combo = QComboBox(self)
        self.type_combo.setToolTip(self.tr("Show one service type only"))
        self.type_combo.setAccessibleName(self.type_combo.toolTip())
        self.type_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type_combo.setMinimumContentsLength(10)
        self.type_combo.addItem(self.tr("All types"), None)

        self.flags_button = QToolButton(self)
        self.flags_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.flags_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.flags_button.setToolTip(self.tr("Show only services that support these features"))
        flags_menu = QMenu(self.flags_button)
        self.flag_actions: dict[str, QAction] = {}
        for key, text in (
            ("dripfeed", self.tr("Drip-feed")),
            ("refill", self.tr("Refill")),
            ("cancel", self.tr("Cancel")),
        ):
            action = flags_menu.addAction(text)
            action.setCheckable(True)
            action.toggled.connect(self.on_filters_changed)
            self.flag_actions[key] = action
        self.flags_button.setMenu(flags_menu)

        self.favourites_button = QToolButton(self)
        self.favourites_button.setCheckable(True)
        self.favourites_button.setText(self.tr("★ Favourites only"))
        self.favourites_button.setToolTip(self.tr("Show only the services you starred (Ctrl+D)"))
        self.favourites_button.toggled.connect(self.on_filters_changed)

        self.sort_combo = QComboBox(self)
        self.sort_combo.setToolTip(self.tr("Order of services inside each category"))
        self.sort_combo.setAccessibleName(self.sort_combo.toolTip())
        for text, key in (
            (self.tr("Catalogue order"), SortOrder.CATALOGUE),
            (self.tr("Rate: low → high"), SortOrder.RATE_ASC),
            (self.tr("Rate: high → low"), SortOrder.RATE_DESC),
            (self.tr("Service ID"), SortOrder.ID),
            (self.tr("Name"), SortOrder.NAME),
        ):
            self.sort_combo.addItem(text, key)

        self.summary_label = new_label(self)
        self.summary_label.setObjectName("catalogSummary")
        self.summary_label.setEnabled(False)  # the palette's muted text colour
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # Why the catalogue shown is not the panel's latest answer, with a way to ask again.
        self.notice = QFrame(self)
        self.notice.setObjectName("catalogNotice")
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setAutoFillBackground(True)
        self.notice_label = new_label(self.notice)
        self.notice_label.setObjectName("catalogNoticeText")
        self.notice_label.setWordWrap(True)
        self.notice_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton(self.tr("Retry"), self.notice)
        self.retry_button.setToolTip(self.tr("Ask the panel for its service list again"))
        self.retry_button.clicked.connect(self.sig_retry_requested)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(6, 4, 6, 4)
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.notice.setVisible(False)
        theme.manager().sig_theme_changed.connect(self._colour_notice)

        self.model = ServiceTreeModel(self)
        self.tree = _ServiceTree(self)
        self.tree.setObjectName("catalogTree")
        self.tree.setAccessibleName(self.tr("Services by category"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setExpandsOnDoubleClick(False)  # a single click on a category toggles it
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setIndentation(14)
        self._size_columns()

        self.act_favourite = QAction(self.tr("Add to favourites"), self)
        self.act_favourite.setShortcut(QKeySequence("Ctrl+D"))
        self.act_favourite.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_favourite.triggered.connect(self.on_toggle_favourite)
        self.addAction(self.act_favourite)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.type_combo, 2)
        filters.addWidget(self.flags_button)
        filters.addWidget(self.favourites_button)
        filters.addWidget(self.sort_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.tree, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search_now)
        self.search_edit.textChanged.connect(self.on_search_text_changed)
        self.type_combo.currentIndexChanged.connect(self.on_filters_changed)
        self.sort_combo.currentIndexChanged.connect(self.on_filters_changed)
        sel = self.tree.selectionModel()
        sel.selectionChanged.connect(self.on_selection_changed)
        self.tree.clicked.connect(self.on_tree_clicked)
        self.tree.doubleClicked.connect(self.on_tree_double_clicked)
        self.tree.customContextMenuRequested.connect(self.on_context_menu)
        self._update_flags_button()
        self._update_summary(None)

    # -- public API -------------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog | None, currency: str) -> None:
        """Show a (new) catalogue; the search, filters and selected service stay when they can."""
        previous = self._catalog
        self._catalog = catalog
        self._currency = currency
        self._fill_types(catalog)
        if catalog is None:
            self._generation += 1
            self._debounce.stop()
            self.model.set_catalog(None, currency)
            self._last_key = None
            self._update_summary(None)
            self._emit_selection(None)
            return
        # a refresh of the same view keeps what the user expanded; a first load starts tidy
        self._refresh(catalog_changed=True, keep_expansion=previous is not None)

    def show_notice(self, text: str) -> None:
        """Say above the tree why the catalogue is not the panel's latest, with Retry;
        an empty ``text`` hides the notice."""
        self.notice_label.setText(f"{theme.status_symbol('unknown')} {text}" if text else "")
        self.notice.setVisible(bool(text))
        if text:
            self._colour_notice()

    def notice_text(self) -> str:
        """The notice shown above the tree ("" when there is none)."""
        return self.notice_label.text() if not self.notice.isHidden() else ""

    def _colour_notice(self, *_args: object) -> None:
        dark = theme.is_dark()
        palette = self.notice.palette()
        palette.setColor(self.notice.backgroundRole(), theme.alert_background(dark))
        self.notice.setPalette(palette)
        self.notice_label.setStyleSheet(f"color: {theme.status_colour('unknown', dark).name()};")

    def focus_search(self) -> None:
        """Put the caret in the search box with its text selected (the Ctrl+F handler)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def selected_service(self) -> Service | None:
        sel = self.tree.selectionModel()
        for index in sel.selectedIndexes():
            service = self.model.service_at(index)
            if service is not None:
                return service
        return None

    def select_service(self, service_id: int) -> bool:
        """Select ``service_id`` in its category (clearing search and filters that hide it)."""
        if self._catalog is None or self._catalog.by_id(service_id) is None:
            return False
        index = self.model.index_of_service(service_id)
        if not index.isValid():
            self._clear_filters()
            index = self.model.index_of_service(service_id)
            if not index.isValid():
                return False
        self._select_index(index)
        return True

    def refresh_favourites(self) -> None:
        """Rebuild the favourites branch and the stars after the catalogue's favourites changed."""
        if self._catalog is not None:
            self._refresh(catalog_changed=False, keep_expansion=True)

    def apply_search_now(self) -> None:
        """Run the pending search at once (the debounce timer's target; tests call it)."""
        self._debounce.stop()
        if self._catalog is None:
            return
        self._refresh(catalog_changed=False, keep_expansion=False)

    # -- slots ------------------------------------------------------------------------------
    def on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def on_filters_changed(self, *_args: object) -> None:
        self._update_flags_button()
        self.apply_search_now()

    def on_selection_changed(self, *_args: object) -> None:
        if not self._restoring:
            self._emit_selection(self.selected_service())

    def on_tree_clicked(self, index: QModelIndex) -> None:
        if self.model.is_category(index):
            category = index.siblingAtColumn(0)
            self.tree.setExpanded(category, not self.tree.isExpanded(category))

    def on_tree_double_clicked(self, index: QModelIndex) -> None:
        service = self.model.service_at(index)
        if service is not None and index.column() == ID:
            self.sig_favourite_toggled.emit(service.id)

    def on_toggle_favourite(self) -> None:
        service = self.selected_service() or self.model.service_at(self.tree.currentIndex())
        if service is not None:
            self.sig_favourite_toggled.emit(service.id)

    def on_context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        service = self.model.service_at(index)
        if service is None:
            return
        self._select_index(index)
        menu = self._context_menu(service)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- construction helpers -----------------------------------------------------------------
    def _context_menu(self, service: Service) -> QMenu:
        menu = QMenu(self)
        starred = self._catalog is not None and self._catalog.is_favourite(service.id)
        self.act_favourite.setText(
            self.tr("Remove from favourites") if starred else self.tr("Add to favourites")
        )
        menu.addAction(self.act_favourite)
        menu.addSeparator()
        copy_id = menu.addAction(self.tr("Copy service ID"))
        copy_id.triggered.connect(lambda: QGuiApplication.clipboard().setText(str(service.id)))
        copy_name = menu.addAction(self.tr("Copy name"))
        copy_name.triggered.connect(lambda: QGuiApplication.clipboard().setText(service.name))
        menu.addSeparator()
        collapse = menu.addAction(self.tr("Collapse all categories"))
        collapse.triggered.connect(self.tree.collapseAll)
        return menu

    def _size_columns(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        metrics = self.tree.fontMetrics()
        pad = 18

        def width(sample: str) -> int:
            return metrics.horizontalAdvance(sample) + pad

        def widest(*samples: str) -> int:
            return max(map(width, samples))

        icon = self.tree.iconSize().width() if self.tree.iconSize().width() > 0 else 16
        # samples in the user's language and digits: Arabic words and digits differ in width
        widths = {
            ID: self.tree.indentation() + icon + width("0000000"),
            RATE: width(format_rate(Decimal("9999"), "USD")),
            MIN: width(format_count_short(100_000)),
            MAX: widest(*map(format_count_short, (9_999_999, 2_100_000_000, 999_900_000_000))),
            FLAGS: widest(compact_flags(True, True, True), compact_flags(True, None, None)),
            TYPE: widest(order_type_title("Subscriptions"), order_type_title("Default")),
        }
        for column, value in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, value)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)

    def _fill_types(self, catalog: Catalog | None) -> None:
        current = self.type_combo.currentData()
        self.type_combo.blockSignals(True)
        try:
            while self.type_combo.count() > 1:
                self.type_combo.removeItem(1)
            for title in catalog.types if catalog is not None else ():
                self.type_combo.addItem(order_type_title(title), title)
            found = self.type_combo.findData(current) if current is not None else 0
            self.type_combo.setCurrentIndex(max(found, 0))
        finally:
            self.type_combo.blockSignals(False)

    def _update_flags_button(self) -> None:
        active = [a.text() for a in self.flag_actions.values() if a.isChecked()]
        if active:
            listed = self.tr(", ", "list separator").join(active)
            self.flags_button.setText(self.tr("Features: %1").replace("%1", listed))
        else:
            self.flags_button.setText(self.tr("Any features"))
        # an instant-popup button's size hint leaves out its menu arrow, which then covers the
        # text's last letters (longer Arabic words lose more): make room for it
        button = self.flags_button
        button.setMinimumWidth(0)
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        button.setMinimumWidth(button.sizeHint().width() + arrow)

    # -- search, rows, selection -------------------------------------------------------------
    def _request(self, catalog: Catalog) -> _Request:
        def flag(key: str) -> bool | None:
            # unchecked means "don't care", not "must not have"
            return True if self.flag_actions[key].isChecked() else None

        return _Request(
            catalog=catalog,
            query=self.search_edit.text(),
            type_title=self.type_combo.currentData(),
            dripfeed=flag("dripfeed"),
            refill=flag("refill"),
            cancel=flag("cancel"),
            favourites_only=self.favourites_button.isChecked(),
            sort=self.sort_combo.currentData() or SortOrder.CATALOGUE,
        )

    def _refresh(self, *, catalog_changed: bool, keep_expansion: bool) -> None:
        assert self._catalog is not None
        self._generation += 1
        generation = self._generation
        request = self._request(self._catalog)
        result = _run_search(request)
        self._apply(generation, request, result, catalog_changed, keep_expansion)

    def _apply(
        self,
        generation: int,
        request: _Request,
        result: _Result,
        catalog_changed: bool,
        keep_expansion: bool,
    ) -> None:
        # the guard for a search that finishes after a newer one started or the catalogue changed
        if generation != self._generation or request.catalog is not self._catalog:
            return
        same_search = request.key == self._last_key
        expanded = self._expanded_groups() if keep_expansion or same_search else None
        previous = self.selected_service()
        in_favourites = False
        if previous is not None:
            in_favourites = bool(
                self.tree.currentIndex().data(ServiceTreeModel.IsFavouritesBranchRole)
            )
        self._restoring = self.tree.batch = True
        try:
            if catalog_changed:
                self.model.set_catalog(
                    request.catalog, self._currency, rows=(result.groups, result.favourites)
                )
            else:
                self.model.set_rows(result.groups, result.favourites)
            self._expand(expanded, request.narrowed)
            if expanded is None:
                self.tree.scrollToTop()  # a new search reads from its first match
            restored = self._restore_selection(previous, in_favourites)
        finally:
            self._restoring = self.tree.batch = False
        self.tree.span_visible_categories()
        self._last_key = request.key
        self._update_summary(request, result)
        self._emit_selection(restored)

    def _expanded_groups(self) -> _Expansion:
        model = self.model
        has_favourites = model.has_favourites_branch()
        rows = model.rowCount()
        expanded = {
            (row == 0 and has_favourites, model.group_title(row))
            for row in self.tree.open_rows
            if row < rows
        }
        return _Expansion(expanded, has_favourites)

    def _expand(self, previous: _Expansion | None, narrowed: bool) -> None:
        model, tree = self.model, self.tree
        rows = model.rowCount()
        has_favourites = model.has_favourites_branch()
        if previous is not None:
            wanted = {
                0 if is_favourites else model.row_of_category(title)
                for is_favourites, title in previous.groups
                if has_favourites or not is_favourites
            }
            # a branch that just appeared (first star) opens so the user sees the star land
            if has_favourites and not previous.had_favourites:
                wanted.add(0)
            for row in sorted(r for r in wanted if r is not None):
                tree.expand(model.index(row, 0))
            return
        if narrowed and model.group_count() <= EXPAND_ALL_LIMIT:
            tree.expandAll()
            return
        first = (1 if has_favourites else 0) + (EXPAND_FIRST if narrowed else 0)
        for row in range(min(first, rows)):
            tree.expand(model.index(row, 0))

    def _restore_selection(self, previous: Service | None, in_favourites: bool) -> Service | None:
        if previous is None:
            return None
        index = QModelIndex()
        # the same listing of an id the panel lists twice, not merely the first one
        if in_favourites:
            index = self.model.index_of_service(previous.id, in_favourites=True, prefer=previous)
        if not index.isValid():
            index = self.model.index_of_service(previous.id, prefer=previous)
        if not index.isValid():
            return None
        self._select_index(index)
        return self.model.service_at(index)

    def _select_index(self, index: QModelIndex) -> None:
        self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _select_first(self) -> bool:
        model = self.model
        for row in range(model.rowCount()):
            parent = model.index(row, 0)
            if model.rowCount(parent) and (self.tree.isExpanded(parent) or row == 0):
                self._select_index(model.index(0, 0, parent))
                return True
        return False

    def _emit_selection(self, service: Service | None) -> None:
        if service == self._emitted:
            return
        self._emitted = service
        self.sig_service_selected.emit(service)

    def _clear_filters(self) -> None:
        widgets: list[QObject] = [
            self.search_edit,
            self.type_combo,
            self.favourites_button,
            *self.flag_actions.values(),
        ]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search_edit.clear()
            self.type_combo.setCurrentIndex(0)
            self.favourites_button.setChecked(False)
            for action in self.flag_actions.values():
                action.setChecked(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._update_flags_button()
        self.apply_search_now()

    def _update_summary(self, request: _Request | None, result: _Result | None = None) -> None:
        if request is None or result is None:
            self.summary_label.setText(self.tr("No catalogue loaded yet"))
            return
        if result.count:
            groups = self.model.group_count()
            services = self.tr("%Ln services", "", result.count)
            categories = self.tr("%Ln categories", "", groups)
            text = self.tr("%1 in %2").replace("%1", services).replace("%2", categories)
        elif request.favourites_only and not request.catalog.favourites:
            text = self.tr("No favourites yet: select a service and press Ctrl+D to star it")
        elif request.query.strip():
            # the query keeps its own direction inside the sentence (FSI...PDI)
            query = isolate(request.query.strip())
            text = self.tr("No services match “%1”").replace("%1", query)
        else:
            text = self.tr("No services match these filters")
        self.summary_label.setText(text)
        self.summary_label.setToolTip(tip(text))

    # -- keyboard in the search box ------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                if self._debounce.isActive():
                    self.apply_search_now()
                if self.selected_service() is None:
                    self._select_first()
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_search_now()
                if self.selected_service() is None:
                    self._select_first()
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                self.apply_search_now()
                return True
        return super().eventFilter(watched, event)
