"""Worker processes with a time limit: a task that hangs, or whose worker dies, fails alone.

`multiprocessing.Pool` cannot give that: a worker killed in the middle of a task (the OOM killer's
SIGKILL) leaves the task's result pending forever, and one task cannot be stopped without stopping
the pool. Here every worker has its own pipe; the parent waits on all pipes and process sentinels at
once, kills a worker whose task has gone past the time limit, notices one that died, and starts a
fresh worker in its place for the tasks still to come.

A task may send several results (a WARC file sends one per record). The time limit runs from the
task's start or its last result, so it bounds one record rather than a whole file.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Literal

_PARENT_CHECK_SECONDS = 1.0  # how often an idle worker checks that its parent is still alive
_STOP_GRACE_SECONDS = 2.0


@dataclass(frozen=True)
class Ended:
    """The last event of every task: ``done``, or why it stopped early (``detail`` says more)."""

    how: Literal["done", "timeout", "died", "error"]
    detail: str = ""


DONE = Ended("done")
Work = Callable[[Any], Iterable[Any]]


def run(work: Work, tasks: Iterable[Any], *, jobs: int, timeout: float | None) -> Iterator[tuple[int, Any]]:
    """(task index, result) for every result of ``work(task)``, then (task index, `Ended`) per task.

    Results come as they are produced, tasks interleaving when ``jobs > 1``. With one job and no
    time limit the tasks run in this process, which costs no start-up at all.
    """
    if timeout is None and jobs == 1:
        for index, task in enumerate(tasks):
            for result in _results(work, task):
                yield index, result
        return
    workers = _Workers(work, jobs, timeout)
    try:
        yield from workers.run(tasks)
    finally:
        workers.stop()


def in_order(events: Iterable[tuple[int, Any]]) -> Iterator[tuple[int, Any]]:
    """The events of `run()` regrouped by task, tasks in input order; each task's events stream as they
    come once every earlier task has ended, later ones wait in memory."""
    waiting: dict[int, list[Any]] = {}
    current = 0
    for index, event in events:
        waiting.setdefault(index, []).append(event)
        while current in waiting:
            held = waiting.pop(current)
            for item in held:
                yield current, item
            if not isinstance(held[-1], Ended):
                break
            current += 1


def describe_exit(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name if -exitcode in signal.valid_signals() else f"signal {-exitcode}"
        cause = " (out of memory?)" if exitcode == -signal.SIGKILL else ""
        return f"its worker process was killed by {name}{cause}"
    return f"its worker process exited with status {exitcode}"


@dataclass
class _Worker:
    process: Any
    conn: Connection
    task: int | None = None
    deadline: float | None = None


class _Workers:
    def __init__(self, work: Work, jobs: int, timeout: float | None) -> None:
        self.work = work
        self.jobs = jobs
        self.timeout = timeout
        self.context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        self.workers: list[_Worker] = []

    def run(self, tasks: Iterable[Any]) -> Iterator[tuple[int, Any]]:
        pending = iter(enumerate(tasks))
        while True:
            self._assign(pending)
            busy = [worker for worker in self.workers if worker.task is not None]
            if not busy:
                return
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], self._wait_time(busy)))
            for worker in busy:
                if worker.conn in ready or worker.process.sentinel in ready:
                    yield from self._collect(worker)
            now = time.monotonic()
            for worker in busy:
                expired = worker.task is not None and worker.deadline is not None and now >= worker.deadline
                if expired and not worker.conn.poll():  # a result that just came in is read first
                    yield worker.task, Ended("timeout", f"timed out after {self.timeout:g} s")
                    self._discard(worker)

    def _assign(self, pending: Iterator[tuple[int, Any]]) -> None:
        for worker in [w for w in self.workers if w.task is None] + [None] * (self.jobs - len(self.workers)):
            item = next(pending, None)
            if item is None:
                return
            if worker is not None and not self._send(worker, item):  # it died while idle
                self._discard(worker)
                worker = None
            if worker is None:
                worker = self._start()
                self._send(worker, item)
            worker.task = item[0]
            worker.deadline = None if self.timeout is None else time.monotonic() + self.timeout

    @staticmethod
    def _send(worker: _Worker, item: tuple[int, Any]) -> bool:
        try:
            worker.conn.send(item)
        except OSError:
            return False
        return True

    def _collect(self, worker: _Worker) -> Iterator[tuple[int, Any]]:
        """Everything the worker has sent; a worker that died with its task unfinished fails that task."""
        index = worker.task
        try:
            while worker.conn.poll():
                _, result = worker.conn.recv()
                yield index, result
                if isinstance(result, Ended):
                    worker.task = worker.deadline = None
                    return
                if self.timeout is not None:
                    worker.deadline = time.monotonic() + self.timeout
        except (EOFError, OSError):
            pass
        if worker.process.is_alive():
            return
        worker.process.join()
        yield index, Ended("died", describe_exit(worker.process.exitcode))
        self._discard(worker)

    def _wait_time(self, busy: list[_Worker]) -> float | None:
        deadlines = [w.deadline for w in busy if w.deadline is not None]
        return max(min(deadlines) - time.monotonic(), 0.0) if deadlines else None

    def _start(self) -> _Worker:
        ours, theirs = self.context.Pipe()
        for stream in (sys.stdout, sys.stderr):  # a forked child must not write our buffered output again
            stream.flush()
        process = self.context.Process(target=_serve, args=(self.work, theirs, os.getpid()), daemon=True)
        with _interrupts_held():  # a Ctrl-C before the worker ignores it must not end it with a traceback
            process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self.workers.append(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        worker.task = worker.deadline = None
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)

    def stop(self) -> None:
        """Idle workers are asked to leave; busy ones (an interrupted or abandoned run) are killed."""
        for worker in self.workers:
            if worker.task is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    worker.process.kill()
            else:
                worker.process.kill()
        for worker in self.workers:
            worker.process.join(_STOP_GRACE_SECONDS)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers.clear()


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """SIGINT held back while a worker starts; the worker inherits the mask and lifts it once it ignores SIGINT."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _serve(work: Work, conn: Connection, parent: int) -> None:
    """The worker loop: run tasks until told to stop or the parent is gone. Ctrl-C is the parent's business."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        while True:
            while not conn.poll(_PARENT_CHECK_SECONDS):
                if os.getppid() != parent:
                    return
            message = conn.recv()
            if message is None:
                return
            index, task = message
            for result in _results(work, task):
                conn.send((index, result))
    except (EOFError, OSError):  # the parent went away
        return


def _results(work: Work, task: Any) -> Iterator[Any]:
    """What ``work(task)`` yields, then `Ended`; a bug in `work` fails its task, not the run."""
    try:
        yield from work(task)
    except Exception as error:
        yield Ended("error", f"internal error ({type(error).__name__}: {error}); please report it")
        return
    yield DONE
