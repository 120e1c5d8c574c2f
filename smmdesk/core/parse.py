"""Tolerant parsing of panel answers (raw bytes/text or decoded JSON) into core models; no I/O.

Each public function returns models or raises a ``PanelError`` subclass; nothing else escapes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from smmdesk.core.decode import (
    _ERROR_TEXT_LIMIT,
    _TRUE_TEXT,
    SNIPPET_LIMIT,
    _bad_shape,
    _decoded,
    _error_text,
    _to_decimal,
    _to_flag,
    _to_id,
    _to_int,
    _to_text,
    describe_unparseable,
    error_from_text,
    loads,
    raise_if_error,
    snippet,
    usable_id,
)
from smmdesk.core.decode import _unescape as _unescape
from smmdesk.core.errors import PanelError, PanelRejected
from smmdesk.core.models import (
    AddResult,
    Balance,
    CancelResult,
    OrderState,
    OrderStatus,
    RefillResult,
    RefillState,
)
from smmdesk.core.parse_services import _service_hook as _service_hook
from smmdesk.core.parse_services import _service_slow as _service_slow
from smmdesk.core.parse_services import _ServiceBuilder as _ServiceBuilder
from smmdesk.core.parse_services import parse_services, parse_services_report, service_entries

# The redundant "as" imports above re-export the catalogue fast path's private parts, which the
# tests and bench/bench_parse.py check through this module.
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
    "usable_id",
]

_ACCEPTED_TEXT: Final = _TRUE_TEXT | {"ok", "success", "done"}


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


def _panel_note(obj: dict[Any, Any]) -> str | None:
    """The panel's text beside a created id (its ``error`` field), or None when it sent none."""
    value = obj.get("error")
    if value in (None, "", False, 0):
        return None
    return _error_text(value) or None


def _created_id(obj: object, field: str, what: str) -> tuple[int, str | None]:
    """The id an ``add``/``refill`` answer created, with the panel's text beside it.

    An answer with a usable id is a success whatever else it says (the thing exists: calling
    it refused invites paying twice). ``{field: {"error": ...}}``, or an error with no id at
    all, is a refusal. An id that is there but not usable (``"1e3"``, ``0``, ``true``...) or no
    id and no error is ``BadResponse``: the request was processed, the outcome is unknown.
    """
    obj = _decoded(obj)
    if not isinstance(obj, dict):
        raise _bad_shape(f"expected an object with {what}", obj)
    value = obj.get(field)
    created = usable_id(value)
    if created is not None:
        return created, _panel_note(obj)
    if isinstance(value, dict):
        error = _item_error(value)
        if error is not None:
            raise error_from_text(error)
    if value not in (None, ""):
        raise _bad_shape(f"{what} that is not usable", obj)
    raise_if_error(obj)
    raise _bad_shape(f"no {what}", obj)


def parse_add(data: object) -> AddResult:
    """An ``add`` answer (``{"order": 23501}``, maybe with ``"status"`` or an ``"error"`` text
    beside the id, which becomes the result's warning). See ``_created_id`` for the rule."""
    order_id, warning = _created_id(data, "order", "an order id")
    return AddResult(order_id, warning)


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


def parse_refill(data: object, order_id: int) -> RefillResult:
    """A single ``refill`` answer (``{"refill": "1"}``) for ``order_id``: accepted, with the
    panel's text beside the id as a warning; a refusal raises, as for ``add``."""
    refill_id, warning = _created_id(data, "refill", "a refill id")
    return RefillResult(order_id, refill_id, None, warning)


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


def _reads_as_words(value: str) -> bool:
    """A bare string in an id's place is the panel's error text when it reads as words (a
    space, or no digit at all); ``"12345abc"`` or ``"1e3"`` is a mangled id instead."""
    text = value.strip()
    return bool(text) and (" " in text or not any(ch.isdigit() for ch in text))


def parse_refills(data: object) -> list[RefillResult]:
    """A multi-order ``refill`` answer: one result per order it names (entries whose order id
    is not usable are dropped, so those orders read as not mentioned).

    Per order, as for ``add``: a usable refill id is accepted, the entry's (or the whole
    answer's) ``error`` text kept as its warning; ``{"error": ...}`` or an error text and no
    id is a refusal; an unusable id, or nothing at all, leaves the outcome unknown.
    """
    obj = _decoded(data)
    note: str | None = None
    if isinstance(obj, dict) and isinstance(obj.get("data"), list):
        note = _panel_note(obj)  # {"data": [...], "error": "..."}: a note on every entry
        entries: list[Any] = obj["data"]
    else:
        entries = _list_answer(obj, "expected a list of refill results")
    results: list[RefillResult] = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        order_id = usable_id(entry.get("order"))
        if order_id is None:
            continue
        value = entry.get("refill")
        extra = _panel_note(entry) or note
        refill_id = usable_id(value)
        if refill_id is not None:
            results.append(RefillResult(order_id, refill_id, None, extra))
        elif isinstance(value, dict):
            error = _item_error(value)
            results.append(RefillResult(order_id, None, error))  # None: no id, no error
        elif value in (None, ""):
            results.append(RefillResult(order_id, None, extra))
        elif isinstance(value, str) and _reads_as_words(value):
            results.append(RefillResult(order_id, None, value.strip()[:_ERROR_TEXT_LIMIT]))
        else:
            results.append(RefillResult(order_id, None))
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
