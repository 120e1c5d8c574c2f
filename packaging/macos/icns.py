"""Writes a macOS .icns from the app's PNG icons, on any OS (no iconutil needed).

Since macOS 10.7 every entry type below holds a PNG, so the PNGs rendered by
packaging/make_icons.py go in byte for byte; Finder and the Dock pick the size they need.
"""

from __future__ import annotations

import struct
from pathlib import Path

#: entry type -> pixel size of its PNG (the @2x types hold the doubled size)
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16@2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32@2x
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns with every entry type whose size is in ``pngs`` (size -> PNG bytes)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
        if size in pngs
    )
    if not body:
        raise ValueError("no PNG of a size an .icns holds")
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icns(icon_dir: Path, out: Path) -> Path:
    """Builds ``out`` from ``icon_dir/smmdesk-<size>.png``."""
    pngs = {
        size: (icon_dir / f"smmdesk-{size}.png").read_bytes()
        for _kind, size in ICNS_TYPES
        if (icon_dir / f"smmdesk-{size}.png").is_file()
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(icns_bytes(pngs))
    return out
