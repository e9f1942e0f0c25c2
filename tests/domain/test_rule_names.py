"""Rules named as the office knows them, every name traced to the rule books in shared/seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import rule_names
from desktop.domain.quarter_names import quarter_parts
from desktop.domain.rule_names import GUIDELINE, MANUAL, MEMBERS_GUIDE, POLICY, RuleName, section_at
from desktop.domain.rule_names import rule_names as names

SEEDS = Path("/work/shared/seeds")
if not SEEDS.is_dir():  # the seeds ship with the design documents, next to the repository
    SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def _lines(file: str) -> list[str]:
    return (SEEDS / file).read_text(encoding="utf-8").splitlines()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the rule books are not next to the repository")
@pytest.mark.parametrize(("file", "line", "title"), rule_names.TRACE)
def test_every_section_title_traces_to_its_line(file: str, line: int, title: str) -> None:
    """The title is the book's own words: (nearly) every pair of its characters is on the entry's line
    or in the few lines it heads."""
    lines = _lines(file)
    near = "".join(lines[line - 1:line + 6]).replace(" ", "").replace("　", "")
    pairs = [title[i:i + 2] for i in range(len(title) - 1)]
    found = sum(p in near for p in pairs)
    assert pairs and found >= 0.8 * len(pairs), (file, line, title)


def test_a_code_reference_is_named_by_book_number_and_title() -> None:
    assert names("000 §3(1)(6)") == [RuleName(GUIDELINE, "3.(1)(6)", "発信してはならない情報")]
    assert names("000 §2-4(1)")[0].number == "2.4(1)"
    assert names("000 §2-5(4)")[0].title == "書込みの引用や他のホームページへのリンク"
    both = names("000 §3(1)(6); 運用ポリシー 削除ルール 2")
    assert [n.book for n in both] == [GUIDELINE, POLICY]
    assert both[1] == RuleName(POLICY, "2. 2)", "特定の個人・団体等を誹謗中傷するもの")
    assert names("000 運用ポリシー 削除ルール 4; §3(1)(3)")[1].number == "3.(1)(3)"


def test_every_reference_the_code_uses_has_a_name() -> None:
    """No reference of the shipped rules, word lists or checklists falls back to a bare code."""
    root = Path(__file__).resolve().parents[2] / "desktop"
    import re

    found = set()
    for path in [*root.rglob("*.py"), *root.rglob("*.toml")]:
        found.update(re.findall(r"\"(000 [^\"]*(?:§|削除ルール)[^\"]*)\"", path.read_text(encoding="utf-8")))
    assert found
    for ref in found:
        parts = names(ref)
        assert len(parts) == len(ref.split(";")), ref
        assert all(p.title for p in parts), ref


def test_unknown_references_are_never_shown_raw() -> None:
    assert names("P3") == []
    assert names("") == []


def test_a_line_is_named_by_its_section_never_the_file() -> None:
    assert section_at(rule_names.MANUAL_FILE, 44) == RuleName(MANUAL, "", "電話口で「メールアドレス」を尋ねる際")
    assert section_at(rule_names.MANUAL_FILE, 58).title == "バックアップとログ管理"
    assert section_at(rule_names.GUIDELINE_FILE, 63) == RuleName(GUIDELINE, "3.(1)(6)", "発信してはならない情報")
    assert section_at(rule_names.GUIDELINE_FILE, 165).number == "2. 5)"
    assert section_at("unknown.txt", 3).book == "rule book"


def test_the_quiz_bank_sources_all_have_a_section() -> None:
    from desktop.services.training.settings import load_bank

    questions = load_bank().questions
    assert questions
    for q in questions:
        name = section_at(q.source.file, q.source.line)
        assert name.book in (GUIDELINE, MEMBERS_GUIDE, POLICY, MANUAL) and name.title, q.id


@pytest.mark.parametrize(("key", "parts"), [("FY2026 Q3", (2026, 3)), ("FY2027 Q1", (2027, 1)),
                                            ("2026 Q3", None), ("FY2026 Q5", None)])
def test_quarter_keys_are_taken_apart(key: str, parts: tuple[int, int] | None) -> None:
    assert quarter_parts(key) == parts
