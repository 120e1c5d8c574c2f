"""The banner over the mass-order paste that offers back the lines of an earlier run SMMDesk
never finished (a crash or a kill left them as drafts): load them to check and place them
again, or discard them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from smmdesk.core.massorder import discard_drafts, drafts_to_text, interrupted_drafts
from smmdesk.core.store import OrderRecord, StoreError
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets.plain import align_to_reading_start, new_label

__all__ = ["InterruptedDrafts"]


class InterruptedDrafts(QFrame):
    """Shown only while the panel has drafts of a run that never ended."""

    sig_loaded = Signal(str)
    """The drafts as pasteable lines; they are gone from the database (the paste holds them)."""

    def __init__(self, session: PanelSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.drafts: list[OrderRecord] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.label = new_label(self)
        self.label.setWordWrap(True)
        align_to_reading_start(self.label)
        self.load_button = QPushButton(self.tr("Load them"), self)
        self.load_button.setAutoDefault(False)
        self.load_button.clicked.connect(self.on_load_clicked)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.on_discard_clicked)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.load_button)
        layout.addWidget(self.discard_button)
        self.setVisible(False)

    def refresh(self) -> None:
        """Look for drafts of an unfinished run of this panel; show the banner if any."""
        try:
            self.drafts = interrupted_drafts(self.session.ctx.store, self.session.panel.id)
        except StoreError:
            self.drafts = []
        count = len(self.drafts)
        if not count:
            self.setVisible(False)
            return
        if count == 1:  # English needs its singular without a loaded translation
            text = self.tr(
                "1 line of an earlier mass order was never sent: SMMDesk stopped during that "
                "run. Load it to check and place it again, or discard it."
            )
        else:
            text = self.tr(
                "%Ln lines of an earlier mass order were never sent: SMMDesk stopped during "
                "that run. Load them to check and place them again, or discard them.",
                "",
                count,
            )
        self.label.setText(text)
        self.setVisible(True)

    def _take(self) -> list[OrderRecord]:
        drafts, self.drafts = self.drafts, []
        discard_drafts(self.session.ctx.store, [record.local_id for record in drafts])
        self.setVisible(False)
        return drafts

    def on_load_clicked(self) -> None:
        self.sig_loaded.emit(drafts_to_text(self._take()))

    def on_discard_clicked(self) -> None:
        self._take()
