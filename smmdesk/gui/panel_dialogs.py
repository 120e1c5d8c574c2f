"""Adding and editing a panel profile: the connect dialog, its "Check & save" round trip to the
panel, and the holder that keeps one such dialog open per window."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
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

from smmdesk.core.errors import BadResponse, OutcomeUnknown
from smmdesk.core.models import Balance
from smmdesk.core.store import PanelRecord
from smmdesk.gui import dialogs, theme
from smmdesk.gui.context import AppContext
from smmdesk.gui.drawn_icons import eye_icon, triangle_icon
from smmdesk.gui.panel_connect_check import (
    check_panel,
    describe_check_error,
    is_firewall,
    is_insecure_url,
    name_from_url,
    normalise_url,
    scrub,
    url_problem,
)
from smmdesk.gui.panel_profiles import ensure_demo_profile, key_profile
from smmdesk.gui.panel_text import new_label
from smmdesk.gui.tasks import Job

__all__ = [
    "DEFAULT_PANEL_URL",
    "ConnectDialog",
    "ConnectDialogHolder",
    "describe_check_error",
    "ensure_demo_profile",
    "is_insecure_url",
    "key_profile",
    "name_from_url",
    "normalise_url",
]

log = logging.getLogger(__name__)

DEFAULT_PANEL_URL = "https://smmpans.com/api/v1"


class ConnectDialog(QDialog):
    """Add or edit a panel profile; "Check & save" asks the panel for its balance before saving."""

    #: short on purpose: the user is waiting for this one answer
    CONNECT_TIMEOUT = 6.0
    READ_TIMEOUT = 12.0
    #: one retry rides out a hiccup; more would keep the user waiting on a wrong address
    RETRIES = 1

    def __init__(
        self, ctx: AppContext, panel: PanelRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panel = panel
        self.result_panel: PanelRecord | None = None
        self._job: Job | None = None
        self._name_follows_url = panel is None
        self._stored_key_present = (
            panel is not None and ctx.keys.get(key_profile(panel.id)) is not None
        )
        self.setWindowTitle(self.tr("Edit panel") if panel else self.tr("Connect a panel"))
        self.setMinimumWidth(520)

        intro = new_label(
            self,
            self.tr(
                "Enter the API URL and the API key shown on your panel's API page. "
                "SMMDesk checks them with the panel before saving."
            ),
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.name_edit.setPlaceholderText(self.tr("A name you will recognise"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("API URL"))
        self.url_edit.setPlaceholderText("https://example.com/api/v2")  # i18n: ignore a URL
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        # URLs and keys are Latin left-to-right text even in an Arabic interface
        self.url_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.url_warning_label = new_label(
            self,
            self.tr(
                "This panel URL is not encrypted (http). Your API key would be sent in clear text."
            ),
        )
        self.url_warning_label.setWordWrap(True)
        # the theme's warning colour: readable on light and dark backgrounds
        self.url_warning_label.setStyleSheet(f"color: {theme.status_colour('unknown').name()};")

        self.key_edit = QLineEdit(self)
        self.key_edit.setAccessibleName(self.tr("API key"))
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
        self.advanced_button.setText(self.tr("Advanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAutoRaise(True)
        # a disclosure triangle, not a push button: no pressed-in frame when expanded
        self.advanced_button.setStyleSheet("QToolButton#advancedToggle { border: none; }")
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.toggled.connect(self.on_advanced_toggled)
        self.user_agent_edit = QLineEdit(self)
        self.user_agent_edit.setAccessibleName(self.tr("User-Agent"))
        self.user_agent_edit.setPlaceholderText(self.tr("SMMDesk's own (default)"))
        self.user_agent_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.user_agent_help = new_label(
            self,
            self.tr(
                "Some panels' firewalls block programs that do not look like a web browser. "
                "If the check reports a firewall page, paste your browser's User-Agent here."
            ),
        )
        self.user_agent_help.setWordWrap(True)
        self.user_agent_help.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # One grid for every field so the advanced one lines up with the others. A grid, not a
        # QFormLayout: the form layout sizes wrapped labels from their size hint, not their
        # height for the real width, and clips them when the dialog is resized.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        self.user_agent_caption = self._caption(self.tr("&User-Agent:"), self.user_agent_edit)
        rows: tuple[tuple[QWidget | None, QWidget | QHBoxLayout], ...] = (
            (self._caption(self.tr("&Name:"), self.name_edit), self.name_edit),
            (self._caption(self.tr("API &URL:"), self.url_edit), self.url_edit),
            (None, self.url_warning_label),
            (self._caption(self.tr("API &key:"), self.key_edit), key_row),
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
        self.on_advanced_toggled(False)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate: we cannot know how long the panel takes
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setVisible(False)
        self.status_label = new_label(self)
        self.status_label.setWordWrap(True)
        # panel answers can hold markup: show them as text, never render them
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.buttons = QDialogButtonBox(self)
        self.check_button = QPushButton(self.tr("Check && save"), self)
        self.check_button.setDefault(True)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.check_button.clicked.connect(self.on_check_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.url_edit.textChanged.connect(self.on_url_changed)
        self.name_edit.textEdited.connect(self.on_name_edited)
        if panel is not None:
            self.url_edit.setText(panel.url)
            self.name_edit.setText(panel.name)
            self.user_agent_edit.setText(panel.user_agent or "")
            if self._stored_key_present:
                self.key_edit.setPlaceholderText(
                    self.tr("•••••• (stored in the keyring — leave empty to keep)")
                )
            else:
                self.key_edit.setPlaceholderText(self.tr("No key is stored: paste it here"))
            if panel.user_agent:
                self.advanced_button.setChecked(True)
        else:
            self.url_edit.setText(DEFAULT_PANEL_URL)
            self.key_edit.setPlaceholderText(self.tr("Paste the key from the panel's API page"))
        self.key_edit.setFocus()

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
        label = self.tr("Hide API key") if shown else self.tr("Show API key")
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
            self._fit_height()
        if self._name_follows_url:
            self.name_edit.setText(name_from_url(text))

    def on_name_edited(self, text: str) -> None:
        # once the user types a name of their own, the URL no longer overwrites it
        self._name_follows_url = not text.strip()

    # -- check & save ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._job is not None

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.name_edit,
            self.url_edit,
            self.key_edit,
            self.show_key_button,
            self.user_agent_edit,
            self.advanced_button,
            self.check_button,
        ):
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.check_button.setText(self.tr("Checking…") if busy else self.tr("Check && save"))

    def _show_status(self, text: str, *, error: bool) -> None:
        colour = theme.status_colour("error").name()
        self.status_label.setStyleSheet(f"color: {colour};" if error else "")
        self.status_label.setText(text)
        self._fit_height()

    def _key_to_use(self, url: str) -> tuple[str, bool] | None:
        """(key, entered_now), or None after telling the user what is missing."""
        typed = self.key_edit.text().strip()
        if typed:
            return typed, True
        if self.panel is not None and self._stored_key_present:
            old_host = urlsplit(self.panel.url).hostname
            if old_host != urlsplit(url).hostname:
                # the stored key belongs to the old address: never hand it to another server
                self._show_status(
                    self.tr("The address now points to another server: enter its API key."),
                    error=True,
                )
                return None
            stored = self.ctx.keys.get(key_profile(self.panel.id))
            if stored:
                return stored, False
        self._show_status(self.tr("Enter the API key from the panel's API page."), error=True)
        return None

    def on_check_clicked(self) -> None:
        if self.busy:
            return
        url = normalise_url(self.url_edit.text())
        if url != self.url_edit.text():
            self.url_edit.setText(url)
        problem = url_problem(url)
        if problem is not None:
            self._show_status(problem, error=True)
            self.url_edit.setFocus()
            return
        chosen = self._key_to_use(url)
        if chosen is None:
            self.key_edit.setFocus()
            return
        key, entered = chosen
        user_agent = self.user_agent_edit.text().strip() or None
        connect_timeout, read_timeout, retries = (
            self.CONNECT_TIMEOUT,
            self.READ_TIMEOUT,
            self.RETRIES,
        )

        def work() -> Balance:
            return check_panel(url, key, user_agent, connect_timeout, read_timeout, retries)

        self._show_status(self.tr("Checking the panel…"), error=False)
        self._set_busy(True)

        # The worker thread holds these callbacks until it ends. A strong reference to the
        # dialog there could make that thread drop the last one and destroy a widget off the
        # GUI thread (a crash), so they reach the dialog through a weak reference.
        this = weakref.ref(self)

        def on_answer(balance: Any) -> None:
            dialog = this()
            if dialog is not None:
                dialog._job = None
                dialog._set_busy(False)
                dialog._save(url, key if entered else None, user_agent, balance)

        def on_failure(exc: Any) -> None:
            dialog = this()
            if dialog is not None:
                dialog._job = None
                dialog._set_busy(False)
                log.info("panel check failed: %s", type(exc).__name__)
                if isinstance(exc, BadResponse | OutcomeUnknown) and is_firewall(exc):
                    dialog.advanced_button.setChecked(True)  # the fix is in there
                dialog._show_status(scrub(describe_check_error(exc, url), key), error=True)

        self._job = self.ctx.tasks.submit("panel-check", work, on_answer, on_failure)

    def _save(
        self, url: str, new_key: str | None, user_agent: str | None, balance: Balance
    ) -> None:
        name = self.name_edit.text().strip() or name_from_url(url) or url
        store = self.ctx.store
        currency = balance.currency or None
        try:
            if self.panel is None:
                panel_id = store.add_panel(name, url, currency=currency, user_agent=user_agent)
                record = store.get_panel(panel_id)
            else:
                record = store.update_panel(
                    self.panel.id, name=name, url=url, currency=currency, user_agent=user_agent
                )
        except Exception as exc:  # disk full, read-only data dir: say so, keep the dialog open
            log.error("saving the panel profile failed: %s", type(exc).__name__)
            self._show_status(
                self.tr("The panel answered, but the profile could not be saved: {error}").format(
                    error=type(exc).__name__
                ),
                error=True,
            )
            return
        if new_key is not None and not self.ctx.keys.set(key_profile(record.id), new_key):
            dialogs.warning(
                self,
                self.tr("API key not stored"),
                self.tr(
                    "No secure keyring is available on this system: the key is kept for this "
                    "session only and you will need to enter it again next time."
                ),
            )
        self.key_edit.clear()
        self.result_panel = record
        self.accept()

    def done(self, result: int) -> None:
        # closing while a check runs: its answer must not save anything afterwards
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)


class ConnectDialogHolder:
    """One ConnectDialog at a time for ``parent``: opened window-modally and non-blocking (a
    second request raises the open one), a saved profile handed to ``on_saved``."""

    def __init__(
        self, parent: QWidget, ctx: AppContext, on_saved: Callable[[PanelRecord], object]
    ) -> None:
        self._parent = parent
        self._ctx = ctx
        self._on_saved = on_saved
        self.dialog: ConnectDialog | None = None

    def open(self, panel: PanelRecord | None = None) -> None:
        """Connect a new panel (``panel`` None) or edit ``panel``."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = ConnectDialog(self._ctx, panel, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(self._on_finished)
        dialog.open()

    def _on_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and dialog.result_panel is not None:
            self._on_saved(dialog.result_panel)
