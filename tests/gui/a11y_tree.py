"""What a screen reader finds in a window: walk the focusable widgets and the accessibility
interfaces and list every control it could only call by its role ("edit", "scroll pane").

Reusable: ``unnamed_controls(top)`` for any window or dialog, ``catch_dialog(qtbot, opener)``
for a dialog that ``opener`` shows (modal or not), and ``DIALOGS``, the one list of every
dialog SMMDesk shows and how to open it. A dialog added to the app gets a line there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.scenes import open_changes_with_history

Role = QAccessible.Role

#: roles a user works with: each needs a name of its own (a label's text is its name)
CONTROL_ROLES = frozenset(
    {
        Role.EditableText,
        Role.ComboBox,
        Role.SpinBox,
        Role.ProgressBar,
        Role.Slider,
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.Table,
        Role.Tree,
        Role.List,
        Role.PageTabList,
    }
)
#: their children are cells and rows named by their data, or a scroll bar's parts
_LEAVES = frozenset({Role.Table, Role.Tree, Role.List, Role.ScrollBar, Role.ComboBox, Role.SpinBox})


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` (a label buddy only if Qt says so)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return "" if iface is None else iface.text(QAccessible.Text.Name).strip()


def accessible_description(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return "" if iface is None else iface.text(QAccessible.Text.Description).strip()


def _landmark(widget: QWidget) -> bool:
    """A widget a reader of the report can find: one of SMMDesk's classes, or a named one."""
    name = widget.objectName()
    return type(widget).__module__.startswith("smmdesk") or bool(
        name and not name.startswith("qt_")
    )


def _describe(widget: QWidget) -> str:
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow() and not _landmark(parent):
        parent = parent.parentWidget()
    if parent is not None:
        parts.append(f"in {type(parent).__name__}#{parent.objectName()}")
    hint = getattr(widget, "text", lambda: "")() or widget.toolTip()
    if isinstance(hint, str) and hint:
        parts.append(repr(hint[:40]))
    return " ".join(parts)


def _focusable(top: QWidget) -> Iterator[QWidget]:
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top):
            continue
        if widget is not top and widget.isWindow():
            continue  # a window of its own (a popup, a dialog) is walked when it opens
        yield widget


def _interfaces(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is None or not child.isValid() or child.state().invisible:
            continue
        yield child
        if child.role() not in _LEAVES:
            yield from _interfaces(child)


def _pages(top: QWidget) -> Iterator[None]:
    """Show every page of every tab widget in turn (a hidden page is no screen for a reader)."""
    yield None
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current:
                tabs.setCurrentIndex(index)
                yield None
        tabs.setCurrentIndex(current)


def unnamed_controls(top: QWidget) -> list[str]:
    """Every focusable widget and every control in the accessibility tree of ``top`` that has
    no accessible name, as readable lines (empty: a screen reader can name everything)."""
    found: dict[tuple[str, int], str] = {}
    for _page in _pages(top):
        for widget in _focusable(top):
            if widget.focusProxy() is not None:
                continue  # focus goes to the proxy, which is checked itself
            owner = widget.parentWidget()
            if (
                owner is not None
                and owner.focusProxy() is widget
                and owner.focusPolicy() != Qt.FocusPolicy.NoFocus
            ):
                widget = owner  # a spin box's or combo box's own line edit: the box is named
            if isinstance(widget, QLabel) and not widget.text():
                continue  # a label is read by its text: an empty one shows and says nothing
            if not accessible_name(widget):
                found[("focusable", id(widget))] = f"focusable {_describe(widget)}"
        root = QAccessible.queryAccessibleInterface(top)
        for iface in _interfaces(root) if root is not None else ():
            if iface.role() in CONTROL_ROLES and not iface.text(QAccessible.Text.Name).strip():
                target = iface.object()
                what = _describe(target) if isinstance(target, QWidget) else "?"
                found[(iface.role().name, id(target))] = f"{iface.role().name} {what}"
    return list(found.values())


@dataclass
class Scene:
    """What the dialog openers need: the main window and whatever the test set up."""

    window: Any
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Caught:
    title: str = ""
    kind: str = ""
    unnamed: list[str] = field(default_factory=list)
    done: bool = False


def catch_dialog(
    qtbot: QtBot,
    opener: Callable[[], object],
    inspect: Callable[[QDialog], list[str]] = unnamed_controls,
    timeout: int = 10_000,
    name: str = "",
) -> Caught:
    """Run ``opener``; walk the first new dialog it shows with ``inspect`` (modal dialogs are
    walked from inside their own event loop), then close it (rejected: nothing is sent)."""
    before = set(QApplication.topLevelWidgets())
    caught = Caught()
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget in before or not isinstance(widget, QDialog) or not widget.isVisible():
                continue
            timer.stop()
            caught.title, caught.kind = widget.windowTitle(), type(widget).__name__
            try:
                caught.unnamed = inspect(widget)
            finally:
                caught.done = True
                widget.reject()
            return

    timer.timeout.connect(poll)
    timer.start()
    try:
        opener()
        qtbot.waitUntil(lambda: caught.done, timeout=timeout)
    except Exception:
        caught.title = ""
    finally:
        timer.stop()
    return caught


def _open_import(scene: Scene) -> None:
    scene.window.orders_pane.order_actions.act_import.trigger()


def _open_confirmation(scene: Scene) -> None:
    scene.extra["fill_form"]()
    scene.window.order_form.place_button.click()


def _open_cancel(scene: Scene) -> None:
    scene.extra["select_order"]()
    scene.window.orders_pane.order_actions.act_cancel.trigger()


def _connect_in_full(dialog: Any) -> None:
    """Every row shown: the advanced part, and the warning a plain-http address brings."""
    dialog.advanced_button.setChecked(True)
    dialog.url_edit.setText("http://panel.example/api/v2")
    assert dialog.user_agent_edit.isVisibleTo(dialog)
    assert dialog.unencrypted_box.isVisibleTo(dialog)


def _mass_order_checked(dialog: Any) -> None:
    """A checked paste: the preview holds a good and a bad line, the summary says so."""
    dialog.text_edit.setPlainText("1 | https://ig.test/p/1 | 1000\nnot a line")
    dialog.validate_button.click()
    assert dialog.model.rowCount() == 2
    assert dialog.summary_label.text()


def _ids_typed(dialog: Any) -> None:
    dialog.ids_edit.setPlainText("23501, 23502")


@dataclass(frozen=True)
class Opening:
    """How a user opens a dialog (from a Scene), and what to fill in before it is walked."""

    open: Callable[[Scene], object]
    prepare: Callable[[Any], object] | None = None

    def inspect(self, dialog: QDialog) -> list[str]:
        if self.prepare is not None:
            self.prepare(dialog)
        return unnamed_controls(dialog)


def open_compare(win: Any) -> object:
    """The Compare window for the chosen service (the first one when none is chosen)."""
    if win.catalog_pane.selected_service() is None and win.session and win.session.catalog:
        win.catalog_pane.select_service(win.session.catalog.services[0].id)
    return win.open_compare()


#: every dialog SMMDesk shows, and how a user opens it (from a Scene set up by the test)
DIALOGS: dict[str, Opening] = {
    "settings": Opening(lambda scene: scene.window.open_settings()),
    "connect a panel": Opening(lambda scene: scene.window.connect_panel(), _connect_in_full),
    "manage panels": Opening(lambda scene: scene.window.manage_panels()),
    "mass order": Opening(lambda scene: scene.window.open_mass_order(), _mass_order_checked),
    "add order ids": Opening(_open_import, _ids_typed),
    "order confirmation": Opening(_open_confirmation),
    "cancel confirmation": Opening(_open_cancel),
    "reconcile": Opening(
        lambda scene: scene.window.on_reconcile_requested(scene.extra["unknown_id"])
    ),
    "about": Opening(lambda scene: scene.window.show_about()),
    "balances": Opening(lambda scene: scene.window.show_balances()),
    "shortcuts (F1)": Opening(lambda scene: scene.window.show_shortcuts()),
    "spending": Opening(lambda scene: scene.window.show_spending()),
    "catalogue changes": Opening(lambda scene: open_changes_with_history(scene.window)),
    "refills": Opening(lambda scene: scene.window.orders_pane.order_actions.open_refills()),
    "all panels": Opening(lambda scene: scene.window.open_all_panels()),
    "compare": Opening(lambda scene: open_compare(scene.window)),
}
