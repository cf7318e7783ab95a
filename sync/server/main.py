"""Entry point `nomad-sync-server`: run the reference central API, or administer its database.

    nomad-sync-server serve --db server.sqlite --port 8765
    nomad-sync-server import-store --db server.sqlite --store site.sqlite
    nomad-sync-server add-user --db server.sqlite --user alice --password … --role site_manager --site DEMO
    nomad-sync-server issue-token --db server.sqlite --user alice --role reception --site DEMO
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sync import protocol


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nomad-sync-server", description="NOMAD reference central API")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--ssl-certfile")
    serve.add_argument("--ssl-keyfile")
    serve.add_argument("--protocols", type=int, nargs="+", choices=protocol.SUPPORTED_VERSIONS,
                       help="speak only these protocol versions (to try clients against an older server)")
    imp = sub.add_parser("import-store", help="seed a site from a NOMAD Desktop site file")
    imp.add_argument("--store", type=Path, required=True)
    imp.add_argument("--code")
    user = sub.add_parser("add-user", help="create a user who logs in with a password")
    user.add_argument("--user", required=True)
    user.add_argument("--password", required=True)
    token = sub.add_parser("issue-token", help="print a new bearer token")
    token.add_argument("--user", required=True)
    reset = sub.add_parser("reset-site", help="start a new generation of a site (clients download again)")
    reset.add_argument("--code", required=True)
    for p in (user, token):
        p.add_argument("--role", choices=protocol.ROLES, required=True)
        p.add_argument("--site", action="append", required=True, help="site code, or * for all (repeatable)")
    for p in (serve, imp, user, token, reset):
        p.add_argument("--db", default="nomad-server.sqlite", help="SQLite path or database URL")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from sync.server import admin
    from sync.server.db import open_database

    engine = open_database(args.db)
    if args.command == "serve":
        import uvicorn

        from sync.server.app import create_app

        versions = tuple(args.protocols or protocol.SUPPORTED_VERSIONS)
        uvicorn.run(create_app(engine, protocol_versions=versions), host=args.host, port=args.port, log_level="warning",
                    ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile)
    elif args.command == "import-store":
        print(admin.import_store(engine, args.store, code=args.code))
    elif args.command == "add-user":
        admin.add_user(engine, username=args.user, password=args.password, role=args.role, sites=args.site)
    elif args.command == "issue-token":
        print(admin.issue_token(engine, username=args.user, role=args.role, sites=args.site))
    elif args.command == "reset-site":
        print(admin.reset_site(engine, code=args.code))
    return 0


if __name__ == "__main__":
    sys.exit(main())
