"""Every service type the sandbox offers, ordered through the form like a user would: the panel
must receive exactly one ``add`` with exactly the expected params; invalid input sends nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smmdesk.core.models import Service
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.gui.ordering.confirm import OrderConfirmDialog
from smmdesk.gui.ordering.form import OrderForm
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets import dialogs
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.fields import field_error_text
from smmdesk.gui.wording.order_kinds import type_words
from smmdesk.sandbox import SANDBOX_FIXED_SERVICES, SandboxPanel

EXPIRY = QDate.currentDate().addDays(45)
EXPIRY_SENT = EXPIRY.toString("dd/MM/yyyy")
FIVE_COMMENTS = "Great post!\nLove this 😍\n\n  Amazing  \nرائع جدا\nWow"
TEN_USERS = "\n".join(f"@user_{i}" for i in range(10))

# type key -> (what the user types per field, exactly what the panel must receive besides
# action/service). Links are unique per case: the sandbox refuses a second active order for
# the same link and service. "Default expensive" costs more than the sandbox balance: its
# refusal is tested in test_order_form.py.
CASES: dict[str, tuple[dict[str, Any], dict[str, str]]] = {
    "Default": (
        {"link": "https://instagram.com/p/default1", "quantity": "100"},
        {"link": "https://instagram.com/p/default1", "quantity": "100"},
    ),
    "Default dripfeed": (
        {"link": "instagram.com/drip", "quantity": "1,000", "runs": "3", "interval": "15"},
        {"link": "https://instagram.com/drip", "quantity": "1000", "runs": "3", "interval": "15"},
    ),
    "Package": ({"link": "@tiktok_name"}, {"link": "@tiktok_name"}),
    "Custom Comments": (
        {"link": "https://instagram.com/p/cc", "comments": FIVE_COMMENTS},
        {
            "link": "https://instagram.com/p/cc",
            "comments": "Great post!\nLove this 😍\nAmazing\nرائع جدا\nWow",
        },
    ),
    "Custom Comments Package": (
        {"link": "https://youtube.com/watch?v=abc", "comments": "first\r\nsecond"},
        {"link": "https://youtube.com/watch?v=abc", "comments": "first\nsecond"},
    ),
    "Mentions": (
        {"link": "https://instagram.com/p/m1", "quantity": "١٠٠", "usernames": "@alice\nbob"},
        {"link": "https://instagram.com/p/m1", "quantity": "100", "usernames": "alice\nbob"},
    ),
    "Mentions with Hashtags": (
        {
            "link": "https://instagram.com/p/mh",
            "quantity": "200",
            "usernames": "alice",
            "hashtags": "#sea\n#sun",
        },
        {
            "link": "https://instagram.com/p/mh",
            "quantity": "200",
            "usernames": "alice",
            "hashtags": "sea\nsun",
        },
    ),
    "Mentions Custom List": (
        {"link": "https://instagram.com/p/mcl", "usernames": TEN_USERS},
        {
            "link": "https://instagram.com/p/mcl",
            "usernames": "\n".join(f"user_{i}" for i in range(10)),
        },
    ),
    "Mentions Hashtag": (
        {"link": "https://instagram.com/p/mht", "quantity": "100", "hashtag": "#travel"},
        {"link": "https://instagram.com/p/mht", "quantity": "100", "hashtag": "travel"},
    ),
    "Mentions User Followers": (
        {
            "link": "https://instagram.com/p/muf",
            "quantity": "150",
            "username": "https://instagram.com/star",
        },
        {
            "link": "https://instagram.com/p/muf",
            "quantity": "150",
            "username": "https://instagram.com/star",
        },
    ),
    "Mentions Users Followers": (
        {
            "link": "https://instagram.com/p/musf",
            "quantity": "100",
            "username": "instagram.com/star",
        },
        {
            "link": "https://instagram.com/p/musf",
            "quantity": "100",
            "username": "https://instagram.com/star",
        },
    ),
    "Mentions Media Likers": (
        {
            "link": "https://instagram.com/p/mml",
            "quantity": "100",
            "media": "https://instagram.com/p/source",
        },
        {
            "link": "https://instagram.com/p/mml",
            "quantity": "100",
            "media": "https://instagram.com/p/source",
        },
    ),
    "Comment Likes": (
        {"link": "https://instagram.com/p/cl", "quantity": "20", "username": "@owner"},
        {"link": "https://instagram.com/p/cl", "quantity": "20", "username": "owner"},
    ),
    "Comment Replies": (
        {"link": "https://youtube.com/watch?v=cr", "username": "owner", "comments": "yes\nno"},
        {"link": "https://youtube.com/watch?v=cr", "username": "owner", "comments": "yes\nno"},
    ),
    "Poll": (
        {"link": "https://t.me/channel/12", "quantity": "100", "answer_number": "2"},
        {"link": "https://t.me/channel/12", "quantity": "100", "answer_number": "2"},
    ),
    "SEO": (
        {
            "link": "https://example.com/shop",
            "quantity": "100",
            "keywords": "buy shoes, cheap shoes\nshoe shop",
        },
        {
            "link": "https://example.com/shop",
            "quantity": "100",
            "keywords": "buy shoes\ncheap shoes\nshoe shop",
        },
    ),
    "Invites from Groups": (
        {"link": "https://facebook.com/groups/mine", "quantity": "100", "groups": "g1\ng2"},
        {"link": "https://facebook.com/groups/mine", "quantity": "100", "groups": "g1\ng2"},
    ),
    "Subscriptions": (
        {
            "username": "@creator",
            "min": "100",
            "max": "200",
            "posts": "5",
            "delay": "30",
            "expiry": EXPIRY,
        },
        {
            "username": "creator",
            "min": "100",
            "max": "200",
            "posts": "5",
            "delay": "30",
            "expiry": EXPIRY_SENT,
        },
    ),
    "Custom Gateway": (
        {"link": "https://example.com/gw", "quantity": "10"},
        {"link": "https://example.com/gw", "quantity": "10"},
    ),
    "Default no refill": (
        {"link": "https://instagram.com/p/nr", "quantity": "50"},
        {"link": "https://instagram.com/p/nr", "quantity": "50"},
    ),
    "Default cheap": (
        {"link": "https://youtube.com/watch?v=cheap", "quantity": "1 000 000"},
        {"link": "https://youtube.com/watch?v=cheap", "quantity": "1000000"},
    ),
    "Default premium": (
        {"link": "https://x.com/someone", "quantity": "1"},
        {"link": "https://x.com/someone", "quantity": "1"},
    ),
}

# type key -> (what the user types, the field that must show an error, its error code)
INVALID: dict[str, tuple[dict[str, Any], str, str]] = {
    "Default": ({"link": "not a link", "quantity": "100"}, "link", "has_spaces"),
    "Default dripfeed": (
        {"link": "https://instagram.com/d", "quantity": "100", "runs": "3"},
        "interval",
        "dripfeed_incomplete",
    ),
    "Package": ({}, "link", "required"),
    "Custom Comments": (
        {"link": "https://instagram.com/p/x", "comments": "one\ntwo\nthree"},
        "comments",
        "out_of_range",
    ),
    "Custom Comments Package": ({"link": "https://youtube.com/x"}, "comments", "required"),
    "Mentions": (
        {"link": "https://instagram.com/p/x", "quantity": "100", "usernames": "al ice"},
        "usernames",
        "has_spaces",
    ),
    "Mentions with Hashtags": (
        {"link": "https://instagram.com/p/x", "quantity": "100", "usernames": "a"},
        "hashtags",
        "required",
    ),
    "Mentions Custom List": (
        {"link": "https://instagram.com/p/x", "usernames": "a\nb\nc"},
        "usernames",
        "out_of_range",
    ),
    "Mentions Hashtag": (
        {"link": "https://instagram.com/p/x", "quantity": "100", "hashtag": "two words"},
        "hashtag",
        "has_spaces",
    ),
    "Mentions User Followers": (
        {"link": "https://instagram.com/p/x", "quantity": "100", "username": "@star"},
        "username",
        "bad_link",
    ),
    "Mentions Media Likers": (
        {"link": "https://instagram.com/p/x", "quantity": "100", "media": "ftp://x.com/a"},
        "media",
        "bad_link",
    ),
    "Comment Likes": (
        {"link": "https://instagram.com/p/x", "quantity": "10", "username": "owner"},
        "quantity",
        "out_of_range",
    ),
    "Comment Replies": (
        {"link": "https://youtube.com/x", "username": "the owner", "comments": "hi"},
        "username",
        "has_spaces",
    ),
    "Poll": (
        {"link": "https://t.me/c/1", "quantity": "100", "answer_number": "0"},
        "answer_number",
        "too_small",
    ),
    "SEO": (
        {"link": "https://example.com", "quantity": "99", "keywords": "k"},
        "quantity",
        "out_of_range",
    ),
    "Invites from Groups": (
        {"link": "https://facebook.com/g", "quantity": "100", "groups": " \n "},
        "groups",
        "required",
    ),
    "Subscriptions": (
        {"username": "creator", "min": "300", "max": "200"},
        "min",
        "min_over_max",
    ),
    # letters never reach a number field: the quantity stays empty
    "Custom Gateway": ({"link": "https://example.com", "quantity": "abc"}, "quantity", "required"),
}


@pytest.fixture
def session(
    qtbot: QtBot, gui_ctx: AppContext, sandbox_panel: SandboxPanel
) -> Iterator[PanelSession]:
    panel_id = gui_ctx.store.add_panel("Sandbox", sandbox_panel.url, currency="USD")
    gui_ctx.panel_keys.store(panel_id, sandbox_panel.api_key)
    session = PanelSession(gui_ctx, gui_ctx.store.get_panel(panel_id))
    yield session
    # let the balance refresh that follows a placement finish while the panel still answers
    qtbot.waitUntil(lambda: gui_ctx.tasks.active() == 0, timeout=5000)
    session.close()


@pytest.fixture
def services(session: PanelSession) -> dict[int, Service]:
    return {service.id: service for service in session.client().services()}


@pytest.fixture
def confirms(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation shown (built for real), as text; the user always clicks "Place
    order"."""
    shown: list[str] = []

    def ask(dialog: QDialog) -> bool:
        assert isinstance(dialog, OrderConfirmDialog)
        shown.append(dialog.summary_text())
        dialog.place_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "ask", ask)
    return shown


def in_user_words(name: str, value: str) -> list[str]:
    """How the confirmation shows a sent value: numbers in the user's grouping and digits, the
    expiry as the locale writes dates, lists line by line, the rest as sent."""
    if value.isdigit():
        return [numbers.fmt_int(int(value))]
    if name == "expiry":
        return [numbers.fmt_date(EXPIRY.toPython(), QLocale.FormatType.LongFormat)]
    return value.split("\n")


def make_form(qtbot: QtBot, session: PanelSession, service: Service) -> OrderForm:
    form = OrderForm(lambda: session)
    qtbot.addWidget(form)
    form.set_service(service, "USD")
    form.set_balance(session.client().balance())
    with qtbot.waitExposed(form):
        form.show()
    return form


def key_in(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. QTest only knows ASCII keys, so any other character arrives
    as a key event carrying just its text: what an Arabic keyboard layout sends."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def fill(qtbot: QtBot, form: OrderForm, values: dict[str, Any]) -> None:
    """Type into the form the way a user does, field by field."""
    if form.dripfeed_box is not None and ("runs" in values or "interval" in values):
        form.dripfeed_box.setChecked(True)
    for name, value in values.items():
        widget = form.field_widgets[name]
        if isinstance(widget, QLineEdit):
            widget.setFocus()
            widget.clear()
            key_in(qtbot, widget, value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setFocus()
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QDateEdit):
            no_expiry = widget.parentWidget().findChild(QCheckBox)
            if no_expiry is not None and no_expiry.isChecked():
                qtbot.mouseClick(no_expiry, Qt.MouseButton.LeftButton)
            widget.setDate(value)
        else:
            raise AssertionError(f"no way to fill {name}: {type(widget).__name__}")


def sent_adds(panel: SandboxPanel) -> list[dict[str, str]]:
    return [params for action, params in panel.requests if action == "add"]


def test_every_fixed_service_has_a_case() -> None:
    assert set(SANDBOX_FIXED_SERVICES) - set(CASES) == {"Default expensive"}


@pytest.mark.parametrize("type_key", sorted(CASES))
def test_each_type_sends_exactly_the_expected_params(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    confirms: list[str],
    type_key: str,
) -> None:
    typed, expected = CASES[type_key]
    service_id = SANDBOX_FIXED_SERVICES[type_key]
    form = make_form(qtbot, session, services[service_id])
    fill(qtbot, form, typed)
    qtbot.waitUntil(lambda: form.place_button.isEnabled(), timeout=2000)
    assert form.validation is not None
    assert form.validation.ok, form.validation
    assert form.cost_label.text().startswith("Cost ≈ ")

    with qtbot.waitSignal(form.sig_order_placed, timeout=5000) as blocker:
        qtbot.mouseClick(form.place_button, Qt.MouseButton.LeftButton)
    placement = blocker.args[0]
    assert isinstance(placement, Placement)
    assert placement.state is PlacementState.ACCEPTED, placement.message

    assert sandbox_panel.received["add"] == 1
    assert sent_adds(sandbox_panel) == [{"action": "add", "service": str(service_id), **expected}]
    # the confirmation showed every value that was sent, in the user's words, and no
    # parameter name ("Link (link)")
    assert len(confirms) == 1
    for name, value in expected.items():
        for shown in in_user_words(name, value):
            assert shown in confirms[0], (name, shown, confirms[0])
        assert f"({name})" not in confirms[0]
    assert "Panel: \u2068Sandbox\u2069" in confirms[0]
    assert f"Service: #{service_id} — " in confirms[0]
    assert f"Type: {type_words(services[service_id])}" in confirms[0]
    assert f"Order #{placement.order_id} placed" in form.status_label.text()


@pytest.mark.parametrize("type_key", sorted(INVALID))
def test_each_type_shows_the_field_error_and_sends_nothing(
    qtbot: QtBot,
    session: PanelSession,
    services: dict[int, Service],
    sandbox_panel: SandboxPanel,
    confirms: list[str],
    type_key: str,
    shown: Callable[..., str],
) -> None:
    typed, field, code = INVALID[type_key]
    form = make_form(qtbot, session, services[SANDBOX_FIXED_SERVICES[type_key]])
    fill(qtbot, form, typed)
    form.revalidate()
    assert not form.place_button.isEnabled()
    assert form.reason_label.text()
    assert shown(form.place_button.toolTip()) == form.reason_label.text()

    form.place()  # Ctrl+Enter reaches place() even with the button disabled

    validation = form.validation
    assert validation is not None
    assert (field, code) in {(e.field, e.code) for e in validation.errors}, validation.errors
    # the error is shown in the user's language, made from its code (the core's own words are
    # English): in English it reads like the core's
    error = next(e for e in validation.errors if e.field == field)
    assert form.service is not None
    assert form.error_text(field) == field_error_text(error, form.service)
    assert form.error_text(field).replace("\u2068", "").replace("\u2069", "") == error.message
    assert confirms == []
    assert sandbox_panel.received["add"] == 0


def test_dripfeed_fields_only_for_dripfeed_services(
    qtbot: QtBot, session: PanelSession, services: dict[int, Service], confirms: list[str]
) -> None:
    plain = make_form(qtbot, session, services[SANDBOX_FIXED_SERVICES["Default"]])
    assert plain.dripfeed_box is None
    assert "runs" not in plain.field_widgets

    drip = make_form(qtbot, session, services[SANDBOX_FIXED_SERVICES["Default dripfeed"]])
    assert drip.dripfeed_box is not None
    assert not drip.dripfeed_box.isChecked()
    # typed runs are not sent while the drip-feed box is off
    drip.dripfeed_box.setChecked(True)
    fill(qtbot, drip, {"link": "https://instagram.com/x", "quantity": "100", "runs": "3"})
    drip.dripfeed_box.setChecked(False)
    drip.revalidate()
    assert drip.validation is not None
    assert drip.validation.ok
    assert drip.validation.params == {"link": "https://instagram.com/x", "quantity": "100"}
