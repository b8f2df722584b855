"""DDL and COMMENTs generated from the warehouse pandera models.

The models (pipelines/schemas/warehouse.py) state every column once; this
module turns them into CREATE TABLE and COMMENT ON statements, and keeps a
fingerprint of the schema in `warehouse_meta` so a warehouse written by an
older schema is recognised (and rebuilt) instead of failing mid-insert.
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandera.polars as pa

from pipelines.schemas.warehouse import WAREHOUSE_MODELS

_SQL_TYPES = {
    "String": "VARCHAR", "Int64": "BIGINT", "Int32": "INTEGER", "Float64": "DOUBLE",
    "Boolean": "BOOLEAN", "Date": "DATE", "Datetime": "TIMESTAMP",
}
VIEWS = ("metric_facts", "latest_metric_values", "change_series", "signed_statements", "metric_conflicts",
         "table_restatements")


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    nullable: bool
    description: str
    pk: bool
    fk: str | None           # "table.column"
    allowed: tuple | None    # accepted values (from an isin check)


def columns(model: type[pa.DataFrameModel]) -> list[Column]:
    out = []
    for name, col in model.to_schema().columns.items():
        dtype = str(col.dtype).split("(")[0]
        meta = col.metadata or {}
        allowed = next((tuple(c.statistics["allowed_values"]) for c in col.checks if c.name == "isin"), None)
        out.append(Column(name, _SQL_TYPES[dtype], col.nullable, col.description or "", bool(meta.get("pk")),
                          meta.get("fk"), allowed))
    return out


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_table(table: str, model: type[pa.DataFrameModel]) -> str:
    cols = columns(model)
    lines = [f"    {c.name} {c.sql_type}{'' if c.nullable else ' NOT NULL'}" for c in cols]
    # Keys are not declared either. Foreign keys: DuckDB cannot delete a
    # referenced row and re-insert it in one transaction, which every document
    # replacement does; the fk asset checks enforce them. Primary keys: DuckDB
    # keeps each in an ART index that slows every insert and that its
    # checkpoint writes back after each build (measured on a 1,000-document
    # warehouse: 0.5 s of a 1.8 s load of ten documents); the load verifies
    # the keys before COMMIT instead (load.verify_keys), and the pk asset
    # checks report them.
    return f"CREATE TABLE IF NOT EXISTS {table} (\n" + ",\n".join(lines) + "\n);"


def comments(table: str, model: type[pa.DataFrameModel]) -> list[str]:
    doc = " ".join((model.__doc__ or table).split())
    out = [f"COMMENT ON TABLE {table} IS {_quote(doc)};"]
    for c in columns(model):
        text = c.description
        if c.fk:
            text += f" (-> {c.fk})"
        out.append(f"COMMENT ON COLUMN {table}.{c.name} IS {_quote(text)};")
    return out


def schema_sql() -> str:
    parts = [create_table(t, m) for t, m in WAREHOUSE_MODELS.items()]
    return "\n\n".join(parts)


VIEWS_SQL = Path(__file__).parent / "sql" / "views.sql"


def fingerprint() -> str:
    """Of the tables and the views: a build whose code changed either reloads every document."""
    return hashlib.sha256((schema_sql() + VIEWS_SQL.read_text(encoding="utf-8")).encode()).hexdigest()[:16]


# The stages whose code decides what a document's facts are. When any of it
# changes, facts loaded by the old code are stale although the document is
# not, so the next build re-extracts every document (see loaded_documents).
EXTRACTION_PACKAGES = ("ingest", "parse", "recognize", "attribute")


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of the extraction code (file names and bytes of the stage packages)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for package in EXTRACTION_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def stored_fingerprint(con: duckdb.DuckDBPyConnection, key: str = "schema") -> str | None:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'warehouse_meta'").fetchall()[0][0]
    if not exists:
        return None
    row = con.execute("SELECT value FROM warehouse_meta WHERE key = ?", [key]).fetchall()
    return row[0][0] if row else None


def schema_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """The warehouse was written by this schema (False for an empty file too)."""
    return stored_fingerprint(con) == fingerprint()


def _drop_order(con: duckdb.DuckDBPyConnection, tables: list[str]) -> list[str]:
    """tables, and any table whose foreign key references one of them, referencing tables first.

    Our DDL declares no foreign keys, but early warehouses did, and DuckDB
    refuses to drop a table another one references (a failed statement would
    abort the load transaction, so the order must be right the first time).
    """
    refs = con.execute("SELECT DISTINCT table_name, referenced_table FROM duckdb_constraints() "
                       "WHERE constraint_type = 'FOREIGN KEY'").fetchall()
    wanted, order = set(tables), []
    while extra := {a for a, b in refs if b in wanted} - wanted:  # what references a dropped table goes too
        wanted |= extra
    while wanted:
        free = sorted(t for t in wanted if not any(b == t and a in wanted and a != t for a, b in refs))
        if not free:  # a reference cycle: DuckDB cannot have one, but never loop forever
            free = sorted(wanted)
        order += free
        wanted -= set(free)
    return order


def ensure_schema(con: duckdb.DuckDBPyConnection) -> bool:
    """Create the tables; drop and recreate them when an older schema wrote them.

    Call inside the load transaction. Returns True when the old tables were
    dropped (every document must then be loaded again).
    """
    reset = False
    if not schema_is_current(con):
        existing = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        for view in VIEWS:
            con.execute(f"DROP VIEW IF EXISTS {view}")
        for table in _drop_order(con, [t for t in list(WAREHOUSE_MODELS) + ["warehouse_meta"] if t in existing]):
            con.execute(f"DROP TABLE IF EXISTS {table}")
            reset = True
        _create_tables(con)
    con.execute("INSERT OR REPLACE INTO warehouse_meta VALUES ('extractor', ?)", [extractor_fingerprint()])
    return reset


def _create_tables(con: duckdb.DuckDBPyConnection) -> None:
    """The tables and views of this schema with their comments (only when the schema is new: the
    catalog is written back at every checkpoint, so a build does not restate what is there)."""
    con.execute("CREATE TABLE IF NOT EXISTS warehouse_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
    con.execute(schema_sql())
    for table, model in WAREHOUSE_MODELS.items():
        for stmt in comments(table, model):
            con.execute(stmt)
    con.execute("COMMENT ON TABLE warehouse_meta IS 'Facts about the warehouse itself'")
    con.execute("COMMENT ON COLUMN warehouse_meta.key IS 'Name: schema or extractor'")
    con.execute("COMMENT ON COLUMN warehouse_meta.value IS "
                "'schema: fingerprint of the DDL and views; extractor: of the extraction code of the last build (each document records its own in dim_document)'")
    con.execute(VIEWS_SQL.read_text(encoding="utf-8"))
    comment_views(con)
    con.execute("INSERT OR REPLACE INTO warehouse_meta VALUES ('schema', ?)", [fingerprint()])


# View columns that are not a model column of the same name.
VIEW_COLUMN_NOTES = {
    "document": "File name of the document", "unit": "Unit code (-> dim_unit.unit_code)",
    "period": "Period label (null when the text gives none)", "entity": "Canonical entity name (dim_entity.name)",
    "metric_name": "Canonical metric name (dim_metric.name)", "metric_category": "Metric category (dim_metric.category)",
    "signed_change": "The change with its sign: value, negated when direction is down",
    "across_documents": "The two statements come from different documents",
    "signed": "The value with its sign: negated when direction is down",
    "lower_bound": "The statement only bounds the signed value from below (超/以上 on a rise, 不到 on a fall)",
    "upper_bound": "The statement only bounds the signed value from above (不到/以下 on a rise, 超 on a fall)",
    "table_fact_id": "The table fact", "table_quote": "The table fact's quote", "prose_fact_id": "The prose fact it restates",
    "prose_line": "Line of the prose fact", "prose_quote": "Quote of the prose fact",
    "prose_subject": "Subject of the prose fact as written", "prose_metric": "Metric of the prose fact as written",
    "prose_sentence": "The sentence of the prose fact",
}


def comment_views(con: duckdb.DuckDBPyConnection) -> None:
    """Comment every view column: the note above, else the first model column of that name.

    Pair columns of metric_conflicts (value_a, quote_b, ...) take the
    description of their base column.
    """
    described: dict[str, str] = {}
    for model in (WAREHOUSE_MODELS["fact_metric"], *WAREHOUSE_MODELS.values()):
        for c in columns(model):
            described.setdefault(c.name, c.description)
    rows = con.execute(
        f"SELECT table_name, column_name FROM duckdb_columns() WHERE table_name IN ({', '.join(map(_quote, VIEWS))})"
    ).fetchall()
    for view, col in rows:
        base = col[:-2] if col.endswith(("_a", "_b")) else col
        text = VIEW_COLUMN_NOTES.get(col) or described.get(col) or VIEW_COLUMN_NOTES.get(base) or described.get(base)
        if text and col != base:
            text += " (first statement)" if col.endswith("_a") else " (second statement)"
        if text:
            con.execute(f'COMMENT ON COLUMN {view}."{col}" IS {_quote(text)}')
