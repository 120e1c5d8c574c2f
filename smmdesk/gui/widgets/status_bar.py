"""The main window's status bar: panel name, balance, catalogue age and connection state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from smmdesk.core.models import Balance
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.announce import describe
from smmdesk.gui.widgets.plain import plain_label, tip
from smmdesk.gui.wording import numbers


class _StatusLabel(QLabel):
    """A status label that tells the bar when its text changes (the bar's summary follows)."""

    def __init__(self, bar: PanelStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar

    def setText(self, text: str) -> None:
        super().setText(text)
        self._bar.sync_accessible()


class PanelStatusBar(QStatusBar):
    """Permanent labels for the open panel; transient messages use ``showMessage`` as usual.

    Texts keep the "MainWindow" translation context they were written under.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._said: dict[QLabel, str] = {}  # a label's words without its status symbol
        self.panel_label = plain_label(_StatusLabel(self))
        self.balance_label = plain_label(_StatusLabel(self))
        self.balance_label.setObjectName("balanceLabel")
        self.catalog_label = plain_label(_StatusLabel(self))
        self.connection_label = plain_label(_StatusLabel(self))
        # a screen reader reads the bar as one line: its name, then what the labels say
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Status"))
        self.messageChanged.connect(lambda _text: self.sync_accessible())
        for label in self.labels():
            self.addPermanentWidget(label)
            # Tab reaches them (the balance matters), and their text can be copied
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._connection_tone = ""  # the connection label's status kind ("" until known)
        theme.manager().sig_theme_changed.connect(self.on_theme_changed)
        self.show_balance(None)

    def labels(self) -> tuple[QLabel, ...]:
        return (self.panel_label, self.balance_label, self.catalog_label, self.connection_label)

    def set_panel_shown(self, shown: bool) -> None:
        """The labels only make sense while a panel is open (not on the welcome page)."""
        for label in self.labels():
            label.setVisible(shown)
        self.sync_accessible()

    def sync_accessible(self) -> None:
        """The bar's accessible description: the transient message, then each shown label's
        words (the connection state without its symbol, which a reader would spell out)."""
        parts = [self.currentMessage()]
        for label in self.labels():
            if label.isHidden():
                continue
            said = self._said.get(label, label.text())
            label.setAccessibleName(said if said != label.text() else "")
            parts.append(said)
        describe(self, parts)

    def _show_state(self, symbol: str, text: str) -> None:
        self._said[self.connection_label] = text
        self.connection_label.setText(f"{symbol} {text}")

    def show_balance(self, balance: Balance | None) -> None:
        if balance is None:
            self.balance_label.setText(QCoreApplication.translate("MainWindow", "Balance: …"))
        else:
            money = numbers.fmt_money(balance.amount, balance.currency, 2)
            text = QCoreApplication.translate("MainWindow", "Balance: %1")
            self.balance_label.setText(text.replace("%1", money))

    def show_connection(self, online: bool, message: str, state: str = "") -> None:
        """Online, or why not: "backing_off" / "rate_limited" / anything else = offline."""
        if online:
            text = QCoreApplication.translate("MainWindow", "Online")
            tone = "completed"
            hint = QCoreApplication.translate("MainWindow", "The panel is answering")
        else:
            text, tone = {
                "backing_off": (QCoreApplication.translate("MainWindow", "Retrying"), "pending"),
                "rate_limited": (
                    QCoreApplication.translate("MainWindow", "Rate limited"),
                    "partial",
                ),
            }.get(state, (QCoreApplication.translate("MainWindow", "Offline"), "error"))
            hint = message
            if message:
                self.showMessage(message, 10_000)
        self._connection_tone = tone
        # a symbol as well as a colour: the state must not be told by colour alone
        self._show_state(theme.status_symbol(tone), text)
        self.connection_label.setStyleSheet(f"color: {theme.status_colour(tone).name()};")
        self.connection_label.setToolTip(tip(hint))

    def show_key_needed(self) -> None:
        """The open panel has no usable API key: nothing is sent to it until one is entered."""
        self._connection_tone = "unknown"
        text = QCoreApplication.translate("MainWindow", "API key needed")
        self._show_state(theme.status_symbol("unknown"), text)
        self.connection_label.setStyleSheet(f"color: {theme.status_colour('unknown').name()};")
        self.connection_label.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "Nothing is sent to this panel until its API key is entered (Panel → Refresh "
                "asks for it again).",
            )
        )

    def on_theme_changed(self, dark: bool) -> None:
        """Status colours differ between light and dark: repaint the connection state."""
        if self._connection_tone:
            colour = theme.status_colour(self._connection_tone, dark)
            self.connection_label.setStyleSheet(f"color: {colour.name()};")
