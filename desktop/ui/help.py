"""ヘルプ: a short user guide per screen (F1 opens the current screen's) and the list of keyboard shortcuts.

The guides are resource files, one Markdown file per screen and language under
``desktop/resources/help/<language>/<area>.md`` (Japanese first, English second), not ``tr()`` strings:
a guide is a few paragraphs with headings and lists that a writer edits as one document, which
Qt Linguist's sentence-by-sentence view serves badly; a test checks every screen has both languages.
The shortcut list is read from the window's own actions, so it cannot drift from what exists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.domain.roles import Area
from desktop.ui.text import fill

LANGUAGES = ("ja", "en")


def guide_text(area: Area | str, language: str) -> str:
    """The Markdown guide of a screen in ``language`` (Japanese when that language has none)."""
    name = Area(area).value
    for lang in (language, "ja"):
        path = paths.resource_path(f"help/{lang}/{name}.md")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class HelpDialog(QDialog):
    """The guides: the screens on the left, the chosen screen's guide on the right."""

    def __init__(self, areas: Sequence[Area], titles: Callable[[Area], str], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.language = language
        self.areas = list(areas)
        self.pages = QListWidget()
        self.pages.setObjectName("helpPages")
        self.pages.setAccessibleName(self.tr("Screens"))
        self.pages.setFixedWidth(160)
        for area in self.areas:
            item = QListWidgetItem(titles(area))
            item.setData(Qt.ItemDataRole.UserRole, area.value)
            self.pages.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(False)
        self.pages.currentRowChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def show_area(self, area: Area) -> None:
        if area in self.areas:
            self.pages.setCurrentRow(self.areas.index(area))

    def current_area(self) -> Area | None:
        row = self.pages.currentRow()
        return self.areas[row] if 0 <= row < len(self.areas) else None

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            self.browser.setMarkdown(guide_text(self.areas[row], self.language))


def shortcut_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(keys as the platform writes them, what they do) of every action with a shortcut."""
    rows = []
    for action in actions:
        keys = action.shortcut()
        if keys.isEmpty():
            continue
        what = action.toolTip() or action.text()
        rows.append((keys.toString(QKeySequence.SequenceFormat.NativeText), what.replace("&", "").rstrip("…")))
    return rows


class ShortcutsDialog(QDialog):
    """キーボード操作: the window's shortcuts plus the keys every screen understands."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions) + [
            ("Ctrl+F", self.tr("Contacts: go to the search box")),
            ("Alt+A / Alt+R", self.tr("Phone entry: record agreed / refused")),
            ("Tab / Shift+Tab", self.tr("Next / previous field")),
            ("Esc", self.tr("Close the dialog")),
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def rows(self) -> list[tuple[str, str]]:
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]


def install(window: QMainWindow, view_menu: QMenu, help_menu: QMenu, language: str, *,
            area_title: Callable[[Area], str], areas: Sequence[Area], select_area: Callable[[Area], None],
            current_area: Callable[[], Area | None]) -> None:
    """The window's page shortcuts (Ctrl+1 … in the navigation's order, under 表示), the guide for the
    current screen (F1) and the shortcut list (both under ヘルプ)."""
    go_menu = view_menu.addMenu(QCoreApplication.translate("Help", "Go to"))
    areas = list(areas)
    for number, area in enumerate(areas[:9], start=1):
        action = QAction(area_title(area), window)
        action.setObjectName(f"goTo_{area.value}")
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.setToolTip(fill(QCoreApplication.translate("Help", "Go to %1"), area_title(area)))
        action.triggered.connect(lambda _=False, a=area: select_area(a))
        go_menu.addAction(action)

    def open_guide() -> HelpDialog:
        dialog = HelpDialog(areas, area_title, language, window)
        dialog.show_area(current_area() or areas[0])
        dialog.show()
        return dialog

    def open_shortcuts() -> ShortcutsDialog:
        dialog = ShortcutsDialog(window.findChildren(QAction), window)
        dialog.show()
        return dialog

    guide = QAction(QCoreApplication.translate("Help", "User guide for this screen"), window)
    guide.setObjectName("helpGuideAction")
    guide.setShortcut(QKeySequence("F1"))
    guide.triggered.connect(open_guide)
    keys = QAction(QCoreApplication.translate("Help", "Keyboard shortcuts…"), window)
    keys.setObjectName("helpShortcutsAction")
    keys.triggered.connect(open_shortcuts)
    help_menu.addAction(guide)
    help_menu.addAction(keys)
    help_menu.addSeparator()
