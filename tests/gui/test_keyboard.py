"""The keyboard, item by item, in the real window over the sandbox panel: Tab leaves every table
and text box, one focus chain reaches every pane, Enter and the menu keys act on the current
row, the Orders menu and its keys, Ctrl+, F1, F6, Ctrl+C rows, the typed form kept across a
search, and Alt mnemonics."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smmdesk.core.store import LocalState
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.ordering.mass.dialog import MassOrderDialog
from smmdesk.gui.panels.manage import PanelsDialog
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.settings_dialog import SettingsDialog
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.widgets.keyboard import add_mnemonic, without_mnemonic
from smmdesk.gui.widgets.shortcuts import ShortcutsDialog
from smmdesk.sandbox.catalog import SANDBOX_FIXED_SERVICES
from tests.gui.scenes import on_next_modal, wait_for_panel

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.shutdown()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def open_demo(qtbot: QtBot, window: MainWindow) -> None:
    window.start()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.welcome.demo_button.setFocus()
    qtbot.keyClick(window.welcome.demo_button, Qt.Key.Key_Space)
    wait_for_panel(qtbot, window)


def add_orders(window: MainWindow, count: int) -> list[int]:
    """Orders in the local history (as if placed earlier), shown in the orders table."""
    session = window.session
    assert session is not None
    store = window.ctx.store
    ids = [
        store.import_order(
            session.panel.id,
            90_000 + n,
            service_id=SANDBOX_FIXED_SERVICES["Default"],
            service_name="Followers",
            link=f"https://instagram.com/p/k{n}",
            quantity=100 + n,
            cost=Decimal("0.09"),
        )
        for n in range(count)
    ]
    window.orders_pane.reload()
    return ids


def wait_loaded(qtbot: QtBot, window: MainWindow, count: int) -> None:
    pane = window.orders_pane
    qtbot.waitUntil(lambda: not pane.loading and pane.model.rowCount() == count, timeout=10_000)


def choose(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Select a service from the keyboard: search its id, Enter."""
    search = window.catalog_pane.search_edit
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert focused() is search
    qtbot.keyClicks(search, str(SANDBOX_FIXED_SERVICES[name]))
    qtbot.keyClick(search, Qt.Key.Key_Return)
    service = window.catalog_pane.selected_service()
    assert service is not None
    assert service.id == SANDBOX_FIXED_SERVICES[name]


def inside(container: QWidget, widget: QWidget | None) -> bool:
    return widget is not None and (widget is container or container.isAncestorOf(widget))


def assert_tab_leaves(qtbot: QtBot, box: QWidget) -> None:
    """Tab and Shift+Tab from inside ``box`` put the focus outside it (a table would walk its
    cells and wrap, a text box would type a tab)."""
    for modifier in (Qt.KeyboardModifier.NoModifier, SHIFT):
        box.setFocus()
        qtbot.waitUntil(lambda b=box: inside(b, focused()))
        if isinstance(box, QAbstractItemView) and box.model() is not None:
            model = box.model()
            if model.rowCount() and model.columnCount():
                box.setCurrentIndex(model.index(0, 0))
        before = box.toPlainText() if isinstance(box, QPlainTextEdit | QTextEdit) else None
        key = Qt.Key.Key_Backtab if modifier == SHIFT else Qt.Key.Key_Tab
        qtbot.keyClick(focused(), key, modifier)
        assert not inside(box, focused()), f"Tab stays in {type(box).__name__} {box.objectName()}"
        if before is not None:
            assert box.toPlainText() == before  # no tab character typed


def boxes(root: QWidget) -> list[QWidget]:
    found = root.findChildren(QAbstractItemView) + root.findChildren(QPlainTextEdit)
    found += root.findChildren(QTextEdit)
    return [
        w
        for w in found
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


# -- Tab traps -------------------------------------------------------------------------------
def test_tab_leaves_every_table_and_text_box(qtbot: QtBot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    add_orders(window, 3)
    wait_loaded(qtbot, window, 3)
    choose(qtbot, window, "Custom Comments")  # a form with a text box of its own
    pane = window.orders_pane
    pane.select_local_ids([pane.model.record_at(0).local_id])
    qtbot.waitUntil(lambda: pane.detail.record is not None)
    detail_tabs = pane.detail.tabs
    found = boxes(window)
    names = {type(w).__name__ for w in found}
    assert {"ServiceTree", "RowFocusTableView", "QPlainTextEdit"} <= names
    for box in found:
        assert_tab_leaves(qtbot, box)
    # the detail's boxes sit on tabs: each in turn
    for page in range(detail_tabs.count()):
        detail_tabs.setCurrentIndex(page)
        for box in boxes(detail_tabs.widget(page)):
            assert_tab_leaves(qtbot, box)

    mass = window.open_mass_order()
    assert mass is not None
    qtbot.addWidget(mass)
    with qtbot.waitActive(mass):
        mass.activateWindow()
    qtbot.keyClicks(mass.text_edit, "1 | https://instagram.com/p/a | 100")
    mass.text_edit.setFocus()
    qtbot.keyClick(mass.text_edit, Qt.Key.Key_Tab)
    assert "\t" not in mass.text_edit.toPlainText()
    mass.on_check_clicked()
    assert mass.model.rowCount() == 1
    assert {type(w).__name__ for w in boxes(mass)} >= {"QPlainTextEdit", "QTableView"}
    for box in boxes(mass):
        assert_tab_leaves(qtbot, box)
    mass.close()

    panels = PanelsDialog(window.ctx, window.session.panel.id if window.session else None, window)
    qtbot.addWidget(panels)
    panels.show()
    with qtbot.waitActive(panels):
        panels.activateWindow()
    assert panels.model.rowCount() >= 1
    assert_tab_leaves(qtbot, panels.view)
    panels.close()


# -- the focus chain -------------------------------------------------------------------------
def tab_walk(qtbot: QtBot, start: QWidget, limit: int = 150) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back round to it."""
    start.setFocus()
    qtbot.waitUntil(lambda: focused() is start)
    seen: list[QWidget] = []
    for _ in range(limit):
        widget = focused()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = focused()
        assert widget is not None
        if widget is start:
            return seen
        seen.append(widget)
    raise AssertionError(f"Tab never came back to the start: {[type(w).__name__ for w in seen]}")


def position(walk: list[QWidget], target: QWidget) -> int:
    hits = [n for n, w in enumerate(walk) if inside(target, w)]
    assert hits, f"Tab never reaches {type(target).__name__} {target.objectName()}"
    return hits[0]


def test_tab_reaches_form_place_orders_detail_switcher_in_reading_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_demo(qtbot, window)
    add_orders(window, 3)
    wait_loaded(qtbot, window, 3)
    choose(qtbot, window, "Default")
    form = window.order_form
    qtbot.keyClicks(form.field_widgets["link"], "https://instagram.com/p/chain")
    qtbot.keyClicks(form.field_widgets["quantity"], "100")
    qtbot.waitUntil(form.place_button.isEnabled)
    pane = window.orders_pane
    pane.select_local_ids([pane.model.record_at(1).local_id])
    qtbot.waitUntil(lambda: pane.detail.tabs.isEnabled())
    walk = tab_walk(qtbot, window.catalog_pane.search_edit)
    order = [
        position(walk, window.catalog_pane.tree),
        position(walk, form.field_widgets["link"]),
        position(walk, form.field_widgets["quantity"]),
        position(walk, form.place_button),
        position(walk, pane.table),
        position(walk, pane.detail.tabs),
        position(walk, window.switcher),
        position(walk, window.balance_label),
    ]
    assert order == sorted(order)
    # the orders' toolbar buttons that apply are reachable too
    refresh = pane.toolbar.widgetForAction(pane.order_actions.act_refresh)
    position(walk, refresh)


def test_drip_feed_runs_come_after_its_checkbox(qtbot: QtBot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    choose(qtbot, window, "Default dripfeed")
    form = window.order_form
    box = form.dripfeed_box
    assert box is not None
    quantity = form.field_widgets["quantity"]
    quantity.setFocus()
    qtbot.keyClick(quantity, Qt.Key.Key_Tab)
    assert focused() is box  # the checkbox first...
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert focused() is form.field_widgets["runs"]  # ...then Runs, then Interval
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.field_widgets["interval"]


def test_a_field_below_the_fold_scrolls_into_view_when_focused(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_demo(qtbot, window)
    choose(qtbot, window, "Default dripfeed")
    scroll = window.workspace.form_scroll
    sizes = window.right_splitter.sizes()
    window.right_splitter.setSizes([sum(sizes) - 120, 120])  # a form with room for a line
    qtbot.waitUntil(lambda: scroll.height() <= 130)
    form = window.order_form
    assert form.dripfeed_box is not None
    form.dripfeed_box.setChecked(True)
    quantity = form.field_widgets["quantity"]
    quantity.setFocus()
    qtbot.keyClick(quantity, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    interval = form.field_widgets["interval"]
    assert focused() is interval
    viewport = scroll.viewport()
    top_left = interval.mapTo(viewport, QPoint(0, 0))
    assert top_left.y() >= 0
    assert top_left.y() + interval.height() <= viewport.height()


# -- Enter -----------------------------------------------------------------------------------
def test_enter_on_a_service_in_the_tree_goes_to_its_first_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_demo(qtbot, window)
    pane = window.catalog_pane
    assert pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    pane.tree.setFocus()
    qtbot.keyClick(pane.tree, Qt.Key.Key_Return)
    link = window.order_form.field_widgets["link"]
    assert focused() is link
    qtbot.keyClicks(link, "https://t.me/x")
    assert link.text() == "https://t.me/x"


def test_enter_after_a_search_takes_the_first_hit_and_the_link_is_typed_next(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_demo(qtbot, window)
    pane = window.catalog_pane
    assert pane.select_service(SANDBOX_FIXED_SERVICES["Poll"])  # an earlier choice
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(pane.search_edit, "comments")
    qtbot.keyClick(pane.search_edit, Qt.Key.Key_Return)
    pane.apply_search_now()
    first = pane.model.service_at(pane.model.index(0, 0, pane.model.index(0, 0)))
    assert first is not None
    service = pane.selected_service()
    assert service is not None
    assert service.id == first.id
    link = window.order_form.field_widgets["link"]
    assert focused() is link
    qtbot.keyClicks(focused(), "https://instagram.com/p/typed")
    assert pane.search_edit.text() == "comments"  # the search is not wiped
    assert isinstance(link, QLineEdit)
    assert link.text() == "https://instagram.com/p/typed"


def test_enter_on_an_order_opens_its_detail(qtbot: QtBot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    add_orders(window, 3)
    wait_loaded(qtbot, window, 3)
    pane = window.orders_pane
    pane.splitter.setSizes([sum(pane.splitter.sizes()), 0])  # the user folded the detail away
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    current = pane.current_record()
    assert current is not None
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert inside(pane.detail, focused())
    assert pane.detail.record is not None
    assert pane.detail.record.local_id == current.local_id
    assert pane.splitter.sizes()[1] > 0


# -- context menus ---------------------------------------------------------------------------
def popup_menu(qtbot: QtBot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def choose_in_menu(qtbot: QtBot, menu: QMenu, text: str) -> None:
    """Arrow down to the entry ``text`` and press Return (as a user would)."""
    for _ in range(len(menu.actions()) + 1):
        active = menu.activeAction()
        if active is not None and without_mnemonic(active.text()) == text:
            qtbot.keyClick(menu, Qt.Key.Key_Return)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    raise AssertionError(f"no {text!r} in the menu")


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_Menu, None), (Qt.Key.Key_F10, SHIFT)])
def test_menu_keys_open_the_tree_menu_on_the_current_row(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Any
) -> None:
    open_demo(qtbot, window)
    pane = window.catalog_pane
    assert pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    pane.tree.setFocus()
    qtbot.keyClick(pane.tree, Qt.Key.Key_Down)  # the next service is current now
    current = pane.selected_service()
    assert current is not None
    assert current.id != SANDBOX_FIXED_SERVICES["Default"]
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(pane.tree, key, modifier or Qt.KeyboardModifier.NoModifier)
    menu = popup_menu(qtbot)
    choose_in_menu(qtbot, menu, "Copy service ID")
    assert QGuiApplication.clipboard().text() == str(current.id)
    assert pane.selected_service() == current


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_Menu, None), (Qt.Key.Key_F10, SHIFT)])
def test_menu_keys_open_the_orders_menu_on_the_last_row(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Any
) -> None:
    open_demo(qtbot, window)
    add_orders(window, 4)
    wait_loaded(qtbot, window, 4)
    pane = window.orders_pane
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_End, CTRL)
    last = pane.current_record()
    assert last is not None
    assert pane.model.row_of(last.local_id) == 3
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(pane.table, key, modifier or Qt.KeyboardModifier.NoModifier)
    menu = popup_menu(qtbot)
    choose_in_menu(qtbot, menu, "Copy Order ID")
    assert QGuiApplication.clipboard().text() == str(last.panel_order_id)


def test_the_platforms_keyboard_menu_event_opens_on_the_current_row_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    """On X11 the Menu key also arrives as a keyboard context-menu event placed where a text
    cursor would be: in a view with a header, the row below. It opens on the current row,
    and the key press that follows opens no second menu."""
    open_demo(qtbot, window)
    pane = window.catalog_pane
    assert pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    tree = pane.tree
    tree.setFocus()
    current = pane.selected_service()
    below = tree.visualRect(tree.indexBelow(tree.currentIndex())).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, below, tree.mapToGlobal(below))
    QApplication.sendEvent(tree, event)
    menu = popup_menu(qtbot)
    qtbot.keyClick(tree, Qt.Key.Key_Menu)  # the same key, as the platform then sends it
    assert QApplication.activePopupWidget() is menu
    QGuiApplication.clipboard().clear()
    choose_in_menu(qtbot, menu, "Copy service ID")
    assert current is not None
    assert QGuiApplication.clipboard().text() == str(current.id)


# -- menus and shortcuts ---------------------------------------------------------------------
def test_the_orders_menu_lists_every_order_action_and_its_keys_work_from_anywhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_demo(qtbot, window)
    ids = add_orders(window, 2)
    wait_loaded(qtbot, window, 2)
    pane = window.orders_pane
    acts = pane.order_actions
    listed = [a for a in window.orders_menu.actions() if not a.isSeparator()]
    assert set(listed) == set(acts.all_actions())
    assert all(not a.shortcut().isEmpty() for a in listed if a is not acts.act_export_view)
    # nothing selected: the actions that need an order are off
    pane.select_local_ids([])
    assert not acts.act_copy_id.isEnabled()
    pane.select_local_ids([ids[0]])
    window.catalog_pane.tree.setFocus()  # far from the orders table
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.catalog_pane.tree, Qt.Key.Key_C, CTRL | SHIFT)
    assert QGuiApplication.clipboard().text() == "90000"


def test_ctrl_c_copies_the_selected_orders_as_tab_separated_rows(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_demo(qtbot, window)
    ids = add_orders(window, 3)
    wait_loaded(qtbot, window, 3)
    pane = window.orders_pane
    pane.select_local_ids(ids[:2])
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_C, CTRL)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3
    header = lines[0].split("\t")
    assert header[:3] == ["Date", "Order", "Status"]
    rows = [line.split("\t") for line in lines[1:]]
    assert all(len(row) == len(header) for row in rows)
    link = header.index("Link")
    assert sorted(row[link] for row in rows) == [
        "https://instagram.com/p/k0",
        "https://instagram.com/p/k1",
    ]
    # elsewhere Ctrl+C copies that widget's own text, not orders
    search = window.catalog_pane.search_edit
    search.setText("poll")
    search.setFocus()
    search.selectAll()
    qtbot.keyClick(search, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "poll"


def test_ctrl_comma_opens_settings(qtbot: QtBot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    seen: list[QWidget] = []
    on_next_modal(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape), seen, 200)
    qtbot.keyClick(window.catalog_pane.tree, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], SettingsDialog)
    assert window.act_settings.shortcut().toString() == "Ctrl+,"


def test_f1_lists_every_shortcut_of_the_menus(qtbot: QtBot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    qtbot.keyClick(window.catalog_pane.tree, Qt.Key.Key_F1)
    dialog = next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog)), None
    )
    assert dialog is not None
    assert dialog.isVisible()
    rows = {(what, keys) for _group, what, keys in dialog.rows()}
    assert ("Settings", "Ctrl+,") in rows
    assert ("Refill", "Ctrl+Shift+F") in rows
    assert ("Copy Rows", "Ctrl+C") in rows
    assert ("Next Pane", "F6") in rows
    assert ("Open the menu of the chosen row", "Menu, Shift+F10") in rows
    # every key of every menu is there: the list is made from the actions themselves
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if not action.shortcut().isEmpty() and menu_action.isVisible():
                assert any(what == without_mnemonic(action.text()).rstrip("…") for what, _ in rows)
    if not dialog.isActiveWindow():  # the window manager's part
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
    assert_tab_leaves(qtbot, dialog.tree)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_f6_cycles_the_panes_and_shift_f6_goes_back(qtbot: QtBot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    add_orders(window, 2)
    wait_loaded(qtbot, window, 2)
    choose(qtbot, window, "Default")
    pane = window.orders_pane
    pane.select_local_ids([pane.model.record_at(0).local_id])
    window.catalog_pane.tree.setFocus()
    steps = []
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_F6)
        steps.append(focused())
    assert steps == [
        window.order_form.field_widgets["link"],
        pane.table,
        pane.detail.tabs.focusProxy() or pane.detail.tabs,
        window.catalog_pane.tree,
    ]
    qtbot.keyClick(focused(), Qt.Key.Key_F6, SHIFT)
    assert inside(pane.detail, focused())
    qtbot.keyClick(focused(), Qt.Key.Key_F6, SHIFT)
    assert focused() is pane.table


# -- the typed form kept ---------------------------------------------------------------------
def test_a_search_that_hides_the_service_loses_none_of_the_typed_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_demo(qtbot, window)
    choose(qtbot, window, "Default")
    form = window.order_form
    qtbot.keyClicks(form.field_widgets["link"], "https://instagram.com/p/keep")
    qtbot.keyClicks(form.field_widgets["quantity"], "250")
    pane = window.catalog_pane
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(pane.search_edit, "zzzz no such service")
    pane.apply_search_now()
    assert pane.selected_service() is None  # the search hid it: the form is empty meanwhile
    qtbot.keyClick(pane.search_edit, Qt.Key.Key_Escape)
    choose(qtbot, window, "Default")
    assert form.values()["link"] == "https://instagram.com/p/keep"
    assert form.values()["quantity"] == "250"


def test_a_placed_order_forgets_its_typed_form(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(dialogs, "ask", lambda _dialog: True)  # the order confirmation
    open_demo(qtbot, window)
    choose(qtbot, window, "Default")
    form = window.order_form
    qtbot.keyClicks(form.field_widgets["link"], "https://instagram.com/p/placed")
    qtbot.keyClicks(form.field_widgets["quantity"], "100")
    qtbot.waitUntil(form.place_button.isEnabled)
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000):
        qtbot.keyClick(form.field_widgets["quantity"], Qt.Key.Key_Return, CTRL)
    assert window.ctx.store.list_orders()[0].state is LocalState.ACCEPTED
    choose(qtbot, window, "Poll")
    choose(qtbot, window, "Default")
    assert form.values()["link"] == ""


# -- mnemonics -------------------------------------------------------------------------------
def mnemonic(text: str) -> str:
    plain = text.replace("&&", "")
    assert "&" in plain[:-1], f"no Alt mnemonic in {text!r}"
    return plain[plain.index("&") + 1].lower()


def test_alt_mnemonics_in_the_form_filters_mass_order_and_confirmation(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_demo(qtbot, window)
    choose(qtbot, window, "Default dripfeed")
    form = window.order_form
    labels = [w for w in form.findChildren(QLabel) if w.buddy() is not None and w.isVisibleTo(form)]
    assert len(labels) >= 2
    letters = [mnemonic(label.text()) for label in labels]
    filters = window.catalog_pane.filters
    letters += [mnemonic(filters.favourites_button.text()), mnemonic(filters.flags_button.text())]
    menus = [mnemonic(a.text()) for a in window.menuBar().actions()]
    assert len(set(letters + menus)) == len(letters + menus)  # no Alt key claimed twice
    # Alt+the quantity's letter puts the cursor in it
    quantity_label = next(lb for lb in labels if lb.buddy() is form.field_widgets["quantity"])
    window.catalog_pane.tree.setFocus()
    qtbot.keyClick(focused(), Qt.Key(ord(mnemonic(quantity_label.text()).upper())), ALT)
    assert focused() is form.field_widgets["quantity"]

    mass = MassOrderDialog(window.session, window)  # type: ignore[arg-type]
    qtbot.addWidget(mass)
    buttons: list[QAbstractButton] = [mass.validate_button, mass.place_button, mass.cancel_button]
    mass_letters = [mnemonic(b.text()) for b in buttons] + [mnemonic(mass.hint_label.text())]
    assert len(set(mass_letters)) == len(mass_letters)
    mass.close()

    seen: list[QWidget] = []
    texts: list[str] = []

    def read(dialog: QWidget) -> None:
        texts.extend(b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_modal(read, seen, 200)
    assert not dialogs.confirm(window, "Title", "Text", ok_text="Place order")
    assert len(texts) == 2
    assert sorted(mnemonic(t) for t in texts) == ["c", "p"]


def test_add_mnemonic_picks_a_free_letter_in_any_script() -> None:
    used = {"f", "p"}
    assert add_mnemonic("Place", used) == "P&lace"
    assert add_mnemonic("Q&A", used) == "&Q&&A"
    assert add_mnemonic("الكمية", set()) == "&الكمية"
    assert add_mnemonic("123", set()) == "123"
    assert without_mnemonic("&Q&&A") == "Q&A"
