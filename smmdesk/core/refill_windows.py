"""The refill window of each finished order: how long its service promises refills, when that
ends, and where each order stands (codes; the GUI words them).

Definitions:

- **Candidates**: placed orders (not frozen by a reused number) whose status is *Completed*, and
  *Partial* ones whose service allows refills (the panel's flag says yes, or, where the flag is
  not stated, the service's text promises a refill). Canceled and running orders have no window.
- **Finished at**: the first time the app saw the order in that status (its first "status"
  event with it: the first poll that saw it *Completed*). An imported order was first seen at
  its import, so its window may have begun earlier (``seen_late``).
- **The promise**: the service as the catalogue lists it now (``WindowBasis.CATALOGUE``); a
  service no longer listed is read from the name stored with the order (``ORDER``). The refill
  days, a lifetime refill or "no refill" come from ``core.kinds.classify``. The panel's
  ``refill`` flag wins over the text: a false flag is "no refill" whatever the name promises.
- **State**: ``NO_REFILL`` (the flag says false, or the text says "no refill" and the flag does
  not say yes); ``LIFETIME``; with stated days, the window ends ``days × 24 h`` after finishing:
  ``EXPIRED`` once it has ended, ``ENDING_SOON`` when at most :data:`ENDING_SOON_DAYS` days are
  left, else ``INSIDE``; anything else is ``UNKNOWN`` (``UnknownWhy`` says why).
- **Days left**: whole days left, rounded down (0: less than a day).
- **Order**: ending soon first, then inside, both by time left (least first); then lifetime,
  unknown, expired (most recently ended first) and no refill.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Final, NamedTuple

from smmdesk.core.errors import PanelError
from smmdesk.core.kinds import ServiceKind, classify
from smmdesk.core.models import OrderStatus, Service
from smmdesk.core.parse_services import parse_catalogue

if TYPE_CHECKING:
    from smmdesk.core.store import RefillRecord, Store

__all__ = [
    "DAY_SECONDS",
    "ENDING_SOON_DAYS",
    "FinishedOrder",
    "RefillWindow",
    "ServicesOf",
    "UnknownWhy",
    "WindowBasis",
    "WindowState",
    "catalogue_lookup",
    "read_refill_windows",
    "refill_windows",
]

DAY_SECONDS: Final = 86_400.0
#: an order whose window ends within this many days is shown first
ENDING_SOON_DAYS: Final = 3

#: the catalogue's service of (panel id, service id), or None where it lists none
ServicesOf = Callable[[int, int], Service | None]


class WindowState(StrEnum):
    ENDING_SOON = "ending_soon"  # inside the window, at most ENDING_SOON_DAYS days left
    INSIDE = "inside"
    LIFETIME = "lifetime"  # the service promises refills for ever
    UNKNOWN = "unknown"  # see UnknownWhy
    EXPIRED = "expired"
    NO_REFILL = "no_refill"

    @property
    def refillable(self) -> bool:
        """Still worth asking the panel (an unknown window included: the panel decides)."""
        return self not in (WindowState.EXPIRED, WindowState.NO_REFILL)


class UnknownWhy(StrEnum):
    DAYS_NOT_STATED = "days_not_stated"  # a refill is offered, for how long is not said
    NOT_STATED = "not_stated"  # nothing says whether the service refills
    NOT_SEEN_FINISHING = "not_seen_finishing"  # the app never saw when the order finished


class WindowBasis(StrEnum):
    CATALOGUE = "catalogue"  # the service as the panel's catalogue lists it now
    ORDER = "order"  # the service name stored with the order (no longer listed)


_RANK: Final = {
    WindowState.ENDING_SOON: 0,
    WindowState.INSIDE: 1,
    WindowState.LIFETIME: 2,
    WindowState.UNKNOWN: 3,
    WindowState.EXPIRED: 4,
    WindowState.NO_REFILL: 5,
}
_FINAL_WITH_WINDOW: Final = (OrderStatus.COMPLETED.value, OrderStatus.PARTIAL.value)


class FinishedOrder(NamedTuple):
    """A placed order in a final status that may have a refill window (``Store.finished_orders``);
    ``finished`` is POSIX seconds (UTC) of the first "status" event with its status."""

    local_id: int
    panel_id: int
    panel_order_id: int
    service_id: int | None
    service_name: str
    link: str
    status: str  # OrderStatus value: Completed or Partial
    imported: bool
    finished: float | None


@dataclass(frozen=True, slots=True)
class RefillWindow:
    """One order's refill window at ``now``. ``days``: the refill days promised (None unless
    stated); ``ends_at``/``seconds_left`` only with stated days and a known finishing time
    (``seconds_left`` ≤ 0 once expired); ``by_flag``: a ``NO_REFILL`` the panel's flag says
    (False: the text says it); ``last_refill``: the order's newest refill request, if any."""

    order: FinishedOrder
    state: WindowState
    basis: WindowBasis
    service_name: str
    days: int | None = None
    finished_at: datetime | None = None
    ends_at: datetime | None = None
    seconds_left: float | None = None
    unknown_why: UnknownWhy | None = None
    by_flag: bool = False
    last_refill: RefillRecord | None = None

    @property
    def local_id(self) -> int:
        return self.order.local_id

    @property
    def days_left(self) -> int | None:
        """Whole days left (0: less than a day); None when not counted or expired."""
        if self.seconds_left is None or self.seconds_left <= 0:
            return None
        return math.floor(self.seconds_left / DAY_SECONDS)

    @property
    def seen_late(self) -> bool:
        """First seen already finished (imported): the window may have begun earlier."""
        return self.order.imported

    def sort_key(self) -> tuple[int, float, int]:
        left = self.seconds_left
        if left is None:
            return (_RANK[self.state], 0.0, self.local_id)
        # expired: the most recently ended first
        return (
            _RANK[self.state],
            -left if self.state is WindowState.EXPIRED else left,
            self.local_id,
        )


class _Promise(NamedTuple):
    """What a service promises about refills, before the order's own times."""

    state: WindowState | None  # NO_REFILL, LIFETIME, UNKNOWN; None: ``days`` decides
    days: int | None
    unknown_why: UnknownWhy | None
    by_flag: bool
    basis: WindowBasis
    name: str
    allows: bool  # a stated yes: the flag, or the text promising a refill


def _promise(flag: bool | None, kind: ServiceKind, basis: WindowBasis, name: str) -> _Promise:
    promised = bool(kind.refill_days) or kind.refill_lifetime is True
    allows = flag is True or (flag is None and promised)
    if flag is False:
        return _Promise(WindowState.NO_REFILL, None, None, True, basis, name, False)
    if kind.no_refill is True and flag is None:
        return _Promise(WindowState.NO_REFILL, None, None, False, basis, name, False)
    if kind.refill_lifetime is True:
        return _Promise(WindowState.LIFETIME, None, None, False, basis, name, allows)
    if kind.refill_days:
        return _Promise(None, kind.refill_days, None, False, basis, name, allows)
    why = UnknownWhy.DAYS_NOT_STATED if flag is True or kind.no_refill is False else None
    return _Promise(
        WindowState.UNKNOWN, None, why or UnknownWhy.NOT_STATED, False, basis, name, allows
    )


def _promise_of(row: FinishedOrder, services: ServicesOf) -> _Promise:
    service = None if row.service_id is None else services(row.panel_id, row.service_id)
    if service is None:
        kind = classify(row.service_name)
        return _promise(None, kind, WindowBasis.ORDER, row.service_name)
    kind = classify(service.name, service.category, service.desc)
    return _promise(service.refill, kind, WindowBasis.CATALOGUE, service.name)


def _timing(
    row: FinishedOrder, promise: _Promise, now: float
) -> tuple[WindowState, UnknownWhy | None, float | None, float | None]:
    """(state, why unknown, end, seconds left) of an order whose service states its days."""
    if row.finished is None:
        return WindowState.UNKNOWN, UnknownWhy.NOT_SEEN_FINISHING, None, None
    ends = row.finished + (promise.days or 0) * DAY_SECONDS
    left = ends - now
    if left <= 0:
        return WindowState.EXPIRED, None, ends, left
    if left <= ENDING_SOON_DAYS * DAY_SECONDS:
        return WindowState.ENDING_SOON, None, ends, left
    return WindowState.INSIDE, None, ends, left


def _window(
    row: FinishedOrder, promise: _Promise, last: RefillRecord | None, now: float
) -> RefillWindow:
    if promise.state is not None:
        state, why, ends, left = promise.state, promise.unknown_why, None, None
    else:
        state, why, ends, left = _timing(row, promise, now)
    return RefillWindow(
        order=row,
        state=state,
        basis=promise.basis,
        service_name=promise.name,
        days=promise.days,
        finished_at=None if row.finished is None else datetime.fromtimestamp(row.finished, UTC),
        ends_at=None if ends is None else datetime.fromtimestamp(ends, UTC),
        seconds_left=left,
        unknown_why=why,
        by_flag=promise.by_flag,
        last_refill=last,
    )


def refill_windows(
    rows: Iterable[FinishedOrder],
    services: ServicesOf,
    latest_refills: Mapping[int, RefillRecord],
    now: datetime,
) -> list[RefillWindow]:
    """The refill window of every candidate among ``rows`` at ``now`` (see the module's
    definitions), in the order the Refills view shows them. Each service is read once."""
    at = now.timestamp()
    promises: dict[tuple[int, int | None, str], _Promise] = {}
    found: list[RefillWindow] = []
    for row in rows:
        if row.status not in _FINAL_WITH_WINDOW:
            continue
        key = (row.panel_id, row.service_id, row.service_name)
        promise = promises.get(key)
        if promise is None:
            promise = promises[key] = _promise_of(row, services)
        if row.status == OrderStatus.PARTIAL.value and not promise.allows:
            continue
        found.append(_window(row, promise, latest_refills.get(row.local_id), at))
    found.sort(key=RefillWindow.sort_key)
    return found


def catalogue_lookup(
    store: Store, panel_ids: Iterable[int], known: Mapping[int, Callable[[int], Service | None]]
) -> ServicesOf:
    """A ``ServicesOf`` over ``known`` (panel id -> its catalogue's ``by_id``, e.g. the open
    panel's) and, for the other ``panel_ids``, the catalogue saved in the store (a panel with
    none, or an unreadable one, lists no service)."""
    lookups: dict[int, Callable[[int], Service | None]] = dict(known)
    for panel_id in dict.fromkeys(panel_ids):
        if panel_id in lookups:
            continue
        cached = store.load_catalog(panel_id)
        services: dict[int, Service] = {}
        if cached is not None:
            try:
                services = {s.id: s for s in parse_catalogue(cached.raw)}
            except PanelError:
                services = {}
        lookups[panel_id] = services.get

    def lookup(panel_id: int, service_id: int) -> Service | None:
        found = lookups.get(panel_id)
        return None if found is None else found(service_id)

    return lookup


def read_refill_windows(
    store: Store,
    now: datetime,
    known: Mapping[int, Callable[[int], Service | None]] | None = None,
    panel_id: int | None = None,
) -> list[RefillWindow]:
    """Every finished order's refill window (of one panel, or of all) from the store: one
    query for the orders, one for their newest refills, each panel's catalogue read once."""
    rows = store.finished_orders(panel_id)
    latest = store.latest_refills([r.local_id for r in rows]) if rows else {}
    services = catalogue_lookup(store, (r.panel_id for r in rows), known or {})
    return refill_windows(rows, services, latest, now)
