"""The "All panels" window wired to the panels' catalogues: every panel's saved catalogue shown
at once, every panel's service list fetched again in parallel (each with its own back-off), and
a picked service handed to the main window to open on its panel. Loaded when first opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from smmdesk.core.allpanels import AllPanelsIndex
from smmdesk.gui.catalog.allpanels import AllPanelsDialog
from smmdesk.gui.runtime.catalogs import AllCatalogues, PanelFetch
from smmdesk.gui.runtime.context import AppContext

__all__ = ["AllPanels"]


class AllPanels(QObject):
    """One "All panels" window per main window (shown again when asked for again)."""

    sig_compare = Signal(int, object)
    """(panel id, Service): the user asked to compare this service across panels."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        on_pick: Callable[[int, int], None],
        catalogues: AllCatalogues | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogues = AllCatalogues(ctx, self) if catalogues is None else catalogues
        self.dialog = AllPanelsDialog(parent)
        self._failed: dict[int, PanelFetch] = {}
        self.catalogues.sig_index.connect(self._on_index)
        self.catalogues.sig_panel_state.connect(self._on_panel_state)
        self.dialog.sig_service_picked.connect(on_pick)
        self.dialog.sig_refresh_requested.connect(self.refresh)
        self.dialog.sig_compare_requested.connect(self._compare)
        if catalogues is None:
            # the saved catalogues first (quick), then every panel asked afresh
            self.catalogues.load(self.refresh)
        else:  # the Compare window's, already loaded
            self._on_index(self.catalogues.index)
            self.refresh()

    def show(self) -> AllPanelsDialog:
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.search_edit.setFocus()
        return self.dialog

    def _compare(self, panel_id: int, service_id: int) -> None:
        part = self.catalogues.index.panel(panel_id)
        service = None if part is None else part.catalog.by_id(service_id)
        if service is not None:
            self.sig_compare.emit(panel_id, service)

    def refresh(self) -> None:
        self.catalogues.refresh_all()
        self._show_state()

    def _on_index(self, index: AllPanelsIndex) -> None:
        self.dialog.set_index(index)
        self._show_state()

    def _on_panel_state(self, fetch: PanelFetch) -> None:
        if fetch.ok:
            self._failed.pop(fetch.panel_id, None)
        else:
            self._failed[fetch.panel_id] = fetch
        self._show_state()

    def _show_state(self) -> None:
        names = {p.id: p.name for p in self.catalogues.panels()}
        parts = []
        updating = [names[i] for i in sorted(self.catalogues.fetching) if i in names]
        if updating:
            parts.append(self.tr("Updating: %1").replace("%1", self.tr(", ").join(updating)))
        failed = [names[i] for i in sorted(self._failed) if i in names]
        if failed:
            parts.append(
                self.tr("Could not be updated (tried again later): %1").replace(
                    "%1", self.tr(", ").join(failed)
                )
            )
        self.dialog.set_state("\n".join(parts))
