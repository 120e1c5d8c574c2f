"""Tolerant parsing of panel answers (raw bytes/text or decoded JSON) into core models; no I/O.

Each public function returns models or raises a ``PanelError`` subclass; nothing else escapes.
"""

from __future__ import annotations

import gc
import html
import json
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from operator import attrgetter, itemgetter
from typing import Any, Final
from urllib.parse import parse_qs

from smmdesk.core.errors import (
    AuthError,
    BadResponse,
    PanelError,
    PanelRejected,
    normalise_error_code,
)
from smmdesk.core.models import (
    Balance,
    CancelResult,
    OrderState,
    OrderStatus,
    RefillResult,
    RefillState,
    Service,
)

__all__ = [
    "SNIPPET_LIMIT",
    "describe_unparseable",
    "error_from_text",
    "loads",
    "parse_add",
    "parse_balance",
    "parse_cancel",
    "parse_refill",
    "parse_refill_status",
    "parse_refill_statuses",
    "parse_refills",
    "parse_services",
    "parse_services_report",
    "parse_status",
    "parse_statuses",
    "raise_if_error",
    "service_entries",
    "snippet",
]

SNIPPET_LIMIT: Final = 200
_ERROR_TEXT_LIMIT: Final = 300
# Ids and counts end up in SQLite INTEGER columns (signed 64-bit).
_INT_LIMIT: Final = 2**63 - 1
_TRUE_TEXT: Final = frozenset({"1", "true", "yes", "on", "y"})
_ACCEPTED_TEXT: Final = _TRUE_TEXT | {"ok", "success", "done"}
_FORM_BODY = re.compile(r"[A-Za-z_][A-Za-z0-9_.\[\]-]*=[^<>{}\n]*")
_WS = re.compile(r"\s+")
_PHP_NOISE = re.compile(r"(warning|notice|deprecated|fatal error|parse error)", re.IGNORECASE)
# A JSON value that follows PHP/HTML noise starts a line or follows a closing tag.
_JSON_START = re.compile(r"(?:^|[\n>])[ \t\r]*([\[{])")
_MAX_SALVAGE_TRIES: Final = 20

JSONLike = Any  # whatever json.loads may return (or a caller's already-decoded value)
ObjectHook = Callable[[dict[Any, Any]], Any]


# ---------------------------------------------------------------------------------------------
# Text helpers


def snippet(text: str | bytes, limit: int = SNIPPET_LIMIT) -> str:
    """A short one-line excerpt of an answer for error messages (not redacted: callers redact)."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text[: limit * 4]).decode("utf-8", errors="replace")
    text = _WS.sub(" ", text[: limit * 4]).strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _short_json(value: object) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)[: SNIPPET_LIMIT * 4]
    except (ValueError, TypeError, RecursionError):
        text = type(value).__name__
    return snippet(text)


def error_from_text(text: str) -> PanelError:
    """The error a panel's ``{"error": text}`` means: ``AuthError`` for key problems, else
    ``PanelRejected`` carrying the normalised code."""
    text = text.strip()[:_ERROR_TEXT_LIMIT] or "(empty error)"
    code = normalise_error_code(text)
    if code == "auth":
        return AuthError(f"The panel refused the API key: {text}")
    return PanelRejected(text, code)


def _error_text(value: object, depth: int = 0) -> str:
    """The readable text of an error value, which panels send as a string, an object or a list."""
    if isinstance(value, str):
        return value.strip()[:_ERROR_TEXT_LIMIT]
    if isinstance(value, dict) and depth < 3:
        for name in ("error", "message", "msg", "description"):
            if name in value:
                return _error_text(value[name], depth + 1)
    if value is None or value is False:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return _short_json(value)


def _is_error_object(obj: dict[Any, Any]) -> bool:
    """``{"error": ...}`` is an error unless the value is empty *and* the answer carries data
    (some panels send ``"error": null`` beside a successful answer)."""
    if "error" not in obj:
        return False
    value = obj["error"]
    return len(obj) == 1 or value not in (None, "", False, 0)


def raise_if_error(obj: object) -> None:
    """Raise ``AuthError``/``PanelRejected`` when a decoded answer is a top-level error object."""
    if isinstance(obj, dict) and _is_error_object(obj):
        raise error_from_text(_error_text(obj["error"]))


# ---------------------------------------------------------------------------------------------
# Decoding


def describe_unparseable(text: str) -> str:
    """A helpful sentence for an answer that is not JSON, chosen by what the text looks like."""
    head = text.lstrip()[:512].lower()
    if not head:
        return "The panel sent an empty answer"
    if _PHP_NOISE.search(head) and ("<b>" in head or " on line " in head):
        return "The panel's server printed a PHP error instead of API data (a panel-side fault)"
    if head.startswith("<") or "<html" in head or "<!doctype" in head:
        return "The panel answered with a web page (Cloudflare/maintenance?) instead of API data"
    if head[0] in "[{":
        return "The panel's answer was cut off or is malformed JSON"
    return "The panel's answer is not JSON"


def _salvage(text: str, object_hook: ObjectHook | None) -> object:
    """Find JSON after PHP warning/notice noise (``<b>Warning</b>: ... <br />{"order": 1}``),
    or before trailing noise. Raises ValueError when nothing salvageable is found."""
    decoder = json.JSONDecoder(object_hook=object_hook)
    stripped = text.strip()
    if stripped[:1] in ("[", "{"):
        # JSON followed by a PHP warning: accept only when the rest really looks like one.
        value, end = decoder.raw_decode(stripped)
        if _PHP_NOISE.search(stripped[end : end + 400]):
            return value
        raise ValueError("trailing data")
    for tries, match in enumerate(_JSON_START.finditer(stripped)):
        if tries >= _MAX_SALVAGE_TRIES:
            break
        try:
            value, end = decoder.raw_decode(stripped, match.start(1))
        except ValueError:
            continue
        if end == len(stripped) and _PHP_NOISE.search(stripped[: match.start(1)]):
            return value
    raise ValueError("no JSON found")


def _form_error(text: str) -> dict[str, str] | None:
    """``error=Invalid+API+key`` (a few panels answer form-encoded) as ``{"error": ...}``."""
    stripped = text.strip()
    if len(stripped) > 2000 or not _FORM_BODY.fullmatch(stripped.split("&", 1)[0]):
        return None
    fields = parse_qs(stripped, keep_blank_values=True)
    if "error" in fields:
        return {"error": fields["error"][0]}
    return None


def loads(data: bytes | bytearray | str, object_hook: ObjectHook | None = None) -> JSONLike:
    """Decode a panel answer: plain JSON, JSON behind PHP warning noise, or a form-encoded
    ``error=...``. Anything else raises ``BadResponse`` with a short snippet.

    ``object_hook`` is json's: it may see objects of an attempt that later fails.
    """
    try:
        return json.loads(data, object_hook=object_hook)
    except (ValueError, RecursionError) as error:
        undecodable = isinstance(error, UnicodeDecodeError)
    if isinstance(data, bytes | bytearray):
        text = bytes(data).decode("utf-8", errors="replace")
    else:
        text = data
    # Retry only what a second attempt can fix: a text BOM, or bytes that are not UTF-8.
    if undecodable or text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
        try:
            return json.loads(text, object_hook=object_hook)
        except (ValueError, RecursionError):
            pass
    try:
        return _salvage(text, object_hook)
    except (ValueError, RecursionError):
        pass
    form = _form_error(text)
    if form is not None:
        return form
    raise BadResponse(describe_unparseable(text), snippet(text))


def _decoded(data: object) -> JSONLike:
    if isinstance(data, bytes | bytearray | str):
        return loads(data)
    return data


def _bad_shape(what: str, obj: object) -> BadResponse:
    return BadResponse(f"The panel's answer has an unexpected shape ({what})", _short_json(obj))


# ---------------------------------------------------------------------------------------------
# Scalar coercion (None = unusable)


def _to_int(value: object) -> int | None:
    """An integer from an int, an integral float, or a numeric string (``"157"``, ``" 50 "``,
    ``"100.0"``); ``None`` for ``"Unknown"``, ``""``, null and anything else."""
    if type(value) is int:
        number = value
    elif isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= 19:
            number = int(text)
        else:
            amount = _to_decimal(text)
            if amount is None or amount != amount.to_integral_value():
                return None
            number = int(amount)
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        return None
    return number if -_INT_LIMIT <= number <= _INT_LIMIT else None


def _to_id(value: object) -> int | None:
    number = _to_int(value)
    return number if number is not None and number > 0 else None


def _to_decimal(value: object) -> Decimal | None:
    """Exact Decimal from a string (kept exact), an int or a float (via ``str``, never binary);
    ``None`` for non-numbers, NaN/Infinity and absurd magnitudes."""
    if isinstance(value, str):
        text = value.strip()
        if not text or len(text) > 64:
            return None
        try:
            amount = Decimal(text)
        except (InvalidOperation, ValueError):
            return None
    elif isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > 10**18:
            return None
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(str(value))
    else:
        return None
    if not amount.is_finite():
        return None
    # Bounded magnitudes keep later arithmetic (cost, display quantize) inside the context.
    if amount and not -30 <= amount.adjusted() <= 15:
        return None
    return amount


def _to_flag(value: object) -> bool:
    """Panels spell flags true/false, 1/0, "1"/"0", "true"; anything unrecognised is False."""
    if value is True:
        return True
    if isinstance(value, str):
        return value.strip().lower() in _TRUE_TEXT
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value != 0 and value == value  # NaN is not "on"
    return False


def _to_text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _clean_label(value: object) -> str | None:
    """Names, categories, types: entities decoded (only when present: speed), ends stripped."""
    text = _to_text(value)
    if text is None:
        return None
    if "&" in text:
        text = _unescape(text)
    return text.strip()


def _unescape(text: str) -> str:
    """``html.unescape``, with quick exact paths when every "&" starts one of the entities
    panels actually send (the general, regex-driven case is several times slower)."""
    ampersands = text.count("&")
    amp = text.count("&amp;")
    if ampersands == amp:
        return text.replace("&amp;", "&")
    lt = text.count("&lt;")
    gt = text.count("&gt;")
    if ampersands == amp + lt + gt:
        # "&amp;" last, so "&amp;lt;" becomes "&lt;" as html.unescape makes it.
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return html.unescape(text)


# ---------------------------------------------------------------------------------------------
# services


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
        dripfeed=_to_flag(entry.get("dripfeed")),
        refill=_to_flag(entry.get("refill")),
        cancel=_to_flag(entry.get("cancel")),
        desc=_to_text(entry.get("desc")) or "",
    )


_REQUIRED = itemgetter("service", "name", "type", "category", "rate", "min", "max")
_ID = attrgetter("id")


class _Flags(dict[object, bool]):
    """Flag spellings met so far -> bool, filled on first sight. Keys that compare equal
    (1, 1.0, True) always mean the same flag, so sharing one entry between them is exact."""

    def __missing__(self, raw: object) -> bool:
        value = self[raw] = _to_flag(raw)
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
    new = object.__new__
    builder_class = _ServiceBuilder
    service_class = Service

    def limit_miss(raw: object) -> int:
        # 0/1 are not cached: as dict keys they equal False/True, which are not numbers here.
        if type(raw) is int:
            if not -int_limit <= raw <= int_limit:
                raise TypeError
            if raw > 1:
                limits[raw] = raw
            return raw
        number = _to_int(raw) if type(raw) is str else None
        if number is None:
            raise TypeError
        limits[raw] = number
        return number

    def type_miss(raw: object) -> str:
        if type(raw) is not str:
            raise TypeError
        label = types[raw] = _clean_label(raw) or "Default"
        return label

    def category_miss(raw: object) -> str:
        if type(raw) is not str:
            raise TypeError
        label = categories[raw] = _clean_label(raw) or ""
        return label

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
            low = limits.get(raw_min) or limit_miss(raw_min)
            high = limits.get(raw_max) or limit_miss(raw_max)
            type_ = types.get(raw_type) or type_miss(raw_type)
            category = categories.get(raw_category) or category_miss(raw_category)
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
    """Parse a ``services`` answer; return the services and one line per skipped entry.

    Accepts raw bytes/text or decoded JSON; a bare list or ``{"services"|"data": [...]}``.
    Entries with no usable id, rate or min/max, and repeated ids, are skipped (and reported).
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
    seen: set[int] = set()
    for index, entry in enumerate(entries):
        outcome = entry if type(entry) is Service else _service_slow(entry)
        if isinstance(outcome, str):
            problems.append(f"entry {index}: {outcome}")
        elif outcome.id in seen:
            problems.append(f"entry {index}: repeated service id {outcome.id}")
        else:
            seen.add(outcome.id)
            services.append(outcome)
    return services, problems


def parse_services(data: object) -> list[Service]:
    """Parse a ``services`` answer, skipping malformed entries (see ``parse_services_report``)."""
    return parse_services_report(data)[0]


# ---------------------------------------------------------------------------------------------
# add / status / balance


def _answer_object(data: object, what: str) -> dict[Any, Any]:
    obj = _decoded(data)
    raise_if_error(obj)
    if not isinstance(obj, dict):
        raise _bad_shape(what, obj)
    return obj


def _item_error(value: object) -> str | None:
    """Per-item errors arrive as ``{"error": ...}`` or a bare non-numeric string."""
    if isinstance(value, dict) and "error" in value:
        return _error_text(value["error"]) or "(empty error)"
    if isinstance(value, str) and value.strip() and _to_int(value) is None:
        return value.strip()[:_ERROR_TEXT_LIMIT]
    return None


def parse_add(data: object) -> int:
    """The order id of an ``add`` answer (``{"order": 23501}``, maybe with ``"status"``)."""
    obj = _answer_object(data, "expected an object with an order id")
    value = obj.get("order")
    # Only an explicit error object is a refusal: an odd value may hide a placed order.
    error = _item_error(value) if isinstance(value, dict) else None
    if error is not None:
        raise error_from_text(error)
    order_id = _to_id(value)
    if order_id is None:
        raise _bad_shape("no order id", obj)
    return order_id


def _order_state(obj: dict[Any, Any], order_id: int) -> OrderState:
    if "status" not in obj:
        raise _bad_shape("no order status", obj)
    raw_status = obj["status"]
    error = _item_error(raw_status) if isinstance(raw_status, dict) else None
    if error is not None:
        raise error_from_text(error)
    text = "" if raw_status is None else _to_text(raw_status)
    if text is None:
        raise _bad_shape("unreadable order status", obj)
    text = text.strip()
    currency = obj.get("currency")
    return OrderState(
        order_id=order_id,
        status=OrderStatus.from_text(text),
        status_text=text[:_ERROR_TEXT_LIMIT],
        charge=_to_decimal(obj.get("charge")),
        start_count=_to_int(obj.get("start_count")),
        remains=_to_int(obj.get("remains")),
        currency=currency.strip() or None if isinstance(currency, str) else None,
    )


def parse_status(data: object, order_id: int) -> OrderState:
    """One order's ``status`` answer. Unusable numbers (``"Unknown"``, ``""``) become None."""
    return _order_state(_answer_object(data, "expected an order status object"), order_id)


def _keyed_entries(obj: object, id_field: str) -> dict[int, object]:
    """Multi answers keyed by id: ``{"1": {...}}``, or a list of objects carrying the id."""
    by_id: dict[int, object] = {}
    if isinstance(obj, dict):
        for key, value in obj.items():
            entry_id = _to_id(key)
            if entry_id is not None:
                by_id[entry_id] = value
    elif isinstance(obj, list):
        for value in obj:
            if isinstance(value, dict):
                entry_id = _to_id(value.get(id_field, value.get("id")))
                if entry_id is not None:
                    by_id[entry_id] = value
    return by_id


def parse_statuses(data: object, ids: Iterable[int]) -> dict[int, OrderState | PanelRejected]:
    """A multi-order ``status`` answer for ``ids``: a state or the panel's per-order refusal.

    Ids the panel did not mention, or whose entry is unreadable, are left out of the result.
    """
    wanted = list(ids)
    obj = _decoded(data)
    raise_if_error(obj)
    if not isinstance(obj, dict | list):
        raise _bad_shape("expected an object keyed by order id", obj)
    # Some panels answer a one-id multi request in the single-order form.
    if isinstance(obj, dict) and len(wanted) == 1 and "status" in obj and str(wanted[0]) not in obj:
        try:
            return {wanted[0]: _order_state(obj, wanted[0])}
        except PanelRejected as refused:
            return {wanted[0]: refused}
    by_id = _keyed_entries(obj, "order")
    if not by_id and obj:
        raise _bad_shape("expected an object keyed by order id", obj)
    result: dict[int, OrderState | PanelRejected] = {}
    for order_id in wanted:
        if order_id not in by_id:
            continue
        entry = by_id[order_id]
        error = _item_error(entry)
        if error is not None:
            result[order_id] = PanelRejected(error)
        elif isinstance(entry, dict):
            try:
                result[order_id] = _order_state(entry, order_id)
            except PanelRejected as refused:
                result[order_id] = refused
            except PanelError:
                continue
    return result


def parse_balance(data: object) -> Balance:
    """``{"balance": "100.84292", "currency": "USD"}`` (maybe with ``"status"``)."""
    obj = _answer_object(data, "expected a balance object")
    amount = _to_decimal(obj.get("balance"))
    if amount is None:
        raise _bad_shape("no usable balance", obj)
    currency = obj.get("currency")
    return Balance(amount, currency.strip() if isinstance(currency, str) else "")


# ---------------------------------------------------------------------------------------------
# refill / refill_status / cancel


def parse_refill(data: object) -> int:
    """The refill id of a single ``refill`` answer (``{"refill": "1"}``)."""
    obj = _answer_object(data, "expected an object with a refill id")
    value = obj.get("refill")
    error = _item_error(value) if isinstance(value, dict) else None
    if error is not None:
        raise error_from_text(error)
    refill_id = _to_id(value)
    if refill_id is None:
        raise _bad_shape("no refill id", obj)
    return refill_id


def _list_answer(data: object, what: str) -> list[Any]:
    obj = _decoded(data)
    raise_if_error(obj)
    if isinstance(obj, dict):
        inner = obj.get("data")
        if isinstance(inner, list):
            return inner
    if not isinstance(obj, list):
        raise _bad_shape(what, obj)
    return obj


def parse_refills(data: object) -> list[RefillResult]:
    """A multi-order ``refill`` answer: one result per order (entries without an order id are
    dropped)."""
    results: list[RefillResult] = []
    for entry in _list_answer(data, "expected a list of refill results"):
        if not isinstance(entry, dict):
            continue
        order_id = _to_id(entry.get("order"))
        if order_id is None:
            continue
        value = entry.get("refill")
        error = _item_error(value)
        refill_id = _to_id(value)
        if error is None and refill_id is None:
            error = "The panel gave no refill id for this order"
        results.append(RefillResult(order_id, None if error else refill_id, error))
    return results


def _refill_state(value: object, refill_id: int) -> RefillState | None:
    """One refill's status value: text, ``{"error": ...}``, or an object with ``status``."""
    if isinstance(value, dict) and "status" in value and "error" not in value:
        value = value["status"]
    if isinstance(value, dict):
        error = _item_error(value)
        if error is None:
            return None
        return RefillState(refill_id, None, "", error)
    text = _to_text(value)
    if text is None:
        return None
    text = text.strip()[:_ERROR_TEXT_LIMIT]
    return RefillState(refill_id, OrderStatus.from_text(text), text)


def parse_refill_status(data: object, refill_id: int) -> RefillState:
    """A single ``refill_status`` answer (``{"status": "Completed"}``)."""
    obj = _answer_object(data, "expected a refill status object")
    if "status" not in obj:
        raise _bad_shape("no refill status", obj)
    state = _refill_state(obj["status"], refill_id)
    if state is None:
        raise _bad_shape("unreadable refill status", obj)
    return state


def parse_refill_statuses(data: object, ids: Iterable[int]) -> dict[int, RefillState]:
    """A multi ``refill_status`` answer for ``ids`` (a list of ``{"refill", "status"}`` or an
    object keyed by refill id). Refills the panel did not mention are left out."""
    wanted = list(ids)
    obj = _decoded(data)
    raise_if_error(obj)
    if not isinstance(obj, dict | list):
        raise _bad_shape("expected a list of refill statuses", obj)
    by_id = _keyed_entries(obj, "refill")
    if not by_id and obj:
        raise _bad_shape("expected a list of refill statuses", obj)
    result: dict[int, RefillState] = {}
    for refill_id in wanted:
        if refill_id in by_id:
            state = _refill_state(by_id[refill_id], refill_id)
            if state is not None:
                result[refill_id] = state
    return result


def parse_cancel(data: object) -> list[CancelResult]:
    """A ``cancel`` answer: per order, accepted (``"cancel": 1``) or the panel's refusal."""
    results: list[CancelResult] = []
    for entry in _list_answer(data, "expected a list of cancel results"):
        if not isinstance(entry, dict):
            continue
        order_id = _to_id(entry.get("order"))
        if order_id is None:
            continue
        value = entry.get("cancel")
        if isinstance(value, str) and value.strip().lower() in _ACCEPTED_TEXT:
            results.append(CancelResult(order_id, True))
            continue
        error = _item_error(value)
        if error is not None:
            results.append(CancelResult(order_id, False, error))
        elif _to_flag(value):
            results.append(CancelResult(order_id, True))
        else:
            results.append(CancelResult(order_id, False, "The panel did not accept the cancel"))
    return results
