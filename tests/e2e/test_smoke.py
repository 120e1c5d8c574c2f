"""``python main.py --smoke-test`` from source: the same check CI runs on the frozen bundle.

It opens the real main window offscreen on the demo panel and places one order over loopback;
the report must say so, the order must be in the local history, and a smoke test that meets
a broken environment (here: no secure keyring) must fail instead of pretending.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import smmdesk
from smmdesk.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def run_smoke(
    data_dir: Path, env_extra: dict[str, str] | None = None, wrapper: list[str] | None = None
) -> tuple[int, dict[str, str], str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    for key in ("SMMDESK_SMOKE_KEYRING_ROUNDTRIP", "SMMDESK_SMOKE_SCREENSHOT", "SMMDESK_DATA_DIR"):
        env.pop(key, None)
    env.update(env_extra or {})
    cmd = [sys.executable, str(ROOT / "main.py"), "--smoke-test", "--data-dir", str(data_dir)]
    proc = subprocess.run(
        [*(wrapper or []), *cmd], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    report = {}
    for line in proc.stdout.splitlines():
        key, sep, value = line.partition(": ")
        if sep:
            report[key] = value
    return proc.returncode, report, proc.stdout + proc.stderr


def test_smoke_test_places_a_demo_order_and_reports_the_bundle_essentials(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    code, report, output = run_smoke(tmp_path / "data", {"SMMDESK_SMOKE_SCREENSHOT": str(shot)})

    assert code == 0, output
    assert report["result"] == "ok", output
    assert report["version"] == smmdesk.__version__
    assert report["frozen"] == "no"
    assert report["qt_platform"] == "offscreen"
    assert report["window_shown"] == "yes"
    assert int(report["catalogue_services"]) >= 23  # at least the sandbox's fixed services
    assert report["order_state"] == "ACCEPTED"
    assert int(report["tls_ca_certificates"]) > 50
    assert report["keyring_backend"]
    assert "QThread: Destroyed" not in output

    # the order went through the app's store: it is in the local history with the panel's id
    store = Store.open(tmp_path / "data" / "smmdesk.sqlite3")
    try:
        (demo,) = [p for p in store.list_panels() if p.url == "demo://sandbox"]
        order = store.find_order(demo.id, int(report["order_id"]))
        assert order is not None
        assert order.link == "https://example.com/smmdesk-smoke-test"
    finally:
        store.close()

    # the balance the status bar shows went down by the order's cost
    before, after = report["balance"].split()[0], report["balance_after"].split()[0]
    cost = report["order_cost"].split()[0]
    assert Decimal(before) - Decimal(after) == Decimal(cost)

    image = QImage(str(shot))
    assert not image.isNull()
    # the whole window: it fits the screen it opens on (offscreen's own screen is 800x600)
    assert image.width() >= 640
    assert image.height() >= 450


def test_smoke_test_fails_when_asked_for_a_keyring_round_trip_without_a_secure_keyring(
    tmp_path: Path,
) -> None:
    code, report, output = run_smoke(
        tmp_path / "data",
        {
            "SMMDESK_SMOKE_KEYRING_ROUNDTRIP": "1",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
    )

    assert code == 1, output
    assert report["keyring_secure"] == "no"
    assert report["keyring_roundtrip"].startswith("failed")
    assert report["result"].startswith("FAILED")
    assert report["order_state"] == "ACCEPTED"  # the rest still ran and was reported


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Secret Service is Linux's keyring"
)
def test_smoke_test_round_trips_a_key_through_gnome_keyring(tmp_path: Path) -> None:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing (bash packaging/bootstrap.sh test installs it)")
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, mode=0o700)
    # a throwaway login keyring in a private HOME, unlocked with a known password
    wrapper = [
        "dbus-run-session",
        "--",
        "sh",
        "-c",
        'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"',
        "sh",
    ]
    code, report, output = run_smoke(
        tmp_path / "data",
        {
            "SMMDESK_SMOKE_KEYRING_ROUNDTRIP": "1",
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_RUNTIME_DIR": str(home / "run"),
        },
        wrapper,
    )

    assert code == 0, output
    assert "SecretService" in report["keyring_backend"]
    assert report["keyring_secure"] == "yes"
    assert report["keyring_roundtrip"] == "ok"
