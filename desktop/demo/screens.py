"""The scenes of ``make screenshots``: which screen, as which demo user, with what typed in first.

A scene drives the production widgets through their public attributes and methods only; no page
knows that the demo exists. It takes a :class:`Camera` (``desktop.screenshots`` provides one) that
logs a demo user in, opens the main window on an area and saves pictures under a name without the
language (``phone_entry`` → ``phone_entry_ja.png``, or ``phone_entry_dark_ja.png`` in the dark run).

:data:`SCENES` is every scene in order; :data:`DARK_SCENES` the ones also rendered with a dark palette.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.domain.consent import ContactStatus
from desktop.domain.office_time import OFFICE_TZ
from desktop.domain.platforms import Platform
from desktop.domain.roles import Area
from desktop.domain.scopes import MediaKind
from desktop.domain.violations import DataKind, ViolationKind
from desktop.services import posts as post_service
from desktop.services import violations as violation_service
from desktop.services.session import Session
from desktop.ui.dialogs_import import ImportDialog
from desktop.ui.login import LoginDialog
from desktop.ui.pages.contacts import ContactsPage
from desktop.ui.pages.export import ExportPage
from desktop.ui.pages.phone import PhonePage
from desktop.ui.pages.posts import PostsPage
from desktop.ui.pages.requests import RequestsPage
from desktop.ui.pages.review import ReviewPage
from desktop.ui.pages.training import TrainingPage
from desktop.ui.pages.unsubscribe import UnsubscribePage
from desktop.ui.pages.violations import ReportViolationDialog, ViolationsPage
from desktop.ui.wizard import SetupWizard

Prepare = Callable[[QWidget], None]


class Camera(Protocol):
    """What a scene needs: the language, the demo office and a way to take pictures."""

    lang: str
    data_dir: Path
    kdf: Any
    demo_users: list[tuple[str, str, str]]

    def save(self, widget: QWidget, name: str) -> None:
        """Show ``widget``, let it settle and save it as ``name``."""

    def main(self, user: str, area: Area, name: str, prepare: Prepare | None = None) -> None:
        """Log ``user`` in, open the main window on ``area``, ``prepare`` the page and save it as ``name``."""


Scene = Callable[[Camera], None]


def settle(ms: int = 60) -> None:
    """Let queued events, timers and layouts run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def _ja(cam: Camera, ja: str, en: str) -> str:
    return ja if cam.lang == "ja" else en


def _admin_tab(page: QWidget, kind: type[QWidget]) -> QWidget | None:
    """Make the administration tab of type ``kind`` current and return it."""
    if isinstance(page, QTabWidget):
        for i in range(page.count()):
            tab = page.widget(i)
            if isinstance(tab, kind):
                page.setCurrentIndex(i)
                return tab
    return None


# --- start-up -----------------------------------------------------------------------------------


def wizard(cam: Camera) -> None:
    w = SetupWizard(cam.data_dir.parent / "new-office", kdf=cam.kdf)
    w.resize(680, 500)
    w.office_name.setText(_ja(cam, "みどり市 相談窓口", "Midori City Help Desk"))
    w.officer_name.setText("山田 花子")
    w.officer_contact.setText("03-1234-5678")
    cam.save(w, "wizard_office")
    w.show_page(2)
    w.admin_username.setText("yamada")
    w.admin_display.setText("山田 花子")
    w.admin_password.password.setText("midori kawa 2026 haru")
    w.admin_password.confirm.setText("midori kawa 2026 haru")
    cam.save(w, "wizard_admin")
    w.recovery_code = "K7QX-2MFA-9TZC-LW4R-H3PN-8BVD-QY6E-J5SG"
    w.code_label.setText(w.recovery_code)
    w.show_page(3)
    cam.save(w, "wizard_recovery")
    w.stored.setChecked(True)
    w.hide()
    w.deleteLater()


def login(cam: Camera) -> None:
    dialog = LoginDialog(cam.data_dir, kdf=cam.kdf, office_name="デモ事務所", demo_users=cam.demo_users)
    dialog.username.setText("advisor")
    cam.save(dialog, "login")
    dialog.deleteLater()


def main_admin_users(cam: Camera) -> None:
    cam.main("admin", Area.ADMIN, "main_admin_users")


def main_advisor(cam: Camera) -> None:
    cam.main("advisor", Area.PHONE, "main_advisor")


# --- the advisor's screens ----------------------------------------------------------------------


def phone(cam: Camera) -> None:
    def entry(page: QWidget) -> None:
        assert isinstance(page, PhonePage)
        page.refresh()
        page.address.setText("Ｓｈｉｏｒｉ．Ｍｏｒｉ＠ｇｍｉａｌ．ｃｏｍ")
        page.name.setText("森 しおり")
        page.furigana.setText("モリ シオリ")
        page.recording.setText("REC-2026-2211")
        if page.paragraph_checks:
            page.paragraph_checks[0].setChecked(True)

    def known(page: QWidget) -> None:
        assert isinstance(page, PhonePage)
        page.refresh()
        page.address.setText("hina.ito@example.org")
        page.lookup_now()
        for c in page.paragraph_checks:
            c.setChecked(True)
        page.agreed.setChecked(True)

    cam.main("advisor", Area.PHONE, "phone_entry", entry)
    cam.main("advisor", Area.PHONE, "phone_known", known)


def _import_preview(cam: Camera, parent: ContactsPage) -> None:
    """The import dialog with a preview of a small fictitious file."""
    folder = Path(tempfile.mkdtemp(prefix="madoguchi-shot-"))
    try:
        rows = [["タイムスタンプ", "メールアドレス", "氏名", "フリガナ", "配信希望"],
                ["2026/11/20 10:15", "kaho.ueda@example.jp", "上田 果歩", "ウエダ カホ", "希望する"],
                ["2026/11/20 10:22", "ryo.nomura@example.com", "野村 亮", "ノムラ リョウ", "希望する"],
                ["2026/11/20 10:31", "sae.kubo@example.jp", "久保 紗英", "クボ サエ", "希望しない"],
                ["2026/11/20 10:40", "daichi.ono@@example.jp", "小野 大地", "オノ ダイチ", "希望する"],
                ["2026/11/20 10:52", "Kaho.Ueda@example.jp", "上田 果歩", "ウエダ カホ", "希望する"],
                ["2026/11/20 11:03", "ren.tanaka@example.co.jp", "田中 蓮", "タナカ レン", "希望する"],
                ["2026/11/20 11:10", "misaki.sato@example.jp", "佐藤 美咲", "サトウ ミサキ", "希望する"],
                ["2026/11/20 11:18", "yui.hara@example.ne.jp", "原 結衣", "ハラ ユイ", "はい"]]
        path = folder / "municipal-lp-2026-11.csv"
        path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="cp932")
        dialog = ImportDialog(parent.session, parent)
        dialog.set_file(str(path))
        dialog.run_preview(wait=True)
        cam.save(dialog, "import_preview")
        dialog.close()
        dialog.deleteLater()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def contacts(cam: Camera) -> None:
    def unsubscribed(page: QWidget) -> None:
        assert isinstance(page, ContactsPage)
        page.search.setText("example.org")
        page.reload()
        for _ in range(200):  # the list is read in a worker (desktop/ui/pages/contacts_model.py)
            if not page.model.loading:
                break
            settle(25)
        for row, item in enumerate(page.model.rows):
            if item.status is ContactStatus.UNSUBSCRIBED:
                page.table.selectRow(row)
                break

    def import_preview(page: QWidget) -> None:
        assert isinstance(page, ContactsPage)
        _import_preview(cam, page)

    cam.main("advisor", Area.CONTACTS, "contacts", unsubscribed)
    cam.main("advisor", Area.CONTACTS, "contacts_import", import_preview)


def unsubscribe(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, UnsubscribePage)
        page.refresh()
        page.address.setText("minato.nakamura@example.ne.jp")
        page.lookup_now()

    cam.main("advisor", Area.UNSUBSCRIBE, "unsubscribe", prepare)


def requests(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        tab = _admin_tab(page, RequestsPage)
        if isinstance(tab, RequestsPage):
            tab.refresh()
            if tab.rows:
                tab.table.selectRow(0)

    cam.main("admin", Area.ADMIN, "requests", prepare)


def posts_drafting(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, PostsPage)
        page.new_post()
        index = next((i for i, a in enumerate(page.accounts) if a.platform is Platform.X), 0)
        page.account.setCurrentIndex(index)
        page.text.setPlainText(_ja(
            cam,
            "本日の「親子で味噌づくり教室」は 24 組の参加で終了しました！参加の山田さん（090-1234-5678）、"
            "ありがとうございました。来年度の新店舗計画（未発表）もお楽しみに。"
            "詳しくは https://shop.example.com/miso へ",
            "Today's miso-making class ended with 24 families! Thanks to Ms Yamada (090-1234-5678). "
            "Our unpublished plan (未発表) for a new shop is coming. More at https://shop.example.com/miso"))
        page.add_media(post_service.MediaEntry("miso_class.jpg", MediaKind.PHOTO, identifiable_people=True))
        for key in list(page.self_check)[:4]:
            page.self_check[key].setChecked(True)
        page.screen_now()

    cam.main("advisor", Area.POSTS, "posts_drafting", prepare)


# --- the managers' screens ----------------------------------------------------------------------


def review_queue(cam: Camera) -> None:
    cam.main("manager", Area.REVIEW, "review_queue")


def review_findings(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, ReviewPage)
        queue = page.queue
        rows = queue.model.rows
        worst = max(range(len(rows)), key=lambda i: (rows[i].high, rows[i].medium), default=None)
        if worst is not None:
            queue.table.selectRow(worst)
        for key in list(queue.checks)[:2]:
            queue.checks[key].setChecked(True)
        queue.reason.setPlainText(_ja(
            cam, "電話番号と未発表の計画を削除し、写真は肖像の同意を確認してください。",
            "Remove the phone number and the unpublished plan; confirm the portrait consent."))
        QTimer.singleShot(0, lambda: queue.scroll_area.ensureWidgetVisible(queue.reason, 10, 10))

    cam.main("manager", Area.REVIEW, "review_findings", prepare)


def review_scopes(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, ReviewPage)
        page.setCurrentWidget(page.scopes)
        page.scopes.table.selectRow(0)

    cam.main("manager", Area.REVIEW, "review_scopes", prepare)


def export(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, ExportPage)
        page.show_preview()

    cam.main("admin", Area.EXPORT, "export", prepare)


# --- training -------------------------------------------------------------------------------------


def _answer_all(page: TrainingPage, wrong: int) -> None:
    """Answer every question of the running quiz, the first ``wrong`` of them wrongly."""
    quiz = page.quiz
    while quiz.run is not None and not quiz.run.finished:
        index = quiz.run.next_index()
        if index is None:
            break
        q = quiz.run.questions[index]
        ids = q.answers if index >= wrong else frozenset({next(c.id for c in q.choices if c.id not in q.answers)})
        quiz.submit(sorted(ids))
        if not quiz.run.finished and quiz.question_page.answered:
            quiz.next_question()


def training_report(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, TrainingPage)
        page.show_report()

    cam.main("manager", Area.TRAINING, "training_report", prepare)


def training_home(cam: Camera) -> None:
    cam.main("advisor", Area.TRAINING, "training_home")


def training_question(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, TrainingPage)
        page.quiz.rng = random.Random(11)
        page.quiz.start_quiz()
        page.quiz.question_page.pick(0)

    cam.main("advisor", Area.TRAINING, "training_question", prepare)


def training_explanation(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, TrainingPage)
        page.quiz.rng = random.Random(11)
        page.quiz.start_quiz(practice=True)
        run = page.quiz.run
        assert run is not None
        q = run.questions[0]
        page.quiz.submit([next(c.id for c in q.choices if c.id not in q.answers)])

    cam.main("advisor", Area.TRAINING, "training_explanation", prepare)


def training_result(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        assert isinstance(page, TrainingPage)
        page.quiz.rng = random.Random(12)
        page.quiz.start_quiz()
        _answer_all(page, wrong=2)

    cam.main("advisor", Area.TRAINING, "training_result", prepare)


# --- violation reports ----------------------------------------------------------------------------


def file_demo_cases(session: Session) -> None:
    """A few fictitious violation cases (filed once per demo office)."""
    if violation_service.list_reports(session):
        return
    service = violation_service
    now = session.now()
    service.file_report(session, kind=ViolationKind.NO_CONSENT, noticed_at=now - timedelta(days=12),
                        description="電話で配信を断られた方に案内メールを1通送信してしまった。", people_affected=1,
                        data_kinds=[DataKind.EMAIL])
    closed = service.list_reports(session)[0].report_id
    service.update_report(session, closed, cause="拒否の記録前に送信リストを出力していた。",
                          prevention="出力直前に最新の状態で出力し直す。")
    service.close_report(session, closed, closing_note="本人に謝罪し、配信停止済み。手順を周知した。")
    leak = service.file_report(session, kind=ViolationKind.UNAUTHORISED_ACCESS,
                               noticed_at=now - timedelta(days=20),
                               description="共有フォルダに外部からのアクセス記録。名簿ファイルが閲覧された可能性。",
                               people_affected=320, data_kinds=[DataKind.EMAIL, DataKind.NAME])
    service.update_report(session, leak.report_id,
                          preliminary_on=(now - timedelta(days=17)).astimezone(OFFICE_TZ).date(),
                          cause="共有設定の誤り。", actions="対象者へ通知済み。")
    service.file_report(session, kind=ViolationKind.LOST, noticed_at=now - timedelta(days=1),
                        description="イベント受付の紙の名簿を会場に置き忘れた。", people_affected=12,
                        data_kinds=[DataKind.NAME, DataKind.PHONE])
    service.file_report(session, kind=ViolationKind.WRONG_RECIPIENT, noticed_at=now - timedelta(days=8),
                        occurred_at=now - timedelta(days=8, hours=3),
                        description="メールマガジンを宛先をBCCではなくTOに入れて送信。アドレスが相互に見える状態。",
                        people_affected=1500, data_kinds=[DataKind.EMAIL])


def violations(cam: Camera) -> None:
    def prepare(page: QWidget) -> None:
        tab = _admin_tab(page, ViolationsPage)
        if not isinstance(tab, ViolationsPage):
            return
        file_demo_cases(tab.session)
        dialog = ReportViolationDialog(tab.session, page.window())
        kind = dialog.facts.kind
        kind.setCurrentIndex(kind.findData(ViolationKind.WRONG_RECIPIENT.value))
        dialog.description.setPlainText(_ja(
            cam, "申込確認メールを別の方のアドレスに送ってしまいました。受信者に削除をお願いしました。",
            "I sent a booking confirmation to another person's address. I asked them to delete it."))
        dialog.facts.people.setText("1")
        dialog.facts.data_boxes[DataKind.EMAIL].setChecked(True)
        dialog.facts.data_boxes[DataKind.NAME].setChecked(True)
        dialog.resize(640, dialog.sizeHint().height())
        cam.save(dialog, "violations_report")
        dialog.reject()
        dialog.deleteLater()
        tab.open_only.setCurrentIndex(1)  # all cases
        tab.refresh()
        for row, r in enumerate(tab.model.rows):
            if r.overdue:
                tab.table.selectRow(row)
                break

    cam.main("admin", Area.ADMIN, "violations", prepare)


SCENES: list[Scene] = [
    wizard, login, main_admin_users, main_advisor,
    phone, contacts, unsubscribe, requests, posts_drafting, review_queue, review_findings, review_scopes, export,
    training_report, training_home, training_question, training_explanation, training_result, violations,
]

DARK_SCENES: list[Scene] = [main_advisor, review_findings, posts_drafting, training_explanation]
"""The screens also rendered with a dark palette (``*_dark_<lang>.png``): the busiest uses of the theme."""
