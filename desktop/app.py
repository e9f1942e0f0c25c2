"""Composition root: QApplication, translators, logging, the start-up flow and the self-test."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from desktop import crashlog, paths, platform_libs
from desktop.domain.roles import Area, Role
from desktop.services import about
from desktop.services import session as session_service
from desktop.services import users as user_service
from desktop.services.prefs import LANGUAGES, Prefs
from desktop.store.keyslots import PRODUCTION_KDF, KdfParams
from desktop.ui import theme

log = logging.getLogger("madoguchi")

DEMO_KDF = KdfParams(n=2**14)  # the throw-away demo office favours a quick start
DEMO_PASSWORDS = {"advisor": "demo-advisor-2026", "manager": "demo-manager-2026", "admin": "demo-admin-2026"}


def version_text() -> str:
    return about.version_text(PySide6.__version__)


# --- logging: ids only, never personal data (R34) ----------------------------------------------


log_dir = paths.log_dir
setup_logging = crashlog.setup


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log unexpected errors without their message text (it may hold personal data)."""
    crashlog.record_unexpected(exc, tb)


# --- translations ---------------------------------------------------------------------------


def pick_language(prefs: Prefs, override: str | None = None) -> str:
    if override is not None and override in LANGUAGES:
        return override
    if prefs.language in LANGUAGES:
        return prefs.language
    system = QLocale.system().name().split("_")[0]
    return "en" if system == "en" else "ja"


def install_translators(app: QCoreApplication, language: str, previous: list[QTranslator]) -> list[QTranslator]:
    """Load Qt's own ``qtbase_<lang>`` first (standard buttons), then the app's translation."""
    for translator in previous:
        app.removeTranslator(translator)
        translator.deleteLater()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir), (f"qtbase_{language}", str(paths.i18n_dir())),
                  (f"desktop_{language}", str(paths.i18n_dir()))]
    loaded_qtbase = False
    for name, folder in candidates:
        if name.startswith("qtbase") and loaded_qtbase:
            continue
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
            loaded_qtbase = loaded_qtbase or name.startswith("qtbase")
        else:
            translator.deleteLater()
            if name.startswith("desktop"):
                log.warning("translation %s not found", name)
    return installed


# --- the demo office --------------------------------------------------------------------------


def create_demo_office(folder: Path) -> list[tuple[str, str, str]]:
    """A throw-away office with an advisor, a manager and an admin. Returns (user, password, role)."""
    session, _ = session_service.create_office(
        folder, office_name="デモ事務所", privacy_officer_name="個人情報 責任者",
        privacy_officer_contact="privacy@example.jp", admin_username="admin", admin_display_name="管理者 デモ",
        admin_password=DEMO_PASSWORDS["admin"], admin_password_confirm=DEMO_PASSWORDS["admin"], kdf=DEMO_KDF)
    try:
        for name, display, role in (("advisor", "相談員 デモ", Role.ADVISOR), ("manager", "部長 デモ", Role.MANAGER)):
            info = user_service.create_user(session, username=name, display_name=display, role=role,
                                            initial_password=DEMO_PASSWORDS[name], confirm=DEMO_PASSWORDS[name])
            # demo accounts skip the forced first-login change
            user_service.mark_password_chosen(session, info.uid)
        from desktop import demo

        demo.populate(session)
    finally:
        session.logout()
    return [(u, DEMO_PASSWORDS[u], r) for u, r in (("advisor", "advisor"), ("manager", "manager"),
                                                     ("admin", "admin"))]


# --- the controller ---------------------------------------------------------------------------


class AppController(QObject):
    """Owns the flow between wizard, login, main window, lock and language switch."""

    def __init__(self, app: QApplication, *, data_dir: Path, language: str, prefs: Prefs, kdf: KdfParams,
                 demo_users: list[tuple[str, str, str]] | None = None, idle_ms: int | None = None) -> None:
        super().__init__()
        self.app = app
        self.data_dir = data_dir
        self.language = language
        self.prefs = prefs
        self.kdf = kdf
        self.demo_users = demo_users
        self.idle_ms = idle_ms
        self.translators = install_translators(app, language, [])
        self.window: QWidget | None = None
        self.dialog: QWidget | None = None
        self.session: session_service.Session | None = None

    def start(self) -> None:
        if session_service.office_exists(self.data_dir):
            self.show_login()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from desktop.ui.wizard import SetupWizard

        wizard = SetupWizard(self.data_dir, kdf=self.kdf)
        wizard.created.connect(self._wizard_done)
        wizard.rejected.connect(self.app.quit)
        self.dialog = wizard
        wizard.show()

    def _wizard_done(self, session: session_service.Session) -> None:
        self.data_dir = session.files.data_dir
        self.prefs.data_dir = str(self.data_dir)
        self.prefs.save()
        self.open_main(session)

    def show_login(self) -> None:
        from desktop.ui.login import LoginDialog

        dialog = LoginDialog(self.data_dir, kdf=self.kdf, demo_users=self.demo_users)
        dialog.logged_in.connect(self.open_main)
        dialog.rejected.connect(self._login_cancelled)
        self.dialog = dialog
        dialog.show()
        self.preload_pages()

    def preload_pages(self) -> None:
        """Import the screens' modules in a worker while the password is typed (about 1.5 s of imports that
        would otherwise lie between the login and the first painted page)."""
        from desktop.ui import pages, workers

        workers.run(pages.factories, lambda _r: None, lambda _e: None, self)

    def _login_cancelled(self) -> None:
        if self.session is None or self.session.locked:
            self.app.quit()

    def page_factories(self) -> Mapping[Area, object]:
        from desktop.ui import pages

        return pages.factories()

    def open_main(self, session: session_service.Session) -> None:
        from desktop.ui.main_window import MainWindow

        self.session = session
        old = self.window
        window = MainWindow(session, language=self.language, page_factories=self.page_factories(),  # type: ignore[arg-type]
                            idle_ms=self.idle_ms)
        window.lock_requested.connect(self.lock)
        window.logout_requested.connect(self.logout)
        window.language_requested.connect(self.switch_language)
        self.window = window
        if old is not None:
            window.restoreGeometry(old.saveGeometry())  # same place, size and maximised state
            self._retire(old)
        window.show()
        window.set_banners(self.banners(session))
        self._start_background(session, window)
        if session.user.must_change_password:
            window.change_password(forced=True)

    def _start_background(self, session: session_service.Session, window: QWidget) -> None:
        """The full integrity check, then this month's automatic backup (A8), in workers (ui/background.py)."""
        from desktop.ui import background

        work = background.for_session(session)
        add = getattr(window, "add_banner", None)
        if add is not None:
            work.show_messages_in(add)
        work.after_unlock()

    def banners(self, session: session_service.Session) -> list[str]:
        """The reminders shown after login (the automatic backup runs in the background and reports there)."""
        from desktop.domain.roles import Action
        from desktop.services import backup as backup_service
        from desktop.ui import pages

        messages: list[str] = []
        if session.can(Action.BACKUP):
            warning = backup_service.status(session).warning
            if warning:
                messages.append(QCoreApplication.translate("Backup", warning))
        for reminder in pages.reminders(session):
            messages.append(reminder)
        return messages

    def lock(self) -> None:
        from desktop.ui.login import LoginDialog
        from desktop.ui.main_window import MainWindow

        session, window = self.session, self.window
        if session is None or session.locked or not isinstance(window, MainWindow):
            return
        session.lock("idle")
        window.idle.stop()
        central = window.centralWidget()
        if central is not None:
            central.setEnabled(False)
        window._update_status()
        dialog = LoginDialog(self.data_dir, kdf=self.kdf, session=session, parent=window)
        dialog.logged_in.connect(self._unlocked)
        dialog.rejected.connect(self._unlock_cancelled)
        self.dialog = dialog
        dialog.open()

    def _unlocked(self, _: object) -> None:
        from desktop.ui.main_window import MainWindow

        central = self.window.centralWidget() if isinstance(self.window, MainWindow) else None
        if isinstance(self.window, MainWindow) and central is not None:
            central.setEnabled(True)
            self.window.reload_current()
        if self.session is not None and self.window is not None:
            self._start_background(self.session, self.window)

    def _unlock_cancelled(self) -> None:
        if self.session is not None and self.session.locked:
            self.logout()

    def logout(self) -> None:
        if self.session is not None:
            self.session.logout()
        self.session = None
        if self.window is not None:
            self._retire(self.window)
            self.window = None
        self.show_login()

    def _retire(self, window: QWidget) -> None:
        """Close a main window and detach it from every session's lock listeners first."""
        clear = getattr(window, "clear_pages", None)
        sessions = {self.session, getattr(window, "session", None)}
        for session in (s for s in sessions if s is not None):
            if clear is not None and clear in session.lock_listeners:
                session.lock_listeners.remove(clear)
        window.close()
        window.deleteLater()

    def switch_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        self.prefs.language = language
        self.prefs.save()
        self.translators = install_translators(self.app, language, self.translators)
        if self.session is not None and not self.session.locked:
            from desktop.ui import window_state
            from desktop.ui.main_window import MainWindow

            old = self.window if isinstance(self.window, MainWindow) else None
            area = old.current_area() if old is not None else None
            for keep in list(self.session.before_close_listeners):
                keep()  # the posts editor keeps its unsaved text; the new page gives it back
            self.open_main(self.session)
            if area is not None and old is not None and isinstance(self.window, MainWindow):
                self.window.select_area(area)  # the same page, not back to the first one
                window_state.carry_typed_text(old.pages[area], self.window.pages[area])

    def shutdown(self) -> None:
        if self.session is not None:
            self.session.logout()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="madoguchi")
    parser.add_argument("--demo", action="store_true", help="open a throw-away demo office")
    parser.add_argument("--data-dir", help="the office's data folder")
    parser.add_argument("--lang", choices=LANGUAGES)
    args = parser.parse_args(list(argv or []))

    if QApplication.instance() is None and platform_libs.needs_xcb():
        missing = platform_libs.missing_packages()
        if missing:
            print("madoguchi: the window cannot open because system libraries that Qt needs are missing; "
                  f"install them with: {platform_libs.apt_command(missing)}", file=sys.stderr)
            return 1
    setup_logging()
    sys.excepthook = _excepthook
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Madoguchi")
    app.setOrganizationName("Madoguchi")
    theme.install(app)  # colours by role, light or dark from the palette
    from PySide6.QtGui import QIcon

    icon = paths.resource_path("icons/madoguchi.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    prefs = Prefs.load()
    language = pick_language(prefs, args.lang)
    demo_dir: Path | None = None
    demo_users = None
    kdf = PRODUCTION_KDF
    if args.demo:
        demo_dir = Path(tempfile.mkdtemp(prefix="madoguchi-demo-"))
        data_dir = demo_dir / "office"
        kdf = DEMO_KDF
        demo_users = create_demo_office(data_dir)
    else:
        data_dir = Path(args.data_dir or prefs.data_dir or paths.default_data_dir())
    controller = AppController(app, data_dir=data_dir, language=language, prefs=prefs, kdf=kdf,
                               demo_users=demo_users)
    app.setQuitOnLastWindowClosed(True)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


# --- self-test ------------------------------------------------------------------------------


def _failure(step: str, exc: BaseException) -> str:
    """What failed, without message texts that could hold data (our own file errors are safe)."""
    detail = f": {exc}" if isinstance(exc, FileNotFoundError | ImportError) else ""
    return f"{step} failed ({type(exc).__name__}{detail})"


def self_test(argv: Sequence[str] | None = None) -> int:
    """Create an office in a temp folder, write, read, verify, load Japanese. Exit 0 when all pass.

    Every step is checked on its own and a failure is printed as one line; never a traceback.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problems: list[str] = []
    info: dict[str, str] = {"madoguchi": "?", "sqlcipher": "?", "qt": "?"}
    try:
        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    except Exception as exc:  # noqa: BLE001 - reported as a failed check
        print(f"self-test FAILED: {_failure('starting Qt', exc)}", file=sys.stderr)
        return 1
    try:
        info = about.versions(PySide6.__version__)
        if not info["sqlcipher"].startswith("4."):
            problems.append(f"SQLCipher 4 expected, found {info['sqlcipher']}")
        if info.get("cipher_provider") not in ("openssl", ""):
            problems.append(f"unexpected cipher provider {info.get('cipher_provider')}")
    except Exception as exc:  # noqa: BLE001
        problems.append(_failure("reading the library versions", exc))
    for sub in ("quiz", "scripts", "wordlists"):
        try:
            if not paths.resource_path(sub).is_dir():
                problems.append(f"desktop/resources/{sub} missing")
        except Exception as exc:  # noqa: BLE001
            problems.append(_failure("finding the shipped resources", exc))
            break
    folder = Path(tempfile.mkdtemp(prefix="madoguchi-selftest-"))
    try:
        kdf = KdfParams(n=2**14)
        session, _code = session_service.create_office(
            folder / "office", office_name="Self-test", privacy_officer_name="Officer",
            privacy_officer_contact="officer@example.invalid", admin_username="selftest",
            admin_display_name="Self Test", admin_password="self-test password 2026",
            admin_password_confirm="self-test password 2026", kdf=kdf)
        session.logout()
        session = session_service.login(folder / "office", "selftest", "self-test password 2026", kdf=kdf)
        from desktop.services import audit as audit_service

        result = audit_service.verify(session)
        if not result.ok or result.count < 3:
            problems.append("audit chain did not verify")
        session.logout()
    except Exception as exc:  # noqa: BLE001 - reported as a failed check
        problems.append(_failure("office round trip", exc))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    probe = ""
    try:
        translators = install_translators(app, "ja", [])
        probe = QCoreApplication.translate("LoginDialog", "Log in to Madoguchi")
        if probe == "Log in to Madoguchi":
            problems.append("Japanese translation did not load")
        for t in translators:
            app.removeTranslator(t)
    except Exception as exc:  # noqa: BLE001
        problems.append(_failure("loading the Japanese translation", exc))
    if problems:
        for p in problems:
            print(f"self-test FAILED: {p}", file=sys.stderr)
        return 1
    print(f"self-test ok ({info['madoguchi']}, SQLCipher {info['sqlcipher']}, Qt {info['qt']}, ja: {probe})")
    return 0
