"""Incremental builds: only new and changed documents are parsed and extracted.

The hash comparison is a pure polars function (plan_changes); the build tests
run the real Dagster job in process on an ephemeral instance, with small
reports written here (two companies, figures in prose and a table).
"""
from __future__ import annotations

import dagster as dg
import duckdb
import polars as pl
import pytest

from pipelines.cli import ingest_metadata
from pipelines.defs import BUILD_JOB, defs
from pipelines.ingest.changes import plan_changes, scan_files, summarize

REPORT_A = """# 甲公司2024年业绩公告

2024年，甲公司营业收入为120.5亿元，同比增长8.5%。
经营利润约为12亿元，毛利率提升至45.2%。
"""
REPORT_B = """# 乙银行2023年年度报告

2023年，乙银行净利润达到35亿元，同比下降3.1%。

| 指标 | 2023年 |
| --- | --- |
| 存款余额（亿元） | 820 |
"""
REPORT_C = """# 丙集团2024年第三季度业绩

2024年第三季度，丙集团实现收入人民币56.7亿元，环比增长2.4%。
"""


def _frame(pairs):
    return pl.DataFrame([{"file_name": f, "sha256": s} for f, s in pairs],
                        schema={"file_name": pl.String, "sha256": pl.String})


def _status(plan):
    return dict(plan.select("file_name", "status").iter_rows())


# ---- the pure comparison ------------------------------------------------------------------

def test_plan_marks_each_kind_of_change():
    files = _frame([("a.md", "1"), ("b.md", "2"), ("c.md", "3")])
    loaded = _frame([("a.md", "1"), ("b.md", "9"), ("gone.md", "4")])
    plan = plan_changes(files, loaded)
    assert _status(plan) == {"a.md": "unchanged", "b.md": "changed", "c.md": "new", "gone.md": "removed"}
    assert set(plan.filter("load")["file_name"]) == {"b.md", "c.md"}
    counts = summarize(plan)
    assert (counts["loaded"], counts["skipped"], counts["removed"]) == (2, 1, 1)


def test_plan_on_an_empty_warehouse_loads_everything():
    plan = plan_changes(_frame([("a.md", "1"), ("b.md", "2")]), _frame([]))
    assert plan["status"].to_list() == ["new", "new"] and plan["load"].all()


def test_full_refresh_loads_every_present_file_but_not_removed_ones():
    plan = plan_changes(_frame([("a.md", "1")]), _frame([("a.md", "1"), ("gone.md", "4")]), full_refresh=True)
    assert dict(plan.select("file_name", "load").iter_rows()) == {"a.md": True, "gone.md": False}


def test_copy_of_a_kept_document_is_a_duplicate_not_a_second_load():
    plan = plan_changes(_frame([("a.md", "1"), ("copy.md", "1")]), _frame([("a.md", "1")]))
    assert _status(plan) == {"a.md": "unchanged", "copy.md": "duplicate"}
    assert not plan["load"].any()


def test_renamed_file_is_new_and_old_name_removed():
    plan = plan_changes(_frame([("new_name.md", "1")]), _frame([("old_name.md", "1")]))
    assert _status(plan) == {"new_name.md": "new", "old_name.md": "removed"}


def test_scan_files_hashes_bytes(tmp_path):
    (tmp_path / "a.md").write_text(REPORT_A, encoding="utf-8")
    (tmp_path / ".hidden").write_text("x")
    files = scan_files(tmp_path)
    import hashlib
    assert files.to_dicts() == [{"file_name": "a.md", "sha256": hashlib.sha256(REPORT_A.encode()).hexdigest(),
                                 "size": len(REPORT_A.encode())}]


def test_a_limit_stops_reading_after_that_many_documents_and_bad_files_do_not_count(tmp_path):
    from pipelines.ingest import read_documents

    (tmp_path / "a.md").write_bytes(b"\xff\xfe\x00\xd8")                      # cannot be decoded
    (tmp_path / "b.pdf").write_bytes(b"%PDF")                                  # unsupported
    for name in ("c.md", "d.md", "e.md"):
        (tmp_path / name).write_text(f"{name}：2024年收入为10亿元。", encoding="utf-8")
    documents, rejects = read_documents(tmp_path, limit=2)
    assert documents["file_name"].to_list() == ["c.md", "d.md"]
    assert sorted(rejects["document"].to_list()) == ["a.md", "b.pdf"]
    assert read_documents(tmp_path)[0].height == 3


def test_a_full_refresh_since_a_time_skips_what_it_already_reloaded():
    from datetime import datetime

    files = _frame([("a.md", "1"), ("b.md", "2"), ("c.md", "3")])
    loaded = _frame([("a.md", "1"), ("b.md", "2"), ("c.md", "3")]).with_columns(
        loaded_at=pl.Series([datetime(2026, 1, 2), datetime(2026, 1, 1), datetime(2026, 1, 1)]))
    plan = plan_changes(files, loaded, full_refresh=True, refreshed_since=datetime(2026, 1, 2))
    assert plan.filter("load")["file_name"].to_list() == ["b.md", "c.md"]


# ---- through Dagster ----------------------------------------------------------------------

@pytest.fixture()
def corpus(tmp_path, monkeypatch):
    raw, db = tmp_path / "raw", tmp_path / "wh.duckdb"
    raw.mkdir()
    monkeypatch.setenv("REPORT_RAW_DIR", str(raw))
    monkeypatch.setenv("REPORT_WAREHOUSE", str(db))
    return raw, db


def _build(instance, full_refresh: bool = False, tags: dict | None = None, **config):
    result = defs.resolve_job_def(BUILD_JOB).execute_in_process(
        instance=instance, raise_on_error=False, tags=tags or {},
        run_config={"ops": {"ingest": {"config": {"full_refresh": full_refresh, **config}}}})
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    ingest = ingest_metadata(result)
    return result, {k: v.value for k, v in ingest.items()}


def _facts(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return pl.from_arrow(con.execute(
            "SELECT d.file_name, f.fact_id, f.quote, f.value, f.run_id FROM fact_metric f "
            "JOIN dim_document d USING (document_key)").fetch_arrow_table())


def test_second_build_skips_unchanged_documents(corpus):
    raw, db = corpus
    (raw / "a.md").write_text(REPORT_A, encoding="utf-8")
    (raw / "b.md").write_text(REPORT_B, encoding="utf-8")
    with dg.DagsterInstance.ephemeral() as instance:
        first, meta = _build(instance)
        assert (meta["documents_processed"], meta["documents_skipped"]) == (2, 0)
        before = _facts(db)
        assert set(before["file_name"]) == {"a.md", "b.md"}
        assert set(before["run_id"]) == {first.run_id}

        second, meta = _build(instance)
        assert (meta["documents_processed"], meta["documents_skipped"], meta["up_to_date"]) == (0, 2, True)
        # Nothing was parsed, extracted or written: every later step was skipped,
        # and the facts (with the run that loaded them) stand.
        skipped = {e.step_key for e in second.all_events if e.event_type_value == "STEP_SKIPPED"}
        assert {"parse", "recognize", "attribute", "warehouse_tables"} <= skipped
        assert not [m for m in second.get_asset_materialization_events()]
        assert _facts(db).sort("fact_id").equals(before.sort("fact_id"))


def test_changed_added_and_removed_documents(corpus):
    raw, db = corpus
    (raw / "a.md").write_text(REPORT_A, encoding="utf-8")
    (raw / "b.md").write_text(REPORT_B, encoding="utf-8")
    with dg.DagsterInstance.ephemeral() as instance:
        first, _ = _build(instance)
        (raw / "a.md").write_text(REPORT_A.replace("120.5亿元", "133.3亿元"), encoding="utf-8")
        (raw / "b.md").unlink()
        (raw / "c.md").write_text(REPORT_C, encoding="utf-8")
        third, meta = _build(instance)
        assert (meta["documents_processed"], meta["files_changed"], meta["files_new"], meta["files_removed"]) == (2, 1, 1, 1)
        # Only the changed and the new document went through parse.
        parsed = third.output_for_node("parse", "segments")["doc_id"].unique().to_list()
        docs = third.output_for_node("ingest", "documents")
        assert sorted(docs["file_name"]) == ["a.md", "c.md"] and set(parsed) <= set(docs["doc_id"])
        facts = _facts(db)
        assert set(facts["file_name"]) == {"a.md", "c.md"}          # b.md's facts left
        a = facts.filter(pl.col("file_name") == "a.md")
        values = a["value"].to_list()
        assert any(abs(v - 13_330_000_000) < 1 for v in values)
        assert not any(abs(v - 12_050_000_000) < 1 for v in values)
        assert set(facts["run_id"]) == {third.run_id}


def test_full_refresh_by_config_or_tag_reprocesses_everything(corpus):
    raw, db = corpus
    (raw / "a.md").write_text(REPORT_A, encoding="utf-8")
    (raw / "c.md").write_text(REPORT_C, encoding="utf-8")
    with dg.DagsterInstance.ephemeral() as instance:
        _build(instance)
        by_config, meta = _build(instance, full_refresh=True)
        assert (meta["documents_processed"], meta["full_refresh"]) == (2, True)
        assert set(_facts(db)["run_id"]) == {by_config.run_id}
        by_tag, meta = _build(instance, tags={"full_refresh": "true"})
        assert meta["documents_processed"] == 2
        assert set(_facts(db)["run_id"]) == {by_tag.run_id}


def test_copied_file_is_quarantined_not_loaded_twice(corpus):
    raw, db = corpus
    (raw / "a.md").write_text(REPORT_A, encoding="utf-8")
    with dg.DagsterInstance.ephemeral() as instance:
        _build(instance)
        (raw / "a_copy.md").write_text(REPORT_A, encoding="utf-8")
        (raw / "c.md").write_text(REPORT_C, encoding="utf-8")
        result, meta = _build(instance)
        assert meta["documents_processed"] == 1 and meta["files_duplicate"] == 1
        rejects = result.output_for_node("ingest", "ingest_quarantine")
        assert rejects["document"].to_list() == ["a_copy.md"]
    assert set(_facts(db)["file_name"]) == {"a.md", "c.md"}


def test_a_build_over_the_cap_defers_the_rest_and_the_sensor_continues_it(corpus):
    """More files than one build extracts: each run loads its share (a consistent warehouse in between),
    the sensor asks for the next run while documents wait, and a full refresh goes on where it stopped."""
    from pipelines.defs.automation import continuation

    raw, db = corpus
    for name, text in (("a.md", REPORT_A), ("b.md", REPORT_B), ("c.md", REPORT_C)):
        (raw / name).write_text(text, encoding="utf-8")
    with dg.DagsterInstance.ephemeral() as instance:
        first, meta = _build(instance, max_documents=2)
        assert (meta["documents_processed"], meta["documents_deferred"]) == (2, 1)
        assert set(_facts(db)["file_name"]) == {"a.md", "b.md"}
        request = continuation(instance)
        assert isinstance(request, dg.RunRequest) and "full_refresh" not in request.tags
        assert continuation(instance).run_key == request.run_key  # one continuation per deferring build
        second, meta = _build(instance, tags=request.tags, max_documents=2)
        assert (meta["documents_processed"], meta["documents_deferred"], meta["documents_skipped"]) == (1, 0, 2)
        assert set(_facts(db)["file_name"]) == {"a.md", "b.md", "c.md"}
        assert continuation(instance) is None

        refresh, meta = _build(instance, full_refresh=True, max_documents=2)
        assert (meta["documents_processed"], meta["documents_deferred"]) == (2, 1)
        request = continuation(instance)
        assert request.tags["full_refresh"] == "true" and request.tags["refreshed_since"] == meta["refreshed_since"]
        rest, meta = _build(instance, tags=request.tags, max_documents=2)
        assert (meta["documents_processed"], meta["documents_deferred"]) == (1, 0)
        runs = dict(_facts(db).select("file_name", "run_id").unique().iter_rows())
        assert runs == {"a.md": refresh.run_id, "b.md": refresh.run_id, "c.md": rest.run_id}
