"""Restarting the app never rewrites history: the real app process runs twice on one data
folder, placing a demo order each time; the second order gets a new number, and every stored
field and history line of the first order is exactly what the first run left."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("restart_worker.py")


def run_app(data_dir: Path, link: str, quantity: int) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONPATH=str(ROOT))
    env.pop("SMMDESK_DATA_DIR", None)
    proc = subprocess.run(
        [sys.executable, str(WORKER), str(data_dir), link, str(quantity)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "QThread: Destroyed" not in output, output
    assert "Traceback" not in output, output
    report = dict(line.split(": ", 1) for line in proc.stdout.splitlines() if ": " in line)
    assert "error" not in report, output
    return report


def stored(db: Path, local_id: int) -> tuple[dict[str, object], list[tuple[object, ...]]]:
    """The order's row and history exactly as SQLite holds them."""
    with closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM orders WHERE local_id = ?", (local_id,)).fetchone()
        events = conn.execute(
            "SELECT * FROM order_events WHERE local_id = ? ORDER BY id", (local_id,)
        ).fetchall()
    return dict(row), [tuple(e) for e in events]


@pytest.mark.slow
def test_restarting_the_app_never_rewrites_an_earlier_order(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = data / "smmdesk.sqlite3"

    first = run_app(data, "https://instagram.com/p/first", 1000)
    first_local, first_number = map(int, first["placed"].split())
    assert first["status"] == "Completed"
    after_first = stored(db, first_local)
    row, events = after_first
    assert (row["status"], Decimal(str(row["charge"]))) == ("Completed", Decimal("0.90"))
    kinds = [e[3] for e in events]
    assert kinds[:2] == ["intent", "accepted"], kinds
    assert kinds[-1] == "status", kinds

    second = run_app(data, "https://instagram.com/p/second", 100)
    second_local, second_number = map(int, second["placed"].split())
    assert second["status"] == "Completed"
    assert stored(db, first_local) == after_first, "the earlier order was rewritten"
    assert second_local != first_local
    assert second_number > first_number, "the demo panel's ids carried on"
    assert Decimal(second["balance_start"]) == Decimal(first["balance_end"]), (
        "the demo panel kept its balance across the restart"
    )
    newer, _ = stored(db, second_local)
    assert Decimal(str(newer["charge"])) == Decimal("0.09")
    assert (newer["reuses_id_of"], newer["superseded_by"], row["superseded_by"]) == (
        None,
        None,
        None,
    )
