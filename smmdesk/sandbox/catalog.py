"""The sandbox catalogue: a seeded, deterministic ``services`` list with real panels' quirks.

Ids 1..23 are fixed whatever the seed or size; ``SANDBOX_FIXED_SERVICES`` maps the first
column to the id. Everything else is generated, and the same (size, seed) always yields the
same catalogue. Ids of generated services start above 100 with gaps.

  id  SANDBOX_FIXED_SERVICES key  type as served             rate    min   max         drip rfl cnl
   1  Default                     Default                    0.90    50    10000       -    yes yes
   2  Default dripfeed            Default                    1.20    100   5000        yes  -   yes
   3  Package                     Package                    2.50    1     1           -    -   -
   4  Custom Comments             Custom Comments            12.00   5     1000        -    -   yes
   5  Custom Comments Package     Custom Comments Package    4.00    1     1           -    -   -
   6  Mentions                    Mentions                   3.00    100   10000       -    -   -
   7  Mentions with Hashtags      Mentions with Hashtags     3.50    100   10000       -    -   -
   8  Mentions Custom List        Mentions Custom List       5.00    10    1000        -    -   -
   9  Mentions Hashtag            Mentions Hashtag           2.80    100   10000       -    -   -
  10  Mentions User Followers     Mentions User Followers    2.90    100   10000       -    -   -
  11  Mentions Media Likers       Mentions Media Likers      2.70    100   10000       -    -   -
  12  Comment Likes               Comment Likes              1.50    20    5000        -    yes -
  13  Comment Replies             Comment Replies            15.00   1     500         -    -   -
  14  Poll                        Poll                       0.80    100   50000       -    -   yes
  15  SEO                         SEO                        4.20    100   20000       -    -   -
  16  Invites from Groups         Invites from Groups        6.00    100   5000        -    -   -
  17  Subscriptions               Subscriptions              1.10    50    20000       -    -   yes
  18  Custom Gateway              Custom Gateway (unknown)   0.50    10    1000        -    -   -
  19  Default no refill           default ("30 Days ♻️")     0.40    50    100000      -    -   -
  20  Mentions Users Followers    Mentions Users Followers   2.95    100   10000       -    -   -
  21  Default expensive           Default                    95200   100   1000        -    -   -
  22  Default cheap               Default                    0.0003  1000  2147483647  -    -   -
  23  Default premium             Default                    3960.0  1     100         -    yes yes

Id 10 has an Arabic name and category; 18's type is unknown on purpose (generic fallback);
19's name promises a refill its flag denies; flags, ids and limits vary in JSON spelling.
About one generated service in eight leaves ``dripfeed``, ``refill`` and ``cancel`` out
altogether, as older panels do, whatever the sandbox really allows for it (``entries``).
"""

from __future__ import annotations

import functools
import json
import math
import random
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .catalog_data import (
    AR_NAME_TAGS,
    AR_PLATFORMS,
    AR_PRODUCTS,
    AR_QUALIFIERS,
    CAT_QUALIFIERS,
    FIXED_ROWS,
    HTML_DESC,
    MAXES,
    MINS,
    NAME_TAGS,
    PLATFORMS,
    RANDOM_TYPES,
    SMALL_CAPS,
)

__all__ = [
    "SANDBOX_FIXED_SERVICES",
    "CatalogEntry",
    "Catalogue",
    "canonical_type",
    "php_json",
    "reseller_catalogue",
    "shared_catalogue",
]

SANDBOX_FIXED_SERVICES: dict[str, int] = {
    "Default": 1,
    "Default dripfeed": 2,
    "Package": 3,
    "Custom Comments": 4,
    "Custom Comments Package": 5,
    "Mentions": 6,
    "Mentions with Hashtags": 7,
    "Mentions Custom List": 8,
    "Mentions Hashtag": 9,
    "Mentions User Followers": 10,
    "Mentions Media Likers": 11,
    "Comment Likes": 12,
    "Comment Replies": 13,
    "Poll": 14,
    "SEO": 15,
    "Invites from Groups": 16,
    "Subscriptions": 17,
    "Custom Gateway": 18,
    "Default no refill": 19,
    "Mentions Users Followers": 20,
    "Default expensive": 21,
    "Default cheap": 22,
    "Default premium": 23,
}

# Every spelling the sandbox accepts, folded, mapped to its canonical type (the rules key).
_TYPE_ALIASES: dict[str, str] = {
    "default": "Default",
    "package": "Package",
    "custom comments": "Custom Comments",
    "custom comments package": "Custom Comments Package",
    "mentions": "Mentions",
    "mentions with hashtags": "Mentions with Hashtags",
    "mentions custom list": "Mentions Custom List",
    "mentions hashtag": "Mentions Hashtag",
    "mentions user followers": "Mentions User Followers",
    "mentions users followers": "Mentions User Followers",
    "mentions media likers": "Mentions Media Likers",
    "comment likes": "Comment Likes",
    "comment replies": "Comment Replies",
    "poll": "Poll",
    "seo": "SEO",
    "invites from groups": "Invites from Groups",
    "subscriptions": "Subscriptions",
}
GENERIC_TYPE = "Generic"


def canonical_type(spelled: str) -> str:
    """The canonical type for a type name as a panel spells it; ``"Generic"`` if unknown."""
    folded = " ".join(re.split(r"[\s_\-]+", spelled.strip().lower()))
    return _TYPE_ALIASES.get(folded, GENERIC_TYPE)


def php_json(obj: object) -> bytes:
    """JSON the way PHP's json_encode writes it: ASCII-only with ``\\uXXXX`` and ``\\/``."""
    # "/" only ever occurs inside JSON strings, so a blanket replace is safe.
    return json.dumps(obj, separators=(",", ":")).replace("/", "\\/").encode("ascii")


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """What the sandbox itself needs to know about one service (the served dict is looser)."""

    id: int
    type: str  # as served
    kind: str  # canonical_type(type)
    rate: Decimal
    min: int
    max: int
    dripfeed: bool
    refill: bool
    cancel: bool


FIXED_COUNT = len(FIXED_ROWS)
_LOG_MIN_RATE, _LOG_MAX_RATE = math.log(0.0003), math.log(3960.0)
#: share of generated services served without any of the three flags
_UNSTATED_SHARE = 0.125


def _flag(rng: random.Random, value: bool) -> Any:
    """A boolean spelled one of the ways panels spell it, or ``None`` (= leave the key out)."""
    style = rng.random()
    if style < 0.55:
        return value
    if style < 0.75:
        return int(value)
    if style < 0.85:
        return "1" if value else "0"
    return value if value else None


def _rate(rng: random.Random) -> str:
    rate = math.exp(rng.uniform(_LOG_MIN_RATE, _LOG_MAX_RATE))
    if rate < 0.01:
        return f"{max(rate, 0.0003):.4f}"
    if rate < 1:
        return f"{rate:.{rng.choice((2, 3, 4, 5))}f}"
    return f"{rate:.{rng.choice((1, 2))}f}"


def _categories(rng: random.Random, count: int) -> list[tuple[str, str, str, bool]]:
    """``count`` distinct (category, platform, product, is_arabic), about 8% in Arabic."""
    seen: set[str] = set()
    out: list[tuple[str, str, str, bool]] = []
    while len(out) < count:
        platform, products = rng.choice(PLATFORMS)
        product = rng.choice(products)
        arabic = platform in AR_PLATFORMS and rng.random() < 0.08
        if arabic:
            name = f"{AR_PLATFORMS[platform]} - {rng.choice(AR_PRODUCTS)} "
            name += rng.choice(AR_QUALIFIERS)
        else:
            shown = platform
            style = rng.random()
            if style < 0.05:
                shown = platform.lower().translate(SMALL_CAPS)
            elif style < 0.12:
                shown = f"⭐ {platform}"
            name = f"{shown} - {product} {rng.choice(CAT_QUALIFIERS)}"
        name = name.rstrip()
        base, server = name, 2
        while name in seen:
            name = f"{base} [Server {server}]"
            server += 1
        seen.add(name)
        out.append((name, platform, product, arabic))
    return out


class Catalogue:
    """The served list (``services``) plus the typed index the panel validates against."""

    def __init__(self, services: list[dict[str, Any]], entries: dict[int, CatalogEntry]) -> None:
        self.services = services
        self.entries = entries
        self._json: bytes | None = None

    def __len__(self) -> int:
        return len(self.services)

    def with_rows(self, rows: list[tuple[Any, ...]]) -> Catalogue:
        """A new catalogue: ``rows`` (fixed-row tuples, as in ``FIXED_ROWS``) served first,
        then this one's services (this one is left as it was: it may be shared)."""
        services: list[dict[str, Any]] = []
        entries: dict[int, CatalogEntry] = {}
        for row in rows:
            self._add(services, entries, *row)
        clashes = set(entries) & set(self.entries)
        if clashes:
            raise ValueError(f"service ids already in the catalogue: {sorted(clashes)}")
        services += [dict(service) for service in self.services]
        return Catalogue(services, {**self.entries, **entries})

    @classmethod
    def from_served(cls, services: list[dict[str, Any]]) -> Catalogue:
        """A catalogue serving exactly ``services`` (dicts as ``services`` holds them; a flag
        left out is honoured as "no"): how a test or the demo changes the list between two
        refreshes."""
        served: list[dict[str, Any]] = []
        entries: dict[int, CatalogEntry] = {}
        for entry in services:
            cls._add(
                served,
                entries,
                entry["service"],
                entry["name"],
                entry["type"],
                entry["category"],
                str(entry["rate"]),
                entry["min"],
                entry["max"],
                entry.get("dripfeed"),
                entry.get("refill"),
                entry.get("cancel"),
                entry.get("desc"),
            )
        return cls(served, entries)

    def json_bytes(self) -> bytes:
        """The ``services`` answer, encoded once (it never changes) on first use."""
        if self._json is None:
            self._json = php_json(self.services)
        return self._json

    @classmethod
    def generate(cls, size: int = 4000, seed: int = 1) -> Catalogue:
        """``size`` services (at least the fixed ones) in about size/7 categories."""
        rng = random.Random(seed)
        # its own stream, so the rest of a seed's catalogue is what it always was
        unstated = random.Random(seed * 7919 + 17)
        services: list[dict[str, Any]] = []
        entries: dict[int, CatalogEntry] = {}
        for row in FIXED_ROWS[:size]:
            cls._add(services, entries, *row)
        random_count = max(0, size - FIXED_COUNT)
        if random_count == 0:
            return cls(services, entries)
        categories = _categories(rng, max(1, size // 7))
        type_names = [t for t, _ in RANDOM_TYPES]
        types = rng.choices(type_names, weights=[w for _, w in RANDOM_TYPES], k=random_count)
        cats = rng.choices(categories, k=random_count)
        # Every category gets at least one service, so the category count is exact.
        cats[: len(categories)] = categories[:random_count]
        rng.shuffle(cats)
        next_id = 100
        names: list[str] = []
        for type_name, (category, platform, product, arabic) in zip(types, cats, strict=True):
            next_id += rng.choice((1, 1, 1, 2, 3, 7))
            kind = canonical_type(type_name)
            name = cls._name(rng, names, category, platform, product, kind, arabic)
            names.append(name)
            if kind in ("Package", "Custom Comments Package"):
                low, high = 1, 1
            else:
                low = rng.choice(MINS)
                high = max(rng.choice(MAXES), low * 10)
            dripfeed = kind == "Default" and rng.random() < 0.4
            refill = rng.random() < (0.6 if "♻" in name or "Refill" in name else 0.25)
            cancel = rng.random() < 0.4
            roll = rng.random()
            desc = (
                None
                if roll < 0.6
                else HTML_DESC
                if roll < 0.75
                else "usernames"
                if roll < 0.8
                else f"{product} for {platform}. No password."
            )
            cls._add(
                services,
                entries,
                str(next_id) if rng.random() < 0.3 else next_id,
                name,
                type_name,
                category,
                _rate(rng),
                str(low) if rng.random() < 0.5 else low,
                str(high) if rng.random() < 0.5 else high,
                _flag(rng, dripfeed),
                _flag(rng, refill),
                _flag(rng, cancel),
                desc,
                real_flags=(dripfeed, refill, cancel)
                if unstated.random() < _UNSTATED_SHARE
                else None,
            )
        return cls(services, entries)

    @staticmethod
    def _name(
        rng: random.Random,
        names: list[str],
        category: str,
        platform: str,
        product: str,
        kind: str,
        arabic: bool,
    ) -> str:
        if names and rng.random() < 0.08:
            return rng.choice(names)  # duplicate names are common on real panels
        if arabic:
            return f"{category.split(' - ')[-1]} {rng.choice(AR_NAME_TAGS)}"
        label = product if kind in ("Default", GENERIC_TYPE) else f"{product} [{kind}]"
        tags = rng.sample(NAME_TAGS, rng.choice((1, 2, 2, 3)))
        name = f"{platform} {label} {' '.join(tags)}"
        if rng.random() < 0.03:
            name = name.lower().translate(SMALL_CAPS)
        return name

    @staticmethod
    def _add(
        services: list[dict[str, Any]],
        entries: dict[int, CatalogEntry],
        sid: Any,
        name: str,
        type_name: str,
        category: str,
        rate: str,
        low: Any,
        high: Any,
        dripfeed: Any,
        refill: Any,
        cancel: Any,
        desc: str | None,
        real_flags: tuple[bool, bool, bool] | None = None,
    ) -> None:
        """Append one service. With ``real_flags`` it is served without any of the three
        flags, while the sandbox honours ``real_flags`` (drip-feed, refill, cancel)."""
        if real_flags is not None:
            dripfeed = refill = cancel = None
        served: dict[str, Any] = {
            "service": sid,
            "name": name,
            "type": type_name,
            "category": category,
            "rate": rate,
            "min": low,
            "max": high,
        }
        for key, value in (
            ("dripfeed", dripfeed),
            ("refill", refill),
            ("cancel", cancel),
            ("desc", desc),
        ):
            if value is not None:
                served[key] = value
        services.append(served)
        entries[int(sid)] = CatalogEntry(
            id=int(sid),
            type=type_name,
            kind=canonical_type(type_name),
            rate=Decimal(rate),
            min=int(low),
            max=int(high),
            dripfeed=_truthy(dripfeed) if real_flags is None else real_flags[0],
            refill=_truthy(refill) if real_flags is None else real_flags[1],
            cancel=_truthy(cancel) if real_flags is None else real_flags[2],
        )


def _truthy(value: Any) -> bool:
    return value is not None and value not in (False, 0, "0", "")


@functools.lru_cache(maxsize=4)
def shared_catalogue(size: int, seed: int) -> Catalogue:
    """One generated catalogue per (size, seed) per process: panels never mutate it, and tests
    start many panels."""
    return Catalogue.generate(size, seed)


# Mathematical bold letters: the "𝐅𝐨𝐥𝐥𝐨𝐰𝐞𝐫𝐬" spelling some panels use to stand out.
_BOLD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "".join(chr(0x1D400 + i) for i in range(52)),
)
_ENTITY_OR_TEXT = re.compile(r"&#?\w+;|[^&]+|&")
_AR_WORDS = {"Followers": "متابعين", "Likes": "لايكات", "Views": "مشاهدات", "Comments": "تعليقات"}


def _decorated(rng: random.Random, name: str, decorate: float) -> str:
    """``name`` as a reseller panel restyles it: bold or small-caps letters, an Arabic product
    word, or as it was (each restyled with probability ``decorate``)."""
    if rng.random() >= decorate:
        return name
    style = rng.random()
    if style < 0.7:
        table = _BOLD if style < 0.4 else SMALL_CAPS
        # HTML entities (&amp;) stay as they are, or they would no longer decode
        return _ENTITY_OR_TEXT.sub(
            lambda m: (
                m[0]
                if m[0].startswith("&")
                else (m[0] if table is _BOLD else m[0].lower()).translate(table)
            ),
            name,
        )
    for word, arabic in _AR_WORDS.items():
        if word in name:
            return name.replace(word, arabic, 1)
    return f"⭐ {name}"


def reseller_catalogue(
    base: Catalogue,
    seed: int,
    *,
    share: float = 0.8,
    price_factor: Decimal = Decimal("1"),
    decorate: float = 0.0,
) -> Catalogue:
    """Another panel reselling ``base``: about ``share`` of its services (the fixed ones
    always), under their own ids, each at its base rate × ``price_factor`` × a per-service
    spread of 0.6–1.6, names restyled with probability ``decorate``. Same inputs, same
    catalogue. Used by the demo's extra panels, so the same service shows on several panels
    at different prices."""
    rng = random.Random(seed)
    services: list[dict[str, Any]] = []
    entries: dict[int, CatalogEntry] = {}
    next_id = 1000 * seed
    for index, served in enumerate(base.services):
        if index >= FIXED_COUNT and rng.random() >= share:
            continue
        old = base.entries[int(served["service"])]
        next_id += rng.choice((1, 1, 2, 5))
        sid = int(served["service"]) if index < FIXED_COUNT else next_id
        spread = Decimal(str(round(rng.uniform(0.6, 1.6), 2)))
        rate = max(
            Decimal("0.0001"), (old.rate * price_factor * spread).quantize(Decimal("0.0001"))
        )
        rate = rate.normalize()
        row = dict(served, service=sid, rate=f"{rate:f}")
        if index >= FIXED_COUNT:
            row["name"] = _decorated(rng, str(served["name"]), decorate)
        services.append(row)
        entries[sid] = CatalogEntry(
            sid, old.type, old.kind, rate, old.min, old.max, old.dripfeed, old.refill, old.cancel
        )
    return Catalogue(services, entries)
