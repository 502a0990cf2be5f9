"""Wagamachi Canvas (わがまちキャンバス): community-building workshop tool."""

__version__ = "0.1.0"
APP_NAME = "Wagamachi Canvas"
APP_NAME_JA = "わがまちキャンバス"
