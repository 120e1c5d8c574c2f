"""The catalogue index: search (ids, tokens, folding), filters, favourites, grouping, diffs."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmdesk.core.catalog import Catalog, CatalogDiff, RateChange, fold
from smmdesk.core.models import Service
from smmdesk.core.ordertypes import spec_for
from smmdesk.core.parse import parse_services


def svc(
    sid: int,
    name: str,
    category: str = "General",
    type_name: str = "Default",
    *,
    rate: str = "1.00",
    dripfeed: bool = False,
    refill: bool = False,
    cancel: bool = False,
) -> Service:
    return Service(
        sid, name, type_name, category, Decimal(rate), 10, 1000, dripfeed, refill, cancel
    )


SERVICES = [
    svc(1000, "TikTok Views", "TikTok - Views", refill=True),  # 0
    svc(5, "Instagram Followers [1000/day] ♻️", "Instagram - Followers", dripfeed=True),  # 1
    svc(12, "Instagram Likes Real", "Instagram - Likes", refill=True, cancel=True),  # 2
    svc(1234, "YouTube Views 1000 Fast", "YouTube - Views", cancel=True),  # 3
    svc(40, "Café Crème Likes", "Facebook - Likes"),  # 4
    svc(41, "مُتَابِعِين انستـــغرام حقيقيين", "انستغرام - متابعين"),  # 5
    svc(42, "لايكات تيك توك سريعة", "تيك توك - لايكات"),  # 6
    svc(43, "ꜰᴏʟʟᴏᴡᴇʀꜱ ᴘʀᴇᴍɪᴜᴍ", "Instagram - Followers"),  # 7
    svc(44, "Ｆａｃｅｂｏｏｋ Page Likes", "Facebook - Likes"),  # 8
    svc(45, "Custom comments pack", "Instagram - Comments", "Custom Comments"),  # 9
    svc(46, "Website traffic", "Website - SEO", "SEO2"),  # 10
    svc(47, "١٠٠٠ مشاهدة يوتيوب", "YouTube - Views"),  # 11
    svc(48, "Telegram gateway", "Telegram - Other", "Custom Gateway"),  # 12
    svc(49, "آلاف إعجابات أصلية", "فيسبوك - إعجابات", "default"),  # 13
]


@pytest.fixture
def catalog() -> Catalog:
    return Catalog(SERVICES)


def names(catalog: Catalog, indices: list[int]) -> list[str]:
    return [catalog.services[i].name for i in indices]


# ---------------------------------------------------------------------------- structure


def test_services_categories_and_types_in_first_seen_order(catalog: Catalog) -> None:
    assert catalog.services == tuple(SERVICES)
    assert len(catalog) == len(SERVICES)
    assert catalog.categories[:4] == (
        "TikTok - Views",
        "Instagram - Followers",
        "Instagram - Likes",
        "YouTube - Views",
    )
    assert len(catalog.categories) == len(set(catalog.categories)) == 11
    # "default" and "Default" are one type; "SEO2" shows as SEO; unknown types keep their name
    assert catalog.types == ("Default", "Custom Comments", "SEO", "Custom Gateway")
    assert Catalog([svc(1, "x", type_name=" ")]).types == ("Other",)


def test_by_id_and_index_of(catalog: Catalog) -> None:
    service = catalog.by_id(1234)
    assert service is not None
    assert service.name == "YouTube Views 1000 Fast"
    assert catalog.index_of(1234) == 3
    assert catalog.by_id(999_999) is None
    assert catalog.index_of(999_999) is None


def test_empty_catalogue() -> None:
    empty = Catalog([])
    assert empty.search("") == []
    assert empty.search("x") == []
    assert empty.search("1") == []
    assert empty.categories == ()
    assert empty.types == ()
    assert empty.group([0]) == []


# ------------------------------------------------------------------------------- search


def test_empty_query_returns_everything_in_catalogue_order(catalog: Catalog) -> None:
    assert catalog.search("") == list(range(len(SERVICES)))
    assert catalog.search("   \t ") == list(range(len(SERVICES)))


def test_digits_match_the_id_exactly_first_then_names_containing_them(catalog: Catalog) -> None:
    # id 1000 is TikTok Views; "1000" also appears in two names (and "١٠٠٠" in one)
    assert names(catalog, catalog.search("1000")) == [
        "TikTok Views",
        "Instagram Followers [1000/day] ♻️",
        "YouTube Views 1000 Fast",
        "١٠٠٠ مشاهدة يوتيوب",
    ]
    assert catalog.search("1234") == [3]
    assert catalog.search("12") == [2]  # id 12 only: ids match exactly, 1234 is not 12
    assert catalog.search("٤٠") == [4]  # Arabic-Indic digits fold to ASCII
    assert catalog.search("99999999999999999999999") == []


def test_all_tokens_must_match_across_name_category_and_type(catalog: Catalog) -> None:
    assert names(catalog, catalog.search("instagram followers")) == [
        "Instagram Followers [1000/day] ♻️",
        "ꜰᴏʟʟᴏᴡᴇʀꜱ ᴘʀᴇᴍɪᴜᴍ",
    ]
    assert names(catalog, catalog.search("likes real")) == ["Instagram Likes Real"]
    assert names(catalog, catalog.search("youtube views 1000")) == [
        "YouTube Views 1000 Fast",
        "١٠٠٠ مشاهدة يوتيوب",
    ]
    assert catalog.search("views 1000 tiktok") == [0]  # 1000 is TikTok's id
    assert names(catalog, catalog.search("gram like")) == ["Instagram Likes Real"]
    assert catalog.search("instagram nothing") == []
    assert catalog.search("custom comments") == [9]  # from the type
    assert catalog.search("seo") == [10]  # "SEO2" is searchable as SEO


def test_tokens_do_not_span_words_or_fields(catalog: Catalog) -> None:
    assert catalog.search("viewsfast") == []
    assert catalog.search("tiktokviews") == []


def test_case_accents_full_width_and_small_caps_fold(catalog: Catalog) -> None:
    assert names(catalog, catalog.search("CAFE creme")) == ["Café Crème Likes"]
    assert names(catalog, catalog.search("café")) == ["Café Crème Likes"]
    assert names(catalog, catalog.search("followers premium")) == ["ꜰᴏʟʟᴏᴡᴇʀꜱ ᴘʀᴇᴍɪᴜᴍ"]
    assert names(catalog, catalog.search("ᴘʀᴇᴍɪᴜᴍ")) == ["ꜰᴏʟʟᴏᴡᴇʀꜱ ᴘʀᴇᴍɪᴜᴍ"]
    assert names(catalog, catalog.search("facebook page")) == ["Ｆａｃｅｂｏｏｋ Page Likes"]
    assert names(catalog, catalog.search("ＰＡＧＥ")) == ["Ｆａｃｅｂｏｏｋ Page Likes"]


def test_arabic_diacritics_tatweel_and_letter_variants_fold(catalog: Catalog) -> None:
    # the name carries tashkeel and tatweel; the query has neither
    assert catalog.search("متابعين انستغرام") == [5]
    # ...and the other way round: a query with tashkeel finds the bare category
    assert catalog.search("مُتَابِعِين") == [5]
    assert catalog.search("تيك توك") == [6]
    assert catalog.search("سريعه") == [6]  # ة written as ه
    assert catalog.search("الاف اعجابات اصليه") == [13]  # آ إ أ -> ا, ة -> ه
    assert catalog.search("إعجابات") == [13]
    assert catalog.search("يوتيوب ١٠٠٠") == [11]
    assert catalog.search("يوتيوب 1000") == [11]


def test_html_entities_are_already_decoded_by_the_parser() -> None:
    parsed = parse_services(
        [
            {
                "service": 7,
                "name": "Likes &amp; Views &lt;Fast&gt;",
                "type": "Default",
                "category": "Instagram &amp; Co",
                "rate": "1",
                "min": "1",
                "max": "10",
            }
        ]
    )
    catalog = Catalog(parsed)
    assert catalog.search("&") == [0]
    assert catalog.search("<fast>") == [0]
    assert catalog.search("amp") == []
    assert catalog.categories == ("Instagram & Co",)


def test_duplicate_ids_are_all_found_and_by_id_returns_the_first() -> None:
    catalog = Catalog([svc(3, "first"), svc(4, "other"), svc(3, "second copy")])
    assert catalog.search("3") == [0, 2]
    service = catalog.by_id(3)
    assert service is not None
    assert service.name == "first"


def test_an_id_listed_twice_is_known_as_such_and_estimated_at_its_higher_rate() -> None:
    catalog = Catalog(
        [svc(3, "first", rate="0.50"), svc(4, "other"), svc(3, "second copy", rate="0.75")]
    )
    assert catalog.indices_of(3) == [0, 2]
    assert catalog.indices_of(4) == [1]
    assert catalog.indices_of(99) == []
    assert catalog.is_repeated(3)
    assert not catalog.is_repeated(4)
    assert catalog.estimate_rate(3) == Decimal("0.75")
    assert catalog.estimate_rate(4) == Decimal("1.00")
    assert catalog.estimate_rate(99) is None


def test_a_feature_filter_keeps_only_what_the_panel_states() -> None:
    unstated = Service(7, "Old panel row", "Default", "General", Decimal(1), 10, 1000)
    assert unstated.refill is None
    catalog = Catalog([unstated, svc(8, "says yes", refill=True), svc(9, "says no")])
    assert catalog.search("", refill=True) == [1]  # "supports refill": an explicit yes only
    assert catalog.search("", refill=False) == [2]


# ------------------------------------------------------------------------------ filters


def test_filters(catalog: Catalog) -> None:
    assert catalog.search("", dripfeed=True) == [1]
    assert catalog.search("", refill=True) == [0, 2]
    assert catalog.search("", cancel=True) == [2, 3]
    assert catalog.search("instagram", refill=False) == [1, 7, 9]
    assert catalog.search("views", refill=True, cancel=False) == [0]
    assert catalog.search("", types=["custom_comments", "SEO"]) == [9, 10]
    assert catalog.search("", types=["custom gateway"]) == [12]
    assert catalog.search("", types="Custom Gateway") == [12]
    assert 13 in catalog.search("", types=["Default"])
    assert catalog.search("", types=[]) == []


def test_favourites(catalog: Catalog) -> None:
    assert catalog.favourites == frozenset()
    assert catalog.search("", favourites_only=True) == []
    assert catalog.toggle_favourite(1234) is True
    assert catalog.toggle_favourite(5) is True
    assert catalog.is_favourite(1234)
    assert not catalog.is_favourite(12)
    assert catalog.search("", favourites_only=True) == [1, 3]
    assert catalog.search("youtube", favourites_only=True) == [3]
    assert catalog.toggle_favourite(1234) is False
    assert catalog.favourites == frozenset({5})
    starred = Catalog(SERVICES, favourites=[12, 777])
    assert starred.search("", favourites_only=True) == [2]
    assert starred.is_favourite(777)  # kept even while the service is not in the catalogue


# ----------------------------------------------------------------------- group and diff


def test_group_by_category_in_catalogue_order(catalog: Catalog) -> None:
    groups = catalog.group(catalog.search("1000"))
    assert groups == [
        ("TikTok - Views", [0]),
        ("Instagram - Followers", [1]),
        ("YouTube - Views", [3, 11]),
    ]
    assert catalog.group([7, 1]) == [("Instagram - Followers", [7, 1])]
    assert catalog.group([]) == []
    assert catalog.group([-1, 999]) == []


def test_diff_reports_added_removed_and_rate_changes() -> None:
    old = Catalog([svc(1, "a", rate="0.90"), svc(2, "b", rate="1.00"), svc(3, "c", rate="5")])
    new = Catalog([svc(2, "b", rate="1.20"), svc(1, "a", rate="0.9"), svc(4, "d", rate="2")])
    diff = old.diff(new)
    assert diff.added == (4,)
    assert diff.removed == (3,)
    assert diff.rate_changes == (RateChange(2, Decimal("1.00"), Decimal("1.20")),)
    assert diff
    assert not old.diff(old)
    assert old.diff(old) == CatalogDiff((), (), ())


# ---------------------------------------------------------------------------------- fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Café", "cafe"),
        ("ÅNGSTRÖM", "angstrom"),
        ("Straße", "strasse"),
        ("İstanbul", "istanbul"),
        ("ıslak", "islak"),
        ("ＡＢＣ１２", "abc12"),
        ("ꜰᴏʟʟᴏᴡᴇʀꜱ", "followers"),
        ("𝐈𝐧𝐬𝐭𝐚", "insta"),
        ("أإآا", "اااا"),
        ("مدرسة", "مدرسه"),
        ("على", "علي"),
        ("مُتَابِعِينَ", "متابعين"),
        ("انستـــغرام", "انستغرام"),
        ("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", "0123456789 0123456789"),
        ("\u200fRTL\u200e", "rtl"),
        ("♻️", "♻"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_of_text_with_many_distinct_special_characters() -> None:
    # more than 48 distinct characters to drop or replace take fold's regex path
    text = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ بَبُبِبًبٌبٍبّبْ ةى"
    assert fold(text) == ("abcdefghijklmnopqrstuvwyz 0123456789 0123456789 بببببببب هي")


# ----------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    list("abcXYZ 019\n\t")
    + list("éÉ̈¨ßİı")
    + list("اأإآىيةهمتبعنـًٌٍَُِّْٰ٠١٩")
    + list("ᴀꜰꜱＡ１")
    + ["♻️", "🔥", "\u200f", "\xa0", "\u2028"]
)
_TEXT = st.lists(_ALPHABET, max_size=14).map("".join)
_TYPES = ["Default", "default", "SEO2", "Custom Comments", "Custom Gateway", "custom gateway"]


def _naive_search(services: list[Service], query: str) -> list[int]:
    """The definition of search, written the slow obvious way."""
    tokens = fold(query).split()
    if not tokens:
        return list(range(len(services)))
    hits: list[int] = []
    by_id: list[int] = []
    for index, s in enumerate(services):
        spec = spec_for(s.type)
        title = spec.title if spec.key != "generic" else " ".join(s.type.split())
        fields = [fold(s.name), fold(s.category), fold(s.type), fold(title)]
        id_match = False
        for token in tokens:
            is_id = token.isdigit() and token.isascii() and len(token) < 20 and int(token) == s.id
            id_match = id_match or is_id
            if not (is_id or any(token in field for field in fields)):
                break
        else:
            (by_id if id_match else hits).append(index)
    return by_id + hits


@st.composite
def _catalogues(draw: st.DrawFn) -> list[Service]:
    # up to 60 rows over a small alphabet: common tokens occur often enough to take the
    # index's scan-every-entry path as well as its hop-between-hits path
    rows = draw(
        st.lists(st.tuples(st.integers(0, 30), _TEXT, _TEXT, st.sampled_from(_TYPES)), max_size=60)
    )
    return [svc(sid, name, category, type_name) for sid, name, category, type_name in rows]


@settings(max_examples=250, deadline=None)
@given(services=_catalogues(), query=_TEXT, pick=st.integers(0, 100))
def test_search_equals_the_naive_definition(services: list[Service], query: str, pick: int) -> None:
    catalog = Catalog(services)
    assert catalog.search(query) == _naive_search(services, query)
    if services:  # also query with a piece of an existing name, which usually matches
        name = services[pick % len(services)].name
        piece = name[pick % (len(name) + 1) :][:5]
        assert catalog.search(piece) == _naive_search(services, piece)


@settings(max_examples=200, deadline=None)
@given(query=st.text(max_size=50), types=st.lists(st.text(max_size=10), max_size=3))
def test_search_never_raises_on_arbitrary_text(query: str, types: list[str]) -> None:
    catalog = Catalog(SERVICES)
    result = catalog.search(query, types=types, dripfeed=None, favourites_only=False)
    assert all(0 <= i < len(SERVICES) for i in result)
    assert len(set(result)) == len(result)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=20), st.text(max_size=20)), max_size=8))
def test_catalogue_of_arbitrary_text_builds_and_folds_like_fold(
    rows: list[tuple[str, str]],
) -> None:
    services = [svc(i, name, category) for i, (name, category) in enumerate(rows)]
    catalog = Catalog(services)
    for index, service in enumerate(services):
        for word in fold(service.name).split()[:3]:
            assert index in catalog.search(word)


def test_common_and_rare_tokens_agree_with_the_naive_definition() -> None:
    # 400 services over made-up words: a token like "a" sits in hundreds of distinct words
    # (the index tests every entry), "kabo" in a few (the index hops from hit to hit)
    rng = random.Random(5)
    syllables = ["ka", "bo", "mi", "tu", "ré", "سا", "لي", "ᴀᴍ", "٣٤"]
    words = ["".join(rng.choices(syllables, k=rng.randint(1, 4))) for _ in range(300)]
    services = [
        svc(i * 3, " ".join(rng.choices(words, k=5)), f"Cat {rng.choice(words)}")
        for i in range(400)
    ]
    catalog = Catalog(services)
    for query in ["a", "ka", "kabo", "re", "سا لي", "am", "34", "3", "mi tu ka", "cat", "zz"]:
        assert catalog.search(query) == _naive_search(services, query), query
    assert len(catalog.search("a")) > 300
