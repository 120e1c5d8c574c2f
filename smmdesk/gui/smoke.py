"""``--smoke-test``: open the main window on the demo panel, place one demo order, report, exit.

It runs the same code a user runs (frozen bundle or source) and checks what a bundle can lose:
the Qt platform plugin, the keyring backend, the TLS CA bundle, translations and icons. The
report is one ``key: value`` line each; the exit code is 0 only if everything a user needs works.

Environment switches: ``SMMDESK_SMOKE_KEYRING_ROUNDTRIP=1`` also stores, reads back and deletes a
random key in the system keyring (fails unless the backend is secure);
``SMMDESK_SMOKE_SCREENSHOT=path.png`` saves a picture of the window; ``SMMDESK_SMOKE_REPORT=path``
also writes the report to a file (a windowed Windows executable has no stdout).
"""

from __future__ import annotations

import os
import platform
import secrets
import ssl
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import PySide6
from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QTimer, qVersion
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

import smmdesk
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.secrets import KeyStore
from smmdesk.core.validate import validate_order
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.wording import i18n
from smmdesk.resources import location
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES

__all__ = ["SmokeReport", "run_smoke_test"]

ROUNDTRIP_ENV = "SMMDESK_SMOKE_KEYRING_ROUNDTRIP"
SCREENSHOT_ENV = "SMMDESK_SMOKE_SCREENSHOT"
REPORT_ENV = "SMMDESK_SMOKE_REPORT"
TIMEOUT_ENV = "SMMDESK_SMOKE_TIMEOUT"
DEFAULT_TIMEOUT_S = 20.0
SMOKE_LINK = "https://example.com/smmdesk-smoke-test"


class SmokeReport:
    """Ordered ``key: value`` lines plus the reasons the run failed (printed as they come)."""

    def __init__(self, stream: TextIO | None = None, copy_to: Path | None = None) -> None:
        self.stream = stream if stream is not None else sys.stdout  # None in a windowed .exe
        self.copy: TextIO | None = None
        if copy_to is not None:
            copy_to.parent.mkdir(parents=True, exist_ok=True)
            self.copy = copy_to.open("w", encoding="utf-8")
        self.lines: dict[str, str] = {}
        self.failures: list[str] = []

    def add(self, key: str, value: object) -> None:
        text = _format(value)
        self.lines[key] = text
        for out in (self.stream, self.copy):
            if out is not None:
                print(f"{key}: {text}", file=out, flush=True)

    def fail(self, reason: str) -> None:
        self.failures.append(reason)

    def check(self, ok: bool, reason: str) -> bool:
        if not ok:
            self.fail(reason)
        return ok

    def finish(self) -> int:
        result = "ok" if not self.failures else "FAILED (" + "; ".join(self.failures) + ")"
        self.add("result", result)
        if self.copy is not None:
            self.copy.close()
        return 0 if not self.failures else 1


def _format(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("\n", " ")


def wait_until(condition: Callable[[], bool], timeout_s: float, poll_ms: int = 20) -> bool:
    """Run the Qt event loop until ``condition()`` holds or ``timeout_s`` passes; True if held."""
    if condition():
        return True
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    held = False

    def check() -> None:
        nonlocal held
        if condition():
            held = True
            loop.quit()
        elif time.monotonic() >= deadline:
            loop.quit()

    timer = QTimer()
    timer.setInterval(poll_ms)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return held


def _timeout() -> float:
    try:
        return max(1.0, float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_S)))
    except ValueError:
        return DEFAULT_TIMEOUT_S


def report_environment(app: QApplication, ctx: AppContext, report: SmokeReport) -> None:
    """Version, Qt platform, keyring backend, CA bundle, translations: what freezing can lose."""
    report.add("version", smmdesk.__version__)
    report.add("frozen", bool(getattr(sys, "frozen", False)))
    report.add("python", platform.python_version())
    report.add("qt_platform", app.platformName())
    report.add("qt_version", f"{qVersion()} (PySide6 {PySide6.__version__})")
    report.add("keyring_backend", ctx.keys.backend_name())
    report.add("keyring_secure", ctx.keys.is_secure())

    import certifi
    import requests.utils

    ca_bundle = Path(requests.utils.DEFAULT_CA_BUNDLE_PATH)
    report.add("tls_ca_bundle", ca_bundle)
    ca_count = 0
    if ca_bundle.is_file():
        try:
            context = ssl.create_default_context(cafile=str(ca_bundle))
            ca_count = context.cert_store_stats()["x509_ca"]
        except (ssl.SSLError, OSError) as exc:
            report.add("tls_ca_error", type(exc).__name__)
    report.add("tls_ca_certificates", ca_count)
    report.check(ca_count > 0, f"no usable CA bundle at {ca_bundle}")
    report.check(Path(certifi.where()).is_file(), "certifi's cacert.pem is missing")

    report.add("resources", location())
    translations = location() / "translations"
    qm_files = sorted(p.stem for p in translations.glob("*.qm")) if translations.is_dir() else []
    report.add("translations_dir", f"{translations} ({'present' if qm_files else 'missing'})")
    report.add("translations", ", ".join(qm_files) or "none")
    language = i18n.current_language()
    report.add("language", language)
    # a text every translation has: in a language other than English it must come out changed
    sample = QCoreApplication.translate("MainWindow", "&Quit")
    translated = language == "en" or sample != "&Quit"
    report.add("ui_translated", translated)
    report.check(translated, f"the {language} translation did not load")
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    report.add(
        "qt_translations",
        f"{qt_translations} (qtbase_ar.qm "
        f"{'present' if (qt_translations / 'qtbase_ar.qm').is_file() else 'missing'})",
    )
    icons = sorted((location() / "icons").glob("smmdesk-*.png"))
    report.add("icons", len(icons))
    report.check(bool(icons), "the app icons are missing")


def open_demo(window: MainWindow, report: SmokeReport, timeout_s: float) -> PanelSession | None:
    """Show the window, open the demo panel, wait for its catalogue and balance."""
    window.show()
    shown = wait_until(
        lambda: (
            window.isVisible()
            and window.windowHandle() is not None
            and window.windowHandle().isExposed()
        ),
        timeout_s,
    )
    report.add("window_shown", shown)
    if not report.check(shown, "the main window was never shown"):
        return None
    errors: list[str] = []
    window.open_demo()
    session = window.session
    if not report.check(session is not None, "the demo panel did not open"):
        return None
    assert session is not None
    session.sig_connection.connect(
        lambda online, message: errors.append(message) if not online else None
    )
    ready = wait_until(
        lambda: (
            session.catalog is not None
            and len(session.catalog.services) > 0
            and session.balance is not None
        ),
        timeout_s,
    )
    services = len(session.catalog.services) if session.catalog is not None else 0
    report.add("catalogue_services", services)
    balance = session.balance
    report.add("balance", f"{balance.amount} {balance.currency}" if balance is not None else "none")
    if errors:
        report.add("connection_error", errors[-1])
    report.check(ready and services > 0, "the demo catalogue or balance did not arrive")
    return session if ready else None


def place_demo_order(session: PanelSession, report: SmokeReport, timeout_s: float) -> None:
    """One order for the sandbox's fixed "Default" service, through the session's one door."""
    assert session.catalog is not None
    service_id = SANDBOX_FIXED_SERVICES["Default"]
    service = session.catalog.by_id(service_id)
    if not report.check(service is not None, f"demo service {service_id} is not in the catalogue"):
        return
    assert service is not None
    validation = validate_order(service, {"link": SMOKE_LINK, "quantity": str(service.min)})
    if not report.check(
        validation.ok and validation.params is not None and validation.cost is not None,
        "the demo order did not validate: "
        + "; ".join(f"{e.field}: {e.message}" for e in validation.errors),
    ):
        return
    assert validation.params is not None
    assert validation.cost is not None
    balance_before = session.balance.amount if session.balance is not None else None
    outcome: list[object] = []
    session.sig_order_finished.connect(outcome.append)
    sent = session.place(service, validation.params, validation.cost, validation.quantity)
    if not report.check(sent, "the session refused to send the order"):
        return
    report.add("order_cost", f"{validation.cost} {session.currency}")
    wait_until(lambda: bool(outcome), timeout_s)
    placement = outcome[0] if outcome else None
    if isinstance(placement, Placement):
        report.add("order_state", placement.state.value)
        report.add("order_id", placement.order_id if placement.order_id is not None else "none")
        accepted = report.check(
            placement.state is PlacementState.ACCEPTED and placement.order_id is not None,
            f"the demo order was not accepted: {placement.message}",
        )
        if accepted and balance_before is not None:
            # the session refreshes the balance after an order: the status bar shows the charge
            charged = wait_until(
                lambda: session.balance is not None and session.balance.amount < balance_before,
                timeout_s,
            )
            after = session.balance
            report.add(
                "balance_after",
                f"{after.amount} {after.currency}" if charged and after else "not refreshed",
            )
    else:
        report.add("order_state", "none" if placement is None else type(placement).__name__)
        report.fail("no placement outcome" if placement is None else "placement crashed locally")


def check_spending(window: MainWindow, report: SmokeReport, timeout_s: float) -> None:
    """The Spending window opens (QtCharts loads, in a bundle too) and counts the demo order."""
    spending = window.show_spending()
    try:
        loaded = wait_until(lambda: spending.report is not None, timeout_s)
        figures = spending.current()
        chart = spending.over_time.chart()
        report.add(
            "spending",
            f"{figures.total} {figures.currency}, {len(chart.series())} chart series"
            if figures is not None
            else "nothing spent",
        )
        report.check(
            loaded and figures is not None and figures.orders > 0 and bool(chart.series()),
            "the Spending window did not count the demo order",
        )
    finally:
        spending.close()


def keyring_roundtrip(ctx: AppContext, report: SmokeReport) -> None:
    """Store a random key, read it back with a fresh KeyStore, delete it: the keyring works."""
    profile = f"smoke-test-{secrets.token_hex(4)}"
    key = secrets.token_urlsafe(24)
    problems: list[str] = []
    if not ctx.keys.is_secure():
        problems.append(f"backend {ctx.keys.backend_name()} is not a secure store")
    else:
        # KeyStore guards every keyring call; this guard only keeps a surprise in the report
        try:
            try:
                if not ctx.keys.set(profile, key):
                    problems.append("the key was kept for this session only")
                elif KeyStore().get(profile) != key:
                    problems.append("a fresh KeyStore read back a different key")
            finally:
                ctx.keys.delete(profile)  # never leave the test key behind
            if KeyStore().get(profile) is not None:
                problems.append("the key was still there after delete")
        except Exception as exc:
            problems.append(f"{type(exc).__name__} from the keyring")
    report.add(
        "keyring_roundtrip", "ok" if not problems else "failed (" + "; ".join(problems) + ")"
    )
    for problem in problems:
        report.fail(f"keyring round trip: {problem}")


def save_screenshot(window: MainWindow, target: Path, report: SmokeReport) -> None:
    """The window as the screen shows it (grabWindow), or as Qt renders it where no screen can."""
    QApplication.processEvents()
    screen = window.screen()
    pixmap = screen.grabWindow(window.winId()) if screen is not None else None
    how = "screen"
    if pixmap is None or pixmap.isNull() or _distinct_colours(pixmap.toImage()) < 2:
        pixmap = window.grab()  # e.g. the offscreen platform has nothing to grab
        how = "render"
    target.parent.mkdir(parents=True, exist_ok=True)
    saved = pixmap.save(str(target))
    colours = _distinct_colours(pixmap.toImage())
    report.add(
        "screenshot", f"{target} ({pixmap.width()}x{pixmap.height()}, {how}, {colours} colours)"
    )
    report.check(saved and colours > 20, f"the screenshot {target} is blank or was not saved")


def _distinct_colours(image: QImage, step: int = 9) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def run_smoke_test(app: QApplication, ctx: AppContext) -> int:
    """Runs the checks, prints the report, returns the process exit code (0 = all is well)."""
    started = time.perf_counter()
    copy_to = os.environ.get(REPORT_ENV)
    report = SmokeReport(copy_to=Path(copy_to) if copy_to else None)
    timeout_s = _timeout()
    report_environment(app, ctx, report)
    window = MainWindow(ctx)
    try:
        session = open_demo(window, report, timeout_s)
        if session is not None:
            place_demo_order(session, report, timeout_s)
            check_spending(window, report, timeout_s)
        if os.environ.get(ROUNDTRIP_ENV) == "1":
            keyring_roundtrip(ctx, report)
        shot = os.environ.get(SCREENSHOT_ENV)
        if shot:
            save_screenshot(window, Path(shot), report)
    finally:
        window.shutdown()
        window.close()
    report.add("elapsed_ms", f"{(time.perf_counter() - started) * 1000:.0f}")
    return report.finish()
