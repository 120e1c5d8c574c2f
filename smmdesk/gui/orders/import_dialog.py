"""The "Add Order IDs" dialog: track orders placed elsewhere by pasting their ids; the panel is
asked about them (core.order_import.import_orders on a worker) and each id's outcome is shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.client import PanelClient
from smmdesk.core.order_import import ImportReport, import_orders, parse_order_ids
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets.plain import align_to_reading_start, new_label
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.errors import describe_error
from smmdesk.gui.wording.numbers import order_ref

__all__ = ["ImportOrdersDialog"]

_ARABIC_TO_WESTERN = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic ٠..٩
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended Arabic-Indic ۰..۹
        "\u060c": ",",  # Arabic comma
        "\u061b": ";",  # Arabic semicolon
    }
)


class ImportOrdersDialog(QDialog):
    """Paste order ids from the current panel; SMMDesk checks them and tracks the real ones."""

    sig_imported = Signal(object)
    """ImportReport: an import finished (some ids may have been refused or failed)."""

    def __init__(self, ctx: AppContext, session: PanelSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.report: ImportReport | None = None
        self._running = False
        self.setWindowTitle(self.tr("Add Order IDs"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = new_label(
            self,
            self.tr(
                "Track orders placed elsewhere (on the panel's website or another device). "
                "Paste their order IDs from “%1”, separated by spaces, commas or new lines."
            ).replace("%1", isolate(session.panel.name)),
        )
        intro.setWordWrap(True)
        align_to_reading_start(intro)
        layout.addWidget(intro)
        self.ids_edit = QPlainTextEdit(self)
        # sample order numbers, in the user's digits (either digits are read)
        self.ids_edit.setPlaceholderText(
            self.tr(", ").join(numbers.fmt_id(n) for n in (23501, 23502))
            + "\n"
            + numbers.fmt_id(23503)
        )
        self.ids_edit.setTabChangesFocus(True)
        self.ids_edit.setAccessibleName(self.tr("Order IDs to add"))
        self.ids_edit.textChanged.connect(self._on_text_changed)
        layout.addWidget(self.ids_edit, 1)
        self.summary = new_label(self)
        self.summary.setWordWrap(True)
        align_to_reading_start(self.summary)
        layout.addWidget(self.summary)
        self.result_view = QPlainTextEdit(self)
        self.result_view.setReadOnly(True)
        self.result_view.setAccessibleName(self.tr("Import result"))
        self.result_view.setVisible(False)
        layout.addWidget(self.result_view, 1)
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._on_text_changed()

    def typed_ids(self) -> str:
        """What the user typed, with Arabic-Indic digits and Arabic commas read as 0-9 and ","
        (the core's id parser takes Western digits only)."""
        return self.ids_edit.toPlainText().translate(_ARABIC_TO_WESTERN)

    def _on_text_changed(self) -> None:
        parsed = parse_order_ids(self.typed_ids())
        parts = []
        count = len(parsed.ids)
        if count:
            # English needs its singular without a loaded translation; %Ln forms serve the rest
            parts.append(
                self.tr("1 order ID") if count == 1 else self.tr("%Ln order IDs", "", count)
            )
        if parsed.duplicates:
            parts.append(self.tr("%Ln given twice", "", len(parsed.duplicates)))
        if parsed.invalid:
            shown = self.tr(", ").join(isolate(piece) for piece in parsed.invalid[:5])
            parts.append(self.tr("not order IDs: %1").replace("%1", shown))
        self.summary.setText(" · ".join(parts))
        self.import_button.setEnabled(bool(parsed.ids) and not self._running)

    def start_import(self) -> None:
        parsed = parse_order_ids(self.typed_ids())
        if not parsed.ids or self._running:
            return
        self._running = True
        self.import_button.setEnabled(False)
        count = len(parsed.ids)
        self.summary.setText(
            self.tr("Checking 1 order ID with the panel…")
            if count == 1
            else self.tr("Checking %Ln order IDs with the panel…", "", count)
        )
        store, panel_id = self.ctx.store, self.session.panel.id
        # The ids the user typed twice are reported too: hand them over as typed.
        ids = list(parsed.ids) + list(parsed.duplicates)

        def job(client: PanelClient) -> ImportReport:
            try:
                return import_orders(store, client, panel_id, ids)
            finally:
                store.close_thread_connection()

        self.session.run("orders-import", job, self._on_done, self._on_failed)

    def _on_done(self, report: ImportReport) -> None:
        self._running = False
        self.report = report
        invalid = parse_order_ids(self.typed_ids()).invalid
        self.result_view.setPlainText(self.report_text(report, invalid))
        self.result_view.setVisible(True)
        count = len(report.imported)
        self.summary.setText(
            self.tr("1 order imported.")
            if count == 1
            else self.tr("%Ln orders imported.", "", count)
        )
        self._on_text_changed()
        self.sig_imported.emit(report)

    def _on_failed(self, exc: Exception) -> None:
        self._running = False
        self.result_view.setPlainText(describe_error(exc))
        self.result_view.setVisible(True)
        self._on_text_changed()

    def report_text(self, report: ImportReport, invalid: Sequence[str] = ()) -> str:
        """What became of each id, a line per kind of outcome (the panel's words kept)."""

        def ids(values: Sequence[int]) -> str:
            return self.tr(", ").join(order_ref(v) for v in values)

        lines = []
        if report.imported:
            lines.append(
                self.tr("Imported and now tracked: %1").replace(
                    "%1", ids([o for o, _ in report.imported])
                )
            )
        if report.known:
            lines.append(
                self.tr("Already tracked, not added again: %1").replace(
                    "%1", ids([o for o, _ in report.known])
                )
            )
        for order_id, text in report.not_found:
            lines.append(
                self.tr("%1 was not added: the panel answered “%2”.")
                .replace("%1", order_ref(order_id))
                .replace("%2", isolate(text))
            )
        for order_id in report.not_mentioned:
            lines.append(
                self.tr("%1 was not added: the panel's answer did not mention it.").replace(
                    "%1", order_ref(order_id)
                )
            )
        if report.duplicates:
            lines.append(self.tr("Given more than once: %1").replace("%1", ids(report.duplicates)))
        if invalid:
            shown = self.tr(", ").join(isolate(piece) for piece in invalid)
            lines.append(self.tr("Not order IDs, ignored: %1").replace("%1", shown))
        if report.error is not None:
            lines.append(
                self.tr("Stopped: %1").replace("%1", isolate(describe_error(report.error)))
            )
            lines.append(self.tr("Not checked: %1").replace("%1", ids(report.unchecked)))
        return "\n".join(lines)
