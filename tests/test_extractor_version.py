"""Facts written by older extraction code are re-extracted, not kept as current."""
from __future__ import annotations

import shutil

import duckdb

from pipelines.warehouse import ddl, loaded_documents
from tests.conftest import SAMPLE_RAW, run_build


def test_a_change_of_extraction_code_makes_the_next_build_full(sample_warehouse, tmp_path):
    db = tmp_path / "w.duckdb"
    shutil.copy(sample_warehouse, db)
    con = duckdb.connect(str(db))
    assert loaded_documents(con).height == 1  # written by this code: incremental
    assert ddl.stored_fingerprint(con, "extractor") == ddl.extractor_fingerprint()
    # Pretend an older extractor wrote the facts (each document records the code that extracted it).
    con.execute("UPDATE dim_document SET extractor_fingerprint = 'older-code'")
    assert loaded_documents(con).height == 0
    con.close()
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE_RAW / "kuaishou_2024_review.md", raw)
    result = run_build(raw, db)
    assert result.returncode == 0, result.stderr
    assert "processed 1" in result.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert ddl.stored_fingerprint(con, "extractor") == ddl.extractor_fingerprint()
    assert con.execute("SELECT DISTINCT extractor_fingerprint FROM dim_document").fetchall() == [
        (ddl.extractor_fingerprint(),)]
    assert con.execute("SELECT count(*) FROM fact_metric").fetchall()[0][0] >= 90


def test_fingerprint_covers_every_extraction_stage():
    assert set(ddl.EXTRACTION_PACKAGES) >= {"parse", "recognize", "attribute"}
    assert len(ddl.extractor_fingerprint()) == 16
