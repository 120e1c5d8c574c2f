"""``python -m smmdesk.sandbox``: run the demo panel in the foreground until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import FrameType

from .demo import DEMO_EXTRA_PANELS
from .server import SandboxPanel


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m smmdesk.sandbox",
        description="Run the SMMDesk sandbox panel (API v2 on loopback) until Ctrl+C.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    parser.add_argument("--services", type=int, default=4000, help="catalogue size")
    parser.add_argument("--seed", type=int, default=1, help="catalogue and fault seed")
    parser.add_argument("--key", default="demo-key", help="the API key the panel accepts")
    parser.add_argument(
        "--speed",
        type=float,
        default=60.0,
        help="sandbox seconds per real second (0 freezes order progress)",
    )
    parser.add_argument("--balance", type=_decimal, default=Decimal("1000"))
    parser.add_argument("--currency", default="USD")
    parser.add_argument(
        "--hostile",
        action="store_true",
        help="serve hostile services first (markup, bidi overrides, a 10,000-character name)",
    )
    parser.add_argument(
        "--state",
        type=Path,
        metavar="FILE",
        help="keep orders, balance and ids in FILE across restarts (default: in memory only)",
    )
    parser.add_argument(
        "--demo-panels",
        action="store_true",
        help="also serve the demo's extra panels at /demo2/api/v2 and /demo3/api/v2",
    )
    args = parser.parse_args(argv)

    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    try:
        panel = SandboxPanel(
            services=args.services,
            seed=args.seed,
            balance=args.balance,
            api_key=args.key,
            currency=args.currency,
            speed=args.speed,
            host=args.host,
            port=args.port,
            hostile=args.hostile,
            state_file=args.state,
        )
        extras = [
            panel.add_panel(
                extra.name,
                extra.api_key,
                seed=extra.seed,
                price_factor=extra.price_factor,
                decorate=extra.decorate,
                balance=extra.balance,
                currency=extra.currency,
            )
            for extra in (DEMO_EXTRA_PANELS if args.demo_panels else ())
        ]
        panel.start()
    except (OSError, ValueError) as exc:
        print(f"sandbox: cannot start: {exc}", file=sys.stderr)
        return 1
    print(f"Sandbox panel URL: {panel.url}", flush=True)
    print(f"API key: {panel.api_key}", flush=True)
    for extra in extras:
        print(f"Also: {extra.url} with key {extra.api_key} ({extra.currency})", flush=True)
    if panel.state_file is not None:
        print(f"State file: {panel.state_file}", flush=True)
    if panel.moved_aside is not None:
        print(f"The unusable state file was kept as {panel.moved_aside}", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        panel.stop()
    print("Sandbox panel stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
