"""Where Qt shows text: the setters, constructors, static dialogs and keywords whose string
arguments reach the screen (``sink_args``), and the model methods whose return value does."""

from __future__ import annotations

import ast

from tools.i18n.texts import stringish

__all__ = ["MODEL_METHODS", "sink_args"]

#: item-model methods whose return value is shown
MODEL_METHODS = frozenset({"data", "headerData"})

# Qt setters whose first argument is user-visible text
_TEXT_ARG0 = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setPlaceholderText",
        "setWhatsThis",
        "setTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setPrefix",
        "setSuffix",
        "setSpecialValueText",
        "setWindowIconText",
        "setIconText",
        "showMessage",
        "setHtml",
        "setMarkdown",
        "setPlainText",
        "setFormat",
        "setCancelButtonText",
        "setOkButtonText",
        "setToolTipText",
    }
)
# setters whose second argument is the text (the first is an index or a button id)
_TEXT_ARG1 = frozenset(
    {
        "setTabText",
        "setTabToolTip",
        "setTabWhatsThis",
        "setItemText",
        "setItemToolTip",
        "setButtonText",
    }
)
# the text is the first string among the leading arguments (an icon may come first; what
# follows the text, such as user data or a shortcut, is not shown as text)
_FIRST_TEXT = {
    "addAction": 0,
    "addMenu": 0,
    "addItem": 0,
    "addButton": 0,
    "addRow": 0,
    "addTab": 1,
    "insertItem": 1,
    "insertTab": 2,
    "insertRow": 1,
    "addSection": 0,
}
# list-of-texts arguments (position of the list)
_TEXT_LISTS = {
    "addItems": 0,
    "insertItems": 1,
    "setHeaderLabels": 0,
    "setHorizontalHeaderLabels": 0,
    "setVerticalHeaderLabels": 0,
}
# constructors whose string arguments are shown
_TEXT_CTORS = frozenset(
    {
        "QLabel",
        "new_label",  # smmdesk.gui.widgets.plain: how the app makes its (plain-text) labels
        "QPushButton",
        "QAction",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QToolBar",
        "QDockWidget",
        "QCommandLinkButton",
        "QListWidgetItem",
        "QTableWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QMessageBox",
        "QProgressDialog",
        "QWizardPage",
    }
)
# static dialogs: (class, method) -> positions of shown strings
_STATIC = {
    ("QMessageBox", "information"): (1, 2),
    ("QMessageBox", "warning"): (1, 2),
    ("QMessageBox", "critical"): (1, 2),
    ("QMessageBox", "question"): (1, 2),
    ("QMessageBox", "about"): (1, 2),
    ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getInt"): (1, 2),
    ("QInputDialog", "getDouble"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2, 3),
    ("QInputDialog", "getMultiLineText"): (1, 2),
    ("QFileDialog", "getOpenFileName"): (1, 3),
    ("QFileDialog", "getOpenFileNames"): (1, 3),
    ("QFileDialog", "getSaveFileName"): (1, 3),
    ("QFileDialog", "getExistingDirectory"): (1,),
    # smmdesk.gui.widgets.dialogs, the one door for message boxes
    ("dialogs", "info"): (1, 2, 3),
    ("dialogs", "warning"): (1, 2, 3),
    ("dialogs", "error"): (1, 2, 3),
    ("dialogs", "confirm"): (1, 2, 3, 4),
    ("dialogs", "about"): (1, 2),
    ("dialogs", "save_file"): (1, 3),
}
_TEXT_KEYWORDS = frozenset(
    {
        "text",
        "title",
        "toolTip",
        "statusTip",
        "whatsThis",
        "placeholderText",
        "windowTitle",
        "caption",
        "label",
        "labelText",
        "details",
        "ok_text",
        "informativeText",
        "iconText",
        "filter",
    }
)


def sink_args(node: ast.Call) -> list[tuple[ast.expr, str]]:
    """The arguments of a Qt text setter/constructor/dialog call that are shown as text."""
    func = node.func
    if isinstance(func, ast.Name) and func.id in _TEXT_CTORS:
        where = f"{func.id}(...)"
        return [(arg, where) for arg in node.args] + _text_keywords(node, where)
    if not isinstance(func, ast.Attribute):
        return []
    method = func.attr
    owner = func.value.id if isinstance(func.value, ast.Name) else None
    if owner is not None and (owner, method) in _STATIC:
        where = f"{owner}.{method}(...)"
        shown = [node.args[i] for i in _STATIC[(owner, method)] if i < len(node.args)]
        return [(arg, where) for arg in shown] + _text_keywords(node, where)
    where = f"{method}(...)"
    found = _method_text(method, node)
    if found is None:
        return []
    return [(arg, where) for arg in found] + _text_keywords(node, where)


def _method_text(method: str, node: ast.Call) -> list[ast.expr] | None:
    """The shown arguments of a call to the text method ``method``; None when it is no text
    method or the text is not passed by position (then its keywords are not looked at)."""
    if method in _TEXT_ARG0:
        return node.args[:1] or None
    if method in _TEXT_ARG1:
        return node.args[1:2] or None
    if method in _FIRST_TEXT:
        for arg in node.args[_FIRST_TEXT[method] :][:2]:
            if not _icon_like(arg) or stringish(arg):
                return [arg]
        return []
    if method in _TEXT_LISTS:
        return node.args[_TEXT_LISTS[method] :][:1] or None
    return None


def _icon_like(node: ast.expr) -> bool:
    text = ast.unparse(node).lower()
    return "icon" in text or "pixmap" in text


def _text_keywords(node: ast.Call, where: str) -> list[tuple[ast.expr, str]]:
    return [(kw.value, where) for kw in node.keywords if kw.arg in _TEXT_KEYWORDS]
