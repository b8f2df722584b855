"""Two builds at once never corrupt the warehouse.

The build CLI holds an exclusive lock on <warehouse>.lock while it runs; a
second build of the same warehouse exits non-zero at once with a message
saying so, and the warehouse the first build wrote stays valid.
"""
from __future__ import annotations

import subprocess
import sys

import duckdb

from pipelines.cli import warehouse_lock
from pipelines.warehouse.checks import run_checks
from tests.conftest import ROOT, SAMPLE_RAW, run_build


def _failing_checks(db) -> list[str]:
    """The blocking warehouse checks (keys, foreign keys, grounding...) that fail."""
    with duckdb.connect(str(db), read_only=True) as con:
        return [name for name, rows in run_checks(con, blocking_only=True).items() if rows]


def test_second_build_while_one_holds_the_warehouse_exits_with_a_reason(tmp_path):
    db = tmp_path / "wh.duckdb"
    assert run_build(SAMPLE_RAW, db).returncode == 0
    facts = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM fact_metric").fetchall()[0][0]
    # Hold the lock exactly as a running build does, then start a build.
    with warehouse_lock(db.resolve()):
        second = run_build(SAMPLE_RAW, db, "--full-refresh")
    assert second.returncode != 0
    last = second.stderr.strip().splitlines()[-1]
    assert last.startswith("build failed: another build is writing") and str(db.resolve()) in last
    assert _failing_checks(db) == []
    assert duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM fact_metric").fetchall()[0][0] == facts


def test_two_simultaneous_builds_leave_a_valid_warehouse(tmp_path):
    db = tmp_path / "wh.duckdb"
    cmd = [sys.executable, "-m", "pipelines", "build", "--raw", str(SAMPLE_RAW), "--warehouse", str(db)]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    codes = [rc for rc, _, _ in results]
    assert 0 in codes, [err[-500:] for _, _, err in results]
    for rc, _, err in results:
        if rc != 0:       # the loser (if the two overlapped) says why
            assert "another build is writing" in err.strip().splitlines()[-1]
    assert _failing_checks(db) == []
    assert duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM dim_document").fetchall()[0][0] == 1
