"""validate: rows failing a pandera model leave the frame with a reason."""
from __future__ import annotations

import polars as pl
import pytest

from pipelines.schemas import QuantityModel
from pipelines.validate import split_valid


def _row(**over):
    row = {"quantity_id": "q1", "segment_id": "s1", "doc_id": "d1", "line": 1, "char_start": 0, "char_end": 5,
           "quote": "1269亿元", "value": 1.269e11, "unit": "CNY", "qualifier": "eq", "signed": False}
    row.update(over)
    return row


def test_bad_rows_go_to_quarantine_with_the_failed_check():
    frame = pl.DataFrame([_row(), _row(quantity_id="q2", unit="furlongs"), _row(quantity_id="q3", qualifier="maybe")])
    good, bad = split_valid(frame, QuantityModel, "recognize", {"d1": "report.md"})
    assert good["quantity_id"].to_list() == ["q1"]
    assert bad.height == 2
    assert set(bad["document"]) == {"report.md"} and set(bad["stage"]) == {"recognize"}
    reasons = " ".join(bad["reason"])
    assert "unit" in reasons and "qualifier" in reasons


def test_a_missing_column_is_a_bug_and_raises():
    frame = pl.DataFrame([_row()]).drop("unit")
    with pytest.raises(Exception):
        split_valid(frame, QuantityModel, "recognize")
