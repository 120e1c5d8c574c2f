"""Start-up: launch to a usable window showing the cached catalogue (target < 1 s here).

Prepares a data dir whose demo profile already has a cached 4,000-service catalogue, then
launches `python main.py --quit-when-ready` N times and prints the median and worst wall time
from process start to the "ready" line, next to a baseline: a bare QApplication + empty
QMainWindow shown, launched the same way in the same run.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
BASELINE = (
    "import time, sys; t=time.perf_counter();"
    "from PySide6.QtWidgets import QApplication, QMainWindow;"
    "app=QApplication(sys.argv); w=QMainWindow(); w.resize(1280,800); w.show();"
    "app.processEvents(); print('ready_ms=%d' % ((time.perf_counter()-t)*1000), flush=True)"
)


def prepare(data_dir: Path) -> None:
    from smmdesk.core.store import Store
    from smmdesk.gui.runtime.context import DEMO_URL
    from smmdesk.sandbox import SandboxPanel

    panel = SandboxPanel(services=4000, seed=1)
    raw = json.dumps(panel.services).encode()
    store = Store.open(data_dir / "smmdesk.sqlite3")
    panel_id = store.add_panel(name="Demo panel", url=DEMO_URL, currency="USD")
    store.save_catalog(panel_id, raw)
    store.close()


def launch(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("ready_ms="):
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"no ready line from {args}")
    proc.wait(timeout=30)
    return elapsed * 1000


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        prepare(data)
        app_cmd = [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(data),
            "--quit-when-ready",
        ]
        base_cmd = [sys.executable, "-c", BASELINE]
        launch(app_cmd, env)  # warm the OS file cache
        ours = [launch(app_cmd, env) for _ in range(RUNS)]
        base = [launch(base_cmd, env) for _ in range(RUNS)]
    print(f"start-up to usable window with cached catalogue (median of {RUNS}, offscreen):")
    for name, runs in (("SMMDesk", ours), ("bare Qt main window", base)):
        print(f"  {name:<20} median {statistics.median(runs):6.0f} ms   worst {max(runs):6.0f} ms")
    print(
        f"  ratio SMMDesk / bare window: {statistics.median(ours) / statistics.median(base):.2f}x"
    )
    print(f"  target < 1000 ms: {'met' if statistics.median(ours) < 1000 else 'NOT met'}")


if __name__ == "__main__":
    main()
