"""Build a warehouse without Dagster: the stage functions in order, then load_build.

The same pure functions and the same pandera gates as the assets; used by
tests that need a warehouse in a second rather than a Dagster run.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from pipelines.attribute import attribute_quantities
from pipelines.ingest import read_documents
from pipelines.parse import parse_documents
from pipelines.recognize import recognize_segments
from pipelines.schemas import DocumentModel, FactModel, QuantityModel, SegmentModel
from pipelines.validate import split_valid
from pipelines.warehouse.load import LoadSummary, load_build


def extract(raw: Path | str, only: set[str] | None = None) -> dict[str, pl.DataFrame]:
    """documents, segments, quantities, facts and quarantine of the files in raw (or `only` those)."""
    documents, rejects = read_documents(raw, only=only)
    documents, bad_docs = split_valid(documents, DocumentModel, "ingest")
    names = dict(documents.select("doc_id", "file_name").iter_rows())
    segments, bad_segments = split_valid(parse_documents(documents), SegmentModel, "parse", names)
    quantities, bad_quantities = split_valid(recognize_segments(segments), QuantityModel, "recognize", names)
    facts, bad_facts = split_valid(attribute_quantities(quantities, segments), FactModel, "attribute", names)
    quarantine = pl.concat([rejects, bad_docs, bad_segments, bad_quantities, bad_facts])
    return {"documents": documents, "segments": segments, "quantities": quantities, "facts": facts,
            "quarantine": quarantine}


def present(raw: Path | str) -> list[str]:
    folder = Path(raw)
    return sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def build(raw: Path | str, con: duckdb.DuckDBPyConnection, run_id: str, only: set[str] | None = None) -> LoadSummary:
    """Extract raw/ (or the `only` files) and load it into con as one build."""
    frames = extract(raw, only)
    return load_build(con, run_id=run_id, present_files=present(raw), **frames)
