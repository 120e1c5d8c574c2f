"""Numbers, money, percentages and dates formatted for the user's locale and digit preference.

Money is formatted from the Decimal's own digits (never through a float); QLocale supplies the
separators, the digits (Arabic-Indic where the locale uses them), grouping and currency placement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

__all__ = [
    "DIGIT_CHOICES",
    "current_digits",
    "current_language",
    "current_locale",
    "digits",
    "digits_sample",
    "fmt_date",
    "fmt_datetime",
    "fmt_decimal",
    "fmt_int",
    "fmt_limit",
    "fmt_limit_exact",
    "fmt_money",
    "fmt_percent",
    "formatting_locale",
    "group_separators",
    "limit_is_short",
    "money_places",
    "parse_decimal",
    "set_preferences",
    "uses_native_digits",
    "widget_locale",
]

# values of the "ui/digits" setting
DIGIT_CHOICES = ("locale", "western")

_NBSP = "\u00a0"
# Bidi marks Qt puts around numbers (RLM, LRM, ALM): kept in output, skipped when parsing.
_BIDI_MARKS = "\u200e\u200f\u061c"
_INT64 = 2**63 - 1
_SENTINEL = "\u00a4"  # the currency sign placeholder (¤) handed to QLocale to learn the pattern


@dataclass(frozen=True)
class _Preferences:
    language: str
    digits: str
    locale: QLocale


def formatting_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale numbers and dates follow for a UI ``language`` ("en"/"ar").

    The system locale when it speaks the UI language (so ar_MA keeps its Western digits and
    en_GB its day-first dates) or when it is another language the UI does not offer (a French
    user reading English keeps French separators); otherwise the UI language's own locale, in
    the system's country where that combination exists (en_AE + Arabic UI -> ar_AE).
    """
    system = system if system is not None else QLocale.system()
    wanted = QLocale.Language.Arabic if language == "ar" else QLocale.Language.English
    sys_lang = system.language()
    if sys_lang == wanted:
        return QLocale(system)
    ui_langs = (QLocale.Language.Arabic, QLocale.Language.English, QLocale.Language.C)
    if language == "en" and sys_lang not in ui_langs:
        return QLocale(system)
    candidate = QLocale(wanted, system.territory())
    if candidate.language() == wanted and candidate.territory() == system.territory():
        return candidate
    if wanted == QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(wanted)


_prefs = _Preferences("en", "locale", formatting_locale("en"))


def set_preferences(language: str, digits: str = "locale", system: QLocale | None = None) -> None:
    """Use ``language``'s formatting locale; ``digits`` "western" forces 0-9 everywhere.
    (Called by ``i18n.install_translators``; ``system`` stands in for the OS locale in tests.)"""
    global _prefs
    _prefs = _Preferences(
        language=language,
        digits=digits if digits in DIGIT_CHOICES else "locale",
        locale=formatting_locale(language, system),
    )


def current_locale() -> QLocale:
    return QLocale(_prefs.locale)


def current_language() -> str:
    return _prefs.language


def current_digits() -> str:
    return _prefs.digits


def uses_native_digits(locale: QLocale | None = None) -> bool:
    """True when numbers are drawn with the locale's own (non-Western) digits."""
    loc = locale if locale is not None else _prefs.locale
    return loc.zeroDigit() != "0" and (locale is not None or _prefs.digits == "locale")


def widget_locale() -> QLocale:
    """The locale for Qt's own widgets (spin boxes, date edits, ``%Ln``): the formatting locale,
    or with Western digits chosen an Arabic locale that writes 0-9 (ar_AE) since Qt cannot
    switch a locale's numbering system."""
    loc = _prefs.locale
    if _prefs.digits == "western" and loc.zeroDigit() != "0":
        latin = QLocale(loc.language(), QLocale.Country.UnitedArabEmirates)
        if latin.zeroDigit() == "0" and latin.language() == loc.language():
            return latin
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(loc)


# -- digits -----------------------------------------------------------------------------------
@cache
def _to_western_table(zero: str) -> dict[int, str]:
    table = {ord(zero) + i: str(i) for i in range(10)}
    # Arabic decimal/thousands/percent signs have Western equivalents when digits are Western
    table.update({ord("٫"): ".", ord("٬"): ",", ord("٪"): "%"})
    return table


def _westernise(text: str, locale: QLocale) -> str:
    zero = locale.zeroDigit()
    if zero == "0":
        return text
    return text.translate(_to_western_table(zero))


def _finish(text: str, locale: QLocale) -> str:
    """Apply the Western-digits preference to text QLocale produced."""
    if _prefs.digits == "western":
        return _westernise(text, locale)
    return text


def _native(ascii_digits: str, locale: QLocale) -> str:
    zero = locale.zeroDigit()
    if zero == "0":
        return ascii_digits
    base = ord(zero)
    return "".join(chr(base + ord(ch) - 48) for ch in ascii_digits)


def _group(int_digits: str, locale: QLocale) -> str:
    """Group an ASCII digit string the locale's way, with the locale's digits."""
    if len(int_digits) <= 18:
        # exact: QLocale formats integers as qlonglong, grouping rules (en_IN lakhs, es_ES's
        # minimum grouping) included
        return locale.toString(int(int_digits))
    # beyond int64 (not money anyone holds): groups of three
    head = len(int_digits) % 3 or 3
    parts = [int_digits[:head]] + [int_digits[i : i + 3] for i in range(head, len(int_digits), 3)]
    return locale.groupSeparator().join(_native(p, locale) for p in parts)


def _number(value: Decimal, places: int, locale: QLocale, grouping: bool = True) -> str:
    """``value`` (finite) rounded half-up to ``places`` decimals, with the locale's symbols."""
    places = max(0, min(places, 28))
    with localcontext() as ctx:
        ctx.prec = max(100, value.adjusted() + places + 5)
        rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{abs(rounded):.{places}f}"
    int_digits, _, frac_digits = text.partition(".")
    body = _group(int_digits, locale) if grouping else _native(int_digits, locale)
    if frac_digits:
        body += locale.decimalPoint() + _native(frac_digits, locale)
    if rounded < 0:  # -0.001 shown with 2 places is "0.00", not "-0.00"
        body = locale.negativeSign() + body
    return body


def _as_decimal(value: Decimal | int | float) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(repr(value))  # the shortest repr, not the binary expansion


def _natural_places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


# -- public formatters -------------------------------------------------------------------------
def fmt_int(n: int) -> str:
    """An integer with the locale's grouping and digits: 12,345 / ١٢٬٣٤٥."""
    loc = _prefs.locale
    if -_INT64 <= n <= _INT64:
        return _finish(loc.toString(n), loc)
    return _finish(_number(Decimal(n), 0, loc), loc)


def fmt_decimal(
    value: Decimal | int | float, places: int | None = None, *, grouping: bool = True
) -> str:
    """A decimal number; ``places`` None shows the digits the value has (2.50 -> "2.5")."""
    dec = _as_decimal(value)
    if not dec.is_finite():
        return str(value)
    loc = _prefs.locale
    digits = _natural_places(dec) if places is None else places
    return _finish(_number(dec, digits, loc, grouping), loc)


def money_places(amount: Decimal) -> int:
    """Display decimals for an amount, as ``core.numbers.format_money``: at least 2, and small
    amounts keep their significant digits up to 8 (a 0.0003 rate never shows as 0.00)."""
    return min(max(_natural_places(amount), 2), 8)


@cache
def _currency_pattern(locale_name: str) -> tuple[str, str]:
    """(prefix, suffix) around the number in the locale's positive currency format, with ¤
    standing for the currency."""
    loc = QLocale(locale_name)
    sample = loc.toCurrencyString(1.0, _SENTINEL, 0)
    one = loc.toString(1)
    at = sample.find(one)
    if at < 0:
        return "", _NBSP + _SENTINEL
    return sample[:at], sample[at + len(one) :]


def _spaced(prefix: str, suffix: str, currency: str) -> tuple[str, str]:
    """Put the currency in; a code (USD) touching the digits gets a no-break space (CLDR's
    currency spacing), a symbol ($) does not."""
    if _SENTINEL in prefix:
        prefix = prefix.replace(_SENTINEL, currency)
        stripped = prefix.rstrip(_BIDI_MARKS)
        if stripped.endswith(currency) and currency[-1:].isalpha():
            prefix = stripped + _NBSP + prefix[len(stripped) :]
    if _SENTINEL in suffix:
        suffix = suffix.replace(_SENTINEL, currency)
        stripped = suffix.lstrip(_BIDI_MARKS)
        if stripped.startswith(currency) and currency[:1].isalpha():
            suffix = suffix[: len(suffix) - len(stripped)] + _NBSP + stripped
    return prefix, suffix


def fmt_money(amount: Decimal, currency: str = "", places: int | None = None) -> str:
    """Money for display, rounded half-up for display only: "USD 1,234.50", "‏١٬٢٣٤٫٥٠ USD".
    ``places`` None keeps small amounts readable (see :func:`money_places`)."""
    if not isinstance(amount, Decimal) or not amount.is_finite():
        text = str(amount)
        return f"{text} {currency}".rstrip() if currency else text
    loc = _prefs.locale
    digits = money_places(amount) if places is None else places
    negative_number = _number(amount, digits, loc)
    sign = loc.negativeSign()
    is_negative = negative_number.startswith(sign) and sign != ""
    number = negative_number[len(sign) :] if is_negative else negative_number
    if not currency:
        return _finish(negative_number, loc)
    prefix, suffix = _spaced(*_currency_pattern(loc.name()), currency)
    if is_negative:
        # the sign goes before the number's leading bidi marks and any prefix (CLDR's "-¤1"),
        # never as accounting parentheses
        lead = len(prefix) - len(prefix.lstrip(_BIDI_MARKS))
        prefix = prefix[:lead] + sign + prefix[lead:]
    return _finish(prefix + number + suffix, loc)


def fmt_percent(value: Decimal | int | float, places: int = 0) -> str:
    """A percentage of ``value`` in percent units (45 -> "45%", "٤٥٪؜")."""
    dec = _as_decimal(value)
    if not dec.is_finite():
        return str(value)
    loc = _prefs.locale
    return _finish(_number(dec, places, loc) + loc.percent(), loc)


def _qdatetime(dt: datetime) -> QDateTime:
    if dt.tzinfo is not None:
        dt = dt.astimezone().replace(tzinfo=None)  # shown in the user's local time
    return QDateTime(
        QDate(dt.year, dt.month, dt.day),
        QTime(dt.hour, dt.minute, dt.second, dt.microsecond // 1000),
    )


def fmt_datetime(
    dt: datetime | float | int, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat
) -> str:
    """A moment in local time, in the locale's short format (a number is a Unix timestamp;
    a naive datetime is taken as local time)."""
    moment = dt if isinstance(dt, datetime) else datetime.fromtimestamp(float(dt)).astimezone()
    loc = _prefs.locale
    return _finish(loc.toString(_qdatetime(moment), fmt), loc)


def fmt_date(d: date, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A calendar date in the locale's format (a datetime is shown as its local date)."""
    qdate = _qdatetime(d).date() if isinstance(d, datetime) else QDate(d.year, d.month, d.day)
    loc = _prefs.locale
    return _finish(loc.toString(qdate, fmt), loc)


def digits_sample(language: str, digits: str, system: QLocale | None = None) -> str:
    """How 1234.5 looks in ``language``'s locale with ``digits`` (for the settings dialog)."""
    loc = formatting_locale(language, system)
    text = _number(Decimal("1234.50"), 2, loc)
    return _westernise(text, loc) if digits == "western" else text


# -- parsing -----------------------------------------------------------------------------------
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009" + _BIDI_MARKS + "]")


def group_separators() -> str:
    """The thousands separators a typed whole number may use in the UI locale (for
    ``core.numbers``' ``grouping``): the locale's own ("," in English, "." in German), and
    "," too where the locale writes "٬" (what its numbers look like with Western digits)."""
    group = _prefs.locale.groupSeparator()
    return group + "," if group == "٬" else group


def _ungrouped(cleaned: str) -> str | None:
    """``cleaned`` (digits, "." and "g" for each group separator) without its separators, or
    None when one stands anywhere but between groups of three digits of the whole part:
    "1,080.5" is 1080.5, but "0,92" (or "1.08" where "." groups) would silently be 92 or 108."""
    if "g" not in cleaned:
        return cleaned
    if not re.fullmatch(r"-?\d{1,3}(g\d{3})+(\.\d*)?", cleaned):
        return None
    return cleaned.replace("g", "")


def parse_decimal(text: str) -> Decimal | None:
    """What the user typed as a number -> Decimal, or None if it is not one.

    Accepts any Unicode decimal digits (0-9, ٠-٩, ۰-۹), the locale's decimal point or "٫",
    the locale's group separator or "٬" between groups of three digits of the whole part
    (anywhere else the text is refused, not read 100 times too big), spaces and bidi marks.
    "." is also a decimal point unless the locale groups with it (de, ar_MA); in an
    Arabic-Indic locale the Western form "1,234.5" is understood too.
    """
    loc = _prefs.locale
    raw = _SPACES.sub("", text)
    if not raw:
        return None
    points, groups = {"٫"}, {"٬"}
    point, group = loc.decimalPoint(), loc.groupSeparator()
    if point == "٫":
        # Arabic-Indic locale: its Western-digit form is written 1,234.5
        points.add(".")
        groups.add(",")
    else:
        points.add(point)
        groups.add(group)
        if "." not in (point, group):
            points.add(".")  # "12.5" typed in a comma locale (fr) still means 12.5
    chars = []
    for ch in raw:
        if ch.isdecimal():
            chars.append(str(int(ch)))
        elif ch in groups:
            chars.append("g")
        elif ch in points:
            chars.append(".")
        elif ch in "-\u2212":
            chars.append("-")
        else:
            chars.append(ch)
    cleaned = _ungrouped("".join(chars))
    if cleaned is None or not re.fullmatch(r"-?(\d+\.?\d*|\.\d+)", cleaned):
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


#: exact up to this; a larger limit is shown short ("15.5M"), the exact value in a tooltip
LIMIT_EXACT_BELOW = 10_000_000
_LIMIT_UNITS: tuple[tuple[int, str], ...] = (
    (1_000_000_000_000, str(QT_TRANSLATE_NOOP("ServiceTreeModel", "%1T"))),
    (1_000_000_000, str(QT_TRANSLATE_NOOP("ServiceTreeModel", "%1B"))),
    (1_000_000, str(QT_TRANSLATE_NOOP("ServiceTreeModel", "%1M"))),
)


def fmt_limit(value: int, *, minimum: bool = False) -> str:
    """A service's quantity limit, the one way the app shows it (catalogue columns, details,
    the order form): exact up to 9,999,999 ("5,000"), then short with one decimal ("15.5M",
    "2.1B", the unit translated). Never looks looser than it is: a maximum is rounded down,
    a ``minimum`` up. Show :func:`fmt_limit_exact` beside it (a tooltip) when they differ."""
    if abs(value) < LIMIT_EXACT_BELOW:
        return fmt_int(value)
    for size, unit in _LIMIT_UNITS:
        if abs(value) >= size:
            tenths, rest = divmod(abs(value) * 10, size)
            if minimum and rest and value > 0:
                tenths += 1
            places = 1 if tenths % 10 else 0
            number = fmt_decimal(Decimal(tenths).scaleb(-1), places)
            if value < 0:
                number = _finish(_prefs.locale.negativeSign(), _prefs.locale) + number
            return QCoreApplication.translate("ServiceTreeModel", unit).replace("%1", number)
    return fmt_int(value)


def fmt_limit_exact(value: int) -> str:
    """A limit to the unit ("2,147,483,647"): the tooltip of a short :func:`fmt_limit`."""
    return fmt_int(value)


def limit_is_short(value: int) -> bool:
    """Whether :func:`fmt_limit` shortens ``value`` (so the exact value needs a tooltip)."""
    return abs(value) >= LIMIT_EXACT_BELOW


def digits(text: str) -> str:
    """``text`` with its Western digits written in the user's digits (a version number, a
    sample date): "0.1.0" -> "٠.١.٠" with Arabic-Indic digits; nothing else changes."""
    if not uses_native_digits():
        return text
    return re.sub(r"[0-9]+", lambda m: _native(m.group(0), _prefs.locale), text)


def fmt_id(number: int) -> str:
    """An order, service or refill number: the locale's digits, never grouped (it is a name,
    not an amount: 23501, not 23,501)."""
    return fmt_decimal(number, 0, grouping=False)


def order_ref(number: int) -> str:
    """A panel number as shown in lists: "#23501" (with the locale's digits)."""
    return "#" + fmt_id(number)


def date_edit_format() -> str:
    """The display format for date fields: the locale's short date with a four-digit year
    (the short format's "yy" leaves 2026 and 1926 alike). Bidi marks are left out: a date edit
    orders its sections for right-to-left itself, and the marks (Arabic's "d‏/M‏/yyyy") would
    turn the day and the year round again."""
    text = widget_locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return "".join(ch for ch in text if ch not in "\u200e\u200f\u061c")
