"""What a service is: its platform, its product and the attributes resellers compare on.

``classify(name, category, description)`` reads a panel's service name (and its category, and
for attributes its description) and returns a ``ServiceKind``. Pure and fast: one fold, one
tokenisation and dictionary look-ups per word, a few regular expressions only where a cue word
is present.

Folding (the catalogue search's ``fold``): case, compatibility forms (𝐅𝐨𝐥𝐥𝐨𝐰𝐞𝐫𝐬, full width),
small capitals (ꜰᴏʟʟᴏᴡᴇʀꜱ), accents, Arabic tashkeel and tatweel, Arabic letter variants
(أ إ آ -> ا, ى -> ي, ة -> ه) and Arabic-Indic digits. Emoji are not words and drop out of the
tokens; flags are read as countries first.

Vocabulary: ``PLATFORMS`` and ``PRODUCTS`` (the ids), ``GEOS`` (ISO 3166 country codes in lower
case, and the region words ``REGIONS``), ``QUALITIES``.

Rules:

- Platform: the first platform word of the name; if the name has none, the first of the
  category. "X" is Twitter only as the first word. Traffic is always ``website``: "Traffic from
  Instagram/Google" names where the visitors come from, not what is sold.
- Product: the first product word or phrase of the name ("page likes", "story views" and
  "live stream viewers" are phrases: the longest phrase at a position wins). A product word
  that follows "from", "with", "of", "+", "&", "free", "bonus", "من", "مع" or is followed by
  "free"/"bonus" is a qualifier ("Likes from followers", "Views with likes", "+ Followers",
  "Likes Free"): the first unqualified one wins, and a qualified one only when there is no
  other. Mentions are the exception: a mention service names whose followers it mentions, so
  a mention word anywhere makes the product ``mentions``. With no product in the name, the
  category's first product is used. The description is never used for platform or product
  (a wrong match is worse than none); it only fills attributes the name leaves unsaid.
- Attributes: what the text does not state is ``None``, never ``False``. ``no_refill`` is
  True for "no refill" (and the like) and False when a refill is stated; ``refill_days`` is
  the stated number of days (a month is 30, a year 365); a lifetime refill sets
  ``refill_lifetime`` and leaves ``refill_days`` None. ``non_drop`` is True for
  "non drop"/"no drop"/"0% drop", False for "drop"/"less drops"/"low drop". ``speed_per_day``
  is the lower end of a stated range ("30-40k/Day" is 30,000; per hour × 24).
  ``start_minutes`` is the upper end of a stated start time ("Start: 0-1 Hr" is 60;
  "Instant" is 0). ``quality`` is the quality words found, in ``QUALITIES`` order (None when
  none). ``dripfeed`` is True when drip-feed is mentioned, False for "no drip-feed".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product as _cartesian

from smmdesk.core.catalog import fold

__all__ = [
    "GEOS",
    "PLATFORMS",
    "PRODUCTS",
    "QUALITIES",
    "REGIONS",
    "ServiceKind",
    "classify",
]


@dataclass(frozen=True, slots=True)
class ServiceKind:
    """What a service name says; every attribute the text does not state is None.

    ``platform``/``product``: ids from ``PLATFORMS``/``PRODUCTS``. ``geo``: a lower-case ISO
    country code or a ``REGIONS`` word. ``refill_days``: days of refill stated;
    ``refill_lifetime``: True for a lifetime refill (then ``refill_days`` is None);
    ``no_refill``: True when "no refill" is stated, False when a refill is. ``non_drop``: True
    for non-drop, False when drops are stated. ``speed_per_day``: the lower end of a stated
    speed. ``start_minutes``: the upper end of a stated start time (0 for instant).
    ``quality``: the ``QUALITIES`` words stated. ``dripfeed``: whether drip-feed is stated.
    """

    platform: str | None = None
    product: str | None = None
    geo: str | None = None
    refill_days: int | None = None
    refill_lifetime: bool | None = None
    no_refill: bool | None = None
    non_drop: bool | None = None
    speed_per_day: int | None = None
    start_minutes: int | None = None
    quality: tuple[str, ...] | None = None
    dripfeed: bool | None = None


# ---------------------------------------------------------------------------------------------
# Vocabulary: id -> the words and phrases (folded, space-separated tokens) that name it.

_PLATFORM_WORDS: dict[str, tuple[str, ...]] = {
    "instagram": (
        "instagram",
        "insta",
        "ig",
        "igtv",
        "انستقرام",
        "انستغرام",
        "انستجرام",
        "انستا",
        "انستكرام",
        "إنستغرام",
        "انيستا",
    ),
    "youtube": ("youtube", "yt", "you tube", "يوتيوب", "يوتوب"),
    "tiktok": ("tiktok", "tik tok", "tt", "تيك توك", "تيكتوك", "تك توك"),
    "facebook": ("facebook", "fb", "face book", "فيسبوك", "فيس بوك", "فيس"),
    "twitter": ("twitter", "tweet", "tweets", "تويتر", "twiter"),
    "telegram": (
        "telegram",
        "tg",
        "تيليجرام",
        "تليجرام",
        "تلجرام",
        "تيليقرام",
        "تلغرام",
        "تيلجرام",
        "تليقرام",
        "تيليغرام",
    ),
    "spotify": ("spotify", "سبوتيفاي", "سبوتفاي"),
    "soundcloud": ("soundcloud", "sound cloud", "ساوند كلاود", "ساوندكلاود"),
    "twitch": ("twitch", "تويتش"),
    "linkedin": ("linkedin", "linked in", "لينكدان", "لينكد ان"),
    "pinterest": ("pinterest", "بنترست", "بينترست"),
    "threads": ("threads", "ثريدز", "threads net"),
    "snapchat": ("snapchat", "snap chat", "snap", "سناب شات", "سناب", "سنابشات"),
    "discord": ("discord", "ديسكورد", "دسكورد"),
    "kick": ("kick", "kick com", "كيك"),
    "reddit": ("reddit", "subreddit", "ريديت"),
    "quora": ("quora", "كورا"),
    "vimeo": ("vimeo",),
    "tumblr": ("tumblr",),
    "google": ("google", "google maps", "google business", "gmb", "جوجل", "قوقل", "خرائط جوجل"),
    "website": ("website", "web site", "web traffic", "site", "موقع", "مواقع"),
    "app": (
        "app",
        "apps",
        "google play",
        "play store",
        "app store",
        "appstore",
        "ios",
        "android",
        "playstore",
        "تطبيق",
        "متجر بلاي",
    ),
    "apple_music": ("apple music", "itunes", "ابل ميوزك"),
    "deezer": ("deezer",),
    "audiomack": ("audiomack",),
    "podcast": ("podcast", "podcasts", "apple podcasts", "بودكاست"),
    "imdb": ("imdb",),
    "vk": ("vk", "vkontakte", "вконтакте", "вк"),
    "whatsapp": ("whatsapp", "واتساب", "واتس"),
    "trustpilot": ("trustpilot",),
    "shazam": ("shazam",),
    "tidal": ("tidal",),
    "dailymotion": ("dailymotion",),
    "rumble": ("rumble",),
    "kwai": ("kwai",),
    "likee": ("likee",),
}

_PRODUCT_WORDS: dict[str, tuple[str, ...]] = {
    "followers": (
        "followers",
        "follower",
        "follows",
        "follow",
        "fans",
        "page followers",
        "profile followers",
        "playlist followers",
        "artist followers",
        "متابعين",
        "متابع",
        "متابعون",
        "متابعه",
        "فولورز",
        "فلورز",
        "فولو",
        "فولوز",
        "متابعات",
    ),
    "likes": (
        "likes",
        "like",
        "hearts",
        "favorites",
        "favourites",
        "post likes",
        "photo likes",
        "video likes",
        "reel likes",
        "reels likes",
        "story likes",
        "لايكات",
        "لايك",
        "لايكس",
        "اعجابات",
        "اعجاب",
        "قلوب",
    ),
    "page_likes": (
        "page likes",
        "fan page likes",
        "page like",
        "fanpage likes",
        "لايكات صفحه",
        "اعجابات صفحه",
        "لايكات الصفحه",
        "اعجابات الصفحه",
    ),
    "comment_likes": ("comment likes", "comments likes", "لايكات تعليقات", "لايكات تعليق"),
    "dislikes": ("dislikes", "dislike"),
    "views": (
        "reels plays",
        "reel plays",
        "views",
        "view",
        "video views",
        "reel views",
        "reels views",
        "shorts views",
        "post views",
        "igtv views",
        "tv views",
        "plays views",
        "مشاهدات",
        "مشاهده",
        "فيوز",
        "views per post",
    ),
    "story_views": (
        "story views",
        "stories views",
        "story view",
        "ستوري",
        "ستوريز",
        "مشاهدات ستوري",
        "مشاهدات الستوري",
        "مشاهدات قصص",
        "مشاهدات القصص",
    ),
    "live_viewers": (
        "live viewers",
        "live views",
        "live stream views",
        "live stream viewers",
        "livestream views",
        "livestream viewers",
        "live stream",
        "live video views",
        "stream viewers",
        "concurrent viewers",
        "viewers",
        "بث مباشر",
        "مشاهدات بث",
        "مشاهدات لايف",
        "مشاهدين بث",
        "لايف",
    ),
    "watch_time": ("watch time", "watch hours", "watchtime", "ساعات مشاهده", "ساعات"),
    "comments": (
        "comments",
        "comment",
        "custom comments",
        "comment replies",
        "replies",
        "تعليقات",
        "تعليق",
        "كومنتات",
        "كومنت",
    ),
    "shares": ("shares", "share", "مشاركات", "مشاركه", "شير"),
    "subscribers": (
        "subscribers",
        "subscriber",
        "subs",
        "sub",
        "مشتركين",
        "مشترك",
        "اشتراكات",
        "سبسكرايب",
    ),
    "members": (
        "members",
        "member",
        "joiners",
        "group members",
        "channel members",
        "server members",
        "اعضاء",
        "عضو",
        "اعضاء قناه",
        "اعضاء جروب",
        "اعضاء مجموعه",
    ),
    "plays": ("plays", "play", "streams", "stream", "listens", "تشغيل", "تشغيلات", "استماع"),
    "saves": ("saves", "save", "bookmarks", "حفظ", "حفظات"),
    "listeners": ("listeners", "monthly listeners", "مستمعين"),
    "traffic": ("traffic", "visitors", "visits", "clicks", "زيارات", "زوار", "ترافيك"),
    "profile_visits": ("profile visits", "profile visit", "زيارات بروفايل"),
    "impressions": ("impressions", "impression", "ظهور", "انطباعات"),
    "reach": ("reach", "وصول"),
    "votes": ("votes", "vote", "poll votes", "poll", "تصويت", "اصوات", "تصويتات"),
    "upvotes": ("upvotes", "upvote", "comment upvotes", "answer upvotes", "post upvotes"),
    "downvotes": ("downvotes", "downvote"),
    "reposts": ("reposts", "repost", "retweets", "retweet", "repins", "ريتويت", "ريتويتات"),
    "reviews": ("reviews", "review", "ratings", "rating", "تقييمات", "تقييم", "مراجعات"),
    "installs": ("installs", "install", "downloads", "download", "تحميلات", "تثبيت", "تحميل"),
    "mentions": ("mentions", "mention", "منشن", "منشنات"),
    "reactions": (
        "reactions",
        "reaction",
        "emoji reactions",
        "post reactions",
        "تفاعلات",
        "رياكشن",
        "رياكشنات",
        "ايموجي",
    ),
    "friends": ("friends", "friend requests", "اصدقاء", "طلبات صداقه"),
    "connections": ("connections",),
    "engagement": ("engagement", "engagements"),
    "package": ("package", "packages", "bundle", "combo", "باقه", "بكج"),
}

PLATFORMS: tuple[str, ...] = tuple(_PLATFORM_WORDS)
PRODUCTS: tuple[str, ...] = tuple(_PRODUCT_WORDS)

_GEO_WORDS: dict[str, tuple[str, ...]] = {
    "arab": ("arab", "arabs", "arabic", "arabian", "عرب", "عربي", "عربيه", "العرب"),
    "gulf": ("gulf", "khaleeji", "خليجي", "خليجيه", "الخليج", "خليج"),
    "europe": ("europe", "european", "eu", "اوروبي", "اوروبا"),
    "asia": ("asia", "asian", "اسيوي"),
    "africa": ("africa", "african", "افريقي"),
    "latam": ("latam", "latin", "latino"),
    "worldwide": ("worldwide", "global", "international", "عالمي", "دولي"),
    "us": ("usa", "america", "american", "united states", "امريكي", "امريكا", "امريكيه"),
    "gb": ("uk", "british", "england", "united kingdom", "بريطاني"),
    "br": ("brazil", "brazilian", "brasil", "برازيلي"),
    "in": ("india", "indian", "هندي", "الهند"),
    "tr": ("turkey", "turkish", "turkiye", "تركي", "تركيا", "تركيه"),
    "eg": ("egypt", "egyptian", "مصري", "مصر", "مصريه"),
    "sa": ("saudi", "ksa", "saudi arabia", "سعودي", "السعوديه", "سعوديه"),
    "ae": ("uae", "emirates", "emirati", "اماراتي", "الامارات"),
    "kw": ("kuwait", "kuwaiti", "كويتي", "الكويت"),
    "iq": ("iraq", "iraqi", "عراقي", "العراق"),
    "ma": ("morocco", "moroccan", "مغربي", "المغرب"),
    "dz": ("algeria", "algerian", "جزائري", "الجزائر"),
    "jo": ("jordan", "jordanian", "اردني", "الاردن"),
    "qa": ("qatar", "qatari", "قطري", "قطر"),
    "ru": ("russia", "russian", "روسي"),
    "de": ("germany", "german", "الماني"),
    "fr": ("france", "french", "فرنسي"),
    "es": ("spain", "spanish", "اسباني"),
    "it": (
        "italy",
        "italian",
    ),
    "id": ("indonesia", "indonesian", "اندونيسي"),
    "pk": ("pakistan", "pakistani", "باكستاني"),
    "ng": ("nigeria", "nigerian"),
    "mx": ("mexico", "mexican"),
    "jp": ("japan", "japanese"),
    "kr": ("korea", "korean"),
    "vn": ("vietnam", "vietnamese"),
    "ph": ("philippines", "filipino"),
    "ir": ("iran", "iranian", "persian", "ايراني"),
    "ca": ("canada", "canadian"),
    "au": ("australia", "australian"),
}
GEOS: tuple[str, ...] = tuple(_GEO_WORDS)
#: the region words among them (a country is its two-letter code)
REGIONS: tuple[str, ...] = tuple(g for g in _GEO_WORDS if len(g) > 2)

QUALITIES: tuple[str, ...] = ("real", "active", "hq", "lq", "bot", "mixed", "premium", "organic")
_QUALITY_WORDS: dict[str, tuple[str, ...]] = {
    "real": ("real", "حقيقي", "حقيقيين", "حقيقيه", "حقيقين"),
    "active": ("active", "نشط", "نشطين", "متفاعل", "متفاعلين"),
    "hq": ("hq", "high quality", "جوده عاليه", "عالي الجوده"),
    "lq": ("lq", "low quality", "جوده منخفضه"),
    "bot": ("bot", "bots", "fake", "وهمي", "وهميين"),
    "mixed": ("mixed", "mix", "mixed quality", "مختلط", "مختلطه", "ميكس"),
    "premium": ("premium", "vip", "بريميوم"),
    "organic": ("organic", "عضوي"),
}

# Words that make the product word after them a qualifier ("Likes from followers").
_QUALIFY_BEFORE = frozenset(
    {"from", "with", "of", "+", "&", "free", "bonus", "plus", "and", "من", "مع", "مجانا", "هديه"}
)
_QUALIFY_AFTER = frozenset({"free", "bonus", "gift", "مجانا", "هديه", "مجاني"})
_ARABIC_PREFIXES = ("", "ال", "و", "وال", "بال", "لل", "ب")


# ---------------------------------------------------------------------------------------------
# One trie over every vocabulary, built once: word -> (hits, children). A hit is (slot, id).

_PLATFORM_SLOT, _PRODUCT_SLOT, _GEO_SLOT, _QUALITY_SLOT = range(4)
_TOKEN = re.compile(r"[^\W_]+|[+&]")
_Hits = tuple[tuple[int, str], ...]
_Node = tuple[_Hits, dict[str, "_Node"]]


# Bytes that are not part of a word (``_TOKEN``'s separators) -> a space, so that splitting at
# spaces finds the same words as ``_TOKEN.findall`` in a fraction of the time.
_SEPARATOR_BYTES = bytes(
    code if chr(code).isascii() and (chr(code).isalnum() or chr(code) in "+&") else 32
    for code in range(256)
)
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")  # a letter or digit outside ASCII


def _tokens(folded: str) -> list[str]:
    """``_TOKEN.findall(folded)``, faster: text whose only characters outside ASCII are not
    letters or digits (emoji, symbols: separators) is split with bytes methods."""
    if not folded.isascii() and _NON_ASCII_WORD.search(folded) is not None:
        return _TOKEN.findall(folded)
    # a non-ASCII character becomes "?", a separator like it
    spaced = folded.encode("ascii", "replace").translate(_SEPARATOR_BYTES)
    if b"+" in spaced or b"&" in spaced:
        spaced = spaced.replace(b"+", b" + ").replace(b"&", b" & ")
    return spaced.decode("ascii").split()


def _is_arabic(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


def _variants(phrase: str) -> Iterable[tuple[str, ...]]:
    """The phrase's folded words; Arabic words also with a clitic prefix ("ال", "و", "بال"…)."""
    words = _TOKEN.findall(fold(phrase))
    options = [
        [p + w for p in _ARABIC_PREFIXES] if _is_arabic(w) and len(w) > 2 else [w] for w in words
    ]
    return (tuple(combo) for combo in _cartesian(*options))


def _build_trie() -> dict[str, _Node]:
    phrases: dict[tuple[str, ...], dict[int, str]] = {}
    vocabularies = (_PLATFORM_WORDS, _PRODUCT_WORDS, _GEO_WORDS, _QUALITY_WORDS)
    for slot, words in enumerate(vocabularies):
        for ident, spellings in words.items():
            for spelling in spellings:
                for key in _variants(spelling):
                    phrases.setdefault(key, {}).setdefault(slot, ident)
    root: dict[str, _Node] = {}
    for key in sorted(phrases, key=len):
        level = root
        for word in key[:-1]:
            level = level.setdefault(word, ((), {}))[1]
        children = level.get(key[-1], ((), {}))[1]
        level[key[-1]] = (tuple(sorted(phrases[key].items())), children)
    return root


_TRIE = _build_trie()


_Scanned = tuple[str | None, str | None, str | None, tuple[str, ...] | None]


def _longest(node: _Node, tokens: list[str], j: int) -> tuple[_Hits, int]:
    """The hits of the longest phrase starting with ``node``'s word, and where it ends."""
    hits, children = node
    end, count = j, len(tokens)
    while children and j < count:
        deeper = children.get(tokens[j])
        if deeper is None:
            break
        j += 1
        if deeper[0]:
            hits, end = deeper[0], j
        children = deeper[1]
    return hits, end


def _scan(tokens: list[str]) -> _Scanned:
    """(platform, product, geo word, quality words) in one left-to-right pass: at each word
    the longest phrase of any vocabulary wins and its words are not read again ("google play"
    is the app store, not plays)."""
    platform = product = qualified = geo = None
    qualities: set[str] | None = None
    mentions = False
    count = len(tokens)
    resume = 0
    for i, node in enumerate(map(_TRIE.get, tokens)):
        if node is None or i < resume:
            continue
        hits, resume = _longest(node, tokens, i + 1) if node[1] else (node[0], i + 1)
        for slot, ident in hits:
            if slot == _PRODUCT_SLOT:
                if ident == "mentions":
                    mentions = True
                if product is not None:
                    continue
                if (i and tokens[i - 1] in _QUALIFY_BEFORE) or (
                    resume < count and tokens[resume] in _QUALIFY_AFTER
                ):
                    qualified = qualified or ident
                else:
                    product = ident
            elif slot == _PLATFORM_SLOT:
                platform = platform or ident
            elif slot == _GEO_SLOT:
                geo = geo or ident
            elif qualities is None:
                qualities = {ident}
            else:
                qualities.add(ident)
    if platform is None and count and tokens[0] == "x":
        platform = "twitter"
    return (
        platform,
        "mentions" if mentions else product or qualified,
        geo,
        None
        if qualities is None
        else (qualities.pop(),)
        if len(qualities) == 1
        else tuple(sorted(qualities, key=QUALITIES.index)),
    )


# ---------------------------------------------------------------------------------------------
# Attributes. Each reader first checks a cue with a plain substring test, so a name that does
# not mention the attribute costs no regular expression.

_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
_US = re.compile(r"\bUS\b")


def _flag(raw: str) -> str | None:
    """The first flag emoji's country code ("🇺🇸" -> "us"; the UK flag is "gb")."""
    match = _FLAG.search(raw)
    if match is None:
        return None
    pair = match.group()
    return chr(ord(pair[0]) - 0x1F1E6 + 97) + chr(ord(pair[1]) - 0x1F1E6 + 97)


def _geo(raw: str, scanned: str | None) -> str | None:
    if not raw.isascii():
        flag = _flag(raw)
        if flag is not None:
            return flag
    if scanned is not None:
        return scanned
    if "US" in raw and _US.search(raw):
        return "us"
    return None


_UNIT_DAYS = {
    "d": 1,
    "day": 1,
    "days": 1,
    "يوم": 1,
    "ايام": 1,
    "month": 30,
    "months": 30,
    "شهر": 30,
    "اشهر": 30,
    "year": 365,
    "years": 365,
    "y": 365,
    "سنه": 365,
    "m": 30,
}
_R_NUMBER = re.compile(r"r[\d∞]")  # R30, AR30 (auto refill), R∞
_NO_REFILL = re.compile(
    r"\b(?:no|non|without|w/o)[\s\-]*(?:refill|guarantee)|refill\s*:?\s*(?:no|none|0)\b"
    r"|بدون\s*(?:ضمان|تعويض)|لا\s*يوجد\s*ضمان|\br0\b|\bnr\b"
)
_UNIT = r"(days?|d|months?|years?|y|m|يوم|ايام|شهر|اشهر|سنه)"
_REFILL_DAYS = (
    re.compile(r"\ba?r(\d{1,4})\b()"),
    re.compile(r"(\d{1,4})\s*-?\s*" + _UNIT + r"\W{0,4}(?:auto\s*)?(?:refill|guarantee|♻|ضمان)"),
    re.compile(
        r"(?:refill|guarantee[d]?|♻|ضمان|تعويض)\W{0,4}(\d{1,4})\s*" + _UNIT + r"?(?![\w\-/.,])"
    ),
    re.compile(r"(?:ضمان|refill|guarantee)\s*(?:لمده\s*)?()(شهر|سنه|month|year)"),
)
_LIFETIME = re.compile(r"lifetime|life\s*time|forever|\br∞|مدي\s*الحياه|ضمان\s*دائم|ضمان\s*مدي")


def _refill(text: str) -> tuple[int | None, bool | None, bool | None]:
    """(refill_days, refill_lifetime, no_refill) from folded text."""
    worded = (
        "refill" in text
        or "♻" in text
        or "guarant" in text
        or "ضمان" in text
        or "life" in text
        or "تعويض" in text
        or "forever" in text
        or "مضمون" in text
    )
    if not worded and _R_NUMBER.search(text) is None:
        if "nr" in text and _NO_REFILL.search(text):
            return None, None, True
        return None, None, None
    if (
        "no" in text
        or "without" in text
        or "w/o" in text
        or "r0" in text
        or "بدون" in text
        or "لا" in text
    ) and _NO_REFILL.search(text):
        return None, None, True
    if (
        "life" in text or "forever" in text or "∞" in text or "الحياه" in text or "دائم" in text
    ) and _LIFETIME.search(text):
        return None, True, False
    for pattern in _REFILL_DAYS if worded else _REFILL_DAYS[:1]:
        match = pattern.search(text)
        if match is not None:
            number, unit = match.groups()
            days = int(number) if number else 1
            return days * _UNIT_DAYS.get(unit, 1), None, False
    return None, None, False


_NON_DROP = re.compile(
    r"non[\s\-]*drop|no[\s\-]*drop|0\s*%\s*drop|zero\s*drop|بدون\s*نقص|لا\s*ينقص|ثابت"
)
_DROP = re.compile(r"\bdrops?\b|dropping|نقص")


def _non_drop(text: str) -> bool | None:
    if "drop" not in text and "نقص" not in text and "ثابت" not in text:
        return None
    if _NON_DROP.search(text):
        return True
    if _DROP.search(text):
        return False
    return None


_SPEED = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(k|m)?\s*(?:-\s*\d+(?:[.,]\d+)?\s*(k|m)?\s*)?"
    r"\s*(?:/|\bper\b|\ba\b)\s*(day|d|hour|hr|h|24\s*h|24\s*hours|يوم|ساعه)\b"
)
_SPEED_AR = re.compile(r"(\d+(?:[.,]\d+)?)\s*(k|m|الف)?\s*(?:يوميا|باليوم|في اليوم)")
_MULTIPLIER = {"k": 1000, "m": 1_000_000, "الف": 1000, None: 1, "": 1}


def _speed(text: str) -> int | None:
    if "/" in text or "per" in text or " a d" in text:
        match = _SPEED.search(text)
        if match is not None:
            number, unit, range_unit, per = match.groups()
            value = float(number.replace(",", ".")) * _MULTIPLIER[unit or range_unit]
            if per in ("hour", "hr", "h", "ساعه"):
                value *= 24
            return int(value)
    if "يوم" in text:
        match = _SPEED_AR.search(text)
        if match is not None:
            return int(float(match.group(1).replace(",", ".")) * _MULTIPLIER[match.group(2)])
    return None


_START = re.compile(
    r"start(?:\s*time)?\s*:?\s*(?:(\d+)\s*-\s*)?(\d+)\s*(min|minutes?|m|hours?|hrs?|h|days?|d)\b"
    r"|(\d+)\s*-?\s*(\d+)?\s*(min|minutes?|hours?|hrs?|h)\s*start"
)
_INSTANT = re.compile(r"instant|immediate|بدء\s*فوري|فوري")
_START_UNIT = {
    "m": 1,
    "min": 1,
    "minute": 1,
    "minutes": 1,
    "h": 60,
    "hr": 60,
    "hrs": 60,
    "hour": 60,
    "hours": 60,
    "d": 1440,
    "day": 1440,
    "days": 1440,
}


def _start(text: str) -> int | None:
    if "start" in text:
        match = _START.search(text)
        if match is not None:
            g = match.groups()
            upper, unit = (g[1], g[2]) if g[1] else (g[4] or g[3], g[5])
            return int(upper) * _START_UNIT[unit]
    if ("inst" in text or "imm" in text or "فوري" in text) and _INSTANT.search(text):
        return 0
    return None


_DRIP = re.compile(r"(no\s*)?drip[\s\-]*feed")


def _dripfeed(text: str) -> bool | None:
    if "drip" not in text:
        return None
    match = _DRIP.search(text)
    return None if match is None else match.group(1) is None


# ---------------------------------------------------------------------------------------------


def classify(name: str, category: str = "", description: str = "") -> ServiceKind:
    """The platform, product and attributes a service's name states; what the name leaves
    unsaid comes from the category, then (attributes only) from the description."""
    facts = _READ.get(name) or _read_cached(name)
    if category and None in facts:
        facts = _merge(facts, _READ.get(category) or _read_cached(category))
    if description and None in facts[2:]:
        facts = _merge(facts, (None, None, *_read(description)[2:]))
    if facts[1] == "traffic":
        # "Traffic from Instagram/Google" names where visitors come from: it is website traffic
        facts = ("website", *facts[1:])
    kind = _KINDS.get(facts)
    if kind is None:
        if len(_KINDS) >= _CACHE_LIMIT:
            _KINDS.clear()
        kind = _KINDS[facts] = ServiceKind(*facts)
    return kind


_Facts = tuple[
    str | None,  # platform
    str | None,  # product
    str | None,  # geo
    int | None,  # refill_days
    bool | None,  # refill_lifetime
    bool | None,  # no_refill
    bool | None,  # non_drop
    int | None,  # speed_per_day
    int | None,  # start_minutes
    tuple[str, ...] | None,  # quality (None: no quality word)
    bool | None,  # dripfeed
]


def _read(text: str) -> _Facts:
    """Everything one text states, on its own, in ``ServiceKind`` field order."""
    folded = text.lower() if text.isascii() else fold(text)  # fold's own first step, inline
    platform, product, geo, quality = _scan(_tokens(folded))
    days, lifetime, no_refill = _refill(folded)
    return (
        platform,
        product,
        _geo(text, geo),
        days,
        lifetime,
        no_refill,
        _non_drop(folded),
        _speed(folded),
        _start(folded),
        quality,
        _dripfeed(folded),
    )


# Caches, each emptied when it holds _CACHE_LIMIT entries. Names and categories repeat within a
# catalogue (a category is shared by its services; real panels give many services the same
# name), across panels that resell the same providers, and at every refresh of a catalogue:
# each text is read once (_READ). Few distinct kinds come out of a catalogue (100,000 sandbox
# names: about 10,000): each is made once and shared (a ServiceKind is immutable), one look-up
# instead of a frozen dataclass per name (_KINDS).
_CACHE_LIMIT = 1 << 17
_READ: dict[str, _Facts] = {}
_KINDS: dict[_Facts, ServiceKind] = {}


def _read_cached(text: str) -> _Facts:
    facts = _READ.get(text)
    if facts is None:
        if len(_READ) >= _CACHE_LIMIT:
            _READ.clear()
        facts = _READ[text] = _read(text)
    return facts


def _forget() -> None:
    """Empty the caches (benchmarks time a first reading)."""
    _READ.clear()
    _KINDS.clear()


def _merge(first: _Facts, second: _Facts) -> _Facts:
    """``first``, with ``second``'s values where ``first`` says nothing. The refill trio
    travels together: a name's "no refill" is never mixed with a category's days."""
    p1, r1, g1, d1, l1, n1, nd1, s1, st1, q1, dr1 = first
    p2, r2, g2, d2, l2, n2, nd2, s2, st2, q2, dr2 = second
    if n1 is None:
        d1, l1, n1 = d2, l2, n2
    return (
        p2 if p1 is None else p1,
        r2 if r1 is None else r1,
        g2 if g1 is None else g1,
        d1,
        l1,
        n1,
        nd2 if nd1 is None else nd1,
        s2 if s1 is None else s1,
        st2 if st1 is None else st1,
        q2 if q1 is None else q1,
        dr2 if dr1 is None else dr1,
    )
