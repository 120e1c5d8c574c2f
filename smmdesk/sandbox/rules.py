"""How the sandbox validates ``add`` per service type and prices an order, like a real panel.

Rules the client can rely on (checked in this order, first failure answers):

1. ``service`` must exist: else ``Incorrect service ID``.
2. ``link`` (every type but Subscriptions, whose target is ``username``) must be an
   ``http(s)://host...`` URL or a bare handle (``@name`` / ``name``: letters, digits, ``_ .``):
   else ``Bad link``.
3. A required parameter of the type that is missing or blank answers
   ``Missing required parameter: <name>``; a malformed one ``Invalid parameter: <name>``.
   (Deliberately not "Incorrect request", which clients read as "action not supported".)
4. Quantity: the ``quantity`` param (missing counts as 0), or the number of non-empty lines
   of ``comments`` (Custom Comments, Comment Replies) / ``usernames`` (Mentions Custom List);
   packages have quantity 1. Out of range: ``Quantity less than minimal N`` /
   ``Quantity more than maximum N``; not an integer: ``Incorrect quantity``.
5. Drip-feed (``runs``/``interval``) only on services with ``dripfeed``
   (else ``Drip-feed is disabled for this service``); runs >= 1, interval >= 1 minute and
   runs x quantity <= max (else ``Total quantity (runs x quantity) more than maximum N``).

Price: rate x quantity x runs / 1000, exact. Packages (Package, Custom Comments Package)
cost ``rate`` per package. Subscriptions reserve rate x max x (posts or 1) / 1000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from .catalog import GENERIC_TYPE, CatalogEntry

__all__ = ["SUBSCRIPTION_DELAYS", "AddRejected", "ValidAdd", "is_valid_link", "validate_add"]

_THOUSAND = Decimal(1000)
_LINK_URL = re.compile(r"^https?://[^\s/?#]+\S*$", re.IGNORECASE)
_LINK_HANDLE = re.compile(r"^@?[\w.]{1,64}$")
_LINES = re.compile(r"\r\n|\n|\r")
SUBSCRIPTION_DELAYS = frozenset(
    (0, 5, 10, 15, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 360, 420, 480, 540, 600)
)
_PACKAGES = frozenset(("Package", "Custom Comments Package"))
# canonical type -> (where quantity comes from, required params besides link/quantity)
_TYPE_RULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Default": ("quantity", ()),
    "Package": ("package", ()),
    "Custom Comments": ("comments", ("comments",)),
    "Custom Comments Package": ("package", ("comments",)),
    "Mentions": ("quantity", ("usernames",)),
    "Mentions with Hashtags": ("quantity", ("usernames", "hashtags")),
    "Mentions Custom List": ("usernames", ("usernames",)),
    "Mentions Hashtag": ("quantity", ("hashtag",)),
    "Mentions User Followers": ("quantity", ("username",)),
    "Mentions Media Likers": ("quantity", ("media",)),
    "Comment Likes": ("quantity", ("username",)),
    "Comment Replies": ("comments", ("username", "comments")),
    "Poll": ("quantity", ("answer_number",)),
    "SEO": ("quantity", ("keywords",)),
    "Invites from Groups": ("quantity", ("groups",)),
    GENERIC_TYPE: ("quantity", ()),
}


class AddRejected(Exception):
    """The panel's ``{"error": ...}`` text for a refused ``add``."""


@dataclass(frozen=True, slots=True)
class ValidAdd:
    """An accepted ``add``: what the order targets, how much it delivers, what it costs."""

    link: str  # for Subscriptions, the username
    quantity: int  # per run
    runs: int
    interval: int | None
    total: int  # units to deliver: quantity x runs (1 for packages)
    unit_price: Decimal  # price of one delivered unit
    charge: Decimal  # unit_price x total


def is_valid_link(link: str) -> bool:
    """An http(s) URL with a host, or a bare handle such as ``@name`` / ``name``."""
    return bool(_LINK_URL.match(link) or _LINK_HANDLE.match(link))


def _lines(text: str) -> int:
    return sum(1 for line in _LINES.split(text) if line.strip())


def _int_param(params: dict[str, str], name: str, *, minimum: int = 0) -> int:
    try:
        value = int(params[name].strip())
    except ValueError:
        raise AddRejected(f"Invalid parameter: {name}") from None
    if value < minimum:
        raise AddRejected(f"Invalid parameter: {name}")
    return value


def _present(params: dict[str, str], name: str) -> bool:
    return bool(params.get(name, "").strip())


def _check_range(quantity: int, entry: CatalogEntry) -> None:
    if quantity < entry.min:
        raise AddRejected(f"Quantity less than minimal {entry.min}")
    if quantity > entry.max:
        raise AddRejected(f"Quantity more than maximum {entry.max}")


def validate_add(entry: CatalogEntry, params: dict[str, str]) -> ValidAdd:
    """Validate ``add`` params (without the key) for ``entry``; raise AddRejected if refused."""
    if entry.kind == "Subscriptions":
        return _validate_subscription(entry, params)
    link = params.get("link", "").strip()
    if not is_valid_link(link):
        raise AddRejected("Bad link")
    source = _check_type_params(entry, params)
    if source == "package":
        return ValidAdd(link, 1, 1, None, 1, entry.rate, entry.rate)
    quantity = _quantity(source, params)
    _check_range(quantity, entry)
    runs, interval = _drip_feed(entry, params, quantity)
    unit_price = entry.rate / _THOUSAND
    total = quantity * runs
    return ValidAdd(link, quantity, runs, interval, total, unit_price, unit_price * total)


def _check_type_params(entry: CatalogEntry, params: dict[str, str]) -> str:
    """Rule 3 for ``entry``'s type; returns where its quantity comes from."""
    source, required = _TYPE_RULES[entry.kind]
    for name in required:
        if not _present(params, name):
            raise AddRejected(f"Missing required parameter: {name}")
    if entry.kind == "Mentions Media Likers" and not _LINK_URL.match(params["media"].strip()):
        raise AddRejected("Invalid parameter: media")
    if entry.kind == "Poll":
        _int_param(params, "answer_number", minimum=1)
    return source


def _quantity(source: str, params: dict[str, str]) -> int:
    """The quantity asked for: lines of ``comments``/``usernames``, else ``quantity``."""
    if source in ("comments", "usernames"):
        return _lines(params[source])
    raw = params.get("quantity", "").strip() or "0"
    try:
        return int(raw)
    except ValueError:
        raise AddRejected("Incorrect quantity") from None


def _drip_feed(
    entry: CatalogEntry, params: dict[str, str], quantity: int
) -> tuple[int, int | None]:
    """(runs, interval) of a drip-feed order; (1, None) when none is asked for."""
    if not (_present(params, "runs") or _present(params, "interval")):
        return 1, None
    if not entry.dripfeed:
        raise AddRejected("Drip-feed is disabled for this service")
    for name in ("runs", "interval"):
        if not _present(params, name):
            raise AddRejected(f"Missing required parameter: {name}")
    runs = _int_param(params, "runs", minimum=1)
    interval = _int_param(params, "interval", minimum=1)
    if runs * quantity > entry.max:
        raise AddRejected(f"Total quantity (runs x quantity) more than maximum {entry.max}")
    return runs, interval


def _validate_subscription(entry: CatalogEntry, params: dict[str, str]) -> ValidAdd:
    for name in ("username", "min", "max", "delay"):
        if not _present(params, name):
            raise AddRejected(f"Missing required parameter: {name}")
    username = params["username"].strip()
    if not is_valid_link(username):
        raise AddRejected("Bad link")
    low = _int_param(params, "min")
    high = _int_param(params, "max")
    _check_range(low, entry)
    _check_range(high, entry)
    if low > high:
        raise AddRejected("Invalid parameter: min")
    if _int_param(params, "delay") not in SUBSCRIPTION_DELAYS:
        raise AddRejected("Invalid parameter: delay")
    posts = _int_param(params, "posts", minimum=1) if _present(params, "posts") else 1
    if _present(params, "old_posts"):
        _int_param(params, "old_posts")
    if _present(params, "expiry"):
        try:
            datetime.strptime(params["expiry"].strip(), "%d/%m/%Y")
        except ValueError:
            raise AddRejected("Invalid parameter: expiry") from None
    unit_price = entry.rate / _THOUSAND
    total = high * posts
    return ValidAdd(username, high, 1, None, total, unit_price, unit_price * total)
