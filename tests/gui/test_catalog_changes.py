"""The catalogue history in the window, over loopback: a sandbox panel changes its catalogue,
a refresh records the changes, the Changes window lists and filters them, watched services
raise one notification, and an order on a service whose id went to another service since the
user last ordered it is asked about first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from smmdesk.core.catalog_history import ReuseWarning
from smmdesk.core.changes import ChangeKind
from smmdesk.core.models import Service
from smmdesk.core.store import LocalState
from smmdesk.core.validate import validate_order
from smmdesk.gui.catalog import changes as changes_module
from smmdesk.gui.catalog.changes import COLUMNS, ChangesWindow
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.ordering.confirm import OrderConfirmDialog, OrderSummary
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording import numbers
from smmdesk.sandbox import SandboxPanel
from tests.gui.scenes import wait_for_panel


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def open_sandbox(qtbot: QtBot, window: MainWindow, sandbox: SandboxPanel, name: str) -> int:
    store = window.ctx.store
    panel_id = store.add_panel(name, sandbox.url, currency="USD")
    assert window.ctx.keys.set(f"panel-{panel_id}", sandbox.api_key)
    window.open_panel(store.get_panel(panel_id))
    wait_for_panel(qtbot, window)
    return panel_id


def change(sandbox: SandboxPanel, edits: dict[int, dict[str, Any]], drop: set[int]) -> None:
    services = [s for s in sandbox.services if int(s["service"]) not in drop]
    for entry in services:
        entry.update(edits.get(int(entry["service"]), {}))
    sandbox.set_services(services)


def refresh(qtbot: QtBot, window: MainWindow) -> tuple[int, tuple[Any, ...]]:
    assert window.session is not None
    with qtbot.waitSignal(window.session.sig_catalog_changes, timeout=15_000) as got:
        window.act_refresh.trigger()
    panel_id, changes = got.args
    return panel_id, changes


REUSED = {"name": "TikTok Views [Instant]", "category": "TikTok - Views"}


def test_a_refresh_records_changes_shown_and_filtered_in_the_changes_window(
    qtbot: QtBot,
    window: MainWindow,
    sandbox_panel: SandboxPanel,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel_id = open_sandbox(qtbot, window, sandbox_panel, "Sandbox")
    notices: list[tuple[str, str]] = []
    window.notifier.sig_notice.connect(lambda title, text: notices.append((title, text)))
    window.ctx.store.set_favourite(panel_id, 1, True)
    window.ctx.store.set_favourite(panel_id, 13, True)
    change(sandbox_panel, {1: {"rate": "1.80"}, 4: {"rate": "6.00"}, 17: REUSED}, drop={13})

    _, changes = refresh(qtbot, window)
    assert {(c.service_id, c.kind) for c in changes} == {
        (1, ChangeKind.RATE_UP),
        (4, ChangeKind.RATE_DOWN),
        (17, ChangeKind.ID_REUSED),
        (13, ChangeKind.REMOVED),
    }
    # one notification for the refresh, naming the favourite whose rate rose and the gone one
    assert len(notices) == 1
    title, text = notices[0]
    assert "2 watched services changed" in title
    assert "Rate up: #1" in text
    assert "No longer offered: #13" in text

    shown = window.open_changes()
    assert isinstance(shown, ChangesWindow)
    qtbot.waitExposed(shown)

    def column(name: str) -> list[str]:
        model = shown.model
        return [model.index(row, COLUMNS.index(name)).data() for row in range(model.rowCount())]

    assert sorted(column("kind")) == sorted(["Rate up", "Rate down", "Id reused", "Removed"])
    assert set(column("panel")) == {"Sandbox"}
    rate_up = column("kind").index("Rate up")
    assert (column("old")[rate_up], column("new")[rate_up]) == ("USD\xa00.90", "USD\xa01.80")
    reused = column("kind").index("Id reused")
    assert column("new")[reused].strip("\u2068\u2069") == REUSED["name"]

    shown.kind_filter.setCurrentIndex(shown.kind_filter.findData(ChangeKind.ID_REUSED.value))
    assert column("id") == ["17"]
    shown.kind_filter.setCurrentIndex(shown.kind_filter.findData("watch"))
    assert sorted(column("id")) == ["1", "13", "17"]
    shown.kind_filter.setCurrentIndex(0)
    shown.favourites_only.setChecked(True)
    assert sorted(column("id")) == ["1", "13"]
    shown.favourites_only.setChecked(False)
    # a long history shows its newest rows, and says so
    monkeypatch.setattr(changes_module, "ROW_LIMIT", 2)
    shown.reload()
    assert shown.model.rowCount() == 2
    assert "The newest 2 changes" in shown.count_label.text()
    monkeypatch.setattr(changes_module, "ROW_LIMIT", 5000)
    shown.reload()
    assert shown.count_label.text() == "4 changes"
    # sorting by the service id, both ways
    shown.table.sortByColumn(COLUMNS.index("id"), Qt.SortOrder.AscendingOrder)
    assert column("id") == ["1", "4", "13", "17"]
    shown.table.sortByColumn(COLUMNS.index("id"), Qt.SortOrder.DescendingOrder)
    assert column("id") == ["17", "13", "4", "1"]
    shown.period_filter.setCurrentIndex(shown.period_filter.findData("range"))
    shown.date_to.setDate(shown.date_to.date().addDays(-2))
    shown.date_from.setDate(shown.date_to.date().addDays(-5))
    assert column("id") == []
    assert shown.empty_label.isVisibleTo(shown)

    # a later refresh lands in the open window
    shown.period_filter.setCurrentIndex(shown.period_filter.findData("all"))
    change(sandbox_panel, {5: {"min": 2, "max": 2}}, drop=set())
    refresh(qtbot, window)
    assert "Min/max changed" in column("kind")
    assert len(notices) == 1, "nothing watched changed: no second notification"


def test_the_first_catalogue_of_a_panel_is_a_baseline_not_a_flood_of_additions(
    qtbot: QtBot, window: MainWindow, sandbox_panel: SandboxPanel
) -> None:
    panel_id = open_sandbox(qtbot, window, sandbox_panel, "Sandbox")
    assert window.ctx.store.load_catalog(panel_id) is not None
    assert window.ctx.store.catalog_changes() == []
    shown = window.open_changes()
    assert shown.model.rowCount() == 0
    assert shown.empty_label.isVisibleTo(shown)


def fill_and_place(qtbot: QtBot, window: MainWindow, service_id: int, post: str) -> None:
    form = window.order_form
    assert window.catalog_pane.select_service(service_id)
    qtbot.waitUntil(lambda: "link" in form.field_widgets)
    link, quantity = form.field_widgets["link"], form.field_widgets["quantity"]
    assert isinstance(link, QLineEdit)
    assert isinstance(quantity, QLineEdit)
    link.setText(f"https://instagram.com/p/{post}")
    quantity.setText("")
    qtbot.keyClicks(quantity, "100")
    qtbot.waitUntil(form.place_button.isEnabled)
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000):
        window.act_place.trigger()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every order confirmation is recorded (what it showed) and answered "place"."""
    seen: list[dict[str, Any]] = []

    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, OrderConfirmDialog)
        seen.append(
            {
                "title": dialog.windowTitle(),
                "warning": dialog.warning_label.text(),
                "place": dialog.place_button.text().replace("&", ""),
                "back_default": dialog.back_button.isDefault(),
            }
        )
        dialog.place_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "ask", ask)
    return seen


def test_an_order_on_an_id_given_to_another_service_since_the_last_order_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    sandbox_panel: SandboxPanel,
    asked: list[dict[str, Any]],
) -> None:
    open_sandbox(qtbot, window, sandbox_panel, "Sandbox")
    fill_and_place(qtbot, window, 1, "first")
    assert asked[-1]["title"] == "Place order?"
    assert not asked[-1]["warning"]

    change(sandbox_panel, {1: REUSED}, drop=set())
    refresh(qtbot, window)
    fill_and_place(qtbot, window, 1, "second")
    second = asked[-1]
    assert second["title"] == "Is this still the service you ordered?"
    assert "#1 may not be what you ordered before" in second["warning"]
    assert "Instagram Followers [15K]" in second["warning"]
    assert second["place"] == "Place anyway"
    assert second["back_default"]

    # ordered under its new meaning: the next order is asked about as usual
    assert [o.state for o in window.ctx.store.list_orders()] == [LocalState.ACCEPTED] * 2
    fill_and_place(qtbot, window, 1, "third")
    assert asked[-1]["title"] == "Place order?"
    assert len(asked) == 3


def test_the_confirmation_names_what_the_id_meant_when_last_ordered(qtbot: QtBot) -> None:
    service = Service(
        41, "TikTok Views [Instant]", "Default", "TikTok", Decimal("0.09"), 100, 100_000
    )
    validation = validate_order(
        service, {"link": "https://tiktok.com/@a/video/1", "quantity": "500"}
    )
    ordered_at = datetime(2026, 11, 20, 14, 5, tzinfo=UTC)
    reused = ReuseWarning(ordered_at, "Instagram Followers [Real]", ordered_at + timedelta(days=3))
    summary = OrderSummary("Golden", service, validation, "USD", None, reused=reused)
    dialog = OrderConfirmDialog(summary)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Is this still the service you ordered?"
    text = dialog.warning_label.text()
    assert "#41 may not be what you ordered before" in text
    assert "Instagram Followers [Real]" in text
    assert numbers.fmt_datetime(ordered_at) in text
    assert dialog.place_button.text().replace("&", "") == "Place anyway"
    assert dialog.back_button.isDefault()
    assert not dialog.place_button.isDefault()
    plain = OrderConfirmDialog(OrderSummary("Golden", service, validation, "USD", None))
    qtbot.addWidget(plain)
    assert plain.windowTitle() == "Place order?"
    assert not plain.warning_label.isVisibleTo(plain)


def test_watched_service_notifications_can_be_muted(
    qtbot: QtBot, window: MainWindow, sandbox_panel: SandboxPanel
) -> None:
    panel_id = open_sandbox(qtbot, window, sandbox_panel, "Sandbox")
    notices: list[tuple[str, str]] = []
    window.notifier.sig_notice.connect(lambda title, text: notices.append((title, text)))
    window.ctx.store.set_favourite(panel_id, 1, True)
    window.notifier.set_muted("watched_services", True)
    change(sandbox_panel, {1: {"rate": "1.80"}}, drop=set())
    refresh(qtbot, window)
    assert notices == []
    window.notifier.set_muted("watched_services", False)
    change(sandbox_panel, {1: {"rate": "2.80"}}, drop=set())
    refresh(qtbot, window)
    assert len(notices) == 1
    title, text = notices[0]
    assert "Sandbox" in title
    assert text.startswith("Rate up: #1 ")
    assert "Instagram Followers [15K]" in text


def test_a_mass_order_names_services_whose_id_went_elsewhere_before_placing(
    qtbot: QtBot,
    window: MainWindow,
    sandbox_panel: SandboxPanel,
    asked: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_sandbox(qtbot, window, sandbox_panel, "Sandbox")
    fill_and_place(qtbot, window, 1, "first")
    change(sandbox_panel, {1: REUSED}, drop=set())
    refresh(qtbot, window)
    questions: list[str] = []

    def confirm(_parent: object, title: str, text: str, details: str = "", **_kw: str) -> bool:
        questions.append(details)
        return False  # nothing is sent

    monkeypatch.setattr(dialogs, "confirm", confirm)
    dialog = window.open_mass_order()
    assert dialog is not None
    dialog.text_edit.setPlainText(
        "1 | https://instagram.com/p/m1 | 100\n2 | https://instagram.com/p/m2 | 100"
    )
    dialog.validate_button.click()
    qtbot.waitUntil(dialog.place_button.isEnabled)
    dialog.place_button.click()
    assert len(questions) == 1
    assert questions[0].startswith("Check #1 first: since you last ordered it")
    assert "#2" not in questions[0]  # never ordered here: nothing to mistake it for
    assert sandbox_panel.received["add"] == 1
    dialog.close()
