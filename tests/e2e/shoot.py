"""Drives the real app in a real window (run under Xvfb with QT_QPA_PLATFORM=xcb) and saves PNGs.

Usage: python tests/e2e/shoot.py OUT_DIR DATA_DIR LANGUAGE THEME   (e.g. ar dark)
Prints one line per screenshot, ``shot <name> <width>x<height>``, and ``platform <name>``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from smmdesk.core import paths
from smmdesk.gui.app import build_context
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.widgets import dialogs, theme
from smmdesk.gui.wording import i18n
from smmdesk.sandbox.catalog import SANDBOX_FIXED_SERVICES

FORMS = ("Default dripfeed", "Custom Comments", "Subscriptions", "Poll", "Mentions User Followers")


def wait_for(
    app: QApplication, condition: Callable[[], bool], timeout: float = 20.0, what: str = ""
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what or 'the window'}")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(app: QApplication, window: MainWindow, out: Path, name: str) -> None:
    settle(app)
    screen = window.screen()
    image = screen.grabWindow(window.winId())
    image.save(str(out / f"{name}.png"))
    print(f"shot {name} {image.width()}x{image.height()}", flush=True)


def place_demo_orders(app: QApplication, window: MainWindow, out: Path, suffix: str) -> None:
    """Three orders through the real form (the first confirmation is saved as a picture);
    then the demo panel delivers two of them."""
    dialogs.confirm = lambda *args, **kwargs: True  # the user says yes to every confirmation
    shots: list[str] = []

    def ask(dialog: QDialog) -> bool:
        if not shots:
            dialog.show()
            settle(app)
            shots.append(f"confirm{suffix}")
            dialog.grab().save(str(out / f"{shots[-1]}.png"))
            print(f"shot {shots[-1]} {dialog.width()}x{dialog.height()}", flush=True)
        dialog.accept()
        return True

    dialogs.ask = ask
    form = window.order_form
    window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
    for i, link in enumerate(("instagram.com/p/first", "instagram.com/p/partial", "t.me/slow")):
        form.field_widgets["link"].setText(link)
        form.field_widgets["quantity"].setText(str(500 * (i + 1)))
        form.revalidate()
        wait_for(app, form.place_button.isEnabled, what=f"the form to accept order {i}")
        form.place()
        wait_for(app, lambda: not form.in_flight, what=f"order {i} to be placed")
    assert window.session is not None
    window.ctx.demo_panel().advance(24 * 3600)
    window.poller.refresh_now()
    store = window.ctx.store
    wait_for(app, lambda: store.count_orders(active_only=True) <= 1, what="the poller")
    settle(app, 1.0)


def export_orders(app: QApplication, window: MainWindow, data: Path) -> None:
    """Export the orders view to a CSV (the save dialog answered with a path): the banner
    that says where the file went is what the picture shows."""
    dialogs.save_file = lambda *args, **kwargs: str(data / "orders.csv")
    window.orders_pane.order_actions.export_view()
    wait_for(app, window.orders_pane.banner.isVisible, what="the export banner")
    print(f"exported {(data / 'orders.csv').stat().st_size} bytes", flush=True)


def main() -> int:
    out, data, language, theme_choice = Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:5]
    suffix = f"-{language}-{theme_choice}"
    out.mkdir(parents=True, exist_ok=True)
    paths.set_data_dir(data)
    app = QApplication([sys.argv[0]])
    i18n.install_translators(app, language)
    theme.manager().apply(theme_choice)
    print(f"platform {app.platformName()}", flush=True)
    print(f"direction {app.layoutDirection().name}", flush=True)
    ctx = build_context(data, demo_services=4000)
    window = MainWindow(ctx)  # it sizes itself to the screen, as for a new user
    window.show()
    window.start(demo_if_new=False)
    shoot(app, window, out, f"welcome{suffix}")

    try:
        window.open_demo()
        wait_for(
            app,
            lambda: (
                window.session is not None
                and window.session.catalog is not None
                and window.session.balance is not None
            ),
        )
        window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES["Default"])
        shoot(app, window, out, f"main-demo{suffix}")
        for form in FORMS:
            window.catalog_pane.select_service(SANDBOX_FIXED_SERVICES[form])
            shoot(app, window, out, "form-" + form.lower().replace(" ", "-") + suffix)
        place_demo_orders(app, window, out, suffix)
        shoot(app, window, out, f"orders{suffix}")
        export_orders(app, window, data)
        shoot(app, window, out, f"export{suffix}")
        window.catalog_pane.search_edit.setText("تيك توك")
        window.catalog_pane.apply_search_now()
        shoot(app, window, out, f"search-arabic{suffix}")
    finally:
        window.close()
        window.shutdown()
        ctx.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
