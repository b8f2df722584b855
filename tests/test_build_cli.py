"""End to end through the CLI and Dagster: the walking skeleton's promises."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import duckdb

from pipelines.schemas.vocabulary import DIRECTIONS, KINDS, QUALIFIERS, SOURCES, UNITS
from tests.conftest import PEER_RAW, ROOT, SAMPLE_RAW, run_build

CONTRACT = ["document", "line", "char_start", "char_end", "quote", "value", "unit", "qualifier", "kind",
            "direction", "metric", "subject", "period", "baseline", "source"]


def test_build_prints_summary_and_creates_the_warehouse(tmp_path):
    db = tmp_path / "nested" / "w.duckdb"
    result = run_build(SAMPLE_RAW, db)
    assert result.returncode == 0, result.stderr
    assert db.exists()
    summary = result.stdout.strip().splitlines()[-1]
    assert "1 documents" in summary and "facts" in summary and "quarantined" in summary and "checks" in summary
    assert "0 failed" in summary


def test_metric_facts_has_the_contract_columns(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    cols = [r[0] for r in con.execute("DESCRIBE metric_facts").fetchall()]
    assert cols[: len(CONTRACT)] == CONTRACT
    types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE metric_facts)").fetchall())
    assert types["value"] == "DOUBLE"


def test_every_fact_is_grounded_on_its_line(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    text = con.execute("SELECT text FROM dim_document").fetchall()[0][0]
    rows = con.execute("SELECT line, char_start, char_end, quote FROM metric_facts").fetchall()
    assert len(rows) >= 90
    lines = text.split("\n")
    for line, start, end, quote in rows:
        assert text[start:end] == quote
        assert text.count("\n", 0, start) + 1 == line
        assert quote in lines[line - 1] or "\n" in quote


def test_every_fact_uses_the_format_vocabulary(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    rows = con.execute("SELECT unit, qualifier, kind, direction, source, period, baseline FROM metric_facts").fetchall()
    for unit, qualifier, kind, direction, source, period, baseline in rows:
        assert unit in UNITS and qualifier in QUALIFIERS and kind in KINDS and source in SOURCES
        assert (direction in DIRECTIONS) if kind == "change" else direction is None
        if kind != "change":
            assert baseline is None


def test_undecodable_document_is_quarantined_and_the_rest_loads(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE_RAW / "kuaishou_2024_review.md", raw)
    (raw / "broken.md").write_bytes(b"\x81\x30\xff\xfe\x00\x00garbage\xff\xff\xc3\x28")
    (raw / "slides.pdf").write_bytes(b"%PDF-1.4")
    db = tmp_path / "w.duckdb"
    result = run_build(raw, db)
    assert result.returncode == 0, result.stderr
    assert "2 rows quarantined" in result.stdout
    con = duckdb.connect(str(db), read_only=True)
    quarantined = dict(con.execute("SELECT document, reason FROM quarantine").fetchall())
    assert quarantined["broken.md"] == "cannot decode as text"
    assert quarantined["slides.pdf"] == "unsupported file type"
    assert con.execute("SELECT file_name FROM dim_document").fetchall() == [("kuaishou_2024_review.md",)]
    assert con.execute("SELECT count(*) FROM metric_facts").fetchall()[0][0] >= 90


def test_rebuild_is_idempotent(tmp_path):
    db = tmp_path / "w.duckdb"
    assert run_build(SAMPLE_RAW, db).returncode == 0
    query = "SELECT fact_id, value, unit, quote, metric, subject, period FROM metric_facts ORDER BY fact_id"
    con = duckdb.connect(str(db), read_only=True)
    first = con.execute(query).fetchall()
    con.close()
    again = run_build(SAMPLE_RAW, db)
    assert again.returncode == 0
    # Nothing changed: the CLI answers from the warehouse without starting a Dagster run.
    assert again.stdout.startswith("no run started: nothing in raw/ changed"), again.stdout
    assert "1 documents (processed 0, unchanged 1, removed 0)" in again.stdout
    refreshed = run_build(SAMPLE_RAW, db, "--full-refresh")
    assert refreshed.returncode == 0 and refreshed.stdout.startswith("run "), refreshed.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute(query).fetchall() == first
    assert con.execute("SELECT count(*) FROM dim_document").fetchall()[0][0] == 1


def test_more_documents_than_one_run_takes_are_loaded_by_further_runs(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE_RAW / "kuaishou_2024_review.md", raw / "a.md")
    (raw / "b.md").write_text("2024年，丁公司实现营收120亿元，同比增长8.5%。\n", encoding="utf-8")
    query = "SELECT d.file_name, f.value, f.unit_code, f.quote FROM fact_metric f JOIN dim_document d USING (document_key)"
    results = {}
    for cap in ("1", "0"):
        db = tmp_path / f"w{cap}.duckdb"
        result = run_build(raw, db, "--max-documents", cap)
        assert result.returncode == 0, result.stderr
        con = duckdb.connect(str(db), read_only=True)
        results[cap] = (sorted(con.execute(query).fetchall()),
                        con.execute("SELECT count(DISTINCT run_id) FROM dim_document").fetchall()[0][0])
        con.close()
        if cap == "1":
            assert "the last of 2 runs" in result.stdout and "1 deferred to the next run" in result.stderr
            assert "2 documents (processed 2, unchanged 0, removed 0)" in result.stdout
    assert results["1"][0] == results["0"][0] and {results["1"][1], results["0"][1]} == {2, 1}


def test_missing_raw_folder_fails_with_one_line_reason(tmp_path):
    result = run_build(tmp_path / "nope", tmp_path / "w.duckdb")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1].startswith("build failed: raw folder not found")
    assert not (tmp_path / "w.duckdb").exists()


def test_simultaneous_builds_into_different_warehouses_keep_their_own_documents(tmp_path):
    """Stage frames are staged per warehouse: one build never reads another's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORT_")}
    jobs = {
        name: subprocess.Popen([sys.executable, "-m", "pipelines", "build", "--raw", str(raw),
                                "--warehouse", str(tmp_path / f"{name}.duckdb")],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name, raw in (("sample", SAMPLE_RAW), ("peer", PEER_RAW))
    }
    for name, job in jobs.items():
        out, err = job.communicate(timeout=300)
        assert job.returncode == 0, err
    for name, expected in (("sample", "kuaishou_2024_review.md"), ("peer", "rt_zh_percent_currency.md")):
        con = duckdb.connect(str(tmp_path / f"{name}.duckdb"), read_only=True)
        assert {r[0] for r in con.execute("SELECT DISTINCT document FROM metric_facts").fetchall()} == {expected}
        con.close()
