"""ConnectDialogHolder: one connect dialog at a time per window. Kept apart from the dialog
itself so that the windows holding one (the main window, the welcome page, the Panels dialog)
load the dialog's module only when it first opens, not at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from smmdesk.core.store import PanelRecord
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.keys import KeyState

if TYPE_CHECKING:
    from smmdesk.gui.panels.connect import ConnectDialog

__all__ = ["ConnectDialogHolder"]


class ConnectDialogHolder:
    """One ConnectDialog at a time for ``parent``: opened window-modally and non-blocking (a
    second request raises the open one), a saved profile handed to ``on_saved``."""

    def __init__(
        self, parent: QWidget, ctx: AppContext, on_saved: Callable[[PanelRecord], object]
    ) -> None:
        self._parent = parent
        self._ctx = ctx
        self._on_saved = on_saved
        self.dialog: ConnectDialog | None = None

    def open(self, panel: PanelRecord | None = None, *, key_state: KeyState | None = None) -> None:
        """Connect a new panel (``panel`` None) or edit ``panel``; with ``key_state``, ask for
        the saved panel's key and say why."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        from smmdesk.gui.panels.connect import ConnectDialog  # its module loads when first needed

        dialog = ConnectDialog(self._ctx, panel, self._parent, key_state=key_state)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(self._on_finished)
        dialog.open()

    def _on_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and dialog.result_panel is not None:
            self._on_saved(dialog.result_panel)
