"""The user's money settings, kept in ``ctx.settings``: their currency, the exchange-rate table
(what one unit of another currency is worth in theirs; typed by the user, never looked up) and
each panel's low-balance rule. Amounts are stored as exact Decimal text."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QSettings

from smmdesk.core.balances import LowBalanceRule, ThresholdMode, normalise_currency
from smmdesk.gui.wording import numbers

__all__ = [
    "CURRENCY_KEY",
    "DEFAULT_CURRENCY",
    "LEGACY_THRESHOLD_KEY",
    "RATES_KEY",
    "amount_value",
    "currency_code",
    "home_currency",
    "rates",
    "rule",
    "rule_key",
    "rules",
    "save_rule",
]

CURRENCY_KEY = "money/currency"
RATES_KEY = "money/rates"
DEFAULT_CURRENCY = "USD"
#: the one app-wide level of earlier versions: kept as the fixed level of panels without a
#: rule of their own, so an upgrade does not drop a level the user chose
LEGACY_THRESHOLD_KEY = "notifications/low_balance"
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_MAX_AMOUNT = Decimal(1_000_000_000)


def rule_key(panel_id: int) -> str:
    return f"money/low_balance/{panel_id}"


def currency_code(text: str) -> str | None:
    """A typed currency code ("usd", " EUR ", "USDT") upper-cased, or None if it is not one."""
    code = normalise_currency(text)
    return code if _CODE.fullmatch(code) else None


def amount_value(text: str) -> Decimal | None:
    """A typed amount of 0 or more (either digits, "12.5" or "١٢٫٥"), or None."""
    value = numbers.parse_decimal(text)
    if value is None or not value.is_finite() or value < 0 or value > _MAX_AMOUNT:
        return None
    return value


def _decimal(raw: object) -> Decimal | None:
    try:
        value = Decimal(str(raw).strip())
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def home_currency(settings: QSettings) -> str:
    return currency_code(str(settings.value(CURRENCY_KEY, DEFAULT_CURRENCY))) or DEFAULT_CURRENCY


def rates(settings: QSettings) -> dict[str, Decimal]:
    """Currency -> what one unit is worth in the user's currency (unusable entries dropped)."""
    try:
        stored = json.loads(str(settings.value(RATES_KEY, "{}")))
    except ValueError:
        return {}
    found: dict[str, Decimal] = {}
    if isinstance(stored, dict):
        for code, raw in stored.items():
            value = _decimal(raw)
            key = currency_code(str(code))
            if key is not None and value is not None and value > 0:
                found[key] = value
    return found


def save_rates(settings: QSettings, table: dict[str, Decimal]) -> None:
    settings.setValue(RATES_KEY, json.dumps({k: str(v) for k, v in sorted(table.items())}))


def rule(settings: QSettings, panel_id: int) -> LowBalanceRule:
    """The panel's rule: its own, else the fixed level of earlier versions, else automatic."""
    raw = settings.value(rule_key(panel_id))
    if raw is None:
        legacy = _decimal(settings.value(LEGACY_THRESHOLD_KEY, ""))
        if legacy is not None and legacy > 0:
            return LowBalanceRule(ThresholdMode.FIXED, legacy)
        return LowBalanceRule()
    text = str(raw).strip()
    if text == ThresholdMode.OFF.value:
        return LowBalanceRule(ThresholdMode.OFF)
    amount = _decimal(text)
    if amount is not None and amount > 0:
        return LowBalanceRule(ThresholdMode.FIXED, amount)
    return LowBalanceRule()


def rules(settings: QSettings, panel_ids: list[int]) -> dict[int, LowBalanceRule]:
    return {pid: rule(settings, pid) for pid in panel_ids}


def save_rule(settings: QSettings, panel_id: int, value: LowBalanceRule) -> None:
    if value.mode is ThresholdMode.FIXED and value.amount is not None and value.amount > 0:
        settings.setValue(rule_key(panel_id), str(value.amount))
    elif value.mode is ThresholdMode.OFF:
        settings.setValue(rule_key(panel_id), ThresholdMode.OFF.value)
    else:
        settings.setValue(rule_key(panel_id), ThresholdMode.AUTO.value)
