#!/usr/bin/env python3
"""Translations: extract (.ts), compile (.qm) and check that no user-visible string escapes tr().

    python packaging/i18n.py update     lupdate the GUI sources (and the core modules that mark
                                        texts with QT_TRANSLATE_NOOP) into
                                        resources/translations/*.ts
    python packaging/i18n.py release    lrelease the .ts files into the .qm files the app loads
    python packaging/i18n.py check      fail (exit 1, one file:line each) when a .qm is stale, a
                                        .ts lacks or keeps strings the sources (no longer) have,
                                        a translation drops a %1/%n/{name} marker, or a string
                                        escapes tr(); ``--complete`` also fails on untranslated
                                        Arabic
    python packaging/i18n.py scan [F..] only the tr() scan (default: every GUI source)
    python packaging/i18n.py untranslated
                                        the Arabic messages without a text, as JSON (the
                                        format ``apply`` reads)
    python packaging/i18n.py apply F.json [F.json..]
                                        fill Arabic texts from JSON files: a list of
                                        {"context", "source", "translation"} where a plural's
                                        translation is the list of its numerus forms

A line can opt out of the scan with ``# i18n: ignore <reason>`` (the reason is required).
In a context whose texts are marked with QT_TRANSLATE_NOOP("Context", ...) (in the GUI or the
core), ``QCoreApplication.translate("Context", <computed>)`` is how the marked text is shown,
so the scan accepts it there (and through a helper that passes its parameter on).
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: folders whose .py files hold user-visible strings (everything under them, found by glob)
SOURCE_DIRS = ("smmdesk/gui",)
#: folders of modules without Qt (the core) that mark English texts with
#: QT_TRANSLATE_NOOP("Context", "text") for the GUI to translate where it shows them: lupdate
#: reads the modules that use the marker; the tr() scan does not (they show nothing themselves)
MARKED_DIRS = ("smmdesk/core",)
TS_DIR = Path("resources/translations")
LANGUAGES = ("ar", "en")
#: the language whose translation must be complete for ``check --complete``
COMPLETE_LANGUAGES = ("ar",)

IGNORE_MARK = re.compile(r"#\s*i18n:\s*ignore\b(?P<reason>.*)")
# a use of the marker with a literal context (its definition does not count)
_NOOP_USE = re.compile(r"\bQT_TRANSLATE_NOOP\(\s*[\"']")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


# -- files and tools ---------------------------------------------------------------------------
def gui_sources(root: Path = ROOT) -> list[Path]:
    """Every Python file under SOURCE_DIRS, sorted (relative to ``root``)."""
    found: list[Path] = []
    for folder in SOURCE_DIRS:
        found += (root / folder).rglob("*.py")
    return sorted(p.relative_to(root) for p in found if "__pycache__" not in p.parts)


def marked_sources(root: Path = ROOT) -> list[Path]:
    """Every Python file under MARKED_DIRS that uses QT_TRANSLATE_NOOP, sorted (relative)."""
    found: list[Path] = []
    for folder in MARKED_DIRS:
        for path in (root / folder).rglob("*.py"):
            if "__pycache__" not in path.parts and _NOOP_USE.search(
                path.read_text(encoding="utf-8")
            ):
                found.append(path)
    return sorted(p.relative_to(root) for p in found)


def lupdate_sources(root: Path = ROOT) -> list[Path]:
    """What lupdate reads: the GUI sources and the core modules that mark texts."""
    return gui_sources(root) + marked_sources(root)


def ts_path(language: str, root: Path = ROOT) -> Path:
    return root / TS_DIR / f"smmdesk_{language}.ts"


def qm_path(language: str, root: Path = ROOT) -> Path:
    return root / TS_DIR / f"smmdesk_{language}.qm"


class ToolMissing(RuntimeError):
    pass


def tool(name: str) -> str:
    """Path of a Qt Linguist tool shipped with PySide6 (``lupdate`` / ``lrelease``)."""
    exe = ".exe" if sys.platform == "win32" else ""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / f"pyside6-{name}{exe}", bindir / f"pyside6-{name}"):
        if candidate.is_file():
            return str(candidate)
    try:
        import PySide6  # only needed to locate the binaries

        packaged = Path(PySide6.__file__).parent / f"{name}{exe}"
        if packaged.is_file():
            return str(packaged)
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise ToolMissing(f"pyside6-{name} not found: install PySide6 (pip install -e '.[dev]')")


def _run(cmd: Sequence[str], cwd: Path) -> str:
    done = subprocess.run(list(cmd), cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(cmd[0]).name} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout + done.stderr


def lupdate(root: Path, sources: Sequence[Path], ts_file: Path, language: str) -> str:
    """Merge the sources' strings into ``ts_file`` (created if missing); translations of
    strings still present are kept, strings gone from the sources are dropped."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(s) for s in sources) + "\n", encoding="utf-8")
        return _run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-locations",
                "absolute",
                f"@{listing}",
                "-ts",
                str(ts_file),
            ],
            cwd=root,
        )


def lrelease(ts_file: Path, qm_file: Path) -> str:
    # unfinished (e.g. a changed English string with its old translation) and identical
    # translations stay out: the English source text shows instead
    return _run(
        [tool("lrelease"), "-nounfinished", "-removeidentical", str(ts_file), "-qm", str(qm_file)],
        cwd=ts_file.parent,
    )


# -- .ts contents ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool
    location: tuple[str, int]

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)


def read_ts(path: Path) -> list[Message]:
    """The live messages of a .ts file (vanished/obsolete ones are left out)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.findall("message"):
            translation = msg.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind in ("vanished", "obsolete"):
                continue
            if translation is None:
                texts: tuple[str, ...] = ()
            elif msg.get("numerus") == "yes":
                texts = tuple(f.text or "" for f in translation.findall("numerusform"))
            else:
                texts = (translation.text or "",)
            where = msg.find("location")
            location = (
                (where.get("filename", ""), int(where.get("line", "0") or 0))
                if where is not None
                else ("", 0)
            )
            messages.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment") or "",
                    numerus=msg.get("numerus") == "yes",
                    translations=texts,
                    finished=kind == "" and any(texts),
                    location=location,
                )
            )
    return messages


def _source_location(ts_file: Path, location: tuple[str, int], root: Path) -> tuple[str, int]:
    filename, line = location
    if not filename:
        return (str(ts_file.relative_to(root)) if ts_file.is_relative_to(root) else str(ts_file), 0)
    resolved = (ts_file.parent / filename).resolve()
    try:
        return (resolved.relative_to(root.resolve()).as_posix(), line)
    except ValueError:
        return (filename, line)


# -- checks (a), (b) and translation markers ---------------------------------------------------
def check_qm(root: Path = ROOT) -> list[Problem]:
    """(a) each .qm is exactly what lrelease makes of its .ts today."""
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts, qm = ts_path(language, root), qm_path(language, root)
            rel = qm.relative_to(root).as_posix()
            if not ts.is_file():
                problems.append(Problem(ts.relative_to(root).as_posix(), 0, "missing: run update"))
                continue
            fresh = Path(tmp) / qm.name
            lrelease(ts, fresh)
            if not qm.is_file():
                problems.append(Problem(rel, 0, "missing: run `python packaging/i18n.py release`"))
            elif qm.read_bytes() != fresh.read_bytes():
                problems.append(
                    Problem(
                        rel,
                        0,
                        f"out of date with {ts.name}: run `python packaging/i18n.py release`",
                    )
                )
    return problems


def check_ts(root: Path = ROOT, sources: Sequence[Path] | None = None) -> list[Problem]:
    """(b) each .ts holds exactly the strings the sources have (line numbers ignored)."""
    sources = lupdate_sources(root) if sources is None else sources
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = ts_path(language, root)
            if not ts.is_file():
                continue  # reported by check_qm
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            lupdate(root, sources, copy, language)
            have = {m.key: m for m in read_ts(ts)}
            want = {m.key: m for m in read_ts(copy)}
            for key in sorted(want.keys() - have.keys()):
                path, line = _source_location(copy, want[key].location, root)
                problems.append(
                    Problem(
                        path,
                        line,
                        f"[{key[0]}] {key[1]!r} is not in {ts.name}: run "
                        "`python packaging/i18n.py update`",
                    )
                )
            for key in sorted(have.keys() - want.keys()):
                problems.append(
                    Problem(
                        ts.relative_to(root).as_posix(),
                        0,
                        f"[{key[0]}] {key[1]!r} is no longer in the sources: run "
                        "`python packaging/i18n.py update`",
                    )
                )
    return problems


_MARKER = re.compile(r"%L?(?:n|\d{1,2})|\{[A-Za-z_]\w*\}")


def check_markers(root: Path = ROOT) -> list[Problem]:
    """Every finished translation keeps the source's %1..%99, %n and {name} markers."""
    problems: list[Problem] = []
    for language in LANGUAGES:
        ts = ts_path(language, root)
        if not ts.is_file():
            continue
        for msg in read_ts(ts):
            if not msg.finished:
                continue
            want = sorted(set(_MARKER.findall(msg.source)))
            for form, text in enumerate(msg.translations):
                have = sorted(set(_MARKER.findall(text)))
                # a plural form for exactly one/two items may spell the number out
                if msg.numerus and set(have) == set(want) - {"%n", "%Ln"}:
                    continue
                if have != want:
                    which = f" (plural form {form})" if msg.numerus else ""
                    problems.append(
                        Problem(
                            ts.relative_to(root).as_posix(),
                            0,
                            f"[{msg.context}] {msg.source!r}: the {language} translation{which} "
                            f"has markers {have}, the source {want}",
                        )
                    )
    return problems


def check_complete(root: Path = ROOT) -> list[Problem]:
    problems: list[Problem] = []
    for language in COMPLETE_LANGUAGES:
        ts = ts_path(language, root)
        if not ts.is_file():
            continue
        for msg in read_ts(ts):
            if not msg.finished:
                path, line = _source_location(ts, msg.location, root)
                problems.append(
                    Problem(path, line, f"[{msg.context}] {msg.source!r} has no {language} text")
                )
    return problems


# -- (c) the tr() scan -------------------------------------------------------------------------
# Qt setters whose first argument is user-visible text
_TEXT_ARG0 = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setPlaceholderText",
        "setWhatsThis",
        "setTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setPrefix",
        "setSuffix",
        "setSpecialValueText",
        "setWindowIconText",
        "setIconText",
        "showMessage",
        "setHtml",
        "setMarkdown",
        "setPlainText",
        "setFormat",
        "setCancelButtonText",
        "setOkButtonText",
        "setToolTipText",
    }
)
# setters whose second argument is the text (the first is an index or a button id)
_TEXT_ARG1 = frozenset(
    {
        "setTabText",
        "setTabToolTip",
        "setTabWhatsThis",
        "setItemText",
        "setItemToolTip",
        "setButtonText",
    }
)
# the text is the first string among the leading arguments (an icon may come first; what
# follows the text, such as user data or a shortcut, is not shown as text)
_FIRST_TEXT = {
    "addAction": 0,
    "addMenu": 0,
    "addItem": 0,
    "addButton": 0,
    "addRow": 0,
    "addTab": 1,
    "insertItem": 1,
    "insertTab": 2,
    "insertRow": 1,
    "addSection": 0,
}
# list-of-texts arguments (position of the list)
_TEXT_LISTS = {
    "addItems": 0,
    "insertItems": 1,
    "setHeaderLabels": 0,
    "setHorizontalHeaderLabels": 0,
    "setVerticalHeaderLabels": 0,
}
# constructors whose string arguments are shown
_TEXT_CTORS = frozenset(
    {
        "QLabel",
        "new_label",  # smmdesk.gui.widgets.plain: how the app makes its (plain-text) labels
        "QPushButton",
        "QAction",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QToolBar",
        "QDockWidget",
        "QCommandLinkButton",
        "QListWidgetItem",
        "QTableWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QMessageBox",
        "QProgressDialog",
        "QWizardPage",
    }
)
# static dialogs: (class, method) -> positions of shown strings
_STATIC = {
    ("QMessageBox", "information"): (1, 2),
    ("QMessageBox", "warning"): (1, 2),
    ("QMessageBox", "critical"): (1, 2),
    ("QMessageBox", "question"): (1, 2),
    ("QMessageBox", "about"): (1, 2),
    ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getInt"): (1, 2),
    ("QInputDialog", "getDouble"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2, 3),
    ("QInputDialog", "getMultiLineText"): (1, 2),
    ("QFileDialog", "getOpenFileName"): (1, 3),
    ("QFileDialog", "getOpenFileNames"): (1, 3),
    ("QFileDialog", "getSaveFileName"): (1, 3),
    ("QFileDialog", "getExistingDirectory"): (1,),
    # smmdesk.gui.widgets.dialogs, the one door for message boxes
    ("dialogs", "info"): (1, 2, 3),
    ("dialogs", "warning"): (1, 2, 3),
    ("dialogs", "error"): (1, 2, 3),
    ("dialogs", "confirm"): (1, 2, 3, 4),
    ("dialogs", "about"): (1, 2),
    ("dialogs", "save_file"): (1, 3),
}
_TEXT_KEYWORDS = frozenset(
    {
        "text",
        "title",
        "toolTip",
        "statusTip",
        "whatsThis",
        "placeholderText",
        "windowTitle",
        "caption",
        "label",
        "labelText",
        "details",
        "ok_text",
        "informativeText",
        "iconText",
        "filter",
    }
)
_MODEL_METHODS = frozenset({"data", "headerData"})
_STR_METHODS = frozenset(
    {"format", "replace", "join", "strip", "upper", "lower", "title", "capitalize", "rstrip"}
)
_APP_CLASSES = frozenset({"QCoreApplication", "QApplication", "QGuiApplication"})
_NOOP_NAMES = frozenset(
    {"QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_N_NOOP", "QT_TRANSLATE_N_NOOP"}
)
_NOT_TEXT = re.compile(r"%L?(?:n|\d{1,2})|<[^>]*>|&(?:[A-Za-z]+|#\d+);")


def has_letters(text: str) -> bool:
    """Whether a string holds words (placeholders, tags and entities do not count)."""
    return any(ch.isalpha() for ch in _NOT_TEXT.sub("", text))


def _tr_kind(call: ast.Call) -> str | None:
    """ "tr", "translate" or "noop" when ``call`` is a translation call lupdate understands."""
    func = call.func
    if isinstance(func, ast.Name):
        if func.id in ("tr", "translate"):
            return func.id
        if func.id in _NOOP_NAMES:
            return "noop"
    if isinstance(func, ast.Attribute):
        if func.attr == "tr":
            return "tr"
        receiver = func.value
        if func.attr == "translate" and isinstance(receiver, ast.Name):
            return "translate" if receiver.id in _APP_CLASSES else None
    return None


def _text_arg(call: ast.Call, kind: str) -> ast.expr | None:
    index = 1 if kind == "translate" or _noop_with_context(call) else 0
    if len(call.args) > index:
        return call.args[index]
    for kw in call.keywords:
        if kw.arg in ("sourceText", "source_text", "key"):
            return kw.value
    return None


def _noop_with_context(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Name) and call.func.id.startswith("QT_TRANSLATE")


def _plural_count(call: ast.Call, kind: str) -> ast.expr | None:
    index = 3 if kind == "translate" else 2
    if len(call.args) > index:
        return call.args[index]
    return next((kw.value for kw in call.keywords if kw.arg == "n"), None)


def _str_value(node: ast.expr | None) -> str | None:
    """The value of a string literal, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_str_literal(node: ast.expr) -> bool:
    return _str_value(node) is not None


def _stringish(node: ast.expr) -> bool:
    """Whether an argument is evidently a string expression (for picking the text argument)."""
    if _is_str_literal(node) or isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Call):
        if _tr_kind(node):
            return True
        if isinstance(node.func, ast.Attribute) and node.func.attr in _STR_METHODS:
            return _stringish(node.func.value)
    if isinstance(node, ast.BinOp):
        return _stringish(node.left) or _stringish(node.right)
    if isinstance(node, ast.IfExp):
        return _stringish(node.body) or _stringish(node.orelse)
    return False


def _icon_like(node: ast.expr) -> bool:
    text = ast.unparse(node).lower()
    return "icon" in text or "pixmap" in text


def escaping(node: ast.expr) -> list[tuple[ast.AST, str]]:
    """String literals with words in ``node`` that reach the screen without translation."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and has_letters(node.value):
            return [(node, node.value)]
        return []
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        found: list[tuple[ast.AST, str]] = []
        if any(isinstance(p, str) and has_letters(p) for p in parts):
            found.append((node, ast.unparse(node)))
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                found += escaping(value.value)
        return found
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return escaping(node.left) + escaping(node.right)
    if isinstance(node, ast.IfExp):
        return escaping(node.body) + escaping(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [hit for value in node.values for hit in escaping(value)]
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [hit for elt in node.elts for hit in escaping(elt)]
    if isinstance(node, ast.Starred):
        return escaping(node.value)
    if isinstance(node, ast.Call):
        if _tr_kind(node):
            return []
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in _STR_METHODS:
            found = escaping(func.value)
            if func.attr == "replace" and len(node.args) > 1:
                found += escaping(node.args[1])
            if func.attr == "join" and node.args:
                found += escaping(node.args[0])
            if func.attr == "format":
                for arg in [*node.args, *(kw.value for kw in node.keywords)]:
                    found += escaping(arg)
            return found
    return []


@dataclass
class _Wrapper:
    name: str
    context: str | None  # the translate() context, when it is a literal


class _Scanner(ast.NodeVisitor):
    def __init__(
        self,
        path: str,
        tree: ast.Module,
        ignored: dict[int, str],
        subclassed: set[str],
        wrappers: dict[str, _Wrapper],
        known_sink_wrappers: dict[str, set[tuple[int | None, str, str]]] | None = None,
        noop_contexts: frozenset[str] = frozenset(),
    ) -> None:
        self.path = path
        #: contexts marked with QT_TRANSLATE_NOOP: translate(ctx, <computed>) is fine there
        self.noop_contexts = noop_contexts
        #: helpers found to pass a parameter into a text sink: name -> {(index, param, where)}
        self.sink_wrappers: dict[str, set[tuple[int | None, str, str]]] = {}
        self.known_sink_wrappers = known_sink_wrappers or {}
        self.ignored = ignored
        self.subclassed = subclassed
        self.wrappers = wrappers
        self.problems: list[Problem] = []
        self.classes: list[str] = []
        self.functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        self.tables = _literal_tables(tree)

    # -- reporting
    def _ignored(self, first: int, last: int) -> bool:
        return any(line in self.ignored for line in range(first, last + 1))

    def report(self, span: ast.AST, node: ast.AST, message: str) -> None:
        first = getattr(span, "lineno", 0)
        last = getattr(span, "end_lineno", first) or first
        if not self._ignored(first, last):
            self.problems.append(Problem(self.path, getattr(node, "lineno", first), message))

    def report_escapes(self, span: ast.AST, expr: ast.expr, where: str) -> None:
        for node, text in escaping(expr):
            self.report(span, node, f"{where}: {_short(text)} is shown without tr()")

    # -- structure
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._function(node)

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.functions.append(node)
        if node.name in _MODEL_METHODS and self.classes:
            self._model_returns(node)
        self.generic_visit(node)
        self.functions.pop()

    def _model_returns(self, func: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        where = f"{self.classes[-1]}.{func.name}()"
        for ret in _own_returns(func):
            if ret.value is None:
                continue
            self.report_escapes(ret, ret.value, f"{where} returns text")
            table = _table_name(ret.value)
            if table is not None and table in self.tables:
                for node, text in escaping(self.tables[table]):
                    self.report(
                        node,
                        node,
                        f"{where} returns {table}[...]: {_short(text)} is shown without tr()",
                    )

    # -- calls
    def visit_Call(self, node: ast.Call) -> None:
        kind = _tr_kind(node)
        if kind is not None:
            self._check_tr(node, kind)
        else:
            self._check_sink(node)
            self._check_wrapper_call(node)
        self.generic_visit(node)

    def _check_tr(self, node: ast.Call, kind: str) -> None:
        name = ast.unparse(node.func)
        text = _text_arg(node, kind)
        if text is None:
            return
        value = _str_value(text)
        if value is None:
            context = _str_value(node.args[0]) if kind == "translate" and node.args else None
            if context in self.noop_contexts:
                return  # a text marked with QT_TRANSLATE_NOOP(context, ...), shown
            if not self._is_wrapper_body(node, text):
                self.report(
                    node,
                    node,
                    f"{name}() gets {_short(ast.unparse(text))}, not a string literal: lupdate "
                    "cannot extract it",
                )
            return
        count = _plural_count(node, kind) if kind != "noop" else None
        if "%n" in value.replace("%Ln", "%n") and count is None and kind != "noop":
            self.report(node, node, f"{name}({_short(value)}) uses %n but passes no count")
        if kind != "tr" or not isinstance(node.func, ast.Attribute):
            return
        receiver = node.func.value
        if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls"):
            cls = self.classes[-1] if self.classes else None
            if count is not None and cls in self.subclassed:
                self.report(
                    node,
                    node,
                    f"plural self.tr({_short(value)}, ..., n) in {cls}, which is "
                    "subclassed: PySide looks plurals up under the subclass's name only; use "
                    f"{cls}.tr(..., n) (lupdate ignores the plural in "
                    "QCoreApplication.translate unless n is a literal)",
                )
            return
        if isinstance(receiver, ast.Name) and receiver.id[:1].isupper():
            return  # ClassName.tr(): lupdate and Qt both use the class name as the context
        self.report(
            node,
            node,
            f"{name}({_short(value)}): lupdate files this under context "
            f"{ast.unparse(receiver)!r} but Qt looks it up under the object's class; use "
            "self.tr() in that class or QCoreApplication.translate(<class name>, ...)",
        )

    def _is_wrapper_body(self, node: ast.Call, text: ast.expr) -> bool:
        """translate(ctx, text) inside ``def helper(text)``: reported at the call sites."""
        if not self.functions or not isinstance(text, ast.Name):
            return False
        func = self.functions[-1]
        params = {a.arg for a in [*func.args.posonlyargs, *func.args.args]}
        return text.id in params and func.name in self.wrappers

    def _check_wrapper_call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        if isinstance(func, ast.Attribute) and ast.unparse(func.value) in ("self", "cls"):
            name = func.attr
        wrapper = self.wrappers.get(name or "")
        if wrapper is None or not node.args:
            return
        arg = node.args[0]
        value = _str_value(arg)
        if value is not None:
            context = f'"{wrapper.context}"' if wrapper.context else "<context>"
            self.report(
                node,
                node,
                f"{wrapper.name}({_short(value)}): lupdate cannot see strings passed through "
                f"{wrapper.name}(); call QCoreApplication.translate({context}, <the text>) "
                "directly",
            )
        elif wrapper.context in self.noop_contexts and not isinstance(arg, ast.JoinedStr):
            return  # a text marked with QT_TRANSLATE_NOOP(context, ...), shown
        elif not _stringish(arg) or isinstance(arg, ast.JoinedStr):
            self.report(
                node,
                node,
                f"{wrapper.name}({_short(ast.unparse(arg))}) translates a computed string: mark "
                "the original literal with QT_TRANSLATE_NOOP or translate it where it is written",
            )

    def _check_sink(self, node: ast.Call) -> None:
        for expr, where in sink_args(node):
            self.report_escapes(node, expr, where)
            self._note_sink_wrapper(expr, where)
        self._check_sink_wrapper_call(node)

    def _note_sink_wrapper(self, expr: ast.expr, where: str) -> None:
        """A helper passing its own parameter into a text sink is a sink too (e.g.
        ``def _action(self, text, ...): QAction(text, self)``)."""
        if not isinstance(expr, ast.Name) or not self.functions:
            return
        func = self.functions[-1]
        positional = [a.arg for a in [*func.args.posonlyargs, *func.args.args]]
        if positional and positional[0] in ("self", "cls") and self.classes:
            positional = positional[1:]
        names = positional + [a.arg for a in func.args.kwonlyargs]
        if expr.id in names:
            index = positional.index(expr.id) if expr.id in positional else None
            self.sink_wrappers.setdefault(func.name, set()).add((index, expr.id, where))

    def _check_sink_wrapper_call(self, node: ast.Call) -> None:
        func = node.func
        name: str | None = None
        if isinstance(func, ast.Name):
            name = func.id
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            name = func.attr if func.value.id in ("self", "cls") else None
        for index, param, where in sorted(self.known_sink_wrappers.get(name or "", set()), key=str):
            arg = node.args[index] if index is not None and index < len(node.args) else None
            if arg is None:
                arg = next((kw.value for kw in node.keywords if kw.arg == param), None)
            if arg is not None:
                self.report_escapes(node, arg, f"{name}(...) -> {where}")
                self._note_sink_wrapper(arg, where)


def sink_args(node: ast.Call) -> list[tuple[ast.expr, str]]:
    """The arguments of a Qt text setter/constructor/dialog call that are shown as text."""
    func = node.func
    found: list[tuple[ast.expr, str]] = []
    if isinstance(func, ast.Name) and func.id in _TEXT_CTORS:
        where = f"{func.id}(...)"
        found += [(arg, where) for arg in node.args]
        return found + _text_keywords(node, where)
    if not isinstance(func, ast.Attribute):
        return found
    method = func.attr
    owner = func.value.id if isinstance(func.value, ast.Name) else None
    if owner is not None and (owner, method) in _STATIC:
        where = f"{owner}.{method}(...)"
        found += [(node.args[i], where) for i in _STATIC[(owner, method)] if i < len(node.args)]
        return found + _text_keywords(node, where)
    where = f"{method}(...)"
    if method in _TEXT_ARG0 and node.args:
        found.append((node.args[0], where))
    elif method in _TEXT_ARG1 and len(node.args) > 1:
        found.append((node.args[1], where))
    elif method in _FIRST_TEXT:
        for arg in node.args[_FIRST_TEXT[method] :][:2]:
            if _icon_like(arg) and not _stringish(arg):
                continue
            found.append((arg, where))
            break
    elif method in _TEXT_LISTS and len(node.args) > _TEXT_LISTS[method]:
        found.append((node.args[_TEXT_LISTS[method]], where))
    else:
        return found
    return found + _text_keywords(node, where)


def _text_keywords(node: ast.Call, where: str) -> list[tuple[ast.expr, str]]:
    return [(kw.value, where) for kw in node.keywords if kw.arg in _TEXT_KEYWORDS]


def _short(text: str, limit: int = 60) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown) if not shown.startswith(("'", '"', "f'", 'f"')) else shown


def _own_returns(func: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.Return]:
    """Return statements of ``func`` itself, not of functions or classes nested in it."""
    todo: list[ast.AST] = list(func.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Return):
            yield node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        todo.extend(ast.iter_child_nodes(node))


def _table_name(expr: ast.expr) -> str | None:
    """``TABLE[i]``, ``TABLE.get(k)``, ``self.TABLE[i]`` -> "TABLE"."""
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        expr = expr.func.value if expr.func.attr == "get" else expr
    if isinstance(expr, ast.Subscript):
        expr = expr.value
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
        return expr.attr if expr.value.id in ("self", "cls") else None
    return None


def _literal_tables(tree: ast.Module) -> dict[str, ast.expr]:
    """Module- and class-level names bound to literal tuples/lists/dict values."""
    tables: dict[str, ast.expr] = {}
    scopes: list[list[ast.stmt]] = [tree.body]
    scopes += [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
    for body in scopes:
        for stmt in body:
            value: ast.expr | None = None
            targets: list[ast.expr] = []
            if isinstance(stmt, ast.Assign):
                value, targets = stmt.value, stmt.targets
            elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                value, targets = stmt.value, [stmt.target]
            if value is None:
                continue
            if isinstance(value, ast.Dict):
                value = ast.List(elts=[v for v in value.values if v is not None])
            if not isinstance(value, (ast.Tuple, ast.List)):
                continue
            for target in targets:
                if isinstance(target, ast.Name):
                    tables[target.id] = value
    return tables


def _ignore_marks(path: str, source: str) -> tuple[dict[int, str], list[Problem]]:
    marks: dict[int, str] = {}
    problems: list[Problem] = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return marks, problems
    for tok in tokens:
        if tok.type != tokenize.COMMENT:
            continue
        match = IGNORE_MARK.search(tok.string)
        if match is None:
            continue
        reason = match.group("reason").strip(" :-—")
        if len(reason) < 3:
            problems.append(Problem(path, tok.start[0], "`# i18n: ignore` needs a reason"))
            continue
        marks[tok.start[0]] = reason
    return marks, problems


def _wrappers_of(tree: ast.Module) -> dict[str, _Wrapper]:
    """Functions that pass one of their parameters to tr()/translate() as the text."""
    found: dict[str, _Wrapper] = {}
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        params = {a.arg for a in [*func.args.posonlyargs, *func.args.args]}
        for call in ast.walk(func):
            if not isinstance(call, ast.Call):
                continue
            kind = _tr_kind(call)
            if kind in (None, "noop"):
                continue
            assert kind is not None
            text = _text_arg(call, kind)
            if isinstance(text, ast.Name) and text.id in params:
                context = None
                if kind == "translate" and call.args:
                    context = _str_value(call.args[0])
                found[func.name] = _Wrapper(func.name, context)
    return found


def _subclassed(trees: Iterable[ast.Module]) -> set[str]:
    bases: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    if isinstance(base, ast.Name):
                        bases.add(base.id)
                    elif isinstance(base, ast.Attribute):
                        bases.add(base.attr)
    return bases


def noop_contexts(trees: Iterable[ast.Module]) -> frozenset[str]:
    """The literal contexts of the QT_TRANSLATE_NOOP(context, text) marks in these modules."""
    found: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _tr_kind(node) == "noop" and node.args:
                context = _str_value(node.args[0]) if _noop_with_context(node) else None
                if context is not None:
                    found.add(context)
    return frozenset(found)


def scan_files(
    paths: Sequence[Path], root: Path = ROOT, marked: Sequence[Path] | None = None
) -> list[Problem]:
    """(c) user-visible strings that escape tr(), in these Python files; ``marked`` (default:
    marked_sources) are read only for the contexts they mark with QT_TRANSLATE_NOOP."""
    parsed: list[tuple[str, str, ast.Module]] = []
    problems: list[Problem] = []
    for path in paths:
        full = path if path.is_absolute() else root / path
        label = full.relative_to(root).as_posix() if full.is_relative_to(root) else str(full)
        source = full.read_text(encoding="utf-8")
        try:
            tree = ast.parse(source, filename=label)
        except SyntaxError as exc:
            problems.append(Problem(label, exc.lineno or 0, f"cannot parse: {exc.msg}"))
            continue
        parsed.append((label, source, tree))
    subclassed = _subclassed(tree for _label, _source, tree in parsed)
    marked_trees = [
        ast.parse((root / path).read_text(encoding="utf-8"))
        for path in (marked_sources(root) if marked is None else marked)
    ]
    contexts = noop_contexts([*(tree for _label, _source, tree in parsed), *marked_trees])
    for label, source, tree in parsed:
        marks, mark_problems = _ignore_marks(label, source)
        problems += mark_problems
        wrappers = _wrappers_of(tree)
        # helpers that pass a parameter on to a text sink, to a fixed point (helper of helper)
        known: dict[str, set[tuple[int | None, str, str]]] = {}
        for _round in range(4):
            probe = _Scanner(label, tree, marks, subclassed, wrappers, known, contexts)
            probe.visit(tree)
            if probe.sink_wrappers == known:
                break
            known = probe.sink_wrappers
        scanner = _Scanner(label, tree, marks, subclassed, wrappers, known, contexts)
        scanner.visit(tree)
        problems += scanner.problems
    return sorted(set(problems))


# -- filling translations from JSON ----------------------------------------------------------
def untranslated(language: str = "ar", root: Path = ROOT) -> list[dict[str, object]]:
    """The messages of ``language`` without a finished text, in the format ``apply`` reads."""
    return [
        {
            "context": msg.context,
            "source": msg.source,
            "translation": [""] * max(1, len(msg.translations)) if msg.numerus else "",
        }
        for msg in read_ts(ts_path(language, root))
        if not msg.finished
    ]


def apply_translations(
    entries: Iterable[dict[str, object]], language: str = "ar", root: Path = ROOT
) -> tuple[int, list[str]]:
    """Write ``entries`` into the .ts of ``language``; returns (messages filled, entries that
    match no message). Run ``update`` afterwards to restore lupdate's own formatting."""
    path = ts_path(language, root)
    tree = ET.parse(path)
    wanted: dict[tuple[str, str], object] = {}
    for entry in entries:
        wanted[(str(entry["context"]), str(entry["source"]))] = entry["translation"]
    filled = 0
    used: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.findall("message"):
            key = (name, msg.findtext("source") or "")
            if key not in wanted:
                continue
            text = wanted[key]
            translation = msg.find("translation")
            if translation is None:
                translation = ET.SubElement(msg, "translation")
            translation.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                forms = [text] if isinstance(text, str) else list(text)  # type: ignore[call-overload]
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(text)
            used.add(key)
            filled += 1
    missing = [f"[{c}] {s!r}" for (c, s) in wanted if (c, s) not in used]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, missing


# -- commands ----------------------------------------------------------------------------------
def update(root: Path = ROOT) -> int:
    sources = lupdate_sources(root)
    for language in LANGUAGES:
        output = lupdate(root, sources, ts_path(language, root), language)
        summary = " ".join(line.strip() for line in output.splitlines() if "Found" in line)
        print(f"{ts_path(language, root).relative_to(root)}: {summary}")
    return 0


def release(root: Path = ROOT) -> int:
    for language in LANGUAGES:
        ts, qm = ts_path(language, root), qm_path(language, root)
        output = lrelease(ts, qm)
        summary = " ".join(line.strip() for line in output.splitlines() if "Generated" in line)
        print(f"{qm.relative_to(root)}: {summary}")
    return 0


def check(root: Path = ROOT, *, complete: bool = False) -> list[Problem]:
    problems = check_qm(root) + check_ts(root) + check_markers(root)
    problems += scan_files(gui_sources(root), root)
    if complete:
        problems += check_complete(root)
    return problems


def _report(problems: list[Problem], what: str) -> int:
    for problem in problems:
        print(problem)
    if problems:
        files = len({p.path for p in problems})
        print(f"{what}: {len(problems)} problem(s) in {files} file(s)", file=sys.stderr)
        return 1
    print(f"{what}: OK")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="i18n.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract strings into the .ts files (keeps translations)")
    sub.add_parser("release", help="compile the .ts files into .qm")
    check_cmd = sub.add_parser("check", help="fail on stale .qm/.ts files or strings outside tr()")
    check_cmd.add_argument(
        "--complete", action="store_true", help="also fail on untranslated Arabic strings"
    )
    scan_cmd = sub.add_parser("scan", help="only the tr() scan")
    scan_cmd.add_argument("files", nargs="*", type=Path)
    sub.add_parser("untranslated", help="Arabic messages without a text, as JSON")
    apply_cmd = sub.add_parser("apply", help="fill Arabic texts from JSON files")
    apply_cmd.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "apply":
        args.files = [f.resolve() for f in args.files]
    os.chdir(ROOT)
    try:
        if args.command == "update":
            return update()
        if args.command == "release":
            return release()
        if args.command == "check":
            return _report(check(complete=args.complete), "translations check")
        if args.command == "untranslated":
            print(json.dumps(untranslated(), ensure_ascii=False, indent=1))
            return 0
        if args.command == "apply":
            entries: list[dict[str, object]] = []
            for file in args.files:
                entries += json.loads(file.read_text(encoding="utf-8"))
            filled, missing = apply_translations(entries)
            for line in missing:
                print(f"no such message: {line}", file=sys.stderr)
            update()
            release()
            print(f"filled {filled} message(s)")
            return 1 if missing else 0
        files = [f.resolve() for f in args.files] or gui_sources()
        return _report(scan_files(files), "tr() scan")
    except ToolMissing as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
