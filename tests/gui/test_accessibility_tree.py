"""The accessibility tree, as a screen reader meets it: the main window with orders, a selected
service and an open order detail, and every dialog (tests/gui/a11y_tree.DIALOGS), against the
sandbox over loopback. Every focusable control has a name; a service row says its name and
whether it is a favourite; a field's error is in its description."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QScrollArea
from pytestqt.qtbot import QtBot

from smmdesk.core.store import LocalState
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import announce, dialogs
from smmdesk.sandbox.catalog import SANDBOX_FIXED_SERVICES
from tests.gui.a11y_tree import (
    DIALOGS,
    Scene,
    accessible_description,
    accessible_name,
    catch_dialog,
    unnamed_controls,
)
from tests.gui.scenes import wait_for_panel

# the order confirmation and other questions are looked at and answered while they run
pytestmark = pytest.mark.usefixtures("questions_run_for_real")

DEFAULT = SANDBOX_FIXED_SERVICES["Default"]


def _open_demo(qtbot: QtBot, window: MainWindow) -> None:
    window.start()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    wait_for_panel(qtbot, window)


def _fill_form(
    qtbot: QtBot, window: MainWindow, link: str = "https://instagram.com/p/a11y"
) -> None:
    assert window.catalog_pane.select_service(DEFAULT)
    form = window.order_form
    for name, text in (("link", link), ("quantity", "1000")):
        edit = form.field_widgets[name]
        assert isinstance(edit, QLineEdit)
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.waitUntil(lambda: form.place_button.isEnabled())


def _select_order(window: MainWindow, local_id: int) -> None:
    pane = window.orders_pane
    row = pane.model.row_of(local_id)
    assert row is not None
    pane.table.selectRow(row)
    pane.table.setCurrentIndex(pane.model.index(row, 0))


@pytest.fixture
def scene(qtbot: QtBot, gui_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[Scene]:
    """The main window on the demo panel with a placed order (its detail open), an order whose
    outcome is unknown, a selected service and the orders' date-range fields shown."""
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    _open_demo(qtbot, window)
    with monkeypatch.context() as patch:
        patch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
        patch.setattr(dialogs, "ask", lambda _dialog: True)  # the order confirmation
        _fill_form(qtbot, window)
        with qtbot.waitSignal(window.order_form.sig_order_placed, timeout=15_000) as placed:
            window.order_form.place_button.click()
    placed_id = placed.args[0].local_id
    session = window.session
    assert session is not None
    unknown_id = gui_ctx.store.create_intent(
        panel_id=session.panel.id,
        service_id=DEFAULT,
        service_name="Instagram Followers",
        service_type="Default",
        params={"link": "https://instagram.com/p/lost", "quantity": "100"},
        cost=Decimal("0.09"),
        quantity=100,
    )
    gui_ctx.store.mark_unknown(unknown_id, "read timeout")
    pane = window.orders_pane
    pane.reload()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2 and not pane.loading, timeout=10_000)
    _select_order(window, placed_id)
    qtbot.waitUntil(lambda: pane.detail.record is not None)
    pane.date_filter.setCurrentIndex(pane.date_filter.findData("range"))
    assert window.catalog_pane.select_service(DEFAULT)
    states = [r.state for r in gui_ctx.store.list_orders()]
    assert sorted(s.value for s in states) == sorted(
        s.value for s in (LocalState.ACCEPTED, LocalState.UNKNOWN)
    )
    extra: dict[str, Any] = {
        "unknown_id": unknown_id,
        "fill_form": lambda: _fill_form(qtbot, window, "https://instagram.com/p/again"),
        "select_order": lambda: _select_order(window, placed_id),
    }
    yield Scene(window, extra)
    window.shutdown()


def test_every_focusable_control_of_the_main_window_has_a_name(scene: Scene) -> None:
    window = scene.window
    assert window.orders_pane.detail.record is not None  # an order's detail is open
    assert window.orders_pane.date_from.isVisibleTo(window)
    unnamed = unnamed_controls(window)
    assert not unnamed, "\n".join(unnamed)


def test_the_order_form_of_every_service_type_names_its_fields(scene: Scene) -> None:
    window = scene.window
    unnamed: dict[str, list[str]] = {}
    for key, service_id in SANDBOX_FIXED_SERVICES.items():
        assert window.catalog_pane.select_service(service_id)
        drip = window.order_form._fields.dripfeed_box
        if drip is not None:
            drip.setChecked(True)
        found = unnamed_controls(window.order_form)
        if found:
            unnamed[key] = found
    assert not unnamed, "\n".join(f"{k}: {v}" for k, v in unnamed.items())


def test_the_controls_the_issue_names_have_names_shown_or_not(scene: Scene) -> None:
    """Issue 13's list (scroll areas, date fields, the detail's boxes and refills, the mass
    order's box, preview, progress and summary, the connect progress bar, the Add Order IDs
    box): named even while hidden, so the walk's visibility rule cannot hide a regression."""
    from smmdesk.gui.ordering.mass.dialog import MassOrderDialog
    from smmdesk.gui.orders.import_dialog import ImportOrdersDialog
    from smmdesk.gui.panels.connect import ConnectDialog

    window = scene.window
    pane, detail = window.orders_pane, window.orders_pane.detail
    mass = MassOrderDialog(window.session, window)
    connect = ConnectDialog(window.ctx, None, window)
    ids = ImportOrdersDialog(window.ctx, window.session, window)
    scrolls = [w for w in window.findChildren(QScrollArea) if type(w) is QScrollArea]
    controls = {
        **{f"scroll area {n}": w for n, w in enumerate(scrolls)},
        "date from": pane.date_from,
        "date to": pane.date_to,
        "sent": detail.sent,
        "answers": detail.answers,
        "note": detail.note_edit,
        "refills": detail.refills,
        "mass order box": mass.text_edit,
        "mass order preview": mass.table,
        "mass order progress": mass.progress,
        "mass order summary": mass.summary_label,
        "connect progress": connect.busy_bar,
        "order ids box": ids.ids_edit,
        "import result": ids.result_view,
    }
    try:
        assert len(scrolls) >= 2
        assert {key: w for key, w in controls.items() if not accessible_name(w)} == {}
    finally:
        for dialog in (mass, connect, ids):
            dialog.deleteLater()


def test_a_service_row_says_its_name_and_whether_it_is_a_favourite(scene: Scene) -> None:
    window = scene.window
    pane = window.catalog_pane
    service = pane.selected_service()
    assert service is not None
    assert service.id == DEFAULT

    def focused_cell() -> tuple[str, str]:
        tree = QAccessible.queryAccessibleInterface(pane.tree)
        assert tree is not None
        cell = tree.focusChild()
        assert cell is not None
        return cell.text(QAccessible.Text.Name), cell.text(QAccessible.Text.Description)

    assert pane.tree.currentIndex().column() == 0  # the id column: the star, the focus
    name, description = focused_cell()
    assert service.name in name
    assert str(service.id) in name
    assert "favourite" not in name
    assert "add to your favourites" in description
    pane.act_favourite.trigger()  # Ctrl+D
    assert window.session.catalog.is_favourite(DEFAULT)
    assert pane.select_service(DEFAULT)
    name, description = focused_cell()
    assert service.name in name
    assert name.endswith(", favourite")
    assert "In your favourites" in description
    # a click puts the focus on the name: it says the same
    tree = pane.tree
    current = tree.currentIndex()
    tree.setCurrentIndex(current.siblingAtColumn(1))
    name, _description = focused_cell()
    assert name == f"{service.name}, favourite"


def test_every_dialog_names_every_control(qtbot: QtBot, scene: Scene) -> None:
    found = {}
    for name, opening in DIALOGS.items():
        caught = catch_dialog(
            qtbot, lambda opening=opening: opening.open(scene), opening.inspect, name=name
        )
        if not caught.title:
            found[name] = ["no dialog with a title was shown"]
        elif caught.unnamed:
            found[f"{name} ({caught.kind})"] = caught.unnamed
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_a_fields_error_and_hint_are_its_accessible_description(qtbot: QtBot, scene: Scene) -> None:
    window = scene.window
    form = window.order_form
    assert window.catalog_pane.select_service(DEFAULT)
    link, quantity = form.field_widgets["link"], form.field_widgets["quantity"]
    assert isinstance(link, QLineEdit)
    assert isinstance(quantity, QLineEdit)
    hint = form.hint_text("quantity")
    assert hint
    assert hint in accessible_description(quantity)
    link.clear()
    qtbot.keyClicks(link, "not a link")
    quantity.clear()
    qtbot.keyClicks(quantity, "10")
    form.place()  # refused: every error shows, nothing is sent
    errors = {name: form.error_text(name) for name in ("link", "quantity")}
    assert all(errors.values()), errors
    assert errors["link"] in accessible_description(link)
    assert errors["quantity"] in accessible_description(quantity)
    assert hint in accessible_description(quantity)
    # the error goes when it is fixed; the hint stays
    quantity.clear()
    qtbot.keyClicks(quantity, "1000")
    qtbot.waitUntil(lambda: not form.error_text("quantity"))
    assert errors["quantity"] not in accessible_description(quantity)
    assert hint in accessible_description(quantity)
    assert errors["link"] in accessible_description(link)


def test_settings_and_connect_fields_describe_their_problem(qtbot: QtBot, scene: Scene) -> None:
    from smmdesk.gui.panels.connect import ConnectDialog
    from smmdesk.gui.settings_dialog import SettingsDialog

    settings = SettingsDialog(scene.window.ctx, scene.window)
    qtbot.addWidget(settings)
    money = settings.money
    money.currency_edit.setText("$")
    assert money.error_label.text()
    assert accessible_description(money.currency_edit) == money.error_label.text()
    error = money.error_label.text()
    money.currency_edit.setText("EUR")
    assert error not in accessible_description(money.currency_edit)

    connect = ConnectDialog(scene.window.ctx, None, scene.window)
    qtbot.addWidget(connect)
    connect.url_edit.setText("http://panel.example/api/v2")
    said = accessible_description(connect.url_edit)
    assert connect.url_warning_label.text() in said  # plain http: the warning
    assert "panel.example" in said  # where the key would go


@pytest.fixture
def announced() -> Iterator[list[str]]:
    """What screen readers were told during the test (announce's own record)."""
    announce.clear_recent()
    heard: list[str] = []
    yield heard
    announce.clear_recent()


def _heard() -> str:
    return "\n".join(announce.recent())


def test_order_outcomes_are_announced(
    qtbot: QtBot, scene: Scene, monkeypatch: pytest.MonkeyPatch, announced: list[str]
) -> None:
    window = scene.window
    form = window.order_form
    sandbox = window.ctx.demo_panel()
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(dialogs, "ask", lambda _dialog: True)  # the order confirmation
    # placed
    _fill_form(qtbot, window, "https://instagram.com/p/heard")
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000) as placed:
        form.place_button.click()
    shown = form.status_label.text()
    assert "placed" in shown.lower()
    assert shown in _heard()
    # refused by the panel: said with its reason
    announce.clear_recent()
    sandbox.faults.inject("form_error", action="add", times=1)
    _fill_form(qtbot, window, "https://instagram.com/p/refused")
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000):
        form.place_button.click()
    assert form.status_label.text() in _heard()
    assert "not placed" in _heard().lower()
    # completed, found by the poller
    announce.clear_recent()
    local_id = placed.args[0].local_id
    sandbox.advance(24 * 3600)
    with qtbot.waitSignal(window.poller.sig_orders_changed, timeout=15_000):
        window.poller.refresh_now()
    qtbot.waitUntil(lambda: "completed" in _heard().lower(), timeout=10_000)
    order = window.ctx.store.get_order(local_id)
    assert str(order.panel_order_id) in _heard()


def test_balance_warnings_are_announced(qtbot: QtBot, scene: Scene, announced: list[str]) -> None:
    from smmdesk.core.models import Balance

    window = scene.window
    form = window.order_form
    # the order would cost more than the balance
    _fill_form(qtbot, window, "https://instagram.com/p/short")
    form.set_balance(Balance(Decimal("0.50"), "USD"))
    qtbot.waitUntil(lambda: "not enough funds" in form.balance_after_label.text())
    assert form.balance_after_label.text() in _heard()
    count = len(announce.recent())
    form.field_widgets["quantity"].setText("2000")  # still short: said once, not per key
    form.revalidate()
    assert len(announce.recent()) == count
    # the balance fell under the user's warning level
    announce.clear_recent()
    notifier = window.notifier
    session = window.session
    notifier.on_low_balance(session.panel.id, Balance(Decimal("250"), "USD"), Decimal("500"))
    assert "low balance" in _heard().lower()


def test_announce_sends_a_polite_or_assertive_announcement_event(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, announced: list[str]
) -> None:
    from PySide6.QtGui import QAccessibleAnnouncementEvent
    from PySide6.QtWidgets import QLabel

    sent: list[tuple[str, str, object]] = []

    def update(event: object) -> None:
        assert isinstance(event, QAccessibleAnnouncementEvent)
        sent.append((event.message(), event.politeness().name, event.object()))

    monkeypatch.setattr(announce.QAccessible, "updateAccessibility", update)
    label = QLabel()
    qtbot.addWidget(label)
    announce.announce(label, "Order 7 placed")
    announce.announce(label, " Not placed:\nno funds\n", urgent=True)
    announce.announce(label, "   ")  # nothing to say: nothing sent
    assert sent == [
        ("Order 7 placed", "Polite", label),
        ("Not placed:\nno funds", "Assertive", label),
    ]
    assert announce.recent() == ["Order 7 placed", "Not placed:\nno funds"]


def test_the_status_bar_reads_as_one_line_without_symbols(qtbot: QtBot, scene: Scene) -> None:
    window = scene.window
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "Online" in window.connection_label.text())
    assert accessible_name(bar) == "Status"
    said = accessible_description(bar)
    assert window.balance_label.text() in said
    assert window.panel_label.text() in said
    assert "Online" in said
    assert accessible_name(window.connection_label) == "Online"  # no "black circle"
    window._show_balance(None)
    assert "Balance: …" in accessible_description(bar)


def test_the_welcome_page_names_every_control(qtbot: QtBot, gui_ctx: AppContext) -> None:
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        assert window.stack.currentWidget() is window.welcome
        unnamed = unnamed_controls(window)
        assert not unnamed, "\n".join(unnamed)
    finally:
        window.shutdown()


def test_what_a_check_finds_away_from_the_focus_is_announced(
    qtbot: QtBot, scene: Scene, announced: list[str]
) -> None:
    """The mass order's Check (its total against the balance) and the connect dialog's check
    show their findings below the focused button: a screen reader is told."""
    from smmdesk.gui.ordering.mass.dialog import MassOrderDialog
    from smmdesk.gui.panels.connect import ConnectDialog

    window = scene.window
    mass = MassOrderDialog(window.session, window)
    qtbot.addWidget(mass)
    mass.text_edit.setPlainText(f"{DEFAULT} | https://ig.test/p/1 | 10000\n" * 1)
    mass.validate_button.click()
    assert mass.summary_label.text() in _heard()
    announce.clear_recent()
    too_much = "".join(f"{DEFAULT} | https://ig.test/p/{n} | 10000\n" for n in range(40))
    mass.text_edit.setPlainText(too_much)  # 40 × 9.00 > the demo's balance
    mass.validate_button.click()
    assert "more than the balance" in _heard()

    connect = ConnectDialog(window.ctx, None, window)
    qtbot.addWidget(connect)
    announce.clear_recent()
    connect.url_edit.setText("https://panel.example/api/v2")
    connect.key_edit.clear()
    connect.check_button.click()  # no key typed: nothing is sent, the dialog says why
    assert connect.status_label.text()
    assert connect.status_label.text() in _heard()


def test_a_mass_runs_outcome_is_announced(
    qtbot: QtBot, scene: Scene, monkeypatch: pytest.MonkeyPatch, announced: list[str]
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(dialogs, "ask", lambda _dialog: True)  # the order confirmation
    dialog = scene.window.open_mass_order()
    assert dialog is not None
    dialog.text_edit.setPlainText(f"{DEFAULT} | https://ig.test/p/mass | 1000")
    dialog.validate_button.click()
    announce.clear_recent()
    with qtbot.waitSignal(dialog.sig_orders_placed, timeout=15_000):
        dialog.place_button.click()
    assert "1 placed" in dialog.summary_label.text()
    assert dialog.summary_label.text() in _heard()
    dialog.close()
