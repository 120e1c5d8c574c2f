"""The sandbox panel's in-memory state and its API actions: orders, refills, balance, clock.

Every public method takes one lock, so concurrent requests cannot corrupt the state.
Time is the sandbox clock: ``speed`` x real seconds since start, plus everything ``advance()``
added (``speed=0`` freezes it, so only ``advance()`` moves it: what tests want).

Order life (sandbox seconds): Pending for 60 s, then In progress while delivering for
120 s + quantity/10 s (at most 1800 s; + the drip-feed schedule), then Completed. At the
default speed (60) an order finishes within ~31 s of real time. Links containing ``partial``
end Partial (10-49% undelivered, refunded); links containing ``slow`` deliver over 30 days.
Subscriptions show Active instead of In progress. Refills: Pending 60 s, In progress until
600 s, then Completed. Money: balance = initial - sum of current charges, always exact;
Canceled (and Error) orders are refunded in full and show charge 0.

Deterministic variety: ``add`` answers carry ``"status": "success"`` for odd order ids;
statuses are spelled panel-style, except ids % 4 == 0 (seed style: lowercase, "processing",
``order`` echoed, no currency) and ids % 4 == 2 ("in_progress"); unknown ids in a multi
``status`` are the bare string "Incorrect order ID" when odd, ``{"error": ...}`` otherwise;
every other ``balance`` answer adds ``"status": "success"``. Refusals: "Refill is disabled for
this service", "Order not eligible for refill." (not Completed), "The refill task is not
completed for this order" (one still running), "Refill not found", "Cancel is disabled for
this service", "This order cannot be canceled" (terminal), more than 100 ids -> an error.

Kept across restarts (see persist.py): ``dump()`` gives the whole state as JSON text,
``on_change`` is called under the lock after every change (before the answer leaves), and
``load()`` takes the parsed text back. The clock resumes where it was plus the wall time that
passed meanwhile at the saved speed, so an order's age never restarts or goes backwards, and
order and refill ids only ever go up.

Over 400 lines on purpose: the panel's whole behaviour behind one lock (each action beside
the order life it changes); the records and their saved form are in records.py.
"""

from __future__ import annotations

import heapq
import json
import threading
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from .catalog import Catalogue
from .records import (
    _SETTABLE,
    _TERMINAL,
    PENDING_SECONDS,
    SandboxOrder,
    SandboxRefill,
    _Clock,
    _int,
    _money,
    _Order,
    _Refill,
    _seconds,
)
from .rules import AddRejected, validate_add

__all__ = ["FIRST_ORDER_ID", "STATE_FORMAT", "PanelState", "SandboxOrder", "SandboxRefill"]

#: the version of ``PanelState.dump()``'s data; ``load()`` refuses any other
STATE_FORMAT = 1
FIRST_ORDER_ID = 23501
FIRST_REFILL_ID = 1
MAX_IDS_PER_REQUEST = 100
MIN_DELIVERY_SECONDS = 120.0
MAX_DELIVERY_SECONDS = 1800.0
SLOW_DELIVERY_SECONDS = 30 * 86400.0
REFILL_PENDING_SECONDS = 60.0
REFILL_DONE_SECONDS = 600.0

_DUPLICATE = "You have active order with this link. Please wait until order being completed."
# Some orders are rendered the way the seed panel writes statuses (id % 4 == 0), some with
# snake_case in-progress (id % 4 == 2): clients must cope with every spelling.
_SEED_STYLE = {"In progress": "processing", "Active": "active"}
_SNAKE_STYLE = {"In progress": "in_progress"}


class PanelState:
    """Orders, refills and balance behind one lock; ``handle(action, params)`` answers."""

    def __init__(self, catalogue: Catalogue, balance: Decimal, currency: str, speed: float) -> None:
        self.catalogue = catalogue
        self.currency = currency
        #: called with this state (under the lock, before the answer leaves) after each change
        self.on_change: Callable[[PanelState], None] | None = None
        self._lock = threading.RLock()
        self._clock = _Clock(speed)
        self._balance = Decimal(balance)
        self._orders: dict[int, _Order] = {}
        self._finishing: list[tuple[float, int]] = []  # heap of (finishes_at, order id)
        self._refills: dict[int, _Refill] = {}
        self._start_counts: dict[int, int] = {}  # set_status overrides
        self._by_target: dict[tuple[int, str], list[int]] = {}  # for the duplicate check
        self._next_order_id = FIRST_ORDER_ID
        self._next_refill_id = FIRST_REFILL_ID
        self._changed = False
        self._order_texts: dict[int, str] = {}  # each order's saved form, until it changes
        self._balance_calls = 0
        self._actions: dict[str, Callable[[dict[str, str]], Any]] = {
            "add": self._add,
            "status": self._status,
            "refill": self._refill,
            "refill_status": self._refill_status,
            "cancel": self._cancel,
            "balance": self._balance_answer,
        }

    # ----- test hooks and snapshots -------------------------------------------------------
    def now(self) -> float:
        with self._lock:
            return self._clock.now()

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._clock.offset += seconds
            self._settle()
            self._changed = True
            self._save()

    @property
    def balance(self) -> Decimal:
        with self._lock:
            self._settle()
            return self._balance

    def set_balance(self, amount: Decimal) -> None:
        with self._lock:
            self._balance = Decimal(amount)
            self._changed = True
            self._save()

    def orders(self) -> dict[int, SandboxOrder]:
        with self._lock:
            self._settle()
            now = self._clock.now()
            return {oid: self._snapshot(order, now) for oid, order in self._orders.items()}

    def refills(self) -> dict[int, SandboxRefill]:
        with self._lock:
            now = self._clock.now()
            return {
                r.id: SandboxRefill(r.id, r.order_id, self._refill_phase(r, now), r.created_at)
                for r in self._refills.values()
            }

    def set_status(
        self, order_id: int, status: str, remains: int | None = None, start_count: int | None = None
    ) -> None:
        """Force an order's status; it stops progressing. Money follows the status."""
        if status not in _SETTABLE:
            raise ValueError(f"unknown status {status!r}; use one of {sorted(_SETTABLE)}")
        with self._lock:
            self._settle()
            order = self._orders[order_id]
            if remains is None:
                remains = {"Completed": 0, "Partial": order.add.total // 2}.get(
                    status, order.add.total
                )
            if not 0 <= remains <= order.add.total:
                raise ValueError(f"remains must be within 0..{order.add.total}")
            order.forced = (status, remains)
            if start_count is not None:
                self._start_counts[order_id] = start_count
            order.settled = True
            self._recharge(order, status, remains)
            self._changed = True
            self._save()

    # ----- kept across restarts -----------------------------------------------------------
    @property
    def next_ids(self) -> tuple[int, int]:
        """(next order id, next refill id) the panel will give out."""
        with self._lock:
            return self._next_order_id, self._next_refill_id

    def dump(self) -> str:
        """Everything a restart needs, as JSON text (money as exact text). Each order's text
        is kept until the order changes, so saving after an ``add`` does not encode them all
        again."""
        with self._lock:
            head = _compact(
                {
                    "format": STATE_FORMAT,
                    "clock": {
                        "now": self._clock.now(),
                        "speed": self._clock.speed,
                        "wall": time.time(),
                    },
                    "balance": str(self._balance),
                    "next_order_id": self._next_order_id,
                    "next_refill_id": self._next_refill_id,
                    "refills": [[r.id, r.order_id, r.created_at] for r in self._refills.values()],
                    "start_counts": [[oid, count] for oid, count in self._start_counts.items()],
                }
            )
            texts = self._order_texts
            for oid, order in self._orders.items():
                if oid not in texts:
                    texts[oid] = _compact(order.dump())
            return f'{head[:-1]},"orders":[{",".join(texts.values())}]}}'

    def load(self, data: Mapping[str, Any]) -> None:
        """Take back what ``dump()`` gave: all of it, or (raising ValueError, TypeError,
        KeyError or ArithmeticError on anything malformed) nothing."""
        if data.get("format") != STATE_FORMAT:
            raise ValueError(f"unknown state format {data.get('format')!r}")
        clock = data["clock"]
        # The panel kept going while it was away, at the speed it had; a wall clock set back
        # must not make orders younger.
        away = max(0.0, time.time() - _seconds(clock["wall"]))
        now = _seconds(clock["now"]) + _seconds(clock["speed"]) * away
        orders = {order.id: order for order in map(_Order.load, data["orders"])}
        refills = {
            rid: _Refill(rid, oid, at)
            for rid, oid, at in ((_int(r[0]), _int(r[1]), _seconds(r[2])) for r in data["refills"])
        }
        start_counts = {_int(oid): _int(count) for oid, count in data["start_counts"]}
        balance = _money(data["balance"])
        next_order = max(_int(data["next_order_id"]), max(orders, default=0) + 1)
        next_refill = max(_int(data["next_refill_id"]), max(refills, default=0) + 1)
        by_target: dict[tuple[int, str], list[int]] = {}
        for order in orders.values():
            by_target.setdefault((order.service_id, order.add.link.lower()), []).append(order.id)
        finishing = [(o.finishes_at, o.id) for o in orders.values() if not o.settled]
        heapq.heapify(finishing)
        with self._lock:
            self._clock = _Clock(self._clock.speed, offset=now)
            self._orders, self._refills, self._start_counts = orders, refills, start_counts
            self._balance, self._by_target, self._finishing = balance, by_target, finishing
            self._next_order_id, self._next_refill_id = next_order, next_refill
            self._order_texts.clear()

    def raise_next_ids(self, order_id: int | None = None, refill_id: int | None = None) -> None:
        """Issue no order id below ``order_id`` and no refill id below ``refill_id`` from now on
        (ids restarting would give an old order's number to a new one)."""
        with self._lock:
            self._next_order_id = max(self._next_order_id, order_id or 0)
            self._next_refill_id = max(self._next_refill_id, refill_id or 0)

    def _save(self) -> None:
        if self._changed and self.on_change is not None:
            self.on_change(self)
        self._changed = False

    # ----- request entry point ------------------------------------------------------------
    def handle(self, action: str, params: dict[str, str]) -> Any:
        """Answer one authenticated request; the result is JSON-able, or bytes (services)."""
        if action == "services":
            return self.catalogue.json_bytes()
        handler = self._actions.get(action)
        if handler is None:
            return {"error": "Incorrect request"}
        with self._lock:
            self._settle()
            answer = handler(params)
            self._save()  # before the answer leaves: an order id given out is on disk
            return answer

    # ----- internals ----------------------------------------------------------------------
    def _settle(self) -> None:
        """Apply the money side of orders that have reached their final status by now."""
        now = self._clock.now()
        while self._finishing and self._finishing[0][0] <= now:
            _, oid = heapq.heappop(self._finishing)
            order = self._orders[oid]
            if not order.settled:
                order.settled = True
                self._recharge(order, order.final_status, order.final_remains)

    def _recharge(self, order: _Order, status: str, remains: int) -> None:
        if status in ("Canceled", "Error"):
            new_charge = Decimal(0)
        elif status == "Partial":
            new_charge = order.add.unit_price * (order.add.total - remains)
        else:
            new_charge = order.add.charge
        self._balance += order.charge - new_charge
        order.charge = new_charge
        self._order_texts.pop(order.id, None)  # every change of an order's fields comes here

    def _phase(self, order: _Order, now: float) -> tuple[str, int, int]:
        """(status, remains, start_count) of ``order`` at sandbox time ``now``."""
        start = self._start_counts.get(order.id, 100 + (order.id * 7919) % 50000)
        if order.forced is not None:
            status, remains = order.forced
            return status, remains, 0 if status == "Pending" else start
        age = now - order.created_at
        if age < PENDING_SECONDS:
            return "Pending", order.add.total, 0
        if now < order.finishes_at:
            done = (age - PENDING_SECONDS) / order.deliver_seconds
            delivered = int((order.add.total - order.final_remains) * done)
            running = "Active" if order.kind == "Subscriptions" else "In progress"
            return running, order.add.total - delivered, start
        return order.final_status, order.final_remains, start

    def _snapshot(self, order: _Order, now: float) -> SandboxOrder:
        status, remains, start = self._phase(order, now)
        return SandboxOrder(
            id=order.id,
            service_id=order.service_id,
            service_type=order.service_type,
            link=order.add.link,
            quantity=order.add.quantity,
            runs=order.add.runs,
            interval=order.add.interval,
            charge=order.charge,
            params=dict(order.params),
            status=status,
            remains=remains,
            start_count=start,
            created_at=order.created_at,
        )

    def _is_active(self, order: _Order, now: float) -> bool:
        return self._phase(order, now)[0] not in _TERMINAL

    # ----- actions ------------------------------------------------------------------------
    def _add(self, params: dict[str, str]) -> dict[str, Any]:
        try:
            entry = self.catalogue.entries[int(params.get("service", "").strip())]
        except (KeyError, ValueError):
            return {"error": "Incorrect service ID"}
        try:
            add = validate_add(entry, params)
        except AddRejected as exc:
            return {"error": str(exc)}
        now = self._clock.now()
        target = add.link.lower()
        same_target = self._by_target.setdefault((entry.id, target), [])
        if any(self._is_active(self._orders[other], now) for other in same_target):
            return {"error": _DUPLICATE}
        if add.charge > self._balance:
            return {"error": "Not enough funds on balance"}
        oid = self._next_order_id
        self._next_order_id += 1
        if "slow" in target:
            deliver = SLOW_DELIVERY_SECONDS
        else:
            deliver = min(MAX_DELIVERY_SECONDS, MIN_DELIVERY_SECONDS + add.total / 10)
            if add.interval is not None:
                deliver += (add.runs - 1) * add.interval * 60.0
        final_status, final_remains = "Completed", 0
        if "partial" in target:
            final_status = "Partial"
            final_remains = max(1, add.total * (10 + oid % 40) // 100)
        order = _Order(
            id=oid,
            service_id=entry.id,
            service_type=entry.type,
            kind=entry.kind,
            add=add,
            params=dict(params),
            created_at=now,
            deliver_seconds=deliver,
            final_status=final_status,
            final_remains=final_remains,
            charge=add.charge,
        )
        self._orders[oid] = order
        same_target.append(oid)
        self._balance -= add.charge
        heapq.heappush(self._finishing, (order.finishes_at, oid))
        self._changed = True
        # Like the seed panel, about half the answers also carry "status": "success".
        return {"status": "success", "order": oid} if oid % 2 else {"order": oid}

    def _status_entry(self, order: _Order, now: float) -> dict[str, str]:
        status, remains, start = self._phase(order, now)
        charge = format_money(order.charge)
        if order.id % 4 == 0:
            return {
                "order": str(order.id),
                "status": _SEED_STYLE.get(status, status.lower()),
                "charge": charge,
                "start_count": str(start),
                "remains": str(remains),
            }
        if order.id % 4 == 2:
            status = _SNAKE_STYLE.get(status, status)
        return {
            "charge": charge,
            "start_count": str(start),
            "status": status,
            "remains": str(remains),
            "currency": self.currency,
        }

    def _status(self, params: dict[str, str]) -> Any:
        now = self._clock.now()
        if "orders" in params:
            ids = _id_list(params["orders"])
            if len(ids) > MAX_IDS_PER_REQUEST:
                return {"error": f"Maximum {MAX_IDS_PER_REQUEST} orders per request"}
            answer: dict[str, Any] = {}
            for raw in ids:
                order = self._lookup(self._orders, raw)
                if order is not None:
                    answer[raw] = self._status_entry(order, now)
                elif raw.isdigit() and int(raw) % 2:
                    answer[raw] = "Incorrect order ID"  # the seed's bare-string form
                else:
                    answer[raw] = {"error": "Incorrect order ID"}
            return answer
        order = self._lookup(self._orders, params.get("order", ""))
        if order is None:
            return {"error": "Incorrect order ID"}
        return self._status_entry(order, now)

    def _refill_one(self, raw: str, now: float) -> int | str:
        """A new refill id, or the error text."""
        order = self._lookup(self._orders, raw)
        if order is None:
            return "Incorrect order ID"
        entry = self.catalogue.entries.get(order.service_id)  # a restart may bring a new list
        if entry is None or not entry.refill:
            return "Refill is disabled for this service"
        if self._phase(order, now)[0] != "Completed":
            return "Order not eligible for refill."
        for refill in self._refills.values():
            if refill.order_id == order.id and self._refill_phase(refill, now) != "Completed":
                return "The refill task is not completed for this order"
        rid = self._next_refill_id
        self._next_refill_id += 1
        self._refills[rid] = _Refill(rid, order.id, now)
        self._changed = True
        return rid

    def _refill(self, params: dict[str, str]) -> Any:
        now = self._clock.now()
        if "orders" in params:
            ids = _id_list(params["orders"])
            if len(ids) > MAX_IDS_PER_REQUEST:
                return {"error": f"Maximum {MAX_IDS_PER_REQUEST} orders per request"}
            out = []
            for raw in ids:
                result = self._refill_one(raw, now)
                value = result if isinstance(result, int) else {"error": result}
                out.append({"order": _echo_id(raw), "refill": value})
            return out
        result = self._refill_one(params.get("order", ""), now)
        return {"refill": str(result)} if isinstance(result, int) else {"error": result}

    @staticmethod
    def _refill_phase(refill: _Refill, now: float) -> str:
        age = now - refill.created_at
        if age < REFILL_PENDING_SECONDS:
            return "Pending"
        return "In progress" if age < REFILL_DONE_SECONDS else "Completed"

    def _refill_status(self, params: dict[str, str]) -> Any:
        now = self._clock.now()
        if "refills" in params:
            ids = _id_list(params["refills"])
            if len(ids) > MAX_IDS_PER_REQUEST:
                return {"error": f"Maximum {MAX_IDS_PER_REQUEST} refills per request"}
            out = []
            for raw in ids:
                refill = self._lookup(self._refills, raw)
                status: Any = (
                    {"error": "Refill not found"}
                    if refill is None
                    else self._refill_phase(refill, now)
                )
                out.append({"refill": _echo_id(raw), "status": status})
            return out
        refill = self._lookup(self._refills, params.get("refill", ""))
        if refill is None:
            return {"error": "Refill not found"}
        return {"status": self._refill_phase(refill, now)}

    def _cancel(self, params: dict[str, str]) -> Any:
        now = self._clock.now()
        ids = _id_list(params.get("orders", params.get("order", "")))
        if len(ids) > MAX_IDS_PER_REQUEST:
            return {"error": f"Maximum {MAX_IDS_PER_REQUEST} orders per request"}
        out = []
        for raw in ids:
            order = self._lookup(self._orders, raw)
            result: Any = 1
            if order is None:
                result = {"error": "Incorrect order ID"}
            elif not getattr(self.catalogue.entries.get(order.service_id), "cancel", False):
                result = {"error": "Cancel is disabled for this service"}
            elif not self._is_active(order, now):
                result = {"error": "This order cannot be canceled"}
            else:
                order.forced = ("Canceled", order.add.total)
                order.settled = True
                self._recharge(order, "Canceled", order.add.total)
                self._changed = True
            out.append({"order": _echo_id(raw), "cancel": result})
        return out

    def _balance_answer(self, params: dict[str, str]) -> dict[str, str]:
        self._balance_calls += 1
        answer = {"balance": format_money(self._balance), "currency": self.currency}
        if self._balance_calls % 2:
            answer = {"status": "success", **answer}
        return answer

    @staticmethod
    def _lookup(table: dict[int, Any], raw: str) -> Any:
        raw = raw.strip()
        return table.get(int(raw)) if raw.isdigit() else None


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _id_list(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def _echo_id(raw: str) -> int | str:
    return int(raw) if raw.isdigit() else raw


_FIVE_PLACES = Decimal("0.00001")


def format_money(amount: Decimal) -> str:
    """Panel style ("0.27819", "100.84292"): five decimals, more only when exactness needs it."""
    if amount == amount.quantize(_FIVE_PLACES):
        return str(amount.quantize(_FIVE_PLACES))
    return format(amount.normalize(), "f")
