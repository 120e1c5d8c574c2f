"""Light and dark themes: the OS decides by default, the user can force one, widgets repaint,
and status colours stay readable (WCAG AA) on every background they are drawn on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleFactory
from pytestqt.qtbot import QtBot

from smmdesk.gui.widgets import theme

R = QPalette.ColorRole


@pytest.fixture
def manager(qapp: QApplication) -> Iterator[theme.ThemeManager]:
    made = theme.manager()
    yield made
    made.apply("system")


# -- contrast ----------------------------------------------------------------------------------
def test_contrast_ratio_matches_wcag() -> None:
    assert theme.contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert theme.contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is just above AA (4.54:1)
    assert theme.contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, 0.01)


def _backgrounds(palette: QPalette) -> list[tuple[str, QColor]]:
    return [(role.name, palette.color(role)) for role in (R.Base, R.AlternateBase, R.Window)]


def _fusion_light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


@pytest.mark.parametrize("kind", theme.STATUS_KINDS)
def test_status_colours_reach_aa_on_every_light_and_dark_background(
    qapp: QApplication, kind: str
) -> None:
    cases = [
        (False, "light", theme.light_palette()),
        (False, "Fusion light", _fusion_light()),
        (True, "dark", theme.dark_palette()),
    ]
    for dark, name, palette in cases:
        colour = theme.status_colour(kind, dark)
        for role, background in _backgrounds(palette):
            ratio = theme.contrast_ratio(colour, background)
            assert ratio >= 4.5, f"{kind} on {name} {role}: {ratio:.2f}:1"


@pytest.mark.parametrize("dark", [False, True])
def test_unknown_outcome_text_reads_on_its_alert_background(dark: bool) -> None:
    ratio = theme.contrast_ratio(theme.status_colour("unknown", dark), theme.alert_background(dark))
    assert ratio >= 4.5


def test_palettes_text_and_selection_are_readable() -> None:
    for palette in (theme.light_palette(), theme.dark_palette()):
        for fg, bg in ((R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button)):
            assert theme.contrast_ratio(palette.color(fg), palette.color(bg)) >= 7
        selected = theme.contrast_ratio(
            palette.color(R.HighlightedText), palette.color(R.Highlight)
        )
        assert selected >= 4.5
        assert theme.contrast_ratio(palette.color(R.PlaceholderText), palette.color(R.Base)) >= 4.5


def test_statuses_differ_by_symbol_not_only_by_colour() -> None:
    symbols = [theme.status_symbol(kind) for kind in theme.STATUS_KINDS]
    assert len(set(symbols)) == len(symbols)
    colours = {theme.status_colour(kind, False).name() for kind in theme.STATUS_KINDS}
    assert len(colours) == len(theme.STATUS_KINDS)


def test_orders_model_tones_map_to_status_colours() -> None:
    assert theme.status_colour("ok", True) == theme.status_colour("completed", True)
    assert theme.status_colour("warn", False) == theme.status_colour("unknown", False)
    assert theme.status_symbol("bad") == theme.status_symbol("error")
    with pytest.raises(ValueError, match="unknown status kind"):
        theme.status_colour("purple")


# -- applying a theme --------------------------------------------------------------------------
def test_following_the_os_offscreen_is_light_and_native(
    qapp: QApplication, manager: theme.ThemeManager
) -> None:
    assert qapp.styleHints().colorScheme() == Qt.ColorScheme.Unknown
    assert manager.apply("system") is False
    assert qapp.style().name().lower() == manager.native_style.lower()
    assert not theme.is_dark()


def test_forced_dark_repaints_existing_widgets_and_signals(
    qapp: QApplication, qtbot: QtBot, manager: theme.ThemeManager
) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    with qtbot.waitSignal(manager.sig_theme_changed) as blocker:
        manager.apply("dark")
    assert blocker.args == [True]
    assert qapp.style().name().lower() == "fusion"
    assert theme.is_dark()
    # an existing widget follows (Qt delivers the palette change through the event loop)
    qtbot.waitUntil(lambda: edit.palette().color(R.Base) == QColor("#1e1e1e"), timeout=2000)
    assert theme.status_colour("completed") == theme.status_colour("completed", dark=True)

    with qtbot.waitSignal(manager.sig_theme_changed) as blocker:
        manager.apply("system")
    assert blocker.args == [False]
    qtbot.waitUntil(lambda: edit.palette().color(R.Base).lightness() > 200, timeout=2000)


def test_forced_light_uses_our_light_palette(
    qapp: QApplication, manager: theme.ThemeManager
) -> None:
    manager.apply("dark")
    assert manager.apply("light") is False
    assert qapp.palette().color(R.AlternateBase) == QColor("#f5f5f7")
    assert manager.choice == "light"


def test_an_unknown_choice_means_following_the_os(manager: theme.ThemeManager) -> None:
    manager.apply("dark")
    manager.apply("solarized")
    assert manager.choice == "system"
    assert not manager.dark


def test_os_scheme_change_reapplies_only_when_following_the_os(
    manager: theme.ThemeManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager.apply("light")
    monkeypatch.setattr(theme, "os_prefers_dark", lambda: True)
    manager.on_color_scheme_changed(Qt.ColorScheme.Dark)
    assert not manager.dark  # the user chose light: the OS does not override it

    manager.apply("system")  # the OS is now dark (patched): Fusion + our dark palette here
    assert manager.dark
    monkeypatch.setattr(theme, "os_prefers_dark", lambda: False)
    manager.on_color_scheme_changed(Qt.ColorScheme.Light)
    assert not manager.dark


def test_one_manager_per_application(manager: theme.ThemeManager) -> None:
    assert theme.manager() is manager
