"""Actions after a session: which are still open, and which are late."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.models import Action, ActionStatus
from app.models.rules import ValidationError


def is_open(action: Action) -> bool:
    return action.status != ActionStatus.DONE


def is_overdue(action: Action, today: date) -> bool:
    """Open, with a due date, and that date has passed (due today is not yet late)."""
    return is_open(action) and action.due is not None and action.due < today


def open_actions(actions: Iterable[Action]) -> list[Action]:
    """Open actions, soonest due first; those without a due date last."""
    return sorted(
        (a for a in actions if is_open(a)),
        key=lambda a: (a.due is None, a.due or date.max, a.id or 0),
    )


def check_due(due: date | None, engagement_start: date | None) -> None:
    """An action cannot be due before the engagement's first session."""
    if due is not None and engagement_start is not None and due < engagement_start:
        raise ValidationError("due_before_start", "due", engagement_start.isoformat())
