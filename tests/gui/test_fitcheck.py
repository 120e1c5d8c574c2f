"""The fit checker itself: it flags what a user would see cut, and only that."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smmdesk.gui.widgets.elided import ElidedLabel
from smmdesk.gui.widgets.plain import tip
from tests.gui.fitcheck import misfits, outside

LONG = "Instagram Followers [Real Mixed Quality] [Refill: 30 Days] [Speed: 10K/Day]"


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def test_a_label_a_button_and_a_header_too_narrow_are_flagged(qtbot: QtBot) -> None:
    host = QWidget()
    label = QLabel(LONG, host)
    label.setGeometry(0, 0, 80, 30)
    button = QPushButton("Ask the panel to cancel", host)
    button.setGeometry(0, 40, 50, 30)
    wrapped = QLabel(LONG, host)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 80, 120, 18)  # wraps to several lines in one line's height
    table = QTableView(host)
    model = QStandardItemModel(1, 1, table)
    model.setHorizontalHeaderLabels(["Delivered so far"])
    model.setItem(0, 0, QStandardItem(LONG))
    table.setModel(model)
    table.setColumnWidth(0, 30)
    table.setGeometry(0, 100, 200, 100)
    host.resize(300, 220)
    problems = "\n".join(misfits(shown(qtbot, host)))
    assert "label text needs" in problems
    assert LONG[:20] in problems
    assert "button text needs" in problems
    assert "header section 0" in problems
    assert "elided without a tooltip" in problems


def test_text_with_room_and_eliding_labels_with_a_tooltip_pass(qtbot: QtBot) -> None:
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.addWidget(QLabel("Balance: USD 250.00", host))
    layout.addWidget(QPushButton("Place order", host))
    elided = ElidedLabel(host, LONG)
    elided.setToolTip(tip(LONG))
    layout.addWidget(elided)
    tabs = QTabWidget(host)
    tabs.addTab(QWidget(), "History")
    tabs.addTab(QWidget(), "Note")
    layout.addWidget(tabs)
    host.resize(240, 200)
    assert misfits(shown(qtbot, host)) == []


def test_a_widget_scrolled_out_of_view_is_outside(qtbot: QtBot) -> None:
    scroll = QScrollArea()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    labels = [QLabel(f"row {n}", inner) for n in range(40)]
    for label in labels:
        layout.addWidget(label)
    scroll.setWidget(inner)
    scroll.resize(200, 150)
    shown(qtbot, scroll)
    assert outside(labels[0], scroll) is None
    assert outside(labels[-1], scroll) is not None
