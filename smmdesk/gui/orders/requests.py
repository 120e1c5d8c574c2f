"""The requests the orders table sends to the panels about placed orders: refresh statuses,
refill status, refill and cancel. Each runs a core.order_actions door per panel on a worker
through the gateway (orders.action_runs); refill and cancel are spending work, sent once, one
run at a time. The outcome comes back on the GUI thread and is shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from smmdesk.core.order_actions import ActionOutcome, ActionResult
from smmdesk.core.store import LocalState, OrderRecord, Store
from smmdesk.gui.orders.action_runs import (
    PanelWork,
    RunOutcome,
    cancel_door,
    plan_work,
    refill_door,
    refill_status_door,
    refresh_door,
    run_work,
)
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.runtime.spending import SpendKind
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording.actions import report_texts
from smmdesk.gui.wording.errors import describe_error

if TYPE_CHECKING:
    from smmdesk.gui.orders.pane import OrdersPane

__all__ = ["OrderRequests"]


class OrderRequests(QObject):
    """Sends the orders pane's requests to the panels: at most one refresh (of statuses or
    refill statuses) and one refill or cancel at a time. Network work goes through
    ``ctx.tasks``; the worker touches no widget."""

    sig_finished = Signal(str, object)
    """(action, result): a request finished and its outcome is shown."""
    sig_status = Signal(str)
    """A short line about the last request, for a status bar."""
    sig_busy_changed = Signal()
    """A request started or finished: which actions are possible may have changed."""

    def __init__(
        self,
        ctx: AppContext,
        session_provider: Callable[[], PanelSession | None],
        pane: OrdersPane,
    ) -> None:
        super().__init__(pane)
        self.ctx = ctx
        self.session_provider = session_provider
        self.pane = pane
        self.sending = False  # a refill or cancel is in flight: never start a second one
        self.refreshing = False

    # -- running a core door per panel ------------------------------------------------------
    def _submit(
        self,
        name: str,
        records: Sequence[OrderRecord],
        door: Callable[[Store, PanelWork, RunOutcome], None],
        on_done: Callable[[RunOutcome, list[str]], None],
        spends: SpendKind | None = None,
    ) -> bool:
        """Run ``door`` per panel on a worker; a door that ``spends`` (refill, cancel) counts as
        spending work until the worker is done."""
        work, problems = plan_work(self.ctx, self.session_provider(), records)
        if not work:
            if problems:
                dialogs.warning(
                    self.pane,
                    self.tr("Nothing was sent"),
                    self.tr("SMMDesk cannot reach these orders' panel: %1.").replace(
                        "%1", self.tr("; ").join(problems)
                    ),
                )
            return False
        store = self.ctx.store

        def job() -> RunOutcome:
            return run_work(store, work, door)

        def done(value: RunOutcome) -> None:
            on_done(value, problems)

        def crashed(exc: Exception) -> None:
            on_done(RunOutcome(errors=[(0, exc)]), problems)

        if spends is None:
            self.ctx.gateway.run(f"orders-{name}", job, done, crashed)
        else:  # counted as spending until the worker is done
            self.ctx.gateway.spend(f"orders-{name}", spends, lambda _ticket: job(), done, crashed)
        return True

    def _error_lines(self, outcome: RunOutcome, problems: list[str]) -> list[str]:
        lines = [describe_error(exc) for _panel, exc in outcome.errors]
        return lines + problems

    def _busy(self, *, sending: bool | None = None, refreshing: bool | None = None) -> None:
        if sending is not None:
            self.sending = sending
        if refreshing is not None:
            self.refreshing = refreshing
        self.sig_busy_changed.emit()

    # -- refresh -----------------------------------------------------------------------------
    def refresh(self, records: Sequence[OrderRecord]) -> None:
        """Ask for the status of these orders (those with a number of their own)."""
        records = [r for r in records if r.panel_order_id is not None and r.superseded_by is None]
        if not records or self.refreshing:
            return
        if self._submit("refresh", records, refresh_door, self._on_refreshed):
            self._busy(refreshing=True)
            count = len(records)
            self.sig_status.emit(
                self.tr("Refreshing 1 order…")
                if count == 1
                else self.tr("Refreshing %Ln orders…", "", count)
            )

    def _on_refreshed(self, outcome: RunOutcome, problems: list[str]) -> None:
        self.refreshing = False
        self.pane.apply_changes(outcome.asked or outcome.changed)
        errors = self._error_lines(outcome, problems)
        if errors:
            dialogs.warning(
                self.pane,
                self.tr("Refresh failed"),
                self.tr("The status could not be fetched."),
                "\n".join(errors),
            )
        changed = len(outcome.changed)
        self.sig_status.emit(
            self.tr("Status refreshed: 1 order changed")
            if changed == 1
            else self.tr("Status refreshed: %Ln orders changed", "", changed)
        )
        self._busy()
        self.sig_finished.emit("refresh", outcome.changed)

    def refill_status(self, records: Sequence[OrderRecord]) -> None:
        """Ask how these orders' refills are going (those with a refill)."""
        refills = self.pane.model.refills
        records = [r for r in records if r.local_id in refills]
        if not records or self.refreshing:
            return
        if self._submit("refill-status", records, refill_status_door, self._on_refill_status):
            self._busy(refreshing=True)

    def _on_refill_status(self, outcome: RunOutcome, problems: list[str]) -> None:
        self.refreshing = False
        self.pane.apply_changes(outcome.asked)
        errors = self._error_lines(outcome, problems)
        if errors:
            dialogs.warning(
                self.pane,
                self.tr("Refill status failed"),
                self.tr("The refill status could not be fetched."),
                "\n".join(errors),
            )
        changed = len(outcome.changed)
        self.sig_status.emit(
            self.tr("Refill status refreshed: 1 refill changed")
            if changed == 1
            else self.tr("Refill status refreshed: %Ln refills changed", "", changed)
        )
        self._busy()
        self.sig_finished.emit("refill_status", outcome.changed)

    # -- refill and cancel: sent once --------------------------------------------------------
    def refill(self, records: Sequence[OrderRecord]) -> None:
        """Ask the panel to refill these orders (the placed ones)."""
        records = [r for r in records if r.state is LocalState.ACCEPTED]
        if not records or self.sending:
            return
        if self._submit("refill", records, refill_door, self._on_refilled, SpendKind.REFILL):
            self._busy(sending=True)
            self.sig_status.emit(self.tr("Requesting refills…"))

    def refill_for(
        self,
        records: Sequence[OrderRecord],
        on_done: Callable[[RunOutcome, list[str]], None],
    ) -> bool:
        """Ask the panels to refill these orders for another view (the Refills window), which
        shows each result itself through ``on_done(outcome, problems)``. The same door as
        :meth:`refill`: spending work, ≤100 orders a request, sent once, one run at a time.
        False when nothing was sent (another refill or cancel is in flight, no placed order,
        or no panel could be reached): ``on_done`` is then not called."""
        records = [r for r in records if r.state is LocalState.ACCEPTED]
        if not records or self.sending:
            return False

        def finished(outcome: RunOutcome, problems: list[str]) -> None:
            self.sending = False
            self.pane.apply_changes([r.local_id for r in outcome.results] + outcome.changed)
            self._busy()
            on_done(outcome, problems)
            self.sig_finished.emit("refill", outcome.results)

        if not self._submit("refill", records, refill_door, finished, SpendKind.REFILL):
            return False
        self._busy(sending=True)
        self.sig_status.emit(self.tr("Requesting refills…"))
        return True

    def _on_refilled(self, outcome: RunOutcome, problems: list[str]) -> None:
        self.sending = False
        self._report("refill", self.tr("Refill"), outcome, problems)
        self.sig_finished.emit("refill", outcome.results)

    def cancel(self, records: Sequence[OrderRecord]) -> None:
        """Ask the panel to cancel these orders (placed, not finished), once the user agrees."""
        records = [
            r
            for r in records
            if r.state is LocalState.ACCEPTED and (r.status is None or not r.status.is_terminal)
        ]
        if not records or self.sending:
            return
        one = len(records) == 1
        # the buttons say what they do: a "Cancel" button beside a cancel request is a riddle
        if not dialogs.confirm(
            self.pane,
            self.tr("Cancel order") if one else self.tr("Cancel orders"),
            (
                self.tr("Ask the panel to cancel this order?")
                if one
                else self.tr("Ask the panel to cancel %Ln orders?", "", len(records))
            ),
            self.tr(
                "The panel decides whether an order can still be canceled and refunds what was "
                "not delivered. The request is sent once."
            ),
            ok_text=self.tr("Ask the panel to cancel"),
            cancel_text=self.tr("Keep the order") if one else self.tr("Keep the orders"),
        ):
            return
        if self._submit("cancel", records, cancel_door, self._on_canceled, SpendKind.CANCEL):
            self._busy(sending=True)
            self.sig_status.emit(self.tr("Requesting cancellation…"))

    def _on_canceled(self, outcome: RunOutcome, problems: list[str]) -> None:
        self.sending = False
        self._report("cancel", self.tr("Cancel"), outcome, problems)
        self.sig_finished.emit("cancel", outcome.results)

    def _report(self, action: str, what: str, outcome: RunOutcome, problems: list[str]) -> None:
        """Show each order's outcome: when the panel accepted every request, in place (the
        orders pane's banner); anything else in a warning the user has to read."""
        self.pane.apply_changes([r.local_id for r in outcome.results] + outcome.changed)
        self._busy()
        results = outcome.results
        errors = self._error_lines(outcome, problems)
        headline = self.headline(what, results)
        self.sig_status.emit(headline)
        text, details = report_texts(action, headline, results, errors)
        good = not errors and all(r.outcome is ActionOutcome.ACCEPTED for r in results)
        if good:
            self.pane.banner.show_message(text, details)
        else:
            dialogs.warning(self.pane, what, text, details)

    def headline(self, what: str, results: Sequence[ActionResult]) -> str:
        """``what`` ("Refill") and how many orders came out each way ("Refill: 2 accepted,
        1 skipped"); ``what`` alone without results."""
        counts = {o: sum(1 for r in results if r.outcome is o) for o in ActionOutcome}
        words = {
            ActionOutcome.ACCEPTED: self.tr("%Ln accepted", "", counts[ActionOutcome.ACCEPTED]),
            ActionOutcome.REJECTED: self.tr("%Ln refused", "", counts[ActionOutcome.REJECTED]),
            ActionOutcome.UNKNOWN: self.tr("%Ln unconfirmed", "", counts[ActionOutcome.UNKNOWN]),
            ActionOutcome.NOT_SENT: self.tr("%Ln not sent", "", counts[ActionOutcome.NOT_SENT]),
            ActionOutcome.SKIPPED: self.tr("%Ln skipped", "", counts[ActionOutcome.SKIPPED]),
        }
        summary = self.tr(", ").join(words[o] for o in ActionOutcome if counts[o])
        return self.tr("%1: %2").replace("%1", what).replace("%2", summary) if summary else what
