"""The translation files and what makes them: which sources hold texts, the Qt Linguist tools
(lupdate, lrelease), reading a .ts file, and filling its translations from JSON."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "COMMAND",
    "LANGUAGES",
    "MARKED_DIRS",
    "ROOT",
    "SOURCE_DIRS",
    "TS_DIR",
    "Message",
    "Problem",
    "ToolMissing",
    "apply_translations",
    "gui_sources",
    "lrelease",
    "lupdate",
    "lupdate_sources",
    "marked_sources",
    "qm_path",
    "read_ts",
    "release",
    "source_location",
    "tool",
    "ts_path",
    "untranslated",
    "update",
]

ROOT = Path(__file__).resolve().parents[2]
#: how the problems tell the reader to run a command of this tool
COMMAND = "python -m tools.i18n"
#: folders whose .py files hold user-visible strings (everything under them, found by glob)
SOURCE_DIRS = ("smmdesk/gui",)
#: folders of modules without Qt (the core) that mark English texts with
#: QT_TRANSLATE_NOOP("Context", "text") for the GUI to translate where it shows them: lupdate
#: reads the modules that use the marker; the tr() scan does not (they show nothing themselves)
MARKED_DIRS = ("smmdesk/core",)
TS_DIR = Path("resources/translations")
LANGUAGES = ("ar", "en")

# a use of the marker with a literal context (its definition does not count)
_NOOP_USE = re.compile(r"\bQT_TRANSLATE_NOOP\(\s*[\"']")


@dataclass(frozen=True, order=True)
class Problem:
    """One finding, printed as ``path:line: message`` (line 0: the file as a whole)."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


# -- sources -----------------------------------------------------------------------------------
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


# -- the Qt Linguist tools ---------------------------------------------------------------------
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


def update(root: Path = ROOT) -> int:
    """lupdate the sources into every language's .ts file; prints what lupdate found."""
    sources = lupdate_sources(root)
    for language in LANGUAGES:
        output = lupdate(root, sources, ts_path(language, root), language)
        summary = " ".join(line.strip() for line in output.splitlines() if "Found" in line)
        print(f"{ts_path(language, root).relative_to(root)}: {summary}")
    return 0


def release(root: Path = ROOT) -> int:
    """lrelease every language's .ts file into its .qm; prints what lrelease generated."""
    for language in LANGUAGES:
        ts, qm = ts_path(language, root), qm_path(language, root)
        output = lrelease(ts, qm)
        summary = " ".join(line.strip() for line in output.splitlines() if "Generated" in line)
        print(f"{qm.relative_to(root)}: {summary}")
    return 0


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


def source_location(ts_file: Path, location: tuple[str, int], root: Path) -> tuple[str, int]:
    """Where a message of ``ts_file`` comes from, as (path relative to ``root``, line)."""
    filename, line = location
    if not filename:
        return (str(ts_file.relative_to(root)) if ts_file.is_relative_to(root) else str(ts_file), 0)
    resolved = (ts_file.parent / filename).resolve()
    try:
        return (resolved.relative_to(root.resolve()).as_posix(), line)
    except ValueError:
        return (filename, line)


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
            _fill(msg, wanted[key])
            used.add(key)
            filled += 1
    missing = [f"[{c}] {s!r}" for (c, s) in wanted if (c, s) not in used]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def _fill(msg: ET.Element, text: object) -> None:
    """Make ``text`` (a plural's: the list of its numerus forms) the finished translation."""
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
    elif isinstance(text, str):
        translation.text = text
    else:
        # a list of plural forms for a message lupdate did not file as a plural (a
        # ``translate(ctx, src, "", n)`` call): its general (last) form, never the list's text
        forms = list(text)  # type: ignore[call-overload]
        translation.text = str(forms[min(len(forms) - 1, 5)] if forms else "")
