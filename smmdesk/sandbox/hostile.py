"""The hostile catalogue: services whose names, categories and descriptions try to be markup.

``SandboxPanel(hostile=True)`` serves these services first, before the generated catalogue.
They are what a panel nobody on the project wrote may send: tags a widget would render
(``<b>``, ``<!--``, ``<a href>``, ``<style>``), images pointing back at the sandbox itself
(``<img src=//127.0.0.1:PORT/x>``, which Qt would try to open as a path: on Windows a network
share), bidi overrides and zero-width joiners, a 10,000-character name, and descriptions with
scripts and remote images. Every one is an orderable Default service, so a client can be walked
through its whole life: catalogue, tooltip, form, confirmation, order, order detail.

With a ``canary`` folder, some images point at files in it: a client that opens them (that
renders the name as rich text) touches that folder, which a test can watch.
"""

from __future__ import annotations

from typing import Any

__all__ = ["HOSTILE_IDS", "LONG_NAME_LENGTH", "hostile_rows", "image_path"]

#: the ids of the hostile services, in the order they are served
HOSTILE_IDS: tuple[int, ...] = tuple(range(990001, 990011))
LONG_NAME_LENGTH = 10_000
_IMAGE_PATH = "/x"


def image_path() -> str:
    """The path (on the sandbox's own host and port) the hostile images point at."""
    return _IMAGE_PATH


def _long_name() -> str:
    words = "<b>Mega</b> Instagram Followers Real Active No Drop Refill 30 Days "
    text = (words * (LONG_NAME_LENGTH // len(words) + 1))[:LONG_NAME_LENGTH]
    return text


def hostile_rows(port: int, canary: str | None = None) -> list[tuple[Any, ...]]:
    """The hostile services as catalogue rows: (id, name, type, category, rate, min, max,
    dripfeed, refill, cancel, desc), for a sandbox listening on ``port``."""
    remote = f"//127.0.0.1:{port}{_IMAGE_PATH}"
    http = f"http://127.0.0.1:{port}{_IMAGE_PATH}"
    local = f"{canary.rstrip('/')}/name.png" if canary else remote
    file_url = f"file://{canary.rstrip('/')}/category.png" if canary else http
    desc_image = f"{canary.rstrip('/')}/desc.png" if canary else remote
    category = f"<b>Hostile</b> &lt;i&gt;panel&lt;/i&gt; <img src={file_url}>"
    script_desc = (
        "<script>alert('x')</script><style>body{display:none}</style>"
        f'<img src="{http}"><img src="{desc_image}"><iframe src="{http}"></iframe>'
        "<p>Plain <b>bold</b> words.</p>"
        '<a href="javascript:alert(1)">script link</a> '
        '<a href="https://example.com/ok">a real link</a>'
    )
    rows: list[tuple[Any, ...]] = [
        (990001, "<b>Likes</b> <!--", "Default", category, "1.00", 10, 100000,
         True, True, True, script_desc),
        (990002, f"Followers <img src={remote}>", "Default", category, "2.00", 10, 100000,
         False, True, False, f"<img src={remote}>Remote image only"),
        (990003, f'<img src="{local}"> Views', "Default", category, "0.50", 100, 100000,
         False, False, True, None),
        (990004, '<a href="https://evil.example/steal">Click</a> Comments <b>', "Default",
         category, "3.00", 10, 5000, False, False, False, None),
        (990005, "<style>*{color:transparent}</style>Shares", "Default",
         "<style>*{font-size:90px}</style>Styled category", "1.50", 10, 5000,
         False, False, False, None),
        (990006, "Real Followers \u202egnp.exe <b>x</b>", "Default", category, "1.10", 10, 5000,
         False, True, True, None),
        (990007, "In\u200dsta\u200dgram <b>Likes</b> \u200b\u2067RTL\u2069", "Default", category,
         "0.90", 10, 5000, False, False, False, None),
        (990008, _long_name(), "Default", category, "4.00", 10, 5000, False, False, False, None),
        (990009, "&lt;b&gt;Entity&lt;/b&gt; Followers", "Default",
         "<b>Hostile</b> <!-- comment", "1.20", 10, 5000, False, False, False, None),
        (990010, "<b>متابعين</b> عرب <img src=" + remote + "/share.png>", "Default",
         "<b>انستغرام</b>", "1.30", 10, 5000, False, False, False, None),
    ]  # fmt: skip
    return rows
