"""What the tr() scan learns about whole modules before it walks them: the lines that opt
out (``# i18n: ignore <reason>``), the literal tables a model may return from, the classes
that are subclassed, the contexts marked with QT_TRANSLATE_NOOP, and the helpers that pass a
parameter on to tr()/translate() as the text."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterable
from dataclasses import dataclass

from tools.i18n.files import Problem
from tools.i18n.texts import noop_with_context, str_value, text_arg, tr_kind

__all__ = [
    "IGNORE_MARK",
    "Wrapper",
    "ignore_marks",
    "literal_tables",
    "noop_contexts",
    "subclassed_names",
    "wrappers_of",
]

IGNORE_MARK = re.compile(r"#\s*i18n:\s*ignore\b(?P<reason>.*)")


@dataclass
class Wrapper:
    """A helper that passes its parameter on to tr()/translate() as the text: lupdate cannot
    see the literals its callers pass, so the scan checks them at the call sites."""

    name: str
    context: str | None  # the translate() context, when it is a literal


def literal_tables(tree: ast.Module) -> dict[str, ast.expr]:
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


def ignore_marks(path: str, source: str) -> tuple[dict[int, str], list[Problem]]:
    """The lines marked ``# i18n: ignore <reason>`` (line -> reason), and the marks without a
    reason (each a problem)."""
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


def wrappers_of(tree: ast.Module) -> dict[str, Wrapper]:
    """Functions that pass one of their parameters to tr()/translate() as the text."""
    found: dict[str, Wrapper] = {}
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        params = {a.arg for a in [*func.args.posonlyargs, *func.args.args]}
        for call in ast.walk(func):
            if not isinstance(call, ast.Call):
                continue
            kind = tr_kind(call)
            if kind in (None, "noop"):
                continue
            assert kind is not None
            text = text_arg(call, kind)
            if isinstance(text, ast.Name) and text.id in params:
                context = None
                if kind == "translate" and call.args:
                    context = str_value(call.args[0])
                found[func.name] = Wrapper(func.name, context)
    return found


def subclassed_names(trees: Iterable[ast.Module]) -> set[str]:
    """The names of the classes some class in these modules derives from."""
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
            if isinstance(node, ast.Call) and tr_kind(node) == "noop" and node.args:
                context = str_value(node.args[0]) if noop_with_context(node) else None
                if context is not None:
                    found.add(context)
    return frozenset(found)
