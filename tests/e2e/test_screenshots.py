"""Screenshots of the real app in a real xcb window under Xvfb: the welcome page, the main window
on the demo panel, and the order form for several service types, left-to-right and right-to-left.

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
@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_real_window_screenshots(xvfb_display: str, tmp_path: Path, direction: str) -> None:
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    args = [sys.executable, str(ROOT / "tests" / "e2e" / "shoot.py"), str(OUT), str(tmp_path)]
    if direction == "rtl":
        args.append("--rtl")
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "platform xcb" in proc.stdout
    assert "QThread: Destroyed" not in proc.stderr
    suffix = "-rtl" if direction == "rtl" else ""
    for name in SHOTS:
        image = QImage(str(OUT / f"{name}{suffix}.png"))
        assert not image.isNull(), name
        assert image.width() >= 1200 and image.height() >= 700, (name, image.size())
        # a drawn window has text, icons and widgets: hundreds of colours, not a blank frame
        assert distinct_colours(image) > 60, name
