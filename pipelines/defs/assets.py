"""Assets, one per stage, grouped by layer. Each is a thin call into a pure function.

Builds are incremental by content: `ingest` hashes every file in raw/,
compares with the (file_name, sha256) pairs the warehouse holds
(pipelines.ingest.changes.plan_changes) and passes on only new and changed
documents, so the later stages parse and extract only those; the load
replaces their facts and retracts files that left raw/. When nothing
changed, ingest yields nothing and every later step is skipped. A full
refresh (run config `ops.ingest.config.full_refresh: true`, or run tag
`full_refresh=true`) passes on every document. A run reads at most
`max_documents` of them and defers the rest to the next run, which bounds
its memory. docs/operations.md says why.
"""

import warnings
from datetime import datetime, timezone

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource
from dagster_pandera import pandera_schema_to_dagster_type

from pipelines.attribute import attribute_quantities
from pipelines.defs.metadata import stage_metadata, warehouse_metadata
from pipelines.defs.resources import RawFolder
from pipelines.ingest import read_documents
from pipelines.ingest.batches import map_documents, shutdown_workers, start_workers
from pipelines.ingest.changes import MAX_DOCUMENTS_PER_BUILD, plan_changes, scan_files, summarize
from pipelines.parse import parse_documents
from pipelines.recognize import recognize_segments
from pipelines.schemas import DocumentModel, FactModel, QuantityModel, QuarantineModel, SegmentModel, empty_frame
from pipelines.schemas.warehouse import WAREHOUSE_MODELS
from pipelines.validate import split_valid
from pipelines.warehouse import load_build, loaded_documents

# Every table of the star (pipelines/schemas/warehouse.py), one asset each.
WAREHOUSE_TABLES = tuple(WAREHOUSE_MODELS)
FULL_REFRESH_TAG = "full_refresh"
PREVIEW_ROWS = 10


_TYPES: dict = {}


def _typed(model):
    """One Dagster type per pandera model (Dagster type names must be unique)."""
    if model not in _TYPES:
        with warnings.catch_warnings():  # "beta" notice, not a problem with our models
            warnings.simplefilter("ignore")
            _TYPES[model] = pandera_schema_to_dagster_type(model)
    return _TYPES[model]


def _out(asset: str, model, description: str, is_required: bool = True) -> dg.AssetOut:
    return dg.AssetOut(dagster_type=_typed(model), description=description, metadata=stage_metadata(asset),
                       is_required=is_required)


def _names(documents: pl.DataFrame) -> dict[str, str]:
    return dict(documents.select("doc_id", "file_name").iter_rows())


def _sizes(documents: pl.DataFrame) -> pl.DataFrame:
    return documents.select("doc_id", chars=pl.col("char_count"))


def _md(frame: pl.DataFrame) -> dg.MetadataValue:
    return dg.MetadataValue.md(frame.to_pandas().to_markdown(index=False) if frame.height else "(none)")


REFRESHED_SINCE_TAG = "refreshed_since"


class IngestConfig(dg.Config):
    full_refresh: bool = False
    """Re-extract every document, not only new and changed ones (changes of the extraction code are
    detected by the warehouse's extractor fingerprint; this is for what it cannot see)."""
    refreshed_since: str | None = None
    """With full_refresh: the UTC time (ISO) the refresh started; documents loaded since count as refreshed,
    so a refresh larger than one build continues in the next one (default: now)."""
    max_documents: int = MAX_DOCUMENTS_PER_BUILD
    """Documents extracted by one build at most (0: all); the others are deferred to the next build."""


def _refresh_start(config: IngestConfig, tags) -> datetime:
    """When the full refresh this run belongs to started (UTC): given by the run that deferred
    documents to this one, else now."""
    since = config.refreshed_since or tags.get(REFRESHED_SINCE_TAG)
    return datetime.fromisoformat(since) if since else datetime.now(timezone.utc).replace(tzinfo=None)


@dg.multi_asset(
    group_name="ingest",
    outs={
        "documents": _out("documents", DocumentModel, "Decoded documents that are new or changed since the last build",
                          is_required=False),
        "ingest_quarantine": _out("ingest_quarantine", QuarantineModel, "Files that could not be read", is_required=False),
    },
)
def ingest(context: dg.AssetExecutionContext, config: IngestConfig, raw: RawFolder, warehouse: DuckDBResource):
    full_refresh = config.full_refresh or context.run.tags.get(FULL_REFRESH_TAG, "").lower() == "true"
    refreshed_since = _refresh_start(config, context.run.tags) if full_refresh else None
    files = scan_files(raw.path)
    with warehouse.get_connection() as con:
        loaded = loaded_documents(con)
    plan = plan_changes(files, loaded, full_refresh=full_refresh, refreshed_since=refreshed_since)
    to_load = plan.filter("load")
    # Large loads use worker processes: let them start while the files are read.
    # (UTF-8 takes up to 3 bytes a character, so bytes / 3 is a lower bound.)
    head = to_load.head(config.max_documents) if config.max_documents else to_load
    start_workers(int(files.join(head, on="file_name")["size"].sum()) // 3)
    # At most max_documents are read; the files after them wait for the next build.
    documents, rejects = read_documents(raw.path, only=set(to_load["file_name"]), limit=config.max_documents)
    deferred = set(to_load["file_name"]) - set(documents["file_name"]) - set(rejects["document"])
    documents, bad = split_valid(documents, DocumentModel, "ingest")
    duplicates = plan.filter((pl.col("status") == "duplicate") & ~pl.col("load")).select(
        stage=pl.lit("ingest"), document=pl.col("file_name"),
        reason=pl.lit("duplicate of another document (same sha256)"), detail=pl.col("sha256"))
    rejects = pl.concat([rejects, bad, duplicates.cast(empty_frame(QuarantineModel).schema)])
    counts = summarize(plan)
    context.log.info("raw/: %s; deferred to the next build %d", ", ".join(f"{k} {v}" for k, v in counts.items()),
                     len(deferred))
    changes = plan.filter(pl.col("status") != "unchanged").select("file_name", "status").head(20)
    metadata = {
        "dagster/row_count": documents.height, "full_refresh": full_refresh,
        **({REFRESHED_SINCE_TAG: refreshed_since.isoformat()} if refreshed_since else {}),
        "documents_processed": documents.height, "documents_skipped": counts["skipped"],
        "documents_deferred": len(deferred),
        **{f"files_{k}": v for k, v in counts.items() if k in ("new", "changed", "unchanged", "duplicate", "removed")},
        "megabytes_processed": round(files.filter(pl.col("file_name").is_in(documents["file_name"].implode()))
                                     ["size"].sum() / 1e6, 3),
        "changes": _md(changes)}
    if documents.is_empty() and not counts["removed"] and loaded.height:
        # Nothing to load or retract: the warehouse is current. Not yielding
        # the outputs skips every downstream step (and the checks), so a
        # no-change build costs one hash per file and no warehouse write.
        context.log_event(dg.AssetObservation(asset_key="documents", metadata={**metadata, "up_to_date": True}))
        context.log.info("nothing changed in raw/: downstream steps skipped")
        return
    yield dg.Output(documents, "documents", metadata=metadata)
    yield dg.Output(rejects, "ingest_quarantine", metadata={"dagster/row_count": rejects.height})


@dg.multi_asset(
    group_name="parse",
    outs={
        "segments": _out("segments", SegmentModel, "Sentences and table cells"),
        "parse_quarantine": _out("parse_quarantine", QuarantineModel, "Segments that failed their schema"),
    },
)
def parse(documents: pl.DataFrame):
    parsed = map_documents(parse_documents, [documents], _sizes(documents), empty_frame(SegmentModel))
    segments, bad = split_valid(parsed, SegmentModel, "parse", _names(documents))
    yield dg.Output(segments, "segments", metadata={
        "dagster/row_count": segments.height,
        "tables": segments.filter(pl.col("source") == "table").select("doc_id", "table_no").n_unique(),
        "table_cells": segments.filter(pl.col("source") == "table").height})
    yield dg.Output(bad, "parse_quarantine", metadata={"dagster/row_count": bad.height})


# The stages after parse need each document's key, size and name, not its text.
DOCUMENT_KEYS = dg.AssetIn("documents", metadata={"columns": ["doc_id", "file_name", "char_count"]})


@dg.multi_asset(
    group_name="recognize",
    ins={"documents": DOCUMENT_KEYS},
    outs={
        "quantities": _out("quantities", QuantityModel, "Every quantity mention"),
        "recognize_quarantine": _out("recognize_quarantine", QuarantineModel,
                                     "Quantities that failed their schema"),
    },
)
def recognize(documents: pl.DataFrame, segments: pl.DataFrame):
    found = map_documents(recognize_segments, [segments], _sizes(documents), empty_frame(QuantityModel))
    quantities, bad = split_valid(found, QuantityModel, "recognize", _names(documents))
    yield dg.Output(quantities, "quantities", metadata={
        "dagster/row_count": quantities.height,
        "by_unit": dg.MetadataValue.json(dict(quantities.group_by("unit").len().sort("len", descending=True)
                                              .head(12).iter_rows()))})
    yield dg.Output(bad, "recognize_quarantine", metadata={"dagster/row_count": bad.height})


@dg.multi_asset(
    group_name="attribute",
    ins={"documents": DOCUMENT_KEYS},
    outs={
        "facts": _out("facts", FactModel, "Quantities with their meaning (new and changed documents)"),
        "attribute_quarantine": _out("attribute_quarantine", QuarantineModel, "Facts that failed their schema"),
    },
)
def attribute(documents: pl.DataFrame, segments: pl.DataFrame, quantities: pl.DataFrame):
    attributed = map_documents(attribute_quantities, [quantities, segments], _sizes(documents), empty_frame(FactModel))
    shutdown_workers()  # the last stage that uses them: their memory is free before the load
    facts, bad = split_valid(attributed, FactModel, "attribute", _names(documents))
    preview = facts.select("quote", "value", "unit", "kind", "metric", "subject", "period").head(PREVIEW_ROWS)
    yield dg.Output(facts, "facts", metadata={
        "dagster/row_count": facts.height, "documents_with_facts": facts["doc_id"].n_unique(),
        "preview": _md(preview)})
    yield dg.Output(bad, "attribute_quarantine", metadata={"dagster/row_count": bad.height})


@dg.multi_asset(
    group_name="warehouse",
    specs=[dg.AssetSpec(["warehouse", t], metadata=warehouse_metadata(t), deps=["documents", "segments", "quantities", "facts", "ingest_quarantine",
                                                 "parse_quarantine", "recognize_quarantine", "attribute_quarantine"])
           for t in WAREHOUSE_TABLES],
    ins={n: dg.AssetIn(n) for n in ("documents", "segments", "quantities", "facts", "ingest_quarantine",
                                     "parse_quarantine", "recognize_quarantine", "attribute_quarantine")},
    pool="warehouse",
)
def warehouse_tables(context: dg.AssetExecutionContext, warehouse: DuckDBResource, raw: RawFolder,
                     documents, segments, quantities, facts, ingest_quarantine, parse_quarantine,
                     recognize_quarantine, attribute_quarantine):
    started = datetime.now(timezone.utc).replace(tzinfo=None)
    quarantine = pl.concat([ingest_quarantine, parse_quarantine, recognize_quarantine, attribute_quarantine])
    with warehouse.get_connection() as con:
        summary = load_build(con, run_id=context.run.run_id, documents=documents, segments=segments,
                             facts=facts, quarantine=quarantine, present_files=raw.files(), started_at=started,
                             quantities=quantities)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in WAREHOUSE_TABLES}
    for table in WAREHOUSE_TABLES:
        yield dg.MaterializeResult(asset_key=["warehouse", table], metadata={
            "dagster/row_count": counts[table], "facts_loaded": summary.facts_loaded,
            "facts_total": summary.facts_total, "documents_loaded": summary.documents_loaded,
            "documents_retracted": summary.documents_retracted, "rows_quarantined": summary.rows_quarantined})
