"""``python -m smmdesk.sandbox`` runs the panel in the foreground and stops cleanly on Ctrl+C."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import requests

import smmdesk

REPO = Path(smmdesk.__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_module_runs_answers_and_stops_on_ctrl_c() -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    args = ["--port", str(port), "--services", "200", "--seed", "3", "--key", "cli-key"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "smmdesk.sandbox", *args],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    lines: queue.Queue[str] = queue.Queue()

    def read_lines() -> None:
        for line in proc.stdout or ():
            lines.put(line)

    reader = threading.Thread(target=read_lines)
    reader.start()
    try:
        first = lines.get(timeout=15)
        url = f"http://127.0.0.1:{port}/api/v2"
        assert url in first
        assert "cli-key" in lines.get(timeout=5)
        answer = requests.post(url, data={"key": "cli-key", "action": "services"}, timeout=5)
        assert len(answer.json()) == 200
        refused = requests.post(url, data={"key": "demo-key", "action": "balance"}, timeout=5)
        assert refused.json() == {"error": "Invalid API key"}
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=5) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        reader.join(timeout=5)
    output = []
    while not lines.empty():
        output.append(lines.get())
    assert any("stopped" in line for line in output)
    errors = proc.stderr.read() if proc.stderr else ""
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    assert "Traceback" not in errors


def test_state_option_keeps_orders_and_ids_across_runs(tmp_path: Path) -> None:
    state = tmp_path / "panel.json"
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    ids = []
    for run in range(2):
        port = free_port()
        args = ["--port", str(port), "--services", "50", "--speed", "0", "--state", str(state)]
        proc = subprocess.Popen(
            [sys.executable, "-m", "smmdesk.sandbox", *args],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            assert proc.stdout is not None
            lines = [proc.stdout.readline() for _ in range(3)]
            assert f"State file: {state}" in lines[2]
            url = f"http://127.0.0.1:{port}/api/v2"
            data = {"key": "demo-key", "link": f"https://instagram.com/p/{run}", "quantity": "100"}
            if run:
                status = requests.post(url, data={**data, "action": "status", "order": ids[0]})
                assert status.json()["status"] == "Pending", "the first run's order is there"
            answer = requests.post(url, data={**data, "action": "add", "service": "1"}, timeout=5)
            ids.append(answer.json()["order"])
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=5) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
    assert ids[1] == ids[0] + 1


def test_demo_panels_option_serves_the_extra_panels_beside_the_first() -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    args = ["--port", str(port), "--services", "100", "--demo-panels"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "smmdesk.sandbox", *args],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
        extra = f"http://127.0.0.1:{port}/demo3/api/v2"
        assert any(extra in line and "demo-key-3" in line for line in lines), lines
        answer = requests.post(extra, data={"key": "demo-key-3", "action": "balance"}, timeout=5)
        assert answer.json()["currency"] == "EUR"
        first = f"http://127.0.0.1:{port}/api/v2"
        answer = requests.post(first, data={"key": "demo-key", "action": "balance"}, timeout=5)
        assert answer.json()["currency"] == "USD"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=5) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
