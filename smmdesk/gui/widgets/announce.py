"""What a screen reader is told beyond what has focus: announcements of outcomes (an order
placed, completed or failed, a low balance) and the small naming helpers that keep a
control's accessible name and description in step with what it shows.

Announcements go through :func:`announce` only (``QAccessibleAnnouncementEvent``, Qt 6.8+), so
every outcome is said the same way and a test can read what was said (:func:`recent`)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

__all__ = ["announce", "clear_recent", "describe", "name_clear_button", "recent"]

_RECENT: deque[tuple[str, bool]] = deque(maxlen=50)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have screen readers say ``text`` now, from ``widget`` (where the outcome shows).
    ``urgent`` interrupts what the reader is saying (a failure); otherwise it waits its turn."""
    text = text.strip()
    if not text:
        return
    _RECENT.append((text, urgent))
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = (
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    event.setPoliteness(politeness)
    QAccessible.updateAccessibility(event)


def recent() -> list[str]:
    """What was announced lately, oldest first (for tests and the log of what users heard)."""
    return [text for text, _urgent in _RECENT]


def clear_recent() -> None:
    _RECENT.clear()


def describe(widget: QWidget, parts: Iterable[str]) -> None:
    """Set ``widget``'s accessible description to the non-empty ``parts`` (an error first,
    then a hint), so a screen reader says them with the field; an unchanged text is kept."""
    text = "\n".join(p.strip() for p in parts if p and p.strip())
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)


def name_clear_button(edit: QLineEdit) -> None:
    """Name the clear button of ``edit`` (Qt leaves it nameless): call after
    ``setClearButtonEnabled(True)``."""
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("LineEdit", "Clear text"))
