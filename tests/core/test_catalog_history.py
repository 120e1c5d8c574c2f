"""The catalogue history: change sets between refreshes, what is an id reused for another
service, storage of change sets against the cached baseline, and the questions asked of it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.catalog_history import (
    record_refresh,
    reuse_since_last_order,
    watch_alert,
    watched_services,
)
from smmdesk.core.changes import ChangeKind, diff_services, looks_reused, parse_limits
from smmdesk.core.models import Service
from smmdesk.core.parse_services import parse_catalogue
from smmdesk.core.store import Store


def svc(
    sid: int,
    name: str,
    rate: str = "1.00",
    *,
    category: str = "Instagram Followers",
    type_: str = "Default",
    low: int = 10,
    high: int = 1000,
) -> Service:
    return Service(sid, name, type_, category, Decimal(rate), low, high)


def raw_of(services: list[Service]) -> bytes:
    return json.dumps(
        [
            {
                "service": s.id,
                "name": s.name,
                "type": s.type,
                "category": s.category,
                "rate": str(s.rate),
                "min": s.min,
                "max": s.max,
            }
            for s in services
        ]
    ).encode()


BASE = [
    svc(1, "Instagram Followers [Real] [Refill 30D]", "2.00"),
    svc(2, "Instagram Likes HQ", "0.50", category="Instagram Likes"),
    svc(3, "YouTube Views Fast", "1.10", category="YouTube Views"),
    svc(4, "TikTok Followers", "3.00", category="TikTok"),
    svc(5, "Telegram Members", "0.90", category="Telegram"),
    svc(6, "Twitter Likes", "0.70", category="Twitter"),
]


def kinds_by_id(changes: tuple) -> dict[int, set[ChangeKind]]:
    found: dict[int, set[ChangeKind]] = {}
    for change in changes:
        found.setdefault(change.service_id, set()).add(change.kind)
    return found


def test_every_kind_of_change_is_named_with_its_old_and_new_values() -> None:
    new = [
        svc(1, "Instagram Followers [Real] [Refill 30D]", "2.40"),  # rate up
        svc(2, "Instagram Likes HQ", "0.45", category="Instagram Likes"),  # rate down
        svc(3, "YouTube Views Fast", "1.10", category="YouTube Views", low=100, high=5000),
        svc(4, "TikTok Followers ⚡ Instant", "3.00", category="TikTok"),  # renamed
        svc(5, "Telegram Members", "0.90", category="Telegram", type_="Package"),
        # 6 removed; 7 added
        svc(7, "Spotify Plays", "0.20", category="Spotify"),
    ]
    changes = diff_services(BASE, new)
    assert kinds_by_id(changes) == {
        1: {ChangeKind.RATE_UP},
        2: {ChangeKind.RATE_DOWN},
        3: {ChangeKind.LIMITS_CHANGED},
        4: {ChangeKind.RENAMED},
        5: {ChangeKind.TYPE_CHANGED},
        6: {ChangeKind.REMOVED},
        7: {ChangeKind.ADDED},
    }
    by_id = {c.service_id: c for c in changes}
    assert (by_id[1].old_rate, by_id[1].new_rate) == (Decimal("2.00"), Decimal("2.40"))
    assert (by_id[2].old, by_id[2].new) == ("0.50", "0.45")
    assert parse_limits(by_id[3].old) == (10, 1000)
    assert parse_limits(by_id[3].new) == (100, 5000)
    assert (by_id[4].old, by_id[4].new) == ("TikTok Followers", "TikTok Followers ⚡ Instant")
    assert (by_id[5].old, by_id[5].new) == ("Default", "Package")
    assert (by_id[6].name, by_id[6].old_rate, by_id[6].new) == (
        "Twitter Likes",
        Decimal("0.70"),
        None,
    )
    assert (by_id[7].name, by_id[7].new_rate) == ("Spotify Plays", Decimal("0.20"))


def test_one_service_can_change_in_several_ways_at_once() -> None:
    new = [svc(1, "Instagram Followers [Real] [Refill 60D]", "1.50", low=50, high=1000)]
    assert kinds_by_id(diff_services(BASE[:1], new)) == {
        1: {ChangeKind.RATE_DOWN, ChangeKind.LIMITS_CHANGED, ChangeKind.RENAMED}
    }


def test_an_unchanged_catalogue_has_no_changes() -> None:
    assert diff_services(BASE, list(reversed(BASE))) == ()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # another platform under the same id
        (svc(1, "Instagram Followers HQ"), svc(1, "TikTok Followers HQ", category="TikTok")),
        # another product, same platform, same category
        (svc(1, "Instagram Followers [Refill 30D]"), svc(1, "Instagram Likes [Refill 30D]")),
        # Arabic names: followers became views
        (svc(1, "متابعين انستقرام"), svc(1, "مشاهدات انستقرام")),
        # nothing telling in either name, and nothing in common, in another category
        (svc(1, "Server 4 ⚡", category="Misc A"), svc(1, "Premium package", category="Misc B")),
    ],
)
def test_another_service_under_an_old_id_is_an_id_reused(old: Service, new: Service) -> None:
    assert looks_reused(old, new)
    (change,) = diff_services([old], [new])
    assert change.kind is ChangeKind.ID_REUSED
    assert (change.old, change.new) == (old.name, new.name)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a rename that keeps platform and product
        (svc(1, "Instagram Followers [Real]"), svc(1, "IG Followers 🔥 Real - Refill 30 days")),
        (svc(1, "Instagram Followers"), svc(1, "ɪɴꜱᴛᴀɢʀᴀᴍ ꜰᴏʟʟᴏᴡᴇʀꜱ")),
        # the names say nothing the classifier reads, in the same category: a rename
        (svc(1, "Server 4", category="Misc"), svc(1, "Fast server", category="Misc")),
        # only the category moved
        (svc(1, "Instagram Likes"), svc(1, "Instagram Likes", category="Instagram - Likes")),
    ],
)
def test_a_rename_is_not_an_id_reused(old: Service, new: Service) -> None:
    assert not looks_reused(old, new)
    assert all(c.kind is not ChangeKind.ID_REUSED for c in diff_services([old], [new]))


# -- stored against the cached baseline ------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "smmdesk.db") as opened:
        yield opened


def refresh(store: Store, panel_id: int, services: list[Service], at: datetime) -> tuple:
    raw = raw_of(services)
    return record_refresh(store, panel_id, raw, parse_catalogue(raw), at=at)


T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def test_first_refresh_is_the_baseline_and_later_ones_store_only_changes(store: Store) -> None:
    panel = store.add_panel("P", "https://p.example/api/v2")
    assert refresh(store, panel, BASE, T0) == ()
    assert store.catalog_changes() == []
    assert store.load_catalog(panel) is not None
    # the same list again: nothing
    assert refresh(store, panel, BASE, T0 + timedelta(days=1)) == ()
    changed = [svc(1, BASE[0].name, "2.50"), *BASE[1:5]]
    recorded = refresh(store, panel, changed, T0 + timedelta(days=2))
    assert {(c.service_id, c.kind) for c in recorded} == {
        (1, ChangeKind.RATE_UP),
        (6, ChangeKind.REMOVED),
    }
    stored = store.catalog_changes()
    assert {(r.panel_id, r.at, r.change) for r in stored} == {
        (panel, T0 + timedelta(days=2), c) for c in recorded
    }
    # the next refresh compares with the catalogue just stored, not the first one
    recorded = refresh(store, panel, [svc(1, BASE[0].name, "2.50"), *BASE[1:6]], T0 + timedelta(3))
    assert [(c.service_id, c.kind) for c in recorded] == [(6, ChangeKind.ADDED)]


def test_changes_are_filtered_by_panel_date_kind_and_favourites(store: Store) -> None:
    first = store.add_panel("One", "https://one.example/api/v2")
    second = store.add_panel("Two", "https://two.example/api/v2")
    for panel in (first, second):
        refresh(store, panel, BASE, T0)
    refresh(store, first, [svc(1, BASE[0].name, "9"), *BASE[1:]], T0 + timedelta(days=1))
    refresh(store, second, BASE[1:], T0 + timedelta(days=2))
    store.set_favourite(second, 1, True)

    def ids(**filters: object) -> list[tuple[int, int, ChangeKind]]:
        return [
            (r.panel_id, r.change.service_id, r.change.kind)
            for r in store.catalog_changes(**filters)  # type: ignore[arg-type]
        ]

    assert ids() == [(second, 1, ChangeKind.REMOVED), (first, 1, ChangeKind.RATE_UP)]
    assert ids(panel_id=first) == [(first, 1, ChangeKind.RATE_UP)]
    assert ids(since=T0 + timedelta(days=2)) == [(second, 1, ChangeKind.REMOVED)]
    assert ids(until=T0 + timedelta(days=2)) == [(first, 1, ChangeKind.RATE_UP)]
    assert ids(kinds={ChangeKind.RATE_UP}) == [(first, 1, ChangeKind.RATE_UP)]
    assert ids(kinds=set()) == []
    assert ids(favourites_only=True) == [(second, 1, ChangeKind.REMOVED)]
    assert ids(limit=1) == [(second, 1, ChangeKind.REMOVED)]  # the newest
    store.remove_panel(second)  # a hidden panel's history is not shown
    assert ids() == [(first, 1, ChangeKind.RATE_UP)]


def test_watched_services_are_favourites_and_recent_orders(store: Store) -> None:
    panel = store.add_panel("P", "https://p.example/api/v2")
    store.set_favourite(panel, 2, True)
    _ordered(store, panel, BASE[2])
    watched = watched_services(store, panel, datetime.now(UTC))
    assert watched == {2, 3}
    changes = diff_services(
        BASE,
        [
            svc(1, BASE[0].name, "9"),
            svc(2, BASE[1].name, "9", category="Instagram Likes"),
            svc(3, "Twitch Followers", category="Twitch"),
        ],
    )
    alert = watch_alert(changes, watched)
    assert [c.service_id for c in alert.rate_rises] == [2]
    assert sorted(c.service_id for c in alert.gone) == [3]  # id reused; 4-6 are not watched
    assert not watch_alert(changes, {1000})


def _ordered(store: Store, panel: int, service: Service) -> None:
    local_id = store.create_intent(
        panel_id=panel,
        service_id=service.id,
        service_name=service.name,
        service_type=service.type,
        params={"link": "x", "quantity": "100"},
        cost=Decimal("1"),
        quantity=100,
    )
    store.mark_accepted(local_id, 10 + local_id)


def test_reuse_is_warned_about_only_since_the_last_order(store: Store) -> None:
    panel = store.add_panel("P", "https://p.example/api/v2")
    now = datetime.now(UTC)
    refresh(store, panel, BASE, now - timedelta(days=3))
    reused = svc(2, "TikTok Views", "0.10", category="TikTok")
    # never ordered: nothing to mistake it for
    assert reuse_since_last_order(store, panel, BASE[1]) is None
    _ordered(store, panel, BASE[1])
    assert reuse_since_last_order(store, panel, BASE[1]) is None
    later = datetime.now(UTC) + timedelta(seconds=1)
    refresh(store, panel, [*BASE[:1], reused, *BASE[2:]], later)
    warning = reuse_since_last_order(store, panel, reused)
    assert warning is not None
    assert (warning.ordered_name, warning.changed_at) == (BASE[1].name, later)
    # ordered again under its new meaning: no more warning
    _ordered(store, panel, reused)
    assert reuse_since_last_order(store, panel, reused) is None


def test_an_id_that_vanished_and_came_back_as_another_service_is_warned_about(
    store: Store,
) -> None:
    panel = store.add_panel("P", "https://p.example/api/v2")
    refresh(store, panel, BASE, datetime.now(UTC) - timedelta(days=3))
    _ordered(store, panel, BASE[0])
    soon = datetime.now(UTC) + timedelta(seconds=1)
    refresh(store, panel, BASE[1:], soon)
    back = svc(1, "YouTube Likes", category="YouTube")
    refresh(store, panel, [back, *BASE[1:]], soon + timedelta(days=1))
    assert reuse_since_last_order(store, panel, back) is not None
    # back as the same service, only renamed: no warning
    same = svc(1, "Instagram Followers Real", category="Instagram Followers")
    assert reuse_since_last_order(store, panel, same) is None


def test_a_refresh_saved_meanwhile_is_what_the_next_one_is_compared_with(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Comparing happens before the write lock: a catalogue another refresh saved in between
    is noticed under the lock and compared with instead."""
    from smmdesk.core import catalog_history

    panel = store.add_panel("P", "https://p.example/api/v2")
    refresh(store, panel, BASE, T0)
    meanwhile = [svc(1, BASE[0].name, "5.00"), *BASE[1:]]
    compare = catalog_history._changes_since
    calls: list[int] = []

    def racing(*args: object) -> tuple:
        if not calls:
            store.save_catalog(panel, raw_of(meanwhile))
        calls.append(1)
        return compare(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(catalog_history, "_changes_since", racing)
    newest = [svc(1, BASE[0].name, "6.00"), *BASE[1:]]
    recorded = refresh(store, panel, newest, T0 + timedelta(days=1))
    assert len(calls) == 2
    assert [(c.kind, c.old, c.new) for c in recorded] == [(ChangeKind.RATE_UP, "5.00", "6.00")]


def test_a_mostly_unusable_list_never_replaces_a_saved_one(tmp_path: Path) -> None:
    """98 of 100 rates garbled: with a saved catalogue the list is refused (nothing stored,
    no "removed" flood); a panel's first list still shows the 2 usable services."""
    import json as _json

    from smmdesk.core.parse_services import CatalogueProblem, UnusableCatalogue, parse_catalogue

    def entry(n: int, rate: str) -> dict[str, object]:
        return {"service": n, "name": f"Instagram Likes {n}", "type": "Default",
                "category": "IG", "rate": rate, "min": "10", "max": "1000"}  # fmt: skip

    good = _json.dumps([entry(n, "1.20") for n in range(1, 101)]).encode()
    bad = _json.dumps([entry(n, "1.20" if n <= 2 else "$1.20") for n in range(1, 101)]).encode()
    assert len(parse_catalogue(bad)) == 2  # nothing saved: the usable part is better than none
    with pytest.raises(UnusableCatalogue) as refused:
        parse_catalogue(bad, saved=True)
    assert refused.value.problem is CatalogueProblem.MOSTLY_UNUSABLE
    assert refused.value.entries == 100
    assert len(parse_catalogue(good, saved=True)) == 100
