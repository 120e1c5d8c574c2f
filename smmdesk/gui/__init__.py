"""Everything PySide6: the Qt shell over smmdesk.core."""
