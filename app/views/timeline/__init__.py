"""The session timeline: the engagement on a date axis, one session's details, the
projector timer, and snapshot comparison."""
