"""The dialog that settles an unconfirmed (UNKNOWN) order: what was sent, the balance evidence
from core.reconcile, and the user's decision written through mark_placed/mark_not_placed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.client import PanelClient
from smmdesk.core.errors import PanelError
from smmdesk.core.numbers import parse_whole_number
from smmdesk.core.reconcile import (
    ReconcileError,
    ReconcileHint,
    Verdict,
    mark_not_placed,
    mark_placed,
    reconcile,
)
from smmdesk.core.store import LocalState, OrderRecord, StoreError
from smmdesk.gui.orders.status import status_look
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.runtime.tasks import Job
from smmdesk.gui.widgets import dialogs, theme
from smmdesk.gui.widgets.plain import align_to_reading_start, directed, new_label, tip
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.errors import error_reason, unknown_reason
from smmdesk.gui.wording.numbers import order_ref
from smmdesk.gui.wording.reconcile import decision_error_text, evidence_text

__all__ = ["ReconcileDialog"]


class ReconcileDialog(QDialog):
    """Shows what is known about one UNKNOWN order and records the user's decision."""

    sig_resolved = Signal(object)
    """OrderRecord: the order was settled (placed with a panel id, or not placed)."""

    def __init__(
        self,
        session: PanelSession,
        local_id: int,
        parent: QWidget | None = None,
        *,
        balance_before: Decimal | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.local_id = local_id
        self.balance_before = balance_before
        self.hint: ReconcileHint | None = None
        self.record: OrderRecord = session.ctx.store.get_order(local_id)
        self._jobs: list[Job] = []
        self._busy = False
        self.setWindowTitle(self.tr("Check an unconfirmed order"))
        self.setMinimumWidth(520)
        self._build()
        self._show_facts()
        if self.record.state is LocalState.UNKNOWN:
            self._gather_evidence()
        else:
            self._settled_already()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = new_label(
            self,
            self.tr(
                "SMMDesk sent this order but did not get a usable answer, so it does not know "
                "whether the panel placed it. Settle it here before placing it again."
            ),
        )
        intro.setWordWrap(True)
        align_to_reading_start(intro)
        layout.addWidget(intro)

        facts = QGroupBox(self.tr("What is known"), self)
        self.facts_form = QFormLayout(facts)
        self.facts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.service_label = self._value_label(facts)
        self.sent_at_label = self._value_label(facts)
        self.cost_label = self._value_label(facts)
        self.problem_label = self._value_label(facts)
        self.sent_text = QPlainTextEdit(facts)
        self.sent_text.setReadOnly(True)
        # the exact parameters, as sent: they read left to right in any language, and are
        # shown verbatim (parameter names and ASCII digits, as the panel received them)
        self.sent_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.sent_text.setProperty("verbatim", True)
        self.facts_form.addRow(self.tr("Service:"), self.service_label)
        self.facts_form.addRow(self.tr("Sent at:"), self.sent_at_label)
        self.facts_form.addRow(self.tr("What was sent:"), self.sent_text)
        self.facts_form.addRow(self.tr("Cost:"), self.cost_label)
        self.facts_form.addRow(self.tr("What went wrong:"), self.problem_label)
        layout.addWidget(facts)

        evidence = QGroupBox(self.tr("Balance evidence"), self)
        evidence_layout = QVBoxLayout(evidence)
        self.verdict_label = new_label(evidence, self.tr("Checking the balance with the panel…"))
        self.verdict_label.setWordWrap(True)
        align_to_reading_start(self.verdict_label)
        font = self.verdict_label.font()
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.balances_label = self._value_label(evidence)
        self.evidence_label = self._value_label(evidence)
        evidence_layout.addWidget(self.verdict_label)
        evidence_layout.addWidget(self.balances_label)
        evidence_layout.addWidget(self.evidence_label)
        layout.addWidget(evidence)

        decide = QGroupBox(self.tr("Your decision"), self)
        decide_layout = QVBoxLayout(decide)
        placed_row = QHBoxLayout()
        placed_row.addWidget(new_label(decide, self.tr("It was placed — order id:")))
        self.order_id_edit = QLineEdit(decide)
        self.order_id_edit.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", numbers.fmt_id(23501))
        )
        align_to_reading_start(self.order_id_edit)
        self.order_id_edit.textChanged.connect(self._update_buttons)
        self.order_id_edit.returnPressed.connect(self.on_placed_clicked)
        placed_row.addWidget(self.order_id_edit, 1)
        self.placed_button = QPushButton(self.tr("Mark as placed"), decide)
        self.placed_button.setAutoDefault(False)
        self.placed_button.clicked.connect(self.on_placed_clicked)
        placed_row.addWidget(self.placed_button)
        decide_layout.addLayout(placed_row)
        other_row = QHBoxLayout()
        self.not_placed_button = QPushButton(self.tr("It was not placed"), decide)
        self.not_placed_button.setAutoDefault(False)
        self.not_placed_button.clicked.connect(self.on_not_placed_clicked)
        self.later_button = QPushButton(self.tr("Decide later"), decide)
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.reject)
        other_row.addWidget(self.not_placed_button)
        other_row.addStretch(1)
        other_row.addWidget(self.later_button)
        decide_layout.addLayout(other_row)
        self.message_label = self._value_label(decide)
        self.message_label.setStyleSheet(f"color: {self._error_colour()};")
        self.message_label.setVisible(False)
        decide_layout.addWidget(self.message_label)
        layout.addWidget(decide)
        self._update_buttons()

    def _value_label(self, parent: QWidget) -> QLabel:
        label = new_label(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        align_to_reading_start(label)
        return label

    def _error_colour(self) -> str:
        dark = theme.is_dark(self.palette())
        return theme.status_colour("error", dark).name()

    def _show_facts(self) -> None:
        record = self.record
        name = isolate(record.service_name)
        service = f"{order_ref(record.service_id)} — {name}" if record.service_id else name
        self.service_label.setText(directed(service, self.service_label))
        sent = record.sent_at or record.created_at
        self.sent_at_label.setText(numbers.fmt_datetime(sent))
        lines = [f"service={record.service_id}"]
        for name, value in record.params.items():
            if "\n" in value:
                lines.append(f"{name}=")
                lines.extend(f"    {item}" for item in value.split("\n"))
            else:
                lines.append(f"{name}={value}")
        self.sent_text.setPlainText("\n".join(lines))
        shown = min(max(len(lines), 2), 8)
        box = self.sent_text
        # document margins + frame + a little slack so a short list never shows a scroll bar
        margins = int(box.document().documentMargin() * 2) + 2 * box.frameWidth() + 6
        box.setFixedHeight(box.fontMetrics().lineSpacing() * shown + margins)
        currency = record.currency or self.session.currency
        money = numbers.fmt_money
        cost = money(record.cost, currency) if record.cost is not None else "—"
        if record.quantity is not None:
            cost = (
                self.tr("%1 for quantity %2")
                .replace("%1", cost)
                .replace("%2", numbers.fmt_int(record.quantity))
            )
        self.cost_label.setText(directed(cost, self.cost_label))
        if record.error_code or record.error_text:
            # the reason in the user's language; the technical detail (English) on hover
            problem = unknown_reason(record.error_code, record.error_text or "")
            self.problem_label.setText(directed(problem, self.problem_label))
            self.problem_label.setToolTip(tip(record.error_text))
        else:
            self.problem_label.setText(self.tr("No answer from the panel"))

    # -- evidence ----------------------------------------------------------------------------
    def _gather_evidence(self) -> None:
        store = self.session.ctx.store
        local_id, before = self.local_id, self.balance_before

        def work(client: PanelClient) -> ReconcileHint:
            return reconcile(store, client, local_id, balance_before=before)

        self._jobs.append(
            self.session.run("reconcile", work, self._on_evidence, self._on_evidence_failed)
        )

    def _on_evidence(self, hint: ReconcileHint) -> None:
        self.hint = hint
        verdicts = {
            Verdict.LIKELY_PLACED: self.tr("The balance suggests it WAS placed."),
            Verdict.LIKELY_NOT_PLACED: self.tr("The balance suggests it was NOT placed."),
            Verdict.CANNOT_TELL: self.tr("The balance cannot tell."),
        }
        self.verdict_label.setText(verdicts[hint.verdict])
        currency = hint.currency or self.session.currency
        money = numbers.fmt_money
        before = money(hint.balance_before, currency) if hint.balance_before else "—"
        now = money(hint.balance_now, currency) if hint.balance_now is not None else "—"
        self.balances_label.setText(
            self.tr("Balance before: %1 · now: %2").replace("%1", before).replace("%2", now)
        )
        self.evidence_label.setText(evidence_text(hint, self.record, currency))
        self._fit_height()

    def _on_evidence_failed(self, exc: Exception) -> None:
        self.verdict_label.setText(self.tr("The balance could not be checked."))
        self.evidence_label.setText(decision_error_text(exc))
        self._fit_height()

    def _settled_already(self) -> None:
        if self.record.state is LocalState.NOT_PLACED:
            state = self.tr("not placed")
        elif self.record.state is LocalState.ACCEPTED:
            state = self.tr("placed")
        else:
            state = status_look(self.record).words
        self.verdict_label.setText(
            self.tr("This order is already settled (%1).").replace("%1", state)
        )
        self.placed_button.setEnabled(False)
        self.not_placed_button.setEnabled(False)
        self.order_id_edit.setEnabled(False)

    # -- decisions ---------------------------------------------------------------------------
    def entered_order_id(self) -> int | None:
        value = parse_whole_number(self.order_id_edit.text())
        return value if value is not None and 0 < value < 2**63 else None

    def _update_buttons(self) -> None:
        open_ = self.record.state is LocalState.UNKNOWN and not self._busy
        self.placed_button.setEnabled(open_ and self.entered_order_id() is not None)
        self.not_placed_button.setEnabled(open_)
        self.order_id_edit.setEnabled(open_)
        # Leaving while a decision is being written would hide its outcome from the form.
        self.later_button.setEnabled(not self._busy)

    def on_placed_clicked(self) -> None:
        order_id = self.entered_order_id()
        if order_id is None or self._busy:
            if not self.order_id_edit.text().strip():
                self._show_message(self.tr("Enter the order number the panel shows."))
            return
        store, local_id = self.session.ctx.store, self.local_id
        self._set_busy(
            True, self.tr("Checking order %1 with the panel…").replace("%1", order_ref(order_id))
        )

        def work(client: PanelClient) -> OrderRecord:
            return mark_placed(store, local_id, order_id, client=client)

        self._jobs.append(
            self.session.run(
                "reconcile-placed",
                work,
                self._on_settled,
                lambda exc: self._on_placed_failed(exc, order_id),
            )
        )

    def _on_placed_failed(self, exc: Exception, order_id: int) -> None:
        self._set_busy(False)
        if isinstance(exc, ReconcileError | StoreError):
            self._show_message(decision_error_text(exc))
            return
        if isinstance(exc, PanelError):
            unchecked = dialogs.confirm(
                self,
                self.tr("Could not check the order"),
                self.tr(
                    "SMMDesk could not ask the panel about order %1 (%2). Record it as placed "
                    "without checking?"
                )
                .replace("%1", order_ref(order_id))
                .replace("%2", isolate(error_reason(exc))),
                ok_text=self.tr("Record without checking"),
            )
            if unchecked:
                self._record_unchecked(order_id)
            return
        self._show_message(
            self.tr("Unexpected error: %1").replace("%1", isolate(type(exc).__name__))
        )

    def _record_unchecked(self, order_id: int) -> None:
        store, local_id = self.session.ctx.store, self.local_id
        self._set_busy(True)
        self._submit(
            "reconcile-unchecked",
            lambda: mark_placed(store, local_id, order_id),
            self._on_settled,
            self._on_store_failed,
        )

    def on_not_placed_clicked(self) -> None:
        if self._busy:
            return
        if self.hint is not None and self.hint.verdict is Verdict.LIKELY_PLACED:
            sure = dialogs.confirm(
                self,
                self.tr("Record as not placed?"),
                self.tr(
                    "The balance suggests this order WAS placed. Record it as not placed anyway? "
                    "Placing it again could pay twice."
                ),
                ok_text=self.tr("It was not placed"),
            )
            if not sure:
                return
        store, local_id = self.session.ctx.store, self.local_id
        self._set_busy(True)
        self._submit(
            "reconcile-not-placed",
            lambda: mark_not_placed(store, local_id),
            self._on_settled,
            self._on_store_failed,
        )

    def _on_store_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_message(decision_error_text(exc))

    def _on_settled(self, record: OrderRecord) -> None:
        self._busy = False
        self.record = record
        self.sig_resolved.emit(record)
        self.accept()

    # -- plumbing ----------------------------------------------------------------------------
    def _fit_height(self) -> None:
        # Wrapped labels grew after the dialog was shown, and top-level windows do not grow to
        # a height-for-width on their own; measure once the nested layouts have settled.
        QTimer.singleShot(0, self, self._grow_to_fit)

    def _grow_to_fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _submit(self, name: str, fn: Any, on_done: Any, on_error: Any) -> None:
        self._jobs.append(self.session.ctx.tasks.submit(name, fn, on_done, on_error))

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        if message:
            self._show_message(message, error=False)
        elif busy:
            self.message_label.setVisible(False)
        self._update_buttons()

    def _show_message(self, text: str, *, error: bool = True) -> None:
        colour = self._error_colour() if error else self.palette().text().color().name()
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setText(text)
        self.message_label.setVisible(True)
        self._fit_height()

    def done(self, result: int) -> None:
        # Results arriving after close must not touch a dialog that is going away.
        for job in self._jobs:
            job.cancel()
        super().done(result)
