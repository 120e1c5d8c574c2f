"""The catalogue pane's filter row: one service type, the features a service must state
(drip-feed, refill, cancel), favourites only, and the order inside each category. Its texts
keep the "CatalogPane" translation context they were written under."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
)

from smmdesk.core.catalog import Catalog
from smmdesk.gui.catalog.search import SortOrder
from smmdesk.gui.widgets.keyboard import label_buttons, taken_letters
from smmdesk.gui.wording.services import order_type_title

__all__ = ["CatalogFilters"]


class CatalogFilters(QWidget):
    """Type, features, favourites and sort: the row under the search box."""

    sig_changed = Signal()
    """A filter or the sort order changed (the pane searches again)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Alt letters the rest of the window takes (see give_mnemonics)
        self.reserved_letters: set[str] = set()
        self.type_combo = QComboBox(self)
        self.type_combo.setToolTip(
            QCoreApplication.translate("CatalogPane", "Show one service type only")
        )
        self.type_combo.setAccessibleName(self.type_combo.toolTip())
        self.type_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type_combo.setMinimumContentsLength(10)
        self.type_combo.addItem(QCoreApplication.translate("CatalogPane", "All types"), None)

        self.flags_button = QToolButton(self)
        self.flags_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.flags_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.flags_button.setToolTip(
            QCoreApplication.translate(
                "CatalogPane", "Show only services that support these features"
            )
        )
        flags_menu = QMenu(self.flags_button)
        self.flag_actions: dict[str, QAction] = {}
        for key, text in (
            ("dripfeed", QCoreApplication.translate("CatalogPane", "Drip-feed")),
            ("refill", QCoreApplication.translate("CatalogPane", "Refill")),
            ("cancel", QCoreApplication.translate("CatalogPane", "Cancel")),
        ):
            action = flags_menu.addAction(text)
            action.setCheckable(True)
            action.toggled.connect(self._on_changed)
            self.flag_actions[key] = action
        self.flags_button.setMenu(flags_menu)

        self.favourites_button = QToolButton(self)
        self.favourites_button.setCheckable(True)
        self.favourites_button.setText(
            QCoreApplication.translate("CatalogPane", "★ Favourites only")
        )
        self.favourites_button.setToolTip(
            QCoreApplication.translate("CatalogPane", "Show only the services you starred (Ctrl+D)")
        )
        self.favourites_button.toggled.connect(self._on_changed)

        self.sort_combo = QComboBox(self)
        self.sort_combo.setToolTip(
            QCoreApplication.translate("CatalogPane", "Order of services inside each category")
        )
        self.sort_combo.setAccessibleName(self.sort_combo.toolTip())
        for text, key in (
            (QCoreApplication.translate("CatalogPane", "Catalogue order"), SortOrder.CATALOGUE),
            (QCoreApplication.translate("CatalogPane", "Rate: low → high"), SortOrder.RATE_ASC),
            (QCoreApplication.translate("CatalogPane", "Rate: high → low"), SortOrder.RATE_DESC),
            (QCoreApplication.translate("CatalogPane", "Service ID"), SortOrder.ID),
            (QCoreApplication.translate("CatalogPane", "Name"), SortOrder.NAME),
        ):
            self.sort_combo.addItem(text, key)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)  # the pane's own spacing: the row lines up with the search box
        row.addWidget(self.type_combo, 2)
        row.addWidget(self.flags_button)
        row.addWidget(self.favourites_button)
        row.addWidget(self.sort_combo, 1)
        self.type_combo.currentIndexChanged.connect(self._on_changed)
        self.sort_combo.currentIndexChanged.connect(self._on_changed)
        self.update_flags_button()

    # -- what the user chose -----------------------------------------------------------------
    def type_title(self) -> str | None:
        """The chosen service type as the panel spells it (None: all types)."""
        title = self.type_combo.currentData()
        return title if isinstance(title, str) else None

    def required(self, key: str) -> bool | None:
        """True when services must state feature ``key``; None: don't care (never "must not")."""
        return True if self.flag_actions[key].isChecked() else None

    def favourites_only(self) -> bool:
        return self.favourites_button.isChecked()

    def sort(self) -> str:
        """The chosen order inside each category (a ``SortOrder`` key)."""
        order = self.sort_combo.currentData()
        return order if isinstance(order, str) else SortOrder.CATALOGUE

    # -- changes -----------------------------------------------------------------------------
    def fill_types(self, catalog: Catalog | None) -> None:
        """The type list of ``catalog``, keeping the chosen type when it is still there."""
        current = self.type_combo.currentData()
        self.type_combo.blockSignals(True)
        try:
            while self.type_combo.count() > 1:
                self.type_combo.removeItem(1)
            for title in catalog.types if catalog is not None else ():
                self.type_combo.addItem(order_type_title(title), title)
            found = self.type_combo.findData(current) if current is not None else 0
            self.type_combo.setCurrentIndex(max(found, 0))
        finally:
            self.type_combo.blockSignals(False)

    def clear(self) -> None:
        """Every filter off, without a change signal for each (the sort order stays)."""
        controls: list[QObject] = [
            self.type_combo,
            self.favourites_button,
            *self.flag_actions.values(),
        ]
        for control in controls:
            control.blockSignals(True)
        try:
            self.type_combo.setCurrentIndex(0)
            self.favourites_button.setChecked(False)
            for action in self.flag_actions.values():
                action.setChecked(False)
        finally:
            for control in controls:
                control.blockSignals(False)
        self.update_flags_button()

    def update_flags_button(self) -> None:
        """The features button names the chosen features ("Any features" without one)."""
        active = [a.text() for a in self.flag_actions.values() if a.isChecked()]
        if active:
            separator = QCoreApplication.translate("CatalogPane", ", ", "list separator")
            listed = separator.join(active)
            self.flags_button.setText(
                QCoreApplication.translate("CatalogPane", "Features: %1").replace("%1", listed)
            )
        else:
            self.flags_button.setText(QCoreApplication.translate("CatalogPane", "Any features"))
        label_buttons((self.flags_button, self.favourites_button), self.reserved_letters)
        # an instant-popup button's size hint leaves out its menu arrow, which then covers the
        # text's last letters (longer Arabic words lose more): make room for it
        button = self.flags_button
        button.setMinimumWidth(0)
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        button.setMinimumWidth(button.sizeHint().width() + arrow)

    def give_mnemonics(self) -> None:
        """Alt letters for the buttons, none the rest of the window uses (call it once the
        window's menus exist)."""
        self.reserved_letters = taken_letters(self)
        self.update_flags_button()

    def _on_changed(self, *_args: object) -> None:
        self.update_flags_button()
        self.sig_changed.emit()
