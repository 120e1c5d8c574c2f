"""The tr() scan: user-visible strings that escape translation in the GUI sources, and
translation calls lupdate cannot use (a computed text, a plural without its count, the wrong
context, a helper that hides the literal from lupdate).

A line can opt out with ``# i18n: ignore <reason>`` (the reason is required). In a context
whose texts are marked with QT_TRANSLATE_NOOP("Context", ...) (in the GUI or the core),
``QCoreApplication.translate("Context", <computed>)`` is how the marked text is shown, so the
scan accepts it there (and through a helper that passes its parameter on).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from pathlib import Path

from tools.i18n.facts import (
    Wrapper,
    ignore_marks,
    literal_tables,
    noop_contexts,
    subclassed_names,
    wrappers_of,
)
from tools.i18n.files import ROOT, Problem, marked_sources
from tools.i18n.sinks import MODEL_METHODS, sink_args
from tools.i18n.texts import escaping, plural_count, short, str_value, stringish, text_arg, tr_kind

__all__ = ["scan_files"]

#: helper name -> {(position, parameter, where)}: helpers that pass a parameter on to a sink
SinkWrappers = dict[str, set[tuple[int | None, str, str]]]


class _Scanner(ast.NodeVisitor):
    """One walk over one module, collecting its problems (and the sink helpers it finds)."""

    def __init__(
        self,
        path: str,
        tree: ast.Module,
        ignored: dict[int, str],
        subclassed: set[str],
        wrappers: dict[str, Wrapper],
        known_sink_wrappers: SinkWrappers | None = None,
        noop_contexts: frozenset[str] = frozenset(),
    ) -> None:
        self.path = path
        #: contexts marked with QT_TRANSLATE_NOOP: translate(ctx, <computed>) is fine there
        self.noop_contexts = noop_contexts
        #: helpers found to pass a parameter into a text sink: name -> {(index, param, where)}
        self.sink_wrappers: SinkWrappers = {}
        self.known_sink_wrappers = known_sink_wrappers or {}
        self.ignored = ignored
        self.subclassed = subclassed
        self.wrappers = wrappers
        self.problems: list[Problem] = []
        self.classes: list[str] = []
        self.functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        self.tables = literal_tables(tree)

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
            self.report(span, node, f"{where}: {short(text)} is shown without tr()")

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
        if node.name in MODEL_METHODS and self.classes:
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
                        f"{where} returns {table}[...]: {short(text)} is shown without tr()",
                    )

    # -- calls
    def visit_Call(self, node: ast.Call) -> None:
        kind = tr_kind(node)
        if kind is not None:
            self._check_tr(node, kind)
        else:
            self._check_sink(node)
            self._check_wrapper_call(node)
        self.generic_visit(node)

    def _check_tr(self, node: ast.Call, kind: str) -> None:
        name = ast.unparse(node.func)
        text = text_arg(node, kind)
        if text is None:
            return
        value = str_value(text)
        if value is None:
            context = str_value(node.args[0]) if kind == "translate" and node.args else None
            if context in self.noop_contexts:
                return  # a text marked with QT_TRANSLATE_NOOP(context, ...), shown
            if not self._is_wrapper_body(node, text):
                self.report(
                    node,
                    node,
                    f"{name}() gets {short(ast.unparse(text))}, not a string literal: lupdate "
                    "cannot extract it",
                )
            return
        count = plural_count(node, kind) if kind != "noop" else None
        if "%n" in value.replace("%Ln", "%n") and count is None and kind != "noop":
            self.report(node, node, f"{name}({short(value)}) uses %n but passes no count")
        if kind != "tr" or not isinstance(node.func, ast.Attribute):
            return
        receiver = node.func.value
        if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls"):
            cls = self.classes[-1] if self.classes else None
            if count is not None and cls in self.subclassed:
                self.report(
                    node,
                    node,
                    f"plural self.tr({short(value)}, ..., n) in {cls}, which is "
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
            f"{name}({short(value)}): lupdate files this under context "
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
        value = str_value(arg)
        if value is not None:
            context = f'"{wrapper.context}"' if wrapper.context else "<context>"
            self.report(
                node,
                node,
                f"{wrapper.name}({short(value)}): lupdate cannot see strings passed through "
                f"{wrapper.name}(); call QCoreApplication.translate({context}, <the text>) "
                "directly",
            )
        elif wrapper.context in self.noop_contexts and not isinstance(arg, ast.JoinedStr):
            return  # a text marked with QT_TRANSLATE_NOOP(context, ...), shown
        elif not stringish(arg) or isinstance(arg, ast.JoinedStr):
            self.report(
                node,
                node,
                f"{wrapper.name}({short(ast.unparse(arg))}) translates a computed string: mark "
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
    subclassed = subclassed_names(tree for _label, _source, tree in parsed)
    marked_trees = [
        ast.parse((root / path).read_text(encoding="utf-8"))
        for path in (marked_sources(root) if marked is None else marked)
    ]
    contexts = noop_contexts([*(tree for _label, _source, tree in parsed), *marked_trees])
    for label, source, tree in parsed:
        marks, mark_problems = ignore_marks(label, source)
        problems += mark_problems
        wrappers = wrappers_of(tree)
        # helpers that pass a parameter on to a text sink, to a fixed point (helper of helper)
        known: SinkWrappers = {}
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
