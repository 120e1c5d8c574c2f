"""The one door for message boxes and file dialogs, so tests can patch a single place."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def info(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    if details:
        box.setInformativeText(details)
    box.exec()


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def confirm(
    parent: QWidget | None, title: str, text: str, details: str = "", ok_text: str = ""
) -> bool:
    """Ask a yes/no question; ``ok_text`` renames the affirmative button (e.g. "Place order")."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    if details:
        box.setInformativeText(details)
    if ok_text:
        yes = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    else:
        yes = box.addButton(QMessageBox.StandardButton.Ok)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def save_file(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def about(parent: QWidget | None, title: str, html: str) -> None:
    QMessageBox.about(parent, title, html)
