"""Writes a multi-size Windows .ico from the app's PNG icons (PNG-compressed entries, Vista+).

No Pillow needed: an .ico is a small directory followed by the images, and Windows reads PNG
images inside it, so the PNGs rendered by packaging/make_icons.py go in byte for byte.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from pathlib import Path

#: the sizes Explorer, the taskbar and the title bar ask for (256 is the largest .ico holds)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An .ico holding one PNG per size (size -> PNG bytes; every size must be 1..256)."""
    sizes = sorted(pngs)
    if not sizes or sizes[0] < 1 or sizes[-1] > 256:
        raise ValueError(f"an .ico holds sizes 1..256, got {sizes}")
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        data = pngs[size]
        # width/height 0 means 256; 0 colours (true colour), 1 plane, 32 bits per pixel
        dim = 0 if size == 256 else size
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def write_ico(icon_dir: Path, out: Path, sizes: tuple[int, ...] = ICO_SIZES) -> Path:
    """Builds ``out`` from ``icon_dir/smmdesk-<size>.png``; sizes without a PNG are skipped."""
    pngs = {
        size: (icon_dir / f"smmdesk-{size}.png").read_bytes()
        for size in sizes
        if (icon_dir / f"smmdesk-{size}.png").is_file()
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ico_bytes(pngs))
    return out
