"""The --fork server of the mutation run (issue 20): a slow or stopped server costs speed, never a mutant's verdict."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks import mutation_server

ROOT = Path(__file__).resolve().parents[1]

# (what the stand-in server does, seconds to wait for it, whether it counts as listening)
SERVERS = [
    ("import time; time.sleep(30)", 0.5, False),  # still warming up when the wait ends
    ("import sys; sys.exit(1)", 30.0, False),  # stopped: no point in waiting
    ("import sys, time, pathlib; pathlib.Path(sys.argv[1]).touch(); time.sleep(30)", 30.0, True),
]


@pytest.mark.parametrize(("body", "wait", "listens"), SERVERS)
def test_a_server_listens_only_once_its_socket_is_there_and_the_wait_is_bounded(tmp_path, body, wait, listens):
    sock = tmp_path / "server.sock"
    began = time.monotonic()
    with mutation_server.started([sys.executable, "-c", body, str(sock)], tmp_path, sock, wait) as ready:
        assert ready is listens
        assert time.monotonic() - began < 10  # never the stand-in's 30 s, whatever the wait
    assert sock.exists() is listens


def test_the_server_is_stopped_when_the_run_ends_even_if_it_never_listened(tmp_path, monkeypatch):
    seen: list[subprocess.Popen[bytes]] = []
    real = subprocess.Popen

    def popen(*args, **kwargs):
        seen.append(real(*args, **kwargs))
        return seen[-1]

    monkeypatch.setattr(mutation_server.subprocess, "Popen", popen)
    with mutation_server.started([sys.executable, "-c", "import time; time.sleep(30)"], tmp_path,
                                 tmp_path / "none.sock", 0.2) as ready:
        assert not ready
        assert seen[0].poll() is None
    assert seen[0].poll() is not None


@pytest.mark.parametrize(("test", "code"), [("def test_ok():\n    assert True\n", 0),
                                            ("def test_broken():\n    assert False\n", 1)])
def test_without_a_server_the_client_runs_the_plain_pytest_command(tmp_path, test, code):
    (tmp_path / "test_one.py").write_text(test, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.mutation_server", "run", str(tmp_path / "absent.sock"), "--",
         "-q", "-p", "no:cacheprovider", str(tmp_path / "test_one.py")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == code, done.stdout + done.stderr
