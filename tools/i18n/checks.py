"""The verdicts on the translation files: each .qm is what lrelease makes of its .ts today, each
.ts holds exactly the sources' strings, translations keep their markers, (on request) Arabic is
complete; ``check`` adds the tr() scan of the GUI sources."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tools.i18n.files import (
    COMMAND,
    LANGUAGES,
    ROOT,
    Problem,
    gui_sources,
    lrelease,
    lupdate,
    lupdate_sources,
    qm_path,
    read_ts,
    source_location,
    ts_path,
)
from tools.i18n.scan import scan_files

__all__ = [
    "COMPLETE_LANGUAGES",
    "check",
    "check_complete",
    "check_markers",
    "check_qm",
    "check_ts",
]

#: the language whose translation must be complete for ``check --complete``
COMPLETE_LANGUAGES = ("ar",)

_MARKER = re.compile(r"%L?(?:n|\d{1,2})|\{[A-Za-z_]\w*\}")


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
                problems.append(Problem(rel, 0, f"missing: run `{COMMAND} release`"))
            elif qm.read_bytes() != fresh.read_bytes():
                problems.append(
                    Problem(rel, 0, f"out of date with {ts.name}: run `{COMMAND} release`")
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
            problems += _ts_differences(root, ts, copy)
    return problems


def _ts_differences(root: Path, ts: Path, fresh: Path) -> list[Problem]:
    """The strings ``fresh`` (what lupdate makes of the sources) has that ``ts`` lacks, then
    those ``ts`` keeps that the sources no longer have."""
    have = {m.key: m for m in read_ts(ts)}
    want = {m.key: m for m in read_ts(fresh)}
    problems: list[Problem] = []
    for key in sorted(want.keys() - have.keys()):
        path, line = source_location(fresh, want[key].location, root)
        problems.append(
            Problem(
                path,
                line,
                f"[{key[0]}] {key[1]!r} is not in {ts.name}: run `{COMMAND} update`",
            )
        )
    for key in sorted(have.keys() - want.keys()):
        problems.append(
            Problem(
                ts.relative_to(root).as_posix(),
                0,
                f"[{key[0]}] {key[1]!r} is no longer in the sources: run `{COMMAND} update`",
            )
        )
    return problems


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
    """Every message of COMPLETE_LANGUAGES has a finished translation."""
    problems: list[Problem] = []
    for language in COMPLETE_LANGUAGES:
        ts = ts_path(language, root)
        if not ts.is_file():
            continue
        for msg in read_ts(ts):
            if not msg.finished:
                path, line = source_location(ts, msg.location, root)
                problems.append(
                    Problem(path, line, f"[{msg.context}] {msg.source!r} has no {language} text")
                )
    return problems


def check(root: Path = ROOT, *, complete: bool = False) -> list[Problem]:
    """Everything CI checks: .qm, .ts, markers and the tr() scan (and ``complete``)."""
    problems = check_qm(root) + check_ts(root) + check_markers(root)
    problems += scan_files(gui_sources(root), root)
    if complete:
        problems += check_complete(root)
    return problems
