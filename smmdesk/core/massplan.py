"""A mass-order paste checked line by line: ``service_id | link | quantity`` lines (or comma,
semicolon or tab separated) against the catalogue and the order form's rules, each line valid
with its exact params and cost, or flagged with a LineProblem and the details it needs."""

from __future__ import annotations

import csv
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from smmdesk.core.catalog import Catalog
from smmdesk.core.models import Service
from smmdesk.core.numbers import parse_whole_number
from smmdesk.core.ordertypes import fields_for, spec_for
from smmdesk.core.validate import FieldError, validate_order

__all__ = ["FORMAT_HINT", "LineProblem", "MassLine", "MassOrderPlan", "parse_mass_order"]

FORMAT_HINT = "service_id | link | quantity"
# First separator found wins, in this order: "|" is the panels' own convention and never
# appears in a link or a number; a tab comes from spreadsheets whose cells may hold "1,000";
# ";" is the CSV separator where "," is the decimal comma; then "," and the Arabic comma.
_CSV_SEPARATORS = ("\t", ";", ",", "\u060c")
_SIMPLE_FIELDS = frozenset({"link", "quantity"})


class LineProblem(StrEnum):
    """What is wrong with a pasted line (:attr:`MassLine.code`); the fields each code fills
    are named beside it."""

    FORMAT = "format"  # field_count: not 2 or 3 fields
    SERVICE_ID = "service_id"  # id_text: the first field is not a service id
    UNKNOWN_SERVICE = "unknown_service"  # service_id is not in the catalogue
    NEEDS_FORM = "needs_form"  # service: its type takes more than a link and a quantity
    PACKAGE_QUANTITY = "package_quantity"  # a package service with a quantity other than 1
    INVALID = "invalid"  # errors: the link or the quantity (as the order form checks them)
    NO_PRICE = "no_price"  # the service's rate is not a usable number
    ALREADY_SENT = "already_sent"  # sent_as: sent from the same window earlier
    DUPLICATE = "duplicate"  # same_as: the same service and link as an earlier line


@dataclass(frozen=True, slots=True)
class MassLine:
    """One pasted order line. ``number`` is its line number in the paste (blank and comment
    lines counted, so the user finds it in the editor). Valid when ``code`` is None; then
    ``params`` are the exact ``add`` params and ``cost`` the exact price. Otherwise ``code``
    says what is wrong, with the fields :class:`LineProblem` names; ``problem`` is the
    English sentence for logs."""

    number: int
    text: str
    service_id: int | None
    service: Service | None
    link: str
    quantity_text: str
    quantity: int | None = None
    params: Mapping[str, str] | None = None
    cost: Decimal | None = None
    code: LineProblem | None = None
    problem: str = ""
    field_count: int | None = None
    id_text: str = ""
    errors: tuple[FieldError, ...] = ()
    same_as: int | None = None
    sent_as: int | None = None  # the panel order id it was placed as; None: maybe placed

    @property
    def ok(self) -> bool:
        return self.code is None

    @property
    def key(self) -> tuple[int, str] | None:
        """(service id, link as sent, case-folded): what the panel's duplicate rule compares."""
        if self.service_id is None or self.params is None:
            return None
        return self.service_id, self.params.get("link", "").casefold()


@dataclass(frozen=True, slots=True)
class MassOrderPlan:
    """The checked paste: every order line in paste order, valid or not."""

    lines: tuple[MassLine, ...]

    @property
    def valid(self) -> tuple[MassLine, ...]:
        return tuple(line for line in self.lines if line.ok)

    @property
    def problems(self) -> tuple[MassLine, ...]:
        return tuple(line for line in self.lines if not line.ok)

    @property
    def total_cost(self) -> Decimal:
        """The exact sum of the valid lines' costs."""
        return sum((line.cost for line in self.valid if line.cost is not None), Decimal(0))

    def exceeds(self, balance: Decimal | None) -> bool:
        """True when the valid lines cost more than ``balance`` (False when it is unknown)."""
        return balance is not None and self.total_cost > balance

    def subset(self, numbers: Collection[int]) -> MassOrderPlan:
        """Only the lines with these line numbers (e.g. the ones a stopped run did not send)."""
        wanted = set(numbers)
        return MassOrderPlan(tuple(line for line in self.lines if line.number in wanted))


def _fields(text: str) -> list[str]:
    if "|" in text:
        parts = [part.strip().removeprefix('"').removesuffix('"') for part in text.split("|")]
    else:
        separator = next((s for s in _CSV_SEPARATORS if s in text), None)
        if separator is None:
            parts = text.split()
        else:
            # csv honours quotes, so "https://x/?a=1,2" or "1,000" can be quoted in a CSV line.
            parts = next(csv.reader([text], delimiter=separator, skipinitialspace=True))
    fields = [part.strip() for part in parts]
    while len(fields) > 1 and not fields[-1]:
        fields.pop()  # "1|link|100|" from a spreadsheet's empty last column
    return fields


def _simple_enough(service: Service) -> bool:
    """The service takes nothing a line could not carry (drip-feed fields are optional)."""
    return all(f.name in _SIMPLE_FIELDS for f in fields_for(service) if f.required)


def _check_line(number: int, text: str, catalog: Catalog, grouping: str) -> MassLine:
    fields = _fields(text)
    if len(fields) > 3 or len(fields) < 2:
        hint = (
            " If the link or the quantity contains a comma, separate the fields with | "
            "or put that field in quotes."
            if len(fields) > 3
            else ""
        )
        return MassLine(
            number, text, None, None, "", "",
            code=LineProblem.FORMAT, field_count=len(fields),
            problem=f"Expected {FORMAT_HINT}; this line has {len(fields)} "
            f"field{'s' if len(fields) != 1 else ''}.{hint}",
        )  # fmt: skip
    id_text, link = fields[0], fields[1]
    quantity_text = fields[2] if len(fields) == 3 else ""
    service_id = parse_whole_number(id_text, grouping)
    if service_id is None or service_id <= 0:
        return MassLine(
            number, text, None, None, link, quantity_text,
            code=LineProblem.SERVICE_ID, id_text=id_text,
            problem=f"The service id must be a number (found “{id_text}”).",
        )  # fmt: skip
    service = catalog.by_id(service_id)
    if service is None:
        return MassLine(
            number, text, service_id, None, link, quantity_text,
            code=LineProblem.UNKNOWN_SERVICE,
            problem=f"Service {service_id} is not in this panel's service list "
            "(refresh the list if it is new).",
        )  # fmt: skip
    if not _simple_enough(service):
        return MassLine(
            number, text, service_id, service, link, quantity_text,
            code=LineProblem.NEEDS_FORM,
            problem=f"Service {service_id} is a “{service.type}” service: this service type "
            "needs the single-order form.",
        )  # fmt: skip
    values = {"link": link, "quantity": quantity_text}
    # A package is bought whole; a quantity other than 1 means the user expects something the
    # panel will not deliver.
    package = spec_for(service.type).per_package
    if package and quantity_text and parse_whole_number(quantity_text, grouping) != 1:
        return MassLine(
            number, text, service_id, service, link, quantity_text,
            code=LineProblem.PACKAGE_QUANTITY,
            problem=f"Service {service_id} is sold per package: give quantity 1 or leave it out.",
        )  # fmt: skip
    # an id the panel lists twice is estimated at its higher rate
    checked = validate_order(
        service, values, grouping=grouping, rate=catalog.estimate_rate(service_id)
    )
    if not checked.ok:
        return MassLine(
            number, text, service_id, service, link, quantity_text,
            quantity=checked.quantity, cost=checked.cost,
            code=LineProblem.INVALID, errors=checked.errors,
            problem="; ".join(f"{error.message}." for error in checked.errors),
        )  # fmt: skip
    if checked.cost is None:
        return MassLine(
            number, text, service_id, service, link, quantity_text,
            quantity=checked.quantity,
            code=LineProblem.NO_PRICE,
            problem=f"Service {service_id} has no usable price in the service list; refresh "
            "the list.",
        )  # fmt: skip
    return MassLine(
        number, text, service_id, service, link, quantity_text,
        quantity=checked.quantity, params=checked.params, cost=checked.cost,
    )  # fmt: skip


def _flag(
    line: MassLine,
    code: LineProblem,
    problem: str,
    *,
    same_as: int | None = None,
    sent_as: int | None = None,
) -> MassLine:
    return MassLine(
        line.number, line.text, line.service_id, line.service, line.link, line.quantity_text,
        quantity=line.quantity, cost=line.cost, code=code, problem=problem,
        same_as=same_as, sent_as=sent_as,
    )  # fmt: skip


def parse_mass_order(
    text: str,
    catalog: Catalog,
    *,
    already_sent: Mapping[tuple[int, str], int | None] | None = None,
    grouping: str = ",",
) -> MassOrderPlan:
    """Check pasted lines ``service_id | link | quantity`` (or ``,`` ``;`` tab separated).

    Blank lines and lines starting with ``#`` are skipped. Ids and quantities accept
    Arabic-Indic digits and thousands separators like the order form (``grouping`` is the UI
    locale's separator; "1.000" is refused in English, not read as a thousand). A repeated
    (service, link) is flagged from its second occurrence: the panel refuses a second active
    order for the same link. ``already_sent`` maps :attr:`MassLine.key` of lines sent earlier
    (from the same window) to the panel order id each was placed as (None: its outcome is
    unknown, it may have been placed); such lines are flagged so an edited paste cannot send an
    order twice.
    """
    sent = already_sent or {}
    first_seen: dict[tuple[int, str], int] = {}
    lines: list[MassLine] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip().lstrip("\ufeff")
        if not stripped or stripped.startswith("#"):
            continue
        line = _check_line(number, stripped, catalog, grouping)
        key = line.key
        if key is not None:
            if key in sent:
                order_id = sent[key]
                how = "unconfirmed" if order_id is None else f"order #{order_id}"
                line = _flag(
                    line,
                    LineProblem.ALREADY_SENT,
                    f"Already sent from this window ({how}); check it before sending it again.",
                    sent_as=order_id,
                )
            elif key in first_seen:
                line = _flag(
                    line,
                    LineProblem.DUPLICATE,
                    f"Same service and link as line {first_seen[key]}: the panel refuses a "
                    "second active order for the same link.",
                    same_as=first_seen[key],
                )
            else:
                first_seen[key] = number
        lines.append(line)
    return MassOrderPlan(tuple(lines))
