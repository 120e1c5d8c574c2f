"""The main window's keyboard furniture that is not a pane's own: the Orders menu, the keys
for Settings, and the keys the shortcuts window (F1) lists beside the menus."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from smmdesk.gui.catalog.pane import CatalogPane
from smmdesk.gui.orders.actions import OrderActions

__all__ = ["fill_orders_menu", "keys_in_lists", "quit_keys", "settings_keys"]


def _with_platform(key: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    keys = [QKeySequence(key)]
    for platform in QKeySequence.keyBindings(standard):
        if not platform.isEmpty() and platform not in keys:
            keys.append(platform)
    return keys


def settings_keys() -> list[QKeySequence]:
    """Ctrl+, (Cmd+, on macOS), and the platform's own Preferences key where it has one
    (Linux and Windows have none)."""
    return _with_platform("Ctrl+,", QKeySequence.StandardKey.Preferences)


def quit_keys() -> list[QKeySequence]:
    """Ctrl+Q (Cmd+Q on macOS), and the platform's own Quit key where it has one (Windows
    and some Linux desktops have none)."""
    return _with_platform("Ctrl+Q", QKeySequence.StandardKey.Quit)


def fill_orders_menu(menu: QMenu, actions: OrderActions) -> None:
    """Every order action, grouped as in the table's context menu; each shows its key, and the
    keys work from anywhere in the window (each action is enabled only when it applies)."""
    for group in (
        (actions.act_refresh, actions.act_refill_status),
        (actions.act_refill, actions.act_cancel),
        (actions.act_copy_rows, actions.act_copy_link, actions.act_copy_id),
        (actions.act_open_link, actions.act_order_again, actions.act_reconcile),
        (actions.act_export_selection, actions.act_export_view, actions.act_import),
        (actions.act_refills,),
    ):
        for action in group:
            menu.addAction(action)
        menu.addSeparator()
    # the menu's state follows the selection when it opens, not only when the selection moves
    menu.aboutToShow.connect(actions.update_enabled)


def _described(owner: QObject | None, text: str, *keys: str) -> QAction:
    """An action that only names a key a view handles itself (it is added to no widget, so
    its keys never fire twice)."""
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    return action


def keys_in_lists(
    owner: QObject | None, catalog: CatalogPane
) -> list[tuple[str, Sequence[QAction]]]:
    """The keys of the catalogue, the order form and the orders table that are in no menu."""
    return [
        (
            QCoreApplication.translate("MainWindow", "Lists and the form"),
            [
                _described(
                    owner,
                    QCoreApplication.translate(
                        "MainWindow", "Fill in the order form of the chosen service"
                    ),
                    "Return",
                ),
                _described(
                    owner,
                    QCoreApplication.translate("MainWindow", "Show the chosen order's details"),
                    "Return",
                ),
                _described(
                    owner,
                    QCoreApplication.translate("MainWindow", "Open the menu of the chosen row"),
                    "Menu",
                    "Shift+F10",
                ),
                catalog.act_favourite,
                _described(
                    owner, QCoreApplication.translate("MainWindow", "Clear the search"), "Esc"
                ),
                _described(
                    owner,
                    QCoreApplication.translate("MainWindow", "Next or previous field"),
                    "Tab",
                    "Shift+Tab",
                ),
            ],
        )
    ]
