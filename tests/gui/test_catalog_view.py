"""CatalogPane: search, filters, sort, favourites, selection and expansion as a user sees them."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import cache

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smmdesk.core.catalog import Catalog, fold
from smmdesk.core.models import Service
from smmdesk.core.parse import parse_services
from smmdesk.gui.catalog.model import ID, NAME
from smmdesk.gui.catalog.pane import CatalogPane
from smmdesk.gui.catalog.search import SortOrder
from smmdesk.gui.catalog.tree import EXPAND_ALL_LIMIT, EXPAND_FIRST
from smmdesk.gui.wording import i18n, numbers
from smmdesk.sandbox import SandboxPanel


@cache
def _services() -> tuple[Service, ...]:
    return tuple(parse_services(SandboxPanel(services=600, seed=1).services))


def _service(sid: int, name: str, category: str, **kw: object) -> Service:
    values: dict[str, object] = {
        "type": "Default",
        "rate": Decimal("1.00"),
        "min": 10,
        "max": 1000,
    }
    values.update(kw)
    return Service(id=sid, name=name, category=category, **values)  # type: ignore[arg-type]


class Recorder:
    def __init__(self) -> None:
        self.selected: list[Service | None] = []
        self.toggled: list[int] = []


@pytest.fixture
def catalog() -> Catalog:
    return Catalog(_services())


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English with its translation file: the singular plural forms ("1 service") live there.

    Needs resources/translations/smmdesk_en.qm with the English numerus forms of issue 6's
    part 2b merged (see python -m tools.i18n update/release)."""
    i18n.install_translators(qapp, "en", system=QLocale("en_US"))
    yield
    i18n.install_translators(qapp, "en")  # English and left-to-right again, for later tests
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())
    numbers.set_preferences("en", "locale")


@pytest.fixture
def pane(qtbot: QtBot, catalog: Catalog) -> CatalogPane:
    widget = CatalogPane()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.set_catalog(catalog, "USD")
    return widget


@pytest.fixture
def recorder(pane: CatalogPane) -> Recorder:
    rec = Recorder()
    pane.sig_service_selected.connect(rec.selected.append)
    pane.sig_favourite_toggled.connect(rec.toggled.append)
    return rec


def search(pane: CatalogPane, text: str) -> None:
    pane.search_edit.setText(text)
    pane.apply_search_now()


def shown_ids(pane: CatalogPane, *, with_favourites: bool = False) -> list[int]:
    model = pane.model
    ids = []
    for g in range(model.rowCount()):
        if g == 0 and model.has_favourites_branch() and not with_favourites:
            continue
        parent = model.index(g, 0)
        for r in range(model.rowCount(parent)):
            service = model.service_at(model.index(r, 0, parent))
            assert service is not None
            ids.append(service.id)
    return ids


def first_shown(pane: CatalogPane) -> Service:
    service = pane.model.service_at(pane.model.index(0, 0, pane.model.index(0, 0)))
    assert service is not None
    return service


def expanded_rows(pane: CatalogPane) -> list[int]:
    return [r for r in range(pane.model.rowCount()) if pane.tree.isExpanded(pane.model.index(r, 0))]


# -- search -----------------------------------------------------------------------------------


def test_search_by_id_puts_that_service_first(pane: CatalogPane) -> None:
    search(pane, "23")
    assert first_shown(pane).id == 23
    assert pane.tree.isExpanded(pane.model.index(0, 0))


def test_search_by_tokens_in_any_order(pane: CatalogPane) -> None:
    search(pane, "likes   instagram")
    ids = shown_ids(pane)
    assert ids
    assert 12 in ids
    for sid in ids:
        service = pane._catalog.by_id(sid)  # type: ignore[union-attr]
        assert service is not None
        haystack = fold(f"{service.name} {service.category} {service.type}")
        assert "instagram" in haystack
        assert "likes" in haystack
    assert pane.summary_label.text().startswith(f"{len(ids)} services in ")


def test_search_by_id_in_arabic_indic_digits(pane: CatalogPane) -> None:
    search(pane, "٢٣")
    assert first_shown(pane).id == 23


def test_arabic_search_with_or_without_diacritics(pane: CatalogPane, english: None) -> None:
    # service 10 is "مُتابِعين - منشن من متابعي حساب" (with tashkeel)
    search(pane, "متابعين منشن")
    assert shown_ids(pane) == [10]
    search(pane, "مُتابِعين منشن")
    assert shown_ids(pane) == [10]
    assert pane.summary_label.text() == "1 service in 1 category"


def test_accents_and_small_caps_fold(qtbot: QtBot) -> None:
    pane = CatalogPane()
    qtbot.addWidget(pane)
    pane.set_catalog(
        Catalog(
            [
                _service(1, "Café Followers", "Instagram"),
                _service(2, "ꜰᴏʟʟᴏᴡᴇʀꜱ ᴛɪᴋᴛᴏᴋ", "TikTok"),
                _service(3, "Plain views", "YouTube"),
            ]
        ),
        "USD",
    )
    search(pane, "cafe")
    assert shown_ids(pane) == [1]
    search(pane, "CAFÉ")
    assert shown_ids(pane) == [1]
    search(pane, "tiktok followers")
    assert shown_ids(pane) == [2]


def test_no_match_says_so(pane: CatalogPane) -> None:
    search(pane, "xyzzy")
    assert pane.model.rowCount() == 0
    # the query is isolated (FSI...PDI): Latin or Arabic, it keeps its direction in the sentence
    assert pane.summary_label.text() == "No services match “\u2068xyzzy\u2069”"


def test_typing_is_debounced_then_searches(pane: CatalogPane, qtbot: QtBot) -> None:
    before = pane.model.rowCount()
    qtbot.keyClicks(pane.search_edit, "spotify")
    # the keystrokes alone change nothing: the search runs once the typing pauses
    assert pane.model.rowCount() == before
    qtbot.waitUntil(lambda: pane.model.rowCount() < before, timeout=2000)
    assert 21 in shown_ids(pane)


def test_a_stale_result_is_dropped(pane: CatalogPane) -> None:
    from smmdesk.gui.catalog import pane as catalog_view

    search(pane, "spotify")
    stale = pane._request(pane._catalog)  # type: ignore[arg-type]
    stale_generation = pane._generation
    search(pane, "telegram")
    shown = shown_ids(pane)
    # a result computed for "spotify" that arrives after the "telegram" search must not land
    pane._apply(stale_generation, stale, catalog_view._run_search(stale), False, False)
    assert shown_ids(pane) == shown
    assert 21 not in shown


# -- expansion and selection ------------------------------------------------------------------


def test_few_matching_categories_all_expand(pane: CatalogPane) -> None:
    search(pane, "instagram")
    assert 1 < pane.model.group_count() <= EXPAND_ALL_LIMIT
    assert expanded_rows(pane) == list(range(pane.model.rowCount()))


def test_many_matching_categories_expand_only_the_first(pane: CatalogPane) -> None:
    pane.flag_actions["refill"].setChecked(True)
    assert pane.model.group_count() > EXPAND_ALL_LIMIT
    assert expanded_rows(pane) == list(range(EXPAND_FIRST))
    # with no search at all the tree starts collapsed
    pane.flag_actions["refill"].setChecked(False)
    assert expanded_rows(pane) == []


def test_refresh_keeps_what_the_user_opened(pane: CatalogPane, catalog: Catalog) -> None:
    model, tree = pane.model, pane.tree
    titles = [model.group_title(r) for r in (2, 7)]
    for row in (2, 7):
        tree.expand(model.index(row, 0))
    # a star adds the favourites branch on top: rows shift, the same categories stay open
    catalog.toggle_favourite(21)
    pane.refresh_favourites()
    assert model.has_favourites_branch()
    opened = {model.group_title(r) for r in expanded_rows(pane)}
    assert opened == {*titles, model.group_title(0)}
    # a fresh catalogue from the panel keeps them too
    tree.collapse(model.index(0, 0))
    pane.set_catalog(Catalog(_services(), favourites=[21]), "USD")
    assert {model.group_title(r) for r in expanded_rows(pane)} == set(titles)
    # "Collapse all" is remembered as well
    tree.collapseAll()
    pane.refresh_favourites()
    assert expanded_rows(pane) == []


def test_selection_survives_a_search_that_still_matches(
    pane: CatalogPane, recorder: Recorder
) -> None:
    assert pane.select_service(1)
    assert recorder.selected[-1] is not None
    assert recorder.selected[-1].id == 1
    emitted = len(recorder.selected)
    search(pane, "instagram followers")
    selected = pane.selected_service()
    assert selected is not None
    assert selected.id == 1
    assert len(recorder.selected) == emitted  # no spurious re-selection for the order form
    index = pane.tree.currentIndex()
    assert pane.model.service_at(index) == selected
    assert pane.tree.isExpanded(index.parent())
    search(pane, "spotify")
    assert pane.selected_service() is None
    assert recorder.selected[-1] is None


def test_selection_survives_a_broad_search_in_a_collapsed_category(pane: CatalogPane) -> None:
    chosen = [s for s in _services() if s.refill][-1]
    assert pane.select_service(chosen.id)
    pane.flag_actions["refill"].setChecked(True)
    assert pane.model.group_count() > EXPAND_ALL_LIMIT
    assert pane.selected_service() == chosen
    # its category is opened although it is not among the first few that open by themselves
    parent = pane.tree.currentIndex().parent()
    assert parent.row() >= EXPAND_FIRST
    assert pane.tree.isExpanded(parent)


def test_new_catalogue_keeps_search_and_selection(
    pane: CatalogPane, recorder: Recorder, catalog: Catalog
) -> None:
    search(pane, "instagram")
    pane.select_service(4)
    emitted = len(recorder.selected)
    pane.set_catalog(Catalog(_services()), "USD")
    assert pane.search_edit.text() == "instagram"
    assert pane.selected_service() is not None
    assert pane.selected_service().id == 4
    assert len(recorder.selected) == emitted
    assert all(
        "instagram" in fold(pane._catalog.by_id(i).name + pane._catalog.by_id(i).category)
        for i in shown_ids(pane)
    )  # type: ignore[union-attr]


def test_new_catalogue_with_a_changed_rate_reports_the_new_service(
    pane: CatalogPane, recorder: Recorder
) -> None:
    pane.select_service(1)
    changed = [
        Service(**{**{f: getattr(s, f) for f in s.__slots__}, "rate": Decimal("1.10")})  # type: ignore[arg-type]
        if s.id == 1
        else s
        for s in _services()
    ]
    pane.set_catalog(Catalog(changed), "USD")
    assert recorder.selected[-1] is not None
    assert recorder.selected[-1].rate == Decimal("1.10")


def test_select_service_clears_filters_that_hide_it(pane: CatalogPane) -> None:
    search(pane, "spotify")
    pane.favourites_button.setChecked(True)
    assert pane.select_service(12)
    assert pane.search_edit.text() == ""
    assert not pane.favourites_button.isChecked()
    assert pane.selected_service() is not None
    assert pane.selected_service().id == 12
    assert not pane.select_service(999_999)


def test_clearing_the_catalogue_clears_the_selection(pane: CatalogPane, recorder: Recorder) -> None:
    pane.select_service(3)
    pane.set_catalog(None, "USD")
    assert pane.model.rowCount() == 0
    assert recorder.selected[-1] is None
    assert pane.summary_label.text() == "No catalogue loaded yet"


def test_clicking_a_category_toggles_it_and_keeps_the_selection(
    pane: CatalogPane, qtbot: QtBot
) -> None:
    pane.select_service(1)
    category = pane.model.index(3, 0)
    rect = pane.tree.visualRect(category)
    assert not pane.tree.isExpanded(category)
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.tree.isExpanded(category)
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not pane.tree.isExpanded(category)
    assert pane.selected_service() is not None
    assert pane.selected_service().id == 1


def test_keyboard_from_search_box_to_tree(pane: CatalogPane, qtbot: QtBot) -> None:
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    pane.focus_search()
    assert pane.search_edit.hasFocus()
    qtbot.keyClicks(pane.search_edit, "poll votes")
    qtbot.keyClick(pane.search_edit, Qt.Key.Key_Down)
    selected = pane.selected_service()
    assert selected is not None
    assert "poll" in fold(selected.name + selected.category)
    assert pane.tree.hasFocus()
    qtbot.keyClick(pane.search_edit, Qt.Key.Key_Escape)
    assert pane.search_edit.text() == ""


# -- filters and sort -------------------------------------------------------------------------


def test_type_filter(pane: CatalogPane) -> None:
    assert pane.type_combo.itemText(0) == "All types"
    pane.type_combo.setCurrentIndex(pane.type_combo.findText("Subscriptions"))
    ids = shown_ids(pane)
    assert ids
    assert all(pane._catalog.by_id(i).type == "Subscriptions" for i in ids)
    pane.type_combo.setCurrentIndex(0)
    assert len(shown_ids(pane)) == len(_services())


@pytest.mark.parametrize("flag", ["dripfeed", "refill", "cancel"])
def test_feature_filters(pane: CatalogPane, flag: str) -> None:
    pane.flag_actions[flag].setChecked(True)
    ids = shown_ids(pane)
    assert 0 < len(ids) < len(_services())
    # "supports refill" means the panel says so: not a service that leaves the flag out
    assert all(getattr(pane._catalog.by_id(i), flag) is True for i in ids)  # type: ignore[union-attr]
    unstated = [s.id for s in _services() if getattr(s, flag) is None]
    assert unstated
    assert not set(unstated) & set(ids)
    assert pane.flag_actions[flag].text() in pane.flags_button.text()


def test_favourites_only(pane: CatalogPane, catalog: Catalog) -> None:
    pane.favourites_button.setChecked(True)
    assert pane.model.rowCount() == 0
    assert "Ctrl+D" in pane.summary_label.text()
    catalog.toggle_favourite(21)
    catalog.toggle_favourite(4)
    pane.refresh_favourites()
    assert sorted(shown_ids(pane, with_favourites=True)) == [4, 21]
    assert not pane.model.has_favourites_branch()  # no second copy of the same rows


def _rates_by_group(pane: CatalogPane) -> list[list[Decimal]]:
    model = pane.model
    groups = []
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        groups.append(
            [
                model.service_at(model.index(r, 0, parent)).rate
                for r in range(model.rowCount(parent))
            ]  # type: ignore[union-attr]
        )
    return groups


def test_sort_by_rate_both_ways(pane: CatalogPane) -> None:
    search(pane, "instagram")
    pane.sort_combo.setCurrentIndex(pane.sort_combo.findData(SortOrder.RATE_ASC))
    groups = _rates_by_group(pane)
    assert all(rates == sorted(rates) for rates in groups)
    assert [g[0] for g in groups] == sorted(g[0] for g in groups)
    pane.sort_combo.setCurrentIndex(pane.sort_combo.findData(SortOrder.RATE_DESC))
    groups = _rates_by_group(pane)
    assert all(rates == sorted(rates, reverse=True) for rates in groups)
    assert [g[0] for g in groups] == sorted((g[0] for g in groups), reverse=True)


def test_sort_by_id_and_name(pane: CatalogPane) -> None:
    search(pane, "youtube")
    pane.sort_combo.setCurrentIndex(pane.sort_combo.findData(SortOrder.ID))
    model = pane.model
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        ids = [
            model.service_at(model.index(r, 0, parent)).id for r in range(model.rowCount(parent))
        ]  # type: ignore[union-attr]
        assert ids == sorted(ids)
    pane.sort_combo.setCurrentIndex(pane.sort_combo.findData(SortOrder.NAME))
    titles = [model.group_title(g) for g in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    parent = model.index(0, 0)
    names = [
        model.service_at(model.index(r, 0, parent)).name for r in range(model.rowCount(parent))
    ]  # type: ignore[union-attr]
    assert names == sorted(names, key=str.casefold)
    # back to catalogue order restores the panel's own order, categories and services
    pane.sort_combo.setCurrentIndex(pane.sort_combo.findData(SortOrder.CATALOGUE))
    catalog = pane._catalog
    assert catalog is not None
    titles = [model.group_title(g) for g in range(model.rowCount())]
    assert titles == [c for c in catalog.categories if c in titles]
    for g in range(model.rowCount()):
        positions = model.group_rows(g)
        assert positions == sorted(positions)


# -- favourites -------------------------------------------------------------------------------


def _wire_favourites(pane: CatalogPane, catalog: Catalog) -> None:
    """What the main window does: toggle in the session's catalogue, then refresh the pane."""

    def toggle(service_id: int) -> None:
        catalog.toggle_favourite(service_id)
        pane.refresh_favourites()

    pane.sig_favourite_toggled.connect(toggle)


def test_ctrl_d_stars_the_selected_service(
    pane: CatalogPane, catalog: Catalog, recorder: Recorder, qtbot: QtBot
) -> None:
    _wire_favourites(pane, catalog)
    pane.select_service(23)
    pane.tree.setFocus()
    qtbot.keyClick(pane.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert recorder.toggled == [23]
    assert catalog.is_favourite(23)
    model = pane.model
    assert model.has_favourites_branch()
    branch = model.index(0, 0)
    assert branch.data() == "\u2068★ Favourites\u2069 (1)"
    assert pane.tree.isExpanded(branch)  # the new branch opens so the star is seen landing
    assert model.service_at(model.index(0, 0, branch)).id == 23  # type: ignore[union-attr]
    assert pane.selected_service() is not None
    assert pane.selected_service().id == 23
    # and again: unstarred, the branch disappears
    qtbot.keyClick(pane.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not catalog.is_favourite(23)
    assert not model.has_favourites_branch()


def double_click(qtbot: QtBot, pane: CatalogPane, pos: QPoint) -> None:
    """What a mouse sends: a click, then the double-click at the same spot."""
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_double_click_on_the_star_column_toggles(
    pane: CatalogPane, catalog: Catalog, recorder: Recorder, qtbot: QtBot
) -> None:
    pane.select_service(1)
    index = pane.tree.currentIndex()
    name_rect = pane.tree.visualRect(index.siblingAtColumn(NAME))
    double_click(qtbot, pane, name_rect.center())
    assert recorder.toggled == []  # elsewhere on the row: no star change
    star_rect = pane.tree.visualRect(index.siblingAtColumn(ID))
    double_click(qtbot, pane, star_rect.center())
    assert recorder.toggled == [1]


def test_context_menu_offers_the_right_star_action(pane: CatalogPane, catalog: Catalog) -> None:
    service = catalog.by_id(1)
    assert service is not None
    menu = pane._context_menu(service)
    assert menu.actions()[0].text() == "Add to favourites"
    catalog.toggle_favourite(1)
    menu = pane._context_menu(service)
    assert menu.actions()[0].text() == "Remove from favourites"
    assert menu.actions()[0].shortcut().toString() == "Ctrl+D"


def test_favourites_branch_follows_the_search(pane: CatalogPane, catalog: Catalog) -> None:
    for sid in (1, 21):
        catalog.toggle_favourite(sid)
    pane.refresh_favourites()
    search(pane, "spotify")
    branch = pane.model.index(0, 0)
    assert branch.data() == "\u2068★ Favourites\u2069 (1)"
    assert pane.model.service_at(pane.model.index(0, 0, branch)).id == 21  # type: ignore[union-attr]
    assert 21 in shown_ids(pane)  # still in its category too


# -- look and layout --------------------------------------------------------------------------


def test_tree_settings_for_big_catalogues(pane: CatalogPane) -> None:
    tree = pane.tree
    assert tree.uniformRowHeights()
    assert tree.alternatingRowColors()
    assert (
        tree.textElideMode() == Qt.TextElideMode.ElideRight
    )  # the end elides; the name is whole in the tooltip
    # category titles run across all columns: the ones on screen, and others once scrolled to
    pane.grab()
    assert tree.isFirstColumnSpanned(0, QModelIndex())
    last = pane.model.rowCount() - 1
    assert not tree.isFirstColumnSpanned(last, QModelIndex())
    tree.scrollToBottom()
    pane.grab()
    assert tree.isFirstColumnSpanned(last, QModelIndex())
    search(pane, "spotify")  # a new search starts at the top, spanned
    assert tree.verticalScrollBar().value() == 0
    pane.grab()
    assert tree.isFirstColumnSpanned(0, QModelIndex())
    header = tree.header()
    assert header.sectionResizeMode(NAME) == header.ResizeMode.Stretch
    assert pane.search_edit.isClearButtonEnabled()
    assert "Ctrl+F" in pane.search_edit.placeholderText()


def test_right_to_left_layout(qtbot: QtBot, catalog: Catalog) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        pane = CatalogPane()
        qtbot.addWidget(pane)
        pane.resize(800, 500)
        pane.show()
        pane.set_catalog(catalog, "USD")
        search(pane, "متابعين")
        assert pane.tree.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert pane.search_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
        image = pane.grab()
        assert not image.isNull()
        # mirrored: the search box hugs the right edge
        assert pane.tree.header().sectionViewportPosition(
            ID
        ) > pane.tree.header().sectionViewportPosition(NAME)
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_an_id_listed_twice_keeps_both_rows_in_the_tree_and_in_search(
    qtbot: QtBot, recorder: Recorder, pane: CatalogPane
) -> None:
    first = next(s for s in _services() if s.id == 1)
    twin = Service(**{**{f: getattr(first, f) for f in first.__slots__}, "name": "Twin HQ"})  # type: ignore[arg-type]
    catalog = Catalog([*_services(), twin])
    pane.set_catalog(catalog, "USD")
    assert shown_ids(pane).count(1) == 2
    search(pane, "1")
    assert shown_ids(pane)[:2] == [1, 1]
    search(pane, "twin")
    assert shown_ids(pane) == [1]
    # the second listing stays selected through a refresh (not swapped for the first)
    assert pane.select_service(1)
    assert pane.selected_service() == twin
    search(pane, "")
    pane.set_catalog(Catalog([*_services(), twin]), "USD")
    assert pane.selected_service() == twin


def test_the_notice_says_why_and_retry_asks_again(qtbot: QtBot, pane: CatalogPane) -> None:
    assert pane.notice.isHidden()
    assert pane.notice_text() == ""
    asked: list[bool] = []
    pane.sig_retry_requested.connect(lambda: asked.append(True))
    pane.show_notice("The panel answered an empty service list.")
    assert pane.notice.isVisible()
    assert pane.notice_text() == "⚠ The panel answered an empty service list."
    qtbot.mouseClick(pane.retry_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    pane.show_notice("")
    assert pane.notice.isHidden()
