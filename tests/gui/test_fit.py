"""The fit test: the main window and every dialog, at the commonest small laptop screens, in
English and Arabic, filled with real-length content from the demo panel over loopback.

It fails on any label, button, tab, header section or combo text that does not fit its widget
(tests/gui/fitcheck.py; table cells may elide when a tooltip has the full text), on a window or
dialog larger than the screen, and on a key widget (the balance, the orders table, Place, the
form's hint, the "Order placed" banner, the order's Charge) outside what the window shows.
Screenshots of each, light and dark, go to artifacts/fit/ (gitignored): look at them.

The offscreen platform has one fixed virtual screen, so the screen under test is the available
area ``smmdesk.gui.widgets.screen.available_geometry`` reports (the app asks only there).
New dialogs join the list ``DIALOGS`` below.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QLocale, QRect, QSize, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smmdesk.core.models import Service
from smmdesk.core.ordering import PlacementState, place_order
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.ordering.reconcile import ReconcileDialog
from smmdesk.gui.orders.columns import PROGRESS
from smmdesk.gui.orders.import_dialog import ImportOrdersDialog
from smmdesk.gui.panels.connect import ConnectDialog
from smmdesk.gui.panels.manage import PanelsDialog
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.settings_dialog import SettingsDialog
from smmdesk.gui.widgets import screen, theme
from smmdesk.gui.wording import i18n, numbers
from tests.gui.fitcheck import misfits, outside
from tests.gui.scenes import open_changes_with_history

# the order confirmation and other questions are looked at and answered while they run
pytestmark = pytest.mark.usefixtures("questions_run_for_real")

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "fit"
#: the screens under test, and what a task bar or top panel takes from them
SCREENS = {
    "1280x720": QSize(1280, 720),
    "1366x768": QSize(1366, 768),
    "1920x1080": QSize(1920, 1080),
}
TASK_BAR = 40
LONG_LINK = (
    "https://www.instagram.com/p/C0a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ/?igsh=MTc4MmM1YmI2Ng=="
)
BIG_QUANTITY = "1000000"


# -- the dialogs: one place; a new dialog is one more entry ------------------------------------
def _settings(win: MainWindow) -> QDialog:
    return SettingsDialog(win.ctx, win)


def _connect(win: MainWindow) -> QDialog:
    dialog = ConnectDialog(win.ctx, None, win)
    dialog.name_edit.setText("متجر المتابعين الذهبي – Golden Followers Store")
    dialog.url_edit.setText("https://golden-followers-store.example.com/api/v2")
    return dialog


def _key_needed(win: MainWindow) -> QDialog:
    """The connect dialog asking for a saved panel's key the keyring could not give."""
    store = win.ctx.store
    panel_id = store.add_panel(
        "متجر المتابعين الذهبي – Golden Followers Store",
        "https://golden-followers-store.example.com/api/v2",
        currency="USD",
    )
    return ConnectDialog(win.ctx, store.get_panel(panel_id), win, key_state=KeyState.MISSING)


def _recovered(win: MainWindow) -> Callable[[], object]:
    """The warning after a restart found orders whose sending was cut off."""
    return lambda: win.warn_recovered(12)


def _manage(win: MainWindow) -> QDialog:
    return PanelsDialog(win.ctx, win.session.panel.id if win.session else None, win)


def _mass(win: MainWindow) -> QDialog:
    dialog = win.open_mass_order()
    assert dialog is not None
    service = win.catalog_pane.selected_service()
    assert service is not None
    lines = [f"{service.id} | {LONG_LINK}{n} | {BIG_QUANTITY}" for n in range(6)]
    dialog.text_edit.setPlainText("\n".join([*lines, "99999999 | not a link | 12x"]))
    dialog.on_check_clicked()
    return dialog


def _import(win: MainWindow) -> QDialog:
    assert win.session is not None
    dialog = ImportOrdersDialog(win.ctx, win.session, win)
    dialog.ids_edit.setPlainText("1234567, 2345678\n3456789")
    return dialog


def _reconcile(win: MainWindow) -> QDialog:
    assert win.session is not None
    unknown = win.ctx.store.list_orders(win.session.panel.id)
    local_id = next(r.local_id for r in unknown if r.state.name == "UNKNOWN")
    return ReconcileDialog(win.session, local_id, win)


def _refills(win: MainWindow) -> QDialog:
    return win.orders_pane.order_actions.open_refills()


def _confirmation(win: MainWindow) -> Callable[[], object]:
    """Place with the form filled: the confirmation opens (modal)."""
    return win.order_form.place


def _about(win: MainWindow) -> Callable[[], object]:
    return win.show_about


def open_compare(win: MainWindow) -> object:
    """The Compare window for the chosen service (the first one when none is chosen)."""
    if win.catalog_pane.selected_service() is None and win.session and win.session.catalog:
        win.catalog_pane.select_service(win.session.catalog.services[0].id)
    return win.open_compare()


#: name -> (opener, modal). A modeless opener returns the dialog; a modal one returns the
#: function that opens (and runs) it, and the test reads the dialog while it runs.
DIALOGS: dict[str, tuple[Callable[[MainWindow], Any], bool]] = {
    "settings": (_settings, False),
    "connect": (_connect, False),
    "connect-key-needed": (_key_needed, False),
    "manage-panels": (_manage, False),
    "mass-order": (_mass, False),
    "import-order-ids": (_import, False),
    "reconcile": (_reconcile, False),
    "refills": (_refills, False),
    "confirmation": (_confirmation, True),
    "about": (_about, True),
    "orders-recovered": (_recovered, True),
    "shortcuts": (lambda win: win.show_shortcuts(), False),
    "spending": (lambda win: win.show_spending(), False),
    "catalogue-changes": (open_changes_with_history, False),
    "balances": (lambda win: win.show_balances(), False),
    "all-panels": (lambda win: win.open_all_panels(), False),
    "compare": (open_compare, False),
}


# -- fixtures ----------------------------------------------------------------------------------
@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    def install(code: str) -> None:
        region = "EG" if code == "ar" else "US"
        i18n.install_translators(qapp, code, system=QLocale(f"{code}_{region}"))

    yield install
    i18n.install_translators(qapp, "en")
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())
    numbers.set_preferences("en", "locale")
    theme.manager().apply("system")


def emulate_screen(monkeypatch: pytest.MonkeyPatch, size: QSize) -> QRect:
    """The app sees a screen of ``size`` with a task bar along its bottom edge."""
    area = QRect(0, 0, size.width(), size.height() - TASK_BAR)
    monkeypatch.setattr(screen, "available_geometry", lambda _widget=None: QRect(area))
    return area


def frame_of(widget: QWidget) -> QSize:
    margins = screen.DECORATION
    return QSize(
        widget.width() + margins.left() + margins.right(),
        widget.height() + margins.top() + margins.bottom(),
    )


def shoot(widget: QWidget, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(ARTIFACTS / f"{name}.png"))


def longest_named(services: list[Service], *, big: bool) -> Service:
    candidates = [
        s
        for s in services
        if s.type.casefold() == "default" and (not big or s.max >= int(BIG_QUANTITY))
    ]
    return max(candidates, key=lambda s: len(s.name))


def fill_orders(win: MainWindow) -> None:
    """Real-length orders: the longest-named service with a 7-digit quantity, an Arabic one,
    and one whose answer was lost (for the reconcile dialog)."""
    session = win.session
    assert session is not None
    assert session.catalog is not None
    services = list(session.catalog.services)
    sandbox = win.ctx.demo_panel()
    client = session.client()
    arabic = next(s for s in services if any("\u0600" <= c <= "\u06ff" for c in s.category))
    rows = [
        (longest_named(services, big=True), BIG_QUANTITY),
        (arabic, str(max(arabic.min, 100))),
        (longest_named(services, big=False), "5000"),
    ]
    for n, (service, quantity) in enumerate(rows):
        if n == len(rows) - 1:
            sandbox.faults.inject("drop_after", "add", times=1)
        placement = place_order(
            win.ctx.store,
            client,
            session.panel.id,
            service,
            {"link": f"{LONG_LINK}{n}", "quantity": quantity},
            cost=service.rate * Decimal(quantity) / 1000,
            quantity=int(quantity),
        )
        assert placement.state in (
            PlacementState.ACCEPTED,
            PlacementState.REJECTED,
            PlacementState.UNKNOWN,
        )
    win.orders_pane.reload()


def run_modal(
    qtbot: QtBot, opener: Callable[[], object], inspect: Callable[[QDialog], None]
) -> None:
    """Run ``opener``; while the modal dialog it opens runs, ``inspect`` it, then dismiss it."""
    seen: list[QDialog] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(modal)
        qtbot.waitExposed(modal)
        QApplication.processEvents()
        try:
            inspect(modal)
        finally:
            if modal.isVisible():
                modal.reject()

    QTimer.singleShot(0, look)
    opener()
    assert seen, "no modal dialog opened"


# -- the test ----------------------------------------------------------------------------------
class Findings:
    """What does not fit, for one screen: each problem a line."""

    def __init__(self, area: QRect) -> None:
        self.area = area
        self.problems: list[str] = []

    def check(self, name: str, widget: QWidget, keys: dict[str, QWidget] | None = None) -> None:
        frame = frame_of(widget)
        if frame.width() > self.area.width() or frame.height() > self.area.height():
            size = f"{frame.width()}x{frame.height()}"
            self.problems.append(f"{name}: {size} is larger than {self.area.size()}")
        self.problems.extend(f"{name}: {p}" for p in misfits(widget))
        for key, key_widget in (keys or {}).items():
            where = outside(key_widget, widget)
            if where:
                self.problems.append(f"{name}: {key}: {where}")


def open_filled_window(qtbot: QtBot, ctx: AppContext, findings: Findings, tag: str) -> MainWindow:
    """The main window: first its welcome page (checked), then on the demo panel with
    real-length orders, the longest-named service selected and its form filled with a long
    link and a 7-digit quantity, an order shown."""
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    assert win.stack.currentWidget() is win.welcome
    QApplication.processEvents()
    findings.check("welcome page", win)
    shoot(win, f"{tag}-welcome-light")
    win.open_demo()
    qtbot.waitUntil(
        lambda: (
            win.session is not None
            and win.session.catalog is not None
            and win.session.balance is not None
        ),
        timeout=15_000,
    )
    fill_orders(win)
    pane = win.orders_pane
    qtbot.waitUntil(lambda: not pane.loading and pane.model.rowCount() >= 3)
    assert win.session is not None
    assert win.session.catalog is not None
    service = longest_named(list(win.session.catalog.services), big=True)
    assert win.catalog_pane.select_service(service.id)
    pane.select_local_ids([pane.model.record_at(0).local_id])
    qtbot.waitUntil(lambda: pane.detail.record is not None)
    form = win.order_form
    form.field_widgets["link"].setText(LONG_LINK)  # type: ignore[attr-defined]
    form.field_widgets["quantity"].setText(BIG_QUANTITY)  # type: ignore[attr-defined]
    form.revalidate()
    QApplication.processEvents()
    return win


def key_widgets(win: MainWindow) -> dict[str, QWidget]:
    hint = win.order_form._fields.rows["quantity"].hint
    assert hint is not None
    return {
        "balance": win.balance_label,
        "orders table": win.orders_pane.table,
        "Place": win.order_form.place_button,
        "form hint": hint,
        "order Charge": win.orders_pane.detail.fact_labels["money"],
    }


def delivered_out_of_view(win: MainWindow) -> str | None:
    table = win.orders_pane.table
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(PROGRESS) + header.sectionSize(PROGRESS)
    if right > table.viewport().width() + 2:
        return f"main window: the Delivered column ends at {right}, out of view"
    return None


def shoot_both_themes(widget: QWidget, name: str) -> None:
    for look in ("light", "dark"):
        theme.manager().apply(look)
        QApplication.processEvents()
        shoot(widget, f"{name}-{look}")
    theme.manager().apply("light")


def check_dialogs(qtbot: QtBot, win: MainWindow, findings: Findings, tag: str) -> None:
    for name, (opener, modal) in DIALOGS.items():

        def inspect(dialog: QDialog, name: str = name) -> None:
            QApplication.processEvents()
            findings.check(name, dialog)
            shoot_both_themes(dialog, f"{tag}-{name}")

        if modal:
            run_modal(qtbot, opener(win), inspect)
            continue
        dialog = opener(win)
        dialog.show()
        qtbot.waitExposed(dialog)
        inspect(dialog)
        dialog.close()
        dialog.deleteLater()


def accept(dialog: QDialog) -> None:
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                button.click()
                return


@pytest.mark.parametrize("code", ["en", "ar"])
@pytest.mark.parametrize("screen_name", list(SCREENS))
def test_every_window_fits_a_small_screen(
    qtbot: QtBot,
    gui_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    language: Callable[[str], None],
    code: str,
    screen_name: str,
) -> None:
    language(code)
    theme.manager().apply("light")
    findings = Findings(emulate_screen(monkeypatch, SCREENS[screen_name]))
    tag = f"{code}-{screen_name}"
    win = open_filled_window(qtbot, gui_ctx, findings, tag)
    try:
        findings.check("main window", win, key_widgets(win))
        findings.problems += filter(None, [delivered_out_of_view(win)])
        shoot_both_themes(win, f"{tag}-main")
        win.orders_pane.table.setFocus()  # its current row ringed
        shoot_both_themes(win.orders_pane, f"{tag}-orders-focused")
        check_dialogs(qtbot, win, findings, tag)
        # place for real: the outcome shows where the user looks
        form = win.order_form
        assert form.service is not None
        form.field_widgets["quantity"].setText(str(form.service.min))  # type: ignore[attr-defined]
        form.revalidate()
        run_modal(qtbot, form.place, accept)
        qtbot.waitUntil(lambda: not form.in_flight, timeout=10_000)
        qtbot.waitUntil(lambda: form.result_frame.isVisibleTo(win))
        QApplication.processEvents()
        where = outside(form.result_frame, win)
        if where:
            findings.problems.append(f"main window after placing: the outcome banner: {where}")
        shoot(win, f"{tag}-main-placed-light")
        assert not findings.problems, "\n".join(findings.problems)
    finally:
        win.shutdown()


def test_geometry_saved_on_a_larger_screen_is_brought_inside_a_small_one(
    qtbot: QtBot, gui_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = QRect(0, 0, 1920, 1080 - TASK_BAR)
    monkeypatch.setattr(screen, "available_geometry", lambda _widget=None: QRect(big))
    first = MainWindow(gui_ctx)
    qtbot.addWidget(first)
    first.resize(1800, 1000)
    first.move(100, 30)
    first.save_geometry()
    saved = gui_ctx.settings.value("window/geometry")
    assert isinstance(saved, QByteArray)
    first.shutdown()

    small = emulate_screen(monkeypatch, SCREENS["1280x720"])
    second = MainWindow(gui_ctx)
    qtbot.addWidget(second)
    try:
        frame = frame_of(second)
        assert frame.width() <= small.width()
        assert frame.height() <= small.height()
        assert second.x() >= small.left()
        assert second.y() >= small.top()
    finally:
        second.shutdown()


@pytest.mark.parametrize(
    ("name", "larger"), [("1280x720", False), ("1366x768", False), ("1920x1080", True)]
)
def test_the_first_window_uses_a_big_screen_and_fits_a_small_one(
    qtbot: QtBot, gui_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, name: str, larger: bool
) -> None:
    area = emulate_screen(monkeypatch, SCREENS[name])
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    try:
        frame = frame_of(win)
        assert frame.width() <= area.width()
        assert frame.height() <= area.height()
        # a big screen is used (not a 1280x800 island in it); a small one is filled
        assert (win.width() > 1280 and win.height() > 800) is larger
        if not larger:
            assert frame.height() >= area.height() - 8
    finally:
        win.shutdown()
