"""The catalogue history in the user's words: each change kind, a change's before and after
values, and the one notification a refresh raises about watched services."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Final

from PySide6.QtCore import QCoreApplication

from smmdesk.core.changes import ChangeKind, ServiceChange, parse_limits
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate

__all__ = ["alert_text", "kind_words", "value_text"]

_KIND_WORDS: Final[dict[ChangeKind, Callable[[], str]]] = {
    ChangeKind.ADDED: lambda: QCoreApplication.translate("CatalogChanges", "Added"),
    ChangeKind.REMOVED: lambda: QCoreApplication.translate("CatalogChanges", "Removed"),
    ChangeKind.RATE_UP: lambda: QCoreApplication.translate("CatalogChanges", "Rate up"),
    ChangeKind.RATE_DOWN: lambda: QCoreApplication.translate("CatalogChanges", "Rate down"),
    ChangeKind.LIMITS_CHANGED: lambda: QCoreApplication.translate(
        "CatalogChanges", "Min/max changed"
    ),
    ChangeKind.RENAMED: lambda: QCoreApplication.translate("CatalogChanges", "Renamed"),
    ChangeKind.TYPE_CHANGED: lambda: QCoreApplication.translate("CatalogChanges", "Type changed"),
    ChangeKind.ID_REUSED: lambda: QCoreApplication.translate("CatalogChanges", "Id reused"),
}
#: how many service names a notification lists before "and N more"
_NAMES_SHOWN = 3


def kind_words(kind: ChangeKind) -> str:
    return _KIND_WORDS[kind]()


def _limits(text: str | None) -> str:
    limits = parse_limits(text)
    if limits is None:
        return ""
    return (
        QCoreApplication.translate("CatalogChanges", "%1 – %2")
        .replace("%1", numbers.fmt_int(limits[0]))
        .replace("%2", numbers.fmt_int(limits[1]))
    )


def value_text(change: ServiceChange, currency: str, *, new: bool) -> str:
    """The value before (``new`` False) or after the change, as the user reads it: a rate as
    money, limits as "min – max", a name or a type as the panel wrote it (isolated)."""
    raw = change.new if new else change.old
    if raw is None:
        return ""
    kind = change.kind
    if kind in (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.RATE_UP, ChangeKind.RATE_DOWN):
        return numbers.fmt_money(Decimal(raw), currency)
    if kind is ChangeKind.LIMITS_CHANGED:
        return _limits(raw)
    return isolate(raw)


def _names(changes: Sequence[ServiceChange]) -> str:
    shown = [
        QCoreApplication.translate("CatalogChanges", "%1 %2")
        .replace("%1", numbers.order_ref(c.service_id))
        .replace("%2", isolate(c.name))
        for c in changes[:_NAMES_SHOWN]
    ]
    text = QCoreApplication.translate("CatalogChanges", ", ", "list separator").join(shown)
    rest = len(changes) - len(shown)
    if rest:
        text = QCoreApplication.translate("CatalogChanges", "%1 and %Ln more", "", rest).replace(
            "%1", text
        )
    return text


def alert_text(
    panel_name: str, rate_rises: Sequence[ServiceChange], gone: Sequence[ServiceChange]
) -> tuple[str, str]:
    """(title, text) of the one notification a refresh raises about the user's favourites and
    recently ordered services: whose rate rose, which are gone."""
    total = len(rate_rises) + len(gone)
    if total == 1:
        title = QCoreApplication.translate("CatalogChanges", "%1: a watched service changed")
    else:
        title = QCoreApplication.translate(
            "CatalogChanges", "%1: %Ln watched services changed", "", total
        )
    title = title.replace("%1", isolate(panel_name))
    lines: list[str] = []
    if rate_rises:
        lines.append(
            QCoreApplication.translate("CatalogChanges", "Rate up: %1").replace(
                "%1", _names(rate_rises)
            )
        )
    if gone:
        lines.append(
            QCoreApplication.translate("CatalogChanges", "No longer offered: %1").replace(
                "%1", _names(gone)
            )
        )
    return title, "\n".join(lines)
