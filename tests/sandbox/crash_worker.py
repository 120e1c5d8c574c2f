"""Crash-test worker: starts like the app (recovering interrupted sends), then places orders in a
loop against a sandbox panel until the test kills it with SIGKILL.

Protocol on stdout, one flushed line per event:
``intent <local_id> <link>`` once the intent is committed, before the request leaves;
``outcome <local_id> <STATE> <order_id|->`` once the outcome is recorded.
The API key comes from the environment (``SMMDESK_CRASH_KEY``), never the command line.
"""

from __future__ import annotations

import argparse
import os
import sys
from decimal import Decimal

from smmdesk.core.client import PanelClient
from smmdesk.core.models import Service, cost_of
from smmdesk.core.ordering import place_order, recover_at_startup
from smmdesk.core.store import Store

KEY_ENV = "SMMDESK_CRASH_KEY"
# The sandbox's fixed "Default" service (id 1, rate 0.90, min 50).
SERVICE = Service(1, "Default", "Default", "Sandbox", Decimal("0.90"), 50, 10000)
QUANTITY = 100


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--panel-id", type=int, required=True)
    parser.add_argument("--run", type=int, required=True)
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args(argv)

    store = Store.open(args.db)
    recover_at_startup(store)
    client = PanelClient(args.url, os.environ[KEY_ENV])
    for i in range(args.count):
        link = f"https://example.com/crash/{args.run}/{i}"

        def announce(local_id: int, link: str = link) -> None:
            print(f"intent {local_id} {link}", flush=True)

        result = place_order(
            store,
            client,
            args.panel_id,
            SERVICE,
            {"link": link, "quantity": str(QUANTITY)},
            cost=cost_of(SERVICE.rate, QUANTITY),
            quantity=QUANTITY,
            on_intent=announce,
        )
        order_id = "-" if result.order_id is None else str(result.order_id)
        print(f"outcome {result.local_id} {result.state.value} {order_id}", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
