"""The order form: the flow from the selected service's rows through live validation and cost
to "Place", the confirmation, ``PanelSession.place`` and the outcome shown under it.

After an accepted order the link and list fields are cleared (they name the target: sending the
same link again is the classic duplicate) while quantity, options and drip-feed settings stay,
since those are what users repeat on the next target.

Long because it is one flow, and because its plural texts (a list's item count) must stay in
this class's tr(): lupdate marks a plural only there. The confirmation is ordering.confirm.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.catalog_history import reuse_since_last_order
from smmdesk.core.models import Balance, Service
from smmdesk.core.ordering import Placement, PlacementState
from smmdesk.core.ordertypes import FieldKind, FieldSpec, OrderTypeSpec, spec_for
from smmdesk.core.store import OpenOrder, StoreError
from smmdesk.core.validate import Validation, validate_order
from smmdesk.gui.ordering.fields import FieldRows
from smmdesk.gui.ordering.outcomes import OrderResult, cost_estimate
from smmdesk.gui.runtime.session import PanelSession
from smmdesk.gui.widgets.announce import announce
from smmdesk.gui.widgets.plain import NAME_LIMIT, align_to_reading_start, clip, new_label, tip
from smmdesk.gui.widgets.theme import tone
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.fields import blocking_error_text, field_error_text
from smmdesk.gui.wording.services import (
    limits_tip,
    orderable_min,
    service_terms,
)

__all__ = ["OrderForm"]

log = logging.getLogger(__name__)

VALIDATE_DELAY_MS = 100

_N = numbers.fmt_int


@dataclass(frozen=True)
class _Draft:
    """What the user typed into one service's form (the fields they filled) and drip-feed."""

    values: dict[str, str]
    dripfeed: bool


class OrderForm(QWidget):
    """The adaptive order form for one service of the open panel."""

    sig_fields_rebuilt = Signal()
    """The fields were built again for another service (their Alt letters with them)."""
    sig_order_placed = Signal(object)
    """Placement (or the local exception): emitted after ANY outcome of a placement."""
    sig_order_reconciled = Signal(object)
    """OrderRecord: the user settled an unconfirmed order through the Reconcile dialog."""

    def __init__(
        self, session_provider: Callable[[], PanelSession | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session_provider = session_provider
        self._connected: PanelSession | None = None
        self.service: Service | None = None
        self.type_spec: OrderTypeSpec | None = None
        self.currency = ""
        self.balance: Balance | None = None
        self._show_all_errors = False
        self._validation: Validation | None = None
        self._in_flight = False
        self._confirming = False
        self._short = False  # the balance after this order was below zero (and announced)
        self._sent_params: dict[str, str] | None = None
        self._sent_balance: Balance | None = None
        self._sent_cost: Decimal | None = None
        #: what the user typed for a service they left unplaced, by (panel id, service id):
        #: a search that hides the service, or a look at another one, loses none of it
        self._drafts: dict[tuple[int | None, int], _Draft] = {}
        self._service_panel: int | None = None

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(VALIDATE_DELAY_MS)
        self._debounce.timeout.connect(self.revalidate)

        self._build()
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.place)
        self.set_service(None, "")

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(8)

        self.header_label = self._text_label(bold=True)
        font = self.header_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.header_label.setFont(font)
        self.subheader_label = self._text_label()
        outer.addWidget(self.header_label)
        outer.addWidget(self.subheader_label)

        fields_slot = QVBoxLayout()
        fields_slot.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(fields_slot)
        self._fields = FieldRows(fields_slot, self, self._count_text)
        self._fields.sig_edited.connect(self.on_fields_edited)
        self._fields.sig_submitted.connect(self.place)

        self.cost_label = self._text_label(wrap=False, bold=True)
        self.balance_after_label = self._text_label()
        outer.addWidget(self.cost_label)
        outer.addWidget(self.balance_after_label)

        buttons = QHBoxLayout()
        self.place_button = QPushButton(self.tr("Place order"), self)
        self.place_button.setDefault(False)
        self.place_button.setAutoDefault(False)
        self.place_button.setMinimumWidth(140)
        self.place_button.clicked.connect(self.place)
        buttons.addWidget(self.place_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        self.reason_label = self._text_label()
        outer.addWidget(self.reason_label)

        # The outcome of the last placement: a line, or the prominent unknown-outcome state.
        self.result_frame = OrderResult(self)
        self.status_label = self.result_frame.status_label
        self.detail_label = self.result_frame.detail_label
        self.reconcile_button = self.result_frame.reconcile_button
        self.reconcile_button.clicked.connect(self.open_reconcile)
        self.result_frame.sig_reconciled.connect(self.sig_order_reconciled)
        outer.addWidget(self.result_frame)
        outer.addStretch(1)
        self.result_frame.clear()

    def _text_label(self, *, wrap: bool = True, bold: bool = False) -> QLabel:
        label = new_label(self)
        label.setWordWrap(wrap)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        align_to_reading_start(label)
        return label

    # -- public API --------------------------------------------------------------------------
    def set_service(self, service: Service | None, currency: str) -> None:
        """Rebuild the rows for ``service``'s type, keeping values of fields both forms share."""
        if service is not None and service == self.service and self._fields.host is not None:
            # A catalogue refresh re-selects the same service: keep the widgets (and the
            # cursor of a user typing) and only update what depends on the currency.
            self.currency = currency
            assert self.type_spec is not None
            self.subheader_label.setText(service_terms(service, self.type_spec, self.currency))
            self.revalidate()
            return
        if service is None or self.service is None or service.id != self.service.id:
            self._show_all_errors = False
            if self.result_frame.unknown is None and not self._in_flight:
                self.result_frame.clear()
        self._keep_draft()
        self.service = service
        self._service_panel = self._panel_id()
        self.currency = currency
        self.type_spec = spec_for(service.type) if service is not None else None
        self._rebuild()
        self._restore_draft()
        self.revalidate()

    def _panel_id(self) -> int | None:
        session = self._session_provider()
        return session.panel.id if session is not None else None

    def _keep_draft(self) -> None:
        """Remember what the user typed into the service being left (nothing typed: forget)."""
        if self.service is None or self._fields.host is None:
            return
        values = self._fields.values(raw=True)
        typed = {n for n in self._fields.edited() if values.get(n, "").strip()}
        key = (self._service_panel, self.service.id)  # the panel it was chosen on
        if not typed:
            self._drafts.pop(key, None)
            return
        drip = self.dripfeed_box is not None and self.dripfeed_box.isChecked()
        self._drafts[key] = _Draft({n: values[n] for n in typed}, drip)

    def _restore_draft(self) -> None:
        if self.service is None:
            return
        draft = self._drafts.get((self._service_panel, self.service.id))
        if draft is None:
            return
        self._fields.apply_values(draft.values, set(draft.values))
        if draft.dripfeed and self.dripfeed_box is not None:
            self.dripfeed_box.setChecked(True)

    def set_balance(self, balance: Balance | None) -> None:
        self.balance = balance
        self._update_cost()

    def prefill(self, values: Mapping[str, str]) -> None:
        """Fill the form from a previous order's params ("order again"): a new order begins,
        so the last one's "placed" line goes (an unconfirmed order's warning stays)."""
        if self.result_frame.unknown is None and not self._in_flight:
            self.result_frame.clear()
        self._fields.apply_values(values, {name for name, value in values.items() if value})
        if self.dripfeed_box is not None and any(values.get(n) for n in ("runs", "interval")):
            self.dripfeed_box.setChecked(True)
        self.revalidate()

    def values(self, *, raw: bool = False) -> dict[str, str]:
        """The form's text per field name; drip-feed fields are empty while drip-feed is off
        (``raw`` returns what the widgets hold regardless)."""
        return self._fields.values(raw=raw)

    def error_text(self, name: str) -> str:
        """The error shown under field ``name`` ("" when none is shown)."""
        row = self._fields.rows.get(name)
        return row.error.text() if row is not None and not row.error.isHidden() else ""

    def hint_text(self, name: str) -> str:
        """The hint under field ``name``: limits, or the live line counter."""
        row = self._fields.rows.get(name)
        return row.hint.text() if row is not None and row.hint is not None else ""

    @property
    def validation(self) -> Validation | None:
        return self._validation

    @property
    def in_flight(self) -> bool:
        return self._in_flight

    @property
    def field_widgets(self) -> dict[str, QWidget]:
        """The input widget per field name (the date edit of a date field)."""
        return self._fields.field_widgets

    @property
    def dripfeed_box(self) -> QGroupBox | None:
        """The checkable drip-feed group, when the service's type has one."""
        return self._fields.dripfeed_box

    # -- rows --------------------------------------------------------------------------------
    def first_field(self) -> QWidget | None:
        """The form's first control that can take the focus now (Place when there is no
        field), or None."""
        return next((w for w in self.focus_order() if w.isEnabled() and w.isVisibleTo(self)), None)

    def focus_first_field(self) -> None:
        """Put the cursor in the form's first field (Place when there is none)."""
        target = self.first_field()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(target, QLineEdit):
                target.selectAll()

    def focus_order(self) -> list[QWidget]:
        """The form's controls in tab order: its fields, then Place and Check Order."""
        return [*self._fields.focus_order(), self.place_button, self.reconcile_button]

    def _rebuild(self) -> None:
        self._fields.rebuild(self.service, self.type_spec)
        self.sig_fields_rebuilt.emit()
        service = self.service
        if service is None or self.type_spec is None:
            self.header_label.setText(self.tr("No service selected"))
            self.subheader_label.setText(
                self.tr("Choose a service in the catalogue to place an order.")
            )
            tone(self.subheader_label, "muted")
            return
        self.header_label.setText(clip(service.name, NAME_LIMIT))
        self.header_label.setToolTip(tip(service.name))
        self.subheader_label.setText(service_terms(service, self.type_spec, self.currency))
        self.subheader_label.setToolTip(tip(limits_tip(orderable_min(service), service.max)))
        tone(self.subheader_label, "muted")

    def _count_text(self, spec: FieldSpec, count: int) -> str:
        """How many items a list field holds, in words ("3 comments"), or the minutes of a
        choice ("5 min")."""
        if spec.kind is FieldKind.CHOICE:
            return self.tr("%Ln min", "", count)
        # English needs its singular without a loaded translation; %Ln forms serve the rest
        if count == 1:
            return self.tr("1 line")
        if spec.label == "Replies":
            return self.tr("%Ln replies", "", count)
        if spec.name == "comments":
            return self.tr("%Ln comments", "", count)
        if spec.name == "usernames":
            return self.tr("%Ln usernames", "", count)
        if spec.name == "hashtags":
            return self.tr("%Ln hashtags", "", count)
        if spec.name == "keywords":
            return self.tr("%Ln keywords", "", count)
        if spec.name == "groups":
            return self.tr("%Ln groups", "", count)
        return self.tr("%Ln lines", "", count)

    # -- live validation ---------------------------------------------------------------------
    def on_fields_edited(self, left: bool) -> None:
        """A field changed: revalidate soon (at once when the user left the field)."""
        if left:
            self._debounce.start(0)
        else:
            self._debounce.start()

    def revalidate(self) -> None:
        """Validate now (the debounce timer calls this ~100 ms after the last edit)."""
        self._debounce.stop()
        if self.service is None:
            self._validation = None
        else:
            self._validation = validate_order(
                self.service,
                self.values(),
                grouping=numbers.group_separators(),
                rate=self._estimate_rate(self.service),
            )
        for row in self._fields.rows.values():
            text = ""
            if self._validation is not None and (self._show_all_errors or row.extra.get("shown")):
                error = self._validation.error_for(row.spec.name)
                if error is not None and self.service is not None:
                    text = field_error_text(error, self.service)
            row.error.setText(text)
            row.error.setVisible(bool(text))
            self._fields.describe(row)
        self._update_cost()
        self._update_place_button()

    def _estimate_rate(self, service: Service) -> Decimal:
        """The rate the cost is estimated at: the service's own, or the higher rate of an id
        the open catalogue lists twice (the panel decides which listing applies)."""
        session = self._session_provider()
        catalog = session.catalog if session is not None else None
        if catalog is None or not catalog.is_repeated(service.id):
            return service.rate
        listed = catalog.estimate_rate(service.id)
        return service.rate if listed is None else max(service.rate, listed)

    def _update_cost(self) -> None:
        validation = self._validation
        cost = validation.cost if validation is not None else None
        if cost is None:
            self.cost_label.setText(self.tr("Cost: —") if self.service is not None else "")
            self.balance_after_label.setText("")
            self.balance_after_label.setVisible(False)
            return
        per_post = validation is not None and validation.cost_per_post
        cost_text, after_text, short = cost_estimate(cost, per_post, self.currency, self.balance)
        self.cost_label.setText(cost_text)
        self.balance_after_label.setVisible(self.balance is not None)
        self.balance_after_label.setText(after_text)
        if self.balance is not None:
            tone(self.balance_after_label, "error" if short else "muted", bold=short)
        if short and not self._short:
            announce(self.balance_after_label, after_text, urgent=True)
        self._short = short

    def _blocking_reason(self) -> str:
        """Why Place cannot be pressed right now, or "" when it can."""
        if self.service is None:
            return self.tr("Choose a service in the catalogue to place an order")
        if self._session_provider() is None:
            return self.tr("Open a panel to place orders")
        if self._in_flight:
            return self.tr("Placing the order… wait for the panel's answer")
        validation = self._validation
        if validation is None:
            return ""
        if validation.errors:
            text = blocking_error_text(validation.errors[0], self.service)
            more = len(validation.errors) - 1
            if more:
                text += " " + self.tr("(and %Ln more)", "", more)
            return text
        if validation.cost is None:
            return self.tr("The price of this service is unknown, so it cannot be ordered")
        return ""

    def _update_place_button(self) -> None:
        reason = self._blocking_reason()
        self.place_button.setEnabled(not reason)
        self.place_button.setToolTip(tip(reason))
        self.place_button.setText(
            self.tr("Placing…") if self._in_flight else self.tr("Place order")
        )
        self.reason_label.setText(reason)
        # with no service the header already says what to do: no button, no second hint
        self.place_button.setVisible(self.service is not None)
        self.reason_label.setVisible(bool(reason) and self.service is not None)
        tone(self.reason_label, "muted")

    # -- placing -----------------------------------------------------------------------------
    def place(self) -> None:
        """Validate, confirm, then hand the order to the session (at most one in flight)."""
        if self._in_flight or self._confirming or self.service is None:
            return
        session = self._session_provider()
        if session is None or session.placing:
            return
        if session.ask_for_key():  # nothing goes to a panel without its key
            self.result_frame.show_result(
                "error", self.tr("This panel has no API key yet: enter it to place orders.")
            )
            return
        self._show_all_errors = True
        self.revalidate()
        validation = self._validation
        if validation is None or not validation.ok or validation.params is None:
            self._focus_first_error()
            return
        cost = validation.cost
        if cost is None:
            return
        service, params = self.service, dict(validation.params)
        self._confirming = True
        try:
            if not self._confirm(service, params, validation):
                return
        finally:
            self._confirming = False
        # The dialog ran an event loop: the world may have moved on meanwhile.
        if (
            self._in_flight
            or self.service is not service
            or self._session_provider() is not session
        ):
            return
        self._connect(session)
        if not session.place(service, params, cost, validation.quantity):
            # the key may have gone (another window removed it) while the dialog was open
            text = (
                self.tr("Another order is still being sent; wait for its answer.")
                if session.placing
                else self.tr("This panel has no API key yet: enter it to place orders.")
            )
            self.result_frame.show_result("error", text)
            return
        self.result_frame.unknown = None
        self._in_flight = True
        self._sent_params = params
        self._sent_cost = cost
        self._sent_balance = self.balance
        self.result_frame.clear()
        self._update_place_button()

    def _confirm(self, service: Service, params: dict[str, str], validation: Validation) -> bool:
        from smmdesk.gui.ordering.confirm import OrderSummary, ask_to_place  # when first needed

        session = self._session_provider()
        reused = None
        if session is not None:
            try:
                reused = reuse_since_last_order(session.ctx.store, session.panel.id, service)
            except StoreError:
                log.warning("catalogue history unreadable; order asked about without it")
        summary = OrderSummary(
            panel_name=session.panel.name if session is not None else "",
            service=service,
            validation=validation,
            currency=self.currency,
            balance=self.balance,
            unknown=self.result_frame.unknown is not None,
            same_as_unknown=self.result_frame.unknown_params == params,
            reused=reused,
            same_link=self._same_link(session, service, params),
        )
        return ask_to_place(self, summary)

    @staticmethod
    def _same_link(
        session: PanelSession | None, service: Service, params: Mapping[str, str]
    ) -> tuple[OpenOrder, ...]:
        """Orders in progress on any panel on this order's link, for the same kind of product
        (read once, when the order is confirmed)."""
        link = params.get("link", "")
        if session is None or not link:
            return ()
        from smmdesk.core.same_link import ActiveLinks, product_of  # when first needed

        try:
            active = ActiveLinks.load(session.ctx.store)
        except StoreError:
            log.exception("cannot read the orders in progress for the same-link check")
            return ()
        return active.matching(link, product_of(service))

    def _connect(self, session: PanelSession) -> None:
        if self._connected is session:
            return
        if self._connected is not None:
            # the old session may already be gone
            with contextlib.suppress(RuntimeError, TypeError):
                self._connected.sig_order_finished.disconnect(self.on_order_finished)
        session.sig_order_finished.connect(self.on_order_finished)
        self._connected = session

    def on_order_finished(self, outcome: object) -> None:
        """The session's answer for the order this form sent."""
        if not self._in_flight:
            return  # another door of the session placed it; not ours to show
        self._in_flight = False
        sent = (self._sent_params, self._sent_cost, self.currency, self._sent_balance)
        self.result_frame.show_outcome(outcome, *sent)
        if isinstance(outcome, Placement) and outcome.state is PlacementState.ACCEPTED:
            self._fields.clear_targets()
            self._show_all_errors = False
            if self.service is not None:  # placed: nothing of it is waiting any more
                self._drafts.pop((self._service_panel, self.service.id), None)
        self.revalidate()
        self.sig_order_placed.emit(outcome)

    def open_reconcile(self) -> None:
        """Open the reconciliation dialog for the last unconfirmed order."""
        session = self._connected or self._session_provider()
        if session is not None:
            self.result_frame.open_reconcile(session)

    def _focus_first_error(self) -> None:
        validation = self._validation
        if validation is None or not validation.errors:
            return
        self._fields.focus(validation.errors[0].field)
