# Type information for smmdesk.resources, which is the top-level resources/ folder mapped into
# the package by pyproject (type checkers search folders, not that mapping).
from pathlib import Path

def location() -> Path: ...
