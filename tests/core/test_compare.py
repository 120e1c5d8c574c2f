"""Compare: which services are the same, and how they rank in the user's currency."""

from __future__ import annotations

from decimal import Decimal

from smmdesk.core.compare import Narrowing, Offer, compare, convert, equivalent
from smmdesk.core.models import Service

D = Decimal
_ids = iter(range(1, 10_000))


def offer(
    name: str,
    rate: str = "1.00",
    *,
    panel: int = 1,
    currency: str = "USD",
    type_: str = "Default",
    low: int = 100,
    high: int = 10_000,
) -> Offer:
    service = Service(next(_ids), name, type_, "", D(rate), low, high)
    return Offer.of(panel, service, currency)


NONE = Narrowing()


def test_same_platform_and_product_are_the_same_service_across_languages() -> None:
    selected = offer("Instagram Followers [Real]")
    assert equivalent(selected, offer("IG Followers - fast"), NONE)
    assert equivalent(selected, offer("متابعين انستقرام"), NONE)
    assert not equivalent(selected, offer("Instagram Likes"), NONE)
    assert not equivalent(selected, offer("TikTok Followers"), NONE)
    # a trap: likes "from followers" are likes
    assert not equivalent(selected, offer("Instagram Likes from followers"), NONE)


def test_an_unstated_platform_or_product_never_matches() -> None:
    assert not equivalent(offer("Followers"), offer("Followers"), NONE)
    assert not equivalent(offer("Instagram Followers"), offer("Instagram Special"), NONE)


def test_a_package_is_not_the_same_as_a_per_thousand_service() -> None:
    selected = offer("Instagram Followers")
    assert not equivalent(selected, offer("Instagram Followers", type_="Package"), NONE)
    assert not equivalent(selected, offer("Instagram Followers", type_="Custom Comments"), NONE)


def test_the_view_starts_narrowed_by_what_the_service_states() -> None:
    selected = offer("Instagram Followers [USA] [R30] Non Drop")
    narrowing = Narrowing.stated_by(selected.kind)
    assert narrowing == Narrowing(geo=True, refill=True, non_drop=True)
    assert Narrowing.stated_by(offer("Instagram Followers").kind) == NONE


def test_geo_refill_and_non_drop_narrow_when_ticked() -> None:
    selected = offer("Instagram Followers [USA] [R30]")
    geo = Narrowing(geo=True)
    assert equivalent(selected, offer("Instagram Followers USA 🇺🇸"), geo)
    assert not equivalent(selected, offer("Instagram Followers Arab"), geo)
    assert not equivalent(selected, offer("Instagram Followers"), geo)  # geo not stated
    assert equivalent(selected, offer("Instagram Followers Arab"), NONE)  # not ticked
    refill = Narrowing(refill=True)
    assert equivalent(selected, offer("Instagram Followers Lifetime Refill"), refill)
    assert equivalent(selected, offer("Instagram Followers [R60]"), refill)
    assert not equivalent(selected, offer("Instagram Followers [R15]"), refill)
    assert not equivalent(selected, offer("Instagram Followers No Refill"), refill)
    assert not equivalent(selected, offer("Instagram Followers"), refill)
    non_drop = Narrowing(non_drop=True)
    assert equivalent(selected, offer("Instagram Followers Non Drop"), non_drop)
    assert not equivalent(selected, offer("Instagram Followers"), non_drop)


def test_rates_convert_with_the_users_table_and_a_missing_rate_is_not_guessed() -> None:
    rates = {"EUR": D("1.10")}
    assert convert(D("2"), "EUR", "USD", rates) == D("2.20")
    assert convert(D("2"), "usd", "USD", rates) == D("2")
    assert convert(D("2"), "TRY", "USD", rates) is None


def test_ranking_in_the_users_currency_marks_the_cheapest_that_fits() -> None:
    selected = offer("Instagram Followers", "1.50", panel=1)
    rows = compare(
        selected,
        [
            selected,
            offer("Instagram Followers HQ", "1.20", panel=2, currency="EUR"),  # 1.32 USD
            offer("IG Followers", "0.80", panel=3, high=1000),  # cheapest, but max 1000
            offer("Instagram Followers", "0.10", panel=4, currency="TRY"),  # no rate
            offer("Instagram Likes", "0.01", panel=5),  # not the same service
        ],
        narrowing=NONE,
        user_currency="USD",
        rates={"EUR": D("1.10")},
        quantity=5000,
    )
    assert [(r.offer.panel_id, r.rate) for r in rows] == [
        (3, D("0.80")),
        (2, D("1.320")),
        (1, D("1.50")),
        (4, None),
    ]
    assert [r.fits for r in rows] == [False, True, True, True]
    assert [r.cheapest for r in rows] == [False, True, False, False]
    assert [r.selected for r in rows] == [False, False, True, False]


def test_without_a_quantity_the_cheapest_ranked_offer_is_marked() -> None:
    selected = offer("TikTok Views", "0.05")
    other = offer("TikTok Views fast", "0.03", panel=2, currency="EUR")
    rows = compare(selected, [selected, other], narrowing=NONE, user_currency="USD", rates={})
    assert [(r.offer.panel_id, r.cheapest) for r in rows] == [(1, True), (2, False)]
