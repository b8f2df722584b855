"""One build -> one DuckDB transaction.

Readers see the previous warehouse until COMMIT; any error rolls back, so a
failed build leaves the last good state intact. A document is replaced as a
whole (its facts are deleted and re-inserted), so re-running a build gives
the same rows, and a fact keeps its id while its document is unchanged.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from pipelines.schemas.vocabulary import CURRENCIES, NON_MONEY_UNITS

SQL_DIR = Path(__file__).parent / "sql"

_UNIT_DIMENSION = {
    "percent": ("ratio", "percent (%)"), "percentage_point": ("ratio", "percentage points"),
    "times": ("ratio", "times (倍)"), "person": ("count", "people"), "household": ("count", "households"),
    "item": ("count", "items"), "minute": ("duration", "minutes"), "hour": ("duration", "hours"),
    "day": ("duration", "days"), "month": ("duration", "months"), "year": ("duration", "years"),
    "rank": ("rank", "rank"), "square_meter": ("area", "square metres"), "ton": ("mass", "tonnes"),
}


def read_sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


def unit_rows() -> pl.DataFrame:
    rows = [{"unit_code": c, "dimension": "money", "display_name": c} for c in CURRENCIES]
    rows += [{"unit_code": u, "dimension": _UNIT_DIMENSION[u][0], "display_name": _UNIT_DIMENSION[u][1]}
             for u in NON_MONEY_UNITS]
    return pl.DataFrame(rows)


def _period_row(label: str) -> dict:
    m = re.fullmatch(r"FY(\d{4})E", label)
    if m:
        y = int(m.group(1))
        return dict(granularity="year", year=y, quarter=None, start_date=date(y, 1, 1), end_date=date(y, 12, 31), is_estimate=True)
    m = re.fullmatch(r"(\d{4})Q([1-4])", label)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        end_month = q * 3
        return dict(granularity="quarter", year=y, quarter=q, start_date=date(y, end_month - 2, 1),
                    end_date=date(y, end_month, calendar.monthrange(y, end_month)[1]), is_estimate=False)
    m = re.fullmatch(r"(\d{4})H([12])", label)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return dict(granularity="half", year=y, quarter=None, start_date=date(y, 1 if h == 1 else 7, 1),
                    end_date=date(y, 6, 30) if h == 1 else date(y, 12, 31), is_estimate=False)
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:~(\d{2}))?", label)
    if m:
        y, m1 = int(m.group(1)), int(m.group(2))
        m2 = int(m.group(3) or m1)
        return dict(granularity="month", year=y, quarter=(m1 - 1) // 3 + 1 if m2 == m1 else None,
                    start_date=date(y, m1, 1), end_date=date(y, m2, calendar.monthrange(y, m2)[1]), is_estimate=False)
    m = re.fullmatch(r"(\d{4})", label)
    if m:
        y = int(m.group(1))
        return dict(granularity="year", year=y, quarter=None, start_date=date(y, 1, 1), end_date=date(y, 12, 31), is_estimate=False)
    raise ValueError(f"not a period label: {label!r}")


def period_rows(labels) -> pl.DataFrame:
    """dim_period rows for labels, plus the 'unknown' member."""
    rows = [{"period_key": "unknown", "label": None, "granularity": "unknown", "year": None, "quarter": None,
             "start_date": None, "end_date": None, "is_estimate": False}]
    for label in sorted({x for x in labels if x}):
        rows.append({"period_key": label, "label": label, **_period_row(label)})
    return pl.DataFrame(rows, schema={"period_key": pl.String, "label": pl.String, "granularity": pl.String,
                                      "year": pl.Int32, "quarter": pl.Int32, "start_date": pl.Date,
                                      "end_date": pl.Date, "is_estimate": pl.Boolean})


@dataclass
class LoadSummary:
    run_id: str
    documents_seen: int
    documents_loaded: int
    documents_retracted: int
    facts_loaded: int
    rows_quarantined: int


def load_build(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str,
    documents: pl.DataFrame,
    segments: pl.DataFrame,
    facts: pl.DataFrame,
    quarantine: pl.DataFrame,
    present_files: list[str],
    started_at: datetime | None = None,
) -> LoadSummary:
    """Replace the loaded documents' rows, retract vanished files, all in one transaction."""
    started_at = started_at or datetime.now(timezone.utc).replace(tzinfo=None)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    sentences = segments.select(pl.col("segment_id"), pl.col("text").alias("sentence"),
                                "source", "table_no", "row_no", "col_no")
    fact_rows = (
        facts.join(sentences, on="segment_id", how="left")
        .join(documents.select("doc_id", "file_name"), on="doc_id", how="left")
        .with_columns(period_key=pl.col("period").fill_null("unknown"), run_id=pl.lit(run_id))
    )
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(read_sql("schema.sql"))
        con.register("new_documents", documents.with_columns(loaded_at=pl.lit(now)).to_arrow())
        con.register("new_facts", fact_rows.to_arrow())
        con.register("new_quarantine", quarantine.with_columns(run_id=pl.lit(run_id), quarantined_at=pl.lit(now)).to_arrow())
        con.register("new_periods", period_rows(fact_rows["period"].to_list()).to_arrow())
        con.register("new_units", unit_rows().to_arrow())
        con.register("present_files", pl.DataFrame({"file_name": present_files}, schema={"file_name": pl.String}).to_arrow())
        con.execute("INSERT INTO dim_unit SELECT * FROM new_units ON CONFLICT DO NOTHING")
        con.execute("INSERT INTO dim_period SELECT * FROM new_periods ON CONFLICT DO NOTHING")
        # Keep first_loaded_at of an unchanged document; replace everything else.
        retracted = con.execute(
            "SELECT count(*) FROM dim_document WHERE file_name NOT IN (SELECT file_name FROM present_files)"
        ).fetchall()[0][0]
        con.execute("""
            CREATE TEMP TABLE replaced AS
            SELECT document_key, file_name, first_loaded_at FROM dim_document
            WHERE file_name IN (SELECT file_name FROM new_documents)
               OR file_name NOT IN (SELECT file_name FROM present_files)""")
        con.execute("DELETE FROM fact_metric WHERE document_key IN (SELECT document_key FROM replaced)")
        con.execute("DELETE FROM dim_document WHERE document_key IN (SELECT document_key FROM replaced)")
        con.execute("""
            INSERT INTO dim_document
            SELECT n.doc_id, n.file_name, n.sha256, n.title, n.script, n.char_count, n.text,
                   coalesce(r.first_loaded_at, n.loaded_at), n.loaded_at
            FROM new_documents n LEFT JOIN replaced r ON r.document_key = n.doc_id""")
        con.execute("""
            INSERT INTO fact_metric
            SELECT quantity_id, doc_id, period_key, unit, metric, subject, value, qualifier, kind,
                   direction, baseline, source, line, char_start, char_end, quote, sentence,
                   table_no, row_no, col_no, run_id
            FROM new_facts""")
        con.execute("INSERT INTO quarantine SELECT stage, document, reason, detail, run_id, quarantined_at FROM new_quarantine")
        con.execute(read_sql("views.sql"))
        facts_loaded = fact_rows.height
        con.execute(
            "INSERT OR REPLACE INTO load_audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'success')",
            [run_id, started_at, datetime.now(timezone.utc).replace(tzinfo=None), len(present_files),
             documents.height, retracted, facts_loaded, quarantine.height],
        )
        con.execute("DROP TABLE replaced")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in ("new_documents", "new_facts", "new_quarantine", "new_periods", "new_units", "present_files"):
            try:
                con.unregister(name)
            except Exception:
                pass
    return LoadSummary(run_id, len(present_files), documents.height, retracted, facts_loaded, quarantine.height)
