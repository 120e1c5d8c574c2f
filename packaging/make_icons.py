"""Renders the app icon to resources/icons/smmdesk-<size>.png (run after changing the design).

The icon is drawn with QPainter so it needs no design tool: a rounded square with a blue→teal
gradient, a white rising bar chart and a spark, readable from 16 px to 1024 px.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath

SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    margin = 2 * s
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    grad = QLinearGradient(rect.topLeft(), rect.bottomRight())
    grad.setColorAt(0.0, QColor("#3b5bdb"))
    grad.setColorAt(1.0, QColor("#0ca678"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(grad)
    p.drawRoundedRect(rect, 14 * s, 14 * s)
    # three rising bars
    p.setBrush(QColor(255, 255, 255, 235))
    for i, h in enumerate((14, 22, 32)):
        x = 14 * s + i * 12 * s
        p.drawRoundedRect(QRectF(x, (52 - h) * s, 8 * s, h * s), 2 * s, 2 * s)
    # a spark (four-point star) above the last bar
    star = QPainterPath()
    cx, cy, r = 50 * s, 14 * s, 7 * s
    star.moveTo(cx, cy - r)
    for dx, dy in (
        (0.28, -0.28),
        (1, 0),
        (0.28, 0.28),
        (0, 1),
        (-0.28, 0.28),
        (-1, 0),
        (-0.28, -0.28),
    ):
        star.lineTo(QPointF(cx + dx * r, cy + dy * r))
    star.closeSubpath()
    p.setBrush(QColor("#ffd43b"))
    p.drawPath(star)
    p.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(size).save(str(OUT / f"smmdesk-{size}.png"))
    print(f"wrote {len(SIZES)} icons to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
