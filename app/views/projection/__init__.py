"""The projection: what the wall shows while the laptop keeps the full app."""
