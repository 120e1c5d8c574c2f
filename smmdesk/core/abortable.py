"""AbortableSession: a requests session whose requests in flight another thread can cut at once,
so a worker blocked in an HTTP read (a slow panel) never holds up the app's shutdown."""

from __future__ import annotations

import contextlib
import socket
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import requests
from requests.adapters import HTTPAdapter
from urllib3 import HTTPConnectionPool, HTTPSConnectionPool, PoolManager

if TYPE_CHECKING:  # urllib3 itself imports these protocols for typing only
    from urllib3._base_connection import BaseHTTPConnection, BaseHTTPSConnection

__all__ = ["AbortableSession", "RequestCancelled"]

_Track = Callable[["BaseHTTPConnection"], None]


class RequestCancelled(requests.exceptions.ConnectionError):
    """A request made after ``abort()``: refused before connecting, so nothing was sent."""


class _TrackedHTTPPool(HTTPConnectionPool):
    on_new_conn: _Track | None = None

    def _new_conn(self) -> BaseHTTPConnection:
        conn = super()._new_conn()
        if self.on_new_conn is not None:
            self.on_new_conn(conn)
        return conn


class _TrackedHTTPSPool(HTTPSConnectionPool):
    on_new_conn: _Track | None = None

    def _new_conn(self) -> BaseHTTPSConnection:
        conn = super()._new_conn()
        if self.on_new_conn is not None:
            self.on_new_conn(conn)
        return conn


class _TrackingPoolManager(PoolManager):
    """A PoolManager whose pools report every connection they open."""

    def __init__(self, on_new_conn: _Track, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pool_classes_by_scheme = {"http": _TrackedHTTPPool, "https": _TrackedHTTPSPool}
        self._on_new_conn = on_new_conn

    def _new_pool(
        self,
        scheme: str,
        host: str,
        port: int,
        request_context: dict[str, Any] | None = None,
    ) -> HTTPConnectionPool:
        pool = super()._new_pool(scheme, host, port, request_context)
        if isinstance(pool, _TrackedHTTPPool | _TrackedHTTPSPool):
            pool.on_new_conn = self._on_new_conn
        return pool


class _AbortableAdapter(HTTPAdapter):
    """An HTTPAdapter that remembers the connections it opened, so ``abort()`` can shut their
    sockets: a read blocked on one of them returns at once (as a lost connection)."""

    def __init__(self) -> None:
        self._conns: weakref.WeakSet[BaseHTTPConnection] = weakref.WeakSet()
        self._lock = threading.Lock()
        self.aborted = False
        super().__init__()

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        # Same as HTTPAdapter.init_poolmanager, with the tracking manager.
        self._pool_connections = connections
        self._pool_maxsize = maxsize
        self._pool_block = block
        self.poolmanager = _TrackingPoolManager(
            self._track, num_pools=connections, maxsize=maxsize, block=block, **pool_kwargs
        )

    def _track(self, conn: BaseHTTPConnection) -> None:
        with self._lock:
            self._conns.add(conn)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
        if self.aborted:
            # Reads as "never connected" to PanelClient (TransportError): nothing was sent.
            raise RequestCancelled(
                ConnectionRefusedError("the request was cancelled"), request=request
            )
        return super().send(request, *args, **kwargs)

    def abort(self) -> None:
        self.aborted = True
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            sock = getattr(conn, "sock", None)
            if sock is None:
                continue
            # OSError: already closed, or not connected yet: nothing to cut
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class AbortableSession(requests.Session):
    """A ``requests.Session`` (pass it to ``PanelClient(session=...)``) with :meth:`abort`.

    ``abort()`` may be called from any thread: it shuts down the sockets of every connection
    the session opened, so a request blocked reading an answer fails at once, and every later
    request fails before connecting. A request still resolving DNS or connecting is not cut
    (the caller must not wait on it: see ``gui/runtime/poller.py``). Requests through a proxy
    are not tracked.
    """

    def __init__(self) -> None:
        super().__init__()
        self._abortable = _AbortableAdapter()
        self.mount("http://", self._abortable)
        self.mount("https://", self._abortable)

    @property
    def aborted(self) -> bool:
        return self._abortable.aborted

    def abort(self) -> None:
        self._abortable.abort()

    def live_connections(self) -> int:
        """How many opened connections still hold a socket (for tests and diagnostics)."""
        with self._abortable._lock:
            conns = list(self._abortable._conns)
        return sum(1 for conn in conns if getattr(conn, "sock", None) is not None)
