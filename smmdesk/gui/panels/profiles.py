"""The built-in demo profiles: the panel rows SMMDesk opens when none is configured (their keys
are the sandbox's own; keys of real panels live in gui/runtime/keys.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smmdesk.core.store import PanelRecord
from smmdesk.gui.runtime.context import DEMO_EXTRAS, DEMO_URL, AppContext

__all__ = ["ensure_demo_profile", "ensure_demo_profiles"]


def ensure_demo_profile(ctx: AppContext) -> PanelRecord:
    """The "Demo panel" profile (url DEMO_URL), created the first time it is asked for."""
    for panel in ctx.store.list_panels():
        if panel.url == DEMO_URL:
            return panel
    panel_id = ctx.store.add_panel(
        QCoreApplication.translate("ConnectDialog", "Demo panel"), DEMO_URL, currency="USD"
    )
    return ctx.store.get_panel(panel_id)


def _extra_names() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ConnectDialog", "Demo panel B"),
        QCoreApplication.translate("ConnectDialog", "Demo panel C (EUR)"),
    )


def ensure_demo_profiles(ctx: AppContext) -> list[PanelRecord]:
    """The demo mode's profiles, the first demo panel first, then (up to ``ctx.demo_panels``)
    the extra demo panels, each created the first time it is asked for: several panels with
    overlapping services at different prices, so "All panels" has something to show."""
    first = ensure_demo_profile(ctx)
    wanted = [
        (f"{DEMO_URL}/{name}", label, currency)
        for (name, _key, currency), label in zip(DEMO_EXTRAS, _extra_names(), strict=True)
    ][: max(0, ctx.demo_panels - 1)]
    by_url = {panel.url: panel for panel in ctx.store.list_panels()}
    profiles = [first]
    for url, label, currency in wanted:
        panel = by_url.get(url)
        if panel is None:
            panel = ctx.store.get_panel(ctx.store.add_panel(label, url, currency=currency))
        profiles.append(panel)
    return profiles
