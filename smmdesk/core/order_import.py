"""Tracking orders placed elsewhere (the panel's website, another device) by their ids: the ids
a user typed or pasted, and the import that asks the panel about them and stores those it
knows."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from smmdesk.core.errors import PanelError, PanelRejected
from smmdesk.core.models import OrderState
from smmdesk.core.order_actions import MAX_IDS_PER_REQUEST, StatusesClient
from smmdesk.core.store import Store

__all__ = ["ImportReport", "ParsedIds", "import_orders", "parse_order_ids"]

log = logging.getLogger(__name__)

_MAX_ID = 2**63 - 1  # SQLite INTEGER
# spaces, commas (the Arabic "،" too) and semicolons (Arabic "؛")
_ID_SEPARATORS = re.compile(r"[\s,;\u060c\u061b]+")


@dataclass(frozen=True, slots=True)
class ParsedIds:
    """Order ids typed or pasted by the user: unique ids in the order given, the ids given
    more than once, and the pieces that are not ids."""

    ids: tuple[int, ...]
    duplicates: tuple[int, ...] = ()
    invalid: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What ``import_orders`` did with each id. ``not_found`` pairs an id with the panel's
    own words about it ("Incorrect order ID"); ``not_mentioned`` ids were left out of the
    panel's answer; ``unchecked`` ids were not asked about because ``error`` stopped the
    import (the ones before it are kept)."""

    imported: tuple[tuple[int, int], ...] = ()  # (order id, local id)
    known: tuple[tuple[int, int], ...] = ()  # already tracked: (order id, local id)
    not_found: tuple[tuple[int, str], ...] = ()
    duplicates: tuple[int, ...] = ()
    unchecked: tuple[int, ...] = ()
    error: PanelError | None = field(default=None, compare=False)
    not_mentioned: tuple[int, ...] = ()


def parse_order_ids(text: str) -> ParsedIds:
    """Order ids separated by spaces, commas, semicolons or new lines ("#23501" is fine), in
    any digits ("٢٣٥٠١" too)."""
    ids: dict[int, None] = {}
    duplicates: dict[int, None] = {}
    invalid: list[str] = []
    for piece in _ID_SEPARATORS.split(text):
        if not piece:
            continue
        digits = piece.removeprefix("#")
        # int() reads every script's decimal digits; isdecimal() leaves out "²" and the like
        value = int(digits) if digits.isdecimal() else 0
        if not 0 < value <= _MAX_ID:
            invalid.append(piece)
        elif value in ids:
            duplicates[value] = None
        else:
            ids[value] = None
    return ParsedIds(tuple(ids), tuple(duplicates), tuple(invalid))


def import_orders(
    store: Store, client: StatusesClient, panel_id: int, order_ids: Iterable[int]
) -> ImportReport:
    """Track orders placed elsewhere (the panel's website, another device) by their ids.

    Ids already tracked for this panel are reported, not added again; the others are asked
    about (≤100 a request) and those the panel knows are stored with their status. Ids the
    panel does not know ("Incorrect order ID") or leaves out of its answer are reported and
    not stored. A request that fails stops the import: what was imported before it is kept,
    the rest is ``unchecked``.
    """
    given = list(order_ids)
    known: list[tuple[int, int]] = []
    fresh: list[int] = []
    for order_id in dict.fromkeys(given):
        record = store.find_order(panel_id, order_id)
        if record is None:
            fresh.append(order_id)
        else:
            known.append((order_id, record.local_id))
    found = _Imported(tuple(known), _repeated(given))
    chunks = [fresh[i : i + MAX_IDS_PER_REQUEST] for i in range(0, len(fresh), MAX_IDS_PER_REQUEST)]
    for number, chunk in enumerate(chunks):
        try:
            answer = client.statuses(chunk)
        except PanelError as exc:
            log.warning("import stopped: %s", type(exc).__name__)
            return found.report(tuple(i for later in chunks[number:] for i in later), exc)
        with store.transaction():
            for order_id in chunk:
                found.add(store, panel_id, order_id, answer.get(order_id))
    return found.report()


def _repeated(given: Sequence[int]) -> tuple[int, ...]:
    """The ids given more than once, each once, in the order of their second mention."""
    seen: set[int] = set()
    repeated: dict[int, None] = {}
    for order_id in given:
        if order_id in seen:
            repeated[order_id] = None
        seen.add(order_id)
    return tuple(repeated)


@dataclass
class _Imported:
    """What an import has learnt so far."""

    known: tuple[tuple[int, int], ...]
    duplicates: tuple[int, ...]
    imported: list[tuple[int, int]] = field(default_factory=list)
    not_found: list[tuple[int, str]] = field(default_factory=list)
    not_mentioned: list[int] = field(default_factory=list)

    def add(
        self, store: Store, panel_id: int, order_id: int, state: OrderState | PanelRejected | None
    ) -> None:
        if isinstance(state, OrderState):
            self.imported.append((order_id, store.import_order(panel_id, order_id, state=state)))
        elif state is not None:
            self.not_found.append((order_id, state.panel_text))
        else:
            self.not_mentioned.append(order_id)

    def report(
        self, unchecked: tuple[int, ...] = (), error: PanelError | None = None
    ) -> ImportReport:
        return ImportReport(
            tuple(self.imported),
            self.known,
            tuple(self.not_found),
            self.duplicates,
            unchecked,
            error,
            tuple(self.not_mentioned),
        )
