"""Orders to CSV for spreadsheets: csv-module quoting, UTF-8 with a BOM (so Excel reads Arabic
and emoji), money as exact Decimal text, ISO-8601 UTC times, no cell a spreadsheet would run.
Besides what the orders table shows: panel names, drip-feed runs and interval, and when the
status history last changed."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from smmdesk.core.store import LocalState, OrderRecord, RefillRecord

__all__ = ["EXPORT_COLUMNS", "order_rows", "refill_text", "write_orders_csv"]

EXPORT_COLUMNS: tuple[str, ...] = (
    "local_id",
    "panel",
    "order_id",
    "created_at",
    "service_id",
    "service",
    "service_type",
    "link",
    "quantity",
    "runs",
    "interval",
    "cost",
    "charge",
    "currency",
    "start_count",
    "remains",
    "status",
    "panel_status_text",
    "status_changed_at",
    "status_changed_to",
    "local_state",
    "error",
    "refill",
    "source",
    "note",
)

# A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets
# ("=HYPERLINK(...)" in a pasted link, "@user" in a mention list): such text gets a leading
# apostrophe, which spreadsheets show as plain text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_REFILL_WORDS = {
    LocalState.SENDING: "Sending",
    LocalState.REJECTED: "Refused",
    LocalState.UNKNOWN: "Unconfirmed",
    LocalState.NOT_PLACED: "Not placed",
}


def cell_text(value: str | None) -> str:
    """``value`` for a CSV cell: text a spreadsheet would run as a formula gets a leading
    apostrophe (shown as plain text)."""
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _number(value: int | Decimal | None) -> str:
    # str() of a Decimal is exact ("0.27819", "95200"); no float ever touches money.
    return "" if value is None else str(value)


def _when(value: datetime | None) -> str:
    return "" if value is None else value.astimezone(UTC).isoformat(timespec="seconds")


def refill_text(refill: RefillRecord | None) -> str:
    """One word or two for an order's latest refill: its panel status once accepted."""
    if refill is None:
        return ""
    if refill.state is LocalState.ACCEPTED:
        return refill.status.value if refill.status is not None else "Requested"
    return _REFILL_WORDS.get(refill.state, refill.state.value)


def order_rows(
    records: Iterable[OrderRecord],
    *,
    panel_names: Mapping[int, str] | None = None,
    refills: Mapping[int, RefillRecord] | None = None,
    status_changes: Mapping[int, tuple[datetime, str | None]] | None = None,
) -> Iterator[list[str]]:
    """One list of cells per order, in ``EXPORT_COLUMNS`` order; ``status_changes`` holds when
    each order's status history last changed, and to what (``Store.last_status_changes``)."""
    names = panel_names or {}
    latest = refills or {}
    changes = status_changes or {}
    for r in records:
        changed_at, changed_to = changes.get(r.local_id, (None, None))
        yield [
            str(r.local_id),
            cell_text(names.get(r.panel_id, str(r.panel_id))),
            _number(r.panel_order_id),
            _when(r.created_at),
            _number(r.service_id),
            cell_text(r.service_name),
            cell_text(r.service_type),
            cell_text(r.link),
            _number(r.quantity),
            cell_text(r.params.get("runs")),  # drip-feed: empty for a single delivery
            cell_text(r.params.get("interval")),
            _number(r.cost),
            _number(r.charge),
            cell_text(r.currency),
            _number(r.start_count),
            _number(r.remains),
            "" if r.status is None else r.status.value,
            cell_text(r.status_text),
            _when(changed_at),
            changed_to or "",
            r.state.value,
            cell_text(r.error_text),
            refill_text(latest.get(r.local_id)),
            r.source,
            cell_text(r.note),
        ]


def write_orders_csv(
    path: Path | str,
    records: Iterable[OrderRecord],
    *,
    panel_names: Mapping[int, str] | None = None,
    refills: Mapping[int, RefillRecord] | None = None,
    status_changes: Mapping[int, tuple[datetime, str | None]] | None = None,
) -> int:
    """Write the orders to ``path`` (a header row, then one row per order); returns the
    number of orders written. The file appears complete or not at all: it is written beside
    the target and renamed over it at the end."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    count = 0
    try:
        # newline="" lets the csv module write its own \r\n and quote embedded line breaks.
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
            writer.writerow(EXPORT_COLUMNS)
            rows = order_rows(
                records, panel_names=panel_names, refills=refills, status_changes=status_changes
            )
            for row in rows:
                writer.writerow(row)
                count += 1
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
