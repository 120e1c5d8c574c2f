"""The sandbox panel's state file: loaded once at start, replaced atomically after every change,
moved aside (never deleted) when it cannot be used, with an id floor beside it so that order and
refill numbers never go back even when the state file itself is lost.

``<name>`` holds ``PanelState.dump()`` as JSON. ``<name>.ids`` holds the ids below which numbers
may have been given out; it is written ahead, in blocks of ``ID_BLOCK``, so it costs one extra
write per hundred orders, and it is read only when the state file is missing or unusable.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from .state import FIRST_ORDER_ID, PanelState

__all__ = ["ID_BLOCK", "StateFile"]

log = logging.getLogger(__name__)

ID_BLOCK = 100
# What a malformed (but readable) state raises while PanelState.load reads it.
_MALFORMED = (LookupError, TypeError, ValueError, ArithmeticError, AttributeError)


class StateFile:
    """One panel's state on disk. ``restore`` fills a fresh PanelState from it; ``save`` is the
    PanelState's ``on_change``. Disk errors are logged, never raised: the panel keeps serving
    from memory."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.ids_path = self.path.with_name(self.path.name + ".ids")
        #: where an unusable state file was moved to by ``restore``
        self.moved_aside: Path | None = None
        self._reserved = (0, 0)  # (order, refill): no id at or above these was given out
        self._failing = False
        self._enabled = True

    def __repr__(self) -> str:
        return f"StateFile({str(self.path)!r})"

    # ----- start ------------------------------------------------------------------------------
    def restore(self, state: PanelState) -> bool:
        """Load the saved state into ``state``; True if there was one and it was used. A file
        that cannot be read or makes no sense is renamed ``<name>.corrupt-<time>`` and the
        panel starts afresh, its ids above every id the floor file says were given out."""
        self._reserved = self._read_floor()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            state.raise_next_ids(*self._reserved)
            return False
        except OSError as exc:
            self._give_up(state, f"cannot be read ({exc.strerror or exc})")
            return False
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise TypeError("not a JSON object")
            state.load(data)
        except _MALFORMED as exc:
            self._give_up(state, f"is not a usable sandbox state ({type(exc).__name__}: {exc})")
            return False
        return True

    def _give_up(self, state: PanelState, why: str) -> None:
        try:
            self.moved_aside = self._move_aside()
        except OSError as exc:
            # Saving over a file we could not move would destroy it: keep to memory instead.
            self._enabled = False
            log.error(
                "sandbox state %s %s and cannot be moved aside (%s); this session's demo "
                "orders are kept in memory only",
                self.path,
                why,
                exc,
            )
        else:
            log.warning(
                "sandbox state %s %s; it was kept as %s and the demo panel starts afresh",
                self.path,
                why,
                self.moved_aside,
            )
        state.raise_next_ids(*self._reserved)

    def _move_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        self.path.rename(target)
        return target

    def _read_floor(self) -> tuple[int, int]:
        try:
            data = json.loads(self.ids_path.read_bytes())
            order, refill = data["order"], data["refill"]
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in (order, refill)):
                raise TypeError("ids must be whole numbers")
            return int(order), int(refill)
        except FileNotFoundError:
            return (0, 0)
        except (OSError, *_MALFORMED) as exc:
            log.warning("sandbox id floor %s is unusable (%s); ignoring it", self.ids_path, exc)
            return (0, 0)

    # ----- after every change -----------------------------------------------------------------
    def save(self, state: PanelState) -> None:
        """Write ``state.dump()``: first the id floor when the ids have reached it, then the
        state, each to a temporary file that is synced and renamed over the old one, so a
        crash leaves either the old file or the new one, never half of one."""
        if not self._enabled:
            return
        try:
            order, refill = state.next_ids
            order = max(order, FIRST_ORDER_ID)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if order > self._reserved[0] or refill > self._reserved[1]:
                floor = (order + ID_BLOCK, refill + ID_BLOCK)
                _write_atomic(self.ids_path, json.dumps({"order": floor[0], "refill": floor[1]}))
                self._reserved = floor
            _write_atomic(self.path, state.dump())
        except OSError as exc:
            if not self._failing:
                log.warning("cannot save the sandbox state to %s: %s", self.path, exc)
            self._failing = True
            return
        if self._failing:
            log.info("the sandbox state is saved to %s again", self.path)
        self._failing = False


def _write_atomic(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if os.name == "posix":  # the rename itself must survive a power cut too
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
