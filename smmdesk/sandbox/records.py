"""What the sandbox panel keeps for each order and refill, the snapshots tests read, the
sandbox clock, and the saved (JSON-able) form of an order, checked strictly when read back."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .rules import ValidAdd

__all__ = ["SandboxOrder", "SandboxRefill"]

PENDING_SECONDS = 60.0
_TERMINAL = frozenset(("Completed", "Partial", "Canceled", "Error"))
_SETTABLE = frozenset({"Pending", "In progress", "Processing", "Active"} | _TERMINAL)


@dataclass(frozen=True, slots=True)
class SandboxOrder:
    """A snapshot of one order the panel created (status fields as of the snapshot)."""

    id: int
    service_id: int
    service_type: str  # as the catalogue spells it
    link: str  # for Subscriptions, the username
    quantity: int  # per run; line count for comment lists; 1 for packages
    runs: int
    interval: int | None
    charge: Decimal  # current charge (reduced on Partial, 0 once Canceled)
    params: dict[str, str]  # every param received except the key
    status: str  # "Pending", "In progress", "Active", "Completed", "Partial", "Canceled"...
    remains: int
    start_count: int
    created_at: float  # sandbox clock


@dataclass(frozen=True, slots=True)
class SandboxRefill:
    id: int
    order_id: int
    status: str
    created_at: float


@dataclass(slots=True)
class _Order:
    id: int
    service_id: int
    service_type: str
    kind: str
    add: ValidAdd
    params: dict[str, str]
    created_at: float
    deliver_seconds: float
    final_status: str
    final_remains: int
    charge: Decimal
    forced: tuple[str, int] | None = None
    settled: bool = False

    @property
    def finishes_at(self) -> float:
        return self.created_at + PENDING_SECONDS + self.deliver_seconds

    def dump(self) -> dict[str, Any]:
        add = self.add
        return {
            "id": self.id,
            "service_id": self.service_id,
            "service_type": self.service_type,
            "kind": self.kind,
            "link": add.link,
            "quantity": add.quantity,
            "runs": add.runs,
            "interval": add.interval,
            "total": add.total,
            "unit_price": str(add.unit_price),
            "full_charge": str(add.charge),
            "params": self.params,
            "created_at": self.created_at,
            "deliver_seconds": self.deliver_seconds,
            "final_status": self.final_status,
            "final_remains": self.final_remains,
            "charge": str(self.charge),
            "forced": None if self.forced is None else list(self.forced),
            "settled": self.settled,
        }

    @classmethod
    def load(cls, d: Mapping[str, Any]) -> _Order:
        forced = d["forced"]
        if forced is not None:
            status, remains = forced
            if status not in _SETTABLE:
                raise ValueError(f"unknown forced status {status!r}")
            forced = (status, _int(remains))
        params = d["params"]
        if not isinstance(params, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in params.items()
        ):
            raise ValueError("params must map text to text")
        interval = d["interval"]
        return cls(
            id=_int(d["id"]),
            service_id=_int(d["service_id"]),
            service_type=_text(d["service_type"]),
            kind=_text(d["kind"]),
            add=ValidAdd(
                link=_text(d["link"]),
                quantity=_int(d["quantity"]),
                runs=_int(d["runs"]),
                interval=None if interval is None else _int(interval),
                total=_int(d["total"]),
                unit_price=_money(d["unit_price"]),
                charge=_money(d["full_charge"]),
            ),
            params=dict(params),
            created_at=_seconds(d["created_at"]),
            deliver_seconds=_seconds(d["deliver_seconds"]),
            final_status=_text(d["final_status"]),
            final_remains=_int(d["final_remains"]),
            charge=_money(d["charge"]),
            forced=forced,
            settled=d["settled"] is True,
        )


@dataclass(slots=True)
class _Refill:
    id: int
    order_id: int
    created_at: float


@dataclass(slots=True)
class _Clock:
    speed: float
    offset: float = 0.0
    started: float = field(default_factory=time.monotonic)

    def now(self) -> float:
        return self.offset + self.speed * (time.monotonic() - self.started)


# Strict readers for saved values: a malformed state file must fail to load, not load wrong.


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, not {value!r}")
    return value


def _seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TypeError(f"expected a number of seconds, not {value!r}")
    return float(value)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, not {value!r}")
    return value


def _money(value: Any) -> Decimal:
    amount = Decimal(_text(value))
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return amount
