"""The Store's order life cycle: the money rule's intent and outcomes, recovery and settling,
history events and notes, panel ``status`` answers, and importing orders placed elsewhere.

Over 400 lines on purpose: every write to an order's row goes through this one mixin, so the
state machine of the money rule and the history it leaves can be read in one place.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from decimal import Decimal

from smmdesk.core.errors import PanelError, PanelRejected
from smmdesk.core.models import OrderState
from smmdesk.core.store.base import _CHUNK, StoreBase
from smmdesk.core.store.convert import _FORBIDDEN_PARAMS, _clip, _dec, _json, _money, _now, _ts
from smmdesk.core.store.records import LocalState, StateConflict, StoreError

log = logging.getLogger(__name__)

_SOURCES = ("app", "imported", "mass")

# States an order's own send may still settle (see mark_accepted).
_IN_FLIGHT = (LocalState.SENDING, LocalState.UNKNOWN, LocalState.NOT_PLACED)


class OrdersMixin(StoreBase):
    """Writing orders: intents, outcomes, history, statuses and imports."""

    # -- orders: the money rule's intent and outcomes ---------------------------------------

    def create_intent(
        self,
        *,
        panel_id: int,
        service_id: int,
        service_name: str,
        service_type: str,
        params: Mapping[str, str],
        cost: Decimal | None,
        quantity: int | None,
        link: str | None = None,
        source: str = "app",
        note: str = "",
        draft: bool = False,
        detail: Mapping[str, object] | None = None,
    ) -> int:
        """Record an order about to be sent (SENDING) or queued (DRAFT); returns its local id.

        The row is committed (and, with ``synchronous=FULL``, on disk) when this returns, so
        the caller may send the request only afterwards.
        """
        bad = sorted(k for k in params if k.lower() in _FORBIDDEN_PARAMS)
        if bad:
            raise ValueError(f"order params must not contain {bad}: the client adds them itself")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in params.items()):
            raise TypeError("order params must map str to str (exactly what is sent)")
        if source not in _SOURCES:
            raise ValueError(f"source must be one of {_SOURCES}, not {source!r}")
        if not draft:
            self._require_own_commit()
        now = _ts(_now())
        state = LocalState.DRAFT if draft else LocalState.SENDING
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO orders (panel_id, service_id, service_name, service_type, link, "
                "quantity, params, cost, state, created_at, sent_at, source, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    panel_id,
                    service_id,
                    service_name,
                    service_type,
                    params.get("link", "") if link is None else link,
                    quantity,
                    _json(dict(params)),
                    _money(cost),
                    state.value,
                    now,
                    None if draft else now,
                    source,
                    note,
                ),
            )
            local_id = int(cur.lastrowid or 0)
            self._event(conn, local_id, "draft" if draft else "intent", None, detail or {}, now)
        return local_id

    def begin_sending(self, local_id: int) -> bool:
        """DRAFT → SENDING, atomically: False if it was no longer a draft (already sent, or
        deleted), so two workers can never both send the same queued order."""
        self._require_own_commit()
        now = _ts(_now())
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE orders SET state = 'SENDING', sent_at = ? "
                "WHERE local_id = ? AND state = 'DRAFT'",
                (now, local_id),
            )
            if cur.rowcount != 1:
                return False
            self._event(conn, local_id, "intent", None, {}, now)
        return True

    def delete_draft(self, local_id: int) -> bool:
        with self._write() as conn:
            cur = conn.execute(
                "DELETE FROM orders WHERE local_id = ? AND state = 'DRAFT'", (local_id,)
            )
            return cur.rowcount == 1

    def mark_accepted(
        self,
        local_id: int,
        panel_order_id: int,
        raw: object = None,
        *,
        warning: str | None = None,
    ) -> None:
        """SENDING → ACCEPTED with the panel's order id; ``raw``: its (redacted) answer;
        ``warning``: the panel's text beside the id, kept in the "accepted" event's detail.

        Like the other outcomes, also accepted from UNKNOWN / NOT_PLACED: if a second app
        instance recovered (or the user settled) this order while its request was still in
        flight, the panel's own answer is better evidence than that guess.

        An accepted order is always recorded, even when an earlier order of this panel already
        has the same number (a panel whose ids restarted): this order takes the number over
        (``reuses_id_of``, an ``id_reused`` event) and the earlier one is frozen as it was
        (``superseded_by``), so no answer about this order ever rewrites the earlier one.
        """
        detail: dict[str, object] = {"order": int(panel_order_id), "answer": _clip(raw)}
        if warning:
            detail["warning"] = _clip(warning)
        with self._write() as conn:
            self._transition(
                local_id,
                _IN_FLIGHT,
                LocalState.ACCEPTED,
                {"panel_order_id": int(panel_order_id)},
                "accepted",
                detail,
            )
            self._take_over_number(conn, local_id, int(panel_order_id))

    def _take_over_number(self, conn: sqlite3.Connection, local_id: int, order_id: int) -> None:
        """Make ``local_id`` the one order holding panel number ``order_id`` of its panel; the
        orders that held it before are frozen (only their ``superseded_by`` is set)."""
        earlier = [
            int(r[0])
            for r in conn.execute(
                "SELECT o.local_id FROM orders o JOIN orders me ON me.local_id = ? "
                "WHERE o.panel_id = me.panel_id AND o.panel_order_id = ? AND o.local_id != ? "
                "AND o.superseded_by IS NULL",
                (local_id, order_id, local_id),
            )
        ]
        if not earlier:
            return
        marks = ",".join("?" * len(earlier))
        conn.execute(
            f"UPDATE orders SET superseded_by = ? WHERE local_id IN ({marks})",
            (local_id, *earlier),
        )
        conn.execute(
            "UPDATE orders SET reuses_id_of = ? WHERE local_id = ?", (max(earlier), local_id)
        )
        self._event(conn, local_id, "id_reused", None, {"order": order_id, "earlier": max(earlier)})
        log.warning(
            "the panel gave order id %d again: local order %d takes it over; local order(s) %s "
            "are kept as they were and no longer polled",
            order_id,
            local_id,
            earlier,
        )

    def mark_rejected(self, local_id: int, code: str, text: str) -> None:
        """SENDING → REJECTED: the panel refused it, or it never left this machine."""
        self._transition(
            local_id,
            _IN_FLIGHT,
            LocalState.REJECTED,
            {"error_code": code, "error_text": text},
            "rejected",
            {"code": code, "text": _clip(text)},
        )

    def mark_unknown(self, local_id: int, reason: str, *, code: str | None = None) -> None:
        """SENDING → UNKNOWN: the request may have been processed."""
        self._transition(
            local_id,
            _IN_FLIGHT,
            LocalState.UNKNOWN,
            {"error_code": code, "error_text": reason},
            "unknown",
            {"code": code, "text": _clip(reason)},
            resolved=False,
        )

    def recover_interrupted(self) -> list[int]:
        """At start-up: every order (and refill) left SENDING becomes UNKNOWN; returns the
        order ids. Such a request may have reached the panel before the app stopped."""
        reason = "SMMDesk stopped while the order was being sent; it may have been placed."
        now = _ts(_now())
        with self._write() as conn:
            ids = [
                int(r[0])
                for r in conn.execute(
                    "SELECT local_id FROM orders WHERE state = 'SENDING' ORDER BY local_id"
                )
            ]
            conn.execute(
                "UPDATE orders SET state = 'UNKNOWN', error_code = 'interrupted', error_text = ? "
                "WHERE state = 'SENDING'",
                (reason,),
            )
            conn.executemany(
                "INSERT INTO order_events (local_id, at, kind, detail) "
                "VALUES (?, ?, 'recovered', ?)",
                [(i, now, _json({"text": reason})) for i in ids],
            )
            refills = conn.execute(
                "SELECT id, local_id FROM refills WHERE state = 'SENDING'"
            ).fetchall()
            conn.execute(
                "UPDATE refills SET state = 'UNKNOWN', updated_at = ?, error_text = ? "
                "WHERE state = 'SENDING'",
                (now, "SMMDesk stopped while the refill request was being sent."),
            )
            for refill_id, order_id in refills:
                self._event(
                    conn, order_id, "refill", None, {"refill": refill_id, "state": "UNKNOWN"}, now
                )
        if ids:
            log.warning("orders interrupted while sending, now UNKNOWN: %s", ids)
        return ids

    def resolve_unknown(
        self, local_id: int, panel_order_id: int | None, *, by: str = "user"
    ) -> None:
        """Settle an UNKNOWN order: placed (with the panel's order id) or not placed.

        A NOT_PLACED order may still be corrected to placed when the user finds it later.
        ``by`` says who decided (``user`` or ``reconcile``), for the history.
        """
        if panel_order_id is None:
            self._transition(
                local_id,
                (LocalState.UNKNOWN,),
                LocalState.NOT_PLACED,
                {},
                "resolved",
                {"placed": False, "by": by},
            )
            return
        with self._write() as conn:
            clash = conn.execute(
                "SELECT o.local_id FROM orders o JOIN orders me ON me.local_id = ? "
                "WHERE o.panel_id = me.panel_id AND o.panel_order_id = ? AND o.local_id != ?",
                (local_id, panel_order_id, local_id),
            ).fetchone()
            if clash is not None:
                raise StateConflict(
                    f"Order #{panel_order_id} of this panel is already recorded as local order "
                    f"{clash[0]}; check the number.",
                    self.path,
                )
            self._transition(
                local_id,
                (LocalState.UNKNOWN, LocalState.NOT_PLACED),
                LocalState.ACCEPTED,
                {"panel_order_id": int(panel_order_id)},
                "resolved",
                {"placed": True, "order": int(panel_order_id), "by": by},
            )

    def _transition(
        self,
        local_id: int,
        allowed: tuple[LocalState, ...],
        new: LocalState,
        columns: Mapping[str, object],
        kind: str,
        detail: Mapping[str, object],
        *,
        resolved: bool = True,
    ) -> None:
        now = _ts(_now())
        with self._write() as conn:
            row = conn.execute(
                "SELECT state FROM orders WHERE local_id = ?", (local_id,)
            ).fetchone()
            if row is None:
                raise StoreError(f"There is no order {local_id} in {self.path}.", self.path)
            state = LocalState(row[0])
            if state not in allowed:
                raise StateConflict(
                    f"Local order {local_id} is {state.value}; it cannot become {new.value}.",
                    self.path,
                )
            sets = {"state": new.value, **columns}
            if resolved:
                sets["resolved_at"] = now
            assignments = ", ".join(f"{column} = ?" for column in sets)
            conn.execute(
                f"UPDATE orders SET {assignments} WHERE local_id = ?", (*sets.values(), local_id)
            )
            self._event(conn, local_id, kind, None, {"state": new.value, **detail}, now)

    def add_event(self, local_id: int, kind: str, detail: Mapping[str, object]) -> None:
        """Append to an order's history (e.g. the evidence a reconciliation gathered)."""
        with self._write() as conn:
            self._event(conn, local_id, kind, None, detail)

    def set_note(self, local_id: int, note: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE orders SET note = ? WHERE local_id = ?", (note, local_id))

    # -- orders: panel status ---------------------------------------------------------------

    def apply_status(self, panel_id: int, state: OrderState) -> bool:
        """Record one ``status`` answer; True if anything the user sees changed."""
        return bool(self.apply_statuses(panel_id, {state.order_id: state}))

    def apply_statuses(
        self, panel_id: int, results: Mapping[int, OrderState | PanelError]
    ) -> list[int]:
        """Record a ``status`` answer (as ``PanelClient.statuses`` returns it) in one
        transaction. Status fields and a history event are written only for orders whose
        status changed; ``last_checked_at`` is stamped on every order asked about. A per-order
        error (e.g. "Incorrect order ID") is kept as ``status_text``. An answer goes to the
        order holding that number now; an order frozen by a reused number never changes.
        Returns the local ids that changed."""
        now = _ts(_now())
        changed: list[int] = []
        updates: list[tuple[object, ...]] = []
        errors: list[tuple[object, ...]] = []
        events: list[tuple[object, ...]] = []
        checked: list[tuple[object, ...]] = []
        ids = list(results)
        with self._write() as conn:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                # Only the order holding each number now: an answer about a number the panel
                # gave again never touches the earlier order's row or history.
                rows = conn.execute(
                    "SELECT local_id, panel_order_id, status, status_text, charge, start_count, "
                    "remains, currency FROM orders "
                    f"WHERE panel_id = ? AND panel_order_id IN ({marks}) "
                    "AND superseded_by IS NULL ORDER BY local_id",
                    (panel_id, *chunk),
                ).fetchall()
                holders = {int(row["panel_order_id"]): row for row in rows}
                for row in holders.values():
                    local_id = int(row["local_id"])
                    result = results[int(row["panel_order_id"])]
                    checked.append((now, local_id))
                    if isinstance(result, PanelError):
                        text = (
                            result.panel_text
                            if isinstance(result, PanelRejected)
                            else result.message
                        )
                        if row["status_text"] != text:
                            changed.append(local_id)
                            errors.append((text, local_id))
                            events.append(
                                (
                                    local_id,
                                    now,
                                    "status_error",
                                    row["status"],
                                    _json({"text": text}),
                                )
                            )
                        continue
                    old = (
                        row["status"],
                        row["status_text"],
                        _dec(row["charge"]),
                        row["start_count"],
                        row["remains"],
                        row["currency"],
                    )
                    new = (
                        result.status.value,
                        result.status_text,
                        result.charge,
                        result.start_count,
                        result.remains,
                        result.currency,
                    )
                    if old == new:
                        continue
                    changed.append(local_id)
                    updates.append((*new[:2], _money(result.charge), *new[3:], local_id))
                    events.append(
                        (
                            local_id,
                            now,
                            "status",
                            result.status.value,
                            _json(
                                {
                                    "status_text": result.status_text,
                                    "charge": _money(result.charge),
                                    "start_count": result.start_count,
                                    "remains": result.remains,
                                    "currency": result.currency,
                                }
                            ),
                        )
                    )
            conn.executemany(
                "UPDATE orders SET status = ?, status_text = ?, charge = ?, start_count = ?, "
                "remains = ?, currency = ? WHERE local_id = ?",
                updates,
            )
            conn.executemany("UPDATE orders SET status_text = ? WHERE local_id = ?", errors)
            conn.executemany("UPDATE orders SET last_checked_at = ? WHERE local_id = ?", checked)
            conn.executemany(
                "INSERT INTO order_events (local_id, at, kind, status, detail) "
                "VALUES (?, ?, ?, ?, ?)",
                events,
            )
        return changed

    def import_order(
        self,
        panel_id: int,
        panel_order_id: int,
        *,
        service_id: int | None = None,
        service_name: str = "",
        service_type: str = "",
        link: str = "",
        quantity: int | None = None,
        cost: Decimal | None = None,
        note: str = "",
        state: OrderState | None = None,
    ) -> int:
        """Add an order placed elsewhere (panel website, another device) so the app tracks it.

        Idempotent: an order already recorded for this panel returns its existing local id
        (the one holding that number now).
        """
        now = _ts(_now())
        with self._write() as conn:
            found = conn.execute(
                "SELECT local_id FROM orders WHERE panel_id = ? AND panel_order_id = ? "
                "ORDER BY superseded_by IS NOT NULL, local_id DESC LIMIT 1",
                (panel_id, panel_order_id),
            ).fetchone()
            if found is not None:
                return int(found[0])
            cur = conn.execute(
                "INSERT INTO orders (panel_id, service_id, service_name, service_type, link, "
                "quantity, cost, state, panel_order_id, created_at, resolved_at, source, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', ?, ?, ?, 'imported', ?)",
                (
                    panel_id,
                    service_id,
                    service_name,
                    service_type,
                    link,
                    quantity,
                    _money(cost),
                    panel_order_id,
                    now,
                    now,
                    note,
                ),
            )
            local_id = int(cur.lastrowid or 0)
            self._event(conn, local_id, "imported", None, {"order": panel_order_id}, now)
            if state is not None:
                self.apply_statuses(panel_id, {panel_order_id: state})
        return local_id
