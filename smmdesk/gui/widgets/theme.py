"""Light and dark themes (following the OS by default) and the semantic colours and symbols for
order statuses, chosen to stay readable (WCAG AA, 4.5:1) on both."""

from __future__ import annotations

import logging
import sys
import weakref
from typing import Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyleFactory,
    QWidget,
)

__all__ = [
    "STATUS_KINDS",
    "STATUS_SYMBOLS",
    "THEME_CHOICES",
    "TONE_KINDS",
    "ThemeManager",
    "alert_background",
    "contrast_ratio",
    "dark_palette",
    "is_dark",
    "light_palette",
    "manager",
    "muted_colour",
    "os_prefers_dark",
    "status_colour",
    "status_symbol",
    "style_sheet",
]

log = logging.getLogger(__name__)

THEME_CHOICES = ("system", "light", "dark")

# order-status kinds with a colour and a symbol of their own
STATUS_KINDS: Final = (
    "completed",
    "partial",
    "canceled",
    "error",
    "unknown",
    "pending",
    "in_progress",
)
# the orders model's tone names -> the status kind whose colour they use
TONE_KINDS: Final = {
    "ok": "completed",
    "active": "in_progress",
    "wait": "pending",
    "warn": "unknown",
    "bad": "error",
    "muted": "canceled",
    "partial": "partial",
}
# (light theme, dark theme). Each passes 4.5:1 against Base, AlternateBase and Window of the
# light/dark palettes below and of Fusion's standard light palette (tests/gui/test_theme.py).
_STATUS_COLOURS: Final = {
    "completed": ("#176b31", "#7fd99a"),
    "partial": ("#7a3e9d", "#d7aefb"),
    "canceled": ("#5f5f5f", "#a8a8a8"),
    "error": ("#b3261e", "#f2b8b5"),
    "unknown": ("#a84300", "#ffb066"),
    "pending": ("#805a00", "#e8c063"),
    "in_progress": ("#1a5fb4", "#8cb8ff"),
}
# Symbols that carry the status without colour: one shape per kind, none pointing left or
# right (a "▶" would point backwards in Arabic), all in DejaVu Sans / Segoe UI Symbol. Text
# goes beside them.
STATUS_SYMBOLS: Final = {
    "completed": "✔",
    "partial": "◑",
    "canceled": "⊘",
    "error": "✖",
    "unknown": "⚠",
    "pending": "◷",
    "in_progress": "↻",
}
_ALERT_BACKGROUND: Final = ("#fff1db", "#4a3512")  # behind an "outcome unknown" cell


def _kind(kind: str) -> str:
    kind = TONE_KINDS.get(kind, kind)
    if kind not in _STATUS_COLOURS:
        raise ValueError(f"unknown status kind {kind!r}")
    return kind


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the (application's) palette is a dark one: its Base is darker than mid-grey."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def status_colour(kind: str, dark: bool | None = None) -> QColor:
    """Text colour for a status kind (or an orders-model tone), for the current theme unless
    ``dark`` says which."""
    shade = 1 if (is_dark() if dark is None else dark) else 0
    return QColor(_STATUS_COLOURS[_kind(kind)][shade])


def status_symbol(kind: str) -> str:
    return STATUS_SYMBOLS[_kind(kind)]


def alert_background(dark: bool | None = None) -> QColor:
    """Background that marks a cell needing attention; "unknown" text stays readable on it."""
    return QColor(_ALERT_BACKGROUND[1 if (is_dark() if dark is None else dark) else 0])


def outcome_frame_sheet(object_name: str, border: QColor, fill: QColor | None = None) -> str:
    """The style sheet of an outcome frame (the order result, the orders banner): a rounded
    border in ``border``, filled with ``fill`` or else a wash of the border colour (the text
    stays readable on it)."""
    if fill is None:
        fill = QColor(border)
        fill.setAlpha(36)
    return (
        f"QFrame#{object_name} {{ border: 1px solid {border.name()}; border-radius: 4px; "
        f"background-color: rgba({fill.red()},{fill.green()},{fill.blue()},{fill.alpha()}); }}"
    )


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two opaque colours (1.0 to 21.0)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- palettes ----------------------------------------------------------------------------------
_R = QPalette.ColorRole
_G = QPalette.ColorGroup

_DARK: Final = {
    _R.Window: "#2b2b2b",
    _R.WindowText: "#e6e6e6",
    _R.Base: "#1e1e1e",
    _R.AlternateBase: "#262626",
    _R.ToolTipBase: "#3a3a3a",
    _R.ToolTipText: "#f0f0f0",
    _R.PlaceholderText: "#8c8c8c",
    _R.Text: "#e6e6e6",
    _R.Button: "#353535",
    _R.ButtonText: "#e6e6e6",
    _R.BrightText: "#ff6b6b",
    _R.Light: "#4a4a4a",
    _R.Midlight: "#3c3c3c",
    _R.Mid: "#2f2f2f",
    _R.Dark: "#191919",
    _R.Shadow: "#0d0d0d",
    _R.Highlight: "#2f65ca",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#8ab4f8",
    _R.LinkVisited: "#c58af9",
}
_DARK_DISABLED: Final = {
    _R.WindowText: "#7a7a7a",
    _R.Text: "#7a7a7a",
    _R.ButtonText: "#7a7a7a",
    _R.HighlightedText: "#bdbdbd",
    _R.Highlight: "#3a3a3a",
    _R.Base: "#252525",
    _R.Button: "#2e2e2e",
}
_LIGHT: Final = {
    _R.Window: "#efefef",
    _R.WindowText: "#1a1a1a",
    _R.Base: "#ffffff",
    _R.AlternateBase: "#f5f5f7",
    _R.ToolTipBase: "#ffffdc",
    _R.ToolTipText: "#1a1a1a",
    _R.PlaceholderText: "#6b6b6b",
    _R.Text: "#1a1a1a",
    _R.Button: "#f0f0f0",
    _R.ButtonText: "#1a1a1a",
    _R.BrightText: "#ffffff",
    _R.Light: "#ffffff",
    _R.Midlight: "#e3e3e3",
    _R.Mid: "#b8b8b8",
    _R.Dark: "#9f9f9f",
    _R.Shadow: "#767676",
    _R.Highlight: "#2f65ca",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#1a5fb4",
    _R.LinkVisited: "#7a3e9d",
}
_LIGHT_DISABLED: Final = {
    _R.WindowText: "#8c8c8c",
    _R.Text: "#8c8c8c",
    _R.ButtonText: "#8c8c8c",
    _R.HighlightedText: "#ffffff",
    _R.Highlight: "#a0a0a0",
    _R.Base: "#f4f4f4",
}


def _palette(
    colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    if hasattr(_R, "Accent"):  # Qt 6.6+: checkboxes, sliders and focus frames use it
        palette.setColor(_R.Accent, QColor(colours[_R.Highlight]))
    for role, value in disabled.items():
        palette.setColor(_G.Disabled, role, QColor(value))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK, _DARK_DISABLED)


def light_palette() -> QPalette:
    return _palette(_LIGHT, _LIGHT_DISABLED)


def os_prefers_dark() -> bool:
    """The OS colour scheme (Qt 6.5+); Unknown (e.g. offscreen, older desktops) is light."""
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


# -- the manager -------------------------------------------------------------------------------
class ThemeManager(QObject):
    """Applies the "ui/theme" choice to the application and re-applies it when the OS scheme
    changes while following the OS."""

    sig_theme_changed = Signal(bool)
    """dark: the theme was (re)applied; colours from :func:`status_colour` may have changed."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._native_style = app.style().name()
        self._choice = "system"
        self._dark = is_dark(app.palette())
        self._applying = False
        # windows styled by the theme's style sheet (it cascades to their children and
        # dialogs); not the application's: that would hide the style's name behind Qt's
        # style-sheet style
        self._windows: weakref.WeakSet[QWidget] = weakref.WeakSet()
        self._sheet = style_sheet(app.palette())
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.on_color_scheme_changed)

    def style_window(self, window: QWidget) -> None:
        """Give ``window`` (and its children and dialogs) the theme's style sheet: muted text
        by colour and visible focus; it follows later theme changes."""
        self._windows.add(window)
        window.setStyleSheet(self._sheet)

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def dark(self) -> bool:
        return self._dark

    @property
    def native_style(self) -> str:
        return self._native_style

    def apply(self, choice: str) -> bool:
        """Use "system", "light" or "dark" (anything else means "system"); returns whether
        the result is dark. Emits :attr:`sig_theme_changed`."""
        self._choice = choice if choice in THEME_CHOICES else "system"
        self._applying = True
        try:
            self._set_scheme_hint()  # first: "system" must read the OS, not our last override
            dark = self._choice == "dark" or (self._choice == "system" and os_prefers_dark())
            if self._choice == "system" and self._native_handles(dark):
                self._set_style(self._native_style)
                self._app.setPalette(QPalette())  # the style's/platform's own palette
            else:
                self._set_style("Fusion")
                self._app.setPalette(dark_palette() if dark else light_palette())
        finally:
            self._applying = False
        self._dark = is_dark(self._app.palette())
        self._sheet = style_sheet(self._app.palette())
        for window in list(self._windows):
            try:
                window.setStyleSheet(self._sheet)
            except RuntimeError:  # its C++ side is gone already
                self._windows.discard(window)
        log.info("theme %s (%s)", self._choice, "dark" if self._dark else "light")
        self.sig_theme_changed.emit(self._dark)
        return self._dark

    def _native_handles(self, dark: bool) -> bool:
        """Whether the native style draws this scheme itself: always in light; in dark on
        macOS and with Windows 11's style. Elsewhere dark needs Fusion and our palette."""
        if not dark:
            return True
        native = self._native_style.lower()
        return sys.platform == "darwin" or native == "windows11"

    def _set_scheme_hint(self) -> None:
        # Qt 6.8+: forced schemes reach the native title bar and Windows 11 style too
        hints = QGuiApplication.styleHints()
        if not hasattr(hints, "setColorScheme"):
            return
        if self._choice == "dark":
            hints.setColorScheme(Qt.ColorScheme.Dark)
        elif self._choice == "light":
            hints.setColorScheme(Qt.ColorScheme.Light)
        else:
            hints.unsetColorScheme()

    def _set_style(self, name: str) -> None:
        if self._app.style().name().lower() == name.lower():
            return
        # QStyleFactory's keys are capitalised ("Fusion"), QStyle.name() is not ("fusion")
        styles = QStyleFactory.keys()  # a static list, not a dict
        match = next((k for k in styles if k.lower() == name.lower()), None)
        if match is not None:
            self._app.setStyle(match)

    def on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == "system" and not self._applying:
            self.apply("system")


def manager() -> ThemeManager:
    """The application's one ThemeManager (created on first use, owned by the QApplication)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the theme needs a QApplication")
    found = app.findChild(ThemeManager, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, ThemeManager):
        return found
    return ThemeManager(app)


# Text tones: theme status kinds (readable on light and dark backgrounds)
_TONE_KINDS = {"error": "error", "success": "completed", "muted": "canceled"}
#: the dynamic property that makes a label's text muted (the application style sheet colours it)
MUTED_PROPERTY: Final = "muted"
#: the least contrast muted text keeps with the backgrounds it sits on (WCAG AA for text)
MUTED_CONTRAST: Final = 4.6


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share_of_b,
        a.greenF() * keep + b.greenF() * share_of_b,
        a.blueF() * keep + b.blueF() * share_of_b,
    )


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Secondary text: the palette's text colour faded toward its background as far as it can
    go while keeping 4.5:1 against Window, Base and AlternateBase (any palette: ours, Fusion's,
    the platform's). Muted text is coloured, never a disabled widget (whose grey is ~2:1)."""
    if palette is None:
        palette = QGuiApplication.palette()
    text = palette.color(_R.WindowText)
    window = palette.color(_R.Window)
    backgrounds = [palette.color(role) for role in (_R.Window, _R.Base, _R.AlternateBase)]
    share = 0.6
    while share > 0:
        colour = _mix(text, window, share)
        if all(contrast_ratio(colour, bg) >= MUTED_CONTRAST for bg in backgrounds):
            return QColor(colour.name())
        share -= 0.02
    return QColor(text.name())


def focus_colour(palette: QPalette | None = None) -> QColor:
    """The focus ring: a blue with at least 3:1 against the window (non-text contrast)."""
    if palette is None:
        palette = QGuiApplication.palette()
    return status_colour("in_progress", is_dark(palette))


def style_sheet(palette: QPalette) -> str:
    """The application style sheet: muted labels by colour, and visible keyboard focus on text
    boxes, the description and the current row of lists, tables and trees."""
    muted = muted_colour(palette).name()
    ring = focus_colour(palette).name()
    current = palette.color(_R.HighlightedText).name()
    return (
        f'QLabel[{MUTED_PROPERTY}="true"] {{ color: {muted}; }}\n'
        "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus "
        f"{{ border: 2px solid {ring}; border-radius: 3px; }}\n"
        f"QAbstractItemView::item:focus {{ border: 1px solid {ring}; }}\n"
        f"QAbstractItemView::item:focus:selected {{ border: 1px dashed {current}; }}\n"
        # the orders table rings its whole current row itself (widgets/views.py)
        "RowFocusTableView::item:focus { border: none; }\n"
    )


def tone(widget: QWidget, kind: str, *, bold: bool = False) -> None:
    """Colour ``widget``'s text as "error", "success" or "muted", for the current theme
    ("muted" follows later theme changes by itself: the application style sheet colours it)."""
    weight = " font-weight: 600;" if bold else ""
    muted = kind == "muted"
    if bool(widget.property(MUTED_PROPERTY)) != muted:
        widget.setProperty(MUTED_PROPERTY, muted)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    if muted:
        widget.setStyleSheet(f"QLabel {{{weight} }}" if bold else "")
        return
    colour = status_colour(_TONE_KINDS[kind], is_dark(widget.palette()))
    widget.setStyleSheet(f"color: {colour.name()};{weight}")
