"""連絡先 — the contact list (lazy, keyset pages read off the GUI thread), search and filters, one
contact's timeline. The model is :mod:`desktop.ui.pages.contacts_model`; Ctrl+End jumps to the list's
last row (read from the end), Ctrl+Home back to the first; the count stops at 1,000 ("more than").

The wording for statuses, channels and history lines is shared with the phone and unsubscribe
screens (:mod:`desktop.ui.consent_text`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
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
from desktop.domain.roles import Action, Area
from desktop.services import contacts as contact_service
from desktop.services.session import Session
from desktop.ui import msgbox, theme
from desktop.ui.consent_text import (
    STATUS_COLOURS,
    channel_label,
    retention_text,
    status_label,
    timeline_text,
)
from desktop.ui.pages.contacts_model import ContactsModel
from desktop.ui.text import error_text, fill

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
        self.search.setAccessibleName(self.tr("Search contacts"))
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
        self.certificate_button = QPushButton(self.tr("Consent certificate…"))
        self.certificate_button.setObjectName("certificateButton")
        self.certificate_button.clicked.connect(self.open_certificate)
        self.edit_button = QPushButton(self.tr("Correct name or memo…"))
        self.edit_button.setObjectName("contactEditButton")
        self.edit_button.setToolTip(self.tr("Correct the selected contact's name, furigana and memo (F2)"))
        self.edit_button.setVisible(session.can(Action.RIGHTS_REQUESTS))  # the service checks the role too
        self.edit_button.clicked.connect(self.open_edit)
        self.count_label = QLabel()
        self.count_label.setObjectName("contactCount")

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.status_filter, 1)
        top.addWidget(self.channel_filter, 1)
        top.addWidget(self.order, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.suppressions_button)
        top.addWidget(self.certificate_button)

        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, ContactsModel.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # fit the visible rows, not all loaded ones (paint 115 -> 25 ms a page)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))
        self.table.installEventFilter(self)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)

        self.detail = ContactDetailPanel(self)
        self.detail.action_row.addWidget(self.edit_button)  # beside the contact it corrects (the top bar is full at 1366)
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
        self.model.failed.connect(lambda exc: self.count_label.setText(error_text(exc)))
        self.model.reached_end.connect(self._at_end)
        self.model.reached_start.connect(lambda: self._go_to_row(0))
        self.model.prepended.connect(self._keep_view_after_prepend)
        self.focus_search = QShortcut(QKeySequence("Ctrl+F"), self)
        self.focus_search.activated.connect(self.search.setFocus)
        # F2 as an action of the page, so Help → Keyboard shortcuts lists it (for those who may correct)
        self.edit_action = QAction(self.tr("Contacts: correct the selected contact's name, furigana and memo"), self)
        self.edit_action.setObjectName("contactEditAction")
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.open_edit)
        if session.can(Action.RIGHTS_REQUESTS):
            self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
            self.addAction(self.edit_action)
        self.import_dialog: QWidget | None = None
        self.edit_dialog: QWidget | None = None

    def query(self) -> contact_service.ContactQuery:
        return contact_service.ContactQuery(text=self.search.text(), status=self.status_filter.currentData() or None,
                                            channel=self.channel_filter.currentData() or None,
                                            order=self.order.currentData() or "newest")

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Open the list for the current search and filters in a worker (a newer call cancels an older one)."""
        self.debounce.stop()
        if self.session.locked:
            return
        self.model.open(self.query())
        self.detail.show_contact(None)

    # --- Ctrl+End / Ctrl+Home and scrolling up from the end ------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if ctrl and event.key() == Qt.Key.Key_End and self.model.cursor is not None:
                self.model.jump_to_end()  # rows below were never loaded: read the end, not everything
                return True
            if ctrl and event.key() == Qt.Key.Key_Home and self.model.before is not None:
                self.model.jump_to_start()
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_PageUp) and self.table.currentIndex().row() <= 0:
                self.model.fetch_before()  # at the window's top after Ctrl+End: read the page above
        return super().eventFilter(watched, event)

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _at_end(self) -> None:
        self._go_to_row(self.model.rowCount() - 1)
        self._scrolled(self.table.verticalScrollBar().value())

    def _scrolled(self, value: int) -> None:
        """At the window's top (or when everything loaded fits without a scroll bar): the page above."""
        if value == self.table.verticalScrollBar().minimum() and self.model.before is not None:
            self.model.fetch_before()

    def _keep_view_after_prepend(self, count: int) -> None:
        """Rows were added above: keep the same rows in view (scrolling up continues from there)."""
        bar = self.table.verticalScrollBar()
        per_item = self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
        bar.setValue(bar.value() + (count if per_item else count * max(1, self.table.rowHeight(0))))
        self._scrolled(bar.value())

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
        if self.edit_dialog is not None:
            edit, self.edit_dialog = self.edit_dialog, None
            getattr(edit, "clear_data", lambda: None)()
            edit.close()
        self.model.clear()
        self.detail.show_contact(None)
        self.count_label.clear()

    def _update_count(self, total: int) -> None:
        if total > contact_service.COUNT_CAP:  # counting stopped there: no second full scan
            self.count_label.setText(fill(self.tr("More than %1 contacts match."), f"{contact_service.COUNT_CAP:,}"))
        else:
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

    def open_edit(self) -> QWidget | None:
        """連絡先の修正 (F2): the selected contact's name, furigana and memo, as an audited correction."""
        from desktop.ui.dialogs_contact_edit import open_for_contact

        current = self.detail.current
        dialog = open_for_contact(self, self.session, current.view.contact_id if current is not None else None)
        if dialog is not None:
            self.edit_dialog = dialog
            dialog.corrected.connect(self._corrected)
        return dialog

    def _corrected(self, changed: tuple[str, ...]) -> None:
        """Show the corrected values in the row and the detail without reading (and auditing) them again."""
        self.edit_dialog = None
        current = self.detail.current
        if not changed or current is None:
            return
        try:
            form = contact_service.edit_form(self.session, current.view.contact_id)
        except Exception as exc:  # noqa: BLE001
            msgbox.error(self, self.tr("Contacts"), error_text(exc))
            return
        self.detail.show_contact(replace(current, view=replace(current.view, name=form.name, furigana=form.furigana),
                                         memo=form.memo))
        for row, item in enumerate(self.model.rows):
            if item.contact_id == form.contact_id:
                self.model.rows[row] = replace(item, name=form.name, furigana=form.furigana)
                self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, ContactsModel.COLUMNS - 1))

    def open_certificate(self) -> QWidget | None:
        """同意証明書 (PDF) of the selected contact (desktop.ui.dialogs_certificate)."""
        from desktop.ui.dialogs_certificate import open_for_contact

        return open_for_contact(self, self.session, self.detail.current)


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
        self.memo = QLabel()
        self.memo.setObjectName("detailMemo")
        self.memo.setWordWrap(True)
        self.memo.setTextFormat(Qt.TextFormat.PlainText)
        self.memo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = QListWidget()
        self.timeline.setObjectName("detailTimeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAccessibleName(self.tr("History"))
        self.timeline.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.status)
        layout.addWidget(self.retention)
        layout.addWidget(self.memo)
        self.action_row = QHBoxLayout()  # buttons acting on the contact shown (the page adds them)
        self.action_row.setContentsMargins(0, 0, 0, 0)
        self.action_row.addStretch(1)
        layout.addLayout(self.action_row)
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
            for label in (self.subtitle, self.status, self.retention, self.memo):
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
        self.memo.setText(fill(self.tr("Memo: %1"), detail.memo) if detail.memo else "")
        for entry in reversed(detail.timeline):
            item = QListWidgetItem(timeline_text(entry))
            if entry.superseded_by:
                item.setForeground(theme.colour("muted"))
            self.timeline.addItem(item)


def _page(session: Session, parent: QWidget) -> QWidget:
    return ContactsPage(session, parent)


PAGES: dict[Area, Callable[[Session, QWidget], QWidget]] = {Area.CONTACTS: _page}


__all__ = ["PAGES", "ContactsModel", "ContactsPage"]
