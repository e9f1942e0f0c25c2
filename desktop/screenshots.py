"""``make screenshots``: render the main screens with demo data to PNG, in Japanese and English,
and a few of them again with a dark palette (``*_dark_ja.png``).

    python -m desktop.screenshots OUTPUT_DIR [--lang ja|en] [--all-dark] [--size 1366x768[,1920x1080]]

The scenes (which screen, which demo user, what is typed in) are in :mod:`desktop.demo.screens`;
this module sets up the application, the theme, the demo office and the file names.
``--all-dark`` renders every scene in the dark palette too (to check the theme by eye).
``--size WxH`` sets the main window's size (default 1366×768, the small office laptop); a comma list
renders every size, the sizes after the first with ``_WxH`` in the file name (``posts_drafting_1920x1080_ja.png``).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.app import DEMO_KDF, DEMO_PASSWORDS, create_demo_office, install_translators  # noqa: E402
from desktop.demo import screens, screens_mail, screens_polish  # noqa: E402
from desktop.domain.roles import Area  # noqa: E402
from desktop.services import session as session_service  # noqa: E402
from desktop.ui import pages, theme  # noqa: E402


class FileCamera:
    """Takes the pictures of :mod:`desktop.demo.screens` into ``out`` as ``<name><suffix>_<lang>.png``."""

    def __init__(self, out: Path, lang: str, data_dir: Path, demo_users: list[tuple[str, str, str]],
                 suffix: str = "", size: tuple[int, int] = (1366, 768)) -> None:
        self.out = out
        self.lang = lang
        self.data_dir = data_dir
        self.kdf: Any = DEMO_KDF
        self.demo_users = demo_users
        self.suffix = suffix
        self.size = size

    def path(self, name: str) -> Path:
        return self.out / f"{name}{self.suffix}_{self.lang}.png"

    def save(self, widget: QWidget, name: str) -> None:
        widget.show()
        screens.settle()
        path = self.path(name)
        widget.grab().save(str(path))
        print(path)

    def main(self, user: str, area: Area, name: str, prepare: screens.Prepare | None = None) -> None:
        from desktop.ui.main_window import MainWindow

        session = session_service.login(self.data_dir, user, DEMO_PASSWORDS[user], kdf=DEMO_KDF)
        window = MainWindow(session, language=self.lang, page_factories=pages.factories())
        window.resize(*self.size)
        try:
            window.select_area(area)
            if prepare is not None:
                prepare(window.pages[area])
            self.save(window, name)
        finally:
            window.close()
            window.deleteLater()
            session.logout()
            screens.settle(20)


def shoot(scenes: Sequence[screens.Scene], camera: FileCamera) -> None:
    for scene in scenes:
        scene(camera)


def run(out: Path, languages: list[str], *, all_dark: bool = False, size: tuple[int, int] = (1366, 768),
        suffix: str = "") -> None:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    light = QPalette(app.palette())
    theme.install(app)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="madoguchi-shots-"))
    try:
        data_dir = tmp / "office"
        demo_users = create_demo_office(data_dir)
        translators: list[QTranslator] = []
        every = [*screens.SCENES, *screens_polish.SCENES, *screens_mail.SCENES]
        for lang in languages:
            translators = install_translators(app, lang, translators)
            shoot(every, FileCamera(out, lang, data_dir, demo_users, suffix=suffix, size=size))
        dark_lang = "ja" if "ja" in languages else languages[0]
        translators = install_translators(app, dark_lang, translators)
        app.setPalette(theme.dark_palette())
        theme.install(app)
        try:
            shoot(every if all_dark else screens.DARK_SCENES,
                  FileCamera(out, dark_lang, data_dir, demo_users, suffix=f"{suffix}_dark", size=size))
        finally:
            app.setPalette(light)
            theme.install(app)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    target = Path(args[0]) if args and not args[0].startswith("--") else Path("resources/screenshots")
    langs = [args[args.index("--lang") + 1]] if "--lang" in args else ["ja", "en"]
    sizes = (args[args.index("--size") + 1] if "--size" in args else "1366x768").split(",")
    for i, text in enumerate(sizes):
        width, _, height = text.partition("x")
        run(target, langs, all_dark="--all-dark" in args, size=(int(width), int(height)),
            suffix="" if i == 0 else f"_{width}x{height}")
