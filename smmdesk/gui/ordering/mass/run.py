"""A mass-order run seen from the GUI: the worker job that places the lines one at a time and
carries each line's news to the GUI thread, and the words for what a line got."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from smmdesk.core.client import PanelClient
from smmdesk.core.errors import AuthError, PanelRejected, TransportError
from smmdesk.core.massorder import MassRun, run_mass_order
from smmdesk.core.massplan import MassOrderPlan
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.gui.ordering.mass.model import LineResult, Outcome
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.runtime.spending import SpendKind, SpendTicket
from smmdesk.gui.widgets import theme
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.numbers import order_ref
from smmdesk.gui.wording.outcomes import placement_message

__all__ = ["RunSignals", "result_of", "submit_run"]


def result_of(placement: Placement) -> LineResult:
    """A placement as the result cell shows it: symbol and short words, with the whole
    sentence (in the user's language) for the tooltip."""
    message = placement_message(placement)
    if placement.state is PlacementState.ACCEPTED:
        number = order_ref(placement.order_id) if placement.order_id is not None else ""
        text = f"{theme.status_symbol('completed')} {number}"
        if placement.warning:
            text = (
                QCoreApplication.translate("MassOrderDialog", "%1 — the panel also said: “%2”")
                .replace("%1", text)
                .replace("%2", isolate(placement.warning))
            )
        return LineResult(Outcome.ACCEPTED, text, message)
    if placement.state is PlacementState.UNKNOWN:
        text = QCoreApplication.translate("MassOrderDialog", "Unconfirmed")
        return LineResult(Outcome.UNKNOWN, f"{theme.status_symbol('unknown')} {text}", message)
    error = placement.error
    if isinstance(error, TransportError):
        text = QCoreApplication.translate("MassOrderDialog", "Not sent: no connection")
    elif isinstance(error, AuthError):
        text = QCoreApplication.translate("MassOrderDialog", "Refused: API key")
    elif isinstance(error, PanelRejected):
        text = QCoreApplication.translate("MassOrderDialog", "Refused: %1").replace(
            "%1", isolate(error.panel_text)
        )
    else:
        text = QCoreApplication.translate("MassOrderDialog", "Refused")
    return LineResult(Outcome.REJECTED, f"{theme.status_symbol('error')} {text}", message)


class RunSignals(QObject):
    """Carries a run's per-line news from the worker thread to the dialog (queued)."""

    sig_sending = Signal(int)
    """Line number: its order is saved and its request is leaving."""
    sig_line = Signal(int, object)
    """(line number, Placement): a line's outcome is recorded."""


def submit_run(
    session: PanelSession,
    plan: MassOrderPlan,
    stop: threading.Event,
    signals: RunSignals,
    on_done: Callable[[MassRun], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Place ``plan``'s valid lines on a worker, one at a time, until done or ``stop`` is set:
    each line's news comes through ``signals``, the run's end through ``on_done(MassRun)`` or
    ``on_error(exception)``. The run counts as spending work until it ends."""
    store, panel_id = session.ctx.store, session.panel.id
    done = [0]

    def sending(number: int) -> None:
        try:
            signals.sig_sending.emit(number)
        except RuntimeError:  # the dialog was destroyed (app quitting): stop after this line
            stop.set()

    def progress(ticket: SpendTicket, number: int, placement: Placement) -> None:
        done[0] += 1
        ticket.progress(done[0])
        try:
            signals.sig_line.emit(number, placement)
        except RuntimeError:
            stop.set()

    def work(client: PanelClient, ticket: SpendTicket) -> MassRun:
        try:
            return run_mass_order(
                store,
                client,
                panel_id,
                plan,
                should_stop=stop.is_set,
                on_progress=lambda number, placement: progress(ticket, number, placement),
                on_sending=sending,
            )
        finally:
            store.close_thread_connection()

    total = len(plan.valid)
    session.spend("mass-order", SpendKind.MASS_ORDER, work, on_done, on_error, total=total)
