"""Queries of the posts feature. Every function returns plain frozen rows, never peewee models.

The queries live in submodules by responsibility; this package re-exports them, so callers keep
writing ``from desktop.store import posts_repo; posts_repo.get_post(...)``:

* :mod:`.rows` — the row types and the JSON encoding of the text columns;
* :mod:`.accounts` — SNS accounts;
* :mod:`.scopes` — scopes approved in advance;
* :mod:`.posts` — posts and versions, the author's list and the review queue;
* :mod:`.reviews` — review decisions and corrections;
* :mod:`.incidents` — incidents;
* :mod:`.records` — the managers' evidence records;
* :mod:`.word_lists` — word-list overrides.
"""

from __future__ import annotations

from desktop.store.posts_repo.accounts import get_account, insert_account, list_accounts, update_account
from desktop.store.posts_repo.incidents import get_incident, insert_incident, list_incidents, update_incident
from desktop.store.posts_repo.posts import (
    count_posts,
    get_post,
    get_version,
    hours_between,
    insert_post,
    insert_version,
    list_in_scope,
    list_posts,
    list_posts_by_author,
    list_versions,
    mark_submitted,
    posts_between,
    queue,
    update_post,
    update_post_checked,
)
from desktop.store.posts_repo.records import RecordRow, get_record, insert_record, list_records, retire_record
from desktop.store.posts_repo.reviews import insert_correction, insert_review, list_corrections, list_reviews
from desktop.store.posts_repo.rows import (
    AccountRow,
    CorrectionRow,
    IncidentRow,
    PostRow,
    ReviewRow,
    ScopeRow,
    VersionRow,
    WordListOverrideRow,
)
from desktop.store.posts_repo.scopes import get_scope, insert_scope, list_scopes, update_scope
from desktop.store.posts_repo.word_lists import (
    remove_word_list_override,
    set_word_list_override,
    word_list_overrides,
)

__all__ = [
    "hours_between",
    "posts_between",
    "RecordRow",
    "get_record",
    "insert_record",
    "list_records",
    "retire_record",
    # rows
    "AccountRow",
    "CorrectionRow",
    "IncidentRow",
    "PostRow",
    "ReviewRow",
    "ScopeRow",
    "VersionRow",
    "WordListOverrideRow",
    # accounts
    "get_account",
    "insert_account",
    "list_accounts",
    "update_account",
    # scopes
    "get_scope",
    "insert_scope",
    "list_scopes",
    "update_scope",
    # posts and versions
    "count_posts",
    "get_post",
    "get_version",
    "insert_post",
    "insert_version",
    "list_in_scope",
    "list_posts",
    "list_posts_by_author",
    "list_versions",
    "mark_submitted",
    "queue",
    "update_post",
    "update_post_checked",
    # reviews and corrections
    "insert_correction",
    "insert_review",
    "list_corrections",
    "list_reviews",
    # incidents
    "get_incident",
    "insert_incident",
    "list_incidents",
    "update_incident",
    # word lists
    "remove_word_list_override",
    "set_word_list_override",
    "word_list_overrides",
]
