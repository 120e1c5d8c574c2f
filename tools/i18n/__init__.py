"""The translation tooling: extract (.ts), compile (.qm), check, and the tr() scan.

Run it from the repository root as ``python -m tools.i18n <command>`` (see ``__main__``).
``files`` owns the sources, the Qt Linguist tools and the .ts contents; ``checks`` the
verdicts on the translation files; ``texts`` what counts as text and as a translation call;
``sinks`` where Qt shows text; ``facts`` what the scan learns about a module before walking
it; ``scan`` the walk itself (no user-visible text escapes tr()).
"""
