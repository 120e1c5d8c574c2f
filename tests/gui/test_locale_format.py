"""Numbers, money and dates as an English or Arabic user reads them: the locale's digits and
separators (Arabic-Indic in Egypt, Western in Morocco or by choice), exact Decimal money."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from smmdesk.core.numbers import format_money
from smmdesk.gui.wording import numbers as lf

NBSP = "\u00a0"
RLM = "\u200f"
ALM = "\u061c"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    lf.set_preferences("en", "locale", QLocale("C"))


def use(language: str, system: str, digits: str = "locale") -> None:
    lf.set_preferences(language, digits, QLocale(system))


# -- which locale ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "system", "expected"),
    [
        ("en", "C", "en_US"),  # no real locale (C.UTF-8): American English
        ("en", "en_GB", "en_GB"),  # the user's own English
        ("en", "fr_FR", "fr_FR"),  # a French user reading English keeps French numbers
        ("en", "ar_EG", "en_US"),  # English UI on an Arabic system: English numbers
        ("ar", "C", "ar_EG"),  # Arabic UI, no locale: Qt's default Arabic (Egypt)
        ("ar", "ar_MA", "ar_MA"),  # Moroccan Arabic keeps its Western digits
        ("ar", "en_AE", "ar_AE"),  # the system's country, in Arabic
        ("ar", "fr_FR", "ar_EG"),  # no Arabic for France: the language's default
    ],
)
def test_formatting_locale_follows_language_then_system(
    language: str, system: str, expected: str
) -> None:
    assert lf.formatting_locale(language, QLocale(system)).name() == expected


# -- integers and decimals ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "system", "digits", "expected"),
    [
        ("en", "C", "locale", "1,234,567"),
        ("ar", "C", "locale", "١٬٢٣٤٬٥٦٧"),
        ("ar", "ar_SA", "locale", "١٬٢٣٤٬٥٦٧"),
        ("ar", "ar_SA", "western", "1,234,567"),
        ("ar", "ar_MA", "locale", "1.234.567"),
        ("en", "en_IN", "locale", "12,34,567"),
        ("en", "de_DE", "locale", "1.234.567"),
    ],
)
def test_fmt_int_uses_the_locales_digits_and_grouping(
    language: str, system: str, digits: str, expected: str
) -> None:
    use(language, system, digits)
    assert lf.fmt_int(1234567) == expected


def test_fmt_int_beyond_64_bits_is_still_exact() -> None:
    use("en", "C")
    assert lf.fmt_int(12345678901234567890123) == "12,345,678,901,234,567,890,123"
    use("ar", "C")
    assert lf.fmt_int(-(10**20)) == ALM + "-١٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠٬٠٠٠"


def test_fmt_decimal_shows_the_digits_the_value_has() -> None:
    use("en", "C")
    assert lf.fmt_decimal(Decimal("2.50")) == "2.5"
    assert lf.fmt_decimal(Decimal("1234.5678")) == "1,234.5678"
    assert lf.fmt_decimal(Decimal("1234.5678"), 2) == "1,234.57"
    assert lf.fmt_decimal(Decimal("1234.5"), grouping=False) == "1234.5"
    assert lf.fmt_decimal(Decimal("-0.001"), 2) == "0.00"  # never "-0.00"
    use("ar", "C")
    assert lf.fmt_decimal(Decimal("1234.5")) == "١٬٢٣٤٫٥"
    assert lf.fmt_decimal(Decimal("-12.5")) == ALM + "-١٢٫٥"


# -- money -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "system", "digits", "expected"),
    [
        ("en", "C", "locale", f"USD{NBSP}1,234.50"),
        ("ar", "C", "locale", f"{RLM}١٬٢٣٤٫٥٠{NBSP}USD"),
        ("ar", "ar_SA", "western", f"{RLM}1,234.50{NBSP}USD"),
        ("ar", "ar_MA", "locale", f"{ALM}1.234,50{NBSP}USD"),
        ("en", "fr_FR", "locale", f"1\u202f234,50{NBSP}USD"),
    ],
)
def test_fmt_money_places_the_currency_as_the_locale_does(
    language: str, system: str, digits: str, expected: str
) -> None:
    use(language, system, digits)
    assert lf.fmt_money(Decimal("1234.5"), "USD") == expected


def test_fmt_money_symbols_touch_the_number_codes_do_not() -> None:
    use("en", "C")
    assert lf.fmt_money(Decimal("5"), "$") == "$5.00"
    assert lf.fmt_money(Decimal("5"), "USD") == f"USD{NBSP}5.00"


def test_negative_money_has_a_sign_not_accounting_parentheses() -> None:
    use("en", "C")
    assert lf.fmt_money(Decimal("-1234.5"), "USD") == f"-USD{NBSP}1,234.50"
    use("ar", "C")
    assert lf.fmt_money(Decimal("-1234.5"), "USD") == f"{RLM}{ALM}-١٬٢٣٤٫٥٠{NBSP}USD"


@pytest.mark.parametrize(
    ("amount", "places", "shown"),
    [
        ("0.0003", None, "0.0003"),  # a per-1000 rate never rounds to 0.00
        ("0.000000123", None, "0.00000012"),  # at most 8 decimals
        ("39600", None, "39,600.00"),  # at least 2
        ("2.005", 2, "2.01"),  # half up, for display
        ("2.004", 2, "2.00"),
        ("98765432109876543.21", None, "98,765,432,109,876,543.21"),  # beyond a float's digits
    ],
)
def test_money_rounding_matches_core_format_money(
    amount: str, places: int | None, shown: str
) -> None:
    use("en", "C")
    value = Decimal(amount)
    assert lf.fmt_money(value, "", places) == shown
    assert format_money(value, "", places) == shown


def test_small_rates_keep_their_digits_in_arabic_too() -> None:
    use("ar", "C")
    assert lf.fmt_money(Decimal("0.0003"), "USD") == f"{RLM}٠٫٠٠٠٣{NBSP}USD"


def test_non_finite_money_is_shown_as_is() -> None:
    use("en", "C")
    assert lf.fmt_money(Decimal("NaN"), "USD") == "NaN USD"


# -- percent and dates ------------------------------------------------------------------------
def test_fmt_percent() -> None:
    use("en", "C")
    assert lf.fmt_percent(45) == "45%"
    assert lf.fmt_percent(Decimal("12.345"), 1) == "12.3%"
    use("ar", "C")
    assert lf.fmt_percent(45) == "٤٥٪" + ALM
    use("ar", "C", "western")
    assert lf.fmt_percent(45) == "45%" + ALM


def test_dates_in_the_locales_format_and_digits() -> None:
    moment = datetime(2024, 3, 5, 13, 5)
    use("en", "C")
    assert lf.fmt_date(date(2024, 3, 5)) == "3/5/24"
    assert lf.fmt_datetime(moment) == "3/5/24 1:05\u202fPM"
    use("en", "en_GB")
    assert lf.fmt_date(date(2024, 3, 5)) == "05/03/2024"
    use("ar", "C")
    assert lf.fmt_date(date(2024, 3, 5)) == f"٥{RLM}/٣{RLM}/٢٠٢٤"
    assert lf.fmt_datetime(moment) == f"٥{RLM}/٣{RLM}/٢٠٢٤ ١:٠٥ م"
    use("ar", "C", "western")
    assert lf.fmt_datetime(moment) == f"5{RLM}/3{RLM}/2024 1:05 م"


def test_timestamps_and_aware_datetimes_are_shown_in_local_time() -> None:
    use("en", "en_GB")
    ts = 1_709_643_900  # 2024-03-05 13:05 UTC
    local = datetime.fromtimestamp(ts)  # naive, local time
    assert lf.fmt_datetime(ts) == lf.fmt_datetime(local)
    assert lf.fmt_datetime(datetime.fromtimestamp(ts, UTC)) == lf.fmt_datetime(local)
    assert lf.fmt_date(datetime.fromtimestamp(ts, UTC)) == lf.fmt_date(local.date())


# -- digits for widgets and the settings sample ------------------------------------------------
def test_widget_locale_writes_western_digits_when_chosen() -> None:
    use("ar", "C", "western")
    widget = lf.widget_locale()
    assert widget.language() == QLocale.Language.Arabic
    assert widget.zeroDigit() == "0"
    assert widget.textDirection().name == "RightToLeft"
    use("ar", "C")
    assert lf.widget_locale().zeroDigit() == "٠"
    assert lf.uses_native_digits()


def test_digits_sample() -> None:
    assert lf.digits_sample("ar", "locale", QLocale("C")) == "١٬٢٣٤٫٥٠"
    assert lf.digits_sample("ar", "western", QLocale("C")) == "1,234.50"
    assert lf.digits_sample("en", "locale", QLocale("C")) == "1,234.50"


# -- parsing what the user typed --------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "system", "typed", "value"),
    [
        ("en", "C", "1,234.5", "1234.5"),
        ("en", "C", " 25 ", "25"),
        ("ar", "C", "٢٥٫٥", "25.5"),
        ("ar", "C", "١٬٠٠٠", "1000"),
        ("ar", "C", "25.5", "25.5"),  # Western digits on an Arabic keyboard's number row
        ("ar", "C", "1,000.25", "1000.25"),
        ("ar", "ar_MA", "1.000,25", "1000.25"),
        ("en", "fr_FR", "12,5", "12.5"),
        ("en", "fr_FR", "12.5", "12.5"),
        ("en", "C", "۱۲", "12"),  # Persian digits are digits too
    ],
)
def test_parse_decimal_accepts_what_users_type(
    language: str, system: str, typed: str, value: str
) -> None:
    use(language, system)
    assert lf.parse_decimal(typed) == Decimal(value)


@pytest.mark.parametrize("typed", ["", "  ", "abc", "-", "1.2.3", "12a", "NaN", "Infinity"])
def test_parse_decimal_rejects_non_numbers(typed: str) -> None:
    use("en", "C")
    assert lf.parse_decimal(typed) is None


@pytest.mark.parametrize(
    ("language", "system", "typed", "value"),
    [
        ("en", "C", "0,92", None),  # an exchange rate typed the European way: not 92
        ("en", "C", "1,08", None),
        ("en", "C", "1,080.5", "1080.5"),
        ("en", "C", "12,345,678", "12345678"),
        ("en", "C", "1,0805", None),
        ("en", "C", ",5", None),
        ("en", "de_DE", "1.08", None),  # "." groups in German: not 108
        ("en", "de_DE", "1.080,5", "1080.5"),
    ],
)
def test_a_group_separator_counts_only_between_groups_of_three(
    language: str, system: str, typed: str, value: str | None
) -> None:
    """A misplaced separator is refused rather than read 100 times too big."""
    use(language, system)
    assert lf.parse_decimal(typed) == (None if value is None else Decimal(value))


@settings(max_examples=150, deadline=None)
@given(
    value=st.decimals(min_value=-(10**15), max_value=10**15, places=4, allow_nan=False),
    setup=st.sampled_from(
        [
            ("en", "C", "locale"),
            ("ar", "C", "locale"),
            ("ar", "C", "western"),
            ("en", "fr_FR", "locale"),
        ]
    ),
)
def test_what_is_shown_parses_back_to_the_same_number(
    value: Decimal, setup: tuple[str, str, str]
) -> None:
    use(*setup)
    assert lf.parse_decimal(lf.fmt_decimal(value)) == value
