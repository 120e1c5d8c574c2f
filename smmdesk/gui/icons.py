"""Where the shipped resources live (the ``smmdesk.resources`` package) and the app icon."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon


@cache
def resource_dir() -> Path:
    """The folder of the ``smmdesk.resources`` package: the top-level ``resources/`` in a
    checkout or an editable install, inside site-packages for a wheel, inside the bundle when
    frozen. Qt loads icons and translations from real files, and SMMDesk is never imported from
    a zip, so the package is always a folder."""
    root = resources.files("smmdesk.resources")
    if not isinstance(root, Path):  # e.g. a namespace package: resources/__init__.py was lost
        raise RuntimeError(f"smmdesk.resources is not a folder on disk: {root!r}")
    return root


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((resource_dir() / "icons").glob("smmdesk-*.png")):
        icon.addFile(str(png))
    return icon
