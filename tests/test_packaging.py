"""The wheel is a complete app: every package, the compiled translations and the icons go in,
and the installed ``smmdesk`` script runs in Arabic from a fresh environment outside the
checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _declared_packages() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packages: list[str] = config["tool"]["setuptools"]["packages"]
    return packages


def test_every_package_folder_is_declared() -> None:
    """pyproject lists the packages by hand (resources/ is mapped in): a new package folder
    left out of the list would be missing from the wheel."""
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "smmdesk").rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    found.add("smmdesk.resources")
    assert sorted(found) == sorted(_declared_packages())


def _clean_env() -> dict[str, str]:
    """This environment without what would put the checkout on the path."""
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    return {key: value for key, value in os.environ.items() if key not in drop}


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(  # type: ignore[call-overload]
        cmd, capture_output=True, text=True, check=False, env=_clean_env(), **kwargs
    )
    assert done.returncode == 0, f"{cmd[:4]} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.slow
def test_the_wheel_runs_in_arabic_with_its_icons_from_a_fresh_environment(
    tmp_path: Path,
) -> None:
    # built from a copy of the files git keeps (a build leaves build/ and *.egg-info behind)
    source = tmp_path / "source"
    listed = [
        "git",
        "-C",
        str(ROOT),
        "ls-files",
        "-z",
        "--cached",
        "--others",
        "--exclude-standard",
    ]
    tracked = _run(listed).stdout.split("\0")
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    _run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"),
            *("-q", "-w", str(wheels), str(source)),
        ]
    )
    (wheel,) = wheels.glob("smmdesk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "smmdesk/resources/translations/smmdesk_ar.qm" in names
    assert "smmdesk/resources/translations/smmdesk_en.qm" in names
    assert sum(name.startswith("smmdesk/resources/icons/smmdesk-") for name in names) >= 8
    assert not [name for name in names if name.endswith(".ts")], "translation sources ship"
    for package in _declared_packages():
        assert f"{package.replace('.', '/')}/__init__.py" in names, package

    # A fresh environment that sees this one's third-party packages (Qt, requests, keyring)
    # through a path entry, not its editable SMMDesk (a path entry's .pth files are not run).
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / ("python.exe" if sys.platform == "win32" else "python")
    site = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
        ).stdout.strip()
    )
    (site / "third_party.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install", "-q"),
            *("--no-deps", "--no-index", str(wheel)),
        ]
    )
    script = bin_dir / ("smmdesk.exe" if sys.platform == "win32" else "smmdesk")
    assert script.is_file()
    away = tmp_path / "elsewhere"
    away.mkdir()
    env = _clean_env()
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="ar_EG.UTF-8",
        LC_ALL="ar_EG.UTF-8",
        LANGUAGE="ar",
        SMMDESK_DATA_DIR=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [str(script), "--smoke-test"],
        capture_output=True,
        text=True,
        cwd=away,
        env=env,
        timeout=120,
        check=False,
    )
    report = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert done.returncode == 0, done.stdout + done.stderr
    assert Path(report["resources"]).is_relative_to(venv), report["resources"]
    assert report["language"] == "ar"
    assert report["ui_translated"] == "yes"
    assert int(report["icons"]) >= 8
    assert report["result"] == "ok"
