"""The workspace under the main window's toolbar: the catalogue beside the service details and
the order form, above the orders pane; its splitters and how they are remembered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smmdesk.gui.catalog.details import ServiceDetails
from smmdesk.gui.catalog.pane import CatalogPane
from smmdesk.gui.ordering.form import OrderForm
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets.keyboard import follow_focus

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
        # no Tab stop of its own: it scrolls to whichever field has the focus
        form_scroll.setAccessibleName(self.tr("Order form"))
        form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        follow_focus(form_scroll)
        self.form_scroll = form_scroll
        # the outcome of an order shows where the user looks, however small the window
        self.order_form.sig_order_placed.connect(self._show_outcome)
        # scrolled too: on a small screen the details give the form its room
        details_scroll = self._scrolled(self.details)
        details_scroll.setAccessibleName(self.tr("Service details"))
        # with no service chosen the form alone says so (one message, not two)
        self.details.stack.currentChanged.connect(lambda page: details_scroll.setVisible(page != 0))
        details_scroll.setVisible(False)
        self._layout_pending = False
        #: what Tab reaches after the workspace (the window's panel toolbar), before wrapping
        self.chain_tail: list[QWidget] = []

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
        # Enter on a service (in the tree, or after a search) goes on to its first field
        self.catalog_pane.sig_service_entered.connect(self._on_service_entered)

    # -- keyboard ----------------------------------------------------------------------------
    def _on_service_entered(self, _service: object) -> None:
        self.order_form.focus_first_field()

    def focus_chain(self) -> list[QWidget]:
        """Every control Tab reaches, in order: the catalogue (search, filters, tree), the
        service's description, the form's fields, Place, the orders (toolbar, filters, table,
        the order's detail), then ``chain_tail``."""
        chain = [
            *_focusables(self.catalog_pane),
            *_focusables(self.details),
            *self.order_form.focus_order(),
        ]
        chain += [w for w in _focusables(self.order_form) if not any(w is c for c in chain)]
        chain += self.orders_pane.focus_order()
        return chain + self.chain_tail

    def next_in_chain(self, current: QWidget | None, forward: bool) -> QWidget | None:
        """Where Tab (``forward``) or Shift+Tab goes from ``current``: the next control of
        ``focus_chain`` that can take the focus now, round to the first after the last; None
        when ``current`` is not in the chain (Qt's own order then applies)."""
        chain = self.focus_chain()
        at = _position(chain, current)
        if at is None:
            return None
        step = 1 if forward else -1
        for offset in range(1, len(chain) + 1):
            widget = chain[(at + step * offset) % len(chain)]
            if widget.isVisible() and widget.isEnabled():
                return widget
        return None

    def pane_homes(self) -> list[tuple[QWidget, QWidget]]:
        """(pane, where F6 puts the focus in it): the catalogue's tree (its search box while
        the tree is empty), the form's first field, the orders table, the order's detail;
        a pane with nothing to focus is left out."""
        catalog, form, orders = self.catalog_pane, self.order_form, self.orders_pane
        field = form.first_field()
        homes: list[tuple[QWidget, QWidget | None]] = [
            (catalog, catalog.tree if catalog.model.rowCount() else catalog.search_edit),
            (self.form_scroll, field),
            (orders.table, orders.table),
            (orders.detail, orders.detail.tabs if orders.detail.tabs.isEnabled() else None),
        ]
        return [(pane, home) for pane, home in homes if home is not None and home.isVisible()]

    def cycle_pane(self, step: int = 1) -> None:
        """F6 (``step`` 1) and Shift+F6 (-1): the focus goes to the next or previous pane."""
        homes = self.pane_homes()
        if not homes:
            return
        focused = QApplication.focusWidget()
        current = next(
            (
                n
                for n, (pane, _home) in enumerate(homes)
                if focused is not None and (pane is focused or pane.isAncestorOf(focused))
            ),
            None,
        )
        position = 0 if current is None and step > 0 else (current or 0) + step
        if current is None and step < 0:
            position = -1
        homes[position % len(homes)][1].setFocus(Qt.FocusReason.OtherFocusReason)

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


def _position(chain: list[QWidget], widget: QWidget | None) -> int | None:
    """The place in ``chain`` of ``widget``, or of its nearest ancestor there (the text part
    of a date box, a link inside the description)."""
    while widget is not None:
        for index, item in enumerate(chain):
            if item is widget:
                return index
        widget = widget.parentWidget()
    return None


def _focusables(root: QWidget) -> list[QWidget]:
    """The widgets inside ``root`` that Tab can reach, in the order they were made (Qt's own
    tab order, which each pane builds in reading order)."""
    # a widget passing its focus on (a tab widget to its tabs, a date box's text to the box, a
    # view's viewport to the view) is listed as the widget that takes it
    return [
        w
        for w in root.findChildren(QWidget)
        if w.window() is root.window()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]
