"""The orders pane over a real store: loading (first page at once, the rest on a worker), live
updates that keep selection and scroll, filters and sorting from the widgets, the detail panel,
clipboard, browser, export and the signals the main window listens to; right-to-left too."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from smmdesk.core.delivery import Stuck
from smmdesk.core.models import OrderState, OrderStatus
from smmdesk.core.store import Store
from smmdesk.gui.orders import actions as order_actions
from smmdesk.gui.orders import pane as pane_module
from smmdesk.gui.orders.actions import link_url
from smmdesk.gui.orders.columns import PROGRESS, QUANTITY, STATUS
from smmdesk.gui.orders.delegates import ProgressDelegate
from smmdesk.gui.orders.pane import FIRST_PAGE, OrdersPane
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording import numbers

FIRST_ORDER = 30_000


def populate(store: Store, panel_id: int, count: int) -> list[int]:
    """``count`` tracked orders, all In progress with 600 of 1000 remaining; returns local ids
    oldest first (so the table, newest first, shows the last one on row 0)."""
    with store.transaction():
        local_ids = [
            store.import_order(
                panel_id,
                FIRST_ORDER + n,
                service_id=1 + n % 3,
                service_name=("Instagram Followers", "YouTube Views", "متابعين تيك توك")[n % 3],
                link=f"https://instagram.com/p/post{n}",
                quantity=1000,
                cost=Decimal("0.90"),
            )
            for n in range(count)
        ]
    states = {
        FIRST_ORDER + n: OrderState(FIRST_ORDER + n, OrderStatus.IN_PROGRESS, "In progress",
                                    Decimal("0.9"), 100, 600, "USD")
        for n in range(count)
    }  # fmt: skip
    store.apply_statuses(panel_id, states)
    return local_ids


@pytest.fixture(autouse=True)
def _app_locale() -> Iterator[None]:
    """As the app does at start (i18n.install_translators): Qt's own numbers (%Ln counts)
    follow the formatting locale, so they match wording.numbers'."""
    QLocale.setDefault(numbers.widget_locale())
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def panel_id(gui_ctx: AppContext) -> int:
    return gui_ctx.store.add_panel("Demo", "https://demo.example/api/v2", currency="USD")


def open_pane(qtbot: QtBot, ctx: AppContext) -> OrdersPane:
    pane = OrdersPane(ctx, lambda: None)
    qtbot.addWidget(pane)
    pane.resize(1200, 600)
    pane.show()
    qtbot.waitUntil(lambda: not pane.loading, timeout=10_000)
    return pane


@pytest.fixture
def big(qtbot: QtBot, gui_ctx: AppContext, panel_id: int) -> Iterator[tuple[OrdersPane, list[int]]]:
    local_ids = populate(gui_ctx.store, panel_id, 2000)
    pane = open_pane(qtbot, gui_ctx)
    yield pane, local_ids
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=5000)


def selected_rows(pane: OrdersPane) -> list[int]:
    return sorted({i.row() for i in pane.table.selectionModel().selectedRows()})


def test_first_page_shows_at_once_then_everything_loads(
    qtbot: QtBot, gui_ctx: AppContext, panel_id: int
) -> None:
    populate(gui_ctx.store, panel_id, 2000)
    pane = OrdersPane(gui_ctx, lambda: None)
    qtbot.addWidget(pane)
    # before any event is processed: the newest page is there, the rest is loading
    assert pane.model.rowCount() == FIRST_PAGE
    assert pane.loading
    assert pane.model.record_at(0).panel_order_id == FIRST_ORDER + 1999
    assert "loading" in pane.count_label.text()
    with qtbot.waitSignal(pane.sig_loaded, timeout=10_000) as loaded:
        pass
    assert loaded.args == [2000]
    assert pane.model.rowCount() == 2000
    assert "2,000" in pane.count_label.text()
    assert "loading" not in pane.count_label.text()


def test_poller_changes_keep_selection_and_scroll_without_reset(
    qtbot: QtBot, gui_ctx: AppContext, big: tuple[OrdersPane, list[int]], panel_id: int
) -> None:
    pane, _local_ids = big
    table, model = pane.table, pane.model
    table.selectRow(500)
    table.scrollTo(model.index(480, 0), table.ScrollHint.PositionAtTop)
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    selected = model.record_at(500).local_id
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    model.layoutChanged.connect(lambda: resets.append("layout"))
    ranges: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: ranges.append((top.row(), bottom.row())))
    # 100 orders around the selection finish on the panel; the poller reports them
    rows = range(450, 550)
    orders = [model.record_at(row).panel_order_id for row in rows]
    changed = gui_ctx.store.apply_statuses(
        panel_id,
        {o: OrderState(o, OrderStatus.COMPLETED, "Completed", Decimal("0.9"), 100, 0, "USD")
         for o in orders if o is not None},
    )  # fmt: skip
    assert len(changed) == 100

    pane.apply_changes(changed)

    assert resets == []
    assert ranges == [(450, 549)]  # one coalesced range
    assert selected_rows(pane) == [500]
    assert table.currentIndex().row() == 500
    assert model.record_at(500).local_id == selected
    assert table.verticalScrollBar().value() == scroll
    assert model.index(500, STATUS).data() == "✔ Completed"
    assert model.index(549, PROGRESS).data() == "100%"
    assert model.index(550, STATUS).data() == "↻ In progress"
    assert pane.detail.record is not None
    assert pane.detail.record.status is OrderStatus.COMPLETED


def test_new_orders_are_inserted_without_reload_keeping_selection_and_view(
    qtbot: QtBot, gui_ctx: AppContext, big: tuple[OrdersPane, list[int]], panel_id: int
) -> None:
    pane, _local_ids = big
    table, model = pane.table, pane.model
    table.selectRow(500)
    table.scrollTo(model.index(480, 0), table.ScrollHint.PositionAtTop)
    selected = model.record_at(500).local_id
    top_order = model.record_at(table.rowAt(0)).local_id
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _parent, first, last: events.append(f"rows {first}-{last}"))
    # placed from the form and imported by id: the main window and the import report them
    new = [
        gui_ctx.store.import_order(panel_id, 90_000 + n, link=f"https://t.me/new{n}")
        for n in range(2)
    ]
    pane.apply_changes(new)

    assert events == ["rows 0-0", "rows 0-0"]  # newest first: both on top, no reset
    assert model.rowCount() == 2002
    assert pane.count_label.text() == "2,002 orders"
    assert [model.record_at(row).local_id for row in (0, 1)] == [new[1], new[0]]
    assert [r.local_id for r in pane.selected_records()] == [selected]
    assert table.currentIndex().row() == 502
    assert model.record_at(table.rowAt(0)).local_id == top_order  # the view did not jump
    # a filter change afterwards sorts the new orders with the others
    pane.search_edit.setText("t.me/new")
    pane.apply_filters()
    assert [r.local_id for r in model.visible_records()] == [new[1], new[0]]


def test_filters_from_the_widgets_and_selection_survives(
    qtbot: QtBot, big: tuple[OrdersPane, list[int]]
) -> None:
    pane, local_ids = big
    pane.select_local_ids([local_ids[1234]])
    qtbot.keyClicks(pane.search_edit, "post1234")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=3000)
    assert selected_rows(pane) == [0]
    assert pane.current_record() is not None
    assert pane.current_record().local_id == local_ids[1234]  # type: ignore[union-attr]
    assert pane.count_label.text() == "1 of 2,000 orders"
    pane.search_edit.clear()
    pane.apply_filters()
    assert pane.model.rowCount() == 2000
    assert [r.local_id for r in pane.selected_records()] == [local_ids[1234]]

    service_index = pane.service_filter.findData(3)
    assert service_index > 0
    assert "متابعين" in pane.service_filter.itemText(service_index)
    pane.service_filter.setCurrentIndex(service_index)
    assert pane.model.rowCount() == 666
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("completed"))
    assert pane.model.rowCount() == 0
    assert pane.selected_records() == []
    assert pane.detail.record is None
    pane.clear_filters()
    assert pane.model.rowCount() == 2000

    pane.date_filter.setCurrentIndex(pane.date_filter.findData("range"))
    assert pane.date_from.isVisibleTo(pane)
    assert pane.date_to.isVisibleTo(pane)
    assert pane.model.rowCount() == 2000  # created today: inside the default 30-day range
    pane.date_to.setDate(pane.date_from.date().addDays(1))
    assert pane.model.rowCount() == 0


def test_sorting_from_the_header_keeps_the_selected_orders(
    qtbot: QtBot, big: tuple[OrdersPane, list[int]]
) -> None:
    pane, local_ids = big
    chosen = [local_ids[5], local_ids[1500]]
    pane.select_local_ids(chosen)
    pane.table.sortByColumn(QUANTITY, Qt.SortOrder.AscendingOrder)
    pane.table.sortByColumn(STATUS, Qt.SortOrder.DescendingOrder)
    assert sorted(r.local_id for r in pane.selected_records()) == sorted(chosen)


def test_detail_panel_shows_history_and_saves_a_note(
    qtbot: QtBot, gui_ctx: AppContext, panel_id: int
) -> None:
    store = gui_ctx.store
    local_id = store.create_intent(
        panel_id=panel_id,
        service_id=4,
        service_name="Custom Comments",
        service_type="Custom Comments",
        params={"link": "https://instagram.com/p/c", "comments": "Nice!\nWow"},
        cost=Decimal("0.024"),
        quantity=2,
        detail={"balance_before": "10.00"},
    )
    store.mark_accepted(local_id, 777, {"order": 777, "status": "success"})
    store.apply_status(
        panel_id, OrderState(777, OrderStatus.PARTIAL, "Partial", Decimal("0.012"), 5, 1, "USD")
    )
    pane = open_pane(qtbot, gui_ctx)
    pane.select_local_ids([local_id])
    detail = pane.detail
    assert detail.record is not None
    assert detail.record.local_id == local_id
    assert "#777" in detail.title.text()
    assert "Custom Comments" in detail.title.text()
    assert "Partial" in detail.state_label.text()
    assert "order #777" in detail.state_label.text()
    history = [
        detail.history.topLevelItem(i).text(1) for i in range(detail.history.topLevelItemCount())
    ]
    assert history == ["Sent", "Accepted", "Status"]
    assert "comments = Nice!" in detail.sent.toPlainText()
    assert "link = https://instagram.com/p/c" in detail.sent.toPlainText()
    assert '"status": "success"' in detail.answers.toPlainText()  # the panel's answer, as kept
    assert "50%" in detail.fact_labels["progress"].text()

    detail.note_edit.setPlainText("VIP client")
    assert detail.save_note_button.isEnabled()
    detail.save_note()
    assert store.get_order(local_id).note == "VIP client"
    pane.search_edit.setText("vip")
    pane.apply_filters()
    assert [r.local_id for r in pane.model.visible_records()] == [local_id]


def test_clipboard_browser_and_signals(
    qtbot: QtBot, gui_ctx: AppContext, panel_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    local_ids = populate(gui_ctx.store, panel_id, 3)
    unknown = gui_ctx.store.create_intent(
        panel_id=panel_id,
        service_id=1,
        service_name="Followers",
        service_type="Default",
        params={"link": "@someone", "quantity": "100"},
        cost=Decimal("0.09"),
        quantity=100,
    )
    gui_ctx.store.mark_unknown(unknown, "timeout")
    pane = open_pane(qtbot, gui_ctx)
    acts = pane.order_actions
    opened: list[QUrl] = []
    monkeypatch.setattr(order_actions, "open_url", lambda url: opened.append(url) or True)

    pane.select_local_ids(local_ids[:2])
    assert acts.act_copy_link.isEnabled()
    assert not acts.act_order_again.isEnabled()
    pane.table.setFocus()
    # the shortcuts work from the table (Ctrl+C copies the rows, Ctrl+Shift+L the links)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(pane.table, Qt.Key.Key_L, shift_ctrl)
    links = QGuiApplication.clipboard().text().splitlines()
    assert sorted(links) == ["https://instagram.com/p/post0", "https://instagram.com/p/post1"]
    qtbot.keyClick(pane.table, Qt.Key.Key_C, shift_ctrl)
    assert sorted(QGuiApplication.clipboard().text().splitlines()) == ["30000", "30001"]
    acts.act_open_link.trigger()
    assert sorted(u.toString() for u in opened) == sorted(links)

    pane.select_local_ids([local_ids[0]])
    with qtbot.waitSignal(pane.sig_order_again) as again:
        acts.act_order_again.trigger()
    assert again.args[0].local_id == local_ids[0]
    assert again.args[0].service_id == 1
    assert not acts.act_reconcile.isEnabled()

    pane.select_local_ids([unknown])
    assert not acts.act_open_link.isEnabled()  # "@someone" is not a web address
    assert not acts.act_refill.isEnabled()
    assert not acts.act_cancel.isEnabled()
    # reconciling needs the order's panel open (no session here)
    assert not acts.act_reconcile.isEnabled()


def test_link_url_accepts_web_addresses_only() -> None:
    assert link_url("https://instagram.com/p/x") == QUrl("https://instagram.com/p/x")
    assert link_url("instagram.com/p/x") == QUrl("https://instagram.com/p/x")
    for not_a_link in ("", "@user", "user_name", "two words.com", ".com/x"):
        assert link_url(not_a_link) is None


def test_export_the_shown_orders_to_csv(
    qtbot: QtBot,
    gui_ctx: AppContext,
    panel_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    populate(gui_ctx.store, panel_id, 30)
    pane = open_pane(qtbot, gui_ctx)
    pane.service_filter.setCurrentIndex(pane.service_filter.findData(3))
    target = tmp_path / "arabic orders"  # no suffix: ".csv" is added
    asked: list[str] = []

    def save_file(_parent: object, title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(dialogs, "save_file", save_file)
    with qtbot.waitSignal(pane.order_actions.sig_finished, timeout=5000) as finished:
        pane.order_actions.act_export_view.trigger()
    assert finished.args[0] == "export"
    written = Path(finished.args[1])
    assert written == tmp_path / "arabic orders.csv"
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == 10 == pane.model.rowCount()
    assert {r["service"] for r in rows} == {"متابعين تيك توك"}
    assert [r["order_id"] for r in rows] == [
        str(r.panel_order_id) for r in pane.model.visible_records()
    ]
    assert rows[0]["status"] == "In progress"
    assert rows[0]["panel"] == "Demo"
    assert asked
    assert asked[0].endswith(".csv")


def test_an_export_that_cannot_be_written_says_why_in_the_systems_words(
    qtbot: QtBot,
    gui_ctx: AppContext,
    panel_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    populate(gui_ctx.store, panel_id, 3)
    pane = open_pane(qtbot, gui_ctx)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "save_file", lambda *_args: str(tmp_path / "no such folder" / "orders")
    )
    monkeypatch.setattr(
        dialogs, "error", lambda _parent, _title, text, details="": errors.append((text, details))
    )
    with qtbot.waitSignal(pane.order_actions.sig_finished, timeout=5000) as finished:
        pane.order_actions.act_export_view.trigger()
    assert finished.args == ["export", None]
    ((text, details),) = errors
    assert text.startswith("The orders could not be written to")
    # the system's own words about the file, not a Python exception's text
    assert details == "\u2068No such file or directory\u2069"


def test_the_history_words_a_cancel_by_its_recorded_fields(
    qtbot: QtBot, gui_ctx: AppContext, panel_id: int
) -> None:
    (local_id,) = populate(gui_ctx.store, panel_id, 1)
    store = gui_ctx.store
    store.add_event(local_id, "cancel", {"state": "SENDING"})
    store.add_event(local_id, "cancel", {"state": "REJECTED", "reason": "refused_by_panel",
                                         "text": "Cancel is disabled"})  # fmt: skip
    store.add_event(local_id, "cancel", {"state": "REJECTED", "reason": "key_refused"})
    # as an older SMMDesk recorded it: an English sentence, which is not shown
    sentence = "The panel refused to cancel it: “No”."
    store.add_event(local_id, "cancel", {"state": "REJECTED", "text": sentence})
    store.add_event(local_id, "cancel", {"state": "UNKNOWN", "reason": "no_answer"})
    pane = open_pane(qtbot, gui_ctx)
    pane.select_local_ids([local_id])
    history = pane.detail.history
    cancels = [
        history.topLevelItem(i).text(2)
        for i in range(history.topLevelItemCount())
        if history.topLevelItem(i).text(1) == "Cancel"
    ]
    assert cancels == [
        "request sent",
        "refused: “\u2068Cancel is disabled\u2069”",
        "refused",
        "refused",
        "no usable answer: it may have been received",
    ]


def test_column_layout_is_remembered(qtbot: QtBot, gui_ctx: AppContext, panel_id: int) -> None:
    pane = open_pane(qtbot, gui_ctx)
    pane.table.setColumnWidth(QUANTITY, 211)
    pane.table.sortByColumn(QUANTITY, Qt.SortOrder.AscendingOrder)
    pane.save_state()
    again = open_pane(qtbot, gui_ctx)
    assert again.table.columnWidth(QUANTITY) == 211
    assert again.model.sort_column == QUANTITY


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_progress_bar_fills_from_the_reading_side(
    qtbot: QtBot, gui_ctx: AppContext, panel_id: int, direction: Qt.LayoutDirection
) -> None:
    populate(gui_ctx.store, panel_id, 1)  # 40% delivered
    pane = open_pane(qtbot, gui_ctx)
    index = pane.model.index(0, PROGRESS)
    assert index.data() == "40%"
    image = QImage(200, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 200, 24)
    option.direction = direction
    option.palette = QApplication.palette()
    painter = QPainter(image)
    ProgressDelegate().paint(painter, option, index)
    painter.end()

    def coloured(x: int) -> bool:
        pixel = image.pixelColor(x, 5)
        return abs(pixel.red() - pixel.blue()) > 30  # the bar's blue, not grey or white

    start, end = (20, 180) if direction == Qt.LayoutDirection.LeftToRight else (180, 20)
    assert coloured(start)
    assert not coloured(end)


def test_the_pane_holds_in_right_to_left(
    qtbot: QtBot, gui_ctx: AppContext, panel_id: int, tmp_path: Path
) -> None:
    populate(gui_ctx.store, panel_id, 20)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        pane = open_pane(qtbot, gui_ctx)
        pane.select_local_ids([pane.model.record_at(3).local_id])
        assert pane.isRightToLeft()
        assert pane.table.isRightToLeft()
        # the table sits to the right of the detail panel, the search box at the far right
        table_x = pane.table.mapTo(pane, pane.table.rect().topLeft()).x()
        detail_x = pane.detail.mapTo(pane, pane.detail.rect().topLeft()).x()
        assert table_x > detail_x
        assert pane.search_edit.x() > pane.status_filter.x()
        assert not pane.grab().isNull()
        assert pane.detail.record is not None
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_pane_closed_while_stuck_orders_are_counted_takes_no_harm(
    qtbot: QtBot, gui_ctx: AppContext, panel_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stuck-order count runs on a worker; closing the window before it reports must not
    raise on the deleted widgets (it did: 'Internal C++ object already deleted')."""
    populate(gui_ctx.store, panel_id, 5)
    pane = OrdersPane(gui_ctx, lambda: None)  # not handed to qtbot: this test deletes it
    pane.show()
    qtbot.waitUntil(lambda: not pane.loading and gui_ctx.tasks.active() == 0, timeout=10_000)
    release = threading.Event()
    real = pane_module.find_stuck

    def slow(store: Store, now: datetime) -> dict[int, Stuck]:
        release.wait(5)
        return real(store, now)

    monkeypatch.setattr(pane_module, "find_stuck", slow)
    pane.refresh_stuck()
    pane.close()
    pane.deleteLater()
    qtbot.waitUntil(lambda: not isValid(pane), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=5000)
    QApplication.processEvents()  # the worker's answer is delivered: nothing raises
