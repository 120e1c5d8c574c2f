"""Steps several GUI tests share: a session on the sandbox panel, waiting for the demo panel to
be open, and acting on the next modal dialog while its ``exec()`` blocks the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.sandbox import SandboxPanel


def wait_for_panel(qtbot: QtBot, window: MainWindow, timeout: int = 15_000) -> None:
    """Until the window's panel is open with its catalogue and its balance read."""
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.catalog is not None
            and window.session.balance is not None
        ),
        timeout=timeout,
    )


def on_next_modal(act: Callable[[QWidget], None], seen: list[QWidget], tries: int = 300) -> None:
    """When the next modal dialog is up (its exec() blocks the test), ``act`` on it; the
    dialog is added to ``seen`` first (an empty ``seen`` afterwards: no dialog came)."""

    def poll(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        if not dialog.isActiveWindow():  # the window manager's part: offscreen has none
            dialog.activateWindow()
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
                return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)


def panel_session(
    qtbot: QtBot, ctx: AppContext, panel: SandboxPanel, name: str = "Sandbox"
) -> Iterator[PanelSession]:
    """A session on ``panel`` (saved as ``name``, its key in the test keyring), for a fixture
    to yield; closed once the work it started (a balance refresh after placing) is done."""
    panel_id = ctx.store.add_panel(name, panel.url, currency="USD")
    ctx.panel_keys.store(panel_id, panel.api_key)
    session = PanelSession(ctx, ctx.store.get_panel(panel_id))
    yield session
    # let the balance refresh that follows a placement finish while the panel still answers
    qtbot.waitUntil(lambda: ctx.tasks.active() == 0, timeout=5000)
    session.close()


_ARABIC = "متابعين انستقرام عرب حقيقيين ⚡ ضمان ٣٠ يومًا [بدون نقص]"
_LONG = "Instagram Followers [Real - HQ] [Refill 30D] [Max 500K] [Start 0-1h] ⚡🔥"
#: (service id, kind value, name, old, new) of the history the Changes window is opened over
SAMPLE_CHANGES: tuple[tuple[int, str, str, str | None, str | None], ...] = (
    (101, "rate_up", _LONG, "1.2500", "1.4900"),
    (102, "rate_down", _ARABIC, "0.90", "0.75"),
    (103, "added", "TikTok Views [Instant]", None, "0.0300"),
    (104, "removed", "𝐘𝐨𝐮𝐓𝐮𝐛𝐞 𝐋𝐢𝐤𝐞𝐬", "2.10", None),
    (105, "limits", _ARABIC, "50:10000", "100:500000"),
    (106, "renamed", _LONG, "Instagram Followers", _LONG),
    (107, "type", "Telegram Poll", "Default", "Poll"),
    (108, "id_reused", _ARABIC, _LONG, _ARABIC),
)
#: the panel's own texts in that history (service names and types), for the Arabic walk
SAMPLE_CHANGE_TEXTS = frozenset(
    text for row in SAMPLE_CHANGES if row[1] not in ("limits",) for text in row[2:] if text
)


def open_changes_with_history(window: MainWindow) -> QWidget:
    """The Changes window (Panel menu), over a history of every kind of change recorded for
    the open panel: long, Arabic and decorated names, rates and limits."""
    from datetime import UTC, datetime, timedelta

    from smmdesk.core.changes import ChangeKind, ServiceChange

    assert window.session is not None
    panel_id = window.session.panel.id
    rows = [ServiceChange(sid, ChangeKind(kind), *texts) for sid, kind, *texts in SAMPLE_CHANGES]
    now = datetime.now(UTC)
    window.ctx.store.add_catalog_changes(panel_id, rows[:4], at=now - timedelta(days=1))
    window.ctx.store.add_catalog_changes(panel_id, rows[4:], at=now - timedelta(hours=2))
    return window.open_changes()
