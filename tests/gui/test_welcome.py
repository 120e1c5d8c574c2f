"""The first screen: its two ways to start, and a layout that holds in both directions."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from smmdesk.gui.panels.welcome import WelcomePage
from smmdesk.gui.runtime.context import AppContext
from smmdesk.sandbox import SandboxPanel


def make_page(qtbot: Any, ctx: AppContext) -> WelcomePage:
    page = WelcomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_try_demo_button_emits(qtbot: Any, gui_ctx: AppContext) -> None:
    page = make_page(qtbot, gui_ctx)
    with qtbot.waitSignal(page.sig_try_demo):
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert page.demo_button.accessibleName() == "Try the demo panel"
    assert "no account needed" in page.demo_button.accessibleDescription()


def test_connect_button_connects_a_panel(
    qtbot: Any, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> None:
    page = make_page(qtbot, gui_ctx)
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    dialog = page.connect_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.url_edit.setText(sandbox_panel.url)
    dialog.key_edit.setText(sandbox_panel.api_key)
    with qtbot.waitSignal(page.sig_panel_connected, timeout=15_000) as connected:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    (panel,) = connected.args
    assert panel.url == sandbox_panel.url
    assert [p.id for p in gui_ctx.store.list_panels()] == [panel.id]
    assert page.connect_dialog is None


def test_cancelled_connect_emits_nothing(qtbot: Any, gui_ctx: AppContext) -> None:
    page = make_page(qtbot, gui_ctx)
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    dialog = page.connect_dialog
    assert dialog is not None
    with qtbot.assertNotEmitted(page.sig_panel_connected):
        dialog.reject()
    assert page.connect_dialog is None
    assert gui_ctx.store.list_panels() == []


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_layout_is_centred_and_unclipped(
    qtbot: Any, gui_ctx: AppContext, direction: Qt.LayoutDirection
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(direction)
    try:
        page = make_page(qtbot, gui_ctx)
        page.grab()  # lays everything out as a paint would
        for button in (page.demo_button, page.connect_button):
            top_left = button.mapTo(page, QPoint(0, 0))
            left = top_left.x()
            right = page.width() - (left + button.width())
            assert abs(left - right) <= 2, "the buttons sit in the middle of the page"
            assert button.width() >= 360
        for label in page.findChildren(QLabel):
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
            else:
                assert label.width() >= label.sizeHint().width(), label.text()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
