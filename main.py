"""Wagamachi Canvas (わがまちキャンバス): start the app or a command-line task."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
