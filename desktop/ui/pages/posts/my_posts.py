"""The author's own posts, newest first, loaded in pages."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.domain.scopes import PostStatus
from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import local_time
from desktop.ui.post_text import status_label
from desktop.ui.widgets.table import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class MyPostsModel(RowsTableModel[post_service.PostSummary]):
    """The user's posts, newest first, fetched in pages of :attr:`PAGE` (keyset on the id)."""

    PAGE = 100
    COLUMNS = 4

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.more = False

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = post_service.list_my_posts(self.session, limit=self.PAGE)
        self.more = len(self.rows) == self.PAGE
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.more = False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self.rows:
            return
        page = post_service.list_my_posts(self.session, before_id=self.rows[-1].id, limit=self.PAGE)
        self.more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Status"), self.tr("Text"), self.tr("Account"), self.tr("Updated"))

    def cell(self, p: post_service.PostSummary, column: int) -> str:
        return (status_label(p.status), p.excerpt, p.account_name, local_time(p.updated_at))[column]

    def role_data(self, p: post_service.PostSummary, column: int, role: int) -> QColor | None:
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            if p.status is PostStatus.CHANGES_REQUESTED:
                return theme.colour("row_warning")
            if p.status.may_publish:
                return theme.colour("row_ok")
        return None
