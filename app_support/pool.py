"""Reading and checking in worker processes with a time limit: one user's long check never freezes the others.

Streamlit runs every browser session as a thread of one server process. A check is pure Python: while it runs
it holds the interpreter lock, so a huge draft would slow every other session down, and a thread cannot be
stopped. Here each read or check is sent to a worker process (spawned once, warmed up, then reused). The
session's thread only waits, in short slices, calling `wait()` between them: the app uses it to show how long
the task has run, which also lets Streamlit interrupt the wait (a click, a page switch), so the page stays
responsive. A task that runs past its time limit is stopped by ending its worker, which is replaced at once.

No Streamlit here: the workers import this module, and the unit tests drive the pool directly. A worker is a
plain `python -c` subprocess talking over a socket pair (multiprocessing's own spawn would re-run the page
script, which Streamlit installs as `__main__`).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import CheckResult, ParseReport

TIME_LIMIT_ENV = "CHIIKI_MIRAI_CHECK_SECONDS"  # seconds one read or check may take
WORKERS_ENV = "CHIIKI_MIRAI_WORKERS"  # worker processes (each holds the knowledge base and the encoder)
DEFAULT_TIME_LIMIT = 30.0
DEFAULT_WORKERS = 2
APP_ROOT = Path(__file__).resolve().parents[1]  # app_support/ lives here: the workers import it from there
WORKER_CODE = "import sys; from app_support.pool import serve; serve(int(sys.argv[1]))"
SLICE = 0.1  # seconds between two looks at a worker (and two chances for the page to be interrupted)
WARM_DRAFT = "計画の類型: C\n策定主体: 架空町\n\n## 1. 地場産業の成長を支援する分野\n\n漆器を海外に売る。\n"


class TaskTimeout(Exception):
    """A read or check ran past the time limit; its worker was ended."""

    def __init__(self, seconds: float):
        super().__init__(f"time limit of {seconds:g} s exceeded")
        self.seconds = seconds


class WorkerFailed(Exception):
    """A worker ended without an answer (it crashed or was ended), or its answer could not be sent."""


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


def time_limit() -> float:
    """The time limit in seconds (CHIIKI_MIRAI_CHECK_SECONDS, default 30), read on every call."""
    return _env_number(TIME_LIMIT_ENV, DEFAULT_TIME_LIMIT)


# ---- what a worker does ------------------------------------------------------------------------------------


def read(name: str, data: bytes) -> tuple[Plan, ParseReport]:
    return service.read_plan_bytes(name, data)


def check(
    plan: Plan,
    source: str,
    plan_type: str | None,
    report: ParseReport | None,
    context: dict | None = None,
    recommend: bool = True,
) -> CheckResult:
    return service.check_plan(plan, source, plan_type, None, report, with_recommendations=recommend, context=context)


TASKS: dict[str, Callable[..., Any]] = {"read": read, "check": check}


def _answer(name: str, args: tuple) -> tuple[str, Any]:
    try:
        return ("ok", TASKS[name](*args))
    except UserError as e:
        return ("user_error", (e.message, e.source))
    except Exception as e:  # noqa: BLE001 - reported to the page as an internal error, the worker lives on
        return ("error", type(e).__name__)


def serve(fd: int) -> None:
    """The worker process's entry point: answer on the socket `fd` (see Pool._spawn)."""
    worker_main(Connection(fd))


def worker_main(conn: Connection) -> None:
    """A worker: warm up (knowledge base, rules, encoder), say so, then answer tasks until the pipe closes."""
    try:
        plan, report = read("warm.md", WARM_DRAFT.encode("utf-8"))
        check(plan, "warm.md", None, report)
    except Exception:  # noqa: BLE001, S110 - a warm-up failure shows again, with a message, on real use
        pass
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        answer = _answer(*message)
        try:
            conn.send(answer)
        except OSError:
            return  # the app went away
        except Exception as e:  # noqa: BLE001 - e.g. an answer that does not pickle
            conn.send(("error", type(e).__name__))


def _unpack(kind: str, value: Any) -> Any:
    if kind == "ok":
        return value
    if kind == "user_error":
        raise UserError(*value)
    raise WorkerFailed(value)


# ---- the pool ------------------------------------------------------------------------------------------------


@dataclass
class _Worker:
    process: subprocess.Popen
    conn: Connection
    ready: bool = False

    def alive(self) -> bool:
        return self.process.poll() is None


def _no_wait() -> None:
    return None


class Pool:
    """A fixed number of warm worker processes shared by every session of the app (thread-safe)."""

    def __init__(self, size: int = DEFAULT_WORKERS):
        self.size = max(1, int(size))
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._live = 0
        self._procs: dict[int, subprocess.Popen] = {}  # every running worker, ended at exit

    def start(self) -> None:
        """Start every worker now; they warm up in the background."""
        with self._cond:
            while self._live < self.size:
                self._idle.append(self._spawn())

    def run(self, task: str, args: tuple, limit: float, wait: Callable[[], None] = _no_wait) -> Any:
        """Run TASKS[task](*args) in a worker; raise TaskTimeout after `limit` seconds of running.

        `wait` is called between slices while the task waits for a worker or runs; an exception it raises
        (Streamlit stopping the script) ends the task's worker and propagates.
        """
        worker = self._acquire(wait)
        sent = answered = False
        try:
            self._until_ready(worker, wait)
            worker.conn.send((task, args))
            sent = True
            started = time.monotonic()
            while True:
                left = limit - (time.monotonic() - started)
                if left <= 0:
                    raise TaskTimeout(limit)
                if worker.conn.poll(min(SLICE, left)):
                    break
                if not worker.alive():
                    raise WorkerFailed("worker ended")
                wait()
            kind, value = worker.conn.recv()
            answered = True
        except (EOFError, OSError) as e:
            raise WorkerFailed(type(e).__name__) from e
        finally:
            if (sent and not answered) or not worker.alive():
                self._replace(worker)
            else:
                self._release(worker)
        return _unpack(kind, value)

    def close(self) -> None:
        """End every worker, idle or busy (at exit, and in tests)."""
        with self._cond:
            for w in self._idle:
                w.conn.close()
            self._idle.clear()
            for proc in self._procs.values():
                proc.kill()
            for proc in self._procs.values():
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=5)
            self._procs.clear()
            self._live = 0

    # -- internals (the lock guards _idle and _live) --

    def _spawn(self) -> _Worker:
        # a fresh interpreter, never a fork of a server process that runs threads
        ours, theirs = socket.socketpair()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(APP_ROOT), os.environ.get("PYTHONPATH")]))}
        process = subprocess.Popen(
            [sys.executable, "-c", WORKER_CODE, str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            env=env,
            stdin=subprocess.DEVNULL,
        )
        theirs.close()
        self._live += 1
        self._procs[process.pid] = process
        return _Worker(process, Connection(ours.detach()))

    def _acquire(self, wait: Callable[[], None]) -> _Worker:
        while True:
            with self._cond:
                if self._idle:
                    worker = next((w for w in self._idle if w.ready), self._idle[0])
                    self._idle.remove(worker)
                    return worker
                if self._live < self.size:
                    return self._spawn()
                self._cond.wait(SLICE)
            wait()

    def _until_ready(self, worker: _Worker, wait: Callable[[], None]) -> None:
        while not worker.ready:
            if worker.conn.poll(SLICE):
                worker.conn.recv()  # ("ready", None)
                worker.ready = True
            elif not worker.alive():
                raise WorkerFailed("worker did not start")
            else:
                wait()

    def _release(self, worker: _Worker) -> None:
        with self._cond:
            self._idle.append(worker)
            self._cond.notify()

    def _replace(self, worker: _Worker) -> None:
        _end(worker)
        with self._cond:
            self._procs.pop(worker.process.pid, None)
            self._live -= 1
            self._idle.append(self._spawn())
            self._cond.notify()


def _end(worker: _Worker) -> None:
    worker.conn.close()
    worker.process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        worker.process.wait(timeout=5)


_pool: Pool | None = None
_pool_lock = threading.Lock()


def get_pool() -> Pool:
    """The process-wide pool (CHIIKI_MIRAI_WORKERS workers, default 2), created on first use."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = Pool(int(_env_number(WORKERS_ENV, DEFAULT_WORKERS)))
            atexit.register(_pool.close)
        return _pool
