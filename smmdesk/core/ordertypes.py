"""The FieldSpec table: for each panel service type, the `add` parameters, their kinds and labels.

The order form is built from these rows; validate.py turns the form values into `add` params.
Titles, labels, help texts and placeholders are English, marked with QT_TRANSLATE_NOOP for the
GUI to translate where it shows them ("https://" and "dd/mm/yyyy" are samples, not words).

Over 400 lines on purpose: it is the table itself, one block of rows per service type.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from smmdesk.core.i18n_marks import QT_TRANSLATE_NOOP
from smmdesk.core.models import Service

__all__ = [
    "DELAY_CHOICES",
    "GENERIC",
    "ORDER_TYPES",
    "FieldKind",
    "FieldSpec",
    "OrderTypeSpec",
    "canonical_type_key",
    "fields_for",
    "limits_apply",
    "limits_contradict",
    "spec_for",
]


class FieldKind(StrEnum):
    """How a field is entered and checked (the GUI picks a widget per kind)."""

    LINK = "link"  # the `link` param: a URL, a bare domain ("instagram.com/x") or a handle
    QUANTITY = "quantity"  # a whole number within the service's min..max
    INTEGER = "integer"  # a whole number with its own lower bound (FieldSpec.min_value)
    TEXT = "text"  # one short value without spaces (a username or a hashtag)
    LINES = "lines"  # a multi-line list, one item per line
    URL = "url"  # a field that must be a web link (never a bare handle)
    CHOICE = "choice"  # one of FieldSpec.choices
    DATE = "date"  # a calendar date, sent as d/m/Y


@dataclass(frozen=True)
class FieldSpec:
    """One `add` parameter as the form shows it."""

    name: str  # the exact `add` parameter name
    kind: FieldKind
    label: str
    required: bool = True
    help: str = ""
    choices: tuple[str, ...] = ()
    placeholder: str = ""
    dripfeed_only: bool = False  # runs / interval: only when the service has drip-feed
    min_value: int | None = None  # lower bound for INTEGER fields


@dataclass(frozen=True)
class OrderTypeSpec:
    """One service type: its form fields in display order and how quantity and cost follow."""

    key: str
    title: str
    fields: tuple[FieldSpec, ...]
    quantity_from: str | None = None  # quantity = number of items in this LINES field
    is_subscription: bool = False
    # Package-type services are priced per package: the panel charges the rate once,
    # not rate × quantity / 1000 (there is no quantity parameter to multiply by).
    per_package: bool = False

    def field(self, name: str) -> FieldSpec | None:
        """The field called ``name``, or None."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        return None


# Older panels accept 0..90; newer ones add 120..600. Which set a panel takes is not
# discoverable through the API, so the form offers all and the help text says so.
DELAY_CHOICES: tuple[str, ...] = (
    "0", "5", "10", "15", "30", "60", "90",
    "120", "150", "180", "210", "240", "270", "300", "360", "420", "480", "540", "600",
)  # fmt: skip

_LINK = FieldSpec(
    "link",
    FieldKind.LINK,
    QT_TRANSLATE_NOOP("OrderTypes", "Link"),
    help=QT_TRANSLATE_NOOP(
        "OrderTypes",
        "Link to the page, post or profile (a username where the service asks for one)",
    ),
    placeholder="https://",
)
_QUANTITY = FieldSpec("quantity", FieldKind.QUANTITY, QT_TRANSLATE_NOOP("OrderTypes", "Quantity"))
_RUNS = FieldSpec(
    "runs",
    FieldKind.INTEGER,
    QT_TRANSLATE_NOOP("OrderTypes", "Runs"),
    required=False,
    help=QT_TRANSLATE_NOOP(
        "OrderTypes",
        "Drip-feed: deliver the quantity this many times (leave empty for one delivery)",
    ),
    dripfeed_only=True,
    min_value=2,
)
_INTERVAL = FieldSpec(
    "interval",
    FieldKind.INTEGER,
    QT_TRANSLATE_NOOP("OrderTypes", "Interval (minutes)"),
    required=False,
    help=QT_TRANSLATE_NOOP("OrderTypes", "Drip-feed: minutes between two runs"),
    dripfeed_only=True,
    min_value=1,
)
_COMMENTS = FieldSpec(
    "comments",
    FieldKind.LINES,
    QT_TRANSLATE_NOOP("OrderTypes", "Comments"),
    help=QT_TRANSLATE_NOOP(
        "OrderTypes", "One comment per line; the quantity is the number of lines"
    ),
)
_USERNAMES = FieldSpec(
    "usernames",
    FieldKind.LINES,
    QT_TRANSLATE_NOOP("OrderTypes", "Usernames"),
    help=QT_TRANSLATE_NOOP("OrderTypes", "One username per line, with or without @"),
)
_COMMENT_OWNER = FieldSpec(
    "username",
    FieldKind.TEXT,
    QT_TRANSLATE_NOOP("OrderTypes", "Comment owner"),
    help=QT_TRANSLATE_NOOP("OrderTypes", "Username of the person who wrote the comment"),
    placeholder=QT_TRANSLATE_NOOP("OrderTypes", "username"),
)


def _spec(
    key: str,
    title: str,
    *fields: FieldSpec,
    quantity_from: str | None = None,
    is_subscription: bool = False,
    per_package: bool = False,
) -> OrderTypeSpec:
    return OrderTypeSpec(key, title, fields, quantity_from, is_subscription, per_package)


GENERIC = _spec("generic", QT_TRANSLATE_NOOP("OrderTypes", "Other"), _LINK, _QUANTITY)

_SPECS: tuple[OrderTypeSpec, ...] = (
    _spec(
        "default", QT_TRANSLATE_NOOP("OrderTypes", "Default"), _LINK, _QUANTITY, _RUNS, _INTERVAL
    ),
    _spec("package", QT_TRANSLATE_NOOP("OrderTypes", "Package"), _LINK, per_package=True),
    _spec(
        "custom_comments",
        QT_TRANSLATE_NOOP("OrderTypes", "Custom Comments"),
        _LINK,
        _COMMENTS,
        quantity_from="comments",
    ),
    _spec(
        "custom_comments_package",
        QT_TRANSLATE_NOOP("OrderTypes", "Custom Comments Package"),
        _LINK,
        _COMMENTS,
        quantity_from="comments",
        per_package=True,
    ),
    _spec("mentions", QT_TRANSLATE_NOOP("OrderTypes", "Mentions"), _LINK, _QUANTITY, _USERNAMES),
    _spec(
        "mentions_with_hashtags",
        QT_TRANSLATE_NOOP("OrderTypes", "Mentions with Hashtags"),
        _LINK,
        _QUANTITY,
        _USERNAMES,
        FieldSpec(
            "hashtags",
            FieldKind.LINES,
            QT_TRANSLATE_NOOP("OrderTypes", "Hashtags"),
            help=QT_TRANSLATE_NOOP("OrderTypes", "One hashtag per line, with or without #"),
        ),
    ),
    _spec(
        "mentions_custom_list",
        QT_TRANSLATE_NOOP("OrderTypes", "Mentions Custom List"),
        _LINK,
        _USERNAMES,
        quantity_from="usernames",
    ),
    _spec(
        "mentions_hashtag",
        QT_TRANSLATE_NOOP("OrderTypes", "Mentions Hashtag"),
        _LINK,
        _QUANTITY,
        FieldSpec(
            "hashtag",
            FieldKind.TEXT,
            QT_TRANSLATE_NOOP("OrderTypes", "Hashtag"),
            help=QT_TRANSLATE_NOOP(
                "OrderTypes", "Hashtag to take the usernames from, with or without #"
            ),
            placeholder=QT_TRANSLATE_NOOP("OrderTypes", "#hashtag"),
        ),
    ),
    _spec(
        "mentions_user_followers",
        QT_TRANSLATE_NOOP("OrderTypes", "Mentions User Followers"),
        _LINK,
        _QUANTITY,
        # The panel documentation describes this `username` as a URL to scrape followers from.
        FieldSpec(
            "username",
            FieldKind.URL,
            QT_TRANSLATE_NOOP("OrderTypes", "Profile to take followers from"),
            help=QT_TRANSLATE_NOOP(
                "OrderTypes", "Link to the profile whose followers get mentioned"
            ),
            placeholder="https://",
        ),
    ),
    _spec(
        "mentions_media_likers",
        QT_TRANSLATE_NOOP("OrderTypes", "Mentions Media Likers"),
        _LINK,
        _QUANTITY,
        FieldSpec(
            "media",
            FieldKind.URL,
            QT_TRANSLATE_NOOP("OrderTypes", "Media link"),
            help=QT_TRANSLATE_NOOP("OrderTypes", "Link to the post whose likers get mentioned"),
            placeholder="https://",
        ),
    ),
    _spec(
        "comment_likes",
        QT_TRANSLATE_NOOP("OrderTypes", "Comment Likes"),
        _LINK,
        _QUANTITY,
        _COMMENT_OWNER,
    ),
    _spec(
        "comment_replies",
        QT_TRANSLATE_NOOP("OrderTypes", "Comment Replies"),
        _LINK,
        _COMMENT_OWNER,
        FieldSpec(
            "comments",
            FieldKind.LINES,
            QT_TRANSLATE_NOOP("OrderTypes", "Replies"),
            help=QT_TRANSLATE_NOOP(
                "OrderTypes", "One reply per line; the quantity is the number of lines"
            ),
        ),
        quantity_from="comments",
    ),
    _spec(
        "poll",
        QT_TRANSLATE_NOOP("OrderTypes", "Poll"),
        _LINK,
        _QUANTITY,
        FieldSpec(
            "answer_number",
            FieldKind.INTEGER,
            QT_TRANSLATE_NOOP("OrderTypes", "Answer number"),
            help=QT_TRANSLATE_NOOP("OrderTypes", "Which answer gets the votes: 1 for the first"),
            min_value=1,
        ),
    ),
    _spec(
        "seo",
        QT_TRANSLATE_NOOP("OrderTypes", "SEO"),
        _LINK,
        _QUANTITY,
        FieldSpec(
            "keywords",
            FieldKind.LINES,
            QT_TRANSLATE_NOOP("OrderTypes", "Keywords"),
            help=QT_TRANSLATE_NOOP("OrderTypes", "One keyword per line, or separated by commas"),
        ),
    ),
    _spec(
        "invites_from_groups",
        QT_TRANSLATE_NOOP("OrderTypes", "Invites from Groups"),
        _LINK,
        _QUANTITY,
        FieldSpec(
            "groups",
            FieldKind.LINES,
            QT_TRANSLATE_NOOP("OrderTypes", "Groups"),
            help=QT_TRANSLATE_NOOP("OrderTypes", "One group per line"),
        ),
    ),
    _spec(
        "subscriptions",
        QT_TRANSLATE_NOOP("OrderTypes", "Subscriptions"),
        FieldSpec(
            "username",
            FieldKind.TEXT,
            QT_TRANSLATE_NOOP("OrderTypes", "Username"),
            help=QT_TRANSLATE_NOOP("OrderTypes", "The account whose new posts get the service"),
            placeholder=QT_TRANSLATE_NOOP("OrderTypes", "username"),
        ),
        FieldSpec("min", FieldKind.QUANTITY, QT_TRANSLATE_NOOP("OrderTypes", "Minimum per post")),
        FieldSpec("max", FieldKind.QUANTITY, QT_TRANSLATE_NOOP("OrderTypes", "Maximum per post")),
        FieldSpec(
            "posts",
            FieldKind.INTEGER,
            QT_TRANSLATE_NOOP("OrderTypes", "New posts"),
            required=False,
            help=QT_TRANSLATE_NOOP(
                "OrderTypes", "How many new posts to serve (leave empty for no limit)"
            ),
            min_value=1,
        ),
        FieldSpec(
            "old_posts",
            FieldKind.INTEGER,
            QT_TRANSLATE_NOOP("OrderTypes", "Old posts"),
            required=False,
            help=QT_TRANSLATE_NOOP("OrderTypes", "How many existing posts to serve as well"),
            min_value=0,
        ),
        FieldSpec(
            "delay",
            FieldKind.CHOICE,
            QT_TRANSLATE_NOOP("OrderTypes", "Delay (minutes)"),
            help=QT_TRANSLATE_NOOP(
                "OrderTypes", "Wait this long after a new post; older panels accept only up to 90"
            ),
            choices=DELAY_CHOICES,
        ),
        FieldSpec(
            "expiry",
            FieldKind.DATE,
            QT_TRANSLATE_NOOP("OrderTypes", "Expiry date"),
            required=False,
            help=QT_TRANSLATE_NOOP("OrderTypes", "Optional last day, as day/month/year"),
            placeholder="dd/mm/yyyy",
        ),
        is_subscription=True,
    ),
)

ORDER_TYPES: Mapping[str, OrderTypeSpec] = MappingProxyType(
    {spec.key: spec for spec in (*_SPECS, GENERIC)}
)

_NON_ALNUM = re.compile(r"[\W_]+")


def _compact(type_name: str) -> str:
    """ "Mentions_User-Followers " -> "mentionsuserfollowers"."""
    return _NON_ALNUM.sub("", unicodedata.normalize("NFKC", type_name).casefold())


# Every spelling seen in the wild, compacted. Titles and keys are added below.
_ALIASES: dict[str, str] = {
    "mentionsusersfollowers": "mentions_user_followers",
    "mentionsfollowers": "mentions_user_followers",
    "mentionswithhashtag": "mentions_with_hashtags",
    "mentionshashtags": "mentions_with_hashtags",
    "mentionslikers": "mentions_media_likers",
    "invitesfromgroup": "invites_from_groups",
    "groupinvites": "invites_from_groups",
    "subscription": "subscriptions",
    "commentslikes": "comment_likes",
    "commentsreplies": "comment_replies",
    "customcomment": "custom_comments",
    "customcommentpackage": "custom_comments_package",
}
for _s in _SPECS:
    _ALIASES.setdefault(_compact(_s.key), _s.key)
    _ALIASES.setdefault(_compact(_s.title), _s.key)


def _known_key(type_name: str) -> str | None:
    compact = _compact(type_name)
    key = _ALIASES.get(compact)
    if key is None:
        # "SEO2", "Poll 2": panels number variants of the same type
        stripped = compact.rstrip("0123456789")
        if stripped != compact:
            key = _ALIASES.get(stripped)
    return key


def spec_for(type_name: str) -> OrderTypeSpec:
    """The spec for a panel's type spelling; the generic link + quantity form when unknown."""
    key = _known_key(type_name) if isinstance(type_name, str) else None
    return ORDER_TYPES[key] if key is not None else GENERIC


def canonical_type_key(type_name: str) -> str:
    """A stable key for grouping type spellings: the spec key for known types, else
    ``"other:<compacted spelling>"`` so two unknown types stay apart."""
    key = _known_key(type_name)
    return key if key is not None else "other:" + _compact(type_name)


def fields_for(service: Service) -> tuple[FieldSpec, ...]:
    """The form fields for ``service``: drip-feed fields only where the service has drip-feed."""
    fields = spec_for(service.type).fields
    if service.dripfeed:
        return fields
    return tuple(f for f in fields if not f.dripfeed_only)


def limits_apply(service: Service) -> bool:
    """Whether the service's min/max bound what can be ordered: for a quantity, or a list
    whose line count is the quantity. A package is bought whole (its limits of 1..1 count
    packages), and a subscription's per-post range is the user's own."""
    spec = spec_for(service.type)
    if spec.field("quantity") is not None:
        return True
    if spec.quantity_from is None:
        return False
    return not (spec.per_package and service.max <= 1)


def limits_contradict(service: Service) -> bool:
    """True when no quantity fits the service's limits (its minimum, raised to 1, is above
    its maximum): the panel's limits contradict each other and the service cannot be
    ordered."""
    return service.order_min > service.max and limits_apply(service)
