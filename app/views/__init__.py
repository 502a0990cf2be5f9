"""Widgets that mirror the document through its signals and edit it through commands."""
