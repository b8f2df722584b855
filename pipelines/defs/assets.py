"""Assets, one per stage, grouped by layer. Each is a thin call into a pure function."""

from datetime import datetime, timezone

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource
from dagster_pandera import pandera_schema_to_dagster_type

from pipelines.attribute import attribute_quantities
from pipelines.defs.resources import RawFolder
from pipelines.ingest import read_documents
from pipelines.parse import parse_documents
from pipelines.recognize import recognize_segments
from pipelines.schemas import DocumentModel, FactModel, QuantityModel, QuarantineModel, SegmentModel
from pipelines.validate import split_valid
from pipelines.warehouse import load_build

WAREHOUSE_TABLES = ("dim_document", "dim_period", "dim_unit", "fact_metric", "quarantine", "load_audit")


_TYPES: dict = {}


def _typed(model):
    """One Dagster type per pandera model (Dagster type names must be unique)."""
    if model not in _TYPES:
        _TYPES[model] = pandera_schema_to_dagster_type(model)
    return _TYPES[model]


def _names(documents: pl.DataFrame) -> dict[str, str]:
    return dict(documents.select("doc_id", "file_name").iter_rows())


@dg.multi_asset(
    group_name="ingest",
    outs={
        "documents": dg.AssetOut(dagster_type=_typed(DocumentModel), description="Decoded documents"),
        "ingest_quarantine": dg.AssetOut(dagster_type=_typed(QuarantineModel), description="Files that could not be read"),
    },
)
def ingest(context: dg.AssetExecutionContext, raw: RawFolder):
    documents, rejects = read_documents(raw.path)
    documents, bad = split_valid(documents, DocumentModel, "ingest")
    rejects = pl.concat([rejects, bad])
    yield dg.Output(documents, "documents", metadata={"documents": documents.height, "dagster/row_count": documents.height})
    yield dg.Output(rejects, "ingest_quarantine", metadata={"dagster/row_count": rejects.height})


@dg.multi_asset(
    group_name="parse",
    outs={
        "segments": dg.AssetOut(dagster_type=_typed(SegmentModel), description="Sentences and table cells"),
        "parse_quarantine": dg.AssetOut(dagster_type=_typed(QuarantineModel)),
    },
)
def parse(documents: pl.DataFrame):
    segments, bad = split_valid(parse_documents(documents), SegmentModel, "parse", _names(documents))
    yield dg.Output(segments, "segments", metadata={
        "dagster/row_count": segments.height,
        "tables": segments.filter(pl.col("source") == "table")["table_no"].n_unique(),
        "table_cells": segments.filter(pl.col("source") == "table").height})
    yield dg.Output(bad, "parse_quarantine", metadata={"dagster/row_count": bad.height})


@dg.multi_asset(
    group_name="recognize",
    outs={
        "quantities": dg.AssetOut(dagster_type=_typed(QuantityModel), description="Every quantity mention"),
        "recognize_quarantine": dg.AssetOut(dagster_type=_typed(QuarantineModel)),
    },
)
def recognize(documents: pl.DataFrame, segments: pl.DataFrame):
    quantities, bad = split_valid(recognize_segments(segments), QuantityModel, "recognize", _names(documents))
    yield dg.Output(quantities, "quantities", metadata={"dagster/row_count": quantities.height})
    yield dg.Output(bad, "recognize_quarantine", metadata={"dagster/row_count": bad.height})


@dg.multi_asset(
    group_name="attribute",
    outs={
        "facts": dg.AssetOut(dagster_type=_typed(FactModel), description="Quantities with their meaning"),
        "attribute_quarantine": dg.AssetOut(dagster_type=_typed(QuarantineModel)),
    },
)
def attribute(documents: pl.DataFrame, segments: pl.DataFrame, quantities: pl.DataFrame):
    facts, bad = split_valid(attribute_quantities(quantities, segments), FactModel, "attribute", _names(documents))
    preview = facts.select("quote", "value", "unit", "kind", "metric", "subject", "period").head(10)
    yield dg.Output(facts, "facts", metadata={"dagster/row_count": facts.height,
                                               "preview": dg.MetadataValue.md(preview.to_pandas().to_markdown(index=False))})
    yield dg.Output(bad, "attribute_quarantine", metadata={"dagster/row_count": bad.height})


@dg.multi_asset(
    group_name="warehouse",
    specs=[dg.AssetSpec(["warehouse", t], deps=["documents", "segments", "facts", "ingest_quarantine",
                                                 "parse_quarantine", "recognize_quarantine", "attribute_quarantine"])
           for t in WAREHOUSE_TABLES],
    ins={n: dg.AssetIn(n) for n in ("documents", "segments", "facts", "ingest_quarantine", "parse_quarantine",
                                     "recognize_quarantine", "attribute_quarantine")},
    pool="warehouse",
)
def warehouse_tables(context: dg.AssetExecutionContext, warehouse: DuckDBResource, raw: RawFolder,
                     documents, segments, facts, ingest_quarantine, parse_quarantine,
                     recognize_quarantine, attribute_quarantine):
    started = datetime.now(timezone.utc).replace(tzinfo=None)
    quarantine = pl.concat([ingest_quarantine, parse_quarantine, recognize_quarantine, attribute_quarantine])
    with warehouse.get_connection() as con:
        summary = load_build(con, run_id=context.run.run_id, documents=documents, segments=segments,
                             facts=facts, quarantine=quarantine, present_files=raw.files(), started_at=started)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in WAREHOUSE_TABLES}
    for table in WAREHOUSE_TABLES:
        yield dg.MaterializeResult(asset_key=["warehouse", table], metadata={
            "dagster/row_count": counts[table], "facts_loaded": summary.facts_loaded,
            "rows_quarantined": summary.rows_quarantined})
