"""Photos in and pictures out, with Pillow: no Qt here."""
