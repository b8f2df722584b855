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


# ---- parallel stages give the rows one call gives ----------------------------------------

def test_batched_stages_on_two_processes_equal_one_call(tmp_path, monkeypatch):
    import polars as pl

    from pipelines.attribute import attribute_quantities
    from pipelines.ingest import batches, read_documents
    from pipelines.parse import parse_documents
    from pipelines.recognize import recognize_segments
    from pipelines.schemas import FactModel, QuantityModel, SegmentModel, empty_frame

    reports = ["2024年，甲公司营业收入为{}亿元，同比增长{}%。", "2023年第四季度，乙银行净利润约{}亿元，环比下降{}%。",
               "| 指标 | 2024年 |\n| --- | --- |\n| 收入（亿元） | {} |\n| 增速 | {}% |"]
    for i in range(12):
        (tmp_path / f"r{i:02d}.md").write_text(reports[i % 3].format(100 + i, 1 + i / 10), encoding="utf-8")
    documents, _ = read_documents(tmp_path)
    sizes = documents.select("doc_id", chars=pl.col("char_count"))
    # Force the pool on this small input: batches of about three documents.
    monkeypatch.setattr(batches, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(batches, "BATCH_CHARS", 4 * int(sizes["chars"].max()))
    assert len(batches.doc_batches(sizes, batches.BATCH_CHARS)) > 2

    segments = parse_documents(documents)
    quantities = recognize_segments(segments)
    facts = attribute_quantities(quantities, segments)
    par_segments = batches.map_documents(parse_documents, [documents], sizes, empty_frame(SegmentModel), n_workers=2)
    par_quantities = batches.map_documents(recognize_segments, [segments], sizes, empty_frame(QuantityModel), n_workers=2)
    par_facts = batches.map_documents(attribute_quantities, [quantities, segments], sizes, empty_frame(FactModel),
                                      n_workers=2)
    assert quantities.height >= 24
    assert par_segments.sort("segment_id").equals(segments.sort("segment_id"))
    assert par_quantities.sort("quantity_id").equals(quantities.sort("quantity_id"))
    assert par_facts.sort("quantity_id").equals(facts.sort("quantity_id"))


def _worker_state(_):
    import os
    import sys
    return os.getpid(), "pandas" in sys.modules, "pipelines.attribute" in sys.modules


def test_workers_import_the_stages_without_pandas_and_stop_at_once():
    import time

    from pipelines.ingest import batches

    batches.shutdown_workers()
    pool = batches._pool(2)
    states = set(pool.map(_worker_state, range(8)))
    assert {(pandas, stages) for _, pandas, stages in states} == {(False, True)}
    processes = list(pool._processes.values())
    t0 = time.perf_counter()
    batches.shutdown_workers()
    assert time.perf_counter() - t0 < 5
    assert all(p.exitcode == 0 for p in processes)
    import pandas  # noqa: F401  (this process still has it: only the workers hide it)


_KILLED_BUILD = """
import sys, time
from pipelines.ingest import batches
pool = batches._pool(2)
list(pool.map(time.sleep, [0.5, 0.5]))  # two tasks at once: two workers
print(" ".join(str(p) for p in pool._processes), flush=True)
time.sleep(600)
"""


def test_workers_end_when_their_build_is_killed(tmp_path):
    import os
    import signal
    import time

    build = subprocess.Popen([sys.executable, "-c", _KILLED_BUILD], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(p) for p in build.stdout.readline().split()]
    finally:
        build.send_signal(signal.SIGKILL)
        build.wait()
    assert len(workers) == 2

    def alive(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False
    deadline = time.monotonic() + 20
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [p for p in workers if alive(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "worker processes outlived the killed build"


def test_doc_batches_keep_order_and_respect_the_size():
    import polars as pl

    from pipelines.ingest.batches import doc_batches

    sizes = pl.DataFrame({"doc_id": [f"d{i}" for i in range(7)], "chars": [5, 5, 5, 20, 1, 1, 1]})
    got = doc_batches(sizes, 10)
    assert got == [["d0", "d1"], ["d2"], ["d3"], ["d4", "d5", "d6"]]
    assert [d for b in got for d in b] == sizes["doc_id"].to_list()


def test_doc_batches_for_workers_shrink_towards_the_end_but_not_below_an_eighth():
    import polars as pl

    from pipelines.ingest.batches import BATCH_CHARS, doc_batches

    doc = BATCH_CHARS // 40
    sizes = pl.DataFrame({"doc_id": [f"d{i:04d}" for i in range(1000)], "chars": [doc] * 1000})
    got = doc_batches(sizes, BATCH_CHARS, n_workers=2)
    lengths = [len(b) for b in got]
    assert [d for b in got for d in b] == sizes["doc_id"].to_list()
    assert lengths[0] == 40 and max(lengths) == 40
    assert lengths[:-1] == sorted(lengths[:-1], reverse=True)  # never grows again
    assert min(lengths[:-1]) * doc >= BATCH_CHARS // 8
    # the last batches are small: a worker waits at most for one of them
    assert sum(lengths[-4:]) * doc < BATCH_CHARS
    assert doc_batches(sizes, BATCH_CHARS) == [sizes["doc_id"].to_list()[i:i + 40] for i in range(0, 1000, 40)]


def test_cut_gives_each_batch_its_rows_in_order_whatever_the_row_order():
    import polars as pl

    from pipelines.ingest.batches import cut_by_document

    batch_of = pl.DataFrame({"doc_id": ["a", "b", "c"], "__batch": [0, 0, 1]},
                            schema={"doc_id": pl.String, "__batch": pl.Int32})
    in_order = pl.DataFrame({"doc_id": ["a", "a", "b", "c"], "n": [1, 2, 3, 4]})
    shuffled = pl.DataFrame({"doc_id": ["c", "zz", "a", "b", "a"], "n": [4, 9, 1, 3, 2]})
    for frame in (in_order, shuffled):
        pieces = cut_by_document(frame, batch_of, 3)
        assert [p["n"].to_list() for p in pieces] == [[1, 3, 2] if frame is shuffled else [1, 2, 3], [4], []]


# ---- a killed build does not block the next one ------------------------------------------

def test_build_killed_mid_run_does_not_block_the_next(tmp_path, monkeypatch):
    """A dead build's run holding the warehouse pool slot is closed by the next build of that warehouse."""
    import uuid

    import dagster as dg

    from pipelines.cli import WAREHOUSE_TAG
    from pipelines.defs import BUILD_JOB

    home = tmp_path / "home"
    home.mkdir()
    # The repository's dagster.yaml (pool "warehouse" with one slot), storage moved under tmp_path.
    config = (ROOT / "dagster.yaml").read_text(encoding="utf-8").replace("base_dir: .dagster", f"base_dir: {home}/.dagster")
    (home / "dagster.yaml").write_text(config, encoding="utf-8")
    db = (tmp_path / "wh.duckdb").resolve()
    with dg.DagsterInstance.from_config(str(home)) as instance:
        dead = instance.add_run(dg.DagsterRun(job_name=BUILD_JOB, run_id=str(uuid.uuid4()), status=dg.DagsterRunStatus.STARTED,
                                              tags={"trigger": "cli", WAREHOUSE_TAG: str(db)}))
        storage = instance.event_log_storage
        storage.initialize_concurrency_limit_to_default("warehouse")
        assert storage.claim_concurrency_slot("warehouse", dead.run_id, "warehouse_tables").is_claimed

    monkeypatch.setenv("DAGSTER_HOME", str(home))
    result = subprocess.run([sys.executable, "-m", "pipelines", "build", "--raw", str(SAMPLE_RAW), "--warehouse", str(db)],
                            cwd=ROOT, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-1500:]
    assert _failing_checks(db) == []
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert instance.get_run_by_id(dead.run_id).status == dg.DagsterRunStatus.FAILURE
        assert instance.event_log_storage.get_concurrency_info("warehouse").active_slot_count == 0
