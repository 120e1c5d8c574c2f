"""Quitting asks first whatever is spending: a single order, a mass-order run, a refill or a
cancel request; declining keeps the app running and the work finishing. Every way to quit goes
through the same question."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smmdesk.core.ordering import place_order
from smmdesk.gui.app import on_commit_data
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.quit_guard import in_flight_text
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.spending import InFlight, SpendKind
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS
from smmdesk.sandbox import SandboxPanel

WAIT_MS = 20_000


class Asked:
    """Stands in for dialogs.confirm: records each question, answers from a script (yes when
    the script is empty)."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.answers: list[bool] = []

    def __call__(
        self,
        _parent: object,
        title: str,
        text: str,
        details: str = "",
        ok_text: str = "",
        **_kw: str,
    ) -> bool:
        self.questions.append(f"{title}\n{text}\n{details}")
        return self.answers.pop(0) if self.answers else True

    def quit_questions(self) -> list[str]:
        return [q for q in self.questions if "waiting for the panel's answer" in q]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    recorder = Asked()
    monkeypatch.setattr(dialogs, "confirm", recorder)
    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(dialogs, kind, lambda *args, **kw: None)
    return recorder


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel) -> Iterator[MainWindow]:
    panel_id = gui_ctx.store.add_panel("Sandbox", sandbox_panel.url, currency="USD")
    gui_ctx.panel_keys.store(panel_id, sandbox_panel.api_key)
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(
        lambda: (
            win.session is not None
            and win.session.catalog is not None
            and win.session.balance is not None
        ),
        timeout=WAIT_MS,
    )
    yield win
    sandbox_panel.faults.clear()
    qtbot.waitUntil(lambda: len(gui_ctx.spending) == 0, timeout=WAIT_MS)
    win.shutdown()
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=WAIT_MS)


def test_nothing_in_flight_quits_without_a_question(window: MainWindow, asked: Asked) -> None:
    assert window.close()
    assert asked.questions == []


def test_a_mass_order_in_flight_asks_and_declining_lets_it_finish(
    qtbot: QtBot, window: MainWindow, sandbox_panel: SandboxPanel, asked: Asked
) -> None:
    sandbox_panel.faults.inject("latency", action="add", delay=0.4)
    dialog = window.open_mass_order()
    assert dialog is not None
    lines = [f"{IDS['Default']} | https://instagram.com/p/quit{n} | {100 + n}" for n in range(4)]
    dialog.text_edit.setPlainText("\n".join(lines))
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)  # confirmed: yes
    spending = window.ctx.spending
    qtbot.waitUntil(
        lambda: any((item.sent or 0) >= 1 for item in spending.in_flight()), timeout=WAIT_MS
    )

    asked.answers = [False]  # "Quit anyway?" no
    assert not window.close()
    (question,) = asked.quit_questions()
    assert question.startswith("Requests are being sent")
    assert "a mass order (" in question
    assert " of 4 sent)" in question
    assert window.isVisible()
    assert dialog.running

    with qtbot.waitSignal(dialog.sig_orders_placed, timeout=WAIT_MS):
        pass
    assert sandbox_panel.received["add"] == 4, "the run finished every line"
    assert len(spending) == 0
    assert window.close()
    assert len(asked.quit_questions()) == 1


def placed_order(window: MainWindow) -> int:
    session = window.session
    assert session is not None
    assert session.catalog is not None
    service = session.catalog.by_id(IDS["Default"])
    assert service is not None
    placement = place_order(
        session.ctx.store, session.client(), session.panel.id, service,
        {"link": "https://instagram.com/p/quit", "quantity": "100"},
        cost=Decimal("0.09"), quantity=100,
    )  # fmt: skip
    assert placement.order_id is not None
    window.orders_pane.apply_changes([placement.local_id])
    return placement.local_id


@pytest.mark.parametrize(
    ("action", "words"), [("refill", "a refill request"), ("cancel", "a cancel request")]
)
def test_a_refill_or_cancel_in_flight_asks_and_declining_lets_it_finish(
    qtbot: QtBot,
    window: MainWindow,
    sandbox_panel: SandboxPanel,
    asked: Asked,
    action: str,
    words: str,
) -> None:
    local_id = placed_order(window)
    pane = window.orders_pane
    qtbot.waitUntil(lambda: pane.model.row_of(local_id) is not None, timeout=WAIT_MS)
    pane.select_local_ids([local_id])
    acts = pane.order_actions
    trigger = acts.act_refill if action == "refill" else acts.act_cancel
    sandbox_panel.faults.inject("latency", action=action, times=1, delay=1.0)
    with qtbot.waitSignal(acts.sig_finished, timeout=WAIT_MS):
        trigger.trigger()  # the cancel confirmation is answered yes
        assert len(window.ctx.spending) == 1
        asked.answers = [False]
        assert not window.close()
        (question,) = asked.quit_questions()
        assert question.startswith("Requests are being sent")
        assert words in question
        assert window.isVisible()
    assert sandbox_panel.received[action] == 1
    assert len(window.ctx.spending) == 0
    assert window.close()
    assert len(asked.quit_questions()) == 1


def test_every_way_to_quit_asks_the_same_question(
    qtbot: QtBot, window: MainWindow, asked: Asked
) -> None:
    ticket = window.ctx.spending.enter(SpendKind.REFILL)
    try:
        asked.answers = [False, False, False]
        window.notifier.act_quit.trigger()  # the tray's Quit
        # the application's quit (QApplication.quit() in a running app, the macOS Dock...)
        QApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.Quit))
        window.act_quit.trigger()  # File → Quit / Ctrl+Q
        assert len(asked.quit_questions()) == 3
        assert window.isVisible()

        class SessionManager:  # the desktop session ending (log out)
            cancelled = False

            def allowsInteraction(self) -> bool:
                return True

            def release(self) -> None:
                pass

            def cancel(self) -> None:
                self.cancelled = True

        manager = SessionManager()
        asked.answers = [False]
        on_commit_data(window, manager)  # type: ignore[arg-type]
        assert manager.cancelled
        assert len(asked.quit_questions()) == 4
    finally:
        ticket.close()
    manager = SessionManager()
    on_commit_data(window, manager)  # type: ignore[arg-type]
    assert not manager.cancelled
    assert len(asked.quit_questions()) == 4


def test_the_question_says_what_is_in_flight() -> None:
    items: list[Any] = [
        InFlight(SpendKind.ORDER),
        InFlight(SpendKind.MASS_ORDER, total=40, sent=12),
        InFlight(SpendKind.REFILL),
        InFlight(SpendKind.CANCEL),
    ]
    assert in_flight_text(items) == (
        "an order, a mass order (12 of 40 sent), a refill request, a cancel request"
    )
