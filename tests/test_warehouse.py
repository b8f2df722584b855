"""The star schema: generated DDL and comments, checks, incremental loads, atomicity, conflicts."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest
from dagster_duckdb import DuckDBResource

from pipelines.schemas.warehouse import WAREHOUSE_MODELS
from pipelines.warehouse import ddl, load as load_module
from pipelines.warehouse.checks import WAREHOUSE_CHECKS, run_checks
from pipelines.warehouse.load import load_build, loaded_documents
from pipelines.warehouse.local import build, extract, present

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_RAW = ROOT / "raw"

DOC_A = "2024年，甲公司实现营收120亿元，同比增长8.5%。甲公司电商业务GMV达到300亿元。\n"
DOC_B = ("乙集团2024年第四季度财报显示，本地生活业务收入同比增长12%，达到45亿元。\n\n"
         "| 业务 | 收入 | 同比 |\n|---|---|---|\n| 本地生活 | 45亿元 | 12% |\n| 到店 | 20亿元 | 7.5% |\n")
DOC_C = "丙科技2023年净利润为3.2亿元，员工人数超过5000人。\n"


def _write(raw: Path, name: str, text: str) -> None:
    (raw / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample report, built once through the stage functions and load_build."""
    con = duckdb.connect(str(tmp_path_factory.mktemp("wh") / "sample.duckdb"))
    summary = build(SAMPLE_RAW, con, "run-sample")
    yield con, summary
    con.close()


def test_every_blocking_check_passes_on_the_sample(sample):
    con, summary = sample
    assert summary.facts_loaded > 0
    failing = {k: v[:3] for k, v in run_checks(con, blocking_only=True).items() if v}
    assert failing == {}


def test_tables_are_the_models_and_every_column_is_commented(sample):
    con, _ = sample
    for table, model in WAREHOUSE_MODELS.items():
        cols = con.execute("SELECT column_name, comment, is_nullable FROM duckdb_columns() "
                           "WHERE table_name = ? ORDER BY column_index", [table]).fetchall()
        expected = ddl.columns(model)
        assert [c[0] for c in cols] == [c.name for c in expected], table
        for (name, comment, nullable), spec in zip(cols, expected):
            assert comment and comment.startswith(spec.description), (table, name)
            assert nullable == spec.nullable, (table, name)
        table_comment = con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = ?", [table]).fetchall()
        assert table_comment[0][0], table
    # nothing in the database goes undocumented: tables, views, their columns
    uncommented = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE NOT internal AND schema_name = 'main' "
        "AND (comment IS NULL OR comment = '')").fetchall()
    assert uncommented == []
    assert con.execute("SELECT count(*) FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' "
                       "AND (comment IS NULL OR comment = '')").fetchall()[0][0] == 0


def test_metric_facts_keeps_the_scorer_contract(sample):
    con, _ = sample
    cols = [r[0] for r in con.execute("DESCRIBE metric_facts").fetchall()]
    assert cols[:15] == ["document", "line", "char_start", "char_end", "quote", "value", "unit", "qualifier",
                         "kind", "direction", "metric", "subject", "period", "baseline", "source"]
    n_view, n_facts = con.execute("SELECT (SELECT count(*) FROM metric_facts), (SELECT count(*) FROM fact_metric)").fetchall()[0]
    assert n_view == n_facts  # the dimension joins lose no fact


def test_unattributed_facts_point_to_unknown_members(sample):
    con, _ = sample
    for table, key in (("dim_entity", "entity_key"), ("dim_metric", "metric_key"), ("dim_period", "period_key"),
                       ("dim_unit", "unit_code")):
        assert con.execute(f"SELECT count(*) FROM {table} WHERE {key} = 'unknown'").fetchall()[0][0] == 1
    nulls = con.execute("SELECT count(*) FROM fact_metric f WHERE (subject IS NULL) <> (entity_key = 'unknown') "
                        "OR (metric IS NULL) <> (metric_key = 'unknown')").fetchall()[0][0]
    assert nulls == 0


def test_every_table_cell_is_loaded_with_its_header_row(sample):
    con, _ = sample
    doc = con.execute("SELECT text FROM dim_document").fetchall()[0][0]
    tables = con.execute("SELECT table_key, line_start, row_count, column_count, header_text FROM dim_table").fetchall()
    assert tables
    lines = doc.split("\n")
    for key, line_start, rows, cols, header_text in tables:
        header_cells = [c.strip() for c in lines[line_start - 1].strip().strip("|").split("|")]
        assert header_text == " | ".join(header_cells)
        got = con.execute("SELECT text FROM fact_table_cell WHERE table_key = ? AND row_no = 0 ORDER BY col_no",
                          [key]).fetchall()
        assert [g[0] for g in got] == [c for c in header_cells if c]
        body = con.execute("SELECT count(*), count(DISTINCT row_no) FROM fact_table_cell WHERE table_key = ? AND row_no > 0",
                           [key]).fetchall()[0]
        assert body[1] == rows
        # every non-empty body cell of the Markdown table is there
        expected = sum(1 for ln in lines[line_start + 1: line_start + 1 + rows]
                       for c in ln.strip().strip("|").split("|") if c.strip())
        assert body[0] == expected
    table_facts = con.execute("SELECT count(*) FROM fact_metric WHERE source = 'table'").fetchall()[0][0]
    assert con.execute("SELECT sum(fact_count) FROM fact_table_cell").fetchall()[0][0] == table_facts


@pytest.mark.parametrize("corruption, check", [
    ("UPDATE fact_metric SET quote = quote || '了' WHERE fact_id = (SELECT min(fact_id) FROM fact_metric)",
     "fact_metric.grounded"),
    ("UPDATE fact_metric SET line = line + 1 WHERE fact_id = (SELECT min(fact_id) FROM fact_metric)",
     "fact_metric.grounded"),
    ("DELETE FROM dim_period WHERE period_key = (SELECT max(period_key) FROM fact_metric WHERE period_key <> 'unknown')",
     "fact_metric.foreign_keys_resolve"),
    ("DELETE FROM dim_entity WHERE entity_key = (SELECT max(entity_key) FROM fact_metric WHERE entity_key <> 'unknown')",
     "fact_metric.foreign_keys_resolve"),
    ("UPDATE fact_metric SET kind = 'growth' WHERE fact_id = (SELECT min(fact_id) FROM fact_metric)",
     "fact_metric.accepted_values"),
    ("UPDATE dim_entity SET entity_type = 'person' WHERE entity_key = 'unknown'", "dim_entity.accepted_values"),
    ("DELETE FROM fact_metric WHERE fact_id = (SELECT min(fact_id) FROM fact_metric WHERE source = 'prose')",
     "fact_metric.fact_count_per_document"),
    ("UPDATE fact_table_cell SET char_start = char_start + 1 WHERE cell_key = (SELECT min(cell_key) FROM fact_table_cell)",
     "fact_table_cell.grounded"),
    # a range running past the end of its line (the text is then cut from the whole document)
    ("UPDATE fact_metric SET char_end = char_end + 400 WHERE fact_id = (SELECT min(fact_id) FROM fact_metric)",
     "fact_metric.grounded"),
    ("UPDATE fact_metric SET line = 100000 WHERE fact_id = (SELECT min(fact_id) FROM fact_metric)",
     "fact_metric.grounded"),
    ("UPDATE fact_table_cell SET char_end = char_end + 400 WHERE cell_key = (SELECT max(cell_key) FROM fact_table_cell)",
     "fact_table_cell.grounded"),
    ("UPDATE fact_metric SET direction = NULL WHERE fact_id = (SELECT min(fact_id) FROM fact_metric WHERE kind = 'change')",
     "fact_metric.direction_and_baseline_only_for_changes"),
])
def test_checks_name_the_rows_they_catch(sample, corruption, check):
    con, _ = sample
    assert run_checks(con)[check] == []
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(corruption)
        failing = run_checks(con)[check]
    finally:
        con.execute("ROLLBACK")
    assert len(failing) >= 1 and all(isinstance(r, dict) for r in failing)


def _tables(con) -> dict[str, list]:
    """Every warehouse table's rows, sorted: a snapshot to compare."""
    out = {}
    for table in WAREHOUSE_MODELS:
        rows = con.execute(f"SELECT * FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    return out


@pytest.fixture
def three_documents(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in (("a.md", DOC_A), ("b.md", DOC_B), ("c.md", DOC_C)):
        _write(raw, name, text)
    con = duckdb.connect(str(tmp_path / "wh.duckdb"))
    build(raw, con, "r1")
    yield raw, con
    con.close()


def test_a_load_in_chunks_writes_the_same_rows_as_one_chunk(tmp_path, monkeypatch):
    """The load prepares documents chunk by chunk (bounded memory); chunk size must not show in the rows."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in (("a.md", DOC_A), ("b.md", DOC_B), ("c.md", DOC_C), ("d.pdf", "not a report")):
        _write(raw, name, text)
    (raw / "e.md").write_bytes(b"\xff\xfe\x00broken")
    tables = ("fact_metric", "fact_table_cell", "dim_table", "build_stats", "quarantine", "dim_document",
              "document_history")
    dumps = []
    for chunk in (1, 500):
        monkeypatch.setattr(load_module, "LOAD_CHUNK_DOCUMENTS", chunk)
        con = duckdb.connect(str(tmp_path / f"c{chunk}.duckdb"))
        build(raw, con, "r1")
        dumps.append({t: con.execute(f"SELECT {_untimed(con, t)} FROM {t} ORDER BY ALL").fetchall() for t in tables})
        con.close()
    assert dumps[0]["quarantine"] and dumps[0]["fact_table_cell"] and len(dumps[0]["dim_document"]) == 3
    assert dumps[0] == dumps[1]


def _untimed(con, table: str) -> str:
    """The columns of table other than load timestamps."""
    return ", ".join(r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ? "
                                               "AND data_type NOT LIKE 'TIMESTAMP%'", [table]).fetchall())


def test_incremental_load_keeps_unchanged_documents_untouched(three_documents):
    raw, con = three_documents
    facts_of = lambda f: sorted(con.execute(  # noqa: E731
        "SELECT f.fact_id, f.run_id, f.quote FROM fact_metric f JOIN dim_document d USING (document_key) "
        "WHERE d.file_name = ?", [f]).fetchall())
    a_before = facts_of("a.md")
    assert a_before and all(r[1] == "r1" for r in a_before)
    first_b = con.execute("SELECT first_loaded_at, document_key FROM dim_document WHERE file_name = 'b.md'").fetchall()[0]

    _write(raw, "b.md", DOC_B.replace("45亿元", "46亿元"))
    (raw / "c.md").unlink()
    summary = build(raw, con, "r2", only={"b.md"})   # only the changed document is extracted

    assert (summary.documents_loaded, summary.documents_retracted) == (1, 1)
    assert facts_of("a.md") == a_before                       # same ids, still from r1
    b_after = facts_of("b.md")
    assert b_after and all(r[1] == "r2" for r in b_after) and any("46亿元" == r[2] for r in b_after)
    assert facts_of("c.md") == []
    b_doc = con.execute("SELECT first_loaded_at, document_key FROM dim_document WHERE file_name = 'b.md'").fetchall()[0]
    assert b_doc[0] == first_b[0] and b_doc[1] != first_b[1]
    history = con.execute("SELECT file_name, action, document_key FROM document_history WHERE run_id = 'r2' "
                          "ORDER BY file_name, action").fetchall()
    assert history == [("b.md", "added", b_doc[1]), ("b.md", "replaced", first_b[1]),
                       ("c.md", "retracted", history[2][2])]
    assert {k: v for k, v in run_checks(con, blocking_only=True).items() if v} == {}
    assert sorted(loaded_documents(con)["file_name"].to_list()) == ["a.md", "b.md"]
    # dimensions follow the live facts: c.md's entity is gone, a.md's stays
    names = {r[0] for r in con.execute("SELECT name FROM dim_entity").fetchall()}
    assert not any("丙" in n for n in names)


def test_a_failed_load_leaves_the_previous_warehouse_intact(three_documents, monkeypatch):
    raw, con = three_documents
    before = _tables(con)
    original = load_module._insert_facts

    def insert_then_fail(con_, prepared):
        original(con_, prepared)          # facts of the new b.md are written ...
        assert con_.execute("SELECT count(*) FROM fact_metric WHERE run_id = 'r-broken'").fetchall()[0][0] > 0
        raise RuntimeError("disk full")   # ... then the build dies

    monkeypatch.setattr(load_module, "_insert_facts", insert_then_fail)
    _write(raw, "b.md", DOC_B.replace("12%", "13%"))
    with pytest.raises(RuntimeError, match="disk full"):
        build(raw, con, "r-broken", only={"b.md"})

    after = _tables(con)
    audit = after.pop("load_audit")
    before.pop("load_audit")
    assert after == before
    failed = [r for r in audit if r[0] == "r-broken"]
    assert len(failed) == 1 and failed[0][9] == "failed" and "disk full" in failed[0][10]
    assert run_checks(con)["load_audit.last_build_succeeded"][0]["run_id"] == "r-broken"


def test_a_load_that_would_duplicate_a_key_is_rolled_back(three_documents, monkeypatch):
    """The tables declare no PRIMARY KEY (ART indexes are slow to keep); the load checks the keys before COMMIT."""
    raw, con = three_documents
    before = _tables(con)
    original = load_module._insert_facts

    def insert_twice(con_, prepared):  # a bug that writes one document's rows twice
        original(con_, prepared)
        load_module._insert(con_, "fact_metric", prepared.facts)

    monkeypatch.setattr(load_module, "_insert_facts", insert_twice)
    _write(raw, "b.md", DOC_B.replace("12%", "13%"))
    with pytest.raises(load_module.DuplicateKeyError, match="fact_metric: .* primary key"):
        build(raw, con, "r-dup", only={"b.md"})
    after = _tables(con)
    assert after.pop("load_audit") != before.pop("load_audit")  # the failure is recorded ...
    assert after == before                                        # ... and nothing else changed
    monkeypatch.undo()
    build(raw, con, "r-ok", only={"b.md"})
    assert {k: v for k, v in run_checks(con, blocking_only=True).items() if v} == {}


def test_tables_declare_no_primary_key_but_every_model_key_is_checked():
    declared = ddl.schema_sql()
    assert "PRIMARY KEY" not in declared and "REFERENCES" not in declared
    keyed = {t for t, m in WAREHOUSE_MODELS.items() if any(c.pk for c in ddl.columns(m))}
    assert keyed and keyed == {c.table for c in load_module.KEY_CHECKS}


@pytest.mark.parametrize("old_schema", [
    # what the walking skeleton wrote: a dim_document without the run_id column
    ["CREATE TABLE dim_document (document_key VARCHAR PRIMARY KEY, file_name VARCHAR, sha256 VARCHAR)"],
    # early warehouses declared foreign keys; DuckDB refuses to drop a referenced table first
    ["CREATE TABLE dim_document (document_key VARCHAR PRIMARY KEY, file_name VARCHAR, sha256 VARCHAR)",
     "CREATE TABLE dim_unit (unit_code VARCHAR PRIMARY KEY)",
     "CREATE TABLE fact_metric (fact_id VARCHAR PRIMARY KEY, document_key VARCHAR REFERENCES dim_document "
     "(document_key), unit_code VARCHAR REFERENCES dim_unit (unit_code))",
     "CREATE TABLE old_notes (k VARCHAR REFERENCES fact_metric (fact_id))"],  # not ours, references ours
], ids=["skeleton", "declared_foreign_keys"])
def test_an_older_schema_is_rebuilt_and_its_documents_count_as_new(tmp_path, old_schema):
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw, "a.md", DOC_A)
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    for statement in old_schema:
        con.execute(statement)
    con.execute("INSERT INTO dim_document VALUES ('k', 'a.md', 's')")
    assert loaded_documents(con).height == 0
    summary = build(raw, con, "r1")
    assert summary.schema_reset and summary.facts_total == summary.facts_loaded > 0
    assert loaded_documents(con)["file_name"].to_list() == ["a.md"]


def _conflicting_build(tmp_path) -> duckdb.DuckDBPyConnection:
    """Facts attributed by hand: the view is tested, not the attribution."""
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw, "x.md", "据年报，丁公司2024年营收为120亿元。另据快报，丁公司2024年营收为125亿元。丁公司2024年营收超过100亿元。\n")
    frames = extract(raw)
    facts = frames["facts"].filter(pl.col("unit") == "CNY")
    assert facts.height == 3
    facts = facts.with_columns(subject=pl.lit("丁公司"), metric=pl.lit("营收"), period=pl.lit("2024"),
                               kind=pl.lit("level"), direction=pl.lit(None, pl.String), baseline=pl.lit(None, pl.String))
    frames["facts"] = facts
    frames["quantities"] = frames["quantities"].filter(pl.col("unit") == "CNY")
    con = duckdb.connect(str(tmp_path / "wh.duckdb"))
    load_build(con, run_id="r1", present_files=present(raw), **frames)
    return con


def test_metric_conflicts_pairs_different_values_and_spares_compatible_bounds(tmp_path):
    con = _conflicting_build(tmp_path)
    rows = con.execute("SELECT entity, metric_name, period, quote_a, quote_b FROM metric_conflicts").fetchall()
    assert len(rows) == 1
    entity, metric, period, qa, qb = rows[0]
    assert (entity, metric, period) == ("丁公司", "营收", "2024") and {qa, qb} == {"120亿元", "125亿元"}


def test_metric_conflicts_is_a_warning_check_with_the_pairs_in_metadata(tmp_path):
    con = _conflicting_build(tmp_path)
    db = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchall()[0][0]
    con.close()
    from pipelines.defs.checks import warehouse_checks
    spec = next(c for c in WAREHOUSE_CHECKS if c.name == "metric_conflicts")
    assert not spec.blocking
    check = next(c for c in warehouse_checks if any(k.name == "metric_conflicts" for k in c.check_keys))
    result = next(r for r in check(warehouse=DuckDBResource(database=db)) if r.check_name == "metric_conflicts")
    assert not result.passed and result.severity == dg.AssetCheckSeverity.WARN
    assert result.metadata["failing_rows"].value == 1
    pair = result.metadata["examples"].value[0]
    assert {pair["quote_a"], pair["quote_b"]} == {"120亿元", "125亿元"}


def test_metric_conflicts_check_flags_exactly_the_groups_the_pair_view_lists(tmp_path):
    """The check (one pass per group) and the view (every pair) are two formulations of
    one rule; they must agree on every mix of bounds, directions and values."""
    import random

    from pipelines.warehouse.checks import failing_rows

    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw, "x.md", "".join(f"第{i}项为{i + 1}亿元。" for i in range(60)) + "\n")
    frames = extract(raw)
    base = frames["facts"].filter(pl.col("unit") == "CNY")
    assert base.height == 60
    rng = random.Random(7)
    n = base.height
    kinds = [rng.choice([("level", None), ("change", "up"), ("change", "down")]) for _ in range(n)]
    facts = base.with_columns(
        subject=pl.Series([rng.choice("甲乙丙丁戊己庚辛壬癸") + "公司" for _ in range(n)]), metric=pl.lit("营收"),
        period=pl.lit("2024"), kind=pl.Series([k for k, _ in kinds]), direction=pl.Series([d for _, d in kinds]),
        baseline=pl.Series(["yoy" if k == "change" else None for k, _ in kinds], dtype=pl.String),
        qualifier=pl.Series([rng.choice(["eq", "eq", "gt", "lt", "approx"]) for _ in range(n)]),
        value=pl.Series([float(rng.choice([1, 2, 3])) for _ in range(n)]))
    frames["facts"] = facts
    frames["quantities"] = frames["quantities"].filter(pl.col("unit") == "CNY")
    con = duckdb.connect(str(tmp_path / "wh.duckdb"))
    load_build(con, run_id="r1", present_files=present(raw), **frames)
    check = next(c for c in WAREHOUSE_CHECKS if c.name == "metric_conflicts")
    key = ("entity", "metric_name", "period", "kind", "baseline", "unit")
    groups = {tuple(r[k] for k in key) for r in failing_rows(con, check)}
    pairs = {tuple(r) for r in con.execute(f"SELECT DISTINCT {', '.join(key)} FROM metric_conflicts").fetchall()}
    assert pairs, "the random mix produces conflicts"
    assert groups == pairs
    # and a group that the bounds reconcile is left alone
    assert len(pairs) < con.execute("SELECT count(DISTINCT (entity_key, kind, direction)) FROM fact_metric").fetchone()[0]


def test_sample_restatements_point_from_table_to_prose_of_equal_value(sample):
    con, _ = sample
    rows = con.execute("SELECT t.value, t.unit_code, p.value, p.unit_code, p.source, t.source "
                       "FROM fact_metric t JOIN fact_metric p ON p.fact_id = t.restates_fact_id").fetchall()
    assert rows, "the sample's case table repeats figures of its prose"
    assert all(r[0] == r[2] and r[1] == r[3] and r[4] == "prose" and r[5] == "table" for r in rows)



def test_a_piped_table_with_an_empty_cell_and_a_header_unit(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw, "t.md", "# 分地区收入\n\n戊公司2024年分地区收入如下。\n\n"
                        "| 地区 | 收入（亿元） | 增速 |\n| --- | ---: | --- |\n| 华东大区 | 120 | +5% |\n| 华南大区 |  | -3% |\n")
    con = duckdb.connect()
    build(raw, con, "r1")
    assert {k: v for k, v in run_checks(con, blocking_only=True).items() if v} == {}
    header = con.execute("SELECT col_no, text FROM fact_table_cell WHERE row_no = 0 ORDER BY col_no").fetchall()
    assert header == [(1, "地区"), (2, "收入（亿元）"), (3, "增速")]
    body = con.execute("SELECT row_no, col_no, text, row_label, column_header FROM fact_table_cell "
                       "WHERE row_no > 0 ORDER BY row_no, col_no").fetchall()
    assert [(r, c) for r, c, *_ in body] == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 3)]   # the empty cell has no row
    assert body[4][2:] == ("-3%", "华南大区", "增速")
    table = con.execute("SELECT line_start, line_end, row_count, column_count, heading FROM dim_table").fetchall()
    assert table == [(5, 8, 2, 3, "分地区收入")]
    # the 收入 cell's number, scaled by the header unit, is the fact it produced
    cell = con.execute("SELECT c.value, c.unit_code, f.fact_id IS NOT NULL FROM fact_table_cell c "
                       "LEFT JOIN fact_metric f ON f.fact_id = c.fact_id WHERE c.row_no = 1 AND c.col_no = 2").fetchall()
    assert cell == [(1.2e10, "CNY", True)]
    types = dict(con.execute("SELECT name, entity_type FROM dim_entity").fetchall())
    assert types.get("华东大区") == "region_group"   # the label column's header is 地区


def test_a_build_that_only_retracts(three_documents):
    raw, con = three_documents
    before = sorted(con.execute("SELECT fact_id FROM fact_metric f JOIN dim_document d USING (document_key) "
                                "WHERE d.file_name <> 'c.md'").fetchall())
    (raw / "c.md").unlink()
    summary = build(raw, con, "r2", only=set())        # nothing to extract, one file gone
    assert (summary.documents_loaded, summary.documents_retracted) == (0, 1)
    assert sorted(con.execute("SELECT fact_id FROM fact_metric").fetchall()) == before
    assert con.execute("SELECT action FROM document_history WHERE run_id = 'r2'").fetchall() == [("retracted",)]
    assert {k: v for k, v in run_checks(con, blocking_only=True).items() if v} == {}


def test_without_a_quantities_frame_the_expected_count_is_what_reached_attribution(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw, "a.md", DOC_A)
    frames = extract(raw)
    frames.pop("quantities")
    con = duckdb.connect()
    load_build(con, run_id="r1", present_files=["a.md"], **frames)
    expected, loaded = con.execute("SELECT facts_expected, facts_loaded FROM build_stats").fetchall()[0]
    assert expected == loaded == frames["facts"].height > 0
    assert run_checks(con)["fact_metric.fact_count_per_document"] == []


def test_a_fact_the_warehouse_model_rejects_is_quarantined_at_load_and_counted(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw, "b.md", DOC_B)
    frames = extract(raw)
    n = frames["facts"].height
    victim = frames["facts"].filter(pl.col("unit") == "CNY")["quantity_id"][0]
    frames["facts"] = frames["facts"].with_columns(
        kind=pl.when(pl.col("quantity_id") == victim).then(pl.lit("growth")).otherwise(pl.col("kind")))
    con = duckdb.connect()
    summary = load_build(con, run_id="r1", present_files=["b.md"], **frames)
    assert summary.facts_loaded == n - 1
    stage, document, reason = con.execute("SELECT stage, document, reason FROM quarantine").fetchall()[0]
    assert (stage, document) == ("load", "b.md") and "kind" in reason
    assert con.execute("SELECT facts_expected FROM build_stats").fetchall()[0][0] == n - 1
    assert con.execute("SELECT count(*) FROM fact_metric WHERE fact_id = ?", [victim]).fetchall()[0][0] == 0
    assert {k: v for k, v in run_checks(con, blocking_only=True).items() if v} == {}
