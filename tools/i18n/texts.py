"""What the tr() scan counts as text: strings with words, the translation calls lupdate
understands (tr, translate, the QT_*_NOOP markers) and their arguments, and the literals with
words an expression puts on screen without translation (``escaping``)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

__all__ = [
    "STR_METHODS",
    "escaping",
    "has_letters",
    "noop_with_context",
    "plural_count",
    "short",
    "str_value",
    "stringish",
    "text_arg",
    "tr_kind",
]

#: str methods whose result is (a variant of) the string they are called on
STR_METHODS = frozenset(
    {"format", "replace", "join", "strip", "upper", "lower", "title", "capitalize", "rstrip"}
)
_APP_CLASSES = frozenset({"QCoreApplication", "QApplication", "QGuiApplication"})
_NOOP_NAMES = frozenset(
    {"QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_N_NOOP", "QT_TRANSLATE_N_NOOP"}
)
_NOT_TEXT = re.compile(r"%L?(?:n|\d{1,2})|<[^>]*>|&(?:[A-Za-z]+|#\d+);")

Hit = tuple[ast.AST, str]


def has_letters(text: str) -> bool:
    """Whether a string holds words (placeholders, tags and entities do not count)."""
    return any(ch.isalpha() for ch in _NOT_TEXT.sub("", text))


# -- translation calls -------------------------------------------------------------------------
def tr_kind(call: ast.Call) -> str | None:
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


def text_arg(call: ast.Call, kind: str) -> ast.expr | None:
    """The source-text argument of a translation call of this ``kind``."""
    index = 1 if kind == "translate" or noop_with_context(call) else 0
    if len(call.args) > index:
        return call.args[index]
    for kw in call.keywords:
        if kw.arg in ("sourceText", "source_text", "key"):
            return kw.value
    return None


def noop_with_context(call: ast.Call) -> bool:
    """QT_TRANSLATE_NOOP*(context, text): the marker's first argument is its context."""
    return isinstance(call.func, ast.Name) and call.func.id.startswith("QT_TRANSLATE")


def plural_count(call: ast.Call, kind: str) -> ast.expr | None:
    """The ``n`` argument of a plural translation call, if any."""
    index = 3 if kind == "translate" else 2
    if len(call.args) > index:
        return call.args[index]
    return next((kw.value for kw in call.keywords if kw.arg == "n"), None)


def str_value(node: ast.expr | None) -> str | None:
    """The value of a string literal, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def stringish(node: ast.expr) -> bool:
    """Whether an argument is evidently a string expression (for picking the text argument)."""
    if str_value(node) is not None or isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Call):
        if tr_kind(node):
            return True
        if isinstance(node.func, ast.Attribute) and node.func.attr in STR_METHODS:
            return stringish(node.func.value)
    if isinstance(node, ast.BinOp):
        return stringish(node.left) or stringish(node.right)
    if isinstance(node, ast.IfExp):
        return stringish(node.body) or stringish(node.orelse)
    return False


def short(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters and quoted (unless it already is), for messages."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown) if not shown.startswith(("'", '"', "f'", 'f"')) else shown


# -- literals that escape tr() -----------------------------------------------------------------
def escaping(node: ast.expr) -> list[Hit]:
    """String literals with words in ``node`` that reach the screen without translation."""
    found = _ESCAPES.get(type(node))
    return found(node) if found is not None else []


def _constant(node: ast.expr) -> list[Hit]:
    assert isinstance(node, ast.Constant)
    if isinstance(node.value, str) and has_letters(node.value):
        return [(node, node.value)]
    return []


def _fstring(node: ast.expr) -> list[Hit]:
    """An f-string with words is reported whole; its {values} are looked into as well."""
    assert isinstance(node, ast.JoinedStr)
    parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
    found: list[Hit] = []
    if any(isinstance(p, str) and has_letters(p) for p in parts):
        found.append((node, ast.unparse(node)))
    for value in node.values:
        if isinstance(value, ast.FormattedValue):
            found += escaping(value.value)
    return found


def _binop(node: ast.expr) -> list[Hit]:
    """``"a" + b`` and ``"a %s" % b`` (other operators make no text)."""
    assert isinstance(node, ast.BinOp)
    if isinstance(node.op, (ast.Add, ast.Mod)):
        return escaping(node.left) + escaping(node.right)
    return []


def _ifexp(node: ast.expr) -> list[Hit]:
    assert isinstance(node, ast.IfExp)
    return escaping(node.body) + escaping(node.orelse)


def _boolop(node: ast.expr) -> list[Hit]:
    assert isinstance(node, ast.BoolOp)
    return [hit for value in node.values for hit in escaping(value)]


def _elements(node: ast.expr) -> list[Hit]:
    assert isinstance(node, (ast.List, ast.Tuple, ast.Set))
    return [hit for elt in node.elts for hit in escaping(elt)]


def _starred(node: ast.expr) -> list[Hit]:
    assert isinstance(node, ast.Starred)
    return escaping(node.value)


def _call(node: ast.expr) -> list[Hit]:
    """A str method on a literal (``"a {}".format(x)``); a translation call is fine."""
    assert isinstance(node, ast.Call)
    func = node.func
    if tr_kind(node) or not isinstance(func, ast.Attribute) or func.attr not in STR_METHODS:
        return []
    return escaping(func.value) + _str_method_args(func.attr, node)


def _str_method_args(method: str, node: ast.Call) -> list[Hit]:
    """The arguments whose text a str method puts into its result."""
    if method == "replace":
        return escaping(node.args[1]) if len(node.args) > 1 else []
    if method == "join":
        return escaping(node.args[0]) if node.args else []
    if method == "format":
        shown = [*node.args, *(kw.value for kw in node.keywords)]
        return [hit for arg in shown for hit in escaping(arg)]
    return []


_ESCAPES: dict[type[ast.expr], Callable[[ast.expr], list[Hit]]] = {
    ast.Constant: _constant,
    ast.JoinedStr: _fstring,
    ast.BinOp: _binop,
    ast.IfExp: _ifexp,
    ast.BoolOp: _boolop,
    ast.List: _elements,
    ast.Tuple: _elements,
    ast.Set: _elements,
    ast.Starred: _starred,
    ast.Call: _call,
}
