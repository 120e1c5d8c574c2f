"""The demo's extra panels: resellers of the first demo panel's catalogue, served beside it on
the same server, so the same service shows on several panels at different prices (one of them
in euros, one with restyled and Arabic names)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["DEMO_EXTRA_PANELS", "ExtraPanel"]


@dataclass(frozen=True, slots=True)
class ExtraPanel:
    """One extra demo panel: served at ``/<name>/api/v2`` with ``api_key``."""

    name: str
    api_key: str
    seed: int
    price_factor: Decimal
    decorate: float
    currency: str
    balance: Decimal


DEMO_EXTRA_PANELS: tuple[ExtraPanel, ...] = (
    # cheaper on average, a few names restyled
    ExtraPanel("demo2", "demo-key-2", 2, Decimal("0.75"), 0.15, "USD", Decimal("150.00")),
    # in euros, dearer on average, many names restyled (bold, small caps, Arabic words)
    ExtraPanel("demo3", "demo-key-3", 3, Decimal("1.10"), 0.35, "EUR", Decimal("200.00")),
)
