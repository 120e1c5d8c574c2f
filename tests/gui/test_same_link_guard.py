"""The same-link guard over loopback, with two sandbox panels ("Alpha" and "Beta"): an order in
progress on one panel is named when the same link (in another spelling) is ordered on the other,
in the single-order confirmation, through "Order again" and in a mass order; Place needs a
second, explicit yes; Enter and Esc go back; another kind of product or a finished order does
not warn."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from smmdesk.core.models import OrderState, OrderStatus, Service
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.ordering.confirm import OrderConfirmDialog
from smmdesk.gui.ordering.form import OrderForm
from smmdesk.gui.ordering.mass.dialog import MassOrderDialog
from smmdesk.gui.ordering.mass.model import MassOrderModel
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS
from smmdesk.sandbox import SandboxPanel
from tests.gui.scenes import panel_session

FOLLOWERS = IDS["Default"]  # "Instagram Followers [15K]"
LIKES = IDS["Default no refill"]  # "Instagram Likes [ 30 Days ♻️ ] …"
POST = "https://www.instagram.com/p/CxYz12/?igshid=MzRlODBiNWFlZA=="
SAME_POST = "instagram.com/p/CxYz12"  # the same post, spelt otherwise


@pytest.fixture
def beta_panel() -> Iterator[SandboxPanel]:
    panel = SandboxPanel(services=600, seed=7, balance=Decimal("1000"), api_key="beta-key-456")
    panel.start()
    yield panel
    panel.stop()


@pytest.fixture
def alpha(qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel) -> Iterator[PanelSession]:
    yield from panel_session(qtbot, gui_ctx, sandbox_panel, "Alpha")


@pytest.fixture
def beta(qtbot: QtBot, gui_ctx: AppContext, beta_panel: SandboxPanel) -> Iterator[PanelSession]:
    yield from panel_session(qtbot, gui_ctx, beta_panel, "Beta")


@dataclass
class Answers:
    """Stands in for dialogs.ask: the confirmation is built and shown for real, and answered by
    the next scripted act (default: click Place). What each showed is recorded."""

    qtbot: QtBot
    acts: list[Callable[[OrderConfirmDialog], None]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    warned: list[bool] = field(default_factory=list)

    def __call__(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, OrderConfirmDialog)
        self.texts.append(dialog.summary_text())
        self.warned.append(dialog.same_link_check is not None)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        act = self.acts.pop(0) if self.acts else click_place
        act(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        dialog.hide()
        return accepted


def click_place(dialog: OrderConfirmDialog) -> None:
    dialog.place_button.click()


def tick_and_place(dialog: OrderConfirmDialog) -> None:
    assert dialog.same_link_check is not None
    dialog.same_link_check.setChecked(True)
    assert dialog.place_button.isEnabled()
    dialog.place_button.click()


def key(pressed: Qt.Key) -> Callable[[OrderConfirmDialog], None]:
    def act(dialog: OrderConfirmDialog) -> None:
        dialog.activateWindow()
        QtBot.keyClick(dialog, pressed)

    return act


@pytest.fixture
def answers(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Answers:
    recorder = Answers(qtbot)
    monkeypatch.setattr(dialogs, "ask", recorder)
    return recorder


def services(session: PanelSession) -> dict[int, Service]:
    return {service.id: service for service in session.client().services()}


def make_form(qtbot: QtBot, session: PanelSession, service_id: int) -> OrderForm:
    form = OrderForm(lambda: session)
    qtbot.addWidget(form)
    form.set_service(services(session)[service_id], "USD")
    form.set_balance(session.client().balance())
    form.show()
    return form


def fill(form: OrderForm, link: str, quantity: str = "100") -> None:
    for name, value in (("link", link), ("quantity", quantity)):
        widget = form.field_widgets[name]
        assert isinstance(widget, QLineEdit)
        widget.setText(value)
    form.revalidate()
    assert form.place_button.isEnabled(), form.reason_label.text()


def place(qtbot: QtBot, form: OrderForm) -> Placement:
    with qtbot.waitSignal(form.sig_order_placed, timeout=10_000) as done:
        form.place()
    placement = done.args[0]
    assert isinstance(placement, Placement)
    assert placement.state is PlacementState.ACCEPTED
    return placement


def order_on(qtbot: QtBot, session: PanelSession, service_id: int, link: str) -> Placement:
    form = make_form(qtbot, session, service_id)
    fill(form, link)
    return place(qtbot, form)


# ---------------------------------------------------------------------------------------------
# Single orders


def test_an_order_in_progress_on_another_panel_is_named_and_needs_a_second_yes(
    qtbot: QtBot,
    alpha: PanelSession,
    beta: PanelSession,
    beta_panel: SandboxPanel,
    answers: Answers,
) -> None:
    first = order_on(qtbot, alpha, FOLLOWERS, POST)
    assert answers.warned == [False], "a first order on a link asks as always"

    form = make_form(qtbot, beta, FOLLOWERS)
    fill(form, SAME_POST)
    place_disabled: list[bool] = []

    def try_place_then_enter(dialog: OrderConfirmDialog) -> None:
        place_disabled.append(not dialog.place_button.isEnabled())
        dialog.place_button.click()  # disabled: nothing happens
        assert dialog.isVisible()
        key(Qt.Key.Key_Return)(dialog)

    answers.acts = [try_place_then_enter, key(Qt.Key.Key_Escape)]
    form.place()
    form.place()

    assert place_disabled == [True]
    assert answers.warned[1:] == [True, True]
    shown = answers.texts[1]
    assert shown.startswith("This link already has an order in progress\n")
    assert "An order on this link is still in progress" in shown
    assert "the panels do not refund it" in shown
    assert f"\u2068Alpha\u2069: order #{first.order_id}" in shown
    assert "\u2068Instagram Followers [15K]\u2069" in shown  # the service of the order
    assert "[ ] I know: place it anyway" in shown
    assert beta_panel.received["add"] == 0, "Enter and Esc go back: nothing is sent"
    assert not form.in_flight

    answers.acts = [tick_and_place]
    second = place(qtbot, form)
    assert beta_panel.received["add"] == 1
    assert second.order_id in beta_panel.orders


def test_another_kind_or_a_finished_order_on_the_link_does_not_warn(
    qtbot: QtBot,
    alpha: PanelSession,
    beta: PanelSession,
    beta_panel: SandboxPanel,
    answers: Answers,
) -> None:
    first = order_on(qtbot, alpha, FOLLOWERS, POST)
    order_on(qtbot, beta, LIKES, SAME_POST)  # likes on the post followers go to: another kind
    assert answers.warned == [False, False]

    # the followers order on Alpha completes; Beta's likes order is still running
    assert first.order_id is not None
    store = alpha.ctx.store
    store.apply_status(alpha.panel.id, OrderState(first.order_id, OrderStatus.COMPLETED, "Done"))
    order_on(qtbot, beta, FOLLOWERS, SAME_POST)
    assert answers.warned == [False, False, False]
    assert beta_panel.received["add"] == 2


def test_an_unconfirmed_order_counts_as_in_progress(
    qtbot: QtBot,
    alpha: PanelSession,
    beta: PanelSession,
    sandbox_panel: SandboxPanel,
    beta_panel: SandboxPanel,
    answers: Answers,
) -> None:
    alpha.set_timeouts(10.0, 0.3)
    sandbox_panel.faults.inject("latency", "add", times=1, delay=1.5)
    form = make_form(qtbot, alpha, FOLLOWERS)
    fill(form, POST)
    with qtbot.waitSignal(form.sig_order_placed, timeout=10_000) as done:
        form.place()
    assert done.args[0].state is PlacementState.UNKNOWN

    answers.acts = [key(Qt.Key.Key_Escape)]
    other = make_form(qtbot, beta, FOLLOWERS)
    fill(other, "https://m.instagram.com/p/CxYz12#top")
    other.place()
    assert answers.warned[-1]
    assert "\u2068Alpha\u2069: unconfirmed order" in answers.texts[-1]
    assert "unconfirmed: it may have been placed" in answers.texts[-1]
    assert beta_panel.received["add"] == 0


def test_order_again_names_the_orders_in_progress_on_every_panel(
    qtbot: QtBot,
    gui_ctx: AppContext,
    sandbox_panel: SandboxPanel,
    beta_panel: SandboxPanel,
    answers: Answers,
) -> None:
    store = gui_ctx.store
    ids = {}
    for name, panel in (("Alpha", sandbox_panel), ("Beta", beta_panel)):
        ids[name] = store.add_panel(name, panel.url, currency="USD")
        gui_ctx.panel_keys.store(ids[name], panel.api_key)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        placed = {}
        for name, link, act in (("Alpha", POST, click_place), ("Beta", SAME_POST, tick_and_place)):
            window.open_panel_id(ids[name])
            session = window.session
            assert session is not None
            qtbot.waitUntil(lambda s=session: s.catalog is not None, timeout=10_000)
            assert window.catalog_pane.select_service(FOLLOWERS)
            answers.acts = [act]
            fill(window.order_form, link)
            placed[name] = place(qtbot, window.order_form)
        assert answers.warned == [False, True]

        # "Order again" on Beta's order: the form is prefilled, the confirmation names both
        pane = window.orders_pane
        local_id = placed["Beta"].local_id
        qtbot.waitUntil(lambda: pane.model.row_of(local_id) is not None, timeout=5000)
        pane.select_local_ids([local_id])
        pane.order_actions.act_order_again.trigger()
        link = window.order_form.field_widgets["link"]
        assert isinstance(link, QLineEdit)
        assert link.text() == "https://instagram.com/p/CxYz12"
        answers.acts = [key(Qt.Key.Key_Escape)]
        window.order_form.place()

        shown = answers.texts[-1]
        assert answers.warned[-1]
        assert "2 orders on this link are still in progress" in shown
        assert f"\u2068Alpha\u2069: order #{placed['Alpha'].order_id}" in shown
        assert f"\u2068Beta\u2069: order #{placed['Beta'].order_id}" in shown
        assert beta_panel.received["add"] == 1
    finally:
        qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=10_000)
        window.shutdown()


# ---------------------------------------------------------------------------------------------
# Mass orders


@pytest.fixture
def mass(qtbot: QtBot, beta: PanelSession) -> Iterator[MassOrderDialog]:
    beta.open()
    qtbot.waitUntil(lambda: beta.catalog is not None and beta.balance is not None, timeout=10_000)
    made = MassOrderDialog(beta)
    qtbot.addWidget(made)
    made.show()
    yield made
    if made.running:
        made.request_stop()
        qtbot.waitUntil(lambda: not made.running, timeout=10_000)


MASS_LINES = "\n".join(
    [
        f"{FOLLOWERS} | https://instagram.com/p/mass1 | 100",  # 1
        f"{FOLLOWERS} | https://www.instagram.com/p/mass1/?utm_source=ig | 100",  # 2: as line 1
        f"{LIKES} | https://instagram.com/p/mass1 | 100",  # 3: likes: another kind
        f"{FOLLOWERS} | instagram.com/p/CxYz12?igsh=abc | 100",  # 4: in progress on Alpha
        f"{FOLLOWERS} | https://instagram.com/p/mass2 | 100",  # 5
    ]
)


def column(dialog: MassOrderDialog, col: int, role: Qt.ItemDataRole) -> dict[int, str]:
    model = dialog.model
    return {
        model.plan.lines[row].number: model.data(model.index(row, col), role) or ""
        for row in range(model.rowCount())
    }


def test_a_mass_order_flags_repeated_links_and_asks_before_placing_them(
    qtbot: QtBot,
    alpha: PanelSession,
    mass: MassOrderDialog,
    beta_panel: SandboxPanel,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = order_on(qtbot, alpha, FOLLOWERS, POST)
    asked: list[str] = []
    choices: list[int | None] = [None, 0]

    def choose(
        _parent: object, title: str, text: str, details: str, *options: object
    ) -> int | None:
        asked.append(f"{title}\n{text}\n{details}")
        return choices.pop(0)

    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    mass.text_edit.setPlainText(MASS_LINES)
    assert mass.check()

    flags = column(mass, MassOrderModel.SAME_LINK, Qt.ItemDataRole.DisplayRole)
    assert {n for n, text in flags.items() if text} == {2, 4}
    assert "Same as line 1" in flags[2]
    assert f"Order #{first.order_id} on \u2068Alpha\u2069" in flags[4]
    tips = column(mass, MassOrderModel.SAME_LINK, Qt.ItemDataRole.ToolTipRole)
    assert "The same link as line 1" in tips[2]
    assert f"\u2068Alpha\u2069: order #{first.order_id}" in tips[4]
    assert "2 on a link already taken" in mass.summary_label.text()
    assert mass.place_button.text().replace("&", "") == "Place 5 orders"

    mass.on_place_clicked()  # asked, and "Back to the lines"
    assert len(asked) == 1
    assert "2 lines repeat the link of another line or of an order still in progress" in asked[0]
    assert "Flagged lines: 2, 4." in asked[0]
    assert beta_panel.received["add"] == 0

    with qtbot.waitSignal(mass.sig_orders_placed, timeout=20_000):
        mass.on_place_clicked()  # "Leave them out"
    assert beta_panel.received["add"] == 3
    sent = [params["link"] for action, params in beta_panel.requests if action == "add"]
    assert sorted(sent) == [
        "https://instagram.com/p/mass1",
        "https://instagram.com/p/mass1",
        "https://instagram.com/p/mass2",
    ]
    results = column(mass, MassOrderModel.RESULT, Qt.ItemDataRole.DisplayRole)
    assert "Not sent" in results[2]
    assert "Not sent" in results[4]


def test_a_mass_order_places_flagged_lines_only_when_told_to(
    qtbot: QtBot,
    alpha: PanelSession,
    mass: MassOrderDialog,
    beta_panel: SandboxPanel,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order_on(qtbot, alpha, FOLLOWERS, POST)
    options: list[tuple[str, ...]] = []

    def choose(*args: object) -> int:
        options.append((*args[4], args[5]))  # type: ignore[misc]
        return 1  # "Place them too"

    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    mass.text_edit.setPlainText(MASS_LINES)
    assert mass.check()
    with qtbot.waitSignal(mass.sig_orders_placed, timeout=20_000):
        mass.on_place_clicked()
    assert options == [("Leave them out", "Place them too", "Back to the lines")]
    assert beta_panel.received["add"] == 5
    results = column(mass, MassOrderModel.RESULT, Qt.ItemDataRole.DisplayRole)
    assert all(text.startswith("✔ #") for text in results.values())


def test_an_order_placed_after_check_is_flagged_at_place(
    qtbot: QtBot,
    alpha: PanelSession,
    mass: MassOrderDialog,
    beta_panel: SandboxPanel,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The mass window stays open beside the main one: an order placed there on the same link
    after Check is found when Place is pressed, and the question is asked."""
    asked: list[object] = []
    monkeypatch.setattr(dialogs, "choose", lambda *a, **_k: asked.append(a) or None)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    mass.text_edit.setPlainText(f"{FOLLOWERS} | {POST} | 100")
    assert mass.check()
    assert not mass.flags  # nothing in progress on the link yet
    order_on(qtbot, alpha, FOLLOWERS, POST)  # meanwhile, a single order on the same post
    mass.on_place_clicked()
    assert asked, "the mass order did not ask before placing on a link taken since Check"
    assert beta_panel.received["add"] == 0  # "Back to the lines": nothing was sent
