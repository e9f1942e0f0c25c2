"""``make screenshots``: render the main screens with demo data to PNG, in Japanese and English.

    python -m desktop.ui.screenshots OUTPUT_DIR [--lang ja|en]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.app import DEMO_KDF, DEMO_PASSWORDS, create_demo_office, install_translators  # noqa: E402
from desktop.domain.roles import Area  # noqa: E402
from desktop.services import session as session_service  # noqa: E402
from desktop.ui import pages  # noqa: E402

Shot = Callable[[Path, str], None]
SHOTS: list[tuple[str, Callable[..., None]]] = []


def settle(ms: int = 60) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.show()
    settle()
    widget.grab().save(str(path))
    print(path)


def shot_wizard(out: Path, lang: str, data_dir: Path) -> None:
    from desktop.ui.wizard import SetupWizard

    wizard = SetupWizard(data_dir.parent / "new-office", kdf=DEMO_KDF)
    wizard.resize(680, 500)
    wizard.office_name.setText("みどり市 相談窓口" if lang == "ja" else "Midori City Help Desk")
    wizard.officer_name.setText("山田 花子")
    wizard.officer_contact.setText("03-1234-5678")
    save(wizard, out / f"wizard_office_{lang}.png")
    wizard.pages.setCurrentIndex(2)
    wizard._sync()
    wizard.admin_username.setText("yamada")
    wizard.admin_display.setText("山田 花子")
    wizard.admin_password.password.setText("midori kawa 2026 haru")
    wizard.admin_password.confirm.setText("midori kawa 2026 haru")
    save(wizard, out / f"wizard_admin_{lang}.png")
    wizard.pages.setCurrentIndex(3)
    wizard.recovery_code = "K7QX-2MFA-9TZC-LW4R-H3PN-8BVD-QY6E-J5SG"
    wizard.code_label.setText(wizard.recovery_code)
    wizard._sync()
    save(wizard, out / f"wizard_recovery_{lang}.png")
    wizard.stored.setChecked(True)
    wizard.hide()
    wizard.deleteLater()


def shot_login(out: Path, lang: str, data_dir: Path, demo_users: list[tuple[str, str, str]]) -> None:
    from desktop.ui.login import LoginDialog

    dialog = LoginDialog(data_dir, kdf=DEMO_KDF, office_name="デモ事務所", demo_users=demo_users)
    dialog.username.setText("advisor")
    save(dialog, out / f"login_{lang}.png")
    dialog.deleteLater()


def main_window_for(user: str, data_dir: Path, lang: str):  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import MainWindow

    session = session_service.login(data_dir, user, DEMO_PASSWORDS[user], kdf=DEMO_KDF)
    window = MainWindow(session, language=lang, page_factories=pages.factories())
    window.resize(1200, 760)
    return window, session


def shot_main(out: Path, lang: str, data_dir: Path, user: str, area: Area, name: str,
              prepare: Callable[[QWidget], None] | None = None) -> None:
    window, session = main_window_for(user, data_dir, lang)
    try:
        window.select_area(area)
        if prepare is not None:
            prepare(window.pages[area])
        save(window, out / f"{name}_{lang}.png")
    finally:
        window.close()
        window.deleteLater()
        session.logout()
        settle(20)


def run(out: Path, languages: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="madoguchi-shots-"))
    try:
        data_dir = tmp / "office"
        demo_users = create_demo_office(data_dir)
        translators: list[QTranslator] = []
        for lang in languages:
            translators = install_translators(app, lang, translators)
            shot_wizard(out, lang, data_dir)
            shot_login(out, lang, data_dir, demo_users)
            shot_main(out, lang, data_dir, "admin", Area.ADMIN, "main_admin_users")
            shot_main(out, lang, data_dir, "advisor", Area.PHONE, "main_advisor")
            for extra in pages.screenshot_hooks():
                extra(out, lang, data_dir, shot_main)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    target = Path(args[0]) if args else Path("resources/screenshots")
    langs = [args[args.index("--lang") + 1]] if "--lang" in args else ["ja", "en"]
    run(target, langs)
