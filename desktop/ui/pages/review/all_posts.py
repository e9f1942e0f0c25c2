"""承認 → すべての投稿: a month calendar with the days that have waiting, approved or published posts marked,
and the posts of the chosen day (or the whole month) with status, account, author and date; a waiting post
opens in the review.

The marks and the list are read in workers (:mod:`desktop.ui.workers`), like the audit-log screen: the
window keeps painting, "読み込み中…" shows meanwhile, and a newer request (another month, day or filter)
makes the older one's result be dropped when it arrives, so a month switch never paints stale marks.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QModelIndex, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.scopes import PostStatus
from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui import theme, workers
from desktop.ui.dates import day_text, local_time, office_today
from desktop.ui.pages.review.common import rows_model
from desktop.ui.pages.training.texts import current_language
from desktop.ui.post_text import account_label, status_label
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import heading, note, say
from desktop.ui.widgets.table import table_view

DayMark = post_service.DayMark
# Colour of a marked day; a day with several kinds shows the first in this order.
MARK_COLOURS = ((DayMark.WAITING, "row_warning"), (DayMark.SCHEDULED, "severity_low"), (DayMark.PUBLISHED, "row_ok"))


def _month(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


class AllPostsTab(QWidget):
    """Every post for reviewers, by the day it was published, submitted or last changed."""

    open_for_review = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allPostsTab")
        self.session = session
        self.more = False
        self.marks: dict[date, set[post_service.DayMark]] = {}
        self._marks_generation = 0  # a newer request makes older results stale
        self._list_generation = 0
        self._pending: set[str] = set()  # "marks" / "list" while a worker reads them

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("postsCalendar")
        self.calendar.setAccessibleName(self.tr("Calendar of posts"))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.selectionChanged.connect(self.reload_list)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._page_changed())
        self.legend = QWidget()
        self.legend.setObjectName("calendarLegend")
        legend = QHBoxLayout(self.legend)
        legend.setContentsMargins(0, 0, 0, 0)
        self.swatches: list[tuple[QLabel, str]] = []
        self.legend_names: dict[post_service.DayMark, QLabel] = {}
        for mark, colour in MARK_COLOURS:
            swatch = QLabel()
            swatch.setFixedSize(18, 14)
            self.swatches.append((swatch, colour))
            self.legend_names[mark] = QLabel()
            legend.addWidget(swatch)
            legend.addWidget(self.legend_names[mark])
        legend.addStretch(1)
        self.whole_month = QCheckBox(self.tr("Show the whole month"))
        self.whole_month.setObjectName("wholeMonth")
        self.whole_month.toggled.connect(self.reload_list)
        self.status = QComboBox()
        self.status.setObjectName("allPostsStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.account = QComboBox()
        self.account.setObjectName("allPostsAccount")
        self.account.setAccessibleName(self.tr("Account"))
        self.status.currentIndexChanged.connect(self.reload_all)
        self.account.currentIndexChanged.connect(self.reload_all)
        filters = QFormLayout()
        filters.addRow(self.tr("Status:"), self.status)
        filters.addRow(self.tr("Account:"), self.account)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(heading(self.tr("Calendar")))
        ll.addWidget(self.calendar)
        ll.addWidget(self.legend)
        ll.addWidget(self.whole_month)
        ll.addLayout(filters)
        ll.addStretch(1)

        self.model = rows_model(
            lambda: (self.tr("Date"), self.tr("Status"), self.tr("Account"), self.tr("Author"), self.tr("Text")),
            self._cells,
            self._colour,
        )
        self.table = table_view(self.model, "allPostsTable")
        self.table.setAccessibleName(self.tr("Posts of the chosen period"))
        self.table.doubleClicked.connect(lambda _i: self.open_chosen())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync())
        self.title = heading("")
        self.count_label = note(object_name="allPostsCount")
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setObjectName("allPostsMore")
        self.more_button.clicked.connect(self.load_more)
        self.open_button = QPushButton(self.tr("Open in the review"))
        self.open_button.setObjectName("openInReview")
        self.open_button.clicked.connect(self.open_chosen)
        self.message = note(object_name="allPostsMessage")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.count_label)
        rl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.message, 1)
        rl.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._set_locale()
        self.calendar.setSelectedDate(office_today(session.now()))
        self._fill_filters([])
        self._sync()

    # ------------------------------------------------------------------ filters and loading
    def _fill_filters(self, accounts: list[post_service.AccountInfo]) -> None:
        status, account = self.status.currentData(), self.account.currentData()
        for combo in (self.status, self.account):
            combo.blockSignals(True)
            combo.clear()
        self.status.addItem(self.tr("All statuses"), None)
        for s in PostStatus:
            if s is not PostStatus.SUBMITTED:  # a moment inside the submission, never stored
                self.status.addItem(status_label(s), s.value)
        self.account.addItem(self.tr("All accounts"), None)
        for a in accounts:
            self.account.addItem(account_label(a), a.id)
        for combo, value in ((self.status, status), (self.account, account)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _statuses(self) -> list[PostStatus] | None:
        value = self.status.currentData()
        if value is None:
            return None
        chosen = PostStatus(value)
        return [chosen, PostStatus.SUBMITTED] if chosen is PostStatus.IN_REVIEW else [chosen]

    def period(self) -> tuple[date, date]:
        day: date = self.calendar.selectedDate().toPython()  # type: ignore[assignment]
        return _month(day) if self.whole_month.isChecked() else (day, day)

    def _set_locale(self) -> None:
        """Month and weekday names in the language of the screens (the view redrawn: the week may start
        on another day)."""
        ja = current_language() == "ja"
        locale = QLocale(QLocale.Language.Japanese if ja else QLocale.Language.English)
        if self.calendar.locale() != locale:
            self.calendar.setLocale(locale)
            self.calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
            self.calendar.setSelectedDate(self.calendar.selectedDate())
            self.calendar.updateCells()

    def refresh(self) -> None:
        self._set_locale()
        try:
            accounts = post_service.list_accounts(self.session, include_inactive=True)
        except Exception as exc:  # noqa: BLE001
            say(self.message, error_text(exc), error=True)
            return
        self._fill_filters(accounts)
        self.reload_all()

    def reload_all(self) -> None:
        self.reload_marks()
        self.reload_list()

    def _page_changed(self) -> None:
        self.reload_marks()

    def reload_marks(self) -> None:
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        # the page shows a few days of the months around it: mark those too
        start, end = first - timedelta(days=7), _month(first)[1] + timedelta(days=14)
        account_id = self.account.currentData()
        self._marks_generation += 1
        generation = self._marks_generation
        self._started("marks")
        workers.run(lambda: post_service.day_marks(self.session, start, end, account_id=account_id),
                    lambda marks: self._paint_marks(generation, marks),
                    lambda exc: self._failed("marks", generation, exc), self)

    def _paint_marks(self, generation: int, marks: dict[date, set[post_service.DayMark]]) -> None:
        if generation != self._marks_generation:
            return  # another month or account was asked for meanwhile
        self._finished("marks")
        self.marks = marks
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every marked day
        for day, kinds in self.marks.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            fmt.setBackground(next(theme.colour(c) for m, c in MARK_COLOURS if m in kinds))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
        self._legend()

    def _legend(self) -> None:
        names = {
            DayMark.WAITING: self.tr("waiting for approval"),
            DayMark.SCHEDULED: self.tr("approved, not yet published"),
            DayMark.PUBLISHED: self.tr("published"),
        }
        for mark, label in self.legend_names.items():
            label.setText(names[mark])
        for swatch, colour in self.swatches:  # the palette may have changed (dark / light)
            swatch.setStyleSheet(f"background-color: {theme.colour(colour).name()}; border: 1px solid gray;")

    def reload_list(self) -> None:
        first, last = self.period()
        self.title.setText(
            fill(self.tr("Posts of %1"), day_text(first)) if first == last
            else fill(self.tr("Posts from %1 to %2"), day_text(first), day_text(last))
        )
        self._load(None)

    def load_more(self) -> None:
        rows = self.model.rows
        if rows:
            self._load(post_service.cursor(rows[-1]))

    def _load(self, after: tuple[str, int] | None) -> None:
        first, last = self.period()
        statuses, account_id = self._statuses(), self.account.currentData()
        self._list_generation += 1
        generation = self._list_generation
        self._started("list")
        self.more_button.setEnabled(False)
        workers.run(lambda: post_service.posts_in_period(self.session, first, last, statuses=statuses,
                                                         account_id=account_id, after=after),
                    lambda page: self._show_page(generation, after, page),
                    lambda exc: self._failed("list", generation, exc), self)

    def _show_page(self, generation: int, after: tuple[str, int] | None,
                   page: list[post_service.PostSummary]) -> None:
        if generation != self._list_generation:
            return  # another day, month or filter was asked for meanwhile
        self._finished("list")
        self.message.clear()
        self.more = len(page) == post_service.calendar.PAGE
        self.model.set_rows(page if after is None else [*self.model.rows, *page])
        self.count_label.setText(fill(self.tr("%1 posts shown."), len(self.model.rows)))
        self.more_button.setVisible(self.more)
        self.more_button.setEnabled(True)
        self._sync()

    def _started(self, what: str) -> None:
        self._pending.add(what)
        self.count_label.setText(self.tr("Loading…"))

    def _finished(self, what: str) -> None:
        self._pending.discard(what)
        if not self._pending and self.count_label.text() == self.tr("Loading…"):
            self.count_label.setText(fill(self.tr("%1 posts shown."), len(self.model.rows)))

    def _failed(self, what: str, generation: int, exc: BaseException) -> None:
        current = self._marks_generation if what == "marks" else self._list_generation
        if generation != current:
            return
        self._finished(what)
        self.more_button.setEnabled(True)
        say(self.message, error_text(exc), error=True)

    def loading(self) -> bool:
        """Whether marks or posts are being read (the screen shows 読み込み中…)."""
        return bool(self._pending)

    def clear(self) -> None:
        self._marks_generation += 1  # whatever is still being read is dropped when it arrives
        self._list_generation += 1
        self._pending.clear()
        self.model.set_rows([])
        self.marks = {}
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        self.count_label.clear()
        self.message.clear()

    # ------------------------------------------------------------------ rows
    def _cells(self, p: post_service.PostSummary) -> tuple[str, ...]:
        return (local_time(post_service.calendar_moment(p)), status_label(p.status), p.account_name,
                p.author_name or self.tr("(former staff)"), p.excerpt)

    @staticmethod
    def _colour(p: post_service.PostSummary) -> QColor | None:
        if p.status.waiting_for_review:
            return theme.colour("row_warning")
        if p.status.may_publish:
            return theme.colour("severity_low")
        if p.status is PostStatus.PUBLISHED:
            return theme.colour("row_ok")
        return None

    def chosen(self) -> post_service.PostSummary | None:
        index: QModelIndex = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def _sync(self) -> None:
        p = self.chosen()
        self.open_button.setEnabled(p is not None and p.status.waiting_for_review)

    def open_chosen(self) -> None:
        p = self.chosen()
        if p is None:
            return
        if not p.status.waiting_for_review:
            say(self.message, self.tr("Only a post waiting for approval opens in the review."))
            return
        self.open_for_review.emit(p.id)
