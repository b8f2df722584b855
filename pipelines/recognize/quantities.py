"""Find every quantity in a segment: value normalised, unit, qualifier.

`recognize_text` works on one string and returns spans relative to it; it
knows nothing of documents, so it is what the table-driven tests call.
`recognize_segments` maps it over the parse stage's segments and returns a
QuantityModel frame with document offsets. The per-pattern builders are in
builders.py, the context rules that drop a match in context.py.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import polars as pl

from pipelines.recognize import context as C
from pipelines.recognize import patterns as P
from pipelines.recognize.builders import MATCHERS, MONEY, Quantity, magnitude_of, negative
from pipelines.recognize.implied import NEEDED_SCANS, implied_quantities
from pipelines.recognize.lexicon import (
    CURRENCY_PREFIXES, CURRENCY_WORDS, GENERIC_CURRENCY_WORDS, HUNDREDTHS_AFTER_PREFIX, HUNDREDTHS_WORDS,
    IMPLIED_UNIT_NOUNS, QUALIFIER_PREFIXES, TABLE_ONLY_UNITS, UNIT_WORDS, VALUATION_MULTIPLES,
)
from pipelines.recognize.neighbours import (
    DocumentYuan, approximate_per_unit, approximate_ranges, approximate_shares, bare_yuan, drop_group_bounds,
    paragraph_yuan, prior_year_hundredths, unnamed_yuan,
)
from pipelines.recognize.numerals import number_to_float
from pipelines.recognize.prefilter import CharSet, Scanner, gate, raw_class, scanner
from pipelines.recognize.textnorm import fold, fold_column, folds
from pipelines.schemas import QuantityModel, empty_frame

__all__ = ["Quantity", "parse_unit_text", "recognize_segments", "recognize_text"]

# A whole cell wrapped in parentheses is an accounting negative: (698), (12.3%).
_PARENTHESISED = re.compile(r"^\s*\((?P<inner>[^()]*)\)\s*$")
_TRAILING_PARENTHESES = re.compile(r"[（(]\s*([^()（）]{1,10})\s*[)）]\s*$")
# The builders' patterns, scanned so that text they cannot match is skipped
# (most segments have no number at all: the gate rules out every pattern).
_SCANS = tuple((scanner(pattern), build) for pattern, build in MATCHERS)
_ANY_MATCH = gate(pattern for pattern, _ in MATCHERS)


# 数量（股）, 股本（万股）, 持股数量（股）: a column counting shares (only as a stated unit: 股 in prose is A股, 每股).
_SHARE_COUNT_UNIT = re.compile(rf"^(?:单位\s*[:：]\s*)?[(（]?\s*(?P<mag>{P.MAGNITUDE})?\s*股\s*[)）]?$")


# 成交均价（元/股）, 价格（元/吨）: a price per unit is an amount of its currency.
# (电价（元/千瓦时）, 运价（美元/TEU）: a three-character or Latin denominator too)
_PER_UNIT_PRICE = re.compile(r"^[（(]?(?P<money>.{0,6}元)\s*/\s*(?:[\u4e00-\u9fff]{1,3}|[A-Za-z]{1,4})[)）]?$")


def parse_unit_text(text: str | None) -> tuple[str, float] | None:
    """'人民币百万元' -> ('CNY', 1e6); '%' -> ('percent', 1.0); None if not a unit."""
    if not text:
        return None
    if text.strip(" （）()") in TABLE_ONLY_UNITS:  # mPFS（月）: months in a unit note (in prose 3月 is a date)
        return TABLE_ONLY_UNITS[text.strip(" （）()")]
    price = _PER_UNIT_PRICE.match(text.strip()) if "/" in text else None
    if price:
        return parse_unit_text(price["money"])
    m = P.UNIT_TEXT.match(fold(text).strip())
    shares = None if m else _SHARE_COUNT_UNIT.match(fold(text).strip())
    if shares:
        return "item", magnitude_of(shares["mag"], False) or 1.0
    if not m or not (m["unit"] or m["cur"]):
        h = P.HUNDREDTHS_UNIT_TEXT.match(fold(text).strip())
        return (CURRENCY_PREFIXES[h["cur"]], 0.01) if h else None  # 每股基本盈利（人民幣分）
    word = re.sub(r"\s+", "", m["unit"] or "")
    if word in CURRENCY_WORDS:
        unit, factor = CURRENCY_WORDS[word], 1.0
    elif word in UNIT_WORDS:
        unit, factor = UNIT_WORDS[word]
    elif word in HUNDREDTHS_WORDS:
        unit, factor = HUNDREDTHS_WORDS[word], 0.01  # 每股股息（港仙）
    elif not word:
        unit, factor = CURRENCY_PREFIXES[m["cur"]], 1.0
    else:
        return None  # 成/折 are not table units
    if m["cur"] and word in GENERIC_CURRENCY_WORDS:
        unit = CURRENCY_PREFIXES[m["cur"]]  # 港幣百萬元 is HKD, as 港币12.5亿元 is
    if m["cur"] and (unit not in MONEY or CURRENCY_PREFIXES[m["cur"]] != unit):
        return None
    scale = magnitude_of(m["mag"], unit in MONEY)
    return None if scale is None else (unit, scale * factor)


# A column of places in a ranking (| 排名 |, | 名次 |, | 行业排名 |): its whole numbers are ranks.
_RANK_HEADER = re.compile(r"[^|]{0,6}(?:排名|名次|位次|排位)")


def _bare_cell(text: str, folded: str, table_unit: str | None, header: str | None = None,
               row_label: str | None = None) -> list[Quantity]:
    """A number-only table cell takes the table's unit: 1,269 / (698) / -2.4.
    A year-like cell is a year unless its header or row label is a period."""
    m = P.BARE_CELL.match(folded)
    if not m or (P.YEAR.match(m["num"]) and not C.year_cell_is_value(header, row_label, text)):
        return []
    value = number_to_float(m["num"])
    if value is None:
        return []
    if m["pct"]:
        unit, scale = "percent", 1.0
    elif _RANK_HEADER.fullmatch(fold(header or "").strip()) and value == int(value) and value > 0 \
            and not m["mag"] and not m["sign"] and not m["open"]:
        unit, scale = "rank", 1.0  # | 企业 | 产量 | 排名 |: a place in the ranking
    else:
        parsed = parse_unit_text(table_unit)
        if parsed is None:
            return []
        unit, scale = parsed
    mag = magnitude_of(m["mag"], unit in MONEY) or 1.0
    minus = negative(m["sign"]) or bool(m["open"] and m["close"])
    value = value * scale * mag * (-1 if minus else 1)
    s, e = len(text) - len(text.lstrip()), len((text[:m.start("note")] if m["note"] else text).rstrip())
    qualifier = QUALIFIER_PREFIXES[m["pre"]] if m["pre"] else "eq"
    return [Quantity(s, e, value, unit, qualifier, minus or m["sign"] is not None)]


# | 1,150–1,230 | (180)–(120) |: a range cell (a preannouncement's estimate) states one figure per end.
_BARE_RANGE = re.compile(rf"^(\s*\(?[+\-]?{P.ARABIC}\)?\s*)[-~](\s*\(?[+\-]?{P.ARABIC}\)?\s*)$")


def _bare_range(text: str, folded: str, table_unit: str | None, header: str | None,
                row_label: str | None) -> list[Quantity]:
    """Both ends of a range cell, each read as a number-only cell; nothing unless both are figures."""
    m = _BARE_RANGE.match(folded) if "-" in folded or "~" in folded else None
    if not m:
        return []
    out = []
    for g in (1, 2):
        a, b = m.span(g)
        part = _bare_cell(text[a:b], folded[a:b], table_unit, header, row_label)
        if len(part) != 1:
            return []
        out.append(part[0]._replace(start=part[0].start + a, end=part[0].end + a))
    return out


# "1,234（+12.3%）", "86.5 (72.1)": a cell value followed by a note in parentheses.
_VALUE_THEN_NOTE = re.compile(r"^(?P<value>\s*[^()（）\s]+)\s*[（(][^()（）]*[)）]\s*$")


def _value_before_note(text: str, folded: str, found: list[Quantity], table_unit: str | None, header: str | None,
                       row_label: str | None) -> list[Quantity]:
    """The bare number of a cell "1,234（+12.3%）" takes the table's unit; the
    parenthesised growth rate is recognised as usual."""
    m = _VALUE_THEN_NOTE.match(text)
    if not m or any(q.start < m.end("value") for q in found):
        return []
    return _bare_cell(m["value"], folded[:m.end("value")], table_unit, header, row_label)


def _trim(q: Quantity, text: str) -> Quantity:
    """Spans never start or end on blanks (the patterns allow inner spaces)."""
    start, end = q.start, q.end
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return q  # the usual case
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return q if (start, end) == (q.start, q.end) else q._replace(start=start, end=end)


def _cell_in_parentheses(text: str, chosen: list[Quantity]) -> list[Quantity]:
    """"(12.3%)" as a whole cell is negative, as "(698)" is."""
    m = _PARENTHESISED.match(text)
    if m and len(chosen) == 1 and not chosen[0].signed and chosen[0].value > 0:
        q = chosen[0]
        if text[m.start("inner"):m.end("inner")].strip() == text[q.start:q.end]:
            return [q._replace(start=m.start("inner") - 1, end=m.end("inner") + 1, value=-q.value, signed=True)]
    return chosen


def recognize_text(text: str, *, table_unit: str | None = None, is_cell: bool = False,
                   header: str | None = None, row_label: str | None = None,
                   yuan: str | None = None) -> list[Quantity]:
    """Every quantity in text, left to right, non-overlapping; spans index text.

    A table cell (is_cell) also sees its column header and row label, which
    tell a value "2021" under a 2024E column from a year. `yuan` is the
    currency an unnamed 元 takes (set by "新台幣…元" earlier in the paragraph)."""
    folded = fold(text)
    scans = _SCANS if _ANY_MATCH is None or _ANY_MATCH.search(folded) else ()
    return _recognize(text, folded, table_unit, is_cell, header, row_label, yuan, scans, True)[0]


def _recognize(text: str, folded: str, table_unit: str | None, is_cell: bool, header: str | None,
               row_label: str | None, yuan: str | None, scans: tuple, may_imply: bool,
               ) -> tuple[list[Quantity], str | None]:
    """recognize_text with the folded text, the scans that may match it and
    whether it may hold implied quantities; also the paragraph's yuan after it."""
    chosen = _select(_candidates(text, folded, scans), folded)
    if is_cell:
        found = _cell_in_parentheses(text, chosen) if chosen else (
            _bare_cell(text, folded, table_unit, header, row_label)
            or _bare_range(text, folded, table_unit, header, row_label))
        found = _value_before_note(text, folded, found, table_unit, header, row_label) + found
    else:
        implied = _select([_trim(q, text) for q in implied_quantities(folded, chosen)], folded) if may_imply else []
        if not chosen and not implied:
            return [], yuan
        # chosen alone is in order already (_select)
        found = approximate_ranges(folded, sorted(chosen + implied, key=_start) if implied else chosen)
        found = approximate_per_unit(folded, approximate_shares(folded, found))
        found = drop_group_bounds(folded, prior_year_hundredths(folded, found))
        found, yuan = paragraph_yuan(folded, found, yuan)
    return [_tidied(q) for q in found], yuan


def _candidates(text: str, folded: str, scans: tuple) -> list[Quantity]:
    """Every builder's quantities for every match of its pattern, overlaps included."""
    candidates: list[Quantity] = []
    for scan, build in scans:
        for m in scan.finditer(folded):
            for q in build(m, folded, text):
                candidates.append(_trim(q, text))
    return candidates


def _tidied(q: Quantity) -> Quantity:
    """2.3 x 1e8 is 229999999.99999997 in binary: keep 12 significant digits."""
    if q.value % 1 == 0 and -1e12 < q.value < 1e12:
        return q  # at most 12 digits, all significant: nothing to round
    value = float(f"{q.value:.12g}")
    return q if value == q.value else q._replace(value=value)


def _select(candidates: list[Quantity], folded: str) -> list[Quantity]:
    """The earliest, then longest, non-overlapping candidates outside web addresses."""
    if not candidates:
        return []
    urls = C.url_spans(folded)
    if urls:
        candidates = [q for q in candidates if not C.inside(urls, q.start, q.end)]
    candidates = sorted((q for q in candidates if q.end > q.start), key=_earliest_longest)
    chosen: list[Quantity] = []
    last_end = -1
    for q in candidates:
        if q.start >= last_end:
            chosen.append(q)
            last_end = q.end
    return chosen


def _start(q: Quantity) -> int:
    return q.start


def _earliest_longest(q: Quantity) -> tuple[int, int]:
    return q.start, q.start - q.end


# 每股虧損（分）: a row counted in hundredths of a currency it does not name (人民幣分 and 港仙 are units,
# parse_unit_text): its cells are not in the table's unit either.
_HUNDREDTHS = re.compile(f"(?:{P.alt(HUNDREDTHS_AFTER_PREFIX)})$")


# A row that names a valuation multiple (P/E, PB, EV/EBITDA, 市盈率) counts times, one that names a per-share amount
# (EPS, 每股收益) counts single units of the table's currency, and one that names a rate (毛利率, ROE) counts percent:
# not the table's 百万元/亿元, which is the unit of its amounts (| 单位：百万元 | … | P/E | 56.4 |).
# (| P/E（现价） |, | PE（动态） |, | PB（最新） |: a note on the price or basis, the row still a multiple)
_MULTIPLE_ROW = re.compile(rf"^(?:{VALUATION_MULTIPLES})(?:\s*[(（]\s*(?:TTM|ttm|LYR|x|X|倍|现价|当前|最新|动态|静态|摊薄"
                           rf"|{VALUATION_MULTIPLES})?\s*[)）])?$", re.IGNORECASE)  # | 市盈率(P/E) |
_PER_SHARE_ROW = re.compile(r"(?:EPS|BPS|DPS|每股收益|每股盈利|每股净资产|每股股利|每股股息|每股分红)(?:\s*[(（][^()（）]*[)）])?$",
                            re.IGNORECASE)
_RATE_ROW = re.compile(r"(?<!周转)(?<!市盈)(?<!市净)(?<!市销)率$|^(?:ROE|ROA|ROIC)$", re.IGNORECASE)
_CURRENCY_WORD = {"CNY": "元", "HKD": "港元", "USD": "美元", "EUR": "欧元", "JPY": "日元", "TWD": "新台币元"}


# A period opening a column header (| 2025E PE | 25Q3毛利率 |): what follows it names the column's measure.
_LEADING_PERIOD = re.compile(r"^\s*(?:FY)?(?:(?:19|20)?\d{2}(?:[AEF]|[QH][1-4])?|[1-4][QH]\d{2})(?:年度?)?\s*")
# | 指标 | 绝对数 | 比上年增长（%） |: a column stated in percent is in percent whatever its rows count in.
_PERCENT_HEADER = re.compile(r"[(（]\s*[%％]\s*[)）]\s*$")


@lru_cache(maxsize=4096)  # the cells of a column share their header
def _cell_unit(row_label: str | None, header: str | None, table_unit: str | None) -> str | None:
    """The unit of a number-only cell: the table's in a column headed in percent (_PERCENT_HEADER), else the
    row label's (its own or what its measure implies), else what the column header's measure implies
    (| 公司 | 2025E PE |: a company's row of an entity table), else the table's."""
    if header and _PERCENT_HEADER.search(header):
        return table_unit
    unit = _row_unit(row_label, table_unit)
    if unit != table_unit or not header:
        return unit
    return _row_unit(_LEADING_PERIOD.sub("", header), table_unit)


# | 月活跃用户（百万） |: a bare magnitude in parentheses after a noun of people or things counts them.
_BARE_MAGNITUDE = re.compile(rf"^{P.MAGNITUDE}$")
_PEOPLE_NOUNS = tuple(w for w, kind in IMPLIED_UNIT_NOUNS.items() if kind == "person")
# | 門店數目（期末） |, | 员工人数 |: a row or column that counts (people, households, things).
_COUNT_LABEL = re.compile(r"(?P<person>人数)$|(?P<household>户数)$|(?:数目|家数|个数|门店数|店数|网点数)$")


def _count_unit(label: str, parenthesis: str | None) -> str | None:
    """The unit text of a counting label: 月活跃用户（百万） -> 百万人, 门店数目 -> 个; None otherwise."""
    if parenthesis and _BARE_MAGNITUDE.match(parenthesis.strip()):
        noun = label[: label.rfind(parenthesis)].rstrip("（( ")
        return parenthesis.strip() + ("人" if noun.endswith(_PEOPLE_NOUNS) else "个") \
            if noun.endswith(_PEOPLE_NOUNS) or _COUNT_LABEL.search(noun) else None
    bare = _TRAILING_PARENTHESES.sub("", label).strip()
    m = _COUNT_LABEL.search(bare)
    if not m:
        return None
    return "人" if m["person"] else "户" if m["household"] else "个"


_NOTED_PERCENT = re.compile(r"[,，、;；]\s*[%％]\s*$")


@lru_cache(maxsize=4096)  # the cells of a row share their label
def _row_unit(row_label: str | None, table_unit: str | None) -> str | None:
    """"营业收入（亿元）": a unit in the row label applies to that row's cells and
    is more specific than the table's caption or header unit; so is the unit a row's measure implies
    (_MULTIPLE_ROW, _PER_SHARE_ROW, _RATE_ROW)."""
    m = _TRAILING_PARENTHESES.search(row_label or "")
    if m and parse_unit_text(m.group(1)):
        return m.group(1)
    if m and _NOTED_PERCENT.search(m.group(1)):  # | 民間消費（年增率，%） |: what the row is, then its unit
        return "%"
    if m and _HUNDREDTHS.search(m.group(1).strip()):
        return None
    label = fold(row_label or "").strip()
    counted = _count_unit(label, fold(m.group(1)) if m else None) if label else None
    if counted:
        return counted
    if _MULTIPLE_ROW.match(label):
        return "倍"
    if _PER_SHARE_ROW.search(label):
        parsed = parse_unit_text(table_unit) if table_unit else None
        return _CURRENCY_WORD.get(parsed[0]) if parsed and parsed[0] in MONEY else table_unit
    if _RATE_ROW.search(label) and (not table_unit or (parse_unit_text(table_unit) or ("",))[0] in MONEY):
        return "%"
    return table_unit


def quantity_id(doc_id: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:20]


# Which scans may match a segment is decided for all segments at once, in
# polars: bit i of a segment's mask is set when its text has a character of
# every class _SCANS[i] needs and a character of each class pair it needs
# right before one of the other (prefilter.raw_class: tested before
# folding); the next bits stand for implied quantities and for a bare table
# cell. A segment with no bit set has no quantity and so changes no paragraph
# currency (paragraph_yuan reads only quantities): the Python loop skips it.
_IMPLIED_BIT = len(_SCANS)
_CELL_SCAN = scanner(P.BARE_CELL)


def _raw_source(need: CharSet | tuple[CharSet, CharSet]) -> str | None:
    """A Rust regex for a needed class or pair of classes (None if raw_class cannot express it)."""
    parts = [raw_class(chars, folds()) for chars in (need if isinstance(need, tuple) else (need,))]
    return None if None in parts else "".join(parts)


def _needed(scans: tuple[Scanner, ...]) -> list[CharSet | tuple[CharSet, CharSet]]:
    """The character sets (narrowest first), then the pairs, every match of
    the scans needs, less those raw_class cannot express."""
    needs = [need for scan in scans for need in (*scan.need_sets, *scan.need_pairs)]
    return [need for need in needs if _raw_source(need) is not None]


@lru_cache(maxsize=1)
def _mask() -> tuple[pl.Expr, list[pl.Expr], pl.Expr]:
    """A first test that only drops segments without any bit (one class, so
    that the others run on fewer texts), one column per distinct need (has
    the text a match of it), and the mask: all of a bit's needs set it."""
    flags = [_needed((scan,)) for scan, _ in _SCANS]
    flags.append(_needed(NEEDED_SCANS))
    flags.append(_needed((_CELL_SCAN,)))  # the last bit: a bare cell
    names = {need: f"needs{i}" for i, need in enumerate(dict.fromkeys(need for flag in flags for need in flag))}
    tests = [pl.col("text").str.contains(_raw_source(need)).alias(name) for need, name in names.items()]
    bits = [pl.all_horizontal([names[need] for need in flag]) if flag else pl.lit(True) for flag in flags]
    mask = pl.sum_horizontal([bit.cast(pl.Int64) * (1 << i) for i, bit in enumerate(bits)]).alias("mask")
    if not all(flag and isinstance(flag[0], CharSet) for flag in flags):
        return pl.lit(True), tests, mask
    any_bit = pl.col("text").str.contains(raw_class(CharSet().union(*(flag[0] for flag in flags)), folds()))
    return any_bit, tests, mask


@lru_cache(maxsize=None)
def _scans_in(mask: int) -> tuple:
    """The scans a segment's mask allows; their plain patterns, as the mask
    has already found the characters the scans would look for."""
    return tuple((scan.pattern, build) for bit, (scan, build) in enumerate(_SCANS) if mask >> bit & 1)


def recognize_segments(segments: pl.DataFrame) -> pl.DataFrame:
    """QuantityModel rows for every segment (offsets into the document)."""
    rows: list[tuple] = []
    # A paragraph (parse block) carries its named currency from sentence to sentence.
    paragraph_col = pl.col("block_no" if "block_no" in segments.columns else "segment_id").alias("paragraph")
    cols = ("segment_id", "doc_id", "source", "line", "char_start", "text", "table_unit", "row_label", "header")
    any_bit, tests, mask = _mask()
    visited = (segments.lazy().select(*cols, paragraph_col).filter(any_bit).with_columns(*tests)
               .select(*cols, "paragraph", mask).filter(pl.col("mask") != 0)
               .with_columns(fold_column(pl.col("text")).alias("folded")).collect())
    yuan_by_paragraph: dict[tuple, str | None] = {}
    yuan_by_document: dict[str, DocumentYuan] = {}
    unnamed: list[int] = []  # rows in unnamed 元 written in Traditional characters (DocumentYuan)
    cells: list[int] = []  # table cells in unnamed 元 whose header and row label have no Traditional character
    for segment_id, doc_id, source, line, char_start, text, table_unit, row_label, header, block, bits, folded in zip(
            *(visited[name].to_list() for name in visited.columns)):
        unit = _cell_unit(row_label, header, table_unit) if source == "table" else table_unit
        paragraph = (doc_id, block)
        found, yuan_by_paragraph[paragraph] = _recognize(
            text, folded, unit, source == "table", header, row_label, yuan_by_paragraph.get(paragraph),
            _scans_in(bits), bool(bits >> _IMPLIED_BIT & 1))
        document = yuan_by_document.get(doc_id) or yuan_by_document.setdefault(doc_id, DocumentYuan())
        before = len(unnamed)
        for k, q in enumerate(found):
            if q.unit == "CNY" and unnamed_yuan(text[q.start:q.end], text, header, row_label, table_unit):
                unnamed.append(len(rows) + k)
            elif q.unit == "CNY" and source == "table" and bare_yuan(text[q.start:q.end]):
                cells.append(len(rows) + k)  # | EPS（元） | 4.12 |: no Traditional character of its own
        document.read(folded, table_unit, found, len(unnamed) > before)
        for q in found:
            rows.append((segment_id, doc_id, line + text.count("\n", 0, q.start), char_start + q.start,
                         char_start + q.end, text[q.start:q.end], float(q.value), q.unit, q.qualifier, q.signed))
    currency = {doc_id: c for doc_id, document in yuan_by_document.items() if (c := document.currency())}
    # a table cell in unnamed 元 is in the document's currency when the document writes such amounts in Traditional
    unnamed += [i for i in cells if yuan_by_document[rows[i][1]].traditional]
    for i in unnamed:  # 11月營收56.8億元 in a release that names only 新台幣: TWD
        if rows[i][1] in currency:
            rows[i] = rows[i][:7] + (currency[rows[i][1]],) + rows[i][8:]
    return _quantity_frame(rows)


_ROW_COLUMNS = ("segment_id", "doc_id", "line", "char_start", "char_end", "quote", "value", "unit", "qualifier", "signed")
_SCHEMA = empty_frame(QuantityModel).schema  # once: pandera builds it by deep copies


def _quantity_frame(rows: list[tuple]) -> pl.DataFrame:
    """QuantityModel frame of rows (_ROW_COLUMNS), with their ids; column
    lists convert much faster than rows."""
    columns = dict(zip(_ROW_COLUMNS, map(list, zip(*rows)))) if rows else {name: [] for name in _ROW_COLUMNS}
    columns["quantity_id"] = list(map(quantity_id, columns["doc_id"], columns["char_start"], columns["char_end"]))
    return pl.DataFrame({name: columns[name] for name in _SCHEMA}, schema=_SCHEMA)
