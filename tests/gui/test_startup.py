"""Start-up: the first frame is complete (the cached catalogue, the orders, the status bar), and
everything that frame does not need (the HTTP stack, the keyring, the dialogs, the mass-order
machinery, the demo panel) is imported later, when first needed.

Not timed: bench/bench_startup.py measures; these fail when the order of things regresses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QImage

from smmdesk.core.models import OrderState, OrderStatus
from smmdesk.core.store import Store
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.runtime.context import AppContext
from smmdesk.sandbox import SandboxPanel

ROOT = Path(__file__).resolve().parents[2]

#: imported when first needed, never before the first paint
LAZY = (
    "requests",
    "urllib3",
    "keyring",
    "smmdesk.core.client",
    "smmdesk.core.abortable",
    "smmdesk.core.massorder",
    "smmdesk.core.massplan",
    "smmdesk.sandbox",
    "smmdesk.gui.ordering.mass",
    "smmdesk.gui.ordering.reconcile",
    "smmdesk.gui.orders.import_dialog",
    "smmdesk.gui.panels.connect",
    "smmdesk.gui.panels.connect_form",
    "smmdesk.gui.settings_dialog",
    "smmdesk.gui.money.spending",
    "smmdesk.gui.money.alerts",
    "smmdesk.core.balances",
    "smmdesk.core.kinds",
    "smmdesk.gui.money.view",
    "smmdesk.gui.compare",
    "smmdesk.gui.catalog.compare",
    "PySide6.QtCharts",
)
#: modules loaded at the first paint that may define a dialog: the Panels dialog lives beside
#: the toolbar's panel switcher
DIALOGS_ALLOWED = {"smmdesk.gui.panels.manage"}

# Runs the app's own main() (main.py --quit-when-painted) and, at the main window's first Paint
# event (before anything queued behind it runs), prints what is loaded and what the tree holds.
DRIVER = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog
from smmdesk.gui import app

seen = {}

def dialog_modules():
    found = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("smmdesk.gui") or module is None:
            continue
        for value in list(vars(module).values()):
            if (isinstance(value, type) and issubclass(value, QDialog)
                    and value.__module__ == name):
                found.add(name)
    return sorted(found)

class AtFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            window = self.parent()
            seen["loaded"] = sorted(sys.modules)
            seen["dialogs"] = dialog_modules()
            seen["categories"] = window.catalog_pane.model.rowCount()
            seen["orders"] = window.orders_pane.model.rowCount()
            seen["panel_label"] = window.panel_label.text()
            print("FIRST_PAINT=" + json.dumps(seen), flush=True)
        return False

report = app.report_startup

def report_startup(qapp, window, started, *, usable):
    window.installEventFilter(AtFirstPaint(window))
    report(qapp, window, started, usable=usable)

app.report_startup = report_startup
sys.exit(app.main([sys.argv[0], *sys.argv[1:]]))
"""


def cached_data(data_dir: Path, panels: int = 3, services: int = 300) -> list[int]:
    """A data folder as a user's looks after a while: panels with a saved catalogue each (the
    first is the last used) and a few orders. Their addresses refuse connections."""
    raw = json.dumps(SandboxPanel(services=services, seed=3).services).encode()
    store = Store.open(data_dir / "smmdesk.sqlite3")
    ids = []
    for n in range(panels):
        panel_id = store.add_panel(f"Panel {n + 1}", f"http://127.0.0.1:{9 + n}/api/v2")
        store.save_catalog(panel_id, raw)
        ids.append(panel_id)
    for n in range(12):
        state = OrderState(500 + n, OrderStatus.IN_PROGRESS, "In progress", remains=10)
        store.import_order(
            ids[0], 500 + n, service_id=1, service_name="Likes", quantity=100, state=state
        )
    store.touch_panel(ids[0])
    store.close()
    (data_dir / "settings.ini").write_text(f"[panel]\nlast_id={ids[0]}\n", encoding="utf-8")
    return ids


def test_start_up_paints_the_cache_before_importing_what_can_wait(tmp_path: Path) -> None:
    cached_data(tmp_path)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",  # never the user's keyring
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, "--data-dir", str(tmp_path), "--quit-when-painted"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("FIRST_PAINT=")), None)
    assert line is not None, done.stdout + done.stderr
    seen = json.loads(line.removeprefix("FIRST_PAINT="))
    loaded = set(seen["loaded"])
    early = sorted(
        name for name in loaded if any(name == m or name.startswith(m + ".") for m in LAZY)
    )
    assert early == [], f"imported before the first paint: {early}"
    dialogs = set(seen["dialogs"]) - DIALOGS_ALLOWED
    assert not dialogs, f"dialog modules imported before the first paint: {sorted(dialogs)}"
    # the frame is complete: the cached catalogue, the orders, the open panel in the status bar
    assert seen["categories"] > 0
    assert seen["orders"] == 12
    assert seen["panel_label"] == "Panel 1"
    assert "painted_ms=" in done.stdout
    assert done.returncode == 0, done.stderr


class _FirstFrame(QObject):
    """Records what the window holds at its first Paint event, and a picture of the catalogue
    tree taken right after that frame (before anything queued behind it runs)."""

    def __init__(self, window: MainWindow, ctx: AppContext, panel_id: int) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.panel_id = panel_id
        self.at_paint: dict[str, object] = {}
        self.tree_image: QImage | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.at_paint:
            self.window.removeEventFilter(self)
            self.at_paint = {
                "categories": self.window.catalog_pane.model.rowCount(),
                "key_state": self.ctx.panel_keys.state(self.panel_id),
                "poller_running": self.window.poller.is_running(),
                "balance": self.window.balance_label.text(),
            }
            QTimer.singleShot(0, self._grab)
        return False

    def _grab(self) -> None:
        self.tree_image = self.window.catalog_pane.tree.viewport().grab().toImage()


def _colours(image: QImage) -> int:
    step = max(1, image.height() // 60)
    return len(
        {image.pixel(x, y) for y in range(0, image.height(), step) for x in range(image.width())}
    )


def test_the_first_frame_shows_the_cached_catalogue_and_then_goes_online(
    qtbot: object, gui_ctx: AppContext, memory_keyring: object
) -> None:
    store = gui_ctx.store
    raw = json.dumps(SandboxPanel(services=300, seed=3).services).encode()
    panel_id = store.add_panel("Cached panel", "http://127.0.0.1:9/api/v2", currency="USD")
    store.save_catalog(panel_id, raw)
    gui_ctx.settings.setValue("panel/last_id", panel_id)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.start(after_paint=True)  # as the app starts it: before the window is shown
    frame = _FirstFrame(window, gui_ctx, panel_id)
    window.show()
    qtbot.waitUntil(lambda: frame.tree_image is not None, timeout=10_000)  # type: ignore[attr-defined]
    assert frame.at_paint["categories"] == window.catalog_pane.model.rowCount() > 0
    # nothing was started before that frame: no keyring read, no polling
    assert frame.at_paint["key_state"] is None
    assert frame.at_paint["poller_running"] is False
    image = frame.tree_image
    assert image is not None
    assert not image.isNull()
    assert _colours(image) > 2, "the catalogue tree was painted empty"
    # right after the frame: the keys are read (on a worker) and the poller runs
    qtbot.waitUntil(lambda: gui_ctx.panel_keys.state(panel_id) is not None, timeout=10_000)  # type: ignore[attr-defined]
    qtbot.waitUntil(window.poller.is_running, timeout=10_000)  # type: ignore[attr-defined]
    window.shutdown()


def test_a_window_that_is_never_painted_goes_online_all_the_same(
    qtbot: object, gui_ctx: AppContext
) -> None:
    """Started minimised or hidden: polling and the keys do not wait for a paint forever."""
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.start(after_paint=True)
    assert not window.poller.is_running()
    qtbot.waitUntil(window.poller.is_running, timeout=10_000)  # type: ignore[attr-defined]
    window.shutdown()


@pytest.mark.parametrize("online", [True, False])
def test_the_session_reads_its_key_only_when_online(
    qtbot: object, gui_ctx: AppContext, online: bool
) -> None:
    from smmdesk.gui.runtime.session import PanelSession

    panel_id = gui_ctx.store.add_panel("P", "http://127.0.0.1:9/api/v2")
    session = PanelSession(gui_ctx, gui_ctx.store.get_panel(panel_id))
    session.open(online=online)
    if not online:
        qtbot.wait(100)  # type: ignore[attr-defined]  # nothing is read meanwhile, even later
        assert gui_ctx.panel_keys.state(panel_id) is None
        assert gui_ctx.tasks.active() == 0
        session.go_online()
    # the key is read (on a worker; its answer reaches the GUI thread a moment later)
    qtbot.waitUntil(lambda: gui_ctx.panel_keys.state(panel_id) is not None)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0)  # type: ignore[attr-defined]
    session.close()


def test_held_jobs_start_on_release_and_shutdown_does_not_wait_for_them(qtbot: object) -> None:
    from smmdesk.gui.runtime.tasks import TaskRunner

    tasks = TaskRunner()
    ran: list[str] = []
    tasks.hold()
    tasks.submit("first", lambda: "first", ran.append)
    tasks.submit("second", lambda: "second", ran.append)
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert ran == []
    tasks.release()
    qtbot.waitUntil(lambda: len(ran) == 2)  # type: ignore[attr-defined]
    assert sorted(ran) == ["first", "second"]
    tasks.hold()
    tasks.submit("never", lambda: "never", ran.append)
    assert tasks.shutdown(timeout=5.0)
    assert "never" not in ran


# Runs the app's own main() with a short settle delay and reports, once the collector has
# settled, whether it runs again and at which thread switch interval; then quits.
SETTLE_DRIVER = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from smmdesk.gui import app

app.SETTLE_AFTER_PAINT_MS = 50
settle = app.settle_collector

def settled():
    during = (gc.isenabled(), sys.getswitchinterval())
    settle()
    print(f"DURING={during[0]},{during[1]} AFTER={gc.isenabled()},{sys.getswitchinterval()},"
          f"{gc.get_freeze_count() > 0}", flush=True)
    QTimer.singleShot(0, QApplication.quit)

app.settle_collector = settled
sys.exit(app.main([sys.argv[0], *sys.argv[1:]]))
"""


def test_after_start_up_the_collector_runs_again_and_threads_switch_as_usual(
    tmp_path: Path,
) -> None:
    """Start-up runs with the collector paused and a short thread switch interval; a while after
    the first frame both go back to normal (a collector left off would let the memory of every
    reference cycle grow for as long as the app runs)."""
    cached_data(tmp_path, panels=1, services=50)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",  # never the user's keyring
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    done = subprocess.run(
        [sys.executable, "-c", "import gc; gc.disable()\n" + SETTLE_DRIVER,
         "--data-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("DURING=")), None)
    assert line is not None, done.stdout + done.stderr
    during, after = (part.split("=")[1].split(",") for part in line.split())
    assert during == ["False", str(0.0005)]
    assert after == ["True", str(sys.getswitchinterval()), "True"]
    assert done.returncode == 0, done.stderr
