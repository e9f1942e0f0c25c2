"""承認 → 範囲内の投稿: posts that went out within a scope, and why approval could not be obtained.

The guideline allows a post within a pre-approved scope only when the approval of the department
head or an appointed responsible person cannot be obtained (000 §2-4(2)); managers see each such
post with the author's reason, to follow up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.services import posts as post_service
from desktop.services.session import Session
from desktop.ui.dates import local_time
from desktop.ui.pages.review.common import rows_model
from desktop.ui.text import error_text, fill
from desktop.ui.widgets.forms import note, say
from desktop.ui.widgets.table import table_view


class InScopeTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inScopeTab")
        self.session = session
        self.model = rows_model(
            lambda: (
                self.tr("Submitted"),
                self.tr("Author"),
                self.tr("Account"),
                self.tr("Post"),
                self.tr("Scope"),
                self.tr("Why approval could not be obtained"),
            ),
            self._cells,
        )
        self.table = table_view(self.model, "inScopeTable")
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "Posts that went out within a pre-approved scope without individual approval. The guideline "
            "allows this only when approval cannot be obtained; the author's reason is shown for each.")))
        layout.addWidget(self.table, 1)
        self.message = note(object_name="inScopeMessage")
        layout.addWidget(self.message)

    def _cells(self, item: post_service.InScopeItem) -> tuple[str, ...]:
        p, v = item.post, item.version
        reason = QCoreApplication.translate("Scopes", v.no_approval_reason.label) if v.no_approval_reason else "—"
        return (
            local_time(v.submitted_at) if v.submitted_at else "",
            p.author_name,
            p.account_name,
            p.excerpt,
            fill(self.tr("Scope %1"), p.scope_used_id),
            fill(self.tr("%1 — %2"), reason, v.no_approval_note or "—"),
        )

    def refresh(self) -> None:
        try:
            rows = post_service.in_scope_posts(self.session)
        except Exception as exc:  # noqa: BLE001
            say(self.message, error_text(exc), error=True)
            return
        self.model.set_rows(rows)

    def clear(self) -> None:
        self.model.set_rows([])
