"""A keyring backend for bench_startup.py: every panel profile has a key, read in no time.

The start-up benchmark launches SMMDesk with ``PYTHON_KEYRING_BACKEND=bench_keyring.BenchKeyring``
(bench/ on its PYTHONPATH), so the open panel has a usable key the way a user's panel has one in
the OS keyring, without a keyring daemon on the benchmark machine. Not shipped, not for tests.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend


class BenchKeyring(KeyringBackend):
    """Answers "bench-key" for every ``panel-N`` profile; stores nothing."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return "bench-key" if username.startswith("panel-") else None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None
