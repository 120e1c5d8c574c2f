"""Stopping without waiting: how long shutdown takes while the network holds a thread.

1. ``SandboxPanel.stop()`` with a client's idle keep-alive connection open, against the naive
   baseline: the standard library's ThreadingHTTPServer, which waits for that connection's
   handler until its read times out (``--keepalive`` seconds here; 30 in the sandbox).
2. ``AbortableSession.abort()`` (what the poller's ``stop()`` uses) while a request waits on a
   slow panel, against the naive baseline: waiting for the answer (``--delay`` seconds).

The tests only check that these stay far below the delays; the sub-second figures live here.

    .venv/bin/python bench/bench_stop.py [--runs 5] [--delay 2] [--keepalive 2]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

from smmdesk.core.abortable import AbortableSession
from smmdesk.core.client import PanelClient
from smmdesk.core.errors import PanelError
from smmdesk.sandbox import SandboxPanel


def sandbox_stop() -> float:
    panel = SandboxPanel(services=30, speed=0).start()
    session = requests.Session()
    session.post(panel.url, data={"key": panel.api_key, "action": "balance"}, timeout=5)
    began = time.perf_counter()
    panel.stop()
    elapsed = time.perf_counter() - began
    session.close()
    return elapsed


def stdlib_stop(keepalive: float) -> float:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = keepalive

        def do_POST(self) -> None:
            body = b'{"balance": "1.00", "currency": "USD"}'
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    session = requests.Session()
    session.post(f"http://127.0.0.1:{server.server_address[1]}/", data={"a": "b"}, timeout=5)
    began = time.perf_counter()
    server.shutdown()
    server.server_close()  # joins the handler threads: the keep-alive one waits out its timeout
    elapsed = time.perf_counter() - began
    session.close()
    return elapsed


def held_request(delay: float, abort: bool) -> float:
    panel = SandboxPanel(services=30, speed=0).start()
    panel.faults.inject("latency", "balance", delay=delay)
    session = AbortableSession()
    client = PanelClient(panel.url, panel.api_key, session=session, max_retries=0)
    done = threading.Event()

    def call() -> None:
        with contextlib.suppress(PanelError):
            client.balance()
        done.set()

    threading.Thread(target=call, daemon=True).start()
    while panel.received["balance"] == 0:
        time.sleep(0.005)
    began = time.perf_counter()
    if abort:
        session.abort()
    done.wait(delay + 5)
    elapsed = time.perf_counter() - began
    panel.stop()
    return elapsed


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=5)
    options.add_argument("--delay", type=float, default=2.0)
    options.add_argument("--keepalive", type=float, default=2.0)
    args = options.parse_args()
    rows = {
        "SandboxPanel.stop, idle keep-alive": [sandbox_stop() for _ in range(args.runs)],
        "stdlib server stop (baseline)": [stdlib_stop(args.keepalive) for _ in range(args.runs)],
        "abort a held request": [held_request(args.delay, True) for _ in range(args.runs)],
        "wait for it (baseline)": [held_request(args.delay, False) for _ in range(args.runs)],
    }
    medians = {name: statistics.median(times) for name, times in rows.items()}
    for name, value in medians.items():
        print(f"  {name:38s} median {value * 1000:8.1f} ms   max {max(rows[name]) * 1000:8.1f} ms")
    names = list(medians)
    print(f"ratio stop / baseline: {medians[names[0]] / medians[names[1]]:.3f}")
    print(f"ratio abort / baseline: {medians[names[2]] / medians[names[3]]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
