"""The .ts files match the sources, Japanese is complete, placeholders survive, .qm are current."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "i18n"))
import tool  # noqa: E402

PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            out[(name, message.findtext("source") or "")] = message
    return out


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("ts") / "fresh_ja.ts"
    tool.lupdate([target])
    return target


def test_ts_files_match_the_sources(fresh_ts: Path) -> None:
    """Nobody forgot to run `make translations` after changing a visible string."""
    expected = set(messages(fresh_ts))
    for lang in tool.LANGS:
        committed = set(messages(tool.ts_path(lang)))
        missing = sorted(expected - committed)[:10]
        stale = sorted(committed - expected)[:10]
        assert not missing and not stale, f"{lang}: missing {missing}, stale {stale}"


@pytest.mark.parametrize("lang", tool.LANGS)
def test_every_translation_is_finished(lang: str) -> None:
    unfinished = []
    for key, message in messages(tool.ts_path(lang)).items():
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            texts = [f.text or "" for f in translation.findall("numerusform")]
        else:
            texts = [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            unfinished.append(key)
    assert unfinished == []


def test_japanese_is_really_japanese() -> None:
    """A guard against copying the English source into the Japanese file."""
    msgs = messages(tool.ts_path("ja"))
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    untranslated = [k for k, m in msgs.items()
                    if re.search(r"[A-Za-z]{4,}", k[1]) and not japanese.search(m.findtext("translation") or "")]
    # a few strings are legitimately language-neutral (product names, keywords, file patterns)
    assert len(untranslated) <= max(5, len(msgs) // 50), untranslated[:20]


@pytest.mark.parametrize("lang", tool.LANGS)
def test_placeholders_survive(lang: str) -> None:
    bad = []
    for (context, source), message in messages(tool.ts_path(lang)).items():
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        want = sorted(PLACEHOLDER.findall(source))
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != want:
                bad.append((context, source, text))
    assert bad == []


@pytest.mark.parametrize("lang", tool.LANGS)
def test_qm_files_are_up_to_date(lang: str, tmp_path: Path) -> None:
    target = tmp_path / f"desktop_{lang}.qm"
    tool.lrelease(tool.ts_path(lang), target)
    assert target.read_bytes() == tool.qm_path(lang).read_bytes(), "run `make translations`"


@pytest.mark.gui
def test_japanese_translation_loads_with_qt_buttons(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.app import install_translators

    translators = install_translators(qapp, "ja", [])
    try:
        assert QCoreApplication.translate("MainWindow", "Phone entry") == "電話受付"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
