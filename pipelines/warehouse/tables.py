"""Tables and cells of the documents, and table facts that restate prose.

The parse stage makes a segment of every non-empty body cell (with its
column header and row label); the header row itself is read back from the
document text, one line above the separator, so every cell is accounted for.
"""
from __future__ import annotations

from itertools import groupby

import polars as pl

from pipelines.parse.blocks import pipe_cells

TABLE_SCHEMA = {"table_key": pl.String, "document_key": pl.String, "table_no": pl.Int64, "heading": pl.String,
                "line_start": pl.Int64, "line_end": pl.Int64, "char_start": pl.Int64, "char_end": pl.Int64,
                "header_text": pl.String, "table_unit": pl.String, "row_count": pl.Int64, "column_count": pl.Int64}
CELL_SCHEMA = {"cell_key": pl.String, "table_key": pl.String, "document_key": pl.String, "row_no": pl.Int64,
               "col_no": pl.Int64, "is_header": pl.Boolean, "column_header": pl.String, "row_label": pl.String,
               "text": pl.String, "line": pl.Int64, "char_start": pl.Int64, "char_end": pl.Int64,
               "value": pl.Float64, "unit_code": pl.String, "fact_id": pl.String, "fact_count": pl.Int64}


def table_key(doc_id: str, table_no: int) -> str:
    return f"{doc_id[:16]}:t{table_no}"


def cell_key(doc_id: str, table_no: int, row_no: int, col_no: int) -> str:
    return f"{table_key(doc_id, table_no)}:r{row_no}c{col_no}"


def table_key_expr() -> pl.Expr:
    """table_key over columns doc_id, table_no (null where table_no is)."""
    return pl.concat_str([pl.col("doc_id").str.slice(0, 16), pl.lit(":t"), pl.col("table_no").cast(pl.String)])


def cell_key_expr() -> pl.Expr:
    """cell_key over columns doc_id, table_no, row_no, col_no."""
    return pl.concat_str([table_key_expr(), pl.lit(":r"), pl.col("row_no").cast(pl.String),
                          pl.lit("c"), pl.col("col_no").cast(pl.String)])


def _line_bounds(text: str, line: int) -> tuple[int, int]:
    """(start, end) offsets of 1-based line, end excluding the newline."""
    start = 0
    for _ in range(line - 1):
        nl = text.find("\n", start)
        if nl < 0:
            return len(text), len(text)
        start = nl + 1
    end = text.find("\n", start)
    return start, (len(text) if end < 0 else end)


def table_frames(documents: pl.DataFrame, segments: pl.DataFrame, facts: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(dim_table rows, fact_table_cell rows) for every table of the documents."""
    texts = dict(documents.select("doc_id", "text").iter_rows())
    cells = segments.filter(pl.col("source") == "table")
    if cells.is_empty():
        return pl.DataFrame(schema=TABLE_SCHEMA), pl.DataFrame(schema=CELL_SCHEMA)
    by_segment: dict[str, list[dict]] = {}
    table_facts = facts.filter(pl.col("segment_id").is_in(cells["segment_id"].implode()))
    for f in table_facts.select("segment_id", "char_start", "value", "unit", "quantity_id").sort("char_start").iter_rows(named=True):
        by_segment.setdefault(f["segment_id"], []).append(f)
    tables, out_cells = [], []
    # One pass over the cells in (document, table, position) order: a polars
    # group per table would cost more than the table's rows.
    ordered = cells.sort("doc_id", "table_no", "char_start").iter_rows(named=True)
    for (doc_id, table_no), rows in groupby(ordered, key=lambda s: (s["doc_id"], s["table_no"])):
        group = list(rows)
        text = texts.get(doc_id)
        if text is None:
            continue
        tkey = table_key(doc_id, table_no)
        first_line = min(s["line"] for s in group)
        header_line = max(1, first_line - 2)  # header row, separator row, then the body
        h_start, h_end = _line_bounds(text, header_line)
        header_cells = pipe_cells(h_start, text[h_start:h_end])
        for col, (a, b, cell_text) in enumerate(header_cells, start=1):
            if cell_text:
                out_cells.append({"cell_key": cell_key(doc_id, table_no, 0, col), "table_key": tkey,
                                  "document_key": doc_id, "row_no": 0, "col_no": col, "is_header": True,
                                  "column_header": cell_text, "row_label": None, "text": cell_text,
                                  "line": header_line, "char_start": a, "char_end": b, "value": None,
                                  "unit_code": None, "fact_id": None, "fact_count": 0})
        for s in group:
            produced = by_segment.get(s["segment_id"], [])
            first = produced[0] if produced else None
            out_cells.append({"cell_key": cell_key(doc_id, table_no, s["row_no"], s["col_no"]), "table_key": tkey,
                              "document_key": doc_id, "row_no": s["row_no"], "col_no": s["col_no"],
                              "is_header": False, "column_header": s["header"], "row_label": s["row_label"],
                              "text": s["text"], "line": s["line"], "char_start": s["char_start"],
                              "char_end": s["char_end"], "value": first["value"] if first else None,
                              "unit_code": first["unit"] if first else None,
                              "fact_id": first["quantity_id"] if first else None, "fact_count": len(produced)})
        last_line = max(s["line"] for s in group)
        _, last_end = _line_bounds(text, last_line)
        tables.append({"table_key": tkey, "document_key": doc_id, "table_no": table_no,
                       "heading": group[0]["heading"], "line_start": header_line, "line_end": last_line,
                       "char_start": h_start, "char_end": last_end,
                       "header_text": " | ".join(c[2] for c in header_cells),
                       "table_unit": next((s["table_unit"] for s in group if s["table_unit"] is not None), None),
                       "row_count": len({s["row_no"] for s in group}), "column_count": len(header_cells)})
    return pl.DataFrame(tables, schema=TABLE_SCHEMA), pl.DataFrame(out_cells, schema=CELL_SCHEMA)


# ---------------------------------------------------------- restatement ----

def _similar(a: str | None, b: str | None, threshold: float = 0.8) -> bool:
    """Two names of the same thing: one's characters nearly all occur in the other.

    A table row label abbreviates the prose name ("川渝调味品" for
    "某川渝地区的调味品商家"), so containment of characters, not of the
    string, is the test; the shorter name needs two characters at least.
    """
    if not a or not b:
        return False
    a, b = a.lstrip("某"), b.lstrip("某")
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2:
        return False
    return sum(1 for ch in short if ch in long_) / len(short) >= threshold


def _mentioned(label: str | None, sentence: str | None, threshold: float = 0.8) -> bool:
    """The sentence names label, possibly abbreviated or split ("川渝调味品" in
    "某川渝地区的调味品商家"): nearly all of label's characters fall within a
    window of twice its length. Two-character labels must occur verbatim."""
    if not label or not sentence:
        return False
    label = label.lstrip("某")
    if len(label) < 2:
        return False
    if label in sentence:
        return True
    if len(label) == 2:
        return False
    width = 2 * len(label)
    for i, ch in enumerate(sentence):
        if ch in label:
            window = sentence[i:i + width]
            if sum(1 for c in label if c in window) / len(label) >= threshold:
                return True
    return False


def restatements(facts: pl.DataFrame) -> dict[str, str]:
    """table fact id -> the prose fact of the same document it repeats.

    Same document, value and unit, and the same entity or metric: the same
    key, a similar name, or the table's row label / metric named in the prose
    sentence. Among several candidates the one agreeing on more (entity,
    metric, kind) wins, then the nearest one before the table.
    Needs columns fact_id, document_key, source, value, unit_code,
    entity_key, metric_key, subject, metric, kind, char_start, sentence.
    """
    out: dict[str, str] = {}
    # Candidate pairs (same document, unit and value) come from one join; only
    # they are compared in Python, in the order the facts are given.
    indexed = facts.with_row_index("__row")
    table = indexed.filter(pl.col("source") == "table")
    prose = indexed.filter(pl.col("source") == "prose")
    pairs = (table.join(prose, on=["document_key", "unit_code"], suffix="_p")
             .filter((pl.col("value") - pl.col("value_p")).abs()
                     <= 1e-9 * pl.max_horizontal(pl.lit(1.0), pl.col("value").abs()))
             .sort("__row", "__row_p"))
    for fact_id, candidates in groupby(pairs.iter_rows(named=True), key=lambda r: r["fact_id"]):
        best, best_rank = None, None
        for c in candidates:
            same_entity = ((c["entity_key"] == c["entity_key_p"] != "unknown") or _similar(c["subject"], c["subject_p"])
                           or _mentioned(c["subject"], c["sentence_p"]))
            same_metric = ((c["metric_key"] == c["metric_key_p"] != "unknown") or _similar(c["metric"], c["metric_p"])
                           or _mentioned(c["metric"], c["sentence_p"]))
            same_kind = c["kind_p"] == c["kind"]
            # A metric alone can be a generic word (增长, 占比): then the kind must agree too.
            if not (same_entity or (same_metric and same_kind)):
                continue
            before = c["char_start_p"] < c["char_start"]
            rank = (int(same_entity) + int(same_metric) + int(same_kind), before,
                    -abs(c["char_start"] - c["char_start_p"]))
            if best_rank is None or rank > best_rank:
                best, best_rank = c["fact_id_p"], rank
        if best is not None:
            out[fact_id] = best
    return out
