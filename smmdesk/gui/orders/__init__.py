"""The orders workspace: the table over the local history, its filters and columns, one
order's detail, and the actions on orders (refresh, refill, cancel, import, export)."""
