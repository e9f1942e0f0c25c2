"""Tables of the training feature (created by migration 4; see desktop/store/migrations.py).

A quiz attempt is written once, complete, when the person finishes it: the attempt row and one
answer row per asked question, in one transaction. Practice runs are never stored. Triggers make
both tables write-once: no UPDATE and no DELETE, so results survive a user's deactivation and
cannot be edited afterwards (issue 6: "results are never deleted").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee as pw

from desktop.store.models import BaseModel, User


class QuizAttempt(BaseModel):
    """One finished quiz of one person (never a practice run).

    ``drawn`` is JSON: ``[{"q": question id, "c": [choice ids in the order shown]}, ...]`` in
    asking order. ``taken_on`` is the office-local day the attempt was finished (ISO date): it
    decides the quarter the attempt counts for. ``pass_mark`` is an exact fraction (``"4/5"``).
    """

    id = pw.AutoField()
    user = pw.ForeignKeyField(User, field=User.uid, column_name="user_uid", object_id_name="user_uid",
                              backref="quiz_attempts",
                              on_delete="RESTRICT")
    quarter = pw.CharField(max_length=16)  # "FY2026 Q3", with the fiscal year start of the day
    fiscal_year = pw.IntegerField()
    fy_start_month = pw.IntegerField()
    started_at = pw.CharField(max_length=40)
    finished_at = pw.CharField(max_length=40)
    taken_on = pw.CharField(max_length=10, index=True)
    score = pw.IntegerField()
    total = pw.IntegerField()
    passed = pw.BooleanField()
    pass_mark = pw.CharField(max_length=20)
    drawn = pw.TextField()

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        user_uid: pw.ForeignKeyField[str]

    class Meta:
        indexes = ((("user", "taken_on"), False),)


class QuizAnswer(BaseModel):
    """One asked question of an attempt: what was chosen (JSON list of choice ids) and whether right."""

    id = pw.AutoField()
    attempt = pw.ForeignKeyField(QuizAttempt, backref="answers", on_delete="RESTRICT")
    position = pw.IntegerField()
    question_id = pw.CharField(max_length=64, index=True)
    chosen = pw.TextField()
    correct = pw.BooleanField()

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        attempt_id: pw.ForeignKeyField[int]

    class Meta:
        indexes = ((("attempt", "question_id"), True),)


MODELS: list[type[BaseModel]] = [QuizAttempt, QuizAnswer]

KEEP_MESSAGE = "training records are kept"

EXTRA_SQL: list[str] = [
    f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} "
    f"BEGIN SELECT RAISE(ABORT, '{KEEP_MESSAGE}'); END"
    for table in ("quiz_attempt", "quiz_answer")
    for op in ("UPDATE", "DELETE")
]

__all__ = ["MODELS", "EXTRA_SQL", "KEEP_MESSAGE", "QuizAttempt", "QuizAnswer"]
