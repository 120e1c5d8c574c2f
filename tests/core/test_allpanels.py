"""All panels as one index: every panel's catalogue searched as it is searched alone, results
panel by panel, a row found by bisection, and the panel filter."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smmdesk.core.allpanels import AllPanelsHits, AllPanelsIndex, PanelCatalog
from smmdesk.core.catalog import Catalog
from smmdesk.core.parse import parse_services
from smmdesk.sandbox.catalog import reseller_catalogue, shared_catalogue

QUERIES = ["instagram followers", "ꜰᴏʟʟᴏᴡᴇʀꜱ", "تيك توك", "متابعين", "refill 30", "1", ""]


@pytest.fixture(scope="module")
def index() -> AllPanelsIndex:
    base = shared_catalogue(1500, 1)
    panels = [PanelCatalog(1, "A", "USD", Catalog(parse_services(base.services)))]
    for n, factor in ((2, "0.7"), (3, "1.2")):
        served = reseller_catalogue(base, n, price_factor=Decimal(factor), decorate=0.5)
        panels.append(PanelCatalog(n, f"P{n}", "USD", Catalog(parse_services(served.services))))
    return AllPanelsIndex(panels)


def rows(hits: AllPanelsHits) -> list[tuple[int, int]]:
    return [(panel.panel_id, service.id) for panel, service in map(hits.at, range(len(hits)))]


@pytest.mark.parametrize("query", QUERIES)
def test_each_panel_is_searched_as_it_is_alone(index: AllPanelsIndex, query: str) -> None:
    expected = [
        (panel.panel_id, panel.catalog.services[i].id)
        for panel in index.panels
        for i in panel.catalog.search(query)
    ]
    hits = index.search(query)
    assert rows(hits) == expected
    assert len(hits) == len(expected)
    assert sum(hits.count_by_panel().values()) == len(expected)


def test_rows_run_panel_by_panel_and_are_found_again(index: AllPanelsIndex) -> None:
    hits = index.search("instagram followers")
    found = rows(hits)
    assert [p for p, _ in found] == sorted(p for p, _ in found)
    assert set(hits.count_by_panel()) == {1, 2, 3}
    panel_id, service_id = found[len(found) // 2]
    row = hits.row_of(panel_id, service_id)
    assert row is not None
    assert found[row] == (panel_id, service_id)
    assert hits.row_of(2, -1) is None
    assert len(index.search("")) == len(index)


def test_the_panel_filter_keeps_one_panel(index: AllPanelsIndex) -> None:
    only_b = index.search("instagram", panel_ids=(2,))
    assert {p for p, _ in rows(only_b)} == {2}
    assert len(only_b) == len(index.panel(2).catalog.search("instagram"))  # type: ignore[union-attr]
    assert len(index.search("instagram", panel_ids=())) == 0
