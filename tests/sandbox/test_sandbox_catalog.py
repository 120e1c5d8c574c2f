"""The sandbox catalogue: size, type coverage, real-panel quirks, determinism, fixed services."""

from __future__ import annotations

import json
from decimal import Decimal

from smmdesk.sandbox import SANDBOX_FIXED_SERVICES, SandboxPanel
from smmdesk.sandbox.catalog import Catalogue, canonical_type

from .conftest import Api

REFERENCE_TYPES = {
    "Default", "Package", "Custom Comments", "Custom Comments Package", "Mentions",
    "Mentions with Hashtags", "Mentions Custom List", "Mentions Hashtag",
    "Mentions User Followers", "Mentions Media Likers", "Comment Likes", "Comment Replies",
    "Poll", "SEO", "Invites from Groups", "Subscriptions",
}  # fmt: skip


def test_served_catalogue_is_large_varied_and_what_panel_services_says(api: Api) -> None:
    response = api.post("services")
    assert response.status_code == 200
    served = response.json()
    assert served == api.panel.services
    assert len(served) >= 4000
    assert len({s["category"] for s in served}) >= 500
    ids = [int(s["service"]) for s in served]
    assert len(set(ids)) == len(ids)
    # PHP-style encoding: escaped slashes and \\u escapes, like json_encode on real panels
    assert "\\/" in response.text
    assert "\\u2b50" in response.text


def test_every_reference_type_is_present_with_dripfeed_variants_and_odd_spellings() -> None:
    services = Catalogue.generate(4000, 1).services
    kinds = {canonical_type(s["type"]) for s in services}
    assert kinds >= REFERENCE_TYPES | {"Generic"}
    spellings = {s["type"] for s in services}
    assert {"default", "Mentions Users Followers", "Custom Gateway"} <= spellings
    defaults = [s for s in services if canonical_type(s["type"]) == "Default"]
    assert any(s.get("dripfeed") in (True, 1, "1") for s in defaults)
    assert any(s.get("dripfeed") in (False, 0, "0", None) for s in defaults)


def test_catalogue_carries_the_quirks_clients_must_survive() -> None:
    services = Catalogue.generate(4000, 1).services
    text = " ".join(s["name"] + " " + s["category"] for s in services)
    for quirk in ("&amp;", "&lt;", "⭐", "🇺🇸", "  ", "[ 20.01.2026 ]", "انستغرام", "مُتابِعين", "ᴀ"):
        assert quirk in text, quirk
    names = [s["name"] for s in services]
    assert len(set(names)) < len(names)  # duplicate names
    assert {type(s["service"]) for s in services} == {int, str}
    assert {type(s["min"]) for s in services} == {int, str}
    assert {type(s["max"]) for s in services} == {int, str}
    assert max(int(s["max"]) for s in services) == 2147483647
    rates = {s["rate"] for s in services}
    assert all(isinstance(r, str) and Decimal(r) > 0 for r in rates)
    assert {"0.0003", "3960.0", "95200"} <= rates
    flag_values = {repr(s.get("refill", "missing")) for s in services}
    assert flag_values >= {"True", "False", "1", "0", "'1'", "'missing'"}
    descs = [s.get("desc") for s in services]
    assert descs.count(None) > len(services) // 3
    assert any(d and "<br>" in d and "<a href=" in d for d in descs)
    # a name promising a refill while the refill flag says no
    assert any("♻️" in s["name"] and s.get("refill") in (False, 0, "0", None) for s in services)


def test_some_services_leave_every_flag_out_like_older_panels() -> None:
    catalogue = Catalogue.generate(4000, 1)
    unstated = [s for s in catalogue.services if not {"dripfeed", "refill", "cancel"} & s.keys()]
    assert 300 < len(unstated) < 700  # about one in eight
    # the panel itself still allows some of them, refuses others: its answer decides
    real = [catalogue.entries[int(s["service"])] for s in unstated]
    assert any(e.refill and e.cancel for e in real)
    assert any(not e.refill for e in real)
    again = Catalogue.generate(4000, 1)
    assert [s["service"] for s in unstated] == [
        s["service"] for s in again.services if not {"dripfeed", "refill", "cancel"} & s.keys()
    ]


def test_same_seed_same_catalogue_other_seed_other_catalogue() -> None:
    one = json.dumps(Catalogue.generate(4000, 7).services)
    assert one == json.dumps(Catalogue.generate(4000, 7).services)
    other = Catalogue.generate(4000, 8).services
    assert json.dumps(other) != one
    # the fixed services do not depend on the seed
    assert other[: len(SANDBOX_FIXED_SERVICES)] == json.loads(one)[: len(SANDBOX_FIXED_SERVICES)]


def test_twenty_thousand_services_in_thousands_of_categories() -> None:
    # how fast: bench/bench_sandbox.py
    catalogue = Catalogue.generate(20000, 3)
    assert len(catalogue) == 20000
    assert len({s["category"] for s in catalogue.services}) >= 2500


def test_fixed_services_are_one_per_type_with_fixed_terms() -> None:
    by_id = {int(s["service"]): s for s in Catalogue.generate(50, 99).services}
    for type_name in REFERENCE_TYPES | {"Custom Gateway"}:
        service = by_id[SANDBOX_FIXED_SERVICES[type_name]]
        expected = "Generic" if type_name == "Custom Gateway" else type_name
        assert canonical_type(service["type"]) == expected
    default = by_id[SANDBOX_FIXED_SERVICES["Default"]]
    assert (default["rate"], int(default["min"]), int(default["max"])) == ("0.90", 50, 10000)
    assert default["refill"] is True
    assert default["cancel"] is True
    assert by_id[SANDBOX_FIXED_SERVICES["Default dripfeed"]]["dripfeed"] in (True, 1, "1")
    assert by_id[SANDBOX_FIXED_SERVICES["Default no refill"]]["type"] == "default"
    assert by_id[SANDBOX_FIXED_SERVICES["Mentions Users Followers"]]["type"] == (
        "Mentions Users Followers"
    )
    assert by_id[SANDBOX_FIXED_SERVICES["Default expensive"]]["rate"] == "95200"


def test_small_catalogue_for_quick_demos() -> None:
    with SandboxPanel(services=30, seed=2, speed=0) as small:
        assert len(small.services) == 30
