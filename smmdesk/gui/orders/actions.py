"""The orders table's actions (toolbar, context menu, shortcuts) and which are possible for the
selected orders. The requests to the panel (refresh, refill status, refill, cancel) are sent by
orders.requests; the ones that stay on this computer run here: copy links and order ids, open
links in the browser, export to CSV, order again, settle an unknown order, add order ids."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from shiboken6 import isValid

from smmdesk.core.export import write_orders_csv
from smmdesk.core.models import Service
from smmdesk.core.order_import import ImportReport
from smmdesk.core.store import LocalState, OrderRecord
from smmdesk.gui.orders.requests import OrderRequests
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording.bidi import isolate_ltr
from smmdesk.gui.wording.errors import write_failure

if TYPE_CHECKING:
    from smmdesk.gui.orders.import_dialog import ImportOrdersDialog
    from smmdesk.gui.orders.pane import OrdersPane
    from smmdesk.gui.orders.refills.window import RefillsWindow

__all__ = ["OrderActions", "link_url", "open_url", "write_failure"]

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


_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def _cell(value: object) -> str:
    """One cell of copied rows: its shown text on one line, without the isolates that keep
    its direction on screen (a spreadsheet would show them as stray characters)."""
    text = "" if value is None else str(value)
    return " ".join(text.translate(_ISOLATES).split())


class OrderActions(QObject):
    """Owns the QActions of the orders pane, says which are possible, and runs them: the
    requests to the panel through ``requests`` (an OrderRequests), the rest here."""

    sig_finished = Signal(str, object)
    """(action, result): a background action (a request, an export, an import) finished and
    its outcome is shown."""
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
        self.refills_window: RefillsWindow | None = None
        self.requests = OrderRequests(ctx, session_provider, pane)
        self.requests.sig_finished.connect(self.sig_finished)
        self.requests.sig_status.connect(self.sig_status)
        self.requests.sig_busy_changed.connect(self.update_enabled)
        self.act_refresh = self._make(
            self.tr("Refresh Status"),
            lambda: self.requests.refresh(self.pane.selected_records()),
            "Ctrl+Shift+R",
            self.tr("Ask the panel for the current status of the selected orders"),
        )
        self.act_refill = self._make(
            self.tr("Refill"),
            lambda: self.requests.refill(self.pane.selected_records()),
            "Ctrl+Shift+F",
            self.tr("Ask the panel to refill the selected orders (where the service allows)"),
        )
        self.act_cancel = self._make(
            self.tr("Cancel Order"),
            lambda: self.requests.cancel(self.pane.selected_records()),
            "Ctrl+Shift+X",
            self.tr("Ask the panel to cancel the selected orders (where the service allows)"),
        )
        self.act_refill_status = self._make(
            self.tr("Refill Status"),
            lambda: self.requests.refill_status(self.pane.selected_records()),
            "Ctrl+Shift+U",
            self.tr("Ask the panel how the selected orders' refills are going"),
        )
        self.act_copy_rows = self._make(
            self.tr("Copy Rows"),
            self.copy_rows,
            QKeySequence.StandardKey.Copy,
            self.tr("Copy the selected orders as tab-separated text, with the column names"),
        )
        self.act_copy_link = self._make(self.tr("Copy Link"), self.copy_links, "Ctrl+Shift+L")
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
        self.act_refills = self._make(
            self.tr("Refills…"),
            self.open_refills,
            "Ctrl+Shift+W",
            self.tr("Finished orders still inside their refill window, to refill many at once"),
        )
        # Every action works from anywhere in the window (the Orders menu shows the keys);
        # Ctrl+C copies rows only from the table: elsewhere it copies what that widget holds.
        for action in self.all_actions():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_copy_rows.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _make(
        self,
        text: str,
        slot: Callable[[], object],
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
            self.act_copy_rows,
            self.act_copy_link,
            self.act_copy_id,
            self.act_open_link,
            self.act_order_again,
            self.act_reconcile,
            self.act_export_selection,
            self.act_export_view,
            self.act_import,
            self.act_refills,
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
        sending, refreshing = self.requests.sending, self.requests.refreshing
        self.act_refresh.setEnabled(bool(placed) and not refreshing)
        self.act_refill.setEnabled(not sending and any(allows(r, "refill") for r in placed))
        self.act_cancel.setEnabled(
            not sending
            and any(
                allows(r, "cancel") and (r.status is None or not r.status.is_terminal)
                for r in placed
            )
        )
        self.act_refill_status.setEnabled(
            not refreshing and any(r.local_id in refills for r in placed)
        )
        self.act_copy_rows.setEnabled(bool(records))
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

    # -- clipboard, browser, signals ---------------------------------------------------------
    def copy_rows(self) -> None:
        """The selected rows as the table shows them (its column order, hidden columns left
        out), tab-separated under a line of column names: they paste into a spreadsheet."""
        records = self.pane.selected_records()
        if not records:
            return
        table, model = self.pane.table, self.pane.model
        header = table.horizontalHeader()
        columns = [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]
        lines = ["\t".join(_cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
        for record in records:
            row = model.row_of(record.local_id)
            if row is not None:
                lines.append("\t".join(_cell(model.index(row, c).data()) for c in columns))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        count = len(lines) - 1
        self.sig_status.emit(
            self.tr("Copied 1 order") if count == 1 else self.tr("Copied %Ln orders", "", count)
        )

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

    def export_folder(self) -> Path:
        """Where the save dialog opens: the folder of the last export, else the user's
        Documents folder."""
        remembered = self.ctx.settings.value("orders/export_dir")
        if remembered and Path(str(remembered)).is_dir():
            return Path(str(remembered))
        documents = QStandardPaths.StandardLocation.DocumentsLocation
        return Path(QStandardPaths.writableLocation(documents) or Path.home())

    def _export(self, records: list[OrderRecord]) -> None:
        if not records:
            return
        suggested = str(self.export_folder() / f"orders-{date.today().isoformat()}.csv")
        chosen = dialogs.save_file(
            self.pane, self.tr("Export Orders"), suggested, self.tr("CSV files (*.csv)")
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".csv") else chosen + ".csv")
        self.ctx.settings.setValue("orders/export_dir", str(path.parent))
        names = dict(self.pane.model.panel_names)
        refills = dict(self.pane.model.refills)
        store = self.ctx.store

        def job() -> int:
            try:
                # every panel by its name (removed ones too), and each order's last change
                for panel in store.list_panels(include_removed=True):
                    names.setdefault(panel.id, panel.name)
                changes = store.last_status_changes(r.local_id for r in records)
            finally:
                store.close_thread_connection()
            return write_orders_csv(
                path, records, panel_names=names, refills=refills, status_changes=changes
            )

        def done(count: int) -> None:
            number = int(count)
            text = (
                self.tr("Exported 1 order to %1")
                if number == 1
                else self.tr("Exported %Ln orders to %1", "", number)
            ).replace("%1", isolate_ltr(str(path)))
            self.sig_status.emit(text)
            self.pane.banner.show_message(
                text,
                action_text=self.tr("Open folder"),
                action=lambda: open_url(QUrl.fromLocalFile(str(path.parent))),
            )
            self.sig_finished.emit("export", path)

        def failed(exc: Exception) -> None:
            dialogs.error(
                self.pane,
                self.tr("Export failed"),
                self.tr("The orders could not be written to %1.").replace(
                    "%1", isolate_ltr(str(path))
                ),
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
        from smmdesk.gui.orders.import_dialog import ImportOrdersDialog  # when first needed

        dialog = ImportOrdersDialog(self.ctx, session, self.pane)
        dialog.sig_imported.connect(self._on_imported)
        self.import_dialog = dialog
        dialog.open()

    # -- the Refills window -------------------------------------------------------------------
    def open_refills(self) -> RefillsWindow:
        """Show the Refills window (one per orders pane), in front."""
        if self.refills_window is None or not isValid(self.refills_window):
            from smmdesk.gui.orders.refills.window import RefillsWindow  # when first needed

            self.refills_window = RefillsWindow(self.ctx, self.session_provider, self.pane)
        window = self.refills_window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _on_imported(self, report: ImportReport) -> None:
        if report.imported:
            self.pane.apply_changes([local_id for _order_id, local_id in report.imported])
        count = len(report.imported)
        self.sig_status.emit(
            self.tr("Imported 1 order") if count == 1 else self.tr("Imported %Ln orders", "", count)
        )
        self.sig_finished.emit("import", report)
