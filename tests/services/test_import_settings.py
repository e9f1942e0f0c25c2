"""管理 → 設定 → 取り込みの上限 (issue 17): administrators change the import limits; the domain checks the
range with a translated sentence per limit; one audit entry per change (old → new, numbers only);
the imports use the new limits at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import office_settings as rules
from desktop.domain.errors import ValidationError
from desktop.services import import_settings, lp_import
from desktop.services.errors import PermissionDenied
from desktop.services.session import Session
from desktop.store import audit as store_audit
from tests.conftest import FakeClock, add_user, login


def test_an_administrator_changes_the_limits_with_one_audit_entry(office: Session, tmp_path: Path) -> None:
    assert import_settings.current(office) == rules.ImportLimits()  # the standard limits until changed
    before = store_audit.count()
    changed = import_settings.save(office, max_rows=2, max_ratio=50, max_line_chars=rules.ImportLimits().max_line_chars)
    assert changed == ("max_rows", "max_ratio")
    limits = import_settings.current(office)
    assert (limits.max_rows, limits.max_ratio, limits.max_uncompressed_mb) == (2, 50, 200)
    assert lp_import.import_limits(office) == limits  # what the imports read
    assert store_audit.count() == before + 1
    entry = store_audit.entries(action_prefix="settings.change")[-1]
    assert entry.details["keys"] == ["import_max_rows", "import_max_ratio"]
    assert entry.details["old"] == {"max_rows": 1_000_000, "max_ratio": 100}
    assert entry.details["new"] == {"max_rows": 2, "max_ratio": 50}
    assert import_settings.save(office, max_rows=2) == ()  # nothing changed: nothing audited
    assert store_audit.count() == before + 1
    # the import refuses a file over the new row limit, before anything is saved
    csv = tmp_path / "three.csv"
    csv.write_text("email\na@example.jp\nb@example.jp\nc@example.jp\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        lp_import.preview_file(office, csv, source="other_lp")
    assert "the limit is %1 rows" in err.value.message and err.value.params[0] == "2"


@pytest.mark.parametrize(("name", "value"), [("max_rows", 0), ("max_rows", 10_000_001), ("max_uncompressed_mb", 5000),
                                             ("max_ratio", 9), ("max_shared_strings", -1), ("max_line_chars", 999),
                                             ("max_rows", "many")])
def test_a_limit_out_of_range_is_refused_with_its_own_sentence(office: Session, name: str, value: object) -> None:
    before = store_audit.count()
    with pytest.raises(ValidationError) as err:
        import_settings.save(office, **{name: value})  # type: ignore[arg-type]
    assert err.value.message == rules.IMPORT_LIMIT_MESSAGES[name] and err.value.context == "OfficeSettings"
    low, high = rules.IMPORT_LIMIT_RANGES[name]
    assert err.value.params == (f"{low:,}", f"{high:,}")
    assert import_settings.current(office) == rules.ImportLimits() and store_audit.count() == before


@pytest.mark.parametrize("role", ["advisor", "manager"])
def test_only_administrators_change_the_limits(office: Session, data_dir: Path, clock: FakeClock, role: str) -> None:
    add_user(office, role, role)
    office.logout()
    session = login(data_dir, role, "blue whale orbit 42", clock)
    before = store_audit.count()
    with pytest.raises(PermissionDenied):
        import_settings.save(session, max_rows=5)
    assert import_settings.current(session).max_rows == rules.ImportLimits().max_rows
    assert [e.action for e in store_audit.entries()[before:] if e.action == "settings.change"] == []
    session.logout()
