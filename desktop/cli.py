"""The command line: the same services as the app, without Qt.

    madoguchi init --office NAME --admin USER --officer NAME --officer-contact TEXT [--data-dir DIR]
                   [--display-name NAME]   (--officer and --officer-contact are asked for when run in a
                                            terminal, and required otherwise)
    madoguchi verify --data-dir DIR --user USER
    madoguchi import FILE --source municipal-lp|other-lp --user USER [--data-dir DIR] [--map field=column ...]
    madoguchi suppressions import FILE [--format NAME] --user USER [--data-dir DIR]
    madoguchi server init --host H [--port P] --admin-user U [--ca CA.pem] --dbname NAME --out DIR
    madoguchi server move --office DIR --to DIR --user USER     (this PC's office onto the server)
    madoguchi server export --office DIR --to DIR --user USER   (a server office into a new office file)
    madoguchi server upgrade --office DIR | --setup DIR --admin-user U   (the server's schema to this version)
    madoguchi server new-login --office DIR | --setup DIR --admin-user U (a new database password: someone left)

Passwords come from an interactive prompt, or from ``MADOGUCHI_PASSWORD`` for automation.
Expected errors print one readable line and exit non-zero, without a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from desktop import cli_server, paths
from desktop.cli_common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, EXIT_VERIFY_FAILED, CliError, CliUsage
from desktop.cli_common import password as _password
from desktop.domain.errors import DomainError, fill
from desktop.services import session as session_service
from desktop.services.errors import KeyFileBackupAvailable
from desktop.store.errors import os_fault

COMMANDS = ("init", "verify", "import", "export", "backup", "suppressions", "server")


def _ask(value: str | None, prompt: str, flag: str, meaning: str) -> str:
    if value and value.strip():
        return value
    if sys.stdin and sys.stdin.isatty():
        return input(prompt)
    raise CliUsage(f"init needs {flag} ({meaning}); it is asked for only when run in a terminal")


def cmd_init(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
    officer = _ask(args.officer, "Privacy officer's name: ", "--officer NAME", "the privacy officer's name")
    contact = _ask(args.officer_contact, "How to reach the privacy officer: ", "--officer-contact TEXT",
                   "how to reach the privacy officer")
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
    from desktop.services import checkpoints, integrity

    session = session_service.login(data_dir, args.user, password)
    try:
        extra = [c for f in (args.checkpoint or []) for c in checkpoints.load_file(Path(f))]
        # every page's HMAC and quick_check (unlock runs only the cheap checks), on a connection of its own
        # beside the audit walk (which allows for an entry the check may append meanwhile)
        with ThreadPoolExecutor(max_workers=1) as pool:
            page_check = pool.submit(integrity.check, session)
            full = checkpoints.verify_all(session, extra)
            pages = page_check.result()
    finally:
        session.logout()
    print("database integrity ok" if pages.ok else "database integrity FAILED: the file is damaged; restore a backup")
    result = full.chain
    for anchor in full.anchors:
        state = "ok" if anchor.ok else f"FAILED ({anchor.problem})"
        print(f"checkpoint seq {anchor.seq} at {anchor.time}: {state}")
    if full.ok:
        print(f"audit log ok: {result.count} entries, last seq {result.last_seq}, last mac {result.last_mac_hex}")
        return EXIT_OK if pages.ok else EXIT_VERIFY_FAILED
    for finding in checkpoints.findings(full):  # one line per finding: what was lost, between which times
        print(f"audit log problem: {fill(finding.message, *finding.params)}")
    if not result.ok:
        print(f"audit log BROKEN at seq {result.first_bad_seq} ({result.problem}); "
              f"{result.count} entries verified before it")
    return EXIT_VERIFY_FAILED


_IMPORT_LABELS = {
    "join": "will join", "no_opt_in": "no opt-in", "invalid": "invalid address", "duplicate": "duplicate",
    "suppressed": "previously unsubscribed or refused", "refused": "refused in the file", "error": "row errors",
}
_LIST_LIMIT = 50


def _mapping(pairs: Sequence[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip():
            raise CliUsage(f"--map needs field=column, got {pair!r}")
        mapping[field.strip()] = column.strip()
    return mapping


def cmd_import(args: argparse.Namespace) -> int:
    """Import a landing-page file; the command itself is the advisor's confirmation."""
    from desktop.domain.errors import fill as fill_text
    from desktop.services import lp_import

    mapping = _mapping(args.map or [])
    source = lp_import.Source.parse(args.source)
    path = Path(args.file)
    data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
    password = _password(f"Password for {args.user}: ")
    session = session_service.login(data_dir, args.user, password)
    try:
        preview = lp_import.preview_file(session, path, source=source, mapping=mapping or None)
        print(f"{path.name}: {preview.file_kind}, {preview.encoding}; source {source.value}; "
              f"wording {preview.wording.version_id}")
        for when in preview.previous_imports:
            print(f"note: this file was imported before ({when})")
        print(f"rows: {preview.total}")
        for outcome in lp_import.RowOutcome:
            print(f"  {_IMPORT_LABELS[outcome.value]}: {preview.counts.get(outcome, 0)}")
        problems = preview.problems()
        if problems:
            print("rows not imported:")
            for row in problems[:_LIST_LIMIT]:
                detail = fill_text(row.detail, *row.detail_params)
                print(f"  row {row.row}: {_IMPORT_LABELS[row.outcome.value]} - {detail}")
            if preview.problem_count > _LIST_LIMIT:
                print(f"  ... and {preview.problem_count - _LIST_LIMIT} more")
        if not preview.counts.get(lp_import.RowOutcome.JOIN) and not preview.counts.get(lp_import.RowOutcome.NO_OPT_IN):
            print("nothing to import")
            return EXIT_OK
        result = lp_import.confirm(session, preview)
    finally:
        session.logout()
    print(f"imported: batch {result.batch_id}, {result.created} new contacts, "
          f"{result.joined} on the send list (confirmed by {args.user})")
    return EXIT_OK


def cmd_suppressions_import(args: argparse.Namespace) -> int:
    """Bring a mail service's unsubscribes, bounces and complaints in; the command is the confirmation."""
    from desktop.services import mail_import

    path = Path(args.file)
    data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
    password = _password(f"Password for {args.user}: ")
    session = session_service.login(data_dir, args.user, password)
    try:
        plan = mail_import.preview(session, path, args.format)
        print(f"{path.name}: {', '.join(f.value for f in plan.formats)}; sha256 {plan.sha256}")
        for effect in mail_import.Effect:
            print(f"  {fill(effect.label)}: {plan.counts.get(effect, 0)}")
        result = mail_import.confirm(session, plan)
    finally:
        session.logout()
    print(f"applied: {result.changed} addresses taken off the send list (audit entry {result.audit_seq})")
    return EXIT_OK


def _date(text: str | None):  # type: ignore[no-untyped-def]
    from datetime import date

    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        raise CliError(f"not a date (YYYY-MM-DD): {text}") from None


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.services import exports

    data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
    out = Path(args.out)
    fmt = args.format or ("csv" if out.suffix.lower() in (".csv", ".tsv") or args.preset else "xlsx")
    # set but empty is an error, never an unprotected file; unset means no file password
    file_password = os.environ.get("MADOGUCHI_EXPORT_PASSWORD")
    if args.preset is not None:
        from desktop.services import export_presets

        if args.preset not in export_presets.names():
            raise CliUsage(f"unknown --preset {args.preset!r}; choose one of: {', '.join(export_presets.names())}")
        if not args.unencrypted:
            raise CliUsage("a --preset file is plain CSV and cannot be encrypted; add --unencrypted to confirm")
    request = exports.ExportRequest(exports.ExportKind(args.kind), fmt, _date(args.from_), _date(args.to),
                                    password=file_password, preset=args.preset, unencrypted_confirmed=args.unencrypted,
                                    sync_reason=args.reason)
    exports.check_request(request)
    password = _password(f"Password for {args.user}: ")
    session = session_service.login(data_dir, args.user, password)
    try:
        for notice in session.take_notices():
            print(f"madoguchi: {fill(notice.message, *notice.params)}", file=sys.stderr)
        result = exports.export(session, request, out)  # the login itself is the fresh password proof
    finally:
        session.logout()
    written = ", ".join(str(p) for p in result.paths) or str(result.path)
    print(f"exported {result.rows} rows of {args.kind} to {written} ({result.bytes} bytes, sha256 {result.sha256})")
    if result.long_fields:
        print(f"madoguchi: {result.long_fields} fields are longer than the service accepts (kept whole)",
              file=sys.stderr)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services import backup

    data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
    password = _password(f"Password for {args.user}: ")
    session = session_service.login(data_dir, args.user, password)
    try:
        made = backup.backup_now(session)
        location = backup.status(session).location
    finally:
        session.logout()
    print(f"backup {made.name} made and verified in {location} ({sum(made.counts.values())} records)")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="madoguchi", description="Madoguchi office tool (command line)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "init", help="create a new office",
        usage="madoguchi init --office NAME --admin USER --officer NAME --officer-contact TEXT "
              "[--data-dir DIR] [--display-name NAME]",
        description="Create a new office in an empty data folder. Required: --office, --admin, --officer "
                    "and --officer-contact (the last two are asked for when run in a terminal). The "
                    "administrator's password comes from a prompt or MADOGUCHI_PASSWORD.")
    p.add_argument("--data-dir", help="the office's data folder (default: the per-user data folder)")
    p.add_argument("--office", required=True, metavar="NAME", help="the office's name (required)")
    p.add_argument("--admin", required=True, metavar="USER", help="the first administrator's username (required)")
    p.add_argument("--display-name", metavar="NAME", help="the administrator's display name (default: USER)")
    p.add_argument("--officer", metavar="NAME",
                   help="the privacy officer's name (required; asked for in a terminal)")
    p.add_argument("--officer-contact", metavar="TEXT",
                   help="how to reach the privacy officer (required; asked for in a terminal)")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("verify", help="verify the audit chain")
    p.add_argument("--data-dir")
    p.add_argument("--user", required=True)
    p.add_argument("--checkpoint", action="append", help="a checkpoint file to check too (e.g. from a backup set)")
    p.set_defaults(func=cmd_verify)
    p = sub.add_parser("export", help="export the send list, consent records or the audit log")
    p.add_argument("kind", choices=["send-list", "consents", "audit", "training-report"])
    p.add_argument("--out", required=True)
    p.add_argument("--format", choices=["xlsx", "csv"])
    p.add_argument("--preset", metavar="NAME",
                   help="send list in a mail service's layout: generic_utf8, generic_cp932, mailchimp, sendgrid, "
                        "brevo, benchmark, blastmail, listmonk (plain CSV, needs --unencrypted)")
    p.add_argument("--unencrypted", action="store_true",
                   help="confirm that a --preset file is written without encryption")
    p.add_argument("--reason", metavar="TEXT",
                   help="send list: why it goes out although the mail service's unsubscribes were not imported "
                        "since the last send list or within the office's limit (recorded in the audit log)")
    p.add_argument("--from", dest="from_", help="first day (YYYY-MM-DD), inclusive")
    p.add_argument("--to", help="last day (YYYY-MM-DD), inclusive")
    p.add_argument("--user", required=True)
    p.add_argument("--data-dir")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("backup", help="make and verify a backup set now")
    p.add_argument("--user", required=True)
    p.add_argument("--data-dir")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("import", help="import a landing-page file (CSV or .xlsx)")
    p.add_argument("file")
    p.add_argument("--source", required=True, help="municipal-lp or other-lp")
    p.add_argument("--user", required=True)
    p.add_argument("--data-dir")
    p.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                   help="use COLUMN for FIELD (email, name, furigana, opt_in, date); repeatable")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("suppressions", help="bring a mail service's unsubscribes, bounces and complaints in")
    ssub = p.add_subparsers(dest="action", required=True)
    p = ssub.add_parser("import", help="import a mail service's unsubscribe, bounce or complaint file")
    p.add_argument("file")
    p.add_argument("--format", choices=[f.value for f in _mail_formats()],
                   help="the service's format (default: recognised from the file)")
    p.add_argument("--user", required=True)
    p.add_argument("--data-dir")
    p.set_defaults(func=cmd_suppressions_import)
    cli_server.add_parser(sub)
    return parser


def _mail_formats() -> list:  # type: ignore[type-arg]
    from desktop.domain.mail_services import FileFormat

    return list(FileFormat)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        try:
            return int(args.func(args))
        except KeyFileBackupAvailable as exc:
            if not _use_key_backup(args, exc):
                return EXIT_ERROR
            return int(args.func(args))
    except DomainError as exc:
        print(f"madoguchi: {fill(exc.message, *exc.params)}", file=sys.stderr)
    except CliError as exc:
        print(f"madoguchi: {exc}", file=sys.stderr)
    except CliUsage as exc:
        print(f"madoguchi: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except FileExistsError:
        print("madoguchi: an office already exists in this data folder", file=sys.stderr)
    except OSError as exc:  # a file fault the services did not map: one line, never a traceback
        fault = os_fault(exc)
        text = fill(fault.message) if fault else f"a file could not be read or written ({exc.strerror})"
        print(f"madoguchi: {text}", file=sys.stderr)
    except KeyboardInterrupt:
        print("madoguchi: cancelled", file=sys.stderr)
    return EXIT_ERROR


def _use_key_backup(args: argparse.Namespace, exc: KeyFileBackupAvailable) -> bool:
    """Explain a damaged key file with an intact previous copy; use the copy only when the user says so
    (a yes in a terminal, or ``MADOGUCHI_USE_KEY_BACKUP=1`` for automation). The restore is audited."""
    user = getattr(args, "user", None)
    chosen = os.environ.get("MADOGUCHI_USE_KEY_BACKUP") == "1" and user is not None
    if not chosen and user is not None and sys.stdin and sys.stdin.isatty():
        print(f"madoguchi: {fill(exc.message)}", file=sys.stderr)
        chosen = input("Open the office with the previous copy of the key file? [y/N] ").strip().lower() in {"y", "yes"}
    elif not chosen:
        print(f"madoguchi: {fill(exc.message)} Nothing was changed. To use the previous copy, answer yes in a "
              "terminal or set MADOGUCHI_USE_KEY_BACKUP=1.", file=sys.stderr)
    if not chosen or user is None:
        return False
    data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
    session_service.login(data_dir, user, _password(f"Password for {user}: "), use_key_backup=True).logout()
    print("madoguchi: the previous copy of the key file is in use again; the damaged file was kept",
          file=sys.stderr)
    return True


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
