"""The catalogue index: categories, favourites, catalogue diffs and fast folded search.

Search folds case, accents, Arabic diacritics and letter variants, full-width and small caps.

Over 400 lines on purpose: the folding tables, the token index and the search that reads
them are one measured hot path (bench/bench_catalog_search.py).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate, compress, repeat
from operator import add, attrgetter, contains

from smmdesk.core.models import Service
from smmdesk.core.ordertypes import canonical_type_key, spec_for

__all__ = ["Catalog", "CatalogDiff", "RateChange", "fold"]

_ID = attrgetter("id")
_NAME = attrgetter("name")
_CATEGORY = attrgetter("category")
_TYPE = attrgetter("type")
_DRIPFEED = attrgetter("dripfeed")
_REFILL = attrgetter("refill")
_CANCEL = attrgetter("cancel")

# Marks that decorate a letter without changing what a searcher means by it: Latin, Greek and
# Cyrillic accents, Hebrew points, Arabic tashkeel (U+064B–U+065F, U+0670, Quranic marks) and
# tatweel, plus invisible format characters (bidi marks, zero-width joiners, variation
# selectors, soft hyphen). Script-essential marks (Indic vowel signs) are kept.
_DECORATION = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u061c\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
    "\u06ea-\u06ed\u08d3-\u08ff\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2069\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\u00ad"
)
_REPLACEMENTS: dict[str, str] = {
    # Arabic letter variants a searcher does not tell apart (the hamza forms أ إ آ ؤ ئ reach
    # this point already split by NFKD into a base letter and a stripped mark)
    "\u0629": "\u0647",  # ة -> ه
    "\u0649": "\u064a",  # ى -> ي
    "\u06cc": "\u064a",  # Persian ی -> ي
    "\u06a9": "\u0643",  # Persian ک -> ك
    "\u0671": "\u0627",  # ٱ -> ا
    "\u0131": "i",  # dotless ı
    # digits: the name "١٠٠٠ متابع" must match the query "1000"
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
}
# Small capitals ("ꜰᴏʟʟᴏᴡᴇʀꜱ") have no compatibility decomposition: NFKC/NFKD keep them.
_SMALL_CAPS = "ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpꞯqʀrꜱsᴛtᴜuᴠvᴡwʏyᴢz"
_REPLACEMENTS.update({_SMALL_CAPS[i]: _SMALL_CAPS[i + 1] for i in range(0, len(_SMALL_CAPS), 2)})
_SPECIAL = re.compile("[" + _DECORATION + re.escape("".join(_REPLACEMENTS)) + "]")
_DROP_OR_REPLACE = re.compile(_SPECIAL.pattern + "+")


def _replace_run(match: re.Match[str]) -> str:
    return "".join(_REPLACEMENTS.get(ch, "") for ch in match.group())


def fold(text: str) -> str:
    """The search normalisation, used alike for the index and for queries; exported so the
    GUI can fold the text it highlights the same way.

    Case (casefold), compatibility forms (NFKD: full-width, ligatures, styled letters), accents,
    Arabic tashkeel and tatweel, Arabic letter variants (أ إ آ -> ا, ى -> ي, ة -> ه),
    Arabic-Indic digits and small capitals all fold away. Line breaks are kept.
    """
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKD", text).casefold()
    # casefold may leave text that is not NFKD (U+0345 becomes a starter, future Unicode
    # versions may add more); normalising again costs little when nothing changes
    folded = unicodedata.normalize("NFKD", folded)
    # One scan finds which special characters occur; str.replace per character then runs in
    # C, much faster on a whole catalogue than a per-character translate or regex callback.
    present = set(_SPECIAL.findall(folded))
    if len(present) > 48:
        return _DROP_OR_REPLACE.sub(_replace_run, folded)
    for ch in present:
        folded = folded.replace(ch, _REPLACEMENTS.get(ch, ""))
    return folded


def _fold_many(texts: Sequence[str]) -> list[str]:
    """``[fold(t) for t in texts]``, folded as one string: one C pass instead of thousands."""
    if not texts:
        return []
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        joined = "\n".join(t.replace("\n", " ") for t in texts)
    folded = fold(joined).split("\n")
    if len(folded) != len(texts):  # a folding step produced a line break: be exact instead
        return [fold(t).replace("\n", " ") for t in texts]
    return folded


@dataclass(frozen=True, slots=True)
class RateChange:
    service_id: int
    old: Decimal
    new: Decimal


@dataclass(frozen=True, slots=True)
class CatalogDiff:
    """What changed from one catalogue to the next (ids in catalogue order)."""

    added: tuple[int, ...]
    removed: tuple[int, ...]
    rate_changes: tuple[RateChange, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.rate_changes)


class _Lookup:
    """Substring search over a list of folded strings: which entries contain a token.

    The entries are also held as one string joined by line breaks, so that a rare token is
    found by a few C-level ``str.find`` calls instead of one test per entry; a common token is
    tested against every entry by ``map(contains, ...)``, also without a Python-level loop.
    """

    def __init__(self, entries: list[str]) -> None:
        self.entries = entries
        self.blob = "\n".join(entries)
        # entry i starts after the i earlier entries and their i line breaks
        ends = accumulate(map(len, entries), initial=0)
        self.starts: list[int] = list(map(add, ends, range(len(entries))))
        # Hopping costs ~25x more per hit than one containment test per entry.
        self.hop_limit = max(16, len(entries) // 25)

    def containing(self, token: str) -> list[int]:
        """Indices of the entries containing ``token`` (which has no line break), ascending."""
        blob = self.blob
        count = blob.count(token)
        if count == 0:
            return []
        if count > self.hop_limit:
            entries = self.entries
            return list(compress(range(len(entries)), map(contains, entries, repeat(token))))
        found: list[int] = []
        starts, find = self.starts, blob.find
        last = len(starts) - 1
        position = find(token)
        while position != -1:
            index = bisect_right(starts, position) - 1
            found.append(index)
            if index == last:
                break
            position = find(token, starts[index + 1])
        return found


class Catalog:
    """A catalogue with its search index; only the favourites change after construction."""

    def __init__(self, services: Sequence[Service], favourites: Iterable[int] = ()) -> None:
        self.services: tuple[Service, ...] = tuple(services)
        self.favourites: frozenset[int] = frozenset(favourites)
        with _gc_paused():
            self._build()

    def _build(self) -> None:
        count = len(self.services)
        self._ids: list[int] = list(map(_ID, self.services))
        # First occurrence wins: build from the end so earlier entries overwrite later ones.
        self._by_id: dict[int, int] = dict(
            zip(reversed(self._ids), range(count - 1, -1, -1), strict=True)
        )
        # Duplicate ids are rare but real (merged catalogues): an id search shows every copy.
        self._duplicates: dict[int, list[int]] = {}
        if len(self._by_id) != count:
            for index, service_id in enumerate(self._ids):
                self._duplicates.setdefault(service_id, []).append(index)
            self._duplicates = {k: v for k, v in self._duplicates.items() if len(v) > 1}

        category_names = list(map(_CATEGORY, self.services))
        category_ids = {name: i for i, name in enumerate(dict.fromkeys(category_names))}
        self._category_of: list[int] = list(map(category_ids.__getitem__, category_names))
        self.categories: tuple[str, ...] = tuple(category_ids)
        spellings = list(map(_TYPE, self.services))
        spelling_ids = {name: i for i, name in enumerate(dict.fromkeys(spellings))}
        self._spelling_of: list[int] = list(map(spelling_ids.__getitem__, spellings))

        # Type spellings ("default", "Default", "SEO2") -> canonical keys and display titles.
        titles: dict[str, str] = {}
        spelling_keys: list[str] = []
        spelling_text: list[str] = []
        for spelling in spelling_ids:
            key = canonical_type_key(spelling)
            spec = spec_for(spelling)
            title = " ".join(spelling.split()) if spec.key == "generic" else spec.title
            title = title or spec.title  # a blank type shows as the generic "Other"
            titles.setdefault(key, title)
            spelling_keys.append(key)
            spelling_text.append(f"{spelling} {titles[key]}")
        self.types: tuple[str, ...] = tuple(titles.values())
        self._spelling_keys = spelling_keys

        self._category_members = _members(self._category_of, len(category_ids))
        self._spelling_members = _members(self._spelling_of, len(spelling_ids))
        # True / False / None (the panel did not say): a feature filter keeps only True
        self._dripfeed: list[bool | None] = list(map(_DRIPFEED, self.services))
        self._refill: list[bool | None] = list(map(_REFILL, self.services))
        self._cancel: list[bool | None] = list(map(_CANCEL, self.services))

        # The search index. A query token holds no whitespace, so it occurs in a name exactly
        # when it occurs inside one of the name's whitespace-separated words (folding works
        # character by character and never joins across whitespace). So the index keeps the
        # distinct words of all names with the services using each (a 20k catalogue has a few
        # thousand to ~40k distinct words, a fraction of its text), folded once; plus the
        # distinct categories and type spellings, folded once, with the services of each.
        word_members: defaultdict[str, list[int]] = defaultdict(list)
        # The build's biggest step (~12 words × 20k names); a plain loop measured faster here
        # than chaining map() over bound methods. A word repeated inside one name lists its
        # service twice, which the set union at search time absorbs.
        for index, words in enumerate(map(str.split, map(_NAME, self.services))):
            for word in words:
                word_members[word].append(index)
        self._word_members: list[list[int]] = list(word_members.values())
        # "Followers" and "followers" stay two entries that fold alike: a token finds both.
        self._words = _Lookup(_fold_many(list(word_members)))
        self._category_lookup = _Lookup(_fold_many(self.categories))
        self._spelling_lookup = _Lookup(_fold_many(spelling_text))

    # ------------------------------------------------------------------ look-ups

    def _indices_of_id(self, service_id: int) -> list[int]:
        duplicates = self._duplicates.get(service_id)
        if duplicates is not None:
            return duplicates
        index = self._by_id.get(service_id)
        return [] if index is None else [index]

    def __len__(self) -> int:
        return len(self.services)

    def by_id(self, service_id: int) -> Service | None:
        """The first service with this id (see ``is_repeated`` for an id listed twice)."""
        index = self._by_id.get(service_id)
        return None if index is None else self.services[index]

    def index_of(self, service_id: int) -> int | None:
        """The index into ``services`` of the first service with this id."""
        return self._by_id.get(service_id)

    def indices_of(self, service_id: int) -> list[int]:
        """Every index into ``services`` listing this id, in catalogue order (one for most)."""
        return list(self._indices_of_id(service_id))

    def is_repeated(self, service_id: int) -> bool:
        """True when the panel lists this id more than once, with different terms: which one
        the panel applies is the panel's choice, so the user is warned."""
        return service_id in self._duplicates

    def estimate_rate(self, service_id: int) -> Decimal | None:
        """The rate to estimate a cost at: the service's, or for an id listed more than once
        the highest of its rates (the estimate never promises less than the panel may
        charge). None for an id the catalogue does not list."""
        indices = self._indices_of_id(service_id)
        if not indices:
            return None
        return max(self.services[i].rate for i in indices)

    # ---------------------------------------------------------------- favourites

    def is_favourite(self, service_id: int) -> bool:
        return service_id in self.favourites

    def toggle_favourite(self, service_id: int) -> bool:
        """Flip the star on ``service_id``; returns whether it is now a favourite."""
        if service_id in self.favourites:
            self.favourites = self.favourites - {service_id}
            return False
        self.favourites = self.favourites | {service_id}
        return True

    # -------------------------------------------------------------------- search

    def search(
        self,
        query: str,
        *,
        types: Collection[str] | None = None,
        dripfeed: bool | None = None,
        refill: bool | None = None,
        cancel: bool | None = None,
        favourites_only: bool = False,
    ) -> list[int]:
        """Indices into ``services`` matching every token of ``query`` and every filter.

        Tokens are the whitespace-separated parts of the folded query; each must occur in the
        service's name, category or type. A token of digits also matches a service id exactly:
        those services come first, then the others, each group in catalogue order. ``types``
        takes any spelling of a type (None: no filter; empty: nothing). Empty query: all.
        """
        tokens = list(dict.fromkeys(fold(query).split()))
        matches = self._match(tokens) if tokens else list(range(len(self.services)))
        if types is not None:
            if isinstance(types, str):  # one type passed bare: not its characters
                types = (types,)
            wanted = {canonical_type_key(t) for t in types}
            spelling_ok = [key in wanted for key in self._spelling_keys]
            spelling_of = self._spelling_of
            matches = [i for i in matches if spelling_ok[spelling_of[i]]]
        for flags, value in (
            (self._dripfeed, dripfeed),
            (self._refill, refill),
            (self._cancel, cancel),
        ):
            if value is not None:
                matches = [i for i in matches if flags[i] is value]
        if favourites_only:
            favourites, ids = self.favourites, self._ids
            matches = [i for i in matches if ids[i] in favourites]
        return matches

    def _match(self, tokens: list[str]) -> list[int]:
        id_hits: set[int] = set()
        result: set[int] | None = None
        # Longer tokens are usually rarer: start with them so the intersection shrinks fast.
        for token in sorted(tokens, key=len, reverse=True):
            hits = self._containing(token)
            if token.isdigit() and token.isascii() and len(token) < 20:
                same_id = self._indices_of_id(int(token))
                hits.update(same_id)
                id_hits.update(same_id)
            result = hits if result is None else result & hits
            if not result:
                return []
        ordered = sorted(result or ())
        if id_hits.isdisjoint(ordered):
            return ordered
        return [i for i in ordered if i in id_hits] + [i for i in ordered if i not in id_hits]

    def _containing(self, token: str) -> set[int]:
        """Every service whose name, category or type contains ``token``."""
        hits: set[int] = set()
        members = self._word_members
        hits.update(*(members[w] for w in self._words.containing(token)))
        members = self._category_members
        hits.update(*(members[c] for c in self._category_lookup.containing(token)))
        members = self._spelling_members
        hits.update(*(members[s] for s in self._spelling_lookup.containing(token)))
        return hits

    # ------------------------------------------------------------ grouping, diffs

    def group(self, indices: Sequence[int]) -> list[tuple[str, list[int]]]:
        """(category, indices) pairs, categories in catalogue order, indices in given order."""
        groups: dict[int, list[int]] = {}
        category_of = self._category_of
        for index in indices:
            if 0 <= index < len(category_of):
                groups.setdefault(category_of[index], []).append(index)
        return [(self.categories[c], groups[c]) for c in sorted(groups)]

    def diff(self, other: Catalog) -> CatalogDiff:
        """What changed going from this catalogue to ``other`` (the newer one)."""
        old, new = self._by_id, other._by_id
        added = tuple(sid for sid in new if sid not in old)
        removed = tuple(sid for sid in old if sid not in new)
        changes: list[RateChange] = []
        for sid, index in new.items():
            previous = old.get(sid)
            if previous is None:
                continue
            before, after = self.services[previous].rate, other.services[index].rate
            if _rate_differs(before, after):
                changes.append(RateChange(sid, before, after))
        return CatalogDiff(added, removed, tuple(changes))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the index is built.

    The build allocates ~100k lists and strings that all stay alive; each allocation burst
    would trigger collections that traverse every object in the process (measured: about a
    third of the build time). Reference counting still frees everything as usual; only the
    cycle detector waits, and it is resumed only if it was running.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _members(owner_of: list[int], count: int) -> list[list[int]]:
    members: list[list[int]] = [[] for _ in range(count)]
    for index, owner in enumerate(owner_of):
        members[owner].append(index)
    return members


def _rate_differs(before: Decimal, after: Decimal) -> bool:
    if before.is_nan() or after.is_nan():
        return before.is_nan() != after.is_nan()
    return before != after
