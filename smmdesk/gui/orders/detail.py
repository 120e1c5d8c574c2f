"""OrderDetail: one order's full story: its local state in words, the facts, every event with
its time, the exact parameters sent, the panel's (redacted) answers, refills and a note."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.store import (
    OrderEvent,
    OrderRecord,
    PanelRecord,
    RefillRecord,
    Store,
    StoreError,
)
from smmdesk.gui.orders.history import event_words, placed_warning, raw_detail, when
from smmdesk.gui.orders.status import describe_state, progress_of, refill_words, status_look
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.elided import ElidedLabel
from smmdesk.gui.widgets.keyboard import tab_leaves
from smmdesk.gui.widgets.plain import (
    NAME_LIMIT,
    align_to_reading_start,
    clip,
    directed,
    new_label,
    tip,
)
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate, reveal
from smmdesk.gui.wording.numbers import fmt_id, order_ref
from smmdesk.gui.wording.services import order_type_title

__all__ = ["OrderDetail"]


class OrderDetail(QWidget):
    """Shows the order chosen in the table; ``show_order(None)`` shows a hint instead."""

    sig_note_saved = Signal(int)
    """local_id: the user saved a new note for this order."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.record: OrderRecord | None = None
        self.panel: PanelRecord | None = None
        self._build()
        self.show_order(None)

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        # one line (the whole title in its tooltip): the facts below stay in view
        self.title = ElidedLabel(self)
        self.title.setObjectName("orderDetailTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title.setFont(bold)
        align_to_reading_start(self.title)
        layout.addWidget(self.title)
        self.state_label = new_label(self)
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        align_to_reading_start(self.state_label)

        facts = QWidget(self)
        self.facts = QFormLayout(facts)
        self.facts.setContentsMargins(0, 4, 0, 4)
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fact_labels: dict[str, QLabel] = {}
        for key, label in (
            ("panel", self.tr("Panel:")),
            ("service", self.tr("Service:")),
            ("link", self.tr("Link:")),
            ("quantity", self.tr("Quantity:")),
            ("money", self.tr("Charge:")),
            ("progress", self.tr("Delivery:")),
            ("placed", self.tr("Placed:")),
            ("checked", self.tr("Last checked:")),
        ):
            # a 300-character link must not widen the panel: one line, elided at its end (the
            # tooltip has it all); the other facts wrap
            elide = key in ("service", "link")
            value = ElidedLabel(facts) if elide else new_label(facts)
            value.setWordWrap(not elide)
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(not elide)  # as tall as the wrapped text
            value.setSizePolicy(policy)
            value.setMinimumWidth(40)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            align_to_reading_start(value)
            self.facts.addRow(label, value)
            self.fact_labels[key] = value
        layout.addWidget(facts)
        # the state's explanation under the facts: on a small screen the facts stay in view
        layout.addWidget(self.state_label)

        self.tabs = QTabWidget(self)
        # every tab in view (none behind scroll arrows): the pane is as wide as its tabs
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Order records"))
        self.history = QTreeWidget(self)
        self.history.setAccessibleName(self.tr("Order history"))
        self.history.setRootIsDecorated(False)
        self.history.setUniformRowHeights(True)
        self.history.setHeaderLabels([self.tr("Time"), self.tr("Event"), self.tr("Details")])
        metrics = self.fontMetrics()
        when = numbers.fmt_datetime(datetime(2026, 12, 28, 23, 59))
        self.history.setColumnWidth(0, metrics.horizontalAdvance(when) + 24)
        self.history.setColumnWidth(1, metrics.horizontalAdvance(self.tr("No usable answer")) + 24)
        self.tabs.addTab(self.history, self.tr("History"))

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.sent = QPlainTextEdit(self)
        self.sent.setReadOnly(True)
        self.sent.setAccessibleName(self.tr("What was sent to the panel"))
        self.sent.setFont(mono)
        self.tabs.addTab(self.sent, self.tr("Sent"))

        self.answers = QPlainTextEdit(self)
        self.answers.setReadOnly(True)
        self.answers.setAccessibleName(self.tr("The panel's answers"))
        self.answers.setFont(mono)
        # the panel's answers as recorded: they read left to right in any language, verbatim
        self.answers.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.answers.setProperty("verbatim", True)
        self.tabs.addTab(self.answers, self.tr("Answers"))

        self.refills = QTreeWidget(self)
        self.refills.setAccessibleName(self.tr("Refills of this order"))
        self.refills.setRootIsDecorated(False)
        self.refills.setHeaderLabels(
            [self.tr("Requested"), self.tr("Refill"), self.tr("Status"), self.tr("Details")]
        )
        self.refills.setColumnWidth(0, metrics.horizontalAdvance(when) + 24)
        self.tabs.addTab(self.refills, self.tr("Refills"))

        note_page = QWidget(self)
        note_layout = QVBoxLayout(note_page)
        self.note_edit = QPlainTextEdit(note_page)
        self.note_edit.setPlaceholderText(self.tr("Your own note about this order"))
        self.note_edit.setAccessibleName(self.tr("Your note"))
        self.note_edit.textChanged.connect(self._on_note_edited)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_note_button = QPushButton(self.tr("Save note"), note_page)
        self.save_note_button.clicked.connect(self.save_note)
        buttons.addWidget(self.save_note_button)
        note_layout.addWidget(self.note_edit)
        note_layout.addLayout(buttons)
        self.tabs.addTab(note_page, self.tr("Note"))
        tab_leaves(self.history, self.sent, self.answers, self.refills, self.note_edit)
        layout.addWidget(self.tabs, 1)

    def focus_order(self) -> list[QWidget]:
        """The detail's controls in reading order: its tabs, then what the open tab holds."""
        return [
            self.tabs.tabBar(),
            self.history,
            self.sent,
            self.answers,
            self.refills,
            self.note_edit,
            self.save_note_button,
        ]

    def focus_first(self) -> None:
        """Put the focus on the detail's tabs (History, Sent, Answers, Refills, Note)."""
        self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- showing an order --------------------------------------------------------------------
    def show_order(self, local_id: int | None) -> None:
        """Read the order, its history and refills from the store and show them."""
        record = None
        if local_id is not None:
            try:
                record = self.store.get_order(local_id)
            except StoreError:
                record = None
        self.record = record
        self.panel = None
        if record is not None:
            try:
                self.panel = self.store.get_panel(record.panel_id)
            except StoreError:
                self.panel = None
        enabled = record is not None
        self.tabs.setEnabled(enabled)
        if record is None:
            self.title.setText(self.tr("No order selected"))
            self.state_label.setText(
                self.tr("Choose an order in the table to see its full history here.")
            )
            self.state_label.setStyleSheet("")
            for label in self.fact_labels.values():
                label.clear()
            for view in (self.history, self.refills):
                view.clear()
            for edit in (self.sent, self.answers):
                edit.clear()
            self._set_note("")
            return
        events = self.store.events(record.local_id)
        refills = self.store.list_refills(record.local_id)
        self._show_summary(record, placed_warning(events))
        self._show_history(events)
        self._show_sent(record)
        self._show_answers(events)
        self._show_refills(refills)
        self._set_note(record.note)

    def refresh(self) -> None:
        """Re-read the shown order (the poller or an action changed it)."""
        if self.record is not None:
            note_dirty = self.save_note_button.isEnabled()
            draft = self.note_edit.toPlainText()
            self.show_order(self.record.local_id)
            if note_dirty:  # never throw away what the user is typing
                self._set_note(draft, dirty=True)

    def _show_summary(self, r: OrderRecord, warning: str | None = None) -> None:
        name = isolate(clip(r.service_name, NAME_LIMIT)) or self.tr("Unknown service")
        if r.panel_order_id is not None:
            title = self.tr("Order %1 · %2").replace("%1", order_ref(r.panel_order_id))
        else:  # never placed, or not known to be: only our own number exists
            title = self.tr("Local order %1 · %2").replace("%1", fmt_id(r.local_id))
        self.title.setText(title.replace("%2", name))
        self.title.setToolTip(tip(r.service_name))
        look = status_look(r)
        state = describe_state(r, self._sharing_number(r), warning=warning)
        self.state_label.setText(f"{look.text}\n{state}")
        # Only what needs the user stands out; the symbol and words carry it without colour.
        if look.kind in ("unknown", "error"):
            colour = theme.status_colour(look.kind, theme.is_dark(self.palette()))
            self.state_label.setStyleSheet(f"color: {colour.name()};")
        else:
            self.state_label.setStyleSheet("")
        facts = self.fact_labels
        facts["panel"].setText(isolate(self.panel.name) if self.panel else order_ref(r.panel_id))
        service = order_ref(r.service_id) + " " if r.service_id is not None else ""
        # the type as the catalogue names it (its order type's title, else the panel's words)
        kind = f" ({isolate(order_type_title(r.service_type))})" if r.service_type else ""
        shown_name = isolate(clip(r.service_name, NAME_LIMIT))
        facts["service"].setText(f"{service}{shown_name}{kind}".strip() or "—")
        facts["service"].setToolTip(tip(r.service_name))
        # the link exactly as sent: bidi controls and invisible characters written out
        link = reveal(r.link)
        facts["link"].setText(isolate(link) or "—")
        facts["link"].setToolTip(tip(link))
        quantity = "—" if r.quantity is None else numbers.fmt_int(r.quantity)
        facts["quantity"].setText(quantity)
        currency = r.currency or (self.panel.currency if self.panel else None) or ""
        money = []
        if r.charge is not None:
            money.append(numbers.fmt_money(r.charge, currency))
        if r.cost is not None:
            money.append(self.tr("estimate %1").replace("%1", numbers.fmt_money(r.cost, currency)))
        facts["money"].setText(" · ".join(money) or "—")
        delivery = []
        if r.start_count is not None:
            delivery.append(self.tr("start count %1").replace("%1", numbers.fmt_int(r.start_count)))
        if r.remains is not None:
            delivery.append(self.tr("%1 remaining").replace("%1", numbers.fmt_int(r.remains)))
        share = progress_of(r)
        if share is not None:
            percent = numbers.fmt_percent(round(share * 100))
            delivery.append(self.tr("%1 delivered").replace("%1", percent))
        facts["progress"].setText(" · ".join(delivery) or "—")
        facts["placed"].setText(when(r.sent_at or r.created_at))
        facts["checked"].setText(when(r.last_checked_at) or self.tr("never"))
        for label in facts.values():
            label.setText(directed(label.text(), label))

    def _sharing_number(self, r: OrderRecord) -> OrderRecord | None:
        """The order this one shares its panel number with, if the panel gave it twice."""
        other = r.superseded_by if r.superseded_by is not None else r.reuses_id_of
        if other is None:
            return None
        try:
            return self.store.get_order(other)
        except StoreError:
            return None

    def _show_history(self, events: list[OrderEvent]) -> None:
        self.history.clear()
        items = []
        for event in events:
            what, details = event_words(event)
            item = QTreeWidgetItem([when(event.at), what, details])
            item.setToolTip(2, tip(details))
            items.append(item)
        self.history.addTopLevelItems(items)

    def _show_sent(self, r: OrderRecord) -> None:
        if not r.params and r.source == "imported":
            self.sent.unsetLayoutDirection()  # a sentence in the user's language
            self.sent.setProperty("verbatim", False)
            self.sent.setPlainText(
                self.tr(
                    "This order was placed elsewhere and imported by its id; SMMDesk "
                    "did not send it."
                )
            )
            return
        # the parameters exactly as sent: they read left to right in any language, verbatim
        self.sent.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.sent.setProperty("verbatim", True)
        lines = []
        if r.service_id is not None:
            lines.append(f"service = {r.service_id}")
        for name, value in r.params.items():
            value = reveal(value, keep_joiners=name == "comments")
            shown = value.replace("\r\n", "\n").replace("\n", "\n" + " " * (len(name) + 3))
            lines.append(f"{name} = {shown}")
        self.sent.setPlainText("\n".join(lines))

    def _show_answers(self, events: list[OrderEvent]) -> None:
        # What the panel said, as recorded (the store keeps answers redacted and clipped).
        lines = [
            f"{when(e.at)}  {e.kind:<13} {raw_detail(e.detail)}"
            for e in events
            if e.kind not in ("intent", "draft")
        ]
        self.answers.setPlainText("\n".join(lines))

    def _show_refills(self, refills: list[RefillRecord]) -> None:
        self.refills.clear()
        items = []
        for refill in refills:
            number = "" if refill.panel_refill_id is None else order_ref(refill.panel_refill_id)
            item = QTreeWidgetItem(
                [
                    numbers.fmt_datetime(refill.created_at),
                    number,
                    refill_words(refill),
                    isolate(refill.error_text or ""),
                ]
            )
            item.setToolTip(3, tip(refill.error_text))
            items.append(item)
        self.refills.addTopLevelItems(items)
        if refills:
            label = self.tr("Refills (%1)").replace("%1", numbers.fmt_int(len(refills)))
        else:
            label = self.tr("Refills")
        self.tabs.setTabText(3, label)

    # -- note --------------------------------------------------------------------------------
    def _set_note(self, text: str, *, dirty: bool = False) -> None:
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(text)
        self.note_edit.blockSignals(False)
        self.save_note_button.setEnabled(dirty)

    def _on_note_edited(self) -> None:
        self.save_note_button.setEnabled(self.record is not None)

    def save_note(self) -> None:
        if self.record is None:
            return
        self.store.set_note(self.record.local_id, self.note_edit.toPlainText())
        self.save_note_button.setEnabled(False)
        self.sig_note_saved.emit(self.record.local_id)
