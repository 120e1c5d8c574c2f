"""Values between Python and SQLite text (timestamps, money, JSON, statuses), the check that
keeps the API key out of stored URLs, and ``sqlite3.Row`` -> record builders."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from types import MappingProxyType
from urllib.parse import parse_qsl, urlsplit

from smmdesk.core.models import OrderStatus
from smmdesk.core.store.records import LocalState, OrderRecord, PanelRecord, RefillRecord

_RAW_LIMIT = 2000  # characters of a panel answer kept in an event: enough to read, not a dump
# Never stored: the client adds these itself, and "key" is the secret (the key rule in
# ARCHITECTURE.md).
_FORBIDDEN_PARAMS = frozenset({"key", "action", "api_key", "apikey"})


# ---------------------------------------------------------------------------------------------
# Value conversions. Timestamps are ISO-8601 UTC text with microseconds, so text order is time
# order and indexes on created_at sort correctly. Money is Decimal stored as its exact str().


def _now() -> datetime:
    return datetime.now(UTC)


def _ts(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _dt_req(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _money(value: Decimal | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValueError(f"money must be a finite Decimal, got {value!r}")
    return str(value)


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _status(text: str | None) -> OrderStatus | None:
    return None if text is None else OrderStatus(text)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _clip(raw: object) -> object:
    """Panel answers go into events for the user to read; cap them so one HTML page can't
    bloat the database."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    if isinstance(raw, str) and len(raw) > _RAW_LIMIT:
        return raw[:_RAW_LIMIT] + "…"
    return raw


def _check_url(url: str) -> None:
    # A URL copied from a browser can carry ?key=...; storing it would put the secret on disk.
    for name, _value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if name.lower() in _FORBIDDEN_PARAMS:
            raise ValueError(
                "The panel URL contains the API key; enter the URL without it "
                "(the key is kept in the system keyring)."
            )


_TERMINAL_TEXT = tuple(s.value for s in OrderStatus if s.is_terminal)

_ORDER_COLUMNS = (
    "local_id, panel_id, service_id, service_name, service_type, link, quantity, params, cost, "
    "state, panel_order_id, error_code, error_text, created_at, sent_at, resolved_at, status, "
    "status_text, charge, start_count, remains, currency, last_checked_at, source, note, "
    "superseded_by, reuses_id_of"
)


def _order(row: sqlite3.Row) -> OrderRecord:
    return OrderRecord(
        local_id=row["local_id"],
        panel_id=row["panel_id"],
        service_id=row["service_id"],
        service_name=row["service_name"],
        service_type=row["service_type"],
        link=row["link"],
        quantity=row["quantity"],
        params=MappingProxyType(json.loads(row["params"])),
        cost=_dec(row["cost"]),
        state=LocalState(row["state"]),
        panel_order_id=row["panel_order_id"],
        error_code=row["error_code"],
        error_text=row["error_text"],
        created_at=_dt_req(row["created_at"]),
        sent_at=_dt(row["sent_at"]),
        resolved_at=_dt(row["resolved_at"]),
        status=_status(row["status"]),
        status_text=row["status_text"],
        charge=_dec(row["charge"]),
        start_count=row["start_count"],
        remains=row["remains"],
        currency=row["currency"],
        last_checked_at=_dt(row["last_checked_at"]),
        source=row["source"],
        note=row["note"],
        superseded_by=row["superseded_by"],
        reuses_id_of=row["reuses_id_of"],
    )


def _panel(row: sqlite3.Row) -> PanelRecord:
    return PanelRecord(
        id=row["id"],
        name=row["name"],
        url=row["url"],
        currency=row["currency"],
        user_agent=row["user_agent"],
        capabilities=MappingProxyType(json.loads(row["capabilities"])),
        created_at=_dt_req(row["created_at"]),
        last_used_at=_dt(row["last_used_at"]),
        removed_at=_dt(row["removed_at"]),
    )


def _refill(row: sqlite3.Row) -> RefillRecord:
    return RefillRecord(
        id=row["id"],
        local_id=row["local_id"],
        panel_refill_id=row["panel_refill_id"],
        state=LocalState(row["state"]),
        status=_status(row["status"]),
        created_at=_dt_req(row["created_at"]),
        updated_at=_dt_req(row["updated_at"]),
        error_text=row["error_text"],
    )
