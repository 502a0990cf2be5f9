"""Printing: PDF pages and CSV files drawn from the models and the template geometry.

Nothing here imports Qt (the import-linter contract in ``pyproject.toml``), so the
command line writes a report without a window, and the app prints the very same pages.
"""
