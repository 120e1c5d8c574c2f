"""Numbers and names as the user reads them: the orders name their panel from the moment it is
connected (and after a rename or a removal), packages are priced per package wherever a price
is shown, a limit reads the same in the catalogue, the details and the form, and in Arabic every
number input takes Arabic-Indic and Western digits alike."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from smmdesk.gui.catalog.model import ID, MAX, MIN, RATE
from smmdesk.gui.catalog.pane import CatalogPane
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.money.prefs import amount_value
from smmdesk.gui.orders.columns import PANEL
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.sandbox import SandboxPanel
from smmdesk.sandbox.catalog import SANDBOX_FIXED_SERVICES as IDS


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is declined; the texts shown are recorded."""
    shown: list[str] = []

    def confirm(_parent: object, title: str, text: str, details: str = "", *_a: Any) -> bool:
        shown.append("\n".join((title, text, details)))
        return False

    def ask(dialog: Any) -> bool:  # the order confirmation, built for real
        shown.append("\n".join((dialog.windowTitle(), dialog.summary_text())))
        return False

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask", ask)
    return shown


def connect(qtbot: QtBot, window: MainWindow, sandbox: SandboxPanel, name: str) -> int:
    """Connect ``sandbox`` as the user does (the connect dialog saved it): returns its id."""
    store = window.ctx.store
    panel_id = store.add_panel(name, sandbox.url, currency="USD")
    assert window.ctx.keys.set(f"panel-{panel_id}", sandbox.api_key)
    window.on_panel_connected(store.get_panel(panel_id))
    qtbot.waitUntil(
        lambda: window.session is not None and window.session.catalog is not None,
        timeout=15_000,
    )
    return panel_id


def service_row(pane: CatalogPane, service_id: int) -> dict[str, str]:
    """What the catalogue's row of ``service_id`` shows (in its category)."""
    index = pane.model.index_of_service(service_id)
    assert index.isValid()

    def cell(column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
        return str(index.siblingAtColumn(column).data(role))

    return {
        "id": cell(ID),
        "rate": cell(RATE),
        "min": cell(MIN),
        "max": cell(MAX),
        "max_tip": cell(MAX, Qt.ItemDataRole.ToolTipRole),
    }


def panel_cells(window: MainWindow) -> set[str]:
    model = window.orders_pane.model
    return {model.index(row, PANEL).data() for row in range(model.rowCount())}


def panel_choices(window: MainWindow) -> list[str]:
    combo = window.orders_pane.panel_filter
    return [combo.itemText(i) for i in range(1, combo.count())]


def test_orders_name_their_panel_from_the_moment_it_is_connected(
    qtbot: QtBot, window: MainWindow, sandbox_panel: SandboxPanel
) -> None:
    qtbot.waitUntil(lambda: not window.orders_pane.loading, timeout=10_000)
    # the orders were loaded before this panel existed
    panel_id = connect(qtbot, window, sandbox_panel, "Fast Panel")
    store = window.ctx.store
    local_id = store.import_order(panel_id, 88_001, service_id=1, service_name="Likes", link="x")
    window.on_orders_changed(panel_id, [local_id])  # as the poller reports a new order
    assert panel_cells(window) == {isolate("Fast Panel")}
    assert panel_choices(window) == [isolate("Fast Panel")]
    # renamed in Manage Panels
    store.update_panel(panel_id, name="Faster Panel")
    window.on_panels_changed()
    assert panel_cells(window) == {isolate("Faster Panel")}
    assert panel_choices(window) == [isolate("Faster Panel")]
    # removed (its orders stay): named, and marked
    store.remove_panel(panel_id)
    window.on_panel_removed(panel_id)
    assert panel_cells(window) == {f"{isolate('Faster Panel')} (removed)"}
    assert panel_choices(window) == [f"{isolate('Faster Panel')} (removed)"]
    # and the filter still picks its orders
    window.orders_pane.panel_filter.setCurrentIndex(1)
    window.orders_pane.apply_filters()
    assert window.orders_pane.model.rowCount() == 1


def test_packages_are_priced_per_package_everywhere(
    qtbot: QtBot, window: MainWindow, sandbox_panel: SandboxPanel, confirmations: list[str]
) -> None:
    connect(qtbot, window, sandbox_panel, "Sandbox")
    pane = window.catalog_pane
    assert pane.select_service(IDS["Package"])
    rate = numbers.fmt_money(Decimal("2.50"), "USD")
    row = service_row(pane, IDS["Package"])
    assert row["rate"] == f"{rate} per package"  # the catalogue's rate column
    assert window.details.rate_label.text() == f"{rate} per package"
    form = window.order_form
    assert f"{rate} per package" in form.subheader_label.text()
    link = form.field_widgets["link"]
    assert isinstance(link, QLineEdit)
    link.setText("https://instagram.com/p/package")
    form.revalidate()
    assert form.cost_label.text() == f"Cost ≈ {rate}"  # one package, not rate × n / 1000
    form.place()
    assert len(confirmations) == 1
    assert rate in confirmations[0]
    assert "1000" not in confirmations[0]
    # a service priced per 1000 says so in the details and form, and not per package
    assert pane.select_service(IDS["Default"])
    assert service_row(pane, IDS["Default"])["rate"] == numbers.fmt_money(Decimal("0.9"), "USD")
    assert window.details.rate_label.text().endswith("per 1000")
    assert "per 1000" in form.subheader_label.text()


def test_a_limit_reads_the_same_in_the_catalogue_the_details_and_the_form(
    qtbot: QtBot, window: MainWindow, sandbox_panel: SandboxPanel, shown: Any
) -> None:
    connect(qtbot, window, sandbox_panel, "Sandbox")
    pane = window.catalog_pane
    assert pane.select_service(IDS["Default cheap"])  # max 2,147,483,647
    row = service_row(pane, IDS["Default cheap"])
    assert (row["min"], row["max"]) == ("1,000", "2.1B")
    assert shown(row["max_tip"]) == "2,147,483,647"
    assert window.details.quantity_label.text() == "1,000 – 2.1B"
    form = window.order_form
    assert "min 1,000 · max 2.1B" in form.subheader_label.text()
    assert form.hint_text("quantity") == "min 1,000 · max 2.1B"
    exact = "min 1,000 · max 2,147,483,647"
    assert shown(window.details.quantity_label.toolTip()) == exact
    assert shown(form.subheader_label.toolTip()) == exact
    hint = form._fields.rows["quantity"].hint
    assert hint is not None
    assert shown(hint.toolTip()) == exact
    # a limit shown exactly needs no tooltip
    assert pane.select_service(IDS["Default"])
    assert form.hint_text("quantity") == "min 50 · max 10,000"
    assert window.details.quantity_label.toolTip() == ""


@pytest.mark.parametrize(
    ("value", "maximum", "minimum"),
    [
        (9_999_999, "9,999,999", "9,999,999"),
        (15_500_000, "15.5M", "15.5M"),
        (15_550_000, "15.5M", "15.6M"),  # a minimum never looks lower than it is
        (2_147_483_647, "2.1B", "2.2B"),
        (3_000_000_000_000, "3T", "3T"),
    ],
)
def test_one_rule_for_limits(value: int, maximum: str, minimum: str) -> None:
    assert numbers.fmt_limit(value) == maximum
    assert numbers.fmt_limit(value, minimum=True) == minimum
    assert numbers.fmt_limit_exact(value) == f"{value:,}"


@pytest.mark.parametrize("digits", ["locale", "western"])
def test_arabic_number_inputs_take_both_digit_styles(
    qtbot: QtBot,
    gui_ctx: AppContext,
    sandbox_panel: SandboxPanel,
    in_arabic: Callable[[str], None],
    digits: str,
) -> None:
    in_arabic(digits)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        connect(qtbot, window, sandbox_panel, "Sandbox")
        assert window.catalog_pane.select_service(IDS["Default dripfeed"])
        form = window.order_form
        assert form.dripfeed_box is not None
        form.dripfeed_box.setChecked(True)
        for quantity, runs, interval in (("١٢٠٠", "٣", "١٥"), ("1200", "3", "15")):
            for name, text in (
                ("link", "https://instagram.com/p/x"),
                ("quantity", quantity),
                ("runs", runs),
                ("interval", interval),
            ):
                widget = form.field_widgets[name]
                assert isinstance(widget, QLineEdit)
                widget.setText(text)
            form.revalidate()
            validation = form.validation
            assert validation is not None
            assert validation.ok, validation
            assert validation.params is not None
            assert (
                validation.params["quantity"],
                validation.params["runs"],
                validation.params["interval"],
            ) == ("1200", "3", "15")
        # mass-order lines
        mass = window.open_mass_order()
        assert mass is not None
        mass.text_edit.setPlainText(
            "١ | https://instagram.com/p/a | ١٠٠\n1 | https://instagram.com/p/b | 100"
        )
        assert mass.check()
        assert mass.plan is not None
        assert [(ln.service_id, ln.quantity) for ln in mass.plan.lines] == [(1, 100), (1, 100)]
        assert not mass.plan.problems
        mass.close()
        # the low-balance level
        assert amount_value("١٢٫٥") == amount_value("12.5") == Decimal("12.5")
        assert amount_value("-1") is None
        # every number the form prints follows the chosen digits
        western = digits == "western"
        printed = form.subheader_label.text() + form.hint_text("quantity")
        assert any(ch in "0123456789" for ch in printed) is western
        assert any(ch in "٠١٢٣٤٥٦٧٨٩" for ch in printed) is not western
    finally:
        window.shutdown()


def test_the_tree_writes_ids_in_the_chosen_digits_and_search_reads_them(
    qtbot: QtBot,
    gui_ctx: AppContext,
    sandbox_panel: SandboxPanel,
    in_arabic: Callable[[str], None],
) -> None:
    in_arabic("locale")
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        connect(qtbot, window, sandbox_panel, "Sandbox")
        pane = window.catalog_pane
        assert pane.select_service(IDS["Default cheap"])
        assert service_row(pane, IDS["Default cheap"])["id"] == "٢٢"
        # search by the id as it is shown
        pane.search_edit.setText("٢٢")
        qtbot.waitUntil(lambda: pane.model.service_count() >= 1, timeout=5000)
        found = [
            pane.model.index(r, 0, pane.model.index(g, 0)).data(Qt.ItemDataRole.DisplayRole)
            for g in range(pane.model.rowCount())
            for r in range(pane.model.rowCount(pane.model.index(g, 0)))
        ]
        assert "٢٢" in found
    finally:
        window.shutdown()
