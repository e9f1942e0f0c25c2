"""承認 — the managers' review of SNS posts, and the management of what the review relies on.

Tabs, one module each: the queue and one review (:mod:`.queue`: sorted by age with the waiting
time; the post with its findings highlighted, the scope check item by item with ✓/✗, the P3-P5
checklist, the decision with a reason, and a diff against the version last reviewed), SNS
accounts (:mod:`.accounts`), pre-approved scopes (:mod:`.scopes`), word lists
(:mod:`.word_lists`) and incidents (:mod:`.incidents`); :mod:`.page` puts them together. Every
rule is checked again by the services; the buttons only make the right thing easy.
"""

from __future__ import annotations

from desktop.ui.pages.review.page import PAGES, ReviewPage

__all__ = ["PAGES", "ReviewPage"]
