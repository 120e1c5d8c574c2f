"""The background poller, seen from the GUI thread: a worker object (``poll_worker``) on its own
QThread polls every watched panel; the Poller starts and stops that thread (within a second,
mid-request), tells the worker what to watch (each panel's client target comes from the
gateway) and spreads a cycle's news over the event loop as signals."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from smmdesk.core.polling import DEFAULT_INTERVAL, MAX_BACKOFF, MIN_INTERVAL
from smmdesk.core.store import PanelRecord
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.gateway import POLLING, ClientOptions, ClientTarget, KeyNeeded
from smmdesk.gui.runtime.poll_worker import PollReport, PollWorker, state_text

__all__ = ["CHANGE_BATCH", "INTERVAL_KEY", "Poller"]

log = logging.getLogger(__name__)

#: local ids per sig_orders_changed: a cycle that changed 10,000 orders reaches the view in
#: slices, with the event loop running between them
CHANGE_BATCH = 500
#: QSettings key of the interval, in seconds
INTERVAL_KEY = "poller/interval"
# Threads stopped past their deadline: kept referenced so Qt never destroys a running QThread.
_ORPHANS: list[QThread] = []


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

    _sig_watch = Signal(int, object)
    """Queued to the worker: (panel_id, ClientTarget)."""
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
        client_options: ClientOptions = POLLING,
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
            ctx.store,
            self._stop,
            self._interval,
            min_interval,
            ctx.gateway.poll_clients(client_options),
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

    def watch_panel(self, panel: PanelRecord) -> None:
        """Poll this saved panel with its own client, at the address and with the key the
        gateway resolves; the first cycle runs at once. Watching again with the same details
        refreshes it. Without a usable key the panel is not polled (and polling it stops)."""
        target = self._ctx.gateway.target(panel)
        if isinstance(target, KeyNeeded):
            self._watch(panel.id, None)
        else:
            self._watch(panel.id, target)

    def watch(self, panel_id: int, url: str, api_key: str, user_agent: str | None) -> None:
        """Poll a panel at ``url`` (as resolved, e.g. the live demo URL) with ``api_key``: like
        ``watch_panel`` for a caller that holds the details itself."""
        usable = api_key.strip() != ""
        self._watch(panel_id, ClientTarget(url, api_key, user_agent or None) if usable else None)

    def _watch(self, panel_id: int, target: ClientTarget | None) -> None:
        if self._stopped:
            return
        if target is None:
            log.warning("panel %s has no API key: not polled", panel_id)
            self._sig_unwatch.emit(panel_id)
            return
        self._sig_watch.emit(panel_id, target)

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
