"""`tugan serve`: the web pages, on this machine."""

import contextlib
import os
import signal
import socket
import sys

import click

from tugan.cli.options import setup_django

SERVER_THREADS = 8


MAX_DEFAULT_PROCESSES = 4  # each holds its own copy of the name and place tables


def default_processes() -> int:
    """Return how many server processes to run: one per core (at most 4), where processes
    can be forked."""
    if not hasattr(os, "fork"):
        return 1
    return max(1, min(MAX_DEFAULT_PROCESSES, os.cpu_count() or 1))


def run_server(host: str, port: int, processes: int = 1) -> None:
    """Serve the site with waitress until interrupted, in one process or several.

    Python runs one thread at a time per process, so page rendering used one core however
    many threads waitress had. Several processes share one listening socket; the kernel hands
    each new connection to one of them.
    """
    import waitress
    from django.db import connections

    from tugan.wsgi import application

    click.echo(f"Tugan is serving on http://{host}:{port}/ (press Ctrl-C to stop)")
    if processes <= 1 or not hasattr(os, "fork"):
        waitress.serve(application, host=host, port=port, threads=SERVER_THREADS, ident="tugan")
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(1024)
    # Each process opens its own database connections: none may inherit the parent's.
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
