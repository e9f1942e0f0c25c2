"""電話受付 — the phone-call entry screen an advisor keeps open all day (design A3, A4).

Keyboard first: the address field has the focus; Tab walks address → script paragraphs →
name → furigana → memo → call recording → agreed / refused → save. Space ticks a paragraph
as read; "agreed" can be chosen only when every paragraph is ticked. Ctrl+Enter saves, Esc
clears, and after saving the focus is back in the address field. The address is normalised
quietly as it is typed (the normalised form is shown), typo suggestions and carrier doubts
are offered, and a read-back line spells it letter by letter. An address already known shows
its status and history before saving. Today's entries are listed below; a mistaken one is
corrected with a new, audited correction (Alt+C).

Modules: :mod:`.page` (the page), :mod:`.script_panel`, :mod:`.address_helper`, :mod:`.today`
and :mod:`.dialogs` (correction, script versions).
"""

from __future__ import annotations

from desktop.ui.pages.phone.dialogs import CorrectionDialog, ScriptDialog
from desktop.ui.pages.phone.page import PAGES, PhonePage

__all__ = ["PAGES", "CorrectionDialog", "PhonePage", "ScriptDialog"]
