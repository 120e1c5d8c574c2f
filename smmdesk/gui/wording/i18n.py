"""The UI language: which translations load (ours and Qt's), the layout direction, the locale
settings keys, and restarting the app so a language change takes effect."""

from __future__ import annotations

import atexit
import logging
import os
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from smmdesk.gui.wording import numbers
from smmdesk.resources import location

__all__ = [
    "DIGITS_CHOICES",
    "DIGITS_KEY",
    "LANGUAGE_CHOICES",
    "LANGUAGE_KEY",
    "SUPPORTED_LANGUAGES",
    "THEME_CHOICES",
    "THEME_KEY",
    "apply_digits",
    "current_language",
    "install_from_settings",
    "install_translators",
    "qt_translations_dir",
    "read_choice",
    "remove_translators",
    "resolve_language",
    "restart_app",
    "restart_command",
    "system_language",
    "translations_dir",
]

log = logging.getLogger(__name__)

# QSettings keys and their values; the first value of each is the default
LANGUAGE_KEY = "ui/language"
LANGUAGE_CHOICES = ("system", "en", "ar")
DIGITS_KEY = "ui/digits"
DIGITS_CHOICES = numbers.DIGIT_CHOICES
THEME_KEY = "ui/theme"
THEME_CHOICES = ("system", "light", "dark")
# languages the app ships translations for
SUPPORTED_LANGUAGES = ("en", "ar")
_RTL_LANGUAGES = frozenset({"ar"})

_installed: list[QTranslator] = []
_language = "en"
_system: QLocale | None = None  # a stand-in for the OS locale (tests), None = the real one
_restart: list[str] | None = None


def translations_dir() -> Path:
    """Our compiled ``smmdesk_<lang>.qm`` files (checkout or frozen bundle)."""
    return location() / "translations"


def qt_translations_dir(language: str) -> Path | None:
    """The folder holding Qt's own ``qtbase_<language>.qm`` (dialog buttons, shortcuts).

    QLibraryInfo answers for a wheel install and for PyInstaller bundles (PySide6 writes an
    embedded qt.conf); the bundle's folders are tried too in case it did not.
    """
    candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        root = Path(frozen_root) / "PySide6"
        candidates += [root / "Qt" / "translations", root / "translations"]
    package = Path(PySide6.__file__).resolve().parent
    candidates += [package / "Qt" / "translations", package / "translations"]
    for folder in candidates:
        if (folder / f"qtbase_{language}.qm").is_file():
            return folder
    return None


def system_language(system: QLocale | None = None) -> str:
    """The first of the OS's preferred UI languages that we ship, else English."""
    system = system if system is not None else QLocale.system()
    for name in system.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    code = QLocale.languageToCode(system.language())
    return code if code in SUPPORTED_LANGUAGES else "en"


def resolve_language(choice: str | None, system: QLocale | None = None) -> str:
    """A "ui/language" value ("system", "en", "ar" or None) -> the language to run in."""
    if choice in SUPPORTED_LANGUAGES:
        return choice
    return system_language(system)


def read_choice(settings: QSettings, key: str, choices: tuple[str, ...]) -> str:
    """A setting restricted to ``choices``; anything else (missing, edited by hand) is the
    default, ``choices[0]``."""
    value = settings.value(key, choices[0])
    text = str(value).strip().lower() if value is not None else ""
    return text if text in choices else choices[0]


def current_language() -> str:
    """The language the running app was started in ("en" or "ar")."""
    return _language


def _load(translator: QTranslator, name: str, folder: Path | None) -> bool:
    return folder is not None and translator.load(name, str(folder))


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall what :func:`install_translators` installed (tests switch languages)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(
    app: QCoreApplication,
    language: str | None,
    digits: str = "locale",
    *,
    system: QLocale | None = None,
) -> str:
    """Load our and Qt's translations for ``language`` ("en", "ar", or None/"system" to follow
    the OS), set the layout direction and the default locale; returns the language in effect.

    Call it before the first window is created: widgets take their direction, locale and
    texts when they are built (a language change needs a restart, see :func:`restart_app`).
    """
    global _language, _system
    _system = system
    effective = resolve_language(language, system)
    remove_translators(app)
    ours = QTranslator(app)
    if _load(ours, f"smmdesk_{effective}", translations_dir()):
        app.installTranslator(ours)
        _installed.append(ours)
    elif effective != "en":  # English source texts need no file to be readable
        log.warning("no translation for %r in %s", effective, translations_dir())
    qt = QTranslator(app)
    if _load(qt, f"qtbase_{effective}", qt_translations_dir(effective)):
        app.installTranslator(qt)
        _installed.append(qt)
    elif effective != "en":
        log.warning("Qt's own %r translation was not found", effective)

    numbers.set_preferences(effective, digits, system)
    QLocale.setDefault(numbers.widget_locale())
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if effective in _RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
    _language = effective
    log.info("language %s (%s digits)", effective, numbers.current_digits())
    return effective


def apply_digits(digits: str) -> None:
    """Switch between locale and Western digits while running: numbers formatted from now on
    (wording.numbers, ``%Ln``, widgets created from now on) follow it; views showing numbers
    must repaint (they do on the settings dialog's ``sig_settings_changed``)."""
    numbers.set_preferences(_language, digits, _system)
    QLocale.setDefault(numbers.widget_locale())


def install_from_settings(app: QCoreApplication, settings: QSettings) -> str:
    """:func:`install_translators` with the user's "ui/language" and "ui/digits"."""
    return install_translators(
        app,
        read_choice(settings, LANGUAGE_KEY, LANGUAGE_CHOICES),
        read_choice(settings, DIGITS_KEY, DIGITS_CHOICES),
    )


# -- restart -----------------------------------------------------------------------------------
def restart_command() -> list[str]:
    """The command line that starts this app again with the same arguments."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name:  # started with `python -m package`
        module = spec.name.removesuffix(".__main__")
        return [sys.executable, "-m", module, *sys.argv[1:]]
    script = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return [sys.executable, script, *sys.argv[1:]] if script else [sys.executable]


def _spawn_after_exit() -> None:
    """Runs at interpreter exit, after main() returned and released the single-instance lock,
    so the new process never finds the old one still holding it."""
    if _restart is None:
        return
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        # a one-file bundle's child must unpack its own copy: ours is deleted as we exit
        env["PYINSTALLER_RESET_ENVIRONMENT"] = "1"
    kwargs: dict[str, object] = {"env": env, "close_fds": True}
    if sys.platform == "win32":
        kwargs["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        kwargs["start_new_session"] = True
    try:
        subprocess.Popen(_restart, **kwargs)  # type: ignore[call-overload]
    except OSError:
        log.exception("could not start SMMDesk again")


def restart_app() -> bool:
    """Close every window and quit, then start the app again once this process has exited.
    Returns False (and stays running) if a window refused to close."""
    global _restart
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        QApplication.closeAllWindows()
        if any(w.isVisible() for w in QApplication.topLevelWidgets()):
            return False
    if _restart is None:
        atexit.register(_spawn_after_exit)
    _restart = restart_command()
    log.info("restarting: %s", _restart)
    if app is not None:
        app.quit()
    return True
