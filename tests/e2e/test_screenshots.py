"""Screenshots of the real app in a real xcb window under Xvfb: the welcome page, the main window
on the demo panel, the order form for several service types, the order confirmation, the orders
view and an export's banner — in English (left-to-right) and Arabic (right-to-left), light and
dark, on a 1366x768 and a 1920x1080 screen.

The PNGs land in artifacts/screenshots/WxH/ for people to look at; the test checks they are real
pictures of a drawn window (fitting its screen, many colours), not blank frames.
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
    "export",
]


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.xvfb
@pytest.mark.parametrize("xvfb_display", ["1366x768", "1920x1080"], indirect=True)
@pytest.mark.parametrize(
    ("language", "theme_choice"), [("en", "light"), ("ar", "light"), ("en", "dark"), ("ar", "dark")]
)
def test_real_window_screenshots(
    request: pytest.FixtureRequest,
    xvfb_display: str,
    tmp_path: Path,
    language: str,
    theme_choice: str,
) -> None:
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    shoot = ROOT / "tests" / "e2e" / "shoot.py"
    screen_w, screen_h = (int(n) for n in request.node.callspec.params["xvfb_display"].split("x"))
    out = OUT / f"{screen_w}x{screen_h}"
    args = [sys.executable, str(shoot), str(out), str(tmp_path), language, theme_choice]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "platform xcb" in proc.stdout
    rtl = "RightToLeft" if language == "ar" else "LeftToRight"
    assert f"direction {rtl}" in proc.stdout
    assert "QThread: Destroyed" not in proc.stderr
    suffix = f"-{language}-{theme_choice}"
    assert "exported " in proc.stdout
    confirm = QImage(str(out / f"confirm{suffix}.png"))
    assert not confirm.isNull()
    assert distinct_colours(confirm, step=3) > 20
    for name in SHOTS:
        image = QImage(str(out / f"{name}{suffix}.png"))
        assert not image.isNull(), name
        # the window sizes itself to the screen: big enough to work in, never past its edges
        assert 1100 <= image.width() <= screen_w, (name, image.size())
        assert 600 <= image.height() <= screen_h, (name, image.size())
        # a drawn window has text, icons and widgets: hundreds of colours, not a blank frame
        assert distinct_colours(image) > 60, name
