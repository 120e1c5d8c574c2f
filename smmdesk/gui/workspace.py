"""The workspace under the main window's toolbar: the catalogue beside the service details and
the order form, above the orders pane; its splitters and how they are remembered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from smmdesk.gui.catalog.details import ServiceDetails
from smmdesk.gui.catalog.pane import CatalogPane
from smmdesk.gui.ordering.form import OrderForm
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession

__all__ = ["Workspace"]

#: settings key of each splitter's state
_SPLITTER_KEYS = (
    ("main_splitter", "window/main_splitter"),
    ("right_splitter", "window/right_splitter"),
    ("orders_splitter", "window/orders_splitter"),
)


class Workspace(QWidget):
    """The panes of an open panel. The window wires their signals; this owns their layout."""

    def __init__(
        self,
        ctx: AppContext,
        session: Callable[[], PanelSession | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog_pane = CatalogPane(self)
        self.details = ServiceDetails(self)
        self.order_form = OrderForm(session, self)
        form_scroll = self._scrolled(self.order_form)
        self.form_scroll = form_scroll
        # the outcome of an order shows where the user looks, however small the window
        self.order_form.sig_order_placed.connect(self._show_outcome)
        # scrolled too: on a small screen the details give the form its room
        details_scroll = self._scrolled(self.details)
        # with no service chosen the form alone says so (one message, not two)
        self.details.stack.currentChanged.connect(lambda page: details_scroll.setVisible(page != 0))
        details_scroll.setVisible(False)
        self._layout_pending = False

        self.right_splitter = self._splitter(
            Qt.Orientation.Vertical, "rightSplitter", (details_scroll, 2), (form_scroll, 3)
        )
        self.main_splitter = self._splitter(
            Qt.Orientation.Horizontal,
            "mainSplitter",
            (self.catalog_pane, 3),
            (self.right_splitter, 2),
        )
        self.orders_pane = OrdersPane(ctx, session, self)
        self.orders_splitter = self._splitter(
            Qt.Orientation.Vertical,
            "ordersSplitter",
            (self.main_splitter, 3),
            (self.orders_pane, 2),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.orders_splitter)

    def _scrolled(self, widget: QWidget) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        return scroll

    def _show_outcome(self, *_args: object) -> None:
        QTimer.singleShot(
            0, lambda: self.form_scroll.ensureWidgetVisible(self.order_form.result_frame, 0, 0)
        )

    def _splitter(
        self, orientation: Qt.Orientation, name: str, *parts: tuple[QWidget, int]
    ) -> QSplitter:
        splitter = QSplitter(orientation, self)
        splitter.setObjectName(name)
        for index, (widget, stretch) in enumerate(parts):
            splitter.addWidget(widget)
            splitter.setStretchFactor(index, stretch)
        splitter.setChildrenCollapsible(False)
        return splitter

    def reset_layout(self) -> None:
        """The first-run proportions, from the room there is: the catalogue 3/5 of the width
        (all but 480 px on a small screen);
        the orders 7/20 of the height but never under ~12 lines (a laptop's 1280x720 keeps rows
        and the order's facts in view); the form the height of a link-and-quantity order, the
        details the rest."""
        self._layout_pending = False
        width = max(self.main_splitter.width(), 600)
        catalogue = max(width * 3 // 5, width - 480)  # a small screen's room goes to the names
        self.main_splitter.setSizes([catalogue, width - catalogue])
        lines = self.fontMetrics().lineSpacing()
        height = max(self.orders_splitter.height(), 400)
        orders = min(max(height * 7 // 20, 13 * lines), height // 2)
        self.orders_splitter.setSizes([height - orders, orders])
        column = max(height - orders, 200)
        form = min(17 * lines, column * 4 // 5)
        self.right_splitter.setSizes([column - form, form])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._layout_pending:
            # once the window has its size: the proportions follow the room there is
            QTimer.singleShot(0, self.reset_layout)

    def restore_layout(self, settings: QSettings) -> None:
        """The splitters as the user left them (the first-run proportions without a record)."""
        for attribute, key in _SPLITTER_KEYS:
            sizes = settings.value(key)
            if isinstance(sizes, QByteArray):
                splitter: QSplitter = getattr(self, attribute)
                splitter.restoreState(sizes)
            else:
                self._layout_pending = True
                if self.isVisible():
                    QTimer.singleShot(0, self.reset_layout)

    def save_layout(self, settings: QSettings) -> None:
        """Remember the splitters and the orders table's columns."""
        for attribute, key in _SPLITTER_KEYS:
            splitter: QSplitter = getattr(self, attribute)
            settings.setValue(key, splitter.saveState())
        self.orders_pane.save_state()
