"""The main flows with key events only (no mouse, no method called to act): the demo panel from
the welcome page, search → service → form → Place → the confirmation → orders → the context
menus → mass order → Settings → the shortcut list → quit, over the sandbox panel on loopback.

It fails on a Tab trap (Tab from inside a table or a text box stays there), an unreachable
control (Tab from the search box never gets to the form's fields, Place, the orders table, the
panel switcher or the order's detail), or a key that acts on the wrong row (the context menu
on the tree's current row, on the orders' last row)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smmdesk.core.store import LocalState
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.ordering.mass.dialog import MassOrderDialog
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.settings_dialog import SettingsDialog
from smmdesk.gui.widgets.shortcuts import ShortcutsDialog
from smmdesk.sandbox.catalog import SANDBOX_FIXED_SERVICES
from tests.gui.scenes import on_next_modal

# the order confirmation and other questions are looked at and answered while they run
pytestmark = pytest.mark.usefixtures("questions_run_for_real")

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.shutdown()


class Keys:
    """A keyboard: every key goes to the widget that has the focus, as a user's would."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE, to: QWidget | None = None
    ) -> None:
        self.qtbot.keyClick(to or self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def alt(self, widget: QWidget, to: QWidget | None = None) -> None:
        """Alt + the mnemonic letter ``widget`` shows (a button's, a label's)."""
        text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
        plain = text.replace("&&", "")
        assert "&" in plain[:-1], f"{text!r} has no Alt letter"
        letter = plain[plain.index("&") + 1].upper()
        self.press(Qt.Key(ord(letter)), ALT, to)

    def menu_entry(self, menu: QMenu, text: str) -> None:
        """Arrow down the open menu to ``text`` and press Return."""
        for _ in range(len(menu.actions()) + 1):
            active = menu.activeAction()
            if active is not None and active.text().replace("&", "") == text:
                self.press(Qt.Key.Key_Return, to=menu)
                return
            self.press(Qt.Key.Key_Down, to=menu)
        raise AssertionError(f"no {text!r} in the menu")


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """A closed dialog gives the window back its activity (the window manager's part, which
    the offscreen platform leaves out)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def shown(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    """The window of ``kind`` that just opened, made active (the window manager's part)."""
    qtbot.waitUntil(
        lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    window = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
    )
    back_to(qtbot, window)
    return window


def inside(container: QWidget, widget: QWidget | None) -> bool:
    return widget is not None and (widget is container or container.isAncestorOf(widget))


def open_popup(qtbot: QtBot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def button_named(dialog: QWidget, start: str) -> QAbstractButton:
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.text().replace("&", "").startswith(start):
            return button
    raise AssertionError(f"no button {start!r}")


def tab_walk(keys: Keys, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from ``start`` round to it again."""
    assert keys.focus() is start
    seen: list[QWidget] = []
    stayed = 0
    for _ in range(limit):
        before = keys.focus()
        keys.press(Qt.Key.Key_Tab)
        # a description steps through its links first; a trap keeps Tab for good
        stayed = stayed + 1 if keys.focus() is before else 0
        if stayed >= 20:
            raise AssertionError(f"a Tab trap: Tab stays in {type(before).__name__}")
        if stayed == 0 and keys.focus() is start:
            return seen
        seen.append(keys.focus())
    raise AssertionError(f"a Tab trap: {[type(w).__name__ for w in seen[-8:]]} never end")


def reached(walk: list[QWidget], target: QWidget) -> int:
    hits = [n for n, w in enumerate(walk) if inside(target, w)]
    assert hits, f"Tab never reaches {type(target).__name__}"
    return hits[0]


def test_the_main_flows_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, gui_ctx: AppContext
) -> None:
    keys = Keys(qtbot)
    window.start()
    with qtbot.waitActive(window):
        window.activateWindow()
    # -- the welcome page: the demo panel ------------------------------------------------------
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.welcome.demo_button)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.catalog is not None
            and window.session.balance is not None
        ),
        timeout=15_000,
    )
    session = window.session
    assert session is not None
    # orders placed before today, so the table has rows above the new one
    for n in range(2):
        gui_ctx.store.import_order(
            session.panel.id,
            70_000 + n,
            service_id=SANDBOX_FIXED_SERVICES["Poll"],
            service_name="Poll votes",
            link=f"https://t.me/poll{n}",
            quantity=500,
            cost=Decimal("0.40"),
        )
    window.orders_pane.reload()
    orders = window.orders_pane
    qtbot.waitUntil(lambda: not orders.loading and orders.model.rowCount() == 2)

    # -- search → Enter: the first hit, and the cursor in its link --------------------------
    keys.press(Qt.Key.Key_F, CTRL)
    search = window.catalog_pane.search_edit
    assert keys.focus() is search
    keys.type("Followers [15K]")
    keys.press(Qt.Key.Key_Return)
    service = window.catalog_pane.selected_service()
    assert service is not None
    assert service.id == SANDBOX_FIXED_SERVICES["Default"]
    form = window.order_form
    assert keys.focus() is form.field_widgets["link"]
    keys.type("https://instagram.com/p/keyboard")
    assert search.text() == "Followers [15K]"
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is form.field_widgets["quantity"]
    keys.type("200")
    qtbot.waitUntil(form.place_button.isEnabled)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is form.place_button

    # -- Place → the confirmation, answered with its Alt letter -------------------------------
    seen: list[QWidget] = []
    on_next_modal(lambda dialog: keys.alt(button_named(dialog, "Place"), to=dialog), seen)
    with qtbot.waitSignal(form.sig_order_placed, timeout=15_000):
        keys.press(Qt.Key.Key_Space)
    assert seen, "no confirmation was asked"
    back_to(qtbot, window)
    placed = [r for r in gui_ctx.store.list_orders() if r.link.endswith("/keyboard")]
    assert [r.state for r in placed] == [LocalState.ACCEPTED]
    qtbot.waitUntil(lambda: orders.model.rowCount() == 3)

    # -- Tab from the search box reaches every pane, in reading order, and comes back ------
    assert keys.focus() is form.field_widgets["link"]  # emptied for the next order
    keys.type("https://instagram.com/p/next")  # Place is on again (Tab skips it while off)
    qtbot.waitUntil(form.place_button.isEnabled)
    keys.press(Qt.Key.Key_F, CTRL)
    walk = tab_walk(keys, search)
    order = [
        reached(walk, window.catalog_pane.tree),
        reached(walk, form.field_widgets["link"]),
        reached(walk, form.field_widgets["quantity"]),
        reached(walk, form.place_button),
        reached(walk, orders.table),
        reached(walk, orders.detail),
        reached(walk, window.switcher),
    ]
    assert order == sorted(order)

    # -- orders: F6 to the table, the menu key on the last row ------------------------------
    table = orders.table
    for _ in range(4):
        if keys.focus() is table:
            break
        keys.press(Qt.Key.Key_F6)
    assert keys.focus() is table
    keys.press(Qt.Key.Key_End, CTRL)
    last = orders.current_record()
    assert last is not None
    assert orders.model.row_of(last.local_id) == 2
    QGuiApplication.clipboard().clear()
    keys.press(Qt.Key.Key_Menu)
    keys.menu_entry(open_popup(qtbot), "Copy Order ID")
    assert QGuiApplication.clipboard().text() == str(last.panel_order_id)
    # Tab leaves the table (it does not walk its cells)
    assert keys.focus() is table
    keys.press(Qt.Key.Key_Tab)
    assert not inside(table, keys.focus())
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert keys.focus() is table
    # Enter opens the current order's detail
    keys.press(Qt.Key.Key_Home, CTRL)
    first = orders.current_record()
    assert first is not None
    keys.press(Qt.Key.Key_Return)
    assert inside(orders.detail, keys.focus())
    assert orders.detail.record is not None
    assert orders.detail.record.local_id == first.local_id
    # Ctrl+C from the table: the rows as text
    keys.press(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert keys.focus() is table
    keys.press(Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text().splitlines()[0].startswith("Date\tOrder\t")

    # -- the catalogue: Shift+F10 on the tree's current row ------------------------------
    tree = window.catalog_pane.tree
    keys.press(Qt.Key.Key_F, CTRL)
    keys.press(Qt.Key.Key_Escape)  # the search cleared: every service again
    keys.press(Qt.Key.Key_Down)  # from the search box down into the tree
    assert keys.focus() is tree
    keys.press(Qt.Key.Key_Down)
    current = window.catalog_pane.selected_service()
    assert current is not None
    QGuiApplication.clipboard().clear()
    keys.press(Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    keys.menu_entry(open_popup(qtbot), "Copy service ID")
    assert QGuiApplication.clipboard().text() == str(current.id)

    # -- mass order: Ctrl+M, the lines, Check, Place, close ----------------------------------
    keys.press(Qt.Key.Key_M, CTRL)
    mass = shown(qtbot, MassOrderDialog)
    assert isinstance(mass, MassOrderDialog)
    keys.alt(mass.hint_label, to=mass)  # Alt+the hint's letter: the cursor in the lines
    assert keys.focus() is mass.text_edit
    keys.type(f"{SANDBOX_FIXED_SERVICES['Default']} | https://instagram.com/p/mass1 | 100")
    keys.press(Qt.Key.Key_Tab)
    assert not inside(mass.text_edit, keys.focus())  # Tab leaves the box...
    assert "\t" not in mass.text_edit.toPlainText()  # ...and types nothing into it
    keys.alt(mass.validate_button)  # a mnemonic clicks a moment later, as a click shows
    qtbot.waitUntil(lambda: mass.model.rowCount() == 1)
    seen.clear()
    on_next_modal(lambda dialog: keys.alt(button_named(dialog, "Place"), to=dialog), seen)
    with qtbot.waitSignal(mass.sig_orders_placed, timeout=15_000):
        keys.alt(mass.place_button)
    assert seen
    back_to(qtbot, mass)
    assert any(r.link.endswith("/mass1") for r in gui_ctx.store.list_orders())
    keys.press(Qt.Key.Key_Escape, to=mass)
    qtbot.waitUntil(lambda: not mass.isVisible())

    # -- Settings (Ctrl+,) and the shortcut list (F1), each closed with Esc -----------------
    back_to(qtbot, window)
    assert keys.focus() is tree  # where the user left it
    seen.clear()
    on_next_modal(lambda dialog: keys.press(Qt.Key.Key_Escape, to=dialog), seen)
    keys.press(Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], SettingsDialog)
    back_to(qtbot, window)
    keys.press(Qt.Key.Key_F1)
    shortcuts = shown(qtbot, ShortcutsDialog)
    assert isinstance(shortcuts, ShortcutsDialog)
    assert shortcuts.rows()
    keys.press(Qt.Key.Key_Escape, to=shortcuts)
    qtbot.waitUntil(lambda: not shortcuts.isVisible())

    # -- quit (Ctrl+Q) ---------------------------------------------------------------------
    back_to(qtbot, window)
    keys.press(Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_keyboard_flow_notices_a_tab_trap(qtbot: QtBot, window: MainWindow) -> None:
    """The walk above fails on a trap: a box that keeps Tab is reported, not walked forever."""
    keys = Keys(qtbot)
    window.start(demo_if_new=True)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.session is not None and window.session.catalog is not None)
    box = QPlainTextEdit(window.catalog_pane)  # a box that eats Tab, as the mass box did
    window.catalog_pane.layout().addWidget(box)
    box.show()
    box.setFocus()
    with pytest.raises(AssertionError, match="Tab trap"):
        tab_walk(keys, box, limit=30)


@pytest.mark.parametrize("arabic", [False, True])
def test_alt_letters_reach_every_orders_filter_and_no_letter_is_taken_twice(
    qtbot: QtBot, gui_ctx: AppContext, arabic: bool, in_arabic: Callable[[str], None]
) -> None:
    if arabic:
        in_arabic("locale")
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.start(demo_if_new=True)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    keys = Keys(qtbot)
    pane = window.orders_pane
    combos = [pane.status_filter, pane.panel_filter, pane.service_filter, pane.date_filter]
    assert [label.buddy() for label in pane.filter_labels] == combos
    for label, combo in zip(pane.filter_labels, combos, strict=True):
        window.catalog_pane.search_edit.setFocus()
        keys.alt(label)
        qtbot.waitUntil(lambda combo=combo: keys.focus() is combo)
    # one Alt letter per control in the window: the menus', the buttons', the labels'
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [lb.text() for lb in window.findChildren(QLabel) if lb.buddy() is not None]
    letters = [
        t.replace("&&", "").split("&")[1][0].lower()
        for t in texts
        if "&" in t.replace("&&", "")[:-1]
    ]
    assert len(letters) == len(set(letters)), sorted(letters)
    window.shutdown()
