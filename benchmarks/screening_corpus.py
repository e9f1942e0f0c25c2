"""Recall and precision of the post screening on the labelled corpus (tests/data/screening_corpus.toml).

    python -m benchmarks.bench_screening       # the table
    make benchmarks                            # with the others

A should-flag post is *caught* when the screening raises a finding of one of its expected
categories (the reviewer then sees it); an innocent look-alike is a *false alarm* when it gets
a HIGH finding (which always needs a reviewer). Per category, recall counts the posts expecting
the category that got it, precision the posts that got it and expected it.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.screening import Category, Finding, Severity, WordLists, parse_word_lists, screen
from desktop.paths import resource_path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "screening_corpus.toml"
# the categories a post can be sent to review for (the corpus labels these)
CONTENT = {c.value for c in Category} - {"media_portrait", "media_copyright", "media_personal_info", "too_long"}


@dataclass
class Row:
    category: str
    should: int = 0
    caught: int = 0
    innocent: int = 0
    false_high: int = 0
    expected: int = 0  # posts expecting this category
    found_expected: int = 0
    found: int = 0  # posts where the category was found
    found_correct: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)


def load_corpus(path: Path = CORPUS) -> list[dict[str, object]]:
    with path.open("rb") as fh:
        return list(tomllib.load(fh)["post"])


def office_settings(path: Path = CORPUS) -> tuple[list[str], list[str]]:
    """The corpus office's own web domains and published contacts (as the office would set them)."""
    with path.open("rb") as fh:
        doc = tomllib.load(fh)
    return list(doc.get("own_domains", [])), list(doc.get("public_contacts", []))


def shipped_word_lists() -> WordLists:
    docs = []
    for name in ("prohibited.toml", "confidential.toml"):
        with resource_path(f"wordlists/{name}").open("rb") as fh:
            docs.append(tomllib.load(fh))
    return parse_word_lists(*docs)


def evaluate(posts: list[dict[str, object]], word_lists: WordLists, analyze: object) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    own_domains, public_contacts = office_settings()

    def row(cat: str) -> Row:
        return rows.setdefault(cat, Row(cat))

    for post in posts:
        text = str(post["text"])
        expect = {str(c) for c in post["expect"]}  # type: ignore[attr-defined]
        findings: list[Finding] = screen(text, [], word_lists, own_domains=own_domains,
                                         public_contacts=public_contacts, analyze=analyze)  # type: ignore[arg-type]
        got = {f.category.value for f in findings}
        main = row(str(post["category"]))
        if post["innocent"]:
            main.innocent += 1
            if any(f.severity is Severity.HIGH for f in findings):
                main.false_high += 1
                main.alarms.append(f"{post['id']}: {sorted(got)}")
        else:
            main.should += 1
            if got & expect:
                main.caught += 1
            else:
                main.misses.append(str(post["id"]))
        for cat in expect:
            r = row(cat)
            r.expected += 1
            r.found_expected += cat in got
        for cat in got & CONTENT:
            r = row(cat)
            r.found += 1
            r.found_correct += cat in expect
    return rows


def table(rows: dict[str, Row]) -> str:
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f} %" if b else "    —  "

    lines = ["| category | should-flag caught | innocent flagged HIGH | recall (category) | precision (category) |",
             "|---|---|---|---|---|"]
    total = Counter[str]()
    for cat in sorted(rows):
        r = rows[cat]
        lines.append(f"| {cat} | {r.caught}/{r.should} {pct(r.caught, r.should)} | "
                     f"{r.false_high}/{r.innocent} {pct(r.false_high, r.innocent)} | "
                     f"{pct(r.found_expected, r.expected)} | {pct(r.found_correct, r.found)} |")
        total.update(should=r.should, caught=r.caught, innocent=r.innocent, false_high=r.false_high)
    lines.append(f"| **all** | {total['caught']}/{total['should']} {pct(total['caught'], total['should'])} | "
                 f"{total['false_high']}/{total['innocent']} {pct(total['false_high'], total['innocent'])} | | |")
    return "\n".join(lines)
