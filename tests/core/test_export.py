"""CSV export as a spreadsheet user meets it: a BOM so Excel reads Arabic, quoting that survives
commas, quotes and line breaks, exact money, ISO times, and no cell that runs as a formula."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

import pytest

from smmdesk.core.export import EXPORT_COLUMNS, write_orders_csv
from smmdesk.core.models import OrderStatus
from smmdesk.core.store import LocalState, OrderRecord, RefillRecord

RIYADH = timezone(timedelta(hours=3))


def record(local_id: int, **overrides: object) -> OrderRecord:
    fields: dict[str, object] = {
        "local_id": local_id,
        "panel_id": 1,
        "service_id": 10,
        "service_name": "متابعين انستقرام, حقيقيين",
        "service_type": "Default",
        "link": "https://instagram.com/p/abc",
        "quantity": 1000,
        "params": MappingProxyType({}),
        "cost": Decimal("0.90"),
        "state": LocalState.ACCEPTED,
        "panel_order_id": 23501,
        "error_code": None,
        "error_text": None,
        "created_at": datetime(2026, 3, 1, 15, 4, 5, 123456, tzinfo=RIYADH),
        "sent_at": None,
        "resolved_at": None,
        "status": OrderStatus.PARTIAL,
        "status_text": "Partial",
        "charge": Decimal("0.00030"),
        "start_count": 3572,
        "remains": 157,
        "currency": "USD",
        "last_checked_at": None,
        "source": "app",
        "note": "",
    }
    fields.update(overrides)
    return OrderRecord(**fields)  # type: ignore[arg-type]


def read_back(path: Path) -> tuple[bytes, list[dict[str, str]]]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    return raw, list(csv.DictReader(io.StringIO(text, newline="")))


def test_bom_header_and_exact_values(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    refill = RefillRecord(
        1,
        7,
        5,
        LocalState.ACCEPTED,
        OrderStatus.COMPLETED,
        datetime.now(UTC),
        datetime.now(UTC),
        None,
    )
    count = write_orders_csv(
        path, [record(7)], panel_names={1: "لوحة التجربة"}, refills={7: refill}
    )
    raw, rows = read_back(path)
    assert count == 1
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs it to read UTF-8 (Arabic)
    assert raw.count(b"\xef\xbb\xbf") == 1
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    row = rows[0]
    assert row["panel"] == "لوحة التجربة"
    assert row["service"] == "متابعين انستقرام, حقيقيين"  # the comma stayed inside the cell
    assert row["order_id"] == "23501"
    assert row["created_at"] == "2026-03-01T12:04:05+00:00"
    assert row["cost"] == "0.90"
    assert row["charge"] == "0.00030"
    assert row["status"] == "Partial"
    assert row["remains"] == "157"
    assert row["local_state"] == "ACCEPTED"
    assert row["refill"] == "Completed"
    assert row["error"] == ""
    assert row["quantity"] == "1000"


def test_quotes_line_breaks_and_formulas_survive(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    tricky = record(
        8,
        link='=HYPERLINK("http://evil.example","click")',
        note='He said "hi",\nthen left',
        service_name="@mention, list",
        state=LocalState.UNKNOWN,
        panel_order_id=None,
        status=None,
        status_text=None,
        charge=None,
        error_text="Read timed out",
    )
    write_orders_csv(path, [tricky, record(9, link="-5 likes")])
    raw, rows = read_back(path)
    assert b'"He said ""hi"",\nthen left"' in raw  # quoted, quotes doubled, break kept
    assert raw.endswith(b"\r\n")
    first, second = rows
    assert first["note"] == 'He said "hi",\nthen left'
    # a spreadsheet must show these as text, not run them
    assert first["link"] == '\'=HYPERLINK("http://evil.example","click")'
    assert first["service"] == "'@mention, list"
    assert second["link"] == "'-5 likes"
    assert first["order_id"] == ""
    assert first["status"] == ""
    assert first["charge"] == ""
    assert first["local_state"] == "UNKNOWN"
    assert first["error"] == "Read timed out"
    assert first["panel"] == "1"  # no name known: the id, not an empty cell


def test_a_failing_export_leaves_no_half_file(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("previous export", encoding="utf-8")

    def records() -> object:
        yield record(1)
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        write_orders_csv(path, records())  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "previous export"
    assert list(tmp_path.iterdir()) == [path]


def test_dripfeed_runs_interval_and_the_last_status_change(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    drip = record(
        9, params=MappingProxyType({"link": "x", "quantity": "1000", "runs": "5", "interval": "30"})
    )
    once = record(10)
    changed = datetime(2026, 3, 2, 9, 30, 0, tzinfo=RIYADH)
    write_orders_csv(path, [drip, once], status_changes={9: (changed, "In progress")})
    _raw, rows = read_back(path)
    assert (rows[0]["runs"], rows[0]["interval"]) == ("5", "30")
    assert rows[0]["status_changed_at"] == "2026-03-02T06:30:00+00:00"
    assert rows[0]["status_changed_to"] == "In progress"
    # one delivery and no status change seen: empty cells, not zeros
    assert (rows[1]["runs"], rows[1]["interval"]) == ("", "")
    assert (rows[1]["status_changed_at"], rows[1]["status_changed_to"]) == ("", "")
