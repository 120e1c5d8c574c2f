"""GUI test fixtures: a real sandbox panel over loopback, an isolated store, an in-memory keyring,
and a guard that fails any test leaving worker threads behind."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6 import QtGui
from PySide6.QtCore import QLocale, QRect, QSettings, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from smmdesk.core.secrets import KeyStore
from smmdesk.core.store import Store
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.tasks import TaskRunner
from smmdesk.gui.widgets import dialogs, screen, theme
from smmdesk.gui.wording import i18n, numbers
from smmdesk.sandbox import SandboxPanel


class MemoryKeyring(KeyringBackend):
    """A secure-looking in-memory backend: what the OS keyring does, without the OS."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class _NoResources(QTextDocument):
    """A document that loads nothing: reading what a text shows must not open what it names."""

    def loadResource(self, type: int, name: QUrl) -> object:
        return QImage(1, 1, QImage.Format.Format_ARGB32) if type == 2 else ""


def shown_text(text: str | None, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a user reads of ``text`` in a widget of text format ``fmt``: tooltips are AutoText
    (Qt renders them as rich text when the text looks like markup)."""
    if not text:
        return ""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = _NoResources()
    document.setHtml(text)
    # toPlainText() would turn no-break spaces (in numbers and dates) into spaces
    return document.toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


@pytest.fixture
def shown() -> object:
    """``shown(text, fmt=AutoText)``: what a user reads of a label's or tooltip's text."""
    return shown_text


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def sandbox_panel() -> Iterator[SandboxPanel]:
    panel = SandboxPanel(services=600, seed=7, balance=Decimal("1000"), api_key="test-key-123")
    panel.start()
    yield panel
    panel.stop()


@pytest.fixture
def gui_ctx(tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[AppContext]:
    """An AppContext over a fresh store and settings file; its demo panel is small and fast, and
    the demo mode connects only the first demo panel (tests of several set ``demo_panels``)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(
        store=Store.open(tmp_path / "smmdesk.sqlite3"),
        keys=KeyStore(),
        settings=settings,
        tasks=TaskRunner(),
        demo_services=600,
        demo_panels=1,
    )
    yield ctx
    ctx.shutdown()


@pytest.fixture(autouse=True)
def _desktop_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows open on a 1920x1080 desktop (the offscreen platform's own screen is 800x600);
    tests/gui/test_fit.py puts them on smaller screens."""
    area = QRect(0, 0, 1920, 1040)
    monkeypatch.setattr(screen, "available_geometry", lambda _widget=None: QRect(area))


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    """Fail a test that leaves a QThread-like worker running (napari's habit)."""
    before = {t.ident for t in threading.enumerate()}
    yield
    leftovers = [
        t
        for t in threading.enumerate()
        if t.ident not in before and t.is_alive() and t.name.startswith("smmdesk-poller")
    ]
    assert not leftovers, f"test left worker threads running: {[t.name for t in leftovers]}"


_REAL_ASK = dialogs.ask


@pytest.fixture
def questions_run_for_real(monkeypatch: pytest.MonkeyPatch) -> None:
    """For tests that answer modal dialogs themselves, as a user would (they look at the
    dialog while its ``exec()`` runs): ``dialogs.ask`` runs the dialog for real again."""
    monkeypatch.setattr(dialogs, "ask", _REAL_ASK)


@pytest.fixture(autouse=True)
def _questions_are_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that reaches one of the app's own question dialogs (the order confirmation)
    without answering it fails at once instead of waiting forever on a modal dialog: patch
    ``dialogs.ask`` to answer it."""

    def unanswered(dialog: object) -> bool:
        raise AssertionError(
            f"{type(dialog).__name__} was shown and nobody answered it: patch dialogs.ask"
        )

    monkeypatch.setattr(dialogs, "ask", unanswered)


@pytest.fixture
def in_arabic(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """``in_arabic(digits)``: Arabic as the app installs it at start-up, with the digits chosen
    ("locale" or "western"); English again after the test."""

    def install(digits: str) -> None:
        i18n.install_translators(qapp, "ar", system=QLocale("ar_EG"))
        numbers.set_preferences("ar", digits, QLocale("ar_EG"))
        QLocale.setDefault(numbers.widget_locale())

    yield install
    i18n.install_translators(qapp, "en")
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())
    numbers.set_preferences("en", "locale")
    theme.manager().apply("system")
