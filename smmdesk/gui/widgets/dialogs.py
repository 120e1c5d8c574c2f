"""The one door for message boxes and file dialogs, so tests can patch a single place.

Every message box shows its texts literally (they often quote a panel's or the user's words:
a service name must never turn into markup that hides the rest of the question)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from smmdesk.gui.widgets.keyboard import label_buttons


def _box(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    details: str,
    buttons: QMessageBox.StandardButton,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    if details:
        box.setInformativeText(details)
    # after the informative text exists: the format applies to both labels
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def info(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    ok = QMessageBox.StandardButton.Ok
    _box(QMessageBox.Icon.Information, parent, title, text, details, ok).exec()


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    ok = QMessageBox.StandardButton.Ok
    _box(QMessageBox.Icon.Warning, parent, title, text, details, ok).exec()


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    ok = QMessageBox.StandardButton.Ok
    _box(QMessageBox.Icon.Critical, parent, title, text, details, ok).exec()


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    details: str = "",
    ok_text: str = "",
    cancel_text: str = "",
) -> bool:
    """Ask a yes/no question; ``ok_text`` renames the affirmative button (e.g. "Place order"),
    ``cancel_text`` the other one where a plain "Cancel" would be ambiguous (a question about
    cancelling an order: "Keep the order"). The negative button is the default."""
    none = QMessageBox.StandardButton.NoButton
    box = _box(QMessageBox.Icon.Question, parent, title, text, details, none)
    if ok_text:
        yes = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    else:
        yes = box.addButton(QMessageBox.StandardButton.Ok)
    if cancel_text:
        cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    else:
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    label_buttons((yes, cancel))  # Alt+letter for each, in the user's language
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    details: str,
    options: Sequence[str],
    back_text: str,
) -> int | None:
    """Ask which of ``options`` (button texts, in order) to take; None when the user went back
    (``back_text``, the default button: Enter and Esc both go back)."""
    none = QMessageBox.StandardButton.NoButton
    box = _box(QMessageBox.Icon.Warning, parent, title, text, details, none)
    chosen = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    back = box.addButton(back_text, QMessageBox.ButtonRole.RejectRole)
    label_buttons((*chosen, back))
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(chosen) if button is clicked), None)


def ask(dialog: QDialog) -> bool:
    """Run a question dialog of the app's own (modal) and say whether the user accepted it:
    the one door for such questions, as ``confirm`` is for message boxes."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def save_file(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def about(parent: QWidget | None, title: str, html: str) -> None:
    """The About box: SMMDesk's own formatted text (never panel or user text). Built here
    rather than by ``QMessageBox.about`` so it opens through ``exec`` like every other box."""
    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, html, ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    icon = parent.windowIcon() if parent is not None else None
    if icon is not None and not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.exec()
