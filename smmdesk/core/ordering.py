"""The money rule: placing an order exactly once behind a committed intent, and turning the
intents a crash left in flight into unconfirmed (UNKNOWN) orders (core.reconcile settles them)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from smmdesk.core.errors import (
    AuthError,
    BadResponse,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    RateLimited,
    TransportError,
)
from smmdesk.core.models import AddResult, Service
from smmdesk.core.store import StateConflict, Store, StoreError

__all__ = [
    "AddClient",
    "Placement",
    "PlacementState",
    "place_order",
    "recover_at_startup",
    "send_draft",
]

log = logging.getLogger(__name__)


class AddClient(Protocol):
    """The part of ``PanelClient`` placing needs: one ``add``, sent once, never retried."""

    def add(self, service_id: int, params: Mapping[str, str]) -> AddResult: ...


class PlacementState(StrEnum):
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"
    UNKNOWN = "UNKNOWN"


@dataclass(frozen=True, slots=True)
class Placement:
    """The outcome of one placement.

    ``warning`` is the panel's own text sent beside the order id of an ACCEPTED order
    (``{"order": 5, "error": "Low balance warning"}``), verbatim, or None. ``saved`` is False
    when the outcome could not be written to the database (an ACCEPTED order then shows as
    unconfirmed after a restart: the user must note its number). ``message`` is one English
    sentence for logs and ``str``; the GUI words the outcome from the fields.
    """

    local_id: int
    state: PlacementState
    order_id: int | None
    error: PanelError | None
    message: str
    warning: str | None = None
    saved: bool = True

    def __str__(self) -> str:
        return self.message


# ---------------------------------------------------------------------------------------------
# Placing


def place_order(
    store: Store,
    client: AddClient,
    panel_id: int,
    service: Service,
    params: Mapping[str, str],
    *,
    cost: Decimal | None,
    quantity: int | None,
    source: str = "app",
    balance_before: Decimal | None = None,
    on_intent: Callable[[int], None] | None = None,
) -> Placement:
    """Commit the intent, send ``add`` exactly once, record and return the outcome.

    ``params`` are the type's ``add`` parameters besides ``service`` (the client adds ``key``,
    ``action`` and ``service``). ``balance_before`` (the last balance seen) is kept with the
    intent so :func:`reconcile` can compare later. ``on_intent(local_id)`` runs after the
    intent is on disk and before the request leaves (e.g. to show the row as "Sending…").

    Raises :class:`StoreError` if the intent cannot be recorded: then nothing was sent.
    Any exception from ``client.add`` other than a :class:`PanelError` leaves the order
    UNKNOWN and is re-raised.
    """
    detail = {} if balance_before is None else {"balance_before": str(balance_before)}
    local_id = store.create_intent(
        panel_id=panel_id,
        service_id=service.id,
        service_name=service.name,
        service_type=service.type,
        params=params,
        cost=cost,
        quantity=quantity,
        source=source,
        detail=detail,
    )
    if on_intent is not None:
        on_intent(local_id)
    return _send(store, client, local_id, service.id, params)


def send_draft(
    store: Store,
    client: AddClient,
    local_id: int,
    *,
    on_intent: Callable[[int], None] | None = None,
) -> Placement:
    """Send a DRAFT order (a queued mass-order line) exactly once.

    The DRAFT → SENDING switch is atomic, so a draft sent by another worker (or twice by a
    double click) raises :class:`StateConflict` instead of placing a second order.
    """
    record = store.get_order(local_id)
    if record.service_id is None or not store.begin_sending(local_id):
        raise StateConflict(
            f"Local order {local_id} is {record.state.value}, not a draft: it was not sent again.",
            store.path,
        )
    if on_intent is not None:
        on_intent(local_id)
    return _send(store, client, local_id, record.service_id, record.params)


def _send(
    store: Store, client: AddClient, local_id: int, service_id: int, params: Mapping[str, str]
) -> Placement:
    try:
        answer = client.add(service_id, params)
    except PanelRejected as exc:
        return _rejected(store, local_id, exc, exc.code, exc.panel_text, _rejected_message(exc))
    except AuthError as exc:
        message = f"Not placed: the panel refused the API key. {exc.hint}"
        return _rejected(store, local_id, exc, "auth", exc.message, message)
    except TransportError as exc:
        message = (
            f"Not sent: SMMDesk could not reach the panel ({exc.message}), so no order was "
            f"placed and no money was spent. {exc.hint}"
        )
        return _rejected(store, local_id, exc, "not_sent", exc.message, message)
    except PanelError as exc:
        # OutcomeUnknown, BadResponse, RateLimited and anything new: the request left this
        # machine, so the panel may have processed it. See _unknown_message for the why.
        return _unknown(store, local_id, exc)
    except BaseException as exc:
        # A bug or an interrupt after the request may have left: never claim "not placed".
        _save(
            store.mark_unknown,
            local_id,
            f"SMMDesk failed while sending ({type(exc).__name__}); the order may have been placed.",
            code="client_failure",
        )
        raise
    order_id, warning = answer.order_id, answer.warning
    raw: dict[str, object] = {"order": order_id}
    if warning is not None:
        raw["error"] = warning
    saved = _save(store.mark_accepted, local_id, order_id, raw, warning=warning)
    log.info("local order %d accepted as panel order %d", local_id, order_id)
    message = f"Placed: the panel accepted it as order #{order_id}."
    if warning is not None:
        log.warning("panel order %d was placed with a note from the panel: %s", order_id, warning)
        message += f" The panel also said: “{warning}”."
    if not saved:
        log.error(
            "panel order %d (local order %d) was placed but could not be saved", order_id, local_id
        )
        message += (
            f" SMMDesk could not save this in its database: note the number #{order_id}; "
            "after a restart the order will show as unconfirmed until you enter it."
        )
    return Placement(
        local_id, PlacementState.ACCEPTED, order_id, None, message, warning=warning, saved=saved
    )


def _save(write: Callable[..., None], *args: object, **kwargs: object) -> bool:
    """Record an outcome. A failing disk must not turn a known outcome into an exception that
    hides it from the user; the row then stays SENDING and becomes UNKNOWN at next start."""
    try:
        write(*args, **kwargs)
    except StoreError:
        log.exception("could not record an order outcome")
        return False
    return True


def _rejected(
    store: Store, local_id: int, exc: PanelError, code: str, text: str, message: str
) -> Placement:
    saved = _save(store.mark_rejected, local_id, code, text)
    if not saved:
        message += " (SMMDesk could not save this result in its database.)"
    log.info("local order %d rejected: %s", local_id, code)
    return Placement(local_id, PlacementState.REJECTED, None, exc, message, saved=saved)


def _unknown(store: Store, local_id: int, exc: PanelError) -> Placement:
    if isinstance(exc, OutcomeUnknown):
        code = "no_answer"
    elif isinstance(exc, BadResponse):
        code = "bad_response"
    elif isinstance(exc, RateLimited):
        code = "rate_limited"
    else:
        code = "unknown"
    saved = _save(store.mark_unknown, local_id, exc.message, code=code)
    log.warning("local order %d unconfirmed: %s", local_id, code)
    return Placement(
        local_id, PlacementState.UNKNOWN, None, exc, _unknown_message(exc), saved=saved
    )


_CHECK_FIRST = (
    "It may have been placed and paid for. Do not place it again before checking: use "
    "“Check” (compares your balance) or look at the orders page on the panel's website."
)


def _unknown_message(exc: PanelError) -> str:
    # RateLimited and BadResponse count as UNKNOWN too. A 429 or an HTML page usually comes
    # from a proxy or firewall in front of the panel before the order is processed, but some
    # panels rate-limit (or print warnings) after doing the work, and no panel offers a way
    # to ask "did my last add go through?". Guessing "not placed" risks a double charge;
    # UNKNOWN only costs the user a check.
    if isinstance(exc, RateLimited):
        return (
            "Unconfirmed: the panel answered “too many requests”. Usually that means the order "
            f"was not processed, but SMMDesk cannot be sure. {_CHECK_FIRST}"
        )
    if isinstance(exc, BadResponse):
        return (
            "Unconfirmed: the panel answered with an unexpected page instead of an order "
            f"number ({exc.message}). {_CHECK_FIRST}"
        )
    return (
        f"Unconfirmed: the request was sent but no usable answer came back ({exc.message}). "
        f"{_CHECK_FIRST}"
    )


def _rejected_message(exc: PanelRejected) -> str:
    text = exc.panel_text
    by_code = {
        "insufficient_funds": (
            f"Not placed: the panel says the balance is too low (“{text}”). Add funds on the "
            "panel, then place the order again."
        ),
        "duplicate_active_order": (
            f"Not placed: the panel already has an active order for this link (“{text}”). "
            "Wait until it completes, or use another link."
        ),
        "bad_link": f"Not placed: the panel did not accept the link (“{text}”). Check the link.",
        "quantity_out_of_range": (f"Not placed: the panel did not accept the quantity (“{text}”)."),
        "disabled_service": (
            f"Not placed: the panel says this service is disabled (“{text}”). Refresh the "
            "service list and choose another."
        ),
        "unknown_service": (
            f"Not placed: the panel does not know this service (“{text}”). Refresh the "
            "service list and choose another."
        ),
        "auth": f"Not placed: the panel refused the API key (“{text}”). {AuthError.hint}",
    }
    return by_code.get(exc.code, f"Not placed: the panel refused the order (“{text}”).")


# ---------------------------------------------------------------------------------------------
# After a crash


def recover_at_startup(store: Store) -> list[int]:
    """Orders left SENDING by a crash or kill become UNKNOWN; returns their local ids so the
    app can tell the user they need checking."""
    return store.recover_interrupted()
