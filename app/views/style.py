"""The application's style sheet: calm colours, large page titles, readable tables."""

STYLE_SHEET = """
QLabel#pageTitle { font-size: 18pt; font-weight: bold; color: #2d4a6b; padding: 4px 0 8px 0; }
QTableView { gridline-color: #d8dee6; }
QHeaderView::section { background: #eef2f6; padding: 4px; border: none;
                       border-right: 1px solid #d8dee6; border-bottom: 1px solid #c5ced9; }
QToolButton[popupMode="2"] { padding-right: 14px; }
QToolButton::menu-indicator { subcontrol-origin: padding; subcontrol-position: right center; }
"""
