"""The guideline's own words behind a screening finding, for the reader (no rule codes on screen).

Word-list categories quote the line their shipped list cites (managers may change the words, never the
rule); categories found by code quote their rule's line. The rule book is the seed guideline.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from desktop.domain.screening import Category, Finding, SourceRef, rule_source
from desktop.services import wordlists


@functools.cache
def _listed() -> Mapping[Category, SourceRef]:
    return {wl.category: wl.source for wl in wordlists.default_word_lists()}


def rule_quote(finding: Finding) -> str:
    """The guideline line the finding rests on, verbatim; "" when it rests on a platform's own limit."""
    ref = rule_source(finding.category, finding.rule, _listed())
    return ref.quote if ref is not None else ""
