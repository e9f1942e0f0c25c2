"""Consent scripts: the defaults from ``desktop/resources/scripts``, versions published by managers,
the exact text shown (rendered with the office name, stored once under its hash), and the
yearly review warning (A9).

The default scripts are written into the office database the first time a script is needed,
so every consent record can reference a stored version. A manager publishes a new version
(both languages); earlier records keep referencing the exact text they were captured with.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop import paths
from desktop.domain import office_time
from desktop.domain import scripts as dscripts
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.roles import Action
from desktop.services.errors import NotFound
from desktop.services.session import Session
from desktop.store import contacts_repo as crepo
from desktop.store import repo

__all__ = [
    "REVIEW_INTERVAL",
    "ReviewWarning",
    "ScriptView",
    "StoredText",
    "current",
    "default_templates",
    "mark_reviewed",
    "publish",
    "render_version",
    "resolve_shown",
    "review_warnings",
    "version_name",
    "versions",
]

CTX = "Scripts"
REVIEW_INTERVAL = timedelta(days=365)
CONSENT_KEYS = ("phone", "municipal_lp", "other_lp", "in_person")

_E_CHANGED = QT_TRANSLATE_NOOP("Scripts", "The consent script changed while the screen was open. Read the new version to the caller and save again.")
_E_WRONG_SCRIPT = QT_TRANSLATE_NOOP("Scripts", "This script does not belong to this channel.")
_E_VERSION_TAKEN = QT_TRANSLATE_NOOP("Scripts", "The version name %1 is already used for this script.")
_E_SAME_TEXT = QT_TRANSLATE_NOOP("Scripts", "The text is the same as the current version. To confirm that it is still correct, mark it as reviewed.")
_E_VERSION_NAME = QT_TRANSLATE_NOOP("Scripts", "Enter a version name of at most 40 characters.")
_E_UNKNOWN_KEY = QT_TRANSLATE_NOOP("Scripts", "There is no consent script named %1.")


@dataclass(frozen=True)
class ScriptView:
    """A script version rendered for the screen, in one language."""

    version_row_id: int
    key: str
    version: str
    version_id: str  # "phone@seed-1"
    lang: str
    title: str
    paragraphs: tuple[str, ...]
    text: str
    sha256: str
    origin: str
    published_at: str
    reviewed_at: str
    review_overdue: bool


@dataclass(frozen=True)
class StoredText:
    text_id: int
    version_id: str
    sha256: str
    lang: str
    channel: str | None


@dataclass(frozen=True)
class ReviewWarning:
    key: str
    version: str
    reviewed_at: str
    days: int


@functools.cache
def default_templates() -> dict[str, dscripts.ScriptTemplate]:
    """The shipped scripts (seed example wordings (1)–(4)), by key."""
    folder = paths.resource_path("scripts")
    out: dict[str, dscripts.ScriptTemplate] = {}
    for file in sorted(folder.glob("*.toml")):
        with file.open("rb") as fh:
            template = dscripts.parse_script(tomllib.load(fh))
        out[template.key] = template
    return out


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def _ensure_defaults(session: Session) -> None:
    missing = [t for k, t in default_templates().items() if crepo.latest_script_version(k) is None]
    if not missing:
        return
    at = _iso(session.now())
    with repo.atomic():
        # again inside the transaction: on the office server several PCs may open a new office at once
        missing = [t for t in missing if crepo.latest_script_version(t.key) is None]
        if not missing:
            return
        for t in missing:
            crepo.insert_script_version(
                key=t.key, version=t.version, purpose=t.purpose,
                channel=t.channel.value if t.channel else None, form=t.form, title=dict(t.title),
                paragraphs={lang: list(p) for lang, p in t.paragraphs.items()},
                source={"file": t.source.file, "line": t.source.line, "quote": t.source.quote,
                        "section": t.source.section},
                origin="default", at=at, by=session.user.uid)
        session.audit("script.publish", target="defaults", keys=[t.key for t in missing], origin="default")


def _overdue(session: Session, reviewed_at: str) -> bool:
    try:
        reviewed = datetime.fromisoformat(reviewed_at)
    except ValueError:
        return True
    return session.now() - reviewed > REVIEW_INTERVAL


def _template(row: crepo.ScriptVersionRow) -> dscripts.ScriptTemplate:
    return dscripts.parse_script({
        "key": row.key, "purpose": row.purpose, "channel": row.channel, "form": row.form, "version": row.version,
        "title": row.title, "source": {"file": row.source.get("file") or "office", "line": row.source.get("line") or 1,
                                       "quote": row.source.get("quote") or "-"},
        "text": row.paragraphs,
    })


def _view(session: Session, row: crepo.ScriptVersionRow, lang: str) -> ScriptView:
    template = _template(row)
    paragraphs = tuple(dscripts.render(template, session.settings().office_name, lang))
    text = dscripts.join_paragraphs(paragraphs)
    return ScriptView(row.id, row.key, row.version, template.version_id, lang, row.title.get(lang, row.key),
                      paragraphs, text, dscripts.script_hash(text), row.origin, row.published_at, row.reviewed_at,
                      _overdue(session, row.reviewed_at))


def current(session: Session, key: str, lang: str = "ja") -> ScriptView:
    """The version in force for ``key`` (e.g. "phone"), rendered in ``lang``."""
    session.ensure_unlocked()
    _ensure_defaults(session)
    row = crepo.latest_script_version(key)
    if row is None:
        raise ValidationError(_E_UNKNOWN_KEY, key, context=CTX)
    return _view(session, row, lang)


def render_version(session: Session, version_row_id: int, lang: str = "ja") -> ScriptView:
    session.ensure_unlocked()
    row = crepo.script_version_by_id(version_row_id)
    if row is None:
        raise NotFound()
    return _view(session, row, lang)


def versions(session: Session, key: str) -> list[ScriptView]:
    """All versions of ``key``, newest first (Japanese rendering)."""
    session.ensure_unlocked()
    _ensure_defaults(session)
    return [_view(session, r, "ja") for r in crepo.script_versions(key)]


def resolve_shown(session: Session, version_row_id: int, lang: str, sha256: str, *,
                  channel: str | None = None) -> StoredText:
    """Check that the text the screen showed is what this version renders to now, and store it
    once (call inside the capture's transaction)."""
    row = crepo.script_version_by_id(version_row_id)
    if row is None:
        raise ValidationError(_E_CHANGED, context=CTX)
    if channel is not None and row.channel != channel:
        raise ValidationError(_E_WRONG_SCRIPT, context=CTX)
    view = _view(session, row, lang)
    if view.sha256 != sha256:
        raise ValidationError(_E_CHANGED, context=CTX)
    text_id = crepo.ensure_script_text(sha256=view.sha256, text=view.text, lang=lang, script_version_id=row.id,
                                       at=_iso(session.now()))
    return StoredText(text_id, view.version_id, view.sha256, lang, row.channel)


def publish(session: Session, key: str, *, version: str, paragraphs: dict[str, list[str]],
            title: dict[str, str] | None = None) -> ScriptView:
    """A manager publishes a new version of ``key`` (both languages, ``{office}`` allowed)."""
    session.require(Action.SCRIPTS_PUBLISH, key)
    _ensure_defaults(session)
    latest = crepo.latest_script_version(key)
    if latest is None:
        raise ValidationError(_E_UNKNOWN_KEY, key, context=CTX)
    version = (version or "").strip()
    if not version or len(version) > 40 or "@" in version:
        raise ValidationError(_E_VERSION_NAME, context=CTX)
    if crepo.script_version_by_label(key, version) is not None:
        raise ValidationError(_E_VERSION_TAKEN, version, context=CTX)
    cleaned = {lang: [p.strip() for p in paragraphs.get(lang, []) if p and p.strip()] for lang in dscripts.LANGUAGES}
    doc = {"key": key, "purpose": latest.purpose, "channel": latest.channel, "form": latest.form, "version": version,
           "title": title or latest.title, "source": {"file": "office", "line": 1, "quote": "-"}, "text": cleaned}
    dscripts.parse_script(doc)  # raises ValidationError for a missing language or a bad placeholder
    if cleaned == {lang: list(p) for lang, p in latest.paragraphs.items()}:
        raise ValidationError(_E_SAME_TEXT, context=CTX)
    at = _iso(session.now())
    with repo.atomic():
        new_id = crepo.insert_script_version(key=key, version=version, purpose=latest.purpose, channel=latest.channel,
                                             form=latest.form, title=dict(title or latest.title), paragraphs=cleaned,
                                             source={"previous": latest.version}, origin="office", at=at,
                                             by=session.user.uid)
        session.audit("script.publish", target=key, version=version, version_row=new_id, previous=latest.version)
    return render_version(session, new_id, "ja")


def mark_reviewed(session: Session, key: str) -> None:
    """A manager confirms the version in force is still correct (yearly review, A9)."""
    session.require(Action.SCRIPTS_PUBLISH, key)
    latest = crepo.latest_script_version(key)
    if latest is None:
        raise ValidationError(_E_UNKNOWN_KEY, key, context=CTX)
    with repo.atomic():
        crepo.mark_script_reviewed(latest.id, _iso(session.now()), session.user.uid)
        session.audit("script.review", target=key, version=latest.version)


def review_warnings(session: Session) -> list[ReviewWarning]:
    """Scripts not reviewed for a year (shown to those who may publish scripts; empty otherwise)."""
    if not session.can(Action.SCRIPTS_PUBLISH):
        return []
    _ensure_defaults(session)
    out = []
    for key in sorted(crepo.script_keys()):
        row = crepo.latest_script_version(key)
        if row is None or not _overdue(session, row.reviewed_at):
            continue
        try:
            days = (session.now() - datetime.fromisoformat(row.reviewed_at)).days
        except ValueError:
            days = 0
        out.append(ReviewWarning(key, row.version, row.reviewed_at, days))
    return out


def version_name(version_id: str | None, lang: str = "ja") -> str:
    """A stored script version id (``"phone@seed-1"``) as printouts name it: its title and version
    date (「電話口での文言（2026/12/05版）」), never the id; "" for none. Needs the office open."""
    if not version_id:
        return ""
    key, _, version = version_id.partition("@")
    row = crepo.script_version_by_label(key, version)
    if row is None:
        template = default_templates().get(key)
        return template.title.get(lang) or key if template is not None else key
    title = row.title.get(lang) or row.title.get("ja") or key
    day = office_time.display(datetime.fromisoformat(row.published_at), date_only=True)
    return f"{title}（{day}版）" if lang == "ja" else f"{title} (version of {day})"
