"""Demo data for ``--demo`` and ``make screenshots`` (fictitious people, example.jp addresses)."""

from __future__ import annotations

from desktop.services.session import Session


def populate(session: Session) -> None:
    """Fill a fresh demo office with sample records of every feature that exists."""
    from desktop.services import consent, posts, training

    consent.populate_demo(session)
    posts.populate_demo(session)
    training.populate_demo(session)
