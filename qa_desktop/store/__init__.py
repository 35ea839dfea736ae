"""Persistence: SQLAlchemy tables, the engine, migrations, backups, attachments, the event log.

Nothing outside this package builds a query.
"""
