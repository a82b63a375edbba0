"""``incidents serve``: run the offline map dashboard on this machine."""

from __future__ import annotations

import argparse
import errno
import socket
import sys

from incidents.commands._common import add_db_option
from incidents.errors import UserError
from incidents.store import default_db_path

__all__ = ["register"]

_LOCAL = ("127.0.0.1", "localhost", "::1")


#: basemaps: the offline one first, then plotly's tile styles that need no token (they need internet)
MAP_STYLES = ("white-bg", "open-street-map", "carto-positron", "carto-darkmatter", "carto-voyager")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``serve``."""
    parser = subparsers.add_parser(
        "serve",
        help="run the map dashboard (offline, on this machine)",
        description="Run the map dashboard in a local web server (no internet needed). Open the printed address "
        "in a browser. For several users, run dashboard.wsgi:server under gunicorn instead.",
    )
    add_db_option(parser)
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)"
    )
    parser.add_argument("--port", type=int, default=8050, help="port (default: 8050)")
    parser.add_argument(
        "--debug",
        dest="dash_debug",
        action="store_true",
        help="Dash debug mode (error pop-ups, callback graph)",
    )
    parser.add_argument(
        "--map-style",
        default="white-bg",
        choices=MAP_STYLES,
        metavar="STYLE",
        help="basemap: white-bg (default, offline: the project's own country and province outlines) or an "
        "online tile style that needs internet: " + ", ".join(MAP_STYLES[1:]),
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help="if the store is empty, load the bundled sample reports first (invented demo data)",
    )
    parser.set_defaults(func=_serve)


def _check_port(host: str, port: int) -> None:
    """Fail early, in one line, when the address cannot be bound (not after loading samples, not in Werkzeug's words)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server itself binds
        try:
            sock.bind((host, port))
        except OSError as exc:
            hint = " (another program uses it: try another --port)" if exc.errno == errno.EADDRINUSE else ""
            raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}{hint}") from None


def _serve(args: argparse.Namespace) -> int:
    from dashboard import create_app, open_app_store

    if not 0 < args.port < 65536:
        raise UserError(f"--port {args.port}: not a TCP port (1-65535)")
    path = args.db if args.db is not None else default_db_path()
    store = open_app_store(path)
    _check_port(args.host, args.port)  # before the samples load (a few minutes on a first run), not after
    if args.map_style != "white-bg":
        print(f"incidents: map style {args.map_style} loads tiles from the internet", file=sys.stderr)
    app = create_app(store=store, settings={"map_style": args.map_style})
    if args.sample and store.count() == 0:
        print(
            "incidents: loading the sample reports (invented demo data); the first run also builds the gazetteer "
            "index, which takes a few minutes (two on an idle 2-core machine)…",
            file=sys.stderr,
        )
        try:
            done = app.atlas.load_samples()  # type: ignore[attr-defined]
        except (RuntimeError, OSError, ValueError) as exc:
            raise UserError(f"could not load the sample data: {exc}") from exc
        print(
            f"incidents: {done.reports} sample reports -> {done.incidents} incidents ({done.method})",
            file=sys.stderr,
        )
    if args.host not in _LOCAL:
        print(
            f"incidents: warning: binding to {args.host} makes the dashboard reachable from other machines; "
            "it has no login.",
            file=sys.stderr,
        )
    print(f"incidents: store {path}", file=sys.stderr)
    print(f"incidents: dashboard at http://{args.host}:{args.port}/  (Ctrl+C to stop)", file=sys.stderr)
    # no reloader (it would start a second process), and no version check (debug mode would call plotly.com)
    app.run(
        host=args.host,
        port=args.port,
        debug=args.dash_debug,
        use_reloader=False,
        dev_tools_disable_version_check=True,
    )
    return 0
