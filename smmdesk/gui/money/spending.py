"""The Spending window: what the user spent by day, week or month, grouped by panel, service,
platform or product, as a stacked bar chart over time, a breakdown and a table, one currency
at a time (amounts in different currencies are never added). The sums and their rules are
``core.spending``'s; the orders are read and summed on a worker.

Charts are QtCharts (PySide6-Addons): imported with this module, which the main window loads
when the window is first opened, so start-up never pays for them."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from smmdesk.core.spending import (
    CurrencySpending,
    GroupBy,
    Period,
    SpendingReport,
    spending_report,
    write_spending_csv,
)
from smmdesk.core.store.records import OrderRecord, SpendRow
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.widgets import dialogs, screen, theme
from smmdesk.gui.widgets.plain import new_label, show_tip
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate_ltr
from smmdesk.gui.wording.errors import describe_error, write_failure
from smmdesk.gui.wording.kinds import platform_name, product_name

__all__ = ["SpendingWindow"]

#: groups drawn one by one in the charts; the rest are summed as "Other groups"
SHOWN_GROUPS = 7
OTHER = "\x00other"
#: the most buckets whose names fit under the time chart
CHART_LABELS = 14
#: the palette of the groups, distinguishable in light and dark themes
COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c9c9c")


class SpendingWindow(QDialog):
    """Non-modal: opened from the View menu, it stays beside the main window."""

    sig_status = Signal(str)
    """A routine outcome for the status bar (the export saved)."""

    def __init__(
        self,
        ctx: AppContext,
        filtered: Callable[[], list[OrderRecord]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filtered = filtered
        self.report: SpendingReport | None = None
        self._panel_names: dict[int, str] = {}
        self._loading = False
        self._again = False
        self.setWindowTitle(self.tr("Spending"))
        self.setObjectName("SpendingWindow")
        self._build()
        screen.fit_window(self, QSize(1000, 680))
        self.reload()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_controls())
        self.summary = new_label(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.over_time = QChartView(self)
        self.over_time.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.over_time.setAccessibleName(self.tr("Spending over time"))
        self.breakdown = QChartView(self)
        self.breakdown.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.breakdown.setAccessibleName(self.tr("Spending by group"))
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.over_time)
        charts.addWidget(self.breakdown)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 2)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Spending by group"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Spent"), self.tr("Share"), self.tr("Currency")]
        )
        self.table.verticalHeader().hide()
        self.over_time.setMinimumHeight(260)
        self.breakdown.setMinimumHeight(260)
        vertical = QSplitter(Qt.Orientation.Vertical, self)
        vertical.addWidget(charts)
        vertical.addWidget(self.table)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 1)
        vertical.setSizes([420, 160])
        charts.setSizes([600, 400])
        layout.addWidget(vertical, 1)
        self.unknown_label = new_label(self)
        self.unknown_label.setWordWrap(True)
        layout.addWidget(self.unknown_label)

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-29), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setLocale(numbers.widget_locale())
            edit.setDisplayFormat(
                numbers.widget_locale().dateFormat(QLocale.FormatType.ShortFormat)
            )
            edit.dateChanged.connect(self.reload)
        self.period = QComboBox(self)
        for text, value in (
            (self.tr("By day"), Period.DAY),
            (self.tr("By week"), Period.WEEK),
            (self.tr("By month"), Period.MONTH),
        ):
            self.period.addItem(text, value.value)
        self.group = QComboBox(self)
        for text, group in (
            (self.tr("Per panel"), GroupBy.PANEL),
            (self.tr("Per service"), GroupBy.SERVICE),
            (self.tr("Per platform"), GroupBy.PLATFORM),
            (self.tr("Per product"), GroupBy.PRODUCT),
        ):
            self.group.addItem(text, group.value)
        self.currency = QComboBox(self)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.only_filtered = QCheckBox(self.tr("Only the orders the &orders view shows"), self)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.clicked.connect(self.export_csv)
        self.period.currentIndexChanged.connect(self.reload)
        self.group.currentIndexChanged.connect(self.reload)
        self.only_filtered.toggled.connect(self.reload)
        self.currency.currentIndexChanged.connect(self._show_currency)
        from_label = new_label(self, self.tr("&From"))
        from_label.setBuddy(self.date_from)
        to_label = new_label(self, self.tr("&To"))
        to_label.setBuddy(self.date_to)
        self.period.setAccessibleName(self.tr("Period"))
        self.group.setAccessibleName(self.tr("Group"))
        for widget in (from_label, self.date_from, to_label, self.date_to, self.period,
                       self.group, self.currency, self.only_filtered):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.export_button)
        return row

    # -- figures -----------------------------------------------------------------------------
    def group_by(self) -> GroupBy:
        return GroupBy(self.group.currentData())

    def label(self, group: str) -> str:
        """A group's name in the user's words."""
        if group == OTHER:
            return self.tr("Other groups")
        kind = self.group_by()
        if kind is GroupBy.PLATFORM:
            return platform_name(group)
        if kind is GroupBy.PRODUCT:
            return product_name(group)
        return group or self.tr("Service not named")

    def reload(self) -> None:
        """Sum again on a worker (the orders are read there too); one run at a time."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        store = self.ctx.store
        first = _day(self.date_from.date())
        last = _day(self.date_to.date())
        if last < first:
            first, last = last, first
        period, group_by = Period(self.period.currentData()), self.group_by()
        only = self._filtered() if self.only_filtered.isChecked() else None

        def job() -> tuple[SpendingReport, dict[int, str]]:
            # a day either side: the sums place each order on the user's calendar
            since = datetime.combine(first - timedelta(days=1), time(), UTC)
            until = datetime.combine(last + timedelta(days=2), time(), UTC)
            try:
                panels = store.list_panels(include_removed=True)
                if only is None:
                    orders: list[SpendRow] = store.spending_rows(since, until)
                else:
                    orders = [SpendRow.of(order) for order in only]
            finally:
                store.close_thread_connection()
            names = {p.id: p.name for p in panels}
            currencies = {p.id: p.currency or "" for p in panels}
            report = spending_report(
                orders,
                first=first,
                last=last,
                period=period,
                group_by=group_by,
                panel_names=names,
                currency_of=lambda order: currencies.get(order.panel_id, ""),
            )
            return report, names

        def done(result: tuple[SpendingReport, dict[int, str]]) -> None:
            if not isValid(self):
                return  # the window was closed while the sums ran
            self._loading = False
            if self._again:
                self._again = False
                self.reload()
                return
            self.report, self._panel_names = result
            self._show_report()

        def failed(exc: Exception) -> None:
            if not isValid(self):
                return
            self._loading = False
            self.summary.setText(
                self.tr("The orders could not be read: %1").replace("%1", describe_error(exc))
            )

        self.ctx.tasks.submit("spending", job, done, failed)

    def _show_report(self) -> None:
        report = self.report
        assert report is not None
        kept = self.currency.currentData()
        self.currency.blockSignals(True)
        self.currency.clear()
        for figures in report.currencies:
            self.currency.addItem(figures.currency or self.tr("Currency not stated"),
                                  figures.currency)  # fmt: skip
        index = self.currency.findData(kept)
        self.currency.setCurrentIndex(max(index, 0))
        self.currency.blockSignals(False)
        self.currency.setVisible(len(report.currencies) > 1)
        self._show_unknown(report)
        self._show_currency()

    def current(self) -> CurrencySpending | None:
        if self.report is None or not self.report.currencies:
            return None
        return self.report.currencies[max(self.currency.currentIndex(), 0)]

    def _show_unknown(self, report: SpendingReport) -> None:
        count = len(report.unknown)
        if not count:
            self.unknown_label.hide()
            return
        if count == 1:
            text = self.tr(
                "Not counted: 1 order whose placement is unknown (it may or may not have been "
                "paid for; settle it in the orders view)."
            )
        else:
            text = self.tr(
                "Not counted: %Ln orders whose placement is unknown (they may or may not have "
                "been paid for; settle them in the orders view).",
                "",
                count,
            )
        self.unknown_label.setText(text)
        self.unknown_label.show()

    def _show_currency(self) -> None:
        figures = self.current()
        if figures is None:
            self.summary.setText(self.tr("No money was spent between these dates."))
            self.table.setRowCount(0)
            self.over_time.setChart(_empty_chart())
            self.breakdown.setChart(_empty_chart())
            return
        report = self.report
        assert report is not None
        if figures.orders == 1:
            text = self.tr("%1 spent on 1 order between %2 and %3.")
        else:
            text = self.tr("%1 spent on %Ln orders between %2 and %3.", "", figures.orders)
        self.summary.setText(
            text.replace("%1", numbers.fmt_money(figures.total, figures.currency))
            .replace("%2", numbers.fmt_date(report.first))
            .replace("%3", numbers.fmt_date(report.last))
        )
        self._fill_table(figures)
        self.over_time.setChart(self._time_chart(figures))
        self.breakdown.setChart(self._breakdown_chart(figures))

    def _fill_table(self, figures: CurrencySpending) -> None:
        self.table.setRowCount(len(figures.groups))
        for row, group in enumerate(figures.groups):
            amount = figures.group_totals[group]
            share = amount * 100 / figures.total if figures.total else Decimal(0)
            cells = (
                self.label(group),
                numbers.fmt_money(amount),
                numbers.fmt_percent(share, 1),
                figures.currency,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- charts ------------------------------------------------------------------------------
    def shown_groups(self, figures: CurrencySpending) -> list[str]:
        """The groups drawn one by one, then OTHER when more are left."""
        groups = list(figures.groups[:SHOWN_GROUPS])
        if len(figures.groups) > SHOWN_GROUPS:
            groups.append(OTHER)
        return groups

    def _amount(self, figures: CurrencySpending, bucket: date, group: str) -> Decimal:
        if group != OTHER:
            return figures.cells.get((bucket, group), Decimal(0))
        rest = figures.groups[SHOWN_GROUPS:]
        return sum((figures.cells.get((bucket, g), Decimal(0)) for g in rest), Decimal(0))

    def bucket_label(self, bucket: date) -> str:
        """A bucket's name: its month, or its (first) day."""
        locale = numbers.current_locale()
        day = QDate(bucket.year, bucket.month, bucket.day)
        if Period(self.period.currentData()) is Period.MONTH:
            return locale.toString(day, "MMM yyyy")
        return locale.toString(day, "d MMM")

    def _time_chart(self, figures: CurrencySpending) -> QChart:
        report = self.report
        assert report is not None
        chart = self._new_chart(
            self.tr("Spending from %1 to %2 (%3)")
            .replace("%1", numbers.fmt_date(report.first))
            .replace("%2", numbers.fmt_date(report.last))
            .replace("%3", figures.currency)
        )
        series = QStackedBarSeries()
        buckets = list(figures.buckets)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            buckets.reverse()  # time runs from the reading start
        for index, group in enumerate(self.shown_groups(figures)):
            bar = QBarSet(as_markup(self.label(group)))
            bar.setColor(QColor(COLOURS[index % len(COLOURS)]))
            bar.append([float(self._amount(figures, b, group)) for b in buckets])
            bar.hovered.connect(self._tip_for(figures, group, buckets))
            series.append(bar)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([as_markup(self.bucket_label(b)) for b in buckets])
        # more buckets than labels fit (QtCharts cuts each to its bar's width, to "…"): none;
        # the title names the dates and each bar's tooltip its own
        axis_x.setLabelsVisible(len(buckets) <= CHART_LABELS)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.2f")
        top = max((float(v) for v in figures.bucket_totals.values()), default=0.0)
        axis_y.setRange(0, top * 1.1 if top > 0 else 1)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        right = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        return chart

    def _tip_for(
        self, figures: CurrencySpending, group: str, buckets: list[date]
    ) -> Callable[[bool, int], None]:
        def tip(hovering: bool, index: int) -> None:
            if not hovering or not 0 <= index < len(buckets):
                show_tip(None)
                return
            amount = self._amount(figures, buckets[index], group)
            show_tip(
                f"{self.label(group)}\n{self.bucket_label(buckets[index])}: "
                f"{numbers.fmt_money(amount, figures.currency)}"
            )

        return tip

    def _breakdown_chart(self, figures: CurrencySpending) -> QChart:
        chart = self._new_chart(self.tr("By group"))
        pie = QPieSeries()
        pie.setHoleSize(0.4)
        for index, group in enumerate(self.shown_groups(figures)):
            if group == OTHER:
                amount = sum((figures.group_totals[g] for g in figures.groups[SHOWN_GROUPS:]),
                             Decimal(0))  # fmt: skip
            else:
                amount = figures.group_totals[group]
            if amount <= 0:
                continue
            part = pie.append(as_markup(self.label(group)), float(amount))
            part.setColor(QColor(COLOURS[index % len(COLOURS)]))
            text = f"{self.label(group)}: {numbers.fmt_money(amount, figures.currency)}"
            part.hovered.connect(lambda on, t=text: show_tip(t if on else None))
        chart.addSeries(pie)
        return chart

    def _new_chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(as_markup(title))
        dark = theme.is_dark(self.palette())
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(self.palette().window())
        chart.setTitleBrush(self.palette().windowText())
        chart.legend().setLabelColor(self.palette().windowText().color())
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setLocale(numbers.widget_locale())
        chart.setLocalizeNumbers(True)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    # -- export ------------------------------------------------------------------------------
    def export_csv(self) -> None:
        if self.report is None or not self.report.currencies:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home()) / f"spending-{date.today().isoformat()}.csv")
        chosen = dialogs.save_file(self, self.tr("Export Spending"), suggested,
                                   self.tr("CSV files (*.csv)"))  # fmt: skip
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".csv") else chosen + ".csv")
        headers = (self.tr("Period"), self.tr("Group"), self.tr("Currency"), self.tr("Spent"))
        try:
            count = write_spending_csv(path, self.report, label=self.label, headers=headers)
        except OSError as exc:
            dialogs.error(
                self,
                self.tr("Export failed"),
                self.tr("The figures could not be written to %1.").replace(
                    "%1", isolate_ltr(str(path))
                ),
                write_failure(exc),
            )
            return
        if count == 1:
            text = self.tr("Exported 1 row of spending to %1")
        else:
            text = self.tr("Exported %Ln rows of spending to %1", "", count)
        self.sig_status.emit(text.replace("%1", isolate_ltr(str(path))))


def as_markup(text: str) -> str:
    """``text`` for QtCharts, which draws its titles, legends and axis labels as HTML: escaped,
    so a service's name (the panel's words) shows as written, never as markup."""
    return html.escape(text, quote=False)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _empty_chart() -> QChart:
    chart = QChart()
    chart.legend().hide()
    return chart
