"""The order-type table matches the panel reference: parameter names, optional fields, spellings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smmdesk.core.models import Service
from smmdesk.core.ordertypes import (
    DELAY_CHOICES,
    GENERIC,
    ORDER_TYPES,
    FieldKind,
    canonical_type_key,
    fields_for,
    spec_for,
)

# The service types of API v2 and the add parameters each takes:
# the panel's type name -> the `add` params besides `service`; a trailing "?" marks optional.
REFERENCE = {
    "Default": "link quantity runs? interval?",
    "Package": "link",
    "Custom Comments": "link comments",
    "Custom Comments Package": "link comments",
    "Mentions": "link quantity usernames",
    "Mentions with Hashtags": "link quantity usernames hashtags",
    "Mentions Custom List": "link usernames",
    "Mentions Hashtag": "link quantity hashtag",
    "Mentions User Followers": "link quantity username",
    "Mentions Media Likers": "link quantity media",
    "Comment Likes": "link quantity username",
    "Comment Replies": "link username comments",
    "Poll": "link quantity answer_number",
    "SEO": "link quantity keywords",
    "Invites from Groups": "link quantity groups",
    "Subscriptions": "username min max posts? old_posts? delay expiry?",
}


def service(type_name: str, *, dripfeed: bool = False) -> Service:
    return Service(1, "x", type_name, "c", Decimal("1"), 10, 1000, dripfeed=dripfeed)


@pytest.mark.parametrize(("type_name", "expected"), REFERENCE.items())
def test_every_reference_type_has_exactly_its_add_parameters(type_name: str, expected: str) -> None:
    spec = spec_for(type_name)
    assert spec is not GENERIC
    assert spec.title == type_name
    names = [f.name for f in spec.fields]
    assert names == [p.rstrip("?") for p in expected.split()]
    optional = {p.rstrip("?") for p in expected.split() if p.endswith("?")}
    assert {f.name for f in spec.fields if not f.required} == optional


def test_the_table_holds_every_reference_type_plus_the_generic_fallback() -> None:
    assert {spec.title for spec in ORDER_TYPES.values()} == set(REFERENCE) | {GENERIC.title}
    assert [f.name for f in GENERIC.fields] == ["link", "quantity"]
    assert all(key == spec.key for key, spec in ORDER_TYPES.items())


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("default", "default"),
        ("DEFAULT", "default"),
        (" Default ", "default"),
        ("Mentions Users Followers", "mentions_user_followers"),
        ("mentions_user_followers", "mentions_user_followers"),
        ("Invites From Groups", "invites_from_groups"),
        ("invites-from-groups", "invites_from_groups"),
        ("SEO2", "seo"),
        ("seo", "seo"),
        ("Custom Comments Package", "custom_comments_package"),
        ("custom comments", "custom_comments"),
        ("Mentions with Hashtags", "mentions_with_hashtags"),
        ("mentions hashtag", "mentions_hashtag"),
        ("Comment Replies", "comment_replies"),
        ("Subscriptions", "subscriptions"),
        ("subscription", "subscriptions"),
        ("Poll", "poll"),
    ],
)
def test_spec_for_accepts_the_panel_spellings(spelling: str, key: str) -> None:
    assert spec_for(spelling).key == key


@pytest.mark.parametrize("spelling", ["", "Custom Gateway", "Likes", "🚀", "default default"])
def test_unknown_types_get_the_generic_link_and_quantity_form(spelling: str) -> None:
    assert spec_for(spelling) is GENERIC


def test_canonical_type_key_groups_spellings_and_keeps_unknown_types_apart() -> None:
    assert canonical_type_key("SEO2") == canonical_type_key("seo") == "seo"
    assert canonical_type_key("Custom Gateway") == canonical_type_key("custom_gateway")
    assert canonical_type_key("Custom Gateway") != canonical_type_key("Other Gateway")
    assert canonical_type_key("Custom Gateway") != "generic"


def test_dripfeed_fields_only_for_services_with_dripfeed() -> None:
    with_drip = [f.name for f in fields_for(service("Default", dripfeed=True))]
    without = [f.name for f in fields_for(service("Default"))]
    assert with_drip == ["link", "quantity", "runs", "interval"]
    assert without == ["link", "quantity"]


def test_field_kinds_drive_the_form() -> None:
    default = spec_for("Default")
    assert default.field("link") is not None
    assert default.field("nope") is None
    comments = spec_for("Custom Comments").field("comments")
    assert comments is not None
    assert comments.kind is FieldKind.LINES
    media = spec_for("Mentions Media Likers").field("media")
    assert media is not None
    assert media.kind is FieldKind.URL
    sub = spec_for("Subscriptions")
    assert sub.is_subscription
    delay = sub.field("delay")
    assert delay is not None
    assert delay.kind is FieldKind.CHOICE
    assert delay.choices == DELAY_CHOICES
    assert DELAY_CHOICES[:7] == ("0", "5", "10", "15", "30", "60", "90")
    assert DELAY_CHOICES[7:] == tuple(
        str(m) for m in (120, 150, 180, 210, 240, 270, 300, 360, 420, 480, 540, 600)
    )
    expiry = sub.field("expiry")
    assert expiry is not None
    assert expiry.kind is FieldKind.DATE


def test_list_priced_types_take_quantity_from_their_lines() -> None:
    assert spec_for("Custom Comments").quantity_from == "comments"
    assert spec_for("Custom Comments Package").quantity_from == "comments"
    assert spec_for("Mentions Custom List").quantity_from == "usernames"
    assert spec_for("Comment Replies").quantity_from == "comments"
    assert spec_for("Default").quantity_from is None
    assert spec_for("Package").per_package
    assert spec_for("Custom Comments Package").per_package


def test_every_field_has_a_label_and_every_type_a_title() -> None:
    for spec in ORDER_TYPES.values():
        assert spec.title
        for field in spec.fields:
            assert field.label, (spec.key, field.name)
            assert (field.kind is FieldKind.CHOICE) == bool(field.choices)
            assert field.dripfeed_only == (field.name in ("runs", "interval"))


def test_spec_for_never_raises_on_odd_input() -> None:
    for odd in ["\x00", "\ud800", "٠١٢", "Ｄｅｆａｕｌｔ", "a" * 10_000]:
        assert spec_for(odd).fields
    assert spec_for("Ｄｅｆａｕｌｔ").key == "default"  # full-width spelling
