"""The fit items one by one: muted text by colour at 4.5:1 in light and dark, visible focus,
names that elide at their end with a tooltip, a readable Type column, no needless horizontal
scroll bar, a description box that collapses when empty and one "nothing selected" message."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from smmdesk.core.catalog import Catalog
from smmdesk.core.models import Service
from smmdesk.gui.catalog.details import SafeTextBrowser, ServiceDetails
from smmdesk.gui.catalog.model import NAME, TYPE
from smmdesk.gui.catalog.pane import CatalogPane
from smmdesk.gui.orders.pane import OrdersPane
from smmdesk.gui.panels.manage import PanelListModel
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.views import RowFocusTableView
from smmdesk.gui.workspace import Workspace

LONG_NAME = (
    "Instagram Followers [Real Mixed Quality] [Refill: 30 Days ♻️] [Speed: 10K/Day] "
    "[Start: 0-1 Hour] <b>Lifetime</b> Guarantee"
)


def service(service_id: int, name: str, type_name: str = "Default", desc: str = "") -> Service:
    return Service(
        id=service_id,
        name=name,
        type=type_name,
        category="انستغرام - متابعين عرب",
        rate=Decimal("0.90"),
        min=50,
        max=1_000_000,
        desc=desc,
    )


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def dark(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[bool]:
    theme.manager().apply("dark" if request.param else "light")
    yield bool(request.param)
    theme.manager().apply("system")


def text_colour(label: QLabel) -> tuple[QColor, QColor]:
    label.ensurePolished()
    palette = label.palette()
    return palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)


def test_muted_text_is_coloured_with_aa_contrast_not_disabled(qtbot: QtBot, dark: bool) -> None:
    pane = CatalogPane()
    qtbot.addWidget(pane)
    theme.manager().style_window(pane)  # as the main window is
    pane.set_catalog(Catalog([service(1, "Followers")]), "USD")
    details = ServiceDetails()
    qtbot.addWidget(details)
    theme.manager().style_window(details)
    for label in (pane.summary_label, details.empty_label):
        assert label.isEnabled(), "muted by colour, not by disabling the label"
        colour, background = text_colour(label)
        normal = QApplication.palette().color(QPalette.ColorRole.WindowText)
        assert colour.name() != normal.name(), "muted text differs from normal text"
        ratio = theme.contrast_ratio(colour, background)
        assert ratio >= 4.5, f"{label.text()!r}: {ratio:.2f}:1 in {'dark' if dark else 'light'}"
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        background = QApplication.palette().color(role)
        assert theme.contrast_ratio(theme.muted_colour(), background) >= 4.5


@pytest.mark.parametrize("kind", ["text box", "description"])
def test_a_focused_text_box_shows_a_ring(qtbot: QtBot, dark: bool, kind: str) -> None:
    host = QWidget()
    layout = QVBoxLayout(host)
    first: QWidget = QLineEdit(host) if kind == "text box" else SafeTextBrowser(host)
    second = QLineEdit(host)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(host)
    theme.manager().style_window(host)  # as the main window is
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    unfocused = first.grab().toImage()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    focused = first.grab().toImage()
    ring = theme.focus_colour()
    assert theme.contrast_ratio(ring, QApplication.palette().color(QPalette.ColorRole.Window)) >= 3

    def ring_pixels(image: object) -> int:
        return sum(
            1
            for x in range(image.width())  # type: ignore[attr-defined]
            if QColor(image.pixel(x, image.height() // 2)).name() == ring.name()  # type: ignore[attr-defined]
        )

    assert ring_pixels(focused) >= 2
    assert ring_pixels(unfocused) == 0


def test_long_names_elide_at_their_end_and_the_type_column_reads_whole(qtbot: QtBot) -> None:
    pane = CatalogPane()
    qtbot.addWidget(pane)
    pane.resize(780, 400)  # the catalogue pane on a 1280x720 screen
    pane.set_catalog(
        Catalog([service(1, LONG_NAME), service(2, "Mentions", "Mentions with Hashtags")]), "USD"
    )
    pane.show()
    qtbot.waitExposed(pane)
    assert pane.tree.textElideMode().name == "ElideRight"
    group = pane.model.index(0, 0)
    cell = pane.model.index(0, NAME, group)
    tooltip = cell.data(pane.model.ToolTipRole) if hasattr(pane.model, "ToolTipRole") else None
    tooltip = tooltip or cell.data(3)  # Qt.ToolTipRole
    assert "&lt;b&gt;Lifetime&lt;/b&gt;" in tooltip, "the whole name, escaped, in the tooltip"
    # a narrow pane: names keep ~28 characters (flags and type narrow, eliding with tooltips)
    header = pane.tree.header()
    room = pane.tree.fontMetrics().averageCharWidth() * 28
    assert header.sectionSize(NAME) >= room - 2
    # a wide one: the type column reads whole
    pane.resize(1400, 400)
    QApplication.processEvents()
    title = "Mentions with Hashtags"
    needed = pane.tree.fontMetrics().horizontalAdvance(title)
    assert header.sectionSize(TYPE) >= needed + 8


def test_an_empty_description_collapses(qtbot: QtBot) -> None:
    details = ServiceDetails()
    qtbot.addWidget(details)
    details.resize(400, 500)
    details.show()
    details.set_service(service(1, "Followers"), "USD")
    assert details.description.isHidden()
    details.set_service(service(2, "Likes", desc="<b>Start:</b> 0-1 hour"), "USD")
    assert details.description.isVisibleTo(details)


def test_nothing_selected_is_said_once_and_an_empty_orders_table_has_no_scroll_bar(
    qtbot: QtBot, gui_ctx: AppContext
) -> None:
    workspace = Workspace(gui_ctx, lambda: None)
    qtbot.addWidget(workspace)
    workspace.resize(1276, 560)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.details.set_service(None, "")
    workspace.order_form.set_service(None, "")
    QApplication.processEvents()
    saying = [
        label.text()
        for label in workspace.findChildren(QLabel)
        if label.isVisibleTo(workspace)
        and any(word in label.text() for word in ("Select a service", "No service selected"))
    ]
    assert len(saying) == 1, saying
    pane: OrdersPane = workspace.orders_pane
    qtbot.waitUntil(lambda: not pane.loading)
    assert pane.model.rowCount() == 0
    assert not pane.table.horizontalScrollBar().isVisible()


def test_the_current_row_of_a_focused_table_is_ringed_across_its_columns(
    qtbot: QtBot, gui_ctx: AppContext, dark: bool
) -> None:
    pane = OrdersPane(gui_ctx, lambda: None)
    assert isinstance(pane.table, RowFocusTableView)
    host = QWidget()
    layout = QVBoxLayout(host)
    table = RowFocusTableView(host)
    other = QLineEdit(host)
    layout.addWidget(table)
    layout.addWidget(other)
    model = QStandardItemModel(4, 3, table)
    for row in range(4):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"cell {row}/{column}"))
    table.setModel(model)
    qtbot.addWidget(host)
    qtbot.addWidget(pane)
    theme.manager().style_window(host)
    host.resize(500, 300)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    table.setCurrentIndex(model.index(2, 0))
    table.selectionModel().clearSelection()  # current, not selected: the ring in focus colour
    ring = theme.focus_colour().name()
    rect = table.current_row_rect()

    def ring_pixels() -> int:
        image = table.viewport().grab().toImage()
        xs = (rect.left() + 1, rect.center().x(), rect.right() - 1)
        return sum(1 for x in xs if QColor(image.pixel(x, rect.top() + 1)).name() == ring)

    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert ring_pixels() == 0
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert ring_pixels() == 3, "the ring spans the whole row: its start, middle and end"


def test_a_long_panel_name_and_url_have_their_whole_text_in_a_tooltip(
    qtbot: QtBot, gui_ctx: AppContext
) -> None:
    name = "<b>Golden</b> Followers Store – متجر المتابعين الذهبي"
    url = "https://golden-followers-store.example.com/api/v2"
    gui_ctx.store.add_panel(name, url, currency="USD")
    model = PanelListModel(gui_ctx, None)
    row = model.rowCount() - 1
    shown = [model.index(row, column).data(3) for column in (model.NAME, model.URL)]
    assert "&lt;b&gt;Golden&lt;/b&gt;" in shown[0], "escaped: panel text is never markup"
    assert url in shown[1]
