"""The Compare window wired to the panels' catalogues, the user's money settings and their own
order history: the selected service set beside its equivalents on every panel (``core.compare``),
ranked in the user's currency, with the user's median completion time per service; "Order here"
hands the panel, the service, the link and the quantity to the main window. Loaded when first
opened.

The catalogues are the All panels ones (``AllCatalogues``: saved catalogues indexed on a
worker, every panel asked afresh); what each service is (``kinds.classify``) is read on a worker
once per catalogue and kept, grouped by platform and product, so ticking a box or typing a
quantity ranks a handful of rows on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from smmdesk.core.allpanels import AllPanelsIndex, PanelCatalog
from smmdesk.core.catalog import Catalog
from smmdesk.core.compare import CompareRow, Offer, compare
from smmdesk.core.delivery import ServiceDelivery, delivery_summary
from smmdesk.core.kinds import ServiceKind
from smmdesk.core.models import Service
from smmdesk.core.store import PanelRecord, Store
from smmdesk.gui.catalog.compare import CompareDialog
from smmdesk.gui.money import prefs
from smmdesk.gui.runtime.catalogs import AllCatalogues
from smmdesk.gui.runtime.context import AppContext

__all__ = ["Comparing", "OrderHere"]

Key = tuple[str, str]
Delivery = dict[tuple[int, int], ServiceDelivery]
OrderHere = Callable[[int, int, dict[str, str]], None]
"""(panel id, service id, the form's values to fill in: link, quantity)."""


@dataclass(frozen=True, slots=True)
class _Kinds:
    """One catalogue's services grouped by (platform, product): each one's position in its
    services and what its text says (services whose text does not say both are in no group)."""

    catalog: Catalog
    groups: Mapping[Key, Sequence[tuple[int, ServiceKind]]]


def _group(catalog: Catalog) -> _Kinds:
    groups: dict[Key, list[tuple[int, ServiceKind]]] = {}
    for position, service in enumerate(catalog.services):
        kind = Offer.of(0, service, "").kind  # read as the comparison reads it
        if kind.platform is not None and kind.product is not None:
            groups.setdefault((kind.platform, kind.product), []).append((position, kind))
    return _Kinds(catalog, groups)


def _read(
    store: Store, parts: Sequence[PanelCatalog], known: Mapping[int, _Kinds]
) -> tuple[dict[int, _Kinds], Delivery]:
    """Each catalogue grouped (those already grouped reused) and the user's delivery figures of
    every service. Runs on a worker."""
    kinds = {}
    for part in parts:
        done = known.get(part.panel_id)
        fresh = done is None or done.catalog is not part.catalog
        kinds[part.panel_id] = _group(part.catalog) if fresh or done is None else done
    now = datetime.now(UTC)
    try:
        delivery = delivery_summary(store.delivery_facts(now), now)[0]
    finally:
        store.close_thread_connection()
    return kinds, delivery


@dataclass(frozen=True, slots=True)
class _Subject:
    panel_id: int
    service: Service
    link: str


class Comparing(QObject):
    """One Compare window per main window (shown again, for another service, when asked)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        on_order: OrderHere,
        catalogues: AllCatalogues | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._on_order = on_order
        self.dialog = CompareDialog(parent)
        self._subject: _Subject | None = None
        self._kinds: dict[int, _Kinds] = {}
        self._delivery: Delivery = {}
        self._generation = 0
        self._read_done = False
        self.dialog.sig_narrowing_changed.connect(self.rank)
        self.dialog.sig_order_here.connect(self._order_here)
        if catalogues is None:
            self.catalogues = AllCatalogues(ctx, self)
            self.catalogues.load(self._refresh)
        else:  # All panels' own: already loaded, asked afresh
            self.catalogues = catalogues
            catalogues.refresh_all()
        self.catalogues.sig_index.connect(self._on_index)
        self.catalogues.sig_panel_state.connect(self._show_state)

    def _refresh(self) -> None:
        self.catalogues.refresh_all()
        self._show_state()

    def show_for(
        self, panel_id: int, service: Service, link: str = "", quantity: str = ""
    ) -> CompareDialog:
        """Compare ``service`` of ``panel_id``, with the link and quantity the user typed."""
        self._subject = _Subject(panel_id, service, link.strip())
        names = self._names()
        kind = Offer.of(panel_id, service, "").kind
        self.dialog.set_subject(names.get(panel_id, ""), service, kind, link.strip(), quantity)
        self.dialog.start_afresh()
        self._read_done = False
        self.rank()
        self._read(self.catalogues.index)
        self._show_state()
        dialog = self.dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.table.setFocus()
        return dialog

    # -- reading ------------------------------------------------------------------------------
    def _on_index(self, index: AllPanelsIndex) -> None:
        if self._subject is not None:
            self._read(index)

    def _read(self, index: AllPanelsIndex) -> None:
        """Group the catalogues and count the deliveries on a worker, then rank."""
        self._generation += 1
        generation = self._generation
        store, parts, known = self.ctx.store, index.panels, dict(self._kinds)

        def done(found: tuple[dict[int, _Kinds], Delivery]) -> None:
            if not isValid(self) or not isValid(self.dialog):  # closed while the worker read
                return
            kinds, self._delivery = found
            current = {p.panel_id: p.catalog for p in self.catalogues.index.panels}
            for panel_id, grouped in kinds.items():  # an older answer never undoes a newer one
                if current.get(panel_id) is grouped.catalog:
                    self._kinds[panel_id] = grouped
            if generation == self._generation:
                self._read_done = True
                self.rank()
                self._show_state()

        self.ctx.tasks.submit("compare", lambda: _read(store, parts, known), done)

    # -- ranking ------------------------------------------------------------------------------
    def rows(self, panels: list[PanelRecord] | None = None) -> list[CompareRow]:
        """The equivalent services of the subject, ranked, as the ticks and quantity say
        (``panels``: the panels' records, read once per ranking)."""
        subject = self._subject
        if subject is None:
            return []
        panels = self.ctx.store.list_panels() if panels is None else panels
        currencies = {p.id: p.currency or "" for p in panels}
        selected = Offer.of(subject.panel_id, subject.service, currencies.get(subject.panel_id, ""))
        offers = [selected]
        kind = selected.kind
        if kind.platform is not None and kind.product is not None:
            for part in self.catalogues.index.panels:
                grouped = self._kinds.get(part.panel_id)
                if grouped is None or grouped.catalog is not part.catalog:
                    continue
                services = part.catalog.services
                currency = currencies.get(part.panel_id, part.currency)
                for position, its_kind in grouped.groups.get((kind.platform, kind.product), ()):
                    service = services[position]
                    if (part.panel_id, service.id) != (subject.panel_id, subject.service.id):
                        # read once per catalogue (on the worker), not on each keystroke
                        offers.append(Offer(part.panel_id, service, currency, its_kind))
        return compare(
            selected,
            offers,
            narrowing=self.dialog.narrowing(),
            user_currency=prefs.home_currency(self.ctx.settings),
            rates=prefs.rates(self.ctx.settings),
            quantity=self.dialog.quantity(),
        )

    def rank(self) -> None:
        if not isValid(self.dialog):
            return
        panels = self.ctx.store.list_panels()  # one read per ranking (a tick, a keystroke)
        names = {p.id: p.name for p in panels}
        self.dialog.set_rows(
            self.rows(panels), names, prefs.home_currency(self.ctx.settings), self._delivery
        )

    def _names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.ctx.store.list_panels()}

    def _show_state(self, *_args: object) -> None:
        if not isValid(self.dialog):
            return
        names = self._names()
        parts = []
        if not self._read_done:
            parts.append(self.tr("Reading every panel's catalogue…"))
        updating = [names[i] for i in sorted(self.catalogues.fetching) if i in names]
        if updating:
            parts.append(self.tr("Updating: %1").replace("%1", ", ".join(updating)))
        self.dialog.set_state("\n".join(parts))

    # -- ordering -----------------------------------------------------------------------------
    def _order_here(self, panel_id: int, service_id: int) -> None:
        values = {"link": self._subject.link if self._subject else ""}
        values["quantity"] = self.dialog.quantity_edit.text().strip()
        self._on_order(panel_id, service_id, {k: v for k, v in values.items() if v})
