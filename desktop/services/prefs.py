"""Per-user preferences outside the office database (language, last data folder).

Nothing personal is stored here; the file lives in the per-user config folder.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop import paths
from desktop.fileio import atomic_write

LANGUAGES = ("ja", "en")


@dataclass
class Prefs:
    language: str = ""  # "" = follow the system (Japanese when the system is not English)
    data_dir: str = ""
    recent_usernames: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path | None = None) -> Prefs:
        path = (folder or paths.config_dir()) / "prefs.json"
        with contextlib.suppress(OSError, ValueError, TypeError):
            doc = json.loads(path.read_text(encoding="utf-8"))
            prefs = cls(
                language=str(doc.get("language", "")),
                data_dir=str(doc.get("data_dir", "")),
            )
            if prefs.language not in ("", *LANGUAGES):
                prefs.language = ""
            return prefs
        return cls()

    def save(self, folder: Path | None = None) -> None:
        folder = folder or paths.config_dir()
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            doc = asdict(self)
            doc.pop("recent_usernames", None)
            atomic_write(folder / "prefs.json", json.dumps(doc, indent=1).encode("utf-8"))
