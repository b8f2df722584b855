"""Definition metadata the UI shows: column schemas and column lineage.

Stage frames: `dagster/column_schema` is generated from the pandera models
(name, dtype, description, nullable, unique). Warehouse tables: columns and
types from schema.sql, descriptions from the SQL comment or else from the
pandera field the column is computed from, per lineage.json (the lineage is
data next to the SQL; the UI shows it as `dagster/column_lineage`).
"""
from __future__ import annotations

import json
import re
from functools import cache

import dagster as dg
import pandera.polars as pa

from pipelines.schemas import DocumentModel, FactModel, QuarantineModel, QuantityModel, SegmentModel
from pipelines.warehouse.load import SQL_DIR, read_sql

# The pandera model of each stage asset's frame.
ASSET_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "documents": DocumentModel, "segments": SegmentModel, "quantities": QuantityModel, "facts": FactModel,
    "ingest_quarantine": QuarantineModel, "parse_quarantine": QuarantineModel,
    "recognize_quarantine": QuarantineModel, "attribute_quarantine": QuarantineModel,
}

_TABLE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)\s*\((.*?)\n\s*\)\s*;", re.S | re.I)
_COLUMN = re.compile(r"^\s*(\w+)\s+([A-Za-z]+(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\[\])?)([^-]*)(?:--\s*(.*))?$")
_NOT_COLUMNS = {"primary", "foreign", "unique", "check", "constraint"}


def table_schema(model: type[pa.DataFrameModel]) -> dg.TableSchema:
    """A pandera model as a Dagster table schema."""
    columns = []
    for name, col in model.to_schema().columns.items():
        columns.append(dg.TableColumn(
            name=name, type=str(col.dtype), description=col.description,
            constraints=dg.TableColumnConstraints(nullable=bool(col.nullable), unique=bool(col.unique))))
    return dg.TableSchema(columns=columns)


def stage_metadata(asset: str) -> dict:
    return {"dagster/column_schema": table_schema(ASSET_MODELS[asset])}


@cache
def lineage_data() -> dict[str, dict[str, list[tuple[str, str]]]]:
    raw = json.loads((SQL_DIR / "lineage.json").read_text(encoding="utf-8"))
    return {t: {c: [tuple(d) for d in deps] for c, deps in cols.items()}
            for t, cols in raw.items() if not t.startswith("_")}


@cache
def sql_columns() -> dict[str, list[tuple[str, str, bool, str | None]]]:
    """table -> [(column, SQL type, nullable, comment)] as declared in schema.sql."""
    tables = {}
    for name, body in _TABLE.findall(read_sql("schema.sql")):
        cols = []
        for line in body.splitlines():
            m = _COLUMN.match(line)
            if not m or m.group(1).lower() in _NOT_COLUMNS:
                continue
            rest = m.group(3).upper()
            nullable = "NOT NULL" not in rest and "PRIMARY KEY" not in rest
            cols.append((m.group(1), m.group(2).upper(), nullable, (m.group(4) or "").strip() or None))
        tables[name] = cols
    return tables


def _field_description(asset: str, column: str) -> str | None:
    model = ASSET_MODELS.get(asset)
    col = model.to_schema().columns.get(column) if model else None
    return col.description if col is not None else None


def warehouse_schema(table: str) -> dg.TableSchema:
    lineage = lineage_data().get(table, {})
    columns = []
    for name, sql_type, nullable, comment in sql_columns().get(table, []):
        deps = lineage.get(name, [])
        described = next((d for d in (_field_description(a, c) for a, c in deps) if d), None)
        description = described or comment
        columns.append(dg.TableColumn(name=name, type=sql_type, description=description,
                                      constraints=dg.TableColumnConstraints(nullable=nullable)))
    return dg.TableSchema(columns=columns)


def warehouse_lineage(table: str) -> dg.TableColumnLineage:
    return dg.TableColumnLineage(deps_by_column={
        column: [dg.TableColumnDep(asset_key=dg.AssetKey(asset), column_name=col) for asset, col in deps]
        for column, deps in lineage_data().get(table, {}).items()
    })


def warehouse_metadata(table: str) -> dict:
    return {"dagster/column_schema": warehouse_schema(table),
            "dagster/column_lineage": warehouse_lineage(table),
            "dagster/table_name": table}
