"""Use cases: validation, workflow transitions, permissions, audit, statistics — no Qt."""
