"""Where the shipped resources live (source tree or frozen bundle) and the app icon."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resource_dir() -> Path:
    """``resources/`` beside the package in a checkout, or inside the PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((resource_dir() / "icons").glob("smmdesk-*.png")):
        icon.addFile(str(png))
    return icon
