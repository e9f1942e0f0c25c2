"""The disclosure file for a rights request: everything held about one person, as UTF-8 text.

The service hands over plain sections (heading, lines); this module lays them out and writes
the file atomically (temp file in the same folder, fsync, rename), readable by the owner only.
A failure leaves any earlier file untouched and no temp file behind.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.fileio import atomic_write

__all__ = ["DisclosureDocument", "Section", "render", "write"]


@dataclass(frozen=True)
class Section:
    heading: str
    lines: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (label, value); "" label = free text
    empty_note: str = ""


@dataclass(frozen=True)
class DisclosureDocument:
    title: str
    header: Sequence[tuple[str, str]]
    sections: Sequence[Section]


def _clean(text: str) -> str:
    return "".join(ch for ch in str(text) if ch in "\n\t" or ch >= " ").replace("\r", "")


def render(doc: DisclosureDocument) -> str:
    out: list[str] = [_clean(doc.title), "=" * 60]
    out += [f"{_clean(k)}: {_clean(v)}" for k, v in doc.header]
    for section in doc.sections:
        out += ["", _clean(section.heading), "-" * 60]
        if not section.lines:
            out.append(_clean(section.empty_note))
        for label, value in section.lines:
            value_text = _clean(value)
            if not label:
                out.append(value_text)
                continue
            first, *rest = value_text.split("\n") or [""]
            out.append(f"{_clean(label)}: {first}")
            out += [f"    {line}" for line in rest]
    return "\n".join(out) + "\n"


def write(path: Path, doc: DisclosureDocument) -> tuple[str, int]:
    """Write ``doc`` to ``path`` atomically (``desktop.fileio.atomic_write``, owner-only).
    Returns (sha256 hex, size in bytes)."""
    data = render(doc).encode("utf-8")
    atomic_write(path, data, mode=0o600)
    return hashlib.sha256(data).hexdigest(), len(data)
