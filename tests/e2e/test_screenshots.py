"""Screenshots of the real app in a real xcb window under Xvfb: the welcome page, the main window
on the demo panel, the order form for several service types and the orders view — in English
(left-to-right) and Arabic (right-to-left), light and dark.

The PNGs land in artifacts/screenshots/ for people to look at; the test checks they are real
pictures of a drawn window (the right size, many colours), not blank frames.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "artifacts" / "screenshots"
SHOTS = [
    "welcome",
    "main-demo",
    "form-default-dripfeed",
    "form-custom-comments",
    "form-subscriptions",
    "form-poll",
    "form-mentions-user-followers",
    "search-arabic",
    "orders",
]


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.xvfb
@pytest.mark.parametrize(
    ("language", "theme_choice"), [("en", "light"), ("ar", "light"), ("en", "dark"), ("ar", "dark")]
)
def test_real_window_screenshots(
    xvfb_display: str, tmp_path: Path, language: str, theme_choice: str
) -> None:
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    shoot = ROOT / "tests" / "e2e" / "shoot.py"
    args = [sys.executable, str(shoot), str(OUT), str(tmp_path), language, theme_choice]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "platform xcb" in proc.stdout
    rtl = "RightToLeft" if language == "ar" else "LeftToRight"
    assert f"direction {rtl}" in proc.stdout
    assert "QThread: Destroyed" not in proc.stderr
    suffix = f"-{language}-{theme_choice}"
    for name in SHOTS:
        image = QImage(str(OUT / f"{name}{suffix}.png"))
        assert not image.isNull(), name
        assert image.width() >= 1200, (name, image.size())
        assert image.height() >= 700, (name, image.size())
        # a drawn window has text, icons and widgets: hundreds of colours, not a blank frame
        assert distinct_colours(image) > 60, name
