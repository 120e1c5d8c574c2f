"""Decoding panel answers (JSON, JSON behind PHP noise, form-encoded errors), recognising their
error objects, and coercing their loosely typed values (numbers as text, 0/1 flags, entities)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, Final
from urllib.parse import parse_qs

from smmdesk.core.errors import (
    AnswerKind,
    AuthError,
    BadResponse,
    PanelError,
    PanelRejected,
    normalise_error_code,
)

__all__ = [
    "SNIPPET_LIMIT",
    "describe_unparseable",
    "error_from_text",
    "loads",
    "raise_if_error",
    "snippet",
    "unparseable_kind",
    "usable_id",
]

SNIPPET_LIMIT: Final = 200
_ERROR_TEXT_LIMIT: Final = 300
# Ids and counts end up in SQLite INTEGER columns (signed 64-bit).
_INT_LIMIT: Final = 2**63 - 1
_TRUE_TEXT: Final = frozenset({"1", "true", "yes", "on", "y"})
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
        return AuthError(f"The panel refused the API key: {text}", panel_text=text)
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


# English sentences for logs and ``str()``; the GUI words an answer by its kind.
_UNPARSEABLE_TEXT: Final = {
    AnswerKind.EMPTY: "The panel sent an empty answer",
    AnswerKind.PHP_ERROR: (
        "The panel's server printed a PHP error instead of API data (a panel-side fault)"
    ),
    AnswerKind.WEB_PAGE: (
        "The panel answered with a web page (Cloudflare/maintenance?) instead of API data"
    ),
    AnswerKind.TRUNCATED_JSON: "The panel's answer was cut off or is malformed JSON",
    AnswerKind.NOT_JSON: "The panel's answer is not JSON",
}


def unparseable_kind(text: str) -> AnswerKind:
    """What an answer that is not JSON looks like: empty, a PHP error, a web page, cut-off JSON
    or other text."""
    head = text.lstrip()[:512].lower()
    if not head:
        return AnswerKind.EMPTY
    if _PHP_NOISE.search(head) and ("<b>" in head or " on line " in head):
        return AnswerKind.PHP_ERROR
    if head.startswith("<") or "<html" in head or "<!doctype" in head:
        return AnswerKind.WEB_PAGE
    if head[0] in "[{":
        return AnswerKind.TRUNCATED_JSON
    return AnswerKind.NOT_JSON


def describe_unparseable(text: str) -> str:
    """An English sentence (for logs) saying what an answer that is not JSON looks like."""
    return _UNPARSEABLE_TEXT[unparseable_kind(text)]


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
    kind = unparseable_kind(text)
    raise BadResponse(_UNPARSEABLE_TEXT[kind], snippet(text), kind=kind)


def _decoded(data: object) -> JSONLike:
    if isinstance(data, bytes | bytearray | str):
        return loads(data)
    return data


def _bad_shape(what: str, obj: object) -> BadResponse:
    return BadResponse(
        f"The panel's answer has an unexpected shape ({what})",
        _short_json(obj),
        kind=AnswerKind.UNEXPECTED_SHAPE,
    )


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
    """A positive integer read leniently (as ``_to_int``): for ids the client sent itself and
    the panel echoes back (service ids, the order ids of a multi answer)."""
    number = _to_int(value)
    return number if number is not None and number > 0 else None


def usable_id(value: object) -> int | None:
    """The id of something the panel has just created (an order, a refill), or None.

    Strict on purpose: a JSON integer above zero, or a string of ASCII digits, within SQLite's
    INTEGER. Floats (``12.0``), exponents (``"1e3"``), decimals (``"12.0"``), signs, spaces,
    trailing text (``"12345abc"``), booleans, zero and negatives are not ids: an answer
    carrying one says the request was processed but not as what, so callers treat it as
    unknown rather than guess a number or a refusal.
    """
    if type(value) is int:
        number = value
    elif isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 19:
        number = int(value)
    else:
        return None
    return number if 0 < number <= _INT_LIMIT else None


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
