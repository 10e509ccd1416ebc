"""Alembic environment: always run from app.db.migrate with a live connection."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from app.models import load_all

load_all()  # registers every table

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run only through app.db.migrate")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
