"""承認 → 語句リスト: the word lists the screening uses, per category, changed by managers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.screening import Severity
from desktop.services import wordlists as wordlist_service
from desktop.services.session import Session
from desktop.ui.dates import local_time
from desktop.ui.pages.review.common import run_change
from desktop.ui.text import error_text, fill, rules_text
from desktop.ui.widgets.forms import note, say


class WordListsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordListsTab")
        self.session = session
        self.infos: list[wordlist_service.WordListInfo] = []
        self.categories = QListWidget()
        self.categories.setObjectName("wordListCategories")
        self.categories.currentRowChanged.connect(self._chosen)
        right = QWidget()
        rl = QVBoxLayout(right)
        self.about = note(object_name="wordListAbout")
        rl.addWidget(self.about)
        form = QFormLayout()
        self.severity = QComboBox()
        self.severity.setObjectName("wordListSeverity")
        for s in Severity:
            self.severity.addItem(QCoreApplication.translate("Screening", s.label), s.key)
        form.addRow(self.tr("Severity:"), self.severity)
        rl.addLayout(form)
        rl.addWidget(QLabel(self.tr("Words and phrases (one per line; width, kana and case do not matter):")))
        self.words = QPlainTextEdit()
        self.words.setObjectName("wordListWords")
        rl.addWidget(self.words, 2)
        rl.addWidget(QLabel(self.tr("Allowed phrases (a listed word inside one of these is not flagged):")))
        self.allow = QPlainTextEdit()
        self.allow.setObjectName("wordListAllow")
        self.allow.setMaximumHeight(70)
        rl.addWidget(self.allow)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save list"))
        self.save_button.setObjectName("saveWordList")
        self.reset_button = QPushButton(self.tr("Restore the shipped list"))
        self.reset_button.setObjectName("resetWordList")
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        self.message = note(object_name="wordListMessage")
        rl.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(self.categories)
        splitter.addWidget(right)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        row = max(0, self.categories.currentRow())
        try:
            self.infos = wordlist_service.list_word_lists(self.session)
        except Exception as exc:  # noqa: BLE001
            say(self.message, error_text(exc), error=True)
            return
        self.categories.blockSignals(True)
        self.categories.clear()
        for info in self.infos:
            label = QCoreApplication.translate("Screening", info.category.label)
            self.categories.addItem(fill(self.tr("%1 (changed)"), label) if info.changed else label)
        self.categories.blockSignals(False)
        if self.infos:
            self.categories.setCurrentRow(min(row, len(self.infos) - 1))
            self._chosen(self.categories.currentRow())

    def clear(self) -> None:
        self.infos = []
        self.categories.clear()
        self.words.clear()
        self.allow.clear()

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.infos):
            return
        info = self.infos[row]
        state = (
            fill(self.tr("Changed by a manager on %1."), local_time(info.updated_at))
            if info.changed
            else self.tr("The shipped list.")
        )
        self.about.setText(
            fill(
                self.tr("%1 — %2. %3 %4 words, %5 allowed phrases."),
                QCoreApplication.translate("Screening", info.category.label),
                rules_text(info.rule),
                state,
                len(info.words),
                len(info.allow),
            )
        )
        self.severity.setCurrentIndex(self.severity.findData(info.severity.key))
        self.words.setPlainText("\n".join(info.words))
        self.allow.setPlainText("\n".join(info.allow))

    def _current(self) -> wordlist_service.WordListInfo | None:
        row = self.categories.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def save(self) -> None:
        info = self._current()
        if info is None:
            return
        run_change(
            self,
            lambda: wordlist_service.change_word_list(
                self.session,
                info.category,
                words=self.words.toPlainText().splitlines(),
                allow=self.allow.toPlainText().splitlines(),
                severity=self.severity.currentData(),
            ),
            self.tr("The word list was saved. Screening uses it from now on."),
        )

    def reset(self) -> None:
        info = self._current()
        if info is None:
            return
        run_change(
            self,
            lambda: wordlist_service.reset_word_list(self.session, info.category),
            self.tr("The shipped list is used again."),
        )
