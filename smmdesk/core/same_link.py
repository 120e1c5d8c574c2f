"""The same-link guard: an order about to be placed on a link that already has an order in
progress, on any panel, for the same kind of product.

Panels' terms say it plainly: two active orders on the same link at the same time lose money
with no refund (each panel counts from the start count it saw; the deliveries mix). So before any
``add`` (a single order, an order again, a mass order) the GUI asks :class:`ActiveLinks` for the
orders still in progress on the same link, and the confirmation names them.

**The link key** (:func:`link_key`) folds the spellings of one target into one string:

- the scheme, ``www.`` and mobile hosts (``m.``, ``mobile.``, ``mbasic.``, ``touch.``) go:
  ``https://m.facebook.com/nike`` and ``facebook.com/nike/`` are ``facebook.com/nike``;
- a host's other names become one: ``youtu.be/ID``, ``youtube.com/shorts/ID``,
  ``youtube.com/live/ID`` and ``youtube.com/embed/ID`` are ``youtube.com/watch?v=ID``;
  ``instagram.com/reel/CODE`` (``/reels/``, ``/tv/``, ``/USER/p/``) is
  ``instagram.com/p/CODE``; ``t.me/s/NAME`` is ``t.me/NAME``; ``x.com`` is ``twitter.com``,
  ``instagr.am`` is ``instagram.com``, ``fb.com`` is ``facebook.com``, ``telegram.me`` is
  ``t.me``;
- a trailing slash, a fragment and a default port go;
- tracking parameters go (``utm_*``, ``igshid``, ``igsh``, ``si``, ``fbclid``, ``gclid``,
  ``feature``, ``ref``, ``s``/``t`` of a shared tweet, TikTok's ``is_from_webapp`` and
  ``sender_device``, YouTube's ``t``, ``list`` and ``pp``, …: ``_DROPPED``); the parameters
  that name the content stay (YouTube's ``v``, Facebook's ``story_fbid`` and ``id``), sorted;
- a handle is ``@name``: ``@Nike`` and ``nike`` are ``@nike``;
- the whole key is case-folded. User names are case-insensitive on every platform; two post
  codes that differ only in case (``/p/AbC`` and ``/p/aBc``) would fold together, but a false
  alarm costs the user a click, a missed one costs money.

What never folds together: different posts (``/p/AbC1`` and ``/p/AbC2``), different videos
(``watch?v=aaa`` and ``watch?v=bbb``), different accounts, a handle and a URL (``@nike`` and
``instagram.com/nike``: the handle does not say which platform), different sites.

**Same kind**: both services' products (``kinds.classify``) are equal, or either is unknown
(``None``): a false alarm costs a click, a miss costs money. Platforms are not compared: when
the link matches, it is the same target.

**Active** (:meth:`Store.open_orders`): placed and not in a final status, or sending, or
UNKNOWN (the request may have been placed). Orders of removed panels are left out (nothing
polls them any more; they would warn for ever).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit

from smmdesk.core.kinds import classify
from smmdesk.core.links import normalise_link
from smmdesk.core.massplan import MassOrderPlan
from smmdesk.core.models import Service
from smmdesk.core.store import OpenOrder, Store

__all__ = [
    "ActiveLinks",
    "LineFlag",
    "flag_mass_lines",
    "link_key",
    "product_of",
    "same_kind",
]

# Hosts whose first label only says "the mobile site"
_MOBILE = ("m.", "mobile.", "mbasic.", "touch.")
# Other names of one host (after www./mobile prefixes are gone)
_HOSTS = {
    "x.com": "twitter.com",
    "instagr.am": "instagram.com",
    "fb.com": "facebook.com",
    "telegram.me": "t.me",
    "telegram.dog": "t.me",
    "youtube-nocookie.com": "youtube.com",
    "music.youtube.com": "youtube.com",
    "old.reddit.com": "reddit.com",
    "new.reddit.com": "reddit.com",
}
# Query parameters that never say which post, video or account: tracking and presentation
_DROPPED = frozenset(
    {
        # analytics and ad click ids
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga",
        "mibextid", "rdid", "sfnsn", "__cft__", "__tn__", "paipv", "eav", "rdr", "_rdr",
        # share buttons and referrers
        "igshid", "igsh", "si", "feature", "ref", "ref_src", "ref_url", "ref_source", "s", "t",
        "share_id", "share_app_id", "share_link_id", "share_item_id", "is_copy_url",
        "is_from_webapp", "sender_device", "sender_web_id", "web_id", "tt_from", "u_code",
        "_r", "_t", "source", "src", "via", "from", "app", "context", "cxt",
        # presentation: language, player position, playlist, carousel page
        "hl", "lang", "locale", "pp", "ab_channel", "list", "index", "start_radio",
        "img_index", "fs", "xmt",
    }
)  # fmt: skip
_YOUTUBE_PATH = re.compile(r"/(?:shorts|live|embed|v)/([^/]+)")
# instagram.com/reel/CODE, /reels/CODE, /tv/CODE and /USER/p/CODE are the post /p/CODE
_INSTAGRAM_PATH = re.compile(r"(?:/[^/]+)?/(?:p|reel|reels|tv)/([^/]+)")
_SLASHES = re.compile(r"/{2,}")


def _host(netloc_host: str) -> str:
    host = netloc_host.casefold().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    for prefix in _MOBILE:
        # "m.facebook.com" is the mobile site; "m.me" (Messenger) is a site of its own
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    return _HOSTS.get(host, host)


def _query(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    kept = [
        (name.casefold(), value)
        for name, value in pairs
        if value and not name.casefold().startswith("utm_") and name.casefold() not in _DROPPED
    ]
    return sorted(kept)


def _youtube(
    host: str, path: str, query: list[tuple[str, str]]
) -> tuple[str, str, list[tuple[str, str]]]:
    """youtu.be/ID and youtube.com/shorts|live|embed/ID are youtube.com/watch?v=ID."""
    video: str | None = None
    if host == "youtu.be" and path.strip("/"):
        video = path.strip("/").split("/")[0]
    elif host == "youtube.com":
        found = _YOUTUBE_PATH.match(path)
        if found is not None:
            video = found.group(1)
    if video is None:
        return host, path, query
    return "youtube.com", "/watch", sorted([*(p for p in query if p[0] != "v"), ("v", video)])


def _same_path(host: str, path: str) -> str:
    """A site's other paths to one post: Instagram's reels and TV, Telegram's web preview."""
    if host == "instagram.com":
        found = _INSTAGRAM_PATH.fullmatch(path)
        if found is not None:
            return "/p/" + found.group(1)
    elif host == "t.me" and path.startswith("/s/"):
        return path[2:]
    return path


def _url_key(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return url.casefold()
    host = _host(host)
    path = _SLASHES.sub("/", parts.path).rstrip("/")
    pairs = parse_qsl(parts.query, keep_blank_values=False)
    query = _query(pairs)
    if path == "/playlist":  # a playlist's own link: "list" names it (elsewhere it is context)
        query = [(n.casefold(), v) for n, v in pairs if n.casefold() == "list"] + query
    host, path, query = _youtube(host, _same_path(host, path), query)
    key = host + path
    if query:
        key += "?" + urlencode(query)
    return key.casefold()


@lru_cache(maxsize=65_536)
def link_key(link: str) -> str:
    """The key two spellings of one target share (see the module's docstring).

    >>> link_key("https://www.instagram.com/p/AbC123/?igshid=xyz&utm_source=ig_web")
    'instagram.com/p/abc123'
    >>> link_key("https://youtu.be/dQw4w9WgXcQ?si=share")
    'youtube.com/watch?v=dqw4w9wgxcq'
    >>> link_key("https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&t=42")
    'youtube.com/watch?v=dqw4w9wgxcq'
    >>> link_key("https://mobile.twitter.com/nasa/status/1?s=20&t=abc")
    'twitter.com/nasa/status/1'
    >>> link_key("@Nike")
    '@nike'
    """
    text = "".join(link.split())
    if not text:
        return ""
    if text[:8].lower().startswith(("https://", "http://")):  # as stored: no need to check
        return _url_key(text)
    normal = normalise_link(text, allow_handle=True)
    if not isinstance(normal, str):  # not a link the form would take: compare as typed
        return text.casefold()
    if normal.startswith(("https://", "http://")):
        return _url_key(normal)
    return "@" + normal.lstrip("@").casefold()


@lru_cache(maxsize=16_384)
def _product(name: str, category: str) -> str | None:
    return classify(name, category).product


def product_of(service: Service) -> str | None:
    """The product a service sells (``kinds.classify``), None when its name does not say."""
    return _product(service.name, service.category)


def same_kind(first: str | None, second: str | None) -> bool:
    """Whether two products count as the same kind: equal, or either unknown (a false alarm
    costs a click, a missed one costs money)."""
    return first is None or second is None or first == second


class ActiveLinks:
    """The orders in progress on every panel (``Store.open_orders``), by link key: loaded once
    when an order is confirmed (one indexed query, then one key per open order)."""

    def __init__(self, orders: Iterable[OpenOrder]) -> None:
        self._by_key: dict[str, list[OpenOrder]] = {}
        for order in orders:
            key = link_key(order.link)
            if key:
                self._by_key.setdefault(key, []).append(order)

    @classmethod
    def load(cls, store: Store) -> ActiveLinks:
        return cls(store.open_orders())

    def __len__(self) -> int:
        return sum(len(found) for found in self._by_key.values())

    def matching(self, link: str, product: str | None) -> tuple[OpenOrder, ...]:
        """The open orders on ``link`` (as its key) whose product is of the same kind as
        ``product``, oldest first."""
        found = self._by_key.get(link_key(link), ())
        return tuple(
            order for order in found if same_kind(product, _product(order.service_name, ""))
        )


@dataclass(frozen=True, slots=True)
class LineFlag:
    """Why a valid mass-order line is flagged: ``same_lines`` are the earlier lines of the
    paste on the same link (same kind), ``orders`` the open orders on it."""

    number: int
    same_lines: tuple[int, ...]
    orders: tuple[OpenOrder, ...]


def flag_mass_lines(plan: MassOrderPlan, active: ActiveLinks) -> Mapping[int, LineFlag]:
    """The valid lines of ``plan`` that repeat a link of an earlier valid line (the same kind)
    or of an open order, by line number. The first line on a link is flagged only when an open
    order has it too."""
    seen: dict[str, list[tuple[int, str | None]]] = {}
    flags: dict[int, LineFlag] = {}
    for line in plan.valid:
        if line.params is None or line.service is None:
            continue
        link = line.params.get("link", "")
        key = link_key(link)
        if not key:
            continue
        product = product_of(line.service)
        earlier = tuple(n for n, p in seen.get(key, ()) if same_kind(product, p))
        orders = active.matching(link, product)
        if earlier or orders:
            flags[line.number] = LineFlag(line.number, earlier, orders)
        seen.setdefault(key, []).append((line.number, product))
    return flags
