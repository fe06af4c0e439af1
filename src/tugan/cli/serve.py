"""`tugan serve`: the web pages, on this machine."""

import click

from tugan.cli.options import setup_django

SERVER_THREADS = 8


def run_server(host: str, port: int) -> None:
    """Serve the site with waitress until interrupted."""
    import waitress

    from tugan.wsgi import application

    click.echo(f"Tugan is serving on http://{host}:{port}/ (press Ctrl-C to stop)")
    waitress.serve(application, host=host, port=port, threads=SERVER_THREADS, ident="tugan")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
def serve(host: str, port: int) -> None:
    """Serve the Tugan web pages.

    Listens on this machine only unless --host says otherwise; put an HTTPS
    proxy in front before serving a network.

    Examples:

        tugan serve

        tugan serve --port 8080
    """
    setup_django()
    run_server(host, port)
