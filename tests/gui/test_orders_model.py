"""OrdersTableModel on its own: Qt's model rules, what each status looks like, filtering and
sorting in Python, and live updates as coalesced dataChanged without a reset."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from smmdesk.core.models import OrderStatus
from smmdesk.core.store import LocalState, OrderRecord, RefillRecord
from smmdesk.gui.orders.columns import (
    CHARGE,
    COLUMN_COUNT,
    DATE,
    LINK,
    ORDER,
    PANEL,
    PROGRESS,
    PROGRESS_ROLE,
    QUANTITY,
    RECORD_ROLE,
    REFILL,
    REMAINS,
    SERVICE,
    STATUS,
)
from smmdesk.gui.orders.model import OrdersTableModel
from smmdesk.gui.orders.snapshot import OrderFilter, OrdersSnapshot

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def make(local_id: int, **overrides: Any) -> OrderRecord:
    fields: dict[str, Any] = {
        "local_id": local_id,
        "panel_id": 1,
        "service_id": 1,
        "service_name": "Instagram Followers",
        "service_type": "Default",
        "link": f"https://instagram.com/p/post{local_id}",
        "quantity": 1000,
        "params": MappingProxyType({"link": "x", "quantity": "1000"}),
        "cost": Decimal("0.90"),
        "state": LocalState.ACCEPTED,
        "panel_order_id": 23500 + local_id,
        "error_code": None,
        "error_text": None,
        "created_at": NOW - timedelta(hours=local_id),
        "sent_at": None,
        "resolved_at": None,
        "status": OrderStatus.IN_PROGRESS,
        "status_text": "In progress",
        "charge": Decimal("0.90"),
        "start_count": 100,
        "remains": 500,
        "currency": "USD",
        "last_checked_at": None,
        "source": "app",
        "note": "",
    }
    fields.update(overrides)
    return OrderRecord(**fields)


def variety() -> list[OrderRecord]:
    """One order per interesting case (local ids 1..10; 1 is the newest)."""
    return [
        make(1, status=OrderStatus.COMPLETED, status_text="completed", remains=0),
        make(2, status=OrderStatus.PARTIAL, status_text="Partial", remains=250,
             charge=Decimal("0.675")),
        make(3, status=OrderStatus.PENDING, status_text="Pending", remains=1000, panel_id=2,
             service_id=10, service_name="متابعين انستقرام حقيقيين", link="https://instagram.com/أحمد"),
        make(4, state=LocalState.UNKNOWN, panel_order_id=None, status=None, status_text=None,
             charge=None, remains=None, start_count=None, error_text="Read timed out"),
        make(5, state=LocalState.REJECTED, panel_order_id=None, status=None, status_text=None,
             charge=None, remains=None, start_count=None, error_code="bad_link",
             error_text="Incorrect link"),
        make(6, status=OrderStatus.PENDING, status_text="Incorrect order ID"),
        make(7, status=OrderStatus.CANCELED, status_text="Canceled", remains=1000,
             charge=Decimal("0")),
        make(8, state=LocalState.NOT_PLACED, panel_order_id=None, status=None,
             status_text=None, charge=None, remains=None, start_count=None),
        make(9, status=None, status_text=None, charge=None, remains=None, start_count=None,
             quantity=None, service_id=None, service_name="", link="", source="imported"),
        make(10, status=OrderStatus.IN_PROGRESS, status_text="in_progress", remains=900,
             service_id=4, service_name="Custom Comments", note="for client Zed"),
    ]  # fmt: skip


def refills() -> dict[int, RefillRecord]:
    return {
        1: RefillRecord(1, 1, 7, LocalState.ACCEPTED, OrderStatus.IN_PROGRESS, NOW, NOW, None),
        2: RefillRecord(2, 2, None, LocalState.UNKNOWN, None, NOW, NOW, "no answer"),
    }


def model_with(records: list[OrderRecord] | None = None) -> OrdersTableModel:
    model = OrdersTableModel()
    model.set_snapshot(
        OrdersSnapshot.build(
            list(records if records is not None else variety()),
            refills(),
            {1: "Demo", 2: "لوحة"},
            {1: "USD", 2: "USD"},
        )
    )
    return model


def column(model: OrdersTableModel, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def ids(model: OrdersTableModel) -> list[int]:
    return [r.local_id for r in model.visible_records()]


def test_model_follows_qt_rules_through_filter_and_sort(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    model = model_with()
    qtmodeltester.check(model)
    model.set_filter(OrderFilter(status="active"))
    model.sort(CHARGE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.set_filter(OrderFilter(text="no such order"))
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.columnCount() == COLUMN_COUNT
    assert model.rowCount(model.index(0, 0)) == 0


def test_each_status_is_shown_in_words_colour_and_symbol(
    qtbot: QtBot, shown: Callable[..., str]
) -> None:
    model = model_with()
    texts = dict(zip(ids(model), column(model, STATUS), strict=True))
    assert texts[1] == "✔ Completed"
    assert texts[2] == "◑ Partial"
    assert texts[3] == "◷ Pending"
    assert texts[4] == "⚠ Outcome unknown"
    assert texts[5] == "✖ Rejected"
    # the panel's error about the order, flagged, its words isolated from the row's direction
    assert texts[6] == "✖ \u2068Incorrect order ID\u2069"
    assert texts[7] == "⊘ Canceled"
    assert texts[8] == "⊘ Not placed"
    assert texts[9] == "◷ Awaiting status"
    assert texts[10] == "↻ In progress"  # "in_progress" as the panel spelled it
    row = model.row_of(4)
    assert row is not None
    unknown = model.index(row, STATUS)
    assert isinstance(unknown.data(Qt.ItemDataRole.FontRole), QFont)
    assert unknown.data(Qt.ItemDataRole.FontRole).bold()
    assert isinstance(unknown.data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert "may have been placed" in shown(unknown.data(Qt.ItemDataRole.ToolTipRole))
    assert "Read timed out" in shown(unknown.data(Qt.ItemDataRole.ToolTipRole))
    colours = {
        model.index(model.row_of(i) or 0, STATUS)
        .data(Qt.ItemDataRole.ForegroundRole)
        .color()
        .name()
        for i in (1, 4, 5)
    }
    assert len(colours) == 3  # completed, unknown and rejected do not look alike


def test_cells_show_money_progress_and_refill(qtbot: QtBot) -> None:
    model = model_with()

    def cell(local_id: int, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = model.row_of(local_id)
        assert row is not None
        return model.index(row, col).data(role)

    assert cell(2, CHARGE) == "USD\xa00.675"
    assert cell(4, CHARGE) == "≈ USD\xa00.90"  # no charge yet: the estimate, marked
    assert cell(2, PROGRESS, PROGRESS_ROLE) == pytest.approx(0.75)
    assert cell(2, PROGRESS) == "75%"
    assert cell(1, PROGRESS, PROGRESS_ROLE) == 1.0
    assert cell(9, PROGRESS, PROGRESS_ROLE) is None
    assert cell(1, REFILL) == "↻ In progress"
    assert cell(2, REFILL) == "⚠ Unconfirmed"
    # names and links keep their own direction inside a row of either direction
    assert cell(3, PANEL) == "\u2068لوحة\u2069"
    assert cell(3, SERVICE) == "#10 \u2068متابعين انستقرام حقيقيين\u2069"
    assert cell(9, SERVICE) == "—"
    assert cell(4, ORDER) == "—"
    assert cell(10, QUANTITY) == "1,000"
    assert cell(1, ORDER) == "#23501"
    assert isinstance(cell(1, DATE, RECORD_ROLE), OrderRecord)
    assert cell(1, QUANTITY, Qt.ItemDataRole.TextAlignmentRole) is not None
    assert cell(1, LINK, Qt.ItemDataRole.TextAlignmentRole) is None


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (OrderFilter(), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        (OrderFilter(status="active"), [3, 6, 9, 10]),
        (OrderFilter(status="attention"), [2, 4, 6]),  # 2: its refill is unconfirmed
        (OrderFilter(status="completed"), [1]),
        (OrderFilter(status="unknown"), [4]),
        (OrderFilter(status="error"), [6]),
        (OrderFilter(status="pending"), [3, 9]),
        (OrderFilter(status="not_placed"), [8]),
        (OrderFilter(status="rejected"), [5]),
        (OrderFilter(panel_id=2), [3]),
        (OrderFilter(service_id=4), [10]),
        (OrderFilter(text="#23507"), [7]),
        (OrderFilter(text="POST10"), [10]),  # case-folded
        (OrderFilter(text="zed"), [10]),  # the note
        (OrderFilter(text="instagram post2"), [2]),  # every word must match
        (OrderFilter(text="متابعين"), [3]),
        (OrderFilter(text="احمد"), [3]),  # Arabic letter forms fold (أ -> ا)
        (OrderFilter(status="active", text="comments"), [10]),
    ],
)
def test_filters(qtbot: QtBot, flt: OrderFilter, expected: list[int]) -> None:
    model = model_with()
    model.set_filter(flt)
    assert ids(model) == expected


def test_date_range_filter_uses_whole_local_days(qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    records = [make(i, created_at=now - timedelta(days=i)) for i in range(1, 6)]
    model = model_with(records)
    today = date.today()
    model.set_filter(OrderFilter(date_from=today - timedelta(days=2)))
    assert ids(model) == [1, 2]
    model.set_filter(
        OrderFilter(date_from=today - timedelta(days=4), date_to=today - timedelta(days=3))
    )
    assert ids(model) == [3, 4]


def test_sort_by_any_column_both_ways_keeps_ties_newest_first(qtbot: QtBot) -> None:
    model = model_with()
    model.sort(DATE, Qt.SortOrder.AscendingOrder)
    assert ids(model) == list(range(10, 0, -1))
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    assert ids(model) == list(range(1, 11))
    model.sort(REMAINS, Qt.SortOrder.AscendingOrder)
    remains = [r.remains for r in model.visible_records()]
    known = [v for v in remains if v is not None]
    assert known == sorted(known)
    assert remains[len(known) :] == [None] * (10 - len(known))
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert ids(model)[0] == 4  # the unknown outcome first: it needs the user
    model.sort(CHARGE, Qt.SortOrder.DescendingOrder)
    charges = [r.charge if r.charge is not None else r.cost for r in model.visible_records()]
    assert [c for c in charges if c is not None] == sorted(
        [c for c in charges if c is not None], reverse=True
    )
    model.sort(PANEL, Qt.SortOrder.AscendingOrder)
    # "Demo" before "لوحة"; the nine Demo orders keep newest-first among themselves
    assert ids(model) == [1, 2, 4, 5, 6, 7, 8, 9, 10, 3]
    for col in range(COLUMN_COUNT):  # every column sorts without error
        model.sort(col, Qt.SortOrder.AscendingOrder)
        model.sort(col, Qt.SortOrder.DescendingOrder)
        assert sorted(ids(model)) == list(range(1, 11))


def test_sort_moves_the_selection_with_its_orders(qtbot: QtBot) -> None:
    model = model_with()
    row = model.row_of(7)
    assert row is not None
    kept = QPersistentModelIndex(model.index(row, LINK))
    model.sort(QUANTITY, Qt.SortOrder.AscendingOrder)
    model.sort(LINK, Qt.SortOrder.DescendingOrder)
    assert kept.isValid()
    assert model.record_at(kept.row()).local_id == 7
    assert kept.column() == LINK


def test_apply_records_repaints_rows_in_coalesced_ranges_without_reset(qtbot: QtBot) -> None:
    records = [make(i) for i in range(1, 301)]
    model = model_with(records)
    resets: list[int] = []
    changes: list[tuple[int, int, int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.layoutChanged.connect(lambda: resets.append(2))

    def on_changed(top: QModelIndex, bottom: QModelIndex, _roles: object) -> None:
        changes.append((top.row(), bottom.row(), top.column(), bottom.column()))

    model.dataChanged.connect(on_changed)
    updated = [
        make(i, status=OrderStatus.COMPLETED, status_text="Completed", remains=0)
        for i in [*range(11, 61), *range(101, 111), 200]
    ]
    missing = model.apply_records([*updated, make(999)], {})

    assert missing == [999]
    assert resets == []
    # rows are newest first: local id n is row n-1
    assert changes == [(10, 59, 0, COLUMN_COUNT - 1), (100, 109, 0, COLUMN_COUNT - 1),
                       (199, 199, 0, COLUMN_COUNT - 1)]  # fmt: skip
    assert model.index(10, STATUS).data() == "✔ Completed"
    assert model.index(9, STATUS).data() == "↻ In progress"
    # the changed orders now match the filters they should
    model.set_filter(OrderFilter(status="completed"))
    assert model.rowCount() == len(updated)
    model.set_filter(OrderFilter(status="active"))
    assert model.rowCount() == 300 - len(updated)


def test_insert_records_places_new_orders_by_the_current_sort_and_filter(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    model = model_with([make(i, quantity=100 * i) for i in range(1, 11)])
    model.sort(QUANTITY, Qt.SortOrder.AscendingOrder)
    model.set_filter(OrderFilter(service_id=1))
    inserted: list[tuple[int, int]] = []
    resets: list[int] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(1))
    newest = NOW + timedelta(hours=1)
    model.insert_records(
        [
            make(50, quantity=450, created_at=newest),  # between 400 and 500
            make(51, quantity=100, created_at=newest),  # ties 100: the newer one first
            make(52, quantity=5000, service_id=7, service_name="Poll", created_at=newest),
            make(3, quantity=300, status=OrderStatus.COMPLETED),  # already held: updated
        ],
        {51: RefillRecord(9, 51, 3, LocalState.ACCEPTED, None, NOW, NOW, None)},
    )
    assert resets == []
    assert len(inserted) == 2
    assert [r.quantity for r in model.visible_records()] == [
        100, 100, 200, 300, 400, 450, 500, 600, 700, 800, 900, 1000
    ]  # fmt: skip
    assert ids(model)[:2] == [51, 1]
    assert model.index(model.row_of(51) or 0, REFILL).data() == "↻ Requested"
    assert model.index(model.row_of(3) or 0, STATUS).data() == "✔ Completed"
    assert (7, "Poll") in model.services_seen()
    qtmodeltester.check(model)
    model.set_filter(OrderFilter())
    assert model.rowCount() == 13
    assert ids(model)[-1] == 52
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    assert ids(model)[:3] == [52, 51, 50]
    assert ids(model)[3:] == list(range(1, 11))
