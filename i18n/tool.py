"""Translation workflow: ``python i18n/tool.py update|missing|fill FILE.json|release``.

update   run pyside6-lupdate over every desktop/*.py into desktop_ja.ts and desktop_en.ts,
         mark English translations as identical to the sources, then release the .qm files.
missing  print the Japanese messages without a finished translation (context<TAB>source).
fill F   apply translations from a JSON file {"Context": {"source": "翻訳"}} to desktop_ja.ts.
release  compile both .ts files into .qm.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGS = ("ja", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return I18N / f"desktop_{lang}.ts"


def qm_path(lang: str) -> Path:
    """The compiled translation ships inside the package (``desktop/i18n``), beside the code."""
    return ROOT / "desktop" / "i18n" / f"desktop_{lang}.qm"


def lupdate(targets: list[Path]) -> None:
    cmd = [_tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", *map(str, targets)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def finish_english() -> None:
    path = ts_path("en")
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if forms and all((f.text or "") for f in forms):
                translation.attrib.pop("type", None)
            continue
        if translation.get("type") == "unfinished" or not translation.text:
            translation.text = source
            translation.attrib.pop("type", None)
    _write(tree, path)


def missing() -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(ts_path("ja")).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                out.append((name, message.findtext("source") or ""))
    return out


def fill(mapping_file: Path) -> int:
    mapping: dict[str, dict[str, str]] = json.loads(mapping_file.read_text(encoding="utf-8"))
    path = ts_path("ja")
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        table = mapping.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source in table:
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.text = table[source]
                translation.attrib.pop("type", None)
                count += 1
    _write(tree, path)
    return count


def release() -> None:
    for lang in LANGS:
        lrelease(ts_path(lang), qm_path(lang))


def update() -> None:
    lupdate([ts_path(lang) for lang in LANGS])
    finish_english()
    release()


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
        todo = missing()
        print(f"updated; {len(todo)} Japanese translations missing")
    elif argv[0] == "missing":
        for context, source in missing():
            print(f"{context}\t{source}")
    elif argv[0] == "fill":
        print(f"filled {fill(Path(argv[1]))}")
        release()
    elif argv[0] == "release":
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
