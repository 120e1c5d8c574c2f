"""Builds SMMDesk from a fresh clone with PyInstaller and packs the archive users download.

    python packaging/build.py                one-dir bundle (dist/SMMDesk or SMMDesk.app) + archive
    python packaging/build.py --onefile      one self-unpacking executable instead
    python packaging/build.py --launch-times 5   also time 5 launches, frozen vs from source

Installs PyInstaller (and the app's own dependencies) into the running interpreter when missing,
so run it with the Python of the environment you want to freeze (e.g. ``.venv/bin/python``).
Archives: ``dist/SMMDesk-<version>-linux-x86_64.tar.gz``, ``...-windows-x86_64.zip``,
``...-macos-arm64.zip``.
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata
import importlib.util
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "smmdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10"
PYINSTALLER_MINIMUM = (6, 10)
# what the frozen app imports; missing ones mean the project itself is not installed here
APP_IMPORTS = ("PySide6", "requests", "keyring", "platformdirs", "certifi")
LINUX_EXTRAS = ("io.smmdesk.SMMDesk.desktop", "install.sh")


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def project_meta() -> dict[str, str]:
    """APP_NAME, APP_ID and __version__ read from smmdesk/__init__.py without importing it."""
    tree = ast.parse((ROOT / "smmdesk" / "__init__.py").read_text(encoding="utf-8"))
    meta: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    meta[target.id] = node.value.value
    missing = {"APP_NAME", "APP_ID", "__version__"} - meta.keys()
    if missing:
        raise SystemExit(f"smmdesk/__init__.py does not define {sorted(missing)}")
    return meta


def platform_tag() -> tuple[str, str]:
    """(os, arch) as they appear in archive names: linux/windows/macos, x86_64/arm64/aarch64."""
    machine = platform.machine().lower()
    arch = {"amd64": "x86_64", "x64": "x86_64", "arm64": "arm64", "aarch64": "aarch64"}.get(
        machine, machine
    )
    if sys.platform == "win32":
        return "windows", arch
    if sys.platform == "darwin":
        return "macos", "arm64" if arch == "aarch64" else arch
    return "linux", arch


def pip_install(*requirements: str) -> None:
    if sys.prefix == sys.base_prefix and not os.environ.get("CI"):
        log(f"note: {sys.executable} is not a virtual environment; installing there anyway")
    log(f"installing {' '.join(requirements)}")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *requirements], check=True)


def ensure_python_packages() -> None:
    missing = [name for name in APP_IMPORTS if importlib.util.find_spec(name) is None]
    if missing:
        log(f"the app's dependencies are missing ({', '.join(missing)}): installing the project")
        pip_install("-e", str(ROOT))
    try:
        installed = importlib.metadata.version("pyinstaller")
    except importlib.metadata.PackageNotFoundError:
        installed = "0"
    parts = tuple(int(p) for p in installed.split(".")[:2] if p.isdigit())
    if parts < PYINSTALLER_MINIMUM:
        pip_install(PYINSTALLER_REQUIREMENT)


def ensure_linux_tools() -> None:
    """PyInstaller needs binutils; the xcb plugin's libraries must be present to be bundled."""
    missing_tools = [tool for tool in ("objdump", "strip", "ldd") if shutil.which(tool) is None]
    if missing_tools:
        raise SystemExit(
            f"missing {', '.join(missing_tools)}: sudo apt-get install binutils libc-bin"
        )
    import PySide6

    xcb = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if xcb.is_file():
        out = subprocess.run(["ldd", str(xcb)], capture_output=True, text=True).stdout
        absent = sorted({line.split()[0] for line in out.splitlines() if "not found" in line})
        if absent:
            raise SystemExit(
                "Qt's xcb plugin cannot find "
                + ", ".join(absent)
                + ": install them before building or the bundle opens no window "
                "(bash packaging/ci_frozen.sh lists the Debian packages)"
            )


def dist_dir(onefile: bool) -> Path:
    """Where PyInstaller puts the bundle: one-file in its own folder, so both builds can coexist
    (the one-file executable has the one-dir folder's name)."""
    return DIST / "onefile" if onefile else DIST


def bundle_path(name: str, onefile: bool) -> Path:
    dist = dist_dir(onefile)
    if sys.platform == "darwin":
        return dist / f"{name}.app"
    exe = f"{name}.exe" if sys.platform == "win32" else name
    return dist / exe if onefile else dist / name


#: what the one-dir Linux bundle may weigh (QtCharts included)
LINUX_BUNDLE_LIMIT = 150_000_000


def tree_size(path: Path) -> int:
    """Bytes on disk as shipped: regular files only (a symlink costs nothing in the archive)."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for root, _dirs, files in os.walk(path):
        for file in files:
            candidate = Path(root) / file
            if not candidate.is_symlink():
                total += candidate.stat().st_size
    return total


def human(size: int) -> str:
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


def run_pyinstaller(onefile: bool, clean: bool) -> float:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist_dir(onefile)),
        "--workpath",
        str(WORK),
    ]
    if clean:
        cmd.append("--clean")
    cmd += [str(SPEC), "--"]
    if onefile:
        cmd.append("--onefile")
    log("running " + " ".join(cmd[1:]))
    started = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    return time.perf_counter() - started


def linux_extras() -> list[tuple[Path, str]]:
    """The .desktop file, the icon and the per-user installer that travel next to the executable."""
    extras = [(PACKAGING / "linux" / name, name) for name in LINUX_EXTRAS]
    extras.append((ROOT / "resources" / "icons" / "smmdesk-256.png", "io.smmdesk.SMMDesk.png"))
    return extras


def make_archive(bundle: Path, meta: dict[str, str], onefile: bool) -> Path:
    os_name, arch = platform_tag()
    stem = f"{meta['APP_NAME']}-{meta['__version__']}-{os_name}-{arch}"
    if onefile:
        stem += "-onefile"
    top = f"{meta['APP_NAME']}-{meta['__version__']}"
    if os_name == "linux":
        archive = DIST / f"{stem}.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            if onefile:
                tar.add(bundle, arcname=f"{top}/{bundle.name}")
                for src, name in linux_extras():
                    tar.add(src, arcname=f"{top}/{name}")
            else:
                tar.add(bundle, arcname=top)
        return archive
    archive = DIST / f"{stem}.zip"
    archive.unlink(missing_ok=True)
    if os_name == "macos" and shutil.which("ditto"):
        # ditto keeps the framework symlinks and extended attributes the code signature needs
        subprocess.run(
            ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(bundle), str(archive)],
            check=True,
        )
        return archive
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        if bundle.is_file():
            zf.write(bundle, f"{top}/{bundle.name}")
        else:
            prefix = bundle.name if os_name == "macos" else top
            for path in sorted(bundle.rglob("*")):
                if path.is_file():
                    zf.write(path, f"{prefix}/{path.relative_to(bundle).as_posix()}")
    return archive


def frozen_executable(bundle: Path, name: str) -> Path:
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / name
    if bundle.is_file():
        return bundle
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def time_launch(cmd: list[str]) -> tuple[float, float, float]:
    """One launch, in ms: (start until the app prints ready_ms, i.e. its window is shown, on the
    parent's clock; start until the process exits; ready_ms as the app reports it, counted from
    the start of its main())."""
    with tempfile.TemporaryDirectory(prefix="smmdesk-launch-") as data:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [*cmd, "--quit-when-ready", "--data-dir", data],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
        )
        assert proc.stdout is not None
        ready = None
        for line in proc.stdout:
            if line.startswith("ready_ms="):
                ready = (time.perf_counter() - started) * 1000, float(line.split("=", 1)[1])
        code = proc.wait(timeout=120)
        ended = (time.perf_counter() - started) * 1000
    if code != 0 or ready is None:
        raise SystemExit(f"launch of {cmd[0]} failed (exit {code}, ready line {ready})")
    return ready[0], ended, ready[1]


def report_launch_times(executable: Path, runs: int) -> None:
    """Frozen and source launches alternate, so a busy machine slows both alike."""
    commands = {"frozen": [str(executable)], "from source": [sys.executable, str(ROOT / "main.py")]}
    samples: dict[str, list[tuple[float, float, float]]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, cmd in commands.items():
            samples[label].append(time_launch(cmd))
    platform_name = os.environ.get("QT_QPA_PLATFORM", "(default)")
    log(f"launch to shown window, median of {runs}, QT_QPA_PLATFORM={platform_name}:")
    for label, runs_ms in samples.items():
        window, whole, reported = (
            statistics.median(column) for column in zip(*runs_ms, strict=True)
        )
        log(
            f"  {label + ':':13} {window:5.0f} ms to window (parent's clock; "
            f"app-reported ready_ms {reported:.0f}; process exit at {whole:.0f} ms)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--onefile", action="store_true", help="one executable instead of a folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz / .zip")
    parser.add_argument("--skip-build", action="store_true", help="reuse the bundle in dist/")
    parser.add_argument(
        "--launch-times",
        type=int,
        metavar="N",
        default=0,
        help="time N launches of the frozen app and of the app from source (median)",
    )
    parser.add_argument("--print-version", action="store_true", help="print the version and exit")
    args = parser.parse_args(argv)

    meta = project_meta()
    if args.print_version:
        print(meta["__version__"])
        return 0
    name = meta["APP_NAME"]
    bundle = bundle_path(name, args.onefile)
    target = "-".join(platform_tag())
    log(f"{name} {meta['__version__']} for {target}, Python {platform.python_version()}")

    if not args.skip_build:
        ensure_python_packages()
        if sys.platform.startswith("linux"):
            ensure_linux_tools()
        elapsed = run_pyinstaller(args.onefile, args.clean)
        log(f"build time: {elapsed:.1f} s")
        if sys.platform.startswith("linux") and not args.onefile:
            for src, extra in linux_extras():
                shutil.copy2(src, bundle / extra)
    if not bundle.exists():
        raise SystemExit(f"no bundle at {bundle}")
    size = tree_size(bundle)
    log(f"bundle: {bundle.relative_to(ROOT)}  {human(size)}")
    if sys.platform.startswith("linux") and not args.onefile and size > LINUX_BUNDLE_LIMIT:
        raise SystemExit(
            f"the Linux bundle is {human(size)}, over its limit of {human(LINUX_BUNDLE_LIMIT)}"
        )
    if not args.no_archive:
        archive = make_archive(bundle, meta, args.onefile)
        log(f"archive: {archive.relative_to(ROOT)}  {human(archive.stat().st_size)}")
    if args.launch_times:
        report_launch_times(frozen_executable(bundle, name), args.launch_times)
    return 0


if __name__ == "__main__":
    sys.exit(main())
