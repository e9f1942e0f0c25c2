"""Attached photos and videos: the portrait, copyright and personal-information checklist (P4)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import QT_TRANSLATE_NOOP
from desktop.domain.screening import (
    RULE_MEDIA,
    Category,
    Finding,
    Severity,
    Where,
)

# --------------------------------------------------------------------------- media (P4)


class MediaKind(enum.Enum):
    PHOTO = "photo"
    VIDEO = "video"
    IMAGE = "image"  # illustration, poster, screenshot
    OTHER = "other"

    @property
    def label(self) -> str:
        return _MEDIA_LABELS[self]


_MEDIA_LABELS = {
    MediaKind.PHOTO: QT_TRANSLATE_NOOP("Scopes", "Photo"),
    MediaKind.VIDEO: QT_TRANSLATE_NOOP("Scopes", "Video"),
    MediaKind.IMAGE: QT_TRANSLATE_NOOP("Scopes", "Image"),
    MediaKind.OTHER: QT_TRANSLATE_NOOP("Scopes", "Other"),
}


@dataclass(frozen=True)
class MediaItem:
    """The author's answers to the checklist for one attached photo, video or image.

    ``portrait_consent`` and ``permission`` are None when not answered (treated as not given).
    """

    kind: MediaKind
    identifiable_people: bool
    portrait_consent: bool | None
    third_party_work: bool
    permission: bool | None
    personal_info_visible: bool


@dataclass(frozen=True)
class MediaEntry:
    """One attached photo, video or image with the author's checklist answers (P4)."""

    label: str
    kind: MediaKind = MediaKind.PHOTO
    identifiable_people: bool = False
    portrait_consent: bool | None = None
    third_party_work: bool = False
    permission: bool | None = None
    personal_info_visible: bool = False

    @property
    def item(self) -> MediaItem:
        return MediaItem(
            self.kind,
            self.identifiable_people,
            self.portrait_consent,
            self.third_party_work,
            self.permission,
            self.personal_info_visible,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "kind": self.kind.value,
            "identifiable_people": self.identifiable_people,
            "portrait_consent": self.portrait_consent,
            "third_party_work": self.third_party_work,
            "permission": self.permission,
            "personal_info_visible": self.personal_info_visible,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> MediaEntry:
        try:
            kind = MediaKind(d.get("kind", "photo"))
        except ValueError:
            kind = MediaKind.OTHER
        return cls(
            str(d.get("label", "")),
            kind,
            bool(d.get("identifiable_people")),
            d.get("portrait_consent"),
            bool(d.get("third_party_work")),
            d.get("permission"),
            bool(d.get("personal_info_visible")),
        )


_MEDIA_MSG = {
    "portrait_refused": QT_TRANSLATE_NOOP(
        "Screening", "People can be identified in this item and did not consent to its publication."
    ),
    "portrait_unknown": Category.MEDIA_PORTRAIT.message,
    "copyright_refused": QT_TRANSLATE_NOOP(
        "Screening", "This item contains someone else's work and permission to use it was not given."
    ),
    "copyright_unknown": Category.MEDIA_COPYRIGHT.message,
    "personal_info": Category.MEDIA_PERSONAL_INFO.message,
}


def media_findings(items: Sequence[MediaItem]) -> list[Finding]:
    """Findings for attached media (P4, ``000 §2-5(3)``); all HIGH, so such a post is reviewed."""
    out: list[Finding] = []

    def add(i: int, category: Category, message: str) -> None:
        out.append(Finding(category, Severity.HIGH, -1, -1, "", RULE_MEDIA, message, (), Where.MEDIA, i))

    for i, m in enumerate(items):
        if m.identifiable_people and m.portrait_consent is not True:
            add(
                i,
                Category.MEDIA_PORTRAIT,
                _MEDIA_MSG["portrait_refused" if m.portrait_consent is False else "portrait_unknown"],
            )
        if m.third_party_work and m.permission is not True:
            add(
                i,
                Category.MEDIA_COPYRIGHT,
                _MEDIA_MSG["copyright_refused" if m.permission is False else "copyright_unknown"],
            )
        if m.personal_info_visible:
            add(i, Category.MEDIA_PERSONAL_INFO, _MEDIA_MSG["personal_info"])
    return out
