"""``SandboxPanel``: the HTTP side of the demo panel (the server, reading requests, the key
check, which fault fires; wire.py writes the answers).

POST form bodies at ``/api/v2`` (also ``/api/v1``, ``/api/v3``, ``/api``); errors are HTTP 200
with ``{"error": ...}`` like real panels; JSON is written the way PHP writes it. More panels can
be served beside it (``add_panel``): each at ``/<name>/api/v2`` with its own key, catalogue,
currency, orders, balance and state file.
"""

from __future__ import annotations

import contextlib
import hmac
import re
import selectors
import socket
import sys
import threading
import time
from collections import Counter
from decimal import Decimal
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .catalog import Catalogue, php_json, reseller_catalogue, shared_catalogue
from .faults import PROCESSING_KINDS, FaultPlan
from .hostile import hostile_rows
from .persist import StateFile
from .state import PanelState, SandboxOrder, SandboxRefill
from .wire import HTML_TYPE, WireHandler

__all__ = ["API_PATHS", "SandboxMount", "SandboxPanel"]

API_PATHS = frozenset(("/api/v2", "/api/v1", "/api/v3", "/api"))
_MAX_BODY = 4 * 1024 * 1024
_MOUNT_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")


class _Mount:
    """One panel the server answers for: its key and its state (catalogue, orders, balance),
    kept on disk when it has a state file."""

    __slots__ = ("api_key", "state", "state_file")

    def __init__(
        self,
        api_key: str,
        state: PanelState,
        state_file: Path | str | None,
        min_ids: tuple[int | None, int | None],
    ) -> None:
        if not api_key:
            raise ValueError("the sandbox needs a non-empty API key")
        self.api_key = api_key
        self.state = state
        self.state_file = None if state_file is None else StateFile(state_file)
        if self.state_file is not None:
            self.state_file.restore(state)
        state.raise_next_ids(*min_ids)
        if self.state_file is not None:
            # Saved at once: the file's clock then runs at this run's speed from now on.
            self.state_file.save(state)
            state.on_change = self.state_file.save


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stop() joins handler threads itself, with a bound
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], panel: SandboxPanel) -> None:
        self.panel = panel
        self.stopping = threading.Event()
        self._conns: set[socket.socket] = set()
        self._handlers: set[threading.Thread] = set()
        self._conns_lock = threading.Lock()
        # serve_forever() polls for shutdown (0.5 s by default); a wake-up socket makes
        # stop() immediate, which matters when a test suite starts a hundred panels.
        self._wake_recv, self._wake_send = socket.socketpair()
        super().__init__(address, _Handler)

    def serve_until_stopped(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_recv, selectors.EVENT_READ)
            while not self.stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self and not self.stopping.is_set():
                        self.handle_request()  # ready, so this accepts without blocking

    def wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_send.send(b"x")

    def server_close(self) -> None:
        super().server_close()
        self._wake_recv.close()
        self._wake_send.close()

    def process_request(self, request: Any, client_address: Any) -> None:
        """One daemon thread per connection, tracked so stop() can close and join them."""
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        with self._conns_lock:
            self._conns.add(request)
            self._handlers.add(thread)
        thread.start()

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._conns_lock:
                self._handlers.discard(threading.current_thread())

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up (or stop() closing its connection) is not a server bug.
        if isinstance(sys.exception(), OSError):
            return
        super().handle_error(request, client_address)

    def join_handlers(self, deadline: float) -> None:
        """Wait (until ``deadline``, monotonic) for handler threads to finish their request."""
        with self._conns_lock:
            handlers = list(self._handlers)
        for thread in handlers:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))

    def shutdown_request(self, request: Any) -> None:
        with self._conns_lock:
            self._conns.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Unblock handler threads waiting on idle keep-alive connections."""
        with self._conns_lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class _Handler(WireHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like nginx in front of a real panel
    timeout = 30  # an abandoned keep-alive connection frees its thread
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stalls
    server: _Server

    def version_string(self) -> str:
        return "nginx"

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: tests and the demo GUI must not be flooded (and bodies are never logged)."""

    def _read_params(self) -> dict[str, str] | None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= _MAX_BODY:
            self.send_answer(
                413, b"<html><body><h1>413 Request Entity Too Large</h1></body></html>", HTML_TYPE
            )
            self.close_connection = True
            return None
        body = self.rfile.read(length).decode("utf-8", "replace")
        # Like PHP's $_POST: the last value of a repeated name wins.
        return {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}

    def _mount(self) -> _Mount | None:
        """The panel this request's path names (answering 404 when it names none)."""
        path = urlsplit(self.path).path.rstrip("/") or "/"
        mount = self.server.panel._mount_for(path)
        if mount is not None:
            return mount
        self.send_answer(
            404,
            b"<html><head><title>404 Not Found</title></head><body>"
            b"<center><h1>404 Not Found</h1></center><hr><center>nginx</center>"
            b"</body></html>",
            HTML_TYPE,
        )
        return None

    # ----- verbs --------------------------------------------------------------------------
    def do_GET(self) -> None:
        self.server.panel._record_get(self.path)
        if self._mount() is not None:
            self.send_answer(200, php_json({"error": "Incorrect request"}))

    def do_POST(self) -> None:
        params = self._read_params()
        mount = None if params is None else self._mount()
        if params is None or mount is None:
            return
        panel = self.server.panel
        key = params.pop("key", "")
        action = params.get("action", "")
        seq = panel._record(action, params)
        fault = panel.faults.pick(action)
        if fault is None:
            self.send_answer(200, panel._answer(mount, key, action, params))
            return
        kind = fault.kind
        if kind == "latency" and self.server.stopping.wait(fault.delay):
            panel.faults.record(seq, action, kind, False)
            self.abort(reset=False)
            return
        processed = kind in PROCESSING_KINDS
        body = panel._answer(mount, key, action, params) if processed else b""
        panel.faults.record(seq, action, kind, processed)
        self.send_fault(body, action, fault)


class SandboxPanel:
    """A demo SMM panel on loopback. ``start()`` it (or use ``with``), talk API v2 to ``url``.

    ``state_file``: where the panel keeps its orders, refills, balance, ids and clock across
    restarts (None: in memory only). Once written, the file's balance wins over ``balance``
    (the opening balance of a new panel). An unusable file is moved aside, never deleted.
    ``min_order_id`` / ``min_refill_id``: give out no id below these (the app passes one past
    the highest ids it has recorded for this panel, so ids never restart whatever happened to
    the file). The catalogue is never saved: ``services`` and ``seed`` generate it.
    """

    def __init__(
        self,
        services: int = 4000,
        seed: int = 1,
        balance: Decimal = Decimal("1000"),
        api_key: str = "demo-key",
        currency: str = "USD",
        speed: float = 60.0,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        hostile: bool = False,
        canary: str | None = None,
        state_file: Path | str | None = None,
        min_order_id: int | None = None,
        min_refill_id: int | None = None,
    ) -> None:
        """``hostile`` serves the hostile services of hostile.py first (their images point at
        this panel's own port and, with ``canary``, at files in that folder)."""
        if speed < 0:
            raise ValueError("speed must be >= 0")
        self.host = host
        self._port = port
        self._speed = speed
        self._catalogue = shared_catalogue(services, seed)
        self._state = PanelState(self._catalogue, Decimal(balance), currency, speed)
        self._root = _Mount(api_key, self._state, state_file, (min_order_id, min_refill_id))
        self.api_key = api_key
        self._state_file = self._root.state_file
        self._mounts: dict[str, _Mount] = {}
        self.faults = FaultPlan(seed)
        self._hostile = hostile
        self._canary = canary
        self._lock = threading.Lock()
        self._received: Counter[str] = Counter()
        self._requests: list[tuple[str, dict[str, str]]] = []
        self._gets: list[str] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:  # never the key
        where = self.url if self._server is not None else "not started"
        return f"SandboxPanel({where}, services={len(self._catalogue)})"

    # ----- more panels on the same server -------------------------------------------------
    def add_panel(
        self,
        name: str,
        api_key: str,
        *,
        catalogue: Catalogue | None = None,
        seed: int = 2,
        price_factor: Decimal = Decimal("1"),
        decorate: float = 0.0,
        balance: Decimal = Decimal("1000"),
        currency: str = "USD",
        state_file: Path | str | None = None,
        min_order_id: int | None = None,
        min_refill_id: int | None = None,
    ) -> SandboxMount:
        """Serve another panel at ``/<name>/api/v2`` (before or after ``start``), with its own
        key, orders, balance, currency and state file. Its catalogue is ``catalogue``, or a
        reseller's copy of this panel's (``reseller_catalogue``: the fixed services under their
        ids, most others under new ids, rates × ``price_factor`` with a per-service spread,
        names restyled with probability ``decorate``). Faults and the request log are shared."""
        if not _MOUNT_NAME.fullmatch(name) or name == "api" or name in self._mounts:
            raise ValueError(f"not a usable panel name: {name!r}")
        if catalogue is None:
            catalogue = reseller_catalogue(
                self._catalogue, seed, price_factor=price_factor, decorate=decorate
            )
        state = PanelState(catalogue, Decimal(balance), currency, self._speed)
        self._mounts[name] = _Mount(api_key, state, state_file, (min_order_id, min_refill_id))
        return SandboxMount(self, name, self._mounts[name])

    # ----- lifecycle ----------------------------------------------------------------------
    def start(self) -> SandboxPanel:
        """Serve on a background thread; returns self."""
        if self._server is not None:
            raise RuntimeError("the sandbox panel is already started")
        self._server = _Server((self.host, self._port), self)
        self._port = self._server.server_address[1]
        if self._hostile:
            # the images point back at this very port: known only now
            rows = hostile_rows(self._port, self._canary)
            self._catalogue = self._catalogue.with_rows(rows)
            self._state.catalogue = self._catalogue
        self._thread = threading.Thread(
            target=self._server.serve_until_stopped,
            name=f"sandbox-panel-{self._port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Shut the server down: cut waits short, close connections, join the thread."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        deadline = time.monotonic() + 1.0
        server.stopping.set()
        server.wake()
        thread.join(timeout=1.0)
        server.drop_connections()
        # After stop() returns no handler is still answering or changing the state.
        server.join_handlers(deadline)
        server.server_close()
        self._server = self._thread = None

    def __enter__(self) -> SandboxPanel:
        return self if self._server is not None else self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ----- what tests and the demo read ---------------------------------------------------
    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the sandbox panel is not started")
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/api/v2"

    @property
    def received(self) -> Counter[str]:
        """How many POSTs arrived per action (faulted ones included). A copy."""
        with self._lock:
            return Counter(self._received)

    @property
    def requests(self) -> list[tuple[str, dict[str, str]]]:
        """Every POST as (action, params without the key), in arrival order. A copy."""
        with self._lock:
            return [(action, dict(params)) for action, params in self._requests]

    @property
    def gets(self) -> list[str]:
        """The path of every GET request, in arrival order (API clients only POST: a GET is
        something fetching a URL, such as an image a hostile name points at). A copy."""
        with self._lock:
            return list(self._gets)

    @property
    def state_file(self) -> Path | None:
        """Where the state is kept (None: in memory only)."""
        return None if self._state_file is None else self._state_file.path

    @property
    def moved_aside(self) -> Path | None:
        """Where an unusable state file was moved to when this panel started, if it had to."""
        return None if self._state_file is None else self._state_file.moved_aside

    @property
    def orders(self) -> dict[int, SandboxOrder]:
        return self._state.orders()

    @property
    def refills(self) -> dict[int, SandboxRefill]:
        return self._state.refills()

    @property
    def balance(self) -> Decimal:
        return self._state.balance

    @property
    def currency(self) -> str:
        return self._state.currency

    @property
    def services(self) -> list[dict[str, Any]]:
        """The catalogue exactly as served (copies)."""
        return [dict(service) for service in self._catalogue.services]

    def set_services(self, services: list[dict[str, Any]]) -> None:
        """Serve ``services`` (dicts shaped like ``services`` gives them) from the next
        request on: a panel that changed its catalogue between two refreshes."""
        catalogue = Catalogue.from_served(services)
        with self._lock:
            self._catalogue = catalogue
            self._state.catalogue = catalogue

    @property
    def now(self) -> float:
        """The sandbox clock, in sandbox seconds."""
        return self._state.now()

    def advance(self, seconds: float) -> None:
        """Move the sandbox clock forward (tests use this instead of sleeping)."""
        self._state.advance(seconds)

    def set_status(
        self, order_id: int, status: str, remains: int | None = None, start_count: int | None = None
    ) -> None:
        """Force an order's status (it stops progressing); refunds follow the status."""
        self._state.set_status(order_id, status, remains, start_count)

    def set_balance(self, amount: Decimal) -> None:
        self._state.set_balance(amount)

    # ----- request handling (called from handler threads) ---------------------------------
    def _record_get(self, path: str) -> None:
        with self._lock:
            self._gets.append(path)

    def _record(self, action: str, params: dict[str, str]) -> int:
        with self._lock:
            self._received[action] += 1
            self._requests.append((action, dict(params)))
            return len(self._requests) - 1

    def _mount_for(self, path: str) -> _Mount | None:
        if path in API_PATHS:
            return self._root
        first, _, tail = path[1:].partition("/")
        if ("/" + tail) not in API_PATHS:
            return None
        return self._mounts.get(first)

    def _answer(self, mount: _Mount, key: str, action: str, params: dict[str, str]) -> bytes:
        if not hmac.compare_digest(key.encode(), mount.api_key.encode()):
            return php_json({"error": "Invalid API key"})
        if not action:
            return php_json({"error": "Incorrect request"})
        answer = mount.state.handle(action, params)
        return answer if isinstance(answer, bytes) else php_json(answer)


class SandboxMount:
    """A panel served beside the first one by ``SandboxPanel.add_panel``: what a client needs
    (``url``, ``api_key``) and what tests read or change."""

    def __init__(self, server: SandboxPanel, name: str, mount: _Mount) -> None:
        self._server = server
        self.name = name
        self._mount = mount

    def __repr__(self) -> str:  # never the key
        return f"SandboxMount({self.name!r}, services={len(self._mount.state.catalogue)})"

    @property
    def api_key(self) -> str:
        return self._mount.api_key

    @property
    def url(self) -> str:
        """``http://host:port/<name>/api/v2`` (the server must be started)."""
        return self._server.url.removesuffix("/api/v2") + f"/{self.name}/api/v2"

    @property
    def currency(self) -> str:
        return self._mount.state.currency

    def set_services(self, services: list[dict[str, Any]]) -> None:
        """Serve ``services`` from the next request on (see ``SandboxPanel.set_services``)."""
        catalogue = Catalogue.from_served(services)
        with self._server._lock:
            self._mount.state.catalogue = catalogue

    @property
    def balance(self) -> Decimal:
        return self._mount.state.balance

    @property
    def orders(self) -> dict[int, SandboxOrder]:
        return self._mount.state.orders()

    @property
    def services(self) -> list[dict[str, Any]]:
        """The catalogue exactly as served (copies)."""
        return [dict(service) for service in self._mount.state.catalogue.services]

    @property
    def state_file(self) -> Path | None:
        return None if self._mount.state_file is None else self._mount.state_file.path

    def set_status(
        self, order_id: int, status: str, remains: int | None = None, start_count: int | None = None
    ) -> None:
        self._mount.state.set_status(order_id, status, remains, start_count)

    def advance(self, seconds: float) -> None:
        self._mount.state.advance(seconds)
