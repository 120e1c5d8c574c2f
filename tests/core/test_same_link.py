"""The same-link guard's core: one key for the spellings of one target (and different keys for
different targets), "same kind" by product, the open orders of every panel read from the store,
and a mass order's lines flagged among themselves and against open orders."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.catalog import Catalog
from smmdesk.core.massplan import parse_mass_order
from smmdesk.core.models import OrderState, OrderStatus, Service
from smmdesk.core.same_link import ActiveLinks, flag_mass_lines, link_key, product_of, same_kind
from smmdesk.core.store import LocalState, Store

# Each group: spellings of one target that must share a key.
SAME = [
    [
        "https://www.instagram.com/p/CxYz12AbC/",
        "http://instagram.com/p/CxYz12AbC",
        "instagram.com/p/CxYz12AbC/?igshid=MzRlODBiNWFlZA==",
        "https://www.instagram.com/p/CxYz12AbC/?utm_source=ig_web_copy_link&igsh=abc",
        "https://www.instagram.com/reel/CxYz12AbC/?igsh=MWQ1ZGUxMzBkMA==",
        "https://instagram.com/nike/p/CxYz12AbC#comments",
        "https://instagr.am/p/CxYz12AbC",
        "  https://www.instagram.com/p/CxYz12AbC/  ",
    ],
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ?si=8Gq2Hn3kLmN",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share",
        "https://www.youtube.com/watch?feature=youtu.be&v=dQw4w9WgXcQ&t=42s",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL123&index=3&pp=ygUE",
        "youtube.com/shorts/dQw4w9WgXcQ",
        "https://www.youtube.com/embed/dQw4w9WgXcQ",
    ],
    [
        "https://twitter.com/NASA/status/1790000000000000000",
        "https://x.com/NASA/status/1790000000000000000?s=20",
        "https://mobile.twitter.com/nasa/status/1790000000000000000?s=46&t=Abc_dEf",
        "https://www.x.com/nasa/status/1790000000000000000/",
    ],
    [
        "https://www.facebook.com/nike",
        "https://m.facebook.com/nike/?mibextid=ZbWKwL",
        "https://mbasic.facebook.com/nike",
        "https://web.facebook.com/nike".replace("web.", ""),
        "https://fb.com/nike?fbclid=IwAR0abc",
    ],
    [
        "https://www.tiktok.com/@charlidamelio/video/7312345678901234567",
        "https://www.tiktok.com/@charlidamelio/video/7312345678901234567?is_from_webapp=1"
        "&sender_device=pc&web_id=7300000000000000000",
        "https://m.tiktok.com/@charlidamelio/video/7312345678901234567/",
    ],
    ["https://t.me/durov", "https://telegram.me/durov", "t.me/s/durov", "https://t.me/durov/"],
    ["@Nike", "nike", "@nike", "NIKE"],
    [
        "https://example.com/shop/item?id=42",
        "http://www.example.com:80/shop/item/?id=42&utm_medium=x",
    ],
    [
        "https://www.facebook.com/permalink.php?story_fbid=123&id=456",
        "https://m.facebook.com/permalink.php?id=456&story_fbid=123&__tn__=K-R",
    ],
    [
        "https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPWqT?si=a1b2c3",
        "open.spotify.com/track/4cOdK2wGLETKBW3PvgPWqT",
    ],
]

# Pairs of different targets that must never share a key.
DIFFERENT = [
    ("https://instagram.com/p/CxYz12AbC", "https://instagram.com/p/CxYz12AbD"),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=9bZkp7q19f0"),
    ("https://youtu.be/dQw4w9WgXcQ", "https://youtu.be/9bZkp7q19f0"),
    ("https://twitter.com/nasa/status/1", "https://twitter.com/nasa/status/2"),
    ("https://twitter.com/nasa", "https://twitter.com/spacex"),
    ("https://instagram.com/nike", "https://instagram.com/adidas"),
    ("https://instagram.com/nike", "https://tiktok.com/@nike"),
    ("@nike", "https://instagram.com/nike"),  # a handle does not say which platform
    ("https://www.facebook.com/permalink.php?story_fbid=1&id=456",
     "https://www.facebook.com/permalink.php?story_fbid=2&id=456"),
    ("https://example.com/item?id=1", "https://example.com/item?id=2"),
    ("https://example.com/a", "https://example.org/a"),
    ("https://m.me/nike", "https://me.me/nike"),  # m.me is Messenger: not a mobile host
    ("https://t.me/durov", "https://t.me/durov/42"),
    ("https://www.tiktok.com/@a/video/1", "https://www.tiktok.com/@b/video/1"),
]  # fmt: skip


@pytest.mark.parametrize("group", SAME, ids=lambda g: link_key(g[0]))
def test_spellings_of_one_target_share_a_key(group: list[str]) -> None:
    keys = {link_key(link) for link in group}
    assert len(keys) == 1, keys
    assert all(keys)


def test_keys_of_the_groups_are_all_different() -> None:
    keys = [link_key(group[0]) for group in SAME]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_different_targets_never_share_a_key(first: str, second: str) -> None:
    assert link_key(first) != link_key(second)


def test_the_key_is_documented_by_examples() -> None:
    assert link_key("https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&t=42") == (
        "youtube.com/watch?v=dqw4w9wgxcq"
    )
    assert link_key("https://www.instagram.com/p/AbC123/?igshid=xyz") == "instagram.com/p/abc123"
    assert link_key("") == ""


def test_same_kind_when_products_match_or_either_is_unknown() -> None:
    assert same_kind("likes", "likes")
    assert not same_kind("likes", "followers")
    assert same_kind(None, "likes")
    assert same_kind("views", None)


def test_product_comes_from_the_service_name_and_category() -> None:
    likes = Service(1, "Instagram Likes [Real] [R30]", "Default", "Instagram", Decimal(1), 1, 9)
    followers = Service(2, "Followers HQ", "Default", "Instagram", Decimal(1), 1, 9)
    assert product_of(likes) == "likes"
    assert product_of(followers) == "followers"


# ---------------------------------------------------------------------------------------------
# The store's open orders, every panel at once


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "smmdesk.sqlite3") as opened:
        yield opened


def _place(
    store: Store, panel_id: int, link: str, name: str = "Instagram Likes", order_id: int = 1
) -> int:
    local_id = store.create_intent(
        panel_id=panel_id, service_id=1, service_name=name, service_type="Default",
        params={"link": link, "quantity": "100"}, cost=Decimal("1"), quantity=100,
    )  # fmt: skip
    store.mark_accepted(local_id, order_id)
    return local_id


def test_open_orders_are_placed_unfinished_sending_or_unknown_on_any_panel(store: Store) -> None:
    first = store.add_panel("Alpha", "https://alpha.example/api/v2")
    second = store.add_panel("Beta", "https://beta.example/api/v2")
    running = _place(store, first, "https://instagram.com/p/run", order_id=1)
    store.apply_status(first, OrderState(1, OrderStatus.IN_PROGRESS, "In progress"))
    done = _place(store, first, "https://instagram.com/p/done", order_id=2)
    store.apply_status(first, OrderState(2, OrderStatus.COMPLETED, "Completed"))
    fresh = _place(store, second, "https://instagram.com/p/fresh", order_id=1)  # no status yet
    sending = store.create_intent(
        panel_id=second, service_id=1, service_name="Likes", service_type="Default",
        params={"link": "https://instagram.com/p/sending"}, cost=None, quantity=None,
    )  # fmt: skip
    unknown = store.create_intent(
        panel_id=second, service_id=1, service_name="Likes", service_type="Default",
        params={"link": "https://instagram.com/p/unknown"}, cost=None, quantity=None,
    )  # fmt: skip
    store.mark_unknown(unknown, "timed out")
    rejected = store.create_intent(
        panel_id=second, service_id=1, service_name="Likes", service_type="Default",
        params={"link": "https://instagram.com/p/rejected"}, cost=None, quantity=None,
    )  # fmt: skip
    store.mark_rejected(rejected, "panel", "Not enough funds")

    found = {order.local_id: order for order in store.open_orders()}

    assert sorted(found) == sorted([running, fresh, sending, unknown])
    assert done not in found
    assert rejected not in found
    assert found[running].panel_name == "Alpha"
    assert found[running].panel_order_id == 1
    assert found[running].status is OrderStatus.IN_PROGRESS
    assert found[fresh].panel_name == "Beta"
    assert found[unknown].state is LocalState.UNKNOWN
    assert found[unknown].panel_order_id is None


def test_orders_of_a_removed_panel_are_not_open(store: Store) -> None:
    panel = store.add_panel("Gone", "https://gone.example/api/v2")
    _place(store, panel, "https://instagram.com/p/x")
    store.remove_panel(panel)
    assert store.open_orders() == []


def test_open_orders_are_read_through_the_partial_index(store: Store) -> None:
    from smmdesk.core.store.queries import OPEN_ORDERS_QUERY

    with closing(sqlite3.connect(store.path)) as conn:
        plan = " ".join(
            str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + OPEN_ORDERS_QUERY)
        )
    assert "COVERING INDEX orders_open" in plan
    assert "orders_by_state" not in plan


def test_open_orders_are_still_read_without_the_index(store: Store) -> None:
    panel = store.add_panel("Alpha", "https://alpha.example/api/v2")
    local_id = _place(store, panel, "https://instagram.com/p/x")
    store._conn().execute("DROP INDEX orders_open")  # e.g. a later version changed its terms
    assert [order.local_id for order in store.open_orders()] == [local_id]


def test_an_order_on_another_panel_is_found_by_its_other_spelling(store: Store) -> None:
    alpha = store.add_panel("Alpha", "https://alpha.example/api/v2")
    _place(store, alpha, "https://www.instagram.com/p/CxYz12/?igshid=abc", "IG Likes [HQ]", 7)
    active = ActiveLinks.load(store)

    found = active.matching("instagram.com/p/CxYz12", "likes")
    assert [(o.panel_name, o.panel_order_id) for o in found] == [("Alpha", 7)]
    assert active.matching("instagram.com/p/CxYz12", None), "unknown product: same kind"
    assert active.matching("instagram.com/p/CxYz12", "followers") == ()
    assert active.matching("instagram.com/p/Other", "likes") == ()


def test_an_order_with_an_unknown_product_matches_any_kind(store: Store) -> None:
    alpha = store.add_panel("Alpha", "https://alpha.example/api/v2")
    _place(store, alpha, "https://instagram.com/p/x", "Service ⭐ special", 3)
    assert ActiveLinks.load(store).matching("https://instagram.com/p/x", "followers")


# ---------------------------------------------------------------------------------------------
# Mass orders

CATALOG = Catalog(
    [
        Service(1, "Instagram Likes", "Default", "Instagram", Decimal("0.90"), 10, 10000),
        Service(2, "Instagram Likes [Real]", "Default", "Instagram", Decimal("1.90"), 10, 10000),
        Service(3, "Instagram Followers", "Default", "Instagram", Decimal("2.00"), 10, 10000),
    ]
)


def test_mass_lines_repeating_a_link_or_an_open_order_are_flagged(store: Store) -> None:
    alpha = store.add_panel("Alpha", "https://alpha.example/api/v2")
    _place(store, alpha, "https://instagram.com/p/busy", "Instagram Likes", 9)
    text = "\n".join(
        [
            "1 | https://instagram.com/p/one | 100",  # 1: first on its link
            "2 | https://www.instagram.com/p/one/ | 100",  # 2: repeats line 1 (likes)
            "3 | https://instagram.com/p/one | 100",  # 3: followers: another kind
            "1 | https://instagram.com/p/busy?igsh=x | 100",  # 4: an open order has it
            "3 | https://instagram.com/p/busy | 100",  # 5: followers: not the open likes
            "1 | https://instagram.com/p/two | 100",  # 6: alone
        ]
    )
    plan = parse_mass_order(text, CATALOG)
    assert all(line.ok for line in plan.lines)

    flags = flag_mass_lines(plan, ActiveLinks.load(store))

    assert sorted(flags) == [2, 4]
    assert flags[2].same_lines == (1,)
    assert flags[2].orders == ()
    assert flags[4].same_lines == ()
    assert [o.panel_order_id for o in flags[4].orders] == [9]


def test_more_spellings_of_one_target_and_two_playlists_kept_apart() -> None:
    from smmdesk.core.same_link import link_key

    assert link_key("https://music.youtube.com/watch?v=abc123XYZ") == link_key(
        "https://www.youtube.com/watch?v=abc123XYZ"
    )
    assert link_key("https://old.reddit.com/r/python/comments/1abc/x/") == link_key(
        "https://www.reddit.com/r/python/comments/1abc/x"
    )
    assert link_key("https://www.threads.net/@nasa/post/C1xyz?xmt=AQGz") == link_key(
        "https://threads.net/@nasa/post/C1xyz"
    )
    assert link_key("https://www.youtube.com/playlist?list=PLaaa") != link_key(
        "https://www.youtube.com/playlist?list=PLbbb"
    )
