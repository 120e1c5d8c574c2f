"""What the order form says about a placement: its cost estimate and its outcome (by
PlacementState / PanelRejected.code) in the result frame, which holds an unconfirmed order
until it is reconciled."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from smmdesk.core.errors import PanelRejected
from smmdesk.core.models import Balance
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.store import OrderRecord, StoreError
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.announce import announce
from smmdesk.gui.widgets.plain import align_to_reading_start, new_label
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.errors import error_code, rejected_reason, unconfirmed_reason
from smmdesk.gui.wording.numbers import order_ref
from smmdesk.gui.wording.outcomes import also_said, record_failure_text, unsaved_note

__all__ = [
    "OrderResult",
    "accepted_detail",
    "accepted_text",
    "cost_estimate",
    "local_failure_text",
    "reconciled_text",
    "rejected_text",
    "unknown_text",
]

# Result frame per outcome: the theme kind of its border (the fill is a wash of it)
_FRAME_KINDS = {"unknown": "unknown", "success": "completed", "error": "error"}

_N = numbers.fmt_int


def cost_estimate(
    cost: Decimal, per_post: bool, currency: str, balance: Balance | None
) -> tuple[str, str, bool]:
    """The cost line, the balance-after line ("" without a known balance) and whether the
    balance falls short of ``cost``."""
    money = numbers.fmt_money(cost, currency, 2 if cost >= 1 else None)
    if per_post:
        cost_text = QCoreApplication.translate("OrderForm", "Cost ≈ up to %1 per post")
    else:
        cost_text = QCoreApplication.translate("OrderForm", "Cost ≈ %1")
    if balance is None:
        return cost_text.replace("%1", money), "", False
    after = balance.amount - cost
    shown = numbers.fmt_money(after, balance.currency or currency, 2)
    if after < 0:
        after_text = QCoreApplication.translate(
            "OrderForm", "Balance after ≈ %1 — not enough funds on the panel"
        )
    else:
        after_text = QCoreApplication.translate("OrderForm", "Balance after ≈ %1")
    return cost_text.replace("%1", money), after_text.replace("%1", shown), after < 0


def accepted_text(order_id: int | None, cost: Decimal | None, currency: str) -> str:
    """The line for an order the panel accepted."""
    number = order_ref(order_id) if order_id is not None else ""
    if cost:
        money = numbers.fmt_money(cost, currency, 2 if cost >= 1 else None)
        return (
            QCoreApplication.translate("OrderForm", "Order %1 placed — %2")
            .replace("%1", number)
            .replace("%2", money)
        )
    return QCoreApplication.translate("OrderForm", "Order %1 placed").replace("%1", number)


def accepted_detail(placement: Placement) -> str:
    """The detail under an accepted order: the panel's text sent beside its number (a warning,
    never a refusal) and, if the database could not record it, what to do ("" if neither)."""
    lines = []
    if placement.warning:
        lines.append(also_said(placement.warning))
    if not placement.saved:
        lines.append(unsaved_note(placement.order_id))
    return "\n".join(lines)


def rejected_text(
    placement: Placement, cost: Decimal | None, currency: str, balance: Balance | None
) -> tuple[str, str]:
    """Text and detail for an order the panel refused; ``balance`` is the one known when it
    was sent."""
    error = placement.error
    money = numbers.fmt_money
    cost_text = money(cost, currency, 2) if cost is not None else ""
    code = error_code(error)
    panel_text = error.panel_text if isinstance(error, PanelRejected) else ""
    if code == "insufficient_funds":
        if balance is not None:
            text = (
                QCoreApplication.translate(
                    "OrderForm", "Not enough funds on the panel balance (cost %1, balance %2)."
                )
                .replace("%1", cost_text)
                .replace("%2", money(balance.amount, balance.currency, 2))
            )
        else:
            text = QCoreApplication.translate(
                "OrderForm", "Not enough funds on the panel balance (cost %1)."
            ).replace("%1", cost_text)
        text += " " + QCoreApplication.translate(
            "OrderForm", "Add funds on the panel, then place the order again."
        )
    else:
        text = rejected_reason(code)
    detail = ""
    if panel_text:
        detail = QCoreApplication.translate("OrderForm", "The panel said: “%1”").replace(
            "%1", isolate(panel_text)
        )
    return QCoreApplication.translate("OrderForm", "Not placed: %1").replace("%1", text), detail


def unknown_text(placement: Placement) -> tuple[str, str]:
    """Text and detail for an order sent without a usable answer."""
    return (
        QCoreApplication.translate("OrderForm", "Outcome unknown — check before retrying"),
        QCoreApplication.translate(
            "OrderForm",
            "The order was sent but no usable answer came back, so it may have been placed "
            "and paid for. Use Reconcile to compare the balance and settle it before "
            "placing it again.",
        )
        + "\n"
        + unconfirmed_reason(placement.error),
    )


def local_failure_text(exc: object) -> tuple[str, str, str]:
    """Kind ("error" or "unknown"), text and detail for a placement that failed in SMMDesk."""
    if isinstance(exc, StoreError):
        return (
            "error",
            QCoreApplication.translate(
                "OrderForm",
                "Not sent: SMMDesk could not record the order on disk, so nothing was sent.",
            ),
            record_failure_text(exc),
        )
    # Anything else may have failed after the request left: never claim "not placed".
    return (
        "unknown",
        QCoreApplication.translate("OrderForm", "Outcome unknown — check before retrying"),
        QCoreApplication.translate(
            "OrderForm",
            "SMMDesk failed while sending (%1). Check the orders list: the order shows "
            "as unconfirmed if it may have been placed.",
        ).replace("%1", isolate(type(exc).__name__)),
    )


def reconciled_text(record: Any) -> str:
    """The line after the user settled an unconfirmed order (an OrderRecord)."""
    if record.panel_order_id is not None:
        return QCoreApplication.translate(
            "OrderForm", "Settled: the order was placed as order %1."
        ).replace("%1", order_ref(record.panel_order_id))
    return QCoreApplication.translate(
        "OrderForm", "Settled: the order was not placed. You can place it again."
    )


class OrderResult(QFrame):
    """The outcome of the last placement: a line, or the prominent unknown-outcome state with
    its Reconcile button (texts in the "OrderForm" translation context)."""

    sig_reconciled = Signal(object)
    """OrderRecord: the user settled the unconfirmed order through the Reconcile dialog."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.unknown: Placement | None = None  # last UNKNOWN outcome not yet acknowledged
        self.unknown_params: dict[str, str] | None = None
        self.unknown_balance: Decimal | None = None
        self.setObjectName("orderResult")
        result_layout = QVBoxLayout(self)
        result_layout.setContentsMargins(10, 8, 10, 8)
        self.status_label = new_label(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label = new_label(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        align_to_reading_start(self.status_label)
        align_to_reading_start(self.detail_label)
        self.reconcile_button = QPushButton(
            QCoreApplication.translate("OrderForm", "Reconcile…"), self
        )
        self.reconcile_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.reconcile_button)
        row.addStretch(1)
        result_layout.addWidget(self.status_label)
        result_layout.addWidget(self.detail_label)
        result_layout.addLayout(row)

    def clear(self) -> None:
        """Hide the frame: no outcome to show."""
        self.status_label.setText("")
        self.detail_label.setText("")
        self.detail_label.setVisible(False)
        self.reconcile_button.setVisible(False)
        self.setVisible(False)

    def show_outcome(
        self,
        outcome: object,
        params: dict[str, str] | None,
        cost: Decimal | None,
        currency: str,
        balance: Balance | None,
    ) -> None:
        """Show the session's answer (a Placement, or the exception that stopped it) for the
        order of ``params`` and ``cost``, sent when the balance was ``balance``."""
        if not isinstance(outcome, Placement):
            kind, text, detail = local_failure_text(outcome)
            if kind == "unknown":
                self.unknown = Placement(0, PlacementState.UNKNOWN, None, None, "")
                self.unknown_params = params
            self.show_result(kind, text, detail)
        elif outcome.state is PlacementState.ACCEPTED:
            self.show_result(
                "success", accepted_text(outcome.order_id, cost, currency), accepted_detail(outcome)
            )
        elif outcome.state is PlacementState.REJECTED:
            self.show_result("error", *rejected_text(outcome, cost, currency, balance))
        else:
            self.unknown = outcome
            self.unknown_params = params
            self.unknown_balance = balance.amount if balance else None
            self.show_result("unknown", *unknown_text(outcome))
            self.reconcile_button.setVisible(True)

    def open_reconcile(self, session: PanelSession) -> None:
        """Open the reconciliation dialog for the last unconfirmed order."""
        placement = self.unknown
        if placement is None or placement.local_id <= 0:
            return
        from smmdesk.gui.ordering.reconcile import ReconcileDialog  # when first needed

        dialog = ReconcileDialog(
            session, placement.local_id, self.parentWidget(), balance_before=self.unknown_balance
        )
        dialog.sig_resolved.connect(self._on_reconciled)
        dialog.open()

    def _on_reconciled(self, record: OrderRecord) -> None:
        self.unknown = None
        self.unknown_params = None
        self.show_result("success", reconciled_text(record))
        self.sig_reconciled.emit(record)

    def show_result(self, kind: str, text: str, detail: str = "") -> None:
        """Show an outcome of ``kind`` "success", "error" or "unknown" (framed in its colour)."""
        dark = theme.is_dark((self.parentWidget() or self).palette())
        self.setVisible(True)
        self.status_label.setText(text)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.reconcile_button.setVisible(False)
        # said at once to a screen reader: a refusal with its reason, interrupting
        said = [text, detail] if kind == "error" else [text]
        announce(self, "\n".join(said), urgent=kind != "success")
        border = theme.status_colour(_FRAME_KINDS.get(kind, "error"), dark)
        fill = theme.alert_background(dark) if kind == "unknown" else None
        self.setStyleSheet(theme.outcome_frame_sheet("orderResult", border, fill))
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
