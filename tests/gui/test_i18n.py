"""The UI language: Arabic turns the app right-to-left with our and Qt's translations, the OS
language is followed by default, settings choose otherwise, and a restart really restarts."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from smmdesk.gui.wording import i18n, numbers

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, put back to English, left-to-right and the OS locale afterwards."""
    yield qapp
    i18n.remove_translators(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.system())
    numbers.set_preferences("en", "locale")


def test_arabic_is_right_to_left_with_our_and_qts_translations(
    app: QApplication, qtbot: QtBot
) -> None:
    assert i18n.install_translators(app, "ar") == "ar"
    assert i18n.current_language() == "ar"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "الإعدادات"
    # Qt's own strings (dialog buttons) come from qtbase_ar.qm
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == "حسنًا"
    # widgets made now lay out right-to-left and write Arabic-Indic digits
    label = QLabel()
    qtbot.addWidget(label)
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().toString(25) == "٢٥"
    assert numbers.fmt_int(1500) == "١٬٥٠٠"


def test_english_is_left_to_right_and_untranslated(app: QApplication) -> None:
    i18n.install_translators(app, "ar")
    assert i18n.install_translators(app, "en") == "en"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize(
    ("system", "expected"),
    [("ar_SA", "ar"), ("ar_MA", "ar"), ("en_GB", "en"), ("fr_FR", "en"), ("C", "en")],
)
def test_following_the_os_language(app: QApplication, system: str, expected: str) -> None:
    assert i18n.install_translators(app, None, system=QLocale(system)) == expected
    assert i18n.install_translators(app, "system", system=QLocale(system)) == expected
    rtl = Qt.LayoutDirection.RightToLeft if expected == "ar" else Qt.LayoutDirection.LeftToRight
    assert app.layoutDirection() == rtl


def test_a_moroccan_system_keeps_western_digits_in_arabic(app: QApplication) -> None:
    i18n.install_translators(app, None, system=QLocale("ar_MA"))
    assert QLocale().name() == "ar_MA"
    assert numbers.fmt_int(1500) == "1.500"


def test_the_real_os_locale_is_followed() -> None:
    """A fresh process under LANG=ar_SA comes up in Arabic, right-to-left."""
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication
        from smmdesk.gui.wording import i18n
        app = QApplication([])
        lang = i18n.install_translators(app, None)
        title = QCoreApplication.translate("SettingsDialog", "Settings")
        print(lang, app.layoutDirection().name, title)
        """
    )
    env = {**os.environ, "LANG": "ar_SA.UTF-8", "LC_ALL": "ar_SA.UTF-8", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["ar", "RightToLeft", "الإعدادات"]


def test_settings_choose_language_and_digits(app: QApplication, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.LANGUAGE_KEY, "ar")
    settings.setValue(i18n.DIGITS_KEY, "western")
    assert i18n.install_from_settings(app, settings) == "ar"
    assert numbers.fmt_int(1500) == "1,500"
    # Qt's widgets (spin boxes, %Ln) write 0-9 too, still in Arabic
    assert QLocale().zeroDigit() == "0"
    assert QLocale().language() == QLocale.Language.Arabic

    i18n.apply_digits("locale")  # switched in the settings while running
    assert numbers.fmt_int(1500) == "١٬٥٠٠"
    assert QLocale().zeroDigit() == "٠"


def test_unreadable_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")
    settings.setValue(i18n.THEME_KEY, " DARK ")
    assert i18n.read_choice(settings, i18n.LANGUAGE_KEY, i18n.LANGUAGE_CHOICES) == "system"
    assert i18n.read_choice(settings, i18n.THEME_KEY, i18n.THEME_CHOICES) == "dark"
    assert i18n.read_choice(settings, i18n.DIGITS_KEY, i18n.DIGITS_CHOICES) == "locale"


def test_missing_translation_still_switches_direction(
    app: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING, logger="smmdesk.gui.wording.i18n"):
        assert i18n.install_translators(app, "ar") == "ar"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "no translation for 'ar'" in caplog.text
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"


def test_shipped_translations_are_found() -> None:
    assert (i18n.translations_dir() / "smmdesk_ar.qm").is_file()
    qt_dir = i18n.qt_translations_dir("ar")
    assert qt_dir is not None
    assert (qt_dir / "qtbase_ar.qm").is_file()
    assert i18n.qt_translations_dir("xx") is None


# -- restart -----------------------------------------------------------------------------------
def test_restart_command_from_source_and_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["main.py", "--data-dir", "/tmp/x"])
    monkeypatch.setattr(sys.modules["__main__"], "__spec__", None, raising=False)
    assert i18n.restart_command() == [
        sys.executable,
        os.path.abspath("main.py"),
        "--data-dir",
        "/tmp/x",
    ]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/SMMDesk/SMMDesk")
    monkeypatch.setattr(sys, "argv", ["/opt/SMMDesk/SMMDesk", "--demo"])
    assert i18n.restart_command() == ["/opt/SMMDesk/SMMDesk", "--demo"]


def test_restart_waits_for_a_window_that_refuses_to_close(app: QApplication, qtbot: QtBot) -> None:
    class Stubborn(QWidget):
        def closeEvent(self, event: QCloseEvent) -> None:
            event.ignore()

    window = Stubborn()
    qtbot.addWidget(window)
    window.show()
    assert i18n.restart_app() is False
    assert window.isVisible()


def test_restart_starts_the_app_again_after_it_exited(tmp_path: Path) -> None:
    """The new process starts with the same arguments once the old one has quit and released
    its single-instance lock (app.py's QLockFile), so it never finds itself "already running"."""
    script = tmp_path / "fake_app.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys
            from pathlib import Path
            from PySide6.QtCore import QLockFile, QTimer
            from PySide6.QtWidgets import QApplication, QWidget
            from smmdesk.gui.wording import i18n

            here = Path(__file__).parent
            first_run = not (here / "started").exists()

            def main() -> int:
                lock = QLockFile(str(here / "app.lock"))
                if not lock.tryLock(0):
                    (here / "second").write_text("locked out")
                    return 1
                app = QApplication(sys.argv)
                if not first_run:
                    (here / "second").write_text(" ".join(sys.argv[1:]))
                    return 0
                (here / "started").write_text("yes")
                window = QWidget()
                window.show()
                QTimer.singleShot(0, i18n.restart_app)
                return app.exec()

            sys.exit(main())
            """
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.run(
        [sys.executable, str(script), "--demo", "--data-dir", "x y"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert first.returncode == 0, first.stderr
    second = tmp_path / "second"
    deadline = time.monotonic() + 30
    while not second.exists() and time.monotonic() < deadline:
        time.sleep(0.05)  # the new process is detached: nothing to wait on but its file
    assert second.read_text() == "--demo --data-dir x y"
