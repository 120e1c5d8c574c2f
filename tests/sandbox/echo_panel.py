"""EchoPanel: a tiny HTTP server on loopback that answers every POST with whatever a test
sets (status, headers, body), for answers the sandbox panel never gives."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

__all__ = ["EchoPanel"]


class EchoPanel:
    """Answers every POST with ``reply(form)`` -> (status, headers, body) and records requests."""

    def __init__(self) -> None:
        self.reply: Callable[[dict[str, str]], tuple[int, dict[str, str], bytes]] = lambda f: (
            200,
            {},
            b"{}",
        )
        self.seen: list[tuple[str, dict[str, str], dict[str, str]]] = []
        echo = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = {
                    k: v[-1] for k, v in parse_qs(self.rfile.read(length).decode(), True).items()
                }
                echo.seen.append((self.path, dict(self.headers), form))
                status, shared_headers, body = echo.reply(form)
                headers = dict(shared_headers)
                self.send_response(status)
                headers.setdefault("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/v2"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> EchoPanel:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
