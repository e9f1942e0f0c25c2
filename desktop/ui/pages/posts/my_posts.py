"""The author's own posts, newest first, loaded in pages, and the buttons above them (new, copy)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from desktop.domain.scopes import PostStatus
from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import local_time
from desktop.ui.post_text import status_label
from desktop.ui.text import error_text, fill
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


class _Page(Protocol):
    session: Session
    model: MyPostsModel
    table: QTableView
    message: QLabel

    def new_post(self) -> None: ...

    def show_post(self, detail: post_service.PostDetail | None) -> None: ...

    def say(self, text: str, *, error: bool = False) -> None: ...


class ListButtons(QWidget):
    """新しい投稿 and 複製して新しい下書きに: a rejected or sent-back post starts a new draft with its content."""

    def __init__(self, page: _Page) -> None:
        super().__init__()
        self.page = page
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.new = QPushButton(self.tr("New post"))
        self.new.setObjectName("newPost")
        self.new.clicked.connect(page.new_post)
        self.copy = QPushButton(self.tr("Copy into a new draft"))
        self.copy.setObjectName("copyPost")
        self.copy.setToolTip(self.tr("Start a new draft with the text, account and scope of the rejected or "
                                     "sent-back post chosen in the list. Its review history is not copied."))
        self.copy.setAccessibleName(self.tr("Copy the chosen post into a new draft"))
        self.copy.clicked.connect(self.copy_chosen)
        layout.addWidget(self.new)
        layout.addWidget(self.copy)
        layout.addStretch(1)
        page.table.selectionModel().currentRowChanged.connect(lambda *_: self.sync())
        page.model.modelReset.connect(self.sync)
        self.sync()

    def chosen(self) -> post_service.PostSummary | None:
        index = self.page.table.currentIndex()
        return self.page.model.row_at(index) if index.isValid() else None

    def sync(self) -> None:
        p = self.chosen()
        self.copy.setEnabled(p is not None and post_service.may_copy(p.status))

    def copy_chosen(self) -> None:
        source = self.chosen()
        if source is None:
            return
        try:
            detail = post_service.copy_post(self.page.session, source.id)
        except Exception as exc:  # noqa: BLE001 - shown, nothing copied
            self.page.say(error_text(exc), error=True)
            return
        self.page.model.reload()
        self.page.show_post(detail)
        ids = [p.id for p in self.page.model.rows]
        if detail.id in ids:
            self.page.table.blockSignals(True)
            self.page.table.selectRow(ids.index(detail.id))
            self.page.table.blockSignals(False)
        self.sync()
        self.page.say(fill(self.tr("Copied into a new draft (version %1). The original post stays as it was."),
                           detail.version.number))
