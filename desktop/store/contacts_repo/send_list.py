"""The send list's queries: eligibility read from the contact row, never replayed here.

Every event writes ``status``, ``eligible``, ``reason`` and ``consent_at`` into the contact row
(``services.consent.sync_status``); a daily sweep re-decides the contacts whose consent reached a
dated expiry (``consent_event.valid_until``, partial index). The send list and its preview are then
indexed queries:

* the list: ``WHERE eligible`` in keyset pages by id (``contact_eligible_consent_at`` index for the
  date filter), never the events;
* the preview: ``GROUP BY status`` over the ``(status, id)`` index, complaints told apart from
  unsubscribes by ``reason``, and the two reasons that depend on other rows (an unprocessed
  unsubscribe request, another spelling of the same mailbox that refused or unsubscribed) counted
  by joins on indexed columns.

The migration (:func:`add_send_list_columns`) adds the columns and indexes and converts the old
export inclusions; rows it cannot fill (``reason`` NULL) are filled by the service's catch-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from desktop.store.contacts import ConsentRecord, Contact, Suppression, UnsubscribeRequest
from desktop.store.contacts_repo.inclusions import convert_legacy_inclusions
from desktop.store.contacts_repo.rows import CHUNK
from desktop.store.models import DB, tuples

PAGE = 5000


@dataclass(frozen=True)
class SendFilter:
    """The send list's filters: first channel, and the consent time in ``[start, end)`` (ISO UTC)."""

    channel: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Blocked:
    """What keeps an otherwise eligible contact off the list because of other rows."""

    pending_ids: frozenset[int]  # an unsubscribe request not yet processed names the contact
    pending_keys: frozenset[str]  # ... or its address (canonical key)
    mailboxes: frozenset[str]  # mailbox keys with a spelling that refused, unsubscribed, was deleted …


@dataclass(frozen=True)
class SendRow:
    id: int
    address: str | None
    name: str | None
    furigana: str | None
    channel: str | None
    consent_at: str | None
    key: str | None
    mailbox: str | None


def _where(query: Any, f: SendFilter) -> Any:
    query = query.where(Contact.eligible == True)  # noqa: E712 - peewee expression
    if f.channel:
        query = query.where(Contact.channel == f.channel)
    if f.start:
        query = query.where(Contact.consent_at >= f.start)
    if f.end:
        query = query.where(Contact.consent_at < f.end)
    return query


def eligible_pages(f: SendFilter, page: int = PAGE) -> Iterator[list[SendRow]]:
    """The eligible contacts matching ``f`` in id order, one keyset page at a time (memory flat)."""
    last = 0
    fields = (Contact.id, Contact.address, Contact.name, Contact.furigana, Contact.channel, Contact.consent_at,
              Contact.key, Contact.mailbox)
    while True:
        q = _where(Contact.select(*fields), f).where(Contact.id > last).order_by(Contact.id).limit(page)
        rows = [SendRow(*t) for t in tuples(q)]
        if not rows:
            return
        yield rows
        last = rows[-1].id


def count_eligible(f: SendFilter) -> int:
    return int(_where(Contact.select(pw.fn.COUNT(Contact.id)), f).scalar() or 0)


def status_counts() -> dict[str, int]:
    """Contacts per status (a covering scan of the ``(status, id)`` index)."""
    return {s: int(n) for s, n in tuples(Contact.select(Contact.status, pw.fn.COUNT(Contact.id))
                                         .group_by(Contact.status))}


def reason_counts(status: str) -> dict[str | None, int]:
    """Contacts of one status per stored reason (e.g. unsubscribed: unsubscribe or complaint)."""
    q = (Contact.select(Contact.reason, pw.fn.COUNT(Contact.id)).where(Contact.status == status)
         .group_by(Contact.reason))
    return {r: int(n) for r, n in tuples(q)}


def pending_requests() -> tuple[set[int], list[str]]:
    """Contact ids and addresses (as received) of unsubscribe requests not yet processed."""
    ids: set[int] = set()
    raw: list[str] = []
    q = (UnsubscribeRequest.select(UnsubscribeRequest.contact, UnsubscribeRequest.address)
         .where(UnsubscribeRequest.done_at.is_null()))
    for cid, address in tuples(q):
        if cid is not None:
            ids.add(int(cid))
        if address:
            raw.append(address)
    return ids, raw


def suppressed_mailboxes(suppressing: Sequence[str], extra_ids: Iterable[int] = ()) -> set[str]:
    """Mailbox keys of contacts whose status suppresses mail, that are on the suppression list, or
    (``extra_ids``) that an unprocessed unsubscribe request names."""
    by_status = Contact.select(Contact.mailbox).where(Contact.mailbox.is_null(False)
                                                      & Contact.status.in_(list(suppressing)))
    listed = (Contact.select(Contact.mailbox).join(Suppression, on=(Suppression.contact == Contact.id))
              .where(Contact.mailbox.is_null(False)))
    out = {t[0] for t in tuples(by_status)} | {t[0] for t in tuples(listed)}
    wanted = sorted(set(extra_ids))
    for i in range(0, len(wanted), CHUNK):
        q = Contact.select(Contact.mailbox).where(Contact.id.in_(wanted[i:i + CHUNK]) & Contact.mailbox.is_null(False))
        out.update(t[0] for t in tuples(q))
    return out


def count_blocked(f: SendFilter | None, blocked: Blocked) -> tuple[int, int]:
    """(eligible contacts held back by a pending request, by the same mailbox), among ``f``'s rows
    (``None``: all eligible contacts). A contact both pending and same-mailbox counts as pending."""
    base = _where(Contact.select(Contact.id, Contact.key, Contact.mailbox), f or SendFilter())
    pending = same = 0
    conditions = []
    if blocked.pending_ids:
        conditions.append(Contact.id.in_(sorted(blocked.pending_ids)))
    if blocked.pending_keys:
        conditions.append(Contact.key.in_(sorted(blocked.pending_keys)))
    if blocked.mailboxes:
        conditions.append(Contact.mailbox.in_(sorted(blocked.mailboxes)))
    if not conditions:
        return 0, 0
    condition = conditions[0]
    for c in conditions[1:]:
        condition = condition | c
    for cid, key, mailbox in tuples(base.where(condition)):
        if cid in blocked.pending_ids or key in blocked.pending_keys:
            pending += 1
        elif key is not None and mailbox in blocked.mailboxes:
            same += 1
    return pending, same


# ---------------------------------------------------------------------------------------------
# Keeping the cache current
# ---------------------------------------------------------------------------------------------


def write_decisions(rows: Iterable[tuple[int, str, bool, str, str | None]]) -> int:
    """Write (id, status, eligible, reason, consent_at) into contact rows. Returns how many changed."""
    cursor = DB.cursor()
    changed = 0
    for cid, status, eligible, reason, consent_at in rows:
        cursor.execute("UPDATE contact SET status = ?, eligible = ?, reason = ?, consent_at = ? WHERE id = ? "
                       "AND (status IS NOT ? OR eligible IS NOT ? OR reason IS NOT ? OR consent_at IS NOT ?)",
                       (status, int(eligible), reason, consent_at, cid, status, int(eligible), reason, consent_at))
        changed += cursor.rowcount
    return changed


def fill_simple(reason_of_status: Mapping[str, str]) -> int:
    """Fill ``reason``/``consent_at`` of rows never decided with the cache (bulk-imported contacts)
    whose history is one decision without corrections or expiry dates: their reason follows from
    the status and their consent is that one agreement. Returns the number of rows filled."""
    cases = " ".join(f"WHEN '{s}' THEN '{r}'" for s, r in reason_of_status.items()
                     if s.isidentifier() and r.isidentifier())
    cursor = DB.execute_sql(
        f"UPDATE contact SET reason = CASE status {cases} END, "
        "consent_at = CASE WHEN eligible THEN (SELECT e.occurred_at FROM consent_event e "
        "WHERE e.contact_id = contact.id AND e.outcome = 'agreed') END "
        "WHERE reason IS NULL AND status IN ({}) AND NOT EXISTS (SELECT 1 FROM consent_event e "
        "WHERE e.contact_id = contact.id AND (e.kind = 'correction' OR e.valid_until IS NOT NULL)) "
        "AND (SELECT COUNT(*) FROM consent_event e WHERE e.contact_id = contact.id "
        "AND e.outcome IS NOT NULL) = 1".format(", ".join("?" for _ in reason_of_status)),
        list(reason_of_status))
    return int(cursor.rowcount or 0)


def undecided_ids(limit: int = PAGE) -> list[int]:
    """Contacts whose cache was never written (``reason`` NULL), oldest first."""
    return [t[0] for t in tuples(Contact.select(Contact.id).where(Contact.reason.is_null()).order_by(Contact.id)
                                 .limit(limit))]


def ids_with_expiry(since: str | None, until: str) -> list[int]:
    """Contacts with a consent whose ``valid_until`` (a date) lies in ``[since, until)``."""
    q = ConsentRecord.select(ConsentRecord.contact).distinct().where(
        ConsentRecord.valid_until.is_null(False) & (ConsentRecord.valid_until < until))
    if since is not None:
        q = q.where(ConsentRecord.valid_until >= since)
    return sorted(t[0] for t in tuples(q))


def add_send_list_columns(db: Any) -> None:
    """Migration: the send list's cache columns and indexes; the old per-contact inclusions become
    one compact row per export. ``reason`` stays NULL until the service's catch-up fills it."""
    columns = {c.name for c in db.get_columns("contact")}
    if "reason" not in columns:
        db.execute_sql("ALTER TABLE contact ADD COLUMN reason VARCHAR(30)")
    if "consent_at" not in columns:
        db.execute_sql("ALTER TABLE contact ADD COLUMN consent_at VARCHAR(40)")
    db.execute_sql('CREATE INDEX IF NOT EXISTS "contact_eligible_consent_at" ON "contact" ("eligible", "consent_at")')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "consent_event_valid_until" ON "consent_event" ("valid_until") '
                   "WHERE valid_until IS NOT NULL")
    convert_legacy_inclusions(db)
