"""Entry point that PyInstaller freezes and `python main.py` runs."""

import sys

from smmdesk.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
