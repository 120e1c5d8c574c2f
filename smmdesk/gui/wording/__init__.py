"""Every sentence the GUI builds from what the core hands it: codes and fields in, translated
text out. Numbers and dates in the user's locale, the UI language, and bidirectional text.
Nothing here parses a core message's English."""
