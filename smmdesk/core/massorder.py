"""Mass orders placed: the valid lines of a checked paste (core.massplan) sent one at a time
through core.ordering, stopping cleanly on request or when the panel fails, and the drafts of a
run that never ended given back.

Why drafts: a run first commits every valid line as a DRAFT order (one transaction), then sends
each draft with :func:`send_draft`, whose DRAFT → SENDING switch is atomic. A line can therefore
never be sent twice, even by two runs over the same drafts, and a crash or kill mid-run leaves
the lines not yet sent on disk as drafts instead of losing them with the paste:
:func:`interrupted_drafts` finds them, :func:`drafts_to_text` gives them back as pasteable lines.
The line in flight at a crash is SENDING and becomes UNKNOWN at the next start, like any order.
A run that ends normally (finished, cancelled, stopped by failures) deletes its unsent drafts.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from smmdesk.core.errors import AuthError, PanelError, PanelRejected, TransportError
from smmdesk.core.massplan import MassLine, MassOrderPlan
from smmdesk.core.ordering import AddClient, Placement, PlacementState, send_draft
from smmdesk.core.store import LocalState, OrderRecord, StateConflict, Store, StoreError

__all__ = [
    "MAX_CONSECUTIVE_FAILURES",
    "MassRun",
    "StopReason",
    "discard_drafts",
    "drafts_to_text",
    "interrupted_drafts",
    "run_mass_order",
]

log = logging.getLogger(__name__)

#: Lines in a row that got no usable answer (or never reached the panel) before a run stops:
#: one or two are independent bad luck; three mean the panel or the network is down.
MAX_CONSECUTIVE_FAILURES = 3

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
            assert line.service is not None
            assert line.params is not None
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
