"""Definition metadata the UI shows: column schemas and column lineage.

`dagster/column_schema` of every asset is generated from its pandera model
(name, dtype, description, nullable, unique): the stage models for the
frames, the warehouse models for the tables. `dagster/column_lineage` of the
warehouse tables comes from lineage.json, kept as data next to the SQL.
"""
from __future__ import annotations

import json
from functools import cache

import dagster as dg
import pandera.polars as pa

from pipelines.schemas import DocumentModel, FactModel, QuarantineModel, QuantityModel, SegmentModel
from pipelines.schemas.warehouse import WAREHOUSE_MODELS
from pipelines.warehouse.load import SQL_DIR

# The pandera model of each stage asset's frame.
STAGE_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "documents": DocumentModel, "segments": SegmentModel, "quantities": QuantityModel, "facts": FactModel,
    "ingest_quarantine": QuarantineModel, "parse_quarantine": QuarantineModel,
    "recognize_quarantine": QuarantineModel, "attribute_quarantine": QuarantineModel,
}
LINEAGE_FILE = SQL_DIR / "lineage.json"


def table_schema(model: type[pa.DataFrameModel]) -> dg.TableSchema:
    """A pandera model as a Dagster table schema."""
    columns = []
    for name, col in model.to_schema().columns.items():
        columns.append(dg.TableColumn(
            name=name, type=str(col.dtype), description=col.description,
            constraints=dg.TableColumnConstraints(nullable=bool(col.nullable), unique=bool(col.unique))))
    return dg.TableSchema(columns=columns)


def stage_metadata(asset: str) -> dict:
    return {"dagster/column_schema": table_schema(STAGE_MODELS[asset])}


@cache
def lineage_data() -> dict[str, dict[str, list[tuple[str, str]]]]:
    """table -> column -> [(upstream asset, upstream column)]."""
    raw = json.loads(LINEAGE_FILE.read_text(encoding="utf-8"))
    return {t: {c: [tuple(d) for d in deps] for c, deps in cols.items()}
            for t, cols in raw.items() if not t.startswith("_")}


def warehouse_lineage(table: str) -> dg.TableColumnLineage:
    return dg.TableColumnLineage(deps_by_column={
        column: [dg.TableColumnDep(asset_key=dg.AssetKey(asset), column_name=col) for asset, col in deps]
        for column, deps in lineage_data().get(table, {}).items()
    })


def warehouse_metadata(table: str) -> dict:
    meta: dict = {"dagster/table_name": table}
    if table in WAREHOUSE_MODELS:
        meta["dagster/column_schema"] = table_schema(WAREHOUSE_MODELS[table])
    if lineage_data().get(table):
        meta["dagster/column_lineage"] = warehouse_lineage(table)
    return meta
