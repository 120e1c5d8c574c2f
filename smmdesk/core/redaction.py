"""KeyRedactor: masks one API key in every text and byte string a client keeps or raises (as
sent, URL-encoded, JSON-escaped, or cut off at the end of an answer)."""

from __future__ import annotations

import json
from enum import Enum
from typing import Final, TypeVar
from urllib.parse import quote, quote_plus

from smmdesk.core import logs
from smmdesk.core.decode import snippet

__all__ = ["KeyRedactor"]

_MIN_PARTIAL_KEY: Final = 8  # a key's first 8+ characters at the very end of an answer are masked
_REASON_LIMIT: Final = 160
_E = TypeVar("_E", bound=BaseException)


class KeyRedactor:
    """Masks ``api_key`` (and whatever ``logs.redact`` masks) in texts, bodies and errors."""

    def __init__(self, api_key: str) -> None:
        self._variants = _secret_variants(api_key)

    def scrub(self, text: str) -> str:
        for variant in self._variants:
            if variant in text:
                text = text.replace(variant, logs.MASK)
        return logs.redact(text)

    def scrub_bytes(self, body: bytes) -> bytes:
        mask = logs.MASK.encode()
        for variant in self._variants:
            encoded = variant.encode("utf-8", errors="ignore")
            if encoded and encoded in body:
                body = body.replace(encoded, mask)
            # An answer cut off in the middle of an echoed key ends with part of it.
            for size in range(len(encoded) - 1, _MIN_PARTIAL_KEY - 1, -1):
                if body.endswith(encoded[:size]):
                    body = body[:-size] + mask
                    break
        return body

    def snippet(self, text: str) -> str:
        """A short, scrubbed one-line excerpt of an answer."""
        return snippet(self.scrub(text))

    def reason(self, error: BaseException) -> str:
        """A short, scrubbed reason from a requests/urllib3 exception (whose text may hold
        the URL)."""
        root: BaseException = error
        seen: set[int] = set()
        while id(root) not in seen:
            seen.add(id(root))
            inner = getattr(root, "reason", None)
            if isinstance(inner, BaseException):
                root = inner
                continue
            nested = [arg for arg in root.args if isinstance(arg, BaseException)]
            if nested:
                root = nested[0]
                continue
            break
        text = str(root) or type(root).__name__
        # urllib3 prefixes its own object repr ("<urllib3.connection.HTTPConnection object at
        # 0x...>: Failed to ..."): drop it, it says nothing to a user.
        if text.startswith("<") and ">: " in text:
            text = text.split(">: ", 1)[1]
        return snippet(self.scrub(text), _REASON_LIMIT)

    def scrubbed(self, error: _E) -> _E:
        """The same error with every text attribute scrubbed (the panel may echo the key);
        codes (enums) are left as they are."""
        texts = {
            name: value
            for name, value in vars(error).items()
            if isinstance(value, str) and not isinstance(value, Enum)
        }
        scrubbed = {name: self.scrub(value) for name, value in texts.items()}
        if scrubbed == texts:
            return error
        clone = error.__class__.__new__(error.__class__)
        vars(clone).update(vars(error))
        vars(clone).update(scrubbed)
        clone.args = (getattr(clone, "message", ""),)
        return clone


def _secret_variants(key: str) -> tuple[str, ...]:
    """The key as sent and as a panel might echo it (URL-encoded, JSON-escaped). A key too
    short to be a real one is not searched for: masking it would mangle ordinary text."""
    if len(key) < logs.MIN_SECRET_LENGTH:
        return ()
    escaped = json.dumps(key)[1:-1]
    variants = {key, quote_plus(key), quote(key, safe=""), escaped, escaped.replace("/", "\\/")}
    return tuple(sorted(variants, key=len, reverse=True))
