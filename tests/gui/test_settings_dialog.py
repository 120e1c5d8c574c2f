"""The Settings dialog as a user meets it: it shows what is stored, saves what they change (and
says which keys changed), previews the theme live, offers a restart for a new language, checks
the low-balance amount, and reads well right-to-left in Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from smmdesk.gui.money.prefs import CURRENCY_KEY, LEGACY_THRESHOLD_KEY, rule_key
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.poller import INTERVAL_KEY
from smmdesk.gui.settings_dialog import SettingsDialog
from smmdesk.gui.tray import KINDS, mute_key
from smmdesk.gui.widgets import dialogs, theme
from smmdesk.gui.wording import i18n, numbers

SHOTS = Path("/tmp")


@pytest.fixture
def ui(qapp: QApplication) -> Iterator[QApplication]:
    """English, left-to-right, following the OS theme before and after each test."""
    i18n.install_translators(qapp, "en", system=QLocale("C"))
    yield qapp
    theme.manager().apply("system")
    i18n.remove_translators(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.system())
    numbers.set_preferences("en", "locale")


@pytest.fixture
def confirms(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """dialogs.confirm answers "yes" and records what it was asked."""
    asked: list[dict[str, Any]] = []

    def confirm(
        parent: QWidget | None,
        title: str,
        text: str,
        details: str = "",
        ok_text: str = "",
        **_kw: str,
    ) -> bool:
        asked.append({"title": title, "text": text, "ok_text": ok_text})
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return asked


@pytest.fixture
def restarts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    done: list[bool] = []

    def restart_app() -> bool:
        done.append(True)
        return True

    monkeypatch.setattr(i18n, "restart_app", restart_app)
    return done


def _label_of(dialog: QWidget, field: QWidget) -> QLabel:
    return next(label for label in dialog.findChildren(QLabel) if label.buddy() is field)


def _left(widget: QWidget, dialog: QWidget) -> int:
    return widget.mapTo(dialog, widget.rect().topLeft()).x()


def make(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_defaults_when_nothing_is_stored(
    ui: QApplication, qtbot: QtBot, gui_ctx: AppContext
) -> None:
    dialog = make(qtbot, gui_ctx)
    assert dialog.language_combo.currentData() == "system"
    assert dialog.language_combo.currentText() == "System default (English)"
    assert dialog.digits_combo.currentData() == "locale"
    assert dialog.theme_combo.currentData() == "system"
    assert dialog.interval_spin.value() == 30
    assert dialog.interval_spin.minimum() == 5
    assert dialog.money.currency_edit.text() == "USD"
    assert all(box.isChecked() for box in dialog.notify_boxes.values())
    assert not dialog.restart_note.isVisible()
    assert dialog.ok_button.isEnabled()


def test_shows_what_is_stored(ui: QApplication, qtbot: QtBot, gui_ctx: AppContext) -> None:
    s = gui_ctx.settings
    s.setValue(i18n.LANGUAGE_KEY, "en")
    s.setValue(i18n.DIGITS_KEY, "western")
    s.setValue(i18n.THEME_KEY, "light")
    s.setValue(INTERVAL_KEY, 120.0)  # the poller stores a float
    s.setValue(CURRENCY_KEY, "eur")
    s.setValue(mute_key("partial"), True)
    s.setValue(mute_key("error"), "true")
    dialog = make(qtbot, gui_ctx)
    assert dialog.language_combo.currentData() == "en"
    assert dialog.digits_combo.currentData() == "western"
    assert dialog.theme_combo.currentData() == "light"
    assert dialog.interval_spin.value() == 120
    assert dialog.money.currency_edit.text() == "EUR"
    assert not dialog.notify_boxes["partial"].isChecked()
    assert not dialog.notify_boxes["error"].isChecked()
    assert dialog.notify_boxes["completed"].isChecked()


def test_too_short_an_interval_is_raised_to_the_minimum(
    ui: QApplication, qtbot: QtBot, gui_ctx: AppContext
) -> None:
    gui_ctx.settings.setValue(INTERVAL_KEY, 1)
    assert make(qtbot, gui_ctx).interval_spin.value() == 5


def test_ok_saves_the_changes_and_names_the_changed_keys(
    ui: QApplication, qtbot: QtBot, gui_ctx: AppContext
) -> None:
    dialog = make(qtbot, gui_ctx)
    dialog.interval_spin.setValue(90)
    dialog.money.currency_edit.setText("eur")
    dialog.notify_boxes["canceled"].setChecked(False)
    with qtbot.waitSignal(dialog.sig_settings_changed) as blocker:
        dialog.ok_button.click()
    assert sorted(blocker.args[0]) == sorted([INTERVAL_KEY, CURRENCY_KEY, mute_key("canceled")])
    s = gui_ctx.settings
    assert int(s.value(INTERVAL_KEY)) == 90
    assert s.value(CURRENCY_KEY) == "EUR"
    assert str(s.value(mute_key("canceled"))).lower() == "true"
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_ok_without_changes_reports_nothing(
    ui: QApplication, qtbot: QtBot, gui_ctx: AppContext
) -> None:
    dialog = make(qtbot, gui_ctx)
    emitted: list[list[str]] = []
    dialog.sig_settings_changed.connect(emitted.append)
    dialog.ok_button.click()
    assert emitted == []
    assert gui_ctx.settings.allKeys() == []


@pytest.mark.parametrize(("typed", "stored"), [("٢٥٫٥", "25.5"), ("1,000", "1000")])
def test_a_panels_low_balance_amount(
    ui: QApplication, qtbot: QtBot, gui_ctx: AppContext, typed: str, stored: str
) -> None:
    panel_id = gui_ctx.store.add_panel("Main", "https://main.test/api/v2")
    gui_ctx.settings.setValue(LEGACY_THRESHOLD_KEY, "7")  # the one level of earlier versions
    dialog = make(qtbot, gui_ctx)
    assert dialog.money.mode_boxes[panel_id].currentData() == "fixed"
    assert dialog.money.amount_edits[panel_id].text() == "7"
    dialog.money.amount_edits[panel_id].setText(typed)
    dialog.ok_button.click()
    assert gui_ctx.settings.value(rule_key(panel_id)) == stored
    assert gui_ctx.settings.value(LEGACY_THRESHOLD_KEY) is None  # one rule, per panel


@pytest.mark.parametrize("typed", ["abc", "-5", "12..5", "0", ""])
def test_an_invalid_amount_is_explained_and_blocks_ok(
    ui: QApplication, qtbot: QtBot, gui_ctx: AppContext, typed: str
) -> None:
    panel_id = gui_ctx.store.add_panel("Main", "https://main.test/api/v2")
    dialog = make(qtbot, gui_ctx)
    money = dialog.money
    assert money.mode_boxes[panel_id].currentData() == "auto"  # on by default
    assert not money.amount_edits[panel_id].isEnabled()
    money.mode_boxes[panel_id].setCurrentIndex(1)  # below an amount
    money.amount_edits[panel_id].setText(typed)
    assert money.error_label.isVisible()
    assert "Main" in money.error_label.text()
    assert "10.5" in money.error_label.text()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # e.g. Enter pressed: still refused
    assert dialog.isVisible()
    assert gui_ctx.settings.value(rule_key(panel_id)) is None
    money.amount_edits[panel_id].setText("10")
    assert not money.error_label.isVisible()
    assert dialog.ok_button.isEnabled()


def test_theme_previews_live_and_cancel_puts_it_back(
    ui: QApplication, qtbot: QtBot, gui_ctx: AppContext
) -> None:
    dialog = make(qtbot, gui_ctx)
    assert not theme.is_dark()
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    assert theme.is_dark()  # at once, before OK
    dialog.reject()
    assert not theme.is_dark()
    assert gui_ctx.settings.value(i18n.THEME_KEY) is None


def test_theme_is_kept_on_ok(ui: QApplication, qtbot: QtBot, gui_ctx: AppContext) -> None:
    dialog = make(qtbot, gui_ctx)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    with qtbot.waitSignal(dialog.sig_settings_changed) as blocker:
        dialog.ok_button.click()
    assert blocker.args[0] == [i18n.THEME_KEY]
    assert theme.is_dark()
    assert gui_ctx.settings.value(i18n.THEME_KEY) == "dark"


def test_a_new_language_offers_a_restart(
    ui: QApplication,
    qtbot: QtBot,
    gui_ctx: AppContext,
    confirms: list[dict[str, Any]],
    restarts: list[bool],
) -> None:
    dialog = make(qtbot, gui_ctx)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    assert dialog.restart_note.isVisible()
    assert "restarts" in dialog.restart_note.text()
    # the digits choice shows how numbers will look in the chosen language
    assert "١٬٢٣٤٫٥٠" in dialog.digits_combo.itemText(0)
    assert "1,234.50" in dialog.digits_combo.itemText(1)
    dialog.ok_button.click()
    assert gui_ctx.settings.value(i18n.LANGUAGE_KEY) == "ar"
    assert confirms
    assert confirms[0]["ok_text"] == "Restart now"
    qtbot.waitUntil(lambda: restarts == [True], timeout=2000)


def test_choosing_the_language_already_running_needs_no_restart(
    ui: QApplication,
    qtbot: QtBot,
    gui_ctx: AppContext,
    confirms: list[dict[str, Any]],
    restarts: list[bool],
) -> None:
    dialog = make(qtbot, gui_ctx)  # running in English, following the (English) system
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert not dialog.restart_note.isVisible()
    dialog.ok_button.click()
    assert gui_ctx.settings.value(i18n.LANGUAGE_KEY) == "en"
    assert confirms == []
    ui.processEvents()  # a restart would have been queued for the next event-loop turn
    assert restarts == []


def test_western_digits_apply_at_once(ui: QApplication, qtbot: QtBot, gui_ctx: AppContext) -> None:
    i18n.install_translators(ui, "ar", system=QLocale("C"))
    dialog = make(qtbot, gui_ctx)
    assert numbers.fmt_int(1500) == "١٬٥٠٠"
    dialog.digits_combo.setCurrentIndex(dialog.digits_combo.findData("western"))
    dialog.ok_button.click()
    assert gui_ctx.settings.value(i18n.DIGITS_KEY) == "western"
    assert numbers.fmt_int(1500) == "1,500"


def test_every_control_has_an_accessible_name_and_a_keyboard_order(
    ui: QApplication, qtbot: QtBot, gui_ctx: AppContext
) -> None:
    dialog = make(qtbot, gui_ctx)
    controls: list[QWidget] = [
        dialog.language_combo,
        dialog.digits_combo,
        dialog.theme_combo,
        dialog.interval_spin,
        *(dialog.notify_boxes[kind] for kind in KINDS),
        dialog.money.currency_edit,
        dialog.money.rates_table,
        dialog.money.add_rate_button,
        dialog.money.remove_rate_button,
        dialog.money.levels_table,
    ]
    for control in controls:
        assert control.accessibleName(), control.objectName()
    assert dialog.notify_boxes["low_balance"].accessibleName() == "Notify: Low balance"
    # Tab walks the controls top to bottom, then to OK
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    controls[0].setFocus()
    visited = [QApplication.focusWidget()]
    for _ in controls:
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [*controls, dialog.ok_button]


def test_arabic_right_to_left_dark(ui: QApplication, qtbot: QtBot, gui_ctx: AppContext) -> None:
    i18n.install_translators(ui, "ar", system=QLocale("C"))
    theme.manager().apply("dark")
    gui_ctx.settings.setValue(i18n.LANGUAGE_KEY, "ar")
    gui_ctx.settings.setValue(i18n.THEME_KEY, "dark")
    gui_ctx.settings.setValue(LEGACY_THRESHOLD_KEY, "25.5")
    panel_id = gui_ctx.store.add_panel("Main", "https://main.test/api/v2")
    dialog = make(qtbot, gui_ctx)
    qtbot.waitExposed(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.windowTitle() == "الإعدادات"
    assert dialog.language_combo.accessibleName() == "اللغة"
    assert dialog.money.amount_edits[panel_id].text() == "٢٥٫٥"
    assert dialog.interval_spin.text() == "٣٠ ث"
    assert not dialog.restart_note.isVisible()
    # labels sit right of their fields
    combo = dialog.language_combo
    label = _label_of(dialog, combo)
    assert _left(label, dialog) > _left(combo, dialog)
    assert theme.is_dark()
    dialog.grab().save(str(SHOTS / "settings_dialog_ar_dark.png"))


def test_english_left_to_right_light(ui: QApplication, qtbot: QtBot, gui_ctx: AppContext) -> None:
    dialog = make(qtbot, gui_ctx)
    qtbot.waitExposed(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    combo = dialog.language_combo
    assert _left(_label_of(dialog, combo), dialog) < _left(combo, dialog)
    # every text fits: nothing is cut off at the dialog's natural size
    for child in dialog.findChildren(QWidget):
        if child.isVisible():
            assert child.width() >= min(
                child.minimumSizeHint().width(), child.sizeHint().width()
            ), child.objectName() or type(child).__name__
    dialog.grab().save(str(SHOTS / "settings_dialog_en_light.png"))
