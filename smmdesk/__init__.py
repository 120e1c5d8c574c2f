"""SMMDesk: a desktop client for SMM panels speaking API v2."""

__version__ = "0.1.0"
APP_NAME = "SMMDesk"
APP_ID = "io.smmdesk.SMMDesk"
