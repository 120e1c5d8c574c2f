"""The connect dialog's form: its fields (known panels, name, URL with the host the key goes to,
the plain-http tick, the key with its eye, the User-Agent under Advanced), the status line and
how they behave while the user types. What "Check & save" does is the dialog's (connect.py).

Texts keep the "ConnectDialog" translation context they were written under.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.store import PanelRecord
from smmdesk.gui.panels.connect_check import is_insecure_url, name_from_url
from smmdesk.gui.panels.known import KnownPanelsBox, host_line, key_needed_text
from smmdesk.gui.runtime.context import DEMO_URL, AppContext
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.announce import describe
from smmdesk.gui.widgets.icons import eye_icon, triangle_icon
from smmdesk.gui.widgets.plain import new_label

__all__ = ["ConnectForm"]


class ConnectForm(QDialog):
    """The fields of a panel profile and their behaviour; ``ConnectDialog`` adds "Check & save".

    ``panel`` is the profile being edited (None: a new one); ``key_state``, for a saved panel
    whose key the keyring could not give, says why the key is asked for.
    """

    def __init__(
        self,
        ctx: AppContext,
        panel: PanelRecord | None = None,
        parent: QWidget | None = None,
        *,
        key_state: KeyState | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panel = panel
        self.key_state = key_state if panel is not None else None
        self._name_follows_url = panel is None
        self._demo_picked = False
        self._stored_key_present = panel is not None and ctx.panel_keys.key(panel.id) is not None
        if self.key_state is not None and not self.key_state.usable:
            title = QCoreApplication.translate("ConnectDialog", "API key needed")
        else:
            title = (
                QCoreApplication.translate("ConnectDialog", "Edit panel")
                if panel
                else QCoreApplication.translate("ConnectDialog", "Connect a panel")
            )
        self.setWindowTitle(title)
        self.setMinimumWidth(520)

        intro = new_label(
            self,
            QCoreApplication.translate(
                "ConnectDialog",
                "Enter the API URL and the API key shown on your panel's API page. "
                "SMMDesk checks them with the panel before saving.",
            ),
        )
        intro.setWordWrap(True)
        self.key_reason_label = new_label(self)
        self.key_reason_label.setObjectName("keyReason")
        self.key_reason_label.setWordWrap(True)
        if self.key_state is not None and not self.key_state.usable:
            self.key_reason_label.setText(key_needed_text(self.key_state))
        self.key_reason_label.setVisible(bool(self.key_reason_label.text()))

        self.known_box = KnownPanelsBox(self)
        self.known_box.sig_picked.connect(self.on_known_panel_picked)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(
            QCoreApplication.translate("ConnectDialog", "Profile name")
        )
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("ConnectDialog", "A name you will recognise")
        )
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(QCoreApplication.translate("ConnectDialog", "API URL"))
        self.url_edit.setPlaceholderText("https://example.com/api/v2")  # i18n: ignore a URL
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        # URLs and keys are Latin left-to-right text even in an Arabic interface
        self.url_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # a typed host is the user's text: shown as text, never rendered
        self.host_label = new_label(self)
        self.host_label.setObjectName("keyHost")
        self.host_label.setWordWrap(True)
        self.url_warning_label = new_label(
            self,
            QCoreApplication.translate(
                "ConnectDialog",
                "This panel URL is not encrypted (http). Your API key would be sent in clear text.",
            ),
        )
        self.url_warning_label.setWordWrap(True)
        # the theme's warning colour: readable on light and dark backgrounds
        self.url_warning_label.setStyleSheet(f"color: {theme.status_colour('unknown').name()};")
        self.unencrypted_box = QCheckBox(
            QCoreApplication.translate("ConnectDialog", "Send my key unencrypted"), self
        )
        self.unencrypted_box.setToolTip(
            QCoreApplication.translate(
                "ConnectDialog",
                "Anyone on the network path could read the key. Prefer an https:// address.",
            )
        )

        self.key_edit = QLineEdit(self)
        self.key_edit.setAccessibleName(QCoreApplication.translate("ConnectDialog", "API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.show_key_button = QToolButton(self)
        self.show_key_button.setCheckable(True)
        self.show_key_button.setAutoRaise(True)
        self.show_key_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.show_key_button.toggled.connect(self.on_show_key_toggled)
        self._eye_open = eye_icon(self.palette(), crossed=False)
        self._eye_closed = eye_icon(self.palette(), crossed=True)
        self.on_show_key_toggled(False)
        key_row = QHBoxLayout()
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.setSpacing(4)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key_button)

        self.advanced_button = QToolButton(self)
        self.advanced_button.setObjectName("advancedToggle")
        self.advanced_button.setText(QCoreApplication.translate("ConnectDialog", "Advanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAutoRaise(True)
        # a disclosure triangle, not a push button: no pressed-in frame when expanded
        self.advanced_button.setStyleSheet("QToolButton#advancedToggle { border: none; }")
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.toggled.connect(self.on_advanced_toggled)
        self.user_agent_edit = QLineEdit(self)
        self.user_agent_edit.setAccessibleName(
            QCoreApplication.translate("ConnectDialog", "User-Agent")
        )
        self.user_agent_edit.setPlaceholderText(
            QCoreApplication.translate("ConnectDialog", "SMMDesk's own (default)")
        )
        self.user_agent_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.user_agent_help = new_label(
            self,
            QCoreApplication.translate(
                "ConnectDialog",
                "Some panels' firewalls block programs that do not look like a web browser. "
                "If the check reports a firewall page, paste your browser's User-Agent here.",
            ),
        )
        self.user_agent_help.setWordWrap(True)
        self.user_agent_help.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # One grid for every field so the advanced one lines up with the others. A grid, not a
        # QFormLayout: the form layout sizes wrapped labels from their size hint, not their
        # height for the real width, and clips them when the dialog is resized.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        self.user_agent_caption = self._caption(
            QCoreApplication.translate("ConnectDialog", "&User-Agent:"), self.user_agent_edit
        )
        self.known_caption = self._caption(
            QCoreApplication.translate("ConnectDialog", "&Known panels:"), self.known_box
        )
        name = QCoreApplication.translate("ConnectDialog", "&Name:")
        url = QCoreApplication.translate("ConnectDialog", "API &URL:")
        key = QCoreApplication.translate("ConnectDialog", "API &key:")
        rows: tuple[tuple[QWidget | None, QWidget | QHBoxLayout], ...] = (
            (self.known_caption, self.known_box),
            (self._caption(name, self.name_edit), self.name_edit),
            (self._caption(url, self.url_edit), self.url_edit),
            (None, self.host_label),
            (None, self.url_warning_label),
            (None, self.unencrypted_box),
            (self._caption(key, self.key_edit), key_row),
            (None, self.advanced_button),
            (self.user_agent_caption, self.user_agent_edit),
            (None, self.user_agent_help),
        )
        for row, (caption, field) in enumerate(rows):
            if caption is not None:
                form.addWidget(caption, row, 0)
            if isinstance(field, QHBoxLayout):
                form.addLayout(field, row, 1)
            elif field is self.advanced_button:
                form.addWidget(field, row, 0, 1, 2, Qt.AlignmentFlag.AlignLeading)
            else:
                form.addWidget(field, row, 1)
        self.url_warning_label.setVisible(False)
        self.unencrypted_box.setVisible(False)
        # the known panels are for a new profile: a saved one keeps its own address
        self.known_caption.setVisible(panel is None)
        self.known_box.setVisible(panel is None)
        self.on_advanced_toggled(False)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate: we cannot know how long the panel takes
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setVisible(False)
        self.busy_bar.setAccessibleName(
            QCoreApplication.translate("ConnectDialog", "Checking the panel")
        )
        self.status_label = new_label(self)
        self.status_label.setWordWrap(True)
        # panel answers can hold markup: show them as text, never render them
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.buttons = QDialogButtonBox(self)
        self.check_button = QPushButton(
            QCoreApplication.translate("ConnectDialog", "Check && save"), self
        )
        self.check_button.setDefault(True)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.key_reason_label)  # first: why the dialog came up by itself
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.url_edit.textChanged.connect(self.on_url_changed)
        self.name_edit.textEdited.connect(self.on_name_edited)
        self.unencrypted_box.toggled.connect(self._clear_status)
        self.on_url_changed("")
        if panel is not None:
            self.url_edit.setText(panel.url)
            self.name_edit.setText(panel.name)
            self.user_agent_edit.setText(panel.user_agent or "")
            self._show_key_placeholder()
            if not self._stored_key_present and ctx.panel_keys.state(panel.id) is None:
                # not read yet: the placeholder follows once the keyring has answered
                this = weakref.ref(self)

                def known(_state: KeyState) -> None:
                    dialog = this()
                    if dialog is not None:
                        dialog._stored_key_present = ctx.panel_keys.key(panel.id) is not None
                        dialog._show_key_placeholder()

                ctx.panel_keys.resolve(panel, known)
            if panel.user_agent:
                self.advanced_button.setChecked(True)
            # the address is the one this profile was saved with: the key is what is asked
            self.key_edit.setFocus()
        else:
            # empty: Enter with a pasted key checks nothing until an address is chosen
            self.key_edit.setPlaceholderText(
                QCoreApplication.translate(
                    "ConnectDialog", "Paste the key from the panel's API page"
                )
            )
            self.url_edit.setFocus()

    def _show_key_placeholder(self) -> None:
        if self._stored_key_present:
            self.key_edit.setPlaceholderText(
                QCoreApplication.translate(
                    "ConnectDialog", "•••••• (stored in the keyring — leave empty to keep)"
                )
            )
        else:
            self.key_edit.setPlaceholderText(
                QCoreApplication.translate("ConnectDialog", "No key is stored: paste it here")
            )

    # -- field behaviour ---------------------------------------------------------------------
    def _fit_height(self, *, snap: bool = False) -> None:
        """Keep wrapped texts whole: Qt bounds a window by its layout's minimum size, which
        ignores how many lines a wrapped label needs at the window's real width."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalMinimumHeightForWidth(self.width())
        self.setMinimumHeight(need)
        if snap:
            self.resize(self.width(), max(need, layout.totalHeightForWidth(self.width())))
        elif self.height() < need:
            self.resize(self.width(), need)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height(snap=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = new_label(self, text)
        label.setBuddy(buddy)
        return label

    def on_show_key_toggled(self, shown: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        label = (
            QCoreApplication.translate("ConnectDialog", "Hide API key")
            if shown
            else QCoreApplication.translate("ConnectDialog", "Show API key")
        )
        self.show_key_button.setIcon(self._eye_closed if shown else self._eye_open)
        self.show_key_button.setToolTip(label)
        self.show_key_button.setAccessibleName(label)

    def on_advanced_toggled(self, expanded: bool) -> None:
        for widget in (self.user_agent_caption, self.user_agent_edit, self.user_agent_help):
            widget.setVisible(expanded)
        if expanded:
            arrow = Qt.ArrowType.DownArrow
        elif self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            arrow = Qt.ArrowType.LeftArrow
        else:
            arrow = Qt.ArrowType.RightArrow
        # a drawn icon, not setArrowType(): Qt's arrow overlaps the text in right-to-left
        self.advanced_button.setIcon(triangle_icon(self.palette(), arrow))
        self._fit_height(snap=True)

    def on_url_changed(self, text: str) -> None:
        insecure = is_insecure_url(text)
        if insecure != self.url_warning_label.isVisibleTo(self):
            self.url_warning_label.setVisible(insecure)
            self.unencrypted_box.setVisible(insecure)
            if not insecure:
                self.unencrypted_box.setChecked(False)  # a new http address needs a new tick
            self._fit_height()
        self.host_label.setText(host_line(text))
        warning = self.url_warning_label.text() if insecure else ""
        describe(self.url_edit, [warning, self.host_label.text()])
        if self._name_follows_url:
            self.name_edit.setText(name_from_url(text))

    def on_known_panel_picked(self, url: str) -> None:
        """A known panel was picked: fill in its URL, or (the demo) set the form aside."""
        self._demo_picked = url == DEMO_URL
        for widget in (self.name_edit, self.url_edit, self.key_edit, self.show_key_button):
            widget.setEnabled(not self._demo_picked)
        self._clear_status()
        if self._demo_picked:
            self.url_edit.clear()
            self.host_label.setText(
                QCoreApplication.translate(
                    "ConnectDialog",
                    "The demo panel runs inside SMMDesk on this computer: it needs no key and "
                    "nothing is sent anywhere.",
                )
            )
            self.check_button.setText(
                QCoreApplication.translate("ConnectDialog", "Open the demo panel")
            )
            self.check_button.setFocus()
        else:
            self.url_edit.setText(url)
            self.check_button.setText(QCoreApplication.translate("ConnectDialog", "Check && save"))
            self.key_edit.setFocus()
        self._fit_height()

    def _clear_status(self) -> None:
        if self.status_label.text():
            self.status_label.clear()
            self._fit_height()

    def on_name_edited(self, text: str) -> None:
        # once the user types a name of their own, the URL no longer overwrites it
        self._name_follows_url = not text.strip()
