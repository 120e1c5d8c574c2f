"""Compare over loopback: three sandbox panels (one in euros) serving the same Instagram followers
under different names, limits and prices; the Compare window ranks them in the user's currency
(euros unconverted and last until the user gives their rate), marks the cheapest that fits the
quantity, narrows by the ticks, shows the user's median completion time, and "Order here" opens
panel B's form with the link and quantity carried over."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smmdesk.core.models import OrderState, OrderStatus
from smmdesk.gui.catalog.compare import MEDIAN, NAME, PANEL, RATE, REFILL, CompareDialog
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.money import prefs
from smmdesk.gui.runtime.context import AppContext
from smmdesk.sandbox import SandboxPanel
from smmdesk.sandbox.catalog import Catalogue


def service(sid: int, name: str, rate: str, low: int, high: int, **flags: Any) -> dict[str, Any]:
    return {
        "service": sid,
        "name": name,
        "type": "Default",
        "category": "Instagram",
        "rate": rate,
        "min": low,
        "max": high,
        "refill": flags.get("refill", True),
        "cancel": flags.get("cancel", True),
        **({"dripfeed": flags["dripfeed"]} if "dripfeed" in flags else {}),
    }


SELECTED = 101
A = [
    service(SELECTED, "Instagram Followers 30 Days Refill", "1.00", 100, 10_000, dripfeed=False),
    service(102, "Instagram Followers", "0.10", 100, 10_000),  # refill not stated
    service(103, "Instagram Likes 30 Days Refill", "0.01", 10, 100_000),  # another product
    service(104, "TikTok Followers 30 Days Refill", "0.02", 10, 100_000),  # another platform
]
B = [
    service(201, "Instagram Followers [Lifetime Refill]", "0.50", 100, 5_000),
    service(202, "Instagram Followers R30", "0.80", 10, 100_000),
    service(203, "Instagram Followers 7 days refill", "0.05", 10, 100_000),  # refill shorter
]
C = [service(301, "𝐈𝐧𝐬𝐭𝐚𝐠𝐫𝐚𝐦 𝐅𝐨𝐥𝐥𝐨𝐰𝐞𝐫𝐬 30 Days Refill", "0.20", 100, 10_000)]


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext) -> Iterator[MainWindow]:
    first = SandboxPanel(services=10, seed=1, api_key="key-a", speed=0.0)
    first.set_services(A)
    second = first.add_panel("b", "key-b", catalogue=Catalogue.from_served(B))
    third = first.add_panel("c", "key-c", catalogue=Catalogue.from_served(C), currency="EUR")
    with first:
        ids = []
        for name, panel, currency in (
            ("Panel A", first, "USD"),
            ("Panel B", second, "USD"),
            ("Panel C", third, "EUR"),
        ):
            panel_id = gui_ctx.store.add_panel(name, panel.url, currency=currency)
            gui_ctx.panel_keys.store(panel_id, panel.api_key)
            ids.append(panel_id)
        win = MainWindow(gui_ctx)
        win.start()
        win.open_panel_id(ids[0])
        win.show()
        qtbot.waitUntil(
            lambda: win.session is not None and win.session.catalog is not None, timeout=15_000
        )
        yield win
        qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=10_000)
        win.shutdown()
        win.deleteLater()


def panel_id(ctx: AppContext, name: str) -> int:
    return next(p.id for p in ctx.store.list_panels() if p.name == name)


def column(dialog: CompareDialog, col: int) -> list[str]:
    model = dialog.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def ids(dialog: CompareDialog) -> list[int]:
    return [row.offer.service.id for row in dialog.model.rows]


def marked(dialog: CompareDialog) -> list[int]:
    """The rows a user sees marked as the cheapest that fits (bold, and said so)."""
    found = []
    for r, row in enumerate(dialog.model.rows):
        index = dialog.model.index(r, PANEL)
        said = "Cheapest that fits" in str(index.data(Qt.ItemDataRole.AccessibleTextRole))
        bold = index.data(Qt.ItemDataRole.FontRole)
        if said:
            assert bold is not None
            assert bold.bold()
            found.append(row.offer.service.id)
    return found


def open_compare(qtbot: QtBot, win: MainWindow, link: str = "", quantity: str = "") -> Any:
    assert win.catalog_pane.select_service(SELECTED)
    form = win.order_form
    form.field_widgets["link"].setText(link)  # type: ignore[attr-defined]
    form.field_widgets["quantity"].setText(quantity)  # type: ignore[attr-defined]
    dialog = win.open_compare()
    assert dialog is not None
    # every panel's catalogue fetched and read: the three panels' services are listed
    qtbot.waitUntil(lambda: {201, 202, 301} <= set(ids(dialog)), timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.state_label.isVisible(), timeout=20_000)
    return dialog


def set_rates(ctx: AppContext, rates: dict[str, str]) -> None:
    ctx.settings.setValue(prefs.RATES_KEY, json.dumps(rates))


def test_ranked_in_the_users_currency_a_currency_without_a_rate_last_and_never_marked(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    dialog = open_compare(qtbot, window)
    # what the selected service states (refill 30 days) narrows from the start
    assert dialog.refill_box.isChecked()
    assert dialog.refill_box.isEnabled()
    assert not dialog.geo_box.isEnabled()
    assert not dialog.non_drop_box.isEnabled()
    # no rate for EUR: panel C's service is shown in euros, unconverted, last, unmarked
    assert ids(dialog) == [201, 202, SELECTED, 301]
    assert column(dialog, RATE)[-1] == ""
    assert "EUR" in dialog.model.index(3, RATE + 1).data()
    assert marked(dialog) == [201]
    assert column(dialog, PANEL) == ["Panel B", "Panel B", "Panel A", "Panel C"]
    assert column(dialog, REFILL)[:2] == ["Lifetime", "30 days"]
    # the selected service is marked as such
    selected = dialog.model.index(2, PANEL).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "The selected service" in selected
    # with the user's rate for EUR, panel C is converted (0.20 EUR = 0.22 USD) and ranked first
    set_rates(gui_ctx, {"EUR": "1.1"})
    dialog = window.open_compare()
    assert dialog is not None
    qtbot.waitUntil(lambda: ids(dialog)[0] == 301, timeout=10_000)
    assert ids(dialog) == [301, 201, 202, SELECTED]
    assert "0.22" in column(dialog, RATE)[0]
    assert "USD" in column(dialog, RATE)[0]
    assert marked(dialog) == [301]
    assert "Panel C" in dialog.best_label.text()


def test_the_cheapest_that_fits_moves_with_the_quantity(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    set_rates(gui_ctx, {"EUR": "1.1"})
    dialog = open_compare(qtbot, window, quantity="7000")
    assert dialog.quantity_edit.text() == "7000"  # carried from the order form
    # 7000: panel C (max 10,000) is cheapest and fits
    assert marked(dialog) == [301]
    # 20,000 is more than C, B's lifetime and A allow: B's R30 (max 100,000) is the cheapest fit
    dialog.quantity_edit.setText("20000")
    assert marked(dialog) == [202]
    # 50 is below every minimum but B's R30 (10)
    dialog.quantity_edit.setText("50")
    assert marked(dialog) == [202]
    dialog.quantity_edit.setText("")
    assert marked(dialog) == [301]


def test_the_ticks_narrow_the_list(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_compare(qtbot, window)
    narrowed = set(ids(dialog))
    assert 203 not in narrowed
    assert 102 not in narrowed
    assert not {103, 104} & narrowed  # never another product or platform
    dialog.refill_box.setChecked(False)
    widened = set(ids(dialog))
    assert {201, 202, 203, 102, 301, SELECTED} == widened
    assert marked(dialog) == [203]  # the cheapest (USD) once refill does not matter


def test_a_service_the_name_does_not_say_is_compared_with_nothing(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    from smmdesk.core.models import Service

    window.catalog_pane.tree.clearSelection()
    assert window.open_compare() is None  # nothing chosen: nothing to compare
    mystery = Service(
        id=999,
        name="Mystery Boost",
        type="Default",
        category="Other",
        rate=Decimal("1"),
        min=1,
        max=10,
        dripfeed=None,
        refill=None,
        cancel=None,
        desc="",
    )
    dialog = window.compare_service(panel_id(gui_ctx, "Panel A"), mystery)
    qtbot.waitUntil(lambda: not dialog.state_label.isVisible(), timeout=20_000)
    assert dialog.note_label.isVisible()
    assert "cannot tell what this service is" in dialog.note_label.text()
    assert ids(dialog) == [999]


def test_the_users_median_completion_time_is_shown(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    store = gui_ctx.store
    b = panel_id(gui_ctx, "Panel B")
    for n, sid in enumerate((202, 202, 202, 201, 201)):
        local_id = store.create_intent(
            panel_id=b,
            service_id=sid,
            service_name="Instagram Followers",
            service_type="Default",
            params={"link": f"https://instagram.com/x{n}", "quantity": "100"},
            cost=None,
            quantity=100,
        )
        store.mark_accepted(local_id, 500 + n)
        done = OrderState(500 + n, OrderStatus.COMPLETED, "Completed")
        store.apply_statuses(b, {500 + n: done})
    dialog = open_compare(qtbot, window)
    medians = dict(zip(ids(dialog), column(dialog, MEDIAN), strict=True))
    assert medians[202] == "about 1 min"  # three completed orders
    assert medians[201] == "Not enough orders (2 of 3)"
    assert medians[SELECTED] == "No orders yet"


def test_order_here_opens_panel_bs_form_with_the_link_and_quantity(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    link = "https://instagram.com/compare.me"
    dialog = open_compare(qtbot, window, link=link, quantity="300")
    assert link in dialog.link_label.text()
    row = ids(dialog).index(202)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(row, NAME))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on the row: "Order here"
    b = panel_id(gui_ctx, "Panel B")
    form = window.order_form
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.panel.id == b
            and form.service is not None
            and form.service.id == 202
        ),
        timeout=15_000,
    )
    assert form.values()["link"] == link
    assert form.values()["quantity"] == "300"


def test_compare_from_all_panels(qtbot: QtBot, window: MainWindow, gui_ctx: AppContext) -> None:
    all_panels = window.open_all_panels()
    qtbot.waitUntil(lambda: all_panels.panel_box.count() == 4, timeout=15_000)
    all_panels.search_edit.setText("R30")
    b = panel_id(gui_ctx, "Panel B")
    assert all_panels.select(b, 202)
    qtbot.mouseClick(all_panels.compare_button, Qt.MouseButton.LeftButton)
    dialog = window._compare.dialog  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: {201, 301, SELECTED} <= set(ids(dialog)), timeout=20_000)
    assert "Panel B" in dialog.subject_label.text()
    assert next(r for r in dialog.model.rows if r.selected).offer.service.id == 202
    # asked again from the main window for another service: the same window, updated
    assert window.catalog_pane.select_service(SELECTED)
    assert window.open_compare() is dialog
    qtbot.waitUntil(
        lambda: next(r for r in dialog.model.rows if r.selected).offer.service.id == SELECTED
    )
    assert "Panel A" in dialog.subject_label.text()


def test_new_exchange_rates_rank_the_open_window_again(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    dialog = open_compare(qtbot, window)
    assert ids(dialog)[-1] == 301  # no rate for EUR yet
    set_rates(gui_ctx, {"EUR": "1.1"})
    window.on_settings_changed([prefs.RATES_KEY])  # as the Settings dialog reports it
    assert ids(dialog)[0] == 301
    assert window.open_compare() is dialog  # one window, shown again


def test_an_answer_arriving_after_the_window_was_deleted_is_dropped(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    asked: list[tuple[Any, Any]] = []
    tasks = window.ctx.tasks
    real = tasks.submit

    def hold(name: str, work: Any, done: Any = None, failed: Any = None) -> Any:
        if name != "compare":
            return real(name, work, done, failed)
        asked.append((work, done))
        return None

    monkeypatch.setattr(tasks, "submit", hold)
    assert window.catalog_pane.select_service(SELECTED)
    dialog = window.open_compare()
    assert dialog is not None
    work, done = asked[-1]
    answer = work()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    done(answer)  # would raise on the deleted window without the guard


def test_sorted_by_another_column_a_rate_without_conversion_stays_last(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_compare(qtbot, window)
    header = dialog.table.horizontalHeader()
    header.setSortIndicator(RATE, Qt.SortOrder.DescendingOrder)
    assert ids(dialog) == [SELECTED, 202, 201, 301]  # dearest first, unconverted still last
    header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
    by_name = [101, 201, 202, 301]  # "…30 Days…" < "…[Lifetime…" < "…R30" < the bold letters
    assert ids(dialog) == by_name
    # a new ranking (the quantity typed) keeps the user's sort
    dialog.quantity_edit.setText("200")
    assert ids(dialog) == by_name


def test_the_catalogues_context_menu_opens_compare(qtbot: QtBot, window: MainWindow) -> None:
    assert window.catalog_pane.select_service(SELECTED)
    service = window.catalog_pane.selected_service()
    assert service is not None
    menu = window.catalog_pane._context_menu(service)
    action = next(a for a in menu.actions() if a.text().startswith("Compare across panels"))
    action.trigger()
    assert window._compare is not None
    dialog = window._compare.dialog
    assert dialog.isVisible()
    assert next(r for r in dialog.model.rows if r.selected).offer.service.id == SELECTED
