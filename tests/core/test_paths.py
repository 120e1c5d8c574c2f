"""Where SMMDesk puts its files: the defaults, the env override and --data-dir."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from smmdesk.core import paths


@pytest.fixture(autouse=True)
def _reset_override() -> Iterator[None]:
    paths.set_data_dir(None)
    yield
    paths.set_data_dir(None)


def test_env_var_moves_every_directory_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "portable"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(root))
    assert paths.data_dir() == root.resolve()
    assert paths.config_dir() == root.resolve() / "config"
    assert paths.log_dir() == root.resolve() / "logs"
    assert paths.cache_dir() == root.resolve() / "cache"
    assert paths.database_path().parent == root.resolve()
    for directory in (root, root / "config", root / "logs", root / "cache"):
        assert directory.is_dir()


def test_set_data_dir_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "from-env"))
    paths.set_data_dir(tmp_path / "from-cli")
    assert paths.data_dir() == (tmp_path / "from-cli").resolve()
    assert not (tmp_path / "from-env").exists()
    paths.set_data_dir(None)
    assert paths.data_dir() == (tmp_path / "from-env").resolve()


def test_defaults_follow_the_platform_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config-home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    if os.name != "posix" or os.uname().sysname != "Linux":
        pytest.skip("XDG variables only steer platformdirs on Linux")
    assert paths.data_dir() == tmp_path / "data-home" / "SMMDesk"
    assert paths.config_dir() == tmp_path / "config-home" / "SMMDesk"
    assert paths.cache_dir() == tmp_path / "cache-home" / "SMMDesk"
    assert paths.log_dir().is_dir()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_directories_created_by_the_app_are_private(tmp_path: Path) -> None:
    paths.set_data_dir(tmp_path / "a" / "b")
    for directory in (paths.data_dir(), paths.config_dir(), paths.log_dir(), paths.cache_dir()):
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_directory_keeps_the_users_permissions(tmp_path: Path) -> None:
    chosen = tmp_path / "shared"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    paths.set_data_dir(chosen)
    assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o755
