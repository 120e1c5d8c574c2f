"""ServiceTreeModel: the catalogue as a two-level Qt model (category rows -> service rows).

Rows are plain Python lists of indices into ``Catalog.services``; searching, filtering and
sorting happen in Python and arrive here through ``set_rows`` (one model reset, no proxy).
Over 400 lines on purpose: it is one Qt model whose per-cell paths (``data``, ``index``,
``parent``) share its caches and were tuned together; splitting them apart costs calls.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from smmdesk.core.catalog import Catalog
from smmdesk.core.models import Service
from smmdesk.core.ordertypes import limits_contradict, spec_for
from smmdesk.gui.widgets.icons import favourite_star, warning_icon
from smmdesk.gui.widgets.plain import tip
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.services import (
    compact_flags,
    contradicting_limits_text,
    flag_words,
    format_count,
    format_rate,
    order_type_title,
    repeated_id_text,
)

__all__ = ["COLUMN_COUNT", "ServiceTreeModel"]

ID, NAME, RATE, MIN, MAX, FLAGS, TYPE = range(7)
COLUMN_COUNT: Final = 7

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
# the trailing edge: numbers line up at the right, or at the left in a right-to-left view
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
# Category rows are "selectable" only for Qt's sake: QItemSelectionModel.isColumnSelected (run by
# the header on every repaint while anything is selected) stops at the first selectable row that
# is not selected, but walks every row when the top level is unselectable: 20,000 Python calls
# per header repaint at 20k services. The view refuses to select them (CatalogPane's tree).
_CATEGORY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_SERVICE_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_DISPLAY: Final = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION: Final = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP: Final = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT: Final = int(Qt.ItemDataRole.FontRole.value)
_ALIGNMENT: Final = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ACCESSIBLE: Final = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ACCESSIBLE_DESCRIPTION: Final = int(Qt.ItemDataRole.AccessibleDescriptionRole.value)
_SERVICE: Final = int(Qt.ItemDataRole.UserRole.value) + 1
_IS_FAVOURITES: Final = int(Qt.ItemDataRole.UserRole.value) + 2
_HANDLED_ROLES: Final = frozenset(
    {
        _DISPLAY,
        _DECORATION,
        _TOOLTIP,
        _FONT,
        _ALIGNMENT,
        _SERVICE,
        _IS_FAVOURITES,
        _ACCESSIBLE,
        _ACCESSIBLE_DESCRIPTION,
    }
)


class _Group:
    """One top-level row: a category (or the favourites branch) and its service indices."""

    __slots__ = ("favourites", "label", "rows", "title")

    def __init__(self, title: str, rows: list[int], favourites: bool = False) -> None:
        self.title = title
        self.rows = rows
        self.favourites = favourites
        # First-strong isolation keeps "(N)" after an Arabic title in a left-to-right tree
        # (and vice versa), instead of letting the bidi algorithm pull it to the wrong side.
        self.label = f"{isolate(title)} ({numbers.fmt_int(len(rows))})"


class ServiceTreeModel(QAbstractItemModel):
    """Category rows (internal id 0) whose children are service rows (internal id = group + 1)."""

    ServiceRole: Final = _SERVICE
    """data(index, ServiceRole) -> the Service of a service row (None on category rows)."""
    IsFavouritesBranchRole: Final = _IS_FAVOURITES
    """data(index, IsFavouritesBranchRole) -> True on the favourites row and its children."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog: Catalog | None = None
        self._services: tuple[Service, ...] = ()
        self._currency = ""
        self._rate_text: dict[int, str] = {}  # service index -> "0.90 USD", filled as painted
        self._type_text: dict[str, str] = {}  # panel type spelling -> the title shown
        self._per_package: dict[str, bool] = {}  # panel type spelling -> priced per package
        self._warnings: dict[int, tuple[str, ...]] = {}  # service index -> warnings, as painted
        self._groups: list[_Group] = []
        self._category_row: dict[str, int] = {}
        self._service_count = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            self.tr("ID"),
            self.tr("Name"),
            self.tr("Rate per 1000"),
            self.tr("Min"),
            self.tr("Max"),
            self.tr("Flags"),
            self.tr("Type"),
        )
        self._header_tips = (
            self.tr("Service ID on the panel. Double-click it to star or unstar (Ctrl+D)."),
            "",
            self.tr("Price per 1000 units (packages: per package), in the panel's currency"),
            self.tr("Smallest quantity you can order"),
            self.tr("Largest quantity you can order"),
            self.tr("Drip-feed, refill and cancel support"),
            self.tr("Service type: decides which order form is used"),
        )

    # -- feeding ----------------------------------------------------------------------------
    @property
    def catalog(self) -> Catalog | None:
        return self._catalog

    @property
    def currency(self) -> str:
        return self._currency

    def set_catalog(
        self,
        catalog: Catalog | None,
        currency: str,
        *,
        rows: tuple[list[tuple[str, list[int]]], list[int]] | None = None,
    ) -> None:
        """Show ``catalog``: every service by category, favourites first (or ``rows`` if given:
        the (groups, favourites) of a search, so a refresh costs one reset, not two)."""
        self.beginResetModel()
        self._catalog = catalog
        self._services = catalog.services if catalog is not None else ()
        self._currency = currency
        self._rate_text = {}
        self._type_text = {}
        self._warnings = {}
        if rows is not None:
            groups, favourites = rows
        elif catalog is not None:
            groups = catalog.group(range(len(self._services)))
            favourites = sorted(
                index
                for service_id in catalog.favourites
                for index in catalog.indices_of(service_id)
            )
        else:
            groups, favourites = [], []
        self._build(groups, favourites)
        self.endResetModel()

    def set_rows(self, groups: list[tuple[str, list[int]]], favourites: list[int]) -> None:
        """Replace the rows: ``groups`` are (category, service indices) pairs, ``favourites``
        the indices shown in the "★ Favourites" branch on top (omitted when empty)."""
        self.beginResetModel()
        self._build(groups, favourites)
        self.endResetModel()

    def _build(self, groups: list[tuple[str, list[int]]], favourites: list[int]) -> None:
        n = len(self._services)
        built: list[_Group] = []
        if favourites:
            built.append(
                _Group(self.tr("★ Favourites"), [i for i in favourites if 0 <= i < n], True)
            )
        category_row: dict[str, int] = {}
        count = 0
        for title, rows in groups:
            if not rows:
                continue
            category_row.setdefault(title, len(built))
            built.append(_Group(title, rows))
            count += len(rows)
        self._groups = built
        self._category_row = category_row
        self._service_count = count

    # -- queries ----------------------------------------------------------------------------
    def group_count(self) -> int:
        """Category rows shown (the favourites branch not counted)."""
        return len(self._groups) - (1 if self.has_favourites_branch() else 0)

    def service_count(self) -> int:
        """Service rows under categories (favourites-branch duplicates not counted)."""
        return self._service_count

    def has_favourites_branch(self) -> bool:
        return bool(self._groups) and self._groups[0].favourites

    def group_title(self, row: int) -> str:
        return self._groups[row].title

    def row_of_category(self, title: str) -> int | None:
        """The top-level row of category ``title`` (None when it is not shown)."""
        return self._category_row.get(title)

    def group_rows(self, row: int) -> list[int]:
        """The service indices (into ``Catalog.services``) under top-level row ``row``."""
        return self._groups[row].rows

    def is_category(self, index: AnyIndex) -> bool:
        return index.isValid() and index.internalId() == 0

    def service_at(self, index: AnyIndex) -> Service | None:
        """The service of a service row (any column); None for category rows or invalid."""
        if not index.isValid():
            return None
        group = index.internalId()
        if group == 0:
            return None
        rows = self._groups[group - 1].rows
        row = index.row()
        return self._services[rows[row]] if 0 <= row < len(rows) else None

    def index_of_service(
        self, service_id: int, *, in_favourites: bool = False, prefer: Service | None = None
    ) -> QModelIndex:
        """The row of ``service_id`` in its category branch (or in the favourites branch);
        invalid when it is not shown. An id the panel lists twice has a row per listing: the
        one equal to ``prefer`` comes first, else the first listing shown."""
        if self._catalog is None:
            return QModelIndex()
        positions = self._catalog.indices_of(service_id)
        if prefer is not None and len(positions) > 1:
            positions.sort(key=lambda p: self._services[p] != prefer)
        for position in positions:
            index = self._index_of_position(position, in_favourites)
            if index.isValid():
                return index
        return QModelIndex()

    def _index_of_position(self, position: int, in_favourites: bool) -> QModelIndex:
        if in_favourites:
            if self.has_favourites_branch() and position in self._groups[0].rows:
                return self.createIndex(self._groups[0].rows.index(position), 0, 1)
            return QModelIndex()
        candidates = []
        row = self._category_row.get(self._services[position].category)
        if row is not None:
            candidates.append(row)
        # a sorted or re-grouped view may place the service elsewhere: fall back to a scan
        candidates.extend(r for r, g in enumerate(self._groups) if not g.favourites and r != row)
        for group_row in candidates:
            rows = self._groups[group_row].rows
            if position in rows:
                return self.createIndex(rows.index(position), 0, group_row + 1)
        return QModelIndex()

    def warnings(self, service: Service) -> tuple[str, ...]:
        """What the user should know before ordering ``service`` (a row's warning icon and
        tooltip): its id is listed twice, its limits contradict each other."""
        found = []
        if self._catalog is not None and self._catalog.is_repeated(service.id):
            found.append(repeated_id_text())
        if limits_contradict(service):
            found.append(contradicting_limits_text())
        return tuple(found)

    def _warnings_at(self, position: int, service: Service) -> tuple[str, ...]:
        found = self._warnings.get(position)
        if found is None:
            found = self._warnings[position] = self.warnings(service)
        return found

    # -- QAbstractItemModel -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = _NO_PARENT) -> QModelIndex:
        if column < 0 or column >= COLUMN_COUNT or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._groups):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        group_row = parent.row()
        if group_row < len(self._groups) and row < len(self._groups[group_row].rows):
            return self.createIndex(row, column, group_row + 1)
        return QModelIndex()

    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        group = child.internalId()
        if group == 0:
            return QModelIndex()
        return self.createIndex(group - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return COLUMN_COUNT

    def hasChildren(self, parent: AnyIndex = _NO_PARENT) -> bool:
        if not parent.isValid():
            return bool(self._groups)
        return (
            parent.internalId() == 0
            and parent.column() == 0
            and bool(self._groups[parent.row()].rows)
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _CATEGORY_FLAGS if index.internalId() == 0 else _SERVICE_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (RATE, MIN, MAX):
            return _ALIGN_NUMBER
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # Called for every role of every painted cell: plain ints and early exits keep the
        # per-call cost low (enum comparisons in PySide cost more than the work itself).
        if role not in _HANDLED_ROLES or not index.isValid():
            return None
        group_id = index.internalId()
        column = index.column()
        if group_id == 0:
            return self._category_data(index.row(), column, role)
        group = self._groups[group_id - 1]
        row = index.row()
        if row >= len(group.rows):
            return None
        position = group.rows[row]
        service = self._services[position]
        if role == _DISPLAY:
            if column == RATE:
                text = self._rate_text.get(position)
                if text is None:
                    text = self._rate_text[position] = self._rate(service)
                return text
            return self._display(service, column)
        if role == _SERVICE:
            return service
        if role == _IS_FAVOURITES:
            return group.favourites
        return self._service_data(position, service, column, role)

    def _service_data(self, position: int, service: Service, column: int, role: int) -> Any:
        """The roles of a service cell painted less often than its text."""
        if role == _DECORATION:
            if column == ID:
                return favourite_star(self._is_favourite(service.id))
            if column == NAME and self._warnings_at(position, service):
                return warning_icon()
            return None
        if role == _ALIGNMENT:
            return _ALIGN_NUMBER if column in (RATE, MIN, MAX) else None
        if role in (_ACCESSIBLE, _ACCESSIBLE_DESCRIPTION):
            return self._accessible(service, column, role)
        if role == _TOOLTIP:
            if column == NAME:
                text = "\n".join(
                    (service.name, service.category, *self._warnings_at(position, service))
                )
                return tip(text) or None
            return tip(self._tooltip(service, column)) or None
        return None

    def _accessible(self, service: Service, column: int, role: int) -> str | None:
        """What a screen reader says for a service cell: the id column (where the tree's focus
        sits) names the service and whether it is a favourite, and so does the name column (a
        click puts the focus there); the id's description says how to (un)star it. Other
        columns read as they show."""
        if column not in (ID, NAME):
            return None
        if role == _ACCESSIBLE_DESCRIPTION:
            return self._tooltip(service, ID) if column == ID else None
        if column == NAME:
            text = service.name
        else:
            text = self.tr("Service %1: %2").replace("%1", numbers.fmt_id(service.id))
            text = text.replace("%2", service.name)
        if self._is_favourite(service.id):
            text = self.tr("%1, favourite").replace("%1", text)
        return text

    # -- helpers ----------------------------------------------------------------------------
    def _is_favourite(self, service_id: int) -> bool:
        return self._catalog is not None and self._catalog.is_favourite(service_id)

    def _category_data(self, row: int, column: int, role: int) -> Any:
        group = self._groups[row]
        if role == _DISPLAY:
            return group.label if column == 0 else None
        if role == _TOOLTIP:
            return tip(group.label) or None if column == 0 else None
        if role == _FONT:
            return self._bold
        if role == _IS_FAVOURITES:
            return group.favourites
        return None

    def _display(self, service: Service, column: int) -> str:
        if column == ID:
            # an id is a code to quote to the panel, not a quantity: no grouping, and in the
            # user's digits like every other number (search takes either digits)
            return numbers.fmt_id(service.id)
        if column == NAME:
            return service.name
        if column == RATE:
            return self._rate(service)
        if column == MIN:
            return numbers.fmt_limit(service.min, minimum=True)
        if column == MAX:
            return numbers.fmt_limit(service.max)
        if column == FLAGS:
            return compact_flags(service.dripfeed, service.refill, service.cancel)
        text = self._type_text.get(service.type)
        if text is None:
            text = self._type_text[service.type] = order_type_title(service.type)
        return text

    def _rate(self, service: Service) -> str:
        """The rate cell: "0.90 USD" (per 1000, as the header says), or for a package
        "2.50 USD per package"."""
        per_package = self._per_package.get(service.type)
        if per_package is None:
            per_package = self._per_package[service.type] = spec_for(service.type).per_package
        rate = format_rate(service.rate, self._currency)
        return self.tr("%1 per package").replace("%1", rate) if per_package else rate

    def _tooltip(self, service: Service, column: int) -> str | None:
        # the NAME column's tooltip (name, category, warnings) is made in data()
        if column == ID:
            if self._is_favourite(service.id):
                return self.tr("★ In your favourites. Double-click or press Ctrl+D to unstar.")
            return self.tr("Double-click or press Ctrl+D to add to your favourites.")
        if column == TYPE:
            return service.type
        if column == MIN and service.min < service.order_min:
            return (
                self.tr("The panel lists %1; the smallest quantity that can be ordered is %2")
                .replace("%1", format_count(service.min))
                .replace("%2", format_count(service.order_min))
            )
        if column in (MIN, MAX):
            return format_count(service.min if column == MIN else service.max)
        if column == FLAGS:
            words = flag_words(service)
            if not words:
                return self.tr("No drip-feed, refill or cancel")
            return self.tr(", ", "list separator").join(words)
        return self._display(service, column) or None
