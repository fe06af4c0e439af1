"""Load test of the main pages and search: simulated users against a local `tugan serve`.

Sets up a fresh data folder with the bundled fictional sample (`tugan demo --no-serve`) and an
editor account, starts `tugan serve` on 127.0.0.1, then runs --users threads for --duration
seconds. Each user is anonymous or signed in (--signed-in share; signing in, slow on purpose,
is done before the clock starts), keeps one connection, and repeats: open one of the main
pages (persons, a person, sources, a source, search), then think for --think seconds. Every
page is opened once before the clock starts (warm_up_s).
Only 127.0.0.1 is ever requested. Prints one JSON line:

    {"users", "think_s", "duration_s", "warm_up_s", "requests", "errors", "throughput_rps",
     "p50_ms", "p95_ms", "anonymous": {...}, "signed_in": {...}, "slowest_p95_ms",
     "load_before", "load_after"}

load_* are the one-minute load averages when the run starts and ends.

With --per-page N there are no simulated users: a server of one process is started, one
anonymous and one signed-in client open each page N times in turn, and for each kind of page
the median time waited and the server's CPU time per request (from /proc, Linux) are printed;
the CPU time shows what a request costs whatever else the machine is doing:

    {"per_page": N, "anonymous": {"person list": {"median_ms", "cpu_ms"}, ...},
     "signed_in": {...}, "load_before", "load_after"}

    .venv/bin/python bench/load.py                       # 50 users, 1 s think time, 60 s
    .venv/bin/python bench/load.py --think 0 --users 20  # the peak throughput
    .venv/bin/python bench/load.py --per-page 20         # one request at a time, by page
"""

import argparse
import http.client
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

HOST = "127.0.0.1"  # never anything else: this script loads only the machine it runs on
EDITOR = "fictional-load-editor"
PASSWORD = "fictional-load-password-1"
QUERIES = ["失联", "拘留", "哈萨克", "阿力木", "Tursun", "乌鲁木齐", "判刑"]


def percentile(values: list[float], share: float) -> float:
    """Return the value below which this share of values falls (nearest rank)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def tugan(home: Path, *arguments: str, stdin: str | None = None) -> str:
    """Run a tugan subcommand on the bench's data folder; return its output."""
    result = subprocess.run(
        [sys.executable, "-m", "tugan", *arguments],
        env=server_environment(home),
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def server_environment(home: Path) -> dict:
    root = Path(__file__).resolve().parents[1]
    environment = {**os.environ, "TUGAN_HOME": str(home)}
    environment.pop("DATABASE_URL", None)
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(root / "src"), environment.get("PYTHONPATH", "")]
    )
    # The bench's client speaks plain HTTP: its cookies must not be HTTPS-only.
    environment["TUGAN_SECURE_COOKIES"] = "false"
    return environment


class Client:
    """One simulated user: a kept-alive connection and its cookies."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection(HOST, port, timeout=30)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, str]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://{HOST}:{self.connection.port}{path}"
        try:
            self.connection.request(method, path, body=data, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", errors="replace")
        except (OSError, http.client.HTTPException):
            self.connection.close()
            raise
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        return response.status, text

    def sign_in(self) -> None:
        _, page = self.request("GET", "/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        status, _ = self.request(
            "POST",
            "/accounts/login/",
            {"csrfmiddlewaretoken": token, "username": EDITOR, "password": PASSWORD},
        )
        if status != 302:
            raise RuntimeError(f"the load editor could not sign in (HTTP {status})")


def main_pages(port: int, signed_in: bool) -> list[str]:
    """Return the paths a user opens: the lists, persons and sources they may see, searches."""
    client = Client(port)
    if signed_in:
        client.sign_in()
    _, persons = client.request("GET", "/persons/")
    _, sources = client.request("GET", "/sources/")
    person_ids = sorted(set(re.findall(r"/persons/(TG-\d+)/", persons)))
    source_ids = sorted(set(re.findall(r"/sources/(SRC-\d+)/", sources)))
    return (
        ["/persons/", "/sources/"] * 3
        + [f"/persons/{pid}/" for pid in person_ids[:10]]
        + [f"/sources/{sid}/" for sid in source_ids[:10]]
        + [f"/search/?q={quote(query)}" for query in QUERIES]
    )


def signed_in_client(port: int, signed_in: bool) -> Client:
    client = Client(port)
    if signed_in:
        client.sign_in()
    return client


def run_user(port, client, paths, signed_in, think, deadline, results, seed) -> None:
    chooser = random.Random(seed)
    time.sleep(chooser.random() * max(think, 0.05))  # users do not all start at once
    while time.monotonic() < deadline:
        path = chooser.choice(paths)
        started = time.perf_counter()
        try:
            status, _ = client.request("GET", path)
            error = status != 200
        except (OSError, http.client.HTTPException):
            error = True
            client = Client(port)
            if signed_in:
                client.sign_in()
        results.append((signed_in, (time.perf_counter() - started) * 1000, error, path))
        if think:
            time.sleep(think)


def page_kind(path: str) -> str:
    """Return which of the main pages this path opens."""
    if path.startswith("/search/"):
        return "search"
    kind = "person" if path.startswith("/persons/") else "source"
    return f"{kind} list" if path.count("/") == 2 else kind


def cpu_seconds(pid: int) -> float:
    """Return the CPU time (user and system) a process has used, from Linux's /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_each_page(port: int, server: int, paths: list[str], signed_in: bool, repeats: int):
    """Return, for each kind of page, the median milliseconds one client waited and the
    server's CPU milliseconds per request (which the machine's load hardly changes), each
    page opened `repeats` times in turn."""
    client = Client(port)
    if signed_in:
        client.sign_in()
    found = {}
    for kind in sorted({page_kind(path) for path in paths}):
        times = []
        cpu_before = cpu_seconds(server)
        for _ in range(repeats):
            for path in sorted({path for path in paths if page_kind(path) == kind}):
                started = time.perf_counter()
                status, _ = client.request("GET", path)
                if status != 200:
                    raise RuntimeError(f"{path} answered HTTP {status}")
                times.append((time.perf_counter() - started) * 1000)
        cpu_ms = (cpu_seconds(server) - cpu_before) * 1000 / len(times)
        found[kind] = {"median_ms": round(statistics.median(times), 1), "cpu_ms": round(cpu_ms, 1)}
    return found


def summarise(rows: list[tuple], seconds: float) -> dict:
    times = [row[1] for row in rows]
    return {
        "requests": len(rows),
        "errors": sum(1 for row in rows if row[2]),
        "throughput_rps": round(len(rows) / seconds, 1),
        "p50_ms": round(statistics.median(times), 1) if times else 0.0,
        "p95_ms": round(percentile(times, 0.95), 1),
    }


def slowest_paths(rows: list[tuple], count: int = 5) -> dict[str, float]:
    """Return the paths with the highest p95, to show where time goes."""
    by_path: dict[str, list[float]] = {}
    for row in rows:
        by_path.setdefault(row[3].split("?")[0] if "/search/" not in row[3] else row[3], []).append(
            row[1]
        )
    ranked = sorted(by_path.items(), key=lambda item: -percentile(item[1], 0.95))
    return {path: round(percentile(times, 0.95), 1) for path, times in ranked[:count]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--think", type=float, default=1.0, help="seconds between requests")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    parser.add_argument("--signed-in", type=float, default=0.5, help="share of users signed in")
    parser.add_argument(
        "--per-page",
        type=int,
        default=0,
        metavar="N",
        help="instead of users: open each page N times, one at a time, and print medians",
    )
    parser.add_argument(
        "--processes", type=int, default=0, help="server processes (default: tugan serve's)"
    )
    arguments = parser.parse_args()
    if not 1 <= arguments.users <= 500 or not 1 <= arguments.duration <= 600:
        parser.error("--users must be 1 to 500 and --duration 1 to 600 seconds")

    with tempfile.TemporaryDirectory(prefix="tugan-load-") as folder:
        home = Path(folder) / "home"
        tugan(home, "demo", "--no-serve", "--home", str(home))
        tugan(
            home, "user", "add", EDITOR, "--role", "editor", "--password-file", "-", stdin=PASSWORD
        )
        port = free_port()
        processes = ["--processes", str(arguments.processes)] if arguments.processes else []
        if arguments.per_page:
            processes = ["--processes", "1"]  # one process: its CPU time is the pages'

        server = subprocess.Popen(
            [sys.executable, "-m", "tugan", "serve", "--host", HOST, "--port", str(port)]
            + processes,
            env=server_environment(home),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            for _ in range(300):
                try:
                    socket.create_connection((HOST, port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            paths = {kind: main_pages(port, kind) for kind in (False, True)}
            # Each page once before the clock starts: the first use of a page loads its
            # tables (gazetteer, segmenter dictionaries) once per server process.
            warm_up = Client(port)
            warm_up.sign_in()
            started = time.perf_counter()
            for path in sorted(set(paths[True])):
                warm_up.request("GET", path)
            warm_up_s = time.perf_counter() - started
            if arguments.per_page:
                load_before = os.getloadavg()[0]
                per_page = {
                    "per_page": arguments.per_page,
                    **{
                        label: time_each_page(
                            port, server.pid, paths[kind], kind, arguments.per_page
                        )
                        for label, kind in (("anonymous", False), ("signed_in", True))
                    },
                    "load_before": round(load_before, 2),
                    "load_after": round(os.getloadavg()[0], 2),
                }
                print(json.dumps(per_page))
                return
            results: list[tuple] = []
            # Users sign in before the clock starts: the password hash is slow on purpose,
            # and this measures the pages.
            signed_in = [
                number < arguments.users * arguments.signed_in for number in range(arguments.users)
            ]
            clients = [signed_in_client(port, kind) for kind in signed_in]
            load_before = os.getloadavg()[0]
            started = time.monotonic()
            deadline = started + arguments.duration
            users = [
                threading.Thread(
                    target=run_user,
                    args=(
                        port,
                        clients[number],
                        paths[signed_in[number]],
                        signed_in[number],
                        arguments.think,
                        deadline,
                        results,
                        number,
                    ),
                    daemon=True,
                )
                for number in range(arguments.users)
            ]
            for user in users:
                user.start()
            for user in users:
                user.join(timeout=arguments.duration + 60)
            seconds = time.monotonic() - started
            load_after = os.getloadavg()[0]
        finally:
            server.terminate()
            server.wait(timeout=30)
    summary = {
        "users": arguments.users,
        "think_s": arguments.think,
        "duration_s": round(seconds, 1),
        "warm_up_s": round(warm_up_s, 1),
        **summarise(results, seconds),
        "anonymous": summarise([row for row in results if not row[0]], seconds),
        "signed_in": summarise([row for row in results if row[0]], seconds),
        "slowest_p95_ms": slowest_paths(results),
        "load_before": round(load_before, 2),
        "load_after": round(load_after, 2),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
