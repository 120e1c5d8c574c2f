"""End-to-end fixtures: a real X server (Xvfb) for tests that need a real xcb window."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def xvfb_display(request: pytest.FixtureRequest) -> Iterator[str]:
    """Starts Xvfb on a free display (it picks one and tells us through -displayfd); its screen
    is 1600x1000 unless a test asks for another size (indirect parametrisation, "WxH")."""
    size = getattr(request, "param", "1600x1000")
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed (bash packaging/bootstrap.sh test installs it)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
