"""Split a frame into the rows its pandera model accepts and quarantine rows.

pandera validates lazily (every failing row is reported, not just the
first); each failure case names its row index, so the failing rows leave
the frame with the check that failed as the reason. Frame-level failures
(a missing column, a wrong dtype) are a bug, not bad data: they raise.
"""
from __future__ import annotations

import json

import pandera.errors as pa_errors
import pandera.polars as pa
import polars as pl

from pipelines.schemas import QuarantineModel, empty_frame


def split_valid(
    frame: pl.DataFrame,
    model: type[pa.DataFrameModel],
    stage: str,
    file_names: dict[str, str] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(valid rows, quarantine rows) of frame under model."""
    try:
        return model.validate(frame, lazy=True), empty_frame(QuarantineModel)
    except pa_errors.SchemaErrors as exc:
        cases = exc.failure_cases
        if "index" not in cases.columns or cases["index"].is_null().all():
            raise
        row_cases = cases.filter(pl.col("index").is_not_null())
        frame_cases = cases.filter(pl.col("index").is_null())
        if frame_cases.height:
            raise
        reasons: dict[int, list[str]] = {}
        for idx, col, check in row_cases.select("index", "column", "check").iter_rows():
            reasons.setdefault(int(idx), []).append(f"{col}: {check}")
    bad_idx = sorted(reasons)
    indexed = frame.with_row_index("__row")
    bad = indexed.filter(pl.col("__row").is_in(bad_idx))
    good = indexed.filter(~pl.col("__row").is_in(bad_idx)).drop("__row")
    names = file_names or {}
    rows = []
    for row in bad.iter_rows(named=True):
        idx = row.pop("__row")
        doc = row.get("file_name") or names.get(row.get("doc_id", ""), row.get("doc_id") or "?")
        detail = {k: v for k, v in row.items() if k != "text" or len(str(v)) < 200}
        rows.append({"stage": stage, "document": str(doc),
                     "reason": "failed schema check: " + "; ".join(reasons[idx]),
                     "detail": json.dumps(detail, ensure_ascii=False, default=str)[:2000]})
    quarantine = pl.DataFrame(rows, schema=empty_frame(QuarantineModel).schema)
    return model.validate(good, lazy=True), quarantine
