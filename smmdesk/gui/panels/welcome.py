"""The first screen, shown while the store holds no panel profile: try the demo or connect one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smmdesk.gui.panels.connect_holder import ConnectDialogHolder
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets.icons import app_icon
from smmdesk.gui.widgets.plain import new_label

if TYPE_CHECKING:
    from smmdesk.gui.panels.connect import ConnectDialog

__all__ = ["ChoiceButton", "WelcomePage", "app_icon_pixmap"]


def app_icon_pixmap(size: int) -> QPixmap:
    """The application icon at ``size`` px (the shipped PNGs, sharp on high-DPI screens)."""
    return app_icon().pixmap(size, size)


class ChoiceButton(QPushButton):
    """A large push button with a bold title and a one-line explanation under it."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choiceButton")
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.title_label = new_label(self, title)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = new_label(self, subtitle)
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for label in (self.title_label, self.subtitle_label):
            # clicks must reach the button; the labels only draw
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        self.setMinimumHeight(layout.sizeHint().height())


_STYLE = """
#welcomeTitle { font-weight: 600; }
QPushButton#choiceButton {
    text-align: left;
    border: 1px solid palette(mid);
    border-radius: 10px;
    background: palette(base);
}
QPushButton#choiceButton:hover { border: 1px solid palette(highlight); }
QPushButton#choiceButton:focus { border: 2px solid palette(highlight); }
QPushButton#choiceButton:pressed { background: palette(alternate-base); }
"""


class WelcomePage(QWidget):
    """What a new user sees first: a sentence about SMMDesk and the two ways to start."""

    sig_try_demo = Signal()
    """The user chose the built-in demo panel (demo money, no key needed)."""
    sig_panel_connected = Signal(object)
    """PanelRecord: a real panel was connected through the connect dialog opened from here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._connect = ConnectDialogHolder(self, ctx, self.sig_panel_connected.emit)
        self.setObjectName("welcomePage")
        self.setStyleSheet(_STYLE)

        icon = new_label(self)
        icon.setPixmap(app_icon_pixmap(72))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        title = new_label(self, self.tr("Welcome to SMMDesk"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        blurb = new_label(
            self,
            self.tr(
                "Browse your SMM panel's services, place orders and follow them "
                "from one fast desktop window."
            ),
        )
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb_font = blurb.font()
        blurb_font.setPointSizeF(blurb_font.pointSizeF() * 1.1)
        blurb.setFont(blurb_font)

        self.demo_button = ChoiceButton(
            self.tr("Try the demo panel"),
            self.tr("A built-in practice panel with demo money — no account needed"),
            self,
        )
        self.connect_button = ChoiceButton(
            self.tr("Connect a panel"),
            self.tr("Use the API key from your panel's API page"),
            self,
        )
        self.demo_button.clicked.connect(self.on_demo_clicked)
        self.connect_button.clicked.connect(self.on_connect_clicked)

        privacy = new_label(self, self.tr("Your API key is stored only in the system keyring."))
        privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        privacy.setWordWrap(True)
        privacy.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(icon)
        column.addWidget(title)
        column.addWidget(blurb)
        column.addSpacing(20)
        column.addWidget(self.demo_button)
        column.addWidget(self.connect_button)
        column.addSpacing(12)
        column.addWidget(privacy)

        # a fixed-width centred column reads better than buttons stretched across a wide window
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(520)
        holder.setMinimumWidth(360)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self.demo_button.setFocus()

    def on_demo_clicked(self) -> None:
        self.sig_try_demo.emit()

    @property
    def connect_dialog(self) -> ConnectDialog | None:
        """The connect dialog opened from here, while it is open."""
        return self._connect.dialog

    def on_connect_clicked(self) -> None:
        """Open the connect dialog window-modally; a saved profile is announced by a signal."""
        self._connect.open(None)
