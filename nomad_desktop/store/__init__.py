"""The local store: one SQLite file per site, its migrations, lock and backups."""
