"""電話受付 — the phone-call entry screen an advisor keeps open all day (design A3, A4).

Keyboard first: the address field has the focus; Tab walks address → script paragraphs →
name → furigana → memo → call recording → agreed / refused → save. Space ticks a paragraph
as read; "agreed" can be chosen only when every paragraph is ticked. Ctrl+Enter saves, Esc
clears, and after saving the focus is back in the address field. The address is normalised
quietly as it is typed (the normalised form is shown), typo suggestions and carrier doubts
are offered, and a read-back line spells it letter by letter. An address already known shows
its status and history before saving. Today's entries are listed below; a mistaken one is
corrected with a new, audited correction (Alt+C).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import addresses
from desktop.domain.consent import Outcome
from desktop.domain.roles import Action, Area
from desktop.services import consent as consent_service
from desktop.services import scripts as script_service
from desktop.services.session import Session
from desktop.ui.dates import local_time
from desktop.ui.pages.contacts import outcome_label, status_label, timeline_text
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import error_label, hint, ok_cancel_buttons

SCRIPT_LANGUAGES = (("ja", "日本語"), ("en", "English"))


def _tr(text: str, ctx: str = "Address") -> str:
    return QCoreApplication.translate(ctx, text)


def _show(label: QLabel, text: str) -> None:
    """Set a label's text and hide it while empty (no blank lines in the form)."""
    label.setText(text)
    label.setVisible(bool(text))


class KeyFilter(QObject):
    """Ctrl+Enter saves, Esc clears, Alt+<letter> runs the page's keyboard commands, wherever the
    focus is on the page (the mnemonics shown on the buttons say which letter)."""

    def __init__(self, on_save: Callable[[], None], on_clear: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.on_save = on_save
        self.on_clear = on_clear
        self.alt: dict[int, Callable[[], object]] = {}  # results are ignored

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.on_save()
                return True
            if key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
                self.on_clear()
                return True
            if mods == Qt.KeyboardModifier.AltModifier and key in self.alt:
                self.alt[key]()
                return True
        return False


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
        self.banner.setStyleSheet("background: #fff4ce; color: #6b4e00; padding: 6px; border-radius: 4px;")
        self.banner.hide()
        self.script_title = QLabel()
        self.script_title.setObjectName("scriptTitle")
        self.script_title.setStyleSheet("font-weight: bold; color: #1f5fa8;")
        self.lang = QComboBox()
        self.lang.setObjectName("scriptLanguage")
        for code, name in SCRIPT_LANGUAGES:
            self.lang.addItem(name, code)
        self.lang.currentIndexChanged.connect(lambda _i: self.load_script())
        self.lang.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.manage_scripts = QPushButton(self.tr("Script versions…"))
        self.manage_scripts.setObjectName("manageScripts")
        self.manage_scripts.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.manage_scripts.setVisible(session.can(Action.SCRIPTS_PUBLISH))
        self.manage_scripts.clicked.connect(self.open_script_dialog)
        head = QHBoxLayout()
        head.addWidget(self.script_title, 1)
        head.addWidget(QLabel(self.tr("Caller's language:")))
        head.addWidget(self.lang)
        head.addWidget(self.manage_scripts)
        self.paragraph_box = QVBoxLayout()
        self.paragraph_box.setSpacing(8)
        script_frame = QFrame()
        script_frame.setObjectName("scriptFrame")
        script_frame.setStyleSheet("#scriptFrame { background: #f5f8fc; border: 1px solid #c9d6e8; border-radius: 6px; }")
        frame_layout = QVBoxLayout(script_frame)
        frame_layout.addLayout(head)
        frame_layout.addLayout(self.paragraph_box)
        self.read_hint = QLabel(self.tr("Tick each paragraph (Space) once you have read it to the caller."))
        self.read_hint.setStyleSheet("color: #555;")
        frame_layout.addWidget(self.read_hint)

        # --- address -------------------------------------------------------------------------
        self.address = QLineEdit()
        self.address.setObjectName("phoneAddress")
        self.address.setPlaceholderText(self.tr("E-mail address as the caller says it"))
        font = self.address.font()
        font.setPointSize(font.pointSize() + 5)
        self.address.setFont(font)
        self.address.textChanged.connect(self._address_changed)
        self.normalised = QLabel()
        self.normalised.setObjectName("normalisedAddress")
        self.normalised.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setObjectName("addressProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.suggest = QPushButton()
        self.suggest.setObjectName("suggestButton")
        self.suggest.setStyleSheet("text-align: left;")
        self.suggest.clicked.connect(self.apply_suggestion)
        self.suggest.hide()
        self.doubt = QLabel()
        self.doubt.setObjectName("domainDoubt")
        self.doubt.setWordWrap(True)
        self.doubt.setStyleSheet("color: #6b4e00;")
        self.doubt_buttons = [QPushButton(), QPushButton()]
        for i, b in enumerate(self.doubt_buttons):
            b.setObjectName(f"doubtChoice{i}")
            b.clicked.connect(lambda _=False, i=i: self.apply_doubt(i))
            b.hide()
        self.warnings = QLabel()
        self.warnings.setObjectName("addressWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a05a00;")
        self.readback = QLabel()
        self.readback.setObjectName("readBack")
        self.readback.setWordWrap(True)
        self.readback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readback.setStyleSheet("color: #1f3b5a; font-size: 15px;")
        self.known_box = QLabel()
        self.known_box.setObjectName("knownAddress")
        self.known_box.setWordWrap(True)
        self.known_box.setTextFormat(Qt.TextFormat.PlainText)
        self.known_box.setStyleSheet("background: #eef3f9; padding: 6px; border-radius: 4px;")
        self.known_box.hide()
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
        for radio, colour in ((self.agreed, "#1b7a3a"), (self.refused, "#b00020")):
            radio.setStyleSheet(f"QRadioButton {{ font-size: 16px; font-weight: bold; color: {colour}; }}")
        self.agreed_hint = QLabel()
        self.agreed_hint.setObjectName("agreedHint")
        self.agreed_hint.setStyleSheet("color: #555;")
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

        # --- today's entries -----------------------------------------------------------------
        self.today = QTableWidget(0, 4)
        self.today.setObjectName("todayEntries")
        self.today.setHorizontalHeaderLabels([self.tr("Time"), self.tr("E-mail address"), self.tr("Outcome"),
                                              self.tr("Note")])
        self.today.verticalHeader().hide()
        self.today.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.today.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.today.setMinimumHeight(120)
        self.today.setTabKeyNavigation(False)
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
        helper = QWidget()
        helper_layout = QVBoxLayout(helper)
        helper_layout.setContentsMargins(0, 0, 0, 0)
        helper_layout.setSpacing(3)
        helper_layout.addWidget(self.normalised)
        helper_layout.addWidget(self.problem)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggest)
        suggest_row.addWidget(self.doubt, 1)
        for b in self.doubt_buttons:
            suggest_row.addWidget(b)
        helper_layout.addLayout(suggest_row)
        helper_layout.addWidget(self.warnings)
        helper_layout.addWidget(self.known_box)
        for label in (self.normalised, self.problem, self.doubt, self.warnings, self.known_box, self.readback):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        helper.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form.addWidget(helper, 1, 1)
        readback_label = QLabel(self.tr("Read back:"))
        readback_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addWidget(readback_label, 2, 0)
        form.addWidget(self.readback, 2, 1)
        person = QGridLayout()
        person.addWidget(QLabel(self.tr("Name:")), 0, 0)
        person.addWidget(self.name, 0, 1)
        person.addWidget(QLabel(self.tr("Furigana:")), 0, 2)
        person.addWidget(self.furigana, 0, 3)
        person.addWidget(QLabel(self.tr("Memo:")), 1, 0)
        person.addWidget(self.memo, 1, 1)
        person.addWidget(QLabel(self.tr("Call recording:")), 1, 2)
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
        title = QLabel(self.tr("Today's entries"))
        title.setStyleSheet("font-weight: bold;")
        today_head.addWidget(title, 1)
        today_head.addWidget(self.correct_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.banner)
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
        QWidget.setTabOrder(self.save_button, self.today)
        QWidget.setTabOrder(self.today, self.correct_button)
        for label in (self.normalised, self.problem, self.doubt, self.warnings):
            label.hide()
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
        for check in self.paragraph_checks:
            check.removeEventFilter(self.keys)
        while self.paragraph_box.count():
            item = self.paragraph_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.paragraph_checks = []
        script = self.script
        self.script_title.setText(fill(self.tr("Consent script (%1)"), script.version_id))
        previous: QWidget = self.address
        for number, paragraph in enumerate(script.paragraphs, start=1):
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            check = QCheckBox(f"&{number}")
            check.setObjectName(f"paragraphRead{number}")
            check.setToolTip(self.tr("Read to the caller"))
            check.toggled.connect(lambda _on: self._update_outcome_state())
            check.installEventFilter(self.keys)
            text = QLabel(paragraph)
            text.setObjectName(f"paragraphText{number}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setStyleSheet("font-size: 19px; line-height: 140%; color: #10243e;")
            text.setBuddy(check)
            row_layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(text, 1)
            self.paragraph_box.addWidget(row)
            self.paragraph_checks.append(check)
            QWidget.setTabOrder(previous, check)
            previous = check
        for w in (self.name, self.furigana, self.memo, self.recording, self.agreed, self.refused, self.save_button):
            QWidget.setTabOrder(previous, w)
            previous = w
        self._update_outcome_state()
        self._update_readback()

    def _update_banner(self) -> None:
        try:
            warnings = script_service.review_warnings(self.session)
        except Exception:  # noqa: BLE001
            warnings = []
        if not warnings:
            self.banner.hide()
            return
        keys = ", ".join(w.key for w in warnings)
        self.banner.setText(fill(self.tr(
            "These consent scripts have not been reviewed for over a year: %1. Review them (Script versions…) "
            "and publish a new version or mark them as reviewed."), keys))
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
        self.today.setRowCount(len(entries))
        for row, e in enumerate(entries):
            if e.kind == "correction":
                outcome = outcome_label(e.outcome) if e.outcome else self.tr("Voided")
                note = fill(self.tr("Correction of #%1"), e.corrects_id or "")
            elif e.kind == "rejoin":
                outcome, note = outcome_label(e.outcome), self.tr("Re-joined")
            else:
                outcome, note = outcome_label(e.outcome), ""
            if e.superseded:
                note = (note + " " if note else "") + self.tr("(corrected)")
            cells = [local_time(e.recorded_at)[11:], e.address or self.tr("(deleted)"), outcome, note]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2 and e.outcome:
                    item.setForeground(QColor("#1b7a3a" if e.outcome == Outcome.AGREED.value else "#b00020"))
                if e.superseded:
                    item.setForeground(QColor("#888888"))
                self.today.setItem(row, col, item)
        self.today.resizeColumnToContents(0)
        self.today.resizeColumnToContents(2)

    # --- address helpers ---------------------------------------------------------------------
    def _address_changed(self, text: str) -> None:
        self.result.clear()
        self.check = addresses.check(text) if text.strip() else None
        check = self.check
        self.suggest.hide()
        for b in self.doubt_buttons:
            b.hide()
        self.doubt.clear()
        if check is None:
            _show(self.normalised, "")
            _show(self.problem, "")
            _show(self.warnings, "")
        else:
            _show(self.normalised, fill(self.tr("Will be saved as: %1"), check.normalised))
            _show(self.problem, fill(_tr(check.problem.message), *check.error_params) if check.problem else "")
            if check.suggestion is not None:
                self.suggest.setText(fill(self.tr("Did you mean %1? (Alt+S)"), check.suggestion.address))
                self.suggest.show()
            if check.doubt is not None:
                self.doubt.setText(_tr(check.doubt.explanation))
                for b, (choice, address) in zip(self.doubt_buttons, zip(check.doubt.choices, check.doubt.addresses,
                                                                         strict=False), strict=False):
                    b.setText(choice)
                    b.setToolTip(address)
                    b.show()
            notes = [_tr(w.message) for w in check.warnings] + [_tr(h.message) for h in check.hints]
            _show(self.warnings, "\n".join(notes))
        self.doubt.setVisible(bool(self.doubt.text()))
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
            self.known_box.setText(error_text(exc))
            self.known_box.show()
            return
        self._known_key = key
        self._show_known()

    def _show_known(self) -> None:
        known = self.known
        if known is None:
            self.known_box.hide()
            self.known_box.clear()
            self._update_outcome_state()
            return
        lines: list[str] = []
        if known.erased:
            lines.append(self.tr("This address was deleted at the person's request. It can be added again only "
                                 "with a new, explicit agreement now."))
        elif known.contact is not None:
            view = known.contact
            lines.append(fill(self.tr("Known address: %1 — %2"), status_label(view.status),
                              QCoreApplication.translate("Eligibility", view.detail)))
            if view.name:
                lines.append(fill(self.tr("Name on record: %1"), view.name))
            if known.needs_explicit_agreement:
                lines.append(self.tr("This address refused or unsubscribed earlier. It joins the send list again "
                                     "only if the caller now agrees explicitly."))
            for entry in list(known.history)[-5:]:
                lines.append("• " + timeline_text(entry).split("\n")[0])
        self.known_box.setText("\n".join(lines))
        colour = "#fdecec" if known.needs_explicit_agreement else "#eef3f9"
        self.known_box.setStyleSheet(f"background: {colour}; padding: 6px; border-radius: 4px;")
        self.known_box.show()
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
        self.result.setStyleSheet(f"color: {'#1b7a3a' if ok else '#b00020'}; font-weight: bold; font-size: 14px;")

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

    def _script_published(self) -> None:
        self.load_script()
        self._update_banner()


class CorrectionDialog(QDialog):
    """Correct a mistaken entry: the other outcome was meant, or it should not exist at all.

    Signals:
        corrected(object): the CaptureResult of the correction.
    """

    corrected = Signal(object)

    def __init__(self, session: Session, entry: consent_service.TodayEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct an entry"))
        self.session = session
        self.entry = entry
        other = Outcome.REFUSED if entry.outcome == Outcome.AGREED.value else Outcome.AGREED
        self.other = other
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(self.tr("Entry #%1 for %2 (%3). The original stays in the history."),
                                     entry.event_id, entry.address or "", outcome_label(entry.outcome))))
        self.to_other = QRadioButton(fill(self.tr("The caller actually answered: %1"), outcome_label(other.value)))
        self.to_other.setObjectName("correctOutcome")
        self.void = QRadioButton(self.tr("Entered by mistake (wrong caller or address): void it"))
        self.void.setObjectName("correctVoid")
        self.to_other.setChecked(True)
        if entry.outcome is None:
            self.to_other.setEnabled(False)
            self.void.setChecked(True)
        self.read = QCheckBox(self.tr("The consent script was read to the caller"))
        self.read.setObjectName("correctRead")
        self.read.setVisible(other is Outcome.AGREED)
        self.reason = QLineEdit()
        self.reason.setObjectName("correctReason")
        self.reason.setPlaceholderText(self.tr("Why is it corrected?"))
        self.status = error_label("correctStatus")
        layout.addWidget(self.to_other)
        layout.addWidget(self.read)
        layout.addWidget(self.void)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.status)
        self.buttons = ok_cancel_buttons(self, self.submit)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def submit(self) -> None:
        try:
            if self.void.isChecked():
                result = consent_service.correct_event(self.session, self.entry.event_id, reason=self.reason.text(),
                                                       void=True)
            else:
                result = consent_service.correct_event(
                    self.session, self.entry.event_id, reason=self.reason.text(), outcome=self.other,
                    script_read_confirmed=self.read.isChecked() if self.other is Outcome.AGREED else None)
        except Exception as exc:  # noqa: BLE001 - shown, nothing saved
            self.status.setText(error_text(exc))
            return
        self.corrected.emit(result)
        self.accept()


class ScriptDialog(QDialog):
    """Managers: publish a new version of the phone script, or mark it as reviewed (A9).

    Signals:
        published(): a version was published or marked as reviewed.
    """

    published = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, key: str = "phone") -> None:
        super().__init__(parent)
        self.setObjectName("scriptDialog")
        self.setWindowTitle(self.tr("Consent script versions"))
        self.resize(720, 560)
        self.session = session
        self.key = key
        layout = QVBoxLayout(self)
        self.versions = QLabel()
        self.versions.setObjectName("scriptVersions")
        self.versions.setWordWrap(True)
        layout.addWidget(self.versions)
        form = QFormLayout()
        self.version = QLineEdit()
        self.version.setObjectName("newScriptVersion")
        self.text_ja = QPlainTextEdit()
        self.text_ja.setObjectName("newScriptJa")
        self.text_en = QPlainTextEdit()
        self.text_en.setObjectName("newScriptEn")
        form.addRow(self.tr("New version name:"), self.version)
        form.addRow(self.tr("Japanese (one paragraph per block, blank line between):"), self.text_ja)
        form.addRow(self.tr("English:"), self.text_en)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Write {office} where the office name goes. Earlier records keep the exact text they "
            "were captured with.")))
        self.status = error_label("scriptStatus", red=False)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Mark the current version as reviewed"))
        self.review_button.clicked.connect(self.mark_reviewed)
        self.publish_button = QPushButton(self.tr("Publish the new version"))
        self.publish_button.setObjectName("publishScript")
        self.publish_button.clicked.connect(self.publish)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.review_button)
        row.addStretch(1)
        row.addWidget(self.publish_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        try:
            versions = script_service.versions(self.session, self.key)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return
        lines = [fill(self.tr("%1 — published %2, reviewed %3"), v.version_id, local_time(v.published_at),
                      local_time(v.reviewed_at)) for v in versions]
        self.versions.setText("\n".join(lines))
        if versions:
            current = versions[0]
            self.text_ja.setPlainText("\n\n".join(p.replace(self.session.settings().office_name, "{office}")
                                                  for p in current.paragraphs))
            en = script_service.render_version(self.session, current.version_row_id, "en")
            self.text_en.setPlainText("\n\n".join(p.replace(self.session.settings().office_name, "{office}")
                                                  for p in en.paragraphs))

    @staticmethod
    def _paragraphs(text: str) -> list[str]:
        return [p.strip() for p in text.replace("\r", "").split("\n\n") if p.strip()]

    def publish(self) -> None:
        try:
            script_service.publish(self.session, self.key, version=self.version.text(), paragraphs={
                "ja": self._paragraphs(self.text_ja.toPlainText()), "en": self._paragraphs(self.text_en.toPlainText())})
        except Exception as exc:  # noqa: BLE001
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(error_text(exc))
            return
        self.status.setStyleSheet("color: #1b7a3a;")
        self.status.setText(self.tr("Published."))
        self.load()
        self.published.emit()

    def mark_reviewed(self) -> None:
        try:
            script_service.mark_reviewed(self.session, self.key)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(error_text(exc))
            return
        self.status.setStyleSheet("color: #1b7a3a;")
        self.status.setText(self.tr("Marked as reviewed."))
        self.load()
        self.published.emit()


def _page(session: Session, parent: QWidget) -> QWidget:
    return PhonePage(session, parent)


PAGES = {Area.PHONE: _page}


def _shot_phone(out: Path, lang: str, data_dir: Path, shot_main: Callable[..., None]) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, PhonePage)
        page.refresh()
        page.address.setText("Ｓｈｉｏｒｉ．Ｍｏｒｉ＠ｇｍｉａｌ．ｃｏｍ")
        page.name.setText("森 しおり")
        page.furigana.setText("モリ シオリ")
        page.recording.setText("REC-2026-2211")
        if page.paragraph_checks:
            page.paragraph_checks[0].setChecked(True)

    shot_main(out, lang, data_dir, "advisor", Area.PHONE, "phone_entry", prepare)

    def prepare_known(page: QWidget) -> None:
        assert isinstance(page, PhonePage)
        page.refresh()
        page.address.setText("hina.ito@example.org")
        page.lookup_now()
        for c in page.paragraph_checks:
            c.setChecked(True)
        page.agreed.setChecked(True)

    shot_main(out, lang, data_dir, "advisor", Area.PHONE, "phone_known", prepare_known)


SCREENSHOTS = [_shot_phone]

__all__ = ["PAGES", "SCREENSHOTS", "CorrectionDialog", "PhonePage", "ScriptDialog"]
