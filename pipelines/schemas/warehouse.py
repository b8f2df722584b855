"""Pandera models of the warehouse tables: the single statement of their columns.

The load validates every frame against its model before inserting it; the
DDL (column types, NOT NULL, primary keys) and the COMMENT ON statements are
generated from these models, and so are the asset checks for primary keys,
foreign keys and accepted values. Field metadata carries what pandera has no
word for: `pk` (part of the primary key) and `fk` ("table.column").
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

import pandera.polars as pa

from pipelines.schemas.models import QuarantineModel

from pipelines.schemas.vocabulary import (
    DIRECTIONS, KINDS, QUALIFIERS, SCRIPTS, SOURCES, UNITS,
)

# Coded values that only the warehouse uses.
GRANULARITIES = ("year", "half", "quarter", "month", "event", "unknown")
ENTITY_TYPES = ("company", "business_line", "brand", "product", "case", "region_group", "sector", "other", "unknown")
METRIC_CATEGORIES = ("financial", "commerce", "users", "engagement", "marketing", "employment",
                     "operations", "ranking", "other", "unknown")
UNIT_DIMENSIONS = ("money", "ratio", "count", "duration", "rank", "area", "mass", "unknown")
BUILD_STATUSES = ("success", "failed")
HISTORY_ACTIONS = ("added", "replaced", "retracted")
UNKNOWN = "unknown"  # key of the Kimball 'unknown' member of every dimension

PK = {"pk": True}


def FK(target: str) -> dict:
    return {"fk": target}


class _Strict:
    strict = True
    coerce = True


class DimDocument(pa.DataFrameModel):
    """One row per document currently in raw/ (the version last loaded)."""

    document_key: str = pa.Field(metadata=PK, description="Document key: sha256 of the file bytes")
    file_name: str = pa.Field(unique=True, description="File name inside the raw folder")
    sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 of the raw bytes")
    title: Optional[str] = pa.Field(nullable=True, description="First heading or first line")
    script: str = pa.Field(isin=SCRIPTS, description="simplified or traditional Chinese")
    char_count: int = pa.Field(ge=0, description="Characters in text")
    text: str = pa.Field(description="Decoded text; every char_start/char_end in the warehouse indexes it")
    first_loaded_at: datetime = pa.Field(description="When a file of this name was first loaded (UTC)")
    loaded_at: datetime = pa.Field(description="When this version of the file was loaded (UTC)")
    run_id: str = pa.Field(description="Build that loaded this version")
    extractor_fingerprint: str = pa.Field(description="Fingerprint of the extraction code that extracted this "
                                                      "version's facts; other code re-extracts it")

    class Config(_Strict):
        pass


class DimPeriod(pa.DataFrameModel):
    """One row per period label used by a fact, plus the 'unknown' member."""

    period_key: str = pa.Field(metadata=PK, description="The period label (2024, 2024Q4, 2024-11, FY2025E) or 'unknown'")
    label: Optional[str] = pa.Field(nullable=True, description="Period label as the facts state it; null for 'unknown'")
    granularity: str = pa.Field(isin=GRANULARITIES, description="year, half, quarter, month, event or unknown")
    year: Optional[int] = pa.Field(nullable=True, description="Calendar year")
    half: Optional[int] = pa.Field(nullable=True, isin=[1, 2], description="Half year (1 or 2) for half-year periods")
    quarter: Optional[int] = pa.Field(nullable=True, isin=[1, 2, 3, 4], description="Quarter (1-4) for quarters and months")
    start_date: Optional[date] = pa.Field(nullable=True, description="First day of the period")
    end_date: Optional[date] = pa.Field(nullable=True, description="Last day of the period")
    is_estimate: bool = pa.Field(description="A forecast (FY2025E), not a reported figure")

    class Config(_Strict):
        pass


class DimUnit(pa.DataFrameModel):
    """One row per unit code of ../shared/gold/FORMAT.md, plus 'unknown'."""

    unit_code: str = pa.Field(metadata=PK, description="ISO 4217 code for money, else a FORMAT.md unit word")
    dimension: str = pa.Field(isin=UNIT_DIMENSIONS, description="What the unit measures: money, ratio, count, duration, rank, area, mass")
    display_name: str = pa.Field(description="Human-readable name")

    class Config(_Strict):
        pass


class DimEntity(pa.DataFrameModel):
    """Whose figure it is: one row per canonical entity (company, business line, brand, case...)."""

    entity_key: str = pa.Field(metadata=PK, description="Surrogate key: hash of the canonical name, or 'unknown'")
    name: str = pa.Field(description="Canonical name: the subject as written without generic suffixes (业务/平台/生态)")
    entity_type: str = pa.Field(isin=ENTITY_TYPES, description="company, business_line, brand, product, case, region_group, sector, other or unknown")
    parent_entity_key: Optional[str] = pa.Field(nullable=True, metadata=FK("dim_entity.entity_key"),
                                                description="The longest other entity whose name this one extends (快手电商 -> 快手)")
    alias_count: int = pa.Field(ge=0, description="How many written forms map to this entity")

    class Config(_Strict):
        pass


class EntityAlias(pa.DataFrameModel):
    """Every subject as written, mapped to its canonical entity."""

    alias: str = pa.Field(metadata=PK, description="Subject exactly as a fact states it")
    entity_key: str = pa.Field(metadata=FK("dim_entity.entity_key"), description="The canonical entity")

    class Config(_Strict):
        pass


class DimMetric(pa.DataFrameModel):
    """What is measured: one row per canonical metric."""

    metric_key: str = pa.Field(metadata=PK, description="Surrogate key: hash of the canonical name, or 'unknown'")
    name: str = pa.Field(description="Canonical name: the metric phrase without leading period words")
    category: str = pa.Field(isin=METRIC_CATEGORIES, description="financial, commerce, users, engagement, marketing, employment, operations, ranking, other")
    typical_unit: Optional[str] = pa.Field(nullable=True, metadata=FK("dim_unit.unit_code"),
                                           description="The unit most facts of this metric use")
    alias_count: int = pa.Field(ge=0, description="How many written forms map to this metric")

    class Config(_Strict):
        pass


class MetricAlias(pa.DataFrameModel):
    """Every metric phrase as written, mapped to its canonical metric."""

    alias: str = pa.Field(metadata=PK, description="Metric phrase exactly as a fact states it")
    metric_key: str = pa.Field(metadata=FK("dim_metric.metric_key"), description="The canonical metric")

    class Config(_Strict):
        pass


class DimTable(pa.DataFrameModel):
    """One row per Markdown table of a document."""

    table_key: str = pa.Field(metadata=PK, description="Document key prefix + table number")
    document_key: str = pa.Field(metadata=FK("dim_document.document_key"), description="Document the table is in")
    table_no: int = pa.Field(ge=0, description="0-based table number inside the document")
    heading: Optional[str] = pa.Field(nullable=True, description="Nearest Markdown heading above the table")
    line_start: int = pa.Field(ge=1, description="Line of the header row")
    line_end: int = pa.Field(ge=1, description="Line of the last body row")
    char_start: int = pa.Field(ge=0, description="Start offset of the header row")
    char_end: int = pa.Field(ge=0, description="End offset of the last body row")
    header_text: str = pa.Field(description="The header cells joined with ' | '")
    table_unit: Optional[str] = pa.Field(nullable=True, description="Unit stated once for the table (caption or header)")
    row_count: int = pa.Field(ge=0, description="Body rows")
    column_count: int = pa.Field(ge=0, description="Header columns")

    class Config(_Strict):
        pass


class FactTableCell(pa.DataFrameModel):
    """One row per non-empty cell of every table, header cells included (row_no 0)."""

    cell_key: str = pa.Field(metadata=PK, description="Table key + row + column")
    table_key: str = pa.Field(metadata=FK("dim_table.table_key"), description="Table the cell is in")
    document_key: str = pa.Field(metadata=FK("dim_document.document_key"), description="Document the cell is in")
    row_no: int = pa.Field(ge=0, description="0 for the header row, else the 1-based body row")
    col_no: int = pa.Field(ge=1, description="1-based column")
    is_header: bool = pa.Field(description="The cell is a column header")
    column_header: Optional[str] = pa.Field(nullable=True, description="Header of the cell's column")
    row_label: Optional[str] = pa.Field(nullable=True, description="First cell of the cell's row")
    text: str = pa.Field(description="Cell text = document text[char_start:char_end]")
    line: int = pa.Field(ge=1, description="1-based line of the cell")
    char_start: int = pa.Field(ge=0, description="Start offset into the document text")
    char_end: int = pa.Field(ge=0, description="End offset (exclusive)")
    value: Optional[float] = pa.Field(nullable=True, description="Value of the first quantity recognised in the cell")
    unit_code: Optional[str] = pa.Field(nullable=True, metadata=FK("dim_unit.unit_code"), description="Unit of that quantity")
    fact_id: Optional[str] = pa.Field(nullable=True, metadata=FK("fact_metric.fact_id"), description="The (first) fact the cell produced")
    fact_count: int = pa.Field(ge=0, description="How many facts the cell produced (a list cell gives several)")

    class Config(_Strict):
        pass


class FactMetric(pa.DataFrameModel):
    """One row per quantity mention: the fact table of the star."""

    fact_id: str = pa.Field(metadata=PK, description="Stable id: sha256 of document key + span (unchanged while the document is)")
    document_key: str = pa.Field(metadata=FK("dim_document.document_key"), description="Document the figure is in")
    period_key: str = pa.Field(metadata=FK("dim_period.period_key"), description="Period of the figure ('unknown' when the text gives none)")
    unit_code: str = pa.Field(isin=UNITS, metadata=FK("dim_unit.unit_code"), description="Unit of value")
    entity_key: str = pa.Field(metadata=FK("dim_entity.entity_key"), description="Whose figure ('unknown' when unattributed)")
    metric_key: str = pa.Field(metadata=FK("dim_metric.metric_key"), description="What is measured ('unknown' when unattributed)")
    table_key: Optional[str] = pa.Field(nullable=True, metadata=FK("dim_table.table_key"), description="Table of a table fact; null for prose")
    cell_key: Optional[str] = pa.Field(nullable=True, metadata=FK("fact_table_cell.cell_key"), description="Cell of a table fact; null for prose")
    restates_fact_id: Optional[str] = pa.Field(nullable=True, metadata=FK("fact_metric.fact_id"),
                                               description="For a table fact: the prose fact of the same document it repeats")
    metric: Optional[str] = pa.Field(nullable=True, description="Metric phrase as written")
    subject: Optional[str] = pa.Field(nullable=True, description="Subject as written")
    value: float = pa.Field(description="Normalised value (magnitudes folded in; changes as magnitudes)")
    qualifier: str = pa.Field(isin=QUALIFIERS, description="eq, gt (lower bound), approx, lt (upper bound)")
    kind: str = pa.Field(isin=KINDS, description="level, change or share")
    direction: Optional[str] = pa.Field(nullable=True, isin=DIRECTIONS, description="up/down, set exactly for changes")
    baseline: Optional[str] = pa.Field(nullable=True, description="yoy, qoq or the comparator as written (changes only)")
    source: str = pa.Field(isin=SOURCES, description="prose or table")
    line: int = pa.Field(ge=1, description="1-based line the quote starts on")
    char_start: int = pa.Field(ge=0, description="Start offset into the document text")
    char_end: int = pa.Field(ge=1, description="End offset (exclusive)")
    quote: str = pa.Field(str_length={"min_value": 1}, description="Qualifier + number + unit as written = text[char_start:char_end]")
    sentence: str = pa.Field(description="The sentence (or table cell) the figure sits in")
    run_id: str = pa.Field(description="Build that loaded the fact")

    class Config(_Strict):
        pass


class Quarantine(QuarantineModel):
    """Rows a stage rejected, with the reason, for every build."""

    run_id: str = pa.Field(description="Build that rejected it")
    quarantined_at: datetime = pa.Field(description="When (UTC)")

    class Config(_Strict):
        pass


class LoadAudit(pa.DataFrameModel):
    """One row per build that reached the warehouse."""

    run_id: str = pa.Field(metadata=PK, description="Dagster run id of the build")
    started_at: datetime = pa.Field(description="Build start (UTC)")
    finished_at: datetime = pa.Field(description="Load end (UTC)")
    documents_seen: int = pa.Field(ge=0, description="Files present in raw/")
    documents_loaded: int = pa.Field(ge=0, description="New or changed documents loaded")
    documents_retracted: int = pa.Field(ge=0, description="Documents removed because their file left raw/")
    facts_loaded: int = pa.Field(ge=0, description="Facts inserted by this build")
    facts_total: int = pa.Field(ge=0, description="Facts in the warehouse after this build")
    rows_quarantined: int = pa.Field(ge=0, description="Rows quarantined by this build")
    status: str = pa.Field(isin=BUILD_STATUSES, description="success, or failed (the load rolled back)")
    error: Optional[str] = pa.Field(nullable=True, description="Why a failed build failed")

    class Config(_Strict):
        pass


class BuildStats(pa.DataFrameModel):
    """Per build and loaded document: quantities recognised vs facts loaded."""

    run_id: str = pa.Field(metadata=PK, description="Build")
    document_key: str = pa.Field(metadata=PK, description="Document version loaded by the build")
    file_name: str = pa.Field(description="File name")
    quantities_recognised: int = pa.Field(ge=0, description="Quantities the recognise stage accepted")
    quantities_quarantined: int = pa.Field(ge=0, description="Of those, rows the attribute or load stage quarantined")
    facts_expected: int = pa.Field(ge=0, description="quantities_recognised - quantities_quarantined")
    facts_loaded: int = pa.Field(ge=0, description="Facts inserted for the document")
    table_cells: int = pa.Field(ge=0, description="Table cells (header cells included) loaded")

    class Config(_Strict):
        pass


class DocumentHistory(pa.DataFrameModel):
    """What each build did to each document: added, replaced or retracted."""

    run_id: str = pa.Field(description="Build")
    changed_at: datetime = pa.Field(description="When (UTC)")
    file_name: str = pa.Field(description="File name")
    document_key: str = pa.Field(description="Document version added, or the version replaced/retracted")
    action: str = pa.Field(isin=HISTORY_ACTIONS, description="added, replaced (a new version came) or retracted (file left raw/)")
    facts: int = pa.Field(ge=0, description="Facts added, or facts removed with the old version")

    class Config(_Strict):
        pass


# Table name -> model, in load order (dimensions before facts).
WAREHOUSE_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "dim_document": DimDocument,
    "dim_period": DimPeriod,
    "dim_unit": DimUnit,
    "dim_entity": DimEntity,
    "entity_alias": EntityAlias,
    "dim_metric": DimMetric,
    "metric_alias": MetricAlias,
    "dim_table": DimTable,
    "fact_table_cell": FactTableCell,
    "fact_metric": FactMetric,
    "quarantine": Quarantine,
    "load_audit": LoadAudit,
    "build_stats": BuildStats,
    "document_history": DocumentHistory,
}
