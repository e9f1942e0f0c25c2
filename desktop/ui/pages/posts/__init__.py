"""投稿 — drafting SNS posts: account, text with the platform's live length counter, links,
photos/videos with the P4 checklist, an optional pre-approved scope with its evidence, the
screening findings highlighted in the text, and the guideline self-check before submitting.
The author's posts are listed on the left; approved posts get their publication recorded,
published posts get corrections (P6), never deletions.

Modules: :mod:`.page` (the page and the drafting form), :mod:`.my_posts` (the author's posts),
:mod:`.media` (one photo or video with its checklist), :mod:`.publication` (publication and
corrections), :mod:`.texts` (the banner and the length counter). The findings view is shared
with the review screen (:mod:`desktop.ui.widgets.findings`).
"""

from __future__ import annotations

from desktop.ui.pages.posts.page import PAGES, PostsPage

__all__ = ["PAGES", "PostsPage"]
