"""Screening quality on the labelled corpus: recall and false alarms per category (issue: guards)."""

from __future__ import annotations

import sys
import time

from benchmarks.screening_corpus import evaluate, load_corpus, shipped_word_lists, table
from desktop.services import morphology


def main() -> int:
    posts = load_corpus()
    lists = shipped_word_lists()
    start = time.perf_counter()
    rows = evaluate(posts, lists, morphology.analyze)
    elapsed = time.perf_counter() - start
    print(table(rows))
    print(f"\n{len(posts)} posts screened in {elapsed:.2f} s ({1000 * elapsed / len(posts):.2f} ms per post, "
          "SudachiPy included)")
    without = evaluate(posts, lists, None)
    caught = sum(r.caught for r in without.values())
    should = sum(r.should for r in without.values())
    print(f"without the morphological analyser: {caught}/{should} should-flag posts caught")
    if "-v" in sys.argv:
        for r in rows.values():
            for m in r.misses:
                print("MISS", r.category, m)
            for a in r.alarms:
                print("ALARM", r.category, a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
