"""``madoguchi server …``: set up an office server, move an office onto it or back into a file, upgrade
its schema, give its database login a new password (desktop/cli.py's ``main`` runs them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli_common import EXIT_OK, CliError, CliUsage, admin_password, password
from desktop.services import session as session_service


def cmd_server_init(args: argparse.Namespace) -> int:
    from desktop.services import server_setup

    talks_to_server = args.ca is not None or (Path(args.out) / "office-ca.pem").exists()  # else: certificates only
    secret = admin_password(args.admin_user) if talks_to_server else ""
    import psycopg

    try:
        made = server_setup.init_server(host=args.host, port=args.port, admin_user=args.admin_user,
                                        admin_password=secret, dbname=args.dbname, out_dir=Path(args.out),
                                        ca_path=Path(args.ca) if args.ca else None)
    except (psycopg.errors.DuplicateDatabase, psycopg.errors.DuplicateObject):
        raise CliError(f"the database {args.dbname} or its role already exists on the server; "
                       "choose another --dbname") from None
    except ValueError:
        raise CliUsage("--dbname takes lower-case letters, digits and _ only") from None
    if made.certs is not None:
        c = made.certs
        print(f"office CA and server certificate for {args.host} written to {c.folder}")
        print(f"office CA fingerprint (SHA-256): {c.fingerprint}")
        print(f"install {c.server_cert.name} and {c.server_key.name} as the server's ssl_cert_file and ssl_key_file, "
              "turn ssl on, restart PostgreSQL, then run this command again")
        print(f"keep {c.ca_key.name} offline: it signs the server's next certificate")
        return EXIT_OK
    print(f"office database {args.dbname} created on {args.host}:{args.port}")
    print(f"connection file: {made.connection_file} (it holds the database password: copy it to each PC's "
          "office folder, never by e-mail or a shared folder)")
    return EXIT_OK


def cmd_server_upgrade(args: argparse.Namespace) -> int:
    from desktop.services import server_upgrade

    try:
        done = server_upgrade.upgrade_server(Path(args.office or args.setup), args.admin_user,
                                             admin_password(args.admin_user))
    except server_upgrade.UpgradeRefused as exc:
        raise CliError(f"upgrade refused: {exc}") from None
    print("\n".join(server_upgrade.report(done)))
    return EXIT_OK


def _server_move(args: argparse.Namespace, to_server: bool) -> int:
    from desktop.services import server_setup

    user_password = password(f"Password for {args.user}: ")
    session = session_service.login(Path(args.office), args.user, user_password)
    try:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total} rows", end="", file=sys.stderr, flush=True)

        if to_server:
            if not (Path(args.to) / "server.json").exists():
                raise CliError(f"no server.json in {args.to}: run madoguchi server init --out {args.to} first")
            profile = server_setup.load_connection_file(Path(args.to))
            moved = server_setup.move_to_server(session, profile, Path(args.to), progress)
        else:
            moved = server_setup.export_to_file(session, Path(args.to), progress)
    finally:
        session.logout()
        if sys.stderr.isatty():
            print(file=sys.stderr)
    where = "onto the office server" if to_server else "into a new office file"
    print(f"copied {moved.total} rows {where} in {moved.seconds:.1f} s; the office in {args.to} is ready")
    return EXIT_OK


def cmd_server_move(args: argparse.Namespace) -> int:
    return _server_move(args, to_server=True)


def cmd_server_export(args: argparse.Namespace) -> int:
    return _server_move(args, to_server=False)


def cmd_server_new_login(args: argparse.Namespace) -> int:
    from desktop.services import server_upgrade

    try:
        done = server_upgrade.new_login(Path(args.office or args.setup), args.admin_user,
                                        admin_password(args.admin_user))
    except server_upgrade.NewLoginRefused as exc:
        raise CliError(f"new-login: {exc}") from None
    ended = ("its open sessions could not be ended by this role: they last until they disconnect (restart the "
             "server to end them now)" if done.ended is None else f"{done.ended} open sessions ended")
    print(f"the office's database login {done.role} has a new password; {ended}")
    print(f"new connection file: {done.file} (copy it into the office folder of every other PC, replacing "
          "theirs, never by e-mail or a shared folder; the old file no longer connects)")
    print("the next administrator's login records it in the audit log")
    return EXIT_OK


def add_parser(sub: Any) -> None:  # argparse's subparsers action
    p = sub.add_parser("server", help="set up an office server; move an office onto it or back into a file")
    ssub = p.add_subparsers(dest="action", required=True)
    p = ssub.add_parser("init", help="create the office database, its app role and the connection file",
                        description="The PostgreSQL administrator's password comes from a prompt or "
                                    "MADOGUCHI_SERVER_ADMIN_PASSWORD. Without --ca (and no office-ca.pem in "
                                    "--out), only the office CA and a server certificate are made.")
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, default=5432)
    p.add_argument("--admin-user", required=True, help="a PostgreSQL role that may create roles and databases")
    p.add_argument("--ca", metavar="CA.pem", help="the office CA certificate the server's certificate is signed by")
    p.add_argument("--dbname", required=True, help="the office database (lower-case letters, digits and _)")
    p.add_argument("--out", required=True, metavar="DIR", help="where the connection file (server.json) goes")
    p.set_defaults(func=cmd_server_init)
    for name, func, text in (("move", cmd_server_move, "copy this PC's office onto a new office server database"),
                             ("export", cmd_server_export, "copy a server office into a new office file")):
        p = ssub.add_parser(name, help=text)
        p.add_argument("--office", required=True, metavar="DIR", help="the office folder to copy from")
        p.add_argument("--to", required=True, metavar="DIR",
                       help="the new office folder (move: the folder holding init's server.json)")
        p.add_argument("--user", required=True, help="an administrator's username")
        p.set_defaults(func=func)
    p = ssub.add_parser("upgrade", help="bring the office server's schema to this version (all or nothing)")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--office", metavar="DIR", help="a PC's office folder (its server.json)")
    where.add_argument("--setup", metavar="DIR", help="the folder server init wrote server.json to")
    p.add_argument("--admin-user", required=True, help="the PostgreSQL role that owns the office database")
    p.set_defaults(func=cmd_server_upgrade)
    p = ssub.add_parser("new-login", help="give the office's database login a new password (someone left)",
                        description="Every PC connects with the one database login in its connection file. This "
                                    "gives it a new random password, ends its open sessions and rewrites "
                                    "server.json in --office or --setup: copy that file to every other PC.")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--office", metavar="DIR", help="a PC's office folder (its server.json is replaced)")
    where.add_argument("--setup", metavar="DIR", help="the folder server init wrote server.json to")
    p.add_argument("--admin-user", required=True,
                   help="a PostgreSQL role that owns the office database and may change the login's password")
    p.set_defaults(func=cmd_server_new_login)
