"""Deterministic demo data of one city: platforms, members, units, sessions and suggestions in every state."""

from app.services.demo.generator import DemoResult, count_sessions, load_demo

__all__ = ["DemoResult", "count_sessions", "load_demo"]
