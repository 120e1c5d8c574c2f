"""One run of the real app process for test_restart.py: ``smmdesk.gui.app.main`` with
``--data-dir DIR --demo``, driven from inside its own event loop. Once the window is up it waits
for the demo panel's catalogue and balance, places one order through the session (the door the
order form uses), asks the poller to check until the order's stored status is final, and quits
the way a user does (the app's own shutdown runs). Prints ``key: value`` lines.

Usage: python restart_worker.py DATA_DIR LINK QUANTITY
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from smmdesk.core.ordering import Placement
from smmdesk.core.validate import validate_order
from smmdesk.gui import app as app_module
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.smoke import wait_until
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES

TIMEOUT_S = 60.0


def report(key: str, value: object) -> None:
    print(f"{key}: {value}", flush=True)


def drive(link: str, quantity: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        wait_until(lambda: window.session is not None, TIMEOUT_S)
        session = window.session
        assert session is not None, "the demo panel did not open"
        ready = wait_until(
            lambda: session.catalog is not None and session.balance is not None, TIMEOUT_S
        )
        assert ready
        assert session.catalog is not None
        assert session.balance is not None
        report("balance_start", session.balance.amount)
        service = session.catalog.by_id(SANDBOX_FIXED_SERVICES["Default"])
        assert service is not None
        checked = validate_order(service, {"link": link, "quantity": quantity})
        assert checked.params is not None, checked.errors
        assert checked.cost is not None, checked.errors
        outcome: list[Placement] = []
        session.sig_order_finished.connect(outcome.append)
        assert session.place(service, checked.params, checked.cost, checked.quantity)
        assert wait_until(lambda: bool(outcome), TIMEOUT_S), "no placement outcome"
        placement = outcome[0]
        report("placed", f"{placement.local_id} {placement.order_id}")
        store = window.ctx.store
        panel_id = session.panel.id
        deadline = time.monotonic() + TIMEOUT_S

        def final() -> bool:
            status = store.get_order(placement.local_id).status
            return status is not None and status.is_terminal

        while not final() and time.monotonic() < deadline:
            window.poller.refresh_now(panel_id)
            wait_until(final, 1.0)
        report("status", store.get_order(placement.local_id).status)
        report("balance_end", window.ctx.demo_panel().balance)
    except BaseException as exc:  # reported, and the process still quits cleanly
        report("error", f"{type(exc).__name__}: {exc}")
    finally:
        app.quit()


def main() -> int:
    data_dir, link, quantity = sys.argv[1:4]
    QApplication.instance() or QApplication([sys.argv[0]])
    QTimer.singleShot(0, lambda: drive(link, quantity))
    argv = [sys.argv[0], "--data-dir", data_dir, "--demo", "--demo-services", "600"]
    return app_module.main(argv)


if __name__ == "__main__":
    sys.exit(main())
