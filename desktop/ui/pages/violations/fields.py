"""The fields of a violation case that the staff dialog and the officer's page share, and the
wording of kinds, statuses and deadlines."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.violations import DataKind, Due, Status, ViolationKind
from desktop.services import violations as service
from desktop.ui.dates import (
    BLANK_DAY,
    DATE_EDIT_FORMAT,
    DATE_TIME_EDIT_FORMAT,
    day_text,
    is_blank,
    optional_date,
    set_blank,
)
from desktop.ui.text import fill


def domain_text(text: str) -> str:
    """A domain label, translated in the context it was marked in ("Violations")."""
    return QCoreApplication.translate("Violations", text)


def kind_text(kind: ViolationKind) -> str:
    return domain_text(kind.label)


def status_text(status: Status) -> str:
    return domain_text(status.label)


def to_qdatetime(dt: datetime) -> QDateTime:
    local = dt.astimezone(OFFICE_TZ)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def naive(q: QDateTime) -> datetime:
    """The Japan-time moment shown in a date-time field (the service reads naive times as Japan time)."""
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def to_minute(dt: datetime | None) -> datetime | None:
    return None if dt is None else dt.astimezone(OFFICE_TZ).replace(second=0, microsecond=0, tzinfo=None)


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def datetime_edit(object_name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_TIME_EDIT_FORMAT)
    return edit


def text_edit(object_name: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(object_name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


class FactsForm:
    """The fields both the staff dialog and the officer's page use for the facts of a case."""

    def __init__(self, owner: QWidget) -> None:
        self.kind = QComboBox(owner)
        self.kind.setObjectName("violationKind")
        for kind in ViolationKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.noticed = datetime_edit("violationNoticed")
        self.occurred_known = QCheckBox(QCoreApplication.translate("ViolationsPage", "Known:"))
        self.occurred_known.setObjectName("violationOccurredKnown")
        self.occurred = datetime_edit("violationOccurred")
        set_blank(self.occurred)  # nothing shown until the time is known (no dummy date)
        self.occurred.setEnabled(False)
        self.occurred_known.toggled.connect(self._occurred_known)
        self.people = QLineEdit()
        self.people.setObjectName("violationPeople")
        self.people.setPlaceholderText(
            QCoreApplication.translate("ViolationsPage", "Leave empty if not known"))
        self.people.setMaximumWidth(200)
        self.data_boxes: dict[DataKind, QCheckBox] = {}
        self.data_grid = QGridLayout()
        self.data_grid.setContentsMargins(0, 0, 0, 0)
        for i, data_kind in enumerate(DataKind):
            box = QCheckBox(domain_text(data_kind.label))
            box.setObjectName(f"violationData_{data_kind.value}")
            self.data_boxes[data_kind] = box
            self.data_grid.addWidget(box, i // 2, i % 2)
        self.sensitive = QCheckBox(QCoreApplication.translate(
            "ViolationsPage", "Sensitive personal information (要配慮個人情報) is involved"))
        self.sensitive.setObjectName("violationSensitive")
        self.financial = QCheckBox(
            QCoreApplication.translate("ViolationsPage", "Misuse could cause financial harm"))
        self.financial.setObjectName("violationFinancial")
        self.unlawful = QCheckBox(QCoreApplication.translate(
            "ViolationsPage", "It may have been done on purpose (theft, unauthorised access)"))
        self.unlawful.setObjectName("violationUnlawful")
        self.encrypted = QCheckBox(QCoreApplication.translate(
            "ViolationsPage", "The data was strongly encrypted and the key is safe"))
        self.encrypted.setObjectName("violationEncrypted")
        self.flags_box = QVBoxLayout()
        self.flags_box.setContentsMargins(0, 0, 0, 0)
        for box in (self.sensitive, self.financial, self.unlawful, self.encrypted):
            self.flags_box.addWidget(box)

    def _occurred_known(self, known: bool) -> None:
        self.occurred.setEnabled(known)
        if known and is_blank(self.occurred):
            self.occurred.setDateTime(self.noticed.dateTime())  # start from when it was noticed
        elif not known:
            set_blank(self.occurred)

    def occurred_at(self) -> datetime | None:
        return naive(self.occurred.dateTime()) if self.occurred_known.isChecked() else None

    def data_kinds(self) -> list[DataKind]:
        return [kind for kind, box in self.data_boxes.items() if box.isChecked()]

    def show(self, info: service.ViolationInfo) -> None:
        self.kind.setCurrentIndex(self.kind.findData(info.kind.value))
        self.noticed.setDateTime(to_qdatetime(info.noticed_at))
        self.occurred_known.setChecked(info.occurred_at is not None)
        if info.occurred_at is not None:
            self.occurred.setDateTime(to_qdatetime(info.occurred_at))
        self.people.setText("" if info.people_affected is None else str(info.people_affected))
        for kind, box in self.data_boxes.items():
            box.setChecked(kind in info.data_kinds)
        self.sensitive.setChecked(info.sensitive)
        self.financial.setChecked(info.financial_risk)
        self.unlawful.setChecked(info.unlawful_purpose)
        self.encrypted.setChecked(info.encrypted)

    def widgets(self) -> list[QWidget]:
        return [self.kind, self.noticed, self.occurred_known, self.occurred, self.people,
                *self.data_boxes.values(), self.sensitive, self.financial, self.unlawful, self.encrypted]



def deadline_text(r: service.ViolationInfo) -> str:
    d = r.assessment.deadlines
    if r.overdue and d is not None:
        due = r.overdue[0]
        last = d.preliminary_due if due is Due.PRELIMINARY else d.final_due
        return fill(QCoreApplication.translate("ViolationsPage", "OVERDUE: %1 was due by %2"), domain_text(due.label),
                    day_text(last))
    if r.next_deadline is not None:
        due, when = r.next_deadline
        return fill(QCoreApplication.translate("ViolationsPage", "%1 by %2"), domain_text(due.label),
                    day_text(when))
    return "—"


class DateRow:
    """"Done on [date]": a date the officer records, or nothing yet."""

    def __init__(self, object_name: str, label: str) -> None:
        self.done = QCheckBox(label)
        self.done.setObjectName(f"{object_name}Done")
        self.date = QDateEdit()
        self.date.setObjectName(object_name)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_EDIT_FORMAT)
        self.default: date | None = None
        optional_date(self.done, self.date, lambda: to_qdate(self.default) if self.default else BLANK_DAY)

    def set(self, value: date | None, default: date) -> None:
        self.default = default
        self.done.setChecked(value is not None)
        if value is not None:
            self.date.setDate(to_qdate(value))

    def value(self) -> date | None:
        return to_date(self.date.date()) if self.done.isChecked() else None
