"""The main window: its menus and toolbar (the panel switcher), the workspace of an open panel
or the welcome page, the status bar; opening and switching panels and wiring each session's,
the poller's and the panes' signals to one another.

Over 400 lines on purpose: this is where every pane, dialog and background signal meets, and
most of its methods are a few lines of wiring each; the panes' own layout lives in workspace.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

import smmdesk
from smmdesk.core.catalog import Catalog, CatalogDiff
from smmdesk.core.changes import ServiceChange
from smmdesk.core.delivery import ServiceDelivery, delivery_summary
from smmdesk.core.models import Balance, Service
from smmdesk.core.ordering import Placement
from smmdesk.core.parse_services import UnusableCatalogue
from smmdesk.core.store import LocalState, OrderRecord, PanelRecord
from smmdesk.gui.menus import fill_orders_menu, keys_in_lists, quit_keys, settings_keys
from smmdesk.gui.panels.connect_holder import ConnectDialogHolder
from smmdesk.gui.panels.manage import PanelsDialog, PanelSwitcher
from smmdesk.gui.panels.profiles import ensure_demo_profiles
from smmdesk.gui.panels.welcome import WelcomePage
from smmdesk.gui.quit_guard import confirm_quit
from smmdesk.gui.runtime.context import AppContext, is_demo_url
from smmdesk.gui.runtime.gateway import import_http
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.runtime.poller import Poller
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.tray import TrayNotifier
from smmdesk.gui.widgets import dialogs, screen, theme
from smmdesk.gui.widgets.icons import app_icon
from smmdesk.gui.widgets.plain import new_label
from smmdesk.gui.widgets.status_bar import PanelStatusBar
from smmdesk.gui.wording import numbers
from smmdesk.gui.workspace import Workspace

if TYPE_CHECKING:
    # dialogs and the mass-order machinery load when first opened, never before the first paint
    from smmdesk.gui.all_panels import AllPanels
    from smmdesk.gui.catalog.allpanels import AllPanelsDialog
    from smmdesk.gui.catalog.changes import ChangesWindow
    from smmdesk.gui.catalog.compare import CompareDialog
    from smmdesk.gui.compare import Comparing
    from smmdesk.gui.money.alerts import LowBalanceMonitor
    from smmdesk.gui.money.spending import SpendingWindow
    from smmdesk.gui.money.view import BalancesWindow
    from smmdesk.gui.ordering.mass.dialog import MassOrderDialog
    from smmdesk.gui.panels.connect import ConnectDialog
    from smmdesk.gui.widgets.shortcuts import ShortcutsDialog

log = logging.getLogger(__name__)

_WELCOME, _WORKSPACE = 0, 1
#: a window not painted by then (started minimised, hidden) goes online all the same
_PAINT_WAIT_MS = 2000


class _FirstPaint(QObject):
    """Runs the window's ``when_painted`` callbacks right after its first painted frame (the
    event loop's next turn after the first Paint event), or after ``_PAINT_WAIT_MS`` when the
    window is not painted by then."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._callbacks: list[Callable[[], object]] = []
        self._waiting = False
        self.painted = False
        window.installEventFilter(self)

    def add(self, callback: Callable[[], object]) -> None:
        self._callbacks.append(callback)
        if self.painted:
            QTimer.singleShot(0, self, self._run)
        elif not self._waiting:
            self._waiting = True
            QTimer.singleShot(_PAINT_WAIT_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and not self.painted:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self.painted = True
        self._window.removeEventFilter(self)
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()


class MainWindow(QMainWindow):
    sig_panel_opened = Signal(object)
    """PanelSession: a panel was opened (or switched to) and its session is live."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.session: PanelSession | None = None
        self.setWindowTitle(smmdesk.APP_NAME)
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")

        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(ctx, self)
        self.welcome.sig_try_demo.connect(self.open_demo)
        self.welcome.sig_panel_connected.connect(self.on_panel_connected)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self._build_workspace())
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.catalog_pane.filters.give_mnemonics()  # once the menus hold their Alt letters
        self.orders_pane.give_mnemonics()
        # the form's fields take their letters first; the orders filters take what is left
        self.order_form.sig_fields_rebuilt.connect(self.orders_pane.give_mnemonics)
        self.poller = Poller(self.ctx, self)
        self.poller.sig_orders_changed.connect(self.on_orders_changed)
        self.poller.sig_refills_changed.connect(self.on_orders_changed)
        self.poller.sig_balance.connect(self.on_poller_balance)
        self.poller.sig_state.connect(self.on_poller_state)
        self.poller.sig_cycle_finished.connect(self._update_active_count)
        self.notifier = TrayNotifier(self.ctx, self, self)
        self.notifier.sig_notice.connect(self.on_notice)
        # each balance against its panel's level: a warning once per crossing
        self._low_balance: LowBalanceMonitor | None = None  # made at the first balance read
        self._balances: BalancesWindow | None = None
        self.ctx.panel_keys.sig_key_known.connect(self.on_key_known)
        # the key-needed dialog: window-modal, non-blocking, one at a time
        self._key_dialog = ConnectDialogHolder(self, ctx, self.on_key_entered)
        self.poller.sig_status_transitions.connect(self.notifier.on_transitions)
        self._pending_again: OrderRecord | None = None
        self.changes_window: ChangesWindow | None = None
        self._pending_pick: tuple[int, int] | None = None  # (panel, service) from All panels
        self._all_panels: AllPanels | None = None
        self._compare: Comparing | None = None
        self._pending_values: dict[str, str] = {}  # link, quantity for a picked service's form
        self._online = True  # False from start(after_paint=True) until the first paint
        self._stopped = False  # shutdown() ran: nothing starts any more
        self._first_paint = _FirstPaint(self)
        self._opened_as: PanelRecord | None = None  # the open session's record when opened
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(30_000)
        self._age_timer.timeout.connect(self._refresh_catalog_age)
        self._age_timer.start()
        # the preferred first size, or less: the screen's available area minus the title bar;
        # on a big screen, most of it
        screen.fit_window(self, QSize(1280, 800), share=0.85)
        # muted text and focus rings, here and in dialogs: set once the window is built, so its
        # widgets are styled in one pass rather than again with each one added (~60 ms)
        theme.manager().style_window(self)
        self._restore_geometry()

    # -- construction ------------------------------------------------------------------------
    def _build_workspace(self) -> QWidget:
        workspace = Workspace(self.ctx, lambda: self.session, self)
        self.workspace = workspace
        # the panes, as the window's own (its slots and the tests reach them here)
        self.catalog_pane = workspace.catalog_pane
        self.details = workspace.details
        self.order_form = workspace.order_form
        self.orders_pane = workspace.orders_pane
        self.main_splitter = workspace.main_splitter
        self.right_splitter = workspace.right_splitter
        self.orders_splitter = workspace.orders_splitter
        self.catalog_pane.sig_service_selected.connect(self.on_service_selected)
        self.catalog_pane.sig_favourite_toggled.connect(self.on_favourite_toggled)
        self.catalog_pane.sig_retry_requested.connect(self.retry_catalog)
        self.catalog_pane.sig_compare_requested.connect(self.open_compare)
        self.order_form.sig_order_placed.connect(self.on_order_placed)
        self.orders_pane.sig_order_again.connect(self.on_order_again)
        self.orders_pane.sig_reconcile_requested.connect(self.on_reconcile_requested)
        # the orders' short lines ("Copied 2 links", "Refreshing 3 orders…") in the status bar
        self.orders_pane.order_actions.sig_status.connect(
            lambda text: self.statusBar().showMessage(text, 10_000)
        )
        return workspace

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        *,
        window_wide: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        if window_wide:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_quit = self._action(self.tr("&Quit"), self.close)
        self.act_quit.setShortcuts(quit_keys())  # the platform's Quit key is empty on Windows
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_connect = self._action(
            self.tr("&Connect a Panel…"),
            self.connect_panel,
            None,
            self.tr("Add a panel with its API URL and key"),
        )
        self.act_manage = self._action(
            self.tr("&Manage Panels…"),
            self.manage_panels,
            "Ctrl+Shift+P",
            self.tr("Add, edit, remove or switch panel profiles"),
        )
        self.act_demo = self._action(self.tr("Open the &Demo Panel"), self.open_demo)
        self.act_all_panels = self._action(
            self.tr("&All Panels…"),
            self.open_all_panels,
            "Ctrl+Shift+A",
            self.tr("Search the services of every panel at once"),
        )
        self.act_compare = self._action(
            self.tr("C&ompare Across Panels…"),
            self.open_compare,
            "Ctrl+Shift+S",
            self.tr("The selected service on every panel, side by side, cheapest first"),
        )
        self.act_refresh = self._action(
            self.tr("&Refresh"),
            self.refresh,
            QKeySequence.StandardKey.Refresh,
            self.tr("Fetch the service catalogue and the balance again"),
        )
        self.act_changes = self._action(
            self.tr("Catalogue &Changes…"),
            self.open_changes,
            "Ctrl+Shift+H",
            self.tr("What changed in the panels' catalogues: prices, limits, names, ids"),
        )
        self.act_search = self._action(
            self.tr("&Find Service"), self.focus_search, QKeySequence.StandardKey.Find
        )
        # The order form owns Ctrl+Enter (a second window-wide binding would make it ambiguous,
        # and neither would fire). The action carries the key only so menus show it in the
        # platform's (translated) notation: with WidgetShortcut context and added to no widget
        # but its menu, it is active only while that menu itself has the focus.
        self.act_place = self._action(
            self.tr("&Place Order"),
            self.place_order,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
            self.tr("Place the order in the form"),
            window_wide=False,
        )
        self.act_place.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_mass = self._action(
            self.tr("&Mass Order…"),
            self.open_mass_order,
            "Ctrl+M",
            self.tr("Place many orders at once from pasted lines"),
        )
        self.act_settings = self._action(self.tr("&Settings…"), self.open_settings)
        # the platform's Preferences key is empty on Linux and Windows: Ctrl+, everywhere
        self.act_settings.setShortcuts(settings_keys())
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_shortcuts = self._action(
            self.tr("&Keyboard Shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self.act_next_pane = self._action(
            self.tr("&Next Pane"), lambda: self.workspace.cycle_pane(1), "F6"
        )
        self.act_previous_pane = self._action(
            self.tr("Pre&vious Pane"), lambda: self.workspace.cycle_pane(-1), "Shift+F6"
        )
        self.act_reset_layout = self._action(self.tr("Reset &Layout"), self.reset_layout)
        self.act_spending = self._action(
            self.tr("&Spending…"),
            self.show_spending,
            "Ctrl+Shift+M",
            self.tr("What you spent, by day, week or month, per panel, service or platform"),
        )
        self.act_balances = self._action(
            self.tr("&Balances"),
            self.show_balances,
            "Ctrl+Shift+B",
            self.tr("Every panel's balance, recent spending and the total"),
        )
        self.act_about = self._action(self.tr("&About SMMDesk"), self.show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        panel_menu = bar.addMenu(self.tr("&Panel"))
        panel_menu.addAction(self.act_refresh)
        panel_menu.addAction(self.act_changes)
        panel_menu.addSeparator()
        panel_menu.addAction(self.act_connect)
        panel_menu.addAction(self.act_manage)
        panel_menu.addAction(self.act_demo)
        panel_menu.addSeparator()
        panel_menu.addAction(self.act_all_panels)
        panel_menu.addAction(self.act_compare)
        order_menu = bar.addMenu(self.tr("&Order"))
        order_menu.addAction(self.act_place)
        order_menu.addAction(self.act_mass)
        self.orders_menu = bar.addMenu(self.tr("O&rders"))
        fill_orders_menu(self.orders_menu, self.orders_pane.order_actions)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.act_balances)
        view_menu.addSeparator()
        view_menu.addAction(self.act_search)
        view_menu.addAction(self.act_next_pane)
        view_menu.addAction(self.act_previous_pane)
        view_menu.addSeparator()
        view_menu.addAction(self.act_spending)
        view_menu.addSeparator()
        view_menu.addAction(self.act_reset_layout)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)
        help_menu.addAction(self.act_about_qt)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Panel"), self)
        bar.setObjectName("panelToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addWidget(new_label(bar, self.tr("Panel:") + " "))  # the space: a gap before the box
        self.switcher = PanelSwitcher(self.ctx, parent=bar)
        self.switcher.setMinimumWidth(220)
        self.switcher.sig_switch_requested.connect(self.open_panel_id)
        bar.addWidget(self.switcher)
        bar.addAction(self.act_refresh)
        bar.addAction(self.act_manage)
        bar.addAction(self.act_all_panels)
        self.addToolBar(bar)
        self.toolbar = bar
        # Tab reaches the toolbar's buttons too (Qt makes them mouse-only)
        toolbar_actions = (self.act_refresh, self.act_manage, self.act_all_panels)
        buttons = [bar.widgetForAction(a) for a in toolbar_actions]
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # after the workspace, Tab goes on to the panel switcher and its buttons
        self.workspace.chain_tail = [self.switcher, *buttons]

    def _build_status_bar(self) -> None:
        self.status = PanelStatusBar(self)
        self.setStatusBar(self.status)
        # the labels the window updates (and tests read) directly
        self.panel_label = self.status.panel_label
        self.balance_label = self.status.balance_label
        self.catalog_label = self.status.catalog_label
        self.connection_label = self.status.connection_label
        # ...and last the status bar (the balance), before Tab wraps round to the search box
        self.workspace.chain_tail += list(self.status.labels())

    # -- panels ------------------------------------------------------------------------------
    @property
    def low_balance(self) -> LowBalanceMonitor:
        """The low-balance warning, made when the first balance is read (its module and the
        spending rules load then, not before the first paint)."""
        if self._low_balance is None:
            from smmdesk.gui.money.alerts import LowBalanceMonitor  # when first needed

            self._low_balance = LowBalanceMonitor(self.ctx, self)
            self._low_balance.sig_low.connect(self.notifier.on_low_balance)
        return self._low_balance

    def when_painted(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` on the GUI thread right after the window's first painted frame (at
        the event loop's next turn if that was already), so it never delays that frame."""
        self._first_paint.add(callback)

    def start(self, *, demo_if_new: bool = False, after_paint: bool = False) -> None:
        """Open the last used panel, or the welcome page (the demo directly if ``demo_if_new``).

        With ``after_paint`` (the app's start-up) only what is cached is shown now, the panel's
        saved catalogue and its orders, so the first frame is complete; reading the API keys,
        polling, the panels' network and the unfinished-mass-order question follow that frame
        (``go_online``)."""
        if after_paint:
            self._online = False
            self.ctx.tasks.hold()  # workers start after the first frame too
            self.when_painted(self.go_online)
        elif not self.poller.is_running():
            self.poller.start()
        panels = self.ctx.store.list_panels()
        last_id = self.ctx.settings.value("panel/last_id")
        target = next((p for p in panels if str(p.id) == str(last_id)), None)
        if target is None and panels:
            target = panels[0]
        if target is not None:
            self.open_panel(target)
        elif demo_if_new:
            self.open_demo()
        else:
            self._show_workspace(False)

    def _show_workspace(self, shown: bool) -> None:
        """The workspace (a panel is open) or the welcome page, with the chrome that fits."""
        self.stack.setCurrentIndex(_WORKSPACE if shown else _WELCOME)
        for action in (
            self.act_refresh,
            self.act_search,
            self.act_place,
            self.act_mass,
            self.act_next_pane,
            self.act_previous_pane,
        ):
            action.setEnabled(shown)
        self.orders_menu.menuAction().setVisible(shown)
        self.toolbar.setVisible(shown)
        self.status.set_panel_shown(shown)
        if not shown:
            self.setWindowTitle(smmdesk.APP_NAME)

    def open_demo(self) -> None:
        """Connect the demo panels (the first opens; the others wait in the switcher and in
        All panels)."""
        self.open_panel(ensure_demo_profiles(self.ctx)[0])

    def open_panel_id(self, panel_id: int) -> None:
        panel = self._panel_or_none(panel_id)
        if panel is not None:
            self.open_panel(panel)

    def _panel_or_none(self, panel_id: int) -> PanelRecord | None:
        return next((p for p in self.ctx.store.list_panels() if p.id == panel_id), None)

    def on_panel_connected(self, panel: PanelRecord) -> None:
        self.switcher.reload()
        self.open_panel(panel)

    def open_panel(self, panel: PanelRecord) -> None:
        if self.session is not None and self.session.panel.id == panel.id:
            self._show_workspace(True)
            return
        self._close_session()
        session = PanelSession(self.ctx, panel, self)
        session.sig_catalog_loaded.connect(self.on_catalog_loaded)
        session.sig_catalog_state.connect(self.catalog_label.setText)
        session.sig_catalog_problem.connect(self.on_catalog_problem)
        session.sig_catalog_changes.connect(self.on_catalog_changes)
        session.sig_balance.connect(self._show_balance)
        session.sig_connection.connect(self.on_connection)
        session.sig_key_needed.connect(self.on_key_needed)
        self.session = session
        self._opened_as = panel  # the record the session was opened with
        self.ctx.settings.setValue("panel/last_id", panel.id)
        self.ctx.store.touch_panel(panel.id)
        self.switcher.reload(panel.id)
        self.orders_pane.refresh_panels()  # a panel connected since the orders were loaded
        self.panel_label.setText(panel.name)
        self.setWindowTitle(f"{panel.name} — {smmdesk.APP_NAME}")
        self.catalog_pane.set_catalog(None, panel.currency or "")
        self.catalog_pane.show_notice("")
        self.on_service_selected(None)
        self._show_balance(None)
        self._show_workspace(True)
        session.open(online=self._online)
        if self._online:
            self._watch_panels()
        self.orders_pane.on_session_changed()
        self.sig_panel_opened.emit(session)
        if self._online:
            QTimer.singleShot(0, self._offer_interrupted_drafts)

    def go_online(self) -> None:
        """After the first paint (see ``start``): the HTTP stack is imported on a worker, the
        poller starts, the keys are read (on workers) and the open panel fetches."""
        if self._online or self._stopped:
            return
        self._online = True
        self.ctx.tasks.release()
        self.ctx.tasks.submit("import-http", import_http)
        if not self.poller.is_running():
            self.poller.start()
        if self.session is not None:
            self.session.go_online()
            self._watch_panels()
            QTimer.singleShot(0, self._offer_interrupted_drafts)

    def _close_session(self) -> None:
        if self.session is not None:
            session, self.session = self.session, None
            # an order or a batch still under way reports to the form first: the session
            # goes once it has nothing left to report
            session.sig_idle.connect(session.deleteLater)
            session.close()

    def connect_panel(self) -> None:
        from smmdesk.gui.panels.connect import ConnectDialog  # when first needed

        dialog = ConnectDialog(self.ctx, None, self)
        if dialog.exec() and dialog.result_panel is not None:
            self.on_panel_connected(dialog.result_panel)

    def manage_panels(self) -> None:
        dialog = PanelsDialog(self.ctx, self._current_id(), self)
        dialog.sig_switch_requested.connect(self.open_panel_id)
        dialog.sig_panels_changed.connect(self.on_panels_changed)
        dialog.sig_panel_removed.connect(self.on_panel_removed)
        dialog.exec()

    def _watch_panels(self) -> None:
        """Poll every profile with a key; the demo panel only while it is the open one (watching
        it would start the built-in demo for a user working on real panels; its orders wait on
        disk until it is opened again). Keys not read yet are read in the background (once per
        run); ``on_key_known`` then watches the panel."""
        for panel in self.ctx.store.list_panels():
            state = self.ctx.panel_keys.resolve(panel)
            if state is not None:
                self._watch_panel(panel, state)

    def _watch_panel(self, panel: PanelRecord, state: KeyState) -> None:
        demo_elsewhere = is_demo_url(panel.url) and panel.id != self._current_id()
        if demo_elsewhere or not state.usable:
            self.poller.unwatch(panel.id)  # a key-less panel is never polled
            return
        self.poller.watch_panel(panel)  # the gateway's target: none without a usable key

    def on_key_known(self, panel_id: int, state: KeyState) -> None:
        """A panel's key was read, stored or forgotten: poll it, or stop polling it."""
        panel = self._panel_or_none(panel_id)
        if panel is not None and panel.removed_at is None:
            self._watch_panel(panel, state)

    # -- a panel without a key ---------------------------------------------------------------
    def on_key_needed(self, state: KeyState) -> None:
        """The open panel has no usable key: say so, and ask for it (nothing is sent)."""
        session = self.session
        if session is None:
            return
        self.status.show_key_needed()
        self._key_dialog.open(session.panel, key_state=state)

    @property
    def key_dialog(self) -> ConnectDialog | None:
        """The dialog asking for the open panel's key, while it is open."""
        return self._key_dialog.dialog

    def on_key_entered(self, _panel: PanelRecord) -> None:
        """The key dialog checked and saved the panel (its key is already in use)."""
        self.on_panels_changed()

    def on_panels_changed(self) -> None:
        """Profiles were added or edited: the switcher follows, and an edited open panel is
        opened afresh when its address changed (its catalogue belongs to the old one)."""
        self.switcher.reload(self._current_id())
        self.orders_pane.refresh_panels()  # a new or renamed panel is named in the orders
        session, opened = self.session, self._opened_as
        panel = self._panel_or_none(session.panel.id) if session is not None else None
        if session is None or panel is None or opened is None:
            return
        if (panel.url, panel.user_agent) != (opened.url, opened.user_agent):
            self._close_session()
            self.open_panel(panel)
            return
        session.panel = panel
        self.panel_label.setText(panel.name)
        self.setWindowTitle(f"{panel.name} — {smmdesk.APP_NAME}")

    def _current_id(self) -> int | None:
        return self.session.panel.id if self.session is not None else None

    def on_panel_removed(self, panel_id: int) -> None:
        self.poller.unwatch(panel_id)
        self.orders_pane.refresh_panels()  # its orders stay, marked as a removed panel's
        if self._current_id() == panel_id:
            self._close_session()
            self.start()
        self.switcher.reload(self._current_id())

    # -- catalogue & form --------------------------------------------------------------------
    def on_catalog_loaded(self, catalog: Catalog, diff: CatalogDiff | None) -> None:
        assert self.session is not None
        self.catalog_pane.set_catalog(catalog, self.session.currency)
        if diff is not None and (diff.added or diff.removed or diff.rate_changes):
            self.statusBar().showMessage(
                self.tr("Catalogue updated: %1 added, %2 removed, %3 rate changes")
                .replace("%1", numbers.fmt_int(len(diff.added)))
                .replace("%2", numbers.fmt_int(len(diff.removed)))
                .replace("%3", numbers.fmt_int(len(diff.rate_changes))),
                15_000,
            )
        self.on_service_selected(self.catalog_pane.selected_service())
        if self._pending_again is not None and self._pending_again.panel_id == self._current_id():
            self._apply_order_again(self._pending_again)
        if self._pending_pick is not None and self._pending_pick[0] == self._current_id():
            self._apply_pick()

    def on_catalog_changes(self, panel_id: int, changes: Sequence[ServiceChange]) -> None:
        """A refresh recorded changes: watched services are announced, an open Changes
        window shows them."""
        self.notifier.on_catalog_changes(panel_id, changes)
        if self.changes_window is not None:
            self.changes_window.reload()

    def open_changes(self) -> ChangesWindow:
        """The catalogue history window (one per main window, non-modal)."""
        if self.changes_window is None:
            from smmdesk.gui.catalog.changes import ChangesWindow  # when first needed

            self.changes_window = ChangesWindow(self.ctx.store, None, self)
        else:
            self.changes_window.reload()
        self.changes_window.show()
        self.changes_window.raise_()
        self.changes_window.activateWindow()
        return self.changes_window

    def on_catalog_problem(self, problem: UnusableCatalogue | None) -> None:
        """The panel's service list was not used (the catalogue shown is kept), or it was."""
        if self.session is None or problem is None:
            self.catalog_pane.show_notice("")
            return
        self.catalog_pane.show_notice(self.session.catalog_problem_text(problem))

    def retry_catalog(self) -> None:
        """Ask the panel for its service list again (the catalogue notice's Retry)."""
        if self.session is not None:
            self.session.refresh_catalog()

    def open_mass_order(self) -> MassOrderDialog | None:
        """The mass-order dialog (non-modal: orders and the window stay usable during a run)."""
        if self.session is not None and self.session.ask_for_key():
            return None
        if self.session is None or self.session.catalog is None:
            self.statusBar().showMessage(self.tr("Wait for the service catalogue to load."), 5000)
            return None
        from smmdesk.gui.ordering.mass.dialog import MassOrderDialog  # when first needed

        dialog = MassOrderDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_orders_placed.connect(self.on_order_placed)
        dialog.show()
        return dialog

    def _offer_interrupted_drafts(self) -> None:
        if self.session is None or not self.ctx.store.count_orders(
            self.session.panel.id, states=(LocalState.DRAFT,), source="mass"
        ):
            return  # no queued mass-order line at all: the mass-order machinery stays unloaded
        from smmdesk.core.massorder import interrupted_drafts

        if not interrupted_drafts(self.ctx.store, self.session.panel.id):
            return
        if dialogs.confirm(
            self,
            self.tr("Unfinished mass order"),
            self.tr("A mass order was interrupted before all its lines were sent."),
            self.tr("Open the mass order window to review and send the remaining lines?"),
            ok_text=self.tr("Review lines"),
        ):
            self.open_mass_order()

    def on_service_selected(self, service: Service | None) -> None:
        currency = self.session.currency if self.session else ""
        catalog = self.session.catalog if self.session else None
        repeated = service is not None and catalog is not None and catalog.is_repeated(service.id)
        self.details.set_service(service, currency, repeated=repeated)
        self.order_form.set_service(service, currency)
        if service is not None and self.session is not None:
            self._count_deliveries(self.session.panel.id, service.id)

    def _count_deliveries(self, panel_id: int, service_id: int) -> None:
        """The service's delivery figures for the details pane, counted on a worker."""
        store, now = self.ctx.store, datetime.now(UTC)

        def count() -> ServiceDelivery | None:
            try:
                facts = store.delivery_facts(now, panel_id, service_id)
                return delivery_summary(facts, now)[0].get((panel_id, service_id))
            finally:
                store.close_thread_connection()

        def show(stats: ServiceDelivery | None) -> None:
            if isValid(self.details):  # the window may have closed while the worker counted
                self.details.set_delivery(service_id, stats)

        self.ctx.tasks.submit("delivery-stats", count, show)

    def on_favourite_toggled(self, service_id: int) -> None:
        if self.session is not None:
            self.session.toggle_favourite(service_id)
            self.catalog_pane.refresh_favourites()

    def on_order_placed(self, outcome: object) -> None:
        """A single order (Placement) or a mass run (list of Placement) finished."""
        placements = outcome if isinstance(outcome, list) else [outcome]
        ids = [p.local_id for p in placements if isinstance(p, Placement)]
        if ids:
            self.orders_pane.apply_changes(ids)
        if self.session is not None:
            self.session.refresh_balance()

    def on_orders_changed(self, _panel_id: int, local_ids: list[int]) -> None:
        self.orders_pane.apply_changes(local_ids)

    def on_poller_balance(self, panel_id: int, balance: Balance) -> None:
        self.low_balance.on_balance(panel_id, balance)
        if self.session is not None and self.session.panel.id == panel_id:
            self.session.set_balance(balance)

    def on_poller_state(self, panel_id: int, state: str, message: str) -> None:
        if panel_id == self._current_id():
            self.on_connection(state == "ok", message, state)

    def _update_active_count(self, *_args: object) -> None:
        self.notifier.set_active_count(self.ctx.store.count_orders(active_only=True))

    def on_notice(self, title: str, text: str) -> None:
        self.statusBar().showMessage(f"{title}: {text}", 15_000)

    def on_order_again(self, record: OrderRecord) -> None:
        """Open the form on the order's service, prefilled with what was sent."""
        if record.service_id is None:
            return
        if record.panel_id != self._current_id():
            self._pending_again = record
            self.open_panel_id(record.panel_id)
            return
        self._apply_order_again(record)

    # -- All panels ---------------------------------------------------------------------------
    def open_all_panels(self) -> AllPanelsDialog:
        """The All panels window (non-modal), made when first opened."""
        if self._all_panels is None:
            from smmdesk.gui.all_panels import AllPanels  # when first needed

            shared = self._compare.catalogues if self._compare is not None else None
            self._all_panels = AllPanels(self.ctx, self, self.pick_service, shared)
            self._all_panels.sig_compare.connect(self.compare_service)
            if shared is None:
                self._all_panels.catalogues.sig_catalog_changes.connect(self.on_catalog_changes)
        return self._all_panels.show()

    # -- Compare ------------------------------------------------------------------------------
    def open_compare(self) -> CompareDialog | None:
        """The selected service on every panel, with the link and quantity typed in its form."""
        service = self.catalog_pane.selected_service()
        if service is None or self.session is None:
            self.statusBar().showMessage(self.tr("Choose a service to compare first."), 10_000)
            return None
        values = self.order_form.values(raw=True)
        return self.compare_service(
            self.session.panel.id, service, values.get("link", ""), values.get("quantity", "")
        )

    def compare_service(
        self, panel_id: int, service: Service, link: str = "", quantity: str = ""
    ) -> CompareDialog:
        """The Compare window (one, non-modal), made when first opened, for ``service``."""
        if self._compare is None:
            from smmdesk.gui.compare import Comparing  # when first needed

            shared = self._all_panels.catalogues if self._all_panels is not None else None
            self._compare = Comparing(self.ctx, self, self.order_here, shared)
            if shared is None:
                self._compare.catalogues.sig_catalog_changes.connect(self.on_catalog_changes)
        return self._compare.show_for(panel_id, service, link, quantity)

    def order_here(self, panel_id: int, service_id: int, values: dict[str, str]) -> None:
        """Open ``service_id``'s form on ``panel_id`` with ``values`` (link, quantity) filled in."""
        self.pick_service(panel_id, service_id, values)

    def pick_service(
        self, panel_id: int, service_id: int, values: dict[str, str] | None = None
    ) -> None:
        """Open ``service_id``'s order form on ``panel_id`` (switching to that panel first),
        with ``values`` (link, quantity) filled in."""
        self._pending_values = dict(values or {})
        self._pending_pick = (panel_id, service_id)
        if panel_id != self._current_id():
            self.open_panel_id(panel_id)
        elif self.session is not None and self.session.catalog is not None:
            self._apply_pick()

    def _apply_pick(self) -> None:
        assert self._pending_pick is not None
        _panel_id, service_id = self._pending_pick
        self._pending_pick = None
        values, self._pending_values = self._pending_values, {}
        if not self.catalog_pane.select_service(service_id):
            self._no_longer_listed(service_id)
            return
        if values:
            self.order_form.prefill(values)
        self.raise_()
        self.activateWindow()
        self.order_form.focus_first_field()

    def _no_longer_listed(self, service_id: int | None) -> None:
        self.statusBar().showMessage(
            self.tr("Service %1 is no longer in this panel's catalogue.").replace(
                "%1", str(service_id)
            ),
            10_000,
        )

    def _apply_order_again(self, record: OrderRecord) -> None:
        self._pending_again = None
        if record.service_id is None or not self.catalog_pane.select_service(record.service_id):
            self._no_longer_listed(record.service_id)
            return
        self.order_form.prefill(record.params)

    def on_reconcile_requested(self, local_id: int) -> None:
        record = self.ctx.store.get_order(local_id)
        if self.session is None or record.panel_id != self.session.panel.id:
            self.open_panel_id(record.panel_id)
        if self.session is None:
            return
        from smmdesk.gui.ordering.reconcile import ReconcileDialog  # when first needed

        dialog = ReconcileDialog(self.session, local_id, self)
        dialog.sig_resolved.connect(lambda _record: self.orders_pane.apply_changes([local_id]))
        dialog.exec()

    def open_settings(self) -> None:
        from smmdesk.gui.settings_dialog import SettingsDialog  # when first needed

        dialog = SettingsDialog(self.ctx, self)
        dialog.sig_settings_changed.connect(self.on_settings_changed)
        dialog.exec()

    def on_settings_changed(self, keys: list[str]) -> None:
        if self._balances is not None and isValid(self._balances):
            self._balances.reload()  # the currency, the rates or a warning level may have changed
        if self._compare is not None:
            self._compare.rank()  # the user's currency or exchange rates may have changed
        if "poller/interval" in keys:
            # the settings dialog only saves a validated number of seconds
            self.poller.set_interval(float(str(self.ctx.settings.value("poller/interval"))))
        if "ui/digits" in keys:
            self.orders_pane.reload()
            if self.session is not None:
                if self.session.catalog is not None:
                    self.catalog_pane.set_catalog(self.session.catalog, self.session.currency)
                self.on_catalog_problem(self.session.catalog_problem)
                self._show_balance(self.session.balance)

    def focus_search(self) -> None:
        self.catalog_pane.focus_search()

    def place_order(self) -> None:
        if self.stack.currentIndex() == _WORKSPACE:
            self.order_form.place()

    def refresh(self) -> None:
        if self.session is not None:
            self.session.refresh_catalog()
            self.session.refresh_balance()

    def _refresh_catalog_age(self) -> None:
        if self.session is not None and self.session.catalog_fetched_at is not None:
            self.catalog_label.setText(self.session.catalog_age_text())

    # -- status bar --------------------------------------------------------------------------
    def _show_balance(self, balance: Balance | None) -> None:
        self.status.show_balance(balance)
        self.order_form.set_balance(balance)

    def on_connection(self, online: bool, message: str, state: str = "") -> None:
        self.status.show_connection(online, message, state)

    def warn_recovered(self, count: int) -> None:
        """Orders that were being sent when SMMDesk last stopped are now of unknown outcome."""
        dialogs.warning(
            self,
            self.tr("Orders with an unknown outcome"),
            self.tr(
                "SMMDesk was closed while %Ln orders were being sent. They may or may not "
                "have been placed: check them in the orders list before placing them again.",
                "",
                count,
            ),
        )

    # -- window ------------------------------------------------------------------------------
    def show_about(self) -> None:
        dialogs.about(
            self,
            self.tr("About SMMDesk"),
            self.tr(
                "<h3>SMMDesk %1</h3><p>A fast, safe desktop client for SMM panels (API v2).</p>"
                "<p>Your API keys are kept only in the system keyring.</p>"
            ).replace("%1", numbers.digits(smmdesk.__version__)),
        )

    def show_shortcuts(self) -> ShortcutsDialog:
        """F1: every key the window answers to, read from its menus as they are now."""
        from smmdesk.gui.widgets.shortcuts import ShortcutsDialog  # when first needed

        dialog = ShortcutsDialog(self.menuBar(), keys_in_lists(None, self.catalog_pane), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_spending(self) -> SpendingWindow:
        """The Spending window (one; raised when already open)."""
        from smmdesk.gui.money.spending import SpendingWindow  # when first needed (QtCharts)

        window = self.findChild(SpendingWindow)
        if window is None:
            window = SpendingWindow(self.ctx, self.orders_pane.model.visible_records, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.sig_status.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_balances(self) -> BalancesWindow:
        """Ctrl+Shift+B: the Balances window (one; raised when already open)."""
        from smmdesk.gui.money.view import BalancesWindow  # when first needed

        if self._balances is not None and isValid(self._balances):
            self._balances.reload()
        else:
            window = BalancesWindow(self.ctx, lambda: self.poller.refresh_now(), self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.poller.sig_balance.connect(window.on_balance)
            self._balances = window
        self._balances.show()
        self._balances.raise_()
        self._balances.activateWindow()
        return self._balances

    def reset_layout(self) -> None:
        self.workspace.reset_layout()

    def _restore_geometry(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            screen.clamp_to_screen(self)  # saved on a larger screen: brought inside this one
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.workspace.restore_layout(settings)

    def save_geometry(self) -> None:
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.workspace.save_layout(settings)
        settings.sync()

    def shutdown(self) -> None:
        """Stop everything that runs in the background for this window (within a second)."""
        self._stopped = True
        self.poller.stop()
        self._close_session()

    def confirm_quit(self) -> bool:
        """The one guard of every way to quit (this window's close, Ctrl+Q, the tray's Quit,
        the application's quit and the session manager): while orders, a mass-order run, or
        refill or cancel requests are in flight, ask first."""
        return confirm_quit(self, self.ctx.gateway.in_flight())

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab follow the workspace's one chain (catalogue, form, Place, orders,
        detail, panel toolbar, status bar), whatever order the widgets were made in."""
        if self.stack.currentIndex() == _WORKSPACE:
            target = self.workspace.next_in_chain(QApplication.focusWidget(), next)
            if target is not None:
                target.setFocus(
                    Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                )
                return True
        return super().focusNextPrevChild(next)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_quit():
            event.ignore()
            return
        self.save_geometry()
        self._close_session()
        super().closeEvent(event)
