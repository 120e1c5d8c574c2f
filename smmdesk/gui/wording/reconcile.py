"""Settling an unconfirmed order in words: the balance evidence by its Evidence code, and why
the user's decision was not recorded (by ReconcileProblem, or the database error's class)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from smmdesk.core.errors import PanelError, PanelRejected
from smmdesk.core.reconcile import Evidence, ReconcileError, ReconcileHint, ReconcileProblem
from smmdesk.core.store import OrderRecord, StoreError
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.errors import describe_error, error_reason
from smmdesk.gui.wording.numbers import order_ref
from smmdesk.gui.wording.outcomes import record_failure_text

__all__ = ["decision_error_text", "evidence_text"]


@dataclass(frozen=True)
class _Pieces:
    """The parts of an evidence sentence, already in the user's words and digits."""

    moved: str  # "The balance went from A to B"
    cost: str
    now: str
    why: str  # why the balance could not be read


def _unreadable(p: _Pieces) -> str:
    return QCoreApplication.translate(
        "ReconcileDialog", "The balance could not be read now (%1)."
    ).replace("%1", p.why)


def _no_earlier_reading(p: _Pieces) -> str:
    return QCoreApplication.translate(
        "ReconcileDialog",
        "The balance is %1, but there is no reading from before the order to compare with.",
    ).replace("%1", p.now)


def _cost_unknown(_p: _Pieces) -> str:
    return QCoreApplication.translate(
        "ReconcileDialog", "The order's cost is unknown, so the balance can't tell."
    )


def _cost_too_small(p: _Pieces) -> str:
    return (
        QCoreApplication.translate(
            "ReconcileDialog", "%1; the order's cost (%2) is too small to show in the balance."
        )
        .replace("%1", p.moved)
        .replace("%2", p.cost)
    )


def _dropped(p: _Pieces) -> str:
    return (
        QCoreApplication.translate(
            "ReconcileDialog",
            "%1: it dropped by about the order's cost (%2), so it was probably placed "
            "(unless another order was placed meanwhile).",
        )
        .replace("%1", p.moved)
        .replace("%2", p.cost)
    )


def _did_not_drop(p: _Pieces) -> str:
    return (
        QCoreApplication.translate(
            "ReconcileDialog",
            "%1: it did not drop by the order's cost (%2), so it was probably not placed "
            "(unless a refund or a top-up happened meanwhile).",
        )
        .replace("%1", p.moved)
        .replace("%2", p.cost)
    )


def _other_change(p: _Pieces) -> str:
    return (
        QCoreApplication.translate(
            "ReconcileDialog",
            "%1: a change that does not match the order's cost (%2); other orders, refunds "
            "or top-ups happened meanwhile.",
        )
        .replace("%1", p.moved)
        .replace("%2", p.cost)
    )


_EVIDENCE: dict[Evidence, Callable[[_Pieces], str]] = {
    Evidence.BALANCE_UNREADABLE: _unreadable,
    Evidence.NO_EARLIER_READING: _no_earlier_reading,
    Evidence.COST_UNKNOWN: _cost_unknown,
    Evidence.COST_TOO_SMALL: _cost_too_small,
    Evidence.DROPPED_BY_COST: _dropped,
    Evidence.DID_NOT_DROP: _did_not_drop,
    Evidence.OTHER_CHANGE: _other_change,
}


def evidence_text(hint: ReconcileHint, record: OrderRecord, currency: str = "") -> str:
    """The balance evidence about ``record`` in the user's language, by ``hint.evidence``,
    followed by how to confirm it by hand."""
    money = numbers.fmt_money
    currency = hint.currency or currency
    before = money(hint.balance_before, currency) if hint.balance_before is not None else ""
    now = money(hint.balance_now, currency) if hint.balance_now is not None else ""
    why = error_reason(hint.error) if hint.error is not None else ""
    pieces = _Pieces(
        moved=QCoreApplication.translate("ReconcileDialog", "The balance went from %1 to %2")
        .replace("%1", before)
        .replace("%2", now),
        cost=money(hint.cost, currency) if hint.cost is not None else "—",
        now=now,
        why=isolate(why) if why else "—",
    )
    where = (
        isolate(record.link)
        if record.link
        else QCoreApplication.translate("ReconcileDialog", "this order")
    )
    manual = (
        QCoreApplication.translate(
            "ReconcileDialog",
            "SMMDesk cannot list the panel's orders through its API, so only you can "
            "confirm: open the panel's website, look in its orders for %1 placed around %2, "
            "then enter the order number and choose “Mark as placed”, or choose “It was "
            "not placed”.",
        )
        .replace("%1", where)
        .replace("%2", numbers.fmt_datetime(record.created_at))
    )
    return f"{_EVIDENCE[hint.evidence](pieces)} {manual}"


def _not_confirmed_reason(error: PanelError | None) -> str:
    """What the panel answered about an order id it did not confirm, for inside brackets."""
    if isinstance(error, PanelRejected):
        return isolate(error.panel_text)
    if error is not None:
        return isolate(error_reason(error))
    return QCoreApplication.translate("ReconcileDialog", "no answer for it")


def decision_error_text(exc: object) -> str:
    """Why the user's decision about an unconfirmed order was not recorded."""
    if isinstance(exc, ReconcileError):
        if exc.code is ReconcileProblem.ID_TAKEN:
            return (
                QCoreApplication.translate(
                    "ReconcileDialog",
                    "Order %1 of this panel is already recorded as local order %2; check the "
                    "number.",
                )
                .replace("%1", order_ref(exc.order_id))
                .replace("%2", numbers.fmt_decimal(exc.local_order or 0, 0, grouping=False))
            )
        return (
            QCoreApplication.translate(
                "ReconcileDialog",
                "The panel does not confirm order %1 (%2). Check the number on the panel's "
                "orders page.",
            )
            .replace("%1", order_ref(exc.order_id))
            .replace("%2", _not_confirmed_reason(exc.error))
        )
    if isinstance(exc, StoreError):
        return record_failure_text(exc)
    return isolate(describe_error(exc))
