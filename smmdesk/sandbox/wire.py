"""How the sandbox's HTTP handler puts its answers on the wire: a normal answer, a close
without one (clean or a TCP reset), and what each fault kind of faults.py sends instead."""

from __future__ import annotations

import contextlib
import json
import socket
import struct
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

from .catalog import php_json
from .faults import Fault

__all__ = ["HTML_TYPE", "JSON_TYPE", "PANEL_WARNING", "UNUSABLE_ID", "WireHandler"]

JSON_TYPE = "application/json; charset=utf-8"
HTML_TYPE = "text/html; charset=UTF-8"
_CLOUDFLARE_PAGE = b"""<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="robots" content="noindex,nofollow"></head><body><div class="main-wrapper">
<h1 class="zone-name-title h1">panel.example</h1>
<h2>Checking if the site connection is secure</h2>
<noscript>Enable JavaScript and cookies to continue</noscript>
<div class="footer">Ray ID: <code>8a1b2c3d4e5f6789</code>
Performance &amp; security by Cloudflare</div>
</div></body></html>"""
_PHP_FATAL_PAGE = b"""<html><head><title>500 Internal Server Error</title></head><body>
<br />
<b>Fatal error</b>:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in
/var/www/html/app/components/Database.php:42
Stack trace:
#0 /var/www/html/api/v2/index.php(17): PDO->__construct()
#1 {main}
  thrown in <b>/var/www/html/app/components/Database.php</b> on line <b>42</b><br />
</body></html>"""
# What warning_with_id / unusable_id put into an answer that created something.
PANEL_WARNING = "Low balance warning"
UNUSABLE_ID = "1e3"
_CREATED_ID = {"add": "order", "refill": "refill"}
_PADDING = b" " * 65536
_JUNK_LIST = b'[1,"Instagram Followers",null,[],true,"0.90"]'
_PHP_WARNING = (
    b'<br />\n<b>Warning</b>:  Undefined array key "runs" in '
    b"<b>/var/www/html/api/v2/index.php</b> on line <b>142</b><br />\n"
)


def _reshaped(body: bytes, action: str, kind: str) -> bytes:
    """A processed ``add``/``refill`` answer with a warning beside each id it created
    (``warning_with_id``), or with those ids made unusable (``unusable_id``)."""
    field = _CREATED_ID.get(action)
    try:
        answer = json.loads(body)
    except ValueError:
        return body
    entries = answer if isinstance(answer, list) else [answer]
    for entry in entries:
        created = isinstance(entry, dict) and field in entry and "error" not in entry
        if not created or isinstance(entry[field], dict):
            continue  # a refusal (top level or per item) stays as it is
        if kind == "warning_with_id":
            entry["error"] = PANEL_WARNING
        else:
            entry[field] = UNUSABLE_ID
    return php_json(answer)


class WireHandler(BaseHTTPRequestHandler):
    """The answering half of the sandbox's request handler."""

    def send_answer(
        self,
        code: int,
        body: bytes,
        content_type: str = JSON_TYPE,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def abort(self, *, reset: bool) -> None:
        """Close without answering; ``reset`` makes it a TCP RST instead of a clean FIN."""
        self.close_connection = True
        if reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            # The real close (and the RST) happens once the handler's files are closed.
            self.connection.close()

    def send_fault(self, body: bytes, action: str, fault: Fault) -> None:
        """Answer as ``fault`` misbehaves; ``body`` is the panel's answer to ``action`` when
        the fault lets the request be processed, else b"" (see PROCESSING_KINDS)."""
        answer = _FAULT_ANSWERS.get(fault.kind)
        if answer is not None:
            answer(self, body, action, fault)

    # ----- one method per way of misbehaving ----------------------------------------------
    def _send_body(self, body: bytes, action: str, fault: Fault) -> None:
        self.send_answer(200, body)

    def _send_nothing(self, body: bytes, action: str, fault: Fault) -> None:
        self.abort(reset=False)

    def _send_reset(self, body: bytes, action: str, fault: Fault) -> None:
        self.abort(reset=True)

    def _send_fixed(self, body: bytes, action: str, fault: Fault) -> None:
        self.send_answer(*_FIXED_ANSWERS[fault.kind])

    def _send_truncated(self, body: bytes, action: str, fault: Fault) -> None:
        self.send_response(200)
        self.send_header("Content-Type", JSON_TYPE)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.close_connection = True

    def _send_php_warning(self, body: bytes, action: str, fault: Fault) -> None:
        self.send_answer(200, _PHP_WARNING + body, HTML_TYPE)

    def _send_reshaped(self, body: bytes, action: str, fault: Fault) -> None:
        self.send_answer(200, _reshaped(body, action, fault.kind))

    def _send_oversize(self, body: bytes, action: str, fault: Fault) -> None:
        """The answer padded with whitespace (still valid JSON) to ``fault.size`` bytes; a
        client that gives up part way simply closes the connection."""
        padding = max(0, fault.size - len(body))
        self.send_response(200)
        self.send_header("Content-Type", JSON_TYPE)
        self.send_header("Content-Length", str(len(body) + padding))
        self.end_headers()
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.wfile.write(body)
            while padding > 0:
                piece = _PADDING[: min(padding, len(_PADDING))]
                self.wfile.write(piece)
                padding -= len(piece)


#: the faults that answer the same whatever was asked: kind -> (status, body, type, headers)
_FIXED_ANSWERS: dict[str, tuple[int, bytes, str, dict[str, str]]] = {
    "html": (200, _CLOUDFLARE_PAGE, HTML_TYPE, {"CF-RAY": "8a1b2c3d4e5f6789-FRA"}),
    "http500": (500, _PHP_FATAL_PAGE, HTML_TYPE, {}),
    "http429": (
        429,
        php_json({"error": "Too many requests"}),
        JSON_TYPE,
        {"Retry-After": "1", "X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0"},
    ),
    "form_error": (200, b"error=Invalid+API+key", HTML_TYPE, {}),
    "empty_list": (200, b"[]", JSON_TYPE, {}),
    "junk_list": (200, _JUNK_LIST, JSON_TYPE, {}),
}
#: fault kind -> how the handler answers
_FAULT_ANSWERS: dict[str, Callable[[WireHandler, bytes, str, Fault], None]] = {
    "latency": WireHandler._send_body,
    "drop_after": WireHandler._send_nothing,
    "reset": WireHandler._send_reset,
    "truncated": WireHandler._send_truncated,
    "php_warning": WireHandler._send_php_warning,
    "warning_with_id": WireHandler._send_reshaped,
    "unusable_id": WireHandler._send_reshaped,
    "oversize": WireHandler._send_oversize,
    **dict.fromkeys(_FIXED_ANSWERS, WireHandler._send_fixed),
}
