"""The Store's refill requests: recorded before sending like orders, then updated from the
panel's answers; with the poller's list of refills still in progress, and the finished orders
whose refill windows the Refills view shows."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from smmdesk.core.models import OrderStatus
from smmdesk.core.store.base import _UNSET, StoreBase, _Unset
from smmdesk.core.store.convert import _TERMINAL_TEXT, _clip, _now, _refill, _ts
from smmdesk.core.store.records import LocalState, RefillRecord, StoreError

if TYPE_CHECKING:
    from smmdesk.core.refill_windows import FinishedOrder


class RefillsMixin(StoreBase):
    """Refills: add, update, get, list, and the active ones."""

    # -- refills ----------------------------------------------------------------------------

    def add_refill(
        self,
        local_id: int,
        *,
        state: LocalState = LocalState.SENDING,
        panel_refill_id: int | None = None,
        error_text: str | None = None,
    ) -> int:
        """Record a refill request; like ``add``, commit it as SENDING before sending."""
        now = _ts(_now())
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO refills (local_id, panel_refill_id, state, created_at, updated_at, "
                "error_text) VALUES (?, ?, ?, ?, ?, ?)",
                (local_id, panel_refill_id, LocalState(state).value, now, now, error_text),
            )
            refill_id = int(cur.lastrowid or 0)
            self._event(
                conn,
                local_id,
                "refill",
                None,
                {"refill": refill_id, "state": LocalState(state).value},
                now,
            )
        return refill_id

    def update_refill(
        self,
        refill_id: int,
        *,
        state: LocalState | _Unset = _UNSET,
        panel_refill_id: int | _Unset | None = _UNSET,
        status: OrderStatus | _Unset | None = _UNSET,
        error_text: str | _Unset | None = _UNSET,
        warning: str | None = None,
    ) -> bool:
        """Change the given fields; True (and a history event on the order) if any changed.

        ``warning``: the panel's text beside an accepted refill's id, kept in that event's
        detail (not a column: it says nothing about the refill's later progress)."""
        wanted: dict[str, object] = {}
        if not isinstance(state, _Unset):
            wanted["state"] = LocalState(state).value
        if not isinstance(panel_refill_id, _Unset):
            wanted["panel_refill_id"] = panel_refill_id
        if not isinstance(status, _Unset):
            wanted["status"] = None if status is None else status.value
        if not isinstance(error_text, _Unset):
            wanted["error_text"] = error_text
        now = _ts(_now())
        with self._write() as conn:
            row = conn.execute("SELECT * FROM refills WHERE id = ?", (refill_id,)).fetchone()
            if row is None:
                raise StoreError(f"There is no refill {refill_id} in {self.path}.", self.path)
            diff = {k: v for k, v in wanted.items() if row[k] != v}
            if not diff:
                return False
            sets = ", ".join(f"{column} = ?" for column in diff)
            conn.execute(
                f"UPDATE refills SET {sets}, updated_at = ? WHERE id = ?",
                (*diff.values(), now, refill_id),
            )
            status_now = wanted.get("status", row["status"])
            detail: dict[str, object] = {"refill": refill_id, **diff}
            if warning:
                detail["warning"] = _clip(warning)
            self._event(
                conn,
                row["local_id"],
                "refill",
                None if status_now is None else str(status_now),
                detail,
                now,
            )
        return True

    def get_refill(self, refill_id: int) -> RefillRecord:
        rows = self._read("SELECT * FROM refills WHERE id = ?", (refill_id,))
        if not rows:
            raise StoreError(f"There is no refill {refill_id} in {self.path}.", self.path)
        return _refill(rows[0])

    def list_refills(
        self, local_id: int | None = None, *, panel_id: int | None = None
    ) -> list[RefillRecord]:
        clauses: list[str] = []
        args: list[object] = []
        if local_id is not None:
            clauses.append("r.local_id = ?")
            args.append(local_id)
        if panel_id is not None:
            clauses.append("o.panel_id = ?")
            args.append(panel_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._read(
            f"SELECT r.* FROM refills r JOIN orders o ON o.local_id = r.local_id {where} "
            "ORDER BY r.id",
            args,
        )
        return [_refill(r) for r in rows]

    def active_refills(self, panel_id: int) -> list[tuple[int, int]]:
        """(refill_id, panel_refill_id) of accepted refills not yet final, for the poller (not
        those of an order frozen because the panel gave its number to a later order)."""
        marks = ",".join("?" * len(_TERMINAL_TEXT))
        rows = self._read(
            "SELECT r.id, r.panel_refill_id FROM refills r "
            "JOIN orders o ON o.local_id = r.local_id "
            "WHERE o.panel_id = ? AND o.superseded_by IS NULL "
            "AND r.state = 'ACCEPTED' AND r.panel_refill_id IS NOT NULL "
            f"AND (r.status IS NULL OR r.status NOT IN ({marks})) ORDER BY r.id",
            (panel_id, *_TERMINAL_TEXT),
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    def finished_orders(self, panel_id: int | None = None) -> list[FinishedOrder]:
        """Placed orders (not frozen) whose status is Completed or Partial, of one panel or of
        all, each with the first time a "status" event recorded that status: what
        ``core.refill_windows`` needs, in one query."""
        # imported here: the store is read before the window's first paint, the kinds are not
        from smmdesk.core.refill_windows import FinishedOrder

        clauses = [
            "o.state = 'ACCEPTED'",
            "o.superseded_by IS NULL",
            "o.panel_order_id IS NOT NULL",
            "o.status IN (?, ?)",
        ]
        args: list[object] = [OrderStatus.COMPLETED.value, OrderStatus.PARTIAL.value]
        if panel_id is not None:
            clauses.append("o.panel_id = ?")
            args.append(panel_id)
        sql = (
            "SELECT o.local_id, o.panel_id, o.panel_order_id, o.service_id, o.service_name, "
            "o.link, o.status, o.source = 'imported', "
            # julianday() reads the stored ISO text in C; to the millisecond it keeps
            "ROUND((julianday(MIN(CASE WHEN e.status = o.status THEN e.at END)) - 2440587.5) "
            "* 86400.0, 3) "
            "FROM orders o LEFT JOIN order_events e "
            "ON e.local_id = o.local_id AND e.kind = 'status' "
            f"WHERE {' AND '.join(clauses)} GROUP BY o.local_id"
        )
        try:
            cursor = self._conn().cursor()
            cursor.row_factory = None
            cursor.execute(sql, args)
            return [
                FinishedOrder(
                    int(r[0]), int(r[1]), int(r[2]), r[3], r[4], r[5], r[6], bool(r[7]), r[8]
                )
                for r in cursor
            ]
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the database {self.path}: {exc}", self.path) from exc
