"""Money: what the user spent (and, beside it, what is left)."""
