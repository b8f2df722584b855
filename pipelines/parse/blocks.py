"""Split a document into paragraphs, sentences and Markdown pipe tables.

A paragraph is a run of non-blank lines that are not headings or table rows.
A line wrap inside a paragraph does not end a sentence ("387\\n億元" stays one);
a line break after a short line does (a plain-text title, a key-figures line).
A list item ("- ", "1. ") starts a new paragraph. Sentences end at 。！？； and
at the paragraph end; ASCII !?; end one only before a blank, a CJK
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
# (| 代码 | 行业类别 |, | 股票代码 | 股票名称 |: a code column identifies the rows; the next column names them)
_RANK_HEADER = re.compile(r"排名|排行|名次|Rank(?:ing)?", re.IGNORECASE)
_SERIAL_HEADER = re.compile(r"序号|序號|编号|編號|No\.?|#|(?:行业|行業|股票|证券|證券|债券|債券|基金)?(?:代码|代碼)", re.IGNORECASE)
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


# Plain text lays a table out in columns: cells apart by tabs or by runs of two or more spaces
# (ASCII or full-width; one full-width space also stands between words: 甲公司　2024年年度报告), the
# first line the header. A paragraph's indentation is no separator; a list item is no row.
_COLUMN_GAP = re.compile(r"\t+|[ \u3000]{2,}")
_FIGURE_CELL = re.compile(r"\d")
# A header names columns (2024年, 同比变动); a cell with a money or percent unit is a figure, not a name.
_FIGURE_UNIT = re.compile(r"[%％亿億万萬元]")


def aligned_cells(start: int, line: str) -> list[tuple[int, int, str]]:
    """Cells of a plain-text row laid out in columns as (char_start, char_end, text)."""
    body = line.strip(" \t\u3000")
    a = start + len(line) - len(line.lstrip(" \t\u3000"))
    cells, pos = [], 0
    for gap in _COLUMN_GAP.finditer(body):
        cells.append((a + pos, a + gap.start(), body[pos:gap.start()]))
        pos = gap.end()
    cells.append((a + pos, a + len(body), body[pos:]))
    return cells


def _aligned_table_rows(lines: list[tuple[int, int, str]], i: int) -> int:
    """How many lines from lines[i] form a table laid out in columns (0: none): a header of two or
    more names and two or more rows of as many cells (or one more, the label column's header left
    blank), most with a figure after their label. (One row of two gaps is as often spaced-out words.)"""
    header = aligned_cells(lines[i][0], lines[i][2])
    if len(header) < 2 or any(_FIGURE_UNIT.search(c[2]) for c in header[1:]) or _LIST_ITEM.match(lines[i][2]):
        return 0
    widths = (len(header), len(header) + 1) if lines[i][2][:1] in " \t\u3000" else (len(header),)
    j = i + 1
    while j < len(lines) and lines[j][2].strip() and not _LIST_ITEM.match(lines[j][2]) \
            and len(aligned_cells(lines[j][0], lines[j][2])) in widths:
        j += 1
    rows = [aligned_cells(lines[k][0], lines[k][2]) for k in range(i + 1, j)]
    with_figures = sum(1 for r in rows if any(_FIGURE_CELL.search(c[2]) for c in r[1:]))
    return j - i if len(rows) >= 2 and 2 * with_figures >= len(rows) else 0


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
        aligned = _aligned_table_rows(lines, i) if _may_be_aligned(line) else 0
        if aligned:
            block_no += 1
            table_no += 1
            i = _add_table(out, lines[:i + aligned], i, caption_unit, cells=aligned_cells, doc_id=doc_id,
                           source="table", block_no=block_no, heading=heading, table_no=table_no)
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
            if _may_be_aligned(l2) and _aligned_table_rows(lines, j):
                break
            para_end = e2
            j += 1
        sentences = _paragraph_sentences(lines[i:j], text) if j > i + 1 else _sentences(para_start, para_end, text)
        line_nos = i + 1 if j == i + 1 else _line_numbers(text, i + 1, para_start, sentences)
        _add_sentences(out, sentences, doc_id=doc_id, source="prose", block_no=block_no,
                       sentence_no=range(len(sentences)), line=line_nos, heading=heading)
        caption_unit = _unit_note(text[para_start:para_end])
        i = j


# A line break inside a paragraph ends a sentence unless the line was wrapped. Text wrapped at a
# width (from a PDF or an e-mail) has every line but the paragraph's last near that width; a line
# that breaks off inside a clause (，、 or an opening bracket at its end, punctuation that cannot
# open a line after it) or inside a figure (387 / 億元) goes on too. A shorter line is a unit of its
# own: a plain-text title, one line of a key-figures block ("营业收入：1269亿元"), one example per line.
# (Widths in columns: a CJK character or full-width mark takes two, an ASCII one one.)
_WRAP_MIN_COLUMNS = 32
_WRAP_SHARE = 0.75
_ENDS_AT_LINE_END = re.compile(_SENTENCE_END.pattern + r"\s*$")
_BREAKS_OFF = re.compile(r"[，,、（(“‘《—-]\s*$")
_CANNOT_OPEN = re.compile(r"\s*[，,、。．.；;：:）)”’」』%％]")
_FIGURE_GOES_ON = re.compile(r"\s*[万萬亿億千百元%％倍]")


def _columns(line: str) -> int:
    # (UTF-8 takes three bytes for a CJK character and one for an ASCII one: (bytes + characters) / 2
    # counts two and one, without a loop over the characters.)
    return (len(line.encode("utf-8")) + len(line)) // 2


def _wrapped(line: str, following: str, width: int) -> bool:
    """Whether the break between a paragraph's line and the next is a wrap (width: its widest line)."""
    body = line.strip()
    return (_columns(body) >= max(_WRAP_MIN_COLUMNS, _WRAP_SHARE * width) or bool(_BREAKS_OFF.search(body))
            or bool(_CANNOT_OPEN.match(following))
            or (body[-1:].isdigit() and bool(_FIGURE_GOES_ON.match(following))))


def _paragraph_sentences(lines: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """The sentences of a paragraph of several lines: cut at sentence ends and at line breaks
    that are not wraps (_wrapped)."""
    width = None
    out, run_start = [], lines[0][0]
    for (_, end, line), (start, _, following) in zip(lines, lines[1:]):
        if _ENDS_AT_LINE_END.search(line):
            continue  # the sentence ends there anyway
        width = width or max(_columns(line.strip()) for _, _, line in lines)
        if not _wrapped(line, following, width):
            out += _sentences(run_start, end, text)
            run_start = start
    return out + _sentences(run_start, lines[-1][1], text)


def _line_numbers(text: str, line_no: int, counted: int, sentences: list[tuple[int, int, str]]) -> list[int]:
    """The line each sentence starts on; text[counted] is on line line_no."""
    starts = [a for a, _, _ in sentences]
    newlines = map(text.count, repeat("\n"), [counted, *starts[:-1]], starts)  # between sentence starts
    return list(accumulate(newlines, initial=line_no))[1:]


def _add_sentences(out: _Columns, sentences: list[tuple[int, int, str]], **values) -> None:
    if sentences:
        starts, ends, bodies = zip(*sentences)
        out.add(len(sentences), char_start=starts, char_end=ends, text=bodies, **values)


def _may_be_aligned(line: str) -> bool:
    """A cheap test before _aligned_table_rows: a gap between two cells inside the line."""
    return ("\t" in line or "  " in line or "\u3000" in line) and bool(_COLUMN_GAP.search(line.strip(" \t\u3000")))


def _add_table(out: _Columns, lines: list[tuple[int, int, str]], i: int, caption_unit: str | None,
               cells=pipe_cells, **values) -> int:
    """The cells of the table whose header is lines[i] (a pipe table, or with cells=aligned_cells one
    laid out in columns up to the end of lines); returns the line after it."""
    pipes = cells is pipe_cells
    start, _, line = lines[i]
    headers = [c[2] for c in cells(start, line)]
    if not pipes and len(aligned_cells(*lines[i + 1][::2])) == len(headers) + 1:
        headers = ["", *headers]  # the label column's header left blank
    j = i + 2 if pipes else i + 1  # a pipe table's separator row is no body row
    sub = _sub_header(headers, cells(lines[j][0], lines[j][2])) if j < len(lines) and pipes else None
    if sub:  # | 2024年 | | 2023年 | | over | 金额 | 占比 | 金额 | 占比 |: one header of both rows
        headers, j = sub, j + 1
    # The label column's header may state the whole table's unit:
    # "| (百萬美元) | 2023A | 2024E |", "| 项目（亿元） | 2024 |".
    header_units = [_header_unit(header) for header in headers]
    table_unit = (_unit_note(line) or (header_units[0] if headers else None)
                  or (_money_unit(headers[0]) if headers else None) or caption_unit)
    column_of = list(zip(headers, header_units))
    # | 序号 | 股票名称 | …: a serial-number column only counts the rows; the next column names them.
    # (| 排名 | 品牌 | …: so does a column of places, whose numbers are the rows' ranks)
    label_col = 1 if len(headers) > 2 and (_SERIAL_HEADER.fullmatch(headers[0].strip())
                                          or _RANK_HEADER.fullmatch(headers[0].strip())) else 0
    if label_col and len(headers) > 3 and _SERIAL_HEADER.fullmatch(headers[1].strip()):
        label_col = 2  # | 序号 | 债券代码 | 债券名称 | …: the name after both
    found = []  # (row_no, line, char_start, char_end, text, col_no, header, row_label, table_unit)
    row_no = 0
    while j < len(lines) and (_is_table_row(lines[j][2]) or not pipes) and lines[j][2].strip():
        row_no += 1
        rstart, _, rline = lines[j]
        row = cells(rstart, rline)
        row_label = row[label_col][2] if len(row) > label_col else (row[0][2] if row else None)
        for col, (a, b, cell) in enumerate(row, start=1):
            if not cell:
                continue
            header, unit = column_of[col - 1] if col <= len(column_of) else (None, None)
            found.append((row_no, j + 1, a, b, cell, col, header, row_label, unit or table_unit))
        j += 1
    if found:
        row_nos, line_nos, starts, ends, texts, cols, headers, labels, units = zip(*found)
        out.add(len(found), sentence_no=row_nos, line=line_nos, char_start=starts, char_end=ends, text=texts,
                row_no=row_nos, col_no=cols, header=headers, row_label=labels, table_unit=units, **values)
    return j


# A cell that states a figure (a number, with its sign, parentheses or percent sign).
_FIGURE_TEXT = re.compile(r"[(（-]?[\d.,]+\s*[%％]?[)）]?")


def _sub_header(headers: list[str], row: list[tuple[int, int, str]]) -> list[str] | None:
    """The header a table writes on two rows, or None. Markdown has no merged cells: a table whose header
    leaves columns blank after a spanning one (| 2024年 | | 2023年 | |) names them in its first body row,
    whose label cell is blank and whose other cells are all words (| | 金额 | 占比 | 金额 | 占比 |). Each
    column's header is then the spanning header and its own: "2024年 占比"."""
    words = [c[2] for c in row]
    if len(words) != len(headers) or words[0] or not all(headers[1:2]) or all(headers[1:]) \
            or not all(words[1:]) or any(_FIGURE_TEXT.fullmatch(w) for w in words[1:]):
        return None
    out, span = [headers[0]], ""
    for top, word in zip(headers[1:], words[1:]):
        span = top or span
        out.append(f"{span} {word}")
    return out
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
