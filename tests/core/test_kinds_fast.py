"""The fast paths of service classification give exactly what the plain ones give: the word
splitter, the text cache (a name is cached, never a name with its category) and the shared
ServiceKinds."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmdesk.core import kinds
from smmdesk.core.catalog import fold
from smmdesk.core.kinds import classify
from smmdesk.sandbox.catalog import Catalogue

# ASCII punctuation and digits, the word joiners "+" "&" "_", emoji and symbols (separators),
# Arabic and accented letters (words), full-width and styled letters (folded to ASCII)
TEXT = st.text(
    alphabet=st.sampled_from(
        list("abcXYZ019 +&_-/[]():.,'\"!?#%*~\t\n")
        + list("♻️🔥💎🇺🇸🇬🇧⭐✅™①½")
        + list("متابعينلايكاتéüßİ")
        + list("ＡＢ１𝐅𝐨ꜰᴏ")
    ),
    max_size=60,
)


@given(TEXT)
@settings(max_examples=400, deadline=None)
def test_the_word_splitter_finds_the_words_of_the_regular_expression(text: str) -> None:
    folded = fold(text)
    assert kinds._tokens(folded) == kinds._TOKEN.findall(folded)


def test_a_name_under_two_categories_takes_each_categorys_facts() -> None:
    kinds._forget()
    first = classify("Followers [Refill 30 Days]", "Instagram - Followers")
    second = classify("Followers [Refill 30 Days]", "TikTok - Followers 🇺🇸")
    assert (first.platform, first.geo) == ("instagram", None)
    assert (second.platform, second.geo) == ("tiktok", "us")
    assert first.refill_days == second.refill_days == 30


def _catalogue(size: int) -> list[tuple[str, str]]:
    services = Catalogue.generate(size, seed=5).services
    return [(html.unescape(s["name"]), html.unescape(s["category"])) for s in services]


def test_cached_and_shared_kinds_equal_a_fresh_reading_of_each_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = _catalogue(3000)
    fresh = []
    for name, category in rows:
        kinds._forget()
        fresh.append(classify(name, category))
    # a small cache, emptied many times on the way: the same kinds
    monkeypatch.setattr(kinds, "_CACHE_LIMIT", 97)
    kinds._forget()
    assert [classify(name, category) for name, category in rows] == fresh
    assert len(kinds._READ) <= 97
    monkeypatch.undo()
    kinds._forget()
    assert [classify(name, category) for name, category in rows] == fresh
    assert [classify(name, category) for name, category in rows] == fresh  # all cached
