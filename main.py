"""Entry point that PyInstaller freezes and `python main.py` runs."""

import gc
import sys

# Start-up allocates much and frees little: no collections until the window's first paint, after
# which the app collects once, freezes what start-up built and turns the collector back on.
gc.disable()

from smmdesk.gui.app import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
