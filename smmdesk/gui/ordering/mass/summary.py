"""The summary line under the mass-order table: what the checked paste holds and costs against
the balance, what a run did, and the dialog's short notes, each in its tone."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QWidget

from smmdesk.core.massorder import MassRun, StopReason
from smmdesk.core.massplan import MassOrderPlan
from smmdesk.core.ordering import PlacementState
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.announce import announce, describe
from smmdesk.gui.widgets.plain import align_to_reading_start, plain_label
from smmdesk.gui.wording import numbers

__all__ = ["ERROR", "WARNING", "MassSummary"]

# Tones: theme status kinds, readable on light and dark backgrounds
ERROR = "error"
WARNING = "unknown"


class MassSummary(QLabel):
    """One wrapped line of plain text; its colour says whether something needs attention."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        plain_label(self)
        self.setWordWrap(True)
        align_to_reading_start(self)
        # read by name, with what it says now as its description
        self.setAccessibleName(self.tr("Mass order summary"))

    def show_note(self, text: str, kind: str | None = None) -> None:
        """Show ``text``, in the colour of theme status ``kind`` (None: the normal text)."""
        self.setText(text)
        describe(self, [text])
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        colour = theme.status_colour(kind, dark).name() if kind else ""
        self.setStyleSheet(f"color: {colour};" if kind else "")

    def show_plan(
        self, plan: MassOrderPlan, balance: Decimal | None, currency: str, *, flagged: int = 0
    ) -> None:
        """How many lines are valid, how many have problems (and ``flagged``: how many valid
        ones are on a link already taken), their total and the balance."""

        def money(amount: Decimal) -> str:
            return numbers.fmt_money(amount, currency)

        parts = [
            (
                self.tr("1 valid line")
                if len(plan.valid) == 1
                else self.tr("%Ln valid lines", "", len(plan.valid))
            ),
            self.tr("%Ln with problems", "", len(plan.problems)),
        ]
        if flagged:
            parts.append(self.tr("%Ln on a link already taken", "", flagged))
        text = self.tr(", ").join(parts)
        text += " · " + self.tr("total %1").replace("%1", money(plan.total_cost))
        if balance is None:
            text += " · " + self.tr("balance not known yet")
        else:
            text += " · " + self.tr("balance %1").replace("%1", money(balance))
        if plan.exceeds(balance):
            text += " — " + self.tr("the total is more than the balance: add funds or remove lines")
            self.show_note(text, ERROR)
        else:
            self.show_note(text)
        # what Check found shows down here, away from the focus: say it
        announce(self, text, urgent=plan.exceeds(balance))

    def show_run(self, run: MassRun) -> None:
        """What a run placed, refused and left unconfirmed, and why it stopped early."""
        text = self._run_text(run)
        self.show_note(text, None if run.stopped is None else WARNING)
        announce(self, text, urgent=run.stopped is not None)

    def _run_text(self, run: MassRun) -> str:
        counts = self.tr(", ").join(
            (
                self.tr("%Ln placed", "", run.count(PlacementState.ACCEPTED)),
                self.tr("%Ln refused", "", run.count(PlacementState.REJECTED)),
                self.tr("%Ln unconfirmed", "", run.count(PlacementState.UNKNOWN)),
            )
        )
        if run.stopped is None:
            return self.tr("Done: %1.").replace("%1", counts)
        unsent = (
            self.tr("1 line not sent")
            if len(run.unsent) == 1
            else self.tr("%Ln lines not sent", "", len(run.unsent))
        )
        return (
            self.tr("%1 — %2; %3.")
            .replace("%1", self._stop_reason(run.stopped))
            .replace("%2", counts)
            .replace("%3", unsent)
        )

    def _stop_reason(self, reason: StopReason) -> str:
        if reason is StopReason.CANCELLED:
            return self.tr("Cancelled")
        if reason is StopReason.AUTH:
            return self.tr("Stopped: the panel refused the API key")
        if reason is StopReason.FUNDS:
            return self.tr("Stopped: the panel says the balance is too low")
        return self.tr(
            "Stopped: several lines in a row got no usable answer from the panel; check the "
            "unconfirmed orders before sending the rest"
        )
