"""The catalogue history over loopback: a sandbox panel changes its catalogue between two
refreshes the client fetches over HTTP, and every kind of change is recorded, id reuse too."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from smmdesk.core.catalog_history import record_refresh, reuse_since_last_order
from smmdesk.core.changes import ChangeKind, parse_limits
from smmdesk.core.client import PanelClient
from smmdesk.core.parse_services import parse_catalogue
from smmdesk.core.store import Store
from smmdesk.sandbox import SandboxPanel


@pytest.fixture
def panel() -> Iterator[SandboxPanel]:
    with SandboxPanel(services=300, seed=5, speed=0.0) as started:
        yield started


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "smmdesk.db") as opened:
        yield opened


def refresh(client: PanelClient, store: Store, panel_id: int, at: datetime) -> tuple:
    raw = client.services_raw()
    return record_refresh(store, panel_id, raw, parse_catalogue(raw), at=at)


def edit(services: list[dict[str, Any]], sid: int, **fields: Any) -> None:
    for entry in services:
        if int(entry["service"]) == sid:
            entry.update(fields)
            return
    raise AssertionError(f"no service {sid}")


def test_each_kind_of_change_between_two_refreshes_is_recorded(
    panel: SandboxPanel, store: Store
) -> None:
    panel_id = store.add_panel("Sandbox", panel.url)
    t0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    with PanelClient(panel.url, panel.api_key, sleep=lambda _: None, rng=random.Random(1)) as c:
        assert refresh(c, store, panel_id, t0) == ()  # the first refresh is the baseline

        services = panel.services
        edit(services, 1, rate="1.35")  # 0.90 -> 1.35
        edit(services, 4, rate="9.00")  # 12.00 -> 9.00
        edit(services, 12, min=50, max=9000)
        edit(services, 14, name="Poll votes ⚡ fast")
        edit(services, 15, type="Default")
        # id 17 now sells something else: another platform and product under the same id
        edit(services, 17, name="TikTok Views [Instant]", category="TikTok - Views")
        services = [s for s in services if int(s["service"]) != 13]  # removed
        added = dict(services[0], service=99_001, name="Spotify Plays USA", category="Spotify")
        panel.set_services([*services, added])

        recorded = refresh(c, store, panel_id, t0 + timedelta(days=1))
        assert refresh(c, store, panel_id, t0 + timedelta(days=2)) == ()  # nothing changed since

    found = {(ch.service_id, ch.kind): ch for ch in recorded}
    assert set(found) == {
        (1, ChangeKind.RATE_UP),
        (4, ChangeKind.RATE_DOWN),
        (12, ChangeKind.LIMITS_CHANGED),
        (14, ChangeKind.RENAMED),
        (15, ChangeKind.TYPE_CHANGED),
        (17, ChangeKind.ID_REUSED),
        (13, ChangeKind.REMOVED),
        (99_001, ChangeKind.ADDED),
    }
    assert found[1, ChangeKind.RATE_UP].new_rate == Decimal("1.35")
    assert parse_limits(found[12, ChangeKind.LIMITS_CHANGED].new) == (50, 9000)
    assert found[17, ChangeKind.ID_REUSED].new == "TikTok Views [Instant]"
    stored = store.catalog_changes(panel_id=panel_id)
    assert {(r.change.service_id, r.change.kind) for r in stored} == set(found)
    assert {r.at for r in stored} == {t0 + timedelta(days=1)}


def test_an_order_on_a_service_whose_id_was_reused_since_is_warned_about(
    panel: SandboxPanel, store: Store
) -> None:
    panel_id = store.add_panel("Sandbox", panel.url)
    with PanelClient(panel.url, panel.api_key, sleep=lambda _: None, rng=random.Random(1)) as c:
        refresh(c, store, panel_id, datetime.now(UTC) - timedelta(days=1))
        ordered = next(s for s in parse_catalogue(c.services_raw()) if s.id == 17)
        local_id = store.create_intent(
            panel_id=panel_id,
            service_id=17,
            service_name=ordered.name,
            service_type=ordered.type,
            params={"link": "https://t.me/x", "quantity": "100"},
            cost=Decimal("0.11"),
            quantity=100,
        )
        store.mark_accepted(local_id, 5)
        services = panel.services
        edit(services, 17, name="TikTok Views [Instant]", category="TikTok - Views")
        panel.set_services(services)
        refresh(c, store, panel_id, datetime.now(UTC) + timedelta(seconds=1))
        now_17 = next(s for s in parse_catalogue(c.services_raw()) if s.id == 17)
    warning = reuse_since_last_order(store, panel_id, now_17)
    assert warning is not None
    assert warning.ordered_name == ordered.name
