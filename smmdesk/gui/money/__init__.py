"""Money across panels: what was spent (the Spending window), what is left (the Balances
window, the low-balance warning), and the user's currency, exchange rates and per-panel
warning levels (Settings)."""
