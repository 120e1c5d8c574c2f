"""The count of spending work in flight: every door that may have an ``add``, ``refill`` or
``cancel`` request on the wire holds a ticket here until it can no longer send, so quitting
can ask first whatever is spending."""

from __future__ import annotations

import enum
import itertools
import threading
from dataclasses import dataclass

__all__ = ["InFlight", "SpendKind", "SpendTicket", "SpendingWork"]


class SpendKind(enum.Enum):
    ORDER = "order"
    """One order from the order form."""
    MASS_ORDER = "mass_order"
    """A mass-order run (its lines are sent one at a time)."""
    REFILL = "refill"
    """A refill request for one or more orders."""
    CANCEL = "cancel"
    """A cancel request for one or more orders."""


@dataclass(frozen=True, slots=True)
class InFlight:
    """A snapshot of one piece of spending work: its kind, and for a batch how far it got
    (``sent`` of ``total``; None where there is nothing to count)."""

    kind: SpendKind
    total: int | None = None
    sent: int | None = None


class SpendTicket:
    """Held by one piece of spending work: ``progress()`` while it runs, ``close()`` once it
    can send nothing more (closing twice is harmless). Thread-safe."""

    def __init__(self, owner: SpendingWork, ticket_id: int) -> None:
        self._owner = owner
        self._id = ticket_id

    def progress(self, sent: int) -> None:
        self._owner._progress(self._id, sent)

    def close(self) -> None:
        self._owner._leave(self._id)

    def __enter__(self) -> SpendTicket:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SpendingWork:
    """Counts the spending work in flight, from any thread (workers close their tickets)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._items: dict[int, InFlight] = {}

    def enter(self, kind: SpendKind, total: int | None = None) -> SpendTicket:
        """Count one piece of work from now until its ticket is closed."""
        with self._lock:
            ticket_id = next(self._ids)
            sent = 0 if total is not None else None
            self._items[ticket_id] = InFlight(kind, total, sent)
        return SpendTicket(self, ticket_id)

    def in_flight(self) -> list[InFlight]:
        """What is in flight now, oldest first."""
        with self._lock:
            return list(self._items.values())

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def _progress(self, ticket_id: int, sent: int) -> None:
        with self._lock:
            item = self._items.get(ticket_id)
            if item is not None:
                self._items[ticket_id] = InFlight(item.kind, item.total, sent)

    def _leave(self, ticket_id: int) -> None:
        with self._lock:
            self._items.pop(ticket_id, None)
