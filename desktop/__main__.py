"""Entry point: ``madoguchi`` / ``python -m desktop``.

A first argument naming a command-line command runs it without Qt; ``self-test`` and
``--version`` are answered here; anything else starts the desktop app.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop import cli

    if args and args[0] in cli.COMMANDS:
        return cli.main(args)
    from desktop import app

    if args and args[0] == "self-test":
        return app.self_test(args[1:])
    if "--version" in args:
        print(app.version_text())
        return 0
    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
