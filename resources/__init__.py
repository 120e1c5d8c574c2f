"""The files SMMDesk ships with: the app icons and the compiled translations.

This folder is the ``smmdesk.resources`` package (pyproject maps it), so a wheel, an editable
install and the frozen bundle all find it with ``importlib.resources``; the translation sources
(.ts) live here too but only the compiled .qm files are shipped.
"""
