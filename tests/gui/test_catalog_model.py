"""ServiceTreeModel: shape, columns, roles, favourites branch, and Qt's model checks."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QTreeView

from smmdesk.core.catalog import Catalog
from smmdesk.core.models import Service
from smmdesk.core.parse import parse_services
from smmdesk.gui.catalog.model import FLAGS, ID, MAX, MIN, NAME, RATE, TYPE, ServiceTreeModel
from smmdesk.gui.widgets.icons import favourite_star
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.services import (
    format_count,
    format_count_short,
    format_rate,
    order_type_title,
)
from smmdesk.sandbox import SandboxPanel

Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture(autouse=True)
def _us_english() -> Iterator[None]:
    """Numbers and money as en_US writes them, whatever the machine's locale."""
    numbers.set_preferences("en", "locale", QLocale("en_US"))
    yield
    numbers.set_preferences("en", "locale")


@cache
def _services() -> tuple[Service, ...]:
    # the sandbox's catalogue, without starting its server: no HTTP needed here
    return tuple(parse_services(SandboxPanel(services=600, seed=1).services))


@pytest.fixture
def catalog() -> Catalog:
    return Catalog(_services())


@pytest.fixture
def model(qtbot: object, catalog: Catalog) -> ServiceTreeModel:
    m = ServiceTreeModel()
    m.set_catalog(catalog, "USD")
    return m


def _row_texts(model: ServiceTreeModel, index: QModelIndex) -> list[str]:
    return [model.index(index.row(), c, index.parent()).data(Display) for c in range(7)]


def _service_index(model: ServiceTreeModel, service_id: int) -> QModelIndex:
    index = model.index_of_service(service_id)
    assert index.isValid(), service_id
    return index


def test_categories_then_services_with_counts(model: ServiceTreeModel, catalog: Catalog) -> None:
    assert model.rowCount() == len(catalog.categories)
    assert model.columnCount() == 7
    total = 0
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        n = model.rowCount(parent)
        total += n
        assert parent.data(Display) == f"\u2068{catalog.categories[row]}\u2069 ({n})"
        assert model.service_at(parent) is None
        for child in range(n):
            service = model.service_at(model.index(child, NAME, parent))
            assert service is not None
            assert service.category == catalog.categories[row]
    assert total == len(catalog.services) == model.service_count()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["ID", "Name", "Rate per 1000", "Min", "Max", "Flags", "Type"]


def test_service_row_shows_money_limits_flags_and_type(
    model: ServiceTreeModel, shown: Callable[..., str]
) -> None:
    index = _service_index(model, 1)
    assert _row_texts(model, index) == [
        "1",
        "Instagram Followers [15K]",
        "USD\u00a00.90",
        "50",
        "10,000",
        "Refill · Cancel",
        "Default",
    ]
    service = index.data(ServiceTreeModel.ServiceRole)
    assert isinstance(service, Service)
    assert service.id == 1
    assert model.service_at(index.siblingAtColumn(TYPE)) is service
    # the full name is in the tooltip (the column elides it in the middle)
    assert "Instagram Followers [15K]" in shown(
        index.siblingAtColumn(NAME).data(Qt.ItemDataRole.ToolTipRole)
    )
    assert "Refill" in shown(index.siblingAtColumn(FLAGS).data(Qt.ItemDataRole.ToolTipRole))
    drip = _service_index(model, 2)
    assert drip.siblingAtColumn(FLAGS).data(Display) == "Drip · Cancel"


def test_rates_keep_their_digits_and_huge_limits_stay_readable(
    model: ServiceTreeModel, shown: Callable[..., str]
) -> None:
    cheap = _service_index(model, 22)
    assert cheap.siblingAtColumn(RATE).data(Display) == "USD\u00a00.0003"
    assert cheap.siblingAtColumn(MIN).data(Display) == "1,000"
    assert cheap.siblingAtColumn(MAX).data(Display) == "2.1B"
    assert shown(cheap.siblingAtColumn(MAX).data(Qt.ItemDataRole.ToolTipRole)) == "2,147,483,647"
    assert _service_index(model, 21).siblingAtColumn(RATE).data(Display) == "USD\u00a095,200.00"
    assert _service_index(model, 23).siblingAtColumn(RATE).data(Display) == "USD\u00a03,960.00"
    numbers = Qt.AlignmentFlag(cheap.siblingAtColumn(RATE).data(Qt.ItemDataRole.TextAlignmentRole))
    # the trailing edge: right in English, mirrored to the left by a right-to-left view
    assert numbers & Qt.AlignmentFlag.AlignTrailing
    assert not numbers & Qt.AlignmentFlag.AlignAbsolute


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0"),
        (9_999_999, "9,999,999"),
        (10_000_000, "10M"),
        (15_560_000, "15.5M"),
        (2_147_483_647, "2.1B"),
        (1_999_999_999, "1.9B"),  # truncated: a limit never looks larger than it is
    ],
)
def test_short_counts(value: int, text: str) -> None:
    assert format_count_short(value) == text


def test_arabic_locale_numbers_in_the_tree(catalog: Catalog, shown: Callable[..., str]) -> None:
    """Rates, limits and category counts follow the locale's digits (Arabic-Indic in ar_EG),
    or Western digits when the user chose them; service ids too (ungrouped: they are codes)."""
    numbers.set_preferences("ar", "locale", QLocale("ar_EG"))
    model = ServiceTreeModel()
    model.set_catalog(catalog, "USD")
    cheap = _service_index(model, 22)
    assert cheap.siblingAtColumn(RATE).data(Display) == format_rate(catalog.by_id(22).rate, "USD")
    assert "٠٫٠٠٠٣" in cheap.siblingAtColumn(RATE).data(Display)
    assert cheap.siblingAtColumn(MIN).data(Display) == "١٬٠٠٠"
    assert cheap.siblingAtColumn(MAX).data(Display).startswith("٢٫١")
    assert shown(cheap.siblingAtColumn(MAX).data(Qt.ItemDataRole.ToolTipRole)) == "٢٬١٤٧٬٤٨٣٬٦٤٧"
    assert cheap.siblingAtColumn(ID).data(Display) == "٢٢"
    n = model.rowCount(model.index(0, 0))
    assert model.index(0, 0).data(Display).endswith(f"({format_count(n)})")
    assert not any(ch.isascii() and ch.isdigit() for ch in format_count(n))
    numbers.set_preferences("ar", "western", QLocale("ar_EG"))
    assert format_count_short(2_147_483_647).startswith("2.1")
    assert format_count(1500) == "1,500"
    model.set_catalog(catalog, "USD")  # as the window does after the digits changed
    assert _service_index(model, 22).siblingAtColumn(ID).data(Display) == "22"


def test_order_types_show_their_title_or_the_panels_words() -> None:
    assert order_type_title("default") == "Default"
    assert order_type_title("Custom_Comments") == "Custom Comments"
    assert order_type_title("  Custom   Gateway ") == "Custom Gateway"
    assert order_type_title("") == "Other"


def test_html_entities_arrive_decoded(qtbot: object) -> None:
    raw = json.dumps(
        [
            {
                "service": "7",
                "name": "Likes &amp; Views &lt;HQ&gt;",
                "type": "Default",
                "category": "Instagram &amp; Co",
                "rate": "1.5",
                "min": "10",
                "max": "100",
            }
        ]
    ).encode()
    model = ServiceTreeModel()
    model.set_catalog(Catalog(parse_services(raw)), "EUR")
    assert model.index(0, 0).data(Display) == "\u2068Instagram & Co\u2069 (1)"
    row = model.index(0, NAME, model.index(0, 0))
    assert row.data(Display) == "Likes & Views <HQ>"
    assert row.siblingAtColumn(RATE).data(Display) == "EUR\u00a01.50"


def test_favourites_branch_comes_first_and_stars_its_services(qtbot: object) -> None:
    catalog = Catalog(_services(), favourites=[23, 10])
    model = ServiceTreeModel()
    model.set_catalog(catalog, "USD")
    assert model.has_favourites_branch()
    top = model.index(0, 0)
    assert top.data(Display) == "\u2068★ Favourites\u2069 (2)"
    assert top.data(ServiceTreeModel.IsFavouritesBranchRole) is True
    ids = [model.service_at(model.index(r, 0, top)).id for r in range(model.rowCount(top))]  # type: ignore[union-attr]
    assert ids == [10, 23]  # catalogue order
    assert model.group_count() == len(catalog.categories)
    assert model.service_count() == len(catalog.services)

    in_category = model.index_of_service(23)
    assert in_category.parent().row() != 0
    assert model.index_of_service(23, in_favourites=True).parent().row() == 0
    assert not model.index_of_service(1, in_favourites=True).isValid()

    star = in_category.siblingAtColumn(ID).data(Qt.ItemDataRole.DecorationRole)
    plain = model.index_of_service(1).siblingAtColumn(ID).data(Qt.ItemDataRole.DecorationRole)
    assert star.cacheKey() == favourite_star(True).cacheKey()
    assert plain.cacheKey() == favourite_star(False).cacheKey()


def test_set_rows_shows_a_search_result(model: ServiceTreeModel, catalog: Catalog) -> None:
    indices = catalog.search("instagram mentions")
    model.set_rows(catalog.group(indices), [])
    shown = {
        model.service_at(model.index(r, 0, model.index(g, 0))).id  # type: ignore[union-attr]
        for g in range(model.rowCount())
        for r in range(model.rowCount(model.index(g, 0)))
    }
    assert shown == {catalog.services[i].id for i in indices}
    assert 6 in shown
    assert 1 not in shown
    assert not model.index_of_service(1).isValid()


def test_only_categories_have_children(model: ServiceTreeModel) -> None:
    category = model.index(0, 0)
    assert model.hasChildren(category)
    assert not model.flags(category) & Qt.ItemFlag.ItemNeverHasChildren
    service = model.index(0, 0, category)
    assert model.flags(service) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(service) & Qt.ItemFlag.ItemNeverHasChildren
    assert not model.hasChildren(service)
    assert not model.index(0, 0, service).isValid()


def test_empty_model(qtbot: object) -> None:
    model = ServiceTreeModel()
    assert model.rowCount() == 0
    model.set_catalog(None, "USD")
    assert model.rowCount() == 0
    assert not model.index_of_service(1).isValid()
    assert model.service_at(model.index(0, 0)) is None


def test_qtmodeltester_full_catalogue(qtmodeltester: object, model: ServiceTreeModel) -> None:
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_qtmodeltester_after_search_with_favourites(qtmodeltester: object, qtbot: object) -> None:
    catalog = Catalog(_services(), favourites=[1, 4, 10])
    model = ServiceTreeModel()
    model.set_catalog(catalog, "USD")
    indices = catalog.search("instagram")
    favourites = [i for i in indices if catalog.is_favourite(catalog.services[i].id)]
    model.set_rows(catalog.group(indices), favourites)
    assert model.has_favourites_branch()
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_qtmodeltester_empty(qtmodeltester: object, qtbot: object) -> None:
    model = ServiceTreeModel()
    model.set_catalog(Catalog([]), "USD")
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    model.set_catalog(Catalog(_services()), "USD")
    model.set_rows([], [])
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_a_selection_does_not_make_header_repaints_walk_every_category(qtbot: object) -> None:
    """The header asks isColumnSelected on each repaint; it must stop at the first category."""

    class CountingModel(ServiceTreeModel):
        calls = 0

        def flags(self, index: QModelIndex) -> Qt.ItemFlag:  # type: ignore[override]
            CountingModel.calls += 1
            return super().flags(index)

    model = CountingModel()
    model.set_catalog(Catalog(_services()), "USD")
    view = QTreeView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    view.selectionModel().setCurrentIndex(
        model.index_of_service(1), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    CountingModel.calls = 0
    view.header().viewport().grab()
    # 100 categories x 7 sections would be 700 calls; a handful per section is the healthy case
    assert CountingModel.calls < 7 * 10


def test_flags_the_panel_leaves_out_read_as_not_stated(
    model: ServiceTreeModel, shown: Callable[..., str]
) -> None:
    # sandbox service 18 is served without dripfeed, refill and cancel fields
    unstated = _service_index(model, 18)
    assert unstated.siblingAtColumn(FLAGS).data(Display) == "Refill? · Cancel?"
    assert shown(unstated.siblingAtColumn(FLAGS).data(Qt.ItemDataRole.ToolTipRole)) == (
        "Drip-feed: not stated by the panel, Refill: not stated by the panel, "
        "Cancel: not stated by the panel"
    )
    # 19 states "no refill" and leaves drip-feed and cancel out
    stated_no = _service_index(model, 19)
    assert stated_no.siblingAtColumn(FLAGS).data(Display) == "Cancel?"
    # an explicit "no" for all three is still "no"
    no_flags = _service_index(model, 6).siblingAtColumn(FLAGS)
    assert shown(no_flags.data(Qt.ItemDataRole.ToolTipRole)) == "No drip-feed, refill or cancel"


def _with(service: Service, **changes: object) -> Service:
    return replace(service, **changes)  # type: ignore[arg-type]


def test_an_id_listed_twice_shows_both_rows_with_a_warning(qtbot: object) -> None:
    base = _services()
    first = base[0]
    twin = _with(first, name="Instagram Followers [15K] HQ", rate=first.rate * 2)
    catalog = Catalog([*base[:5], twin])
    model = ServiceTreeModel()
    model.set_catalog(catalog, "USD")
    shown = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        for child in range(model.rowCount(parent)):
            index = model.index(child, NAME, parent)
            service = model.service_at(index)
            assert service is not None
            if service.id == first.id:
                shown.append(service.name)
                assert index.data(Qt.ItemDataRole.DecorationRole) is not None
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                assert "The panel lists this id twice, with different terms" in tip
            else:
                assert index.data(Qt.ItemDataRole.DecorationRole) is None
    assert sorted(shown) == sorted([first.name, twin.name])
    # looking a row up by id finds the listing asked for, not merely the first one
    found = model.index_of_service(first.id, prefer=twin)
    assert model.service_at(found) == twin
    assert model.service_at(model.index_of_service(first.id)) == first


def test_contradicting_limits_and_a_minimum_below_one_are_explained(
    qtbot: object, shown: Callable[..., str]
) -> None:
    base = _services()[0]
    broken = _with(base, id=901, min=500, max=100)
    zero = _with(base, id=902, min=0)
    model = ServiceTreeModel()
    model.set_catalog(Catalog([base, broken, zero]), "USD")
    index = model.index_of_service(901).siblingAtColumn(NAME)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Cannot be ordered: the panel's limits contradict each other" in shown(
        index.data(Qt.ItemDataRole.ToolTipRole)
    )
    low = model.index_of_service(902).siblingAtColumn(MIN)
    assert low.data(Display) == "0"  # the panel's own number
    assert shown(low.data(Qt.ItemDataRole.ToolTipRole)) == (
        "The panel lists 0; the smallest quantity that can be ordered is 1"
    )


def test_qtmodeltester_with_an_id_listed_twice(qtmodeltester: object, qtbot: object) -> None:
    base = _services()
    model = ServiceTreeModel()
    catalog = Catalog([*base[:40], _with(base[3], name="twin")], favourites={base[3].id})
    model.set_catalog(catalog, "USD")
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
