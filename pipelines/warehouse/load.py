"""One build -> one DuckDB transaction.

Readers see the previous warehouse until COMMIT; any error rolls back (and
the failure is recorded in load_audit afterwards), so a failed build leaves
the last good state intact.

`documents` holds only the documents to (re)load; `present_files` lists every
file in raw/. A loaded document replaces the rows of its file name, a file
no longer present is retracted, and every other document's rows are not
touched, so their fact ids stay. Each replacement and retraction is written
to document_history. The conformed dimensions (period, entity, metric) are
recomputed from all facts after the change; their keys are functions of the
values, so untouched facts keep resolving.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from pipelines.ingest.batches import batch_index, cut_by_document
from pipelines.schemas.warehouse import UNKNOWN, WAREHOUSE_MODELS, FactMetric
from pipelines.validate import split_valid
from pipelines.warehouse import ddl
from pipelines.warehouse.checks import KEY_CHECKS, failing_rows
from pipelines.warehouse.dimensions import (
    entity_dimension, entity_key, metric_dimension, metric_key, period_rows, unit_rows,
)
from pipelines.warehouse.tables import cell_key_expr, restatements, table_frames, table_key_expr

SQL_DIR = Path(__file__).parent / "sql"


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class LoadSummary:
    run_id: str
    documents_seen: int
    documents_loaded: int
    documents_retracted: int
    facts_loaded: int
    rows_quarantined: int
    facts_total: int = 0
    schema_reset: bool = False


@dataclass
class Prepared:
    """Everything the transaction writes for the loaded documents (pure frames)."""

    documents: pl.DataFrame
    facts: pl.DataFrame          # FactMetric columns
    tables: pl.DataFrame
    cells: pl.DataFrame
    quarantine: pl.DataFrame     # QuarantineModel columns + run_id, quarantined_at
    stats: pl.DataFrame          # BuildStats columns


def _model_columns(table: str) -> list[str]:
    return list(WAREHOUSE_MODELS[table].to_schema().columns)


def prepare(
    *, run_id: str, documents: pl.DataFrame, segments: pl.DataFrame, facts: pl.DataFrame,
    quarantine: pl.DataFrame, quantities: pl.DataFrame | None, now: datetime,
) -> Prepared:
    """The warehouse rows of the loaded documents, validated against their models."""
    names = dict(documents.select("doc_id", "file_name").iter_rows())
    doc_ids = set(names)
    facts = facts.filter(pl.col("doc_id").is_in(list(doc_ids)))
    segments = segments.filter(pl.col("doc_id").is_in(list(doc_ids)))
    cells_of = segments.select("segment_id", "source", pl.col("text").alias("sentence"), "table_no", "row_no", "col_no")
    rows = facts.join(cells_of, on="segment_id", how="left")
    rows = rows.with_columns(
        document_key=pl.col("doc_id"),
        period_key=pl.col("period").fill_null(UNKNOWN),
        unit_code=pl.col("unit"),
        entity_key=pl.col("subject").map_elements(entity_key, return_dtype=pl.String, skip_nulls=False),
        metric_key=pl.col("metric").map_elements(metric_key, return_dtype=pl.String, skip_nulls=False),
        table_key=pl.when(pl.col("source") == "table").then(table_key_expr()),
        cell_key=pl.when(pl.col("source") == "table").then(cell_key_expr()),
        fact_id=pl.col("quantity_id"),
        run_id=pl.lit(run_id),
    )
    restated = restatements(rows.select("fact_id", "document_key", "source", "value", "unit_code", "entity_key",
                                        "metric_key", "subject", "metric", "kind", "char_start", "sentence"))
    rows = rows.with_columns(restates_fact_id=pl.col("fact_id").replace_strict(restated, default=None,
                                                                               return_dtype=pl.String))
    fact_frame, load_bad = split_valid(rows.select(_model_columns("fact_metric")), FactMetric, "load")
    load_bad = _name_documents(load_bad, names)
    # a restated prose fact the load quarantined is no longer there to point to
    fact_frame = fact_frame.with_columns(restates_fact_id=pl.when(
        pl.col("restates_fact_id").is_in(fact_frame["fact_id"].implode())).then(pl.col("restates_fact_id")))

    tables, cells = table_frames(documents, segments, facts.filter(pl.col("quantity_id").is_in(fact_frame["fact_id"].implode())))

    all_quarantine = pl.concat([quarantine.select("stage", "document", "reason", "detail"), load_bad])
    stats = _stats(run_id, documents, facts, fact_frame, cells, all_quarantine, quantities)
    qrows = all_quarantine.with_columns(run_id=pl.lit(run_id), quarantined_at=pl.lit(now))
    docs = documents.select(
        pl.col("doc_id").alias("document_key"), "file_name", "sha256", "title", "script", "char_count", "text",
        first_loaded_at=pl.lit(now), loaded_at=pl.lit(now), run_id=pl.lit(run_id),
        extractor_fingerprint=pl.lit(ddl.extractor_fingerprint()))
    return Prepared(
        documents=WAREHOUSE_MODELS["dim_document"].validate(docs),
        facts=fact_frame,
        tables=WAREHOUSE_MODELS["dim_table"].validate(tables),
        cells=WAREHOUSE_MODELS["fact_table_cell"].validate(cells),
        quarantine=WAREHOUSE_MODELS["quarantine"].validate(qrows),
        stats=WAREHOUSE_MODELS["build_stats"].validate(stats),
    )


def _name_documents(bad: pl.DataFrame, names: dict[str, str]) -> pl.DataFrame:
    """Load-stage quarantine rows name the document by file name, like every stage."""
    def name(detail: str | None) -> str:
        try:
            return names.get(json.loads(detail or "{}").get("document_key", ""), "?")
        except ValueError:
            return "?"
    return bad.with_columns(document=pl.col("detail").map_elements(name, return_dtype=pl.String, skip_nulls=False))


def _stats(run_id, documents, facts, loaded, cells, quarantine, quantities) -> pl.DataFrame:
    """Per loaded document: quantities recognised, quarantined after recognition, facts expected/loaded."""
    def counts(frame: pl.DataFrame, key: str) -> dict:
        return dict(frame.group_by(key).len().iter_rows()) if frame.height else {}

    after_recognise = quarantine.filter(pl.col("stage").is_in(["attribute", "load"]))
    quarantined = counts(after_recognise, "document")
    attribute_rejects = counts(after_recognise.filter(pl.col("stage") == "attribute"), "document")
    recognised = counts(quantities, "doc_id") if quantities is not None else counts(facts, "doc_id")
    loaded_n, cells_n = counts(loaded, "document_key"), counts(cells, "document_key")
    rows = []
    for doc_id, file_name in documents.select("doc_id", "file_name").iter_rows():
        n = recognised.get(doc_id, 0)
        if quantities is None:  # no quantities frame given: what reached attribution
            n += attribute_rejects.get(file_name, 0)
        q = quarantined.get(file_name, 0)
        rows.append({"run_id": run_id, "document_key": doc_id, "file_name": file_name,
                     "quantities_recognised": n, "quantities_quarantined": q, "facts_expected": max(0, n - q),
                     "facts_loaded": loaded_n.get(doc_id, 0), "table_cells": cells_n.get(doc_id, 0)})
    return pl.DataFrame(rows, schema={"run_id": pl.String, "document_key": pl.String, "file_name": pl.String,
                                      "quantities_recognised": pl.Int64, "quantities_quarantined": pl.Int64,
                                      "facts_expected": pl.Int64, "facts_loaded": pl.Int64, "table_cells": pl.Int64})


# ------------------------------------------------------------ the steps ----
# Each step runs inside the build transaction; a test makes one of them fail
# to prove the rollback.

def _insert(con, table: str, frame: pl.DataFrame) -> None:
    if frame.is_empty():
        return
    cols = _model_columns(table)
    con.register("_frame", frame.select(cols).to_arrow())
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM _frame")
    finally:
        con.unregister("_frame")


def _remove_documents(con, run_id: str, now: datetime, new_files: list[str], present_files: list[str]) -> tuple[int, dict]:
    """Delete the rows of replaced and retracted documents; log them. -> (retracted, first_loaded_at by file)."""
    con.register("_present", pl.DataFrame({"file_name": sorted(set(present_files) | set(new_files))},
                                          schema={"file_name": pl.String}).to_arrow())
    con.register("_new", pl.DataFrame({"file_name": new_files}, schema={"file_name": pl.String}).to_arrow())
    try:
        gone = con.execute("""
            SELECT d.document_key, d.file_name, d.first_loaded_at,
                   CASE WHEN d.file_name IN (SELECT file_name FROM _new) THEN 'replaced' ELSE 'retracted' END,
                   (SELECT count(*) FROM fact_metric f WHERE f.document_key = d.document_key)
            FROM dim_document d
            WHERE d.file_name IN (SELECT file_name FROM _new)
               OR d.file_name NOT IN (SELECT file_name FROM _present)""").fetchall()
    finally:
        con.unregister("_present")
        con.unregister("_new")
    keys = [g[0] for g in gone]
    if keys:
        marks = ", ".join("?" for _ in keys)
        for table in ("fact_metric", "fact_table_cell", "dim_table", "dim_document"):
            con.execute(f"DELETE FROM {table} WHERE document_key IN ({marks})", keys)
        history = pl.DataFrame([{"run_id": run_id, "changed_at": now, "file_name": g[1], "document_key": g[0],
                                 "action": g[3], "facts": g[4]} for g in gone])
        _insert(con, "document_history", history)
    retracted = sum(1 for g in gone if g[3] == "retracted")
    return retracted, {g[1]: g[2] for g in gone}


def _insert_documents(con, prepared: Prepared, first_loaded: dict, run_id: str, now: datetime) -> None:
    docs = prepared.documents.with_columns(
        first_loaded_at=pl.col("file_name").replace_strict(first_loaded, default=None, return_dtype=pl.Datetime("us"))
        .fill_null(pl.col("loaded_at")))
    _insert(con, "dim_document", docs)
    added = prepared.facts.group_by("document_key").len()
    counts = dict(added.iter_rows())
    history = docs.select("file_name", "document_key").with_columns(
        run_id=pl.lit(run_id), changed_at=pl.lit(now), action=pl.lit("added"),
        facts=pl.col("document_key").replace_strict(counts, default=0, return_dtype=pl.Int64))
    _insert(con, "document_history", history)


def _insert_facts(con, prepared: Prepared) -> None:
    _insert(con, "dim_table", prepared.tables)
    _insert(con, "fact_table_cell", prepared.cells)
    _insert(con, "fact_metric", prepared.facts)


def _rebuild_dimensions(con) -> None:
    """Recompute the conformed dimensions from every fact now in the warehouse."""
    subjects = [r[0] for r in con.execute("SELECT DISTINCT subject FROM fact_metric").fetchall()]
    metric_units = con.execute("SELECT metric, unit_code, count(*) FROM fact_metric GROUP BY ALL").fetchall()
    periods = [r[0] for r in con.execute("SELECT DISTINCT period_key FROM fact_metric").fetchall()]
    headers: dict[str, list[str]] = {}
    for subject, header in con.execute("""
            SELECT DISTINCT f.subject, h.text FROM fact_metric f
            JOIN fact_table_cell c ON c.cell_key = f.cell_key AND c.row_label = f.subject
            JOIN fact_table_cell h ON h.table_key = c.table_key AND h.row_no = 0 AND h.col_no = 1""").fetchall():
        headers.setdefault(subject, []).append(header)
    entities, entity_aliases = entity_dimension(subjects, headers)
    metrics, metric_aliases = metric_dimension(metric_units)
    for table, frame in (("dim_unit", unit_rows()), ("dim_period", period_rows(periods)),
                         ("dim_entity", entities), ("entity_alias", entity_aliases),
                         ("dim_metric", metrics), ("metric_alias", metric_aliases)):
        con.execute(f"DELETE FROM {table}")
        _insert(con, table, WAREHOUSE_MODELS[table].validate(frame))


class DuplicateKeyError(ValueError):
    """Rows of one table share a primary key; the load is rolled back."""


def verify_keys(con) -> None:
    """Raise DuplicateKeyError when a table holds two rows with one primary key.

    The tables declare no PRIMARY KEY (ddl.create_table says why), so this runs
    inside the load transaction, before COMMIT: a build that would duplicate a
    key leaves the previous warehouse as it was. The pk asset checks run the
    same queries after the build.
    """
    for check in KEY_CHECKS:
        if duplicates := failing_rows(con, check):
            raise DuplicateKeyError(f"{check.table}: {len(duplicates)} primary key(s) on more than one row, "
                                    f"e.g. {duplicates[0]}")


def load_build(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str,
    documents: pl.DataFrame,
    segments: pl.DataFrame,
    facts: pl.DataFrame,
    quarantine: pl.DataFrame,
    present_files: list[str],
    started_at: datetime | None = None,
    quantities: pl.DataFrame | None = None,
) -> LoadSummary:
    """Load the given (new or changed) documents, retract vanished files, in one transaction.

    quantities (optional): the recognise stage's accepted quantities of these
    documents, so build_stats can state how many facts each one should have.
    """
    started_at = started_at or _utcnow()
    now = _utcnow()
    new_files = documents["file_name"].to_list()
    # Quarantine rows of the loaded documents go with their chunk (build_stats
    # counts them); the others (unreadable files, duplicates) are loaded once.
    own_rows = pl.col("document").is_in(new_files)
    con.execute("BEGIN TRANSACTION")
    try:
        reset = ddl.ensure_schema(con)
        retracted, first_loaded = _remove_documents(con, run_id, now, new_files, present_files)
        facts_loaded = rows_quarantined = 0
        for docs, segs, fcts, qnts in _chunks(documents, segments, facts, quantities):
            prepared = prepare(run_id=run_id, documents=docs, segments=segs, facts=fcts, quantities=qnts, now=now,
                               quarantine=quarantine.filter(pl.col("document").is_in(docs["file_name"].implode())))
            _insert_documents(con, prepared, first_loaded, run_id, now)
            _insert_facts(con, prepared)
            _insert(con, "quarantine", prepared.quarantine)
            _insert(con, "build_stats", prepared.stats)
            facts_loaded += prepared.facts.height
            rows_quarantined += prepared.quarantine.height
        others = quarantine.filter(~own_rows).select("stage", "document", "reason", "detail").with_columns(
            run_id=pl.lit(run_id), quarantined_at=pl.lit(now))
        _insert(con, "quarantine", WAREHOUSE_MODELS["quarantine"].validate(others))
        rows_quarantined += others.height
        _rebuild_dimensions(con)
        verify_keys(con)
        facts_total = con.execute("SELECT count(*) FROM fact_metric").fetchall()[0][0]
        audit = pl.DataFrame([{
            "run_id": run_id, "started_at": started_at, "finished_at": _utcnow(),
            "documents_seen": len(set(present_files) | set(new_files)), "documents_loaded": len(new_files),
            "documents_retracted": retracted, "facts_loaded": facts_loaded, "facts_total": facts_total,
            "rows_quarantined": rows_quarantined, "status": "success", "error": None}],
            schema_overrides={"error": pl.String})
        con.execute("DELETE FROM load_audit WHERE run_id = ?", [run_id])
        _insert(con, "load_audit", WAREHOUSE_MODELS["load_audit"].validate(audit))
        con.execute("COMMIT")
    except Exception as exc:
        con.execute("ROLLBACK")
        _record_failure(con, run_id, started_at, present_files, exc)
        raise
    return LoadSummary(run_id, len(set(present_files) | set(new_files)), len(new_files), retracted,
                       facts_loaded, rows_quarantined, facts_total, reset)


# Documents per chunk of a load: prepare() holds the rows of one chunk at a
# time (facts joined to their sentences, cells, validation copies), so the
# load's memory stays flat however many documents a build loads.
LOAD_CHUNK_DOCUMENTS = 500


def _chunks(documents: pl.DataFrame, segments: pl.DataFrame, facts: pl.DataFrame, quantities: pl.DataFrame | None):
    """(documents, segments, facts, quantities) of each chunk of LOAD_CHUNK_DOCUMENTS documents."""
    ids = documents["doc_id"].to_list()
    chunks = [ids[i:i + LOAD_CHUNK_DOCUMENTS] for i in range(0, len(ids), LOAD_CHUNK_DOCUMENTS)]
    batch_of = batch_index(chunks)
    frames = [documents, segments, facts] + ([quantities] if quantities is not None else [])
    pieces = [cut_by_document(f, batch_of, len(chunks)) for f in frames]
    for i in range(len(chunks)):
        docs, segs, fcts, *rest = (p[i] for p in pieces)
        yield docs, segs, fcts, (rest[0] if rest else None)


def _record_failure(con, run_id: str, started_at: datetime, present_files: list[str], exc: Exception) -> None:
    """After a rollback: note the failed build in load_audit (when the warehouse has one)."""
    try:
        if not ddl.schema_is_current(con):
            return
        con.execute("DELETE FROM load_audit WHERE run_id = ?", [run_id])
        con.execute("INSERT INTO load_audit VALUES (?, ?, ?, ?, 0, 0, 0, (SELECT count(*) FROM fact_metric), 0, 'failed', ?)",
                    [run_id, started_at, _utcnow(), len(present_files), f"{type(exc).__name__}: {exc}"[:2000]])
    except duckdb.Error:
        pass


def loaded_documents(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """(file_name, sha256, loaded_at) of the documents loaded by this extraction code.

    An incremental build compares raw/ with this. A document whose facts older
    extraction code wrote is left out, so its file counts as new: it is
    extracted again and its old rows are replaced. After a schema change (or
    for an empty file) nothing is listed and the first load is full.
    """
    empty = pl.DataFrame(schema={"file_name": pl.String, "sha256": pl.String, "loaded_at": pl.Datetime("us")})
    if not ddl.schema_is_current(con):
        return empty
    rows = con.execute("SELECT file_name, sha256, loaded_at FROM dim_document WHERE extractor_fingerprint = ? "
                       "ORDER BY file_name", [ddl.extractor_fingerprint()]).fetchall()
    return pl.DataFrame(rows, schema=empty.schema, orient="row") if rows else empty
