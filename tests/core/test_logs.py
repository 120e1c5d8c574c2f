"""logs.py: secrets registered once never reach a log line (message, args, traceback, file)."""

from __future__ import annotations

import io
import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from smmdesk.core import logs

KEY = "KEY-0123456789abcdef-SECRET"


@pytest.fixture
def secret() -> Iterator[str]:
    logs.register_secret(KEY)
    yield KEY
    logs.forget_secret(KEY)


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    """A handler with the redaction filter on a throwaway logger."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.addFilter(logs.RedactingFilter())
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test.logs.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield buffer
    logger.removeHandler(handler)


@pytest.fixture
def root_restored() -> Iterator[None]:
    root, urllib3 = logging.getLogger(), logging.getLogger("urllib3")
    handlers, levels = list(root.handlers), (root.level, urllib3.level)
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(levels[0])
    urllib3.setLevel(levels[1])


def test_registered_secret_is_masked_in_message_args_and_traceback(
    secret: str, stream: io.StringIO
) -> None:
    log = logging.getLogger("test.logs.redaction")
    log.info("sending %s to %s", f"key={secret}&action=add", "panel")
    log.warning(f"inline {secret}")
    try:
        raise RuntimeError(f"boom {secret}")
    except RuntimeError:
        log.exception("failed with %r", {"api_key": secret})
    text = stream.getvalue()
    assert secret not in text
    assert "0123456789abcdef" not in text
    assert "key=***&action=add" in text
    assert "inline ***" in text
    assert "boom ***" in text


def test_form_and_json_key_fields_are_masked_even_unregistered(stream: io.StringIO) -> None:
    log = logging.getLogger("test.logs.redaction")
    log.info("body key=abc123xyz&action=balance")
    log.info('json {"key": "zzz999", "action": "add"}')
    text = stream.getvalue()
    assert "abc123xyz" not in text
    assert "zzz999" not in text
    assert "key=***&action=balance" in text
    assert '"key": "***"' in text


def test_encoded_forms_of_a_secret_are_masked() -> None:
    odd = "a/b+c d&é-secret"
    logs.register_secret(odd)
    try:
        assert logs.redact(f"raw {odd}") == "raw ***"
        assert logs.redact("url a%2Fb%2Bc+d%26%C3%A9-secret") == "url ***"
        assert logs.redact('json "a\\/b+c d&\\u00e9-secret"') == 'json "***"'
    finally:
        logs.forget_secret(odd)
    assert logs.redact(f"raw {odd}") == f"raw {odd}"


def test_secrets_are_counted_per_registration() -> None:
    # A key of its own: a PanelClient's key stays registered for the whole process.
    counted = "KEY-counted-only-here-0042"
    logs.register_secret(counted)
    logs.register_secret(counted)
    logs.forget_secret(counted)
    assert counted not in logs.redact(counted)  # one registration is still alive
    logs.forget_secret(counted)
    assert logs.redact(counted) == counted


def test_too_short_secrets_are_not_masked_everywhere() -> None:
    logs.register_secret("ab")
    assert logs.redact("table") == "table"
    logs.forget_secret("ab")


def test_configure_logging_writes_a_redacted_rotating_file(
    tmp_path: Path, secret: str, root_restored: None
) -> None:
    logs.configure_logging(tmp_path / "logs", level=logging.DEBUG)
    logs.configure_logging(tmp_path / "logs", level=logging.DEBUG)  # idempotent
    root = logging.getLogger()
    ours = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert all(any(isinstance(f, logs.RedactingFilter) for f in h.filters) for h in ours)
    assert len(ours) == 1
    assert root.level == logging.DEBUG
    logging.getLogger("smmdesk.test").debug("posting key=%s now %s", secret, secret)
    for handler in root.handlers:
        handler.flush()
    text = (tmp_path / "logs" / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "posting key=*** now ***" in text
    assert secret not in text
    assert " DEBUG " in text
    assert "smmdesk.test" in text


def test_configure_logging_without_a_directory_logs_to_stderr_only(
    root_restored: None, capsys: pytest.CaptureFixture[str], secret: str
) -> None:
    before = set(logging.getLogger().handlers)
    logs.configure_logging(None, level=logging.INFO)
    added = set(logging.getLogger().handlers) - before
    assert len(added) == 1
    assert not isinstance(added.pop(), logging.FileHandler)
    logging.getLogger("smmdesk.test").info("hello %s", secret)
    err = capsys.readouterr().err
    assert "hello ***" in err
    assert secret not in err
