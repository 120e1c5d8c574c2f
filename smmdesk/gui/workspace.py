"""The workspace under the main window's toolbar: the catalogue beside the service details and
the order form, above the orders pane; its splitters and how they are remembered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
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
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setAccessibleName(self.tr("Order form"))
        form_scroll.setWidget(self.order_form)

        self.right_splitter = self._splitter(
            Qt.Orientation.Vertical, "rightSplitter", (self.details, 2), (form_scroll, 3)
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
        """The first-run proportions: catalogue 3/5 of the width, orders 7/20 of the height."""
        total = max(self.main_splitter.width(), 900)
        self.main_splitter.setSizes([total * 3 // 5, total * 2 // 5])
        height = max(self.right_splitter.height(), 600)
        self.right_splitter.setSizes([height * 2 // 5, height * 3 // 5])
        height = max(self.orders_splitter.height(), 700)
        self.orders_splitter.setSizes([height * 13 // 20, height * 7 // 20])

    def restore_layout(self, settings: QSettings) -> None:
        """The splitters as the user left them (the first-run proportions without a record)."""
        for attribute, key in _SPLITTER_KEYS:
            sizes = settings.value(key)
            if isinstance(sizes, QByteArray):
                splitter: QSplitter = getattr(self, attribute)
                splitter.restoreState(sizes)
            else:
                QTimer.singleShot(0, self.reset_layout)

    def save_layout(self, settings: QSettings) -> None:
        """Remember the splitters and the orders table's columns."""
        for attribute, key in _SPLITTER_KEYS:
            splitter: QSplitter = getattr(self, attribute)
            settings.setValue(key, splitter.saveState())
        self.orders_pane.save_state()
