"""Logging set-up (rotating file + stderr) and the redaction filter that keeps API keys out of
every log line; ``redact`` is the same scrubbing for exception text and snippets."""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Final
from urllib.parse import quote, quote_plus

__all__ = [
    "LOG_FILE_NAME",
    "MASK",
    "MIN_SECRET_LENGTH",
    "RedactingFilter",
    "configure_logging",
    "forget_secret",
    "redact",
    "register_secret",
]

LOG_FILE_NAME: Final = "smmdesk.log"
MASK: Final = "***"
#: shorter "secrets" would mask ordinary words; real panel keys are 32+ characters
MIN_SECRET_LENGTH: Final = 4
_MAX_BYTES: Final = 1_000_000
_BACKUPS: Final = 5
_FORMAT: Final = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

# "key=..." in form bodies and URLs, and "key": "..." in JSON, whatever the key's spelling.
_KEY_FIELD = re.compile(r"""(?i)(key=)[^&\s'"]+|("key"\s*:\s*")[^"]*""")

_lock = threading.Lock()
_secrets: Counter[str] = Counter()
_ordered: tuple[str, ...] = ()
_HANDLER_MARK: Final = "_smmdesk_handler"


def register_secret(secret: str) -> None:
    """Mask ``secret`` in every later log line and ``redact`` call (counted: two clients sharing
    a key each register it, and it stays masked until both forget it)."""
    if len(secret) < MIN_SECRET_LENGTH:
        return
    global _ordered
    with _lock:
        _secrets[secret] += 1
        _ordered = _variants(_secrets)


def forget_secret(secret: str) -> None:
    """Undo one ``register_secret``."""
    global _ordered
    with _lock:
        if _secrets[secret] <= 1:
            _secrets.pop(secret, None)
        else:
            _secrets[secret] -= 1
        _ordered = _variants(_secrets)


def _variants(secrets: Counter[str]) -> tuple[str, ...]:
    """Each secret as written, URL-encoded and JSON-escaped; longest first so a secret that
    contains another is masked whole."""
    found: set[str] = set()
    for secret in secrets:
        escaped = json.dumps(secret)[1:-1]
        found.update(
            {
                secret,
                quote_plus(secret),
                quote(secret, safe=""),
                escaped,
                escaped.replace("/", "\\/"),
            }
        )
    return tuple(sorted(found, key=len, reverse=True))


def redact(text: str) -> str:
    """``text`` with every registered secret and every ``key=...`` value replaced by ``***``."""
    for secret in _ordered:
        if secret in text:
            text = text.replace(secret, MASK)
    return _KEY_FIELD.sub(_mask_field, text)


def _mask_field(match: re.Match[str]) -> str:
    return (match.group(1) or match.group(2)) + MASK


class RedactingFilter(logging.Filter):
    """Formats the record's message now, redacted, so no handler ever sees the raw args;
    exception and stack text are redacted too."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # bad %-args: log what we have rather than nothing
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def configure_logging(log_dir: Path | None, level: int = logging.INFO) -> None:
    """Send logs to stderr and, with ``log_dir``, to a rotating ``smmdesk.log`` there; every
    handler carries the redaction filter. Calling it again replaces what it set up before."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_dir / LOG_FILE_NAME,
                maxBytes=_MAX_BYTES,
                backupCount=_BACKUPS,
                encoding="utf-8",
            )
        )
    formatter = logging.Formatter(_FORMAT)
    for handler in handlers:
        setattr(handler, _HANDLER_MARK, True)
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        handler.setLevel(level)
        root.addHandler(handler)
    root.setLevel(level)
    # urllib3 logs every connection at DEBUG; useful only when asked for.
    logging.getLogger("urllib3").setLevel(max(level, logging.INFO))
