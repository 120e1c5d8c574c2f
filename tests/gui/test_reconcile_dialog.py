"""Settling an unconfirmed order: the dialog shows what was sent and the balance evidence and
records the user's decision (checked with the panel); the form offers it after a lost answer."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from smmdesk.core.client import PanelClient
from smmdesk.core.models import Service
from smmdesk.core.ordering import Placement, PlacementState, place_order
from smmdesk.core.store import LocalState
from smmdesk.gui.ordering.confirm import OrderConfirmDialog
from smmdesk.gui.ordering.form import OrderForm
from smmdesk.gui.ordering.reconcile import ReconcileDialog
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS
from smmdesk.sandbox import SandboxPanel

START_BALANCE = Decimal("1000")


@pytest.fixture
def session(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> Iterator[PanelSession]:
    panel_id = gui_ctx.store.add_panel("Sandbox", sandbox_panel.url, currency="USD")
    gui_ctx.panel_keys.store(panel_id, sandbox_panel.api_key)
    session = PanelSession(gui_ctx, gui_ctx.store.get_panel(panel_id))
    yield session
    # let the balance refresh that follows a placement finish while the panel still answers
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=5000)
    session.close()


@pytest.fixture
def premium(session: PanelSession) -> Service:
    """3960 per 1000: one unit costs 3.96, plenty to show in the balance."""
    service = next(s for s in session.client().services() if s.id == IDS["Default premium"])
    return service


@pytest.fixture
def confirms(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def confirm(
        _parent: object, title: str, text: str, details: str = "", ok_text: str = "", **_kw: str
    ) -> bool:
        shown.append(f"{title}\n{text}\n[{ok_text}]")
        return True

    def ask(dialog: QDialog) -> bool:  # the order confirmation, built for real
        assert isinstance(dialog, OrderConfirmDialog)
        shown.append(dialog.summary_text())
        if dialog.same_link_check is not None:
            dialog.same_link_check.setChecked(True)  # the second yes the same-link guard asks
        dialog.place_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask", ask)
    return shown


def unknown_order(
    session: PanelSession, sandbox: SandboxPanel, service: Service, fault: str
) -> Placement:
    """Send one order whose answer is lost (``fault`` decides whether the panel processed it)."""
    sandbox.faults.inject(fault, "add", times=1)
    placement = place_order(
        session.ctx.store,
        session.client(),
        session.panel.id,
        service,
        {"link": "https://x.com/someone", "quantity": "2"},
        cost=Decimal("7.92"),
        quantity=2,
        balance_before=START_BALANCE,
    )
    assert placement.state is PlacementState.UNKNOWN
    return placement


def open_dialog(qtbot: QtBot, session: PanelSession, local_id: int) -> ReconcileDialog:
    dialog = ReconcileDialog(session, local_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.hint is not None, timeout=5000)
    return dialog


def test_placed_order_is_confirmed_with_the_panel(
    qtbot: QtBot, session: PanelSession, sandbox_panel: SandboxPanel, premium: Service
) -> None:
    placement = unknown_order(session, sandbox_panel, premium, "drop_after")
    (order_id,) = sandbox_panel.orders  # the panel did place it
    dialog = open_dialog(qtbot, session, placement.local_id)
    assert dialog.verdict_label.text() == "The balance suggests it WAS placed."
    assert "USD\xa01,000.00" in dialog.balances_label.text()
    assert "USD\xa0992.08" in dialog.balances_label.text()
    assert "link=https://x.com/someone" in dialog.sent_text.toPlainText()
    assert "quantity=2" in dialog.sent_text.toPlainText()
    assert "#23" in dialog.service_label.text()
    assert dialog.problem_label.text()
    assert not dialog.placed_button.isEnabled()  # no id typed yet

    qtbot.keyClicks(dialog.order_id_edit, str(order_id))
    with qtbot.waitSignal(dialog.sig_resolved, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.placed_button, Qt.MouseButton.LeftButton)
    record = session.ctx.store.get_order(placement.local_id)
    assert record.state is LocalState.ACCEPTED
    assert record.panel_order_id == order_id
    assert blocker.args[0].panel_order_id == order_id
    assert dialog.result() == dialog.DialogCode.Accepted
    assert sandbox_panel.received["add"] == 1  # checking never re-sends the order


def test_an_id_the_panel_does_not_know_is_refused(
    qtbot: QtBot, session: PanelSession, sandbox_panel: SandboxPanel, premium: Service
) -> None:
    placement = unknown_order(session, sandbox_panel, premium, "drop_after")
    dialog = open_dialog(qtbot, session, placement.local_id)
    qtbot.keyClicks(dialog.order_id_edit, "999999")
    qtbot.mouseClick(dialog.placed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not confirm order #999999" in dialog.message_label.text())
    assert dialog.isVisible()
    assert session.ctx.store.get_order(placement.local_id).state is LocalState.UNKNOWN
    assert dialog.placed_button.isEnabled()  # the user can correct the number


def test_a_number_another_order_holds_is_refused_and_named(
    qtbot: QtBot, session: PanelSession, sandbox_panel: SandboxPanel, premium: Service
) -> None:
    earlier = place_order(
        session.ctx.store,
        session.client(),
        session.panel.id,
        premium,
        {"link": "https://x.com/earlier", "quantity": "2"},
        cost=Decimal("7.92"),
        quantity=2,
    )
    assert earlier.state is PlacementState.ACCEPTED
    assert earlier.order_id is not None
    placement = unknown_order(session, sandbox_panel, premium, "drop_after")
    dialog = open_dialog(qtbot, session, placement.local_id)
    qtbot.keyClicks(dialog.order_id_edit, str(earlier.order_id))
    qtbot.mouseClick(dialog.placed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already recorded" in dialog.message_label.text(), timeout=5000)
    assert dialog.message_label.text() == (
        f"Order #{earlier.order_id} of this panel is already recorded as local order "
        f"{earlier.local_id}; check the number."
    )
    assert session.ctx.store.get_order(placement.local_id).state is LocalState.UNKNOWN
    assert dialog.isVisible()
    assert dialog.placed_button.isEnabled()


def test_not_placed_when_the_balance_did_not_move(
    qtbot: QtBot,
    session: PanelSession,
    sandbox_panel: SandboxPanel,
    premium: Service,
    confirms: list[str],
) -> None:
    placement = unknown_order(session, sandbox_panel, premium, "reset")
    assert sandbox_panel.orders == {}
    dialog = open_dialog(qtbot, session, placement.local_id)
    assert dialog.verdict_label.text() == "The balance suggests it was NOT placed."
    with qtbot.waitSignal(dialog.sig_resolved, timeout=5000):
        qtbot.mouseClick(dialog.not_placed_button, Qt.MouseButton.LeftButton)
    assert confirms == []  # agreeing with the evidence needs no second question
    state = session.ctx.store.get_order(placement.local_id).state
    assert state is LocalState.NOT_PLACED


def test_not_placed_against_the_evidence_asks_first(
    qtbot: QtBot,
    session: PanelSession,
    sandbox_panel: SandboxPanel,
    premium: Service,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    placement = unknown_order(session, sandbox_panel, premium, "drop_after")
    dialog = open_dialog(qtbot, session, placement.local_id)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: asked.append(a[2]) or False)
    qtbot.mouseClick(dialog.not_placed_button, Qt.MouseButton.LeftButton)
    assert asked
    assert "suggests this order WAS placed" in asked[0]
    assert session.ctx.store.get_order(placement.local_id).state is LocalState.UNKNOWN


def test_decide_later_changes_nothing(
    qtbot: QtBot, session: PanelSession, sandbox_panel: SandboxPanel, premium: Service
) -> None:
    placement = unknown_order(session, sandbox_panel, premium, "drop_after")
    dialog = open_dialog(qtbot, session, placement.local_id)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert session.ctx.store.get_order(placement.local_id).state is LocalState.UNKNOWN


def test_unreachable_panel_offers_to_record_the_id_unchecked(
    qtbot: QtBot,
    session: PanelSession,
    sandbox_panel: SandboxPanel,
    premium: Service,
    confirms: list[str],
) -> None:
    placement = unknown_order(session, sandbox_panel, premium, "drop_after")
    (order_id,) = sandbox_panel.orders
    dialog = open_dialog(qtbot, session, placement.local_id)
    key = session.ctx.panel_keys.key(session.panel.id) or ""
    session._client = PanelClient(sandbox_panel.url, key, max_retries=0)  # fail fast
    sandbox_panel.stop()
    qtbot.keyClicks(dialog.order_id_edit, str(order_id))
    with qtbot.waitSignal(dialog.sig_resolved, timeout=10000):
        qtbot.mouseClick(dialog.placed_button, Qt.MouseButton.LeftButton)
    assert "Record it as placed without checking?" in confirms[0]
    record = session.ctx.store.get_order(placement.local_id)
    assert record.state is LocalState.ACCEPTED
    assert record.panel_order_id == order_id


def test_settled_order_cannot_be_settled_again(
    qtbot: QtBot, session: PanelSession, sandbox_panel: SandboxPanel, premium: Service
) -> None:
    placement = unknown_order(session, sandbox_panel, premium, "reset")
    session.ctx.store.resolve_unknown(placement.local_id, None)
    dialog = ReconcileDialog(session, placement.local_id)
    qtbot.addWidget(dialog)
    assert "already settled" in dialog.verdict_label.text()
    assert not dialog.placed_button.isEnabled()
    assert not dialog.not_placed_button.isEnabled()


def test_form_reconcile_button_settles_and_lifts_the_guard(
    qtbot: QtBot,
    session: PanelSession,
    sandbox_panel: SandboxPanel,
    premium: Service,
    confirms: list[str],
) -> None:
    form = OrderForm(lambda: session)
    qtbot.addWidget(form)
    form.set_service(premium, "USD")
    form.set_balance(session.client().balance())
    form.show()
    for name, text in (("link", "https://x.com/lost"), ("quantity", "2")):
        widget = form.field_widgets[name]
        assert isinstance(widget, QLineEdit)
        qtbot.keyClicks(widget, text)
    qtbot.waitUntil(lambda: form.place_button.isEnabled(), timeout=2000)
    sandbox_panel.faults.inject("drop_after", "add", times=1)
    with qtbot.waitSignal(form.sig_order_placed, timeout=5000):
        qtbot.mouseClick(form.place_button, Qt.MouseButton.LeftButton)
    assert form.status_label.text() == "Outcome unknown — check before retrying"

    qtbot.mouseClick(form.reconcile_button, Qt.MouseButton.LeftButton)
    dialog = form.findChild(ReconcileDialog)
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.hint is not None, timeout=5000)
    assert dialog.verdict_label.text() == "The balance suggests it WAS placed."
    (order_id,) = sandbox_panel.orders
    qtbot.keyClicks(dialog.order_id_edit, str(order_id))
    with qtbot.waitSignal(form.sig_order_reconciled, timeout=5000):
        qtbot.mouseClick(dialog.placed_button, Qt.MouseButton.LeftButton)
    assert form.status_label.text() == f"Settled: the order was placed as order #{order_id}."
    assert form.reconcile_button.isHidden()

    # settled: the next order is confirmed normally, without the unknown-outcome warning
    before = len(confirms)
    with qtbot.waitSignal(form.sig_order_placed, timeout=5000):
        form.place()
    assert "outcome is unknown" not in confirms[before]
    # the settled order is in progress on the same link: the same-link guard names it
    assert f": order #{order_id} — " in confirms[before]
    assert sandbox_panel.received["add"] == 2
