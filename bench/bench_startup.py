"""Start-up: process start to the first complete paint, and to a usable window.

SMMDesk is launched as a user starts it, on a data folder holding 5 panels with a cached
5,000-service catalogue each (the last used one opens; the others are there for "all panels"
and the poller) and 300 orders, next to a bare PySide6 window (QApplication + an empty
QMainWindow, 1280x800) launched the same way in the same run. Runs alternate between the two,
so a change in the machine's load hits both; the ratios compare them.

What is timed, on the benchmark's clock from the moment it starts the process to the moment a
line arrives on the process's stdout (``main.py --quit-when-ready``):

- first complete paint (``painted_ms=``): the first paint of the main window once it shows what
  is cached, i.e. the catalogue tree's model already holds the open panel's cached catalogue
  (and the orders table and the status bar are filled); the line is printed when that frame is
  done (the event loop's next turn after the window's first Paint event). The app prints how
  many categories the tree held then (``categories=``); the benchmark fails on 0. For the bare
  window: its first Paint event, the same way.
- usable (``ready_ms=``): after that paint, once the start-up work queued behind it (reading the
  API keys, starting the poller, the panels' network) has been started and the event loop has
  turned again: from then on a click or a key is handled. For the bare window: the loop's next
  turn after its first paint.

Keys come from ``bench_keyring`` (every panel has one, as in an OS keyring); the panels'
addresses are closed ports on 127.0.0.1, so what the network answers (after start-up anyway)
does not change from run to run. The app and the bare window start from bytecode (written by two
warm-up runs under a temporary PYTHONPYCACHEPREFIX), as an installed or frozen app does.

Under Xvfb the windows are real X11 windows: ``xvfb-run -a .venv/bin/python
bench/bench_startup.py``. Without a display it runs offscreen (and says so).
Targets: first complete paint < 700 ms, usable < 1000 ms, usable <= 3x the bare window.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PANELS = 5
SERVICES = 5000
ORDERS = 300
PAINT_TARGET_MS = 700
USABLE_TARGET_MS = 1000
RATIO_TARGET = 3.0

BASELINE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)


def ready():
    app.processEvents()
    print("ready_ms=0", flush=True)
    app.quit()


def painted():
    print("painted_ms=0 categories=1", flush=True)
    QTimer.singleShot(0, ready)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False


watch = FirstPaint()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def prepare(data_dir: Path) -> None:
    """5 panels with a cached catalogue each (the first is the last used), 300 orders."""
    from smmdesk.core.models import OrderState, OrderStatus
    from smmdesk.core.store import Store
    from smmdesk.sandbox import SandboxPanel

    raw = json.dumps(SandboxPanel(services=SERVICES, seed=1).services).encode()
    store = Store.open(data_dir / "smmdesk.sqlite3")
    ids = []
    for n in range(PANELS):
        # closed ports: every request is refused at once, the same in every run
        url = f"http://127.0.0.1:{9 + n}/api/v2"
        panel_id = store.add_panel(name=f"Panel {n + 1}", url=url, currency="USD")
        store.save_catalog(panel_id, raw)
        ids.append(panel_id)
    statuses = [OrderStatus.PENDING, OrderStatus.IN_PROGRESS, OrderStatus.COMPLETED]
    for n in range(ORDERS):
        status = statuses[n % 3]
        state = OrderState(1000 + n, status, status.value, charge=Decimal("0.50"), remains=n % 7)
        store.import_order(
            ids[n % PANELS],
            1000 + n,
            service_id=1 + n % 50,
            service_name=f"Service {1 + n % 50}",
            link=f"https://example.com/p/{n}",
            quantity=1000,
            cost=Decimal("0.50"),
            state=state,
        )
    store.touch_panel(ids[0])
    store.close()
    (data_dir / "settings.ini").write_text(f"[panel]\nlast_id={ids[0]}\n", encoding="utf-8")


def launch(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms to the painted line, ms to the ready line), on this process's clock."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    painted = ready = None
    for line in proc.stdout:
        now = (time.perf_counter() - start) * 1000
        if line.startswith("painted_ms="):
            painted = now
            if line.strip().endswith("categories=0"):
                raise SystemExit(f"{args[1]}: the first paint showed no cached catalogue")
        elif line.startswith("ready_ms="):
            ready = now
            break
    proc.wait(timeout=30)
    if painted is None or ready is None:
        raise SystemExit(f"no painted/ready line from {args[:3]}")
    return painted, ready


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, LANG=os.environ.get("LANG", "C.UTF-8"))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    platform = env.get("QT_QPA_PLATFORM") or "xcb (X11)"
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), str(ROOT / "bench"), env.get("PYTHONPATH", "")) if p
    )
    env["PYTHON_KEYRING_BACKEND"] = "bench_keyring.BenchKeyring"
    with tempfile.TemporaryDirectory() as tmp:
        # start from bytecode, as an installed or frozen app does (the warm-up runs write it),
        # whatever PYTHONDONTWRITEBYTECODE says; the checkout's folders stay untouched
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        data = Path(tmp) / "data"
        data.mkdir()
        prepare(data)
        app_cmd = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)]
        app_cmd.append("--quit-when-ready")
        base_cmd = [sys.executable, "-c", BASELINE]
        for _ in range(2):  # write the bytecode, warm the OS file cache
            launch(app_cmd, env)
            launch(base_cmd, env)
        ours: list[tuple[float, float]] = []
        base: list[tuple[float, float]] = []
        for _ in range(args.runs):
            ours.append(launch(app_cmd, env))
            base.append(launch(base_cmd, env))
    report(ours, base, args.runs, platform)


def report(
    ours: list[tuple[float, float]], base: list[tuple[float, float]], runs: int, platform: str
) -> None:
    paint = statistics.median(p for p, _ in ours)
    usable = statistics.median(r for _, r in ours)
    bare_paint = statistics.median(p for p, _ in base)
    bare_usable = statistics.median(r for _, r in base)
    print(
        f"start-up, {PANELS} cached panels x {SERVICES:,} services, {ORDERS} orders "
        f"(median of {runs}, {platform}):"
    )
    print(f"  {'':<22}{'first paint':>12}{'usable':>10}{'worst usable':>14}")
    print(f"  {'SMMDesk':<22}{paint:>9.0f} ms{usable:>7.0f} ms{max(r for _, r in ours):>11.0f} ms")
    print(
        f"  {'bare PySide6 window':<22}{bare_paint:>9.0f} ms{bare_usable:>7.0f} ms"
        f"{max(r for _, r in base):>11.0f} ms"
    )
    paint_ratio, usable_ratio = paint / bare_paint, usable / bare_usable
    print(f"  ratio SMMDesk / bare: first paint {paint_ratio:.2f}x, usable {usable_ratio:.2f}x")
    checks = (
        (f"first paint < {PAINT_TARGET_MS} ms", paint < PAINT_TARGET_MS),
        (f"usable < {USABLE_TARGET_MS} ms", usable < USABLE_TARGET_MS),
        (f"usable <= {RATIO_TARGET:g}x bare", usable_ratio <= RATIO_TARGET),
    )
    for name, met in checks:
        print(f"  target {name}: {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
