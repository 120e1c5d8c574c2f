"""Notifications: a tray icon (where the platform has one) announcing finished orders, a low
balance (once per crossing of the panel's level, see ``money.alerts``), and favourite or
recently ordered services whose rate rose or that are gone; coalesced per poll or refresh,
muted by kind in the settings; without a tray, an in-window notice."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon, QWidget

from smmdesk.core.catalog_history import watch_alert, watched_services
from smmdesk.core.changes import ServiceChange
from smmdesk.core.models import Balance, OrderStatus
from smmdesk.core.store import StoreError
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets.announce import announce
from smmdesk.gui.widgets.icons import app_icon
from smmdesk.gui.widgets.plain import notification_text
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.changes import alert_text
from smmdesk.gui.wording.numbers import order_ref

__all__ = ["KINDS", "TrayNotifier", "mute_key"]

log = logging.getLogger(__name__)

#: notification kinds, each mutable in the settings
KINDS = ("completed", "partial", "canceled", "error", "low_balance", "watched_services")
_KIND_OF = {
    OrderStatus.COMPLETED: "completed",
    OrderStatus.PARTIAL: "partial",
    OrderStatus.CANCELED: "canceled",
    OrderStatus.ERROR: "error",
}
_WARNING_KINDS = frozenset({"partial", "canceled", "error", "low_balance", "watched_services"})
_MESSAGE_MS = 10_000
_STATUS_BAR_MS = 15_000
_IDS_SHOWN = 3  # order numbers named in a coalesced notification before "and N more"


def mute_key(kind: str) -> str:
    return f"notifications/mute/{kind}"


def _flag(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


class TrayNotifier(QObject):
    """Turns poller signals into notifications: connect ``Poller.sig_status_transitions`` to
    :meth:`on_transitions` and ``LowBalanceMonitor.sig_low`` to :meth:`on_low_balance`."""

    sig_notice = Signal(str, str)
    """(title, text): a notification was raised (shown in the tray, or in the window)."""

    def __init__(self, ctx: AppContext, window: QMainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self._ctx = ctx
        self._window = window
        self._active = 0
        self._tooltip = ""
        self._tray: QSystemTrayIcon | None = None
        self._tray_menu: QMenu | None = None
        # quitting from the tray closes the window, so the window's quit guard asks first
        self.act_quit = QAction(self.tr("Quit SMMDesk"), self)
        self.act_quit.triggered.connect(window.close)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(app_icon(), self)
            self._tray_menu = QMenu(window)
            show = QAction(self.tr("Show SMMDesk"), self._tray_menu)
            show.triggered.connect(self.show_window)
            self._tray_menu.addAction(show)
            self._tray_menu.addSeparator()
            self._tray_menu.addMenu(self.settings_menu(self._tray_menu))
            self._tray_menu.addSeparator()
            self._tray_menu.addAction(self.act_quit)
            self._tray.setContextMenu(self._tray_menu)
            self._tray.activated.connect(self._on_activated)
            self._tray.messageClicked.connect(self.show_window)
            self._tray.show()
        self.set_active_count(0)

    # -- state ---------------------------------------------------------------------------------
    @property
    def has_tray(self) -> bool:
        return self._tray is not None

    def tooltip(self) -> str:
        return self._tooltip

    def is_muted(self, kind: str) -> bool:
        return _flag(self._ctx.settings.value(mute_key(kind), False))

    def set_muted(self, kind: str, muted: bool) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown notification kind {kind!r}")
        self._ctx.settings.setValue(mute_key(kind), muted)

    # -- slots ---------------------------------------------------------------------------------
    @Slot(list)
    def on_transitions(self, transitions: Sequence[tuple[int, object, object]]) -> None:
        """One poll's status changes: one notification for all of them, not one per order."""
        counts: Counter[str] = Counter()
        ids: dict[str, list[int]] = {}
        for local_id, _old, new in transitions:
            kind = _KIND_OF.get(new) if isinstance(new, OrderStatus) else None
            if kind is None or self.is_muted(kind):
                continue
            counts[kind] += 1
            ids.setdefault(kind, []).append(local_id)
        if not counts:
            return
        warning = any(kind in _WARNING_KINDS for kind in counts)
        total = sum(counts.values())
        if total == 1:
            (kind,) = counts
            title = self._single_title(kind)
            text = self._describe(ids[kind][0])
        elif len(counts) == 1:
            (kind,) = counts
            title = self._many_title(kind, total)
            text = self._order_numbers(ids[kind])
        else:
            title = self.tr("%Ln orders finished", "", total)
            text = "\n".join(
                self._count_line(kind, counts[kind]) for kind in _KIND_ORDER if kind in counts
            )
        self._notify(title, text, warning)

    @Slot(int, object, object)
    def on_low_balance(self, panel_id: int, balance: Balance, level: Decimal) -> None:
        """A panel's balance just went under its warning level (``LowBalanceMonitor.sig_low``,
        once per crossing): say so, unless low-balance notices are muted."""
        if self.is_muted("low_balance"):
            return
        from smmdesk.gui.wording.balances import BalanceWords  # with the first warning

        title, text = BalanceWords.low(
            self._panel_name(panel_id), balance.amount, balance.currency, level
        )
        self._notify(title, text, True)

    @Slot(int, object)
    def on_catalog_changes(self, panel_id: int, changes: Sequence[ServiceChange]) -> None:
        """One refresh's catalogue changes: one notification naming the favourites and the
        services ordered lately whose rate rose or that are gone, if any."""
        if self.is_muted("watched_services"):
            return
        try:
            watched = watched_services(self._ctx.store, panel_id, datetime.now(UTC))
        except StoreError:
            return
        alert = watch_alert(changes, watched)
        if alert:
            title, text = alert_text(self._panel_name(panel_id), alert.rate_rises, alert.gone)
            self._notify(title, text, True)

    @Slot(int)
    def set_active_count(self, n: int) -> None:
        self._active = max(0, n)
        count = self.tr("%Ln active orders", "", self._active)
        self._tooltip = f"SMMDesk — {count}"
        if self._tray is not None:
            self._tray.setToolTip(self._tooltip)

    @Slot()
    def show_window(self) -> None:
        if self._window.isMinimized():
            self._window.showNormal()
        else:
            self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    def settings_menu(self, parent: QWidget | None = None) -> QMenu:
        """A "Notifications" menu: one checkbox per kind (unchecked = muted); each panel's
        low-balance level is set in Settings. The main window may add it to its own menus too."""
        menu = QMenu(self.tr("Notifications"), parent)
        for kind in KINDS:
            action = QAction(self._kind_label(kind), menu)
            action.setCheckable(True)
            action.setChecked(not self.is_muted(kind))
            action.setData(kind)
            action.toggled.connect(lambda on, k=kind: self.set_muted(k, not on))
            menu.addAction(action)
        return menu

    # -- internals -----------------------------------------------------------------------------
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    def _notify(self, title: str, text: str, warning: bool) -> None:
        self.sig_notice.emit(title, text)
        announce(self._window, f"{title}\n{text}", urgent=warning)
        if self._tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if warning
                else QSystemTrayIcon.MessageIcon.Information
            )
            self._tray.showMessage(
                notification_text(title), notification_text(text), icon, _MESSAGE_MS
            )
            return
        # No tray on this platform: the status bar carries the notice.
        summary = "; ".join(line for line in text.splitlines() if line)
        self._window.statusBar().showMessage(f"{title} — {summary}", _STATUS_BAR_MS)

    def _describe(self, local_id: int) -> str:
        try:
            order = self._ctx.store.get_order(local_id)
        except StoreError:
            return self.tr("Order %1").replace("%1", numbers.fmt_id(local_id))
        parts = [order_ref(order.panel_order_id or local_id)]
        # a service name may be Arabic and a link is Latin: each keeps its own direction
        if order.service_name:
            parts.append(isolate(order.service_name))
        if order.link:
            parts.append(isolate(order.link))
        return " · ".join(parts)

    def _order_numbers(self, local_ids: list[int]) -> str:
        shown: list[str] = []
        for local_id in local_ids[:_IDS_SHOWN]:
            try:
                number = self._ctx.store.get_order(local_id).panel_order_id or local_id
            except StoreError:
                number = local_id
            shown.append(order_ref(number))
        rest = len(local_ids) - len(shown)
        text = self.tr(", ", "list separator").join(shown)
        if rest:
            text = self.tr("%1 and %Ln more", "", rest).replace("%1", text)
        return text

    def _panel_name(self, panel_id: int) -> str:
        try:
            return self._ctx.store.get_panel(panel_id).name
        except StoreError:
            return self.tr("Panel %1").replace("%1", numbers.fmt_id(panel_id))

    def _kind_label(self, kind: str) -> str:
        return {
            "completed": self.tr("Order completed"),
            "partial": self.tr("Order partially completed"),
            "canceled": self.tr("Order canceled"),
            "error": self.tr("Order failed"),
            "low_balance": self.tr("Low balance"),
            "watched_services": self.tr("Favourite or recent service changed"),
        }[kind]

    def _single_title(self, kind: str) -> str:
        return self._kind_label(kind)

    def _many_title(self, kind: str, n: int) -> str:
        """Only for n >= 2 (one order gets its own description)."""
        return {
            "completed": self.tr("%Ln orders completed", "", n),
            "partial": self.tr("%Ln orders partially completed", "", n),
            "canceled": self.tr("%Ln orders canceled", "", n),
            "error": self.tr("%Ln orders failed", "", n),
        }[kind]

    def _count_line(self, kind: str, n: int) -> str:
        return {
            "completed": self.tr("%Ln completed", "", n),
            "partial": self.tr("%Ln partially completed", "", n),
            "canceled": self.tr("%Ln canceled", "", n),
            "error": self.tr("%Ln failed", "", n),
        }[kind]


_KIND_ORDER = ("completed", "partial", "canceled", "error")
