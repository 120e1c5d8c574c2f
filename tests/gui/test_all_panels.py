"""All panels over loopback: three sandbox panels (one in euros, one with restyled names) searched
as one list with a panel column and a panel filter; picking a service on panel B opens B with
that service's order form; one panel down does not hold up the others, and backs off alone;
the demo mode connects the three demo panels."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smmdesk.core.parse_services import parse_catalogue
from smmdesk.gui.catalog.allpanels import NAME, PANEL, RATE
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.runtime.catalogs import BACKOFF_FIRST_S
from smmdesk.gui.runtime.context import DEMO_URL, AppContext
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES, SandboxMount, SandboxPanel

DEFAULT = SANDBOX_FIXED_SERVICES["Default"]


@pytest.fixture
def three() -> Iterator[tuple[SandboxPanel, SandboxMount, SandboxMount]]:
    first = SandboxPanel(services=300, seed=1, api_key="key-a", speed=0.0)
    second = first.add_panel("b", "key-b", seed=2, price_factor=Decimal("0.5"))
    third = first.add_panel("c", "key-c", seed=3, currency="EUR", decorate=0.5)
    with first:
        yield first, second, third


@pytest.fixture
def window(
    qtbot: QtBot, gui_ctx: AppContext, three: tuple[SandboxPanel, SandboxMount, SandboxMount]
) -> Iterator[MainWindow]:
    ids = []
    for name, panel, currency in zip(
        ("Panel A", "Panel B", "Panel C"), three, ("USD", "USD", "EUR"), strict=True
    ):
        panel_id = gui_ctx.store.add_panel(name, panel.url, currency=currency)
        gui_ctx.panel_keys.store(panel_id, panel.api_key)
        ids.append(panel_id)
    win = MainWindow(gui_ctx)
    win.start()
    win.open_panel_id(ids[0])
    win.show()
    yield win
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=10_000)
    win.shutdown()
    win.deleteLater()


def panel_id(ctx: AppContext, name: str) -> int:
    return next(p.id for p in ctx.store.list_panels() if p.name == name)


def shown(dialog: object, column: int) -> list[str]:
    model = dialog.model  # type: ignore[attr-defined]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_search_spans_every_panel_with_a_panel_column_and_filter(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    dialog = window.open_all_panels()
    qtbot.waitUntil(lambda: dialog.panel_box.count() == 4, timeout=15_000)  # "All panels" + 3
    first_service = "Instagram Followers [15K]"
    dialog.search_edit.setText(first_service)
    panels = shown(dialog, PANEL)
    assert {"Panel A", "Panel B", "Panel C"} <= set(panels), panels
    assert all(first_service in name for name in shown(dialog, NAME))
    rates = dict(zip(panels, shown(dialog, RATE), strict=True))
    assert "EUR" in rates["Panel C"], rates
    assert "USD" in rates["Panel A"], rates
    assert "on 3 panels" in dialog.count_label.text()
    # the panel filter narrows to one panel
    dialog.panel_box.setCurrentIndex(dialog.panel_box.findData(panel_id(gui_ctx, "Panel B")))
    assert set(shown(dialog, PANEL)) == {"Panel B"}
    # every panel unfiltered again: an Arabic-folded search finds restyled names too
    dialog.panel_box.setCurrentIndex(0)
    dialog.search_edit.setText("followers")
    assert len(set(shown(dialog, PANEL))) == 3


def test_picking_a_service_on_panel_b_opens_b_with_its_order_form(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    dialog = window.open_all_panels()
    qtbot.waitUntil(lambda: dialog.panel_box.count() == 4, timeout=15_000)
    b = panel_id(gui_ctx, "Panel B")
    dialog.panel_box.setCurrentIndex(dialog.panel_box.findData(b))
    dialog.search_edit.setText("Instagram Followers [15K]")
    assert dialog.select(b, DEFAULT)
    assert dialog.order_button.isEnabled()
    qtbot.mouseClick(dialog.order_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.panel.id == b
            and window.order_form.service is not None
        ),
        timeout=15_000,
    )
    assert window.order_form.service.id == DEFAULT
    b_rate = Decimal(next(s for s in window.session.catalog.services if s.id == DEFAULT).rate)
    assert window.order_form.service.rate == b_rate
    assert window.catalog_pane.selected_service().id == DEFAULT


def test_one_panel_down_never_blocks_the_others_and_backs_off_alone(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    down = gui_ctx.store.add_panel("Down", "http://127.0.0.1:9/api/v2", currency="USD")
    gui_ctx.panel_keys.store(down, "whatever")
    dialog = window.open_all_panels()
    catalogues = window._all_panels.catalogues  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: dialog.panel_box.count() == 4 and not catalogues.fetching, timeout=20_000
    )
    assert catalogues.waiting(down) > BACKOFF_FIRST_S - 5
    assert all(catalogues.waiting(p.id) == 0 for p in gui_ctx.store.list_panels() if p.id != down)
    assert "Down" in dialog.state_label.text()
    # asked again at once: the panel that failed waits for its back-off, the others are asked
    asked = catalogues.refresh_all()
    assert down not in asked
    assert len(asked) == 3


def test_the_demo_mode_connects_three_demo_panels(qtbot: QtBot, gui_ctx: AppContext) -> None:
    gui_ctx.demo_panels = 3
    win = MainWindow(gui_ctx)
    win.start()
    qtbot.mouseClick(win.welcome.demo_button, Qt.MouseButton.LeftButton)
    urls = [p.url for p in gui_ctx.store.list_panels()]
    assert sorted(urls) == sorted([DEMO_URL, f"{DEMO_URL}/demo2", f"{DEMO_URL}/demo3"])
    assert win.session is not None
    assert win.session.panel.url == DEMO_URL
    assert win.switcher.count() == 3
    dialog = win.open_all_panels()
    qtbot.waitUntil(lambda: dialog.panel_box.count() == 4, timeout=20_000)
    dialog.search_edit.setText("Instagram Followers [15K]")
    rates = shown(dialog, RATE)
    assert len(rates) >= 3, rates
    assert any("EUR" in r for r in rates), rates
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=10_000)
    win.shutdown()
    win.deleteLater()


def test_enter_in_the_search_box_makes_the_first_row_current_in_arabic_too(
    qtbot: QtBot, in_arabic: object
) -> None:
    from smmdesk.core.allpanels import AllPanelsIndex, PanelCatalog
    from smmdesk.core.catalog import Catalog
    from smmdesk.core.parse import parse_services
    from smmdesk.gui.catalog.allpanels import AllPanelsDialog

    in_arabic("western")  # type: ignore[operator]
    services = parse_services(SandboxPanel(services=60, seed=1).services)
    dialog = AllPanelsDialog()
    qtbot.addWidget(dialog)
    dialog.set_index(AllPanelsIndex([PanelCatalog(1, "A", "USD", Catalog(services))]))
    dialog.show()
    assert dialog.isRightToLeft()
    dialog.search_edit.setText("instagram")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.table.currentIndex().row() == 0
    assert dialog.order_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_service_picked) as picked:
        qtbot.mouseClick(dialog.order_button, Qt.MouseButton.LeftButton)
    assert picked.args == [1, dialog.model.row_at(0)[1].id]  # type: ignore[index]


def test_the_apps_demo_keys_are_the_ones_the_sandbox_serves() -> None:
    from smmdesk.gui.runtime.context import DEMO_EXTRAS
    from smmdesk.sandbox.demo import DEMO_EXTRA_PANELS

    served = [(extra.name, extra.api_key, extra.currency) for extra in DEMO_EXTRA_PANELS]
    assert list(DEMO_EXTRAS) == served


def test_a_picked_service_gone_from_its_panel_is_said_so(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    b = panel_id(gui_ctx, "Panel B")
    window.pick_service(b, 987_654_321)
    qtbot.waitUntil(lambda: window.session is not None and window.session.panel.id == b)
    qtbot.waitUntil(lambda: "987654321" in window.statusBar().currentMessage(), timeout=15_000)
    assert window.order_form.service is None


def test_a_refresh_from_all_panels_records_what_changed_and_warns_of_a_reused_id(
    qtbot: QtBot,
    window: MainWindow,
    gui_ctx: AppContext,
    three: tuple[SandboxPanel, SandboxMount, SandboxMount],
) -> None:
    """All panels asks every panel for its list again: what changed since the saved list is
    recorded (as the open panel's refresh does), so an id the panel gave to another service
    still warns before the next order, and the change reaches the Changes view and the tray."""
    from smmdesk.core.catalog_history import reuse_since_last_order
    from smmdesk.core.changes import ChangeKind

    b = panel_id(gui_ctx, "Panel B")
    store = gui_ctx.store
    # Panel B's list is saved (a first refresh: the baseline) and the user orders a service
    dialog = window.open_all_panels()
    catalogues = window._all_panels.catalogues  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: store.load_catalog(b) is not None, timeout=15_000)
    qtbot.waitUntil(lambda: not catalogues.fetching, timeout=15_000)
    served = json.loads(store.load_catalog(b).raw)  # type: ignore[union-attr]
    ordered = next(s for s in served if "Instagram" in s["name"] and "Likes" in s["name"])
    local = store.import_order(b, 9_001, service_id=int(ordered["service"]),
                               service_name=ordered["name"], quantity=100)  # fmt: skip
    assert store.get_order(local).panel_order_id == 9_001
    # the panel gives that id to a YouTube service; All panels refreshes every panel
    changed = [dict(s) for s in served]
    for entry in changed:
        if entry["service"] == ordered["service"]:
            entry.update(name="YouTube Views [HQ]", category="YouTube - Views")
    three[1].set_services(changed)
    noticed: list[tuple[int, object]] = []
    window.notifier.on_catalog_changes = lambda pid, ch: noticed.append((pid, ch))  # type: ignore[method-assign]
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: bool(store.catalog_changes()), timeout=15_000)
    kinds = {c.change.kind for c in store.catalog_changes()}
    assert ChangeKind.ID_REUSED in kinds
    now = store.load_catalog(b)
    assert now is not None
    service = next(s for s in parse_catalogue(now.raw) if s.id == int(ordered["service"]))
    assert reuse_since_last_order(store, b, service) is not None
    qtbot.waitUntil(lambda: bool(noticed), timeout=10_000)
    assert noticed[0][0] == b
