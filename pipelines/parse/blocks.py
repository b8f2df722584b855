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
from itertools import accumulate, repeat

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
_AFTER_ASCII = r"\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_AFTER_ASCII_END = re.compile(f"[{_AFTER_ASCII}]")
# The runs of _SENTENCE_END that are ASCII only and glued to what follows:
# the runs that do not end a sentence (outside web addresses).
# (The lookbehind follows the first character so that the search can skip
# to candidates.)
_GLUED_ASCII_END = re.compile(f"[!?;](?<![。！？!?；;].)[!?;]*+(?![。！？；])[”’」』\"]?+(?=[^{_AFTER_ASCII}])")
# Web addresses: a '?' or '!' in one ("pqdweb?RQT=305&SQ=…") is no sentence end.
# Trailing punctuation belongs to the sentence, not the address.
_URL = re.compile(r"(?:https?://|ftp://|www\.)[!-~]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]'\""
# "单位：人民币百万元" / "(单位:亿元)" / "單位：百萬港元" — a unit stated once for a table.
_UNIT_NOTE = re.compile(r"[单單]位\s*[:：为為]?\s*([^\s)）|，,。;；]+)")
_SERIAL_HEADER = re.compile(r"序号|序號|编号|編號|No\.?|#", re.IGNORECASE)
_HEADER_UNIT = re.compile(r"[（(]\s*([^()（）]{1,8})\s*[)）]\s*$")
# A bare money unit with a magnitude — "人民币千元", "百萬港元", "RMB'000"-style words — as a header cell or in a
# heading's closing parenthesis ("## 财务摘要（人民币千元）"): a unit stated once for a table.
_MONEY_UNIT = re.compile(r"(?:人民[币幣]|RMB|港[币幣]|美元|新台[币幣])?\s*(?:千|万|萬|百万|百萬|千万|千萬|亿|億|十亿|十億)"
                         r"\s*(?:元|港元|美元|日元|欧元|歐元|英镑|英鎊|港[币幣]|新台[币幣]元?|人民[币幣])")


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for every line, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _is_table_row(line: str) -> bool:
    return "|" in line


# A cell wrapped in Markdown emphasis (| **营业收入** | **5%** |): the marks are layout, the cell is what they wrap.
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(\S(?:.*\S)?)\1")


def pipe_cells(start: int, line: str) -> list[tuple[int, int, str]]:
    """Cells of a pipe row as (char_start, char_end, stripped text), emphasis marks around a cell left out."""
    cells, pos = [], start
    for raw in line.split("|"):
        text = raw.strip()
        a = pos + len(raw) - len(raw.lstrip())
        wrapped = _EMPHASIS.fullmatch(text) if text[:1] in "*_" else None
        if wrapped:
            a, text = a + len(wrapped.group(1)), wrapped.group(2)
        cells.append((a, a + len(text), text))
        pos += len(raw) + 1
    # A leading/trailing pipe leaves an empty edge cell: drop it.
    if line.lstrip().startswith("|") and cells and not cells[0][2]:
        cells = cells[1:]
    if line.rstrip().endswith("|") and cells and not cells[-1][2]:
        cells = cells[:-1]
    return cells


def may_have_url(text: str) -> bool:
    """Every address has "://" or "www." in some case (w has no other case
    forms): a cheap test that spares most text the case-insensitive scan
    (and most of that the lowercased copy)."""
    return "://" in text or (("w" in text or "W" in text) and "www." in text.lower())


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


def _sentences(start: int, end: int, text: str) -> list[tuple[int, int, str]]:
    """Sentences inside text[start:end], trimmed of whitespace, as (start, end, text)."""
    chunk = text[start:end]
    urls = _url_spans(chunk)
    if urls:
        ends = [m.end() for m in _SENTENCE_END.finditer(chunk) if _ends_sentence(chunk, m, urls)]
    else:  # every run ends one but those an ASCII end glues to a word
        ends = [m.end() for m in _SENTENCE_END.finditer(chunk)]
        glued = {m.end() for m in _GLUED_ASCII_END.finditer(chunk)} if any(c in chunk for c in _ASCII_ENDS) else ()
        if glued:
            ends = [end for end in ends if end not in glued]
    cuts = [0, *ends, len(chunk)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = chunk[a:b]
        body = piece.strip()
        if body:
            a = start + a + len(piece) - len(piece.lstrip())
            out.append((a, a + len(body), body))
    return out


_SCHEMA = empty_frame(SegmentModel).schema
_COLUMNS = tuple(_SCHEMA)


class _Columns:
    """SegmentModel's columns but segment_id (derived from two others), as
    lists filled a block at a time: a sentence costs no row of its own."""

    def __init__(self) -> None:
        self.lists: dict[str, list] = {name: [] for name in _COLUMNS[1:]}

    def add(self, count: int, **values) -> None:
        """count segments; a value is one per segment (a list, tuple or range)
        or one for all; columns not given are None."""
        for name, column in self.lists.items():
            value = values.get(name)
            column += value if isinstance(value, (list, tuple, range)) else [value] * count

    def rows(self) -> list[dict]:
        return [dict(zip(_COLUMNS[1:], row)) for row in zip(*self.lists.values())]


def parse_document(doc_id: str, text: str) -> list[dict]:
    """Segment rows (SegmentModel columns) for one document."""
    out = _Columns()
    _add_segments(out, doc_id, text)
    return [{"segment_id": _segment_id(doc_id, row["char_start"]), **row} for row in out.rows()]


def _segment_id(doc_id: str, start: int) -> str:
    """"<doc_id[:16]>:<char_start>"; _SEGMENT_ID is the same for a frame."""
    return f"{doc_id[:16]}:{start}"


_SEGMENT_ID = pl.concat_str(pl.col("doc_id").str.slice(0, 16), pl.lit(":"),
                            pl.col("char_start").cast(pl.String)).alias("segment_id")


def _add_segments(out: _Columns, doc_id: str, text: str) -> None:
    lines = _lines(text)
    block_no = -1
    table_no = -1
    heading = None
    caption_unit = None
    i = 0
    n = len(lines)
    while i < n:
        start, end, line = lines[i]
        if not line.strip():
            i += 1
            continue
        if _HEADING.match(line):
            heading = _HEADING.sub("", line).strip() or heading
            block_no += 1
            _add_sentences(out, _sentences(start, end, text), doc_id=doc_id, source="prose", block_no=block_no,
                           sentence_no=0, line=i + 1, heading=heading)
            caption_unit = _unit_note(line) or _money_unit(_header_unit(line)) or caption_unit
            i += 1
            continue
        if _is_table_row(line) and i + 1 < n and _SEPARATOR.match(lines[i + 1][2]):
            block_no += 1
            table_no += 1
            i = _add_table(out, lines, i, caption_unit, doc_id=doc_id, source="table", block_no=block_no,
                           heading=heading, table_no=table_no)
            caption_unit = None
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
        sentences = _sentences(para_start, para_end, text)
        line_nos = i + 1 if j == i + 1 else _line_numbers(text, i + 1, para_start, sentences)
        _add_sentences(out, sentences, doc_id=doc_id, source="prose", block_no=block_no,
                       sentence_no=range(len(sentences)), line=line_nos, heading=heading)
        caption_unit = _unit_note(text[para_start:para_end])
        i = j


def _line_numbers(text: str, line_no: int, counted: int, sentences: list[tuple[int, int, str]]) -> list[int]:
    """The line each sentence starts on; text[counted] is on line line_no."""
    starts = [a for a, _, _ in sentences]
    newlines = map(text.count, repeat("\n"), [counted, *starts[:-1]], starts)  # between sentence starts
    return list(accumulate(newlines, initial=line_no))[1:]


def _add_sentences(out: _Columns, sentences: list[tuple[int, int, str]], **values) -> None:
    if sentences:
        starts, ends, bodies = zip(*sentences)
        out.add(len(sentences), char_start=starts, char_end=ends, text=bodies, **values)


def _add_table(out: _Columns, lines: list[tuple[int, int, str]], i: int, caption_unit: str | None,
               **values) -> int:
    """The cells of the table whose header is lines[i]; returns the line after it."""
    start, _, line = lines[i]
    headers = [c[2] for c in pipe_cells(start, line)]
    # The label column's header may state the whole table's unit:
    # "| (百萬美元) | 2023A | 2024E |", "| 项目（亿元） | 2024 |".
    header_units = [_header_unit(header) for header in headers]
    table_unit = (_unit_note(line) or (header_units[0] if headers else None)
                  or (_money_unit(headers[0]) if headers else None) or caption_unit)
    column_of = list(zip(headers, header_units))
    # | 序号 | 股票名称 | …: a serial-number column only counts the rows; the next column names them.
    label_col = 1 if len(headers) > 2 and _SERIAL_HEADER.fullmatch(headers[0].strip()) else 0
    cells = []  # (row_no, line, char_start, char_end, text, col_no, header, row_label, table_unit)
    j = i + 2
    row_no = 0
    while j < len(lines) and _is_table_row(lines[j][2]) and lines[j][2].strip():
        row_no += 1
        rstart, _, rline = lines[j]
        row = pipe_cells(rstart, rline)
        row_label = row[label_col][2] if len(row) > label_col else (row[0][2] if row else None)
        for col, (a, b, cell) in enumerate(row, start=1):
            if not cell:
                continue
            header, unit = column_of[col - 1] if col <= len(column_of) else (None, None)
            cells.append((row_no, j + 1, a, b, cell, col, header, row_label, unit or table_unit))
        j += 1
    if cells:
        row_nos, line_nos, starts, ends, texts, cols, headers, labels, units = zip(*cells)
        out.add(len(cells), sentence_no=row_nos, line=line_nos, char_start=starts, char_end=ends, text=texts,
                row_no=row_nos, col_no=cols, header=headers, row_label=labels, table_unit=units, **values)
    return j


# | 2024年（未經審核） | 2023年（經審核） |: an audit status in parentheses is no unit.
_AUDIT_NOTE = re.compile(r"未?(?:经|經)(?:审计|審計|审核|審核)|(?:经|經)?重[列述]|(?:un)?audited|restated", re.IGNORECASE)


def _header_unit(header: str) -> str | None:
    """"营业收入（亿元）", "(百萬美元)": a unit in parentheses ending a header."""
    m = _HEADER_UNIT.search(header)
    return m.group(1) if m and not _AUDIT_NOTE.fullmatch(m.group(1).strip()) else None


def _money_unit(text: str | None) -> str | None:
    """text when it is a money unit with a magnitude and nothing else."""
    return text if text and _MONEY_UNIT.fullmatch(text.strip()) else None


def _unit_note(text: str) -> str | None:
    m = _UNIT_NOTE.search(text)
    return m.group(1) if m else None


def parse_documents(documents: pl.DataFrame) -> pl.DataFrame:
    """Segments of every document (SegmentModel)."""
    out = _Columns()
    for doc_id, text in documents.select("doc_id", "text").iter_rows():
        _add_segments(out, doc_id, text)
    if not out.lists["doc_id"]:
        return empty_frame(SegmentModel)
    # Column lists convert much faster than rows.
    frame = pl.DataFrame(out.lists, schema={name: _SCHEMA[name] for name in out.lists})
    return frame.select(_SEGMENT_ID, pl.all())
