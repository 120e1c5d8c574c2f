"""Order form values -> field errors (codes with their arguments), the exact `add` params and
the cost (no Qt, no I/O).

Every numeric field accepts Arabic-Indic digits and thousands separators (core.numbers reads
them, core.links reads links); nothing here raises. Past 400 lines: the checker holds one
method per field kind and the rules across fields, each beside the error it reports.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext
from enum import StrEnum
from typing import Any

from smmdesk.core.links import LinkProblem, normalise_link
from smmdesk.core.models import Service, cost_of
from smmdesk.core.numbers import NumberProblem, ascii_digits, parse_whole_number, read_whole_number
from smmdesk.core.ordertypes import (
    FieldKind,
    FieldSpec,
    OrderTypeSpec,
    fields_for,
    limits_contradict,
    spec_for,
)

__all__ = ["FieldCode", "FieldError", "Validation", "validate_order"]


class FieldCode(StrEnum):
    """What is wrong with a field (:attr:`FieldError.code`); the arguments each code fills
    are named beside it."""

    REQUIRED = "required"  # item: a sigil typed alone ("@"), else ""
    HAS_SPACES = "has_spaces"  # in a list: line, item (as typed); a link: link_problem
    BAD_LINK = "bad_link"  # link_problem
    NOT_A_NUMBER = "not_a_number"
    NOT_WHOLE = "not_whole"  # a decimal point or comma, a misplaced separator, an exponent
    LIMITS_CONTRADICT = "limits_contradict"  # low, high: the panel's min and max
    OUT_OF_RANGE = "out_of_range"  # low, high; value: the number, or the items, entered
    TOO_SMALL = "too_small"  # low; value
    BAD_ITEM = "bad_item"  # line: a list line with only a sigil
    BAD_CHOICE = "bad_choice"  # choices
    BAD_DATE = "bad_date"
    DATE_PAST = "date_past"
    DRIPFEED_INCOMPLETE = "dripfeed_incomplete"  # on the field that is missing
    DRIPFEED_TOTAL = "dripfeed_total"  # runs, quantity, value (their product), high (max)
    MIN_OVER_MAX = "min_over_max"  # low, high: the minimum and maximum entered


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: ``code`` (a :class:`FieldCode`) and the arguments its
    sentence needs (which ones, :class:`FieldCode` says). ``message`` is the short English
    sentence for logs and tests; the GUI words the error from the code and the arguments."""

    field: str
    code: FieldCode
    message: str
    link_problem: LinkProblem | None = None
    line: int | None = None  # 1-based line of a list field
    item: str = ""  # what the user typed that is wrong
    low: int | None = None
    high: int | None = None
    value: int | None = None
    runs: int | None = None
    quantity: int | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Validation:
    """The outcome of checking one order form.

    ``params`` are the exact `add` params (without service/key/action), only when valid.
    ``quantity`` is the effective quantity (the line count for list-priced types).
    ``cost`` is exact and computed as soon as the quantity is valid, even while other fields
    still have errors, so the form can show the price live. For package types it is the rate
    (one package). For subscriptions it is the most one post can cost (rate × max / 1000) and
    ``cost_per_post`` is True: the total depends on how many posts the account makes.
    """

    errors: tuple[FieldError, ...]
    params: dict[str, str] | None
    quantity: int | None
    cost: Decimal | None
    cost_per_post: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def error_for(self, field: str) -> FieldError | None:
        """The first error of ``field``, or None."""
        for error in self.errors:
            if error.field == field:
                return error
        return None


def _n(value: int) -> str:
    return f"{value:,}"


_LINK_MESSAGES = {
    LinkProblem.HAS_SPACES: "The link must not contain spaces",
    LinkProblem.NOT_A_LINK: "Enter a link such as https://instagram.com/name",
    LinkProblem.SCHEME: "Use a link that starts with https:// or http://",
    LinkProblem.NO_SITE: "The link has no site name after https://",
}


# ------------------------------------------------------------------------------ lists

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_KEYWORD_BREAK = re.compile(r"\r\n|\r|\n|,|\u060c")  # Arabic comma too


def _items(text: str, splitter: re.Pattern[str] = _LINE_BREAK) -> list[str]:
    return [item for item in (part.strip() for part in splitter.split(text)) if item]


def _handle(item: str, sigil: str) -> str:
    """Usernames and hashtags are sent bare: "@name" -> "name", "#tag" -> "tag".

    The panel adds the sigil where it writes the mention or the tag, so sending one of our
    own could double it; a bare name is the form every panel understands.
    """
    return item.lstrip(sigil).strip()


_ITEM_NOUN = {"usernames": "username", "hashtags": "hashtag"}
_ITEM_SIGIL = {"usernames": "@", "hashtags": "#", "username": "@", "hashtag": "#"}


# ------------------------------------------------------------------------------ dates

_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def _parse_date(text: str) -> date | None:
    s = ascii_digits(text.strip())
    iso = _ISO_DATE.fullmatch(s)
    dmy = _DMY_DATE.fullmatch(s)
    try:
        if iso is not None:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if dmy is not None:
            return date(int(dmy.group(3)), int(dmy.group(2)), int(dmy.group(1)))
    except ValueError:
        return None
    return None


# ------------------------------------------------------------------------- validation

_REQUIRED_MESSAGES = {
    "link": "Enter the link",
    "quantity": "Enter the quantity",
    "comments": "Enter at least one comment (one per line)",
    "usernames": "Enter at least one username (one per line)",
    "hashtags": "Enter at least one hashtag (one per line)",
    "hashtag": "Enter the hashtag",
    "keywords": "Enter at least one keyword",
    "groups": "Enter at least one group (one per line)",
    "media": "Enter the link to the post",
    "answer_number": "Enter the answer number",
    "delay": "Choose a delay",
}


def _as_text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


class _Checker:
    """Collects errors and params for one form; one method per field kind."""

    def __init__(
        self, service: Service, spec: OrderTypeSpec, today: date, grouping: str = ","
    ) -> None:
        self.service = service
        self.spec = spec
        self.today = today
        self.grouping = grouping
        # No quantity fits limits that contradict each other: one error says so, and the
        # quantity checks that would each restate it stay quiet.
        self.unorderable = limits_contradict(service)
        self.errors: list[FieldError] = []
        self.params: dict[str, str] = {}
        self.numbers: dict[str, int] = {}  # parsed numeric fields that passed their own checks
        self.counts: dict[str, int] = {}  # item counts of LINES fields

    def error(self, field: str, code: FieldCode, message: str, **args: Any) -> None:
        self.errors.append(FieldError(field, code, message, **args))

    def has_error(self, field: str) -> bool:
        return any(error.field == field for error in self.errors)

    def check(self, spec: FieldSpec, raw: str) -> None:
        if spec.kind is FieldKind.QUANTITY and self.unorderable:
            return
        text = raw.strip()
        if not text or (spec.kind is FieldKind.LINES and not _items(text)):
            if spec.required:
                message = _REQUIRED_MESSAGES.get(spec.name, f"{spec.label} is required")
                self.error(spec.name, FieldCode.REQUIRED, message)
            return
        {
            FieldKind.LINK: self._link,
            FieldKind.URL: self._url,
            FieldKind.QUANTITY: self._quantity,
            FieldKind.INTEGER: self._integer,
            FieldKind.TEXT: self._text,
            FieldKind.LINES: self._lines,
            FieldKind.CHOICE: self._choice,
            FieldKind.DATE: self._date,
        }[spec.kind](spec, text)

    def _link(self, spec: FieldSpec, text: str) -> None:
        self._store_link(spec, text, allow_handle=True)

    def _url(self, spec: FieldSpec, text: str) -> None:
        self._store_link(spec, text, allow_handle=False)

    def _store_link(self, spec: FieldSpec, text: str, *, allow_handle: bool) -> None:
        value = normalise_link(text, allow_handle=allow_handle)
        if isinstance(value, LinkProblem):
            code = FieldCode.HAS_SPACES if value is LinkProblem.HAS_SPACES else FieldCode.BAD_LINK
            self.error(spec.name, code, _LINK_MESSAGES[value], link_problem=value)
        else:
            self.params[spec.name] = value

    def _number(self, spec: FieldSpec, text: str) -> int | None:
        value = read_whole_number(text, self.grouping)
        if value is NumberProblem.NOT_WHOLE:
            self.error(
                spec.name,
                FieldCode.NOT_WHOLE,
                f"{spec.label} must be a whole number, without a decimal point",
            )
            return None
        if isinstance(value, NumberProblem):
            self.error(spec.name, FieldCode.NOT_A_NUMBER, f"{spec.label} must be a whole number")
            return None
        return value

    def _quantity(self, spec: FieldSpec, text: str) -> None:
        value = self._number(spec, text)
        if value is None:
            return
        low, high = self.service.order_min, self.service.max
        if not low <= value <= high:
            message = (
                f"{spec.label} must be exactly {_n(low)}"
                if low == high
                else f"{spec.label} must be between {_n(low)} and {_n(high)}"
            )
            self.error(spec.name, FieldCode.OUT_OF_RANGE, message, low=low, high=high, value=value)
            return
        self.numbers[spec.name] = value
        self.params[spec.name] = str(value)

    def _integer(self, spec: FieldSpec, text: str) -> None:
        value = self._number(spec, text)
        if value is None:
            return
        low = spec.min_value
        if low is not None and value < low:
            unit = " minute" if spec.name == "interval" and low == 1 else ""
            message = f"{spec.label} must be at least {_n(low)}{unit}"
            self.error(spec.name, FieldCode.TOO_SMALL, message, low=low, value=value)
            return
        self.numbers[spec.name] = value
        self.params[spec.name] = str(value)

    def _text(self, spec: FieldSpec, text: str) -> None:
        value = _handle(text, _ITEM_SIGIL.get(spec.name, ""))
        noun = spec.label.lower() if spec.name not in _ITEM_SIGIL else spec.name
        if any(ch.isspace() for ch in value):
            self.error(spec.name, FieldCode.HAS_SPACES, f"A {noun} cannot contain spaces")
        elif not value:
            self.error(spec.name, FieldCode.REQUIRED, f"Enter the {noun}", item=text)
        else:
            self.params[spec.name] = value

    def _lines(self, spec: FieldSpec, text: str) -> None:
        splitter = _KEYWORD_BREAK if spec.name == "keywords" else _LINE_BREAK
        items = _items(text, splitter)
        noun = _ITEM_NOUN.get(spec.name)
        if noun is not None:
            for number, item in enumerate(items, start=1):
                bare = _handle(item, _ITEM_SIGIL[spec.name])
                if any(ch.isspace() for ch in bare):
                    self.error(
                        spec.name,
                        FieldCode.HAS_SPACES,
                        f"One {noun} per line: line {number} has a space ({_clip(item)})",
                        line=number,
                        item=item,
                    )
                    return
                if not bare:
                    message = f"Line {number} has no {noun}"
                    self.error(spec.name, FieldCode.BAD_ITEM, message, line=number, item=item)
                    return
            items = [_handle(item, _ITEM_SIGIL[spec.name]) for item in items]
        self.counts[spec.name] = len(items)
        self.params[spec.name] = "\n".join(items)

    def _choice(self, spec: FieldSpec, text: str) -> None:
        number = parse_whole_number(text, self.grouping)
        value = str(number) if number is not None else text
        if value not in spec.choices:
            listed = ", ".join(spec.choices)
            message = f"{spec.label} must be one of {listed}"
            self.error(spec.name, FieldCode.BAD_CHOICE, message, choices=spec.choices, item=text)
            return
        self.params[spec.name] = value

    def _date(self, spec: FieldSpec, text: str) -> None:
        day = _parse_date(text)
        if day is None:
            self.error(
                spec.name,
                FieldCode.BAD_DATE,
                f"{spec.label}: enter a date as day/month/year, e.g. 31/12/2026",
                item=text,
            )
        elif day <= self.today:
            self.error(spec.name, FieldCode.DATE_PAST, f"{spec.label} must be after today")
        else:
            self.params[spec.name] = f"{day.day:02d}/{day.month:02d}/{day.year:04d}"

    # ------------------------------------------------------------ rules across fields

    def dripfeed(self, values: Mapping[str, str]) -> int:
        """Checks runs/interval together; returns the runs multiplier for the cost (1 if none)."""
        if not self.service.dripfeed or self.spec.field("runs") is None:
            return 1
        has_runs = bool(_as_text(values.get("runs")).strip())
        has_interval = bool(_as_text(values.get("interval")).strip())
        if has_runs and not has_interval:
            self.error(
                "interval",
                FieldCode.DRIPFEED_INCOMPLETE,
                "Enter the interval too: drip-feed needs both",
            )
        elif has_interval and not has_runs:
            self.error(
                "runs", FieldCode.DRIPFEED_INCOMPLETE, "Enter the runs too: drip-feed needs both"
            )
        runs = self.numbers.get("runs")
        quantity = self.numbers.get("quantity")
        if runs is None or quantity is None:
            return 1
        total = runs * quantity
        if total > self.service.max:
            self.error(
                "runs",
                FieldCode.DRIPFEED_TOTAL,
                f"Total of {_n(runs)} runs × {_n(quantity)} = {_n(total)} "
                f"exceeds the maximum {_n(self.service.max)}",
                runs=runs,
                quantity=quantity,
                value=total,
                high=self.service.max,
            )
            return 1
        return runs

    def line_quantity(self) -> int | None:
        """For list-priced types: the item count, checked against the service limits."""
        name = self.spec.quantity_from
        if name is None or name not in self.counts:
            return None
        count = self.counts[name]
        low, high = self.service.order_min, self.service.max
        if self.spec.per_package and high <= 1:
            # Limits of 1..1 count packages, not the comments inside one package.
            return count
        if self.unorderable:
            return None
        if not low <= count <= high:
            noun = (self.spec.field(name) or _FALLBACK_FIELD).label.lower()
            limits = f"exactly {_n(low)}" if low == high else f"between {_n(low)} and {_n(high)}"
            message = f"Enter {limits} {noun} (you entered {_n(count)})"
            self.error(name, FieldCode.OUT_OF_RANGE, message, low=low, high=high, value=count)
            return None
        return count

    def subscription_range(self) -> None:
        low, high = self.numbers.get("min"), self.numbers.get("max")
        if low is not None and high is not None and low > high:
            message = "Minimum per post cannot be more than the maximum"
            self.error("min", FieldCode.MIN_OVER_MAX, message, low=low, high=high)


_FALLBACK_FIELD = FieldSpec("", FieldKind.TEXT, "Items")


def _clip(text: str, limit: int = 24) -> str:
    return f"“{text}”" if len(text) <= limit else f"“{text[: limit - 1]}…”"


def _cost(rate: Decimal, quantity: int, runs: int = 1) -> Decimal | None:
    if not rate.is_finite():
        return None
    with localcontext() as ctx:
        # Enough digits that rate × quantity × runs is never rounded.
        ctx.prec = 100
        return cost_of(rate, quantity, runs)


def validate_order(
    service: Service,
    values: Mapping[str, str],
    *,
    today: date | None = None,
    grouping: str = ",",
    rate: Decimal | None = None,
) -> Validation:
    """Check the form ``values`` (field name -> text) for ``service``.

    Fields the service does not take are ignored: drip-feed runs/interval are dropped (not
    sent) unless the service states drip-feed. ``today`` decides whether an expiry is future;
    ``grouping`` is the UI locale's thousands separator (see ``read_whole_number``); ``rate``
    is the rate to estimate the cost at when it is not the service's own (an id the catalogue
    lists twice is estimated at its higher rate). A service whose limits contradict each
    other (min above max) gets one ``limits_contradict`` error on its quantity.
    """
    spec = spec_for(service.type)
    rate = service.rate if rate is None else rate
    checker = _Checker(service, spec, today or date.today(), grouping)
    if checker.unorderable:
        checker.error(
            "quantity" if spec.field("quantity") is not None else spec.quantity_from or "",
            FieldCode.LIMITS_CONTRADICT,
            f"This service cannot be ordered: the panel's limits contradict each other "
            f"(min {_n(service.min)}, max {_n(service.max)})",
            low=service.min,
            high=service.max,
        )
    for field in fields_for(service):
        checker.check(field, _as_text(values.get(field.name)))

    runs = checker.dripfeed(values)
    cost: Decimal | None = None
    quantity: int | None
    if spec.is_subscription:
        checker.subscription_range()
        quantity = None
        high = checker.numbers.get("max")
        if high is not None and not checker.has_error("min"):
            cost = _cost(rate, high)
    elif spec.quantity_from is not None:
        quantity = checker.line_quantity()
    else:
        quantity = checker.numbers.get("quantity")
    if spec.per_package:
        if spec.quantity_from is None or quantity is not None:
            cost = rate if rate.is_finite() else None
    elif quantity is not None and not checker.has_error("runs"):
        cost = _cost(rate, quantity, runs)

    errors = tuple(checker.errors)
    return Validation(
        errors=errors,
        params=None if errors else dict(checker.params),
        quantity=quantity,
        cost=cost,
        cost_per_post=spec.is_subscription,
    )
