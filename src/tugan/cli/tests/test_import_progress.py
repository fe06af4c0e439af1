"""`tugan import` shows a progress bar on a terminal only. The reports are fictional."""

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

import pytest

REPORT = "[虚构标题{n}](https://news.example.org/{n}.html)\n------\n\n<p>虚构正文{n}。</p>"


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="the subprocess imports into SQLite"
)
@pytest.mark.parametrize("on_terminal", [True, False])
def test_the_bar_shows_rate_and_time_left_on_a_terminal_only(tmp_path, on_terminal):
    reports = tmp_path / "reports"
    reports.mkdir()
    for n in range(5):
        (reports / f"{n}.md").write_text(REPORT.format(n=n))
    environment = {**os.environ, "TUGAN_HOME": str(tmp_path / "home")}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    controller, terminal = pty.openpty() if on_terminal else (None, None)
    if on_terminal:
        # A new pseudo-terminal is 0 columns wide, where tqdm draws nothing: make it 100.
        fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    result = subprocess.run(
        [sys.executable, "-m", "tugan", "import", "--no-extract", str(reports)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=terminal if on_terminal else subprocess.PIPE,
        timeout=120,
    )
    if on_terminal:
        os.close(terminal)
        shown = b""
        try:
            while chunk := os.read(controller, 4096):
                shown += chunk
        except OSError:
            pass  # the terminal is closed once everything is read
        os.close(controller)
        stderr = shown.decode()
        assert "5/5" in stderr
        assert "file/s" in stderr
        assert "<00:00" in stderr  # the time left
    else:
        assert result.stderr == b""
    assert result.stdout == b"imported 5 new, 0 already known, 0 rejected\n"
