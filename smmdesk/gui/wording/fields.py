"""Validation errors in the user's language: a text per FieldError.code (core.validate writes
English), with the numbers taken from the service and the form."""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from smmdesk.core.models import Service
from smmdesk.core.ordertypes import FieldKind, FieldSpec, spec_for
from smmdesk.core.validate import FieldError, parse_whole_number
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


def _number(values: Mapping[str, str], name: str) -> int | None:
    return parse_whole_number(values.get(name) or "", numbers.group_separators())


def field_error_text(error: FieldError, service: Service, values: Mapping[str, str]) -> str:
    """A validation error in the user's language, by its code (core.validate writes English):
    the numbers come from the service and the form, the words from the translations. A code
    or wording this does not know is shown as the core wrote it."""
    spec = spec_for(service.type).field(error.field)
    label = order_type_text(spec.label) if spec is not None else error.field
    name, code, message = error.field, error.code, error.message
    if code == "required":
        return _required_text(name, label, message)
    if code == "has_spaces":
        if name == "link" or (spec is not None and spec.kind in (FieldKind.LINK, FieldKind.URL)):
            return QCoreApplication.translate("OrderForm", "The link must not contain spaces")
        line = _LINE_NUMBER.search(message)
        if line is not None and spec is not None and spec.kind is FieldKind.LINES:
            item = _QUOTED_ITEM.search(message)
            shown = isolate(item.group(1)) if item else ""
            if name == "hashtags":
                text = QCoreApplication.translate(
                    "OrderForm", "One hashtag per line: line %1 has a space (“%2”)"
                )
            else:
                text = QCoreApplication.translate(
                    "OrderForm", "One username per line: line %1 has a space (“%2”)"
                )
            return text.replace("%1", _N(int(line.group(1)))).replace("%2", shown)
        if name == "hashtag":
            return QCoreApplication.translate("OrderForm", "A hashtag cannot contain spaces")
        if name == "username":
            return QCoreApplication.translate("OrderForm", "A username cannot contain spaces")
        return QCoreApplication.translate("OrderForm", "%1 cannot contain spaces").replace(
            "%1", label
        )
    if code == "bad_link":
        if "starts with https:// or http://" in message:
            return QCoreApplication.translate(
                "OrderForm", "Use a link that starts with https:// or http://"
            )
        if "no site name" in message:
            return QCoreApplication.translate(
                "OrderForm", "The link has no site name after https://"
            )
        return QCoreApplication.translate(
            "OrderForm", "Enter a link such as https://instagram.com/name"
        )
    if code == "not_a_number":
        return QCoreApplication.translate("OrderForm", "%1 must be a whole number").replace(
            "%1", label
        )
    if code == "not_whole":
        return QCoreApplication.translate(
            "OrderForm", "%1 must be a whole number, without a decimal point"
        ).replace("%1", label)
    if code == "limits_contradict":
        return (
            QCoreApplication.translate(
                "OrderForm",
                "This service cannot be ordered: the panel's limits contradict each other "
                "(min %1, max %2)",
            )
            .replace("%1", _N(service.min))
            .replace("%2", _N(service.max))
        )
    if code == "out_of_range":
        low, high = _N(service.order_min), _N(service.max)
        if spec is not None and spec.kind is FieldKind.LINES:
            typed = _LINE_ITEMS.get(name, LINE_BREAK).split(values.get(name) or "")
            entered = _N(sum(1 for part in typed if part.strip()))
            return (
                _lines_range_text(spec, service.order_min == service.max)
                .replace("%1", low)
                .replace("%2", high)
                .replace("%3", entered)
            )
        if service.order_min == service.max:
            return (
                QCoreApplication.translate("OrderForm", "%1 must be exactly %2")
                .replace("%1", label)
                .replace("%2", low)
            )
        return (
            QCoreApplication.translate("OrderForm", "%1 must be between %2 and %3")
            .replace("%1", label)
            .replace("%2", low)
            .replace("%3", high)
        )
    if code == "too_small" and spec is not None and spec.min_value is not None:
        return (
            QCoreApplication.translate("OrderForm", "%1 must be at least %2")
            .replace("%1", label)
            .replace("%2", _N(spec.min_value))
        )
    if code == "bad_item":
        line = _LINE_NUMBER.search(message)
        number = _N(int(line.group(1))) if line else "?"
        if name == "hashtags":
            return QCoreApplication.translate("OrderForm", "Line %1 has no hashtag").replace(
                "%1", number
            )
        return QCoreApplication.translate("OrderForm", "Line %1 has no username").replace(
            "%1", number
        )
    if code == "bad_choice" and spec is not None:
        listed = QCoreApplication.translate("OrderForm", ", ").join(
            choice_text(choice) for choice in spec.choices
        )
        return (
            QCoreApplication.translate("OrderForm", "%1 must be one of %2")
            .replace("%1", label)
            .replace("%2", listed)
        )
    if code == "bad_date":
        return QCoreApplication.translate(
            "OrderForm", "%1: enter a date as day/month/year, e.g. 31/12/2026"
        ).replace("%1", label)
    if code == "date_past":
        return QCoreApplication.translate("OrderForm", "%1 must be after today").replace(
            "%1", label
        )
    if code == "dripfeed_incomplete":
        if name == "interval":
            return QCoreApplication.translate(
                "OrderForm", "Enter the interval too: drip-feed needs both"
            )
        return QCoreApplication.translate("OrderForm", "Enter the runs too: drip-feed needs both")
    if code == "dripfeed_total":
        runs, quantity = _number(values, "runs"), _number(values, "quantity")
        if runs is not None and quantity is not None:
            return (
                QCoreApplication.translate(
                    "OrderForm", "Total of %1 runs × %2 = %3 exceeds the maximum %4"
                )
                .replace("%1", _N(runs))
                .replace("%2", _N(quantity))
                .replace("%3", _N(runs * quantity))
                .replace("%4", _N(service.max))
            )
    if code == "min_over_max":
        return QCoreApplication.translate(
            "OrderForm", "Minimum per post cannot be more than the maximum"
        )
    return message


_LINE_NUMBER = re.compile(r"[Ll]ine (\d+)")
_QUOTED_ITEM = re.compile(r"\(“(.*)”\)$")
_LINE_ITEMS = {"keywords": KEYWORD_BREAK}


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


def _required_text(name: str, label: str, message: str) -> str:
    if not message.startswith(("Enter ", "Choose ")):
        return QCoreApplication.translate("OrderForm", "%1 is required").replace("%1", label)
    words = {
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
    }.get(name)
    return (
        words()
        if words is not None
        else QCoreApplication.translate("OrderForm", "%1 is required").replace("%1", label)
    )


def blocking_error_text(error: FieldError, service: Service, values: Mapping[str, str]) -> str:
    """``error`` as the reason the order cannot be placed yet."""
    text = field_error_text(error, service, values)
    if error.code == "required" and error.message.startswith(("Enter ", "Choose ")):
        text = QCoreApplication.translate("OrderForm", "%1 to place the order").replace("%1", text)
    return text
