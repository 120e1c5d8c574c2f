"""Where an API key goes, as the connect dialog tells it: the known panels to pick from, the
host a typed URL sends the key to, and why a saved panel's key has to be entered again."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from smmdesk.gui.panels.connect_check import normalise_url
from smmdesk.gui.runtime.context import DEMO_URL
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.wording.bidi import isolate_ltr

__all__ = [
    "SMMPANS_API_URL",
    "KnownPanel",
    "KnownPanelsBox",
    "host_line",
    "key_host",
    "key_needed_text",
    "known_panels",
]

#: smmpans.com's API URL, exactly as that panel's API documentation gives it
SMMPANS_API_URL = "https://smmpans.com/api/v1"


@dataclass(frozen=True, slots=True)
class KnownPanel:
    """A panel the connect dialog offers by name: its API URL (DEMO_URL: the built-in demo)."""

    name: str
    url: str


def known_panels() -> tuple[KnownPanel, ...]:
    """The panels offered by name: the first panel SMMDesk was made for, and the demo."""
    return (
        KnownPanel("smmpans.com", SMMPANS_API_URL),
        KnownPanel(QCoreApplication.translate("ConnectDialog", "Built-in demo panel"), DEMO_URL),
    )


class KnownPanelsBox(QComboBox):
    """ "Known panels": picking one fills the URL (or chooses the built-in demo panel). It starts
    on no panel at all, so no address is ever chosen for the user."""

    sig_picked = Signal(str)
    """The picked panel's API URL (DEMO_URL for the demo panel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Known panels"))
        self.setPlaceholderText(self.tr("Pick a known panel, or type the URL below"))
        for panel in known_panels():
            if panel.url == DEMO_URL:
                self.addItem(panel.name, panel.url)
            else:
                # the name, then the address the key would go to (left-to-right in any language)
                self.addItem(f"{panel.name} — {isolate_ltr(panel.url)}", panel.url)
        self.setCurrentIndex(-1)
        self.activated.connect(self._on_activated)

    def pick(self, url: str) -> None:
        """Pick the known panel with this URL, as the user would."""
        index = self.findData(url)
        if index >= 0:
            self.setCurrentIndex(index)
            self._on_activated(index)

    def _on_activated(self, index: int) -> None:
        url = self.itemData(index)
        if isinstance(url, str):
            self.sig_picked.emit(url)


def key_host(url: str) -> str:
    """The host (and a port given in the URL) a typed URL would send the key to; "" when the
    text names no host. An internationalised name also shows the form it really resolves as."""
    try:
        parts = urlsplit(normalise_url(url))
        host = parts.hostname or ""
        port = parts.port
    except ValueError:  # a port that is not a number
        return ""
    if not host:
        return ""
    if not host.isascii():
        with contextlib.suppress(UnicodeError):  # no ASCII form: the name as typed
            host = f"{host} ({host.encode('idna').decode('ascii')})"
    return f"{host}:{port}" if port is not None else host


def host_line(url: str) -> str:
    """ "Your key will be sent to: HOST", for the line under the URL (plain text)."""
    host = key_host(url)
    if not host:
        return QCoreApplication.translate(
            "ConnectDialog", "Enter the API URL: your key is sent only to that address."
        )
    # a host name is Latin left-to-right text: isolated so it sits whole in an Arabic sentence
    return QCoreApplication.translate("ConnectDialog", "Your key will be sent to: %1").replace(
        "%1", isolate_ltr(host)
    )


def key_needed_text(state: KeyState) -> str:
    """Why a saved panel's key has to be entered, in plain words (what happens to it next)."""
    texts = {
        KeyState.NO_KEYRING: QCoreApplication.translate(
            "ConnectDialog",
            "SMMDesk needs this panel's API key. There is no secure keyring on this system, so "
            "the key cannot be remembered: it is kept for this session only, and you will be "
            "asked for it again next time.",
        ),
        KeyState.LOCKED: QCoreApplication.translate(
            "ConnectDialog",
            "SMMDesk could not read this panel's API key: the system keyring is locked (its "
            "unlock request was dismissed or failed). Enter the key to go on; it is saved in "
            "the keyring if the keyring opens, otherwise kept for this session only.",
        ),
        KeyState.UNREADABLE: QCoreApplication.translate(
            "ConnectDialog",
            "SMMDesk could not read this panel's API key: the system keyring did not answer. "
            "Enter the key to go on; it is saved in the keyring if it works again, otherwise "
            "kept for this session only.",
        ),
    }
    return texts.get(
        state,
        QCoreApplication.translate(
            "ConnectDialog",
            "The system keyring holds no API key for this panel: the saved key was deleted, "
            "or it was kept only for an earlier session. Enter the key from the panel's API "
            "page.",
        ),
    )
