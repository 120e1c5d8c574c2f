"""Where SMMDesk keeps its data, config, logs and cache, and the one override (``--data-dir`` or
``SMMDESK_DATA_DIR``) that moves all of them together."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = [
    "APP_NAME",
    "DATA_DIR_ENV",
    "cache_dir",
    "config_dir",
    "data_dir",
    "database_path",
    "log_dir",
    "set_data_dir",
]

APP_NAME = "SMMDesk"
DATA_DIR_ENV = "SMMDESK_DATA_DIR"
DATABASE_FILENAME = "smmdesk.sqlite3"

# Set by main.py for --data-dir; wins over the environment variable so an explicit command-line
# choice is never silently ignored.
_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Put every SMMDesk directory under ``path`` (``None`` goes back to the defaults)."""
    global _override
    _override = None if path is None else Path(path).expanduser().resolve()


def _root_override() -> Path | None:
    if _override is not None:
        return _override
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(env).expanduser().resolve() if env else None


def _ensure(path: Path) -> Path:
    """Create ``path`` (and parents) if missing; a directory we create is private to the user.

    An existing directory keeps its mode: the user may have chosen it deliberately.
    """
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        # mkdir's mode is filtered by the umask; chmod makes 0o700 hold regardless. Windows
        # ignores everything but the read-only bit, which is what "where supported" means.
        if os.name == "posix":
            path.chmod(0o700)
    return path


def data_dir() -> Path:
    """Orders database and catalogue cache live here."""
    root = _root_override()
    return _ensure(root if root is not None else Path(platformdirs.user_data_dir(APP_NAME, False)))


def config_dir() -> Path:
    """Settings (never secrets: the API key lives in the OS keyring)."""
    root = _root_override()
    if root is not None:
        return _ensure(root / "config")
    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, False)))


def log_dir() -> Path:
    root = _root_override()
    if root is not None:
        return _ensure(root / "logs")
    return _ensure(Path(platformdirs.user_log_dir(APP_NAME, False)))


def cache_dir() -> Path:
    """Anything that can be rebuilt from the panel (safe to delete)."""
    root = _root_override()
    if root is not None:
        return _ensure(root / "cache")
    return _ensure(Path(platformdirs.user_cache_dir(APP_NAME, False)))


def database_path() -> Path:
    """The orders database file the app opens with ``Store.open``."""
    return data_dir() / DATABASE_FILENAME
