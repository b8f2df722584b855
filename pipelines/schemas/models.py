"""One pandera model per stage output (and the quarantine table)."""
from __future__ import annotations

from typing import Optional

import pandera.polars as pa
import polars as pl

from pipelines.schemas.vocabulary import (
    DIRECTIONS, KINDS, QUALIFIERS, SCRIPTS, SOURCES, STAGES, UNITS,
)


class _Strict:
    strict = True
    coerce = True


class DocumentModel(pa.DataFrameModel):
    """ingest: one row per decoded document."""

    doc_id: str = pa.Field(unique=True, description="Document key: sha256 of the file bytes")
    file_name: str = pa.Field(description="File name inside the raw folder")
    sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 of the raw bytes")
    text: str = pa.Field(description="Decoded text (BOM removed, newlines as \\n); offsets count into it")
    script: str = pa.Field(isin=SCRIPTS, description="simplified or traditional Chinese")
    char_count: int = pa.Field(ge=0, description="Characters in text")
    title: Optional[str] = pa.Field(nullable=True, description="First heading or first line")

    class Config(_Strict):
        pass


class SegmentModel(pa.DataFrameModel):
    """parse: one row per sentence of prose or per table cell."""

    segment_id: str = pa.Field(unique=True, description="Stable id: document key + char offset")
    doc_id: str = pa.Field(description="Document key")
    source: str = pa.Field(isin=SOURCES, description="prose (a sentence) or table (a cell)")
    block_no: int = pa.Field(ge=0, description="Paragraph or table number in the document (0-based)")
    sentence_no: int = pa.Field(ge=0, description="Sentence number in the paragraph; row number for cells")
    line: int = pa.Field(ge=1, description="1-based line of the segment start")
    char_start: int = pa.Field(ge=0, description="Start offset into the document text")
    char_end: int = pa.Field(ge=0, description="End offset (exclusive)")
    text: str = pa.Field(description="Segment text = document text[char_start:char_end]")
    heading: Optional[str] = pa.Field(nullable=True, description="Nearest Markdown heading above")
    table_no: Optional[int] = pa.Field(nullable=True, description="Table number for cells")
    row_no: Optional[int] = pa.Field(nullable=True, description="1-based body row for cells")
    col_no: Optional[int] = pa.Field(nullable=True, description="1-based column for cells")
    header: Optional[str] = pa.Field(nullable=True, description="Column header text for cells")
    row_label: Optional[str] = pa.Field(nullable=True, description="First cell of the row for cells")
    table_unit: Optional[str] = pa.Field(nullable=True, description="Unit stated once for the table (caption/header)")

    class Config(_Strict):
        pass


class QuantityModel(pa.DataFrameModel):
    """recognize: one row per quantity mention."""

    quantity_id: str = pa.Field(unique=True, description="Stable id: sha256 of document key + span")
    segment_id: str = pa.Field(description="Segment the quantity sits in")
    doc_id: str = pa.Field(description="Document key")
    line: int = pa.Field(ge=1, description="1-based line the quantity starts on")
    char_start: int = pa.Field(ge=0, description="Start offset into the document text")
    char_end: int = pa.Field(ge=1, description="End offset (exclusive)")
    quote: str = pa.Field(str_length={"min_value": 1}, description="Qualifier + number + unit as written")
    value: float = pa.Field(description="Normalised value (magnitudes folded in; percent kept as percent)")
    unit: str = pa.Field(isin=UNITS, description="ISO 4217 code for money, else a FORMAT.md unit word")
    qualifier: str = pa.Field(isin=QUALIFIERS, description="eq, gt (lower bound), approx, lt (upper bound)")
    signed: bool = pa.Field(description="The number carried an explicit sign (+/-/负) as written")

    class Config(_Strict):
        pass


class FactModel(QuantityModel):
    """attribute: a quantity with its meaning."""

    kind: str = pa.Field(isin=KINDS, description="level, change or share")
    direction: Optional[str] = pa.Field(nullable=True, isin=DIRECTIONS, description="up/down for changes")
    metric: Optional[str] = pa.Field(nullable=True, description="Metric phrase as written")
    subject: Optional[str] = pa.Field(nullable=True, description="Whose metric it is, as written")
    period: Optional[str] = pa.Field(
        nullable=True,
        str_matches=r"^(\d{4}|\d{4}Q[1-4]|\d{4}H[12]|\d{4}-\d{2}(~\d{2})?|FY\d{4}E)$",
        description="2024, 2024Q4, 2024H1, 2024-11, 2024-01~02 or FY2025E",
    )
    baseline: Optional[str] = pa.Field(nullable=True, description="yoy, qoq or the comparator as written")

    class Config(_Strict):
        pass


class QuarantineModel(pa.DataFrameModel):
    """Rows a stage could not accept, with the reason."""

    stage: str = pa.Field(isin=STAGES, description="Stage that rejected the row")
    document: str = pa.Field(description="File name of the document")
    reason: str = pa.Field(str_length={"min_value": 1}, description="Why the row was rejected")
    detail: Optional[str] = pa.Field(nullable=True, description="The offending row or error text")

    class Config(_Strict):
        pass


def columns_of(model: type[pa.DataFrameModel]) -> dict[str, pl.DataType]:
    """Column name -> polars dtype, in model order."""
    schema = model.to_schema()
    return {name: col.dtype.type for name, col in schema.columns.items()}


def empty_frame(model: type[pa.DataFrameModel]) -> pl.DataFrame:
    """A zero-row frame with the model's columns and dtypes."""
    return pl.DataFrame(schema=columns_of(model))
