"""What the command line's modules share (desktop/cli.py, desktop/cli_server.py): exit codes, the one-line
errors and the password prompts (never an argument)."""

from __future__ import annotations

import getpass
import os
import sys

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_VERIFY_FAILED = 3


class CliError(Exception):
    """A one-line error for the user."""


class CliUsage(Exception):
    """A usage error (exit code 2)."""


def password(prompt: str, *, confirm: bool = False) -> str:
    """A Madoguchi user's password: ``MADOGUCHI_PASSWORD``, else a prompt in a terminal."""
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


def admin_password(user: str) -> str:
    """The PostgreSQL administrator's password: ``MADOGUCHI_SERVER_ADMIN_PASSWORD``, else a prompt."""
    found = os.environ.get("MADOGUCHI_SERVER_ADMIN_PASSWORD")
    if found is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError("no password: set MADOGUCHI_SERVER_ADMIN_PASSWORD or run in a terminal")
        found = getpass.getpass(f"PostgreSQL password for {user}: ")
    return found
