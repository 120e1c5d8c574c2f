"""What went wrong, told from the core's codes and fields: every cause and answer kind has its
own translated words, the English reads like the core's log text, a core message (even a
misleading one) is never what the user reads, and stored orders without a cause code get the
generic words for their class with the stored text only as a detail."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from smmdesk.core.errors import (
    AnswerKind,
    AnswerTooLarge,
    AuthError,
    BadResponse,
    MissingKey,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    RateLimited,
    TransportCause,
    TransportError,
    UnknownCause,
    reason_code,
)
from smmdesk.core.polling import PollHealth
from smmdesk.core.store import StoreError
from smmdesk.gui.panels.connect_check import describe_check_error, is_firewall
from smmdesk.gui.wording.errors import (
    describe_error,
    error_reason,
    error_summary,
    poll_state_text,
    unconfirmed_reason,
    unknown_reason,
)

OPEN, CLOSE = "⟦", "⟧"
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
# What every error below says in its message: it must never reach the user.
LOGS = "ENGLISH FOR LOGS ONLY"
URL = "https://panel.example/api/v2"
HOST = f"{LRI}panel.example{PDI}"


class MarkingTranslator(QTranslator):
    """Every text that goes through tr() comes back marked."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return OPEN + source + CLOSE

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    translator = MarkingTranslator(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def every_error() -> list[PanelError]:
    errors: list[PanelError] = [
        TransportError(LOGS, cause=cause, host="panel.example", timeout=6.0, detail=LOGS)
        for cause in TransportCause
    ]
    errors += [
        OutcomeUnknown(
            LOGS,
            cause=cause,
            host="panel.example",
            timeout=20.0,
            http_status=502,
            answer_kind=AnswerKind.WEB_PAGE,
            snippet=LOGS,
            limit=2 * 1024 * 1024,
            detail=LOGS,
            action="add",
        )
        for cause in UnknownCause
    ]
    errors += [
        BadResponse(LOGS, LOGS, kind=kind, http_status=403, redirect_to="https://x.example/")
        for kind in AnswerKind
    ]
    errors += [
        AnswerTooLarge(LOGS, 1024 * 1024),
        MissingKey(LOGS),
        AuthError(LOGS),
        RateLimited(LOGS, 3.0),
        RateLimited(LOGS),
        # made by hand, without a cause or a host: the class's generic words
        TransportError(LOGS),
        OutcomeUnknown(LOGS),
    ]
    return errors


@pytest.mark.parametrize(
    "error", every_error(), ids=lambda e: f"{type(e).__name__}-{reason_code(e)}"
)
def test_every_code_is_told_in_translated_words_never_the_message(
    marked: None, error: PanelError
) -> None:
    for text in (error_summary(error), describe_error(error), error_reason(error)):
        assert text.startswith(OPEN), text
        assert LOGS not in text
        assert "(logs)" not in text
    # a stored code reads like the live error
    assert unknown_reason(reason_code(error)).startswith(OPEN)


def test_the_english_reads_like_the_cores_log_text() -> None:
    connect = TransportError(LOGS, cause=TransportCause.CONNECT_TIMEOUT, host="panel.example")
    assert error_summary(
        TransportError(LOGS, cause=TransportCause.CONNECT_TIMEOUT, host="panel.example", timeout=6)
    ) == (f"Could not connect to {HOST} within 6 s.")
    assert error_reason(connect) == "no connection in time"
    assert error_summary(
        OutcomeUnknown(LOGS, cause=UnknownCause.READ_TIMEOUT, host="panel.example", timeout=0.5)
    ) == (f"{HOST} did not answer within 0.5 s.")
    redirect = BadResponse(
        LOGS, kind=AnswerKind.REDIRECT, http_status=301, redirect_to="https://new.example/api"
    )
    assert error_summary(redirect) == (
        f"The panel URL redirects (HTTP 301) to {LRI}https://new.example/api{PDI}; use that "
        "address as the panel URL."
    )
    server = OutcomeUnknown(
        LOGS, cause=UnknownCause.SERVER_ERROR, http_status=500, answer_kind=AnswerKind.PHP_ERROR
    )
    assert error_summary(server) == (
        "The panel's server failed (HTTP 500). The panel's server printed a PHP error instead "
        "of API data (a panel-side fault)."
    )
    assert error_summary(AnswerTooLarge(LOGS, 64 * 1024 * 1024)) == (
        "The panel sent an answer larger than 64 MB; SMMDesk stopped reading it."
    )
    assert describe_error(AnswerTooLarge(LOGS, 1024 * 1024)).endswith(
        "The panel sent far more data than an API answer holds; check the panel URL."
    )
    assert error_summary(RateLimited(LOGS, 1.5)) == (
        "The panel is limiting requests; it asks to wait 1.5 s."
    )
    assert error_summary(AuthError(LOGS, panel_text="Invalid API key")) == (
        f"The panel refused the API key. The panel said: “{FSI}Invalid API key{PDI}”"
    )
    assert error_summary(StoreError(LOGS)) == "SMMDesk could not use its database."


def test_an_unconfirmed_order_says_what_came_back_by_its_code() -> None:
    page = OutcomeUnknown(
        f"{LOGS}; it is unknown whether the order was placed",
        cause=UnknownCause.UNREADABLE,
        answer_kind=AnswerKind.WEB_PAGE,
        action="add",
    )
    assert unconfirmed_reason(page) == (
        "The request was sent but no usable answer came back (a web page instead of API data)."
    )
    lost = OutcomeUnknown(LOGS, cause=UnknownCause.CONNECTION_LOST, host="panel.example")
    assert unconfirmed_reason(lost) == (
        "The request was sent but no usable answer came back (connection lost)."
    )
    assert unconfirmed_reason(BadResponse(LOGS, kind=AnswerKind.EMPTY)) == (
        "The panel answered with an unexpected page instead of an order number (empty answer)."
    )


def test_stored_orders_without_a_cause_get_their_class_words_and_the_text_as_a_detail() -> None:
    stored = "The connection to panel.example was lost after the request was sent"
    # old rows: the class code has its own words; the stored text is not the reason
    assert unknown_reason("no_answer", stored) == "no answer from the panel"
    assert unknown_reason("bad_response", stored) == "the panel answered with an unexpected page"
    # a row with no code to word: the stored text, marked as a technical detail
    assert unknown_reason(None, stored) == f"details: {FSI}{stored}{PDI}"
    assert unknown_reason("", "") == "no details"
    # a row that keeps a cause code reads like the live error
    assert unknown_reason("read_timeout", stored) == "no answer in time"
    assert unknown_reason("web_page") == "a web page instead of API data"


def test_poll_states_are_told_from_health_and_error() -> None:
    unusable = TransportError(LOGS, cause=TransportCause.BAD_URL)
    assert poll_state_text(PollHealth.BACKING_OFF, unusable, "1 s", recorded=False) == (
        "This panel's URL cannot be used: edit the panel to correct it."
    )
    busy = StoreError("database is locked")
    assert poll_state_text(PollHealth.BACKING_OFF, busy, "40 s", recorded=False) == (
        "Could not record the panel's answer (database unavailable); next try in 40 s."
    )
    down = TransportError(LOGS, cause=TransportCause.DNS, host="panel.example")
    assert poll_state_text(PollHealth.OFFLINE, down, "10 min", recorded=True) == (
        "The panel is unreachable (no server has this name); trying again every 10 min."
    )
    # the panel's words stay as they are, even with a marker in them
    odd = PanelRejected("100%2 done")
    assert poll_state_text(PollHealth.BACKING_OFF, odd, "40 s", recorded=True) == (
        f"Could not check orders ({FSI}100%2 done{PDI}); next try in 40 s."
    )


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (
            BadResponse(LOGS, kind=AnswerKind.REDIRECT, redirect_to="https://new.example/api"),
            f"redirects to another address: {LRI}https://new.example/api{PDI}.",
        ),
        (BadResponse(LOGS, kind=AnswerKind.NOT_FOUND, http_status=404), "with a web page"),
        (BadResponse(LOGS, kind=AnswerKind.WEB_PAGE, snippet="<html>"), "with a web page"),
        (BadResponse(LOGS, kind=AnswerKind.UNEXPECTED_SHAPE), "could not be read"),
        (TransportError(LOGS, cause=TransportCause.TLS), "secure connection failed"),
        (TransportError(LOGS, cause=TransportCause.DNS), "no server has this name"),
        (
            TransportError(LOGS, cause=TransportCause.CONNECT_TIMEOUT),
            "did not answer within a few seconds",
        ),
        (TransportError(LOGS, cause=TransportCause.REFUSED), "Check the address and your"),
        (OutcomeUnknown(LOGS, cause=UnknownCause.READ_TIMEOUT), "took too long to answer"),
        (OutcomeUnknown(LOGS, cause=UnknownCause.SERVER_ERROR, http_status=503), "had an error"),
        (OutcomeUnknown(LOGS, cause=UnknownCause.CONNECTION_LOST), "broke before the panel"),
    ],
)
def test_a_failed_check_is_explained_from_the_fields(error: PanelError, words: str) -> None:
    assert words in describe_check_error(error, URL)


def test_a_misleading_message_does_not_change_the_explanation() -> None:
    """The words come from the code: a message that happens to say something else is not read."""
    refused = TransportError(
        "certificate verify failed; Name or service not known; timed out",
        cause=TransportCause.REFUSED,
    )
    assert describe_check_error(refused, URL) == (
        f"Could not reach {HOST}. Check the address and your internet connection."
    )
    page = BadResponse("The panel URL redirects (HTTP 301) to x; HTTP 403", kind=AnswerKind.EMPTY)
    assert not is_firewall(page)
    assert "could not be read" in describe_check_error(page, URL)


def test_a_firewall_is_told_by_the_answer_or_the_status() -> None:
    cloudflare = BadResponse(LOGS, "<title>Just a moment...</title>", kind=AnswerKind.WEB_PAGE)
    behind_5xx = OutcomeUnknown(
        LOGS, cause=UnknownCause.SERVER_ERROR, http_status=503, snippet="Attention Required!"
    )
    mod_security = BadResponse(
        LOGS, "<h1>Denied</h1>", kind=AnswerKind.HTTP_REFUSED, http_status=406
    )
    assert is_firewall(cloudflare)
    assert is_firewall(behind_5xx)
    assert is_firewall(mod_security)
    assert not is_firewall(BadResponse(LOGS, kind=AnswerKind.HTTP_REFUSED, http_status=400))
    assert "firewall" in describe_check_error(mod_security, URL)
