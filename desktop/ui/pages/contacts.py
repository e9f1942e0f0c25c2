"""連絡先 — the contact list (lazy, keyset pages), search and filters, one contact's timeline.

The wording for statuses, channels and history lines is shared with the phone and unsubscribe
screens (:mod:`desktop.ui.consent_text`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.consent import Channel, ContactStatus
from desktop.domain.roles import Area
from desktop.services import contacts as contact_service
from desktop.services.session import Session
from desktop.ui import msgbox, theme
from desktop.ui.consent_text import (
    STATUS_COLOURS,
    channel_label,
    retention_text,
    status_colour,
    status_label,
    timeline_text,
)
from desktop.ui.dates import local_time
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.table import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex

# ---------------------------------------------------------------------------------------------
# The lazy model
# ---------------------------------------------------------------------------------------------


class ContactsModel(RowsTableModel[contact_service.ContactListRow]):
    """Keyset pages from the service: the first on :meth:`open`, the next in :meth:`fetchMore`.

    Signals:
        opened(int): a new list was opened; the number of matches.
    """

    opened = Signal(int)
    COLUMNS = 5

    def __init__(self, session: Session, parent: Any = None, *, page_size: int = contact_service.PAGE_SIZE) -> None:
        super().__init__(parent=parent)
        self.session = session
        self.page_size = page_size
        self.query = contact_service.ContactQuery()
        self.cursor: tuple[Any, ...] | None = None
        self.total = 0

    def open(self, query: contact_service.ContactQuery) -> None:
        total, page = contact_service.open_list(self.session, query, limit=self.page_size)
        self.beginResetModel()
        self.query = query
        self.rows = list(page.rows)
        self.cursor = page.cursor
        self.total = total
        self.endResetModel()
        self.opened.emit(total)

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.cursor = None
        self.total = 0
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.cursor is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self.cursor is None or self.session.locked:
            return
        page = contact_service.next_page(self.session, self.query, self.cursor, limit=self.page_size)
        if not page.rows:
            self.cursor = None
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.cursor = page.cursor
        self.endInsertRows()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("E-mail address"), self.tr("Name"), self.tr("Status"), self.tr("Obtained through"),
                self.tr("Registered"))

    def cell(self, row: contact_service.ContactListRow, col: int) -> str:
        if col == 0:
            return row.address if row.address is not None else self.tr("(deleted)")
        if col == 1:
            return row.name or ""
        if col == 2:
            return status_label(row.status)
        if col == 3:
            return channel_label(row.channel)
        return local_time(row.created_at, date_only=True)

    def role_data(self, row: contact_service.ContactListRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return status_colour(row.status)
        if role == Qt.ItemDataRole.UserRole:
            return row.contact_id
        return None


# ---------------------------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------------------------


class ContactsPage(QWidget):
    """Search, filters, the lazy table and the detail of the selected contact."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPage")
        self.session = session
        self.model = ContactsModel(session, self)

        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Search by address, name or furigana"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in ContactStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("channelFilter")
        self.channel_filter.addItem(self.tr("All channels"), "")
        for channel in Channel:
            self.channel_filter.addItem(channel_label(channel.value), channel.value)
        self.order = QComboBox()
        self.order.setObjectName("contactOrder")
        self.order.addItem(self.tr("Newest first"), "newest")
        self.order.addItem(self.tr("By address"), "address")
        self.import_button = QPushButton(self.tr("Import from a landing page…"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.open_import)
        self.suppressions_button = QPushButton(self.tr("Import from the mail service…"))
        self.suppressions_button.setObjectName("suppressionsButton")
        self.suppressions_button.clicked.connect(self.open_suppressions)
        self.count_label = QLabel()
        self.count_label.setObjectName("contactCount")

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.status_filter, 1)
        top.addWidget(self.channel_filter, 1)
        top.addWidget(self.order, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.suppressions_button)

        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, ContactsModel.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))

        self.detail = ContactDetailPanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(self.reload)
        for combo in (self.status_filter, self.channel_filter, self.order):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.opened.connect(self._update_count)
        self.focus_search = QShortcut(QKeySequence("Ctrl+F"), self)
        self.focus_search.activated.connect(self.search.setFocus)
        self.import_dialog: QWidget | None = None

    def query(self) -> contact_service.ContactQuery:
        return contact_service.ContactQuery(text=self.search.text(), status=self.status_filter.currentData() or None,
                                            channel=self.channel_filter.currentData() or None,
                                            order=self.order.currentData() or "newest")

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.debounce.stop()
        if self.session.locked:
            return
        try:
            self.model.open(self.query())
        except Exception as exc:  # noqa: BLE001 - shown, nothing changed
            self.count_label.setText(error_text(exc))
            return
        self.detail.show_contact(None)

    def clear(self) -> None:
        """On lock: no personal data stays on screen (the import dialog is closed too)."""
        self.debounce.stop()
        dialog = self.import_dialog
        if dialog is not None:
            self.import_dialog = None
            clear_data = getattr(dialog, "clear_data", None)
            if callable(clear_data):
                clear_data()
            dialog.close()
        self.model.clear()
        self.detail.show_contact(None)
        self.count_label.clear()

    def _update_count(self, total: int) -> None:
        self.count_label.setText(fill(self.tr("%1 contact(s) match."), total))

    def show_detail(self, row: int) -> None:
        if row < 0 or row >= len(self.model.rows):
            self.detail.show_contact(None)
            return
        try:
            detail = contact_service.detail(self.session, self.model.rows[row].contact_id)
        except Exception as exc:  # noqa: BLE001
            msgbox.error(self, self.tr("Contacts"), error_text(exc))
            return
        self.detail.show_contact(detail)

    def open_import(self) -> QWidget:
        from desktop.ui.dialogs_import import ImportDialog

        dialog = ImportDialog(self.session, self)
        dialog.imported.connect(lambda _r: self.reload())
        self.import_dialog = dialog
        dialog.open()
        return dialog


    def open_suppressions(self) -> QWidget:
        """配信サービスから取り込む (held as the page's import dialog, so a lock clears it too)."""
        from desktop.ui.dialogs_suppressions import SuppressionImportDialog

        if self.import_dialog is not None:
            self.import_dialog.close()
        dialog = SuppressionImportDialog(self.session, self)
        dialog.imported.connect(lambda _r: self.reload())
        self.import_dialog = dialog
        dialog.open()
        return dialog


class ContactDetailPanel(QFrame):
    """Status, why, retention date and the whole timeline of one contact."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.scaled_font(self.title, 1.3, bold=True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailName")
        self.status = QLabel()
        self.status.setObjectName("detailStatus")
        self.status.setWordWrap(True)
        theme.scaled_font(self.status, 1.0, bold=True)
        self.retention = QLabel()
        self.retention.setObjectName("detailRetention")
        self.retention.setWordWrap(True)
        self.timeline = QListWidget()
        self.timeline.setObjectName("detailTimeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.status)
        layout.addWidget(self.retention)
        history = QLabel(self.tr("History"))
        theme.set_role(history, "emphasis")
        history.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(history)
        layout.addWidget(self.timeline, 1)
        self.current: contact_service.ContactDetail | None = None
        self.show_contact(None)

    def show_contact(self, detail: contact_service.ContactDetail | None) -> None:
        self.current = detail
        self.timeline.clear()
        if detail is None:
            self.title.setText(self.tr("Select a contact to see its history."))
            for label in (self.subtitle, self.status, self.retention):
                label.clear()
            return
        view = detail.view
        self.title.setText(view.address if view.address is not None else self.tr("(personal data deleted)"))
        names = " / ".join(p for p in (view.name, view.furigana) if p)
        self.subtitle.setText(names)
        why = QCoreApplication.translate("Eligibility", view.detail)
        self.status.setText(fill(self.tr("%1 — %2"), status_label(view.status), why))
        theme.set_role(self.status, STATUS_COLOURS.get(ContactStatus(view.status)))
        self.retention.setText(retention_text(view))
        for entry in reversed(detail.timeline):
            item = QListWidgetItem(timeline_text(entry))
            if entry.superseded_by:
                item.setForeground(theme.colour("muted"))
            self.timeline.addItem(item)


def _page(session: Session, parent: QWidget) -> QWidget:
    return ContactsPage(session, parent)


PAGES: dict[Area, Callable[[Session, QWidget], QWidget]] = {Area.CONTACTS: _page}


__all__ = ["PAGES", "ContactsModel", "ContactsPage"]
