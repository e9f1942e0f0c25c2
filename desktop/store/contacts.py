"""Tables of the contacts feature (created by migration 2; see desktop/store/migrations.py).

* :class:`ScriptVersion` — a published consent script (templates with ``{office}``, both
  languages); :class:`ScriptText` — the exact rendered text that was shown, stored ONCE
  under its SHA-256 and referenced by every consent record captured with it (A4).
* :class:`Contact` — one address: the normalised address as given, its canonical key for
  duplicate detection (unique), a keyed hash of that key (suppression), name/furigana, a
  status cache written from the domain's eligibility function, and a folded search text.
* :class:`ConsentRecord` — the append-only consent history (captures, corrections,
  unsubscribes, re-joins, deletions, opt-in confirmations).
* :class:`UnsubscribeRequest`, :class:`ImportBatch`, :class:`ColumnMapping`,
  :class:`RightsRequest`, :class:`Suppression`, :class:`ExportSet`.

Times are ISO-8601 UTC strings of one fixed shape (so they sort as text); dates are
``YYYY-MM-DD`` in Japan time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee as pw

from desktop.store.models import BaseModel
from desktop.store.sealing import LookupText, SealedText

__all__ = [
    "EXTRA_SQL",
    "add_mailbox_keys",
    "MODELS",
    "ColumnMapping",
    "ConsentRecord",
    "Contact",
    "ExportSet",
    "ImportBatch",
    "RightsRequest",
    "ScriptText",
    "ScriptVersion",
    "Suppression",
    "UnsubscribeRequest",
]


class ScriptVersion(BaseModel):
    """One published version of a consent script (templates, both languages)."""

    key = pw.CharField(max_length=40)  # "phone", "municipal_lp", ...
    version = pw.CharField(max_length=40)  # "seed-1", "2026-04", ...
    purpose = pw.CharField(max_length=30)
    channel = pw.CharField(max_length=20, null=True)
    form = pw.CharField(max_length=20)
    title_json = pw.TextField()  # {"ja": ..., "en": ...}
    paragraphs_json = pw.TextField()  # {"ja": [...], "en": [...]} with {office}
    source_json = pw.TextField(default="{}")
    origin = pw.CharField(max_length=20, default="default")  # "default" (resources) | "office"
    published_at = pw.CharField(max_length=40)
    published_by = pw.CharField(max_length=64)
    reviewed_at = pw.CharField(max_length=40)
    reviewed_by = pw.CharField(max_length=64)

    class Meta:
        indexes = ((("key", "version"), True), (("key", "published_at"), False))


class ScriptText(BaseModel):
    """The exact text shown (rendered with the office name), stored once per hash."""

    sha256 = pw.CharField(max_length=64, unique=True)
    text = pw.TextField()
    lang = pw.CharField(max_length=8)
    script_version = pw.ForeignKeyField(ScriptVersion, backref="texts", on_delete="RESTRICT")
    created_at = pw.CharField(max_length=40)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        script_version_id: pw.ForeignKeyField[int]


class Contact(BaseModel):
    address = SealedText(null=True)  # NULL once deleted (rights request)
    key = LookupText(null=True, unique=True, domain="contact.address-key")  # canonical key; NULL once deleted
    key_hash = pw.CharField(max_length=64)  # HMAC of the canonical key (looked up in Suppression)
    mailbox = LookupText(null=True, index=True, domain="contact.address-key")  # mailbox key (Gmail dots, +tags); NULL once deleted
    name = SealedText(null=True)
    furigana = SealedText(null=True)
    search_text = SealedText(default="")  # folded key + name + furigana, for substring search
    status = pw.CharField(max_length=30)
    eligible = pw.BooleanField(default=False)
    # the send list's cache beside status/eligible (kept by services.consent.sync_status, migration 14):
    # the reason (Reason value; NULL: not yet computed) and when the consent that makes it eligible was given
    reason = pw.CharField(max_length=30, null=True)
    consent_at = pw.CharField(max_length=40, null=True)
    channel = pw.CharField(max_length=20, null=True)  # how it was first obtained
    address_valid = pw.BooleanField(default=True)
    deleted = pw.BooleanField(default=False)
    created_at = pw.CharField(max_length=40)
    updated_at = pw.CharField(max_length=40)

    class Meta:
        indexes = ((("status", "id"), False), (("eligible", "consent_at"), False))


def add_mailbox_keys(db: pw.Database) -> None:
    """Migration: the mailbox key of every contact (``desktop.domain.addresses.mailbox_key``).

    Contacts that fold into one mailbox are kept as they are (nothing merged, nothing lost); the
    send list and the duplicate checks compare this column, so a refusal or an unsubscribe of one
    spelling keeps every other spelling of the mailbox off the list.
    """
    from desktop.domain.addresses import mailbox_key

    if "mailbox" not in {c.name for c in db.get_columns("contact")}:
        db.execute_sql("ALTER TABLE contact ADD COLUMN mailbox VARCHAR(400)")  # type: ignore[no-untyped-call]
    db.execute_sql('CREATE INDEX IF NOT EXISTS "contact_mailbox" ON "contact" ("mailbox")')  # type: ignore[no-untyped-call]
    rows = db.execute_sql("SELECT id, key FROM contact WHERE key IS NOT NULL").fetchall()  # type: ignore[no-untyped-call]
    db.execute_sql("UPDATE contact SET mailbox = NULL WHERE key IS NULL")  # type: ignore[no-untyped-call]
    cursor = db.cursor()  # type: ignore[no-untyped-call]
    cursor.executemany("UPDATE contact SET mailbox = ? WHERE id = ?", [(mailbox_key(k), i) for i, k in rows])


class ImportBatch(BaseModel):
    source = pw.CharField(max_length=20)  # municipal_lp | other_lp
    file_name_hash = pw.CharField(max_length=64)
    file_sha256 = pw.CharField(max_length=64, index=True)
    file_kind = pw.CharField(max_length=10)  # csv | xlsx
    encoding = pw.CharField(max_length=20)
    total_rows = pw.IntegerField()
    counts_json = pw.TextField()
    mapping_json = pw.TextField()
    notice_text = pw.ForeignKeyField(ScriptText, null=True, on_delete="RESTRICT")
    confirmed_by = pw.CharField(max_length=64)
    confirmed_at = pw.CharField(max_length=40)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        notice_text_id: pw.ForeignKeyField[int | None]


class ConsentRecord(BaseModel):
    """One event of a contact's consent history (design A4). Never updated, never deleted;
    a rights-request deletion only blanks ``memo`` and ``recording_ref``."""

    contact = pw.ForeignKeyField(Contact, backref="events", on_delete="RESTRICT", index=False)  # see Meta
    kind = pw.CharField(max_length=20)
    channel = pw.CharField(max_length=20, null=True)
    outcome = pw.CharField(max_length=10, null=True)
    occurred_at = pw.CharField(max_length=40)
    recorded_at = pw.CharField(max_length=40)
    script_text = pw.ForeignKeyField(ScriptText, null=True, on_delete="RESTRICT", index=False)
    script_version_id = pw.CharField(max_length=90, null=True)  # "phone@seed-1"
    script_hash = pw.CharField(max_length=64, null=True)
    lang = pw.CharField(max_length=8, null=True)
    opt_in_checked = pw.BooleanField(null=True)
    notice_given = pw.BooleanField(null=True)
    script_read_confirmed = pw.BooleanField(null=True)
    imported = pw.BooleanField(default=False)
    import_batch = pw.ForeignKeyField(ImportBatch, null=True, on_delete="RESTRICT", index=False)
    import_row = pw.IntegerField(null=True)
    staff_uid = pw.CharField(max_length=64)
    recording_ref = SealedText(null=True)
    memo = SealedText(null=True)
    corrects = pw.ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="corrections", index=False)
    valid_until = pw.CharField(max_length=10, null=True)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        contact_id: pw.ForeignKeyField[int]
        script_text_id: pw.ForeignKeyField[int | None]
        import_batch_id: pw.ForeignKeyField[int | None]
        corrects_id: pw.ForeignKeyField[int | None]

    class Meta:
        table_name = "consent_event"
        indexes = ((("contact", "occurred_at"), False), (("staff_uid", "recorded_at"), False))


class UnsubscribeRequest(BaseModel):
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="RESTRICT")
    address = SealedText(null=True)  # as received; NULL once deleted
    channel = pw.CharField(max_length=20)  # phone | email_reply | web_form | letter
    received_on = pw.CharField(max_length=10)
    due_on = pw.CharField(max_length=10, index=True)
    done_at = pw.CharField(max_length=40, null=True, index=True)
    recorded_at = pw.CharField(max_length=40)
    recorded_by = pw.CharField(max_length=64)
    done_by = pw.CharField(max_length=64, null=True)
    memo = SealedText(null=True)
    event = pw.ForeignKeyField(ConsentRecord, null=True, on_delete="RESTRICT")

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        contact_id: pw.ForeignKeyField[int | None]
        event_id: pw.ForeignKeyField[int | None]


class ColumnMapping(BaseModel):
    source = pw.CharField(max_length=20, unique=True)
    mapping_json = pw.TextField()
    updated_at = pw.CharField(max_length=40)
    updated_by = pw.CharField(max_length=64)


class RightsRequest(BaseModel):
    kind = pw.CharField(max_length=20)  # disclosure | correction | deletion | stop_use
    received_on = pw.CharField(max_length=10)
    requester = SealedText()  # a reference: "本人 (電話)", a ticket number ...
    address = SealedText(null=True)  # the address concerned; NULL once deleted
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="RESTRICT")
    identity_check = SealedText(default="")
    due_on = pw.CharField(max_length=10, index=True)
    status = pw.CharField(max_length=20, index=True)  # open | in_progress | done | refused
    outcome = SealedText(default="")
    created_at = pw.CharField(max_length=40)
    created_by = pw.CharField(max_length=64)
    updated_at = pw.CharField(max_length=40)
    closed_at = pw.CharField(max_length=40, null=True)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        contact_id: pw.ForeignKeyField[int | None]


class Suppression(BaseModel):
    """Keyed hashes of addresses that must never be re-added silently (refused, unsubscribed,
    deleted). The HMAC key is derived from the database key, so the list reveals nothing
    without it."""

    key_hash = pw.CharField(max_length=64, unique=True)
    reason = pw.CharField(max_length=20)  # refused | unsubscribed | deleted
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    created_at = pw.CharField(max_length=40)
    updated_at = pw.CharField(max_length=40)

    if TYPE_CHECKING:  # the ``<fk>_id`` attributes peewee adds
        contact_id: pw.ForeignKeyField[int | None]


class ExportSet(BaseModel):
    """The contacts one export (send list) included, stored compactly: one row per export holding a
    zlib-compressed bitmap of contact ids from ``first_id`` (see contacts_repo.inclusions)."""

    export_id = pw.CharField(max_length=64, unique=True)
    included_at = pw.CharField(max_length=40, index=True)
    count = pw.IntegerField()
    first_id = pw.IntegerField()
    last_id = pw.IntegerField()
    bitmap = pw.BlobField()


MODELS: list[type[BaseModel]] = [
    ScriptVersion,
    ScriptText,
    Contact,
    ImportBatch,
    ConsentRecord,
    UnsubscribeRequest,
    ColumnMapping,
    RightsRequest,
    Suppression,
    ExportSet,
]
EXTRA_SQL: list[str] = [
    # Consent history is append-only: only memo/recording_ref may be blanked (deletion request).
    "CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event "
    "BEGIN SELECT RAISE(ABORT, 'consent history is append-only'); END",
    "CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event "
    "WHEN NEW.kind IS NOT OLD.kind OR NEW.channel IS NOT OLD.channel OR NEW.outcome IS NOT OLD.outcome "
    "OR NEW.occurred_at IS NOT OLD.occurred_at OR NEW.contact_id IS NOT OLD.contact_id "
    "OR NEW.script_text_id IS NOT OLD.script_text_id OR NEW.corrects_id IS NOT OLD.corrects_id "
    "OR NEW.staff_uid IS NOT OLD.staff_uid OR NEW.script_read_confirmed IS NOT OLD.script_read_confirmed "
    "BEGIN SELECT RAISE(ABORT, 'consent history is append-only'); END",
]
