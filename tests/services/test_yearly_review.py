"""Yearly review (A9, seed line 66 年1回以上の頻度でマニュアル内容を見直し、更新する): the manual's
rules, the consent scripts and the word lists, each with its date, reviewer and note, audited."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.office_time import day_start, office_date
from desktop.domain.yearly_review import ReviewSubject, due_on, is_overdue
from desktop.services import reviews, scripts
from desktop.services.errors import PermissionDenied
from desktop.services.session import Session
from desktop.store import audit as store_audit
from tests.conftest import ADMIN_PASSWORD, CLOCK_START, FakeClock, add_user, login

ALL = set(ReviewSubject)


def manager(office: Session, data_dir: Path, clock: FakeClock) -> Session:
    add_user(office, "mgr", "manager")
    add_user(office, "adv", "advisor")
    office.logout()
    return login(data_dir, "mgr", "blue whale orbit 42", clock)


def test_rule_is_one_year_in_office_days() -> None:
    reviewed = day_start(office_date(CLOCK_START)) + timedelta(hours=23, minutes=30)  # late evening, office time
    due = due_on(reviewed)
    assert due == office_date(reviewed).replace(year=office_date(reviewed).year + 1)
    assert not is_overdue(reviewed, day_start(due) + timedelta(hours=23))
    assert is_overdue(reviewed, day_start(due + timedelta(days=1)))
    assert is_overdue(None, CLOCK_START)


def test_each_subject_has_its_own_date_reviewer_and_note(office: Session, data_dir: Path,
                                                         clock: FakeClock) -> None:
    mgr = manager(office, data_dir, clock)
    try:
        status = {s.subject: s for s in reviews.review_status(mgr)}
        assert set(status) == ALL and not any(s.overdue for s in status.values())
        assert reviews.review_warnings(mgr) == []
        clock.advance(days=200)
        rules = reviews.record_review(mgr, "manual_rules", "第2条の承認手順を現行の組織図と照合した")
        assert rules.recorded and rules.reviewer == "mgr さん" and rules.note.startswith("第2条")
        assert rules.reviewed_at is not None and office_date(datetime.fromisoformat(rules.reviewed_at)) == office_date(clock.now)
        clock.advance(days=200)  # 400 days after the office started, 200 after the rules' review
        overdue = {s.subject for s in reviews.review_warnings(mgr)}
        assert overdue == {ReviewSubject.CONSENT_SCRIPTS, ReviewSubject.WORD_LISTS}
        reviews.record_review(mgr, ReviewSubject.CONSENT_SCRIPTS, "4つの台本を法令の文言と照合")
        assert not scripts.review_warnings(mgr)  # every script marked reviewed
        assert {s.subject for s in reviews.review_warnings(mgr)} == {ReviewSubject.WORD_LISTS}
        reviews.record_review(mgr, ReviewSubject.WORD_LISTS, "新しい差別表現を追加")
        assert reviews.review_warnings(mgr) == []
        records = store_audit.entries(action_prefix="review.record")
        assert [r.target for r in records] == ["manual_rules", "consent_scripts", "word_lists"]
        assert all("note" not in r.details for r in records)
        clock.advance(days=170)  # the rules' review is now 370 days old
        assert {s.subject for s in reviews.review_warnings(mgr)} == {ReviewSubject.MANUAL_RULES}
    finally:
        mgr.logout()


def test_one_script_left_unreviewed_keeps_the_scripts_warning(office: Session, data_dir: Path,
                                                              clock: FakeClock) -> None:
    mgr = manager(office, data_dir, clock)
    try:
        reviews.record_review(mgr, ReviewSubject.CONSENT_SCRIPTS, "確認済み")
        clock.advance(days=367)  # past the same day next year, leap year or not
        for key in ("phone", "municipal_lp", "other_lp"):
            scripts.mark_reviewed(mgr, key)
        assert ReviewSubject.CONSENT_SCRIPTS in {s.subject for s in reviews.review_warnings(mgr)}
    finally:
        mgr.logout()


def test_note_required_and_roles_checked(office: Session, data_dir: Path, clock: FakeClock) -> None:
    mgr = manager(office, data_dir, clock)
    try:
        for note in ("", "   ", "x" * 1001):
            with pytest.raises(ValidationError):
                reviews.record_review(mgr, "word_lists", note)
        assert store_audit.entries(action_prefix="review.record") == []
    finally:
        mgr.logout()
    clock.advance(days=400)
    admin = login(data_dir, "admin", ADMIN_PASSWORD, clock)
    try:  # the administrator is warned (and asked to have a manager record it) but records nothing
        assert {s.subject for s in reviews.review_warnings(admin)} == ALL
        with pytest.raises(PermissionDenied):
            reviews.record_review(admin, "word_lists", "見直した")
    finally:
        admin.logout()
    adv = login(data_dir, "adv", "blue whale orbit 42", clock)
    try:
        assert reviews.review_status(adv) == [] and reviews.review_warnings(adv) == []
        with pytest.raises(PermissionDenied):
            reviews.record_review(adv, "manual_rules", "見直した")
    finally:
        adv.logout()
