"""Integrity checks on the warehouse, as SQL that returns the failing rows.

Each check names the table it guards; the Dagster asset checks and the tests
run the very same queries, so an empty result is a pass everywhere.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipelines.schemas.vocabulary import DIRECTIONS, KINDS, QUALIFIERS, SOURCES


@dataclass(frozen=True)
class Check:
    table: str
    name: str
    sql: str
    description: str
    blocking: bool = True


def _in(values) -> str:
    return ", ".join(f"'{v}'" for v in values)


WAREHOUSE_CHECKS = (
    Check("dim_document", "document_key_unique",
          "SELECT document_key, count(*) FROM dim_document GROUP BY 1 HAVING count(*) > 1",
          "Every document key appears once"),
    Check("dim_document", "file_name_unique",
          "SELECT file_name, count(*) FROM dim_document GROUP BY 1 HAVING count(*) > 1",
          "One current version per file name"),
    Check("fact_metric", "fact_id_unique",
          "SELECT fact_id, count(*) FROM fact_metric GROUP BY 1 HAVING count(*) > 1",
          "Every fact id appears once"),
    Check("fact_metric", "foreign_keys_resolve",
          """SELECT f.fact_id FROM fact_metric f
             LEFT JOIN dim_document d USING (document_key)
             LEFT JOIN dim_period p USING (period_key)
             LEFT JOIN dim_unit u USING (unit_code)
             WHERE d.document_key IS NULL OR p.period_key IS NULL OR u.unit_code IS NULL""",
          "Every fact's document, period and unit exist"),
    Check("fact_metric", "grounded",
          """SELECT f.fact_id, f.quote FROM fact_metric f JOIN dim_document d USING (document_key)
             WHERE substr(d.text, f.char_start + 1, f.char_end - f.char_start) <> f.quote
                OR f.line <> 1 + length(d.text[1:f.char_start]) - length(replace(d.text[1:f.char_start], chr(10), ''))""",
          "quote equals the document text at [char_start, char_end) on the stated line"),
    Check("fact_metric", "accepted_values",
          f"""SELECT fact_id, qualifier, kind, direction, source FROM fact_metric
              WHERE qualifier NOT IN ({_in(QUALIFIERS)}) OR kind NOT IN ({_in(KINDS)})
                 OR source NOT IN ({_in(SOURCES)})
                 OR (direction IS NOT NULL AND direction NOT IN ({_in(DIRECTIONS)}))
                 OR (kind = 'change') <> (direction IS NOT NULL)""",
          "Coded columns use the FORMAT.md vocabulary; direction is set exactly for changes"),
    Check("dim_period", "period_key_unique",
          "SELECT period_key, count(*) FROM dim_period GROUP BY 1 HAVING count(*) > 1",
          "Every period key appears once"),
    Check("dim_unit", "unit_code_unique",
          "SELECT unit_code, count(*) FROM dim_unit GROUP BY 1 HAVING count(*) > 1",
          "Every unit code appears once"),
    Check("quarantine", "reason_present",
          "SELECT stage, document FROM quarantine WHERE reason IS NULL OR reason = ''",
          "Every quarantined row says why"),
    Check("load_audit", "last_build_succeeded",
          "SELECT run_id, status FROM load_audit WHERE finished_at = (SELECT max(finished_at) FROM load_audit) AND status <> 'success'",
          "The latest build finished"),
)
