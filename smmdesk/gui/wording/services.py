"""A service in words: its rate, limits, features and order type as the catalogue, the
details pane and the order form show them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
)

from smmdesk.core.models import Service
from smmdesk.core.ordertypes import OrderTypeSpec, spec_for
from smmdesk.gui.wording import numbers


def format_rate(rate: Decimal, currency: str) -> str:
    """ "0.90 USD", "0.0003 USD", "95,200.00 USD" (in the user's locale and digits):
    significant digits kept, Decimal only."""
    return numbers.fmt_money(rate, currency)


def format_count(value: int) -> str:
    """Quantities with the locale's separators and digits: 2147483647 -> "2,147,483,647"."""
    return numbers.fmt_int(value)


def format_count_short(value: int) -> str:
    """A quantity limit for a narrow column: ``numbers.fmt_limit`` (the one rule for limits)."""
    return numbers.fmt_limit(value)


def flag_words(service: Service) -> list[str]:
    """The features a service offers, as short translated words, in a fixed order; a feature
    the panel does not state either way is named as "not stated by the panel"."""
    words = []
    for state, word in (
        (service.dripfeed, QCoreApplication.translate("ServiceTreeModel", "Drip-feed")),
        (service.refill, QCoreApplication.translate("ServiceTreeModel", "Refill")),
        (service.cancel, QCoreApplication.translate("ServiceTreeModel", "Cancel")),
    ):
        if state:
            words.append(word)
        elif state is None:
            words.append(
                QCoreApplication.translate(
                    "ServiceTreeModel", "%1: not stated by the panel"
                ).replace("%1", word)
            )
    return words


def compact_flags(dripfeed: bool | None, refill: bool | None, cancel: bool | None) -> str:
    """The narrow flags column: "Drip · Refill · Cancel" for what a service supports, with
    "Refill?" / "Cancel?" where the panel does not say (the panel's answer will decide). An
    unstated drip-feed shows nothing: the form offers drip-feed only where it is stated."""
    parts = []
    if dripfeed:
        parts.append(QCoreApplication.translate("ServiceTreeModel", "Drip"))
    if refill:
        parts.append(QCoreApplication.translate("ServiceTreeModel", "Refill"))
    elif refill is None:
        parts.append(QCoreApplication.translate("ServiceTreeModel", "Refill?"))
    if cancel:
        parts.append(QCoreApplication.translate("ServiceTreeModel", "Cancel"))
    elif cancel is None:
        parts.append(QCoreApplication.translate("ServiceTreeModel", "Cancel?"))
    return " · ".join(parts)


def mass_format_text() -> str:
    """The fields of a mass-order line, in words: "service ID | link | quantity"."""
    return QCoreApplication.translate("MassOrderDialog", "service ID | link | quantity")


def repeated_id_text() -> str:
    """The warning on every row of a service id the panel lists more than once."""
    return QCoreApplication.translate(
        "ServiceTreeModel",
        "The panel lists this id twice, with different terms: the panel decides which one "
        "applies. Costs are estimated at the higher rate.",
    )


def contradicting_limits_text() -> str:
    """The warning on a service whose limits contradict each other."""
    return QCoreApplication.translate(
        "ServiceTreeModel",
        "Cannot be ordered: the panel's limits contradict each other (the minimum is above "
        "the maximum).",
    )


def order_type_text(text: str) -> str:
    """A type title, field label, help text or placeholder of core.ordertypes in the UI language.

    The core marks these with QT_TRANSLATE_NOOP("OrderTypes", ...), which lupdate reads; a text
    it leaves unmarked (a sample such as "https://") or one not translated yet stays English.
    """
    return QCoreApplication.translate("OrderTypes", text) if text else text


def spec_title(spec: OrderTypeSpec) -> str:
    """An order type's title in the UI language (the core's titles are English)."""
    return order_type_text(spec.title)


def order_type_title(type_name: str) -> str:
    """How a panel's type spelling is shown: its order type's translated title when the type
    is known ("default" -> "Default"), else the panel's own words."""
    spec = spec_for(type_name)
    if spec.key == "generic" and type_name.strip():
        return " ".join(type_name.split())
    return spec_title(spec)


def service_terms(service: Service, spec: OrderTypeSpec, currency: str) -> str:
    """The order form's line under a service's name: its type, id, limits and price
    ("Default · ID 23 · min 50 · max 10,000 · 0.90 USD per 1000")."""
    rate = numbers.fmt_money(service.rate, currency)
    if spec.per_package:
        price = QCoreApplication.translate("OrderForm", "%1 per package").replace("%1", rate)
    else:
        price = QCoreApplication.translate("OrderForm", "%1 per 1000").replace("%1", rate)
    low = orderable_min(service)
    parts = [
        spec_title(spec),
        QCoreApplication.translate("OrderForm", "ID %1").replace("%1", numbers.fmt_id(service.id)),
        QCoreApplication.translate("OrderForm", "min %1 · max %2")
        .replace("%1", numbers.fmt_limit(low, minimum=True))
        .replace("%2", numbers.fmt_limit(service.max)),
        price,
    ]
    return " · ".join(parts)


def orderable_min(service: Service) -> int:
    """The smallest quantity the form offers: a minimum below 1 is 1 (limits that contradict
    each other are shown as the panel states them)."""
    return service.order_min if service.order_min <= service.max else service.min


def limits_tip(low: int, high: int) -> str:
    """The exact limits ("min 1,000 · max 2,147,483,647") for the tooltip of a text showing
    them short; "" when ``numbers.fmt_limit`` shows both exactly."""
    if not (numbers.limit_is_short(low) or numbers.limit_is_short(high)):
        return ""
    return (
        QCoreApplication.translate("OrderForm", "min %1 · max %2")
        .replace("%1", numbers.fmt_limit_exact(low))
        .replace("%2", numbers.fmt_limit_exact(high))
    )
