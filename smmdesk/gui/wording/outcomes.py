"""A placement's outcome as one sentence, the notes that go beside it (the panel's own
words next to an order id, an outcome SMMDesk could not save), and what went wrong when
SMMDesk's own database could not record an order (by the StoreError's class)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication

from smmdesk.core.errors import PanelRejected
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.store import CorruptDatabase, NewerSchema, StateConflict, StoreError
from smmdesk.gui.wording.bidi import isolate, isolate_ltr
from smmdesk.gui.wording.errors import error_code, rejected_reason, unconfirmed_reason
from smmdesk.gui.wording.numbers import order_ref


def also_said(text: str) -> str:
    """The panel's own text sent beside the id of something it accepted (an order, a refill),
    as a sentence: never a refusal, the order or refill exists."""
    return QCoreApplication.translate("OrdersStatus", "The panel also said: “%1”.").replace(
        "%1", isolate(text)
    )


def unsaved_note(order_id: int | None) -> str:
    """What to do when an accepted order could not be written to the database."""
    number = order_ref(order_id) if order_id is not None else "—"
    return QCoreApplication.translate(
        "OrdersStatus",
        "SMMDesk could not save this in its database: note the number %1; after a "
        "restart the order will show as unconfirmed until you enter it.",
    ).replace("%1", number)


def placement_message(placement: Placement) -> str:
    """The outcome of one placement as a sentence in the user's language."""
    if placement.state is PlacementState.ACCEPTED:
        number = order_ref(placement.order_id) if placement.order_id is not None else "—"
        text = QCoreApplication.translate(
            "OrdersStatus", "Placed: the panel accepted it as order %1."
        ).replace("%1", number)
        if placement.warning:
            text += " " + also_said(placement.warning)
        if not placement.saved:
            text += " " + unsaved_note(placement.order_id)
        return text
    if placement.state is PlacementState.REJECTED:
        text = QCoreApplication.translate("OrdersStatus", "Not placed: %1").replace(
            "%1", rejected_reason(error_code(placement.error))
        )
        if isinstance(placement.error, PanelRejected) and placement.error.panel_text:
            text += " " + QCoreApplication.translate(
                "OrdersStatus", "The panel said: “%1”"
            ).replace("%1", isolate(placement.error.panel_text))
        return text
    return (
        QCoreApplication.translate("OrdersStatus", "Unconfirmed: %1").replace(
            "%1", unconfirmed_reason(placement.error)
        )
        + " "
        + QCoreApplication.translate(
            "OrdersStatus",
            "It may have been placed and paid for. Do not place it again before checking it.",
        )
    )


def record_failure_text(exc: StoreError) -> str:
    """Why SMMDesk's database did not do what an order needed, by the error's class (the file
    named where it matters; the technical detail is in the log)."""
    where = isolate_ltr(os.fspath(exc.path)) if exc.path is not None else "—"
    if isinstance(exc, StateConflict):
        return QCoreApplication.translate(
            "OrdersStatus",
            "The order changed meanwhile (another window may have settled or sent it): "
            "nothing was changed.",
        )
    if isinstance(exc, NewerSchema):
        text = QCoreApplication.translate(
            "OrdersStatus", "The database %1 was written by a newer version of SMMDesk."
        )
    elif isinstance(exc, CorruptDatabase):
        text = QCoreApplication.translate(
            "OrdersStatus", "The database %1 is damaged or is not an SMMDesk database."
        )
    else:
        text = QCoreApplication.translate(
            "OrdersStatus", "SMMDesk could not read or write its database %1."
        )
    return text.replace("%1", where)
