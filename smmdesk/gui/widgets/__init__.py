"""Widgets and look shared by every window: the theme, message boxes, icons, the status bar,
and the plain-text rule for showing panel and user text."""
