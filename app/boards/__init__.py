"""Sticky-note boards without Qt: column templates and the rules of dot voting."""
