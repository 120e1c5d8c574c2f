"""Mass orders: pasted lines checked against the catalogue, then placed one at a time on a
worker (never twice)."""
