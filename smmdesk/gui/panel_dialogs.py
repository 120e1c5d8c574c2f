"""Adding and editing a panel profile: the connect dialog, its "Check & save" round trip to the
panel, the user-facing reading of what went wrong, and the built-in demo profile."""

from __future__ import annotations

import ipaddress
import logging
import re
import weakref
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
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

from smmdesk.core.client import PanelClient
from smmdesk.core.errors import (
    AuthError,
    BadResponse,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    RateLimited,
    TransportError,
)
from smmdesk.core.models import Balance
from smmdesk.core.store import PanelRecord
from smmdesk.gui import dialogs, theme
from smmdesk.gui.context import DEMO_URL, AppContext
from smmdesk.gui.session import describe_error
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

# Parameters that would put the secret (or the request itself) into the stored URL.
_FORBIDDEN_QUERY = frozenset({"key", "api_key", "apikey", "action"})

# Text found on firewall / bot-check pages (Cloudflare and its look-alikes).
_FIREWALL_MARKERS = (
    "cloudflare",
    "just a moment",
    "checking if the site connection is secure",
    "access denied",
    "attention required",
    "cf-ray",
    "cf_chl",
    "challenge-platform",
    "checking your browser",
    "ddos-guard",
    "sucuri",
    "captcha",
)


def key_profile(panel_id: int) -> str:
    """The keyring profile name under which a panel's API key is stored."""
    return f"panel-{panel_id}"


def normalise_url(text: str) -> str:
    """Trim the typed URL and give it https:// when no scheme was typed."""
    url = text.strip()
    if url and "://" not in url:
        url = "https://" + url
    return url


def name_from_url(url: str) -> str:
    """A profile name for a URL: its host without a leading www."""
    host = urlsplit(normalise_url(url)).hostname or ""
    return host.removeprefix("www.")


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_insecure_url(url: str) -> bool:
    """True when the key would travel in clear text: http:// to anything but this machine."""
    parts = urlsplit(normalise_url(url))
    return parts.scheme.lower() == "http" and not _is_loopback(parts.hostname or "")


def _url_problem(url: str) -> str | None:
    """Why this URL cannot be used at all, or None."""
    if not url:
        return QCoreApplication.translate(
            "ConnectDialog", "Enter the panel's API URL (it is shown on the panel's API page)."
        )
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return QCoreApplication.translate(
            "ConnectDialog",
            "This does not look like a web address. Example: https://example.com/api/v2",
        )
    for name, _value in parse_qsl(parts.query, keep_blank_values=True):
        if name.lower() in _FORBIDDEN_QUERY:
            return QCoreApplication.translate(
                "ConnectDialog",
                "The URL contains the API key or an action. Enter the address without them "
                "(the key goes in its own field).",
            )
    return None


def _scrub(text: str, key: str) -> str:
    """Belt and braces: whatever an error says, the key never reaches the screen."""
    return text.replace(key, "••••••") if len(key) >= 4 else text


def _answer_text(exc: PanelError) -> str:
    """The part of an error that quotes the panel's answer (never our own wording)."""
    if isinstance(exc, BadResponse):
        return exc.snippet.lower()
    if isinstance(exc, OutcomeUnknown) and "Answer:" in exc.message:
        return exc.message.split("Answer:", 1)[1].lower()
    return ""


def _is_firewall(exc: PanelError) -> bool:
    if any(marker in _answer_text(exc) for marker in _FIREWALL_MARKERS):
        return True
    # mod_security and friends refuse with a bare 403/406 page
    message = exc.message.lower()
    return isinstance(exc, BadResponse) and ("(http 403)" in message or "(http 406)" in message)


_TIMEOUT = re.compile(r"timed? ?out|within \d")
_NO_SUCH_HOST = re.compile(
    r"name or service not known|nodename nor servname|getaddrinfo|"
    r"name resolution|no address associated|not resolve"
)


_REDIRECT = re.compile(r"redirects \(HTTP \d+\) to (\S+?);")


def describe_check_error(exc: object, url: str) -> str:
    """What went wrong while checking a panel, in one or two sentences a user can act on."""
    # a host name is Latin, left-to-right text: isolated so it sits whole in an Arabic sentence
    host = f"\u2066{urlsplit(url).hostname or url}\u2069"
    if isinstance(exc, AuthError) or (isinstance(exc, PanelRejected) and exc.code == "auth"):
        return QCoreApplication.translate(
            "ConnectDialog",
            "The panel refused this API key. Copy it again from the panel's API page "
            "(it may have been regenerated).",
        )
    if isinstance(exc, BadResponse | OutcomeUnknown) and _is_firewall(exc):
        return QCoreApplication.translate(
            "ConnectDialog",
            "The panel's firewall (Cloudflare or similar) answered instead of the API. "
            "Try again later, or set a browser User-Agent under Advanced — some panels "
            "block programs that do not look like a browser.",
        )
    if isinstance(exc, BadResponse):
        message = exc.message.lower()
        if "redirects" in message:
            target = _REDIRECT.search(exc.message)
            return QCoreApplication.translate(
                "ConnectDialog",
                "The panel URL redirects to another address: {target}. Use that address as the "
                "panel URL.",
            ).format(target=f"\u2066{target.group(1) if target else '?'}\u2069")
        if "404" in message or "web page" in message or _answer_text(exc).startswith("<"):
            return QCoreApplication.translate(
                "ConnectDialog",
                "This address answered with a web page, not the panel API — check the URL "
                "(usually ends in /api/v2).",
            )
        return QCoreApplication.translate(
            "ConnectDialog",
            "The panel's answer could not be read as the panel API. Check the URL "
            "(usually ends in /api/v2); the panel may also be under maintenance.",
        )
    if isinstance(exc, RateLimited):
        return QCoreApplication.translate(
            "ConnectDialog",
            "The panel asks to slow down (too many requests). Wait a minute and try again.",
        )
    if isinstance(exc, TransportError):
        text = exc.message.lower()
        if any(word in text for word in ("certificate", "ssl", "tls", "secure connection")):
            return QCoreApplication.translate(
                "ConnectDialog",
                "The secure connection failed (certificate) with {host}. Check the address; "
                "if your network inspects traffic, ask its administrator.",
            ).format(host=host)
        if _NO_SUCH_HOST.search(text):
            return QCoreApplication.translate(
                "ConnectDialog",
                "Could not reach {host}: no server has this name. Check the spelling of the "
                "address.",
            ).format(host=host)
        if _TIMEOUT.search(text):
            return QCoreApplication.translate(
                "ConnectDialog",
                "Could not reach {host}: it did not answer within a few seconds. Check the "
                "address and your internet connection.",
            ).format(host=host)
        return QCoreApplication.translate(
            "ConnectDialog",
            "Could not reach {host}. Check the address and your internet connection.",
        ).format(host=host)
    if isinstance(exc, OutcomeUnknown):
        if _TIMEOUT.search(exc.message.lower()):
            return QCoreApplication.translate(
                "ConnectDialog",
                "The panel at {host} took too long to answer. It may be overloaded — try again "
                "in a moment.",
            ).format(host=host)
        if "server failed" in exc.message.lower():
            return QCoreApplication.translate(
                "ConnectDialog",
                "The panel's server had an error. It may be under maintenance — try again later.",
            )
        return QCoreApplication.translate(
            "ConnectDialog",
            "The connection to {host} broke before the panel answered. Try again in a moment.",
        ).format(host=host)
    if isinstance(exc, PanelRejected):
        return QCoreApplication.translate(
            "ConnectDialog", "The panel answered with an error: {text}"
        ).format(text=f"\u2068{exc.panel_text}\u2069")
    if isinstance(exc, PanelError):
        return describe_error(exc)
    return QCoreApplication.translate(
        "ConnectDialog", "Unexpected error while checking the panel ({kind})."
    ).format(kind=type(exc).__name__)


def ensure_demo_profile(ctx: AppContext) -> PanelRecord:
    """The "Demo panel" profile (url DEMO_URL), created the first time it is asked for."""
    for panel in ctx.store.list_panels():
        if panel.url == DEMO_URL:
            return panel
    panel_id = ctx.store.add_panel(
        QCoreApplication.translate("ConnectDialog", "Demo panel"), DEMO_URL, currency="USD"
    )
    return ctx.store.get_panel(panel_id)


def _eye_icon(palette: QPalette, crossed: bool) -> QIcon:
    """A small eye drawn with the palette's text colour (no icon theme is guaranteed offscreen)."""
    pixmap = QPixmap(40, 40)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(palette.color(QPalette.ColorRole.Text), 1.6)
    painter.setPen(pen)
    path = QPainterPath(QPointF(2, 10))
    path.quadTo(QPointF(10, 2), QPointF(18, 10))
    path.quadTo(QPointF(10, 18), QPointF(2, 10))
    painter.drawPath(path)
    painter.setBrush(palette.color(QPalette.ColorRole.Text))
    painter.drawEllipse(QRectF(7.5, 7.5, 5, 5))
    if crossed:
        painter.drawLine(QPointF(3.5, 16.5), QPointF(16.5, 3.5))
    painter.end()
    return QIcon(pixmap)


def _triangle_icon(palette: QPalette, arrow: Qt.ArrowType) -> QIcon:
    """A disclosure triangle pointing right, left or down."""
    points = {
        Qt.ArrowType.RightArrow: ((7, 5), (13, 10), (7, 15)),
        Qt.ArrowType.LeftArrow: ((13, 5), (7, 10), (13, 15)),
        Qt.ArrowType.DownArrow: ((5, 7), (15, 7), (10, 13)),
    }[arrow]
    pixmap = QPixmap(40, 40)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Text))
    painter.drawPolygon([QPointF(x, y) for x, y in points])
    painter.end()
    return QIcon(pixmap)


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

        intro = QLabel(
            self.tr(
                "Enter the API URL and the API key shown on your panel's API page. "
                "SMMDesk checks them with the panel before saving."
            ),
            self,
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
        self.url_warning_label = QLabel(
            self.tr(
                "This panel URL is not encrypted (http). Your API key would be sent in clear text."
            ),
            self,
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
        self._eye_open = _eye_icon(self.palette(), crossed=False)
        self._eye_closed = _eye_icon(self.palette(), crossed=True)
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
        self.user_agent_help = QLabel(
            self.tr(
                "Some panels' firewalls block programs that do not look like a web browser. "
                "If the check reports a firewall page, paste your browser's User-Agent here."
            ),
            self,
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
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        # panel answers can hold markup: show them as text, never render them
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
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
        label = QLabel(text, self)
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
        self.advanced_button.setIcon(_triangle_icon(self.palette(), arrow))
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
        problem = _url_problem(url)
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
            client = PanelClient(
                url,
                key,
                user_agent=user_agent,
                connect_timeout=connect_timeout,
                read_timeout=read_timeout,
                max_retries=retries,
            )
            try:
                return client.balance()
            finally:
                client.close()

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
                if isinstance(exc, BadResponse | OutcomeUnknown) and _is_firewall(exc):
                    dialog.advanced_button.setChecked(True)  # the fix is in there
                dialog._show_status(_scrub(describe_check_error(exc, url), key), error=True)

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
