"""The phone page: the script, the address with its helpers, the person, the outcome, today's entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import addresses
from desktop.domain.consent import Outcome
from desktop.domain.roles import Action, Area
from desktop.services import consent as consent_service
from desktop.services import reviews as review_service
from desktop.services import scripts as script_service
from desktop.services.session import Session
from desktop.ui import theme
from desktop.ui.consent_text import script_name, status_label
from desktop.ui.pages.phone.address_helper import AddressHelper, known_text
from desktop.ui.pages.phone.dialogs import CorrectionDialog, ScriptDialog
from desktop.ui.pages.phone.script_panel import ScriptPanel
from desktop.ui.pages.phone.today import TodayTable
from desktop.ui.pages.phone.yearly_review import YearlyReviewDialog, subject_label
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import buddy_label, page_shortcut
from desktop.ui.widgets.keys import KeyFilter


class PhonePage(QWidget):
    """Signals:
    saved(object): a CaptureResult after a successful save.
    """

    saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonePage")
        self.session = session
        self.script: script_service.ScriptView | None = None
        self.paragraph_checks: list[QCheckBox] = []
        self.known: consent_service.KnownAddress | None = None
        self._known_key: str | None = None
        self.check: addresses.AddressCheck | None = None
        self.keys = KeyFilter(self.save, self.clear_form, self)

        # --- review banner (managers, A9) and the script ------------------------------------
        self.banner = QLabel()
        self.banner.setObjectName("scriptReviewBanner")
        self.banner.setWordWrap(True)
        theme.set_role(self.banner, "banner-warning")
        self.banner.hide()
        self.yearly_button = QPushButton(self.tr("&Yearly review…"))
        self.yearly_button.setObjectName("openYearlyReview")
        self.yearly_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Alt+Y; the Tab chain stays the desk's
        self.yearly_button.setVisible(review_service.can_view(session))
        self.yearly_button.clicked.connect(self.open_yearly_review)
        script_frame = ScriptPanel()
        self.script_title = script_frame.title
        self.lang = script_frame.lang
        self.lang.currentIndexChanged.connect(lambda _i: self.load_script())
        self.manage_scripts = script_frame.manage
        self.manage_scripts.setVisible(session.can(Action.SCRIPTS_PUBLISH))
        self.manage_scripts.clicked.connect(self.open_script_dialog)
        self.script_panel = script_frame

        # --- address -------------------------------------------------------------------------
        self.address = QLineEdit()
        self.address.setObjectName("phoneAddress")
        self.address.setPlaceholderText(self.tr("E-mail address as the caller says it"))
        theme.scaled_font(self.address, 1.55)
        self.address.textChanged.connect(self._address_changed)
        self.helper = AddressHelper()
        self.normalised = self.helper.normalised
        self.problem = self.helper.problem
        self.suggest = self.helper.suggest
        self.suggest.clicked.connect(self.apply_suggestion)
        self.doubt = self.helper.doubt
        self.doubt_buttons = self.helper.doubt_buttons
        for i, b in enumerate(self.doubt_buttons):
            b.clicked.connect(lambda _=False, i=i: self.apply_doubt(i))
        self.warnings = self.helper.warnings
        self.known_box = self.helper.known_box
        self.readback = QLabel()
        self.readback.setObjectName("readBack")
        self.readback.setWordWrap(True)
        self.readback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readback.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.readback.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        theme.scaled_font(self.readback, 1.25)
        self.readback.setMinimumHeight(self.readback.fontMetrics().boundingRect(0, 0, 999, 99, 0, "ア\nア").height())
        self.lookup_timer = QTimer(self)
        self.lookup_timer.setSingleShot(True)
        self.lookup_timer.setInterval(300)
        self.lookup_timer.timeout.connect(self.lookup_now)

        # --- person and evidence ---------------------------------------------------------------
        self.name = QLineEdit()
        self.name.setObjectName("phoneName")
        self.furigana = QLineEdit()
        self.furigana.setObjectName("phoneFurigana")
        self.memo = QLineEdit()
        self.memo.setObjectName("phoneMemo")
        self.recording = QLineEdit()
        self.recording.setObjectName("phoneRecording")
        self.recording.setPlaceholderText(self.tr("e.g. the call-recording ID"))

        # --- outcome ---------------------------------------------------------------------------
        self.agreed = QRadioButton(self.tr("&Agreed"))
        self.agreed.setObjectName("outcomeAgreed")
        self.refused = QRadioButton(self.tr("&Refused"))
        self.refused.setObjectName("outcomeRefused")
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.addButton(self.agreed)
        self.outcome_group.addButton(self.refused)
        for radio, role in ((self.agreed, "ok-strong"), (self.refused, "error-strong")):
            theme.scaled_font(radio, 1.35)
            theme.set_role(radio, role)
        self.agreed_hint = QLabel()
        self.agreed_hint.setObjectName("agreedHint")
        theme.set_role(self.agreed_hint, "hint")
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear (Esc)"))
        self.clear_button.setObjectName("clearButton")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.clear_button.clicked.connect(self.clear_form)
        self.result = QLabel()
        self.result.setObjectName("saveResult")
        self.result.setWordWrap(True)
        theme.scaled_font(self.result, 1.15)

        # --- today's entries -----------------------------------------------------------------
        self.today = TodayTable()
        self.today_rows: list[consent_service.TodayEntry] = []
        self.correct_button = QPushButton(self.tr("&Correct the selected entry…"))
        self.correct_button.setObjectName("correctButton")
        self.correct_button.clicked.connect(self.open_correction)
        self.correction_dialog: CorrectionDialog | None = None

        # --- layout --------------------------------------------------------------------------
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        address_label = QLabel(self.tr("E-mail address:"))
        address_label.setBuddy(self.address)
        form.addWidget(address_label, 0, 0)
        form.addWidget(self.address, 0, 1)
        form.addWidget(self.helper, 1, 1)
        readback_label = QLabel(self.tr("Read back:"))
        readback_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addWidget(readback_label, 2, 0)
        form.addWidget(self.readback, 2, 1)
        person = QGridLayout()
        person.addWidget(buddy_label(self.tr("Name:"), self.name), 0, 0)
        person.addWidget(self.name, 0, 1)
        person.addWidget(buddy_label(self.tr("Furigana:"), self.furigana), 0, 2)
        person.addWidget(self.furigana, 0, 3)
        person.addWidget(buddy_label(self.tr("Memo:"), self.memo), 1, 0)
        person.addWidget(self.memo, 1, 1)
        person.addWidget(buddy_label(self.tr("Call recording:"), self.recording), 1, 2)
        person.addWidget(self.recording, 1, 3)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.agreed)
        outcome_row.addSpacing(24)
        outcome_row.addWidget(self.refused)
        outcome_row.addSpacing(16)
        outcome_row.addWidget(self.agreed_hint, 1)
        outcome_row.addWidget(self.clear_button)
        outcome_row.addWidget(self.save_button)
        today_head = QHBoxLayout()
        title = buddy_label(self.tr("Today's entries"), self.today)
        theme.set_role(title, "emphasis")
        today_head.addWidget(title, 1)
        today_head.addWidget(self.correct_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.yearly_button)
        layout.addLayout(banner_row)
        layout.addWidget(script_frame)
        layout.addLayout(form)
        layout.addLayout(person)
        layout.addLayout(outcome_row)
        layout.addWidget(self.result)
        layout.addLayout(today_head)
        layout.addWidget(self.today, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.keys.alt = {
            int(Qt.Key.Key_S): self.apply_suggestion,
            int(Qt.Key.Key_A): self._pick_agreed,
            int(Qt.Key.Key_R): self._pick_refused,
            int(Qt.Key.Key_C): self.open_correction,
        }
        for w in (self.address, self.name, self.furigana, self.memo, self.recording, self.agreed, self.refused,
                  self.save_button, self.today, self.correct_button, self.suggest, *self.doubt_buttons):
            w.installEventFilter(self.keys)
        page_shortcut(self, "Ctrl+Return", self.tr("Phone entry: save the entry"), self.save)
        QWidget.setTabOrder(self.save_button, self.today)
        QWidget.setTabOrder(self.today, self.correct_button)
        self._update_outcome_state()

    # --- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.session.locked:
            return
        if self.script is None:
            self.load_script()
        self.load_today()
        self._update_banner()
        self.address.setFocus()

    def clear(self) -> None:
        """On lock: no personal data stays on screen (open dialogs are closed)."""
        if self.correction_dialog is not None:
            self.correction_dialog.close()
            self.correction_dialog = None
        self.clear_form()
        self.today.setRowCount(0)
        self.today_rows = []
        self.result.clear()

    def load_script(self) -> None:
        if self.session.locked:
            return
        try:
            self.script = script_service.current(self.session, "phone", self.lang.currentData() or "ja")
        except Exception as exc:  # noqa: BLE001
            self.script = None
            self.script_title.setText(error_text(exc))
            return
        script = self.script
        self.paragraph_checks = self.script_panel.show_script(script_name(script.title, script.published_at), script.paragraphs, self.keys,
                                                              self._update_outcome_state)
        previous: QWidget = self.address
        for check in self.paragraph_checks:
            QWidget.setTabOrder(previous, check)
            previous = check
        for w in (self.name, self.furigana, self.memo, self.recording, self.agreed, self.refused, self.save_button):
            QWidget.setTabOrder(previous, w)
            previous = w
        self._update_outcome_state()
        self._update_readback()

    def _update_banner(self) -> None:
        try:
            warnings = review_service.review_warnings(self.session)
        except Exception:  # noqa: BLE001
            warnings = []
        if not warnings:
            self.banner.hide()
            return
        subjects = self.tr(", ").join(subject_label(w.subject) for w in warnings)
        if any(review_service.can_record(self.session, w.subject) for w in warnings):
            text = self.tr("Not reviewed for over a year: %1. Check them and record the review (Yearly review…).")
        else:
            text = self.tr("Not reviewed for over a year: %1. Ask a manager to check them and record the review.")
        self.banner.setText(fill(text, subjects))
        self.banner.show()

    def load_today(self) -> None:
        if self.session.locked:
            return
        try:
            entries = consent_service.today_entries(self.session)
        except Exception as exc:  # noqa: BLE001
            self.result.setText(error_text(exc))
            return
        self.today_rows = entries
        self.today.set_entries(entries)

    # --- address helpers ---------------------------------------------------------------------
    def _address_changed(self, text: str) -> None:
        self.result.clear()
        self.check = addresses.check(text) if text.strip() else None
        check = self.check
        self.helper.show_check(check)
        self._update_readback()
        key = addresses.canonical_key(text) if check is not None and check.valid else None
        if key != self._known_key:
            self.known = None
            self._known_key = None
            self._show_known()
        if key is not None:
            self.lookup_timer.start()
        else:
            self.lookup_timer.stop()

    def _update_readback(self) -> None:
        check = self.check
        if check is None or not check.normalised:
            self.readback.clear()
            return
        lang = self.lang.currentData() or "ja"
        self.readback.setText(addresses.spell_out_line(check.normalised, lang))

    def _pick_agreed(self) -> None:
        if self.agreed.isEnabled():
            self.agreed.setChecked(True)
            self.agreed.setFocus()

    def _pick_refused(self) -> None:
        self.refused.setChecked(True)
        self.refused.setFocus()

    def apply_suggestion(self) -> None:
        if self.check is not None and self.check.suggestion is not None:
            self.address.setText(self.check.suggestion.address)
            self.address.setFocus()

    def apply_doubt(self, index: int) -> None:
        if self.check is not None and self.check.doubt is not None and index < len(self.check.doubt.addresses):
            self.address.setText(self.check.doubt.addresses[index])
            self.address.setFocus()

    def lookup_now(self) -> None:
        self.lookup_timer.stop()
        check = self.check
        if check is None or not check.valid or self.session.locked:
            return
        key = addresses.canonical_key(check.normalised)
        if key == self._known_key:
            return
        try:
            self.known = consent_service.lookup(self.session, check.normalised)
        except Exception as exc:  # noqa: BLE001
            self.helper.show_known(error_text(exc))
            return
        self._known_key = key
        self._show_known()

    def _show_known(self) -> None:
        known = self.known
        self.helper.show_known(None if known is None else known_text(known),
                               alert=known is not None and known.needs_explicit_agreement)
        self._update_outcome_state()

    # --- outcome -------------------------------------------------------------------------------
    def script_read(self) -> bool:
        return bool(self.paragraph_checks) and all(c.isChecked() for c in self.paragraph_checks)

    def _update_outcome_state(self) -> None:
        read = self.script_read()
        self.agreed.setEnabled(read)
        if not read and self.agreed.isChecked():
            self.outcome_group.setExclusive(False)
            self.agreed.setChecked(False)
            self.outcome_group.setExclusive(True)
        if not read:
            self.agreed_hint.setText(self.tr("Agreed is possible once every paragraph is ticked as read."))
        elif self.known is not None and self.known.needs_explicit_agreement:
            self.agreed_hint.setText(self.tr("Agreed now puts the address back on the send list."))
        else:
            self.agreed_hint.clear()

    def outcome(self) -> Outcome | None:
        if self.agreed.isChecked():
            return Outcome.AGREED
        if self.refused.isChecked():
            return Outcome.REFUSED
        return None

    def _show_result(self, text: str, ok: bool) -> None:
        self.result.setText(text)
        theme.set_role(self.result, "ok-strong" if ok else "error-strong")

    # --- save and clear ------------------------------------------------------------------------
    def save(self) -> None:
        if self.session.locked:
            return
        if self.script is None:
            self.load_script()
            if self.script is None:
                return
        outcome = self.outcome()
        if outcome is None:
            self._show_result(self.tr("Choose whether the caller agreed or refused."), False)
            return
        self.lookup_timer.stop()
        try:
            result = consent_service.capture_phone(
                self.session, address=self.address.text(), outcome=outcome,
                script=consent_service.ScriptShown.of(self.script), script_read_confirmed=self.script_read(),
                name=self.name.text(), furigana=self.furigana.text(), memo=self.memo.text(),
                recording_ref=self.recording.text())
        except Exception as exc:  # noqa: BLE001 - shown, nothing saved
            self._show_result(error_text(exc), False)
            if getattr(exc, "context", "") == "Scripts":  # a new version was published: show it to be read
                self.load_script()
            self.address.setFocus()
            return
        address = addresses.normalise(self.address.text())
        self.clear_form()
        if result.rejoined:
            message = fill(self.tr("Saved: %1 agreed again and is back on the send list."), address)
        elif outcome is Outcome.AGREED and result.eligible:
            message = fill(self.tr("Saved: %1 agreed and is on the send list."), address)
        elif outcome is Outcome.AGREED:
            message = fill(self.tr("Saved: %1 agreed, but is not on the send list: %2"), address,
                           QCoreApplication.translate("Eligibility", result.detail))
        elif result.left_list:
            message = fill(self.tr("Saved: %1 refused and has left the send list."), address)
        else:
            message = fill(self.tr("Saved: %1 refused; no e-mail will be sent to it."), address)
        self._show_result(message, True)
        self.load_today()
        self.saved.emit(result)

    def clear_form(self) -> None:
        self.lookup_timer.stop()
        for w in (self.address, self.name, self.furigana, self.memo, self.recording):
            w.clear()
        for c in self.paragraph_checks:
            c.setChecked(False)
        self.outcome_group.setExclusive(False)
        self.agreed.setChecked(False)
        self.refused.setChecked(False)
        self.outcome_group.setExclusive(True)
        self.known = None
        self._known_key = None
        self._show_known()
        self._update_outcome_state()
        self.address.setFocus()

    # --- corrections ---------------------------------------------------------------------------
    def selected_entry(self) -> consent_service.TodayEntry | None:
        rows = self.today.selectionModel().selectedRows()
        if rows:
            return self.today_rows[rows[0].row()]
        row = self.today.currentRow()
        return self.today_rows[row] if 0 <= row < len(self.today_rows) else None

    def open_correction(self) -> CorrectionDialog | None:
        entry = self.selected_entry()
        if entry is None:
            self._show_result(self.tr("Select the entry to correct in the list of today's entries."), False)
            return None
        if entry.superseded:
            self._show_result(self.tr("This entry has already been corrected. Correct the latest correction."),
                              False)
            return None
        dialog = CorrectionDialog(self.session, entry, self)
        dialog.corrected.connect(self._corrected)
        self.correction_dialog = dialog
        dialog.open()
        return dialog

    def _corrected(self, result: consent_service.CaptureResult) -> None:
        self._show_result(fill(self.tr("Correction saved. The address is now: %1."), status_label(result.status)),
                          True)
        self.load_today()
        self.address.setFocus()

    def open_script_dialog(self) -> ScriptDialog:
        dialog = ScriptDialog(self.session, self)
        dialog.published.connect(self._script_published)
        dialog.open()
        return dialog

    def open_yearly_review(self) -> YearlyReviewDialog:
        dialog = YearlyReviewDialog(self.session, self)
        dialog.recorded.connect(self._script_published)
        dialog.open()
        return dialog

    def _script_published(self) -> None:
        self.load_script()
        self._update_banner()


def _page(session: Session, parent: QWidget) -> QWidget:
    return PhonePage(session, parent)


PAGES = {Area.PHONE: _page}
