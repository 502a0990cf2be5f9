"""帳票: the engagement's forms other than the reflection sheet (which is a session's)."""
