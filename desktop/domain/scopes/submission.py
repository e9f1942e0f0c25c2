"""What an author must write when submitting: a self-check override, and why approval was not obtained.

* A self-check point the author ticks may not silently contradict a standing HIGH finding of the
  screening ("no personal information" while a phone number of a private person is found): the
  author writes an override, a reason of real text, that the reviewer reads. Such a post always
  goes to a reviewer.
* A post inside a pre-approved scope goes out without individual approval only when approval
  could not be obtained (``000 §2-4(2)``: "やむを得ず所属部署の責任者または任命された担当責任者の
  了承を得ることができない場合"); the author records why, by a choice and a written note.

Reasons are checked after removing control, format and zero-width characters, like a reviewer's
reason (:func:`~desktop.domain.text_normalise.strip_controls`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.scopes.lifecycle import SELF_CHECK, ChecklistItem
from desktop.domain.screening import Finding, Group, Severity
from desktop.domain.text_normalise import strip_controls

__all__ = [
    "MAX_SUBMIT_NOTE",
    "NoApproval",
    "NoApprovalReason",
    "REASON_OVERRIDE",
    "check_no_approval",
    "check_override",
    "contradicted_self_checks",
    "has_real_text",
]

MAX_SUBMIT_NOTE = 2000

RULE_NO_APPROVAL = "000 §2-4(2)"

# Which point of the self-check a HIGH finding of each group contradicts.
_GROUP_TO_CHECK = {
    Group.PERSONAL_DATA: "personal_data",
    Group.PROHIBITED: "no_prohibited",
    Group.CONFIDENTIAL: "confidential",
    Group.ATTRIBUTION: "attribution",
    Group.MEDIA: "media",
}

REASON_OVERRIDE = QT_TRANSLATE_NOOP(
    "Scopes",
    "The author confirmed the self-check although the screening found a serious issue, and wrote why; "
    "a reviewer must read the override.",
)


def has_real_text(value: str | None) -> bool:
    """True if ``value`` holds visible text once control, format and zero-width characters are gone."""
    return bool("".join(strip_controls(value or "", keep="\n").split()))


def contradicted_self_checks(findings: Iterable[Finding]) -> tuple[ChecklistItem, ...]:
    """The self-check points a standing HIGH finding contradicts, in the order of :data:`SELF_CHECK`."""
    keys = {_GROUP_TO_CHECK[f.group] for f in findings if f.severity is Severity.HIGH and f.group in _GROUP_TO_CHECK}
    return tuple(item for item in SELF_CHECK if item.key in keys)


def _invalid(template: str, *args: object) -> ValidationError:
    return ValidationError(template, *args, context="Posts")


def check_override(findings: Iterable[Finding], override: str | None) -> str:
    """The cleaned override; raise unless one of real text is given when a HIGH finding stands.

    Without a contradicted point the override is not needed and is dropped (returns ``""``), so a
    stale override never travels with a post the screening no longer objects to.
    """
    if not contradicted_self_checks(findings):
        return ""
    text = strip_controls(override or "", keep="\n")
    if not has_real_text(text):
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Posts",
                "The screening found a serious issue that contradicts your self-check. Either change the post, "
                "or write why the post is acceptable all the same; a reviewer will read it.",
            )
        )
    if len(text) > MAX_SUBMIT_NOTE:
        raise _invalid(QT_TRANSLATE_NOOP("Posts", "The explanation may be at most %1 characters long."),
                       MAX_SUBMIT_NOTE)
    return text


class NoApprovalReason(enum.Enum):
    """Why the approval of the department head or the appointed responsible person could not be obtained."""

    APPROVERS_ABSENT = "approvers_absent"
    CANNOT_WAIT = "cannot_wait"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _NO_APPROVAL_LABELS[self]


_NO_APPROVAL_LABELS = {
    NoApprovalReason.APPROVERS_ABSENT: QT_TRANSLATE_NOOP(
        "Scopes", "The department head and the appointed responsible persons are absent and cannot be reached."
    ),
    NoApprovalReason.CANNOT_WAIT: QT_TRANSLATE_NOOP(
        "Scopes", "The post cannot wait for approval (an urgent notice, or an event happening now)."
    ),
    NoApprovalReason.OTHER: QT_TRANSLATE_NOOP("Scopes", "Another reason (write it below)."),
}


@dataclass(frozen=True)
class NoApproval:
    """Why approval could not be obtained: the choice and the author's note (both required)."""

    reason: NoApprovalReason
    note: str


def check_no_approval(reason: NoApprovalReason | str | None, note: str | None) -> NoApproval:
    """Raise unless a reason is chosen and a note of real text says who could not be reached or why."""
    try:
        chosen = NoApprovalReason(reason) if reason is not None else None
    except ValueError:
        chosen = None
    if chosen is None:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Posts",
                "A post within a scope goes out without approval only when approval cannot be obtained. "
                "Choose why approval cannot be obtained, or choose no scope so that a manager approves the post.",
            )
        )
    text = strip_controls(note or "", keep="\n")
    if not has_real_text(text):
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Posts", "Write in a few words why approval cannot be obtained (who is absent, or why it cannot wait)."
            )
        )
    if len(text) > MAX_SUBMIT_NOTE:
        raise _invalid(QT_TRANSLATE_NOOP("Posts", "The explanation may be at most %1 characters long."),
                       MAX_SUBMIT_NOTE)
    return NoApproval(chosen, text)
