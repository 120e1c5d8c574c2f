"""The local SQLite store: panels, orders with their status history, refills, favourites and the
catalogue cache; versioned forward migrations; per-thread connections; corrupt-file handling."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from smmdesk.core.errors import PanelError, PanelRejected
from smmdesk.core.models import OrderState, OrderStatus

__all__ = [
    "MIGRATIONS",
    "CachedCatalog",
    "CorruptDatabase",
    "LocalState",
    "NewerSchema",
    "OrderEvent",
    "OrderRecord",
    "PanelRecord",
    "RefillRecord",
    "StateConflict",
    "Store",
    "StoreError",
]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_RAW_LIMIT = 2000  # characters of a panel answer kept in an event: enough to read, not a dump
_CHUNK = 500  # ids per "IN (...)" query, well under SQLite's variable limit
_SOURCES = ("app", "imported", "mass")
# Never stored: the client adds these itself, and "key" is the secret (architecture rule 5).
_FORBIDDEN_PARAMS = frozenset({"key", "action", "api_key", "apikey"})


class StoreError(Exception):
    """The local database cannot do what was asked. The message names the file when it matters."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class CorruptDatabase(StoreError):
    """The file is not an SQLite database, or SQLite reports it damaged."""


class NewerSchema(StoreError):
    """The database was written by a newer SMMDesk; it is left untouched."""


class StateConflict(StoreError):
    """An order is not in a state that allows the requested change (e.g. accepting it twice)."""


class LocalState(StrEnum):
    """Where an order stands in the money rule (architecture rule 4), independent of the panel's
    own ``status``. Only ACCEPTED orders have a panel order id."""

    DRAFT = "DRAFT"  # saved, not sent (mass-order queue)
    SENDING = "SENDING"  # intent committed, request may be in flight
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"  # the panel refused it, or it never left this machine
    UNKNOWN = "UNKNOWN"  # may or may not have been placed: needs the user's decision
    NOT_PLACED = "NOT_PLACED"  # an UNKNOWN the user (or reconciliation) settled as not placed


@dataclass(frozen=True, slots=True)
class PanelRecord:
    id: int
    name: str
    url: str
    currency: str | None
    user_agent: str | None
    capabilities: Mapping[str, bool]  # e.g. {"refill": True, "cancel": False}
    created_at: datetime
    last_used_at: datetime | None
    removed_at: datetime | None


@dataclass(frozen=True, slots=True)
class CachedCatalog:
    raw: bytes
    fetched_at: datetime
    sha256: str


@dataclass(frozen=True, slots=True)
class OrderRecord:
    local_id: int
    panel_id: int
    service_id: int | None
    service_name: str
    service_type: str
    link: str
    quantity: int | None
    params: Mapping[str, str]  # exactly what was sent besides key/action/service
    cost: Decimal | None
    state: LocalState
    panel_order_id: int | None
    error_code: str | None
    error_text: str | None
    created_at: datetime
    sent_at: datetime | None
    resolved_at: datetime | None
    status: OrderStatus | None
    status_text: str | None
    charge: Decimal | None
    start_count: int | None
    remains: int | None
    currency: str | None
    last_checked_at: datetime | None
    source: str
    note: str

    @property
    def is_active(self) -> bool:
        """Placed and not finished: the poller keeps asking about it."""
        return self.state is LocalState.ACCEPTED and (
            self.status is None or not self.status.is_terminal
        )


@dataclass(frozen=True, slots=True)
class OrderEvent:
    id: int
    local_id: int
    at: datetime
    kind: str  # intent, accepted, rejected, unknown, recovered, resolved, status, imported, ...
    status: str | None
    detail: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class RefillRecord:
    id: int
    local_id: int
    panel_refill_id: int | None
    state: LocalState
    status: OrderStatus | None
    created_at: datetime
    updated_at: datetime
    error_text: str | None


# ---------------------------------------------------------------------------------------------
# Schema. Each migration runs in one transaction together with its user_version bump, so a
# crash mid-migration leaves the previous version intact. Never edit a released migration:
# append a new one.

Migration = Callable[[sqlite3.Connection], None]


def _sql(*statements: str) -> Migration:
    def run(conn: sqlite3.Connection) -> None:
        # executescript() would COMMIT first and break the one-transaction guarantee.
        for statement in statements:
            conn.execute(statement)

    return run


_V1_BASE = _sql(
    """CREATE TABLE panels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        currency TEXT,
        user_agent TEXT,
        capabilities TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        removed_at TEXT
    )""",
    """CREATE TABLE catalog_cache (
        panel_id INTEGER PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
        fetched_at TEXT NOT NULL,
        raw BLOB NOT NULL,
        sha256 TEXT NOT NULL
    )""",
    """CREATE TABLE favourites (
        panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
        service_id INTEGER NOT NULL,
        PRIMARY KEY (panel_id, service_id)
    ) WITHOUT ROWID""",
    # AUTOINCREMENT: a local id is never reused, so an id shown to the user or written in a log
    # always means the same order.
    """CREATE TABLE orders (
        local_id INTEGER PRIMARY KEY AUTOINCREMENT,
        panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
        service_id INTEGER,
        service_name TEXT NOT NULL DEFAULT '',
        service_type TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        quantity INTEGER,
        params TEXT NOT NULL DEFAULT '{}',
        cost TEXT,
        state TEXT NOT NULL CHECK (state IN
            ('DRAFT', 'SENDING', 'ACCEPTED', 'REJECTED', 'UNKNOWN', 'NOT_PLACED')),
        panel_order_id INTEGER,
        error_code TEXT,
        error_text TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        resolved_at TEXT,
        status TEXT,
        status_text TEXT,
        charge TEXT,
        start_count INTEGER,
        remains INTEGER,
        currency TEXT,
        last_checked_at TEXT,
        source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'imported', 'mass')),
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX orders_by_panel_created ON orders(panel_id, created_at)",
    "CREATE INDEX orders_by_created ON orders(created_at)",
    "CREATE INDEX orders_by_status ON orders(status)",
    "CREATE INDEX orders_by_state ON orders(state)",
    # Not UNIQUE on purpose: a panel whose ids restart (a reinstalled panel, the demo sandbox)
    # must never stop us recording an order the panel has just accepted.
    "CREATE INDEX orders_by_panel_order ON orders(panel_id, panel_order_id)",
    """CREATE TABLE order_events (
        id INTEGER PRIMARY KEY,
        local_id INTEGER NOT NULL REFERENCES orders(local_id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT,
        detail TEXT NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX order_events_by_order ON order_events(local_id, id)",
)

# Refills came after orders; kept as its own step so the upgrade path is exercised by real
# schema, not only by tests.
_V2_REFILLS = _sql(
    """CREATE TABLE refills (
        id INTEGER PRIMARY KEY,
        local_id INTEGER NOT NULL REFERENCES orders(local_id) ON DELETE CASCADE,
        panel_refill_id INTEGER,
        state TEXT NOT NULL CHECK (state IN
            ('SENDING', 'ACCEPTED', 'REJECTED', 'UNKNOWN', 'NOT_PLACED')),
        status TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        error_text TEXT
    )""",
    "CREATE INDEX refills_by_order ON refills(local_id)",
    "CREATE INDEX refills_by_state ON refills(state)",
)

MIGRATIONS: tuple[Migration, ...] = (_V1_BASE, _V2_REFILLS)


def migrate(
    conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration] = MIGRATIONS
) -> int:
    """Bring the database to ``len(migrations)``; returns the version found before migrating.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    target = len(migrations)
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    _refuse_newer(found, target, path)
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated meanwhile.
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
            _refuse_newer(current, target, path)
            if current == target:
                conn.execute("COMMIT")
                return found
            migrations[current](conn)
            conn.execute(f"PRAGMA user_version = {current + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("database %s migrated to schema version %d", path, current + 1)


def _refuse_newer(version: int, known: int, path: Path) -> None:
    if version > known:
        raise NewerSchema(
            f"{path} was written by a newer SMMDesk (schema version {version}; this version "
            f"knows up to {known}). It was left untouched: update SMMDesk, or start with "
            f"another data directory.",
            path,
        )


# ---------------------------------------------------------------------------------------------
# Value conversions. Timestamps are ISO-8601 UTC text with microseconds, so text order is time
# order and indexes on created_at sort correctly. Money is Decimal stored as its exact str().


def _now() -> datetime:
    return datetime.now(UTC)


def _ts(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _dt_req(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _money(value: Decimal | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValueError(f"money must be a finite Decimal, got {value!r}")
    return str(value)


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _status(text: str | None) -> OrderStatus | None:
    return None if text is None else OrderStatus(text)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _clip(raw: object) -> object:
    """Panel answers go into events for the user to read; cap them so one HTML page can't
    bloat the database."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    if isinstance(raw, str) and len(raw) > _RAW_LIMIT:
        return raw[:_RAW_LIMIT] + "…"
    return raw


def _check_url(url: str) -> None:
    # A URL copied from a browser can carry ?key=...; storing it would put the secret on disk.
    for name, _value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if name.lower() in _FORBIDDEN_PARAMS:
            raise ValueError(
                "The panel URL contains the API key; enter the URL without it "
                "(the key is kept in the system keyring)."
            )


_TERMINAL_TEXT = tuple(s.value for s in OrderStatus if s.is_terminal)

_ORDER_COLUMNS = (
    "local_id, panel_id, service_id, service_name, service_type, link, quantity, params, cost, "
    "state, panel_order_id, error_code, error_text, created_at, sent_at, resolved_at, status, "
    "status_text, charge, start_count, remains, currency, last_checked_at, source, note"
)


def _order(row: sqlite3.Row) -> OrderRecord:
    return OrderRecord(
        local_id=row["local_id"],
        panel_id=row["panel_id"],
        service_id=row["service_id"],
        service_name=row["service_name"],
        service_type=row["service_type"],
        link=row["link"],
        quantity=row["quantity"],
        params=MappingProxyType(json.loads(row["params"])),
        cost=_dec(row["cost"]),
        state=LocalState(row["state"]),
        panel_order_id=row["panel_order_id"],
        error_code=row["error_code"],
        error_text=row["error_text"],
        created_at=_dt_req(row["created_at"]),
        sent_at=_dt(row["sent_at"]),
        resolved_at=_dt(row["resolved_at"]),
        status=_status(row["status"]),
        status_text=row["status_text"],
        charge=_dec(row["charge"]),
        start_count=row["start_count"],
        remains=row["remains"],
        currency=row["currency"],
        last_checked_at=_dt(row["last_checked_at"]),
        source=row["source"],
        note=row["note"],
    )


def _panel(row: sqlite3.Row) -> PanelRecord:
    return PanelRecord(
        id=row["id"],
        name=row["name"],
        url=row["url"],
        currency=row["currency"],
        user_agent=row["user_agent"],
        capabilities=MappingProxyType(json.loads(row["capabilities"])),
        created_at=_dt_req(row["created_at"]),
        last_used_at=_dt(row["last_used_at"]),
        removed_at=_dt(row["removed_at"]),
    )


def _refill(row: sqlite3.Row) -> RefillRecord:
    return RefillRecord(
        id=row["id"],
        local_id=row["local_id"],
        panel_refill_id=row["panel_refill_id"],
        state=LocalState(row["state"]),
        status=_status(row["status"]),
        created_at=_dt_req(row["created_at"]),
        updated_at=_dt_req(row["updated_at"]),
        error_text=row["error_text"],
    )


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    # Only "damaged" and "not a database" count: a locked or unreadable file must never be
    # moved aside as if it were corrupt.
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


# States an order's own send may still settle (see mark_accepted).
_IN_FLIGHT = (LocalState.SENDING, LocalState.UNKNOWN, LocalState.NOT_PLACED)


class _Unset(Enum):
    UNSET = 0


_UNSET = _Unset.UNSET


class Store:
    """The app's database. Thread-safe by giving each thread its own connection.

    Connections are thread-local and created on first use in a thread (GUI thread, poller,
    one-shot workers); each runs in autocommit mode and every write method is one
    ``BEGIN IMMEDIATE`` transaction, so writers queue on SQLite's lock (``busy_timeout``)
    instead of failing. A worker thread that ends may call :meth:`close_thread_connection`;
    connections of finished threads are also reaped when the next thread connects, and
    :meth:`close` closes them all.

    Removing a panel keeps its orders (they are a record of money spent) and hides the panel;
    ``purge=True`` deletes the panel with its orders, events and refills.
    """

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
    def open(cls, path: Path | str, *, on_corrupt: Literal["raise", "backup"] = "raise") -> Store:
        """Open (creating and migrating as needed). ``on_corrupt="backup"`` renames a damaged
        file to ``<name>.corrupt-<timestamp>`` and starts a fresh one (see ``moved_aside``)."""
        return cls(path, on_corrupt=on_corrupt)

    def __enter__(self) -> Store:
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

    # -- panels ---------------------------------------------------------------------------

    def add_panel(
        self,
        name: str,
        url: str,
        *,
        currency: str | None = None,
        user_agent: str | None = None,
        capabilities: Mapping[str, bool] | None = None,
    ) -> int:
        _check_url(url)
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO panels (name, url, currency, user_agent, capabilities, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (name, url, currency, user_agent, _json(dict(capabilities or {})), _ts(_now())),
            )
            return int(cur.lastrowid or 0)

    def update_panel(
        self,
        panel_id: int,
        *,
        name: str | _Unset = _UNSET,
        url: str | _Unset = _UNSET,
        currency: str | _Unset | None = _UNSET,
        user_agent: str | _Unset | None = _UNSET,
        capabilities: Mapping[str, bool] | _Unset = _UNSET,
        last_used_at: datetime | _Unset = _UNSET,
    ) -> PanelRecord:
        """Change only the fields given; ``capabilities`` replaces the whole mapping."""
        changes: dict[str, object] = {}
        if not isinstance(name, _Unset):
            changes["name"] = name
        if not isinstance(url, _Unset):
            _check_url(url)
            changes["url"] = url
        if not isinstance(currency, _Unset):
            changes["currency"] = currency
        if not isinstance(user_agent, _Unset):
            changes["user_agent"] = user_agent
        if not isinstance(capabilities, _Unset):
            changes["capabilities"] = _json(dict(capabilities))
        if not isinstance(last_used_at, _Unset):
            changes["last_used_at"] = _ts(last_used_at)
        with self._write() as conn:
            if changes:
                sets = ", ".join(f"{column} = ?" for column in changes)
                conn.execute(
                    f"UPDATE panels SET {sets} WHERE id = ?", (*changes.values(), panel_id)
                )
            return self.get_panel(panel_id)

    def touch_panel(self, panel_id: int) -> None:
        """Record that the user just worked with this panel (sorts the panel list)."""
        self.update_panel(panel_id, last_used_at=_now())

    def remove_panel(self, panel_id: int, *, purge: bool = False) -> None:
        """Hide a panel, keeping its orders; ``purge`` deletes it and everything it owns."""
        with self._write() as conn:
            if purge:
                conn.execute("DELETE FROM panels WHERE id = ?", (panel_id,))
                return
            conn.execute(
                "UPDATE panels SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
                (_ts(_now()), panel_id),
            )
            # Re-fetchable data goes; the order history stays.
            conn.execute("DELETE FROM catalog_cache WHERE panel_id = ?", (panel_id,))
            conn.execute("DELETE FROM favourites WHERE panel_id = ?", (panel_id,))

    def get_panel(self, panel_id: int) -> PanelRecord:
        rows = self._read("SELECT * FROM panels WHERE id = ?", (panel_id,))
        if not rows:
            raise StoreError(f"There is no panel {panel_id} in {self.path}.", self.path)
        return _panel(rows[0])

    def list_panels(self, *, include_removed: bool = False) -> list[PanelRecord]:
        where = "" if include_removed else "WHERE removed_at IS NULL"
        rows = self._read(
            f"SELECT * FROM panels {where} "
            "ORDER BY last_used_at IS NULL, last_used_at DESC, name COLLATE NOCASE, id"
        )
        return [_panel(r) for r in rows]

    # -- catalogue cache and favourites ----------------------------------------------------

    def save_catalog(
        self, panel_id: int, raw: bytes, *, fetched_at: datetime | None = None
    ) -> bool:
        """Keep the panel's raw ``services`` answer; True when it differs from the cached one."""
        digest = hashlib.sha256(raw).hexdigest()
        with self._write() as conn:
            old = conn.execute(
                "SELECT sha256 FROM catalog_cache WHERE panel_id = ?", (panel_id,)
            ).fetchone()
            conn.execute(
                "INSERT INTO catalog_cache (panel_id, fetched_at, raw, sha256) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (panel_id) DO UPDATE SET fetched_at = excluded.fetched_at, "
                "raw = excluded.raw, sha256 = excluded.sha256",
                (panel_id, _ts(fetched_at or _now()), sqlite3.Binary(raw), digest),
            )
        return old is None or old[0] != digest

    def load_catalog(self, panel_id: int) -> CachedCatalog | None:
        rows = self._read(
            "SELECT raw, fetched_at, sha256 FROM catalog_cache WHERE panel_id = ?", (panel_id,)
        )
        if not rows:
            return None
        return CachedCatalog(
            bytes(rows[0]["raw"]), _dt_req(rows[0]["fetched_at"]), rows[0]["sha256"]
        )

    def favourites(self, panel_id: int) -> frozenset[int]:
        rows = self._read("SELECT service_id FROM favourites WHERE panel_id = ?", (panel_id,))
        return frozenset(int(r[0]) for r in rows)

    def set_favourites(self, panel_id: int, service_ids: Iterable[int]) -> None:
        """Replace the panel's favourites with ``service_ids``."""
        with self._write() as conn:
            conn.execute("DELETE FROM favourites WHERE panel_id = ?", (panel_id,))
            conn.executemany(
                "INSERT OR IGNORE INTO favourites (panel_id, service_id) VALUES (?, ?)",
                [(panel_id, int(s)) for s in service_ids],
            )

    def set_favourite(self, panel_id: int, service_id: int, favourite: bool) -> None:
        with self._write() as conn:
            if favourite:
                conn.execute(
                    "INSERT OR IGNORE INTO favourites (panel_id, service_id) VALUES (?, ?)",
                    (panel_id, service_id),
                )
            else:
                conn.execute(
                    "DELETE FROM favourites WHERE panel_id = ? AND service_id = ?",
                    (panel_id, service_id),
                )

    # -- orders: the money rule's intent and outcomes ---------------------------------------

    def create_intent(
        self,
        *,
        panel_id: int,
        service_id: int,
        service_name: str,
        service_type: str,
        params: Mapping[str, str],
        cost: Decimal | None,
        quantity: int | None,
        link: str | None = None,
        source: str = "app",
        note: str = "",
        draft: bool = False,
        detail: Mapping[str, object] | None = None,
    ) -> int:
        """Record an order about to be sent (SENDING) or queued (DRAFT); returns its local id.

        The row is committed (and, with ``synchronous=FULL``, on disk) when this returns, so
        the caller may send the request only afterwards.
        """
        bad = sorted(k for k in params if k.lower() in _FORBIDDEN_PARAMS)
        if bad:
            raise ValueError(f"order params must not contain {bad}: the client adds them itself")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in params.items()):
            raise TypeError("order params must map str to str (exactly what is sent)")
        if source not in _SOURCES:
            raise ValueError(f"source must be one of {_SOURCES}, not {source!r}")
        if not draft:
            self._require_own_commit()
        now = _ts(_now())
        state = LocalState.DRAFT if draft else LocalState.SENDING
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO orders (panel_id, service_id, service_name, service_type, link, "
                "quantity, params, cost, state, created_at, sent_at, source, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    panel_id,
                    service_id,
                    service_name,
                    service_type,
                    params.get("link", "") if link is None else link,
                    quantity,
                    _json(dict(params)),
                    _money(cost),
                    state.value,
                    now,
                    None if draft else now,
                    source,
                    note,
                ),
            )
            local_id = int(cur.lastrowid or 0)
            self._event(conn, local_id, "draft" if draft else "intent", None, detail or {}, now)
        return local_id

    def begin_sending(self, local_id: int) -> bool:
        """DRAFT → SENDING, atomically: False if it was no longer a draft (already sent, or
        deleted), so two workers can never both send the same queued order."""
        self._require_own_commit()
        now = _ts(_now())
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE orders SET state = 'SENDING', sent_at = ? "
                "WHERE local_id = ? AND state = 'DRAFT'",
                (now, local_id),
            )
            if cur.rowcount != 1:
                return False
            self._event(conn, local_id, "intent", None, {}, now)
        return True

    def delete_draft(self, local_id: int) -> bool:
        with self._write() as conn:
            cur = conn.execute(
                "DELETE FROM orders WHERE local_id = ? AND state = 'DRAFT'", (local_id,)
            )
            return cur.rowcount == 1

    def mark_accepted(self, local_id: int, panel_order_id: int, raw: object = None) -> None:
        """SENDING → ACCEPTED with the panel's order id; ``raw``: its (redacted) answer.

        Like the other outcomes, also accepted from UNKNOWN / NOT_PLACED: if a second app
        instance recovered (or the user settled) this order while its request was still in
        flight, the panel's own answer is better evidence than that guess.
        """
        self._transition(
            local_id,
            _IN_FLIGHT,
            LocalState.ACCEPTED,
            {"panel_order_id": int(panel_order_id)},
            "accepted",
            {"order": int(panel_order_id), "answer": _clip(raw)},
        )

    def mark_rejected(self, local_id: int, code: str, text: str) -> None:
        """SENDING → REJECTED: the panel refused it, or it never left this machine."""
        self._transition(
            local_id,
            _IN_FLIGHT,
            LocalState.REJECTED,
            {"error_code": code, "error_text": text},
            "rejected",
            {"code": code, "text": _clip(text)},
        )

    def mark_unknown(self, local_id: int, reason: str, *, code: str | None = None) -> None:
        """SENDING → UNKNOWN: the request may have been processed."""
        self._transition(
            local_id,
            _IN_FLIGHT,
            LocalState.UNKNOWN,
            {"error_code": code, "error_text": reason},
            "unknown",
            {"code": code, "text": _clip(reason)},
            resolved=False,
        )

    def recover_interrupted(self) -> list[int]:
        """At start-up: every order (and refill) left SENDING becomes UNKNOWN; returns the
        order ids. Such a request may have reached the panel before the app stopped."""
        reason = "SMMDesk stopped while the order was being sent; it may have been placed."
        now = _ts(_now())
        with self._write() as conn:
            ids = [
                int(r[0])
                for r in conn.execute(
                    "SELECT local_id FROM orders WHERE state = 'SENDING' ORDER BY local_id"
                )
            ]
            conn.execute(
                "UPDATE orders SET state = 'UNKNOWN', error_code = 'interrupted', error_text = ? "
                "WHERE state = 'SENDING'",
                (reason,),
            )
            conn.executemany(
                "INSERT INTO order_events (local_id, at, kind, detail) "
                "VALUES (?, ?, 'recovered', ?)",
                [(i, now, _json({"text": reason})) for i in ids],
            )
            refills = conn.execute(
                "SELECT id, local_id FROM refills WHERE state = 'SENDING'"
            ).fetchall()
            conn.execute(
                "UPDATE refills SET state = 'UNKNOWN', updated_at = ?, error_text = ? "
                "WHERE state = 'SENDING'",
                (now, "SMMDesk stopped while the refill request was being sent."),
            )
            for refill_id, order_id in refills:
                self._event(
                    conn, order_id, "refill", None, {"refill": refill_id, "state": "UNKNOWN"}, now
                )
        if ids:
            log.warning("orders interrupted while sending, now UNKNOWN: %s", ids)
        return ids

    def resolve_unknown(
        self, local_id: int, panel_order_id: int | None, *, by: str = "user"
    ) -> None:
        """Settle an UNKNOWN order: placed (with the panel's order id) or not placed.

        A NOT_PLACED order may still be corrected to placed when the user finds it later.
        ``by`` says who decided (``user`` or ``reconcile``), for the history.
        """
        if panel_order_id is None:
            self._transition(
                local_id,
                (LocalState.UNKNOWN,),
                LocalState.NOT_PLACED,
                {},
                "resolved",
                {"placed": False, "by": by},
            )
            return
        with self._write() as conn:
            clash = conn.execute(
                "SELECT o.local_id FROM orders o JOIN orders me ON me.local_id = ? "
                "WHERE o.panel_id = me.panel_id AND o.panel_order_id = ? AND o.local_id != ?",
                (local_id, panel_order_id, local_id),
            ).fetchone()
            if clash is not None:
                raise StateConflict(
                    f"Order #{panel_order_id} of this panel is already recorded as local order "
                    f"{clash[0]}; check the number.",
                    self.path,
                )
            self._transition(
                local_id,
                (LocalState.UNKNOWN, LocalState.NOT_PLACED),
                LocalState.ACCEPTED,
                {"panel_order_id": int(panel_order_id)},
                "resolved",
                {"placed": True, "order": int(panel_order_id), "by": by},
            )

    def _transition(
        self,
        local_id: int,
        allowed: tuple[LocalState, ...],
        new: LocalState,
        columns: Mapping[str, object],
        kind: str,
        detail: Mapping[str, object],
        *,
        resolved: bool = True,
    ) -> None:
        now = _ts(_now())
        with self._write() as conn:
            row = conn.execute(
                "SELECT state FROM orders WHERE local_id = ?", (local_id,)
            ).fetchone()
            if row is None:
                raise StoreError(f"There is no order {local_id} in {self.path}.", self.path)
            state = LocalState(row[0])
            if state not in allowed:
                raise StateConflict(
                    f"Local order {local_id} is {state.value}; it cannot become {new.value}.",
                    self.path,
                )
            sets = {"state": new.value, **columns}
            if resolved:
                sets["resolved_at"] = now
            assignments = ", ".join(f"{column} = ?" for column in sets)
            conn.execute(
                f"UPDATE orders SET {assignments} WHERE local_id = ?", (*sets.values(), local_id)
            )
            self._event(conn, local_id, kind, None, {"state": new.value, **detail}, now)

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

    def add_event(self, local_id: int, kind: str, detail: Mapping[str, object]) -> None:
        """Append to an order's history (e.g. the evidence a reconciliation gathered)."""
        with self._write() as conn:
            self._event(conn, local_id, kind, None, detail)

    def set_note(self, local_id: int, note: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE orders SET note = ? WHERE local_id = ?", (note, local_id))

    # -- orders: panel status ---------------------------------------------------------------

    def apply_status(self, panel_id: int, state: OrderState) -> bool:
        """Record one ``status`` answer; True if anything the user sees changed."""
        return bool(self.apply_statuses(panel_id, {state.order_id: state}))

    def apply_statuses(
        self, panel_id: int, results: Mapping[int, OrderState | PanelError]
    ) -> list[int]:
        """Record a ``status`` answer (as ``PanelClient.statuses`` returns it) in one
        transaction. Status fields and a history event are written only for orders whose
        status changed; ``last_checked_at`` is stamped on every order asked about. A per-order
        error (e.g. "Incorrect order ID") is kept as ``status_text``. Returns the local ids
        that changed."""
        now = _ts(_now())
        changed: list[int] = []
        updates: list[tuple[object, ...]] = []
        errors: list[tuple[object, ...]] = []
        events: list[tuple[object, ...]] = []
        checked: list[tuple[object, ...]] = []
        ids = list(results)
        with self._write() as conn:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(
                    "SELECT local_id, panel_order_id, status, status_text, charge, start_count, "
                    "remains, currency FROM orders "
                    f"WHERE panel_id = ? AND panel_order_id IN ({marks})",
                    (panel_id, *chunk),
                ).fetchall()
                for row in rows:
                    local_id = int(row["local_id"])
                    result = results[int(row["panel_order_id"])]
                    checked.append((now, local_id))
                    if isinstance(result, PanelError):
                        text = (
                            result.panel_text
                            if isinstance(result, PanelRejected)
                            else result.message
                        )
                        if row["status_text"] != text:
                            changed.append(local_id)
                            errors.append((text, local_id))
                            events.append(
                                (
                                    local_id,
                                    now,
                                    "status_error",
                                    row["status"],
                                    _json({"text": text}),
                                )
                            )
                        continue
                    old = (
                        row["status"],
                        row["status_text"],
                        _dec(row["charge"]),
                        row["start_count"],
                        row["remains"],
                        row["currency"],
                    )
                    new = (
                        result.status.value,
                        result.status_text,
                        result.charge,
                        result.start_count,
                        result.remains,
                        result.currency,
                    )
                    if old == new:
                        continue
                    changed.append(local_id)
                    updates.append((*new[:2], _money(result.charge), *new[3:], local_id))
                    events.append(
                        (
                            local_id,
                            now,
                            "status",
                            result.status.value,
                            _json(
                                {
                                    "status_text": result.status_text,
                                    "charge": _money(result.charge),
                                    "start_count": result.start_count,
                                    "remains": result.remains,
                                    "currency": result.currency,
                                }
                            ),
                        )
                    )
            conn.executemany(
                "UPDATE orders SET status = ?, status_text = ?, charge = ?, start_count = ?, "
                "remains = ?, currency = ? WHERE local_id = ?",
                updates,
            )
            conn.executemany("UPDATE orders SET status_text = ? WHERE local_id = ?", errors)
            conn.executemany("UPDATE orders SET last_checked_at = ? WHERE local_id = ?", checked)
            conn.executemany(
                "INSERT INTO order_events (local_id, at, kind, status, detail) "
                "VALUES (?, ?, ?, ?, ?)",
                events,
            )
        return changed

    def import_order(
        self,
        panel_id: int,
        panel_order_id: int,
        *,
        service_id: int | None = None,
        service_name: str = "",
        service_type: str = "",
        link: str = "",
        quantity: int | None = None,
        cost: Decimal | None = None,
        note: str = "",
        state: OrderState | None = None,
    ) -> int:
        """Add an order placed elsewhere (panel website, another device) so the app tracks it.

        Idempotent: an order already recorded for this panel returns its existing local id.
        """
        now = _ts(_now())
        with self._write() as conn:
            found = conn.execute(
                "SELECT local_id FROM orders WHERE panel_id = ? AND panel_order_id = ? "
                "ORDER BY local_id LIMIT 1",
                (panel_id, panel_order_id),
            ).fetchone()
            if found is not None:
                return int(found[0])
            cur = conn.execute(
                "INSERT INTO orders (panel_id, service_id, service_name, service_type, link, "
                "quantity, cost, state, panel_order_id, created_at, resolved_at, source, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', ?, ?, ?, 'imported', ?)",
                (
                    panel_id,
                    service_id,
                    service_name,
                    service_type,
                    link,
                    quantity,
                    _money(cost),
                    panel_order_id,
                    now,
                    now,
                    note,
                ),
            )
            local_id = int(cur.lastrowid or 0)
            self._event(conn, local_id, "imported", None, {"order": panel_order_id}, now)
            if state is not None:
                self.apply_statuses(panel_id, {panel_order_id: state})
        return local_id

    # -- orders: queries --------------------------------------------------------------------

    def get_order(self, local_id: int) -> OrderRecord:
        rows = self._read(f"SELECT {_ORDER_COLUMNS} FROM orders WHERE local_id = ?", (local_id,))
        if not rows:
            raise StoreError(f"There is no order {local_id} in {self.path}.", self.path)
        return _order(rows[0])

    def find_order(self, panel_id: int, panel_order_id: int) -> OrderRecord | None:
        rows = self._read(
            f"SELECT {_ORDER_COLUMNS} FROM orders WHERE panel_id = ? AND panel_order_id = ? "
            "ORDER BY local_id DESC LIMIT 1",
            (panel_id, panel_order_id),
        )
        return _order(rows[0]) if rows else None

    def active_orders(self, panel_id: int) -> list[tuple[int, int]]:
        """(local_id, panel_order_id) of placed orders not yet in a final status: what the
        poller asks the panel about."""
        marks = ",".join("?" * len(_TERMINAL_TEXT))
        rows = self._read(
            "SELECT local_id, panel_order_id FROM orders WHERE panel_id = ? AND state = 'ACCEPTED' "
            f"AND panel_order_id IS NOT NULL AND (status IS NULL OR status NOT IN ({marks})) "
            "ORDER BY local_id",
            (panel_id, *_TERMINAL_TEXT),
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    def _order_filter(
        self,
        panel_id: int | None,
        states: Iterable[LocalState] | None,
        source: str | None,
        active_only: bool,
    ) -> tuple[str, list[object]]:
        clauses: list[str] = []
        args: list[object] = []
        if panel_id is not None:
            clauses.append("panel_id = ?")
            args.append(panel_id)
        if states is not None:
            values = [LocalState(s).value for s in states]
            clauses.append(f"state IN ({','.join('?' * len(values))})" if values else "0")
            args.extend(values)
        if source is not None:
            clauses.append("source = ?")
            args.append(source)
        if active_only:
            marks = ",".join("?" * len(_TERMINAL_TEXT))
            clauses.append(f"state = 'ACCEPTED' AND (status IS NULL OR status NOT IN ({marks}))")
            args.extend(_TERMINAL_TEXT)
        return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), args

    def list_orders(
        self,
        panel_id: int | None = None,
        *,
        states: Iterable[LocalState] | None = None,
        source: str | None = None,
        active_only: bool = False,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[OrderRecord]:
        where, args = self._order_filter(panel_id, states, source, active_only)
        direction = "DESC" if newest_first else "ASC"
        sql = (
            f"SELECT {_ORDER_COLUMNS} FROM orders {where} "
            f"ORDER BY created_at {direction}, local_id {direction}"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [_order(r) for r in self._read(sql, args)]

    def count_orders(
        self,
        panel_id: int | None = None,
        *,
        states: Iterable[LocalState] | None = None,
        source: str | None = None,
        active_only: bool = False,
    ) -> int:
        where, args = self._order_filter(panel_id, states, source, active_only)
        return int(self._read(f"SELECT COUNT(*) FROM orders {where}", args)[0][0])

    def events(self, local_id: int) -> list[OrderEvent]:
        rows = self._read(
            "SELECT id, local_id, at, kind, status, detail FROM order_events "
            "WHERE local_id = ? ORDER BY id",
            (local_id,),
        )
        return [
            OrderEvent(
                id=r["id"],
                local_id=r["local_id"],
                at=_dt_req(r["at"]),
                kind=r["kind"],
                status=r["status"],
                detail=MappingProxyType(json.loads(r["detail"])),
            )
            for r in rows
        ]

    # -- refills ----------------------------------------------------------------------------

    def add_refill(
        self,
        local_id: int,
        *,
        state: LocalState = LocalState.SENDING,
        panel_refill_id: int | None = None,
        error_text: str | None = None,
    ) -> int:
        """Record a refill request; like ``add``, commit it as SENDING before sending."""
        now = _ts(_now())
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO refills (local_id, panel_refill_id, state, created_at, updated_at, "
                "error_text) VALUES (?, ?, ?, ?, ?, ?)",
                (local_id, panel_refill_id, LocalState(state).value, now, now, error_text),
            )
            refill_id = int(cur.lastrowid or 0)
            self._event(
                conn,
                local_id,
                "refill",
                None,
                {"refill": refill_id, "state": LocalState(state).value},
                now,
            )
        return refill_id

    def update_refill(
        self,
        refill_id: int,
        *,
        state: LocalState | _Unset = _UNSET,
        panel_refill_id: int | _Unset | None = _UNSET,
        status: OrderStatus | _Unset | None = _UNSET,
        error_text: str | _Unset | None = _UNSET,
    ) -> bool:
        """Change the given fields; True (and a history event on the order) if any changed."""
        wanted: dict[str, object] = {}
        if not isinstance(state, _Unset):
            wanted["state"] = LocalState(state).value
        if not isinstance(panel_refill_id, _Unset):
            wanted["panel_refill_id"] = panel_refill_id
        if not isinstance(status, _Unset):
            wanted["status"] = None if status is None else status.value
        if not isinstance(error_text, _Unset):
            wanted["error_text"] = error_text
        now = _ts(_now())
        with self._write() as conn:
            row = conn.execute("SELECT * FROM refills WHERE id = ?", (refill_id,)).fetchone()
            if row is None:
                raise StoreError(f"There is no refill {refill_id} in {self.path}.", self.path)
            diff = {k: v for k, v in wanted.items() if row[k] != v}
            if not diff:
                return False
            sets = ", ".join(f"{column} = ?" for column in diff)
            conn.execute(
                f"UPDATE refills SET {sets}, updated_at = ? WHERE id = ?",
                (*diff.values(), now, refill_id),
            )
            status_now = wanted.get("status", row["status"])
            self._event(
                conn,
                row["local_id"],
                "refill",
                None if status_now is None else str(status_now),
                {"refill": refill_id, **diff},
                now,
            )
        return True

    def get_refill(self, refill_id: int) -> RefillRecord:
        rows = self._read("SELECT * FROM refills WHERE id = ?", (refill_id,))
        if not rows:
            raise StoreError(f"There is no refill {refill_id} in {self.path}.", self.path)
        return _refill(rows[0])

    def list_refills(
        self, local_id: int | None = None, *, panel_id: int | None = None
    ) -> list[RefillRecord]:
        clauses: list[str] = []
        args: list[object] = []
        if local_id is not None:
            clauses.append("r.local_id = ?")
            args.append(local_id)
        if panel_id is not None:
            clauses.append("o.panel_id = ?")
            args.append(panel_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._read(
            f"SELECT r.* FROM refills r JOIN orders o ON o.local_id = r.local_id {where} "
            "ORDER BY r.id",
            args,
        )
        return [_refill(r) for r in rows]

    def active_refills(self, panel_id: int) -> list[tuple[int, int]]:
        """(refill_id, panel_refill_id) of accepted refills not yet final, for the poller."""
        marks = ",".join("?" * len(_TERMINAL_TEXT))
        rows = self._read(
            "SELECT r.id, r.panel_refill_id FROM refills r "
            "JOIN orders o ON o.local_id = r.local_id "
            "WHERE o.panel_id = ? AND r.state = 'ACCEPTED' AND r.panel_refill_id IS NOT NULL "
            f"AND (r.status IS NULL OR r.status NOT IN ({marks})) ORDER BY r.id",
            (panel_id, *_TERMINAL_TEXT),
        )
        return [(int(r[0]), int(r[1])) for r in rows]

    # -- background poller (issue 4: poller) ------------------------------------------------

    def poll_targets(self, panel_id: int) -> list[tuple[int, int, OrderStatus | None, str | None]]:
        """(local_id, panel_order_id, status, status_text) of the orders :meth:`active_orders`
        lists, in the same order: the poller needs the status before a poll to report what
        changed, without loading whole records for thousands of orders."""
        marks = ",".join("?" * len(_TERMINAL_TEXT))
        try:
            cursor = self._conn().cursor()
            cursor.row_factory = None  # plain tuples: cheaper than sqlite3.Row
            cursor.execute(
                "SELECT local_id, panel_order_id, status, status_text FROM orders "
                "WHERE panel_id = ? AND state = 'ACCEPTED' AND panel_order_id IS NOT NULL "
                f"AND (status IS NULL OR status NOT IN ({marks})) ORDER BY local_id",
                (panel_id, *_TERMINAL_TEXT),
            )
            return [(int(r[0]), int(r[1]), _status(r[2]), r[3]) for r in cursor]
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the database {self.path}: {exc}", self.path) from exc

    # -- orders view (issue 4, orders table): bulk reads ------------------------------------
    # Kept together, and only added to: the table over 100,000 orders needs reads that are
    # faster and lighter than list_orders (which builds each row through sqlite3.Row).

    def load_orders(self, panel_id: int | None = None) -> list[OrderRecord]:
        """Every order (of one panel, or of all), in no particular order, built for a big
        table: params are decoded on first use, and repeated texts and amounts are shared
        (100,000 orders: about half the time and memory of :meth:`list_orders`)."""
        sql = f"SELECT {_ORDER_COLUMNS} FROM orders"
        args: tuple[object, ...] = ()
        if panel_id is not None:
            sql += " WHERE panel_id = ?"
            args = (panel_id,)
        builder = _BulkOrders()
        try:
            cursor = self._conn().cursor()
            cursor.row_factory = None  # plain tuples: far cheaper than sqlite3.Row
            cursor.execute(sql, args)
            while rows := cursor.fetchmany(2000):
                builder.add(rows)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the database {self.path}: {exc}", self.path) from exc
        return builder.records

    def get_orders(self, local_ids: Iterable[int]) -> list[OrderRecord]:
        """These orders (ids not in the database are skipped), in no particular order; one
        query per 500 ids."""
        ids = list(dict.fromkeys(int(i) for i in local_ids))
        builder = _BulkOrders()
        try:
            cursor = self._conn().cursor()
            cursor.row_factory = None
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                cursor.execute(
                    f"SELECT {_ORDER_COLUMNS} FROM orders WHERE local_id IN ({marks})", chunk
                )
                builder.add(cursor.fetchall())
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the database {self.path}: {exc}", self.path) from exc
        return builder.records

    def latest_refills(self, local_ids: Iterable[int] | None = None) -> dict[int, RefillRecord]:
        """The newest refill of each order that has one (of these orders, or of all)."""
        newest = "SELECT MAX(id) FROM refills GROUP BY local_id"
        if local_ids is None:
            rows = self._read(f"SELECT * FROM refills WHERE id IN ({newest})")
        else:
            ids = list(dict.fromkeys(int(i) for i in local_ids))
            rows = []
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows += self._read(
                    f"SELECT * FROM refills WHERE id IN (SELECT MAX(id) FROM refills "
                    f"WHERE local_id IN ({marks}) GROUP BY local_id)",
                    chunk,
                )
        return {int(r["local_id"]): _refill(r) for r in rows}


class _LazyParams(Mapping[str, str]):
    """An order's sent params, decoded from their JSON text on first use (a table of 100,000
    orders rarely looks at them)."""

    __slots__ = ("_decoded", "_raw")

    def __init__(self, raw: str) -> None:
        self._raw = raw
        self._decoded: dict[str, str] | None = None

    def _map(self) -> dict[str, str]:
        if self._decoded is None:
            self._decoded = json.loads(self._raw)
        return self._decoded

    def __getitem__(self, key: str) -> str:
        return self._map()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._map())

    def __len__(self) -> int:
        return len(self._map())

    def __repr__(self) -> str:
        return f"{dict(self._map())!r}"


_NO_PARAMS: Mapping[str, str] = MappingProxyType({})


class _BulkOrders:
    """Builds OrderRecords from plain row tuples (``_ORDER_COLUMNS`` order), sharing equal
    texts and amounts between rows."""

    def __init__(self) -> None:
        self.records: list[OrderRecord] = []
        self._texts: dict[str, str] = {}
        self._amounts: dict[str, Decimal] = {}

    def _text(self, value: str | None) -> str | None:
        return None if value is None else self._texts.setdefault(value, value)

    def _amount(self, value: str | None) -> Decimal | None:
        if value is None:
            return None
        amount = self._amounts.get(value)
        if amount is None:
            amount = self._amounts[value] = Decimal(value)
        return amount

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        text, amount, when = self._text, self._amount, datetime.fromisoformat
        states = {s.value: s for s in LocalState}
        statuses: dict[str | None, OrderStatus | None] = {s.value: s for s in OrderStatus}
        statuses[None] = None
        append = self.records.append
        for (
            local_id, panel_id, service_id, service_name, service_type, link, quantity,
            params, cost, state, panel_order_id, error_code, error_text, created_at, sent_at,
            resolved_at, status, status_text, charge, start_count, remains, currency,
            last_checked_at, source, note,
        ) in rows:  # fmt: skip
            append(
                OrderRecord(
                    local_id=local_id,
                    panel_id=panel_id,
                    service_id=service_id,
                    service_name=text(service_name) or "",
                    service_type=text(service_type) or "",
                    link=link,
                    quantity=quantity,
                    params=_NO_PARAMS if params == "{}" else _LazyParams(params),
                    cost=amount(cost),
                    state=states[state],
                    panel_order_id=panel_order_id,
                    error_code=text(error_code),
                    error_text=error_text,
                    created_at=when(created_at),
                    sent_at=None if sent_at is None else when(sent_at),
                    resolved_at=None if resolved_at is None else when(resolved_at),
                    status=statuses[status],
                    status_text=text(status_text),
                    charge=amount(charge),
                    start_count=start_count,
                    remains=remains,
                    currency=text(currency),
                    last_checked_at=None if last_checked_at is None else when(last_checked_at),
                    source=text(source) or "app",
                    note=text(note) or "",
                )
            )
