"""Fixtures of the UI tests."""

from reception_fixtures import reception  # noqa: F401 - a fixture shared by the reception tests
