"""Consent scripts: the wording shown or read when an address is taken (design A4).

The default scripts live in ``desktop/resources/scripts/*.toml`` and come verbatim from the example
wordings (1)–(4) of ``shared/seeds/003_5cb2449b1dcf02bb.txt``, except that the seed's
organisation ("当社") is the placeholder ``{office}``: each office fills in its own name.
This module is pure: the caller reads the file (``tomllib``) and passes the mapping to
:func:`parse_script`; :func:`render` fills in the office name; :func:`script_hash` is the
fingerprint stored with every consent record so the exact text shown can be proven.

File layout::

    key = "phone"                      # file id; also names the script in the database
    purpose = "consent"                # or "unsubscribe_footer"
    channel = "phone"                  # a desktop.domain.consent.Channel value (consent only)
    form = "spoken"                    # spoken | checkbox | notice | footer
    version = "seed-1"
    title = { ja = "...", en = "..." }
    source = { file = "003_....txt", line = 78, quote = "..." }   # 1-based line, verbatim
    [text]
    ja = ["paragraph", ...]
    en = ["paragraph", ...]
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from desktop.domain.consent import Channel
from desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

__all__ = [
    "LANGUAGES",
    "OFFICE_PLACEHOLDER",
    "PURPOSES",
    "ScriptSource",
    "ScriptTemplate",
    "join_paragraphs",
    "parse_script",
    "render",
    "render_text",
    "script_hash",
]

OFFICE_PLACEHOLDER = "{office}"
LANGUAGES: tuple[str, ...] = ("ja", "en")  # every script must exist in both (design: Languages)
PURPOSES: tuple[str, ...] = ("consent", "unsubscribe_footer")
FORMS: tuple[str, ...] = ("spoken", "checkbox", "notice", "footer")
PARAGRAPH_SEPARATOR = "\n\n"

_CTX = "Scripts"
_E_FIELD = QT_TRANSLATE_NOOP("Scripts", "The consent script is missing the field %1 or it is not valid.")
_E_CHANNEL = QT_TRANSLATE_NOOP("Scripts", "The consent script names an unknown channel: %1")
_E_LANGUAGE = QT_TRANSLATE_NOOP("Scripts", "The consent script has no text in the language %1.")
_E_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Scripts", "The consent script contains an unknown placeholder %1; only {office} is allowed."
)
_E_OFFICE = QT_TRANSLATE_NOOP("Scripts", "Set the office name in the settings before using consent scripts.")

_PLACEHOLDER_RE = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class ScriptSource:
    """Where the wording comes from: seed file, 1-based line, verbatim quote of that line."""

    file: str
    line: int
    quote: str
    section: str | None = None


@dataclass(frozen=True)
class ScriptTemplate:
    key: str
    purpose: str
    channel: Channel | None
    form: str
    version: str
    title: Mapping[str, str]
    paragraphs: Mapping[str, tuple[str, ...]]  # language → paragraphs with {office}
    source: ScriptSource

    @property
    def version_id(self) -> str:
        """``"phone@seed-1"``: the identifier stored with a consent record."""
        return f"{self.key}@{self.version}"


def _bad(message: str, *params: object) -> NoReturn:
    raise ValidationError(message, *params, context=_CTX)


def _text(doc: Mapping[str, Any], name: str, *, required: bool = True) -> str | None:
    value = doc.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        _bad(_E_FIELD, name)
    return value


def parse_script(doc: Mapping[str, Any]) -> ScriptTemplate:
    """Check a script document (as read by ``tomllib``) and return its template.

    Raises :class:`ValidationError` for a missing or malformed field, an unknown channel,
    a missing language or a placeholder other than ``{office}``.
    """
    if not isinstance(doc, Mapping):
        _bad(_E_FIELD, "document")
    key = _text(doc, "key")
    version = _text(doc, "version")
    purpose = _text(doc, "purpose")
    if purpose not in PURPOSES:
        _bad(_E_FIELD, "purpose")
    form = _text(doc, "form")
    if form not in FORMS:
        _bad(_E_FIELD, "form")

    channel: Channel | None = None
    raw_channel = doc.get("channel")
    if purpose == "consent" or raw_channel is not None:
        if not isinstance(raw_channel, str):
            _bad(_E_FIELD, "channel")
        try:
            channel = Channel(raw_channel)
        except ValueError:
            _bad(_E_CHANNEL, raw_channel)

    raw_source = doc.get("source")
    if not isinstance(raw_source, Mapping):
        _bad(_E_FIELD, "source")
    line = raw_source.get("line")
    if not isinstance(line, int) or isinstance(line, bool) or line < 1:
        _bad(_E_FIELD, "source.line")
    source = ScriptSource(
        file=_text(raw_source, "file") or "",
        line=line,
        quote=_text(raw_source, "quote") or "",
        section=_text(raw_source, "section", required=False),
    )

    raw_text = doc.get("text")
    if not isinstance(raw_text, Mapping):
        _bad(_E_FIELD, "text")
    paragraphs: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        value = raw_text.get(lang)
        if value is None:
            _bad(_E_LANGUAGE, lang)
        if (
            not isinstance(value, Sequence)
            or isinstance(value, str)
            or not value
            or not all(isinstance(p, str) and p.strip() for p in value)
        ):
            _bad(_E_FIELD, f"text.{lang}")
        for p in value:
            for found in _PLACEHOLDER_RE.findall(p):
                if found != OFFICE_PLACEHOLDER:
                    _bad(_E_PLACEHOLDER, found)
        paragraphs[lang] = tuple(value)

    raw_title = doc.get("title", {})
    if not isinstance(raw_title, Mapping) or not all(isinstance(v, str) for v in raw_title.values()):
        _bad(_E_FIELD, "title")

    return ScriptTemplate(
        key=key or "",
        purpose=purpose,
        channel=channel,
        form=form,
        version=version or "",
        title=dict(raw_title),
        paragraphs=paragraphs,
        source=source,
    )


def render(template: ScriptTemplate, office_name: str, lang: str = "ja") -> list[str]:
    """The paragraphs in ``lang`` with the office's own name filled in."""
    office = (office_name or "").strip()
    if not office:
        _bad(_E_OFFICE)
    if lang not in template.paragraphs:
        _bad(_E_LANGUAGE, lang)
    return [p.replace(OFFICE_PLACEHOLDER, office) for p in template.paragraphs[lang]]


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    """The exact text that is hashed and stored: paragraphs joined by a blank line."""
    return PARAGRAPH_SEPARATOR.join(paragraphs)


def render_text(template: ScriptTemplate, office_name: str, lang: str = "ja") -> str:
    return join_paragraphs(render(template, office_name, lang))


def script_hash(text: str) -> str:
    """SHA-256 (hex) of the exact rendered text (UTF-8), as stored with a consent record."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
