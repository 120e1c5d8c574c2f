"""The poller's worker: lives on the poller's QThread, owns each watched panel's client (built
by the gateway's factory, on an abortable session), runs ``core.polling`` cycles when they are
due and reports each as a ``PollReport``. Touches no widget; a stop cuts it mid-request."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from smmdesk.core.errors import PanelRejected, TransportCause, TransportError
from smmdesk.core.models import Balance, OrderState, RefillState
from smmdesk.core.polling import (
    Backoff,
    PollHealth,
    PollMemory,
    PollResult,
    poll_cycle,
)
from smmdesk.core.store import Store
from smmdesk.gui.runtime.gateway import ClientTarget, PollClients
from smmdesk.gui.wording.errors import poll_state_text

if TYPE_CHECKING:
    from smmdesk.core.abortable import AbortableSession
    from smmdesk.core.client import PanelClient

__all__ = ["PollReport", "PollWorker"]

log = logging.getLogger(__name__)

_T = TypeVar("_T")

#: how long the ending thread waits for HTTP helper threads whose sockets abort() cut
_HELPER_JOIN_S = 0.25


class _Interruptible:
    """The worker's view of a PanelClient: each call runs on a short-lived daemon thread while
    the worker waits on a condition that ``stop`` also wakes. A call blocked in DNS or connect
    (which no socket shutdown can cut) thus never holds the worker; the request itself is cut
    by ``AbortableSession.abort``."""

    def __init__(
        self, client: PanelClient, stop: threading.Event, wake: threading.Condition
    ) -> None:
        self._client = client
        self._stop = stop
        self._wake = wake
        self.helpers: list[threading.Thread] = []

    def statuses(self, order_ids: Iterable[int]) -> Mapping[int, OrderState | PanelRejected]:
        return self._call(self._client.statuses, list(order_ids))

    def refill_statuses(self, refill_ids: Iterable[int]) -> Mapping[int, RefillState]:
        return self._call(self._client.refill_statuses, list(refill_ids))

    def balance(self) -> Balance:
        return self._call(self._client.balance)

    def _call(self, fn: Callable[..., _T], *args: object) -> _T:
        if self._stop.is_set():
            raise TransportError("Polling has stopped", cause=TransportCause.CANCELLED)
        outcome: list[tuple[bool, Any]] = []

        def run() -> None:
            try:
                result: tuple[bool, Any] = (True, fn(*args))
            except BaseException as exc:  # handed to the worker, which decides
                result = (False, exc)
            with self._wake:
                outcome.append(result)
                self._wake.notify_all()

        helper = threading.Thread(target=run, name="smmdesk-poller-http", daemon=True)
        self.helpers = [t for t in self.helpers if t.is_alive()]
        self.helpers.append(helper)
        helper.start()
        with self._wake:
            self._wake.wait_for(lambda: bool(outcome) or self._stop.is_set())
        if not outcome:
            raise TransportError("Polling has stopped", cause=TransportCause.CANCELLED)
        ok, value = outcome[0]
        if ok:
            return value  # type: ignore[no-any-return]
        raise value


@dataclass(eq=False)
class _Watched:
    panel_id: int
    # url, key, user agent: a changed one rebuilds the client
    target: ClientTarget
    session: AbortableSession
    client: PanelClient
    calls: _Interruptible
    backoff: Backoff
    memory: PollMemory = field(default_factory=PollMemory)
    due: float = 0.0
    manual: bool = True  # the first cycle also asks about orders stopped in an earlier session


@dataclass(frozen=True, slots=True)
class PollReport:
    """One cycle's outcome, from the worker thread to the GUI thread: codes and the error, put
    into words on the GUI thread."""

    panel_id: int
    result: PollResult | None  # None: the cycle failed locally (e.g. the database was busy)
    health: PollHealth
    error: BaseException | None  # what ended the cycle (None: it went well)
    next_in: float  # seconds until the next cycle


class PollWorker(QObject):
    """Lives on the poller thread: owns the panels' clients (made by ``clients``, the gateway's
    factory) and the timer. Touches no widget."""

    sig_report = Signal(object)
    """PollReport: a cycle ended (delivered queued to the Poller on the GUI thread)."""

    def __init__(
        self,
        store: Store,
        stop: threading.Event,
        interval: float,
        min_interval: float,
        clients: PollClients,
    ) -> None:
        super().__init__()
        self._store = store
        self._stop = stop
        self._wake = threading.Condition()
        self._interval = interval
        self._min_interval = min_interval
        self._clients = clients
        self._watched: dict[int, _Watched] = {}
        self._lock = threading.Lock()  # guards _watched against abort_all() from the GUI thread
        self._timer: QTimer | None = None

    # -- slots, run on the poller thread -----------------------------------------------------
    @Slot()
    def on_started(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.on_due)
        self._schedule()

    @Slot(int, object)
    def on_watch(self, panel_id: int, target: ClientTarget) -> None:
        old = self._watched.get(panel_id)
        if old is not None and old.target == target:
            old.due = time.monotonic()
            self._schedule()
            return
        if old is not None:
            self._forget(old)
        # on the poller's thread: the HTTP stack is imported here, never on the GUI thread
        from smmdesk.core.abortable import AbortableSession

        session = AbortableSession()
        try:
            # the client's retry pauses end at once on stop
            client = self._clients(target, session, self._pause)
        except ValueError:  # an unusable URL: say so, poll nothing
            session.close()
            unusable = TransportError("Unusable panel URL", cause=TransportCause.BAD_URL)
            self.sig_report.emit(PollReport(panel_id, None, PollHealth.BACKING_OFF, unusable, 0.0))
            return
        watched = _Watched(
            panel_id=panel_id,
            target=target,
            session=session,
            client=client,
            calls=_Interruptible(client, self._stop, self._wake),
            backoff=Backoff(self._interval, min_interval=self._min_interval),
            due=time.monotonic(),
        )
        with self._lock:
            self._watched[panel_id] = watched
        self._schedule()

    @Slot(int)
    def on_unwatch(self, panel_id: int) -> None:
        watched = self._watched.get(panel_id)
        if watched is not None:
            self._forget(watched)
            self._schedule()

    @Slot(object)
    def on_refresh(self, panel_id: object) -> None:
        now = time.monotonic()
        for watched in self._watched.values():
            if panel_id is None or watched.panel_id == panel_id:
                watched.due = now
                watched.manual = True
        self._schedule()

    @Slot(float)
    def on_set_interval(self, seconds: float) -> None:
        self._interval = seconds
        now = time.monotonic()
        for watched in self._watched.values():
            interval = watched.backoff.set_interval(seconds)
            if watched.backoff.health is PollHealth.OK:
                watched.due = min(watched.due, now + interval)
        self._schedule()

    @Slot()
    def on_due(self) -> None:
        now = time.monotonic()
        due = sorted((w for w in self._watched.values() if w.due <= now), key=lambda w: w.due)
        for watched in due:
            if self._stop.is_set():
                return
            if self._watched.get(watched.panel_id) is watched:
                self._poll(watched)
        self._schedule()

    @Slot()
    def on_finished(self) -> None:
        """Runs on the poller thread as it ends: close clients, the thread's DB connection."""
        with self._lock:
            watched, self._watched = list(self._watched.values()), {}
        deadline = time.monotonic() + _HELPER_JOIN_S
        for item in watched:
            item.session.abort()
            for helper in item.calls.helpers:
                helper.join(max(0.0, deadline - time.monotonic()))
            item.client.close()
            item.session.close()
        self._store.close_thread_connection()

    # -- from any thread ----------------------------------------------------------------------
    def abort_all(self) -> None:
        """Cut every request in flight and wake the worker (call after setting ``stop``)."""
        with self._lock:
            sessions = [w.session for w in self._watched.values()]
        for session in sessions:
            session.abort()
        with self._wake:
            self._wake.notify_all()

    # -- internals ----------------------------------------------------------------------------
    def _pause(self, seconds: float) -> None:
        self._stop.wait(seconds)

    def _forget(self, watched: _Watched) -> None:
        with self._lock:
            self._watched.pop(watched.panel_id, None)
        watched.session.abort()
        watched.client.close()
        watched.session.close()

    def _schedule(self) -> None:
        if self._timer is None or self._stop.is_set():
            return
        if not self._watched:
            self._timer.stop()
            return
        first = min(w.due for w in self._watched.values())
        self._timer.start(max(0, round((first - time.monotonic()) * 1000)))

    def _poll(self, watched: _Watched) -> None:
        manual, watched.manual = watched.manual, False
        try:
            result: PollResult | None = poll_cycle(
                self._store,
                watched.calls,
                watched.panel_id,
                memory=watched.memory,
                include_stopped=manual,
            )
        except Exception as exc:  # a local failure (database busy, disk): keep the thread alive
            log.error("poll of panel %s failed locally: %s", watched.panel_id, exc)
            result = None
            step = watched.backoff.failure(exc)
        else:
            assert result is not None
            if result.error is None:
                step = watched.backoff.success()
            else:
                step = watched.backoff.failure(result.error)
        if self._stop.is_set():
            return
        watched.due = time.monotonic() + step.delay
        report = PollReport(watched.panel_id, result, step.health, step.error, step.delay)
        self.sig_report.emit(report)


def _duration(seconds: float) -> str:
    """A wait in words ("40 s", "10 min"). PollWorker.tr, not QCoreApplication.translate:
    lupdate files only tr() calls with a count as plural (numerus) messages. (PySide's stubs
    know only the bound form of tr: hence the ignores.)"""
    if seconds < 90:
        return PollWorker.tr("%Ln s", "", max(1, round(seconds)))  # type: ignore[arg-type]
    return PollWorker.tr("%Ln min", "", round(seconds / 60))  # type: ignore[arg-type]


def state_text(report: PollReport) -> str:
    """What the status bar says about a panel after this cycle."""
    wait = _duration(report.next_in)
    return poll_state_text(report.health, report.error, wait, recorded=report.result is not None)
