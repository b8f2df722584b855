"""Pandera models: the single statement of each stage's columns.

Every pure stage function returns a polars frame that validates against one
of these models; the warehouse DDL comments are generated from the field
descriptions, so a column is documented once, here.
"""
from pipelines.schemas.models import (
    DocumentModel,
    FactModel,
    QuantityModel,
    QuarantineModel,
    SegmentModel,
    columns_of,
    empty_frame,
)
from pipelines.schemas.vocabulary import (
    BASELINE_CODES,
    DIRECTIONS,
    KINDS,
    QUALIFIERS,
    SOURCES,
    UNITS,
)

__all__ = [
    "BASELINE_CODES",
    "DIRECTIONS",
    "DocumentModel",
    "FactModel",
    "KINDS",
    "QUALIFIERS",
    "QuantityModel",
    "QuarantineModel",
    "SOURCES",
    "SegmentModel",
    "UNITS",
    "columns_of",
    "empty_frame",
]
