"""The Store's panels (add, change, hide or purge), their cached catalogue and favourites."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import datetime

from smmdesk.core.store.base import _UNSET, StoreBase, _Unset
from smmdesk.core.store.convert import _check_url, _dt_req, _json, _now, _panel, _ts
from smmdesk.core.store.records import CachedCatalog, PanelRecord, StoreError


class PanelsMixin(StoreBase):
    """Panels, the catalogue cache and favourites."""

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
