"""The Settings dialog: language, digits, theme, poll interval, notifications and money (the
user's currency, exchange rates, each panel's low-balance warning), kept in ``ctx.settings``;
the theme previews live, a language change offers a restart."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.polling import DEFAULT_INTERVAL, MIN_INTERVAL
from smmdesk.gui.money.settings_page import MoneySettings
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.poller import INTERVAL_KEY
from smmdesk.gui.tray import KINDS, mute_key
from smmdesk.gui.widgets import dialogs, theme
from smmdesk.gui.widgets.plain import new_label
from smmdesk.gui.wording import i18n, numbers

__all__ = ["MAX_INTERVAL", "SettingsDialog"]

# the longest poll interval offered, in seconds (an hour)
MAX_INTERVAL = 3600


def _flag(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


class SettingsDialog(QDialog):
    sig_settings_changed = Signal(list)
    """list[str]: the settings keys whose values the user changed (emitted on OK)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._saved = self._read()
        self._theme_at_open = self._saved[i18n.THEME_KEY]

        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._build_appearance())
        left.addWidget(self._build_orders())
        left.addWidget(self._build_notifications())
        left.addStretch(1)
        columns.addLayout(left, 2)
        # the user's currency, exchange rates and each panel's low-balance warning
        self.money = MoneySettings(ctx, self)
        columns.addWidget(self.money, 3)
        layout.addLayout(columns, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        self._load(self._saved)
        self.language_combo.currentIndexChanged.connect(self.on_language_changed)
        self.theme_combo.currentIndexChanged.connect(self.on_theme_changed)
        self.money.sig_validity.connect(self.ok_button.setEnabled)
        self.on_language_changed()
        self.money.check()
        self._chain_tab_order()

    # -- construction ------------------------------------------------------------------------
    def _build_appearance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"), self)
        form = QFormLayout(box)

        self.language_combo = QComboBox(box)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
        system_name = self._language_name(i18n.system_language())
        self.language_combo.addItem(
            self.tr("System default (%1)").replace("%1", system_name), "system"
        )
        # each language is named in itself, so a user can find theirs whatever the UI shows
        self.language_combo.addItem(self._language_name("en"), "en")
        self.language_combo.addItem(self._language_name("ar"), "ar")
        form.addRow(self._label(self.tr("&Language:"), self.language_combo), self.language_combo)

        self.restart_note = new_label(
            box, self.tr("The new language is used after SMMDesk restarts.")
        )
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        form.addRow("", self.restart_note)

        self.digits_combo = QComboBox(box)
        self.digits_combo.setObjectName("digitsCombo")
        self.digits_combo.setAccessibleName(self.tr("Digits"))
        self.digits_combo.addItem("", "locale")
        self.digits_combo.addItem("", "western")
        form.addRow(self._label(self.tr("&Digits:"), self.digits_combo), self.digits_combo)

        self.theme_combo = QComboBox(box)
        self.theme_combo.setObjectName("themeCombo")
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.theme_combo.addItem(self.tr("Follow the system"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        form.addRow(self._label(self.tr("&Theme:"), self.theme_combo), self.theme_combo)
        return box

    def _build_orders(self) -> QGroupBox:
        box = QGroupBox(self.tr("Orders"), self)
        form = QFormLayout(box)
        self.interval_spin = QSpinBox(box)
        self.interval_spin.setObjectName("intervalSpin")
        self.interval_spin.setAccessibleName(self.tr("Status check interval in seconds"))
        self.interval_spin.setRange(int(MIN_INTERVAL), MAX_INTERVAL)
        self.interval_spin.setSuffix(self.tr(" s", "seconds"))
        self.interval_spin.setToolTip(
            self.tr("How often the status of active orders and the balance are fetched.")
        )
        form.addRow(
            self._label(self.tr("Check order &status every:"), self.interval_spin),
            self.interval_spin,
        )
        return box

    def _build_notifications(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notifications"), self)
        form = QFormLayout(box)
        self.notify_boxes: dict[str, QCheckBox] = {}
        texts = {
            "completed": self.tr("Completed orders"),
            "partial": self.tr("Partially completed orders"),
            "canceled": self.tr("Canceled orders"),
            "error": self.tr("Failed orders"),
            "low_balance": self.tr("Low balance"),
            "watched_services": self.tr("Favourite or recent services: rate up or gone"),
        }
        column = QVBoxLayout()
        column.setSpacing(2)
        for kind in KINDS:
            check = QCheckBox(texts[kind], box)
            check.setObjectName(f"notify_{kind}")
            check.setAccessibleName(self.tr("Notify: %1").replace("%1", texts[kind]))
            self.notify_boxes[kind] = check
            column.addWidget(check)
        heading = new_label(box, self.tr("Notify me about:"))
        heading.setAlignment(Qt.AlignmentFlag.AlignTop)
        form.addRow(heading, column)
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = new_label(self, text)
        label.setBuddy(buddy)  # Alt+letter focuses the field; screen readers pair them
        return label

    def _language_name(self, code: str) -> str:
        if code == "ar":
            return "العربية"  # i18n: ignore a language is named in its own language
        return "English"  # i18n: ignore a language is named in its own language

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.language_combo,
            self.digits_combo,
            self.theme_combo,
            self.interval_spin,
            *(self.notify_boxes[kind] for kind in KINDS),
            *self.money.focus_chain(),
            self.ok_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- values --------------------------------------------------------------------------------
    def _read(self) -> dict[str, object]:
        settings = self.ctx.settings
        try:
            interval = round(float(str(settings.value(INTERVAL_KEY, DEFAULT_INTERVAL))))
        except (TypeError, ValueError):
            interval = round(DEFAULT_INTERVAL)
        values: dict[str, object] = {
            i18n.LANGUAGE_KEY: i18n.read_choice(settings, i18n.LANGUAGE_KEY, i18n.LANGUAGE_CHOICES),
            i18n.DIGITS_KEY: i18n.read_choice(settings, i18n.DIGITS_KEY, i18n.DIGITS_CHOICES),
            i18n.THEME_KEY: i18n.read_choice(settings, i18n.THEME_KEY, i18n.THEME_CHOICES),
            INTERVAL_KEY: max(int(MIN_INTERVAL), min(MAX_INTERVAL, interval)),
        }
        for kind in KINDS:
            values[mute_key(kind)] = _flag(settings.value(mute_key(kind), False))
        return values

    def _load(self, values: dict[str, object]) -> None:
        for combo, key in (
            (self.language_combo, i18n.LANGUAGE_KEY),
            (self.digits_combo, i18n.DIGITS_KEY),
            (self.theme_combo, i18n.THEME_KEY),
        ):
            combo.setCurrentIndex(max(0, combo.findData(values[key])))
        interval = values[INTERVAL_KEY]
        self.interval_spin.setValue(interval if isinstance(interval, int) else int(MIN_INTERVAL))
        for kind, check in self.notify_boxes.items():
            check.setChecked(not values[mute_key(kind)])

    def values(self) -> dict[str, object]:
        """What the dialog would save now."""
        values: dict[str, object] = {
            i18n.LANGUAGE_KEY: self.language_combo.currentData(),
            i18n.DIGITS_KEY: self.digits_combo.currentData(),
            i18n.THEME_KEY: self.theme_combo.currentData(),
            INTERVAL_KEY: self.interval_spin.value(),
        }
        for kind, check in self.notify_boxes.items():
            values[mute_key(kind)] = not check.isChecked()
        return values

    def language_needs_restart(self) -> bool:
        chosen = i18n.resolve_language(self.language_combo.currentData())
        return chosen != i18n.current_language()

    # -- slots ---------------------------------------------------------------------------------
    def on_language_changed(self, _index: int = 0) -> None:
        self.restart_note.setVisible(self.language_needs_restart())
        language = i18n.resolve_language(self.language_combo.currentData())
        samples = {
            "locale": self.tr("As the language writes them (%1)"),
            "western": self.tr("Western digits (%1)"),
        }
        for row in range(self.digits_combo.count()):
            digits = str(self.digits_combo.itemData(row))
            sample = numbers.digits_sample(language, digits)
            self.digits_combo.setItemText(row, samples[digits].replace("%1", sample))

    def on_theme_changed(self, _index: int = 0) -> None:
        theme.manager().apply(str(self.theme_combo.currentData()))

    def accept(self) -> None:
        if not self.money.check():
            self.money.setFocus()
            return
        new = self.values()
        changed = [key for key, value in new.items() if value != self._saved.get(key)]
        self._save(new, changed)
        changed += self.money.save()
        restart = i18n.LANGUAGE_KEY in changed and self.language_needs_restart()
        super().accept()
        if changed:
            self.sig_settings_changed.emit(changed)
        if restart and dialogs.confirm(
            self.parentWidget(),
            self.tr("Restart SMMDesk?"),
            self.tr("The new language is used after SMMDesk restarts."),
            self.tr("Open windows close; orders keep being tracked after the restart."),
            ok_text=self.tr("Restart now"),
            cancel_text=self.tr("Later"),  # the settings are saved either way
        ):
            # after this dialog's event loop has returned
            QTimer.singleShot(0, i18n.restart_app)

    def _save(self, new: dict[str, object], changed: list[str]) -> None:
        settings = self.ctx.settings
        for key in changed:
            settings.setValue(key, new[key])
        settings.sync()
        if i18n.DIGITS_KEY in changed:
            i18n.apply_digits(str(new[i18n.DIGITS_KEY]))

    def reject(self) -> None:
        # the theme was previewed live: put back the one in force when the dialog opened
        if self.theme_combo.currentData() != self._theme_at_open:
            theme.manager().apply(str(self._theme_at_open))
        super().reject()
