"""Parsing the ``services`` catalogue: the fast path (an object hook building Services while
``json.loads`` runs, with per-value caches), the careful per-entry path it falls back to, and
the check that an answer holds a usable catalogue at all."""

from __future__ import annotations

import gc
from decimal import Decimal
from enum import StrEnum
from operator import attrgetter, itemgetter
from typing import Any, Final

from smmdesk.core.decode import (
    _INT_LIMIT,
    _TRUE_TEXT,
    ObjectHook,
    _bad_shape,
    _clean_label,
    _short_json,
    _to_decimal,
    _to_id,
    _to_int,
    _to_text,
    _unescape,
    loads,
    raise_if_error,
)
from smmdesk.core.errors import AnswerKind, BadResponse
from smmdesk.core.logs import redact
from smmdesk.core.models import Service

__all__ = [
    "CatalogueProblem",
    "UnusableCatalogue",
    "parse_catalogue",
    "parse_services",
    "parse_services_report",
    "service_entries",
]


# ---------------------------------------------------------------------------------------------
# services

_FALSE_TEXT: Final = frozenset({"0", "false", "no", "off", "n"})


def _stated_flag(value: object) -> bool | None:
    """A service flag as the panel states it (true/false, 1/0, "1"/"0", "yes"/"no"), or None
    where it states nothing: the key left out, null, "" or a value no panel means as yes or
    no. A flag the panel does not state is unknown, never "no"."""
    if value is True or value is False:
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE_TEXT:
            return True
        return False if text in _FALSE_TEXT else None
    if isinstance(value, int | float):
        return None if value != value else value != 0  # NaN states nothing
    return None


def _service_slow(entry: object) -> Service | str:
    """The careful path for one catalogue entry: a Service, or the reason it was skipped."""
    if not isinstance(entry, dict):
        return f"not an object ({type(entry).__name__})"
    sid = _to_id(entry.get("service"))
    if sid is None:
        return f"no usable service id ({_short_json(entry.get('service'))})"
    rate = _to_decimal(entry.get("rate"))
    if rate is None or rate < 0:
        return f"service {sid}: unusable rate {_short_json(entry.get('rate'))}"
    low = _to_int(entry.get("min"))
    high = _to_int(entry.get("max"))
    if low is None or high is None:
        limits = _short_json([entry.get("min"), entry.get("max")])
        return f"service {sid}: unusable min/max {limits}"
    return Service(
        id=sid,
        name=_clean_label(entry.get("name")) or "",
        type=_clean_label(entry.get("type")) or "Default",
        category=_clean_label(entry.get("category")) or "",
        rate=rate,
        min=low,
        max=high,
        dripfeed=_stated_flag(entry.get("dripfeed")),
        refill=_stated_flag(entry.get("refill")),
        cancel=_stated_flag(entry.get("cancel")),
        desc=_to_text(entry.get("desc")) or "",
    )


_REQUIRED = itemgetter("service", "name", "type", "category", "rate", "min", "max")
_ID = attrgetter("id")


class _Flags(dict[object, bool | None]):
    """Flag spellings met so far -> True/False/None, filled on first sight. Keys that compare
    equal (1, 1.0, True) always mean the same flag, so sharing one entry between them is exact;
    a missing key arrives as None and stays None (unknown)."""

    def __missing__(self, raw: object) -> bool | None:
        value = self[raw] = _stated_flag(raw)
        return value


class _ServiceBuilder:
    """Same slots, same order, as ``Service`` but mutable: the fast path fills one with plain
    (specialised, ~10 ns) attribute stores and then re-labels it a Service by ``__class__``
    assignment, which Python allows between classes of identical layout. That is 2.4x faster
    than setting frozen slots through their descriptors. Should the layouts ever differ, the
    assignment raises TypeError and every entry takes the slow path (correct, just slower).
    """

    # Order matters (it is the memory layout): exactly Service's, checked by a test.
    __slots__ = (  # noqa: RUF023
        "id", "name", "type", "category", "rate", "min", "max", "dripfeed", "refill", "cancel",
        "desc",
    )  # fmt: skip


def _limit_miss(limits: dict[object, int], raw: object) -> int:
    """A min/max spelling the hook has not cached: its number, cached on the way (TypeError:
    not a usable number, the entry goes to the slow path)."""
    # 0/1 are not cached: as dict keys they equal False/True, which are not numbers here.
    if type(raw) is int:
        if not -_INT_LIMIT <= raw <= _INT_LIMIT:
            raise TypeError
        if raw > 1:
            limits[raw] = raw
        return raw
    number = _to_int(raw) if type(raw) is str else None
    if number is None:
        raise TypeError
    limits[raw] = number
    return number


def _label_miss(labels: dict[object, str], raw: object, default: str) -> str:
    """A type/category spelling the hook has not cached: its clean label (``default`` when
    empty), cached on the way (TypeError: not a string, the entry goes to the slow path)."""
    if type(raw) is not str:
        raise TypeError
    label = labels[raw] = _clean_label(raw) or default
    return label


def _service_hook() -> ObjectHook:
    """A ``json`` object hook that turns catalogue entries of the usual shape straight into
    Services while ``json.loads`` runs, and returns every other object unchanged.

    This is the performance path (a 20k catalogue must parse in < 2x ``json.loads``):
    converting while decoding frees each entry dict at once instead of holding 20k of them;
    conversions are cached per distinct raw value (a catalogue repeats a few hundred
    categories, a handful of types, a few dozen min/max values and flag spellings; half its
    rates are distinct, so those are converted each time); objects are built through
    ``_ServiceBuilder``. Whatever it builds equals what ``_service_slow`` builds (a property
    test checks it); anything unexpected (a missing key, an odd type or value) leaves the
    dict to the slow path.
    """
    types: dict[object, str] = {}
    categories: dict[object, str] = {}
    limits: dict[object, int] = {}
    flags = _Flags()
    required = _REQUIRED
    unescape = _unescape
    decimal = Decimal
    int_limit = _INT_LIMIT
    limit_miss = _limit_miss
    label_miss = _label_miss
    new = object.__new__
    builder_class = _ServiceBuilder
    service_class = Service

    def hook(entry: dict[Any, Any]) -> Any:
        try:
            sid, name, raw_type, raw_category, raw_rate, raw_min, raw_max = required(entry)
            if type(sid) is not int:
                if type(sid) is not str or not sid.isdigit() or not sid.isascii() or len(sid) > 19:
                    return entry
                sid = int(sid)
            if not 0 < sid <= int_limit or type(name) is not str:
                return entry
            # Half of a catalogue's rates are distinct: converting beats caching. Strings
            # only (a float rate must go through str()); the bounds are _to_decimal's.
            if type(raw_rate) is not str or len(raw_rate) > 24:
                return entry
            rate = decimal(raw_rate)
            if not rate.is_finite() or rate.is_signed() or not -30 <= rate.adjusted() <= 15:
                return entry
            # Cached values are never falsy except 0, 1 and "": those are recomputed.
            low = limits.get(raw_min) or limit_miss(limits, raw_min)
            high = limits.get(raw_max) or limit_miss(limits, raw_max)
            type_ = types.get(raw_type) or label_miss(types, raw_type, "Default")
            category = categories.get(raw_category) or label_miss(categories, raw_category, "")
            get = entry.get
            dripfeed = flags[get("dripfeed")]
            refill = flags[get("refill")]
            cancel = flags[get("cancel")]
            desc = get("desc")
            if desc is None:
                desc = ""
            elif type(desc) is not str:
                return entry
            service: Any = new(builder_class)
            service.id = sid
            service.name = unescape(name).strip() if "&" in name else name.strip()
            service.type = type_
            service.category = category
            service.rate = rate
            service.min = low
            service.max = high
            service.dripfeed = dripfeed
            service.refill = refill
            service.cancel = cancel
            service.desc = desc
            service.__class__ = service_class
            return service
        except (KeyError, TypeError, ValueError, ArithmeticError):
            return entry

    return hook


def service_entries(obj: object) -> list[Any]:
    """The entry list of a decoded ``services`` answer (bare or wrapped); errors raised."""
    raise_if_error(obj)
    if isinstance(obj, list):
        return obj
    if isinstance(obj, dict):
        for wrapper in ("services", "data"):
            inner = obj.get(wrapper)
            if isinstance(inner, list):
                return inner
    raise _bad_shape("expected a list of services", obj)


def parse_services_report(data: object) -> tuple[list[Service], list[str]]:
    """Parse a ``services`` answer; return the services and one line per entry skipped or
    worth a note.

    Accepts raw bytes/text or decoded JSON; a bare list or ``{"services"|"data": [...]}``.
    Entries with no usable id, rate or min/max are skipped (and reported). An id listed twice
    with different terms keeps both rows (the panel decides which one applies: the catalogue
    shows both, with a warning); an exact repeat of an earlier entry adds nothing and is
    skipped. Both are reported.
    """
    hook = _service_hook()
    if isinstance(data, bytes | bytearray | str):
        # 20k Services are 20k GC-tracked objects: pausing the collector while they are
        # made saves ~10% and collects nothing (they are all alive at the end).
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            entries = service_entries(loads(data, object_hook=hook))
        finally:
            if gc_was_enabled:
                gc.enable()
    else:
        entries = [hook(entry) if type(entry) is dict else entry for entry in service_entries(data)]
    # The common case, checked in C: every entry converted and no id repeated.
    if set(map(type, entries)) <= {Service} and len(set(map(_ID, entries))) == len(entries):
        return entries, []
    services: list[Service] = []
    problems: list[str] = []
    seen: dict[int, list[Service]] = {}
    for index, entry in enumerate(entries):
        outcome = entry if type(entry) is Service else _service_slow(entry)
        if isinstance(outcome, str):
            problems.append(f"entry {index}: {outcome}")
            continue
        earlier = seen.setdefault(outcome.id, [])
        if outcome in earlier:
            problems.append(f"entry {index}: service {outcome.id} repeated as is (skipped)")
            continue
        if earlier:
            problems.append(
                f"entry {index}: service id {outcome.id} listed again with different terms "
                "(both kept)"
            )
        earlier.append(outcome)
        services.append(outcome)
    return services, problems


def parse_services(data: object) -> list[Service]:
    """Parse a ``services`` answer, skipping malformed entries (see ``parse_services_report``)."""
    return parse_services_report(data)[0]


# ---------------------------------------------------------------------------------------------
# a catalogue that can replace a saved one


class CatalogueProblem(StrEnum):
    """Why a ``services`` answer cannot serve as the catalogue."""

    EMPTY = "empty"  # the panel answered an empty list
    UNUSABLE = "unusable"  # a list, but not one entry in it is a usable service
    MOSTLY_UNUSABLE = "mostly_unusable"  # most entries unusable, and a saved list to keep


class UnusableCatalogue(BadResponse):
    """The panel answered its ``services`` list, but it holds no usable service. A saved
    catalogue must never be replaced by it.

    ``problem`` says which case; ``entries`` is how many entries the list had (0 when empty);
    ``skipped`` holds the first few reasons entries were skipped (for logs).
    """

    hint = "The saved catalogue is kept; ask the panel again later."

    def __init__(
        self, problem: CatalogueProblem, entries: int, skipped: tuple[str, ...] = ()
    ) -> None:
        self.problem = problem
        self.entries = entries
        self.skipped = skipped
        if problem is CatalogueProblem.EMPTY:
            message = "The panel answered an empty service list"
        elif problem is CatalogueProblem.MOSTLY_UNUSABLE:
            message = f"Most of the {entries} entries of the panel's service list are unusable"
        else:
            message = f"None of the {entries} entries of the panel's service list is usable"
        super().__init__(message, redact("; ".join(skipped)), kind=AnswerKind.NO_SERVICES)


_SKIPPED_SHOWN: Final = 3


def parse_catalogue(data: object, *, saved: bool = False) -> list[Service]:
    """Parse a ``services`` answer that is to become the catalogue: like ``parse_services``,
    but an answer with no usable service raises ``UnusableCatalogue`` (code ``EMPTY`` or
    ``UNUSABLE``) instead of returning an empty list. With ``saved`` (a saved catalogue would
    be replaced), one whose entries are mostly unusable raises too (``MOSTLY_UNUSABLE``): a
    list with 98 of 100 rates garbled must not turn 98 services into "removed"."""
    services, problems = parse_services_report(data)
    if services and saved and len(problems) > len(services):
        raise UnusableCatalogue(
            CatalogueProblem.MOSTLY_UNUSABLE,
            len(services) + len(problems),
            tuple(problems[:_SKIPPED_SHOWN]),
        )
    if services:
        return services
    if not problems:
        raise UnusableCatalogue(CatalogueProblem.EMPTY, 0)
    raise UnusableCatalogue(
        CatalogueProblem.UNUSABLE, len(problems), tuple(problems[:_SKIPPED_SHOWN])
    )
