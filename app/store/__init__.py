"""Opening, creating, migrating and copying workshop files. No Qt here."""
