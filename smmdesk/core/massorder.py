"""Mass orders: pasted ``service_id | link | quantity`` lines checked against the catalogue, then
placed one at a time through core.ordering, stopping cleanly on request or when the panel fails.

Why drafts: a run first commits every valid line as a DRAFT order (one transaction), then sends
each draft with :func:`send_draft`, whose DRAFT → SENDING switch is atomic. A line can therefore
never be sent twice, even by two runs over the same drafts, and a crash or kill mid-run leaves
the lines not yet sent on disk as drafts instead of losing them with the paste:
:func:`interrupted_drafts` finds them, :func:`drafts_to_text` gives them back as pasteable lines.
The line in flight at a crash is SENDING and becomes UNKNOWN at the next start, like any order.
A run that ends normally (finished, cancelled, stopped by failures) deletes its unsent drafts.
"""

from __future__ import annotations

import csv
import logging
import threading
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from smmdesk.core.catalog import Catalog
from smmdesk.core.errors import AuthError, PanelError, PanelRejected, TransportError
from smmdesk.core.models import Service
from smmdesk.core.ordering import AddClient, Placement, PlacementState, send_draft
from smmdesk.core.ordertypes import fields_for, spec_for
from smmdesk.core.store import LocalState, OrderRecord, StateConflict, Store, StoreError
from smmdesk.core.validate import FieldError, parse_whole_number, validate_order

__all__ = [
    "FORMAT_HINT",
    "MAX_CONSECUTIVE_FAILURES",
    "LineProblem",
    "MassLine",
    "MassOrderPlan",
    "MassRun",
    "StopReason",
    "discard_drafts",
    "drafts_to_text",
    "interrupted_drafts",
    "parse_mass_order",
    "run_mass_order",
]

log = logging.getLogger(__name__)

FORMAT_HINT = "service_id | link | quantity"
#: Lines in a row that got no usable answer (or never reached the panel) before a run stops:
#: one or two are independent bad luck; three mean the panel or the network is down.
MAX_CONSECUTIVE_FAILURES = 3

# First separator found wins, in this order: "|" is the panels' own convention and never
# appears in a link or a number; a tab comes from spreadsheets whose cells may hold "1,000";
# ";" is the CSV separator where "," is the decimal comma; then "," and the Arabic comma.
_CSV_SEPARATORS = ("\t", ";", ",", "\u060c")
_SIMPLE_FIELDS = frozenset({"link", "quantity"})


# ---------------------------------------------------------------------------------------------
# Checking a paste


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


# ---------------------------------------------------------------------------------------------
# Placing


class StopReason(StrEnum):
    """Why a run ended before sending every line."""

    CANCELLED = "cancelled"  # the user asked
    UNREACHABLE = "unreachable"  # MAX_CONSECUTIVE_FAILURES lines in a row without an answer
    AUTH = "auth"  # the panel refused the API key: every further line would be refused
    FUNDS = "funds"  # the panel says the balance is too low


@dataclass(frozen=True, slots=True)
class MassRun:
    """What a run did. ``results`` are (line number, outcome) in sending order; ``unsent`` the
    line numbers nobody sent (safe to send later); ``elsewhere`` the lines another run took
    while this one was going (never to be sent again from here). ``message`` is one English
    sentence for logs."""

    results: tuple[tuple[int, Placement], ...]
    unsent: tuple[int, ...]
    stopped: StopReason | None
    message: str
    last_error: PanelError | None = None
    elsewhere: tuple[int, ...] = ()

    @property
    def placements(self) -> list[Placement]:
        return [placement for _number, placement in self.results]

    def count(self, state: PlacementState) -> int:
        return sum(1 for _number, p in self.results if p.state is state)


# Local ids of drafts a run in this process is working on: not "interrupted".
_RUNNING: set[int] = set()
_RUNNING_LOCK = threading.Lock()


def _queue(store: Store, panel_id: int, lines: Iterable[MassLine]) -> list[tuple[MassLine, int]]:
    queued: list[tuple[MassLine, int]] = []
    with store.transaction():
        for line in lines:
            assert line.service is not None and line.params is not None
            local_id = store.create_intent(
                panel_id=panel_id,
                service_id=line.service.id,
                service_name=line.service.name,
                service_type=line.service.type,
                params=dict(line.params),
                cost=line.cost,
                quantity=line.quantity,
                source="mass",
                draft=True,
                detail={"mass_line": line.number},
            )
            queued.append((line, local_id))
    with _RUNNING_LOCK:
        _RUNNING.update(local_id for _line, local_id in queued)
    return queued


def _failure_kind(placement: Placement) -> str:
    """ "stop:<reason>", "failure" (counts toward a storm) or "" (the panel answered)."""
    error = placement.error
    if placement.state is PlacementState.UNKNOWN:
        return "failure"
    if placement.state is PlacementState.REJECTED:
        if isinstance(error, AuthError):
            return "stop:" + StopReason.AUTH
        if isinstance(error, TransportError):
            return "failure"
        if isinstance(error, PanelRejected) and error.code == "auth":
            return "stop:" + StopReason.AUTH
        if isinstance(error, PanelRejected) and error.code == "insufficient_funds":
            return "stop:" + StopReason.FUNDS
    return ""


def _sending_hook(
    on_sending: Callable[[int], None] | None, number: int
) -> Callable[[int], None] | None:
    if on_sending is None:
        return None

    def hook(_local_id: int) -> None:
        on_sending(number)

    return hook


def run_mass_order(
    store: Store,
    client: AddClient,
    panel_id: int,
    plan: MassOrderPlan,
    *,
    should_stop: Callable[[], bool],
    on_progress: Callable[[int, Placement], None],
    on_sending: Callable[[int], None] | None = None,
    max_failures: int = MAX_CONSECUTIVE_FAILURES,
) -> MassRun:
    """Place the plan's valid lines one at a time (source "mass"); see the module docstring.

    ``should_stop()`` is asked before each line, so a stop takes effect after the line being
    sent. ``on_sending(line_number)`` runs once a line's intent is on disk, just before its
    request; ``on_progress(line_number, placement)`` after its outcome is recorded. Both run on
    the calling thread. An unconfirmed (UNKNOWN) line is reported and the run goes on, since
    lines are independent orders; it stops after ``max_failures`` lines in a row without a
    usable answer, on an API-key refusal and on "not enough funds". Nothing is retried.

    Raises :class:`StoreError` if the drafts cannot be saved: then nothing was sent.
    """
    queued = _queue(store, panel_id, plan.valid)
    results: list[tuple[int, Placement]] = []
    elsewhere: list[int] = []
    stopped: StopReason | None = None
    last_error: PanelError | None = None
    failures = 0
    position = 0
    try:
        while position < len(queued):
            if should_stop():
                stopped = StopReason.CANCELLED
                break
            line, local_id = queued[position]
            position += 1
            try:
                placement = send_draft(
                    store, client, local_id, on_intent=_sending_hook(on_sending, line.number)
                )
            except StateConflict:
                # Sent or removed by someone else (another window or app instance) meanwhile:
                # it must not be sent again, and its outcome is theirs to report.
                log.warning(
                    "mass line %d (local order %d) was no longer a draft", line.number, local_id
                )
                elsewhere.append(line.number)
                continue
            results.append((line.number, placement))
            on_progress(line.number, placement)
            kind = _failure_kind(placement)
            if placement.error is not None and kind:
                last_error = placement.error
            if kind.startswith("stop:"):
                stopped = StopReason(kind.removeprefix("stop:"))
                break
            failures = failures + 1 if kind == "failure" else 0
            if failures >= max_failures:
                stopped = StopReason.UNREACHABLE
                break
    finally:
        leftover = queued[position:]
        if leftover:
            discard_drafts(store, [local_id for _line, local_id in leftover])
        with _RUNNING_LOCK:
            _RUNNING.difference_update(local_id for _line, local_id in queued)
    done = {number for number, _placement in results}.union(elsewhere)
    unsent = tuple(line.number for line, _id in queued if line.number not in done)
    run = MassRun(tuple(results), unsent, stopped, "", last_error, tuple(elsewhere))
    message = _describe(run, max_failures)
    log.info("mass order on panel %d: %s", panel_id, message)
    return MassRun(run.results, run.unsent, run.stopped, message, run.last_error, run.elsewhere)


def _describe(run: MassRun, max_failures: int) -> str:
    placed = run.count(PlacementState.ACCEPTED)
    refused = run.count(PlacementState.REJECTED)
    unknown = run.count(PlacementState.UNKNOWN)
    outcome = f"{placed} placed, {refused} refused, {unknown} unconfirmed"
    unsent = f"{len(run.unsent)} line(s) were not sent"
    last = f" (last: {run.last_error.message})" if run.last_error is not None else ""
    if run.stopped is None:
        return f"All lines were sent: {outcome}."
    if run.stopped is StopReason.CANCELLED:
        return f"Stopped on request: {outcome}; {unsent}."
    if run.stopped is StopReason.AUTH:
        return f"Stopped: the panel refused the API key; {outcome}; {unsent}."
    if run.stopped is StopReason.FUNDS:
        return f"Stopped: the panel says the balance is too low; {outcome}; {unsent}."
    return (
        f"Stopped after {max_failures} lines in a row got no usable answer from the panel"
        f"{last}: {outcome}; {unsent}. Check the unconfirmed orders before sending the rest."
    )


# ---------------------------------------------------------------------------------------------
# Recovering the drafts of a run that never ended (crash, kill, power loss)


def interrupted_drafts(store: Store, panel_id: int) -> list[OrderRecord]:
    """Mass-order lines of this panel queued by a run that never ended, oldest first."""
    records = store.list_orders(
        panel_id, states=(LocalState.DRAFT,), source="mass", newest_first=False
    )
    with _RUNNING_LOCK:
        running = set(_RUNNING)
    return [record for record in records if record.local_id not in running]


def drafts_to_text(records: Iterable[OrderRecord]) -> str:
    """The drafts as pasteable lines, so they are checked again against today's catalogue."""
    lines = []
    for record in records:
        fields = [str(record.service_id), record.link or record.params.get("link", "")]
        quantity = record.params.get("quantity")
        if quantity:
            fields.append(quantity)
        lines.append(" | ".join(fields))
    return "\n".join(lines)


def discard_drafts(store: Store, local_ids: Iterable[int]) -> int:
    """Delete these orders if they are still drafts (never sent); returns how many went.

    A failing disk is logged, not raised: the drafts then stay and show up as interrupted.
    """
    removed = 0
    try:
        with store.transaction():
            for local_id in local_ids:
                removed += store.delete_draft(local_id)
    except StoreError:
        log.exception("could not delete unsent mass-order drafts")
        return 0
    return removed
