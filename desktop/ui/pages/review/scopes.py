"""承認 → 事前承認範囲: the pre-approved scopes inside which staff may post without per-post approval."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import office_time
from desktop.domain.roles import ROLE_LABELS, Role
from desktop.domain.scopes import ScopeKind
from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.dates import DATE_EDIT_FORMAT, day_text, office_today, optional_date
from desktop.ui.pages.review.common import rows_model, run_change
from desktop.ui.post_text import account_label
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import note, say
from desktop.ui.widgets.table import selected_row, table_view


class ScopesTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopesTab")
        self.session = session
        self.accounts: dict[int, post_service.AccountInfo] = {}
        self.staff: dict[str, post_service.StaffMember] = {}
        self.model = rows_model(
            lambda: (
                self.tr("No."),
                self.tr("Kind"),
                self.tr("Accounts"),
                self.tr("Granted to"),
                self.tr("Valid"),
                self.tr("Status"),
            ),
            self._cells,
            self._colour,
        )
        self.table = table_view(self.model, "scopesTable")
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("scopeKind")
        for k in ScopeKind:
            self.kind.addItem(QCoreApplication.translate("Scopes", k.label), k.value)
        self.account_list = QListWidget()
        self.account_list.setObjectName("scopeAccounts")
        self.account_list.setMaximumHeight(80)
        self.user_list = QListWidget()
        self.user_list.setObjectName("scopeUsers")
        self.user_list.setMaximumHeight(80)
        roles = QHBoxLayout()
        self.role_checks: dict[str, QCheckBox] = {}
        for role in (Role.ADVISOR, Role.MANAGER):
            check = QCheckBox(fill(self.tr("Everyone with the role %1"), QCoreApplication.translate("Roles", ROLE_LABELS[role])))
            check.setObjectName(f"scopeRole_{role.value}")
            self.role_checks[role.value] = check
            roles.addWidget(check)
        self.has_from = QCheckBox(self.tr("From"))
        self.valid_from = QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat(DATE_EDIT_FORMAT)
        self.has_to = QCheckBox(self.tr("To"))
        self.has_to.setObjectName("scopeHasTo")
        self.valid_to = QDateEdit()
        self.valid_to.setObjectName("scopeValidTo")
        self.valid_to.setCalendarPopup(True)
        self.valid_to.setDisplayFormat(DATE_EDIT_FORMAT)
        for check, edit in ((self.has_from, self.valid_from), (self.has_to, self.valid_to)):
            optional_date(check, edit, lambda: office_today(self.session.now()))
        dates = QHBoxLayout()
        for w in (self.has_from, self.valid_from, self.has_to, self.valid_to):
            dates.addWidget(w)
        dates.addStretch(1)
        self.conditions = QPlainTextEdit()
        self.conditions.setObjectName("scopeConditions")
        self.conditions.setMaximumHeight(60)
        self.evidence = QLineEdit()
        self.evidence.setObjectName("scopeEvidence")
        self.kind.currentIndexChanged.connect(
            lambda: self.evidence.setPlaceholderText(
                QCoreApplication.translate("Scopes", ScopeKind(self.kind.currentData()).evidence_label)
            )
        )
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Accounts:"), self.account_list)
        form.addRow(self.tr("Granted to users:"), self.user_list)
        form.addRow(self.tr("Granted to roles:"), roles)
        form.addRow(self.tr("Valid:"), dates)
        form.addRow(self.tr("Conditions:"), self.conditions)
        form.addRow(self.tr("Evidence a post must carry:"), self.evidence)
        buttons = QHBoxLayout()
        self.grant_button = QPushButton(self.tr("Grant new scope"))
        self.grant_button.setObjectName("grantScope")
        self.change_button = QPushButton(self.tr("Save changes"))
        self.change_button.setObjectName("changeScope")
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.revoke_button.setObjectName("revokeScope")
        self.grant_button.clicked.connect(self.grant)
        self.change_button.clicked.connect(self.change)
        self.revoke_button.clicked.connect(self.revoke)
        for b in (self.grant_button, self.change_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.message = note(object_name="scopesMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Staff may post without per-post approval only inside a scope approved in advance: "
                    "(a) content already published on the homepage, (b) facts about events, "
                    "(c) established procedures, (d) confirmed Q&A."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _cells(self, s: post_service.ScopeInfo) -> tuple[str, ...]:
        accounts = ", ".join(self.accounts[a].name for a in sorted(s.account_ids) if a in self.accounts)
        who = [self.staff[u].display_name if u in self.staff else u[:8] for u in sorted(s.user_uids)]
        who += [QCoreApplication.translate("Roles", ROLE_LABELS[Role(r)]) for r in sorted(s.roles)]
        valid = fill(self.tr("%1 to %2"), day_text(s.valid_from) or "…", day_text(s.valid_to) or "…")
        today = office_time.office_date(self.session.now())
        status = (
            self.tr("Revoked")
            if s.revoked
            else self.tr("Valid")
            if s.valid_on(today)
            else self.tr("Not valid today")
        )
        return (str(s.id), QCoreApplication.translate("Scopes", s.kind.label), accounts, ", ".join(who), valid, status)

    @staticmethod
    def _colour(s: post_service.ScopeInfo) -> QColor | None:
        return theme.colour("row_muted") if s.revoked else None

    def refresh(self) -> None:
        try:
            self.accounts = {a.id: a for a in post_service.list_accounts(self.session, include_inactive=True)}
            self.staff = {u.uid: u for u in post_service.grantable_users(self.session)}
            scopes = post_service.list_scopes(self.session)
        except Exception as exc:  # noqa: BLE001
            say(self.message, error_text(exc), error=True)
            return
        self._fill_checklist(
            self.account_list, [(a.id, account_label(a)) for a in self.accounts.values() if a.active]
        )
        self._fill_checklist(
            self.user_list,
            [
                (u.uid, fill(self.tr("%1 (%2)"), u.display_name, QCoreApplication.translate("Roles", ROLE_LABELS[u.role])))
                for u in self.staff.values()
            ],
        )
        self.model.set_rows(scopes)

    def clear(self) -> None:
        self.model.set_rows([])
        self.account_list.clear()
        self.user_list.clear()

    @staticmethod
    def _fill_checklist(widget: QListWidget, items: list[tuple[object, str]]) -> None:
        widget.clear()
        for key, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)

    @staticmethod
    def _checked(widget: QListWidget) -> list:  # type: ignore[type-arg]
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def _set_checked(widget: QListWidget, keys: set) -> None:  # type: ignore[type-arg]
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in keys
                else Qt.CheckState.Unchecked
            )

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        s = self.model.rows[current.row()]
        self.kind.setCurrentIndex(self.kind.findData(s.kind.value))
        self._set_checked(self.account_list, set(s.account_ids))
        self._set_checked(self.user_list, set(s.user_uids))
        for role, check in self.role_checks.items():
            check.setChecked(role in s.roles)
        self.has_from.setChecked(s.valid_from is not None)
        self.has_to.setChecked(s.valid_to is not None)
        if s.valid_from:
            self.valid_from.setDate(QDate(s.valid_from.year, s.valid_from.month, s.valid_from.day))
        if s.valid_to:
            self.valid_to.setDate(QDate(s.valid_to.year, s.valid_to.month, s.valid_to.day))
        self.conditions.setPlainText(s.conditions)
        self.evidence.setText(s.evidence_required)

    def data(self) -> post_service.ScopeInput:
        return post_service.ScopeInput(
            kind=self.kind.currentData(),
            account_ids=self._checked(self.account_list),
            user_uids=self._checked(self.user_list),
            roles=[r for r, c in self.role_checks.items() if c.isChecked()],
            valid_from=cast(date, self.valid_from.date().toPython()) if self.has_from.isChecked() else None,
            valid_to=cast(date, self.valid_to.date().toPython()) if self.has_to.isChecked() else None,
            conditions=self.conditions.toPlainText(),
            evidence_required=self.evidence.text(),
        )

    def grant(self) -> None:
        run_change(
            self,
            lambda: post_service.grant_scope(self.session, self.data()),
            self.tr("The scope was granted."),
        )

    def change(self) -> None:
        s = selected_row(self.table)
        if s is None:
            say(self.message, self.tr("Choose a scope in the list first."), error=True)
            return
        run_change(
            self,
            lambda: post_service.change_scope(self.session, s.id, self.data()),
            self.tr("The scope was changed."),
        )

    def revoke(self) -> None:
        s = selected_row(self.table)
        if s is None:
            say(self.message, self.tr("Choose a scope in the list first."), error=True)
            return
        run_change(self, lambda: post_service.revoke_scope(self.session, s.id), self.tr("The scope was revoked."))
