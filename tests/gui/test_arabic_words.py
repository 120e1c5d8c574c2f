"""The Arabic-words test: in Arabic, the main window on a panel over loopback, with orders of
several statuses, and every dialog of the app show no English word outside panel and user
data and the deliberate terms (``arabic_walk.ALLOWED_LATIN``), and with Arabic-Indic digits
chosen no Western digit.

Its Arabic comes from resources/translations/smmdesk_ar.qm: the translations of a change are
merged there (python -m tools.i18n update, apply, release)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

import smmdesk.gui
from smmdesk.core.models import OrderState, OrderStatus
from smmdesk.core.store import LocalState, Store
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.orders.bars import context_menu
from smmdesk.gui.panels.connect import ConnectDialog
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.wording import i18n, numbers
from smmdesk.sandbox import SandboxPanel
from smmdesk.sandbox.catalog import SANDBOX_FIXED_SERVICES
from tests.gui.arabic_walk import Walk
from tests.gui.scenes import SAMPLE_CHANGE_TEXTS, open_changes_with_history

# the order confirmation and other questions are looked at and answered while they run
pytestmark = pytest.mark.usefixtures("questions_run_for_real")

PANEL_NAME = "Sandbox Panel"
FIRST_ORDER = 4_512_300


def seed_orders(store: Store, panel_id: int) -> list[int]:
    """Orders of every kind of state a user meets: pending, in progress, completed, partial,
    canceled, failed, a refill under way, an unknown outcome and a rejected one."""
    statuses = [
        (OrderStatus.PENDING, None, 1000),
        (OrderStatus.IN_PROGRESS, 250, 600),
        (OrderStatus.COMPLETED, 1200, 0),
        (OrderStatus.PARTIAL, 80, 340),
        (OrderStatus.CANCELED, None, 1000),
        (OrderStatus.ERROR, None, None),
    ]
    ids = []
    states = {}
    for n, (status, start, remains) in enumerate(statuses):
        number = FIRST_ORDER + n
        ids.append(
            store.import_order(
                panel_id,
                number,
                service_id=SANDBOX_FIXED_SERVICES["Default"],
                service_name="Instagram Followers [Real]",
                service_type="Default",
                link=f"https://instagram.com/p/post{n}",
                quantity=1000 + n,
                cost=Decimal("0.90"),
            )
        )
        states[number] = OrderState(
            number, status, status.value, Decimal("0.9"), start, remains, "USD"
        )
    store.apply_statuses(panel_id, states)
    store.add_refill(ids[2], state=LocalState.ACCEPTED, panel_refill_id=77_001)
    params = {"link": "https://instagram.com/p/lost", "quantity": "1500"}
    unknown = store.create_intent(
        panel_id=panel_id,
        service_id=SANDBOX_FIXED_SERVICES["Default"],
        service_name="Instagram Followers [Real]",
        service_type="Default",
        params=params,
        cost=Decimal("1.35"),
        quantity=1500,
        link=params["link"],
    )
    store.begin_sending(unknown)
    store.mark_unknown(unknown, "Read timed out after 30 s", code="read_timeout")
    rejected = store.create_intent(
        panel_id=panel_id,
        service_id=SANDBOX_FIXED_SERVICES["Package"],
        service_name="Package",
        service_type="Package",
        params={"link": "https://instagram.com/p/no"},
        cost=Decimal("2.5"),
        quantity=None,
        link="https://instagram.com/p/no",
    )
    store.begin_sending(rejected)
    store.mark_rejected(rejected, "bad_link", "Incorrect link")
    return [*ids, unknown, rejected]


class Opening:
    """Opens the app's dialogs the way the user does and catches each as it opens: a modal
    ``exec()`` shows the dialog and returns at once (rejected), non-modal ones are found among
    the top-level windows."""

    def __init__(self, qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch):
        self.qtbot = qtbot
        self.window = window
        self.caught: list[QDialog] = []
        caught = self.caught

        def exec_(dialog: QDialog) -> int:
            dialog.show()
            caught.append(dialog)
            return 0

        monkeypatch.setattr(QDialog, "exec", exec_)

    def opened(self, open_it: Callable[[MainWindow], object]) -> list[QWidget]:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        self.caught.clear()
        open_it(self.window)
        QApplication.processEvents()
        found: list[QWidget] = list(self.caught)
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and id(w) not in before and w not in found and isinstance(w, QDialog):
                found.append(w)
        return found


def _reconcile(win: MainWindow) -> None:
    unknown = next(r for r in win.ctx.store.load_orders() if r.state is LocalState.UNKNOWN)
    win.on_reconcile_requested(unknown.local_id)


def _confirmation(win: MainWindow) -> None:
    assert win.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default dripfeed"])
    form = win.order_form
    # the unconfirmed order's link, spelt otherwise: the same-link warning is walked too
    form.field_widgets["link"].setText("https://www.instagram.com/p/lost/")
    form.field_widgets["quantity"].setText("١٢٠٠")
    assert form.dripfeed_box is not None
    form.dripfeed_box.setChecked(True)
    form.field_widgets["runs"].setText("3")
    form.field_widgets["interval"].setText("15")
    form.revalidate()
    form.place()


def _import(win: MainWindow) -> None:
    win.orders_pane.order_actions.act_import.trigger()


def _edit_panel(win: MainWindow) -> None:
    assert win.session is not None
    ConnectDialog(win.ctx, win.session.panel, win).open()


def open_compare(win: MainWindow) -> object:
    """The Compare window for the chosen service (the first one when none is chosen)."""
    if win.catalog_pane.selected_service() is None and win.session and win.session.catalog:
        win.catalog_pane.select_service(win.session.catalog.services[0].id)
    return win.open_compare()


#: Every dialog of the app, opened as the user opens it (add new dialogs here).
DIALOGS: list[tuple[str, Callable[[MainWindow], object]]] = [
    ("settings", lambda w: w.open_settings()),
    ("connect", lambda w: w.connect_panel()),
    ("manage panels", lambda w: w.manage_panels()),
    ("mass order", lambda w: w.open_mass_order()),
    ("import", _import),
    ("confirmation", _confirmation),
    ("reconcile", _reconcile),
    ("about", lambda w: w.show_about()),
    ("edit panel", _edit_panel),
    ("balances", lambda w: w.show_balances()),
    ("shortcuts (F1)", lambda w: w.show_shortcuts()),
    ("spending", lambda w: w.show_spending()),
    ("catalogue changes", open_changes_with_history),
    ("refills", lambda w: w.orders_pane.order_actions.act_refills.trigger()),
    ("all panels", lambda w: w.open_all_panels()),
    ("compare", open_compare),
]


def gui_dialog_classes() -> set[type[QDialog]]:
    """Every QDialog subclass SMMDesk defines under smmdesk/gui."""
    for info in pkgutil.walk_packages(smmdesk.gui.__path__, "smmdesk.gui."):
        importlib.import_module(info.name)
    found: set[type[QDialog]] = set()
    todo: list[type] = [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("smmdesk.gui."):
                found.add(sub)
    return found


def open_window(qtbot: QtBot, ctx: AppContext, sandbox: SandboxPanel) -> tuple[MainWindow, Walk]:
    store = ctx.store
    ctx.settings.setValue(i18n.LANGUAGE_KEY, "ar")  # as the user chose it in the settings
    panel_id = store.add_panel(PANEL_NAME, sandbox.url, currency="USD")
    assert ctx.keys.set(f"panel-{panel_id}", sandbox.api_key)
    seed_orders(store, panel_id)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    qtbot.waitUntil(
        lambda: (
            win.session is not None
            and win.session.catalog is not None
            and win.session.balance is not None
        ),
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: not win.orders_pane.loading, timeout=10_000)
    walk = Walk()
    catalog = win.session.catalog
    assert catalog is not None
    for service in catalog.services:
        walk.data.update({service.name, service.category, service.type})
    # the panel's name and address (the host the key goes to) are the user's words
    walk.data.update({PANEL_NAME, sandbox.url, urlsplit(sandbox.url).netloc})
    walk.data.update(SAMPLE_CHANGE_TEXTS)  # the catalogue history's service names and types
    for record in store.load_orders():
        # and what the panel said about them
        walk.data.update({record.link, record.service_name, record.status_text or ""})
        walk.data.add(record.error_text or "")
    walk.data.update({"Refill not found", "Incorrect order ID"})  # the sandbox's own words
    # the settings show what Western digits look like, on purpose
    walk.data.add(
        QCoreApplication.translate("SettingsDialog", "Western digits (%1)").replace(
            "%1", numbers.digits_sample("ar", "western")
        )
    )
    return win, walk


@pytest.mark.parametrize("digits", ["locale", "western"])
def test_the_arabic_window_and_dialogs_have_no_english_words(
    qtbot: QtBot,
    gui_ctx: AppContext,
    sandbox_panel: SandboxPanel,
    in_arabic: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    digits: str,
) -> None:
    in_arabic(digits)
    gui_ctx.settings.setValue(i18n.DIGITS_KEY, digits)
    win, walk = open_window(qtbot, gui_ctx, sandbox_panel)
    walk.arabic_digits = digits == "locale"
    try:
        # a service with drip-feed selected, its details and form; an order's detail
        # rows of a package and of a service without a real maximum are shown too
        for key in ("Package", "Default cheap", "Default dripfeed"):
            assert win.catalog_pane.select_service(SANDBOX_FIXED_SERVICES[key])
        # the detail of the completed order with a refill
        refilled = next(
            r for r in gui_ctx.store.load_orders() if r.panel_order_id == FIRST_ORDER + 2
        )
        win.orders_pane.select_local_ids([refilled.local_id])
        qtbot.waitUntil(lambda: win.orders_pane.detail.record is not None)
        walk.widget(win)
        detail = win.orders_pane.detail
        for tab in range(detail.tabs.count()):  # every tab of an order's detail
            detail.tabs.setCurrentIndex(tab)
            walk.widget(detail)
        walk.widget(win.welcome)  # the page shown when no panel is open
        walk.add("status message", win.statusBar().currentMessage())
        walk.menu(context_menu(win.orders_pane))
        service = win.catalog_pane.selected_service()
        assert service is not None
        walk.menu(win.catalog_pane._context_menu(service))
        # the counts under the search box after a search, and with nothing found
        pane = win.catalog_pane
        for query in ("Instagram", "zzzz-nothing"):
            walk.data.add(query)  # what the user typed
            before = pane.summary_label.text()
            pane.search_edit.setText(query)
            qtbot.waitUntil(lambda b=before: pane.summary_label.text() != b, timeout=5000)
            walk.widget(pane)
        pane.search_edit.clear()
        walk.add("tray tooltip", win.notifier.tooltip())
        walk.menu(win.notifier.settings_menu(win))
        opening = Opening(qtbot, win, monkeypatch)
        walked: set[type] = set()
        for name, open_it in DIALOGS:
            shown = opening.opened(open_it)
            assert shown, f"the {name} dialog did not open"
            for dialog in shown:
                walk.widget(dialog)
                walked.update(type(dialog).__mro__)
                dialog.close()
        # every dialog of the app is in DIALOGS
        assert gui_dialog_classes() - walked == set()
        # the walk reached what it should: a hidden tab of the detail, the catalogue's rows
        seen = "\n".join(text for _where, text in walk.texts)
        assert numbers.fmt_id(77_001) in seen  # the refill's number, on the Refills tab
        assert numbers.fmt_limit(2_147_483_647) in seen  # a service row's maximum
        problems = walk.problems()
        assert [str(p) for p in problems] == []
    finally:
        win.shutdown()
