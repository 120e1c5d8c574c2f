"""The plain-text rule's helpers, and the rule kept in the code: every label is made by the one
helper and every message box by the one dialogs module."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smmdesk.gui.widgets import plain
from smmdesk.gui.widgets.plain import clip, new_label, notification_text, tip
from smmdesk.gui.wording.bidi import reveal

GUI = Path(plain.__file__).parents[1]  # smmdesk/gui


@pytest.mark.parametrize(
    ("text", "revealed"),
    [
        ("https://instagram.com/\u202emoc.live", "https://instagram.com/⟨U+202E⟩moc.live"),
        ("a\u202ab\u202cc", "a⟨U+202A⟩b⟨U+202C⟩c"),
        ("user\u2066name\u2069", "user⟨U+2066⟩name⟨U+2069⟩"),
        ("in\u200bsta", "in⟨U+200B⟩sta"),
        ("in\u200dsta", "in⟨U+200D⟩sta"),
        ("\ufeffhttps://x.com", "⟨U+FEFF⟩https://x.com"),
        ("mark\u200f", "mark⟨U+200F⟩"),
        ("https://instagram.com/p/abc", "https://instagram.com/p/abc"),
        ("انستغرام", "انستغرام"),
    ],
)
def test_reveal_writes_out_every_bidi_control_and_invisible_character(
    text: str, revealed: str
) -> None:
    assert reveal(text) == revealed


def test_reveal_keeps_joiners_inside_words_and_emoji_of_comments() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    persian = "می\u200cخواهم"
    assert reveal(family, keep_joiners=True) == family
    assert reveal(persian, keep_joiners=True) == persian
    # between ASCII letters a joiner hides in a word: shown even in a comment
    assert reveal("in\u200dsta", keep_joiners=True) == "in⟨U+200D⟩sta"
    # overrides are never kept
    assert reveal("nice \u202epost", keep_joiners=True) == "nice ⟨U+202E⟩post"
    # in a link or user name every joiner is shown
    assert reveal(family) == "\U0001f468⟨U+200D⟩\U0001f469⟨U+200D⟩\U0001f467"


def test_tip_shows_markup_literally_and_bounded(shown: Callable[..., str]) -> None:
    assert tip("") == ""
    assert tip(None) == ""
    text = '<b>Likes</b> <img src="//host/share/x.png"> &amp;\nsecond line'
    assert shown(tip(text)) == text
    long = "word " * 1000
    assert len(shown(tip(long))) <= plain.TIP_LIMIT
    assert clip("abcdef", 4) == "abc…"
    assert clip("abc", 4) == "abc"


def test_notifications_escape_markup_where_the_desktop_reads_it() -> None:
    text = "<b>Likes</b> & <img src=x>"
    assert notification_text(text, "linux") == "&lt;b&gt;Likes&lt;/b&gt; &amp; &lt;img src=x&gt;"
    assert notification_text(text, "win32") == text
    assert notification_text(text, "darwin") == text


def test_new_label_shows_its_text_literally(qtbot: QtBot) -> None:
    label = new_label(None, "<b>Likes</b> <!-- rest")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>Likes</b> <!-- rest"


def _calls(path: Path) -> list[tuple[str, int]]:
    """(callee, line) of every ``QLabel(...)``, ``QMessageBox(...)`` and ``QMessageBox.x(...)``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in ("QLabel", "QMessageBox", "QToolTip"):
            found.append((func.id, node.lineno))
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in ("QMessageBox", "QToolTip")
            and func.attr[:1].islower()
        ):
            found.append((f"{func.value.id}.{func.attr}", node.lineno))
    return found


def test_labels_and_message_boxes_are_made_in_one_place_each() -> None:
    """A label made anywhere else would guess rich text from a panel's words; a message box
    made anywhere else would not be set to plain text."""
    allowed = {
        "plain.py": {"QLabel", "QToolTip.showText", "QToolTip.hideText"},
        "dialogs.py": {"QMessageBox", "QMessageBox.about"},
    }
    offences = []
    for path in sorted(GUI.rglob("*.py")):
        for callee, line in _calls(path):
            if callee not in allowed.get(path.name, set()):
                offences.append(f"{path.relative_to(GUI)}:{line}: {callee}(...)")
    assert offences == []
