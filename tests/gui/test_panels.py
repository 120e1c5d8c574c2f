"""Connecting, editing, removing and switching panel profiles, against the real sandbox."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from smmdesk.core.errors import (
    AnswerKind,
    BadResponse,
    OutcomeUnknown,
    PanelRejected,
    TransportCause,
    TransportError,
    UnknownCause,
)
from smmdesk.core.secrets import KeyStore
from smmdesk.gui.panels.connect import ConnectDialog
from smmdesk.gui.panels.connect_check import describe_check_error
from smmdesk.gui.panels.manage import PanelListModel, PanelsDialog, PanelSwitcher
from smmdesk.gui.panels.profiles import ensure_demo_profile
from smmdesk.gui.runtime.context import DEMO_URL, AppContext
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording import i18n, numbers
from smmdesk.gui.wording.errors import describe_error, error_reason
from smmdesk.sandbox import SandboxPanel

KEY = "test-key-123"
# isolates around names, hosts and URLs keep their direction inside translated sentences
_BIDI_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def plain(text: str) -> str:
    """What the user reads: the text without its invisible bidi isolates."""
    return text.translate(_BIDI_ISOLATES)


class DialogRecorder:
    """Stands in for the dialogs module: records every message, answers confirm() as told."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.confirm_answer = True

    def texts(self, kind: str) -> list[str]:
        return [text for k, text, _details in self.calls if k == kind]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()

    def make(kind: str) -> Any:
        def record(_parent: Any, _title: str, text: str, details: str = "", **_kw: Any) -> Any:
            recorder.calls.append((kind, text, details))
            return recorder.confirm_answer if kind == "confirm" else None

        return record

    for kind in ("info", "warning", "error", "confirm"):
        monkeypatch.setattr(dialogs, kind, make(kind))
    return recorder


def check(qtbot: Any, dialog: ConnectDialog, url: str | None, key: str, name: str = "") -> None:
    """Fill the dialog like a user and press "Check & save"; wait until the answer is handled."""
    if url is not None:
        dialog.url_edit.setText(url)
    if name:
        dialog.name_edit.setText(name)
    dialog.key_edit.setText(key)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.busy, "the check must run in the background"
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def shop_page() -> Iterator[str]:
    """A web site's home page: what users paste when they copy the panel's address, not its API."""

    class Handler(BaseHTTPRequestHandler):
        def _page(self) -> None:
            body = b"<!DOCTYPE html><html><head><title>Best SMM Panel</title></head></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self._page()

        do_GET = _page

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


def new_dialog(qtbot: Any, ctx: AppContext, panel: Any = None) -> ConnectDialog:
    dialog = ConnectDialog(ctx, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# -- connecting ---------------------------------------------------------------------------------


def test_good_key_stores_profile_and_keeps_key_out_of_files(
    qtbot: Any,
    gui_ctx: AppContext,
    sandbox_panel: SandboxPanel,
    memory_keyring: Any,
    shown: DialogRecorder,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = new_dialog(qtbot, gui_ctx)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        check(qtbot, dialog, sandbox_panel.url, KEY, name="My panel")

    panel = dialog.result_panel
    assert panel is not None
    assert (panel.name, panel.url, panel.currency) == ("My panel", sandbox_panel.url, "USD")
    assert [p.id for p in gui_ctx.store.list_panels()] == [panel.id]
    assert memory_keyring.items == {
        (memory_keyring_service(memory_keyring), f"panel-{panel.id}"): KEY
    }
    assert gui_ctx.keys.get(f"panel-{panel.id}") == KEY
    assert sandbox_panel.received["balance"] == 1
    assert shown.calls == []

    gui_ctx.settings.sync()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name.startswith("smmdesk.sqlite3") for p in files)
    for path in files:
        assert KEY.encode() not in path.read_bytes(), f"the key leaked into {path.name}"
    assert all(KEY not in record.getMessage() for record in caplog.records)


def memory_keyring_service(backend: Any) -> str:
    """The keyring service name KeyStore uses (whatever it is, there must be exactly one)."""
    services: set[str] = {service for service, _user in backend.items}
    assert len(services) == 1
    return next(iter(services))


def test_bad_key_says_so_and_stores_nothing(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel, memory_keyring: Any
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    check(qtbot, dialog, sandbox_panel.url, "wrong-key-999")
    assert "The panel refused this API key" in dialog.status_label.text()
    assert "wrong-key-999" not in dialog.status_label.text()
    assert dialog.isVisible()
    assert dialog.result_panel is None
    assert gui_ctx.store.list_panels() == []
    assert memory_keyring.items == {}
    # the user fixes the key and the same dialog succeeds
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        check(qtbot, dialog, None, KEY)
    assert len(gui_ctx.store.list_panels()) == 1


def test_wrong_path_answering_a_web_page_is_explained(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    check(qtbot, dialog, sandbox_panel.url.replace("/api/v2", "/dashboard"), KEY)
    assert "answered with a web page, not the panel API" in dialog.status_label.text()
    assert gui_ctx.store.list_panels() == []


def test_site_home_page_instead_of_api_is_explained(
    qtbot: Any, gui_ctx: AppContext, shop_page: str
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    check(qtbot, dialog, shop_page, KEY)
    assert "answered with a web page, not the panel API" in dialog.status_label.text()
    assert gui_ctx.store.list_panels() == []


def test_firewall_page_mentions_firewall_and_user_agent(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> None:
    sandbox_panel.faults.inject("html", "balance")
    dialog = new_dialog(qtbot, gui_ctx)
    check(qtbot, dialog, sandbox_panel.url, KEY)
    text = dialog.status_label.text()
    assert "firewall" in text
    assert "User-Agent" in text
    assert dialog.user_agent_edit.isVisible(), "the User-Agent field is shown to fix it"
    assert gui_ctx.store.list_panels() == []


def test_custom_user_agent_is_sent_and_stored(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel, shown: DialogRecorder
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    assert not dialog.user_agent_edit.isVisible(), "advanced settings start collapsed"
    qtbot.mouseClick(dialog.advanced_button, Qt.MouseButton.LeftButton)
    assert dialog.user_agent_edit.isVisible()
    dialog.user_agent_edit.setText("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0")
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        check(qtbot, dialog, sandbox_panel.url, KEY)
    assert dialog.result_panel is not None
    assert dialog.result_panel.user_agent == "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"


def test_refused_port_says_could_not_reach(qtbot: Any, gui_ctx: AppContext) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    check(qtbot, dialog, f"http://127.0.0.1:{free_port()}/api/v2", KEY)
    assert "Could not reach 127.0.0.1" in plain(dialog.status_label.text())
    # the host is isolated so it reads whole inside an Arabic sentence
    assert "\u2066127.0.0.1\u2069" in dialog.status_label.text()
    assert gui_ctx.store.list_panels() == []


def test_slow_panel_times_out_with_a_message_and_dialog_stays_usable(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ConnectDialog, "READ_TIMEOUT", 0.3)
    sandbox_panel.faults.inject("latency", "balance", delay=5.0)
    dialog = new_dialog(qtbot, gui_ctx)
    check(qtbot, dialog, sandbox_panel.url, KEY)
    assert "took too long" in dialog.status_label.text()
    assert dialog.check_button.isEnabled()
    assert dialog.url_edit.isEnabled()
    assert gui_ctx.store.list_panels() == []


def test_cancel_during_check_saves_nothing(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> None:
    sandbox_panel.faults.inject("latency", "balance", delay=0.5)
    dialog = new_dialog(qtbot, gui_ctx)
    dialog.url_edit.setText(sandbox_panel.url)
    dialog.key_edit.setText(KEY)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert not dialog.check_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=10_000)
    # the worker posts its result before it counts as done: this delivers it, if it were kept
    QApplication.processEvents()
    assert gui_ctx.store.list_panels() == []
    assert dialog.result_panel is None


# -- the form -----------------------------------------------------------------------------------


def test_defaults_name_from_host_and_https_is_added(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    assert (dialog.url_edit.text(), dialog.name_edit.text()) == ("", ""), "no address chosen"
    dialog.url_edit.setText("  www.example-panel.net/api/v2 ")
    assert dialog.name_edit.text() == "example-panel.net"
    qtbot.keyClicks(dialog.name_edit, " mine")
    dialog.url_edit.setText("other.com/api/v2")
    assert dialog.name_edit.text() == "example-panel.net mine", "a typed name is not overwritten"
    # no key yet: the URL is normalised, nothing is sent
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.url_edit.text() == "https://other.com/api/v2"
    assert not dialog.busy
    assert "Enter the API key" in dialog.status_label.text()


def test_url_with_key_in_query_is_refused_before_sending(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    dialog.url_edit.setText(f"{sandbox_panel.url}?key={KEY}")
    dialog.key_edit.setText(KEY)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy
    assert "contains the API key" in dialog.status_label.text()
    assert sandbox_panel.received["balance"] == 0


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_wrapped_messages_are_never_clipped(
    qtbot: Any, gui_ctx: AppContext, direction: Qt.LayoutDirection
) -> None:
    dialog = ConnectDialog(gui_ctx)
    dialog.setLayoutDirection(direction)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.advanced_button, Qt.MouseButton.LeftButton)
    dialog.url_edit.setText("http://panel.example.com/api/v2?key=abc&x=1")
    dialog.key_edit.setText(KEY)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.url_warning_label.isVisible()
    assert dialog.status_label.text()
    dialog.resize(dialog.width(), 50)  # the user drags the window as small as it goes
    dialog.grab()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_show_hide_toggles_echo_mode(qtbot: Any, gui_ctx: AppContext) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.show_key_button.accessibleName() == "Show API key"
    qtbot.mouseClick(dialog.show_key_button, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.show_key_button.accessibleName() == "Hide API key"
    qtbot.mouseClick(dialog.show_key_button, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password


def test_http_warning_only_for_non_loopback(qtbot: Any, gui_ctx: AppContext) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    assert not dialog.url_warning_label.isVisible()
    dialog.url_edit.setText("http://panel.example.com/api/v2")
    assert dialog.url_warning_label.isVisible()
    assert "not encrypted (http)" in dialog.url_warning_label.text()
    for safe in ("http://127.0.0.1:8080/api/v2", "http://localhost/api/v2", "https://a.com/api"):
        dialog.url_edit.setText(safe)
        assert not dialog.url_warning_label.isVisible(), safe


# -- the keyring --------------------------------------------------------------------------------


def test_no_secure_keyring_keeps_key_for_session_and_says_so(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel, shown: DialogRecorder
) -> None:
    # memory_keyring's teardown restores the previous backend
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    gui_ctx.keys = KeyStore()
    dialog = new_dialog(qtbot, gui_ctx)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        check(qtbot, dialog, sandbox_panel.url, KEY)
    panel = dialog.result_panel
    assert panel is not None
    warnings = shown.texts("warning")
    assert len(warnings) == 1
    assert "No secure keyring is available on this system" in warnings[0]
    assert "this session only" in warnings[0]
    assert gui_ctx.panel_keys.key(panel.id) == KEY

    panels = PanelsDialog(gui_ctx, panel.id)
    qtbot.addWidget(panels)
    key_cell = panels.model.index(0, PanelListModel.KEY)
    assert key_cell.data() == "this session only"


def test_edit_keeps_stored_key_when_left_empty(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel, shown: DialogRecorder
) -> None:
    dialog = new_dialog(qtbot, gui_ctx)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        check(qtbot, dialog, sandbox_panel.url, KEY, name="First")
    panel = dialog.result_panel
    assert panel is not None

    edit = new_dialog(qtbot, gui_ctx, panel)
    assert edit.key_edit.text() == ""
    assert "leave empty to keep" in edit.key_edit.placeholderText()
    assert (edit.name_edit.text(), edit.url_edit.text()) == ("First", sandbox_panel.url)
    with qtbot.waitSignal(edit.accepted, timeout=15_000):
        check(qtbot, edit, None, "", name="Renamed")
    assert gui_ctx.store.get_panel(panel.id).name == "Renamed"
    assert gui_ctx.keys.get(f"panel-{panel.id}") == KEY
    assert sandbox_panel.received["balance"] == 2, "the stored key was checked again"


@pytest.mark.parametrize("elsewhere", ["https://elsewhere.example/api/v2", "same-port-changed"])
def test_edit_to_another_host_or_port_requires_the_key_again(
    qtbot: Any,
    gui_ctx: AppContext,
    sandbox_panel: SandboxPanel,
    shown: DialogRecorder,
    elsewhere: str,
) -> None:
    panel_id = gui_ctx.store.add_panel("P", sandbox_panel.url, currency="USD")
    gui_ctx.panel_keys.store(panel_id, KEY)
    if elsewhere == "same-port-changed":  # the same host name, another server behind it
        port = urlsplit(sandbox_panel.url).port
        elsewhere = sandbox_panel.url.replace(f":{port}/", f":{port + 1}/")
    edit = new_dialog(qtbot, gui_ctx, gui_ctx.store.get_panel(panel_id))
    edit.url_edit.setText(elsewhere)
    qtbot.mouseClick(edit.check_button, Qt.MouseButton.LeftButton)
    assert not edit.busy, "nothing was sent"
    assert "enter its API key" in edit.status_label.text()
    assert sandbox_panel.received.get("balance", 0) == 0


# -- the demo profile ---------------------------------------------------------------------------


def test_ensure_demo_profile_is_idempotent(gui_ctx: AppContext) -> None:
    first = ensure_demo_profile(gui_ctx)
    second = ensure_demo_profile(gui_ctx)
    assert first.id == second.id
    assert first.url == DEMO_URL
    assert first.name == "Demo panel"
    assert [p.url for p in gui_ctx.store.list_panels()] == [DEMO_URL]
    assert gui_ctx.panel_keys.resolve(first) is KeyState.NOT_NEEDED
    assert gui_ctx.panel_keys.key(first.id) is not None


# -- managing profiles --------------------------------------------------------------------------


def add_profile(ctx: AppContext, name: str, url: str, key: str | None) -> int:
    panel_id = ctx.store.add_panel(name, url, currency="USD")
    if key is not None:
        ctx.keys.set(f"panel-{panel_id}", key)
    return panel_id


def test_panels_dialog_lists_profiles_with_key_state(
    qtbot: Any, qtmodeltester: Any, gui_ctx: AppContext
) -> None:
    demo = ensure_demo_profile(gui_ctx)
    with_key = add_profile(gui_ctx, "Alpha", "https://alpha.example/api/v2", KEY)
    add_profile(gui_ctx, "Beta", "https://beta.example/api/v2", None)
    dialog = PanelsDialog(gui_ctx, with_key)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    # the keyring is read in the background, once per profile; the cells follow
    key_cells = [dialog.model.index(r, PanelListModel.KEY) for r in range(3)]
    qtbot.waitUntil(lambda: all(cell.data() != "checking…" for cell in key_cells))
    rows = {
        dialog.model.index(r, 0).data(Qt.ItemDataRole.UserRole): [
            plain(dialog.model.index(r, c).data()) for c in range(4)
        ]
        for r in range(dialog.model.rowCount())
    }
    assert rows[with_key] == ["Alpha (open)", "https://alpha.example/api/v2", "USD", "keyring"]
    assert rows[demo.id][1:] == ["Built-in demo panel", "USD", "not needed (demo)"]
    beta = next(r for r in rows.values() if r[0] == "Beta")
    assert beta[3] == "missing"
    selected = dialog.selected_panel()
    assert selected is not None
    assert selected.id == with_key
    assert not dialog.switch_button.isEnabled(), "the open panel is not a switch target"


def test_remove_deletes_profile_and_key_after_confirm(
    qtbot: Any, gui_ctx: AppContext, memory_keyring: Any, shown: DialogRecorder
) -> None:
    keep = add_profile(gui_ctx, "Keep", "https://keep.example/api/v2", "keep-key-1")
    gone = add_profile(gui_ctx, "Gone", "https://gone.example/api/v2", "gone-key-2")
    dialog = PanelsDialog(gui_ctx, keep)
    qtbot.addWidget(dialog)
    dialog.view.selectRow(dialog.model.row_of(gone))

    shown.confirm_answer = False
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(gui_ctx.store.list_panels()) == 2
    assert gui_ctx.keys.get(f"panel-{gone}") == "gone-key-2"

    shown.confirm_answer = True
    with qtbot.waitSignal(dialog.sig_panel_removed) as removed:
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert removed.args == [gone]
    assert "Gone" in shown.texts("confirm")[-1]
    assert [p.id for p in gui_ctx.store.list_panels()] == [keep]
    assert gui_ctx.keys.get(f"panel-{gone}") is None
    assert "gone-key-2" not in memory_keyring.items.values()
    assert gui_ctx.keys.get(f"panel-{keep}") == "keep-key-1"
    assert dialog.model.rowCount() == 1


def test_remove_demo_profile_needs_no_key(
    qtbot: Any, gui_ctx: AppContext, shown: DialogRecorder
) -> None:
    demo = ensure_demo_profile(gui_ctx)
    dialog = PanelsDialog(gui_ctx, None)
    qtbot.addWidget(dialog)
    assert not dialog.edit_button.isEnabled(), "the demo panel has nothing to edit"
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert gui_ctx.store.list_panels() == []
    assert ensure_demo_profile(gui_ctx).id != demo.id, "the demo can be added back"


def test_switch_by_button_and_double_click(qtbot: Any, gui_ctx: AppContext) -> None:
    a = add_profile(gui_ctx, "A", "https://a.example/api/v2", KEY)
    b = add_profile(gui_ctx, "B", "https://b.example/api/v2", KEY)
    dialog = PanelsDialog(gui_ctx, a)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.selectRow(dialog.model.row_of(b))
    with qtbot.waitSignal(dialog.sig_switch_requested) as blocker:
        qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [b]
    assert not dialog.isVisible()

    again = PanelsDialog(gui_ctx, b)
    qtbot.addWidget(again)
    again.show()
    rect = again.view.visualRect(again.model.index(again.model.row_of(a), 0))
    viewport = again.view.viewport()
    # a real double-click starts with a press-release; item views need it to fire doubleClicked
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(again.sig_switch_requested) as blocker:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [a]


def test_add_from_panels_dialog_reloads_list(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel, shown: DialogRecorder
) -> None:
    dialog = PanelsDialog(gui_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    connect = dialog.connect_dialog
    assert connect is not None
    assert connect.isVisible()
    with qtbot.waitSignal(dialog.sig_panels_changed, timeout=15_000):
        check(qtbot, connect, sandbox_panel.url, KEY, name="Sandbox")
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Sandbox"
    assert dialog.model.index(0, PanelListModel.KEY).data() == "keyring"
    assert not dialog.empty_label.isVisible()


def test_switcher_lists_profiles_and_asks_to_switch(qtbot: Any, gui_ctx: AppContext) -> None:
    a = add_profile(gui_ctx, "A", "https://a.example/api/v2", KEY)
    switcher = PanelSwitcher(gui_ctx, a)
    qtbot.addWidget(switcher)
    assert [switcher.itemText(i) for i in range(switcher.count())] == ["A"]
    b = add_profile(gui_ctx, "B", "https://b.example/api/v2", KEY)
    switcher.reload()
    assert sorted(switcher.itemText(i) for i in range(switcher.count())) == ["A", "B"]
    assert switcher.currentData() == a

    with qtbot.waitSignal(switcher.sig_switch_requested) as blocker:
        switcher.activated.emit(switcher.findData(b))
    assert blocker.args == [b]
    assert switcher.currentData() == a, "shows the open panel until the switch is confirmed"
    switcher.set_current_panel(b)
    assert switcher.currentData() == b
    with qtbot.assertNotEmitted(switcher.sig_switch_requested):
        switcher.activated.emit(switcher.findData(b))


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Any]:
    """Switch the UI language with its translation files (back to English after). The Arabic
    texts need issue 6 part 2b's strings merged into resources/translations/smmdesk_ar.qm."""

    def install(code: str) -> None:
        region = "EG" if code == "ar" else "US"
        i18n.install_translators(qapp, code, system=QLocale(f"{code}_{region}"))

    yield install
    i18n.install_translators(qapp, "en")  # English and left-to-right again, for later tests
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())
    numbers.set_preferences("en", "locale")


def test_core_errors_are_told_in_english_from_their_codes(language: Any) -> None:
    """What the user reads is built from the error's code and fields, never its message."""
    language("en")
    refused = PanelRejected("Not enough funds on balance")
    assert describe_error(refused) == (
        "The panel refused the order: the balance is not enough. "
        "The panel said: “\u2068Not enough funds on balance\u2069”"
    )
    lost = OutcomeUnknown(
        "(English for logs)", cause=UnknownCause.READ_TIMEOUT, host="x.test", timeout=30.0
    )
    assert describe_error(lost) == (
        "\u2066x.test\u2069 did not answer within 30 s. Check the order list on the panel "
        "before trying again: it may have been placed."
    )
    assert error_reason(lost) == "no answer in time"
    assert describe_error(KeyError("k")) == "Unexpected error: KeyError"


def test_core_errors_are_told_in_arabic_from_their_codes(language: Any) -> None:
    """In Arabic each error is told by its code and fields, as in English; the panel's own
    words quoted and isolated, a host kept left to right."""
    language("ar")
    funds = describe_error(PanelRejected("Not enough funds on balance"))
    assert funds == (
        "رفضت اللوحة الطلب: الرصيد غير كافٍ. قالت اللوحة: «\u2068Not enough funds on balance\u2069»"
    )
    odd = describe_error(PanelRejected("Something odd"))
    assert odd == "رفضت اللوحة الطلب: \u2068Something odd\u2069"
    transport = describe_error(TransportError("(English for logs)"))  # no cause, no host
    assert transport == (
        "تعذّر الوصول إلى اللوحة. تحقّق من رابط اللوحة ومن اتصالك بالإنترنت، ثم حاول مجددًا."
    )
    refused = TransportError("(logs)", cause=TransportCause.REFUSED, host="x.test")
    assert describe_error(refused).startswith("تعذّر الاتصال بـ \u2066x.test\u2069: رُفض الاتصال.")
    assert error_reason(BadResponse("HTML page")) == "ردّ غير مقروء"
    assert error_reason(BadResponse("(logs)", kind=AnswerKind.WEB_PAGE)) == (
        "صفحة ويب بدلًا من بيانات API"
    )
    assert describe_error(KeyError("k")) == "خطأ غير متوقع: KeyError"
    # the connect dialog names the host, kept left-to-right inside the Arabic sentence
    text = describe_check_error(
        TransportError("(English for logs)", cause=TransportCause.DNS, host="smm.example"),
        "https://smm.example/api/v2",
    )
    assert text == (
        "تعذّر الوصول إلى \u2066smm.example\u2069: لا يوجد خادم بهذا الاسم. تحقّق من كتابة العنوان."
    )
