"""The database schema: versioned forward migrations (one transaction each) and the refusal
to touch a database written by a newer SMMDesk."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from smmdesk.core.models import OrderStatus
from smmdesk.core.store.records import NewerSchema

log = logging.getLogger(__name__)


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

# A panel can give an order number again (a reinstalled panel; the demo panel, before it kept
# its state). Local history is never rewritten by an answer about another placement: the older
# row is frozen (``superseded_by``: the local id of the placement that took its number over)
# and the newer one says whose number it reuses (``reuses_id_of``). Orders that already share
# a number are sorted out the same way, the newest keeping it.
_V3_MARK_SHARED_NUMBERS = _sql(
    """UPDATE orders SET
        superseded_by = (SELECT MIN(n.local_id) FROM orders n WHERE n.panel_id = orders.panel_id
            AND n.panel_order_id = orders.panel_order_id AND n.local_id > orders.local_id),
        reuses_id_of = (SELECT MAX(p.local_id) FROM orders p WHERE p.panel_id = orders.panel_id
            AND p.panel_order_id = orders.panel_order_id AND p.local_id < orders.local_id)
    WHERE panel_order_id IS NOT NULL AND EXISTS (SELECT 1 FROM orders o
        WHERE o.panel_id = orders.panel_id AND o.panel_order_id = orders.panel_order_id
        AND o.local_id != orders.local_id)""",
)


def _v3_reused_order_ids(conn: sqlite3.Connection) -> None:
    present = {str(r[1]) for r in conn.execute("PRAGMA table_info(orders)")}
    for column in ("superseded_by", "reuses_id_of"):
        if column not in present:  # kept by a file whose user_version was set back by hand
            conn.execute(f"ALTER TABLE orders ADD COLUMN {column} INTEGER")
    _V3_MARK_SHARED_NUMBERS(conn)


# The catalogue history: each refresh stored as its changes against the cached catalogue (the
# baseline), never as a snapshot, so the file grows with changes, not with refreshes.
# IF NOT EXISTS: it holds wherever it runs among migrations added alongside it.
_CATALOG_CHANGES = _sql(
    """CREATE TABLE IF NOT EXISTS catalog_changes (
        id INTEGER PRIMARY KEY,
        panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        service_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        old TEXT,
        new TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS catalog_changes_by_at ON catalog_changes(at)",
    "CREATE INDEX IF NOT EXISTS catalog_changes_by_service "
    "ON catalog_changes(panel_id, service_id, at)",
)

# Each panel's last balance answer, kept so the balances are shown at once on start-up.
_BALANCES = _sql(
    """CREATE TABLE IF NOT EXISTS balances (
        panel_id INTEGER PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
        amount TEXT NOT NULL,
        currency TEXT NOT NULL DEFAULT '',
        read_at TEXT NOT NULL
    )""",
)

#: The orders still in progress, as SQL over ``orders`` (literal values: a partial index's
#: condition cannot take parameters): placed and not in a final status nor frozen by a reused
#: number, being sent, or UNKNOWN. The same-link guard reads them on every panel at once.
OPEN_ORDERS_SQL = (
    "(state IN ('SENDING', 'UNKNOWN') OR (state = 'ACCEPTED' AND superseded_by IS NULL "
    "AND (status IS NULL OR status NOT IN ("
    + ", ".join(f"'{s.value}'" for s in OrderStatus if s.is_terminal)
    + "))))"
)


def _open_orders_index(conn: sqlite3.Connection) -> None:
    """A partial, covering index of the orders in progress: the same-link guard reads a few
    thousand index entries (every column it needs is in them) instead of scanning 100,000
    orders. Small, since it holds only the open orders. Idempotent, wherever it stands in
    MIGRATIONS."""
    conn.execute(
        "CREATE INDEX IF NOT EXISTS orders_open ON orders(panel_id, panel_order_id, "
        "service_id, service_name, link, state, status, created_at, superseded_by) "
        f"WHERE {OPEN_ORDERS_SQL}"
    )


# Each order's first Completed, first started and newest "status" event, as POSIX seconds, kept
# up to date by triggers as events are written: the delivery statistics read one row per order
# instead of aggregating every event of 100,000 orders. The started statuses are written out
# here on purpose (a released migration never changes): if the definition of "started" changes,
# a new migration replaces the triggers (a test compares the two).
ORDER_TIMES_STARTED = ("Active", "Completed", "In progress", "Partial", "Processing")
_STARTED_SQL = ", ".join(f"'{s}'" for s in ORDER_TIMES_STARTED)
_SECONDS_OF_AT = "(julianday({at}) - 2440587.5) * 86400.0"
_ORDER_TIMES_SELECT = (
    "SELECT local_id, "
    f"MIN(CASE WHEN status = 'Completed' THEN {_SECONDS_OF_AT.format(at='at')} END), "
    f"MIN(CASE WHEN status IN ({_STARTED_SQL}) THEN {_SECONDS_OF_AT.format(at='at')} END), "
    f"MAX({_SECONDS_OF_AT.format(at='at')}) "
    "FROM order_events WHERE kind = 'status' AND local_id IN ({ids}) GROUP BY local_id"
)
_ORDER_TIMES = _sql(
    """CREATE TABLE IF NOT EXISTS order_times (
        local_id INTEGER PRIMARY KEY REFERENCES orders(local_id) ON DELETE CASCADE,
        completed REAL,
        started REAL,
        moved REAL
    )""",
    # A new "status" event moves the three times only outwards (or fills them in).
    f"""CREATE TRIGGER IF NOT EXISTS order_times_on_insert AFTER INSERT ON order_events
    WHEN NEW.kind = 'status' BEGIN
        INSERT INTO order_times (local_id, completed, started, moved) VALUES (
            NEW.local_id,
            CASE WHEN NEW.status = 'Completed' THEN {_SECONDS_OF_AT.format(at="NEW.at")} END,
            CASE WHEN NEW.status IN ({_STARTED_SQL})
                THEN {_SECONDS_OF_AT.format(at="NEW.at")} END,
            {_SECONDS_OF_AT.format(at="NEW.at")})
        ON CONFLICT (local_id) DO UPDATE SET
            completed = COALESCE(MIN(completed, excluded.completed), completed,
                                 excluded.completed),
            started = COALESCE(MIN(started, excluded.started), started, excluded.started),
            moved = COALESCE(MAX(moved, excluded.moved), moved, excluded.moved);
    END""",
    # Events are only ever added; should one be changed or removed (other than with its
    # order), its order's times are read again from what is left.
    f"""CREATE TRIGGER IF NOT EXISTS order_times_on_delete AFTER DELETE ON order_events
    WHEN OLD.kind = 'status' AND EXISTS (SELECT 1 FROM orders WHERE local_id = OLD.local_id)
    BEGIN
        DELETE FROM order_times WHERE local_id = OLD.local_id;
        INSERT INTO order_times {_ORDER_TIMES_SELECT.format(ids="OLD.local_id")};
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS order_times_on_update AFTER UPDATE ON order_events BEGIN
        DELETE FROM order_times WHERE local_id IN (OLD.local_id, NEW.local_id);
        INSERT INTO order_times {_ORDER_TIMES_SELECT.format(ids="OLD.local_id, NEW.local_id")};
    END""",
    # Every order's times from the history it already has (idempotent: read again in full).
    "DELETE FROM order_times",
    "INSERT INTO order_times " + _ORDER_TIMES_SELECT.format(ids="SELECT local_id FROM orders"),
)

MIGRATIONS: tuple[Migration, ...] = (
    _V1_BASE,
    _V2_REFILLS,
    _v3_reused_order_ids,
    _CATALOG_CHANGES,
    _BALANCES,
    _open_orders_index,
    _ORDER_TIMES,
)


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
