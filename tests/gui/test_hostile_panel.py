"""The real window against a hostile panel over loopback: names, categories and descriptions
that try to be markup are shown literally everywhere, and nothing they point at is fetched or
opened (the sandbox counts GET requests; a watched canary folder catches file access)."""

from __future__ import annotations

import ctypes
import os
import struct
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smmdesk.core.store import LocalState
from smmdesk.gui.main_window import MainWindow
from smmdesk.gui.ordering.confirm import OrderConfirmDialog
from smmdesk.gui.ordering.mass.model import MassOrderModel
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SandboxPanel
from smmdesk.sandbox.hostile import HOSTILE_IDS, LONG_NAME_LENGTH

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the canary folder is watched with inotify"
)

_IN_ACCESS, _IN_OPEN = 0x1, 0x20
LIKES, FOLLOWERS_IMG, VIEWS_IMG, _ANCHOR, _STYLE, OVERRIDE, JOINERS, LONG, ENTITY, ARABIC = (
    HOSTILE_IDS
)
LINK = "https://instagram.com/\u202emoc.live"  # shows as ".../evil.com" when not revealed
TIP_PREFIX = "<p style='white-space:pre-wrap'>"  # what panel_text.tip() makes


class Canary:
    """A folder of real images, watched for any open or read (inotify)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        image = QImage(8, 8, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.red)
        for name in ("name.png", "category.png", "desc.png"):
            assert image.save(str(folder / name))
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(os.O_NONBLOCK)
        assert self._fd >= 0
        watch = self._libc.inotify_add_watch(self._fd, str(folder).encode(), _IN_OPEN | _IN_ACCESS)
        assert watch >= 0

    def touched(self) -> list[str]:
        """Names of the files opened or read since the last call."""
        names: list[str] = []
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, size = struct.unpack_from("iIII", data, offset)
                raw = data[offset + 16 : offset + 16 + size]
                names.append(raw.rstrip(b"\0").decode() or ".")
                offset += 16 + size

    def close(self) -> None:
        os.close(self._fd)


@pytest.fixture
def canary(tmp_path: Path) -> Iterator[Canary]:
    folder = tmp_path / "canary"
    folder.mkdir()
    watcher = Canary(folder)
    watcher.touched()
    # the watch itself works: reading a file is seen
    (folder / "name.png").read_bytes()
    assert "name.png" in watcher.touched()
    yield watcher
    watcher.close()


@pytest.fixture
def hostile(canary: Canary) -> Iterator[SandboxPanel]:
    panel = SandboxPanel(
        services=200,
        seed=3,
        balance=Decimal("1000"),
        api_key="hostile-key-12345",
        hostile=True,
        canary=str(canary.folder),
    )
    panel.start()
    yield panel
    panel.stop()


@pytest.fixture
def window(qtbot: QtBot, gui_ctx: AppContext, hostile: SandboxPanel) -> Iterator[MainWindow]:
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    panel_id = gui_ctx.store.add_panel("<b>Evil</b> panel <!--", hostile.url, currency="USD")
    assert gui_ctx.keys.set(f"panel-{panel_id}", hostile.api_key)
    win.open_panel(gui_ctx.store.get_panel(panel_id))
    qtbot.waitUntil(
        lambda: (
            win.session is not None
            and win.session.catalog is not None
            and win.session.balance is not None
        ),
        timeout=15_000,
    )
    yield win
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=10_000)
    win.shutdown()


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[list[tuple[str, Qt.TextFormat]]]:
    """Every message box is built for real; instead of waiting for a click, its labels are
    recorded and its affirmative button pressed."""
    seen: list[list[tuple[str, Qt.TextFormat]]] = []

    def run(box: QMessageBox) -> int:
        labels = [
            (label.text(), label.textFormat()) for label in box.findChildren(QLabel) if label.text()
        ]
        seen.append(labels)
        for button in box.buttons():
            if box.buttonRole(button) in (
                QMessageBox.ButtonRole.AcceptRole,
                QMessageBox.ButtonRole.YesRole,
            ):
                button.click()
                break
        else:
            box.done(0)
        return box.result()

    def ask(dialog: QDialog) -> bool:
        # the order confirmation: its labels, and the boxes that list what is sent (always
        # plain text), then "Place order"
        labels = [
            (label.text(), label.textFormat())
            for label in dialog.findChildren(QLabel)
            if label.text() and not label.isHidden()
        ]
        labels += [
            (box.toPlainText(), Qt.TextFormat.PlainText)
            for box in dialog.findChildren(QPlainTextEdit)
        ]
        seen.append(labels)
        assert isinstance(dialog, OrderConfirmDialog)
        dialog.place_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(QMessageBox, "exec", run)
    monkeypatch.setattr(dialogs, "ask", ask)
    return seen


def tooltip_shown(qtbot: QtBot, view: QAbstractItemView, index: Any) -> QLabel:
    """Hover ``index`` the way Qt does (a tooltip event on the viewport); the tip label."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid()
    point = rect.center()
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    tips: list[QLabel] = []

    def found() -> bool:
        tips[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if w.inherits("QTipLabel") and w.isVisible() and isinstance(w, QLabel)
        ]
        return bool(tips)

    qtbot.waitUntil(found, timeout=3000)
    return tips[0]


def assert_all_literal(root: QWidget) -> None:
    """Every label under ``root`` that could be read as markup is set to plain text, and every
    tooltip that is markup is the escaped paragraph the plain-text rule makes."""
    for where, text, fmt in widget_texts(root):
        rich = QtGui.Qt.mightBeRichText(text)
        if where.endswith(".toolTip") or "qtooltip_label" in where:  # a tooltip shown
            assert not rich or text.startswith(TIP_PREFIX), (where, text[:80])
        elif rich or "&" in text:
            assert fmt == Qt.TextFormat.PlainText, (where, text[:80])


def widget_texts(root: QWidget) -> list[tuple[str, str, Qt.TextFormat]]:
    """(where, text, format) of every label and tooltip under ``root``."""
    found: list[tuple[str, str, Qt.TextFormat]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QLabel) and widget.text():
            found.append((name, widget.text(), widget.textFormat()))
        if widget.toolTip():
            found.append((name + ".toolTip", widget.toolTip(), Qt.TextFormat.AutoText))
    return found


def test_a_hostile_catalogue_is_shown_as_text_and_nothing_it_names_is_opened(
    qtbot: QtBot,
    window: MainWindow,
    hostile: SandboxPanel,
    canary: Canary,
    message_boxes: list[list[tuple[str, Qt.TextFormat]]],
    shown: Callable[..., str],
) -> None:
    session = window.session
    assert session is not None
    assert session.catalog is not None
    pane = window.catalog_pane
    for service_id in HOSTILE_IDS:
        service = session.catalog.by_id(service_id)
        assert service is not None, service_id
        assert pane.select_service(service_id)
        index = pane.tree.currentIndex().siblingAtColumn(1)
        # the tooltip Qt really shows on hover
        tip = tooltip_shown(qtbot, pane.tree, index)
        words = shown(tip.text(), tip.textFormat())
        assert service.name[:80] in words, (service_id, words)
        # the details pane and the form heading
        assert_all_literal(window.details)
        assert_all_literal(window.order_form)
        heading = window.order_form.header_label
        assert service.name[:80] in shown(heading.text(), heading.textFormat())
    long_name = session.catalog.by_id(LONG)
    assert long_name is not None
    assert len(long_name.name) == LONG_NAME_LENGTH
    # a 10,000-character name does not blow the window up
    assert pane.select_service(LONG)
    assert window.order_form.header_label.text().endswith("…")
    assert window.order_form.sizeHint().width() < 1000

    # the order form, its confirmation and the order
    assert pane.select_service(LIKES)
    form = window.order_form
    link_edit, quantity_edit = form.field_widgets["link"], form.field_widgets["quantity"]
    assert isinstance(link_edit, QLineEdit)
    assert isinstance(quantity_edit, QLineEdit)
    link_edit.setText(LINK)
    quantity_edit.setText("1234")
    form.revalidate()
    assert form.place_button.isEnabled()
    with qtbot.waitSignal(form.sig_order_placed, timeout=10_000):
        form.place()
    assert len(message_boxes) == 1
    question = message_boxes[0]
    assert all(fmt == Qt.TextFormat.PlainText for _text, fmt in question)
    asked = "\n".join(shown(text, fmt) for text, fmt in question)
    assert "<b>Likes</b> <!--" in asked
    assert "https://instagram.com/⟨U+202E⟩moc.live" in asked  # the override is written out
    assert "1,234" in asked or "1234" in asked
    assert "1.234" in asked  # cost = 1.00 × 1234 / 1000
    assert "\u202e" not in asked

    orders = session.ctx.store.list_orders(session.panel.id)
    assert len(orders) == 1
    assert orders[0].state is LocalState.ACCEPTED
    assert hostile.orders[orders[0].panel_order_id or 0].link == LINK  # sent exactly as typed

    # the order in the orders table and its detail pane
    orders_pane = window.orders_pane
    qtbot.waitUntil(lambda: orders_pane.model.row_of(orders[0].local_id) is not None, timeout=5000)
    orders_pane.select_local_ids([orders[0].local_id])
    detail = orders_pane.detail
    qtbot.waitUntil(lambda: detail.record is not None, timeout=5000)
    title = shown(detail.title.text(), detail.title.textFormat())
    assert "<b>Likes</b> <!--" in title
    service_fact = detail.fact_labels["service"]
    assert "<b>Likes</b> <!--" in shown(service_fact.text(), service_fact.textFormat())
    link_fact = detail.fact_labels["link"]
    assert "⟨U+202E⟩moc.live" in shown(link_fact.text(), link_fact.textFormat())
    assert "⟨U+202E⟩moc.live" in detail.sent.toPlainText()
    assert_all_literal(detail)
    table_tip = tooltip_shown(
        qtbot,
        orders_pane.table,
        orders_pane.model.index(orders_pane.model.row_of(orders[0].local_id) or 0, 3),
    )
    assert "<b>Likes</b> <!--" in shown(table_tip.text(), table_tip.textFormat())

    # the mass-order dialog: its table, its problem list and their tooltips
    dialog = window.open_mass_order()
    assert dialog is not None
    qtbot.addWidget(dialog)
    lines = [
        f"{FOLLOWERS_IMG} | https://instagram.com/p/a | 100",
        f"{VIEWS_IMG} | https://instagram.com/p/b | 5",  # under the minimum: a problem
        f"{OVERRIDE} | https://instagram.com/p/c | 100",
        f"{ARABIC} | https://instagram.com/p/d | 100",
        f"{ENTITY} | https://instagram.com/p/e | 100",
        f"{JOINERS} | https://instagram.com/p/f | 100",
    ]
    dialog.text_edit.setPlainText("\n".join(lines))
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    mass = dialog.model
    assert mass.rowCount() == len(lines)
    for row in range(mass.rowCount()):
        service = session.catalog.by_id(mass.plan.lines[row].service_id or 0)
        assert service is not None
        cell = mass.index(row, MassOrderModel.SERVICE)
        assert service.name in cell.data(Qt.ItemDataRole.DisplayRole)
        assert service.name[:60] in shown(cell.data(Qt.ItemDataRole.ToolTipRole))
    problem = mass.index(1, MassOrderModel.PROBLEM)
    assert problem.data(Qt.ItemDataRole.DisplayRole)
    hover = tooltip_shown(qtbot, dialog.table, mass.index(0, MassOrderModel.SERVICE))
    assert "Followers <img src=" in shown(hover.text(), hover.textFormat())
    assert_all_literal(dialog)
    dialog.reject()

    # every label left in the window shows panel text literally
    assert_all_literal(window)
    for where, text, fmt in widget_texts(window):
        if any(tag in text for tag in ("<b>", "<img", "<!--", "<style>")):
            rendered = shown(text, fmt)
            assert any(tag in rendered for tag in ("<b>", "<img", "<!--", "<style>")), where
    QApplication.processEvents()
    assert canary.touched() == [], "a hostile name made Qt open a file it named"
    assert hostile.gets == [], "a hostile name made something fetch its URL"


def test_message_boxes_show_their_texts_literally(
    qtbot: QtBot, message_boxes: list[list[tuple[str, Qt.TextFormat]]], shown: Callable[..., str]
) -> None:
    from smmdesk.gui.widgets import dialogs

    assert dialogs.confirm(None, "t", "<b>Likes</b> <!-- hidden", "<img src=/x> details")
    dialogs.warning(None, "t", "<b>bold</b>", "<i>it</i>")
    for box in message_boxes:
        assert box
        assert all(fmt == Qt.TextFormat.PlainText for _text, fmt in box)
    assert "<!-- hidden" in " ".join(shown(t, f) for t, f in message_boxes[0])
    assert "<img src=/x> details" in " ".join(shown(t, f) for t, f in message_boxes[0])
