"""Routine outcomes in place, decisions in words, against the sandbox over loopback: the cancel
question names its buttons by what they do, an accepted refill or cancel is a banner above the
orders (no message box), and an export opens in Documents, says where the file went with an
"Open folder" button, and writes a CSV Excel reads (BOM, Arabic, panel names, drip-feed runs
and interval, the last status change)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from smmdesk.core.models import OrderStatus
from smmdesk.core.ordering import place_order
from smmdesk.gui.orders import actions as actions_module
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.quit_guard import confirm_quit
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.runtime.spending import InFlight, SpendKind
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS
from smmdesk.sandbox import SandboxPanel

PANEL_NAME = "لوحة الموزع Reseller"


@pytest.fixture
def sandbox() -> Iterator[SandboxPanel]:
    with SandboxPanel(services=200, seed=5, balance=Decimal("1000"), speed=0.0) as panel:
        yield panel


@pytest.fixture
def session(qtbot: QtBot, gui_ctx: AppContext, sandbox: SandboxPanel) -> Iterator[PanelSession]:
    panel_id = gui_ctx.store.add_panel(PANEL_NAME, sandbox.url, currency="USD")
    gui_ctx.panel_keys.store(panel_id, sandbox.api_key)
    session = PanelSession(gui_ctx, gui_ctx.store.get_panel(panel_id))
    session.open()
    qtbot.waitUntil(lambda: session.catalog is not None and session.balance is not None)
    yield session
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=5000)
    session.close()


class Boxes:
    """Every message box built for real: its texts, button texts and default button; the
    button to press is scripted by its text (default: the affirmative one)."""

    def __init__(self) -> None:
        self.seen: list[dict[str, object]] = []
        self.press = ""

    def run(self, box: QMessageBox) -> int:
        # a button's words as the user reads them (without the & of its Alt letter)
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        default = box.defaultButton()
        self.seen.append(
            {
                "icon": box.icon(),
                "texts": [label.text() for label in box.findChildren(QLabel) if label.text()],
                "buttons": sorted(buttons),
                "default": default.text().replace("&", "") if default is not None else "",
                "escape": (
                    box.escapeButton().text().replace("&", "")
                    if box.escapeButton() is not None
                    else ""
                ),
            }
        )
        if self.press:
            buttons[self.press].click()
        else:
            for button in box.buttons():
                if box.buttonRole(button) is QMessageBox.ButtonRole.AcceptRole:
                    button.click()
                    break
        return box.result()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.run(box))
    return recorder


def place(session: PanelSession, key: str, link: str, **extra: str) -> int:
    assert session.catalog is not None
    chosen = session.catalog.by_id(IDS[key])
    assert chosen is not None
    params = {"link": link, "quantity": "100", **extra}
    runs = int(extra.get("runs", "1"))
    placement = place_order(
        session.ctx.store, session.client(), session.panel.id, chosen, params,
        cost=chosen.rate * 100 * runs / 1000, quantity=100,
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


def refresh(qtbot: QtBot, pane: OrdersPane) -> None:
    with qtbot.waitSignal(pane.order_actions.sig_finished, timeout=10_000):
        pane.order_actions.act_refresh.trigger()


def test_the_cancel_question_names_its_buttons_by_what_they_do(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel, boxes: Boxes
) -> None:
    local_id = place(session, "Default", "https://instagram.com/p/keep-me")
    pane = open_pane(qtbot, gui_ctx, session)
    pane.select_local_ids([local_id])
    refresh(qtbot, pane)

    boxes.press = "Keep the order"
    pane.order_actions.act_cancel.trigger()
    (question,) = boxes.seen
    assert question["buttons"] == ["Ask the panel to cancel", "Keep the order"]
    assert "Cancel" not in question["buttons"]
    assert question["default"] == "Keep the order"  # Enter keeps the order
    assert question["escape"] == "Keep the order"
    assert "Ask the panel to cancel this order?" in question["texts"]
    qtbot.wait(50)
    assert sandbox.received["cancel"] == 0  # kept: nothing was sent

    # the accepted cancel is shown in place: no message box after the question
    boxes.press = "Ask the panel to cancel"
    with qtbot.waitSignal(pane.order_actions.sig_finished, timeout=10_000):
        pane.order_actions.act_cancel.trigger()
    assert sandbox.received["cancel"] == 1
    assert len(boxes.seen) == 2
    assert pane.banner.isVisible()
    assert pane.banner.text_label.text().startswith("Cancel requested")
    assert not pane.banner.action_button.isVisible()
    pane.banner.close_button.click()
    assert not pane.banner.isVisible()


def test_several_orders_keep_the_orders(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel, boxes: Boxes
) -> None:
    ids = [place(session, "Default", f"https://instagram.com/p/many{n}") for n in range(2)]
    pane = open_pane(qtbot, gui_ctx, session)
    pane.select_local_ids(ids)
    refresh(qtbot, pane)
    boxes.press = "Keep the orders"
    pane.order_actions.act_cancel.trigger()
    (question,) = boxes.seen
    assert question["buttons"] == ["Ask the panel to cancel", "Keep the orders"]
    assert question["default"] == "Keep the orders"
    assert sandbox.received["cancel"] == 0


def test_an_accepted_refill_is_a_banner_and_a_refused_one_a_warning(
    qtbot: QtBot, gui_ctx: AppContext, session: PanelSession, sandbox: SandboxPanel, boxes: Boxes
) -> None:
    local_id = place(session, "Default", "https://instagram.com/p/refill-me")
    pane = open_pane(qtbot, gui_ctx, session)
    pane.select_local_ids([local_id])
    sandbox.advance(60 + 1800 + 1)
    refresh(qtbot, pane)
    with qtbot.waitSignal(pane.order_actions.sig_finished, timeout=10_000):
        pane.order_actions.act_refill.trigger()
    assert sandbox.received["refill"] == 1
    assert boxes.seen == []  # good news does not stop the user
    assert pane.banner.isVisible()
    assert pane.banner.text_label.text().startswith("Refill requested")

    # the same refill again: the panel refuses it, and a refusal is read in a message box
    with qtbot.waitSignal(pane.order_actions.sig_finished, timeout=10_000):
        pane.order_actions.act_refill.trigger()
    assert len(boxes.seen) == 1
    assert boxes.seen[0]["icon"] == QMessageBox.Icon.Warning


def test_export_opens_in_documents_says_where_and_writes_what_excel_reads(
    qtbot: QtBot,
    gui_ctx: AppContext,
    session: PanelSession,
    sandbox: SandboxPanel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drip = place(
        session, "Default dripfeed", "https://instagram.com/p/drip", runs="4", interval="30"
    )
    plain = place(session, "Default", "https://instagram.com/p/مرحبا")
    pane = open_pane(qtbot, gui_ctx, session)
    pane.select_local_ids([drip, plain])
    refresh(qtbot, pane)  # the first status: a change in each order's history
    asked: list[str] = []
    target = tmp_path / "exports" / "طلبات"
    target.parent.mkdir()
    monkeypatch.setattr(
        dialogs, "save_file", lambda _p, _t, suggested, _f: asked.append(suggested) or str(target)
    )
    opened: list[QUrl] = []
    monkeypatch.setattr(actions_module, "open_url", lambda url: opened.append(url) or True)

    with qtbot.waitSignal(pane.order_actions.sig_finished, timeout=10_000) as finished:
        pane.order_actions.act_export_selection.trigger()
    written = Path(finished.args[1])
    assert written == target.with_name("طلبات.csv")

    # the save dialog opened in the user's Documents folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]).parent == Path(documents)
    # the banner says where the file went, and opens its folder
    assert pane.banner.isVisible()
    assert pane.banner.text_label.text() == f"Exported 2 orders to \u2066{written}\u2069"
    assert pane.banner.action_button.text() == "Open folder"
    pane.banner.action_button.click()
    assert opened == [QUrl.fromLocalFile(str(written.parent))]

    # the bytes: a BOM, then UTF-8 with the Arabic intact
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert PANEL_NAME.encode() in raw
    assert "https://instagram.com/p/مرحبا".encode() in raw
    rows = {
        r["local_id"]: r for r in csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    }
    assert {r["panel"] for r in rows.values()} == {PANEL_NAME}  # names, not ids
    assert (rows[str(drip)]["runs"], rows[str(drip)]["interval"]) == ("4", "30")
    assert (rows[str(plain)]["runs"], rows[str(plain)]["interval"]) == ("", "")
    for local_id in (drip, plain):
        events = [e for e in gui_ctx.store.events(local_id) if e.kind == "status"]
        assert rows[str(local_id)]["status_changed_at"] == events[-1].at.isoformat(
            timespec="seconds"
        )
        assert rows[str(local_id)]["status_changed_to"] == OrderStatus.PENDING.value

    # the next export opens where this one went
    with qtbot.waitSignal(pane.order_actions.sig_finished, timeout=10_000):
        pane.order_actions.act_export_selection.trigger()
    assert Path(asked[1]).parent == target.parent


@pytest.mark.parametrize(
    "items",
    [[InFlight(SpendKind.ORDER)], [InFlight(SpendKind.REFILL), InFlight(SpendKind.CANCEL)]],
)
def test_the_quit_question_says_what_staying_does(
    qtbot: QtBot, boxes: Boxes, items: list[InFlight]
) -> None:
    boxes.press = "Keep SMMDesk open"
    assert not confirm_quit(None, items)
    (question,) = boxes.seen
    assert question["buttons"] == ["Keep SMMDesk open", "Quit anyway"]
    assert question["default"] == "Keep SMMDesk open"
