"""Integrity checks on the warehouse, as SQL that returns the failing rows.

Primary keys, foreign keys and accepted values are generated from the
pandera models (pipelines/schemas/warehouse.py: metadata pk/fk, isin
checks); the rest are written here. The Dagster asset checks and the tests
run the very same queries, so an empty result is a pass everywhere.
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb

from pipelines.schemas.warehouse import WAREHOUSE_MODELS
from pipelines.warehouse.ddl import columns


@dataclass(frozen=True)
class Check:
    table: str
    name: str
    sql: str
    description: str
    blocking: bool = True


def _in(values) -> str:
    return ", ".join(f"'{v}'" if isinstance(v, str) else str(v) for v in values)


def _model_checks() -> list[Check]:
    out = []
    for table, model in WAREHOUSE_MODELS.items():
        cols = columns(model)
        pk = [c.name for c in cols if c.pk]
        if pk:
            keys = ", ".join(pk)
            out.append(Check(table, "primary_key_unique",
                             f"SELECT {keys}, count(*) AS n FROM {table} GROUP BY {keys} HAVING count(*) > 1",
                             f"{keys} identifies one row"))
        fks = [c for c in cols if c.fk]
        if fks:
            ident = ", ".join(pk) if pk else "*"
            parts = []
            for c in fks:
                target, tcol = c.fk.split(".")
                parts.append(f"SELECT {ident}, '{c.name}' AS fk_column, CAST({c.name} AS VARCHAR) AS missing_key "
                             f"FROM {table} x WHERE {c.name} IS NOT NULL "
                             f"AND NOT EXISTS (SELECT 1 FROM {target} y WHERE y.{tcol} = x.{c.name})")
            out.append(Check(table, "foreign_keys_resolve", "\nUNION ALL\n".join(parts),
                             "Every key resolves: " + ", ".join(f"{c.name} -> {c.fk}" for c in fks)))
        coded = [c for c in cols if c.allowed is not None]
        if coded:
            ident = ", ".join(pk) if pk else "*"
            cond = " OR ".join(f"({c.name} IS NOT NULL AND {c.name} NOT IN ({_in(c.allowed)}))" for c in coded)
            out.append(Check(table, "accepted_values",
                             f"SELECT {ident}, {', '.join(c.name for c in coded)} FROM {table} WHERE {cond}",
                             "Coded columns use their vocabulary: " + ", ".join(c.name for c in coded)))
    return out


# Where each line of each document starts and how long it is (characters,
# newline excluded): "offset o is on line L" is then a range test instead of
# counting the newlines before o for every row (quadratic in document length).
# The text at [char_start, char_end) is cut from the line when it lies within
# it: substr counts characters from the start of the string it cuts, so
# cutting from the whole document costs the offset, for every row.
_LINE_SPANS = """WITH parts AS (
                 SELECT document_key, unnest(string_split(text, chr(10))) AS part,
                        generate_subscripts(string_split(text, chr(10)), 1) AS line
                 FROM dim_document),
             line_spans AS (
                 SELECT document_key, line, part, length(part) AS line_len,
                        CAST(sum(length(part) + 1) OVER (PARTITION BY document_key ORDER BY line)
                             - length(part) - 1 AS BIGINT) AS line_start
                 FROM parts)"""


def _slice(row: str) -> str:
    """SQL for the document text at [char_start, char_end) of `row` (alias), joined to
    its document d and its line span s: cut from the line when the range lies in it,
    else (another line, or no such line) from the whole document."""
    cut = f"{row}.char_start + 1, {row}.char_end - {row}.char_start"
    return (f"CASE WHEN {row}.char_start >= s.line_start AND {row}.char_end <= s.line_start + s.line_len "
            f"THEN substr(s.part, {row}.char_start - s.line_start + 1, {row}.char_end - {row}.char_start) "
            f"ELSE substr(d.text, {cut}) END")


# The metric_conflicts view lists disagreeing pairs, which grow with the
# square of the statements of one entity/metric/period (a region or an
# industry that a thousand reports mention). The check asks the same
# question per group, in one pass: signed values a < b disagree unless a is
# a lower bound or b an upper bound (signed_statements in views.sql), so a
# group has a disagreeing pair exactly when its lowest value that is not a
# lower bound is below its highest that is not an upper bound.
_CONFLICT_GROUPS = """
    WITH g AS (
        SELECT entity_key, metric_key, period_key, kind, baseline, unit_code, count(*) AS statements,
               arg_min(struct_pack(quote, line, signed, document_key), signed) FILTER (WHERE NOT lower_bound) AS a,
               arg_max(struct_pack(quote, line, signed, document_key), signed) FILTER (WHERE NOT upper_bound) AS b
        FROM signed_statements GROUP BY entity_key, metric_key, period_key, kind, baseline, unit_code)
    SELECT e.name AS entity, m.name AS metric_name, p.label AS period, g.kind, g.baseline, g.unit_code AS unit,
           g.statements, g.a.quote AS quote_a, g.a.line AS line_a, g.a.signed AS value_a,
           g.b.quote AS quote_b, g.b.line AS line_b, g.b.signed AS value_b,
           da.file_name AS document_a, db.file_name AS document_b
    FROM g
    JOIN dim_entity e ON e.entity_key = g.entity_key
    JOIN dim_metric m ON m.metric_key = g.metric_key
    JOIN dim_period p ON p.period_key = g.period_key
    JOIN dim_document da ON da.document_key = g.a.document_key
    JOIN dim_document db ON db.document_key = g.b.document_key
    WHERE g.a.signed < g.b.signed
    ORDER BY entity, metric_name, period, g.kind, g.baseline, unit"""


_HAND_WRITTEN = (
    Check("fact_metric", "grounded",
          _LINE_SPANS + """
             SELECT fact_id, line, quote, text_slice FROM (
                 SELECT f.fact_id, f.line, f.quote, s.line AS span_line, s.line_start, s.line_len, f.char_start,
                        """ + _slice("f") + """ AS text_slice
                 FROM fact_metric f JOIN dim_document d USING (document_key)
                 LEFT JOIN line_spans s ON s.document_key = f.document_key AND s.line = f.line)
             WHERE text_slice <> quote
                OR span_line IS NULL OR char_start NOT BETWEEN line_start AND line_start + line_len""",
          "quote equals the document text at [char_start, char_end) on the stated line"),
    Check("fact_metric", "direction_and_baseline_only_for_changes",
          """SELECT fact_id, kind, direction, baseline FROM fact_metric
             WHERE (kind = 'change') <> (direction IS NOT NULL) OR (kind <> 'change' AND baseline IS NOT NULL)""",
          "direction is set exactly for changes; only changes have a baseline"),
    Check("fact_metric", "restatement_is_same_document_prose",
          """SELECT t.fact_id, t.restates_fact_id FROM fact_metric t JOIN fact_metric p ON p.fact_id = t.restates_fact_id
             WHERE t.source <> 'table' OR p.source <> 'prose' OR p.document_key <> t.document_key
                OR p.unit_code <> t.unit_code OR abs(p.value - t.value) > 1e-9 * greatest(1, abs(t.value))""",
          "A table fact restates a prose fact of the same document with the same value and unit"),
    Check("fact_metric", "table_facts_have_their_cell",
          """SELECT f.fact_id, f.source, f.table_key, f.cell_key FROM fact_metric f
             LEFT JOIN fact_table_cell c ON c.cell_key = f.cell_key
             WHERE (f.source = 'table') <> (f.cell_key IS NOT NULL) OR (f.source = 'table') <> (f.table_key IS NOT NULL)
                OR (c.cell_key IS NOT NULL AND (c.table_key <> f.table_key OR f.char_start < c.char_start
                                                 OR f.char_end > c.char_end))""",
          "Every table fact (and only those) points to the cell holding its quote"),
    Check("fact_metric", "fact_count_per_document",
          """SELECT d.file_name, s.facts_expected, count(f.fact_id) AS facts_loaded
             FROM dim_document d
             LEFT JOIN build_stats s ON s.run_id = d.run_id AND s.document_key = d.document_key
             LEFT JOIN fact_metric f ON f.document_key = d.document_key
             GROUP BY d.file_name, s.facts_expected
             HAVING s.facts_expected IS NULL OR s.facts_expected <> count(f.fact_id)""",
          "Facts per document = quantities recognised - rows quarantined after recognition"),
    Check("fact_table_cell", "grounded",
          _LINE_SPANS + """
             SELECT c.cell_key, c.text FROM fact_table_cell c JOIN dim_document d USING (document_key)
             LEFT JOIN line_spans s ON s.document_key = c.document_key AND s.line = c.line
             WHERE """ + _slice("c") + """ <> c.text
                OR s.line IS NULL OR c.char_start NOT BETWEEN s.line_start AND s.line_start + s.line_len""",
          "Cell text equals the document text at its offsets, on its line"),
    Check("fact_table_cell", "cell_facts_agree",
          """SELECT c.cell_key, c.fact_count, count(f.fact_id) AS facts FROM fact_table_cell c
             LEFT JOIN fact_metric f ON f.cell_key = c.cell_key
             GROUP BY c.cell_key, c.fact_count HAVING c.fact_count <> count(f.fact_id)""",
          "fact_count of a cell equals the facts that point to it"),
    Check("dim_entity", "no_parent_cycle",
          """WITH RECURSIVE up(entity_key, parent, depth) AS (
                 SELECT entity_key, parent_entity_key, 1 FROM dim_entity WHERE parent_entity_key IS NOT NULL
                 UNION ALL
                 SELECT up.entity_key, e.parent_entity_key, up.depth + 1 FROM up
                 JOIN dim_entity e ON e.entity_key = up.parent
                 WHERE e.parent_entity_key IS NOT NULL AND up.depth < 50)
             SELECT DISTINCT entity_key FROM up WHERE parent = entity_key OR depth >= 50""",
          "Parent links form a tree"),
    Check("quarantine", "reason_present",
          "SELECT stage, document FROM quarantine WHERE reason IS NULL OR trim(reason) = ''",
          "Every quarantined row says why"),
    Check("load_audit", "last_build_succeeded",
          """SELECT run_id, status, error FROM load_audit
             WHERE finished_at = (SELECT max(finished_at) FROM load_audit) AND status <> 'success'""",
          "The latest build finished"),
    Check("fact_metric", "metric_conflicts", _CONFLICT_GROUPS,
          "Statements of one entity/metric/period with different values (a warning: reports disagree or "
          "attribution merged two figures); one row per disagreeing group, with its lowest and highest value",
          blocking=False),
)

WAREHOUSE_CHECKS: tuple[Check, ...] = tuple(_model_checks()) + _HAND_WRITTEN
# The load runs these before COMMIT too (the tables declare no PRIMARY KEY).
KEY_CHECKS: tuple[Check, ...] = tuple(c for c in WAREHOUSE_CHECKS if c.name == "primary_key_unique")


def failing_rows(con: duckdb.DuckDBPyConnection, check: Check) -> list[dict]:
    """The rows a check flags, as dicts (column -> value)."""
    cur = con.execute(check.sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def run_checks(con: duckdb.DuckDBPyConnection, blocking_only: bool = False) -> dict[str, list[dict]]:
    """`table.name` -> failing rows, for every check (or every blocking one)."""
    return {f"{c.table}.{c.name}": failing_rows(con, c) for c in WAREHOUSE_CHECKS if c.blocking or not blocking_only}
