"""The catalogue history's doors: a refresh recorded as its change set against the cached
catalogue, what a change set means for the services the user watches, and whether a service's
id went to another service since the user last ordered it."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from smmdesk.core.catalog import fold
from smmdesk.core.changes import ChangeKind, ServiceChange, diff_services, looks_reused
from smmdesk.core.errors import PanelError
from smmdesk.core.models import Service
from smmdesk.core.parse_services import parse_catalogue
from smmdesk.core.store import CachedCatalog, Store

__all__ = [
    "RECENT_ORDER_DAYS",
    "ReuseWarning",
    "WatchAlert",
    "record_refresh",
    "reuse_since_last_order",
    "watch_alert",
    "watched_services",
]

log = logging.getLogger(__name__)

#: a service ordered within this many days is watched like a favourite
RECENT_ORDER_DAYS = 30


def record_refresh(
    store: Store,
    panel_id: int,
    raw: bytes,
    services: Sequence[Service],
    *,
    at: datetime | None = None,
) -> tuple[ServiceChange, ...]:
    """Keep ``raw`` (the panel's usable ``services`` answer, parsed as ``services``) as the
    panel's cached catalogue, with its changes against the one cached before, in one
    transaction. The first catalogue of a panel is the baseline: no changes are recorded (a
    panel's whole list is not "added"); so is one replacing an unreadable cache."""
    digest = hashlib.sha256(raw).hexdigest()
    # the cached list is parsed and compared before the write lock is taken (a 20k catalogue
    # takes a few hundred ms); under the lock the cache is only checked to be the same one
    cached = store.load_catalog(panel_id)
    changes = _changes_since(panel_id, cached, digest, services)
    with store.transaction():
        seen = cached.sha256 if cached is not None else None
        if store.cached_catalog_digest(panel_id) != seen:  # another refresh saved meanwhile
            changes = _changes_since(panel_id, store.load_catalog(panel_id), digest, services)
        store.save_catalog(panel_id, raw, fetched_at=at)
        store.add_catalog_changes(panel_id, changes, at=at)
    return changes


def _changes_since(
    panel_id: int, cached: CachedCatalog | None, digest: str, services: Sequence[Service]
) -> tuple[ServiceChange, ...]:
    if cached is None or cached.sha256 == digest:
        return ()
    try:
        return diff_services(parse_catalogue(cached.raw), services)
    except PanelError:
        log.warning("panel %s: cached catalogue unreadable; new baseline", panel_id)
        return ()


# -- the services the user watches -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WatchAlert:
    """What one refresh did to watched services: their rate rose, or they are gone (removed,
    or their id now names another service)."""

    rate_rises: tuple[ServiceChange, ...]
    gone: tuple[ServiceChange, ...]

    def __bool__(self) -> bool:
        return bool(self.rate_rises or self.gone)


_GONE = frozenset({ChangeKind.REMOVED, ChangeKind.ID_REUSED})


def watched_services(store: Store, panel_id: int, now: datetime) -> frozenset[int]:
    """The panel's favourites and the services ordered there lately."""
    recent = store.ordered_since(panel_id, now - timedelta(days=RECENT_ORDER_DAYS))
    return store.favourites(panel_id) | recent


def watch_alert(changes: Sequence[ServiceChange], watched: Collection[int]) -> WatchAlert:
    rises = tuple(c for c in changes if c.kind is ChangeKind.RATE_UP and c.service_id in watched)
    gone = tuple(c for c in changes if c.kind in _GONE and c.service_id in watched)
    return WatchAlert(rises, gone)


# -- an id given to another service ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReuseWarning:
    """The service's id named another service when the user last ordered it: when that was,
    the name it had, and when the change was seen."""

    ordered_at: datetime
    ordered_name: str
    changed_at: datetime


def reuse_since_last_order(store: Store, panel_id: int, service: Service) -> ReuseWarning | None:
    """A warning when, since the user's last order of ``service.id`` on this panel, the id was
    seen going to another service (or vanished and came back as one that looks like another
    service), unless it is back to the very name the user ordered. None when the user never
    ordered it here: there is nothing it could be mistaken for."""
    last = store.last_ordered(panel_id, service.id)
    if last is None:
        return None
    if last.service_name and fold(last.service_name) == fold(service.name):
        return None
    ordered = replace(service, name=last.service_name)
    for record in store.service_changes(panel_id, service.id, since=last.at):
        kind = record.change.kind
        if kind is ChangeKind.ID_REUSED or (
            kind is ChangeKind.ADDED and looks_reused(ordered, service)
        ):
            return ReuseWarning(last.at, last.service_name, record.at)
    return None
