"""The Store's catalogue history: each refresh's change set, written with the new cached
catalogue in one transaction, and the queries the Changes view, the notifications and the
order confirmation ask."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from smmdesk.core.changes import ChangeKind, ServiceChange
from smmdesk.core.store.base import StoreBase
from smmdesk.core.store.convert import _dt_req, _now, _ts

__all__ = ["ChangeRecord", "ChangesMixin", "LastOrdered"]


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One stored change: which panel, when its refresh was recorded, and the change."""

    panel_id: int
    at: datetime
    change: ServiceChange


@dataclass(frozen=True, slots=True)
class LastOrdered:
    """The user's last order of a service on a panel: when, and under which name."""

    at: datetime
    service_name: str


_COLUMNS = "c.panel_id, c.at, c.service_id, c.kind, c.name, c.old, c.new"


def _records(rows: Sequence[sqlite3.Row]) -> list[ChangeRecord]:
    """Rows of ``_COLUMNS`` as records. A refresh's changes share one timestamp, so each
    distinct one is parsed once (thousands of rows are read for the Changes window)."""
    times: dict[str, datetime] = {}
    kinds = {kind.value: kind for kind in ChangeKind}
    found: list[ChangeRecord] = []
    for panel_id, at, service_id, kind, name, old, new in rows:
        when = times.get(at)
        if when is None:
            when = times[at] = _dt_req(at)
        change = ServiceChange(service_id, kinds[kind], name, old, new)
        found.append(ChangeRecord(panel_id, when, change))
    return found


#: states of an order the user placed (or may have): a draft or a refusal bought nothing
_PLACED = ("ACCEPTED", "UNKNOWN", "SENDING")


class ChangesMixin(StoreBase):
    """Catalogue change sets and what they are checked against."""

    def add_catalog_changes(
        self, panel_id: int, changes: Sequence[ServiceChange], *, at: datetime | None = None
    ) -> None:
        """Record one refresh's changes (joins the caller's transaction, if any)."""
        if not changes:
            return
        stamp = _ts(at or _now())
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO catalog_changes (panel_id, at, service_id, kind, name, old, new) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (panel_id, stamp, c.service_id, c.kind.value, c.name, c.old, c.new)
                    for c in changes
                ],
            )

    def cached_catalog_digest(self, panel_id: int) -> str | None:
        """The SHA-256 of the panel's cached catalogue (None: none cached)."""
        rows = self._read("SELECT sha256 FROM catalog_cache WHERE panel_id = ?", (panel_id,))
        return str(rows[0][0]) if rows else None

    def catalog_changes(
        self,
        *,
        panel_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        kinds: Collection[ChangeKind] | None = None,
        favourites_only: bool = False,
        limit: int | None = None,
    ) -> list[ChangeRecord]:
        """Stored changes of visible panels, newest first; every filter narrows (``until``
        is exclusive; ``kinds`` None: all, empty: none); at most ``limit`` of them."""
        if kinds is not None and not kinds:
            return []
        where = ["p.removed_at IS NULL"]
        args: list[object] = []
        if panel_id is not None:
            where.append("c.panel_id = ?")
            args.append(panel_id)
        if since is not None:
            where.append("c.at >= ?")
            args.append(_ts(since))
        if until is not None:
            where.append("c.at < ?")
            args.append(_ts(until))
        if kinds is not None:
            where.append(f"c.kind IN ({', '.join('?' * len(kinds))})")
            args.extend(k.value for k in kinds)
        if favourites_only:
            where.append(
                "EXISTS (SELECT 1 FROM favourites f "
                "WHERE f.panel_id = c.panel_id AND f.service_id = c.service_id)"
            )
        rows = self._read(
            f"SELECT {_COLUMNS} FROM catalog_changes c JOIN panels p ON p.id = c.panel_id "
            f"WHERE {' AND '.join(where)} ORDER BY c.at DESC, c.id"
            + ("" if limit is None else f" LIMIT {int(limit):d}"),
            args,
        )
        return _records(rows)

    def service_changes(
        self, panel_id: int, service_id: int, *, since: datetime | None = None
    ) -> list[ChangeRecord]:
        """One service's stored changes on one panel, oldest first (after ``since``)."""
        rows = self._read(
            f"SELECT {_COLUMNS} FROM catalog_changes c "
            "WHERE c.panel_id = ? AND c.service_id = ? AND c.at > ? ORDER BY c.at, c.id",
            (panel_id, service_id, _ts(since) if since is not None else ""),
        )
        return _records(rows)

    def last_ordered(self, panel_id: int, service_id: int) -> LastOrdered | None:
        """The user's newest order of this service on this panel (placed, or maybe placed)."""
        rows = self._read(
            "SELECT created_at, service_name FROM orders WHERE panel_id = ? AND service_id = ? "
            f"AND state IN ({', '.join('?' * len(_PLACED))}) "
            "ORDER BY created_at DESC, local_id DESC LIMIT 1",
            (panel_id, service_id, *_PLACED),
        )
        if not rows:
            return None
        return LastOrdered(_dt_req(rows[0]["created_at"]), rows[0]["service_name"])

    def ordered_since(self, panel_id: int, since: datetime) -> frozenset[int]:
        """The services of this panel the user ordered since ``since``."""
        rows = self._read(
            "SELECT DISTINCT service_id FROM orders WHERE panel_id = ? AND created_at >= ? "
            f"AND service_id IS NOT NULL AND state IN ({', '.join('?' * len(_PLACED))})",
            (panel_id, _ts(since), *_PLACED),
        )
        return frozenset(int(r[0]) for r in rows)
