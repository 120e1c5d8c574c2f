"""Side by side: the services of every panel that are the same as one service, ranked by their
rate in the user's currency.

Equivalence (a wrong match is the worst mistake here, so it prefers showing fewer):

- the same platform **and** the same product, both stated (``kinds.classify``); a service whose
  name does not say either is never matched;
- the same kind of order (``ordertypes.canonical_type_key``): a package and a per-1000 service
  are not priced alike, a custom-comments form is not a quantity form;
- then the attributes the user ticks: **geo** (the same country or region, stated), **refill**
  (a refill at least as long as the selected service's: lifetime beats any number of days),
  **non-drop** (stated non-drop). ``Narrowing.stated_by`` ticks what the selected service
  states, so the view starts as narrow as the service itself.

Money: each panel's rate is per 1000 in its own currency; ``rates`` give one unit of a currency
in the user's currency (the user's own table: no network lookup). A currency without a rate is
shown unconverted and never ranked or marked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from smmdesk.core.kinds import ServiceKind, classify
from smmdesk.core.models import Service
from smmdesk.core.ordertypes import canonical_type_key

__all__ = ["CompareRow", "Narrowing", "Offer", "compare", "convert", "equivalent"]


@dataclass(frozen=True, slots=True)
class Offer:
    """One service of one panel, with what its text says and the panel's currency."""

    panel_id: int
    service: Service
    currency: str
    kind: ServiceKind

    @classmethod
    def of(cls, panel_id: int, service: Service, currency: str) -> Offer:
        kind = classify(service.name, service.category, service.desc)
        return cls(panel_id, service, currency, kind)


@dataclass(frozen=True, slots=True)
class Narrowing:
    """The attributes the user ticked."""

    geo: bool = False
    refill: bool = False
    non_drop: bool = False

    @classmethod
    def stated_by(cls, kind: ServiceKind) -> Narrowing:
        """Every attribute the selected service states, ticked."""
        return cls(
            geo=kind.geo is not None,
            refill=_refill_days(kind) is not None,
            non_drop=kind.non_drop is True,
        )


#: a lifetime refill, as days: longer than any number a name states
_LIFETIME = 1_000_000


def _refill_days(kind: ServiceKind) -> int | None:
    """The days of refill a service states (lifetime as ``_LIFETIME``), None when it states no
    refill or does not say."""
    if kind.refill_lifetime:
        return _LIFETIME
    return kind.refill_days


def equivalent(selected: Offer, other: Offer, narrowing: Narrowing) -> bool:
    """Whether ``other`` is the same service as ``selected`` by the rules above."""
    a, b = selected.kind, other.kind
    if a.platform is None or a.product is None:
        return False
    if (b.platform, b.product) != (a.platform, a.product):
        return False
    if canonical_type_key(other.service.type) != canonical_type_key(selected.service.type):
        return False
    if narrowing.geo and (a.geo is None or b.geo != a.geo):
        return False
    if narrowing.refill:
        wanted, offered = _refill_days(a), _refill_days(b)
        if wanted is None or offered is None or offered < wanted:
            return False
    return not (narrowing.non_drop and b.non_drop is not True)


def convert(
    amount: Decimal, currency: str, user_currency: str, rates: Mapping[str, Decimal]
) -> Decimal | None:
    """``amount`` in ``currency`` as the user's currency; None without a rate for it."""
    if currency.upper() == user_currency.upper():
        return amount
    rate = rates.get(currency.upper())
    if rate is None or rate <= 0:
        return None
    return amount * rate


@dataclass(frozen=True, slots=True)
class CompareRow:
    """One equivalent service: ``rate`` per 1000 (or per package) in the user's currency (None:
    its currency has no rate, shown as ``offer.service.rate`` in ``offer.currency`` and never
    ranked); ``fits`` whether the quantity typed is within its limits (None: none typed);
    ``cheapest`` marks the lowest converted rate that fits."""

    offer: Offer
    rate: Decimal | None
    fits: bool | None
    cheapest: bool
    selected: bool


def compare(
    selected: Offer,
    offers: Iterable[Offer],
    *,
    narrowing: Narrowing,
    user_currency: str,
    rates: Mapping[str, Decimal],
    quantity: int | None = None,
) -> list[CompareRow]:
    """The offers equivalent to ``selected`` (itself included), cheapest first; those without a
    converted rate last, in panel order."""
    found: list[tuple[Offer, Decimal | None, bool | None]] = []
    for offer in offers:
        is_selected = (offer.panel_id, offer.service.id) == (
            selected.panel_id,
            selected.service.id,
        )
        if not is_selected and not equivalent(selected, offer, narrowing):
            continue
        rate = convert(offer.service.rate, offer.currency, user_currency, rates)
        fits = None
        if quantity is not None:
            fits = offer.service.order_min <= quantity <= offer.service.max
        found.append((offer, rate, fits))
    found.sort(
        key=lambda row: (row[1] is None, row[1] or Decimal(0), row[0].panel_id, row[0].service.id)
    )
    best = next(
        (i for i, (_o, rate, fits) in enumerate(found) if rate is not None and fits is not False),
        None,
    )
    return [
        CompareRow(
            offer,
            rate,
            fits,
            cheapest=index == best,
            selected=(offer.panel_id, offer.service.id) == (selected.panel_id, selected.service.id),
        )
        for index, (offer, rate, fits) in enumerate(found)
    ]
