"""The orders pane's actions against the real sandbox panel over loopback: refresh, cancel and
refill round trips, refill status, import by id through the dialog, and the money rule: a
refill or cancel goes out once, even when the answer is lost or the user clicks twice."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smmdesk.core.models import OrderStatus, Service
from smmdesk.core.order_actions import ActionOutcome
from smmdesk.core.order_import import ImportReport
from smmdesk.core.ordering import place_order
from smmdesk.core.store import LocalState
from smmdesk.gui.orders.banner import OrdersBanner
from smmdesk.gui.orders.columns import REFILL, STATUS
from smmdesk.gui.orders.import_dialog import ImportOrdersDialog
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import PANEL_WARNING, SandboxPanel
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS
from smmdesk.sandbox.catalog import shared_catalogue

DONE = 60 + 1800 + 1  # sandbox seconds after which an ordinary order is Completed


@pytest.fixture
def sandbox() -> Iterator[SandboxPanel]:
    # speed 0: orders move only when the test advances the clock
    with SandboxPanel(services=200, seed=5, balance=Decimal("1000"), speed=0.0) as panel:
        yield panel


@pytest.fixture
def session(qtbot: QtBot, gui_ctx: AppContext, sandbox: SandboxPanel) -> Iterator[PanelSession]:
    panel_id = gui_ctx.store.add_panel("Sandbox", sandbox.url, currency="USD")
    gui_ctx.panel_keys.store(panel_id, sandbox.api_key)
    session = PanelSession(gui_ctx, gui_ctx.store.get_panel(panel_id))
    session.open()
    qtbot.waitUntil(lambda: session.catalog is not None and session.balance is not None)
    yield session
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=5000)
    session.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every message box (kind, text, details) and every message shown in place in the orders
    pane's banner ("banner", text, detail); confirmations are answered yes."""
    boxes: list[tuple[str, str, str]] = []

    def box(kind: str) -> Any:
        def show(_parent: object, _title: str, text: str, details: str = "") -> None:
            boxes.append((kind, text, details))

        return show

    def confirm(_parent: object, _title: str, text: str, details: str = "", **_kw: str) -> bool:
        boxes.append(("confirm", text, details))
        return True

    banner_show = OrdersBanner.show_message

    def in_place(banner: OrdersBanner, text: str, detail: str = "", **kw: Any) -> None:
        boxes.append(("banner", text, detail))
        banner_show(banner, text, detail, **kw)

    monkeypatch.setattr(OrdersBanner, "show_message", in_place)

    monkeypatch.setattr(dialogs, "info", box("info"))
    monkeypatch.setattr(dialogs, "warning", box("warning"))
    monkeypatch.setattr(dialogs, "error", box("error"))
    monkeypatch.setattr(dialogs, "confirm", confirm)
    return boxes


def service(session: PanelSession, key: str) -> Service:
    assert session.catalog is not None
    found = session.catalog.by_id(IDS[key])
    assert found is not None
    return found


def place(session: PanelSession, key: str, link: str, quantity: int = 100) -> int:
    chosen = service(session, key)
    params = (
        {"link": link} if chosen.type == "Package" else {"link": link, "quantity": str(quantity)}
    )
    placement = place_order(
        session.ctx.store, session.client(), session.panel.id, chosen, params,
        cost=Decimal("0.09"), quantity=quantity,
    )  # fmt: skip
    assert placement.order_id is not None, placement.message
    return placement.local_id


def open_pane(qtbot: QtBot, ctx: AppContext, session: PanelSession) -> OrdersPane:
    pane = OrdersPane(ctx, lambda: session)
    qtbot.addWidget(pane)
    pane.resize(1200, 600)
    pane.show()
    qtbot.waitUntil(lambda: not pane.loading, timeout=10_000)
    return pane


def run(qtbot: QtBot, pane: OrdersPane, name: str) -> Any:
    """Trigger an action and wait until its outcome is shown; returns its result."""
    acts = pane.order_actions
    action = {
        "refresh": acts.act_refresh,
        "refill": acts.act_refill,
        "cancel": acts.act_cancel,
        "refill_status": acts.act_refill_status,
    }[name]
    assert action.isEnabled(), name
    with qtbot.waitSignal(acts.sig_finished, timeout=10_000) as finished:
        action.trigger()
    assert finished.args[0] == name
    return finished.args[1]


def status_text(pane: OrdersPane, local_id: int, column: int = STATUS) -> str:
    row = pane.model.row_of(local_id)
    assert row is not None
    return str(pane.model.index(row, column).data())


def test_refresh_now_updates_the_selected_rows(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel,
    shown: list[tuple[str, str, str]],
) -> None:  # fmt: skip
    ids = [place(session, "Default", f"https://instagram.com/p/r{n}") for n in range(3)]
    pane = open_pane(qtbot, gui_ctx, session)
    assert status_text(pane, ids[0]) == "◷ Awaiting status"
    sandbox.advance(DONE)
    pane.select_local_ids(ids[:2])
    changed = run(qtbot, pane, "refresh")
    assert sorted(changed) == sorted(ids[:2])
    assert status_text(pane, ids[0]) == "✔ Completed"
    assert status_text(pane, ids[2]) == "◷ Awaiting status"  # not selected, not asked
    (request,) = [p for a, p in sandbox.requests if a == "status"]
    assert sorted(request["orders"].split(",")) == sorted(
        str(gui_ctx.store.get_order(i).panel_order_id) for i in ids[:2]
    )
    assert shown == []


def test_cancel_a_pending_order_round_trip(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel,
    shown: list[tuple[str, str, str]],
) -> None:  # fmt: skip
    local_id = place(session, "Default", "https://instagram.com/p/cancel-me")
    pane = open_pane(qtbot, gui_ctx, session)
    pane.select_local_ids([local_id])
    run(qtbot, pane, "refresh")
    assert status_text(pane, local_id) == "◷ Pending"

    results = run(qtbot, pane, "cancel")

    assert [r.outcome for r in results] == [ActionOutcome.ACCEPTED]
    assert sandbox.received["cancel"] == 1
    assert shown[0][0] == "confirm"
    assert "cancel this order" in shown[0][1]
    assert shown[-1][0] == "banner"  # good news in place, not in a message box
    assert "Cancel requested" in shown[-1][1]
    assert pane.banner.isVisible()
    assert "Cancel requested" in pane.banner.text_label.text()
    # the action fetched the status once accepted: the row shows it without a reload
    assert status_text(pane, local_id) == "⊘ Canceled"
    assert not pane.order_actions.act_cancel.isEnabled()  # nothing left to cancel
    events = pane.detail.history
    history = [events.topLevelItem(i).text(1) for i in range(events.topLevelItemCount())]
    assert history.count("Cancel") == 2


def test_refill_round_trip_then_its_status_completes(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel,
    shown: list[tuple[str, str, str]],
) -> None:  # fmt: skip
    local_id = place(session, "Default", "https://instagram.com/p/refill-me")
    pane = open_pane(qtbot, gui_ctx, session)
    pane.select_local_ids([local_id])
    assert not pane.order_actions.act_refill_status.isEnabled()  # no refill yet
    sandbox.advance(DONE)
    run(qtbot, pane, "refresh")
    assert status_text(pane, local_id) == "✔ Completed"

    (result,) = run(qtbot, pane, "refill")

    assert result.outcome is ActionOutcome.ACCEPTED
    assert result.refill_id in sandbox.refills
    (refill,) = gui_ctx.store.list_refills(local_id)
    assert refill.state is LocalState.ACCEPTED
    assert refill.panel_refill_id == result.refill_id
    assert status_text(pane, local_id, REFILL) == "↻ Requested"
    assert shown[-1][0] == "banner"
    assert f"#{result.refill_id}" in shown[-1][1]

    run(qtbot, pane, "refill_status")
    assert status_text(pane, local_id, REFILL) == "◷ Pending"
    sandbox.advance(601)
    run(qtbot, pane, "refill_status")
    assert status_text(pane, local_id, REFILL) == "✔ Completed"
    assert gui_ctx.store.get_refill(refill.id).status is OrderStatus.COMPLETED
    assert sandbox.received["refill"] == 1


def test_the_panels_words_beside_an_order_or_refill_number_are_shown_as_placed(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel,
    shown: list[tuple[str, str, str]],
) -> None:  # fmt: skip
    """{"order": N, "error": "Low balance warning"} and the same beside a refill id: both
    exist on the panel; the detail pane and the refill message say so, with the words."""
    words = f"“\u2068{PANEL_WARNING}\u2069”"
    said = f"The panel also said: {words}."
    sandbox.faults.inject("warning_with_id", "add", times=1)
    local_id = place(session, "Default", "https://instagram.com/p/warned")
    pane = open_pane(qtbot, gui_ctx, session)
    pane.select_local_ids([local_id])
    detail = pane.detail
    number = gui_ctx.store.get_order(local_id).panel_order_id
    state_text = detail.state_label.text()
    assert f"Placed: the panel accepted it as order #{number}. {said}" in state_text
    assert detail.state_label.textFormat() is Qt.TextFormat.PlainText
    accepted = [
        detail.history.topLevelItem(i)
        for i in range(detail.history.topLevelItemCount())
        if detail.history.topLevelItem(i).text(1) == "Accepted"
    ]
    assert [item.text(2) for item in accepted] == [
        f"as order #{number} — the panel also said: {words}"
    ]

    sandbox.advance(DONE)
    run(qtbot, pane, "refresh")
    sandbox.faults.inject("warning_with_id", "refill", times=1)
    (result,) = run(qtbot, pane, "refill")

    assert result.outcome is ActionOutcome.ACCEPTED
    assert result.warning == PANEL_WARNING
    assert shown[-1] == (
        "banner",
        f"Refill requested: the panel's refill #{result.refill_id}. {said}",
        "",
    )
    assert status_text(pane, local_id, REFILL) == "↻ Requested"
    refill_events = [
        detail.history.topLevelItem(i).text(2)
        for i in range(detail.history.topLevelItemCount())
        if detail.history.topLevelItem(i).text(1) == "Refill"
    ]
    assert f"accepted, refill #{result.refill_id}, the panel also said: {words}" in refill_events
    assert sandbox.received["refill"] == 1


def test_refill_and_cancel_only_where_the_service_allows(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel,
    shown: list[tuple[str, str, str]],
) -> None:  # fmt: skip
    package = place(session, "Package", "https://instagram.com/p/pkg")  # neither
    default = place(session, "Default", "https://instagram.com/p/def")  # both
    pane = open_pane(qtbot, gui_ctx, session)
    acts = pane.order_actions
    pane.select_local_ids([package])
    assert not acts.act_refill.isEnabled()
    assert not acts.act_cancel.isEnabled()
    # with both selected, the request goes for the one that allows it; the other is explained
    pane.select_local_ids([package, default])
    assert acts.act_cancel.isEnabled()
    results = run(qtbot, pane, "cancel")
    outcome = {r.local_id: r.outcome for r in results}
    assert outcome == {package: ActionOutcome.SKIPPED, default: ActionOutcome.ACCEPTED}
    (request,) = [p for a, p in sandbox.requests if a == "cancel"]
    assert request["orders"] == str(gui_ctx.store.get_order(default).panel_order_id)
    assert shown[-1][0] == "warning"
    assert "1 accepted, 1 skipped" in shown[-1][1]
    assert "cannot be canceled" in shown[-1][2]


@pytest.mark.parametrize("action", ["refill", "cancel"])
def test_a_lost_answer_is_reported_unknown_and_never_resent(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel,
    shown: list[tuple[str, str, str]], action: str,
) -> None:  # fmt: skip
    local_id = place(session, "Default", f"https://instagram.com/p/lost-{action}")
    if action == "refill":
        sandbox.advance(DONE)
    pane = open_pane(qtbot, gui_ctx, session)
    pane.select_local_ids([local_id])
    run(qtbot, pane, "refresh")
    # no answer in time (the panel may still do it); a second click comes while it waits
    session.set_timeouts(5.0, 0.5)
    sandbox.faults.inject("latency", action, delay=1.5, times=5)
    trigger = getattr(pane.order_actions, f"act_{action}")
    with qtbot.waitSignal(pane.order_actions.sig_finished, timeout=10_000) as finished:
        trigger.trigger()
        assert not trigger.isEnabled()
        trigger.trigger()  # ignored: one request in flight at a time, and never a retry

    (result,) = finished.args[1]
    assert result.outcome is ActionOutcome.UNKNOWN
    assert sandbox.received[action] == 1
    kind, text, _details = shown[-1]
    assert kind == "warning"
    assert "Unconfirmed" in text
    assert "not sent again" in text
    if action == "refill":
        (refill,) = gui_ctx.store.list_refills(local_id)
        assert refill.state is LocalState.UNKNOWN
        assert status_text(pane, local_id, REFILL) == "⚠ Unconfirmed"
    # nothing was sent behind the user's back meanwhile
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0)
    assert sandbox.received[action] == 1


def test_import_by_id_through_the_dialog(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel,
    shown: list[tuple[str, str, str]],
) -> None:  # fmt: skip
    tracked = place(session, "Default", "https://instagram.com/p/tracked")
    tracked_id = gui_ctx.store.get_order(tracked).panel_order_id
    client = session.client()
    elsewhere = [
        client.add(
            IDS["Default"], {"link": f"https://instagram.com/p/web{n}", "quantity": "200"}
        ).order_id
        for n in range(2)
    ]
    pane = open_pane(qtbot, gui_ctx, session)
    assert pane.model.rowCount() == 1

    pane.order_actions.act_import.trigger()
    dialog = pane.order_actions.import_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.ids_edit.setPlainText(  # pasted, as users do
        f"{elsewhere[0]}, {elsewhere[1]}\n#{tracked_id} 99002 abc {elsewhere[0]}"
    )
    assert "3 order IDs" not in dialog.summary.text()
    assert "4 order IDs" in dialog.summary.text()
    assert "abc" in dialog.summary.text()
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    report = imported.args[0]
    assert isinstance(report, ImportReport)
    assert [o for o, _ in report.imported] == elsewhere
    assert [o for o, _ in report.known] == [tracked_id]
    assert report.not_found == ((99002, "Incorrect order ID"),)
    assert report.duplicates == (elsewhere[0],)
    text = dialog.result_view.toPlainText()
    assert f"Imported and now tracked: #{elsewhere[0]}, #{elsewhere[1]}" in text
    assert f"Already tracked, not added again: #{tracked_id}" in text
    assert "#99002 was not added: the panel answered “\u2068Incorrect order ID\u2069”." in text
    assert "Not order IDs, ignored: \u2068abc\u2069" in text
    # the imported orders are in the table with their status; the unknown id is not stored
    assert pane.model.rowCount() == 3
    for _order_id, local_id in report.imported:
        assert status_text(pane, local_id) == "◷ Pending"
    assert gui_ctx.store.find_order(session.panel.id, 99002) is None
    dialog.close()


def test_the_import_report_names_the_ids_the_panel_left_out(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession
) -> None:
    dialog = ImportOrdersDialog(gui_ctx, session)
    qtbot.addWidget(dialog)
    report = ImportReport(not_found=((41, "Incorrect order ID"),), not_mentioned=(42,))
    assert dialog.report_text(report).splitlines() == [
        "#41 was not added: the panel answered “\u2068Incorrect order ID\u2069”.",
        "#42 was not added: the panel's answer did not mention it.",
    ]


def unstated_default(*, allowed: bool) -> int:
    """A Default service of this file's sandbox catalogue served without refill and cancel
    fields, which the sandbox does (``allowed``) or does not refill and cancel."""
    catalogue = shared_catalogue(200, 5)
    for served in catalogue.services:
        entry = catalogue.entries[int(served["service"])]
        if (
            entry.kind == "Default"
            and "refill" not in served
            and "cancel" not in served
            and entry.refill is allowed
            and entry.cancel is allowed
        ):
            return entry.id
    raise AssertionError("the sandbox catalogue has no such service")


def place_service(session: PanelSession, service_id: int, link: str) -> int:
    assert session.catalog is not None
    chosen = session.catalog.by_id(service_id)
    assert chosen is not None
    placement = place_order(
        session.ctx.store, session.client(), session.panel.id, chosen,
        {"link": link, "quantity": str(chosen.order_min)},
        cost=Decimal("0.09"), quantity=chosen.order_min,
    )  # fmt: skip
    assert placement.order_id is not None, placement.message
    return placement.local_id


@pytest.mark.parametrize("allowed", [True, False])
def test_unstated_refill_and_cancel_stay_available_and_the_panel_decides(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel,
    shown: list[tuple[str, str, str]], allowed: bool,
) -> None:  # fmt: skip
    service_id = unstated_default(allowed=allowed)
    assert session.catalog is not None
    listed = session.catalog.by_id(service_id)
    assert listed is not None
    assert listed.refill is None
    assert listed.cancel is None
    done = place_service(session, service_id, "https://instagram.com/p/unstated-done")
    sandbox.advance(DONE)
    pending = place_service(session, service_id, "https://instagram.com/p/unstated-pending")
    pane = open_pane(qtbot, gui_ctx, session)
    acts = pane.order_actions

    pane.select_local_ids([done])
    run(qtbot, pane, "refresh")
    assert status_text(pane, done) == "✔ Completed"
    assert acts.act_refill.isEnabled()  # not "the service list says so": it says nothing
    (refill,) = run(qtbot, pane, "refill")

    pane.select_local_ids([pending])
    assert acts.act_cancel.isEnabled()
    (cancel,) = run(qtbot, pane, "cancel")

    assert sandbox.received["refill"] == 1
    assert sandbox.received["cancel"] == 1
    if allowed:
        assert refill.outcome is ActionOutcome.ACCEPTED
        assert refill.refill_id in sandbox.refills
        assert cancel.outcome is ActionOutcome.ACCEPTED
    else:  # the panel's own answer is what the user reads
        assert refill.outcome is ActionOutcome.REJECTED
        assert cancel.outcome is ActionOutcome.REJECTED
        texts = [text for kind, text, _details in shown if kind == "warning"]
        assert (
            "The panel refused the refill: “\u2068Refill is disabled for this service\u2069”."
            in texts
        )
        assert (
            "The panel refused to cancel it: “\u2068Cancel is disabled for this service\u2069”."
            in texts
        )
        # the order's history words the refusal from its recorded fields
        history = pane.detail.history
        assert pane.detail.record is not None
        assert pane.detail.record.local_id == pending
        cancels = [
            history.topLevelItem(i).text(2)
            for i in range(history.topLevelItemCount())
            if history.topLevelItem(i).text(1) == "Cancel"
        ]
        assert cancels == [
            "request sent",
            "refused: “\u2068Cancel is disabled for this service\u2069”",
        ]


def test_an_explicit_no_refill_still_disables_refill_with_its_explanation(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel,
    shown: list[tuple[str, str, str]],
) -> None:  # fmt: skip
    no_refill = place(session, "Default no refill", "https://instagram.com/p/no-refill")
    unstated = place_service(
        session, unstated_default(allowed=True), "https://instagram.com/p/unstated"
    )
    sandbox.advance(DONE)
    pane = open_pane(qtbot, gui_ctx, session)
    acts = pane.order_actions
    pane.select_local_ids([no_refill, unstated])
    run(qtbot, pane, "refresh")
    pane.select_local_ids([no_refill])
    assert service(session, "Default no refill").refill is False
    assert not acts.act_refill.isEnabled()

    pane.select_local_ids([no_refill, unstated])
    results = run(qtbot, pane, "refill")
    outcome = {r.local_id: r.outcome for r in results}
    assert outcome == {no_refill: ActionOutcome.SKIPPED, unstated: ActionOutcome.ACCEPTED}
    assert "does not offer refills (the panel's service list says so)" in shown[-1][2]
    (request,) = [p for a, p in sandbox.requests if a == "refill"]
    assert request == {
        "action": "refill",
        "order": str(gui_ctx.store.get_order(unstated).panel_order_id),
    }
