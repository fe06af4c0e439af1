"""`tugan serve`: the web pages, on this machine."""

import contextlib
import io
import os
import signal
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from tugan.cli.options import setup_django

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIApplication

SERVER_THREADS = 8


MAX_DEFAULT_PROCESSES = 4
# Opened once before serving: the first request of a process imports the URL modules, compiles
# the templates and loads the search tables, which took a second.
WARM_UP_PATHS = ("/persons/", "/sources/", "/search/?q=tugan")


def default_processes() -> int:
    """Return how many server processes to run: one per core (at most 4), where processes
    can be forked."""
    if not hasattr(os, "fork"):
        return 1
    return max(1, min(MAX_DEFAULT_PROCESSES, os.cpu_count() or 1))


def warm_up(application: "WSGIApplication", host: str) -> dict[str, int]:
    """Open the main pages once, anonymously and in this process; return each path's status.

    Done before forking, what they load is loaded once and shared by every server process,
    and no visitor waits for it."""
    statuses: dict[str, int] = {}
    lines: list[str] = []

    def start_response(
        line: str, headers: list[tuple[str, str]], exc_info: object = None
    ) -> Callable[[bytes], object]:
        lines.append(line)
        return lambda data: None

    for target in WARM_UP_PATHS:
        path, _, query = target.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SERVER_NAME": host,
            "SERVER_PORT": "80",
            "HTTP_HOST": host if ":" not in host else f"[{host}]",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr,
        }
        response = application(environ, start_response)
        b"".join(response)  # the page is built as it is read
        getattr(response, "close", lambda: None)()
        statuses[target] = int(lines[-1].split()[0])
    return statuses


def run_server(host: str, port: int, processes: int = 1) -> None:
    """Serve the site with waitress until interrupted, in one process or several.

    Python runs one thread at a time per process, so page rendering used one core however
    many threads waitress had. Several processes share one listening socket; the kernel hands
    each new connection to one of them.
    """
    import waitress
    from django.db import connections

    from tugan.wsgi import application

    # A host the site does not answer (0.0.0.0) is warmed up as 127.0.0.1.
    warm_up(application, host if host not in {"0.0.0.0", "::"} else "127.0.0.1")
    click.echo(f"Tugan is serving on http://{host}:{port}/ (press Ctrl-C to stop)")
    if processes <= 1 or not hasattr(os, "fork"):
        waitress.serve(application, host=host, port=port, threads=SERVER_THREADS, ident="tugan")
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(1024)
    # Each process opens its own database connections: none may inherit the parent's (the
    # warm-up opened one).
    connections.close_all()
    children = []
    for _ in range(processes):
        child = os.fork()
        if child == 0:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            try:
                waitress.serve(
                    application, sockets=[listener], threads=SERVER_THREADS, ident="tugan"
                )
            finally:
                os._exit(0)
        children.append(child)

    def stop(signum: int, frame: object) -> None:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        for _ in children:
            os.wait()
    finally:
        stop(signal.SIGTERM, None)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--processes",
    type=click.IntRange(1, 64),
    default=default_processes,
    show_default="one per core, at most 4",
    help="Server processes, each with 8 threads.",
)
def serve(host: str, port: int, processes: int) -> None:
    """Serve the Tugan web pages.

    Listens on this machine only unless --host says otherwise; put an HTTPS
    proxy in front before serving a network.

    Examples:

        tugan serve

        tugan serve --port 8080 --processes 4
    """
    setup_django()
    run_server(host, port, processes)
