"""A faster test command for the mutation run (issue 20): pytest in a process forked from a warm server.

    python -m benchmarks.mutation_server serve SOCKET TESTS...   # started and stopped by bench_mutation --fork
    python -m benchmarks.mutation_server run SOCKET -- ARGS...    # the test command cosmic-ray runs per mutant

Of a killed mutant's 4-9 s on 2 shared cores, 1.5-3 s go to starting Python and pytest and importing the third-party
modules the tests pull in (hypothesis, numpy, pydantic, pytest's plugins). The server pays that once: it learns which
modules a collection of the group's tests imports (in a forked child, so it never imports them itself) and imports those
that are not the product's or the tests'. For each mutant the client sends its arguments; the server forks a child
that imports the product and the tests fresh from disk (the mutated file as cosmic-ray wrote it) and runs
`pytest.main(ARGS)`, and the client prints the child's output and exits with its code. If the client is stopped (the
mutant's timeout), the child is killed. If no server answers, the client runs `python -m pytest ARGS` itself, so a
missing server never turns into killed mutants. Nor does a slow one: bench_mutation --fork waits --fork-wait seconds
(default 300, or $CHIIKI_MUTATION_FORK_WAIT) for the server to listen, then starts the mutants anyway; they run the
plain command until the warm-up (a collection of the tests, minutes on busy cores) is done.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

# the product and its tests: never imported by the server, so every child reads them from disk
_LISTENING: list[socket.socket] = []
_RUNNING: list[int] = []  # the child running a mutant's tests, stopped with the server
# the plugins' distributions (hypothesis, pytest-benchmark, anyio) were imported by the server, so pytest cannot
# rewrite their asserts and says so with a warning, an error under -W error: the one difference from the plain command
NOT_REWRITTEN = ["-W", "ignore::pytest.PytestAssertRewriteWarning"]
OWN = ("chiiki_mirai", "tests", "app_support", "app_pages", "app", "__main__", "__mp_main__")


def _own(name: str) -> bool:
    return name.split(".")[0] in OWN


def _collected_modules(tests: list[str]) -> list[str]:
    """The modules a collection of the tests imports, in import order, learnt in a forked child."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: collect, report sys.modules, leave
        os.close(read)
        with open(os.devnull, "w") as null, contextlib.redirect_stdout(null):
            import pytest  # lazy: in the child only

            pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", *tests])
        with os.fdopen(write, "w") as out:
            out.write("\n".join(sys.modules))
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as got:
        names = got.read().split("\n")
    os.waitpid(pid, 0)
    return names


def warm(tests: list[str]) -> int:
    """Import the third-party modules the tests use; returns how many imported."""
    import importlib  # lazy: the server only

    n = 0
    for name in _collected_modules(tests):
        if _own(name) or name in sys.modules:
            continue
        with contextlib.suppress(Exception):
            importlib.import_module(name)
            n += 1
    if leaked := sorted(m for m in sys.modules if _own(m) and m != "__main__"):
        sys.exit(f"the warm-up imported the product or its tests: {leaked[:5]}")
    return n


def _child(conn: socket.socket, args: list[str], cwd: str, out_path: str) -> None:
    import pytest  # lazy: imported by the server before the fork

    os.chdir(cwd)
    fd = os.open(out_path, os.O_WRONLY)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    conn.close()
    rc = 1
    try:
        rc = int(pytest.main([*args, *NOT_REWRITTEN]))
    except BaseException:  # reported as the plain command would, and counted as a failure
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(rc)


def _serve_one(conn: socket.socket) -> None:
    req = json.loads(conn.makefile("r", encoding="utf-8").readline())
    with tempfile.NamedTemporaryFile(prefix="mutation_out_", delete=False) as tmp:
        out_path = tmp.name
    try:
        pid = os.fork()
        if pid == 0:
            _LISTENING[0].close()
            _child(conn, req["args"], req["cwd"], out_path)
        _RUNNING[:] = [pid]
        rc = None
        while rc is None:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                rc = os.waitstatus_to_exitcode(status)
                break
            ready, _, _ = select.select([conn], [], [], 0.05)
            if ready and not conn.recv(1, socket.MSG_PEEK):  # the client left (its timeout): stop the child
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return
        output = Path(out_path).read_text(encoding="utf-8", errors="replace")
        conn.sendall((json.dumps({"rc": rc, "output": output}) + "\n").encode())
    finally:
        os.unlink(out_path)


def serve(path: str, tests: list[str]) -> None:
    sys.path.insert(0, os.getcwd())
    n = warm(tests)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    _LISTENING.append(server)
    print(f"mutation server: {n} modules imported, listening on {path}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # the finally below stops a child still running
    try:
        while True:
            conn, _ = server.accept()
            with conn:
                _serve_one(conn)
    finally:
        for pid in _RUNNING:
            with contextlib.suppress(ProcessLookupError, ChildProcessError):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        os.unlink(path)


def listening(sock: Path, server: subprocess.Popen[bytes], wait: float) -> bool:
    """Whether the server listens on sock within wait seconds; False at once if it has stopped."""
    deadline = time.monotonic() + wait
    while not sock.exists():
        if server.poll() is not None or time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


@contextlib.contextmanager
def started(cmd: list[str], cwd: Path, sock: Path, wait: float) -> Iterator[bool]:
    """Run the server (cmd) for the block; yields whether it listens within wait seconds. The mutants run either way:
    a client finding no server runs the plain command, so a server still warming up on busy cores costs speed only."""
    server = subprocess.Popen(cmd, cwd=cwd)
    try:
        yield listening(sock, server, wait)
    finally:
        server.terminate()
        server.wait()


def client(path: str, args: list[str]) -> None:
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(path)
    except OSError:  # no server: run pytest here, never report a failure that did not happen
        os.execvp(sys.executable, [sys.executable, "-m", "pytest", *args])
    conn.sendall((json.dumps({"args": args, "cwd": os.getcwd()}) + "\n").encode())
    line = conn.makefile("r", encoding="utf-8").readline()
    if not line:  # the server died: the same fallback
        os.execvp(sys.executable, [sys.executable, "-m", "pytest", *args])
    reply = json.loads(line)
    sys.stdout.write(reply["output"])
    sys.exit(reply["rc"])


def main() -> None:
    cmd, path, *rest = sys.argv[1:]
    if cmd == "serve":
        serve(path, rest)
    elif cmd == "run":
        client(path, rest[1:] if rest[:1] == ["--"] else rest)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
