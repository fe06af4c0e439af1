"""`tugan serve` started for real, in its own process, on a free loopback port."""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

from tugan.cli.serve import warm_up

STARTUP_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_answers_pages_and_static_files_with_a_strict_policy(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {
        "TUGAN_HOME": str(tmp_path)
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "tugan", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/persons/", timeout=5)
                break
            except OSError:
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "tugan serve did not answer in time"
                time.sleep(0.2)
        assert page.status == 200
        assert "default-src 'self'" in page.headers["Content-Security-Policy"]
        css = urllib.request.urlopen(f"http://127.0.0.1:{port}/static/tugan/site.css", timeout=5)
        assert css.status == 200
        with sqlite3.connect(tmp_path / "tugan.sqlite3") as database:
            assert database.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert f"Tugan is serving on http://127.0.0.1:{port}/" in output


@pytest.mark.django_db
def test_the_warm_up_before_serving_opens_each_main_page(world):
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from tugan.wsgi import application

    # The test database lives in one transaction, which a request must not close: Django's
    # test client keeps the connection the same way (on PostgreSQL it was closed mid-test).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        statuses = warm_up(application, "127.0.0.1")
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    assert statuses == {"/persons/": 200, "/sources/": 200, "/search/?q=tugan": 200}
