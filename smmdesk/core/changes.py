"""What changed in a panel's catalogue from one refresh to the next, service by service, as
codes with the old and new values: the change set the catalogue history keeps.

An id the panel gave to a different service (a new platform, product or name under an old
id) is ``ID_REUSED``, never a mere rename: ordering it as before would buy something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from smmdesk.core.catalog import fold
from smmdesk.core.models import Service

__all__ = [
    "ChangeKind",
    "ServiceChange",
    "diff_services",
    "format_limits",
    "looks_reused",
    "name_overlap",
    "parse_limits",
]


class ChangeKind(StrEnum):
    """One kind of change of one service (stored as its value: never rename a value)."""

    ADDED = "added"  # old: None, new: the rate
    REMOVED = "removed"  # old: the rate, new: None
    RATE_UP = "rate_up"  # old / new: the rates (Decimal text)
    RATE_DOWN = "rate_down"
    LIMITS_CHANGED = "limits"  # old / new: "min:max" (see format_limits)
    RENAMED = "renamed"  # old / new: the names
    TYPE_CHANGED = "type"  # old / new: the types as the panel spells them
    ID_REUSED = "id_reused"  # old / new: the names of the old and the new service


@dataclass(frozen=True, slots=True)
class ServiceChange:
    """One change of one service; ``name`` is the service's name as it is now (its last name
    for a removed one), so a list of changes reads without the catalogue."""

    service_id: int
    kind: ChangeKind
    name: str
    old: str | None
    new: str | None

    @property
    def old_rate(self) -> Decimal | None:
        return _decimal(self.old) if self.kind in _RATE_OLD else None

    @property
    def new_rate(self) -> Decimal | None:
        return _decimal(self.new) if self.kind in _RATE_NEW else None


_RATE_OLD = frozenset({ChangeKind.REMOVED, ChangeKind.RATE_UP, ChangeKind.RATE_DOWN})
_RATE_NEW = frozenset({ChangeKind.ADDED, ChangeKind.RATE_UP, ChangeKind.RATE_DOWN})


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def format_limits(low: int, high: int) -> str:
    return f"{low}:{high}"


def parse_limits(text: str | None) -> tuple[int, int] | None:
    """(min, max) from a stored ``LIMITS_CHANGED`` value; None for anything else."""
    if text is None:
        return None
    low, sep, high = text.partition(":")
    try:
        return (int(low), int(high)) if sep else None
    except ValueError:
        return None


def _first_by_id(services: Iterable[Service]) -> dict[int, Service]:
    """Id -> service; for an id listed twice the first wins, as in the catalogue index."""
    by_id: dict[int, Service] = {}
    for service in services:
        by_id.setdefault(service.id, service)
    return by_id


def diff_services(old: Sequence[Service], new: Sequence[Service]) -> tuple[ServiceChange, ...]:
    """Every change from the ``old`` catalogue to the ``new`` one: removals (in old order),
    then for each service of ``new`` in its order, what was added or changed about it."""
    before, after = _first_by_id(old), _first_by_id(new)
    changes = [
        ServiceChange(sid, ChangeKind.REMOVED, s.name, str(s.rate), None)
        for sid, s in before.items()
        if sid not in after
    ]
    for sid, now in after.items():
        was = before.get(sid)
        if was is None:
            changes.append(ServiceChange(sid, ChangeKind.ADDED, now.name, None, str(now.rate)))
        elif was != now:
            changes.extend(_changes_of(was, now))
    return tuple(changes)


def _changes_of(was: Service, now: Service) -> list[ServiceChange]:
    sid, name = now.id, now.name
    if looks_reused(was, now):
        # another service under the old id: its rate or limits are no "change" of the old one
        return [ServiceChange(sid, ChangeKind.ID_REUSED, name, was.name, now.name)]
    changes: list[ServiceChange] = []
    if was.rate != now.rate:
        kind = ChangeKind.RATE_UP if now.rate > was.rate else ChangeKind.RATE_DOWN
        changes.append(ServiceChange(sid, kind, name, str(was.rate), str(now.rate)))
    if (was.min, was.max) != (now.min, now.max):
        changes.append(
            ServiceChange(
                sid,
                ChangeKind.LIMITS_CHANGED,
                name,
                format_limits(was.min, was.max),
                format_limits(now.min, now.max),
            )
        )
    if was.name != now.name:
        changes.append(ServiceChange(sid, ChangeKind.RENAMED, name, was.name, now.name))
    if was.type != now.type:
        changes.append(ServiceChange(sid, ChangeKind.TYPE_CHANGED, name, was.type, now.type))
    return changes


# -- is it still the same service? -----------------------------------------------------------

_WORD = re.compile(r"\w{2,}")
#: below this share of words in common, two names with no telling platform or product are two
#: different services (a rename keeps most of its words: "Followers [Refill]" -> "Followers")
_FEW_WORDS_SHARED = 0.2


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(fold(text)) if not w.isdigit())


def name_overlap(first: str, second: str) -> float:
    """The share of distinct words (folded, numbers aside) the two names have in common."""
    a, b = _words(first), _words(second)
    if not a or not b:
        return 1.0 if a == b else 0.0
    return len(a & b) / len(a | b)


def looks_reused(was: Service, now: Service) -> bool:
    """Whether ``now`` (same id as ``was``) is a different service rather than the same one
    renamed or repriced. Only what the texts state counts, and only when both state it:
    another platform, or another product, is another service; when neither tells, names that
    share almost no word under another category are. A wrong alarm is noise, so a name the
    classifier cannot read never raises one on its own."""
    if fold(was.name) == fold(now.name) and was.category == now.category:
        return False
    # the vocabularies take ~50 ms to build: loaded when a name first changes, not at start-up
    from smmdesk.core.kinds import classify

    old_kind = classify(was.name, was.category)
    new_kind = classify(now.name, now.category)
    if old_kind.platform and new_kind.platform and old_kind.platform != new_kind.platform:
        return True
    if old_kind.product and new_kind.product and old_kind.product != new_kind.product:
        return True
    if old_kind.platform and new_kind.platform and old_kind.product and new_kind.product:
        return False  # the same platform and product: a rename, whatever the words
    moved = was.category != now.category
    return moved and name_overlap(was.name, now.name) < _FEW_WORDS_SHARED
