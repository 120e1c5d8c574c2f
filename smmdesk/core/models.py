"""Frozen value objects the core hands upwards: services, order states, refills, balance.

Money is always ``Decimal``; ids are ``int``. Parsing from loose panel JSON lives in parse.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

__all__ = [
    "AddResult",
    "Balance",
    "CancelResult",
    "OrderState",
    "OrderStatus",
    "RefillResult",
    "RefillState",
    "Service",
    "cost_of",
]

_THOUSAND = Decimal(1000)


def cost_of(rate: Decimal, quantity: int, runs: int = 1) -> Decimal:
    """cost = rate × quantity / 1000 (× runs for drip-feed), exact; round only for display."""
    return rate * Decimal(quantity) * Decimal(runs) / _THOUSAND


@dataclass(frozen=True, slots=True)
class Service:
    """One entry of the panel's ``services`` list, cleaned (entities decoded, types coerced).

    ``min`` and ``max`` are the panel's own numbers, even when they make no sense (a minimum
    below 1, a minimum above the maximum): ``order_min`` is the smallest quantity that can
    really be ordered. The flags are True or False where the panel states them and None where
    it does not (many panels leave them out): unknown, never "no".
    """

    id: int
    name: str
    type: str  # as the panel spells it, e.g. "Default", "Custom Comments"
    category: str
    rate: Decimal  # price per 1000 units in the panel's currency
    min: int
    max: int
    dripfeed: bool | None = None
    refill: bool | None = None
    cancel: bool | None = None
    desc: str = ""

    @property
    def order_min(self) -> int:
        """The smallest quantity that can be ordered: the panel's minimum, never below 1 (a
        quantity of 0 or less orders nothing, and would cost nothing or less)."""
        return self.min if self.min > 1 else 1


class OrderStatus(StrEnum):
    """Canonical order / subscription / refill statuses. ``UNKNOWN`` covers unrecognised text."""

    PENDING = "Pending"
    IN_PROGRESS = "In progress"
    PROCESSING = "Processing"
    PARTIAL = "Partial"
    COMPLETED = "Completed"
    CANCELED = "Canceled"
    ERROR = "Error"
    OLD = "Old"
    # subscriptions
    ACTIVE = "Active"
    PAUSED = "Paused"
    EXPIRED = "Expired"
    # refills
    REJECTED = "Rejected"
    UNKNOWN = "Unknown"

    @property
    def is_terminal(self) -> bool:
        return self in _TERMINAL

    @classmethod
    def from_text(cls, text: str) -> OrderStatus:
        """Accepts "In progress", "in_progress", "IN-PROGRESS", "cancelled"...; else UNKNOWN."""
        key = "".join(ch for ch in text.lower() if ch.isalpha())
        return _BY_KEY.get(key, cls.UNKNOWN)


_TERMINAL = frozenset(
    {
        OrderStatus.PARTIAL,
        OrderStatus.COMPLETED,
        OrderStatus.CANCELED,
        OrderStatus.ERROR,
        OrderStatus.OLD,
        OrderStatus.EXPIRED,
        OrderStatus.REJECTED,
    }
)
_BY_KEY: dict[str, OrderStatus] = {
    "".join(ch for ch in s.value.lower() if ch.isalpha()): s for s in OrderStatus
}
_BY_KEY.update(
    {
        "cancelled": OrderStatus.CANCELED,
        "inprocess": OrderStatus.IN_PROGRESS,
        "complete": OrderStatus.COMPLETED,
        "refunded": OrderStatus.CANCELED,
        "fail": OrderStatus.ERROR,
        "failed": OrderStatus.ERROR,
    }
)


@dataclass(frozen=True, slots=True)
class OrderState:
    """What ``status`` says about one order. ``None`` where the panel gave nothing usable
    (e.g. ``"remains": "Unknown"``)."""

    order_id: int
    status: OrderStatus
    status_text: str  # the panel's own text, for display when status is UNKNOWN
    charge: Decimal | None = None
    start_count: int | None = None
    remains: int | None = None
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class Balance:
    amount: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class AddResult:
    """An ``add`` answer with a usable order id: the order exists. ``warning`` is the panel's
    own text sent beside the id (``{"order": 5, "error": "Low balance warning"}``), verbatim
    and clipped, or None; it never makes the order a refusal."""

    order_id: int
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class RefillResult:
    """One order's part of a ``refill`` answer: accepted (``refill_id``, maybe with the panel's
    ``warning`` text beside it), refused (``error``, the panel's text, and no id), or neither
    when the answer carries no usable id and no error for it (the outcome is unknown)."""

    order_id: int
    refill_id: int | None
    error: str | None = None
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class RefillState:
    """One entry of a ``refill_status`` answer."""

    refill_id: int
    status: OrderStatus | None
    status_text: str = ""
    error: str | None = None


@dataclass(frozen=True, slots=True)
class CancelResult:
    """One entry of a ``cancel`` answer: accepted, or the panel's per-item error text."""

    order_id: int
    accepted: bool
    error: str | None = None
