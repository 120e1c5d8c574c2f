"""One catalogue across all panels: every connected panel's ``Catalog`` searched at once.

Each panel keeps its own index (the one its own catalogue view uses), so building "All panels"
costs nothing beyond the panels' indexes, and a search is the panels' searches side by side.
A result keeps one list of service positions per panel and the running totals, so it never
copies 300,000 row numbers into one list: row ``r`` of the result is found by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import accumulate

from smmdesk.core.catalog import Catalog
from smmdesk.core.models import Service

__all__ = ["AllPanelsHits", "AllPanelsIndex", "PanelCatalog"]


@dataclass(frozen=True, slots=True)
class PanelCatalog:
    """One panel's part of "All panels": its profile id, name and currency, and its index."""

    panel_id: int
    name: str
    currency: str
    catalog: Catalog


class AllPanelsHits:
    """The rows of an "All panels" search: panel by panel, each in its catalogue's order."""

    __slots__ = ("_ends", "_parts", "panels")

    def __init__(self, panels: Sequence[PanelCatalog], parts: Sequence[list[int]]) -> None:
        self.panels = tuple(panels)
        self._parts = tuple(parts)
        self._ends = list(accumulate(map(len, self._parts)))

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def at(self, row: int) -> tuple[PanelCatalog, Service]:
        """The panel and the service of row ``row`` (0 <= row < len(self))."""
        part = bisect_right(self._ends, row)
        start = self._ends[part - 1] if part else 0
        panel = self.panels[part]
        return panel, panel.catalog.services[self._parts[part][row - start]]

    def count_by_panel(self) -> dict[int, int]:
        """Panel id -> rows of that panel in this result."""
        return {p.panel_id: len(rows) for p, rows in zip(self.panels, self._parts, strict=True)}

    def row_of(self, panel_id: int, service_id: int) -> int | None:
        """The first row showing ``service_id`` of panel ``panel_id``, if it is in the result."""
        start = 0
        for panel, rows in zip(self.panels, self._parts, strict=True):
            if panel.panel_id == panel_id:
                services = panel.catalog.services
                for offset, position in enumerate(rows):
                    if services[position].id == service_id:
                        return start + offset
                return None
            start += len(rows)
        return None


class AllPanelsIndex:
    """Every panel's catalogue, searchable as one (panels in the order given)."""

    def __init__(self, panels: Sequence[PanelCatalog]) -> None:
        self.panels: tuple[PanelCatalog, ...] = tuple(panels)

    def __len__(self) -> int:
        return sum(len(p.catalog) for p in self.panels)

    def panel(self, panel_id: int) -> PanelCatalog | None:
        return next((p for p in self.panels if p.panel_id == panel_id), None)

    def search(self, query: str, *, panel_ids: Collection[int] | None = None) -> AllPanelsHits:
        """The services matching ``query`` (as ``Catalog.search`` matches it) on every panel,
        or only on ``panel_ids`` (None: all)."""
        chosen = [p for p in self.panels if panel_ids is None or p.panel_id in panel_ids]
        return AllPanelsHits(chosen, [p.catalog.search(query) for p in chosen])
