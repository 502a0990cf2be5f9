"""The engagement over time without Qt: standard patterns, agenda arithmetic, who is new,
overdue actions, the agenda timer, and comparing snapshots."""
