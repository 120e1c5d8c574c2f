"""The background poller: a worker object on its own QThread runs ``core.polling`` cycles for
every watched panel, talks to the GUI only by signals, and stops within a second, mid-request."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from smmdesk.core.abortable import AbortableSession
from smmdesk.core.client import PanelClient
from smmdesk.core.errors import PanelRejected, TransportCause, TransportError
from smmdesk.core.models import Balance, OrderState, RefillState
from smmdesk.core.polling import (
    DEFAULT_INTERVAL,
    MAX_BACKOFF,
    MIN_INTERVAL,
    Backoff,
    PollHealth,
    PollMemory,
    PollResult,
    poll_cycle,
)
from smmdesk.core.store import Store
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.wording.errors import poll_state_text

__all__ = ["CHANGE_BATCH", "CLIENT_OPTIONS", "PollReport", "PollWorker", "Poller"]

log = logging.getLogger(__name__)

_T = TypeVar("_T")

#: PanelClient options for polling: read-only calls, so the client's own retries are fine;
#: modest timeouts; a Retry-After longer than ``max_wait`` goes to the Backoff instead.
CLIENT_OPTIONS: Mapping[str, Any] = {
    "connect_timeout": 5.0,
    "read_timeout": 20.0,
    "max_retries": 2,
    "max_wait": 5.0,
}
#: local ids per sig_orders_changed: a cycle that changed 10,000 orders reaches the view in
#: slices, with the event loop running between them
CHANGE_BATCH = 500
#: how long the ending thread waits for HTTP helper threads whose sockets abort() cut
_HELPER_JOIN_S = 0.25
#: QSettings key of the interval, in seconds
INTERVAL_KEY = "poller/interval"
# Threads stopped past their deadline: kept referenced so Qt never destroys a running QThread.
_ORPHANS: list[QThread] = []


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
    # url, key, user agent: a changed one rebuilds the client; never in a repr (the key)
    signature: tuple[str, str, str | None] = field(repr=False)
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
    """Lives on the poller thread: owns the panels' clients and the timer. Touches no widget."""

    sig_report = Signal(object)
    """PollReport: a cycle ended (delivered queued to the Poller on the GUI thread)."""

    def __init__(
        self,
        store: Store,
        stop: threading.Event,
        interval: float,
        min_interval: float,
        client_options: Mapping[str, Any],
    ) -> None:
        super().__init__()
        self._store = store
        self._stop = stop
        self._wake = threading.Condition()
        self._interval = interval
        self._min_interval = min_interval
        self._client_options = dict(client_options)
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

    @Slot(int, str, str, object)
    def on_watch(self, panel_id: int, url: str, api_key: str, user_agent: object) -> None:
        agent = user_agent if isinstance(user_agent, str) and user_agent else None
        signature = (url, api_key, agent)
        old = self._watched.get(panel_id)
        if old is not None and old.signature == signature:
            old.due = time.monotonic()
            self._schedule()
            return
        if old is not None:
            self._forget(old)
        session = AbortableSession()
        try:
            client = PanelClient(
                url,
                api_key,
                user_agent=agent,
                session=session,
                sleep=self._pause,  # the client's retry pauses end at once on stop
                **self._client_options,
            )
        except ValueError:  # an unusable URL: say so, poll nothing
            session.close()
            unusable = TransportError("Unusable panel URL", cause=TransportCause.BAD_URL)
            self.sig_report.emit(PollReport(panel_id, None, PollHealth.BACKING_OFF, unusable, 0.0))
            return
        watched = _Watched(
            panel_id=panel_id,
            signature=signature,
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


class Poller(QObject):
    """Polls every watched panel on one background thread (worker object + QThread).

    Each panel gets its own client and backoff. Call :meth:`stop` before the store closes
    (the app's ``aboutToQuit``); a stopped Poller cannot be started again.
    """

    sig_orders_changed = Signal(int, list)
    """(panel_id, local ids whose stored status changed): re-read only those rows. A big
    cycle's ids come in several emissions of at most CHANGE_BATCH ids."""
    sig_refills_changed = Signal(int, list)
    """(panel_id, local ids of orders whose refill changed)."""
    sig_balance = Signal(int, object)
    """(panel_id, Balance): the balance fetched by a cycle."""
    sig_state = Signal(int, str, str)
    """(panel_id, "ok" | "backing_off" | "offline" | "rate_limited", message for the user)."""
    sig_status_transitions = Signal(list)
    """[(local_id, old OrderStatus | None, new OrderStatus)]: status changes, for notifications."""
    sig_cycle_finished = Signal(int, object)
    """(panel_id, PollResult | None): a cycle ended (None: it failed locally)."""

    _sig_watch = Signal(int, str, str, object)
    """Queued to the worker: (panel_id, url, api key, user agent)."""
    _sig_unwatch = Signal(int)
    """Queued to the worker: stop polling a panel."""
    _sig_refresh = Signal(object)
    """Queued to the worker: poll this panel (or every panel, None) now."""
    _sig_interval = Signal(float)
    """Queued to the worker: the healthy interval, in seconds."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        min_interval: float = MIN_INTERVAL,
        client_options: Mapping[str, Any] = CLIENT_OPTIONS,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._min_interval = min_interval
        self._interval = self._clamp(_float(ctx.settings.value(INTERVAL_KEY), DEFAULT_INTERVAL))
        self._stop = threading.Event()
        self._stopped = False
        self._thread = QThread()
        self._thread.setObjectName("smmdesk-poller")
        self._worker: PollWorker | None = PollWorker(
            ctx.store, self._stop, self._interval, min_interval, client_options
        )
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.on_started)
        # finished is emitted on the ending thread: a direct call runs the clean-up there
        self._thread.finished.connect(
            self._worker.on_finished, type=Qt.ConnectionType.DirectConnection
        )
        self._thread.finished.connect(self._worker.deleteLater)
        self._worker.sig_report.connect(self._on_report)
        self._sig_watch.connect(self._worker.on_watch)
        self._sig_unwatch.connect(self._worker.on_unwatch)
        self._sig_refresh.connect(self._worker.on_refresh)
        self._sig_interval.connect(self._worker.on_set_interval)
        self._outbox: deque[Callable[[], None]] = deque()
        self._drain = QTimer(self)
        self._drain.setSingleShot(True)
        self._drain.setInterval(0)
        self._drain.timeout.connect(self._on_drain)
        app = QCoreApplication.instance()
        if app is not None:
            # A safety net: the thread must end before Qt tears down (the owner should still
            # call stop() before the store closes).
            app.aboutToQuit.connect(self.stop)

    def _clamp(self, seconds: float) -> float:
        return min(MAX_BACKOFF, max(self._min_interval, seconds))

    @property
    def interval(self) -> float:
        return self._interval

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def start(self) -> None:
        if self._stopped:
            raise RuntimeError("a stopped Poller cannot be started again")
        if not self._thread.isRunning():
            self._thread.start()

    def stop(self, timeout_ms: int = 1000) -> bool:
        """Stop polling, cutting any request in flight; True if the thread ended in time."""
        if self._stopped:
            return not self._thread.isRunning()
        self._stopped = True
        self._stop.set()
        self._drain.stop()
        self._outbox.clear()
        worker, self._worker = self._worker, None
        if not self._thread.isRunning():
            if worker is not None:  # never started: nothing ran on the thread
                worker.deleteLater()
            return True
        if worker is not None:
            worker.abort_all()
        self._thread.quit()
        ended = bool(self._thread.wait(timeout_ms))
        if not ended:
            log.warning("the poller thread did not stop within %d ms", timeout_ms)
            _ORPHANS.append(self._thread)
        return ended

    def set_interval(self, seconds: float) -> None:
        """The interval between a healthy panel's cycles (5 s to 10 min), kept in the settings."""
        self._interval = self._clamp(float(seconds))
        self._ctx.settings.setValue(INTERVAL_KEY, self._interval)
        self._sig_interval.emit(self._interval)

    def watch(self, panel_id: int, url: str, api_key: str, user_agent: str | None) -> None:
        """Poll this panel (``url`` as resolved, e.g. the live demo URL) with its own client;
        the first cycle runs at once. Watching again with the same details refreshes it.
        Without a key the panel is not polled (and polling it stops)."""
        if self._stopped:
            return
        if not api_key.strip():
            log.warning("panel %s has no API key: not polled", panel_id)
            self._sig_unwatch.emit(panel_id)
            return
        self._sig_watch.emit(panel_id, url, api_key, user_agent)

    def unwatch(self, panel_id: int) -> None:
        if not self._stopped:
            self._sig_unwatch.emit(panel_id)

    def refresh_now(self, panel_id: int | None = None) -> None:
        """Poll this panel (every panel if None) now, whatever its backoff; orders whose polling
        stopped after repeated refusals are asked about once more."""
        if not self._stopped:
            self._sig_refresh.emit(panel_id)

    @Slot(object)
    def _on_report(self, report: PollReport) -> None:
        if self._stopped:
            return
        changed = report.result.changed if report.result is not None else ()
        for start in range(0, len(changed), CHANGE_BATCH):
            batch = list(changed[start : start + CHANGE_BATCH])
            self._outbox.append(partial(self.sig_orders_changed.emit, report.panel_id, batch))
        self._outbox.append(partial(self._emit_rest, report))
        if not self._drain.isActive():
            self._on_drain()

    @Slot()
    def _on_drain(self) -> None:
        """One step of the outbox per event-loop pass, so the view's updates of a big cycle
        are spread out instead of stalling the GUI in one go."""
        if self._stopped:
            self._outbox.clear()
            return
        if self._outbox:
            self._outbox.popleft()()
        if self._outbox:
            self._drain.start()

    def _emit_rest(self, report: PollReport) -> None:
        result = report.result
        if result is not None:
            if result.refills_changed:
                self.sig_refills_changed.emit(report.panel_id, list(result.refills_changed))
            if result.transitions:
                self.sig_status_transitions.emit(list(result.transitions))
            if result.balance is not None:
                self.sig_balance.emit(report.panel_id, result.balance)
        self.sig_state.emit(report.panel_id, report.health.value, state_text(report))
        self.sig_cycle_finished.emit(report.panel_id, result)


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
