"""Bidirectional text: the one place that wraps panel or user text in direction isolates (so
it keeps its own direction inside a translated sentence or a right-to-left cell) and that
writes out the bidi controls and invisible characters a link must not hide."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["isolate", "isolate_ltr", "reveal"]

# First-strong isolate / pop directional isolate: a panel's or the user's text (Arabic or
# English, a URL) keeps its own direction inside a translated sentence or a right-to-left cell,
# and its brackets and punctuation stay where they belong.
_FSI, _LRI, _PDI = "\u2068", "\u2066", "\u2069"


def isolate(text: str) -> str:
    """``text`` as one direction-isolated unit (empty text stays empty)."""
    return f"{_FSI}{text}{_PDI}" if text else text


def isolate_ltr(text: str) -> str:
    """``text`` isolated and laid out left to right whatever it starts with: a URL, a host or a
    file path, whose "/" and ":" must not jump to its start in a right-to-left sentence."""
    return f"{_LRI}{text}{_PDI}" if text else text


# Explicit embeddings/overrides (U+202A-U+202E) and isolates (U+2066-U+2069) reorder what
# follows them; the marks and zero-width characters are invisible. In a link or a user name
# none of them has a reason to be there.
_HIDDEN: Final = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060-\u2064\u061c\ufeff\u00ad\u180e]"
)
_JOINERS: Final = frozenset("\u200c\u200d")


def reveal(text: str, *, keep_joiners: bool = False) -> str:
    """``text`` with every bidi control and invisible character written out as ``⟨U+202E⟩``.

    ``keep_joiners`` (for comments, which may hold emoji sequences and Persian or Arabic words)
    keeps a zero-width joiner or non-joiner that sits between two non-ASCII letters or symbols;
    every other one is shown."""
    if _HIDDEN.search(text) is None:
        return text

    def written(match: re.Match[str]) -> str:
        ch = match.group()
        if keep_joiners and ch in _JOINERS and _joins(text, match.start()):
            return ch
        return f"⟨U+{ord(ch):04X}⟩"

    return _HIDDEN.sub(written, text)


def _joins(text: str, index: int) -> bool:
    """A joiner between two non-ASCII visible characters (letters, marks or symbols)."""
    if index == 0 or index + 1 >= len(text):
        return False
    before, after = text[index - 1], text[index + 1]
    return _joinable(before) and _joinable(after)


def _joinable(ch: str) -> bool:
    return not ch.isascii() and unicodedata.category(ch)[0] in "LMS"
