"""The connect dialog's "Check & save" round trip: the URL and key checked with the panel (its
balance) on a worker, the profile saved and the key stored (`connect_holder` keeps one such
dialog open per window). The same dialog asks for a saved panel's key when the keyring cannot
give it."""

from __future__ import annotations

import logging
import weakref

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from smmdesk.core.models import Balance
from smmdesk.core.store import PanelRecord
from smmdesk.gui.panels.connect_check import (
    check_panel,
    describe_check_error,
    is_firewall,
    is_insecure_url,
    name_from_url,
    normalise_url,
    scrub,
    url_problem,
)
from smmdesk.gui.panels.connect_form import ConnectForm
from smmdesk.gui.panels.known import key_host
from smmdesk.gui.panels.profiles import ensure_demo_profile
from smmdesk.gui.runtime.context import AppContext
from smmdesk.gui.runtime.keys import KeyState
from smmdesk.gui.runtime.tasks import Job
from smmdesk.gui.widgets import dialogs, theme
from smmdesk.gui.widgets.announce import announce

__all__ = ["ConnectDialog"]

log = logging.getLogger(__name__)


class ConnectDialog(ConnectForm):
    """Add or edit a panel profile; "Check & save" asks the panel for its balance before saving.

    A new profile starts with an empty URL (the key goes only where the user chose: typed, or
    picked from the known panels), the line under the URL names the host the key will be sent
    to, and plain http:// to anything but this computer needs an explicit tick. With
    ``key_state`` (a saved panel whose key the keyring could not give) it says why the key is
    needed and asks for it.
    """

    #: short on purpose: the user is waiting for this one answer
    CONNECT_TIMEOUT = 6.0
    READ_TIMEOUT = 12.0
    #: one retry rides out a hiccup; more would keep the user waiting on a wrong address
    RETRIES = 1

    def __init__(
        self,
        ctx: AppContext,
        panel: PanelRecord | None = None,
        parent: QWidget | None = None,
        *,
        key_state: KeyState | None = None,
    ) -> None:
        super().__init__(ctx, panel, parent, key_state=key_state)
        self.result_panel: PanelRecord | None = None
        self._job: Job | None = None
        self._saving = False  # the key is being written to the keyring
        self.check_button.clicked.connect(self.on_check_clicked)

    # -- check & save ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._job is not None or self._saving

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.known_box,
            self.name_edit,
            self.url_edit,
            self.key_edit,
            self.show_key_button,
            self.unencrypted_box,
            self.user_agent_edit,
            self.advanced_button,
            self.check_button,
        ):
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.check_button.setText(self.tr("Checking…") if busy else self.tr("Check && save"))

    def _show_status(self, text: str, *, error: bool) -> None:
        colour = theme.status_colour("error").name()
        self.status_label.setStyleSheet(f"color: {colour};" if error else "")
        self.status_label.setText(text)
        announce(self.status_label, text, urgent=error)
        self._fit_height()

    def _key_to_use(self, url: str) -> tuple[str, bool] | None:
        """(key, entered_now), or None after telling the user what is missing."""
        typed = self.key_edit.text().strip()
        if typed:
            return typed, True
        if self.panel is not None and self._stored_key_present:
            # host and port: the key must not go to another port of the same name either
            if key_host(self.panel.url) != key_host(url):
                # the stored key belongs to the old address: never hand it to another server
                self._show_status(
                    self.tr("The address now points to another server: enter its API key."),
                    error=True,
                )
                return None
            stored = self.ctx.panel_keys.key(self.panel.id)
            if stored:
                return stored, False
        self._show_status(self.tr("Enter the API key from the panel's API page."), error=True)
        return None

    def on_check_clicked(self) -> None:
        if self.busy:
            return
        if self._demo_picked:
            self.result_panel = ensure_demo_profile(self.ctx)
            self.accept()
            return
        url = self._usable_url()
        if url is None:
            return
        chosen = self._key_to_use(url)
        if chosen is None:
            self.key_edit.setFocus()
            return
        self._check(url, *chosen)

    def _usable_url(self) -> str | None:
        """The typed URL, normalised (and shown so), or None after telling the user why it
        cannot be used as it is."""
        url = normalise_url(self.url_edit.text())
        if url != self.url_edit.text():
            self.url_edit.setText(url)
        problem = url_problem(url)
        if problem is not None:
            self._show_status(problem, error=True)
            self.url_edit.setFocus()
            return None
        if is_insecure_url(url) and not self.unencrypted_box.isChecked():
            self._show_status(
                self.tr(
                    "This address is not encrypted (http://): your key would travel in clear "
                    "text. Use the https:// address, or tick “Send my key unencrypted”."
                ),
                error=True,
            )
            self.unencrypted_box.setFocus()
            return None
        return url

    def _check(self, url: str, key: str, entered: bool) -> None:
        """Ask the panel for its balance on a worker; its answer saves the profile (and the key
        when it was ``entered`` now), a failure is explained in the status line."""
        user_agent = self.user_agent_edit.text().strip() or None
        connect_timeout, read_timeout, retries = (
            self.CONNECT_TIMEOUT,
            self.READ_TIMEOUT,
            self.RETRIES,
        )

        def work() -> Balance:
            return check_panel(url, key, user_agent, connect_timeout, read_timeout, retries)

        self._show_status(self.tr("Checking the panel…"), error=False)
        self._set_busy(True)

        # The worker thread holds these callbacks until it ends. A strong reference to the
        # dialog there could make that thread drop the last one and destroy a widget off the
        # GUI thread (a crash), so they reach the dialog through a weak reference.
        this = weakref.ref(self)

        def on_answer(balance: Balance) -> None:
            dialog = this()
            if dialog is not None:
                dialog._job = None
                dialog._set_busy(False)
                dialog._save(url, key if entered else None, user_agent, balance)

        def on_failure(exc: Exception) -> None:
            dialog = this()
            if dialog is not None:
                dialog._job = None
                dialog._set_busy(False)
                log.info("panel check failed: %s", type(exc).__name__)
                if is_firewall(exc):
                    dialog.advanced_button.setChecked(True)  # the fix is in there
                dialog._show_status(scrub(describe_check_error(exc, url), key), error=True)

        self._job = self.ctx.gateway.run("panel-check", work, on_answer, on_failure)

    def _save(
        self, url: str, new_key: str | None, user_agent: str | None, balance: Balance
    ) -> None:
        name = self.name_edit.text().strip() or name_from_url(url) or url
        store = self.ctx.store
        currency = balance.currency or None
        try:
            if self.panel is None:
                panel_id = store.add_panel(name, url, currency=currency, user_agent=user_agent)
                record = store.get_panel(panel_id)
            else:
                record = store.update_panel(
                    self.panel.id, name=name, url=url, currency=currency, user_agent=user_agent
                )
        except Exception as exc:  # disk full, read-only data dir: say so, keep the dialog open
            log.error("saving the panel profile failed: %s", type(exc).__name__)
            self._show_status(
                self.tr("The panel answered, but the profile could not be saved: {error}").format(
                    error=type(exc).__name__
                ),
                error=True,
            )
            return
        self.key_edit.clear()
        self.result_panel = record
        if new_key is None:
            self.accept()
            return
        # the key is in use at once; writing it to the keyring (which may show an unlock
        # prompt) happens on a worker while the dialog waits
        self._saving = True
        self._set_busy(True)
        self._show_status(self.tr("Saving the key…"), error=False)
        this = weakref.ref(self)

        def stored(in_keyring: bool) -> None:
            dialog = this()
            if dialog is None:
                return
            dialog._saving = False
            dialog._set_busy(False)
            if not in_keyring:
                dialogs.warning(
                    dialog,
                    QCoreApplication.translate("ConnectDialog", "API key not stored"),
                    _session_only_text(dialog.key_state),
                )
            dialog.accept()

        self.ctx.panel_keys.store(record.id, new_key, stored)

    def done(self, result: int) -> None:
        # closing while a check runs: its answer must not save anything afterwards
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)


def _session_only_text(key_state: KeyState | None) -> str:
    """Why a key that was checked is kept for this session only."""
    if key_state in (KeyState.LOCKED, KeyState.UNREADABLE):
        return QCoreApplication.translate(
            "ConnectDialog",
            "The system keyring did not take the key (it is locked or not answering): the key "
            "is kept for this session only and you will need to enter it again next time.",
        )
    return QCoreApplication.translate(
        "ConnectDialog",
        "No secure keyring is available on this system: the key is kept for this session only "
        "and you will need to enter it again next time.",
    )
