"""The worker pool behind the command line: every task ends exactly once, whatever its worker does."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from articlextract.cli import pool


def work(task: str) -> Iterator[str]:
    """Test tasks by name: ``sleep:S``, ``tick:N`` (N results 0.1 s apart), ``kill``, ``die-soon``, ``raise``."""
    name, _, arg = task.partition(":")
    if name == "sleep":
        time.sleep(float(arg))
    elif name == "tick":
        for number in range(int(arg)):
            time.sleep(0.1)
            yield f"{task}#{number}"
    elif name == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif name == "die-soon":  # the worker dies after it has reported the task done, while idle
        threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGKILL)).start()
    elif name == "raise":
        raise ValueError("a bug")
    yield task


def endings(events: list[tuple[int, object]]) -> dict[int, pool.Ended]:
    ended: dict[int, pool.Ended] = {}
    for index, event in events:
        if isinstance(event, pool.Ended):
            assert index not in ended, f"task {index} ended twice"
            ended[index] = event
    return ended


@pytest.mark.parametrize(("jobs", "timeout"), [(1, None), (1, 10.0), (2, 10.0), (2, None)])
def test_every_task_gives_its_results_then_ends_once(jobs: int, timeout: float | None) -> None:
    tasks = [f"sleep:0.0{i % 3}" for i in range(12)]
    events = list(pool.run(work, tasks, jobs=jobs, timeout=timeout))
    assert sorted(event for _, event in events if isinstance(event, str)) == sorted(tasks)
    assert endings(events) == dict.fromkeys(range(12), pool.DONE)
    assert list(pool.in_order(events)) == [(i, e) for i, task in enumerate(tasks) for e in (task, pool.DONE)]


def test_a_killed_worker_fails_its_task_only() -> None:
    events = list(pool.run(work, ["sleep:0", "kill", "sleep:0"], jobs=1, timeout=30.0))
    ended = endings(events)
    assert ended[0] == ended[2] == pool.DONE
    assert ended[1] == pool.Ended("died", "its worker process was killed by SIGKILL (out of memory?)")


def test_a_worker_that_died_while_idle_is_replaced() -> None:
    def tasks() -> Iterator[str]:
        yield "die-soon"
        time.sleep(0.6)  # the worker is idle, then dead, when the next task is handed out
        yield "sleep:0"

    assert endings(list(pool.run(work, tasks(), jobs=1, timeout=30.0))) == {0: pool.DONE, 1: pool.DONE}


def test_the_timeout_bounds_the_time_between_results() -> None:
    events = list(pool.run(work, ["sleep:30", "tick:8", "sleep:0"], jobs=2, timeout=0.5))
    ended = endings(events)
    assert ended[0] == pool.Ended("timeout", "timed out after 0.5 s")
    assert ended[1] == ended[2] == pool.DONE  # 0.8 s in all, but a result every 0.1 s
    assert [e for i, e in events if i == 1 and isinstance(e, str)][-1] == "tick:8"


def test_a_bug_in_the_work_fails_its_task() -> None:
    for jobs, timeout in ((1, None), (1, 10.0)):
        ended = endings(list(pool.run(work, ["raise", "sleep:0"], jobs=jobs, timeout=timeout)))
        assert ended[0].how == "error" and "ValueError: a bug" in ended[0].detail
        assert ended[1] == pool.DONE


def test_in_order_streams_the_first_unfinished_task_and_holds_the_rest() -> None:
    done = pool.DONE
    events = [(1, "b1"), (0, "a1"), (2, done), (0, "a2"), (1, done), (0, done)]
    assert list(pool.in_order(events)) == [(0, "a1"), (0, "a2"), (0, done), (1, "b1"), (1, done), (2, done)]
