"""The catalogue pane's search without Qt: a search request (query, filters, sort), the matching
rows grouped by category with the favourites branch, and their sort order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from smmdesk.core.catalog import Catalog
from smmdesk.core.models import Service

__all__ = ["Groups", "SortOrder"]


class SortOrder:
    """Keys of the sort combo (its item data)."""

    CATALOGUE: Final = "catalogue"
    RATE_ASC: Final = "rate_asc"
    RATE_DESC: Final = "rate_desc"
    ID: Final = "id"
    NAME: Final = "name"


Groups = list[tuple[str, list[int]]]


@dataclass(frozen=True)
class _Request:
    """Everything a search depends on; two equal requests give the same rows."""

    catalog: Catalog
    query: str
    type_title: str | None
    dripfeed: bool | None
    refill: bool | None
    cancel: bool | None
    favourites_only: bool
    sort: str

    @property
    def key(self) -> tuple[object, ...]:
        """What decides the expansion: a new key means "a new search", not "a refresh"."""
        return (
            " ".join(self.query.split()).casefold(),
            self.type_title,
            self.dripfeed,
            self.refill,
            self.cancel,
            self.favourites_only,
            self.sort,
        )

    @property
    def narrowed(self) -> bool:
        return bool(
            self.query.strip()
            or self.type_title is not None
            or self.dripfeed
            or self.refill
            or self.cancel
            or self.favourites_only
        )


@dataclass(frozen=True)
class _Result:
    groups: Groups
    favourites: list[int]
    count: int


def _run_search(request: _Request) -> _Result:
    """Pure Python over the catalogue (no Qt): safe to move to a worker thread."""
    catalog = request.catalog
    indices = catalog.search(
        request.query,
        types=None if request.type_title is None else (request.type_title,),
        dripfeed=request.dripfeed,
        refill=request.refill,
        cancel=request.cancel,
        favourites_only=request.favourites_only,
    )
    groups = catalog.group(indices)
    favourites: list[int] = []
    # with "favourites only" the categories already hold just the favourites: no second copy
    if catalog.favourites and not request.favourites_only:
        # every listing of a starred id (an id the panel lists twice has two rows)
        starred = {i for service_id in catalog.favourites for i in catalog.indices_of(service_id)}
        if len(starred) < len(indices):
            matched = set(indices)
            favourites = sorted(i for i in starred if i in matched)
        else:
            favourites = [i for i in indices if i in starred]
    services = catalog.services
    # int() reads any decimal digits, so an id typed in Arabic-Indic digits counts too
    id_tokens = {int(t) for t in request.query.split() if t.isdecimal() and len(t) < 19}
    groups, favourites = _sorted(groups, favourites, services, request.sort, id_tokens)
    return _Result(groups, favourites, len(indices))


def _sorted(
    groups: Groups,
    favourites: list[int],
    services: tuple[Service, ...],
    order: str,
    id_tokens: set[int],
) -> tuple[Groups, list[int]]:
    """Sort the rows inside each group, then the groups by their first row."""
    row_key: Callable[[int], Any] | None
    reverse = False
    if order == SortOrder.RATE_ASC or order == SortOrder.RATE_DESC:

        def row_key(i: int) -> Decimal:
            return services[i].rate

        reverse = order == SortOrder.RATE_DESC
    elif order == SortOrder.ID:

        def row_key(i: int) -> int:
            return services[i].id

    elif order == SortOrder.NAME:

        def row_key(i: int) -> str:
            return services[i].name.casefold()

    else:
        row_key = None

    if row_key is None:
        # catalogue order, except that a category holding an exact id match comes first
        # (search already put the id match first inside its category)
        if id_tokens:
            groups = sorted(groups, key=lambda g: services[g[1][0]].id not in id_tokens)
        favourites = sorted(favourites, key=lambda i: services[i].id not in id_tokens)
        return groups, favourites
    groups = [(title, sorted(rows, key=row_key, reverse=reverse)) for title, rows in groups]
    if order == SortOrder.NAME:
        groups.sort(key=lambda g: g[0].casefold())
    else:
        groups.sort(key=lambda g: row_key(g[1][0]), reverse=reverse)
    return groups, sorted(favourites, key=row_key, reverse=reverse)
