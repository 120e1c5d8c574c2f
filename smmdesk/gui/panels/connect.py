"""Adding and editing a panel profile: the connect dialog, its "Check & save" round trip to the
panel, and the holder that keeps one such dialog open per window. The same dialog asks for a
saved panel's key when the keyring cannot give it."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from urllib.parse import urlsplit

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

from smmdesk.core.errors import BadResponse, OutcomeUnknown
from smmdesk.core.models import Balance
from smmdesk.core.store import PanelRecord
from smmdesk.gui.panels.connect_check import (
    check_panel,
    describe_check_error,
    is_firewall,
    is_insecure_url,
    name_from_url,
    normalise_url,
    scrub,
    url_problem,
)
from smmdesk.gui.panels.known import KnownPanelsBox, host_line, key_needed_text
from smmdesk.gui.panels.profiles import ensure_demo_profile
from smmdesk.gui.runtime.context import DEMO_URL, AppContext
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.runtime.tasks import Job
from smmdesk.gui.widgets import dialogs, theme
from smmdesk.gui.widgets.icons import eye_icon, triangle_icon
from smmdesk.gui.widgets.plain import new_label

__all__ = ["ConnectDialog", "ConnectDialogHolder"]

log = logging.getLogger(__name__)


class ConnectDialog(QDialog):
    """Add or edit a panel profile; "Check & save" asks the panel for its balance before saving.

    A new profile starts with an empty URL (the key goes only where the user chose: typed, or
    picked from the known panels), the line under the URL names the host the key will be sent
    to, and plain http:// to anything but this computer needs an explicit tick. With
    ``key_state`` (a saved panel whose key the keyring could not give) it says why the key is
    needed and asks for it.
    """

    #: short on purpose: the user is waiting for this one answer
    CONNECT_TIMEOUT = 6.0
    READ_TIMEOUT = 12.0
    #: one retry rides out a hiccup; more would keep the user waiting on a wrong address
    RETRIES = 1

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
        self.result_panel: PanelRecord | None = None
        self._job: Job | None = None
        self._saving = False  # the key is being written to the keyring
        self._name_follows_url = panel is None
        self._demo_picked = False
        self._stored_key_present = panel is not None and ctx.panel_keys.key(panel.id) is not None
        if self.key_state is not None and not self.key_state.usable:
            title = self.tr("API key needed")
        else:
            title = self.tr("Edit panel") if panel else self.tr("Connect a panel")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)

        intro = new_label(
            self,
            self.tr(
                "Enter the API URL and the API key shown on your panel's API page. "
                "SMMDesk checks them with the panel before saving."
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
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.name_edit.setPlaceholderText(self.tr("A name you will recognise"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("API URL"))
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
            self.tr(
                "This panel URL is not encrypted (http). Your API key would be sent in clear text."
            ),
        )
        self.url_warning_label.setWordWrap(True)
        # the theme's warning colour: readable on light and dark backgrounds
        self.url_warning_label.setStyleSheet(f"color: {theme.status_colour('unknown').name()};")
        self.unencrypted_box = QCheckBox(self.tr("Send my key unencrypted"), self)
        self.unencrypted_box.setToolTip(
            self.tr("Anyone on the network path could read the key. Prefer an https:// address.")
        )

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
        self.known_caption = self._caption(self.tr("&Known panels:"), self.known_box)
        rows: tuple[tuple[QWidget | None, QWidget | QHBoxLayout], ...] = (
            (self.known_caption, self.known_box),
            (self._caption(self.tr("&Name:"), self.name_edit), self.name_edit),
            (self._caption(self.tr("API &URL:"), self.url_edit), self.url_edit),
            (None, self.host_label),
            (None, self.url_warning_label),
            (None, self.unencrypted_box),
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
            self.key_edit.setPlaceholderText(self.tr("Paste the key from the panel's API page"))
            self.url_edit.setFocus()

    def _show_key_placeholder(self) -> None:
        if self._stored_key_present:
            self.key_edit.setPlaceholderText(
                self.tr("•••••• (stored in the keyring — leave empty to keep)")
            )
        else:
            self.key_edit.setPlaceholderText(self.tr("No key is stored: paste it here"))

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
            self.unencrypted_box.setVisible(insecure)
            if not insecure:
                self.unencrypted_box.setChecked(False)  # a new http address needs a new tick
            self._fit_height()
        self.host_label.setText(host_line(text))
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
                self.tr(
                    "The demo panel runs inside SMMDesk on this computer: it needs no key and "
                    "nothing is sent anywhere."
                )
            )
            self.check_button.setText(self.tr("Open the demo panel"))
            self.check_button.setFocus()
        else:
            self.url_edit.setText(url)
            self.check_button.setText(self.tr("Check && save"))
            self.key_edit.setFocus()
        self._fit_height()

    def _clear_status(self) -> None:
        if self.status_label.text():
            self.status_label.clear()
            self._fit_height()

    def on_name_edited(self, text: str) -> None:
        # once the user types a name of their own, the URL no longer overwrites it
        self._name_follows_url = not text.strip()

    # -- check & save ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._job is not None or self._saving

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.known_box,
            self.name_edit,
            self.url_edit,
            self.key_edit,
            self.show_key_button,
            self.unencrypted_box,
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
            stored = self.ctx.panel_keys.key(self.panel.id)
            if stored:
                return stored, False
        self._show_status(self.tr("Enter the API key from the panel's API page."), error=True)
        return None

    def on_check_clicked(self) -> None:
        if self.busy:
            return
        if self._demo_picked:
            self.result_panel = ensure_demo_profile(self.ctx)
            self.accept()
            return
        url = normalise_url(self.url_edit.text())
        if url != self.url_edit.text():
            self.url_edit.setText(url)
        problem = url_problem(url)
        if problem is not None:
            self._show_status(problem, error=True)
            self.url_edit.setFocus()
            return
        if is_insecure_url(url) and not self.unencrypted_box.isChecked():
            self._show_status(
                self.tr(
                    "This address is not encrypted (http://): your key would travel in clear "
                    "text. Use the https:// address, or tick “Send my key unencrypted”."
                ),
                error=True,
            )
            self.unencrypted_box.setFocus()
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

        def on_answer(balance: Balance) -> None:
            dialog = this()
            if dialog is not None:
                dialog._job = None
                dialog._set_busy(False)
                dialog._save(url, key if entered else None, user_agent, balance)

        def on_failure(exc: Exception) -> None:
            dialog = this()
            if dialog is not None:
                dialog._job = None
                dialog._set_busy(False)
                log.info("panel check failed: %s", type(exc).__name__)
                if isinstance(exc, BadResponse | OutcomeUnknown) and is_firewall(exc):
                    dialog.advanced_button.setChecked(True)  # the fix is in there
                dialog._show_status(scrub(describe_check_error(exc, url), key), error=True)

        self._job = self.ctx.gateway.run("panel-check", work, on_answer, on_failure)

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
        self.key_edit.clear()
        self.result_panel = record
        if new_key is None:
            self.accept()
            return
        # the key is in use at once; writing it to the keyring (which may show an unlock
        # prompt) happens on a worker while the dialog waits
        self._saving = True
        self._set_busy(True)
        self._show_status(self.tr("Saving the key…"), error=False)
        this = weakref.ref(self)

        def stored(in_keyring: bool) -> None:
            dialog = this()
            if dialog is None:
                return
            dialog._saving = False
            dialog._set_busy(False)
            if not in_keyring:
                dialogs.warning(
                    dialog,
                    QCoreApplication.translate("ConnectDialog", "API key not stored"),
                    _session_only_text(dialog.key_state),
                )
            dialog.accept()

        self.ctx.panel_keys.store(record.id, new_key, stored)

    def done(self, result: int) -> None:
        # closing while a check runs: its answer must not save anything afterwards
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)


def _session_only_text(key_state: KeyState | None) -> str:
    """Why a key that was checked is kept for this session only."""
    if key_state in (KeyState.LOCKED, KeyState.UNREADABLE):
        return QCoreApplication.translate(
            "ConnectDialog",
            "The system keyring did not take the key (it is locked or not answering): the key "
            "is kept for this session only and you will need to enter it again next time.",
        )
    return QCoreApplication.translate(
        "ConnectDialog",
        "No secure keyring is available on this system: the key is kept for this session only "
        "and you will need to enter it again next time.",
    )


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

    def open(self, panel: PanelRecord | None = None, *, key_state: KeyState | None = None) -> None:
        """Connect a new panel (``panel`` None) or edit ``panel``; with ``key_state``, ask for
        the saved panel's key and say why."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = ConnectDialog(self._ctx, panel, self._parent, key_state=key_state)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(self._on_finished)
        dialog.open()

    def _on_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and dialog.result_panel is not None:
            self._on_saved(dialog.result_panel)
