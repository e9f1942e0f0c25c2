"""Service errors with user-readable, translatable messages (no personal data in the text)."""

from __future__ import annotations

from desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError


class ServiceError(DomainError):
    context = "ServiceError"


class LoginFailed(ServiceError):
    """One message for an unknown user and a wrong password (R16)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "The username or password is not correct."))


class Throttled(ServiceError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("ServiceError", "Too many failed attempts. Try again in %1 seconds."),
            max(1, int(seconds + 0.999)),
        )
        self.seconds = seconds


class RecoveryFailed(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "The recovery code is not correct."))


class NoOffice(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("ServiceError", "There is no office in this data folder. Create one first.")
        )


class OfficeExists(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("ServiceError", "An office already exists in this data folder.")
        )


class Locked(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "The session is locked. Unlock it with your password."))


class PermissionDenied(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "Your role does not allow this action."))


class ReauthRequired(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("ServiceError", "For this action, confirm your password again.")
        )


class PasswordChangeRequired(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "Choose a new password before you continue."))


class NotFound(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "The record was not found."))


class KeyFileBackupAvailable(ServiceError):
    """The slot file is damaged but its previous generation (``.bak``) is intact: the user chooses."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "ServiceError",
                "The key file of this office is damaged, but its previous copy is intact. Opening the office "
                "with the previous copy undoes the latest change to the key file (for example a password "
                "changed since then); the damaged file is kept.",
            )
        )
