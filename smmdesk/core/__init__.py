"""Pure-Python core: panel API, money, storage. Never imports Qt."""
