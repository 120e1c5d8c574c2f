"""The built-in demo profile: the panel row SMMDesk opens when none is configured (its key is
the sandbox's own; keys of real panels live in gui/runtime/keys.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smmdesk.core.store import PanelRecord
from smmdesk.gui.runtime.context import DEMO_URL, AppContext

__all__ = ["ensure_demo_profile"]


def ensure_demo_profile(ctx: AppContext) -> PanelRecord:
    """The "Demo panel" profile (url DEMO_URL), created the first time it is asked for."""
    for panel in ctx.store.list_panels():
        if panel.url == DEMO_URL:
            return panel
    panel_id = ctx.store.add_panel(
        QCoreApplication.translate("ConnectDialog", "Demo panel"), DEMO_URL, currency="USD"
    )
    return ctx.store.get_panel(panel_id)
