"""The order form against the real sandbox: live validation and cost, the one-send guarantee
(double clicks, Ctrl+Enter repeats), the panel's refusals in plain words, the unknown-outcome
state, and the right-to-left layout."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smmdesk.core.catalog import Catalog
from smmdesk.core.models import Service
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.store import LocalState
from smmdesk.gui.ordering.confirm import OrderConfirmDialog
from smmdesk.gui.ordering.form import OrderForm
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording import numbers
from smmdesk.sandbox import PANEL_WARNING, SandboxPanel
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS
from smmdesk.sandbox.catalog import shared_catalogue
from tests.gui.scenes import panel_session


@pytest.fixture
def session(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> Iterator[PanelSession]:
    yield from panel_session(qtbot, gui_ctx, sandbox_panel, "Sandbox")


@pytest.fixture
def services(session: PanelSession) -> dict[int, Service]:
    return {service.id: service for service in session.client().services()}


class Confirms:
    """Stands in for the questions: the order confirmation (built for real, dialogs.ask) and
    message boxes (dialogs.confirm); records each text, answers from a script (default yes)."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.answers: list[bool] = []
        self.dialogs: list[OrderConfirmDialog] = []

    def __call__(
        self, _parent: object, title: str, text: str, details: str = "", **kw: str
    ) -> bool:
        self.texts.append(f"{title}\n{text}\n{details}\n[{kw.get('ok_text', '')}]")
        return self.answers.pop(0) if self.answers else True

    def ask(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, OrderConfirmDialog)
        self.dialogs.append(dialog)
        self.texts.append(dialog.summary_text())
        yes = self.answers.pop(0) if self.answers else True
        if yes and dialog.same_link_check is not None:
            dialog.same_link_check.setChecked(True)  # the second yes the same-link guard asks
        (dialog.place_button if yes else dialog.back_button).click()
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def confirms(monkeypatch: pytest.MonkeyPatch) -> Confirms:
    recorder = Confirms()
    monkeypatch.setattr(dialogs, "confirm", recorder)
    monkeypatch.setattr(dialogs, "ask", recorder.ask)
    return recorder


def make_form(
    qtbot: QtBot, session: PanelSession | None, service: Service | None, *, balance: bool = True
) -> OrderForm:
    form = OrderForm(lambda: session)
    qtbot.addWidget(form)
    form.set_service(service, "USD")
    if balance and session is not None:
        form.set_balance(session.client().balance())
    form.resize(460, 640)
    with qtbot.waitExposed(form):
        form.show()
    return form


def key_in(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. QTest only knows ASCII keys, so any other character arrives
    as a key event carrying just its text: what an Arabic keyboard layout sends."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, form: OrderForm, name: str, text: str) -> None:
    widget = form.field_widgets[name]
    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.clear()
    key_in(qtbot, widget, text)


def fill_default(qtbot: QtBot, form: OrderForm, link: str, quantity: str = "100") -> None:
    type_into(qtbot, form, "link", link)
    type_into(qtbot, form, "quantity", quantity)
    qtbot.waitUntil(lambda: form.place_button.isEnabled(), timeout=2000)


def place_and_wait(qtbot: QtBot, form: OrderForm) -> Placement:
    with qtbot.waitSignal(form.sig_order_placed, timeout=5000) as blocker:
        qtbot.mouseClick(form.place_button, Qt.MouseButton.LeftButton)
    outcome = blocker.args[0]
    assert isinstance(outcome, Placement)
    return outcome


def test_fresh_form_is_quiet_and_says_what_is_missing(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service], shown: Callable[..., str]
) -> None:
    form = make_form(qtbot, session, services[IDS["Default"]])
    form.revalidate()
    assert form.header_label.text() == services[IDS["Default"]].name
    assert "Default" in form.subheader_label.text()
    assert "min 50 · max 10,000" in form.subheader_label.text()
    assert "USD\xa00.90 per 1000" in form.subheader_label.text()
    assert form.hint_text("quantity") == "min 50 · max 10,000"
    assert form.error_text("link") == ""
    assert form.error_text("quantity") == ""
    assert not form.place_button.isEnabled()
    assert form.reason_label.text() == "Enter the link to place the order (and 1 more)"
    assert shown(form.place_button.toolTip()) == form.reason_label.text()
    assert form.cost_label.text() == "Cost: —"


def test_live_cost_and_balance_after_with_arabic_digits(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    form = make_form(qtbot, session, services[IDS["Default"]])
    type_into(qtbot, form, "quantity", "١٥٠")
    assert form.field_widgets["quantity"].text() == "١٥٠"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: form.cost_label.text() == "Cost ≈ USD\xa00.135", timeout=2000)
    assert form.balance_after_label.text() == "Balance after ≈ USD\xa0999.87"
    type_into(qtbot, form, "quantity", "2,000")
    qtbot.waitUntil(lambda: form.cost_label.text() == "Cost ≈ USD\xa01.80", timeout=2000)


def test_error_appears_after_leaving_the_field_and_clears_when_fixed(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    form = make_form(qtbot, session, services[IDS["Default"]])
    with qtbot.waitActive(form):
        form.activateWindow()
    type_into(qtbot, form, "link", "my page")
    form.revalidate()
    assert form.error_text("link") == ""  # still typing: no shouting
    form.field_widgets["quantity"].setFocus()
    qtbot.waitUntil(lambda: form.error_text("link") != "", timeout=2000)
    assert form.error_text("link") == "The link must not contain spaces"
    type_into(qtbot, form, "link", "https://instagram.com/mypage")
    qtbot.waitUntil(lambda: form.error_text("link") == "", timeout=2000)


def test_line_counter_follows_the_comments(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    form = make_form(qtbot, session, services[IDS["Custom Comments"]])
    comments = form.field_widgets["comments"]
    assert isinstance(comments, QPlainTextEdit)
    assert "quantity" not in form.field_widgets
    comments.setPlainText("nice\n\nsuper\r\nwow")
    assert form.hint_text("comments") == "3 comments = quantity 3"
    comments.setPlainText("only one")
    assert form.hint_text("comments") == "1 line = quantity 1"
    comments.setPlainText("\n".join(f"c{i}" for i in range(6)))
    qtbot.waitUntil(lambda: form.cost_label.text() == "Cost ≈ USD\xa00.072", timeout=2000)


def test_subscription_form_widgets(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    form = make_form(qtbot, session, services[IDS["Subscriptions"]])
    delay = form.field_widgets["delay"]
    assert isinstance(delay, QComboBox)
    assert [delay.itemText(i) for i in range(3)] == ["0 min", "5 min", "10 min"]
    assert delay.itemData(4) == "30"
    expiry = form.field_widgets["expiry"]
    assert isinstance(expiry, QDateEdit)
    assert expiry.calendarPopup()
    assert not expiry.isEnabled()  # "No expiry" is ticked until the user picks a date
    assert "link" not in form.field_widgets
    labels = form.findChildren(type(form.header_label))
    texts = {label.text().replace("&", "") for label in labels}  # as read (Alt mnemonics)
    assert "New posts (optional)" in texts
    assert "Expiry date (optional)" in texts
    assert "Username" in texts


def test_expensive_order_warns_then_shows_the_panels_refusal_in_plain_words(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    confirms: Confirms,
) -> None:
    form = make_form(qtbot, session, services[IDS["Default expensive"]])
    fill_default(qtbot, form, "https://open.spotify.com/playlist/1", "100")
    assert form.cost_label.text() == "Cost ≈ USD\xa09,520.00"
    assert "Balance after ≈ -USD\xa08,520.00" in form.balance_after_label.text()
    assert "not enough funds" in form.balance_after_label.text()
    placement = place_and_wait(qtbot, form)
    assert placement.state is PlacementState.REJECTED
    assert "lower than the cost" in confirms.texts[0]
    assert form.status_label.text() == (
        "Not placed: Not enough funds on the panel balance (cost USD\xa09,520.00, balance "
        "USD\xa01,000.00). Add funds on the panel, then place the order again."
    )
    assert "Not enough funds on balance" in form.detail_label.text()
    assert sandbox_panel.received["add"] == 1
    assert sandbox_panel.balance == Decimal("1000")


def test_success_clears_the_link_and_keeps_service_and_quantity(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    confirms: Confirms,
) -> None:
    service = services[IDS["Default"]]
    form = make_form(qtbot, session, service)
    fill_default(qtbot, form, "https://instagram.com/p/first")
    placement = place_and_wait(qtbot, form)
    assert placement.state is PlacementState.ACCEPTED
    assert form.status_label.text() == f"Order #{placement.order_id} placed — USD\xa00.09"
    assert form.service is service
    assert form.values()["link"] == ""
    assert form.values()["quantity"] == "100"
    form.revalidate()
    assert form.error_text("link") == ""  # the cleared link is not an error yet
    assert form.reason_label.text() == "Enter the link to place the order"
    assert session.ctx.store.get_order(placement.local_id).state is LocalState.ACCEPTED

    # the same link again: the confirmation names the order in progress; confirmed twice,
    # the panel refuses the duplicate, and the form says so plainly
    fill_default(qtbot, form, "https://instagram.com/p/first")
    again = place_and_wait(qtbot, form)
    assert "An order on this link is still in progress" in confirms.texts[-1]
    assert f"\u2068Sandbox\u2069: order #{placement.order_id}" in confirms.texts[-1]
    assert again.state is PlacementState.REJECTED
    assert "already has an active order for this link" in form.status_label.text()


def test_an_order_placed_with_the_panels_warning_says_placed_with_its_words(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    confirms: Confirms,
) -> None:
    """{"order": N, "error": "Low balance warning"}: the order exists; the form says it was
    placed, shows the panel's words plainly, and never says "not placed"."""
    sandbox_panel.faults.inject("warning_with_id", "add", times=1)
    form = make_form(qtbot, session, services[IDS["Default"]])
    fill_default(qtbot, form, "https://instagram.com/p/warned")
    placement = place_and_wait(qtbot, form)
    assert sandbox_panel.received["add"] == 1
    assert (placement.state, placement.warning) == (PlacementState.ACCEPTED, PANEL_WARNING)
    assert placement.order_id in sandbox_panel.orders
    assert form.status_label.text() == f"Order #{placement.order_id} placed — USD\xa00.09"
    assert form.detail_label.isVisible()
    assert form.detail_label.text() == f"The panel also said: “\u2068{PANEL_WARNING}\u2069”."
    assert form.detail_label.textFormat() is Qt.TextFormat.PlainText
    assert "not placed" not in (form.status_label.text() + form.detail_label.text()).lower()
    assert not form.result_frame.reconcile_button.isVisible()
    assert form.values()["link"] == ""  # a placed order clears the link, as always
    record = session.ctx.store.get_order(placement.local_id)
    assert (record.state, record.panel_order_id) == (LocalState.ACCEPTED, placement.order_id)


def test_double_click_and_repeated_place_send_once(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    confirms: Confirms,
) -> None:
    form = make_form(qtbot, session, services[IDS["Default"]])
    fill_default(qtbot, form, "https://instagram.com/p/double")
    sandbox_panel.faults.inject("latency", "add", times=1, delay=0.4)
    with qtbot.waitSignal(form.sig_order_placed, timeout=5000) as blocker:
        # a double click: click, then the second press arriving as a double-click event
        qtbot.mouseClick(form.place_button, Qt.MouseButton.LeftButton)
        qtbot.mouseDClick(form.place_button, Qt.MouseButton.LeftButton)
        qtbot.mouseRelease(form.place_button, Qt.MouseButton.LeftButton)
        assert form.in_flight
        assert form.place_button.text() == "Placing…"
        assert not form.place_button.isEnabled()
        qtbot.mouseClick(form.place_button, Qt.MouseButton.LeftButton)
        form.place()
        form.place()
    assert blocker.args[0].state is PlacementState.ACCEPTED
    assert sandbox_panel.received["add"] == 1
    assert len(confirms.texts) == 1
    assert form.place_button.text() == "Place order"


def test_ctrl_enter_places_and_repeats_send_once(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    confirms: Confirms,
) -> None:
    # From the comments box: without the shortcut, Ctrl+Return would insert a line break there.
    form = make_form(qtbot, session, services[IDS["Custom Comments"]])
    with qtbot.waitActive(form):
        form.activateWindow()
    type_into(qtbot, form, "link", "https://instagram.com/p/keys")
    comments = form.field_widgets["comments"]
    assert isinstance(comments, QPlainTextEdit)
    comments.setPlainText("one\ntwo\nthree\nfour\nfive")
    qtbot.waitUntil(lambda: form.place_button.isEnabled(), timeout=2000)
    sandbox_panel.faults.inject("latency", "add", times=1, delay=0.4)
    comments.setFocus()
    with qtbot.waitSignal(form.sig_order_placed, timeout=5000) as blocker:
        qtbot.keyClick(comments, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert form.in_flight
        for _ in range(3):
            qtbot.keyClick(comments, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClick(comments, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args[0].state is PlacementState.ACCEPTED
    assert sandbox_panel.received["add"] == 1
    assert len(confirms.texts) == 1


def test_enter_in_a_field_places_once(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    confirms: Confirms,
) -> None:
    form = make_form(qtbot, session, services[IDS["Default"]])
    fill_default(qtbot, form, "https://instagram.com/p/enter")
    sandbox_panel.faults.inject("latency", "add", times=1, delay=0.4)
    quantity = form.field_widgets["quantity"]
    with qtbot.waitSignal(form.sig_order_placed, timeout=5000):
        for _ in range(4):
            qtbot.keyClick(quantity, Qt.Key.Key_Return)
    assert sandbox_panel.received["add"] == 1
    assert len(confirms.texts) == 1


@pytest.mark.parametrize("fault", ["latency", "drop_after"])
def test_lost_answer_shows_unknown_outcome_and_guards_the_retry(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    confirms: Confirms,
    fault: str,
) -> None:
    session.set_timeouts(10.0, 0.3)
    form = make_form(qtbot, session, services[IDS["Default"]])
    fill_default(qtbot, form, "https://instagram.com/p/lost")
    sandbox_panel.faults.inject(fault, "add", times=1, delay=1.5)
    placement = place_and_wait(qtbot, form)
    assert placement.state is PlacementState.UNKNOWN
    assert sandbox_panel.received["add"] == 1
    assert form.status_label.text() == "Outcome unknown — check before retrying"
    assert not form.reconcile_button.isHidden()
    assert form.values()["link"] == "https://instagram.com/p/lost"  # kept: nothing is settled
    assert session.ctx.store.get_order(placement.local_id).state is LocalState.UNKNOWN

    # the same order again needs an explicit acknowledgement; declining sends nothing
    confirms.answers = [False]
    form.place()
    assert "The last order's outcome is unknown" in confirms.texts[-1]
    assert "This is the same order" in confirms.texts[-1]
    assert "[Place anyway]" in confirms.texts[-1]
    assert sandbox_panel.received["add"] == 1
    assert not form.in_flight


def test_wrong_api_key_is_explained(
    qtbot: QtBot,
    gui_ctx: AppContext,
    sandbox_panel: SandboxPanel,
    confirms: Confirms,
) -> None:
    panel_id = gui_ctx.store.add_panel("Wrong key", sandbox_panel.url, currency="USD")
    gui_ctx.panel_keys.store(panel_id, "not-the-key")
    session = PanelSession(gui_ctx, gui_ctx.store.get_panel(panel_id))
    service = Service(1, "Followers", "Default", "Instagram", Decimal("0.90"), 50, 10000)
    form = make_form(qtbot, session, service, balance=False)
    fill_default(qtbot, form, "https://instagram.com/p/key")
    placement = place_and_wait(qtbot, form)
    session.close()
    assert placement.state is PlacementState.REJECTED
    assert "the panel refused the api key" in form.status_label.text().lower()
    assert sandbox_panel.orders == {}


def test_without_a_session_or_service_nothing_can_be_placed(
    qtbot: QtBot, confirms: Confirms
) -> None:
    form = make_form(qtbot, None, None)
    assert not form.place_button.isEnabled()
    assert form.reason_label.text() == "Choose a service in the catalogue to place an order"
    service = Service(1, "Followers", "Default", "Instagram", Decimal("0.90"), 50, 10000)
    form.set_service(service, "USD")
    type_into(qtbot, form, "link", "https://instagram.com/p/x")
    type_into(qtbot, form, "quantity", "100")
    form.revalidate()
    assert form.reason_label.text() == "Open a panel to place orders"
    form.place()
    assert confirms.texts == []


def test_prefill_and_switching_services_keep_shared_values(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    form = make_form(qtbot, session, services[IDS["Default dripfeed"]])
    form.prefill(
        {"link": "https://instagram.com/p/again", "quantity": "200", "runs": "2", "interval": "30"}
    )
    assert form.dripfeed_box is not None
    assert form.dripfeed_box.isChecked()
    assert form.validation is not None
    assert form.validation.params == {
        "link": "https://instagram.com/p/again",
        "quantity": "200",
        "runs": "2",
        "interval": "30",
    }
    # a catalogue refresh re-selects the same service: the widgets (and the cursor) stay
    link = form.field_widgets["link"]
    form.set_service(services[IDS["Default dripfeed"]], "USD")
    assert form.field_widgets["link"] is link
    assert form.dripfeed_box.isChecked()
    form.set_service(services[IDS["Mentions"]], "USD")
    assert form.dripfeed_box is None
    assert form.values()["link"] == "https://instagram.com/p/again"
    assert form.values()["quantity"] == "200"
    assert form.values()["usernames"] == ""


def test_right_to_left_layout_mirrors_the_form(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        form = make_form(qtbot, session, services[IDS["Comment Replies"]])
        pixmap = form.grab()
        assert not pixmap.isNull()
        assert pixmap.width() > 300
        link = form.field_widgets["link"]
        label = next(
            lbl for lbl in form.findChildren(type(form.header_label)) if lbl.buddy() is link
        )
        label_x = label.mapTo(form, QPoint(0, 0)).x()
        link_x = link.mapTo(form, QPoint(0, 0)).x()
        assert label_x > link_x  # the label sits on the right in Arabic
        assert form.place_button.mapTo(form, QPoint(0, 0)).x() > form.width() // 2
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_dripfeed_fields_only_where_the_panel_states_dripfeed(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    # a service whose entry leaves "dripfeed" out (the sandbox would even accept drip-feed):
    # sending runs/interval to a panel that never said it takes them gains nothing
    catalogue = shared_catalogue(600, 7)
    unstated = next(
        int(served["service"])
        for served in catalogue.services
        if "dripfeed" not in served
        and catalogue.entries[int(served["service"])].kind == "Default"
        and catalogue.entries[int(served["service"])].dripfeed
    )
    assert services[unstated].dripfeed is None
    form = make_form(qtbot, session, services[unstated])
    assert form.dripfeed_box is None
    assert "runs" not in form.field_widgets
    form.set_service(services[IDS["Default dripfeed"]], "USD")
    assert services[IDS["Default dripfeed"]].dripfeed is True
    assert form.dripfeed_box is not None
    assert "runs" in form.field_widgets


@pytest.mark.parametrize("typed", ["10.000", "10,5", "12.0"])
def test_a_quantity_with_a_decimal_mark_is_refused_with_a_reason(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service], typed: str
) -> None:
    form = make_form(qtbot, session, services[IDS["Default"]])
    type_into(qtbot, form, "link", "https://instagram.com/p/decimal")
    type_into(qtbot, form, "quantity", typed)
    form.field_widgets["link"].setFocus()  # leaving the field shows its error
    qtbot.waitUntil(lambda: form.error_text("quantity") != "", timeout=2000)
    # "10.000" is ten in one locale and ten thousand in another: never guessed
    assert form.error_text("quantity") == (
        "Quantity must be a whole number, without a decimal point"
    )
    assert not form.place_button.isEnabled()
    assert form.cost_label.text() == "Cost: —"


def test_arabic_grouping_and_digits_are_read_in_an_arabic_ui(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    numbers.set_preferences("ar", "locale", QLocale("ar_EG"))
    try:
        form = make_form(qtbot, session, services[IDS["Default"]])
        type_into(qtbot, form, "link", "https://instagram.com/p/arabic")
        type_into(qtbot, form, "quantity", "١٬٠٠٠")
        qtbot.waitUntil(lambda: form.place_button.isEnabled(), timeout=2000)
        validation = form.validation
        assert validation is not None
        assert validation.params is not None
        assert validation.params["quantity"] == "1000"
        assert validation.cost == Decimal("0.9")
        type_into(qtbot, form, "quantity", "١٠٫٥")
        qtbot.waitUntil(lambda: not form.place_button.isEnabled(), timeout=2000)
        assert form.validation is not None
        assert [e.code for e in form.validation.errors] == ["not_whole"]
    finally:
        numbers.set_preferences("en", "locale")


def test_an_id_listed_twice_is_estimated_at_the_higher_rate(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    cheap = services[IDS["Default"]]
    dearer = replace(cheap, name="Same id, other terms", rate=Decimal("1.50"))
    session.catalog = Catalog([cheap, dearer])
    form = make_form(qtbot, session, cheap)
    fill_default(qtbot, form, "https://instagram.com/p/twice", "1000")
    assert form.validation is not None
    assert form.validation.cost == Decimal("1.5")
    assert form.cost_label.text() == "Cost ≈ USD\xa01.50"


def test_limits_that_contradict_each_other_block_the_order_with_a_reason(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    broken = replace(services[IDS["Default"]], min=500, max=100)
    form = make_form(qtbot, session, broken)
    type_into(qtbot, form, "link", "https://instagram.com/p/broken")
    type_into(qtbot, form, "quantity", "200")
    form.revalidate()
    assert not form.place_button.isEnabled()
    assert form.reason_label.text() == (
        "This service cannot be ordered: the panel's limits contradict each other "
        "(min 500, max 100)"
    )


def test_a_minimum_below_one_lets_nothing_below_one_be_ordered(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service]
) -> None:
    zero = replace(services[IDS["Default"]], min=-5)
    form = make_form(qtbot, session, zero)
    assert form.hint_text("quantity") == "min 1 · max 10,000"
    type_into(qtbot, form, "link", "https://instagram.com/p/zero")
    for typed in ("0", "-3"):
        type_into(qtbot, form, "quantity", typed)
        form.revalidate()
        assert not form.place_button.isEnabled()
        assert form.cost_label.text() == "Cost: —"
