"""A panel whose key the keyring cannot give: nothing is sent to it (the sandbox counts zero
requests), the user reads "API key needed" and a dialog asks for the key, saying why; keys are
read once per panel per run, off the GUI thread, so a locked keyring never freezes the window."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.runtime.poller import Poller
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SandboxPanel
from smmdesk.sandbox.catalog import SANDBOX_FIXED_SERVICES

WAIT_MS = 15_000


class ReadFailingKeyring(KeyringBackend):
    """Looks like a real OS keyring; every call raises ``error`` (as keyring's fail backend or a
    locked Secret Service collection does)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class SlowKeyring(KeyringBackend):
    """A keyring whose reads wait for ``release`` (an unlock prompt nobody has answered yet);
    it counts the reads per profile and the threads they ran on."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, items: dict[str, str]) -> None:
        super().__init__()
        self.items = items
        self.release = threading.Event()
        self.reads: Counter[str] = Counter()
        self.threads: set[int] = set()

    def get_password(self, service: str, username: str) -> str | None:
        self.reads[username] += 1
        self.threads.add(threading.get_ident())
        self.release.wait(WAIT_MS / 1000)
        return self.items.get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop(username, None)


@pytest.fixture
def use_backend(memory_keyring: Any) -> Any:
    """Install a keyring backend for the test (memory_keyring's teardown restores the old)."""

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    return install


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded, not shown."""
    texts: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object, **kw: object) -> None:
        texts.append(text)

    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(dialogs, kind, record)
    return texts


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=WAIT_MS)


def add_panel_with_cached_catalogue(ctx: AppContext, sandbox: SandboxPanel) -> int:
    """A profile saved in an earlier run, its catalogue cached then (no request now)."""
    panel_id = ctx.store.add_panel("Sandbox", sandbox.url, currency="USD")
    ctx.store.save_catalog(panel_id, json.dumps(sandbox.services).encode())
    return panel_id


def wait_for_key_dialog(qtbot: QtBot, window: MainWindow) -> Any:
    qtbot.waitUntil(lambda: window.key_dialog is not None, timeout=WAIT_MS)
    dialog = window.key_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def poll_cycles(qtbot: QtBot, poller: Poller, panel_id: int, cycles: int) -> None:
    for _ in range(cycles):
        with qtbot.waitSignal(
            poller.sig_cycle_finished,
            timeout=WAIT_MS,
            check_params_cb=lambda pid, _result: pid == panel_id,
        ):
            poller.refresh_now()


@pytest.mark.parametrize(
    ("backend", "state", "words"),
    [
        (
            lambda: ReadFailingKeyring(keyring.errors.NoKeyringError("no backend")),
            KeyState.NO_KEYRING,
            "There is no secure keyring on this system",
        ),
        (
            lambda: ReadFailingKeyring(keyring.errors.KeyringLocked("unlock dismissed")),
            KeyState.LOCKED,
            "the system keyring is locked",
        ),
        (None, KeyState.MISSING, "the saved key was deleted"),
    ],
    ids=["no-keyring", "locked", "deleted"],
)
def test_a_panel_without_a_key_sends_nothing_and_the_key_is_asked_for(
    qtbot: QtBot,
    gui_ctx: AppContext,
    window: MainWindow,
    sandbox_panel: SandboxPanel,
    use_backend: Any,
    shown: list[str],
    backend: Any,
    state: KeyState,
    words: str,
) -> None:
    if backend is not None:
        use_backend(backend())
    # else: the in-memory keyring works but its entry for the panel was deleted
    panel_id = add_panel_with_cached_catalogue(gui_ctx, sandbox_panel)

    window.start()
    dialog = wait_for_key_dialog(qtbot, window)
    assert dialog.windowTitle() == "API key needed"
    assert words in dialog.key_reason_label.text()
    assert dialog.key_reason_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.key_edit.hasFocus() or dialog.focusWidget() is dialog.key_edit
    session = window.session
    assert session is not None
    assert session.key_state is state
    # the cached catalogue still shows; the status says what is missing, not "refused"
    assert session.catalog is not None
    assert len(session.catalog) == len(sandbox_panel.services)
    assert "API key needed" in window.connection_label.text()
    assert "refused" not in window.connection_label.text().lower()
    dialog.reject()

    # refreshing asks again, placing and mass orders ask too: nothing leaves meanwhile
    window.refresh()
    again = wait_for_key_dialog(qtbot, window)
    again.reject()
    qtbot.waitUntil(lambda: window.key_dialog is None)
    assert window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    window.order_form.place()
    assert "no API key yet" in window.order_form.result_frame.status_label.text()
    wait_for_key_dialog(qtbot, window)
    assert window.open_mass_order() is None, "no mass order without a key"
    wait_for_key_dialog(qtbot, window).reject()
    qtbot.waitUntil(lambda: window.key_dialog is None)

    # polling cycles run (for the demo panel) without ever reaching the key-less one
    window.open_demo()
    demo = window.session
    assert demo is not None
    poll_cycles(qtbot, window.poller, demo.panel.id, 2)
    assert sum(sandbox_panel.received.values()) == 0, sandbox_panel.received
    window.open_panel_id(panel_id)
    wait_for_key_dialog(qtbot, window)

    # the key entered in the dialog opens the panel normally, and polling reaches it
    dialog = window.key_dialog
    assert dialog is not None
    dialog.key_edit.setText(sandbox_panel.api_key)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.key_dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.balance is not None
            and sandbox_panel.received["services"] == 1
            and gui_ctx.tasks.active() == 0
        ),  # the catalogue and balance jobs are done
        timeout=WAIT_MS,
    )
    assert "Online" in window.connection_label.text()
    assert sandbox_panel.received["balance"] >= 2  # the dialog's check, then the session's
    assert sandbox_panel.received["services"] == 1
    poll_cycles(qtbot, window.poller, panel_id, 1)
    session_only = [text for text in shown if "kept for this session only" in text]
    assert bool(session_only) is (state is not KeyState.MISSING)
    if state is KeyState.LOCKED:
        assert "locked or not answering" in session_only[0]


def test_a_slow_keyring_never_blocks_the_window_and_is_read_once_per_panel(
    qtbot: QtBot,
    gui_ctx: AppContext,
    window: MainWindow,
    sandbox_panel: SandboxPanel,
    use_backend: Any,
) -> None:
    first = add_panel_with_cached_catalogue(gui_ctx, sandbox_panel)
    second = add_panel_with_cached_catalogue(gui_ctx, sandbox_panel)
    key = sandbox_panel.api_key
    slow = use_backend(SlowKeyring({f"panel-{first}": key, f"panel-{second}": key}))
    gui_thread = threading.get_ident()
    try:
        window.start()
        qtbot.waitUntil(lambda: slow.reads[f"panel-{first}"] == 1, timeout=WAIT_MS)
        # the keyring has not answered: the window still runs its event loop
        ticks: list[int] = []
        timer = QTimer(window)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=WAIT_MS)
        timer.stop()
        assert window.session is not None
        assert window.session.key_state is None
        assert window.session.catalog is not None, "the cached catalogue shows meanwhile"
        assert sum(sandbox_panel.received.values()) == 0
    finally:
        slow.release.set()
    qtbot.waitUntil(lambda: "Online" in window.connection_label.text(), timeout=WAIT_MS)
    assert gui_thread not in slow.threads

    # switching back and forth and polling cycles use what was read: no second read
    for panel_id in (second, first, second):
        window.open_panel_id(panel_id)
        qtbot.waitUntil(
            lambda pid=panel_id: (
                window.session is not None
                and window.session.panel.id == pid
                and window.session.balance is not None
            ),
            timeout=WAIT_MS,
        )
    poll_cycles(qtbot, window.poller, first, 2)
    poll_cycles(qtbot, window.poller, second, 1)
    assert window.key_dialog is None
    assert slow.reads == {f"panel-{first}": 1, f"panel-{second}": 1}


def test_the_poller_never_polls_with_an_empty_key(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> None:
    poller = Poller(gui_ctx)
    keyless = gui_ctx.store.add_panel("Sandbox", sandbox_panel.url, currency="USD")
    other = gui_ctx.store.add_panel("Other", sandbox_panel.url, currency="USD")
    polled: list[int] = []
    poller.sig_cycle_finished.connect(lambda panel_id, _result: polled.append(panel_id))
    poller.start()
    try:
        poller.watch(keyless, sandbox_panel.url, "", None)
        poller.watch(other, sandbox_panel.url, sandbox_panel.api_key, None)
        poll_cycles(qtbot, poller, other, 2)
    finally:
        assert poller.stop()
    assert keyless not in polled
    assert polled.count(other) >= 2
    assert sandbox_panel.received["balance"] == polled.count(other)


def test_a_key_entered_for_a_new_address_never_goes_to_the_old_one(
    qtbot: QtBot,
    gui_ctx: AppContext,
    window: MainWindow,
    sandbox_panel: SandboxPanel,
    shown: list[str],
) -> None:
    panel_id = add_panel_with_cached_catalogue(gui_ctx, sandbox_panel)  # no key stored
    with SandboxPanel(services=50, seed=2, api_key="moved-key-456") as moved:
        window.start()
        dialog = wait_for_key_dialog(qtbot, window)
        dialog.url_edit.setText(moved.url)
        dialog.key_edit.setText(moved.api_key)
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                window.session is not None
                and window.session.panel.url == moved.url
                and window.session.balance is not None
                and moved.received["services"] == 1
            ),
            timeout=WAIT_MS,
        )
        poll_cycles(qtbot, window.poller, panel_id, 1)
        assert window.session is not None
        # the request reached the new address; its catalogue is shown once parsed on a worker
        qtbot.waitUntil(
            lambda: window.session is not None and len(window.session.catalog or ()) == 50,
            timeout=WAIT_MS,
        )
        assert sum(sandbox_panel.received.values()) == 0, "the old address got nothing"
