"""The main window: areas on the left (only those the role may use), status bar, menus, auto-lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import Action, Area, visible_areas
from desktop.services import users as user_service
from desktop.services.session import Session
from desktop.ui import msgbox, theme, window_state
from desktop.ui.pages.placeholder import NotAvailablePage
from desktop.ui.pages.users import UsersPage
from desktop.ui.text import error_text, fill, role_label
from desktop.ui.widgets.forms import error_label, ok_cancel_buttons, paragraph
from desktop.ui.widgets.password import NewPasswordInput, PasswordLineEdit

ABSOLUTE_SESSION_MS = 12 * 60 * 60 * 1000

PageFactory = Callable[[Session, QWidget], QWidget]


def area_title(area: Area) -> str:
    titles = {
        Area.PHONE: QCoreApplication.translate("MainWindow", "Phone entry"),
        Area.CONTACTS: QCoreApplication.translate("MainWindow", "Contacts"),
        Area.UNSUBSCRIBE: QCoreApplication.translate("MainWindow", "Unsubscribe"),
        Area.POSTS: QCoreApplication.translate("MainWindow", "Posts"),
        Area.REVIEW: QCoreApplication.translate("MainWindow", "Approval"),
        Area.EXPORT: QCoreApplication.translate("MainWindow", "Export"),
        Area.TRAINING: QCoreApplication.translate("MainWindow", "Training"),
        Area.ADMIN: QCoreApplication.translate("MainWindow", "Administration"),
    }
    return titles[area]


class IdleWatcher(QObject):
    """App-wide event filter: keyboard and mouse input restarts the idle timer (R18).

    Signals:
        idle: the timeout passed without input.
    """

    idle = Signal()
    _INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
              QEvent.Type.TouchBegin}

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self._INPUT and self.timer.isActive():
            self.timer.start()
        return False

    def detach(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class ChangePasswordDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.session = session
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(paragraph(self.tr(
                "Your password was set by an administrator. Choose your own password now.")))
        layout.addWidget(QLabel(self.tr("Current password:")))
        self.current = PasswordLineEdit()
        self.current.setObjectName("currentPassword")
        self.current.setAccessibleName(self.tr("Current password"))
        layout.addWidget(self.current)
        self.new = NewPasswordInput(self, context=[session.user.username, session.user.display_name])
        layout.addWidget(self.new)
        self.status = error_label("changePasswordStatus")
        layout.addWidget(self.status)
        layout.addWidget(ok_cancel_buttons(self, self._submit))

    def _submit(self) -> None:
        new, confirm = self.new.value()
        try:
            user_service.change_own_password(self.session, current=self.current.text(), new_password=new,
                                             confirm=confirm)
        except Exception as exc:  # noqa: BLE001 - shown, nothing changed
            self.status.setText(error_text(exc))
            return
        self.current.wipe()
        self.new.wipe()
        self.accept()


class MainWindow(QMainWindow):
    """Signals:
    lock_requested: the user or the idle timer locked the session.
    logout_requested: the user logged out.
    language_requested(str): the user chose a language ("ja" or "en").
    """

    lock_requested = Signal()
    logout_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, session: Session, *, language: str, page_factories: dict[Area, PageFactory] | None = None,
                 idle_ms: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        settings = session.settings()
        self.setWindowTitle(fill(self.tr("Madoguchi — %1"), settings.office_name))
        window_state.restore(self)  # last size and state, or maximised on a small screen
        factories: dict[Area, PageFactory] = {Area.ADMIN: self._admin_page}
        factories.update(page_factories or {})

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        theme.scaled_font(self.nav, 1.25)
        theme.set_role(self.nav, "nav")
        self.stack = QStackedWidget()
        self.pages: dict[Area, QWidget] = {}
        for area in visible_areas(session.user.role, appointed=session.appointed_for(Action.POST_REVIEW)):
            item = QListWidgetItem(area_title(area))
            item.setData(Qt.ItemDataRole.UserRole, area.value)
            self.nav.addItem(item)
            factory = factories.get(area)
            page = factory(session, self) if factory else NotAvailablePage(area_title(area))
            page.setObjectName(f"page_{area.value}")
            self.pages[area] = page
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._show_row)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        theme.set_role(self.banner, "banner-app")
        self.banner.hide()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

        self._build_menus(language)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.statusBar().addPermanentWidget(self.status_label)
        self._update_status()

        minutes = max(1, settings.autolock_minutes)
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60 * 1000, self)
        self.idle.idle.connect(self._idle_lock)
        self.idle.start()
        self.absolute = QTimer(self)
        self.absolute.setSingleShot(True)
        self.absolute.timeout.connect(self._idle_lock)
        self.absolute.start(ABSOLUTE_SESSION_MS)
        session.lock_listeners.append(self.clear_pages)
        if self.nav.count():
            self.nav.setCurrentRow(0)
        self.notice_box: QWidget | None = None  # the message box, for tests
        self.show_notices()
        QTimer.singleShot(0, self, lambda: self.notifications.refresh(at_login=True))

    # --- pages --------------------------------------------------------------------------------
    def _admin_page(self, session: Session, parent: QWidget) -> QWidget:
        tabs = QTabWidget(parent)
        tabs.setObjectName("adminTabs")
        from desktop.ui import pages

        self.users_page = UsersPage(session, tabs)
        tabs.addTab(self.users_page, self.tr("Users"))
        for title, factory in pages.admin_tabs():
            tabs.addTab(factory(session, tabs), title())
        if session.can(Action.AUDIT_VIEW):
            from desktop.ui.pages.audit_log import AuditLogPage

            tabs.addTab(AuditLogPage(session, tabs), self.tr("Audit log"))

        def refresh() -> None:
            current = getattr(tabs.currentWidget(), "refresh", None)
            if callable(current):
                current()

        def clear_data() -> None:
            for i in range(tabs.count()):
                clear = getattr(tabs.widget(i), "clear", None)
                if callable(clear):
                    clear()

        tabs.currentChanged.connect(lambda _i: None if session.locked else refresh())
        tabs.refresh = refresh  # type: ignore[attr-defined]
        tabs.clear_data = clear_data  # type: ignore[attr-defined]
        return tabs

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh) and not self.session.locked:
            refresh()

    def set_banners(self, messages: list[str]) -> None:
        """Show reminders and warnings (backup overdue, training not passed) above the pages."""
        self.banner.setText("\n".join(messages))
        self.banner.setVisible(bool(messages))

    def add_banner(self, message: str) -> None:
        """Add one line (e.g. a failed background integrity check or backup) unless it is already shown."""
        lines = [line for line in self.banner.text().split("\n") if line]
        if message not in lines:
            self.set_banners([*lines, message])

    def area_names(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    def current_area(self) -> Area | None:
        item = self.nav.currentItem()
        return None if item is None else Area(item.data(Qt.ItemDataRole.UserRole))

    def select_area(self, area: Area) -> None:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == area.value:
                self.nav.setCurrentRow(i)
                return

    def clear_pages(self) -> None:
        """On lock: drop every row the screens hold and close open dialogs with their typed text (R18)."""
        for page in self.pages.values():
            clear = getattr(page, "clear_data", None) or getattr(page, "clear", None)
            if callable(clear):
                clear()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                for field in dialog.findChildren(QLineEdit):
                    field.clear()
                for text in dialog.findChildren(QPlainTextEdit):
                    text.clear()
                dialog.reject()

    def reload_current(self) -> None:
        self._show_row(self.nav.currentRow())
        self.idle.start()
        self.absolute.start(ABSOLUTE_SESSION_MS)
        self._update_status()
        self.show_notices()
        self.notifications.refresh()

    def show_notices(self) -> None:
        """Once after login or unlock: what the start-up found (e.g. an interrupted export's file removed)."""
        notices = self.session.take_notices()
        if not notices:
            return
        text = "\n".join(error_text(n) for n in notices)
        self.statusBar().showMessage(text.splitlines()[0], 60_000)

        def show() -> None:
            self.notice_box = msgbox.info(self, self.tr("Madoguchi"), text)

        QTimer.singleShot(0, show)

    # --- menus and status ---------------------------------------------------------------------
    def _build_menus(self, language: str) -> None:
        user_menu = self.menuBar().addMenu(self.tr("&User"))
        change = QAction(self.tr("Change password…"), self)
        change.triggered.connect(self.change_password)
        lock = QAction(self.tr("Lock"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_requested)
        logout = QAction(self.tr("Log out"), self)
        logout.triggered.connect(self.logout_requested)
        user_menu.addAction(change)
        user_menu.addAction(lock)
        from desktop.ui.pages.violations import open_report_dialog

        report = QAction(self.tr("Report a violation…"), self)
        report.setObjectName("reportViolationAction")
        report.triggered.connect(lambda: open_report_dialog(self.session, self))
        user_menu.addAction(report)
        user_menu.addSeparator()
        user_menu.addAction(logout)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        lang_menu = view_menu.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, label in (("ja", "日本語"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == language)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            lang_menu.addAction(action)
        self.language_actions = group

        from desktop.ui import help as help_ui
        from desktop.ui.notifications import WindowNotifications

        self.notifications = WindowNotifications(self, self.session, view_menu, self.select_area)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_ui.install(self, view_menu, help_menu, language, area_title=area_title, areas=list(self.pages),
                        select_area=self.select_area, current_area=self.current_area)
        about = QAction(self.tr("About Madoguchi"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _update_status(self) -> None:
        if self.session.locked:
            self.status_label.setText(self.tr("Locked"))
            return
        settings = self.session.settings()
        user = self.session.user
        if self.session.files.server:  # several PCs on one office: say where the office lives
            line = self.tr("Office: %1 (on the office server) | User: %2 | Role: %3")
        else:
            line = self.tr("Office: %1 | User: %2 | Role: %3")
        self.status_label.setText(fill(line, settings.office_name, user.display_name, role_label(user.role)))

    def _about(self) -> None:
        import PySide6

        from desktop.services import about

        msgbox.info(self, self.tr("About Madoguchi"), about.version_text(PySide6.__version__))

    def change_password(self, *, forced: bool = False) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.session, self, forced=forced)
        dialog.accepted.connect(self._update_status)
        dialog.open()
        return dialog

    def _idle_lock(self) -> None:
        self.lock_requested.emit()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        window_state.save(self)
        self.idle.detach()
        self.absolute.stop()
        super().closeEvent(event)
