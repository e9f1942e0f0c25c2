"""Queries of the contacts feature. Every function returns plain dataclasses, tuples or ids.

Speed at 100,000 contacts (see benchmarks/bench_contacts.py):

* exact lookup by canonical key: unique index on ``contact.key``;
* substring search: one folded ``search_text`` column, found through an FTS5 trigram index
  (``contact_fts``, kept by triggers) and re-checked with ``instr``; counts capped at 1,000;
* lists: keyset pagination (``id < last`` / ``(key, id) > last``), never OFFSET;
* bulk import: ``insert_many`` with ids assigned up front (one writer, one transaction).

The queries live in submodules by responsibility; this package re-exports them, so callers keep
writing ``from desktop.store import contacts_repo as crepo; crepo.contact_by_key(...)``:

* :mod:`.rows` — the row types and the converters the modules share;
* :mod:`.contacts` — contact lookups, inserts and updates;
* :mod:`.bulk` — bulk import (ids up front, prepared statements) and the transaction;
* :mod:`.search` — search, counts and keyset paging (also the export walk);
* :mod:`.events` — consent events and timelines;
* :mod:`.scripts` — script versions and texts;
* :mod:`.suppressions` — the suppression list and its keyed hashes;
* :mod:`.unsubscribes` — unsubscribe requests;
* :mod:`.import_batches` — import batches and column mappings;
* :mod:`.rights` — rights requests and forgetting an address in request records;
* :mod:`.inclusions` — export inclusions;
* :mod:`.corrections` — corrections of a contact's name, furigana and memo.
"""

from __future__ import annotations

from desktop.store.contacts_repo.bulk import (
    CONTACT_BULK_COLUMNS,
    EVENT_BULK_COLUMNS,
    atomic,
    bulk_insert_contacts,
    bulk_insert_events,
    next_contact_id,
    next_event_id,
)
from desktop.store.contacts_repo.contacts import (
    contact_by_id,
    contact_by_key,
    contact_of_mailbox,
    contacts_by_ids,
    contacts_by_keys,
    contacts_of_mailboxes,
    existing_contact_ids,
    insert_contact,
    suppressed_mailboxes,
    update_contact,
)
from desktop.store.contacts_repo.corrections import contact_memo, correct_contact
from desktop.store.contacts_repo.events import (
    blank_event_evidence,
    event_by_id,
    events_for_contact,
    events_for_contacts,
    events_recorded_by,
    insert_event,
)
from desktop.store.contacts_repo.import_batches import (
    get_mapping,
    import_batch_by_id,
    import_batches_by_file,
    insert_import_batch,
    set_mapping,
)
from desktop.store.contacts_repo.inclusions import inclusions_for_contact, insert_inclusions
from desktop.store.contacts_repo.rights import (
    forget_address_everywhere,
    insert_rights_request,
    rights_request_by_id,
    rights_requests,
    rights_requests_for_contact,
    update_rights_request,
)
from desktop.store.contacts_repo.rows import (
    ContactRow,
    EventRow,
    ImportBatchRow,
    RightsRequestRow,
    ScriptTextRow,
    ScriptVersionRow,
    SuppressionRow,
    UnsubscribeRow,
)
from desktop.store.contacts_repo.scripts import (
    ensure_script_text,
    insert_script_version,
    latest_script_version,
    mark_script_reviewed,
    script_keys,
    script_text_by_hash,
    script_text_by_id,
    script_texts_by_ids,
    script_version_by_id,
    script_version_by_label,
    script_versions,
)
from desktop.store.contacts_repo.search import (
    COUNT_CAP,
    SearchCancelled,
    count_contacts,
    count_contacts_by_status,
    count_matches,
    first_page,
    iter_contact_ids,
    iter_contacts_with_events,
    search_contacts,
    text_plan,
)
from desktop.store.contacts_repo.suppressions import (
    count_suppressions,
    folded_contacts,
    key_hash,
    legacy_key_hash,
    mailbox_atomic,
    put_suppression,
    rehash_contact,
    remove_suppression,
    suppressed_hashes,
    suppressed_keys,
    suppression_by_hash,
    suppression_for_key,
    suppression_key,
)
from desktop.store.contacts_repo.unsubscribes import (
    count_overdue_unsubscribes,
    insert_unsubscribe,
    open_unsubscribes,
    recent_unsubscribes,
    unsubscribe_by_id,
    unsubscribes_for_contact,
    update_unsubscribe,
)

__all__ = [
    # corrections
    "contact_memo",
    "correct_contact",
    # rows
    "ContactRow",
    "EventRow",
    "ImportBatchRow",
    "RightsRequestRow",
    "ScriptTextRow",
    "ScriptVersionRow",
    "SuppressionRow",
    "UnsubscribeRow",
    # contacts
    "contact_by_id",
    "contact_by_key",
    "contact_of_mailbox",
    "contacts_by_ids",
    "contacts_by_keys",
    "contacts_of_mailboxes",
    "existing_contact_ids",
    "insert_contact",
    "suppressed_mailboxes",
    "update_contact",
    # bulk import
    "CONTACT_BULK_COLUMNS",
    "EVENT_BULK_COLUMNS",
    "atomic",
    "bulk_insert_contacts",
    "bulk_insert_events",
    "next_contact_id",
    "next_event_id",
    # search and paging
    "COUNT_CAP",
    "SearchCancelled",
    "count_contacts",
    "count_contacts_by_status",
    "count_matches",
    "first_page",
    "iter_contact_ids",
    "iter_contacts_with_events",
    "search_contacts",
    "text_plan",
    # consent events
    "blank_event_evidence",
    "event_by_id",
    "events_for_contact",
    "events_for_contacts",
    "events_recorded_by",
    "insert_event",
    # scripts
    "ensure_script_text",
    "insert_script_version",
    "latest_script_version",
    "mark_script_reviewed",
    "script_keys",
    "script_text_by_hash",
    "script_text_by_id",
    "script_texts_by_ids",
    "script_version_by_id",
    "script_version_by_label",
    "script_versions",
    # suppression list
    "count_suppressions",
    "folded_contacts",
    "key_hash",
    "legacy_key_hash",
    "mailbox_atomic",
    "put_suppression",
    "rehash_contact",
    "remove_suppression",
    "suppressed_hashes",
    "suppressed_keys",
    "suppression_by_hash",
    "suppression_for_key",
    "suppression_key",
    # unsubscribe requests
    "count_overdue_unsubscribes",
    "insert_unsubscribe",
    "open_unsubscribes",
    "recent_unsubscribes",
    "unsubscribe_by_id",
    "unsubscribes_for_contact",
    "update_unsubscribe",
    # import batches and column mappings
    "get_mapping",
    "import_batch_by_id",
    "import_batches_by_file",
    "insert_import_batch",
    "set_mapping",
    # rights requests
    "forget_address_everywhere",
    "insert_rights_request",
    "rights_request_by_id",
    "rights_requests",
    "rights_requests_for_contact",
    "update_rights_request",
    # export inclusions
    "inclusions_for_contact",
    "insert_inclusions",
]
