"""The "All panels" window wired to the panels' catalogues: every panel's saved catalogue shown
at once, every panel's service list fetched again in parallel (each with its own back-off), and
a picked service handed to the main window to open on its panel. Loaded when first opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from smmdesk.core.allpanels import AllPanelsIndex
from smmdesk.gui.catalog.allpanels import AllPanelsDialog
from smmdesk.gui.runtime.catalogs import AllCatalogues, PanelFetch
from smmdesk.gui.runtime.context import AppContext

__all__ = ["AllPanels"]


class AllPanels(QObject):
    """One "All panels" window per main window (shown again when asked for again)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget, on_pick: Callable[[int, int], None]
    ) -> None:
        super().__init__(parent)
        self.catalogues = AllCatalogues(ctx, self)
        self.dialog = AllPanelsDialog(parent)
        self._failed: dict[int, PanelFetch] = {}
        self.catalogues.sig_index.connect(self._on_index)
        self.catalogues.sig_panel_state.connect(self._on_panel_state)
        self.dialog.sig_service_picked.connect(on_pick)
        self.dialog.sig_refresh_requested.connect(self.refresh)
        # the saved catalogues first (quick), then every panel asked afresh
        self.catalogues.load(self.refresh)

    def show(self) -> AllPanelsDialog:
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.search_edit.setFocus()
        return self.dialog

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
            parts.append(self.tr("Updating: %1").replace("%1", ", ".join(updating)))
        failed = [names[i] for i in sorted(self._failed) if i in names]
        if failed:
            parts.append(
                self.tr("Could not be updated (tried again later): %1").replace(
                    "%1", ", ".join(failed)
                )
            )
        self.dialog.set_state("\n".join(parts))
