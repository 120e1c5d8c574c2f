"""The real main window against the sandbox over loopback: first start, demo flow, search, ordering,
an unknown outcome, remembered geometry and a clean shutdown."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from smmdesk.core.models import OrderStatus
from smmdesk.core.store import LocalState
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.ordering.confirm import OrderConfirmDialog
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import dialogs, theme
from smmdesk.gui.wording import i18n, numbers
from smmdesk.sandbox import SandboxPanel
from smmdesk.sandbox.catalog import SANDBOX_FIXED_SERVICES
from tests.gui.scenes import wait_for_panel


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext) -> Any:
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def answering(confirm: Callable[..., bool]) -> Callable[[QDialog], bool]:
    """dialogs.ask for the order confirmation (built for real), answered as ``confirm``
    answers a message box: with its title and its text."""

    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, OrderConfirmDialog)
        yes = confirm(dialog, dialog.windowTitle(), dialog.summary_text())
        (dialog.place_button if yes else dialog.back_button).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    return ask


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered "yes"; the texts shown are recorded."""
    shown: list[str] = []

    def confirm(_parent: object, title: str, text: str, details: str = "", **_kw: str) -> bool:
        shown.append("\n".join((title, text, details)))
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask", answering(confirm))
    return shown


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the UI language with its translation files, as the app does at start-up (before
    the window is built); English, left-to-right and the theme are restored after.

    The Arabic texts asserted below come from resources/translations/smmdesk_ar.qm: they need
    issue 6 part 2b's translations merged there (python -m tools.i18n update + release)."""

    def install(code: str) -> None:
        region = "EG" if code == "ar" else "US"
        i18n.install_translators(qapp, code, system=QLocale(f"{code}_{region}"))

    yield install
    i18n.install_translators(qapp, "en")  # English and left-to-right again, for later tests
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())
    numbers.set_preferences("en", "locale")
    theme.manager().apply("system")


def open_demo(qtbot: QtBot, window: MainWindow) -> SandboxPanel:
    window.start()
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    wait_for_panel(qtbot, window)
    return window.ctx.demo_panel()


def test_first_start_shows_welcome_then_demo_opens_with_catalogue_and_balance(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_demo(qtbot, window)
    assert window.stack.currentWidget() is not window.welcome
    assert window.session is not None
    assert window.session.catalog is not None
    assert len(window.session.catalog) >= 600
    assert "250.00" in window.balance_label.text()
    assert "USD" in window.balance_label.text()
    assert window.panel_label.text() == window.session.panel.name
    qtbot.waitUntil(lambda: "Online" in window.connection_label.text())
    # nothing chosen yet: the form says so once, with no dead Place button
    form = window.order_form
    assert form.header_label.text() == "No service selected"
    assert not form.place_button.isVisibleTo(window)
    assert not form.reason_label.isVisibleTo(window)
    assert window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    assert form.place_button.isVisibleTo(window)
    assert not form.place_button.isEnabled()
    # the next start goes straight to the demo panel, with its cached catalogue
    assert window.ctx.store.load_catalog(window.session.panel.id) is not None


def test_search_from_ctrl_f_selects_and_shows_details(qtbot: QtBot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    window.act_search.trigger()
    pane = window.catalog_pane
    assert pane.search_edit.hasFocus() or window.focusWidget() is pane.search_edit
    pane.search_edit.setText(str(SANDBOX_FIXED_SERVICES["Poll"]))
    pane.apply_search_now()
    assert pane.select_service(SANDBOX_FIXED_SERVICES["Poll"])
    service = pane.selected_service()
    assert service is not None
    assert service.id == SANDBOX_FIXED_SERVICES["Poll"]
    assert window.order_form.field_widgets.keys() >= {"link", "quantity", "answer_number"}


def test_place_default_order_from_the_window(
    qtbot: QtBot, window: MainWindow, confirmations: list[str]
) -> None:
    sandbox = open_demo(qtbot, window)
    assert window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    form = window.order_form
    link = form.field_widgets["link"]
    quantity = form.field_widgets["quantity"]
    assert isinstance(link, QLineEdit)
    assert isinstance(quantity, QLineEdit)
    qtbot.keyClicks(link, "https://instagram.com/p/smmdesk")
    qtbot.keyClicks(quantity, "1000")
    qtbot.waitUntil(lambda: form.place_button.isEnabled())
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000):
        window.act_place.trigger()
        window.act_place.trigger()  # a repeated Ctrl+Enter must not send twice
    assert sandbox.received["add"] == 1
    assert len(confirmations) == 1
    assert "1,000" in confirmations[0].replace("1000", "1,000")
    (order,) = sandbox.orders.values()
    assert order.params["link"] == "https://instagram.com/p/smmdesk"
    assert order.params["quantity"] == "1000"
    rows = window.ctx.store.list_orders()
    assert [r.state for r in rows] == [LocalState.ACCEPTED]
    assert rows[0].panel_order_id == order.id
    assert rows[0].cost == Decimal("0.90")
    # ready for the next order: same service, link cleared
    assert window.catalog_pane.selected_service() is not None
    assert link.text() == ""
    qtbot.waitUntil(lambda: "249.10" in window.balance_label.text(), timeout=10_000)


def test_order_again_clears_the_order_placed_banner(
    qtbot: QtBot, window: MainWindow, confirmations: list[str]
) -> None:
    open_demo(qtbot, window)
    assert window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    form = window.order_form
    qtbot.keyClicks(form.field_widgets["link"], "https://instagram.com/p/again")
    qtbot.keyClicks(form.field_widgets["quantity"], "500")
    qtbot.waitUntil(lambda: form.place_button.isEnabled())
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000):
        form.place_button.click()
    assert form.result_frame.isVisible()
    assert "placed" in form.status_label.text()
    (row,) = window.ctx.store.list_orders()
    pane = window.orders_pane
    qtbot.waitUntil(lambda: pane.model.row_of(row.local_id) is not None, timeout=5000)
    pane.select_local_ids([row.local_id])
    pane.order_actions.act_order_again.trigger()
    # the same service, prefilled: the form is a new order, not the placed one
    link = form.field_widgets["link"]
    assert isinstance(link, QLineEdit)
    assert link.text() == "https://instagram.com/p/again"
    assert not form.result_frame.isVisible()
    assert form.status_label.text() == ""


def test_ctrl_enter_in_the_form_places_once_and_the_menu_shows_the_key(
    qtbot: QtBot, window: MainWindow, confirmations: list[str]
) -> None:
    sandbox = open_demo(qtbot, window)
    with qtbot.waitActive(window):
        window.activateWindow()
    # the menu shows the key in the platform's notation (not typed into a translatable
    # text), and the action is no second window-wide binding beside the form's own
    assert window.act_place.text() == "&Place Order"
    assert window.act_place.shortcut() == QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter)
    assert window.act_place.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert window.act_place not in window.actions()
    assert window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    form = window.order_form
    ambiguous: list[str] = []
    for shortcut in form.findChildren(QShortcut):
        shortcut.activatedAmbiguously.connect(lambda: ambiguous.append("form"))
    menu_triggers: list[bool] = []
    window.act_place.triggered.connect(menu_triggers.append)
    quantity = form.field_widgets["quantity"]
    qtbot.keyClicks(form.field_widgets["link"], "https://instagram.com/p/keys")
    qtbot.keyClicks(quantity, "1000")
    qtbot.waitUntil(lambda: form.place_button.isEnabled())
    quantity.setFocus()
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000):
        qtbot.keyClick(quantity, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(quantity, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert sandbox.received["add"] == 1
    assert len(confirmations) == 1
    assert ambiguous == []
    assert menu_triggers == []


def test_timeout_on_add_shows_unknown_outcome_and_sends_once(
    qtbot: QtBot, window: MainWindow, confirmations: list[str]
) -> None:
    sandbox = open_demo(qtbot, window)
    assert window.session is not None
    window.session.set_timeouts(2.0, 0.5)
    sandbox.faults.inject("latency", action="add", times=1, delay=3.0)
    assert window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    form = window.order_form
    qtbot.keyClicks(form.field_widgets["link"], "https://t.me/smmdesk")
    qtbot.keyClicks(form.field_widgets["quantity"], "500")
    qtbot.waitUntil(lambda: form.place_button.isEnabled())
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000):
        form.place_button.click()
    assert sandbox.received["add"] == 1
    assert "unknown" in form.status_label.text().lower()
    assert form.reconcile_button.isVisible()
    (row,) = window.ctx.store.list_orders()
    assert row.state is LocalState.UNKNOWN


def test_geometry_and_last_panel_are_remembered(
    qtbot: QtBot, gui_ctx: AppContext, window: MainWindow
) -> None:
    open_demo(qtbot, window)
    assert window.session is not None
    panel_name = window.session.panel.name
    window.resize(760, 560)  # inside the offscreen screen (800×600)
    window.close()
    again = MainWindow(gui_ctx)
    qtbot.addWidget(again)
    again.start()
    try:
        assert again.size().width() == 760
        assert again.size().height() == 560
        assert again.session is not None
        assert again.session.panel.name == panel_name
        assert again.stack.currentWidget() is not again.welcome
    finally:
        again.shutdown()


def test_right_to_left_window_opens(qtbot: QtBot, window: MainWindow) -> None:
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    open_demo(qtbot, window)
    assert window.catalog_pane.isRightToLeft()
    assert window.order_form.isRightToLeft()


def test_mass_order_from_the_menu_places_lines_and_refreshes_balance(
    qtbot: QtBot, window: MainWindow, confirmations: list[str]
) -> None:
    sandbox = open_demo(qtbot, window)
    dialog = window.open_mass_order()
    assert dialog is not None
    assert dialog.isVisible()
    default = SANDBOX_FIXED_SERVICES["Default"]
    dialog.text_edit.setPlainText(
        "\n".join(f"{default} | https://instagram.com/p/mass{i} | 1000" for i in range(3))
    )
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.sig_orders_placed, timeout=15_000):
        qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    assert sandbox.received["add"] == 3
    assert len(window.ctx.store.list_orders(source="mass")) == 3
    # 3 × 0.90 spent from the 250.00 demo balance
    qtbot.waitUntil(lambda: "247.30" in window.balance_label.text(), timeout=10_000)
    dialog.close()


def test_interrupted_mass_order_is_offered_on_open(
    qtbot: QtBot, gui_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smmdesk.gui.panels.profiles import ensure_demo_profile

    panel = ensure_demo_profile(gui_ctx)
    gui_ctx.store.create_intent(
        panel_id=panel.id,
        service_id=SANDBOX_FIXED_SERVICES["Default"],
        service_name="Instagram Followers",
        service_type="Default",
        params={"link": "https://instagram.com/p/left", "quantity": "100"},
        cost=Decimal("0.09"),
        quantity=100,
        source="mass",
        draft=True,
    )
    asked: list[str] = []

    def decline(_parent: object, title: str, *args: object, **kwargs: object) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(dialogs, "confirm", decline)
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.start()
    try:
        qtbot.waitUntil(lambda: asked == ["Unfinished mass order"], timeout=5_000)
        assert gui_ctx.demo_panel().received["add"] == 0  # offering never sends
    finally:
        win.shutdown()


def test_placed_order_completes_in_the_orders_view_through_the_poller(
    qtbot: QtBot, window: MainWindow, confirmations: list[str]
) -> None:
    sandbox = open_demo(qtbot, window)
    assert window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    form = window.order_form
    qtbot.keyClicks(form.field_widgets["link"], "https://instagram.com/p/poller")
    qtbot.keyClicks(form.field_widgets["quantity"], "100")
    qtbot.waitUntil(lambda: form.place_button.isEnabled())
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000) as placed:
        form.place_button.click()
    local_id = placed.args[0].local_id
    model = window.orders_pane.model
    qtbot.waitUntil(lambda: model.row_of(local_id) is not None, timeout=5_000)

    sandbox.advance(24 * 3600)  # the demo panel delivers the order
    with qtbot.waitSignal(window.poller.sig_orders_changed, timeout=15_000):
        window.poller.refresh_now()

    def shows_completed() -> bool:
        row = model.row_of(local_id)
        return row is not None and model.record_at(row).status is OrderStatus.COMPLETED

    qtbot.waitUntil(shows_completed, timeout=5_000)
    assert sandbox.received["add"] == 1  # polling never re-sends an order


def test_arabic_window_is_right_to_left_and_translated(
    qtbot: QtBot, gui_ctx: AppContext, language: Callable[[str], None], tmp_path: Path
) -> None:
    """Arabic at start-up: the whole window mirrors, menus and the status bar are in Arabic,
    money and counts use Arabic-Indic digits. (Needs the merged smmdesk_ar.qm, see above.)"""
    language("ar")
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert win.welcome.isRightToLeft()
        titles = [a.text() for a in win.menuBar().actions()]
        assert titles == ["&ملف", "ال&لوحة", "ال&طلب", "الطل&بات", "&عرض", "م&ساعدة"]
        win.start()
        assert win.welcome.demo_button.title_label.text() == "جرّب اللوحة التجريبية"
        open_demo(qtbot, win)
        assert win.catalog_pane.isRightToLeft()
        assert win.order_form.isRightToLeft()
        assert win.act_place.text() == "&تقديم الطلب"
        # the balance: translated label, Arabic-Indic digits
        assert win.balance_label.text().startswith("الرصيد: ")
        assert "٢٥٠٫٠٠" in win.balance_label.text()
        qtbot.waitUntil(lambda: "متصل" in win.connection_label.text())
        pane = win.catalog_pane
        count = numbers.fmt_int(pane.model.service_count())
        assert pane.summary_label.text().startswith(f"{count} خدم")  # "٦٠٠ خدمة في ١٠٠ فئة"
        assert " في " in pane.summary_label.text()
        # the status bar mirrors: the panel's name sits right of the connection state
        bar = win.statusBar()

        def x(label: Any) -> int:
            return int(label.mapTo(bar, label.rect().topLeft()).x())

        assert x(win.panel_label) > x(win.balance_label) > x(win.connection_label)
        theme.manager().apply("dark")  # the connection colour follows the theme
        assert theme.status_colour("completed", True).name() in win.connection_label.styleSheet()
        win.grab().save(str(tmp_path / "main-ar-dark.png"))
    finally:
        win.shutdown()


def test_every_control_has_a_name_for_screen_readers(qtbot: QtBot, window: MainWindow) -> None:
    """A screen reader announces each field, list and button: by its accessible name, the
    label it is the buddy of, or (buttons) its text."""
    open_demo(qtbot, window)
    assert window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Subscriptions"])
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy()}
    unnamed = []
    kinds = (QLineEdit, QComboBox, QAbstractItemView, QAbstractButton, QPlainTextEdit, QTextEdit)
    for kind in kinds:
        for widget in window.findChildren(kind):
            if not widget.isVisibleTo(window) or isinstance(widget, QHeaderView):
                continue
            if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):  # its own line edit
                continue
            named = bool(widget.accessibleName()) or widget in buddies
            if isinstance(widget, QAbstractButton):
                named = named or bool(widget.text().strip())
            if not named:
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_quitting_while_an_order_is_in_flight_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = open_demo(qtbot, window)
    answers = [True, False]  # "place it?" yes; then "quit anyway?" no
    asked: list[str] = []

    def confirm(_parent: object, title: str, *args: object, **kwargs: object) -> bool:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask", answering(confirm))
    sandbox.faults.inject("latency", action="add", times=1, delay=2.0)
    assert window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    form = window.order_form
    qtbot.keyClicks(form.field_widgets["link"], "https://instagram.com/p/closing")
    qtbot.keyClicks(form.field_widgets["quantity"], "100")
    qtbot.waitUntil(lambda: form.place_button.isEnabled())
    form.place_button.click()
    assert window.session is not None
    assert window.session.placing
    assert not window.close()  # the user chose to stay
    assert asked[-1] == "An order is being sent"
    assert window.isVisible()
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000):
        pass
    assert window.close()  # nothing in flight any more: no question
    assert len(asked) == 2
    assert sandbox.received["add"] == 1


def open_sandbox(qtbot: QtBot, window: MainWindow, sandbox: SandboxPanel) -> int:
    """Open ``sandbox`` as a panel profile in the window; returns the panel id."""
    store = window.ctx.store
    panel_id = store.add_panel("Sandbox", sandbox.url, currency="USD")
    assert window.ctx.keys.set(f"panel-{panel_id}", sandbox.api_key)
    window.open_panel(store.get_panel(panel_id))
    return panel_id


@pytest.mark.parametrize(
    ("fault", "words"),
    [("empty_list", "an empty service list"), ("junk_list", "a service list SMMDesk cannot use")],
)
def test_a_bad_service_list_never_replaces_the_saved_catalogue(
    qtbot: QtBot, window: MainWindow, sandbox_panel: SandboxPanel, fault: str, words: str
) -> None:
    # a good catalogue saved earlier: the first 100 services of the panel's list
    store = window.ctx.store
    saved = json.dumps(sandbox_panel.services[:100]).encode()
    panel_id = store.add_panel("Sandbox", sandbox_panel.url, currency="USD")
    store.save_catalog(panel_id, saved)
    digest = store.load_catalog(panel_id).sha256  # type: ignore[union-attr]
    assert window.ctx.keys.set(f"panel-{panel_id}", sandbox_panel.api_key)
    sandbox_panel.faults.inject(fault, "services", times=1)

    window.open_panel(store.get_panel(panel_id))
    pane = window.catalog_pane
    qtbot.waitUntil(lambda: pane.notice_text() != "", timeout=10_000)

    session = window.session
    assert session is not None
    assert session.catalog is not None
    assert len(session.catalog) == 100
    assert len(pane.model.catalog or ()) == 100
    assert store.load_catalog(panel_id).sha256 == digest  # type: ignore[union-attr]
    assert f"The panel answered {words}" in pane.notice_text()
    assert "the saved catalogue (from " in pane.notice_text()
    assert "is kept" in pane.notice_text()
    assert window.catalog_label.text().startswith("Catalogue not updated")
    assert pane.retry_button.isVisible()

    asked = sandbox_panel.received["services"]
    qtbot.mouseClick(pane.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.catalog is not None and len(session.catalog) == 600)
    assert sandbox_panel.received["services"] == asked + 1
    assert pane.notice_text() == ""
    assert len(pane.model.catalog or ()) == 600
    assert store.load_catalog(panel_id).sha256 != digest  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.ctx.tasks.active() == 0)


def test_a_first_connect_to_an_empty_list_says_so_and_offers_retry(
    qtbot: QtBot, window: MainWindow, sandbox_panel: SandboxPanel
) -> None:
    sandbox_panel.faults.inject("empty_list", "services", times=1)
    panel_id = open_sandbox(qtbot, window, sandbox_panel)
    pane = window.catalog_pane
    qtbot.waitUntil(lambda: pane.notice_text() != "", timeout=10_000)
    assert pane.notice_text() == (
        "⚠ The panel answered an empty service list, and there is no saved catalogue to show."
    )
    assert window.session is not None
    assert window.session.catalog is None
    assert window.ctx.store.load_catalog(panel_id) is None
    qtbot.mouseClick(pane.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None and window.session.catalog is not None)
    assert pane.notice_text() == ""
    # a service the panel lists without refill/cancel fields: its details say so
    assert pane.select_service(SANDBOX_FIXED_SERVICES["Custom Gateway"])
    assert window.details.features_label.text() == "not stated by the panel"
    qtbot.waitUntil(lambda: window.ctx.tasks.active() == 0)
