"""Numbers as users type them and read them: whole numbers in any of the digits and groupings
people write ("1,000", "1 000", "١٬٠٠٠", "۱۰۰۰"), and money written out exactly for display.
(The GUI's locale-aware formatting is gui.wording.numbers.)"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from enum import StrEnum

__all__ = [
    "NumberProblem",
    "ascii_digits",
    "format_money",
    "parse_whole_number",
    "read_whole_number",
]

# Above this many digits a number is out of every range; int() on huge digit strings is slow
# and, past 4300 digits, raises.
_MAX_DIGITS = 30
_TOO_BIG = 10**_MAX_DIGITS

_DIGITS = {
    **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic ٠..٩
    **{0x06F0 + i: str(i) for i in range(10)},  # Extended Arabic-Indic (Persian/Urdu) ۰..۹
    **{0xFF10 + i: str(i) for i in range(10)},  # full-width ０..９
    0x2212: "-",  # minus sign
    0xFE63: "-",
    0xFF0D: "-",
}
# Separators a whole number may be grouped with whatever the locale, since none of them is ever a
# decimal mark: spaces, apostrophes and the Arabic thousands separator "٬". "," and "." mean
# thousands in one locale and decimals in another: the caller says which one groups (its UI
# locale's, "," in English).
_ALWAYS_GROUPING = " \u00a0\u202f\u2009'\u2019\u066c"
_GROUPED = re.compile(r"[0-9]{1,3}([^0-9])[0-9]{3}(?:\1[0-9]{3})*")  # 1,000  1 000  ١٬٠٠٠
_INDIAN = re.compile(r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}")  # 1,00,000
# A number with a fraction, a misplaced separator or an exponent: "10.000" in an English form,
# "10,5", "12.0", "1e3", "١٫٥".
_NOT_WHOLE = re.compile(
    r"(?:[0-9]+(?:[.,\u066b\u066c][0-9]*)+|[.,\u066b][0-9]+)(?:[eE][+-]?[0-9]+)?"
    r"|[0-9]+[eE][+-]?[0-9]+"
)


def ascii_digits(text: str) -> str:
    """``text`` with every Arabic-Indic, Persian and full-width digit (and minus sign) written
    as its ASCII twin."""
    return text.translate(_DIGITS)


class NumberProblem(StrEnum):
    """Why typed text is not a whole number; the values are the number fields' error codes."""

    NOT_A_NUMBER = "not_a_number"  # letters, symbols: nothing that reads as a number
    NOT_WHOLE = "not_whole"  # a decimal point or comma, a misplaced separator, an exponent


def read_whole_number(text: str, grouping: str = ",") -> int | NumberProblem:
    """A whole number as users type it, or why it is not one.

    Digits may be ASCII, Arabic-Indic (٠-٩), Eastern Arabic-Indic (۰-۹) or full-width, with a
    sign. Thousands may be grouped by threes with a ``grouping`` character (the UI locale's
    separator: "," in English; "٬," in Arabic) or with a space, an apostrophe or "٬". So
    "10.000" in an English form is refused as ``NOT_WHOLE``, never read as ten thousand: it is
    10 in one locale and 10,000 in another. Huge values are capped at 10**30 so range checks
    still report them as too large.
    """
    s = ascii_digits(text.strip())
    negative = s.startswith("-")
    if s.startswith(("+", "-")):
        s = s[1:].lstrip()
    if not (s.isascii() and s.isdigit()):
        grouped = _GROUPED.fullmatch(s)
        separator = grouped.group(1) if grouped is not None else ""
        if (separator and (separator in grouping or separator in _ALWAYS_GROUPING)) or (
            "," in grouping and _INDIAN.fullmatch(s)
        ):
            s = "".join(ch for ch in s if "0" <= ch <= "9")
        elif _NOT_WHOLE.fullmatch(s):
            return NumberProblem.NOT_WHOLE
        else:
            return NumberProblem.NOT_A_NUMBER
    s = s.lstrip("0") or "0"
    value = _TOO_BIG if len(s) > _MAX_DIGITS else int(s)
    return -value if negative else value


def parse_whole_number(text: str, grouping: str = ",") -> int | None:
    """A whole number as users type it ("1000", "1,000", "1 000", "١٠٠٠", "۱۰۰۰", "-5"), or
    None; ``read_whole_number`` says what is accepted, and why "10.000" is not."""
    value = read_whole_number(text, grouping)
    return None if isinstance(value, NumberProblem) else value


def format_money(amount: Decimal, currency: str = "", places: int | None = None) -> str:
    """Display text for an amount: "39,600.00 USD". Rounding here is for display only.

    With ``places`` None, small amounts keep their significant digits (0.0000003 stays
    readable) up to 8 decimals, and at least 2 decimals are shown.
    """
    if not isinstance(amount, Decimal) or not amount.is_finite():
        text = str(amount)
    else:
        if places is None:
            exponent = amount.normalize().as_tuple().exponent
            digits = -exponent if isinstance(exponent, int) else 2
            places = min(max(digits, 2), 8)
        places = max(0, min(places, 28))
        try:
            with localcontext() as ctx:
                ctx.prec = 100
                rounded = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
            text = f"{rounded:,.{places}f}"
        except InvalidOperation:
            text = str(amount)
    return f"{text} {currency}".rstrip() if currency else text
