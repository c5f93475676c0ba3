"""A bounded run of the atheris harness, so the fuzz target itself never rots (see docs/fuzzing.md)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.mark.skipif(
    importlib.util.find_spec("atheris") is None,
    reason="atheris is not installed (pip install atheris) — fuzz smoke test not run",
)
def test_fuzz_harness_runs_clean(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"  # new inputs go here, never into the committed seeds
    corpus.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            str(HERE / "fuzz_extract.py"),
            str(corpus),
            str(HERE / "seeds"),
            f"-dict={HERE / 'html.dict'}",
            "-runs=400",
            "-seed=1",
            "-timeout=20",
            "-rss_limit_mb=2048",
            "-max_len=1048576",
            f"-artifact_prefix={tmp_path}/",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "Done 400 runs" in result.stderr
