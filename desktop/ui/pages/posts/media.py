"""The photos, videos and images of a post, each with the P4 checklist."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.scopes import MediaKind
from desktop.services import posts as post_service


class MediaRow(QFrame):
    """One photo, video or image with the checklist: identifiable people / consent, others' work /
    permission, personal information visible."""

    def __init__(
        self,
        on_change: Callable[[], None],
        on_remove: Callable[[MediaRow], None],
        entry: post_service.MediaEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLineEdit()
        self.label.setObjectName("mediaLabel")
        self.label.setPlaceholderText(self.tr("File name or short description"))
        self.kind = QComboBox()
        for kind in MediaKind:
            self.kind.addItem(QCoreApplication.translate("Scopes", kind.label), kind.value)
        self.people = QCheckBox(self.tr("People can be identified"))
        self.people.setObjectName("mediaPeople")
        self.consent = QCheckBox(self.tr("Their portrait consent was obtained"))
        self.consent.setObjectName("mediaConsent")
        self.others_work = QCheckBox(self.tr("Contains someone else's work"))
        self.others_work.setToolTip(
            self.tr("Text, pictures, music, logos or characters made by someone else")
        )
        self.others_work.setObjectName("mediaOthersWork")
        self.permission = QCheckBox(self.tr("Permission to use it was obtained"))
        self.permission.setObjectName("mediaPermission")
        self.personal = QCheckBox(self.tr("Personal information is visible"))
        self.personal.setToolTip(self.tr("Name tags, addresses, screens, number plates"))
        self.personal.setObjectName("mediaPersonal")
        self.remove = QPushButton(self.tr("Remove"))
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.label, 1)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for box, indent in (
            (self.people, 0),
            (self.consent, 24),
            (self.others_work, 0),
            (self.permission, 24),
            (self.personal, 0),
        ):
            line = QHBoxLayout()
            line.addSpacing(indent)
            line.addWidget(box, 1)
            layout.addLayout(line)
        if entry is not None:
            self.label.setText(entry.label)
            self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind.value)))
            self.people.setChecked(entry.identifiable_people)
            self.consent.setChecked(entry.portrait_consent is True)
            self.others_work.setChecked(entry.third_party_work)
            self.permission.setChecked(entry.permission is True)
            self.personal.setChecked(entry.personal_info_visible)
        self._sync()
        for box in (self.people, self.consent, self.others_work, self.permission, self.personal):
            box.toggled.connect(self._sync)
            box.toggled.connect(on_change)
        self.label.textChanged.connect(on_change)
        self.kind.currentIndexChanged.connect(on_change)
        self.remove.clicked.connect(lambda: on_remove(self))

    def _sync(self) -> None:
        self.consent.setEnabled(self.people.isChecked())
        self.permission.setEnabled(self.others_work.isChecked())

    def entry(self) -> post_service.MediaEntry:
        return post_service.MediaEntry(
            self.label.text(),
            MediaKind(self.kind.currentData()),
            self.people.isChecked(),
            True if self.people.isChecked() and self.consent.isChecked() else None,
            self.others_work.isChecked(),
            True if self.others_work.isChecked() and self.permission.isChecked() else None,
            self.personal.isChecked(),
        )

    def set_read_only(self, read_only: bool) -> None:
        for w in (
            self.label,
            self.kind,
            self.people,
            self.consent,
            self.others_work,
            self.permission,
            self.personal,
            self.remove,
        ):
            w.setEnabled(not read_only)
        if not read_only:
            self._sync()


class MediaBox(QGroupBox):
    """The post's photos and videos, one :class:`MediaRow` each, and the button that adds one.

    The texts keep the translation context of the page (``PostsPage``).
    """

    def __init__(self, on_change: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PostsPage", "Photos and video (check each one)"), parent)
        self.on_change = on_change
        self.rows: list[MediaRow] = []
        self.rows_layout = QVBoxLayout(self)
        self.add_button = QPushButton(QCoreApplication.translate("PostsPage", "Add photo or video"))
        self.add_button.setObjectName("addMedia")
        self.add_button.clicked.connect(lambda: self.add())
        self.rows_layout.addWidget(self.add_button)

    def add(self, entry: post_service.MediaEntry | None = None) -> MediaRow:
        row = MediaRow(self.on_change, self.remove, entry)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        self.rows.append(row)
        self.on_change()
        return row

    def remove(self, row: MediaRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.on_change()

    def remove_all(self) -> None:
        for row in list(self.rows):
            self.remove(row)
