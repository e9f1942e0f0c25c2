"""研修: the quarterly training quiz (everyone) and the completion report (managers, administrators).

The quiz is keyboard-friendly: digits 1-9 or letters A-I choose a choice (in a "select all"
question they tick or untick it), Space ticks the focused choice, Enter submits the answer and
then moves on. Questions, choices and explanations are shown in the UI language
(:func:`current_language`).

Modules: :mod:`.page` (the page), :mod:`.quiz` (overview, questions, result), :mod:`.question`
(one question), :mod:`.report` and :mod:`.settings` (managers' tabs), :mod:`.texts` (shared
wording). The completion chart is :mod:`desktop.ui.widgets.completion_chart`.
"""

from __future__ import annotations

from desktop.ui.pages.training.page import PAGES, TrainingPage
from desktop.ui.pages.training.texts import current_language, reminder_text

__all__ = ["PAGES", "TrainingPage", "current_language", "reminder_text"]
