"""Test-wide set-up: no test touches the user's real data, settings or keyring."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own data dir and XDG dirs, so nothing leaks between tests or to $HOME."""
    root = tmp_path_factory.mktemp("smmdesk-home")
    monkeypatch.setenv("SMMDESK_DATA_DIR", str(root / "data"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(root / var.lower()))
    return root
