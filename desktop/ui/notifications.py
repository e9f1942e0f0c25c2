"""お知らせ: the badge on the main window and the list it opens (issue 17; nothing is sent by e-mail).

The badge shows the number of unread notifications; it is refreshed at login, unlock and when the list
closes. The list marks what the user read; a double click opens the page the notification is about.
Administrators also set the waiting times and the escalation approvers here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import Action, Area
from desktop.services import notifications
from desktop.services.notifications import Item, Kind
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import local_time
from desktop.ui.text import error_text, fill, role_label
from desktop.ui.widgets.forms import error_label


def item_text(item: Item) -> str:
    """One notification as a sentence (translated in the "Notifications" context)."""
    n = item.notification
    post = item.excerpt or QCoreApplication.translate("Notifications", "(no text)")
    if item.kind is Kind.APPROVED:
        template = QCoreApplication.translate("Notifications", "Your post “%1” was approved by %2 (%3).")
    elif item.kind is Kind.SENT_BACK:
        template = QCoreApplication.translate(
            "Notifications", "Your post “%1” was sent back for changes by %2 (%3). Open Posts to see why.")
    elif item.kind is Kind.REJECTED:
        template = QCoreApplication.translate("Notifications", "Your post “%1” was rejected by %2 (%3).")
    elif item.kind is Kind.ESCALATED:
        return fill(QCoreApplication.translate(
            "Notifications", "Escalated: the post “%1” by %2 has waited %3 business days for approval. "
                             "Make sure someone reviews it."), post, item.other_name, n.business_days)
    else:
        return fill(QCoreApplication.translate(
            "Notifications", "The post “%1” by %2 has waited %3 business days for approval."),
            post, item.other_name, n.business_days)
    return fill(template, post, item.other_name, local_time(n.at))


def target_area(item: Item) -> Area:
    return Area.REVIEW if item.kind in (Kind.WAITING, Kind.ESCALATED) else Area.POSTS


class NotificationsButton(QToolButton):
    """The badge: 「お知らせ 3」, highlighted while something is unread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsBadge")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.unread = 0
        self.show_count(0)

    def show_count(self, unread: int) -> None:
        self.unread = unread
        if unread:
            self.setText(fill(self.tr("Notifications %1"), unread))
            theme.set_role(self, "banner-warning")
        else:
            self.setText(self.tr("Notifications"))
            theme.set_role(self, None)
        self.setAccessibleName(self.text())


class NotificationsDialog(QDialog):
    """The list. Signals: open_area(str) — the user asked for the page of a notification (an Area value)."""

    open_area = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsDialog")
        self.setWindowTitle(self.tr("Notifications"))
        self.session = session
        self.resize(720, 420)
        self.list = QListWidget()
        self.list.setObjectName("notificationsList")
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(self._open)
        self.status = error_label("notificationsStatus")
        mark = QPushButton(self.tr("Mark as read"))
        mark.setObjectName("notificationsMarkRead")
        mark.clicked.connect(self.mark_selected)
        mark_all = QPushButton(self.tr("Mark all as read"))
        mark_all.setObjectName("notificationsMarkAll")
        mark_all.clicked.connect(self.mark_all)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(mark)
        row.addWidget(mark_all)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        if session.can(Action.SETTINGS_MANAGE):
            layout.addWidget(self._settings_box())
        layout.addLayout(row)
        self.items: list[Item] = []
        self.reload()

    def reload(self) -> None:
        try:
            self.items = notifications.items(self.session)
        except Exception as exc:  # noqa: BLE001 - shown, nothing changed
            self.status.setText(error_text(exc))
            return
        self.list.clear()
        for item in self.items:
            entry = QListWidgetItem(item_text(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.key)
            if not item.read:
                font = QFont(entry.font())
                font.setBold(True)
                entry.setFont(font)
            self.list.addItem(entry)
        if not self.items:
            self.list.addItem(QListWidgetItem(self.tr("Nothing new.")))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def mark_selected(self) -> None:
        keys = [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]
        self._mark([k for k in keys if k])

    def mark_all(self) -> None:
        self._mark([i.key for i in self.items if not i.read])

    def _mark(self, keys: list[str]) -> None:
        try:
            notifications.mark_read(self.session, keys)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return
        self.reload()

    def _open(self, entry: QListWidgetItem) -> None:
        key = entry.data(Qt.ItemDataRole.UserRole)
        chosen = next((i for i in self.items if i.key == key), None)
        if chosen is None:
            return
        self._mark([chosen.key])
        self.open_area.emit(target_area(chosen).value)
        self.accept()

    # --- administrators: waiting times and escalation approvers ---------------------------------
    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Waiting times for approval"))
        conf = notifications.settings(self.session)
        self.wait_days = QSpinBox()
        self.wait_days.setObjectName("notifyWaitDays")
        self.escalate_days = QSpinBox()
        self.escalate_days.setObjectName("notifyEscalateDays")
        for spin, value in ((self.wait_days, conf.rules.wait_days), (self.escalate_days, conf.rules.escalate_days)):
            spin.setRange(1, 30)
            spin.setValue(value)
            spin.setSuffix(self.tr(" business days"))
        self.wait_days.setAccessibleName(self.tr("Tell the approvers after"))
        self.escalate_days.setAccessibleName(self.tr("Escalate after"))
        self.escalate_to = QListWidget()
        self.escalate_to.setObjectName("notifyEscalateTo")
        self.escalate_to.setAccessibleName(self.tr("Escalation approvers"))
        self.escalate_to.setMaximumHeight(90)
        for uid, name, role in notifications.escalation_candidates(self.session):
            entry = QListWidgetItem(fill(self.tr("%1 (%2)"), name, role_label(role)))
            entry.setData(Qt.ItemDataRole.UserRole, uid)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if uid in conf.escalate_to else Qt.CheckState.Unchecked)
            self.escalate_to.addItem(entry)
        save = QPushButton(self.tr("Save waiting times"))
        save.setObjectName("notifySave")
        save.clicked.connect(self.save_settings)
        form = QFormLayout(box)
        form.addRow(self.tr("Tell the approvers after:"), self.wait_days)
        form.addRow(self.tr("Escalate after:"), self.escalate_days)
        form.addRow(self.tr("Escalate to (none ticked: every administrator):"), self.escalate_to)
        form.addRow("", save)
        return box

    def save_settings(self) -> None:
        chosen = [self.escalate_to.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.escalate_to.count())
                  if self.escalate_to.item(i).checkState() == Qt.CheckState.Checked]
        try:
            notifications.save_settings(self.session, wait_days=self.wait_days.value(),
                                        escalate_days=self.escalate_days.value(), escalate_to=chosen)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Saved."))
        self.reload()


def unread_count(session: Session) -> int:
    """The badge's number; 0 when it cannot be read (e.g. locked)."""
    if session.locked:
        return 0
    try:
        return notifications.unread_count(session)
    except Exception:  # noqa: BLE001 - the badge never stops the window
        return 0


class WindowNotifications(QObject):
    """The main window's part: the badge in the menu bar's corner, 表示 → お知らせ (Ctrl+Shift+N), and the
    list opened by itself at login when something is unread."""

    def __init__(self, window: QMainWindow, session: Session, view_menu: QMenu,
                 select_area: Callable[[Area], None]) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.select_area = select_area
        self.badge = NotificationsButton(window)
        self.badge.clicked.connect(self.open)
        window.menuBar().setCornerWidget(self.badge, Qt.Corner.TopRightCorner)
        action = QAction(QCoreApplication.translate("Notifications", "Notifications…"), window)
        action.setObjectName("notificationsAction")
        action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        action.triggered.connect(self.open)
        view_menu.addAction(action)
        self.dialog: NotificationsDialog | None = None

    def refresh(self, *, at_login: bool = False) -> int:
        unread = unread_count(self.session)
        self.badge.show_count(unread)
        if unread and at_login:
            self.window.statusBar().showMessage(fill(QCoreApplication.translate(
                "Notifications", "You have %1 new notification(s)."), unread), 60_000)
            QTimer.singleShot(0, self.open)
        return unread

    def open(self) -> NotificationsDialog | None:
        if self.session.locked:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = NotificationsDialog(self.session, self.window)
        dialog.open_area.connect(lambda value: self.select_area(Area(value)))
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.show()
        self.dialog = dialog
        return dialog
