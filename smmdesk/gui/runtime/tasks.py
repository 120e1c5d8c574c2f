"""One-shot background work: run a callable off the GUI thread, deliver its result on it.

Workers are daemon threads that never touch a widget: they hand their result to a relay object
living on the GUI thread (a queued signal), which calls the caller's callback there. Shutdown
waits a bounded time for jobs in flight; a job still blocked in the network after that is
abandoned (its thread dies with the process), which the money rule tolerates: an order intent
left in SENDING becomes UNKNOWN at the next start.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QObject, Signal, Slot

__all__ = ["Job", "TaskRunner"]

log = logging.getLogger(__name__)

T = TypeVar("T")
#: hands a job's outcome to the caller's callback: (failed, value)
_Deliver = Callable[[bool, object], None]


class _Relay(QObject):
    sig_deliver = Signal(int, bool, object)
    """(job id, failed, value): emitted from a worker thread, delivered on the GUI thread."""


class Job:
    """A handle on a submitted job: ``cancel()`` drops its result (the work itself runs on)."""

    def __init__(self, job_id: int, name: str) -> None:
        self.id = job_id
        self.name = name
        self.cancelled = False
        self.done = threading.Event()

    def cancel(self) -> None:
        self.cancelled = True


class TaskRunner(QObject):
    """Submits callables to worker threads; callbacks run on the GUI thread unless cancelled.

    The callbacks never leave the GUI thread: a worker only hands back ``(job id, value)``, so
    the last reference to a widget captured by a callback can never be dropped off-thread
    (which would destroy the widget on the wrong thread). ``fn`` itself must not capture
    widgets for the same reason.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.sig_deliver.connect(self._on_deliver)
        self._callbacks: dict[int, tuple[Job, _Deliver]] = {}
        self._running: set[Job] = set()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._closing = False
        #: jobs submitted while held (``hold``), started by ``release``
        self._held: list[tuple[Job, threading.Thread]] | None = None

    def hold(self) -> None:
        """Start no worker until ``release``: jobs submitted meanwhile wait for it. The app's
        start-up holds them until the window's first frame is painted, so that no worker
        competes with the GUI thread for the interpreter before it."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the jobs held since ``hold``, in the order they were submitted."""
        held, self._held = self._held or [], None
        for _job, thread in held:
            thread.start()

    def submit(
        self,
        name: str,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Job:
        """Run ``fn()`` on a worker thread; then ``on_done(result)`` or ``on_error(exception)``."""
        job = Job(next(self._ids), name)

        def deliver(failed: bool, value: object) -> None:
            # the worker put fn's result (a T) or the Exception it raised in ``value``
            if failed:
                if on_error is not None:
                    on_error(cast(Exception, value))
            elif on_done is not None:
                on_done(cast(T, value))

        self._callbacks[job.id] = (job, deliver)
        with self._lock:
            self._running.add(job)
        relay = self._relay

        def work() -> None:
            try:
                result = fn()
            except Exception as exc:  # every failure reaches the caller as a value
                log.debug("job %s failed: %s", name, type(exc).__name__)
                relay.sig_deliver.emit(job.id, True, exc)
            else:
                relay.sig_deliver.emit(job.id, False, result)
            finally:
                job.done.set()
                with self._lock:
                    self._running.discard(job)

        thread = threading.Thread(target=work, name=f"smmdesk-{name}", daemon=True)
        if self._held is not None:
            self._held.append((job, thread))
        else:
            thread.start()
        return job

    @Slot(int, bool, object)
    def _on_deliver(self, job_id: int, failed: bool, value: object) -> None:
        pending = self._callbacks.pop(job_id, None)
        if pending is None or pending[0].cancelled or self._closing:
            return
        pending[1](failed, value)

    def active(self) -> int:
        with self._lock:
            return len(self._running)

    def shutdown(self, timeout: float = 1.0) -> bool:
        """Stop delivering results and wait up to ``timeout`` s for jobs in flight."""
        self._closing = True
        self._callbacks.clear()
        held, self._held = self._held or [], None
        for job, _thread in held:  # never started: nothing to wait for
            job.done.set()
            with self._lock:
                self._running.discard(job)
        deadline = time.monotonic() + timeout
        with self._lock:
            jobs = list(self._running)
        for job in jobs:
            job.done.wait(max(0.0, deadline - time.monotonic()))
        return self.active() == 0
