"""The demo panel: a real HTTP server on loopback speaking API v2, with fault injection.

``SandboxPanel(...).start()`` serves it on a background thread; ``panel.url`` and
``panel.api_key`` are what a client needs; ``SANDBOX_FIXED_SERVICES`` names services (ids
1..23) that never change, one per type. See catalog.py for their terms, rules.py
for how ``add`` is validated, state.py for order life, persist.py for the optional state file
that keeps it across restarts, faults.py for fault kinds and wire.py for how each one answers.
"""

from .catalog import SANDBOX_FIXED_SERVICES
from .faults import FAULT_KINDS, Fault, FaultPlan, FiredFault
from .server import SandboxMount, SandboxPanel
from .state import FIRST_ORDER_ID, SandboxOrder, SandboxRefill
from .wire import PANEL_WARNING, UNUSABLE_ID

__all__ = [
    "FAULT_KINDS",
    "FIRST_ORDER_ID",
    "PANEL_WARNING",
    "SANDBOX_FIXED_SERVICES",
    "UNUSABLE_ID",
    "Fault",
    "FaultPlan",
    "FiredFault",
    "SandboxMount",
    "SandboxOrder",
    "SandboxPanel",
    "SandboxRefill",
]
