"""Notifications: coalesced per poll, muted by kind, low balance once per crossing; in the tray
where there is one (showMessage patched), in the window's status bar where there is none."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from smmdesk.core.models import Balance, OrderStatus
from smmdesk.core.polling import Transition
from smmdesk.gui import tray
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.tray import TrayNotifier, mute_key
from smmdesk.gui.wording import i18n, numbers

C, P, X, E = (OrderStatus.COMPLETED, OrderStatus.PARTIAL, OrderStatus.CANCELED, OrderStatus.ERROR)
RUNNING = OrderStatus.IN_PROGRESS
_BIDI_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def plain(text: str) -> str:
    """What the user reads: the text without its invisible bidi isolates."""
    return text.translate(_BIDI_ISOLATES)


@pytest.fixture(autouse=True)
def _us_english() -> Iterator[None]:
    """Numbers and money as en_US writes them, whatever the machine's locale."""
    numbers.set_preferences("en", "locale", QLocale("en_US"))
    yield
    numbers.set_preferences("en", "locale")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Any]:
    """Switch the UI language with its translation files (and back to plain English after).

    English plural forms ("1 active order") and the Arabic texts come from the shipped .qm
    files: they need issue 6 part 2b's strings merged into resources/translations."""

    def install(code: str) -> None:
        region = "EG" if code == "ar" else "US"
        i18n.install_translators(qapp, code, system=QLocale(f"{code}_{region}"))

    yield install
    i18n.install_translators(qapp, "en")  # English and left-to-right again, for later tests
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())
    numbers.set_preferences("en", "locale", QLocale("en_US"))


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    win = QMainWindow()
    qtbot.addWidget(win)
    win.statusBar()
    return win


@pytest.fixture
def panel_id(gui_ctx: AppContext) -> int:
    return gui_ctx.store.add_panel("Main panel", "https://panel.example/api/v2")


@pytest.fixture
def orders(gui_ctx: AppContext, panel_id: int) -> list[int]:
    """60 tracked orders, panel ids 5000..5059, service "IG Followers"."""
    store = gui_ctx.store
    with store.transaction():
        return [
            store.import_order(
                panel_id, 5000 + n, service_name="IG Followers", link=f"https://ig.test/{n}"
            )
            for n in range(60)
        ]


@pytest.fixture
def notifier(gui_ctx: AppContext, window: QMainWindow) -> TrayNotifier:
    made = TrayNotifier(gui_ctx, window)
    assert not made.has_tray  # offscreen has no system tray: the in-window path
    return made


@pytest.fixture
def notices(notifier: TrayNotifier) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    notifier.sig_notice.connect(lambda title, text: seen.append((title, text)))
    return seen


@pytest.fixture
def with_tray(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Pretend the platform has a tray; record showMessage calls instead of showing them."""
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda _self, *args: shown.append(args), raising=True
    )
    return shown


def completed(local_ids: list[int]) -> list[Transition]:
    return [Transition(i, RUNNING, C) for i in local_ids]


# -- no tray: the window shows the notice -----------------------------------------------------


def test_fifty_orders_completing_in_one_poll_make_one_notice(
    notifier: TrayNotifier, notices: list[tuple[str, str]], window: QMainWindow, orders: list[int]
) -> None:
    notifier.on_transitions(completed(orders[:50]))
    assert len(notices) == 1
    title, text = notices[0]
    assert title == "50 orders completed"
    assert text == "#5000, #5001, #5002 and 47 more"
    assert window.statusBar().currentMessage() == (
        "50 orders completed — #5000, #5001, #5002 and 47 more"
    )


def test_one_order_is_named_with_its_number_service_and_link(
    notifier: TrayNotifier, notices: list[tuple[str, str]], window: QMainWindow, orders: list[int]
) -> None:
    notifier.on_transitions([Transition(orders[7], RUNNING, P)])
    assert [(title, plain(text)) for title, text in notices] == [
        ("Order partially completed", "#5007 · IG Followers · https://ig.test/7")
    ]
    # an Arabic service name must not pull the link or the number to its side
    assert notices[0][1] == "#5007 · \u2068IG Followers\u2069 · \u2068https://ig.test/7\u2069"
    assert "Order partially completed — #5007" in window.statusBar().currentMessage()


def test_mixed_outcomes_are_one_notice_with_a_line_per_kind(
    notifier: TrayNotifier, notices: list[tuple[str, str]], orders: list[int]
) -> None:
    moves = [
        *completed(orders[:3]),
        Transition(orders[3], RUNNING, X),
        Transition(orders[4], None, E),
        Transition(orders[5], RUNNING, P),
        Transition(orders[6], OrderStatus.PENDING, RUNNING),  # not worth a notification
    ]
    notifier.on_transitions(moves)
    assert notices == [
        ("6 orders finished", "3 completed\n1 partially completed\n1 canceled\n1 failed")
    ]


def test_progress_alone_raises_no_notice(
    notifier: TrayNotifier, notices: list[tuple[str, str]], window: QMainWindow, orders: list[int]
) -> None:
    notifier.on_transitions([Transition(i, OrderStatus.PENDING, RUNNING) for i in orders])
    notifier.on_transitions([])
    assert notices == []
    assert window.statusBar().currentMessage() == ""


def test_muted_kinds_are_left_out_and_the_setting_is_kept(
    gui_ctx: AppContext, notifier: TrayNotifier, notices: list[tuple[str, str]], orders: list[int]
) -> None:
    notifier.set_muted("completed", True)
    assert gui_ctx.settings.value(mute_key("completed")) in (True, "true")
    notifier.on_transitions(completed(orders[:10]))
    assert notices == []
    notifier.on_transitions([*completed(orders[:10]), Transition(orders[20], RUNNING, X)])
    assert [(title, plain(text)) for title, text in notices] == [
        ("Order canceled", "#5020 · IG Followers · https://ig.test/20")
    ]
    with pytest.raises(ValueError, match="unknown notification kind"):
        notifier.set_muted("everything", True)


def test_low_balance_is_said_unless_muted(
    notifier: TrayNotifier, notices: list[tuple[str, str]], panel_id: int
) -> None:
    """The tray says what ``LowBalanceMonitor`` found (once per crossing: see
    tests/gui/test_balances_window.py and tests/core/test_balances.py)."""
    notifier.on_low_balance(panel_id, Balance(Decimal("9.5"), "USD"), Decimal("10"))
    assert [(title, plain(text)) for title, text in notices] == [
        (
            "Low balance",
            "Main panel: the balance is USD\u00a09.50, under the warning level of USD\u00a010.00.",
        )
    ]
    notifier.set_muted("low_balance", True)
    notifier.on_low_balance(panel_id, Balance(Decimal("1"), "USD"), Decimal("10"))
    assert len(notices) == 1


def test_tooltip_counts_active_orders(notifier: TrayNotifier, language: Any) -> None:
    language("en")  # English plural forms come from smmdesk_en.qm
    notifier.set_active_count(0)
    assert notifier.tooltip() == "SMMDesk — 0 active orders"
    notifier.set_active_count(1)
    assert notifier.tooltip() == "SMMDesk — 1 active order"
    notifier.set_active_count(1234)
    assert notifier.tooltip() == "SMMDesk — 1,234 active orders"


def test_arabic_plurals_and_digits(
    notifier: TrayNotifier, language: Any, orders: list[int]
) -> None:
    """Arabic has six plural forms; counts are written in Arabic-Indic digits.
    (Needs the Arabic texts of issue 6 part 2b in resources/translations/smmdesk_ar.qm.)"""
    language("ar")
    tooltips = {}
    for n in (0, 1, 2, 5, 11, 100):
        notifier.set_active_count(n)
        tooltips[n] = notifier.tooltip().removeprefix("SMMDesk — ")
    assert tooltips == {
        0: "لا توجد طلبات نشطة",
        1: "طلب نشط واحد",
        2: "طلبان نشطان",
        5: "٥ طلبات نشطة",
        11: "١١ طلبًا نشطًا",
        100: "١٠٠ طلب نشط",
    }
    seen: list[tuple[str, str]] = []
    notifier.sig_notice.connect(lambda title, text: seen.append((title, text)))
    notifier.on_transitions(completed(orders[:12]))
    assert seen[0][0] == "اكتمل ١٢ طلبًا"
    # order numbers in the same digits as the counts
    assert seen[0][1] == "#٥٠٠٠، #٥٠٠١، #٥٠٠٢ و٩ طلبات أخرى"


def test_settings_menu_mutes_by_kind_and_sets_the_level(
    gui_ctx: AppContext,
    notifier: TrayNotifier,
    window: QMainWindow,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    menu = notifier.settings_menu(window)
    kinds = {a.data(): a for a in menu.actions() if a.isCheckable()}
    assert set(kinds) == set(tray.KINDS)
    assert all(a.isChecked() for a in kinds.values())
    kinds["error"].setChecked(False)
    assert notifier.is_muted("error")
    assert not notifier.is_muted("partial")
    again = {a.data(): a.isChecked() for a in notifier.settings_menu(window).actions()}
    assert again["error"] is False
    assert again["partial"] is True

    # each panel's level is set in Settings: the menu holds only the kinds
    assert [a for a in menu.actions() if not a.isCheckable() and not a.isSeparator()] == []

    # the menu holds in right-to-left too (Arabic)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        rtl = notifier.settings_menu(window)
        rtl.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitExposed(rtl)
        assert rtl.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert rtl.sizeHint().width() > 100
        rtl.close()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# -- a tray: the same texts go to showMessage -------------------------------------------------


def test_with_a_tray_fifty_completions_are_one_message(
    gui_ctx: AppContext, window: QMainWindow, orders: list[int], with_tray: list[tuple[Any, ...]]
) -> None:
    notifier = TrayNotifier(gui_ctx, window)
    assert notifier.has_tray
    notifier.on_transitions(completed(orders[:50]))
    assert len(with_tray) == 1
    title, text, icon, _ms = with_tray[0]
    assert (title, text) == ("50 orders completed", "#5000, #5001, #5002 and 47 more")
    assert icon == QSystemTrayIcon.MessageIcon.Information
    assert window.statusBar().currentMessage() == ""  # the tray carries it

    notifier.on_transitions([Transition(orders[1], RUNNING, X), *completed(orders[2:4])])
    title, text, icon, _ms = with_tray[1]
    assert title == "3 orders finished"
    assert text == "2 completed\n1 canceled"
    assert icon == QSystemTrayIcon.MessageIcon.Warning

    notifier.set_active_count(42)
    assert notifier.tooltip() == "SMMDesk — 42 active orders"


def test_with_a_tray_show_window_restores_a_minimized_window(
    gui_ctx: AppContext, window: QMainWindow, with_tray: list[tuple[Any, ...]], qtbot: QtBot
) -> None:
    notifier = TrayNotifier(gui_ctx, window)
    window.showMinimized()
    notifier.show_window()
    qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized())
