"""Screenshot scenes of the audit-log screen, the notifications list and the help (issue 17).

Kept beside :mod:`desktop.demo.screens` (same :class:`~desktop.demo.screens.Camera`); ``make screenshots``
shoots :data:`SCENES` after the main ones.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.demo.screens import Camera, Scene, settle
from desktop.domain.roles import Area
from desktop.ui.help import HelpDialog, ShortcutsDialog
from desktop.ui.notifications import NotificationsDialog
from desktop.ui.pages.audit_log import AuditLogPage


def _wait(done: object, rounds: int = 100) -> None:
    for _ in range(rounds):
        if callable(done) and done():
            return
        settle(50)


def audit_log(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        tabs = page
        tab = tabs.findChild(AuditLogPage)
        if tab is None:
            return
        tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]  # the administration tabs
        _wait(lambda: bool(tab.model.rows))
        tab.verify()
        _wait(lambda: tab.verify_button.isEnabled())
        tab.table.selectRow(1)

    cam.main("admin", Area.ADMIN, "audit_log", prepare)


def notifications(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        window = page.window()
        settle(100)
        dialog = window.findChild(NotificationsDialog)
        if dialog is None:
            action = window.findChild(QAction, "notificationsAction")
            if action is not None:
                action.trigger()
            dialog = window.findChild(NotificationsDialog)
        if dialog is not None:
            cam.save(dialog, "notifications")
            dialog.close()

    cam.main("advisor", Area.POSTS, "main_advisor_notifications", prepare)


def help_guide(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        window = page.window()
        for name, kind, shot in (("helpGuideAction", HelpDialog, "help_guide"),
                                 ("helpShortcutsAction", ShortcutsDialog, "help_shortcuts")):
            action = window.findChild(QAction, name)
            if action is None:
                continue
            action.trigger()
            dialog = window.findChild(kind)
            if dialog is not None:
                cam.save(dialog, shot)
                dialog.close()
                dialog.deleteLater()

    cam.main("advisor", Area.POSTS, "main_advisor_posts", prepare)


def review_all_posts(cam: Camera) -> None:
    """承認 → すべての投稿: the calendar with the month's posts."""

    def prepare(page: QWidget) -> None:
        tab = getattr(page, "all_posts", None)
        if tab is None:
            return
        page.setCurrentWidget(tab)  # type: ignore[attr-defined]  # the review tabs
        tab.whole_month.setChecked(True)
        _wait(lambda: not tab.loading())  # read in a worker

    cam.main("manager", Area.REVIEW, "review_all_posts", prepare)


def admin_settings(cam: Camera) -> None:
    """管理 → 設定: the office details beside the import limits."""

    def prepare(page: QWidget) -> None:
        from desktop.ui.pages.settings import SettingsPage

        tab = page.findChild(SettingsPage)
        if tab is not None:
            page.setCurrentWidget(tab)  # type: ignore[attr-defined]  # the administration tabs

    cam.main("admin", Area.ADMIN, "admin_settings", prepare)


def export_left_out(cam: Camera) -> None:
    """出力 → プレビュー → 除外された連絡先: who the send list leaves out and why."""

    def prepare(page: QWidget) -> None:
        from desktop.ui.pages.export import ExportPage

        if not isinstance(page, ExportPage):
            return
        page.preview_button.click()
        _wait(lambda: not page.left_out_button.isHidden())  # counted in a worker (the window is not shown yet)
        if page.left_out_button.isHidden():
            return
        dialog = page.show_left_out()
        _wait(lambda: bool(dialog.model.rows) and not dialog.can_load_more() or len(dialog.model.rows) >= 12)
        dialog.table.selectRow(5)  # its whole "why" under the table
        cam.save(dialog, "export_left_out")
        dialog.close()
        dialog.deleteLater()

    cam.main("manager", Area.EXPORT, "export_send_list_preview", prepare)


SCENES: list[Scene] = [audit_log, notifications, help_guide, review_all_posts, admin_settings, export_left_out]
