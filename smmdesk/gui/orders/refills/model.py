"""RefillsTableModel: finished orders and their refill windows (``core.refill_windows``), with
the last refill and the outcome of a refill asked from this view, one row per order; filtered
and sorted in Python over the windows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from smmdesk.core.models import OrderStatus
from smmdesk.core.order_actions import ActionOutcome, ActionResult
from smmdesk.core.refill_windows import RefillWindow, WindowState
from smmdesk.gui.orders.status import refill_kind, refill_words
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.plain import tip
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.actions import action_message
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.numbers import fmt_id
from smmdesk.gui.wording.refills import window_tip, window_words
from smmdesk.gui.wording.statuses import status_words

__all__ = ["COLUMN_COUNT", "RefillsTableModel"]

PANEL, ORDER, SERVICE, LINK, FINISHED, WINDOW, LAST_REFILL, RESULT = range(8)
COLUMN_COUNT: Final = 8
_ANY: Final = QModelIndex()
_NONE: Final = "—"
_FLAGS: Final = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
#: the tone of each window state (ending soon stands out; what cannot be refilled is muted)
_WINDOW_KIND: Final = {
    WindowState.ENDING_SOON: "unknown",
    WindowState.INSIDE: "completed",
    WindowState.LIFETIME: "completed",
    WindowState.UNKNOWN: "pending",
    WindowState.EXPIRED: "canceled",
    WindowState.NO_REFILL: "canceled",
}
_OUTCOME_KIND: Final = {
    ActionOutcome.ACCEPTED: "completed",
    ActionOutcome.REJECTED: "error",
    ActionOutcome.UNKNOWN: "unknown",
    ActionOutcome.NOT_SENT: "error",
    ActionOutcome.SKIPPED: "canceled",
}
#: a row being sent has this instead of a result
_SENDING: Final = "sending"


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("RefillsTableModel", "Panel"),
        QCoreApplication.translate("RefillsTableModel", "Order"),
        QCoreApplication.translate("RefillsTableModel", "Service"),
        QCoreApplication.translate("RefillsTableModel", "Link"),
        QCoreApplication.translate("RefillsTableModel", "Finished"),
        QCoreApplication.translate("RefillsTableModel", "Refill window"),
        QCoreApplication.translate("RefillsTableModel", "Last refill"),
        QCoreApplication.translate("RefillsTableModel", "Result"),
    ]


def _earliest(value: datetime | None) -> tuple[bool, float]:
    return (value is None, 0.0 if value is None else value.timestamp())


class RefillsTableModel(QAbstractTableModel):
    """Rows over a list of ``RefillWindow``; ``show_all`` False keeps only the windows still
    worth a refill (``WindowState.refillable``). Results of refills asked here stay beside
    their orders across reloads until the window is closed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[RefillWindow] = []
        self._rows: list[RefillWindow] = []
        self._pos: dict[int, int] = {}
        self.show_all = False
        self.panel_names: dict[int, str] = {}
        self.results: dict[int, ActionResult | str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (WINDOW, Qt.SortOrder.AscendingOrder)
        self._headers = _headers()

    # -- data in -----------------------------------------------------------------------------
    def set_windows(self, windows: Sequence[RefillWindow], panel_names: Mapping[int, str]) -> None:
        self.beginResetModel()
        self._all = list(windows)
        self.panel_names = dict(panel_names)
        self._refilter()
        self.endResetModel()

    def set_show_all(self, show_all: bool) -> None:
        if show_all == self.show_all:
            return
        self.beginResetModel()
        self.show_all = show_all
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        rows = [w for w in self._all if self.show_all or w.state.refillable]
        column, order = self._sort
        rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self._pos = {w.local_id: i for i, w in enumerate(rows)}

    def mark_sending(self, local_ids: Sequence[int]) -> None:
        for local_id in local_ids:
            self.results[local_id] = _SENDING
        self._changed(local_ids, RESULT)

    def set_results(self, results: Sequence[ActionResult]) -> None:
        for result in results:
            self.results[result.local_id] = result
        self._changed([r.local_id for r in results], RESULT)

    def clear_sending(self) -> None:
        """Rows still marked as being sent once a run is over (it failed as a whole)."""
        left = [i for i, r in self.results.items() if r == _SENDING]
        for local_id in left:
            del self.results[local_id]
        self._changed(left, RESULT)

    def _changed(self, local_ids: Sequence[int], column: int) -> None:
        for local_id in local_ids:
            row = self._pos.get(local_id)
            if row is not None:
                index = self.index(row, column)
                self.dataChanged.emit(index, index)

    # -- reading -----------------------------------------------------------------------------
    def window_at(self, row: int) -> RefillWindow:
        return self._rows[row]

    def row_of(self, local_id: int) -> int | None:
        return self._pos.get(local_id)

    def windows(self) -> list[RefillWindow]:
        """The rows shown, in their order."""
        return list(self._rows)

    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ANY) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ANY) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        window, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(window, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tooltip(window, column)
            return None if text is None else tip(text)
        if role == Qt.ItemDataRole.ForegroundRole:
            kind = self._kind(window, column)
            return None if kind is None else theme.status_colour(kind)
        if role == Qt.ItemDataRole.FontRole and column == WINDOW:
            if window.state is WindowState.ENDING_SOON:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ORDER:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _kind(self, window: RefillWindow, column: int) -> str | None:
        if column == WINDOW:
            return _WINDOW_KIND[window.state]
        if column == LAST_REFILL and window.last_refill is not None:
            return refill_kind(window.last_refill)
        if column == RESULT:
            result = self.results.get(window.local_id)
            if isinstance(result, ActionResult):
                return _OUTCOME_KIND[result.outcome]
            return None if result is None else "in_progress"
        return None

    # -- texts -------------------------------------------------------------------------------
    def panel_label(self, panel_id: int) -> str:
        name = self.panel_names.get(panel_id)
        if not name:
            return QCoreApplication.translate("RefillsTableModel", "Removed panel")
        return isolate(name)

    def display(self, window: RefillWindow, column: int) -> str:
        order = window.order
        texts: dict[int, Callable[[], str]] = {
            PANEL: lambda: self.panel_label(order.panel_id),
            ORDER: lambda: fmt_id(order.panel_order_id),
            SERVICE: lambda: isolate(window.service_name) if window.service_name else _NONE,
            LINK: lambda: isolate(order.link) if order.link else _NONE,
            FINISHED: lambda: self._finished(window),
            WINDOW: lambda: self._window(window),
            LAST_REFILL: lambda: self._last_refill(window),
            RESULT: lambda: self._result(window),
        }
        return texts[column]()

    def _finished(self, window: RefillWindow) -> str:
        if window.finished_at is None:
            return _NONE
        when = numbers.fmt_date(window.finished_at)
        if window.order.status == OrderStatus.PARTIAL.value:
            return QCoreApplication.translate("RefillsTableModel", "%1 (partial)").replace(
                "%1", when
            )
        return when

    def _window(self, window: RefillWindow) -> str:
        symbol = theme.status_symbol(_WINDOW_KIND[window.state])
        return f"{symbol} {window_words(window)}"

    def _last_refill(self, window: RefillWindow) -> str:
        refill = window.last_refill
        if refill is None:
            return _NONE
        return (
            QCoreApplication.translate("RefillsTableModel", "%1 · %2")
            .replace("%1", refill_words(refill))
            .replace("%2", numbers.fmt_date(refill.created_at))
        )

    def _result(self, window: RefillWindow) -> str:
        result = self.results.get(window.local_id)
        if result is None:
            return ""
        if not isinstance(result, ActionResult):
            sending = QCoreApplication.translate("RefillsTableModel", "Sending…")
            return f"{theme.status_symbol('in_progress')} {sending}"
        return f"{theme.status_symbol(_OUTCOME_KIND[result.outcome])} {self._result_words(result)}"

    @staticmethod
    def _result_words(result: ActionResult) -> str:
        if result.outcome is ActionOutcome.ACCEPTED and result.refill_id is not None:
            return QCoreApplication.translate("RefillsTableModel", "Accepted: refill %1").replace(
                "%1", numbers.order_ref(result.refill_id)
            )
        if result.outcome is ActionOutcome.REJECTED and result.panel_text:
            return QCoreApplication.translate("RefillsTableModel", "Refused: “%1”").replace(
                "%1", isolate(result.panel_text)
            )
        return action_message(result, "refill")

    def tooltip(self, window: RefillWindow, column: int) -> str | None:
        if column == WINDOW:
            return window_tip(window)
        if column == RESULT:
            result = self.results.get(window.local_id)
            return action_message(result, "refill") if isinstance(result, ActionResult) else None
        if column == LAST_REFILL and window.last_refill is not None:
            refill = window.last_refill
            parts = [
                QCoreApplication.translate("RefillsTableModel", "Asked on %1").replace(
                    "%1", numbers.fmt_datetime(refill.created_at)
                )
            ]
            if refill.panel_refill_id is not None:
                parts.append(
                    QCoreApplication.translate("RefillsTableModel", "Refill %1").replace(
                        "%1", numbers.order_ref(refill.panel_refill_id)
                    )
                )
            if refill.error_text:
                parts.append(isolate(refill.error_text))
            return "\n".join(parts)
        if column == FINISHED and window.order.status == OrderStatus.PARTIAL.value:
            return QCoreApplication.translate(
                "RefillsTableModel", "%1: the panel delivered part of it and refunded the rest."
            ).replace("%1", status_words(OrderStatus.PARTIAL))
        if column in (SERVICE, LINK):
            return self.display(window, column)
        return None

    # -- sorting -----------------------------------------------------------------------------
    def _key(self, column: int) -> Callable[[RefillWindow], Any]:
        keys: dict[int, Callable[[RefillWindow], Any]] = {
            PANEL: lambda w: (self.panel_label(w.order.panel_id).casefold(), w.sort_key()),
            ORDER: lambda w: (w.order.panel_order_id, w.local_id),
            SERVICE: lambda w: (w.service_name.casefold(), w.sort_key()),
            LINK: lambda w: (w.order.link.casefold(), w.sort_key()),
            FINISHED: lambda w: (*_earliest(w.finished_at), w.local_id),
            WINDOW: RefillWindow.sort_key,
            LAST_REFILL: lambda w: (
                *_earliest(None if w.last_refill is None else w.last_refill.created_at),
                w.sort_key(),
            ),
            RESULT: lambda w: (self._result(w), w.sort_key()),
        }
        return keys[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python over the windows; selected and current rows stay on their orders."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[i.row()].local_id if i.row() < len(self._rows) else -1 for i in old]
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._pos = {w.local_id: i for i, w in enumerate(self._rows)}
        new = [
            self.index(self._pos[local_id], i.column()) if local_id in self._pos else QModelIndex()
            for local_id, i in zip(ids, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
