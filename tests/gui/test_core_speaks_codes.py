"""The core speaks codes, the GUI owns the words: no GUI module reads a core message's text.

The core's results and errors carry enums and fields; their English ``message`` (and what
``str()`` of an error says) is for logs. A GUI module that took that English apart with a regex
or a substring test would break silently when the core's wording changes, and could not be
translated. This walks ``smmdesk/gui`` and fails on any read of a ``.message`` attribute and on
turning an exception into text (``str(exc)``, ``f"{exc}"``), outside the smoke test's report.
"""

from __future__ import annotations

import ast
from pathlib import Path

import smmdesk.gui

GUI = Path(smmdesk.gui.__file__).parent
#: diagnostics output (printed, never shown in a window or parsed)
EXEMPT = {"smoke.py"}
#: names that hold an exception by the project's habits, besides ``except ... as NAME``
ERROR_NAMES = {"exc", "error", "err", "failure", "problem", "e"}


def _error_names(tree: ast.AST) -> set[str]:
    names = set(ERROR_NAMES)
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
    return names


def offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    errors = _error_names(tree)
    found: list[str] = []
    where = path.relative_to(GUI).as_posix()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "message"
            and isinstance(node.ctx, ast.Load)
        ):
            found.append(f"{where}:{node.lineno}: reads .message")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("str", "repr", "format")
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in errors
        ):
            found.append(f"{where}:{node.lineno}: {node.func.id}({node.args[0].id})")
        elif (
            isinstance(node, ast.FormattedValue)
            and isinstance(node.value, ast.Name)
            and node.value.id in errors
        ):
            found.append(f"{where}:{node.lineno}: f-string of {node.value.id}")
    return found


def test_no_gui_module_reads_a_core_message() -> None:
    found = [
        line
        for path in sorted(GUI.rglob("*.py"))
        if path.name not in EXEMPT
        for line in offences(path)
    ]
    assert found == []


def test_the_check_sees_what_it_forbids(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import re\n"
        "def f(result, exc):\n"
        "    if 'API key' in result.message:\n"
        "        return re.search('x', str(exc))\n"
        "    try:\n"
        "        pass\n"
        "    except ValueError as oops:\n"
        "        return f'{oops}'\n",
        encoding="utf-8",
    )
    global GUI
    saved, GUI = GUI, tmp_path
    try:
        assert len(offences(sample)) == 3
    finally:
        GUI = saved
