"""QApplication start-up and wiring: arguments, logging, the store, the context, clean shutdown."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QSettings, QTimer
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication

import smmdesk
from smmdesk.core import paths
from smmdesk.core.logs import configure_logging
from smmdesk.core.ordering import recover_at_startup
from smmdesk.core.secrets import KeyStore
from smmdesk.core.store import CorruptDatabase, NewerSchema, Store
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.runtime.context import DEMO_STATE_FILENAME, AppContext
from smmdesk.gui.runtime.tasks import TaskRunner
from smmdesk.gui.widgets import dialogs, theme
from smmdesk.gui.widgets.icons import app_icon
from smmdesk.gui.wording import i18n
from smmdesk.gui.wording.bidi import isolate_ltr

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="smmdesk", description=smmdesk.APP_NAME)
    parser.add_argument("--data-dir", type=Path, help="keep data, settings and logs in this folder")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the built-in demo panel when no panel is configured yet",
    )
    parser.add_argument("--demo-services", type=int, default=4000, help=argparse.SUPPRESS)
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="print the times to the first complete paint and to a usable window, and quit "
        "(start-up benchmark)",
    )
    parser.add_argument(
        "--quit-when-painted",
        action="store_true",
        help="print the time to the first complete paint and quit (start-up benchmark)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start offscreen on the demo panel, place one demo order, report and exit",
    )
    parser.add_argument("--version", action="version", version=smmdesk.__version__)
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def build_context(
    data_dir: Path, demo_services: int = 4000, store: Store | None = None
) -> AppContext:
    store = store or Store.open(data_dir / "smmdesk.sqlite3")
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(
        store=store,
        keys=KeyStore(),
        settings=settings,
        tasks=TaskRunner(),
        demo_services=demo_services,
        demo_state=data_dir / DEMO_STATE_FILENAME,
    )


def _store_problem(exc: NewerSchema | CorruptDatabase, path: Path) -> str:
    """What is wrong with the database, by the kind of problem (its file named)."""
    where = isolate_ltr(str(exc.path or path))  # a file path stays left-to-right
    if isinstance(exc, NewerSchema):
        text = QCoreApplication.translate(
            "App", "The database %1 was written by a newer version of SMMDesk."
        )
    else:
        text = QCoreApplication.translate(
            "App", "The database %1 is damaged or is not an SMMDesk database."
        )
    return text.replace("%1", where)


def open_store(path: Path) -> Store | None:
    """Open the database; a damaged one is moved aside only after the user agreed."""
    try:
        return Store.open(path)
    except NewerSchema as exc:
        dialogs.error(
            None,
            QCoreApplication.translate("App", "Database from a newer SMMDesk"),
            _store_problem(exc, path),
            QCoreApplication.translate(
                "App", "Install the newer SMMDesk again; this file was left untouched."
            ),
        )
        return None
    except CorruptDatabase as exc:
        if not dialogs.confirm(
            None,
            QCoreApplication.translate("App", "Damaged database"),
            _store_problem(exc, path),
            QCoreApplication.translate(
                "App",
                "SMMDesk can move the damaged file aside (it is kept, renamed) and start with "
                "an empty database. Your panels' own order history is not affected.",
            ),
            ok_text=QCoreApplication.translate("App", "Move it aside and continue"),
        ):
            return None
        store = Store.open(path, on_corrupt="backup")
        dialogs.info(
            None,
            QCoreApplication.translate("App", "Damaged database moved aside"),
            QCoreApplication.translate("App", "The damaged file was kept as:\n%1").replace(
                "%1", isolate_ltr(str(store.moved_aside))
            ),
        )
        return store


def on_commit_data(window: MainWindow, manager: QSessionManager) -> None:
    """The desktop session is ending (log out, shut down): the window's quit guard asks first
    while spending work is in flight, and "stay" cancels the log-out where the session manager
    lets us ask."""
    if not window.ctx.gateway.in_flight() or not manager.allowsInteraction():
        return
    stay = not window.confirm_quit()
    manager.release()
    if stay:
        manager.cancel()


def _shown_categories(window: MainWindow) -> int | None:
    """How many categories the catalogue tree holds; None when there is no catalogue to show
    (no panel open, or nothing cached), so any paint is complete."""
    session = window.session
    if session is None or session.catalog is None:
        return None
    return window.catalog_pane.model.rowCount()


class _FirstPaint(QObject):
    """Start-up benchmark: calls ``done`` once the window's first paint showing what is cached
    (the catalogue tree's model holds the cached catalogue) has been drawn (the event loop's
    next turn after that Paint event)."""

    def __init__(self, window: MainWindow, done: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._done = done
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and _shown_categories(self._window) != 0:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._done)
        return False


#: how long after the first paint the collector settles: once the start-up work queued behind
#: that frame (keys, poller, network) has run, so the window is usable first (the collection
#: takes ~25 ms with 5 cached catalogues) and the pause falls in idle time
SETTLE_AFTER_PAINT_MS = 2000
#: the interpreter's thread switch interval while starting: the work queued behind the first
#: frame imports the HTTP stack and the keyring on workers, and at Python's default (5 ms) each
#: Qt call of the GUI thread that hands the GIL back may wait that long to get it again
STARTUP_SWITCH_INTERVAL_S = 0.0005


_default_switch_interval = sys.getswitchinterval()


def settle_collector() -> None:
    """A while after the first paint: start-up objects live as long as the app, so the
    collector is kept from rescanning them (full collections pause every thread, the GUI's too,
    and stay short); then it runs again (main.py paused it for the start-up). Threads switch at
    the interpreter's usual interval again."""
    sys.setswitchinterval(_default_switch_interval)
    gc.collect()
    gc.freeze()
    gc.enable()


def report_startup(app: QApplication, window: MainWindow, started: float, *, usable: bool) -> None:
    """Print ``painted_ms=`` at the first complete paint, then (``usable``) ``ready_ms=`` once
    the event loop has run the start-up work queued behind it; then quit. Times are from
    ``main()``; the start-up benchmark times the lines' arrival from the process start."""

    def ms() -> str:
        return f"{(time.perf_counter() - started) * 1000:.0f}"

    def ready() -> None:
        app.processEvents()
        print(f"ready_ms={ms()}", flush=True)
        app.quit()

    def painted() -> None:
        shown = _shown_categories(window)
        print(f"painted_ms={ms()} categories={'none' if shown is None else shown}", flush=True)
        if usable:
            QTimer.singleShot(0, ready)
        else:
            app.quit()

    _FirstPaint(window, painted)


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.smoke_test and args.data_dir is None and not os.environ.get(paths.DATA_DIR_ENV):
        # a smoke test must never put a demo order into the user's real history
        args.data_dir = Path(tempfile.mkdtemp(prefix="smmdesk-smoke-"))
    if args.data_dir is not None:
        paths.set_data_dir(args.data_dir)
    configure_logging(paths.log_dir())
    if args.smoke_test:
        # offscreen unless the caller asked for a platform (e.g. xcb under Xvfb)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    QApplication.setApplicationName(smmdesk.APP_NAME)
    QApplication.setOrganizationName(smmdesk.APP_NAME)
    QApplication.setApplicationVersion(smmdesk.__version__)
    QApplication.setDesktopFileName(smmdesk.APP_ID)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())

    data_dir = paths.data_dir()
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    i18n.install_from_settings(app, settings)
    theme.manager().apply(i18n.read_choice(settings, i18n.THEME_KEY, i18n.THEME_CHOICES))
    lock = QLockFile(str(data_dir / "smmdesk.lock"))
    if not lock.tryLock(200):
        # Two instances on one database would each think the other's orders were interrupted.
        dialogs.warning(
            None,
            QCoreApplication.translate("App", "SMMDesk is already running"),
            QCoreApplication.translate(
                "App", "SMMDesk is already open with this data folder:\n%1"
            ).replace("%1", isolate_ltr(str(data_dir))),
        )
        return 1
    store = open_store(data_dir / "smmdesk.sqlite3")
    if store is None:
        return 1
    ctx = build_context(data_dir, args.demo_services, store)
    if args.smoke_test:
        gc.enable()  # main.py paused it for the start-up
        from smmdesk.gui.smoke import run_smoke_test

        try:
            return run_smoke_test(app, ctx)
        finally:
            ctx.shutdown()
    recovered = recover_at_startup(ctx.store)
    # no worker competes with the GUI thread until the first frame (the orders' full load, for
    # one, waits: their first page is shown at once); the window releases them after it
    ctx.tasks.hold()
    sys.setswitchinterval(STARTUP_SWITCH_INTERVAL_S)  # until settle_collector
    window = MainWindow(ctx)
    window.when_painted(lambda: QTimer.singleShot(SETTLE_AFTER_PAINT_MS, settle_collector))
    # what is cached (the catalogue, the orders) is in the window before it is shown, so its
    # first frame is complete; keys, polling and the network follow that frame
    window.start(demo_if_new=args.demo, after_paint=True)

    def shutdown() -> None:
        # every quit path the user starts asks first (the window's close guard); reaching here
        # with spending work in flight means nobody could be asked: the next start marks it
        in_flight = ctx.gateway.in_flight()
        if in_flight:
            log.warning("quitting with spending work in flight: %s", in_flight)
        window.save_geometry()
        window.shutdown()
        ctx.shutdown()

    app.commitDataRequest.connect(lambda manager: on_commit_data(window, manager))
    app.aboutToQuit.connect(shutdown)
    if recovered:
        window.when_painted(lambda: window.warn_recovered(len(recovered)))
    if args.quit_when_ready or args.quit_when_painted:
        report_startup(app, window, started, usable=args.quit_when_ready)
    window.show()
    log.info("SMMDesk %s started", smmdesk.__version__)
    return app.exec()
