"""The Store's foundation: per-thread connections, write transactions, opening (creating and
migrating), closing, moving a corrupt file aside, and the helpers every part of the Store uses."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Literal, Self

from smmdesk.core.store.convert import _json, _now, _ts
from smmdesk.core.store.records import CorruptDatabase, StoreError
from smmdesk.core.store.schema import migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_CHUNK = 500  # ids per "IN (...)" query, well under SQLite's variable limit


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    # Only "damaged" and "not a database" count: a locked or unreadable file must never be
    # moved aside as if it were corrupt.
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


class _Unset(Enum):
    UNSET = 0


_UNSET = _Unset.UNSET


class StoreBase:
    """Connections, transactions and the database file's life cycle; :class:`Store` (in this
    package's ``__init__``) adds the panels, orders, queries and refills parts on top."""

    def __init__(
        self, path: Path | str, *, on_corrupt: Literal["raise", "backup"] = "raise"
    ) -> None:
        self.path = Path(path)
        #: where a corrupt database was moved to, when ``on_corrupt="backup"`` had to act
        self.moved_aside: Path | None = None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: dict[threading.Thread, sqlite3.Connection] = {}
        self._closed = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            try:
                self._initialise()
            except CorruptDatabase:
                if on_corrupt != "backup":
                    raise
                # Closed first: Windows cannot rename an open file.
                self._close_all()
                self.moved_aside = self._move_aside()
                log.warning("corrupt database %s moved to %s", self.path, self.moved_aside)
                self._initialise()
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(cls, path: Path | str, *, on_corrupt: Literal["raise", "backup"] = "raise") -> Self:
        """Open (creating and migrating as needed). ``on_corrupt="backup"`` renames a damaged
        file to ``<name>.corrupt-<timestamp>`` and starts a fresh one (see ``moved_aside``)."""
        return cls(path, on_corrupt=on_corrupt)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # -- connections ----------------------------------------------------------------------

    def _initialise(self) -> None:
        try:
            conn = self._conn()
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("database %s: journal_mode is %s, not wal", self.path, mode)
            problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise CorruptDatabase(
                    f"{self.path} is damaged ({'; '.join(problems[:3])}).", self.path
                )
            migrate(conn, self.path)
        except sqlite3.Error as exc:
            if _is_corruption(exc):
                raise CorruptDatabase(
                    f"{self.path} is not a usable SMMDesk database ({exc}).", self.path
                ) from exc
            raise StoreError(f"Cannot open the database {self.path}: {exc}", self.path) from exc

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        if self._closed:
            raise StoreError(f"The database {self.path} is closed.", self.path)
        # check_same_thread=False only so close() may close it from another thread; each
        # connection is otherwise used by the thread that opened it.
        conn = sqlite3.connect(
            self.path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        conn.execute("PRAGMA synchronous = FULL")  # a committed intent survives power loss
        conn.execute("PRAGMA foreign_keys = ON")
        with self._lock:
            for thread, other in list(self._connections.items()):
                if not thread.is_alive():
                    other.close()
                    del self._connections[thread]
            self._connections[threading.current_thread()] = conn
        self._local.conn = conn
        return conn

    def close_thread_connection(self) -> None:
        """Close this thread's connection (a worker about to finish)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            return
        self._local.conn = None
        with self._lock:
            self._connections.pop(threading.current_thread(), None)
        conn.close()

    def close(self) -> None:
        """Close every connection; further use raises StoreError."""
        self._closed = True
        self._close_all()

    def _close_all(self) -> None:
        with self._lock:
            connections = list(self._connections.values())
            self._connections.clear()
        for conn in connections:
            conn.close()
        self._local = threading.local()

    def _move_aside(self) -> Path:
        stamp = _now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        self.path.rename(target)
        # The WAL belongs to the damaged file; keep it next to it as evidence.
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
        return target

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested uses join the outer one."""
        conn = self._conn()
        if conn.in_transaction:
            yield conn
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot write to the database {self.path}: {exc}", self.path) from exc
        try:
            yield conn
        except sqlite3.Error as exc:
            self._rollback(conn)
            raise StoreError(f"Cannot write to the database {self.path}: {exc}", self.path) from exc
        except BaseException:
            self._rollback(conn)
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback(conn)
            raise StoreError(f"Cannot write to the database {self.path}: {exc}", self.path) from exc

    @staticmethod
    def _rollback(conn: sqlite3.Connection) -> None:
        # SQLite may already have rolled back by itself (e.g. disk full); a second ROLLBACK
        # would raise and hide the real error.
        if conn.in_transaction:
            conn.execute("ROLLBACK")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes made by this thread (an import, many statuses) into one transaction:
        all or nothing, one disk sync. Intents cannot join one (see :meth:`create_intent`)."""
        with self._write():
            yield

    def _require_own_commit(self) -> None:
        if self._conn().in_transaction:
            raise StoreError(
                "An order intent must be committed on its own before the request is sent; "
                "it cannot be part of a larger transaction.",
                self.path,
            )

    def _read(self, sql: str, args: Sequence[object] = ()) -> list[sqlite3.Row]:
        try:
            return self._conn().execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the database {self.path}: {exc}", self.path) from exc

    @property
    def schema_version(self) -> int:
        return int(self._read("PRAGMA user_version")[0][0])

    def integrity_check(self) -> str:
        """``"ok"``, or SQLite's description of the damage."""
        return "; ".join(str(r[0]) for r in self._read("PRAGMA integrity_check"))

    # -- order history (written by the orders and refills parts alike) -------------------

    def _event(
        self,
        conn: sqlite3.Connection,
        local_id: int,
        kind: str,
        status: str | None,
        detail: Mapping[str, object],
        at: str | None = None,
    ) -> None:
        conn.execute(
            "INSERT INTO order_events (local_id, at, kind, status, detail) VALUES (?, ?, ?, ?, ?)",
            (local_id, at or _ts(_now()), kind, status, _json(dict(detail))),
        )
