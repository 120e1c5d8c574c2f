"""Validation errors in the user's language: a sentence per FieldCode, built from the
FieldError's arguments (the limits, the line, the item) and the field's label."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from smmdesk.core.links import LinkProblem
from smmdesk.core.models import Service
from smmdesk.core.numbers import parse_whole_number
from smmdesk.core.ordertypes import FieldKind, FieldSpec, spec_for
from smmdesk.core.validate import FieldCode, FieldError
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.services import order_type_text

__all__ = ["KEYWORD_BREAK", "LINE_BREAK", "blocking_error_text", "choice_text", "field_error_text"]

LINE_BREAK = re.compile(r"\r\n|\r|\n")
KEYWORD_BREAK = re.compile(r"\r\n|\r|\n|,|\u060c")

_N = numbers.fmt_int


def choice_text(value: str) -> str:
    """A choice as shown: numbers in the user's digits, anything else as the panel wrote it."""
    number = parse_whole_number(value)
    return _N(number) if number is not None else value


def _n(value: int | None) -> str:
    return _N(value) if value is not None else "—"


def _clip(item: str, limit: int = 24) -> str:
    """A list item as a sentence quotes it: at most ``limit`` characters."""
    return item if len(item) <= limit else item[: limit - 1] + "…"


@dataclass(frozen=True)
class _Field:
    """The field an error is about, as the form shows it (None: a field the type lacks)."""

    spec: FieldSpec | None
    label: str

    @property
    def kind(self) -> FieldKind | None:
        return self.spec.kind if self.spec is not None else None


def field_error_text(error: FieldError, service: Service) -> str:
    """A validation error in the user's language, built from its code and arguments; the
    field's label comes from ``service``'s order type."""
    spec = spec_for(service.type).field(error.field)
    label = order_type_text(spec.label) if spec is not None else error.field
    return _WORDS[error.code](error, _Field(spec, label))


def blocking_error_text(error: FieldError, service: Service) -> str:
    """``error`` as the reason the order cannot be placed yet."""
    text = field_error_text(error, service)
    if error.code is FieldCode.REQUIRED and _prompt(error) is not None:
        text = QCoreApplication.translate("OrderForm", "%1 to place the order").replace("%1", text)
    return text


# -- one function per code ---------------------------------------------------------------------
def _required(error: FieldError, field: _Field) -> str:
    prompt = _prompt(error)
    if prompt is not None:
        return prompt
    return QCoreApplication.translate("OrderForm", "%1 is required").replace("%1", field.label)


def _prompt(error: FieldError) -> str | None:
    """The words asking for a missing field ("Enter the link"), or None where the sentence is
    "<label> is required". An empty username reads so (its label says whose username it is);
    a lone "@" asks for the username."""
    if error.field == "username" and not error.item:
        return None
    words = _PROMPTS.get(error.field)
    return words() if words is not None else None


_PROMPTS: dict[str, Callable[[], str]] = {
    "link": lambda: QCoreApplication.translate("OrderForm", "Enter the link"),
    "quantity": lambda: QCoreApplication.translate("OrderForm", "Enter the quantity"),
    "comments": lambda: QCoreApplication.translate(
        "OrderForm", "Enter at least one comment (one per line)"
    ),
    "usernames": lambda: QCoreApplication.translate(
        "OrderForm", "Enter at least one username (one per line)"
    ),
    "hashtags": lambda: QCoreApplication.translate(
        "OrderForm", "Enter at least one hashtag (one per line)"
    ),
    "hashtag": lambda: QCoreApplication.translate("OrderForm", "Enter the hashtag"),
    "keywords": lambda: QCoreApplication.translate("OrderForm", "Enter at least one keyword"),
    "groups": lambda: QCoreApplication.translate(
        "OrderForm", "Enter at least one group (one per line)"
    ),
    "media": lambda: QCoreApplication.translate("OrderForm", "Enter the link to the post"),
    "answer_number": lambda: QCoreApplication.translate("OrderForm", "Enter the answer number"),
    "delay": lambda: QCoreApplication.translate("OrderForm", "Choose a delay"),
    "username": lambda: QCoreApplication.translate("OrderForm", "Enter the username"),
}


def _has_spaces(error: FieldError, field: _Field) -> str:
    if error.field == "link" or field.kind in (FieldKind.LINK, FieldKind.URL):
        return QCoreApplication.translate("OrderForm", "The link must not contain spaces")
    if error.line is not None:
        if error.field == "hashtags":
            text = QCoreApplication.translate(
                "OrderForm", "One hashtag per line: line %1 has a space (“%2”)"
            )
        else:
            text = QCoreApplication.translate(
                "OrderForm", "One username per line: line %1 has a space (“%2”)"
            )
        return text.replace("%1", _N(error.line)).replace("%2", isolate(_clip(error.item)))
    if error.field == "hashtag":
        return QCoreApplication.translate("OrderForm", "A hashtag cannot contain spaces")
    if error.field == "username":
        return QCoreApplication.translate("OrderForm", "A username cannot contain spaces")
    return QCoreApplication.translate("OrderForm", "%1 cannot contain spaces").replace(
        "%1", field.label
    )


def _bad_link(error: FieldError, _field: _Field) -> str:
    if error.link_problem is LinkProblem.SCHEME:
        return QCoreApplication.translate(
            "OrderForm", "Use a link that starts with https:// or http://"
        )
    if error.link_problem is LinkProblem.NO_SITE:
        return QCoreApplication.translate("OrderForm", "The link has no site name after https://")
    return QCoreApplication.translate(
        "OrderForm", "Enter a link such as https://instagram.com/name"
    )


def _not_a_number(_error: FieldError, field: _Field) -> str:
    return QCoreApplication.translate("OrderForm", "%1 must be a whole number").replace(
        "%1", field.label
    )


def _not_whole(_error: FieldError, field: _Field) -> str:
    return QCoreApplication.translate(
        "OrderForm", "%1 must be a whole number, without a decimal point"
    ).replace("%1", field.label)


def _limits_contradict(error: FieldError, _field: _Field) -> str:
    return (
        QCoreApplication.translate(
            "OrderForm",
            "This service cannot be ordered: the panel's limits contradict each other "
            "(min %1, max %2)",
        )
        .replace("%1", _n(error.low))
        .replace("%2", _n(error.high))
    )


def _out_of_range(error: FieldError, field: _Field) -> str:
    low, high = _n(error.low), _n(error.high)
    exact = error.low == error.high
    if field.spec is not None and field.spec.kind is FieldKind.LINES:
        return (
            _lines_range_text(field.spec, exact)
            .replace("%1", low)
            .replace("%2", high)
            .replace("%3", _n(error.value))
        )
    if exact:
        return (
            QCoreApplication.translate("OrderForm", "%1 must be exactly %2")
            .replace("%1", field.label)
            .replace("%2", low)
        )
    return (
        QCoreApplication.translate("OrderForm", "%1 must be between %2 and %3")
        .replace("%1", field.label)
        .replace("%2", low)
        .replace("%3", high)
    )


def _too_small(error: FieldError, field: _Field) -> str:
    return (
        QCoreApplication.translate("OrderForm", "%1 must be at least %2")
        .replace("%1", field.label)
        .replace("%2", _n(error.low))
    )


def _bad_item(error: FieldError, _field: _Field) -> str:
    if error.field == "hashtags":
        text = QCoreApplication.translate("OrderForm", "Line %1 has no hashtag")
    else:
        text = QCoreApplication.translate("OrderForm", "Line %1 has no username")
    return text.replace("%1", _n(error.line))


def _bad_choice(error: FieldError, field: _Field) -> str:
    listed = QCoreApplication.translate("OrderForm", ", ").join(
        choice_text(choice) for choice in error.choices
    )
    return (
        QCoreApplication.translate("OrderForm", "%1 must be one of %2")
        .replace("%1", field.label)
        .replace("%2", listed)
    )


def _bad_date(_error: FieldError, field: _Field) -> str:
    return (
        QCoreApplication.translate("OrderForm", "%1: enter a date as day/month/year, e.g. %2")
        .replace("%1", field.label)
        .replace("%2", numbers.digits("31/12/2026"))
    )


def _date_past(_error: FieldError, field: _Field) -> str:
    return QCoreApplication.translate("OrderForm", "%1 must be after today").replace(
        "%1", field.label
    )


def _dripfeed_incomplete(error: FieldError, _field: _Field) -> str:
    if error.field == "interval":
        return QCoreApplication.translate(
            "OrderForm", "Enter the interval too: drip-feed needs both"
        )
    return QCoreApplication.translate("OrderForm", "Enter the runs too: drip-feed needs both")


def _dripfeed_total(error: FieldError, _field: _Field) -> str:
    return (
        QCoreApplication.translate("OrderForm", "Total of %1 runs × %2 = %3 exceeds the maximum %4")
        .replace("%1", _n(error.runs))
        .replace("%2", _n(error.quantity))
        .replace("%3", _n(error.value))
        .replace("%4", _n(error.high))
    )


def _min_over_max(_error: FieldError, _field: _Field) -> str:
    return QCoreApplication.translate(
        "OrderForm", "Minimum per post cannot be more than the maximum"
    )


_WORDS: dict[FieldCode, Callable[[FieldError, _Field], str]] = {
    FieldCode.REQUIRED: _required,
    FieldCode.HAS_SPACES: _has_spaces,
    FieldCode.BAD_LINK: _bad_link,
    FieldCode.NOT_A_NUMBER: _not_a_number,
    FieldCode.NOT_WHOLE: _not_whole,
    FieldCode.LIMITS_CONTRADICT: _limits_contradict,
    FieldCode.OUT_OF_RANGE: _out_of_range,
    FieldCode.TOO_SMALL: _too_small,
    FieldCode.BAD_ITEM: _bad_item,
    FieldCode.BAD_CHOICE: _bad_choice,
    FieldCode.BAD_DATE: _bad_date,
    FieldCode.DATE_PAST: _date_past,
    FieldCode.DRIPFEED_INCOMPLETE: _dripfeed_incomplete,
    FieldCode.DRIPFEED_TOTAL: _dripfeed_total,
    FieldCode.MIN_OVER_MAX: _min_over_max,
}


def _lines_range_text(spec: FieldSpec, exact: bool) -> str:
    """ "Enter between %1 and %2 comments (you entered %3)" for a list field whose line count
    is the quantity (%2 unused when ``exact``)."""
    if spec.label == "Replies":
        if exact:
            return QCoreApplication.translate(
                "OrderForm", "Enter exactly %1 replies (you entered %3)"
            )
        return QCoreApplication.translate(
            "OrderForm", "Enter between %1 and %2 replies (you entered %3)"
        )
    if spec.name == "comments":
        if exact:
            return QCoreApplication.translate(
                "OrderForm", "Enter exactly %1 comments (you entered %3)"
            )
        return QCoreApplication.translate(
            "OrderForm", "Enter between %1 and %2 comments (you entered %3)"
        )
    if spec.name == "usernames":
        if exact:
            return QCoreApplication.translate(
                "OrderForm", "Enter exactly %1 usernames (you entered %3)"
            )
        return QCoreApplication.translate(
            "OrderForm", "Enter between %1 and %2 usernames (you entered %3)"
        )
    label = order_type_text(spec.label)
    if exact:
        text = QCoreApplication.translate("OrderForm", "%4: enter exactly %1 (you entered %3)")
    else:
        text = QCoreApplication.translate(
            "OrderForm", "%4: enter between %1 and %2 (you entered %3)"
        )
    return text.replace("%4", label)
