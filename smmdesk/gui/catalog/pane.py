"""CatalogPane: the catalogue pane of the main window — search box, filters, sort and service tree.

Search, filters and sort run in Python over ``Catalog`` index lists and reach the tree through one
``ServiceTreeModel.set_rows`` reset; the pane keeps the selection and sensible expansion across it.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QEvent,
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
    QLineEdit,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.catalog import Catalog
from smmdesk.core.models import Service
from smmdesk.gui.catalog.filters import CatalogFilters
from smmdesk.gui.catalog.model import ID, ServiceTreeModel
from smmdesk.gui.catalog.notice import CatalogNotice
from smmdesk.gui.catalog.search import _Request, _Result, _run_search
from smmdesk.gui.catalog.tree import ServiceTree
from smmdesk.gui.widgets.announce import name_clear_button
from smmdesk.gui.widgets.keyboard import ViewKeys
from smmdesk.gui.widgets.plain import new_label, tip
from smmdesk.gui.widgets.theme import tone
from smmdesk.gui.wording.bidi import isolate

__all__ = ["SEARCH_DEBOUNCE_MS", "CatalogPane"]

SEARCH_DEBOUNCE_MS: Final = 150


class CatalogPane(QWidget):
    """Search box + filter row + service tree; reports the selected service."""

    sig_service_selected = Signal(object)
    """Service | None: the selected service changed (not re-sent when a search keeps it)."""
    sig_favourite_toggled = Signal(int)
    """service id: the user asked to star/unstar it (the owner toggles, then refresh_favourites)."""
    sig_compare_requested = Signal()
    """The user asked to compare the selected service across panels (from its menu)."""
    sig_retry_requested = Signal()
    """The user asked to fetch the service list again (the notice's Retry button)."""
    sig_service_entered = Signal(object)
    """Service: Return or Enter on a service (in the tree, or in the search box after a search
    found one): the user wants to fill in its order form now."""

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
        name_clear_button(self.search_edit)
        self.search_edit.installEventFilter(self)

        self.filters = CatalogFilters(self)
        self.filters.sig_changed.connect(self.on_filters_changed)
        # the filter controls, as the pane's own (tests and the window reach them here)
        self.type_combo = self.filters.type_combo
        self.flags_button = self.filters.flags_button
        self.flag_actions = self.filters.flag_actions
        self.favourites_button = self.filters.favourites_button
        self.sort_combo = self.filters.sort_combo

        self.summary_label = new_label(self)
        self.summary_label.setObjectName("catalogSummary")
        tone(self.summary_label, "muted")  # by colour (4.5:1), never a disabled label
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # Why the catalogue shown is not the panel's latest answer, with a way to ask again.
        self.notice = CatalogNotice(self)
        self.notice.sig_retry_requested.connect(self.sig_retry_requested)
        self.notice_label = self.notice.label
        self.retry_button = self.notice.retry_button

        self.model = ServiceTreeModel(self)
        self.tree = ServiceTree(self)
        self.tree.setObjectName("catalogTree")
        self.tree.setAccessibleName(self.tr("Services by category"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        # long names lose their end (in reading order), not the middle where services differ;
        # the full name is in the tooltip
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setExpandsOnDoubleClick(False)  # a single click on a category toggles it
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setIndentation(14)
        self.tree.size_columns()

        self.act_favourite = QAction(self.tr("Add to favourites"), self)
        self.act_favourite.setShortcut(QKeySequence("Ctrl+D"))
        self.act_favourite.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_favourite.triggered.connect(self.on_toggle_favourite)
        self.addAction(self.act_favourite)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.tree, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search_now)
        self.search_edit.textChanged.connect(self.on_search_text_changed)
        sel = self.tree.selectionModel()
        sel.selectionChanged.connect(self.on_selection_changed)
        self.tree.clicked.connect(self.on_tree_clicked)
        self.tree.doubleClicked.connect(self.on_tree_double_clicked)
        self.tree.customContextMenuRequested.connect(self.on_context_menu)
        # the Menu key and Shift+F10 open the menu on the current row; Enter picks a service
        self.tree_keys = ViewKeys(self.tree, self.on_context_menu, self.on_tree_entered)
        # sized once the pane is built (its style and font are the final ones by then)
        self.filters.update_flags_button()
        self._update_summary(None)

    # -- public API -------------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog | None, currency: str) -> None:
        """Show a (new) catalogue; the search, filters and selected service stay when they can."""
        previous = self._catalog
        self._catalog = catalog
        self._currency = currency
        self.filters.fill_types(catalog)
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
        self.notice.show_text(text)

    def notice_text(self) -> str:
        """The notice shown above the tree ("" when there is none)."""
        return self.notice.text()

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
        self.tree.select(index)
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

    def on_tree_entered(self, index: QModelIndex) -> None:
        """Return on a service goes on to its form; on a category, opens or closes it."""
        service = self.model.service_at(index)
        if service is not None:
            if self.selected_service() != service:
                self.tree.select(index)
            self.sig_service_entered.emit(service)
        elif self.model.is_category(index):
            category = index.siblingAtColumn(0)
            self.tree.setExpanded(category, not self.tree.isExpanded(category))

    def on_context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        service = self.model.service_at(index)
        if service is None:
            return
        self.tree.select(index)
        menu = self._context_menu(service)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

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
        compare = menu.addAction(self.tr("Compare across panels…"))
        compare.triggered.connect(self.sig_compare_requested.emit)
        menu.addSeparator()
        collapse = menu.addAction(self.tr("Collapse all categories"))
        collapse.triggered.connect(self.tree.collapseAll)
        return menu

    # -- search, rows, selection -------------------------------------------------------------
    def _request(self, catalog: Catalog) -> _Request:
        filters = self.filters
        return _Request(
            catalog=catalog,
            query=self.search_edit.text(),
            type_title=filters.type_title(),
            dripfeed=filters.required("dripfeed"),
            refill=filters.required("refill"),
            cancel=filters.required("cancel"),
            favourites_only=filters.favourites_only(),
            sort=filters.sort(),
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
        expanded = self.tree.open_groups() if keep_expansion or same_search else None
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
            self.tree.expand_groups(expanded, request.narrowed)
            if expanded is None:
                self.tree.scrollToTop()  # a new search reads from its first match
            restored = self._restore_selection(previous, in_favourites)
        finally:
            self._restoring = self.tree.batch = False
        self.tree.span_visible_categories()
        self._last_key = request.key
        self._update_summary(request, result)
        self._emit_selection(restored)

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
        self.tree.select(index)
        return self.model.service_at(index)

    def _emit_selection(self, service: Service | None) -> None:
        if service == self._emitted:
            return
        self._emitted = service
        self.sig_service_selected.emit(service)

    def _clear_filters(self) -> None:
        self.search_edit.blockSignals(True)
        try:
            self.search_edit.clear()
        finally:
            self.search_edit.blockSignals(False)
        self.filters.clear()
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
    def _enter_from_search(self) -> None:
        """Enter after a search takes its first hit and goes on to the form, so what the user
        types next is the link, not a new search; with no search it selects the first service
        (when none is) and stays."""
        self.apply_search_now()
        if not self.search_edit.text().strip():
            if self.selected_service() is None:
                self.tree.select_first()
            return
        if not self.tree.select_first():
            return
        service = self.selected_service()
        if service is not None:
            self.sig_service_entered.emit(service)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                if self._debounce.isActive():
                    self.apply_search_now()
                if self.selected_service() is None:
                    self.tree.select_first()
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter_from_search()
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                self.apply_search_now()
                return True
        return super().eventFilter(watched, event)
