"""Panel profiles: the welcome page, connecting and editing a panel (where its key goes and
the check before saving), managing and switching panels."""
