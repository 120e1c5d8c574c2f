"""Mass orders without Qt: the paste parser (separators, comments, Arabic digits, per-line errors,
duplicates, exact totals) and the runner's guarantees with a scripted panel client: one ``add``
per valid line at most, stop after the current line, stop on failure storms, crash recovery."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.core.catalog import Catalog
from smmdesk.core.errors import (
    AuthError,
    OutcomeUnknown,
    PanelError,
    PanelRejected,
    RateLimited,
    TransportError,
)
from smmdesk.core.links import LinkProblem
from smmdesk.core.massorder import (
    MassRun,
    StopReason,
    discard_drafts,
    drafts_to_text,
    interrupted_drafts,
    run_mass_order,
)
from smmdesk.core.massplan import LineProblem, MassOrderPlan, parse_mass_order
from smmdesk.core.models import AddResult, Service
from smmdesk.core.ordering import Placement, PlacementState, recover_at_startup
from smmdesk.core.store import LocalState, Store
from smmdesk.core.validate import FieldCode

SERVICES = [
    Service(1, "IG Followers", "Default", "Instagram", Decimal("0.90"), 50, 10000),
    Service(2, "IG Likes drip", "Default", "Instagram", Decimal("1.20"), 100, 5000, dripfeed=True),
    Service(3, "Starter pack", "Package", "Packs", Decimal("2.50"), 1, 1),
    Service(4, "IG Comments", "Custom Comments", "Instagram", Decimal("12.00"), 5, 1000),
    Service(17, "Auto likes", "Subscriptions", "Instagram", Decimal("1.10"), 50, 20000),
    Service(18, "Gateway", "Custom Gateway", "Other", Decimal("0.50"), 10, 1000),
    Service(22, "Views cheap", "Default", "Views", Decimal("0.0003"), 1000, 2147483647),
    Service(30, "TG members", "Default", "Telegram", Decimal("0.333"), 10, 100000),
]
CATALOG = Catalog(SERVICES)


def plan_of(
    text: str, already_sent: Mapping[tuple[int, str], int | None] | None = None
) -> MassOrderPlan:
    return parse_mass_order(text, CATALOG, already_sent=already_sent)


# ---------------------------------------------------------------------------------------------
# Parsing


@pytest.mark.parametrize(
    "line",
    [
        "1 | https://instagram.com/p/abc | 1000",
        "1|https://instagram.com/p/abc|1000",
        "1, https://instagram.com/p/abc, 1000",
        "1;https://instagram.com/p/abc;1000",
        "1\thttps://instagram.com/p/abc\t1000",
        "1 https://instagram.com/p/abc 1000",
        "1،https://instagram.com/p/abc،1000",
        '1,"https://instagram.com/p/abc","1,000"',
        '1 | "https://instagram.com/p/abc" | "1000"',
        "1\thttps://instagram.com/p/abc\t1,000",
        "1 | https://instagram.com/p/abc | 1000 |",
        "١ | https://instagram.com/p/abc | ١٬٠٠٠",
        "۱ | https://instagram.com/p/abc | ۱۰۰۰",
        "1 | instagram.com/p/abc | 1 000",
    ],
)
def test_every_accepted_spelling_gives_the_same_order(line: str) -> None:
    plan = plan_of(line)
    [parsed] = plan.lines
    assert parsed.ok, parsed.problem
    assert parsed.service_id == 1
    assert dict(parsed.params or {}) == {"link": "https://instagram.com/p/abc", "quantity": "1000"}
    assert parsed.cost == Decimal("0.9")


@pytest.mark.parametrize(
    "line",
    ["1;https://instagram.com/p/abc;1.000", "1 | https://instagram.com/p/abc | 10,5",
     "1 | https://instagram.com/p/abc | 1e3"],
)  # fmt: skip
def test_a_quantity_with_a_decimal_mark_is_refused_not_read_as_thousands(line: str) -> None:
    [parsed] = plan_of(line).lines
    assert not parsed.ok
    assert parsed.code is LineProblem.INVALID
    assert parsed.params is None
    assert [(e.field, e.code) for e in parsed.errors] == [("quantity", FieldCode.NOT_WHOLE)]


def test_the_arabic_grouping_separator_is_read_with_an_arabic_ui() -> None:
    plan = parse_mass_order("١ | https://instagram.com/p/abc | ١٬٠٠٠", CATALOG, grouping="٬,")
    [parsed] = plan.lines
    assert parsed.ok
    assert dict(parsed.params or {})["quantity"] == "1000"


def test_an_id_listed_twice_is_estimated_at_its_higher_rate() -> None:
    twice = Catalog(
        [
            *SERVICES,
            Service(1, "IG Followers HQ", "Default", "Instagram", Decimal("1.50"), 50, 10000),
        ]
    )
    [parsed] = parse_mass_order("1 | https://instagram.com/p/abc | 1000", twice).lines
    assert parsed.ok
    assert parsed.cost == Decimal("1.5")


def test_a_service_whose_limits_contradict_each_other_is_refused() -> None:
    broken = Catalog([Service(5, "Broken", "Default", "X", Decimal("1"), 500, 100)])
    [parsed] = parse_mass_order("5 | https://instagram.com/p/abc | 200", broken).lines
    assert not parsed.ok
    assert parsed.code is LineProblem.INVALID
    assert parsed.cost is None
    [error] = parsed.errors
    assert (error.code, error.low, error.high) == (FieldCode.LIMITS_CONTRADICT, 500, 100)


def test_blank_lines_and_comments_are_skipped_but_counted_in_line_numbers() -> None:
    text = (
        "# my batch for Monday\n"
        "\n"
        "1 | https://instagram.com/p/a | 100\n"
        "   # 1 | https://instagram.com/p/ignored | 100\n"
        "\r\n"
        "   \t\n"
        "2 | https://instagram.com/p/b | 200\n"
    )
    plan = plan_of(text)
    assert [line.number for line in plan.lines] == [3, 7]
    assert all(line.ok for line in plan.lines)
    assert "ignored" not in repr(plan)


def test_a_byte_order_mark_from_a_pasted_file_is_not_a_bad_id() -> None:
    [line] = plan_of("\ufeff1 | https://instagram.com/p/a | 100").lines
    assert line.ok


def test_problems_name_the_line_and_what_to_do() -> None:
    text = "\n".join(
        [
            "1 | https://instagram.com/p/ok | 100",  # 1 valid
            "abc | https://instagram.com/p/x | 100",  # 2 id not a number
            "999 | https://instagram.com/p/x | 100",  # 3 unknown service
            "4 | https://instagram.com/p/x | 100",  # 4 custom comments need the form
            "17 | someone | 100",  # 5 subscriptions need the form
            "1 | https://instagram.com/p/x | 10",  # 6 under the minimum
            "1 | https://instagram.com/p/x | 1.5",  # 7 not a whole number
            "1 | https://instagram.com/p/x",  # 8 no quantity
            "1 | not a link | 100",  # 9 spaces in the link
            "1,https://instagram.com/p/x,1,000",  # 10 ambiguous commas
            "https://instagram.com/p/x",  # 11 one field
            "3 | https://instagram.com/p/x | 5",  # 12 package with a quantity
            "1 | ftp://files.example/x | 100",  # 13 not a web link
            "2 | https://instagram.com/p/x | 6000",  # 14 over the maximum
        ]
    )
    plan = plan_of(text)
    codes = {line.number: line.code for line in plan.lines}
    assert codes == {
        1: None,
        2: "service_id",
        3: "unknown_service",
        4: "needs_form",
        5: "needs_form",
        6: "invalid",
        7: "invalid",
        8: "invalid",
        9: "invalid",
        10: "format",
        11: "format",
        12: "package_quantity",
        13: "invalid",
        14: "invalid",
    }
    line = {line.number: line for line in plan.problems}
    assert line[2].id_text == "abc"
    assert line[3].service_id == 999
    assert line[3].service is None
    assert line[4].service is not None
    assert line[4].service.type == "Custom Comments"
    assert line[5].service is not None
    assert line[5].service.type == "Subscriptions"

    def errors(number: int) -> list[tuple[str, str, int | None, int | None]]:
        return [(e.field, e.code, e.low, e.high) for e in line[number].errors]

    assert errors(6) == [("quantity", FieldCode.OUT_OF_RANGE, 50, 10000)]
    assert errors(7) == [("quantity", FieldCode.NOT_WHOLE, None, None)]
    assert errors(8) == [("quantity", FieldCode.REQUIRED, None, None)]
    assert errors(9) == [("link", FieldCode.HAS_SPACES, None, None)]
    assert line[10].field_count == 4
    assert line[11].field_count == 1
    assert line[12].service_id == 3
    assert [e.link_problem for e in line[13].errors] == [LinkProblem.SCHEME]
    assert errors(14) == [("quantity", FieldCode.OUT_OF_RANGE, 100, 5000)]
    assert len(plan.valid) == 1
    assert len(plan.problems) == 13
    # an invalid line never contributes params that could be sent
    assert all(line.params is None for line in plan.problems)


def test_simple_types_are_accepted_packages_cost_their_rate_unknown_types_fall_back() -> None:
    plan = plan_of(
        "3 | https://instagram.com/p/pack\n"
        "3 | https://instagram.com/p/pack2 | 1\n"
        "18 | https://gateway.example/x | 10\n"
        "2 | https://instagram.com/p/drip | 100\n"
    )
    assert [line.ok for line in plan.lines] == [True, True, True, True]
    pack, pack2, gateway, drip = plan.lines
    assert dict(pack.params or {}) == {"link": "https://instagram.com/p/pack"}
    assert pack.cost == pack2.cost == Decimal("2.50")
    assert gateway.cost == Decimal("0.005")
    # a drip-feed service ordered from a line is one delivery: no runs/interval are sent
    assert dict(drip.params or {}) == {"link": "https://instagram.com/p/drip", "quantity": "100"}


def test_the_total_is_exact_and_compared_with_the_balance() -> None:
    lines = [f"22 | https://youtube.com/watch?v={i} | 1,001" for i in range(7)]
    lines += [f"30 | https://t.me/group{i} | 3,333" for i in range(3)]
    lines.append("1 | https://instagram.com/p/bad | 1")  # invalid: not counted
    plan = plan_of("\n".join(lines))
    # 7 × 0.0003 × 1001 / 1000 + 3 × 0.333 × 3333 / 1000, with no float anywhere
    expected = 7 * Decimal("0.0003003") + 3 * Decimal("1.109889")
    assert plan.total_cost == expected == Decimal("3.3317691")
    assert isinstance(plan.total_cost, Decimal)
    assert not plan.exceeds(Decimal("3.3317691"))
    assert plan.exceeds(Decimal("3.3317690"))
    assert not plan.exceeds(None)


def test_a_repeated_service_and_link_is_flagged_from_the_second_occurrence() -> None:
    plan = plan_of(
        "1 | https://instagram.com/p/same | 100\n"
        "1 | https://Instagram.com/p/SAME | 200\n"  # the panel compares links case-blind
        "2 | https://instagram.com/p/same | 200\n"  # another service: a separate order
        "1 | instagram.com/p/other | 10\n"  # invalid first occurrence...
        "1 | https://instagram.com/p/other | 100\n"  # ...so this one is not a duplicate
        "1 | https://instagram.com/p/same | 300\n"
    )
    codes = [line.code for line in plan.lines]
    assert codes == [None, "duplicate", None, "invalid", None, "duplicate"]
    assert plan.lines[1].same_as == 1
    assert plan.lines[5].same_as == 1
    assert plan.total_cost == Decimal("0.09") + Decimal("0.24") + Decimal("0.09")


def test_lines_sent_earlier_from_the_window_are_flagged() -> None:
    text = "\n".join(f"1 | https://instagram.com/p/{name} | 100" for name in "abc")
    first = plan_of(text)
    key, second = first.lines[0].key, first.lines[1].key
    assert key == (1, "https://instagram.com/p/a")
    assert second is not None
    again = plan_of(
        text,
        already_sent={key: 23501, second: None},
    )
    assert again.lines[0].code is LineProblem.ALREADY_SENT
    assert again.lines[0].sent_as == 23501
    assert again.lines[1].code is LineProblem.ALREADY_SENT
    assert again.lines[1].sent_as is None
    assert again.lines[2].ok


def test_subset_keeps_only_the_named_lines() -> None:
    plan = plan_of("\n".join(f"1 | https://instagram.com/p/{i} | 100" for i in range(5)))
    rest = plan.subset({2, 5})
    assert [line.number for line in rest.valid] == [2, 5]
    assert rest.total_cost == Decimal("0.18")


# ---------------------------------------------------------------------------------------------
# Running


class ScriptedPanel:
    """Stands in for PanelClient.add: answers from ``script`` in order (an order id, or an
    exception to raise), then accepts. Records every call and the line's state at that time."""

    def __init__(self, store: Store, script: Sequence[int | PanelError] = ()) -> None:
        self.store = store
        self.script = list(script)
        self.calls: list[tuple[int, dict[str, str]]] = []
        self.states_seen: list[LocalState] = []
        self.next_id = 90000

    def add(self, service_id: int, params: Mapping[str, str]) -> AddResult:
        self.calls.append((service_id, dict(params)))
        sending = self.store.list_orders(states=(LocalState.SENDING,))
        self.states_seen.extend(order.state for order in sending)
        answer = self.script.pop(0) if self.script else None
        if isinstance(answer, PanelError):
            raise answer
        self.next_id += 1
        return AddResult(answer if answer is not None else self.next_id)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "smmdesk.sqlite3") as opened:
        yield opened


@pytest.fixture
def panel_id(store: Store) -> int:
    return store.add_panel("Panel", "https://panel.example/api/v2", currency="USD")


def lines(count: int, start: int = 0) -> str:
    return "\n".join(f"1 | https://instagram.com/p/{i} | {100 + i}" for i in range(start, count))


def run(
    store: Store,
    client: ScriptedPanel,
    panel_id: int,
    plan: MassOrderPlan,
    stop_after: int | None = None,
) -> tuple[MassRun, list[tuple[int, Placement]], list[int]]:
    progress: list[tuple[int, Placement]] = []
    sending: list[int] = []
    result = run_mass_order(
        store,
        client,
        panel_id,
        plan,
        should_stop=lambda: stop_after is not None and len(progress) >= stop_after,
        on_progress=lambda number, placement: progress.append((number, placement)),
        on_sending=sending.append,
    )
    return result, progress, sending


def test_valid_lines_are_placed_once_each_in_order_as_mass_orders(
    store: Store, panel_id: int
) -> None:
    plan = plan_of(lines(6) + "\n999 | https://instagram.com/p/x | 100\n" + lines(8, start=6))
    client = ScriptedPanel(store)
    result, progress, sending = run(store, client, panel_id, plan)
    assert len(client.calls) == 8
    assert [params["link"] for _id, params in client.calls] == [
        f"https://instagram.com/p/{i}" for i in range(8)
    ]
    # the intent was committed (SENDING) before each request left
    assert client.states_seen == [LocalState.SENDING] * 8
    numbers = [line.number for line in plan.valid]
    assert sending == numbers == [number for number, _ in progress]
    assert result.stopped is None
    assert result.unsent == ()
    orders = store.list_orders(panel_id, newest_first=False)
    assert [o.state for o in orders] == [LocalState.ACCEPTED] * 8
    assert {o.source for o in orders} == {"mass"}
    assert [o.panel_order_id for o in orders] == list(range(90001, 90009))
    assert orders[0].cost == Decimal("0.09")
    assert orders[0].quantity == 100
    assert interrupted_drafts(store, panel_id) == []


def test_stop_takes_effect_after_the_current_line_and_leaves_no_drafts(
    store: Store, panel_id: int
) -> None:
    plan = plan_of(lines(10))
    client = ScriptedPanel(store)
    result, _progress, _ = run(store, client, panel_id, plan, stop_after=3)
    assert len(client.calls) == 3
    assert result.stopped is StopReason.CANCELLED
    assert result.unsent == (4, 5, 6, 7, 8, 9, 10)
    assert "7 line(s) were not sent" in result.message
    assert store.count_orders(panel_id) == 3
    assert store.count_orders(panel_id, states=(LocalState.DRAFT,)) == 0
    # the rest can be sent later, and only the rest
    rest = plan.subset(result.unsent)
    run(store, client, panel_id, rest)
    links = [params["link"] for _id, params in client.calls]
    assert len(links) == len(set(links)) == 10


def test_an_unconfirmed_line_is_reported_and_the_run_goes_on(store: Store, panel_id: int) -> None:
    lost = OutcomeUnknown("panel.example did not answer within 30 s")
    client = ScriptedPanel(store, [90001, lost, 90003, RateLimited("HTTP 429"), 90005])
    result, progress, _ = run(store, client, panel_id, plan_of(lines(5)))
    assert len(client.calls) == 5
    states = [placement.state for _n, placement in progress]
    assert states == [
        PlacementState.ACCEPTED,
        PlacementState.UNKNOWN,
        PlacementState.ACCEPTED,
        PlacementState.UNKNOWN,
        PlacementState.ACCEPTED,
    ]
    assert result.stopped is None
    assert result.count(PlacementState.UNKNOWN) == 2
    assert store.count_orders(panel_id, states=(LocalState.UNKNOWN,)) == 2


def test_three_lines_in_a_row_without_an_answer_stop_the_run(store: Store, panel_id: int) -> None:
    down = TransportError("Could not connect to panel.example")
    lost = OutcomeUnknown("The connection to panel.example was lost")
    refused = PanelRejected("Bad link")
    # a panel answer (even a refusal) in between resets the count
    script: list[int | PanelError] = [lost, down, refused, lost, down, lost, 1]
    client = ScriptedPanel(store, script)
    result, _progress, _ = run(store, client, panel_id, plan_of(lines(10)))
    assert len(client.calls) == 6
    assert result.stopped is StopReason.UNREACHABLE
    assert result.unsent == (7, 8, 9, 10)
    assert "3 lines in a row" in result.message
    assert "lost" in result.message
    assert store.count_orders(panel_id, states=(LocalState.DRAFT,)) == 0
    assert store.count_orders(panel_id, states=(LocalState.REJECTED,)) == 3


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (AuthError("Invalid API key"), StopReason.AUTH),
        (PanelRejected("Not enough funds on balance"), StopReason.FUNDS),
    ],
)
def test_a_refused_key_or_empty_balance_stops_at_once(
    store: Store, panel_id: int, error: PanelError, reason: StopReason
) -> None:
    client = ScriptedPanel(store, [1, error])
    result, _progress, _ = run(store, client, panel_id, plan_of(lines(5)))
    assert len(client.calls) == 2
    assert result.stopped is reason
    assert result.unsent == (3, 4, 5)


def test_an_empty_plan_sends_nothing(store: Store, panel_id: int) -> None:
    client = ScriptedPanel(store)
    result, _progress, _ = run(store, client, panel_id, plan_of("999 | https://x.com/a | 1"))
    assert client.calls == []
    assert result.results == ()
    assert result.stopped is None
    assert store.count_orders(panel_id) == 0


def test_a_draft_sent_by_someone_else_is_not_sent_again(store: Store, panel_id: int) -> None:
    class Racer(ScriptedPanel):
        """While line 1 is in flight, another worker takes line 2's draft."""

        def add(self, service_id: int, params: Mapping[str, str]) -> AddResult:
            if not self.calls:
                drafts = self.store.list_orders(states=(LocalState.DRAFT,), newest_first=False)
                assert self.store.begin_sending(drafts[0].local_id)
            return super().add(service_id, params)

    client = Racer(store)
    result, progress, _ = run(store, client, panel_id, plan_of(lines(3)))
    assert [params["link"] for _id, params in client.calls] == [
        "https://instagram.com/p/0",
        "https://instagram.com/p/2",
    ]
    assert [number for number, _ in progress] == [1, 3]
    # the other worker reports line 2; offering it as "not sent" would invite a second order
    assert result.elsewhere == (2,)
    assert result.unsent == ()


_CRASH_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from decimal import Decimal
    from smmdesk.core.catalog import Catalog
    from smmdesk.core.massorder import run_mass_order
    from smmdesk.core.massplan import parse_mass_order
    from smmdesk.core.models import AddResult, Service
    from smmdesk.core.store import Store

    class DiesOnThird:
        calls = 0
        def add(self, service_id, params):
            DiesOnThird.calls += 1
            if DiesOnThird.calls == 3:
                os._exit(9)  # killed mid-request: no finally, no cleanup
            return AddResult(70000 + DiesOnThird.calls)

    store = Store.open(sys.argv[1])
    catalog = Catalog([Service(1, "F", "Default", "I", Decimal("0.90"), 50, 10000)])
    text = "\\n".join(f"1 | https://instagram.com/p/{i} | 100" for i in range(6))
    run_mass_order(store, DiesOnThird(), int(sys.argv[2]), parse_mass_order(text, catalog),
                   should_stop=lambda: False, on_progress=lambda n, p: None)
    """
)


def test_a_crash_mid_run_leaves_the_unsent_lines_recoverable(tmp_path: Path) -> None:
    path = tmp_path / "smmdesk.sqlite3"
    with Store.open(path) as store:
        panel_id = store.add_panel("Panel", "https://panel.example/api/v2")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    died = subprocess.run(
        [sys.executable, "-c", _CRASH_SCRIPT, str(path), str(panel_id)],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert died.returncode == 9, died.stderr.decode()
    with Store.open(path) as store:
        # the line in flight may have been placed: UNKNOWN, like any interrupted order
        assert len(recover_at_startup(store)) == 1
        by_state = {
            state: store.count_orders(panel_id, states=(state,))
            for state in (LocalState.ACCEPTED, LocalState.UNKNOWN, LocalState.DRAFT)
        }
        assert by_state == {LocalState.ACCEPTED: 2, LocalState.UNKNOWN: 1, LocalState.DRAFT: 3}
        drafts = interrupted_drafts(store, panel_id)
        assert [d.link for d in drafts] == [f"https://instagram.com/p/{i}" for i in (3, 4, 5)]
        text = drafts_to_text(drafts)
        assert text.splitlines()[0] == "1 | https://instagram.com/p/3 | 100"
        again = plan_of(text)
        assert [dict(line.params or {}) for line in again.valid] == [dict(d.params) for d in drafts]
        assert discard_drafts(store, [d.local_id for d in drafts]) == 3
        assert interrupted_drafts(store, panel_id) == []
        assert store.count_orders(panel_id) == 3  # the sent ones stay
