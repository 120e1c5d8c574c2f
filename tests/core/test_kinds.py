"""What a service is: platform, product and attributes read from panel service names."""

from __future__ import annotations

import csv
import dataclasses
from collections import Counter
from pathlib import Path

import pytest

from smmdesk.core.kinds import PLATFORMS, PRODUCTS, QUALITIES, ServiceKind, classify

DATA = Path(__file__).resolve().parents[1] / "data" / "service_kinds.csv"


def _rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _refill_label(kind: ServiceKind) -> str:
    if kind.no_refill:
        return "no"
    if kind.refill_lifetime:
        return "lifetime"
    if kind.refill_days is not None:
        return str(kind.refill_days)
    return "yes" if kind.no_refill is False else ""


# --- the labelled set -------------------------------------------------------------------------


def test_labelled_set_is_large_varied_and_has_arabic_and_decorated_names() -> None:
    rows = _rows()
    assert len(rows) >= 400
    platforms = Counter(r["platform"] for r in rows if r["platform"])
    assert len(platforms) >= 15
    assert sum(any("\u0600" <= ch <= "\u06ff" for ch in r["name"]) for r in rows) >= 50
    decorated = [r for r in rows if any(0x1D400 <= ord(ch) <= 0x1D7FF for ch in r["name"])]
    small_caps = [r for r in rows if "ꜰ" in r["name"] or "ᴏ" in r["name"]]
    assert len(decorated) >= 15
    assert len(small_caps) >= 5


def test_accuracy_on_the_labelled_set() -> None:
    rows = _rows()
    misses: Counter[str] = Counter()
    for row in rows:
        kind = classify(row["name"], row["category"])
        misses["platform"] += (kind.platform or "") != row["platform"]
        misses["product"] += (kind.product or "") != row["product"]
        misses["geo"] += (kind.geo or "") != row["geo"]
        misses["refill"] += _refill_label(kind) != row["refill"]
        nd = "" if kind.non_drop is None else str(int(kind.non_drop))
        misses["non_drop"] += nd != row["non_drop"]
    accuracy = {field: 1 - misses[field] / len(rows) for field in misses}
    assert accuracy["platform"] >= 0.97, accuracy
    assert accuracy["product"] >= 0.93, accuracy
    for field in ("geo", "refill", "non_drop"):
        assert accuracy[field] >= 0.93, accuracy


def test_labels_use_only_the_documented_vocabulary() -> None:
    for row in _rows():
        assert row["platform"] in (*PLATFORMS, ""), row
        assert row["product"] in (*PRODUCTS, ""), row


def test_vocabulary_covers_what_the_issue_asks_for() -> None:
    for platform in [
        "instagram",
        "youtube",
        "tiktok",
        "facebook",
        "twitter",
        "telegram",
        "spotify",
        "soundcloud",
        "twitch",
        "linkedin",
        "pinterest",
        "threads",
        "snapchat",
        "discord",
        "kick",
        "reddit",
        "quora",
        "vimeo",
        "tumblr",
        "google",
        "website",
        "app",
        "apple_music",
        "deezer",
        "audiomack",
        "podcast",
        "imdb",
        "vk",
    ]:
        assert platform in PLATFORMS
    for product in [
        "followers",
        "likes",
        "views",
        "comments",
        "shares",
        "subscribers",
        "members",
        "plays",
        "saves",
        "listeners",
        "traffic",
        "impressions",
        "reach",
        "story_views",
        "live_viewers",
        "votes",
        "reposts",
        "watch_time",
        "reviews",
        "installs",
        "mentions",
        "reactions",
        "page_likes",
    ]:
        assert product in PRODUCTS
    assert all(ident == ident.lower() for ident in (*PLATFORMS, *PRODUCTS, *QUALITIES))


# --- traps: the product beats other product and platform words --------------------------------


@pytest.mark.parametrize(
    ("name", "platform", "product"),
    [
        ("Instagram Likes from followers", "instagram", "likes"),
        ("YouTube views with likes", "youtube", "views"),
        ("Facebook Page Likes + Followers", "facebook", "page_likes"),
        ("Instagram Followers [Refill 30D] - Likes Free", "instagram", "followers"),
        ("Free Likes + Instagram Followers", "instagram", "followers"),
        ("Instagram Mentions [Followers of your choice]", "instagram", "mentions"),
        ("Instagram Comment Likes ❤️", "instagram", "comment_likes"),
        ("Instagram Story Views", "instagram", "story_views"),
        ("YouTube Live Stream Views [60 Min]", "youtube", "live_viewers"),
        ("Website Traffic from Google [Keywords]", "website", "traffic"),
        ("Social Traffic from Facebook [Referral]", "website", "traffic"),
        ("Google Play Reviews [5 Stars]", "app", "reviews"),
        ("Google Maps Reviews", "google", "reviews"),
        ("X/Twitter Verified Followers", "twitter", "followers"),
        ("X Followers [Real]", "twitter", "followers"),
        ("Instagram Likes x2 Speed", "instagram", "likes"),
    ],
)
def test_traps(name: str, platform: str, product: str) -> None:
    kind = classify(name)
    assert (kind.platform, kind.product) == (platform, product)


def test_x_is_twitter_only_as_the_first_word() -> None:
    assert classify("Likes x2 [Fast]").platform is None
    assert classify("X - Likes").platform == "twitter"


def test_the_category_fills_what_the_name_leaves_out() -> None:
    kind = classify("Followers [HQ]", "Instagram Followers")
    assert (kind.platform, kind.product) == ("instagram", "followers")
    # the name wins over the category
    kind = classify("TikTok Likes", "Instagram Followers")
    assert (kind.platform, kind.product) == ("tiktok", "likes")
    # attributes too: the category's refill when the name says none, never over the name's
    assert classify("Followers", "Instagram Followers [Refill 30 Days]").refill_days == 30
    assert classify("Followers [No Refill]", "Instagram Followers ♻️ 30D").no_refill is True


def test_the_description_gives_attributes_but_never_the_platform_or_product() -> None:
    kind = classify("Premium Service #12", "", "Instagram followers. Start: 0-2 hours. R30")
    assert (kind.platform, kind.product) == (None, None)
    assert kind.start_minutes == 120
    assert kind.refill_days == 30


def test_unknown_is_none_never_false() -> None:
    kind = classify("Instagram Followers")
    assert dataclasses.astuple(kind)[2:] == (None,) * 9
    assert classify("Premium Service #12").platform is None


def test_service_kind_is_frozen() -> None:
    kind = classify("Instagram Followers")
    with pytest.raises(dataclasses.FrozenInstanceError):
        kind.platform = "tiktok"  # type: ignore[misc]


# --- Arabic and decorated text -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "platform", "product"),
    [
        ("متابعين انستقرام عرب", "instagram", "followers"),
        ("متابعين انستغرام", "instagram", "followers"),
        ("لايكات تيك توك", "tiktok", "likes"),
        ("إعجابات فيسبوك", "facebook", "likes"),
        ("مشاهدات يوتيوب", "youtube", "views"),
        ("تعليقات تويتر", "twitter", "comments"),
        ("مشتركين يوتيوب", "youtube", "subscribers"),
        ("أعضاء قناة تيليجرام", "telegram", "members"),
        ("المتابعين للانستقرام", "instagram", "followers"),
        ("مُتابِعين انستـــغرام", "instagram", "followers"),  # tashkeel and tatweel
        ("مشاهدات ستوري انستقرام", "instagram", "story_views"),
        ("لايكات صفحة فيسبوك", "facebook", "page_likes"),
        ("مشاهدات بث مباشر تيك توك", "tiktok", "live_viewers"),
        ("متابعين - منشن من متابعي حساب", None, "mentions"),
    ],
)
def test_arabic_names(name: str, platform: str | None, product: str) -> None:
    kind = classify(name)
    assert (kind.platform, kind.product) == (platform, product)


@pytest.mark.parametrize(
    "name",
    [
        "ɪɴꜱᴛᴀɢʀᴀᴍ ꜰᴏʟʟᴏᴡᴇʀꜱ",  # small capitals: no Unicode decomposition, a table folds them
        "𝐈𝐧𝐬𝐭𝐚𝐠𝐫𝐚𝐦 𝐅𝐨𝐥𝐥𝐨𝐰𝐞𝐫𝐬",  # mathematical bold
        "𝘐𝘯𝘴𝘵𝘢𝘨𝘳𝘢𝘮 𝘍𝘰𝘭𝘭𝘰𝘸𝘦𝘳𝘴",  # sans-serif italic
        "Ｉｎｓｔａｇｒａｍ Ｆｏｌｌｏｗｅｒｓ",  # full width
        "🔥⚡ Instagram🔥Followers ✨",  # emoji as separators
    ],
)
def test_decorated_spellings_are_folded(name: str) -> None:
    kind = classify(name)
    assert (kind.platform, kind.product) == ("instagram", "followers")


def test_decorated_attributes_are_read_too() -> None:
    kind = classify("𝐓𝐢𝐤𝐓𝐨𝐤 𝐋𝐢𝐤𝐞𝐬 [𝐑𝟑𝟎] ♻️")
    assert (kind.platform, kind.product, kind.refill_days) == ("tiktok", "likes", 30)


# --- attributes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "days", "lifetime", "no_refill"),
    [
        ("Instagram Followers 30 days refill", 30, None, False),
        ("Instagram Followers [R30]", 30, None, False),
        ("Instagram Followers | R365 |", 365, None, False),
        ("Instagram Likes ♻️ 30D", 30, None, False),
        ("Instagram Likes [ 30 Days ♻️ ]", 30, None, False),
        ("Instagram Followers [Refill: 30]", 30, None, False),
        ("YouTube Views [Refill 1 Month]", 30, None, False),
        ("Followers - 1 Year Guarantee", 365, None, False),
        ("متابعين ضمان 30 يوم", 30, None, False),
        ("متابعين بضمان ٦٠ يوم", 60, None, False),
        ("لايكات [ضمان سنة]", 365, None, False),
        ("IG Followers | 30D ♻️ | 1-5k/D", 30, None, False),
        ("IG Followers [AR30]", 30, None, False),
        ("Instagram Followers [Lifetime]", None, True, False),
        ("Instagram Followers R∞", None, True, False),
        ("متابعين ضمان مدى الحياة", None, True, False),
        ("Instagram Followers [Refill Button]", None, None, False),
        ("Instagram Followers - No refill", None, None, True),
        ("Instagram Followers [Non Refill]", None, None, True),
        ("Instagram Followers | Refill: No", None, None, True),
        ("متابعين بدون ضمان", None, None, True),
        ("[TikTok] Likes ~ Instant ~ NR", None, None, True),
        ("متابعين فيسبوك مضمونين", None, None, False),
        ("Instagram Followers [Max 30 Days Old Accounts]", None, None, None),
        ("Instagram Followers [Rare Accounts]", None, None, None),
    ],
)
def test_refill(name: str, days: int | None, lifetime: bool | None, no_refill: bool | None) -> None:
    kind = classify(name)
    assert (kind.refill_days, kind.refill_lifetime, kind.no_refill) == (days, lifetime, no_refill)


@pytest.mark.parametrize(
    ("name", "non_drop"),
    [
        ("Followers [Non Drop]", True),
        ("Followers [Non-Drop]", True),
        ("Followers - No Drop", True),
        ("Followers - 0% Drop", True),
        ("أعضاء [بدون نقص]", True),
        ("Followers [Drop 10-20%]", False),
        ("Followers [Less Drops]", False),
        ("Followers | May Drop", False),
        ("Followers [Dropbox Link]", None),
        ("Followers [HQ]", None),
    ],
)
def test_non_drop(name: str, non_drop: bool | None) -> None:
    assert classify(name).non_drop is non_drop


@pytest.mark.parametrize(
    ("name", "speed"),
    [
        ("Followers [10K/Day]", 10_000),
        ("Followers [Speed: 5k/day]", 5_000),
        ("Followers - 30-40k/Day", 30_000),
        ("Views [1M / Day]", 1_000_000),
        ("Likes [500 per day]", 500),
        ("Likes [1K/Hour]", 24_000),
        ("Views [Speed 50K/24H]", 50_000),
        ("متابعين 5K يوميا", 5_000),
        ("Followers [Start: 0-1 Hr]", None),
        ("متابعين ضمان 30 يوم", None),
        ("Followers", None),
    ],
)
def test_speed_per_day(name: str, speed: int | None) -> None:
    assert classify(name).speed_per_day == speed


@pytest.mark.parametrize(
    ("name", "minutes"),
    [
        ("Followers [Start: 0-1 Hr]", 60),
        ("Followers [Start Time: 12 Hours]", 720),
        ("Followers [Start 0-30 Min]", 30),
        ("Followers [Start: 1 Day]", 1440),
        ("Followers [0-6 Hours Start]", 360),
        ("Followers ⚡ Instant", 0),
        ("متابعين [بدء فوري]", 0),
        ("Followers", None),
    ],
)
def test_start_minutes(name: str, minutes: int | None) -> None:
    assert classify(name).start_minutes == minutes


@pytest.mark.parametrize(
    ("name", "quality"),
    [
        ("Followers [Real] [HQ]", ("real", "hq")),
        ("Followers [HQ] [Real]", ("real", "hq")),
        ("Followers | Bot | Cheapest", ("bot",)),
        ("Followers [Mixed Quality]", ("mixed",)),
        ("Followers [Low Quality]", ("lq",)),
        ("متابعين حقيقيين جودة عالية", ("real", "hq")),
        ("Followers", None),
    ],
)
def test_quality_words(name: str, quality: tuple[str, ...] | None) -> None:
    assert classify(name).quality == quality


@pytest.mark.parametrize(
    ("name", "dripfeed"),
    [
        ("Views [Drip-feed Enabled]", True),
        ("Views [Dripfeed ✅]", True),
        ("Views [Drip Feed OK]", True),
        ("Views [No Drip-Feed]", False),
        ("Views", None),
    ],
)
def test_dripfeed(name: str, dripfeed: bool | None) -> None:
    assert classify(name).dripfeed is dripfeed


@pytest.mark.parametrize(
    ("name", "geo"),
    [
        ("Followers 🇺🇸", "us"),
        ("Followers 🇬🇧 UK", "gb"),
        ("Followers [USA]", "us"),
        ("Followers [US Targeted]", "us"),
        ("Followers from us", None),  # the English word, not the country
        ("Followers [Arab]", "arab"),
        ("Followers [India]", "in"),
        ("Followers [Brazilian]", "br"),
        ("متابعين عرب", "arab"),
        ("متابعين مصريين", None),
        ("متابعين مصري", "eg"),
        ("متابعين خليجي", "gulf"),
        ("Followers [Worldwide]", "worldwide"),
        ("Followers [Indonesia]", "id"),
        ("Followers", None),
    ],
)
def test_geo(name: str, geo: str | None) -> None:
    assert classify(name).geo == geo
