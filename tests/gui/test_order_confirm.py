"""The question before an order is placed, through the real form against the sandbox: a summary
in the user's words (panel, service, type, link, quantity, drip-feed total and interval, cost,
balance after), "Place order" never the default button, nothing remembered."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from smmdesk.core.models import Service
from smmdesk.gui.ordering.confirm import OrderConfirmDialog
from smmdesk.gui.ordering.form import OrderForm
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES as IDS
from smmdesk.sandbox import SandboxPanel
from tests.gui.scenes import panel_session


@pytest.fixture
def session(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> Iterator[PanelSession]:
    yield from panel_session(qtbot, gui_ctx, sandbox_panel, "My Reseller Panel")


@pytest.fixture
def services(session: PanelSession) -> dict[int, Service]:
    return {service.id: service for service in session.client().services()}


class Asked:
    """Stands in for dialogs.ask: the confirmation is built and shown for real; ``answer``
    acts on it as a user would (default: click "Place order")."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.dialogs: list[OrderConfirmDialog] = []
        self.texts: list[str] = []
        self.checkboxes: list[int] = []
        self.buttons: list[list[str]] = []
        self.boxes: list[list[tuple[str, bool, str]]] = []
        self.labels: list[list[tuple[str, Qt.TextFormat]]] = []
        self.answer: Callable[[OrderConfirmDialog], None] = lambda d: d.place_button.click()

    def __call__(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, OrderConfirmDialog)
        self.dialogs.append(dialog)
        self.texts.append(dialog.summary_text())
        # what the dialog holds, read before it is gone
        self.checkboxes.append(len(dialog.findChildren(QCheckBox)))
        words = (b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton))
        self.buttons.append(sorted(words))  # as the user reads them, without Alt marks
        self.boxes.append(
            [
                (box.toPlainText(), box.isReadOnly(), box.accessibleName())
                for box in dialog.findChildren(QPlainTextEdit)
            ]
        )
        self.labels.append(
            [
                (label.text(), label.textFormat())
                for label in dialog.findChildren(QLabel)
                if not label.isHidden()
            ]
        )
        dialog.show()
        self.qtbot.waitExposed(dialog)
        self.answer(dialog)
        dialog.hide()
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def asked(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Asked:
    recorder = Asked(qtbot)
    monkeypatch.setattr(dialogs, "ask", recorder)
    return recorder


def make_form(
    qtbot: QtBot, session: PanelSession, service: Service, *, balance: bool = True
) -> OrderForm:
    form = OrderForm(lambda: session)
    qtbot.addWidget(form)
    form.set_service(service, "USD")
    if balance:
        form.set_balance(session.client().balance())
    form.show()
    return form


def fill(form: OrderForm, values: dict[str, str]) -> None:
    if form.dripfeed_box is not None and "runs" in values:
        form.dripfeed_box.setChecked(True)
    for name, value in values.items():
        widget = form.field_widgets[name]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            assert isinstance(widget, QPlainTextEdit)
            widget.setPlainText(value)
    form.revalidate()
    assert form.place_button.isEnabled(), form.reason_label.text()


def place(qtbot: QtBot, form: OrderForm) -> None:
    with qtbot.waitSignal(form.sig_order_placed, timeout=5000):
        form.place()


def test_a_dripfeed_order_is_summarised_in_the_users_words(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    asked: Asked,
) -> None:
    service = services[IDS["Default dripfeed"]]
    form = make_form(qtbot, session, service)
    values = {"link": "instagram.com/drip", "quantity": "1000", "runs": "3", "interval": "15"}
    fill(form, values)
    place(qtbot, form)

    assert sandbox_panel.received["add"] == 1
    text = asked.texts[0]
    assert text.splitlines() == [
        "Place order?",
        "Panel: \u2068My Reseller Panel\u2069",
        f"Service: #{service.id} — \u2068{service.name}\u2069",
        "Type: Standard order: a link and a quantity",
        "Link: \u2066https://instagram.com/drip\u2069",
        "Quantity: 1,000 per run",
        "Drip-feed: 3 runs × 1,000 = 3,000 delivered in total",
        "Interval: one run every 15 minutes",
        "Cost: USD\xa03.60",  # 1.20 × 1,000 × 3 / 1000, exact
        "Balance after: USD\xa0996.40 (now USD\xa01,000.00)",
        "[Place order] [Back to the form]",
    ]
    # what the user reads is in the dialog's labels, as plain text, never parameter names
    labels = asked.labels[0]
    assert all(fmt == Qt.TextFormat.PlainText for _text, fmt in labels)
    words = "\n".join(text for text, _fmt in labels)
    for shown in ("3 runs × 1,000 = 3,000 delivered in total", "Drip-feed", "Interval"):
        assert shown in words
    for name in ("(link)", "(quantity)", "(runs)", "(interval)", "Interval (minutes)"):
        assert name not in words


def test_place_is_not_the_default_and_enter_goes_back_without_sending(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    asked: Asked,
) -> None:
    form = make_form(qtbot, session, services[IDS["Default"]])
    fill(form, {"link": "https://instagram.com/p/enter", "quantity": "100"})

    def press_enter(dialog: OrderConfirmDialog) -> None:
        assert dialog.back_button.isDefault()
        assert not dialog.place_button.isDefault()
        assert not dialog.place_button.autoDefault()
        # even with the focus on "Place order", Enter does not place
        dialog.place_button.setFocus()
        qtbot.keyClick(dialog.place_button, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Rejected
        assert not dialog.isVisible()

    asked.answer = press_enter
    form.place()
    assert len(asked.texts) == 1
    assert sandbox_panel.received["add"] == 0
    assert not form.in_flight

    def press_escape(dialog: OrderConfirmDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    asked.answer = press_escape
    form.place()
    assert len(asked.texts) == 2
    assert sandbox_panel.received["add"] == 0


def test_the_confirmation_remembers_nothing_and_asks_every_time(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    asked: Asked,
) -> None:
    form = make_form(qtbot, session, services[IDS["Default"]])
    for link in ("https://instagram.com/p/one", "https://instagram.com/p/two"):
        fill(form, {"link": link, "quantity": "100"})
        place(qtbot, form)
    assert len(asked.dialogs) == 2
    assert sandbox_panel.received["add"] == 2
    # no "don't ask again", nothing ticked: only the two buttons
    assert asked.checkboxes == [0, 0]
    assert asked.buttons == [["Back to the form", "Place order"]] * 2
    assert session.ctx.settings.allKeys() == []  # nothing written about the question


def test_a_package_without_a_known_balance_says_so(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    asked: Asked,
) -> None:
    service = services[IDS["Package"]]
    form = make_form(qtbot, session, service, balance=False)
    fill(form, {"link": "@tiktok_name"})
    place(qtbot, form)
    lines = asked.texts[0].splitlines()
    assert "Type: Package: one fixed bundle at one price" in lines
    assert "Link: \u2066@tiktok_name\u2069" in lines
    assert "Cost: USD\xa02.50 for the package" in lines
    assert "Balance after: unknown: SMMDesk has not read this panel's balance yet" in lines
    assert not any(line.startswith("Quantity") for line in lines)


def test_lists_are_shown_line_by_line_with_hidden_characters_written_out(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    asked: Asked,
) -> None:
    form = make_form(qtbot, session, services[IDS["Mentions"]])
    fill(
        form,
        {
            "link": "https://instagram.com/p/m",
            "quantity": "100",
            "usernames": "alice\nb\u202eob\nرائد",
        },
    )
    place(qtbot, form)
    assert asked.boxes[0] == [("alice\nb⟨U+202E⟩ob\nرائد", True, "Usernames")]
    assert "Usernames (3 lines): alice" in asked.texts[0]
    assert "Quantity: 100" in asked.texts[0]


def test_an_expensive_order_warns_in_the_confirmation(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    asked: Asked,
) -> None:
    form = make_form(qtbot, session, services[IDS["Default expensive"]])
    fill(form, {"link": "https://open.spotify.com/playlist/1", "quantity": "100"})
    asked.answer = lambda dialog: dialog.back_button.click()
    form.place()
    lines = asked.texts[0].splitlines()
    assert "Balance after: -USD\xa08,520.00 (now USD\xa01,000.00)" in lines
    assert (
        "The last known balance is lower than the cost: the panel will probably refuse this "
        "order." in lines
    )


def test_right_to_left_the_rows_read_from_the_right(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    asked: Asked,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen: dict[str, object] = {}

    def look(dialog: OrderConfirmDialog) -> None:
        service = dialog.form.itemAt(1, QFormLayout.ItemRole.FieldRole).widget()
        label = dialog.form.itemAt(1, QFormLayout.ItemRole.LabelRole).widget()
        assert isinstance(service, QLabel)
        seen.update(
            rtl=dialog.isRightToLeft(),
            text=service.text(),
            right=bool(service.alignment() & Qt.AlignmentFlag.AlignRight),
            # the value column is left of the label column
            order=service.geometry().right() < label.geometry().left(),
        )
        dialog.back_button.click()

    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        form = make_form(qtbot, session, services[IDS["Default"]])
        fill(form, {"link": "https://instagram.com/p/rtl", "quantity": "100"})
        asked.answer = look
        form.place()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert seen["rtl"]
    # "#1 — name": led by a right-to-left mark, so the number sits at the right
    assert str(seen["text"]).startswith("\u200f#")
    assert seen["right"]
    assert seen["order"]
