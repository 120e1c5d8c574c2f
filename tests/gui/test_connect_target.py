"""The connect dialog sends a key only where the user chose: no address is prefilled, known
panels are picked by name, the host the key goes to is shown as the URL is typed, and http://
to anything but this computer needs an explicit tick before any request is made."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smmdesk.core.models import Balance
from smmdesk.gui.panels import connect as panel_dialogs
from smmdesk.gui.panels.connect import ConnectDialog
from smmdesk.gui.panels.known import SMMPANS_API_URL
from smmdesk.gui.runtime.context import DEMO_URL, AppContext
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SandboxPanel

WAIT_MS = 15_000
# isolates around hosts keep their direction inside translated sentences
_BIDI_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def plain(text: str) -> str:
    return text.translate(_BIDI_ISOLATES)


class CheckDoor:
    """Stands in for panel_dialogs.check_panel (the one request a check makes): records where
    a key would have gone, answers like a panel with a balance."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str, key: str, *args: Any) -> Balance:
        self.urls.append(url)
        return Balance(Decimal("10"), "USD")


@pytest.fixture
def door(monkeypatch: pytest.MonkeyPatch) -> CheckDoor:
    recorder = CheckDoor()
    monkeypatch.setattr(panel_dialogs, "check_panel", recorder)
    return recorder


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(dialogs, kind, lambda *args, **kw: None)


def new_dialog(qtbot: QtBot, ctx: AppContext) -> ConnectDialog:
    dialog = ConnectDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_new_connection_starts_with_no_address_and_enter_sends_nothing(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel, door: CheckDoor
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    assert dialog.url_edit.text() == ""
    assert dialog.focusWidget() is dialog.url_edit, "the first thing asked is the address"
    assert dialog.known_box.currentIndex() == -1, "no known panel is chosen for the user"
    assert "Enter the API URL" in dialog.host_label.text()
    # the user pastes a key and presses Enter out of habit
    dialog.key_edit.setFocus()
    qtbot.keyClicks(dialog.key_edit, sandbox_panel.api_key)
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    assert not dialog.busy
    assert dialog.isVisible()
    assert "Enter the panel's API URL" in dialog.status_label.text()
    assert door.urls == []
    assert gui_ctx.tasks.active() == 0
    assert sum(sandbox_panel.received.values()) == 0


def test_picking_a_known_panel_fills_its_documented_url(
    qtbot: QtBot, gui_ctx: AppContext, door: CheckDoor
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    labels = [plain(dialog.known_box.itemText(i)) for i in range(dialog.known_box.count())]
    assert labels == [f"smmpans.com — {SMMPANS_API_URL}", "Built-in demo panel"]
    assert SMMPANS_API_URL == "https://smmpans.com/api/v1"
    dialog.known_box.pick(SMMPANS_API_URL)
    assert dialog.url_edit.text() == SMMPANS_API_URL
    assert dialog.name_edit.text() == "smmpans.com"
    assert plain(dialog.host_label.text()) == "Your key will be sent to: smmpans.com"
    assert dialog.focusWidget() is dialog.key_edit, "the address is chosen: the key comes next"
    assert door.urls == []


def test_picking_the_demo_opens_it_without_sending_a_key(
    qtbot: QtBot, gui_ctx: AppContext, door: CheckDoor
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    dialog.key_edit.setText("a-key-typed-before")
    dialog.known_box.pick(DEMO_URL)
    assert not dialog.key_edit.isEnabled()
    assert not dialog.url_edit.isEnabled()
    assert "needs no key" in dialog.host_label.text()
    assert dialog.check_button.text() == "Open the demo panel"
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.result_panel is not None
    assert dialog.result_panel.url == DEMO_URL
    assert door.urls == []
    # the demo picked by mistake: picking the real panel brings the form back
    again = new_dialog(qtbot, gui_ctx)
    again.known_box.pick(DEMO_URL)
    again.known_box.pick(SMMPANS_API_URL)
    assert again.key_edit.isEnabled()
    assert again.check_button.text() == "Check && save"


@pytest.mark.parametrize(
    ("typed", "host"),
    [
        ("panel.example.com/api/v2", "panel.example.com"),
        ("https://Panel.Example.com:8443/api/v2", "panel.example.com:8443"),
        ("http://127.0.0.1:8080/api/v2", "127.0.0.1:8080"),
        ("https://bücher.example/api/v2", "bücher.example (xn--bcher-kva.example)"),
        ("https://user:pw@evil.example@good.example/api", "good.example"),
    ],
)
def test_the_host_line_names_where_the_key_goes_as_the_url_is_typed(
    qtbot: QtBot, gui_ctx: AppContext, typed: str, host: str
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    assert dialog.host_label.textFormat() == Qt.TextFormat.PlainText
    dialog.url_edit.clear()
    for char in typed:  # as typed: QTest's key clicks know only ASCII keys
        dialog.url_edit.insert(char)
    assert plain(dialog.host_label.text()) == f"Your key will be sent to: {host}"
    dialog.url_edit.clear()
    assert "Enter the API URL" in dialog.host_label.text()


def test_http_to_another_host_is_refused_until_the_box_is_ticked(
    qtbot: QtBot, gui_ctx: AppContext, door: CheckDoor, quiet: None
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    assert not dialog.unencrypted_box.isVisible()
    # TEST-NET-1: no such server; the point is that no request is even attempted
    url = "http://192.0.2.10/api/v2"
    dialog.url_edit.setText(url)
    dialog.key_edit.setText("a-real-looking-key")
    assert dialog.unencrypted_box.isVisible()
    assert not dialog.unencrypted_box.isChecked()
    assert dialog.unencrypted_box.text() == "Send my key unencrypted"
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy
    assert door.urls == []
    assert gui_ctx.tasks.active() == 0
    assert "not encrypted" in dialog.status_label.text()
    assert gui_ctx.store.list_panels() == []

    dialog.unencrypted_box.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert door.urls == [url]
    # a tick is for the address it was given to: another http address needs its own
    second = new_dialog(qtbot, gui_ctx)
    second.url_edit.setText(url)
    second.unencrypted_box.setChecked(True)
    second.url_edit.setText("https://192.0.2.10/api/v2")
    second.url_edit.setText("http://192.0.2.11/api/v2")
    assert not second.unencrypted_box.isChecked()


def test_http_to_the_loopback_sandbox_needs_no_tick(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel, quiet: None
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    assert sandbox_panel.url.startswith("http://127.0.0.1:")
    dialog.url_edit.setText(sandbox_panel.url)
    dialog.key_edit.setText(sandbox_panel.api_key)
    assert not dialog.unencrypted_box.isVisible()
    assert not dialog.url_warning_label.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.result_panel is not None
    assert dialog.result_panel.url == sandbox_panel.url
    assert sandbox_panel.received["balance"] == 1
