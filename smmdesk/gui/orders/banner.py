"""OrdersBanner: a routine outcome shown in place, above the orders table (a refill or a cancel
the panel accepted, an export written), so the user is not stopped by a message box for good
news. Errors and decisions stay modal. Texts are plain text (they may quote a path or a panel's
words); an optional action button ("Open folder") sits beside them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.announce import announce
from smmdesk.gui.widgets.plain import align_to_reading_start, new_label

__all__ = ["OrdersBanner"]

# the theme's status kind of each banner kind (its border; the fill is a wash of it)
_KINDS = {"success": "completed", "info": "pending"}


class OrdersBanner(QFrame):
    """One line (and an optional detail) about the last routine outcome, with an optional
    action and a button that dismisses it. Hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersBanner")
        self._action: Callable[[], object] | None = None
        self._kind = "success"
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.text_label = self._label()
        font = self.text_label.font()
        font.setBold(True)
        self.text_label.setFont(font)
        self.detail_label = self._label()
        texts.addWidget(self.text_label)
        texts.addWidget(self.detail_label)
        row.addLayout(texts, 1)
        self.action_button = QPushButton(self)
        self.action_button.setAutoDefault(False)
        self.action_button.clicked.connect(self._run_action)
        row.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))
        self.close_button.clicked.connect(self.clear)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        theme.manager().sig_theme_changed.connect(self._paint)
        self.clear()

    def _label(self) -> QLabel:
        label = new_label(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        align_to_reading_start(label)
        return label

    def show_message(
        self,
        text: str,
        detail: str = "",
        *,
        kind: str = "success",
        action_text: str = "",
        action: Callable[[], object] | None = None,
    ) -> None:
        """Show ``text`` (and ``detail``) in place of the last message; ``action_text`` and
        ``action`` add a button that runs ``action``."""
        self._kind = kind
        self.text_label.setText(text)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self._action = action if action_text else None
        self.action_button.setText(action_text)
        self.action_button.setVisible(self._action is not None)
        self.setAccessibleName(text)
        announce(self, text)  # read out as the message box it replaces was
        self._paint()
        self.setVisible(True)

    def clear(self) -> None:
        """Hide the banner: nothing to say."""
        self.text_label.setText("")
        self.detail_label.setText("")
        self._action = None
        self.action_button.setVisible(False)
        self.setVisible(False)

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()

    def _paint(self, *_args: object) -> None:
        dark = theme.is_dark(self.palette())
        border = theme.status_colour(_KINDS.get(self._kind, "completed"), dark)
        self.setStyleSheet(theme.outcome_frame_sheet("ordersBanner", border))
