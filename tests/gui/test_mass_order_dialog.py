"""The mass-order dialog against the real sandbox over loopback: 50 pasted lines with 5 bad ones
send exactly 45 orders, Cancel and closing stop after the line being sent, the rest can be sent
later (never twice), a total over the balance disables Place, an interrupted run is recovered."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.store import LocalState, StoreError
from smmdesk.gui.ordering.mass.dialog import MassOrderDialog
from smmdesk.gui.ordering.mass.model import MassOrderModel
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording import numbers
from smmdesk.sandbox import PANEL_WARNING, SandboxPanel
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS

DEFAULT = IDS["Default"]  # 0.90 per 1000, 50..10000


@pytest.fixture(autouse=True)
def _app_locale() -> Iterator[None]:
    """As the app does at start (i18n.install_translators): Qt's own numbers (%Ln counts)
    follow the formatting locale, so they match wording.numbers'."""
    QLocale.setDefault(numbers.widget_locale())
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def session(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> Iterator[PanelSession]:
    panel_id = gui_ctx.store.add_panel("Sandbox", sandbox_panel.url, currency="USD")
    gui_ctx.panel_keys.store(panel_id, sandbox_panel.api_key)
    session = PanelSession(gui_ctx, gui_ctx.store.get_panel(panel_id))
    session.open()
    qtbot.waitUntil(
        lambda: session.catalog is not None and session.balance is not None, timeout=10_000
    )
    yield session
    sandbox_panel.faults.clear()
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=10_000)
    session.close()


@pytest.fixture
def confirms(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered yes; what was asked is recorded."""
    asked: list[str] = []

    def confirm(
        _parent: object, title: str, text: str, details: str = "", ok_text: str = "", **_kw: str
    ) -> bool:
        asked.append(f"{title}\n{text}\n{details}\n[{ok_text}]")
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return asked


@pytest.fixture
def dialog(qtbot: QtBot, session: PanelSession) -> Iterator[MassOrderDialog]:
    made = MassOrderDialog(session)
    qtbot.addWidget(made)
    made.show()
    yield made
    if made.running:  # never leave a worker sending after the test
        made.request_stop()
        qtbot.waitUntil(lambda: not made.running, timeout=10_000)


def good_lines(count: int, tag: str = "p") -> list[str]:
    return [f"{DEFAULT} | https://instagram.com/{tag}/{i} | {50 + i}" for i in range(count)]


def mass_orders(ctx: AppContext, panel_id: int) -> list[object]:
    return list(ctx.store.list_orders(panel_id, source="mass"))


def result_texts(dialog: MassOrderDialog) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, MassOrderModel.RESULT)) for row in range(model.rowCount())]


def place_and_wait(qtbot: QtBot, dialog: MassOrderDialog) -> list[Placement]:
    with qtbot.waitSignal(dialog.sig_orders_placed, timeout=20_000) as finished:
        qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    placements: list[Placement] = finished.args[0]
    return placements


def test_fifty_lines_with_five_bad_ones_send_exactly_45_orders(
    qtbot: QtBot,
    dialog: MassOrderDialog,
    session: PanelSession,
    sandbox_panel: SandboxPanel,
    confirms: list[str],
) -> None:
    lines = good_lines(45)
    lines.insert(3, "99999 | https://instagram.com/p/nope | 100")  # unknown service
    lines.insert(10, f"{IDS['Custom Comments']} | https://instagram.com/p/c | 10")  # needs form
    lines.insert(20, f"{DEFAULT} | https://instagram.com/p/small | 10")  # under the minimum
    lines.insert(30, "just-one-field")  # not the format
    lines.insert(40, lines[0])  # duplicate of line 1
    assert len(lines) == 50
    dialog.text_edit.setPlainText("\n".join(lines))
    assert not dialog.place_button.isEnabled(), "nothing is placed before a check"
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)

    summary = dialog.summary_label.text()
    assert "45 valid lines" in summary
    assert "5 with problems" in summary
    total = sum((Decimal("0.90") * (50 + i) / 1000 for i in range(45)), Decimal(0))
    assert f"total {numbers.fmt_money(total, 'USD')}" in summary
    assert "balance USD\xa01,000.00" in summary
    assert dialog.place_button.text().replace("&", "") == "Place 45 orders"  # Alt mnemonic
    assert dialog.place_button.isEnabled()
    problems = {
        dialog.model.plan.lines[row].number: dialog.model.data(
            dialog.model.index(row, MassOrderModel.PROBLEM)
        )
        for row in range(dialog.model.rowCount())
        if dialog.model.plan.lines[row].problem
    }
    assert sorted(problems) == [4, 11, 21, 31, 41]
    assert "single-order form" in problems[11]
    assert "line 1" in problems[41]
    assert sandbox_panel.received["add"] == 0

    placements = place_and_wait(qtbot, dialog)

    assert "Place 45 orders" in confirms[0]
    assert "one at a time" in confirms[0]
    assert sandbox_panel.received["add"] == 45
    assert len(placements) == 45
    assert {p.state for p in placements} == {PlacementState.ACCEPTED}
    stored = session.ctx.store.list_orders(session.panel.id, source="mass")
    assert len(stored) == 45
    assert {o.state for o in stored} == {LocalState.ACCEPTED}
    assert {o.panel_order_id for o in stored} == set(sandbox_panel.orders)
    sent_links = [params["link"] for action, params in sandbox_panel.requests if action == "add"]
    assert len(set(sent_links)) == 45
    assert dialog.progress.value() == dialog.progress.maximum() == 45
    results = result_texts(dialog)
    assert sum(1 for text in results if text.startswith("✔ #")) == 45
    assert "Done: 45 placed" in dialog.summary_label.text()
    assert not dialog.place_button.isEnabled(), "a finished run cannot be sent again"
    # checking the same paste again flags every placed line: nothing can be sent twice
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert not dialog.place_button.isEnabled()
    codes = [line.code for line in dialog.model.plan.lines]
    assert codes.count("already_sent") == 46  # the 45 placed lines and the copy of line 1


def test_lines_placed_with_the_panels_warning_show_placed_with_its_words(
    qtbot: QtBot,
    dialog: MassOrderDialog,
    session: PanelSession,
    sandbox_panel: SandboxPanel,
    confirms: list[str],
) -> None:
    """Answers like {"order": N, "error": "Low balance warning"} are orders: the run counts
    them placed, goes on, and each line shows the number and the panel's words."""
    sandbox_panel.faults.inject("warning_with_id", "add", times=2)
    dialog.text_edit.setPlainText("\n".join(good_lines(3, "warned")))
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)

    placements = place_and_wait(qtbot, dialog)

    assert sandbox_panel.received["add"] == 3
    assert [p.state for p in placements] == [PlacementState.ACCEPTED] * 3
    assert [p.warning for p in placements] == [PANEL_WARNING, PANEL_WARNING, None]
    results = result_texts(dialog)
    for placement, text in zip(placements[:2], results[:2], strict=True):
        assert text == (
            f"✔ #{placement.order_id} — the panel also said: “\u2068{PANEL_WARNING}\u2069”"
        )
    assert results[2] == f"✔ #{placements[2].order_id}"
    tip = dialog.model.data(
        dialog.model.index(0, MassOrderModel.RESULT), Qt.ItemDataRole.ToolTipRole
    )
    assert "Placed: the panel accepted it" in tip
    assert PANEL_WARNING in tip
    assert "Done: 3 placed" in dialog.summary_label.text()
    stored = session.ctx.store.list_orders(session.panel.id, source="mass")
    assert {o.state for o in stored} == {LocalState.ACCEPTED}
    assert {o.panel_order_id for o in stored} == set(sandbox_panel.orders)


def test_cancel_stops_after_the_line_being_sent_and_the_rest_follow_later(
    qtbot: QtBot,
    dialog: MassOrderDialog,
    session: PanelSession,
    sandbox_panel: SandboxPanel,
    confirms: list[str],
) -> None:
    dialog.text_edit.setPlainText("\n".join(good_lines(10, tag="slowly")))
    assert dialog.check()
    sandbox_panel.faults.inject("latency", "add", delay=0.4)
    qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    assert not dialog.validate_button.isEnabled()
    assert dialog.text_edit.isReadOnly()
    qtbot.waitUntil(lambda: sandbox_panel.received["add"] == 1, timeout=5000)
    assert dialog.cancel_button.text().replace("&", "") == "Cancel"
    with qtbot.waitSignal(dialog.sig_orders_placed, timeout=10_000) as finished:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert not dialog.cancel_button.isEnabled()
    assert sandbox_panel.received["add"] == 1, "stops after the line being sent"
    assert [p.state for p in finished.args[0]] == [PlacementState.ACCEPTED]
    assert "Cancelled" in dialog.summary_label.text()
    assert "9 lines not sent" in (dialog.summary_label.text())
    results = result_texts(dialog)
    assert results[0].startswith("✔ #")
    assert results[1:] == ["⊘ Not sent"] * 9
    assert session.ctx.store.count_orders(session.panel.id, states=(LocalState.DRAFT,)) == 0
    assert dialog.place_button.text().replace("&", "") == "Place 9 remaining orders"

    sandbox_panel.faults.clear()
    placements = place_and_wait(qtbot, dialog)
    assert len(placements) == 9
    links = [params["link"] for action, params in sandbox_panel.requests if action == "add"]
    assert len(links) == len(set(links)) == 10, "every line sent exactly once"
    assert len(mass_orders(session.ctx, session.panel.id)) == 10


def test_closing_during_a_run_asks_then_stops_after_the_current_line(
    qtbot: QtBot,
    dialog: MassOrderDialog,
    sandbox_panel: SandboxPanel,
    confirms: list[str],
) -> None:
    dialog.text_edit.setPlainText("\n".join(good_lines(5, tag="closing")))
    assert dialog.check()
    sandbox_panel.faults.inject("latency", "add", delay=0.4)
    qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sandbox_panel.received["add"] == 1, timeout=5000)
    with qtbot.waitSignal(dialog.sig_orders_placed, timeout=10_000):
        dialog.close()
        assert dialog.isVisible(), "the window stays until the line being sent is done"
        assert "Stop the mass order?" in confirms[-1]
    assert not dialog.isVisible()
    assert sandbox_panel.received["add"] == 1


def test_a_total_over_the_balance_disables_place(
    qtbot: QtBot, dialog: MassOrderDialog, sandbox_panel: SandboxPanel
) -> None:
    expensive = IDS["Default expensive"]  # 95,200 per 1000: 100 units cost 9,520
    dialog.text_edit.setPlainText(
        f"{DEFAULT} | https://instagram.com/p/cheap | 100\n"
        f"{expensive} | https://instagram.com/p/dear | 100\n"
    )
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    summary = dialog.summary_label.text()
    assert "2 valid lines" in summary
    assert "USD\xa09,520.09" in summary
    assert "more than the balance" in summary
    assert "#b3261e" in dialog.summary_label.styleSheet()
    assert not dialog.place_button.isEnabled()
    # removing the expensive line makes it placeable
    dialog.text_edit.setPlainText(f"{DEFAULT} | https://instagram.com/p/cheap | 100\n")
    assert not dialog.place_button.isEnabled(), "an edited paste needs a new check"
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert dialog.place_button.isEnabled()
    assert dialog.summary_label.styleSheet() == ""
    assert sandbox_panel.received["add"] == 0


def test_lines_of_an_interrupted_run_are_offered_back(
    qtbot: QtBot, session: PanelSession, sandbox_panel: SandboxPanel
) -> None:
    store = session.ctx.store
    for i in range(2):  # what a run killed mid-way leaves on disk
        store.create_intent(
            panel_id=session.panel.id,
            service_id=DEFAULT,
            service_name="Followers",
            service_type="Default",
            params={"link": f"https://instagram.com/p/left{i}", "quantity": "500"},
            cost=Decimal("0.45"),
            quantity=500,
            source="mass",
            draft=True,
        )
    dialog = MassOrderDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recovery_frame.isVisible()
    assert "2 lines of an earlier mass order were never sent" in dialog.recovery_label.text()
    qtbot.mouseClick(dialog.load_drafts_button, Qt.MouseButton.LeftButton)
    assert not dialog.recovery_frame.isVisible()
    assert dialog.text_edit.toPlainText().splitlines() == [
        f"{DEFAULT} | https://instagram.com/p/left0 | 500",
        f"{DEFAULT} | https://instagram.com/p/left1 | 500",
    ]
    assert "2 valid lines" in dialog.summary_label.text()
    assert store.count_orders(session.panel.id, states=(LocalState.DRAFT,)) == 0
    assert sandbox_panel.received["add"] == 0
    # reopening does not offer them again
    again = MassOrderDialog(session)
    qtbot.addWidget(again)
    assert not again.recovery_frame.isVisibleTo(again)


def test_a_run_the_database_stops_says_so_in_words_and_sends_nothing(
    qtbot: QtBot,
    dialog: MassOrderDialog,
    session: PanelSession,
    sandbox_panel: SandboxPanel,
    confirms: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = session.ctx.store.path

    def failing_write(*_args: object, **_kwargs: object) -> int:
        raise StoreError(f"Cannot write to the database {path}: disk I/O error", path)

    monkeypatch.setattr(session.ctx.store, "create_intent", failing_write)
    errors: list[str] = []
    monkeypatch.setattr(
        dialogs, "error", lambda _parent, _title, text, *a, **k: errors.append(text)
    )
    dialog.text_edit.setPlainText("\n".join(good_lines(2)))
    assert dialog.check()
    place_and_wait(qtbot, dialog)
    said = (
        "The mass order stopped because of an error: SMMDesk could not read or write its "
        f"database \u2066{path}\u2069."
    )
    assert errors == [said]
    assert dialog.summary_label.text() == said
    assert "disk I/O error" not in said  # the technical detail is the log's, not the window's
    assert [text.endswith(" Not sent") for text in result_texts(dialog)] == [True, True]
    assert sandbox_panel.received["add"] == 0
    assert dialog.place_button.isEnabled()  # the lines can be placed later


def test_the_model_is_sound(qtmodeltester: ModelTester, dialog: MassOrderDialog) -> None:
    dialog.text_edit.setPlainText("\n".join([*good_lines(3), "x | y | z", "", "# note"]))
    assert dialog.check()
    qtmodeltester.check(dialog.model)


def test_right_to_left_layout_mirrors_the_buttons(
    qtbot: QtBot, session: PanelSession, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = MassOrderDialog(session)
        qtbot.addWidget(dialog)
        dialog.text_edit.setPlainText("\n".join([*good_lines(3), "x | y | z"]))
        dialog.show()
        assert dialog.check()
        qtbot.waitExposed(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # in right-to-left the buttons row reads from the right: Check at the right edge
        assert dialog.validate_button.x() > dialog.place_button.x() > dialog.cancel_button.x()
        assert not dialog.grab().isNull()
        assert dialog.grab().save(str(tmp_path / "mass-order-rtl.png"))
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
