"""The consent script on the phone screen: its version, the caller's language and one paragraph per
row, each ticked once it has been read to the caller.

The texts keep the translation context of the page (``PhonePage``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import theme

SCRIPT_LANGUAGES = (("ja", "日本語"), ("en", "English"))


class ScriptPanel(QFrame):
    """The script's title, the language and version buttons, the paragraphs and how to tick them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptFrame")
        theme.set_role(self, "panel")
        self.title = QLabel()
        self.title.setObjectName("scriptTitle")
        theme.set_role(self.title, "accent")
        self.lang = QComboBox()
        self.lang.setObjectName("scriptLanguage")
        for code, name in SCRIPT_LANGUAGES:
            self.lang.addItem(name, code)
        self.lang.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.manage = QPushButton(QCoreApplication.translate("PhonePage", "Script versions…"))
        self.manage.setObjectName("manageScripts")
        self.manage.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(QLabel(QCoreApplication.translate("PhonePage", "Caller's language:")))
        head.addWidget(self.lang)
        head.addWidget(self.manage)
        self.paragraph_box = QVBoxLayout()
        self.paragraph_box.setSpacing(8)
        self.read_hint = QLabel(QCoreApplication.translate(
            "PhonePage", "Tick each paragraph (Space) once you have read it to the caller."))
        theme.set_role(self.read_hint, "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.paragraph_box)
        layout.addWidget(self.read_hint)
        self.checks: list[QCheckBox] = []

    def show_script(self, name: str, paragraphs: Sequence[str], keys: QObject,
                    on_toggle: Callable[[], None]) -> list[QCheckBox]:
        """Show a script version (``name``: its title and version date); returns the check box of each paragraph (``keys`` filters their keys)."""
        for check in self.checks:
            check.removeEventFilter(keys)
        while self.paragraph_box.count():
            item = self.paragraph_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.checks = []
        self.title.setText(name)
        for number, paragraph in enumerate(paragraphs, start=1):
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            check = QCheckBox(f"&{number}")
            check.setObjectName(f"paragraphRead{number}")
            check.setToolTip(QCoreApplication.translate("PhonePage", "Read to the caller"))
            check.toggled.connect(lambda _on: on_toggle())
            check.installEventFilter(keys)
            text = QLabel(paragraph)
            text.setObjectName(f"paragraphText{number}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            theme.scaled_font(text, 1.6)
            text.setBuddy(check)
            row_layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(text, 1)
            self.paragraph_box.addWidget(row)
            self.checks.append(check)
        return self.checks
