"""Translations: extract (.ts), compile (.qm) and check that no user-visible string escapes tr().

Run from the repository root:

    python -m tools.i18n update     lupdate the GUI sources (and the core modules that mark
                                    texts with QT_TRANSLATE_NOOP) into
                                    resources/translations/*.ts
    python -m tools.i18n release    lrelease the .ts files into the .qm files the app loads
    python -m tools.i18n check      fail (exit 1, one file:line each) when a .qm is stale, a
                                    .ts lacks or keeps strings the sources (no longer) have,
                                    a translation drops a %1/%n/{name} marker, or a string
                                    escapes tr(); ``--complete`` also fails on untranslated
                                    Arabic
    python -m tools.i18n scan [F..] only the tr() scan (default: every GUI source)
    python -m tools.i18n untranslated
                                    the Arabic messages without a text, as JSON (the format
                                    ``apply`` reads)
    python -m tools.i18n apply F.json [F.json..]
                                    fill Arabic texts from JSON files: a list of
                                    {"context", "source", "translation"} where a plural's
                                    translation is the list of its numerus forms

A line can opt out of the scan with ``# i18n: ignore <reason>`` (the reason is required).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tools.i18n.checks import check
from tools.i18n.files import (
    COMMAND,
    ROOT,
    Problem,
    ToolMissing,
    apply_translations,
    gui_sources,
    release,
    untranslated,
    update,
)
from tools.i18n.scan import scan_files

__all__ = ["main"]


def _report(problems: list[Problem], what: str) -> int:
    for problem in problems:
        print(problem)
    if problems:
        files = len({p.path for p in problems})
        print(f"{what}: {len(problems)} problem(s) in {files} file(s)", file=sys.stderr)
        return 1
    print(f"{what}: OK")
    return 0


def _check(args: argparse.Namespace) -> int:
    return _report(check(complete=args.complete), "translations check")


def _scan(args: argparse.Namespace) -> int:
    files = [f.resolve() for f in args.files] or gui_sources()
    return _report(scan_files(files), "tr() scan")


def _untranslated(args: argparse.Namespace) -> int:
    print(json.dumps(untranslated(), ensure_ascii=False, indent=1))
    return 0


def _apply(args: argparse.Namespace) -> int:
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


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "update": lambda _args: update(),
    "release": lambda _args: release(),
    "check": _check,
    "scan": _scan,
    "untranslated": _untranslated,
    "apply": _apply,
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.splitlines()[0])
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "apply":
        args.files = [f.resolve() for f in args.files]  # named from where the user stands
    os.chdir(ROOT)
    try:
        return _COMMANDS[args.command](args)
    except ToolMissing as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
