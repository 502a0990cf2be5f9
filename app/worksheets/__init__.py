"""Worksheet templates (data in ``resources/templates``) and their geometry. No Qt here.

All coordinates are millimetres on the template's page (A3 landscape, 420 × 297, origin at
the top left, y downwards), so the screen, PDF export and print share one geometry.
"""
