"""Store errors: expected environment failures with user-readable, translatable messages."""

from __future__ import annotations

import errno

from desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError


class StoreError(DomainError):
    """Base for expected storage failures (the user can act on them)."""

    context = "StoreError"


class EncryptionUnavailable(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database encryption library is not available, so the office cannot be opened safely.",
            )
        )


class WrongKeyOrCorrupt(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office database could not be opened: the key does not match or the file is damaged.",
            )
        )


class Corrupt(StoreError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office database failed its integrity check. Nothing was written. Restore a backup.",
            )
        )
        self.detail = detail


class AlreadyOpenElsewhere(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "This office is already open in another Madoguchi window or on another computer. "
                "Close it there first.",
            )
        )


class DatabaseTooNew(StoreError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office database was made by a newer version of Madoguchi (schema %1; this version "
                "supports %2). Install the newer version.",
            ),
            found,
            supported,
        )


class SlotFileError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The key file of this office is missing, damaged or was edited. The office cannot be "
                "opened with it.",
            )
        )


class DataFolderUnusable(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The data folder cannot be written to. Choose another folder or check its permissions.",
            )
        )


class UnsafeLocation(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office cannot live on a network share or in a cloud-sync folder: the database needs "
                "a disk of this computer. Choose a local folder.",
            )
        )


class AuditAppendOnly(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("StoreError", "The audit log cannot be changed or deleted."))


class DiskFull(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The disk is full, so Madoguchi could not save. Nothing was changed. Free some space and "
                "try again.",
            )
        )


class DatabaseEmpty(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office database file is empty or missing. Nothing was written to it. Restore the "
                "office folder from a backup.",
            )
        )


class DatabaseNotEncrypted(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office database file is not an encrypted Madoguchi database. Nothing was changed. "
                "Check the data folder or restore it from a backup.",
            )
        )


class FolderNotEmpty(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "A new office can only be created in an empty folder. Choose an empty folder.",
            )
        )


_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_WRITABLE = {errno.EPERM, errno.EACCES, errno.EROFS}


def os_fault(exc: OSError) -> StoreError | None:
    """The user-readable error for a failed file operation, or None when it is not a known fault.

    A full disk (or quota) and a folder that cannot be written to are expected conditions, not bugs:
    every layer that touches a file maps them here, so the user reads one clear line.
    """
    if exc.errno in _NO_SPACE:
        return DiskFull()
    if exc.errno in _NOT_WRITABLE:
        return DataFolderUnusable()
    return None


class ServerUnavailable(StoreError):
    """The office server could not be reached, or the connection dropped (nothing half-written: the
    transaction was rolled back by the server)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office server cannot be reached. Nothing was saved by the last step. Check the network "
                "and that the server is running; Madoguchi reconnects by itself.",
            )
        )


class ServerCertificateWrong(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office server's certificate does not match this computer's connection settings, so "
                "nothing was sent to it. Ask the administrator to check the server's address and certificate.",
            )
        )


class ServerLoginChanged(StoreError):
    """The server refused the connection file's login: the administrator gave it a new password
    (``madoguchi server new-login``, e.g. after someone left) and this PC still has the old file."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office server no longer accepts this computer's connection file: the administrator has "
                "changed it. Ask the administrator for the new connection file.",
            )
        )


class ServerNotReady(StoreError):
    """The server's schema is older or newer than this app (an administrator runs ``madoguchi server upgrade``)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office server's database is not prepared for this version of Madoguchi. Ask the "
                "administrator to update it with the server command.",
            )
        )


class ServerNewer(ServerNotReady):
    """The server's schema is newer than this app: another PC's newer Madoguchi upgraded it (this PC updates)."""

    def __init__(self) -> None:
        StoreError.__init__(
            self,
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The office server has been updated for a newer version of Madoguchi. Install the newer "
                "version on this computer, then log in again.",
            ),
        )


class ChangedElsewhere(StoreError):
    """Someone else changed the same record meanwhile (optimistic check on the office server)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "Someone else changed this at the same time. Nothing was overwritten: reopen it to see their "
                "change, then make yours again.",
            )
        )


class SignedInElsewhere(StoreError):
    """The same user already has a session on the office server (another PC or window)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "This user is already signed in on another computer. Sign out there first, or sign in as "
                "yourself.",
            )
        )
