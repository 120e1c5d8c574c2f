"""A one-line label that elides what does not fit at the end of its text in reading order (the
right of English, the left of Arabic) and keeps the whole text: in ``text()``, for copying and
screen readers, and in its tooltip (set by the owner, through ``plain.tip``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from smmdesk.gui.widgets.plain import plain_label

__all__ = ["ELIDES_PROPERTY", "ElidedLabel"]

#: set on labels that elide by design (a fit check accepts them when they have a tooltip)
ELIDES_PROPERTY = "elides"


class ElidedLabel(QLabel):
    """Plain text on one line, elided at its end when the label is narrower than the text."""

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        plain_label(self)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setProperty(ELIDES_PROPERTY, True)
        if text:
            self.setText(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 6, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """What the label shows now (the text, or its elided start)."""
        room = self.contentsRect().width() - 2 * self.margin()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.fontMetrics().horizontalAdvance(self.text()) <= self.contentsRect().width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(
            self.margin(), self.margin(), -self.margin(), -self.margin()
        )
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment().value) | int(Qt.TextFlag.TextSingleLine.value),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
