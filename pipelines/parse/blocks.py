"""Split a document into paragraphs, sentences and Markdown pipe tables.

A paragraph is a run of non-blank lines that are not headings or table rows
(a line wrap inside a paragraph does not end it, so "387\\n億元" stays one
sentence). A list item ("- ", "1. ") starts a new paragraph. Sentences end at
。！？； and at the paragraph end; ASCII !?; end one only before a blank, a CJK
character or the end, and never inside a web address. A table is a header row, a separator row
(---|---) and the body rows after it; every body cell becomes a segment with
its column header and row label. Offsets always index the document text.
"""
from __future__ import annotations

import re

import polars as pl

from pipelines.schemas import SegmentModel, empty_frame

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)、])\s+")
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』\"]?")
# ASCII ! ? ; end a sentence only before a blank, a CJK character or the end
# ("同比增长72.5%! 公司…", "ok?"): inside ASCII text ("Yahoo!Japan", "a?b")
# they are punctuation of a word. Full-width 。！？； always end one.
_ASCII_ENDS = "!?;"
_CLOSERS = "”’」』\""
_AFTER_ASCII_END = re.compile(r"[\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
# Web addresses: a '?' or '!' in one ("pqdweb?RQT=305&SQ=…") is no sentence end.
# Trailing punctuation belongs to the sentence, not the address.
_URL = re.compile(r"(?:https?://|ftp://|www\.)[!-~]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]'\""
# "单位：人民币百万元" / "(单位:亿元)" / "單位：百萬港元" — a unit stated once for a table.
_UNIT_NOTE = re.compile(r"[单單]位\s*[:：为為]?\s*([^\s)）|，,。;；]+)")
_HEADER_UNIT = re.compile(r"[（(]\s*([^()（）]{1,8})\s*[)）]\s*$")


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for every line, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _is_table_row(line: str) -> bool:
    return "|" in line


def pipe_cells(start: int, line: str) -> list[tuple[int, int, str]]:
    """Cells of a pipe row as (char_start, char_end, stripped text)."""
    bounds = [i for i, ch in enumerate(line) if ch == "|"]
    edges = [-1] + bounds + [len(line)]
    cells = []
    for a, b in zip(edges, edges[1:]):
        raw = line[a + 1:b]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        cells.append((start + a + 1 + lead, start + a + 1 + lead + len(text), text))
    # A leading/trailing pipe leaves an empty edge cell: drop it.
    if line.lstrip().startswith("|") and cells and not cells[0][2]:
        cells = cells[1:]
    if line.rstrip().endswith("|") and cells and not cells[-1][2]:
        cells = cells[:-1]
    return cells


def may_have_url(text: str) -> bool:
    """Every address has "://" or "www." in some case (w has no other case
    forms): a cheap test that spares most text the case-insensitive scan."""
    return "://" in text or "www." in text.lower()


def _url_spans(chunk: str) -> list[tuple[int, int]]:
    spans = []
    if not may_have_url(chunk):
        return spans
    for m in _URL.finditer(chunk):
        url = m.group().rstrip(_URL_TRAILING)
        spans.append((m.start(), m.start() + len(url)))
    return spans


def _ends_sentence(chunk: str, m: re.Match, urls: list[tuple[int, int]]) -> bool:
    """A run of 。！？!?；; ends a sentence unless it is inside a web address or
    is ASCII only and glued to the next character ("a?b", "Yahoo!Japan")."""
    if urls and any(a <= m.start() < b for a, b in urls):
        return False
    if m.group().rstrip(_CLOSERS).strip(_ASCII_ENDS):  # a full-width end in the run
        return True
    return m.end() >= len(chunk) or bool(_AFTER_ASCII_END.match(chunk, m.end()))


def _sentences(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of whitespace."""
    spans, pos = [], start
    chunk = text[start:end]
    urls = _url_spans(chunk)
    for m in _SENTENCE_END.finditer(chunk):
        if not _ends_sentence(chunk, m, urls):
            continue
        spans.append((pos, start + m.end()))
        pos = start + m.end()
    spans.append((pos, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# A row is a tuple of SegmentModel's columns in order; the last six are a cell's.
_COLUMNS = tuple(empty_frame(SegmentModel).columns)
_NOT_A_CELL = (None,) * 6


def parse_document(doc_id: str, text: str) -> list[dict]:
    """Segment rows (SegmentModel columns) for one document."""
    return [dict(zip(_COLUMNS, row)) for row in _segment_rows(doc_id, text)]


def _segment_rows(doc_id: str, text: str) -> list[tuple]:
    lines = _lines(text)
    rows: list[tuple] = []
    block_no = -1
    table_no = -1
    heading = None
    caption_unit = None
    i = 0
    n = len(lines)

    def add(source, start, end, sentence_no, line_no, cell=_NOT_A_CELL):
        rows.append((f"{doc_id[:16]}:{start}", doc_id, source, block_no, sentence_no, line_no,
                     start, end, text[start:end], heading, *cell))

    while i < n:
        start, end, line = lines[i]
        if not line.strip():
            i += 1
            continue
        if _HEADING.match(line):
            heading = _HEADING.sub("", line).strip() or heading
            block_no += 1
            for a, b in _sentences(start, end, text):
                add("prose", a, b, 0, i + 1)
            caption_unit = _unit_note(line) or caption_unit
            i += 1
            continue
        if _is_table_row(line) and i + 1 < n and _SEPARATOR.match(lines[i + 1][2]):
            block_no += 1
            table_no += 1
            header_cells = pipe_cells(start, line)
            headers = [c[2] for c in header_cells]
            # The label column's header may state the whole table's unit:
            # "| (百萬美元) | 2023A | 2024E |", "| 项目（亿元） | 2024 |".
            header_units = [_header_unit(header) for header in headers]
            table_unit = _unit_note(line) or (header_units[0] if headers else None) or caption_unit
            j = i + 2
            row_no = 0
            while j < n and _is_table_row(lines[j][2]) and lines[j][2].strip():
                row_no += 1
                rstart, _, rline = lines[j]
                cells = pipe_cells(rstart, rline)
                row_label = cells[0][2] if cells else None
                for col, (a, b, cell) in enumerate(cells, start=1):
                    if not cell:
                        continue
                    header, unit = (headers[col - 1], header_units[col - 1]) if col <= len(headers) else (None, None)
                    add("table", a, b, row_no, j + 1, (table_no, row_no, col, header, row_label, unit or table_unit))
                j += 1
            caption_unit = None
            i = j
            continue
        # A prose paragraph: consecutive non-blank lines that are not headings
        # or the start of a table; a list marker starts a new paragraph.
        block_no += 1
        para_start = start
        para_end = end
        j = i + 1
        while j < n:
            _, e2, l2 = lines[j]
            if not l2.strip() or _HEADING.match(l2) or _LIST_ITEM.match(l2):
                break
            if _is_table_row(l2) and j + 1 < n and _SEPARATOR.match(lines[j + 1][2]):
                break
            para_end = e2
            j += 1
        line_no, counted = i + 1, para_start  # the paragraph starts on line i + 1
        for k, (a, b) in enumerate(_sentences(para_start, para_end, text)):
            line_no, counted = line_no + text.count("\n", counted, a), a
            add("prose", a, b, k, line_no)
        caption_unit = _unit_note(text[para_start:para_end])
        i = j
    return rows


def _header_unit(header: str) -> str | None:
    """"营业收入（亿元）", "(百萬美元)": a unit in parentheses ending a header."""
    m = _HEADER_UNIT.search(header)
    return m.group(1) if m else None


def _unit_note(text: str) -> str | None:
    m = _UNIT_NOTE.search(text)
    return m.group(1) if m else None


def parse_documents(documents: pl.DataFrame) -> pl.DataFrame:
    """Segments of every document (SegmentModel)."""
    rows: list[tuple] = []
    for doc_id, text in documents.select("doc_id", "text").iter_rows():
        rows.extend(_segment_rows(doc_id, text))
    if not rows:
        return empty_frame(SegmentModel)
    # Column lists convert much faster than rows.
    columns = dict(zip(_COLUMNS, map(list, zip(*rows))))
    return pl.DataFrame(columns, schema=empty_frame(SegmentModel).schema)
