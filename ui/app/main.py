"""Entry point `nomad-desktop`: parses the command line, then opens the window or runs a headless command.

This is the composition root: it opens the workspace (lock + migrations) before any window,
wires the task manager, theme and translations, and hands the pieces to the main window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from nomad_desktop import __version__

log = logging.getLogger("nomad")

VIEWS = ("plan", "bookings", "reception", "dashboard", "sync")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nomad-desktop", description="NOMAD Desktop — offline-first client of NOMAD.")
    parser.add_argument("--version", action="version", version=f"NOMAD Desktop {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the demonstration site, creating it if needed")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the platform's user data folder)")
    parser.add_argument("--site", help="code of the site file to open")
    parser.add_argument("--screenshot", type=Path, metavar="PATH", help="render the main window to a PNG and exit")
    parser.add_argument("--view", choices=VIEWS, default=None, help="page shown (with --screenshot)")
    parser.add_argument("--size", default="1440x900", help="window size WxH (with --screenshot)")
    parser.add_argument("--language", choices=("fr", "en"), help="interface language for this run")
    # For the start-up benchmark: quit once the window is shown (and, with "loaded", once every
    # page has its data). Not for people, hence hidden.
    parser.add_argument("--quit-when", choices=("shown", "loaded"), help=argparse.SUPPRESS)
    # For the packaging smoke test: read a small DXF in a child process (the frozen app's own executable).
    parser.add_argument("--check-dxf", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sync"]:  # headless synchronisation, before any GUI set-up
        from ui.app.cli_sync import main as sync_main

        return sync_main(argv[1:])
    args = build_parser().parse_args(argv)
    if args.check_dxf:
        from nomad_desktop.plans.dxf_check import check_dxf_reading

        print(check_dxf_reading())
        return 0
    if args.screenshot is not None:
        # A screenshot needs no screen: render offscreen unless a platform was chosen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
