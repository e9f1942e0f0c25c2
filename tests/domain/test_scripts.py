"""Default consent scripts (desktop/resources/scripts) and their pure parser (desktop.domain.scripts)."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.consent import Channel
from desktop.domain.errors import ValidationError
from desktop.domain.scripts import (
    OFFICE_PLACEHOLDER,
    ScriptTemplate,
    join_paragraphs,
    parse_script,
    render,
    render_text,
    script_hash,
)

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "desktop" / "resources" / "scripts"
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED_FILE = "003_5cb2449b1dcf02bb.txt"

EXPECTED = {
    "phone": Channel.PHONE,
    "municipal_lp": Channel.MUNICIPAL_LP,
    "other_lp": Channel.OTHER_LP,
    "in_person": Channel.IN_PERSON,
    "unsubscribe_footer": None,
}
# Example names in the seeds (README: they belong to the examples, never hard-code them).
SEED_ORGANISATION_NAMES = ("当社", "aki-katsu", "上田", "生活クラブ", "生協", "埼玉")


def _doc(name: str) -> dict[str, Any]:
    return tomllib.loads((SCRIPTS / f"{name}.toml").read_text(encoding="utf-8"))


def _load(name: str) -> ScriptTemplate:
    return parse_script(_doc(name))


def test_all_default_scripts_exist_and_parse() -> None:
    assert {p.stem for p in SCRIPTS.glob("*.toml")} >= set(EXPECTED)
    for name, channel in EXPECTED.items():
        template = _load(name)
        assert template.key == name
        assert template.channel is channel
        assert template.version == "seed-1"
        assert template.version_id == f"{name}@seed-1"
        assert template.source.file == SEED_FILE
        assert set(template.paragraphs) == {"ja", "en"}
        assert template.purpose == ("unsubscribe_footer" if channel is None else "consent")


@pytest.mark.parametrize("name", list(EXPECTED))
def test_no_hard_coded_organisation_name(name: str) -> None:
    raw = (SCRIPTS / f"{name}.toml").read_text(encoding="utf-8")
    for org in SEED_ORGANISATION_NAMES:
        assert org not in raw, (name, org)


@pytest.mark.parametrize("name", ["phone", "municipal_lp", "other_lp", "in_person"])
def test_consent_scripts_name_the_office_through_the_placeholder(name: str) -> None:
    template = _load(name)
    for lang in ("ja", "en"):
        assert any(OFFICE_PLACEHOLDER in p for p in template.paragraphs[lang]), (name, lang)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_wording_is_verbatim_from_the_seed_line(name: str) -> None:
    seed = SEEDS / SEED_FILE
    if not seed.is_file():
        pytest.skip(f"seed documents not present at {SEEDS}")
    lines = seed.read_text(encoding="utf-8").splitlines()
    template = _load(name)
    line = lines[template.source.line - 1]  # 1-based
    assert template.source.quote in line
    for paragraph in template.paragraphs["ja"]:
        # the only change allowed: the seed's organisation (当社) became {office}
        assert paragraph.replace(OFFICE_PLACEHOLDER, "当社") in line, (name, paragraph)


def test_phone_script_is_wording_3_split_into_paragraphs() -> None:
    template = _load("phone")
    assert template.source.line == 78
    assert len(template.paragraphs["ja"]) == 2 == len(template.paragraphs["en"])
    assert template.paragraphs["ja"][0] == "メールアドレスをお伺いしてもよろしいでしょうか?"


def test_render_fills_the_office_name() -> None:
    template = _load("phone")
    ja = render(template, "みどり市消費生活センター", "ja")
    assert ja[1] == (
        "今後、みどり市消費生活センターから商品やサービスのご案内を差し上げることがございますが、よろしいですか?"
    )
    en = render(template, "Midori City Consumer Centre", "en")
    assert en[1].startswith("From now on, Midori City Consumer Centre may send you")
    assert all(OFFICE_PLACEHOLDER not in p for p in ja + en)


def test_render_needs_an_office_name_and_a_known_language() -> None:
    template = _load("municipal_lp")
    with pytest.raises(ValidationError):
        render(template, "  ", "ja")
    with pytest.raises(ValidationError):
        render(template, "Office", "fr")


def test_script_hash_is_sha256_of_the_exact_rendered_text() -> None:
    template = _load("phone")
    paragraphs = render(template, "窓口", "ja")
    text = render_text(template, "窓口", "ja")
    assert text == "\n\n".join(paragraphs) == join_paragraphs(paragraphs)
    assert script_hash(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert len(script_hash(text)) == 64
    assert script_hash(text) != script_hash(render_text(template, "窓口２", "ja"))
    assert script_hash(text) != script_hash(text.replace("\n\n", "\n"))


def _valid_doc() -> dict[str, Any]:
    return {
        "key": "phone",
        "purpose": "consent",
        "channel": "phone",
        "form": "spoken",
        "version": "v2",
        "source": {"file": SEED_FILE, "line": 78, "quote": "x"},
        "text": {"ja": ["{office}です。"], "en": ["This is {office}."]},
    }


def test_parse_minimal_document() -> None:
    template = parse_script(_valid_doc())
    assert template.channel is Channel.PHONE and template.title == {}


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("version"),
        lambda d: d.update(channel="fax"),
        lambda d: d.pop("channel"),
        lambda d: d.update(purpose="advert"),
        lambda d: d.update(form="poster"),
        lambda d: d["text"].pop("en"),
        lambda d: d["text"].update(ja="not a list"),
        lambda d: d["text"].update(ja=[]),
        lambda d: d["text"].update(ja=["ok", ""]),
        lambda d: d["text"].update(en=["Dear {name}"]),
        lambda d: d["source"].update(line=0),
        lambda d: d["source"].update(line="78"),
        lambda d: d["source"].pop("quote"),
        lambda d: d.pop("source"),
    ],
)
def test_parse_rejects_malformed_documents(mutate: Any) -> None:
    doc = _valid_doc()
    mutate(doc)
    with pytest.raises(ValidationError):
        parse_script(doc)
