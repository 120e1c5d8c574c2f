"""ServiceDetails: the facts a buyer checks, and panel HTML shown without fetching anything."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smmdesk.core.models import Service
from smmdesk.core.parse import parse_services
from smmdesk.gui.catalog import details as service_details
from smmdesk.gui.catalog.details import SafeTextBrowser, ServiceDetails, sanitize_html
from smmdesk.gui.wording import numbers
from smmdesk.sandbox import SandboxPanel


@cache
def _services() -> dict[int, Service]:
    return {s.id: s for s in parse_services(SandboxPanel(services=100, seed=1).services)}


def _with_desc(desc: str, sid: int = 1) -> Service:
    base = _services()[sid]
    return Service(
        base.id,
        base.name,
        base.type,
        base.category,
        base.rate,
        base.min,
        base.max,
        base.dripfeed,
        base.refill,
        base.cancel,
        desc,
    )


class _CountingHandler(BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def tracker() -> Iterator[tuple[str, list[str]]]:
    """A loopback web server that counts every request: any fetch of panel HTML shows up here."""
    hits: list[str] = []
    handler = type("Handler", (_CountingHandler,), {"hits": hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(
        target=server.serve_forever, args=(0.05,), name="test-tracker", daemon=True
    )
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def details(qtbot: QtBot) -> ServiceDetails:
    widget = ServiceDetails()
    qtbot.addWidget(widget)
    widget.resize(480, 420)
    widget.show()
    return widget


_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u2066\u2067\u2068\u2069"))


def plain(text: str) -> str:
    """What the user reads: the text without its invisible direction marks and isolates."""
    return text.translate(_BIDI_CONTROLS)


@pytest.fixture(autouse=True)
def _us_english() -> Iterator[None]:
    """Numbers and money as en_US writes them, whatever the machine's locale."""
    numbers.set_preferences("en", "locale", QLocale("en_US"))
    yield
    numbers.set_preferences("en", "locale")


def test_empty_state(details: ServiceDetails) -> None:
    assert details.stack.currentWidget() is details.empty_label
    assert details.empty_label.text() == "Select a service to see its details"
    details.set_service(_services()[1], "USD")
    details.set_service(None, "USD")
    assert details.stack.currentWidget() is details.empty_label
    assert details.description.toPlainText() == ""


def test_facts_of_a_default_service(details: ServiceDetails) -> None:
    details.set_service(_services()[1], "USD")
    assert plain(details.name_label.text()) == "Instagram Followers [15K]"
    assert plain(details.category_label.text()).startswith("Instagram - Followers")
    # panel text follows the window's direction, keeping its own order inside an isolate
    assert details.name_label.text() == "\u200e\u2068Instagram Followers [15K]\u2069"
    assert details.type_label.text() == "Default"
    assert details.rate_label.text() == "USD\u00a00.90 per 1000"
    assert details.quantity_label.text() == "50 – 10,000"
    assert details.features_label.text() == "Drip-feed: no · Refill: yes · Cancel: yes"
    assert "Speed: 5K/day" in details.description.toPlainText()
    assert details.name_label.wordWrap()


def test_packages_unknown_types_and_big_limits(details: ServiceDetails) -> None:
    details.set_service(_services()[3], "EUR")
    assert details.rate_label.text() == "EUR\u00a02.50 per package"
    assert details.quantity_label.text() == "1"
    details.set_service(_services()[18], "USD")  # a type no order form knows
    # the panel's own spelling is isolated: it keeps its direction in an Arabic sentence
    assert details.type_label.text() == "\u2068Custom Gateway\u2069 (order form: Other)"
    details.set_service(_services()[22], "USD")
    assert details.rate_label.text() == "USD\u00a00.0003 per 1000"
    # the catalogue's short form for limits; the exact ones in the tooltip
    assert details.quantity_label.text() == "1,000 – 2.1B"
    assert "2,147,483,647" in details.quantity_label.toolTip()
    details.set_service(_services()[19], "USD")  # spelled "default": same form, no note
    assert details.type_label.text() == "Default"


def test_features_the_panel_leaves_out_read_not_stated(details: ServiceDetails) -> None:
    # service 18 of the sandbox is served without dripfeed, refill and cancel fields
    assert "refill" not in next(
        s for s in SandboxPanel(services=100, seed=1).services if s["service"] == 18
    )
    details.set_service(_services()[18], "USD")
    assert details.features_label.text() == "not stated by the panel"
    # 19 says "no refill" and leaves drip-feed and cancel out: an explicit no stays a no
    details.set_service(_services()[19], "USD")
    assert details.features_label.text() == (
        "Drip-feed: not stated by the panel · Refill: no · Cancel: not stated by the panel"
    )
    assert details.warning_label.isHidden()


def test_an_id_listed_twice_and_contradicting_limits_are_warned_about(
    details: ServiceDetails,
) -> None:
    details.set_service(_services()[1], "USD", repeated=True)
    assert not details.warning_label.isHidden()
    assert details.warning_label.text() == (
        "⚠ The panel lists this id twice, with different terms: the panel decides which one "
        "applies. Costs are estimated at the higher rate."
    )
    broken = replace(_services()[1], min=500, max=100)
    details.set_service(broken, "USD")
    assert details.warning_label.text() == (
        "⚠ Cannot be ordered: the panel's limits contradict each other (the minimum is above "
        "the maximum)."
    )
    assert details.quantity_label.text() == "500 – 100"  # the panel's numbers, as they are
    details.set_service(_services()[1], "USD")
    assert details.warning_label.isHidden()


def test_a_minimum_below_one_shows_what_can_be_ordered_and_the_panels_number(
    details: ServiceDetails,
) -> None:
    details.set_service(replace(_services()[1], min=0), "USD")
    assert details.quantity_label.text() == "1 – 10,000 (the panel lists a minimum of 0)"


def test_numbers_follow_the_locale_digits(details: ServiceDetails) -> None:
    numbers.set_preferences("ar", "locale", QLocale("ar_EG"))
    details.set_service(_services()[1], "USD")
    assert details.quantity_label.text() == "٥٠ – ١٠٬٠٠٠"
    assert "٠٫٩٠" in details.rate_label.text()
    numbers.set_preferences("ar", "western", QLocale("ar_EG"))
    details.set_service(_services()[22], "USD")
    assert details.quantity_label.text() == "1,000 – 2.1B"


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<b>Fast</b><script>alert(1)</script> start", "<b>Fast</b> start"),
        ("a<style>body{background:url(http://x/y)}</style>b", "ab"),
        ('<iframe src="http://evil/">inside</iframe>after', "after"),
        ('x<img src="http://tracker/p.png" onerror="alert(1)">y', "xy"),
        ('<a href="javascript:alert(1)">click</a>', "click"),
        (
            '<a href="https://example.com/faq" onclick="steal()">FAQ</a>',
            '<a href="https://example.com/faq">FAQ</a>',
        ),
        ('<p style="background:url(http://x/)">text</p>', "<p>text</p>"),
        ('<font color="red" face="x">red</font>', '<font color="red">red</font>'),
        ("line one\nline two", "line one<br>line two"),
        ("<br>kept\nas is", "<br>kept\nas is"),
        ("1 &lt; 2 &amp; 3", "1 &lt; 2 &amp; 3"),
        ("<unknown>text</unknown>", "text"),
        ('<link rel="stylesheet" href="http://x/s.css">t', "t"),
    ],
)
def test_sanitize_html(dirty: str, clean: str) -> None:
    assert sanitize_html(dirty) == clean


def test_no_remote_resource_is_ever_requested(
    details: ServiceDetails, tracker: tuple[str, list[str]], qtbot: QtBot
) -> None:
    base, hits = tracker
    desc = (
        f'<p style="background-image:url({base}/bg.png)">Hello</p>'
        f'<img src="{base}/pixel.png" width="10" height="10">'
        f'<link rel="stylesheet" href="{base}/style.css">'
        f'<table background="{base}/table.png"><tr><td>cell</td></tr></table>'
        f'<iframe src="{base}/frame"></iframe><script src="{base}/x.js"></script>'
    )
    details.set_service(_with_desc(desc), "USD")
    details.grab()  # force layout and painting
    QApplication.processEvents()
    assert "Hello" in details.description.toPlainText()
    assert not [u for u in details.description.blocked_resources if u.scheme().startswith("http")]
    # even unsanitised HTML handed straight to the browser fetches nothing: it asks, gets nothing
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(300, 200)
    browser.show()
    browser.setHtml(f'<img src="{base}/direct.png" width="10" height="10"><p>after</p>')
    browser.grab()
    QApplication.processEvents()
    asked = [u.toString() for u in browser.blocked_resources]
    assert f"{base}/direct.png" in asked
    # the loopback server is the witness: nothing reached it
    assert hits == []


def test_local_files_are_not_read_either(qtbot: QtBot, tmp_path: Path) -> None:
    picture = tmp_path / "red.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 0, 0))
    assert image.save(str(picture))
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(200, 120)
    browser.show()
    url = QUrl.fromLocalFile(str(picture))
    browser.setHtml(f'<img src="{url.toString()}"><p>x</p>')
    shot = browser.grab().toImage()
    assert url in browser.blocked_resources
    red = QColor(255, 0, 0).rgb()
    assert not any(
        shot.pixel(x, y) == red
        for x in range(0, shot.width(), 2)
        for y in range(0, shot.height(), 2)
    ), "the local picture was loaded and painted"


def test_clicking_a_link_opens_the_system_browser_only_then(
    details: ServiceDetails, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(service_details, "open_external_link", opened.append)
    details.set_service(_services()[1], "USD")  # "<a href=https://example.com/faq>Read the FAQ</a>"
    assert opened == []  # showing a link opens nothing
    browser = details.description
    cursor = browser.document().find("Read the FAQ")
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 3, QTextCursor.MoveMode.MoveAnchor)
    point = browser.cursorRect(cursor).center()
    with qtbot.waitSignal(details.sig_link_opened) as blocker:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args[0].toString() == "https://example.com/faq"
    assert [u.toString() for u in opened] == ["https://example.com/faq"]
    # the widget itself did not navigate away from the description
    assert browser.source().isEmpty()
    assert "Read the FAQ" in browser.toPlainText()


def test_unsafe_schemes_are_not_opened(
    details: ServiceDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(service_details, "open_external_link", opened.append)
    details.set_service(_with_desc("see docs"), "USD")
    details.description.anchorClicked.emit(QUrl("file:///etc/passwd"))
    details.description.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened == []


def test_arabic_service_right_to_left(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        widget = ServiceDetails()
        qtbot.addWidget(widget)
        widget.resize(420, 360)
        widget.show()
        widget.set_service(_with_desc("وصف الخدمة\nسطر ثان", sid=10), "SAR")
        assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert widget.name_label.text().startswith("\u200f\u2068مُتابِعين")
        assert widget.rate_label.text() == "SAR\u00a02.90 per 1000"
        assert "سطر ثان" in widget.description.toPlainText()
        assert not widget.grab().isNull()
        assert widget.rate_label.mapTo(widget, widget.rate_label.rect().topLeft()).x() < (
            widget.width() // 2
        )
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_no_description_shows_a_placeholder(details: ServiceDetails) -> None:
    details.set_service(_with_desc("  "), "USD")
    assert details.description.toPlainText() == ""
    assert details.description.placeholderText() == "The panel gives no description."
