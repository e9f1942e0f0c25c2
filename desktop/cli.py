"""The command line: the same services as the app, without Qt.

    madoguchi init --data-dir DIR --office NAME --admin USER [--officer NAME --officer-contact TEXT]
    madoguchi verify --data-dir DIR --user USER

Passwords come from an interactive prompt, or from ``MADOGUCHI_PASSWORD`` for automation.
Expected errors print one readable line and exit non-zero, without a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import paths
from desktop.domain.errors import DomainError, fill
from desktop.services import session as session_service

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_VERIFY_FAILED = 3

COMMANDS = ("init", "verify")


class CliError(Exception):
    """A one-line error for the user."""


def _password(prompt: str, *, confirm: bool = False) -> str:
    env = os.environ.get("MADOGUCHI_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("no password: set MADOGUCHI_PASSWORD or run in a terminal")
    first = getpass.getpass(prompt)
    if confirm:
        again = getpass.getpass("Repeat the password: ")
        if again != first:
            raise CliError("the two passwords do not match")
    return first


def _ask(value: str | None, prompt: str, flag: str) -> str:
    if value:
        return value
    if sys.stdin and sys.stdin.isatty():
        return input(prompt)
    raise CliError(f"missing {flag}")


def cmd_init(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
    officer = _ask(args.officer, "Privacy officer's name: ", "--officer")
    contact = _ask(args.officer_contact, "How to reach the privacy officer: ", "--officer-contact")
    password = _password(f"Password for {args.admin}: ", confirm=True)
    session, code = session_service.create_office(
        data_dir,
        office_name=args.office,
        privacy_officer_name=officer,
        privacy_officer_contact=contact,
        admin_username=args.admin,
        admin_display_name=args.display_name or args.admin,
        admin_password=password,
        admin_password_confirm=password,
    )
    session.logout()
    print(f"Office created in {data_dir}")
    print("Recovery code (shown once; print it and keep it in a safe place):")
    print(f"  {code}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
    password = _password(f"Password for {args.user}: ")
    from desktop.services import checkpoints

    session = session_service.login(data_dir, args.user, password)
    try:
        extra = [c for f in (args.checkpoint or []) for c in checkpoints.load_file(Path(f))]
        full = checkpoints.verify_all(session, extra)
    finally:
        session.logout()
    result = full.chain
    for anchor in full.anchors:
        state = "ok" if anchor.ok else f"FAILED ({anchor.problem})"
        print(f"checkpoint seq {anchor.seq} at {anchor.time}: {state}")
    if full.ok:
        print(f"audit log ok: {result.count} entries, last seq {result.last_seq}, last mac {result.last_mac_hex}")
        return EXIT_OK
    if result.ok:
        print(f"audit log chain intact ({result.count} entries) but a checkpoint does not match: "
              "the log was truncated or rewritten")
    else:
        print(f"audit log BROKEN at seq {result.first_bad_seq} ({result.problem}); "
              f"{result.count} entries verified before it")
    return EXIT_VERIFY_FAILED


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="madoguchi", description="Madoguchi office tool (command line)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("init", help="create a new office")
    p.add_argument("--data-dir")
    p.add_argument("--office", required=True)
    p.add_argument("--admin", required=True)
    p.add_argument("--display-name")
    p.add_argument("--officer")
    p.add_argument("--officer-contact")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("verify", help="verify the audit chain")
    p.add_argument("--data-dir")
    p.add_argument("--user", required=True)
    p.add_argument("--checkpoint", action="append", help="a checkpoint file to check too (e.g. from a backup set)")
    p.set_defaults(func=cmd_verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except DomainError as exc:
        print(f"madoguchi: {fill(exc.message, *exc.params)}", file=sys.stderr)
    except CliError as exc:
        print(f"madoguchi: {exc}", file=sys.stderr)
    except FileExistsError:
        print("madoguchi: an office already exists in this data folder", file=sys.stderr)
    except KeyboardInterrupt:
        print("madoguchi: cancelled", file=sys.stderr)
    return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
