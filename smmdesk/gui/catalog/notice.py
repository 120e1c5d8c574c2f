"""The notice above the service tree: why the catalogue shown is not the panel's latest
answer, with a Retry button. Its texts keep the "CatalogPane" translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.plain import new_label

__all__ = ["CatalogNotice"]


class CatalogNotice(QFrame):
    """Hidden until :meth:`show_text` has something to say."""

    sig_retry_requested = Signal()
    """The user asked to fetch the service list again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = new_label(self)
        self.label.setObjectName("catalogNoticeText")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton(QCoreApplication.translate("CatalogPane", "Retry"), self)
        self.retry_button.setToolTip(
            QCoreApplication.translate("CatalogPane", "Ask the panel for its service list again")
        )
        self.retry_button.clicked.connect(self.sig_retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)
        theme.manager().sig_theme_changed.connect(self._colour)

    def show_text(self, text: str) -> None:
        """Show ``text`` (with the attention symbol); an empty text hides the notice."""
        self.label.setText(f"{theme.status_symbol('unknown')} {text}" if text else "")
        self.setVisible(bool(text))
        if text:
            self._colour()

    def text(self) -> str:
        """The notice shown ("" when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def _colour(self, *_args: object) -> None:
        dark = theme.is_dark()
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.alert_background(dark))
        self.setPalette(palette)
        self.label.setStyleSheet(f"color: {theme.status_colour('unknown', dark).name()};")
