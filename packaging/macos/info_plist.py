"""Info.plist values of SMMDesk.app beyond PyInstaller's defaults (merged by the spec's BUNDLE)."""

from __future__ import annotations


def info_plist(*, name: str, version: str, copyright_line: str) -> dict[str, object]:
    return {
        "CFBundleName": name,
        "CFBundleDisplayName": name,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHumanReadableCopyright": copyright_line,
        "LSApplicationCategoryType": "public.app-category.business",
        # Retina rendering, and follow the system's dark mode instead of forcing the light look
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        # Qt's Cocoa integration expects a regular foreground application
        "NSPrincipalClass": "NSApplication",
    }
