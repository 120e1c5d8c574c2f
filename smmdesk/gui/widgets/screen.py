"""Windows and dialogs that fit the screen they open on: sized from the screen's available area
(without the task bar or panels), room left for the title bar, saved geometry from a larger
screen brought back inside, and nothing placed off screen."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["DECORATION", "available_geometry", "clamp_to_screen", "fit_window", "frame_margins"]

#: room for a title bar and borders while the window manager has not said how big they are
DECORATION: Final = QMargins(2, 36, 2, 4)
#: used when no screen is known at all (some headless set-ups)
_FALLBACK: Final = QRect(0, 0, 1280, 720)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The screen area a window of ``widget`` may use: its screen's (else the primary screen's)
    available geometry, in device-independent pixels."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(_FALLBACK)
    area = screen.availableGeometry()
    return area if area.isValid() and not area.isEmpty() else QRect(_FALLBACK)


def frame_margins(window: QWidget) -> QMargins:
    """The title bar and borders around ``window``'s contents: as the window manager drew them
    once the window is shown, else an allowance for them."""
    if window.isVisible():
        frame, inner = window.frameGeometry(), window.geometry()
        margins = QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
        if margins.top() > 0:
            return margins
    return QMargins(DECORATION)


def _room(window: QWidget, area: QRect) -> QSize:
    """The largest contents size whose frame fits in ``area``."""
    margins = frame_margins(window)
    width = area.width() - margins.left() - margins.right()
    height = area.height() - margins.top() - margins.bottom()
    return QSize(max(width, 200), max(height, 150))


def fit_window(window: QWidget, preferred: QSize, share: float = 0.0) -> None:
    """Give ``window`` its ``preferred`` contents size, or less where the screen is smaller,
    centred in the screen's available area; on a larger screen it takes ``share`` of the
    room when that is more than ``preferred`` (a big screen is there to be used)."""
    area = available_geometry(window)
    room = _room(window, area)
    grown = QSize(int(room.width() * share), int(room.height() * share))
    size = preferred.expandedTo(grown).boundedTo(room)
    window.resize(size)
    margins = frame_margins(window)
    outer = QSize(
        size.width() + margins.left() + margins.right(),
        size.height() + margins.top() + margins.bottom(),
    )
    x = area.left() + max((area.width() - outer.width()) // 2, 0)
    y = area.top() + max((area.height() - outer.height()) // 2, 0)
    window.move(x, y)


def clamp_to_screen(window: QWidget) -> bool:
    """Shrink and move ``window`` (e.g. geometry saved on a larger screen) so its frame lies
    inside the available area; returns whether anything changed."""
    area = available_geometry(window)
    room = _room(window, area)
    size = window.size()
    changed = False
    if size.width() > room.width() or size.height() > room.height():
        window.resize(size.boundedTo(room))
        changed = True
    margins = frame_margins(window)
    frame = window.frameGeometry() if window.isVisible() else None
    left = frame.left() if frame is not None else window.x()
    top = frame.top() if frame is not None else window.y()
    outer_width = window.width() + margins.left() + margins.right()
    outer_height = window.height() + margins.top() + margins.bottom()
    x = min(max(left, area.left()), area.right() + 1 - outer_width)
    y = min(max(top, area.top()), area.bottom() + 1 - outer_height)
    x, y = max(x, area.left()), max(y, area.top())
    if (x, y) != (left, top):
        window.move(x, y)
        changed = True
    return changed
