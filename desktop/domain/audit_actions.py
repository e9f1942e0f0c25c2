"""What each audit action is called on screen (issue 17: never the raw ``contacts.rehash`` code).

The one place that names audit actions for people: a translatable label per action code (context
"AuditActions"), a label per group for codes not listed here (``export.*`` …), and a generic label for
anything else, so a new action added elsewhere still shows as a readable word, never as its code.
"""

from __future__ import annotations

from desktop.domain.errors import QT_TRANSLATE_NOOP

ACTION_LABELS: dict[str, str] = {
    "account.change": QT_TRANSLATE_NOOP("AuditActions", "SNS account changed"),
    "account.create": QT_TRANSLATE_NOOP("AuditActions", "SNS account added"),
    "audit.checkpoint": QT_TRANSLATE_NOOP("AuditActions", "Audit log signed"),
    "audit.forward_secure": QT_TRANSLATE_NOOP("AuditActions", "Audit log protection started"),
    "audit.loss_detected": QT_TRANSLATE_NOOP("AuditActions", "Audit log loss found"),
    "audit.restore_rollback": QT_TRANSLATE_NOOP("AuditActions", "Audit log rolled back by a restore"),
    "audit.verify": QT_TRANSLATE_NOOP("AuditActions", "Audit log verified"),
    "audit.view": QT_TRANSLATE_NOOP("AuditActions", "Audit log viewed"),
    "backup.auto": QT_TRANSLATE_NOOP("AuditActions", "Monthly backup made"),
    "backup.create": QT_TRANSLATE_NOOP("AuditActions", "Backup made"),
    "backup.drill": QT_TRANSLATE_NOOP("AuditActions", "Test restore"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditActions", "Backup restored"),
    "backup.restore_start": QT_TRANSLATE_NOOP("AuditActions", "Restore started"),
    "consent.capture": QT_TRANSLATE_NOOP("AuditActions", "Consent recorded"),
    "consent.correct": QT_TRANSLATE_NOOP("AuditActions", "Consent record corrected"),
    "contact.correct": QT_TRANSLATE_NOOP("AuditActions", "Contact name or memo corrected"),
    "contact.certificate": QT_TRANSLATE_NOOP("AuditActions", "Consent certificate made"),
    "contact.view": QT_TRANSLATE_NOOP("AuditActions", "Contact viewed"),
    "contact.view_list": QT_TRANSLATE_NOOP("AuditActions", "Contact list viewed"),
    "contacts.eligibility_refresh": QT_TRANSLATE_NOOP("AuditActions", "Send-list eligibility refreshed"),
    "contacts.rehash": QT_TRANSLATE_NOOP("AuditActions", "Duplicate check keys renewed"),
    "evidence.add": QT_TRANSLATE_NOOP("AuditActions", "Evidence record added"),
    "evidence.retire": QT_TRANSLATE_NOOP("AuditActions", "Evidence record retired"),
    "export.audit": QT_TRANSLATE_NOOP("AuditActions", "Audit log exported"),
    "export.consents": QT_TRANSLATE_NOOP("AuditActions", "Consent records exported"),
    "export.failed": QT_TRANSLATE_NOOP("AuditActions", "Export failed"),
    "export.preview_left_out": QT_TRANSLATE_NOOP("AuditActions", "Contacts left out of the send list viewed"),
    "export.recovered": QT_TRANSLATE_NOOP("AuditActions", "Interrupted export cleaned up"),
    "export.send-list": QT_TRANSLATE_NOOP("AuditActions", "Send list exported"),
    "export.training-report": QT_TRANSLATE_NOOP("AuditActions", "Training report exported"),
    "import.confirm": QT_TRANSLATE_NOOP("AuditActions", "Landing-page addresses imported"),
    "incident.record": QT_TRANSLATE_NOOP("AuditActions", "Incident recorded"),
    "incident.update": QT_TRANSLATE_NOOP("AuditActions", "Incident updated"),
    "integrity.check": QT_TRANSLATE_NOOP("AuditActions", "Database integrity checked"),
    "key.rekey": QT_TRANSLATE_NOOP("AuditActions", "Database key changed"),
    "keys.backup_restored": QT_TRANSLATE_NOOP("AuditActions", "Key file restored from its copy"),
    "login.failed": QT_TRANSLATE_NOOP("AuditActions", "Login failed"),
    "office.moved_to_server": QT_TRANSLATE_NOOP("AuditActions", "Office moved onto the office server"),
    "login.ok": QT_TRANSLATE_NOOP("AuditActions", "Logged in"),
    "login.throttled": QT_TRANSLATE_NOOP("AuditActions", "Login paused after failures"),
    "office.create": QT_TRANSLATE_NOOP("AuditActions", "Office created"),
    "office.mark_demo": QT_TRANSLATE_NOOP("AuditActions", "Marked as a demo office"),
    "permission.denied": QT_TRANSLATE_NOOP("AuditActions", "Refused: not permitted"),
    "post.auto_approve": QT_TRANSLATE_NOOP("AuditActions", "Post approved within a scope"),
    "post.copy": QT_TRANSLATE_NOOP("AuditActions", "Post copied into a new draft"),
    "post.correct": QT_TRANSLATE_NOOP("AuditActions", "Post corrected"),
    "post.decide": QT_TRANSLATE_NOOP("AuditActions", "Post reviewed"),
    "post.edit": QT_TRANSLATE_NOOP("AuditActions", "Post edited"),
    "post.publish": QT_TRANSLATE_NOOP("AuditActions", "Post published"),
    "post.submit": QT_TRANSLATE_NOOP("AuditActions", "Post submitted for approval"),
    "post.view": QT_TRANSLATE_NOOP("AuditActions", "Post viewed"),
    "recovery.failed": QT_TRANSLATE_NOOP("AuditActions", "Recovery code refused"),
    "recovery.slot_create": QT_TRANSLATE_NOOP("AuditActions", "Recovery code made"),
    "recovery.used": QT_TRANSLATE_NOOP("AuditActions", "Recovery code used"),
    "request.create": QT_TRANSLATE_NOOP("AuditActions", "Data request received"),
    "request.delete_data": QT_TRANSLATE_NOOP("AuditActions", "Personal data deleted on request"),
    "request.disclose": QT_TRANSLATE_NOOP("AuditActions", "Personal data disclosed on request"),
    "request.update": QT_TRANSLATE_NOOP("AuditActions", "Data request updated"),
    "review.record": QT_TRANSLATE_NOOP("AuditActions", "Yearly review recorded"),
    "scope.change": QT_TRANSLATE_NOOP("AuditActions", "Approval scope changed"),
    "scope.grant": QT_TRANSLATE_NOOP("AuditActions", "Approval scope granted"),
    "scope.revoke": QT_TRANSLATE_NOOP("AuditActions", "Approval scope revoked"),
    "script.publish": QT_TRANSLATE_NOOP("AuditActions", "Consent script published"),
    "script.review": QT_TRANSLATE_NOOP("AuditActions", "Consent script reviewed"),
    "server.new_login": QT_TRANSLATE_NOOP("AuditActions", "Office server login given a new password"),
    "server.upgraded": QT_TRANSLATE_NOOP("AuditActions", "Office server database upgraded"),
    "session.lock": QT_TRANSLATE_NOOP("AuditActions", "Locked"),
    "session.logout": QT_TRANSLATE_NOOP("AuditActions", "Logged out"),
    "session.reauth": QT_TRANSLATE_NOOP("AuditActions", "Password confirmed again"),
    "session.unlock": QT_TRANSLATE_NOOP("AuditActions", "Unlocked"),
    "settings.backup": QT_TRANSLATE_NOOP("AuditActions", "Backup settings changed"),
    "settings.change": QT_TRANSLATE_NOOP("AuditActions", "Settings changed"),
    "suppressions.import": QT_TRANSLATE_NOOP("AuditActions", "Mail-service stops imported"),
    "training.attempt": QT_TRANSLATE_NOOP("AuditActions", "Training quiz taken"),
    "training.demo_seed": QT_TRANSLATE_NOOP("AuditActions", "Demo training data added"),
    "training.report_view": QT_TRANSLATE_NOOP("AuditActions", "Training report viewed"),
    "training.settings": QT_TRANSLATE_NOOP("AuditActions", "Training settings changed"),
    "unsubscribe.complete": QT_TRANSLATE_NOOP("AuditActions", "Unsubscribe completed"),
    "unsubscribe.record": QT_TRANSLATE_NOOP("AuditActions", "Unsubscribe recorded"),
    "user.create": QT_TRANSLATE_NOOP("AuditActions", "User added"),
    "user.deactivate": QT_TRANSLATE_NOOP("AuditActions", "User deactivated"),
    "user.demo_seed": QT_TRANSLATE_NOOP("AuditActions", "Demo users added"),
    "user.password_change": QT_TRANSLATE_NOOP("AuditActions", "Password changed"),
    "user.password_reset": QT_TRANSLATE_NOOP("AuditActions", "Password reset"),
    "user.post_approver": QT_TRANSLATE_NOOP("AuditActions", "Post approver appointed or removed"),
    "user.role_change": QT_TRANSLATE_NOOP("AuditActions", "Role changed"),
    "violation.report": QT_TRANSLATE_NOOP("AuditActions", "Violation reported"),
    "violation.update": QT_TRANSLATE_NOOP("AuditActions", "Violation report updated"),
    "violation.view_list": QT_TRANSLATE_NOOP("AuditActions", "Violation list viewed"),
    "wordlist.change": QT_TRANSLATE_NOOP("AuditActions", "Word list changed"),
}

GROUP_LABELS: dict[str, str] = {
    "account": QT_TRANSLATE_NOOP("AuditActions", "SNS account operation"),
    "audit": QT_TRANSLATE_NOOP("AuditActions", "Audit log operation"),
    "backup": QT_TRANSLATE_NOOP("AuditActions", "Backup operation"),
    "consent": QT_TRANSLATE_NOOP("AuditActions", "Consent operation"),
    "contact": QT_TRANSLATE_NOOP("AuditActions", "Contact operation"),
    "contacts": QT_TRANSLATE_NOOP("AuditActions", "Contact operation"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "Export"),
    "login": QT_TRANSLATE_NOOP("AuditActions", "Login"),
    "office": QT_TRANSLATE_NOOP("AuditActions", "Office operation"),
    "post": QT_TRANSLATE_NOOP("AuditActions", "Post operation"),
    "request": QT_TRANSLATE_NOOP("AuditActions", "Data request operation"),
    "server": QT_TRANSLATE_NOOP("AuditActions", "Office server operation"),
    "session": QT_TRANSLATE_NOOP("AuditActions", "Session operation"),
    "settings": QT_TRANSLATE_NOOP("AuditActions", "Settings changed"),
    "training": QT_TRANSLATE_NOOP("AuditActions", "Training operation"),
    "user": QT_TRANSLATE_NOOP("AuditActions", "User operation"),
    "violation": QT_TRANSLATE_NOOP("AuditActions", "Violation report operation"),
}

GENERIC_LABEL = QT_TRANSLATE_NOOP("AuditActions", "Other operation")

RESULT_LABELS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("AuditActions", "Done"),
    "failed": QT_TRANSLATE_NOOP("AuditActions", "Failed"),
    "denied": QT_TRANSLATE_NOOP("AuditActions", "Refused"),
}
GENERIC_RESULT = QT_TRANSLATE_NOOP("AuditActions", "Other result")

ANONYMOUS = "anonymous"


def action_label(code: str) -> str:
    """The translatable label (source text, context "AuditActions") for an action code; never the code."""
    if code in ACTION_LABELS:
        return ACTION_LABELS[code]
    group = code.split(".", 1)[0]
    return GROUP_LABELS.get(group, GENERIC_LABEL)


def result_label(result: str) -> str:
    return RESULT_LABELS.get(result, GENERIC_RESULT)


def filter_choices() -> list[tuple[str, str]]:
    """(code, label source) of every named action, for the action filter (the screen sorts by the shown text)."""
    return list(ACTION_LABELS.items())
