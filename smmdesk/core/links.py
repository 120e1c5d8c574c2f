"""A link as users type it: the exact link the panel gets (a full URL, a bare domain with
https:// put in front, or a handle where a service takes one), or why it is refused."""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from urllib.parse import urlsplit

__all__ = ["LinkProblem", "normalise_link"]


class LinkProblem(StrEnum):
    """Why a link is refused."""

    HAS_SPACES = "has_spaces"  # a space, tab or line break anywhere in it
    NOT_A_LINK = "not_a_link"  # nothing that reads as a web link (or a handle, where allowed)
    SCHEME = "scheme"  # a scheme other than https:// or http://
    NO_SITE = "no_site"  # a scheme with no site name after it


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*)://")
_HOST_LABEL = r"[0-9a-z\u00a1-\uffff](?:[0-9a-z\u00a1-\uffff\-]*[0-9a-z\u00a1-\uffff])?"
_BARE_DOMAIN = (
    rf"(?P<www>www\.)?(?:{_HOST_LABEL}\.)+(?P<tld>[a-z\u00a1-\uffff]{{2,}})(?::\d{{1,5}})?"
    r"(?P<rest>[/?#].*)?"
)
# A bare "name.tld" without a path is only taken for a domain when the TLD is a common one:
# "john.doe" is a valid Instagram username, "nike.com" is a site.
_COMMON_TLDS = frozenset(
    {"com", "net", "org", "io", "co", "me", "tv", "ly", "gg", "app", "info", "biz", "xyz",
     "site", "online", "store", "shop", "blog", "uk", "de", "fr", "ru", "tr", "sa", "ae", "eg"}
)  # fmt: skip
_HANDLE = re.compile(r"@?[\w.\-]+")


@functools.cache
def _bare_domain() -> re.Pattern[str]:
    """The bare-domain pattern, compiled on first use: case-insensitive over most of Unicode,
    it takes ~30 ms to compile, which start-up (importing the order form) should not pay."""
    return re.compile(_BARE_DOMAIN, re.IGNORECASE)


def normalise_link(text: str, *, allow_handle: bool) -> str | LinkProblem:
    """The link as sent, or why it is refused. ``text`` is already stripped; ``allow_handle``
    lets a bare username through (the ``link`` of many services), never for a URL field."""
    if any(ch.isspace() for ch in text):
        return LinkProblem.HAS_SPACES
    if not any(ch.isalnum() for ch in text):
        return LinkProblem.NOT_A_LINK
    if text.startswith("//"):
        text = "https:" + text
    scheme = _SCHEME.match(text)
    if scheme is not None:
        if scheme.group(1).lower() not in ("http", "https"):
            return LinkProblem.SCHEME
        try:
            host = urlsplit(text).hostname
        except ValueError:
            host = None
        if not host:
            return LinkProblem.NO_SITE
        return scheme.group(1).lower() + text[len(scheme.group(1)) :]
    domain = _bare_domain().fullmatch(text)
    if domain is not None and (
        domain.group("rest") or domain.group("www") or domain.group("tld").lower() in _COMMON_TLDS
    ):
        return "https://" + text
    if allow_handle and _HANDLE.fullmatch(text):
        # Many services take a username as their "link" (the panel's service description
        # says so); pass it on exactly as typed and let the panel judge.
        return text
    return LinkProblem.NOT_A_LINK
