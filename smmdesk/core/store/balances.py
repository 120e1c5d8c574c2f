"""The Store's balances (each panel's last ``balance`` answer with the time it was read) and
the order rows spending is counted from."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from smmdesk.core.models import Balance
from smmdesk.core.store.base import StoreBase
from smmdesk.core.store.convert import _dec, _dt_req, _money, _now, _ts
from smmdesk.core.store.records import StoredBalance

#: the order's placement time: when it was sent, else when it was recorded (imported orders)
_PLACED = "COALESCE(sent_at, created_at)"
_ZERO = Decimal(0)


class BalancesMixin(StoreBase):
    """Last known balances and the rows spending is counted from."""

    def save_balance(
        self, panel_id: int, balance: Balance, *, read_at: datetime | None = None
    ) -> None:
        """Keep ``balance`` as the panel's last known one (replacing the previous); the currency
        it names becomes the panel's currency. An answer naming no currency keeps the one known
        (the panel's), never blanks it."""
        currency = balance.currency.strip().upper()
        with self._write() as conn:
            if currency:
                conn.execute(
                    "UPDATE panels SET currency = ? WHERE id = ? AND currency IS NOT ?",
                    (currency, panel_id, currency),
                )
            else:
                row = conn.execute("SELECT currency FROM panels WHERE id = ?", (panel_id,))
                known = row.fetchone()
                currency = str(known[0] or "").strip().upper() if known is not None else ""
            conn.execute(
                "INSERT INTO balances (panel_id, amount, currency, read_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (panel_id) DO UPDATE SET amount = excluded.amount, "
                "currency = excluded.currency, read_at = excluded.read_at",
                (panel_id, _money(balance.amount), currency, _ts(read_at or _now())),
            )

    def last_balances(self) -> dict[int, StoredBalance]:
        """Panel id -> its last known balance (panels never read are absent)."""
        rows = self._read("SELECT panel_id, amount, currency, read_at FROM balances")
        return {
            int(r[0]): StoredBalance(int(r[0]), _dec(r[1]) or _ZERO, str(r[2]), _dt_req(r[3]))
            for r in rows
        }

    def first_placements(self) -> dict[int, datetime]:
        """Panel id -> when its first order was recorded here (how long its history is);
        panels without orders are absent. One index look-up per panel."""
        rows = self._read(
            "SELECT id, (SELECT MIN(created_at) FROM orders WHERE orders.panel_id = panels.id "
            # drafts and refused orders spent nothing: they do not make a history longer
            "AND state IN ('ACCEPTED', 'UNKNOWN', 'SENDING')) "
            "FROM panels"
        )
        return {int(r[0]): _dt_req(r[1]) for r in rows if r[1] is not None}
