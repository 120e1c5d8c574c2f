"""The orders table's actions (toolbar, context menu, shortcuts): each runs a core door from
core.order_actions on a ctx.tasks worker (orders.action_runs) and shows its outcome
(wording.actions)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence

from smmdesk.core.export import write_orders_csv
from smmdesk.core.models import Service
from smmdesk.core.order_actions import (
    ActionOutcome,
    ActionResult,
    ImportReport,
)
from smmdesk.core.store import LocalState, OrderRecord, Store
from smmdesk.gui.orders.action_runs import (
    _Outcome,
    _PanelWork,
    cancel_door,
    plan_work,
    refill_door,
    refill_status_door,
    refresh_door,
    run_work,
)
from smmdesk.gui.orders.import_dialog import ImportOrdersDialog
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.runtime.spending import SpendKind
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording.actions import action_message, report_texts
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.errors import describe_error

if TYPE_CHECKING:
    from smmdesk.gui.orders.pane import OrdersPane

__all__ = ["OrderActions", "link_url", "open_url", "write_failure"]

log = logging.getLogger(__name__)

_OPEN_WITHOUT_ASKING = 5  # more links than this at once: ask first


def open_url(url: QUrl) -> bool:
    """Open a link in the user's browser (the one door; tests patch it)."""
    return QDesktopServices.openUrl(url)


def link_url(link: str) -> QUrl | None:
    """The web address an order's link stands for, or None (a username, a bare word)."""
    text = link.strip()
    if not text or any(ch.isspace() for ch in text):
        return None
    lowered = text.lower()
    if not lowered.startswith(("http://", "https://")):
        host = lowered.split("/", 1)[0]
        if "." not in host or host.startswith((".", "@")) or host.endswith("."):
            return None
        text = "https://" + text
    url = QUrl(text, QUrl.ParsingMode.TolerantMode)
    return url if url.isValid() and url.host() else None


def write_failure(exc: object) -> str:
    """Why a file could not be written, in few words: the system's own words for a file
    error, else what kind of error it was."""
    if isinstance(exc, OSError) and exc.strerror:
        return isolate(exc.strerror)
    return describe_error(exc)


class OrderActions(QObject):
    """Owns the QActions of the orders pane and runs them. Network work goes through
    ``ctx.tasks``; the worker touches no widget, results come back on the GUI thread."""

    sig_finished = Signal(str, object)
    """(action, result): a background action finished and its outcome is shown."""
    sig_status = Signal(str)
    """A short line about the last action, for a status bar."""

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
        self.import_dialog: ImportOrdersDialog | None = None
        self._sending = False  # a refill or cancel is in flight: never start a second one
        self._refreshing = False
        shortcut = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.act_refresh = self._make(
            self.tr("Refresh Status"),
            self.refresh_now,
            "Ctrl+Shift+R",
            self.tr("Ask the panel for the current status of the selected orders"),
        )
        self.act_refill = self._make(
            self.tr("Refill"),
            self.refill,
            "Ctrl+Shift+F",
            self.tr("Ask the panel to refill the selected orders (where the service allows)"),
        )
        self.act_cancel = self._make(
            self.tr("Cancel Order"),
            self.cancel,
            "Ctrl+Shift+X",
            self.tr("Ask the panel to cancel the selected orders (where the service allows)"),
        )
        self.act_refill_status = self._make(
            self.tr("Refill Status"),
            self.refill_status,
            "Ctrl+Shift+U",
            self.tr("Ask the panel how the selected orders' refills are going"),
        )
        self.act_copy_link = self._make(
            self.tr("Copy Link"), self.copy_links, QKeySequence.StandardKey.Copy
        )
        self.act_copy_id = self._make(self.tr("Copy Order ID"), self.copy_order_ids, "Ctrl+Shift+C")
        self.act_open_link = self._make(
            self.tr("Open Link in Browser"), self.open_links, "Ctrl+Shift+O"
        )
        self.act_order_again = self._make(
            self.tr("Order Again…"),
            self.order_again,
            "Ctrl+Shift+D",
            self.tr("Open the order form with this order's service and values"),
        )
        self.act_reconcile = self._make(
            self.tr("Check Unknown Order…"),
            self.reconcile,
            "Ctrl+Shift+K",
            self.tr("Settle an order whose outcome is unknown"),
        )
        self.act_export_selection = self._make(
            self.tr("Export Selected to CSV…"), self.export_selection, "Ctrl+Shift+E"
        )
        self.act_export_view = self._make(
            self.tr("Export Shown Orders to CSV…"),
            self.export_view,
            None,
            self.tr("Every order the filters show, in the table's order"),
        )
        self.act_import = self._make(
            self.tr("Add Order IDs…"),
            self.import_ids,
            "Ctrl+Shift+I",
            self.tr("Track orders placed elsewhere, by their ids on the current panel"),
        )
        for action in self.all_actions():
            action.setShortcutContext(shortcut)

    def _make(
        self,
        text: str,
        slot: Callable[[], None],
        keys: str | QKeySequence.StandardKey | None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def all_actions(self) -> list[QAction]:
        return [
            self.act_refresh,
            self.act_refill,
            self.act_cancel,
            self.act_refill_status,
            self.act_copy_link,
            self.act_copy_id,
            self.act_open_link,
            self.act_order_again,
            self.act_reconcile,
            self.act_export_selection,
            self.act_export_view,
            self.act_import,
        ]

    # -- what is possible now ----------------------------------------------------------------
    def _session(self) -> PanelSession | None:
        return self.session_provider()

    def _service(self, record: OrderRecord) -> Service | None:
        session = self._session()
        if (
            session is None
            or session.catalog is None
            or record.service_id is None
            or session.panel.id != record.panel_id
        ):
            return None
        return session.catalog.by_id(record.service_id)

    def update_enabled(self) -> None:
        records = self.pane.selected_records()
        placed = [  # a frozen order's number now means a newer order: nothing is sent for it
            r
            for r in records
            if r.state is LocalState.ACCEPTED
            and r.panel_order_id is not None
            and r.superseded_by is None
        ]

        def allows(record: OrderRecord, flag: str) -> bool:
            # only a flag the panel states as false rules an action out; a flag it leaves
            # out is unknown, and the panel's answer decides
            service = self._service(record)
            return service is None or getattr(service, flag) is not False

        refills = self.pane.model.refills
        one = records[0] if len(records) == 1 else None
        self.act_refresh.setEnabled(bool(placed) and not self._refreshing)
        self.act_refill.setEnabled(not self._sending and any(allows(r, "refill") for r in placed))
        self.act_cancel.setEnabled(
            not self._sending
            and any(
                allows(r, "cancel") and (r.status is None or not r.status.is_terminal)
                for r in placed
            )
        )
        self.act_refill_status.setEnabled(
            not self._refreshing and any(r.local_id in refills for r in placed)
        )
        self.act_copy_link.setEnabled(any(r.link for r in records))
        self.act_copy_id.setEnabled(any(r.panel_order_id is not None for r in records))
        self.act_open_link.setEnabled(any(link_url(r.link) is not None for r in records))
        self.act_order_again.setEnabled(one is not None and one.service_id is not None)
        session = self._session()
        self.act_reconcile.setEnabled(
            one is not None
            and one.state is LocalState.UNKNOWN
            and session is not None
            and session.panel.id == one.panel_id
        )
        self.act_export_selection.setEnabled(bool(records))
        self.act_export_view.setEnabled(self.pane.model.rowCount() > 0)
        self.act_import.setEnabled(session is not None)

    # -- running a core door per panel ------------------------------------------------------
    def _submit(
        self,
        name: str,
        records: Sequence[OrderRecord],
        door: Callable[[Store, _PanelWork, _Outcome], None],
        on_done: Callable[[_Outcome, list[str]], None],
        spends: SpendKind | None = None,
    ) -> bool:
        """Run ``door`` per panel on a worker; a door that ``spends`` (refill, cancel) counts as
        spending work until the worker is done."""
        work, problems = plan_work(self.ctx, self._session(), records)
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
        ticket = self.ctx.spending.enter(spends) if spends is not None else None

        def job() -> _Outcome:
            try:
                return run_work(store, work, door)
            finally:
                if ticket is not None:
                    ticket.close()

        def done(value: Any) -> None:
            on_done(value, problems)

        def crashed(exc: Any) -> None:
            on_done(_Outcome(errors=[(0, exc)]), problems)

        self.ctx.tasks.submit(f"orders-{name}", job, done, crashed)
        return True

    def _error_lines(self, outcome: _Outcome, problems: list[str]) -> list[str]:
        lines = [describe_error(exc) for _panel, exc in outcome.errors]
        return lines + problems

    def action_message(self, result: ActionResult, action: str) -> str:
        """A refill ("refill") or cancel ("cancel") result in the user's language."""
        return action_message(result, action)

    # -- refresh -----------------------------------------------------------------------------
    def refresh_now(self) -> None:
        records = [
            r
            for r in self.pane.selected_records()
            if r.panel_order_id is not None and r.superseded_by is None
        ]
        if not records or self._refreshing:
            return

        if self._submit("refresh", records, refresh_door, self._on_refreshed):
            self._refreshing = True
            self.update_enabled()
            count = len(records)
            self.sig_status.emit(
                self.tr("Refreshing 1 order…")
                if count == 1
                else self.tr("Refreshing %Ln orders…", "", count)
            )

    def _on_refreshed(self, outcome: _Outcome, problems: list[str]) -> None:
        self._refreshing = False
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
        self.update_enabled()
        self.sig_finished.emit("refresh", outcome.changed)

    def refill_status(self) -> None:
        refills = self.pane.model.refills
        records = [r for r in self.pane.selected_records() if r.local_id in refills]
        if not records or self._refreshing:
            return

        if self._submit("refill-status", records, refill_status_door, self._on_refill_status):
            self._refreshing = True
            self.update_enabled()

    def _on_refill_status(self, outcome: _Outcome, problems: list[str]) -> None:
        self._refreshing = False
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
        self.update_enabled()
        self.sig_finished.emit("refill_status", outcome.changed)

    # -- refill and cancel: sent once --------------------------------------------------------
    def refill(self) -> None:
        records = [r for r in self.pane.selected_records() if r.state is LocalState.ACCEPTED]
        if not records or self._sending:
            return

        if self._submit("refill", records, refill_door, self._on_refilled, SpendKind.REFILL):
            self._sending = True
            self.update_enabled()
            self.sig_status.emit(self.tr("Requesting refills…"))

    def _on_refilled(self, outcome: _Outcome, problems: list[str]) -> None:
        self._sending = False
        self._report("refill", self.tr("Refill"), outcome, problems)
        self.sig_finished.emit("refill", outcome.results)

    def cancel(self) -> None:
        records = [
            r
            for r in self.pane.selected_records()
            if r.state is LocalState.ACCEPTED and (r.status is None or not r.status.is_terminal)
        ]
        if not records or self._sending:
            return
        if not dialogs.confirm(
            self.pane,
            self.tr("Cancel orders"),
            (
                self.tr("Ask the panel to cancel this order?")
                if len(records) == 1
                else self.tr("Ask the panel to cancel %Ln orders?", "", len(records))
            ),
            self.tr(
                "The panel decides whether an order can still be canceled and refunds what was "
                "not delivered. The request is sent once."
            ),
            ok_text=self.tr("Request Cancel"),
        ):
            return

        if self._submit("cancel", records, cancel_door, self._on_canceled, SpendKind.CANCEL):
            self._sending = True
            self.update_enabled()
            self.sig_status.emit(self.tr("Requesting cancellation…"))

    def _on_canceled(self, outcome: _Outcome, problems: list[str]) -> None:
        self._sending = False
        self._report("cancel", self.tr("Cancel"), outcome, problems)
        self.sig_finished.emit("cancel", outcome.results)

    def _report(self, action: str, what: str, outcome: _Outcome, problems: list[str]) -> None:
        """Show each order's outcome; anything but "accepted" as a warning."""
        self.pane.apply_changes([r.local_id for r in outcome.results] + outcome.changed)
        self.update_enabled()
        results = outcome.results
        errors = self._error_lines(outcome, problems)
        counts = {o: sum(1 for r in results if r.outcome is o) for o in ActionOutcome}
        words = {
            ActionOutcome.ACCEPTED: self.tr("%Ln accepted", "", counts[ActionOutcome.ACCEPTED]),
            ActionOutcome.REJECTED: self.tr("%Ln refused", "", counts[ActionOutcome.REJECTED]),
            ActionOutcome.UNKNOWN: self.tr("%Ln unconfirmed", "", counts[ActionOutcome.UNKNOWN]),
            ActionOutcome.NOT_SENT: self.tr("%Ln not sent", "", counts[ActionOutcome.NOT_SENT]),
            ActionOutcome.SKIPPED: self.tr("%Ln skipped", "", counts[ActionOutcome.SKIPPED]),
        }
        summary = self.tr(", ").join(words[o] for o in ActionOutcome if counts[o])
        headline = self.tr("%1: %2").replace("%1", what).replace("%2", summary) if summary else what
        self.sig_status.emit(headline)
        text, details = report_texts(action, headline, results, errors)
        good = not errors and all(r.outcome is ActionOutcome.ACCEPTED for r in results)
        show = dialogs.info if good else dialogs.warning
        show(self.pane, what, text, details)

    # -- clipboard, browser, signals ---------------------------------------------------------
    def copy_links(self) -> None:
        links = [r.link for r in self.pane.selected_records() if r.link]
        if links:
            QGuiApplication.clipboard().setText("\n".join(links))
            self.sig_status.emit(
                self.tr("Copied 1 link")
                if len(links) == 1
                else self.tr("Copied %Ln links", "", len(links))
            )

    def copy_order_ids(self) -> None:
        ids = [str(r.panel_order_id) for r in self.pane.selected_records() if r.panel_order_id]
        if ids:
            QGuiApplication.clipboard().setText("\n".join(ids))
            self.sig_status.emit(
                self.tr("Copied 1 order ID")
                if len(ids) == 1
                else self.tr("Copied %Ln order IDs", "", len(ids))
            )

    def open_links(self) -> None:
        urls = [u for r in self.pane.selected_records() if (u := link_url(r.link)) is not None]
        unique = list({u.toString(): u for u in urls}.values())
        if not unique:
            return
        if len(unique) > _OPEN_WITHOUT_ASKING and not dialogs.confirm(
            self.pane,
            self.tr("Open links"),
            self.tr("Open %Ln links in the browser?", "", len(unique)),
            ok_text=self.tr("Open All"),
        ):
            return
        for url in unique:
            open_url(url)

    def order_again(self) -> None:
        records = self.pane.selected_records()
        if len(records) == 1 and records[0].service_id is not None:
            self.pane.sig_order_again.emit(records[0])

    def reconcile(self) -> None:
        records = self.pane.selected_records()
        if len(records) == 1 and records[0].state is LocalState.UNKNOWN:
            self.pane.sig_reconcile_requested.emit(records[0].local_id)

    # -- export ------------------------------------------------------------------------------
    def export_selection(self) -> None:
        self._export(self.pane.selected_records())

    def export_view(self) -> None:
        self._export(self.pane.model.visible_records())

    def _export(self, records: list[OrderRecord]) -> None:
        if not records:
            return
        folder = self.ctx.settings.value("orders/export_dir") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = str(Path(str(folder)) / f"orders-{date.today().isoformat()}.csv")
        chosen = dialogs.save_file(
            self.pane, self.tr("Export Orders"), suggested, self.tr("CSV files (*.csv)")
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".csv") else chosen + ".csv")
        self.ctx.settings.setValue("orders/export_dir", str(path.parent))
        names = dict(self.pane.model.panel_names)
        refills = dict(self.pane.model.refills)

        def job() -> int:
            return write_orders_csv(path, records, panel_names=names, refills=refills)

        def done(count: Any) -> None:
            number = int(count)
            self.sig_status.emit(
                (
                    self.tr("Exported 1 order to %1")
                    if number == 1
                    else self.tr("Exported %Ln orders to %1", "", number)
                ).replace("%1", isolate(str(path)))
            )
            self.sig_finished.emit("export", path)

        def failed(exc: Any) -> None:
            dialogs.error(
                self.pane,
                self.tr("Export failed"),
                self.tr("The orders could not be written to %1.").replace("%1", isolate(str(path))),
                write_failure(exc),
            )
            self.sig_finished.emit("export", None)

        self.ctx.tasks.submit("orders-export", job, done, failed)

    # -- import by id ------------------------------------------------------------------------
    def import_ids(self) -> None:
        session = self._session()
        if session is None:
            return
        if self.import_dialog is not None:
            self.import_dialog.close()
        dialog = ImportOrdersDialog(self.ctx, session, self.pane)
        dialog.sig_imported.connect(self._on_imported)
        self.import_dialog = dialog
        dialog.open()

    def _on_imported(self, report: ImportReport) -> None:
        if report.imported:
            self.pane.apply_changes([local_id for _order_id, local_id in report.imported])
        count = len(report.imported)
        self.sig_status.emit(
            self.tr("Imported 1 order") if count == 1 else self.tr("Imported %Ln orders", "", count)
        )
        self.sig_finished.emit("import", report)
