"""Fault injection for the sandbox panel: which requests misbehave, how, and a log of each one.

Kinds, and whether the request is processed (an order created, a refill started...):

===================  =========  ===========================================================
kind                 processed  what the client sees
===================  =========  ===========================================================
``latency``          yes        the answer after ``delay`` seconds (stop() cuts the wait
                                short)
``drop_after``       yes        the connection closed without any answer
``reset``            no         the connection reset (TCP RST) before processing
``truncated``        yes        200 with a Content-Length larger than the half body sent
``html``             no         200 with a Cloudflare-like "Just a moment..." HTML page
``http500``          no         500 with a PHP fatal error page
``http429``          no         429, ``Retry-After: 1`` and ``{"error": "Too many requests"}``
``form_error``       no         200 with the form-encoded body ``error=Invalid+API+key``
``php_warning``      yes        200 with a PHP ``<b>Warning</b>`` before the JSON answer
``warning_with_id``  yes        the answer with ``"error": "Low balance warning"`` beside
                                each id it created (``{"order": 5, "error": ...}``; for
                                ``refill``, beside every accepted refill id); answers that are
                                already errors are left alone
``unusable_id``      yes        the answer with each created id (``order`` of ``add``,
                                ``refill`` of ``refill``) replaced by ``"1e3"``: the thing
                                exists on the panel, but the client cannot read its id
``oversize``         yes        200 with the JSON answer followed by whitespace up to
                                ``size`` bytes (2 MiB unless given)
``empty_list``       no         200 with ``[]`` (a ``services`` answer with no service in
                                it)
``junk_list``        no         200 with a JSON list of non-objects (numbers, strings,
                                null)
===================  =========  ===========================================================
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

__all__ = ["FAULT_KINDS", "PROCESSING_KINDS", "Fault", "FaultPlan", "FiredFault"]

FAULT_KINDS = frozenset(
    (
        "latency",
        "drop_after",
        "reset",
        "truncated",
        "html",
        "http500",
        "http429",
        "form_error",
        "php_warning",
        "warning_with_id",
        "unusable_id",
        "oversize",
        "empty_list",
        "junk_list",
    )
)
PROCESSING_KINDS = frozenset(
    (
        "latency",
        "drop_after",
        "truncated",
        "php_warning",
        "warning_with_id",
        "unusable_id",
        "oversize",
    )
)
#: what ``oversize`` sends when no ``size`` is given
DEFAULT_OVERSIZE = 2 * 1024 * 1024


@dataclass(slots=True)
class Fault:
    """One injected rule: ``kind`` on ``action`` (None = every action), ``times`` at most
    (None = unlimited), each matching request with probability ``rate`` (None = always).
    ``delay`` is for ``latency``, ``size`` (bytes sent) for ``oversize``."""

    kind: str
    action: str | None
    times: int | None
    rate: float | None
    delay: float
    fired: int = 0
    size: int = DEFAULT_OVERSIZE

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times


@dataclass(frozen=True, slots=True)
class FiredFault:
    """A log entry: request number ``seq`` (its index in ``panel.requests``) got ``kind``."""

    seq: int
    action: str
    kind: str
    processed: bool


class FaultPlan:
    """The faults in force on a panel. Thread-safe; ``rate`` draws use a seeded RNG."""

    def __init__(self, seed: int = 0) -> None:
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._log: list[FiredFault] = []

    def inject(
        self,
        kind: str,
        action: str | None = None,
        *,
        times: int | None = None,
        rate: float | None = None,
        delay: float = 1.0,
        size: int = DEFAULT_OVERSIZE,
    ) -> Fault:
        """Add a fault; the first matching fault in injection order wins a request."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {sorted(FAULT_KINDS)}")
        if times is not None and times < 1:
            raise ValueError("times must be >= 1 (or None for every matching request)")
        if rate is not None and not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be within 0..1")
        if delay < 0:
            raise ValueError("delay must be >= 0")
        if size < 1:
            raise ValueError("size must be >= 1")
        fault = Fault(kind, action, times, rate, delay, size=size)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every fault (the log of what already fired is kept)."""
        with self._lock:
            self._faults.clear()

    def pick(self, action: str) -> Fault | None:
        """The fault that fires for this request, if any (counted as fired)."""
        with self._lock:
            for fault in self._faults:
                if fault.exhausted or fault.action not in (None, action):
                    continue
                if fault.rate is not None and self._rng.random() >= fault.rate:
                    continue
                fault.fired += 1
                return fault
        return None

    def record(self, seq: int, action: str, kind: str, processed: bool) -> None:
        with self._lock:
            self._log.append(FiredFault(seq, action, kind, processed))

    @property
    def log(self) -> list[FiredFault]:
        """Every fault that fired, in order (a copy)."""
        with self._lock:
            return list(self._log)

    def count(self, kind: str | None = None, action: str | None = None) -> int:
        """How many fired faults match ``kind`` and ``action`` (None matches any)."""
        with self._lock:
            return sum(
                1 for f in self._log if kind in (None, f.kind) and action in (None, f.action)
            )
