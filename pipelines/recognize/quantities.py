"""Find every quantity in a segment: value normalised, unit, qualifier.

`recognize_text` works on one string and returns spans relative to it; it
knows nothing of documents, so it is what the table-driven tests call.
`recognize_segments` maps it over the parse stage's segments and returns a
QuantityModel frame with document offsets.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

import polars as pl

from pipelines.recognize import patterns as P
from pipelines.recognize.lexicon import (
    CURRENCY_PREFIXES, CURRENCY_WORDS, LATIN_MAGNITUDES, MAGNITUDES, MONEY_SUBUNITS,
    QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES, UNIT_WORDS, VAGUE_PREFIXES,
)
from pipelines.recognize.numerals import chinese_to_float, number_to_float
from pipelines.recognize.textnorm import fold
from pipelines.schemas import QuantityModel, empty_frame

_MONEY = set(CURRENCY_WORDS.values()) | set(CURRENCY_PREFIXES.values())
# Units whose small Chinese-numeral counts are narrative (连续两年, 三大方向).
_NARRATIVE_UNITS = {"item", "person", "household", "year", "month", "day", "hour", "minute"}
_CLAUSE_BREAK = re.compile(r"[,，。；;：:！？!?\n]")
_ENDS_WITH_NUMBER = re.compile(rf"{P.ARABIC}(?:{P.MAGNITUDE})?%?\s*$")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str
    qualifier: str = "eq"
    signed: bool = False


def _qualifier(pre: str | None, mid: str | None, suf: str | None) -> str:
    if pre:
        return QUALIFIER_PREFIXES[pre]
    if suf:
        return QUALIFIER_SUFFIXES[suf]
    if mid:
        return "gt"
    return "eq"


def _magnitude(mag: str | None, has_currency_prefix: bool) -> float | None:
    if not mag:
        return 1.0
    mag = mag.strip()
    # m/b alone read as million/billion only in a money context (US$3m);
    # elsewhere "5m" is more likely metres.
    if mag in LATIN_MAGNITUDES and mag not in ("k", "K", "bn") and not has_currency_prefix:
        return None
    return MAGNITUDES[mag]


def _is_chinese(num: str) -> bool:
    return not (num[0].isdigit() or num[0] == ".")


def _rate_base(folded: str, start: int) -> bool:
    """每增长1亿元 / 每创建1个: the number is the base of a rate, not a figure."""
    clause = _CLAUSE_BREAK.split(folded[max(0, start - 8):start])[-1]
    return "每" in clause[-5:]


def _threshold(folded: str, end: int, qualifier: str, unit: str) -> bool:
    """超过2万元的人数 / 破百万的直播间: a bound that defines a group."""
    return qualifier in ("gt", "lt") and unit != "percent" and folded[end:end + 1] == "的"


def _tenths(value: float, word: str) -> float:
    if word == "成":
        return value * 10
    # 八折 = 80%, 9.9折 = 99%, 75折 / 八五折 = 75% / 85%.
    return value * 10 if value < 10 else value


def _main_quantity(m: re.Match, folded: str) -> list[Quantity]:
    num, unit_word = m["num"], re.sub(r"\s+", "", m["unit"])
    start = m.start()
    sign = m["sign"]
    # "30%-40%", "3亿-4亿元": a '-' after a number is a range dash, not a sign.
    if sign == "-" and _ENDS_WITH_NUMBER.search(folded[:m.start("sign")]):
        sign = None
        start = m.start("num") if not (m["pre"] or m["cur"]) else start
    value = number_to_float(num)
    if value is None:
        return []
    chinese = _is_chinese(num)
    if chinese and start > 0 and folded[start - 1] in VAGUE_PREFIXES and not m["pre"]:
        return []  # 数十名, 几百个: no bound
    mag = _magnitude(m["mag"], bool(m["cur"]))
    if mag is None:
        return []
    value *= mag
    if unit_word in CURRENCY_WORDS:
        unit = CURRENCY_WORDS[unit_word]
    elif unit_word in UNIT_WORDS:
        unit, factor = UNIT_WORDS[unit_word]
        value *= factor
    elif unit_word in P.TENTHS_WORDS:
        if m["mag"]:
            return []
        unit, value = "percent", _tenths(value, unit_word)
    else:  # pragma: no cover - the pattern only matches known words
        return []
    if m["cur"] and unit not in _MONEY:
        return []
    if unit == "year" and (P.YEAR.match(num) or value >= 1900):
        return []  # 2024年 is a period
    if chinese and not m["mag"] and unit in _NARRATIVE_UNITS and value <= 10:
        return []  # 连续两年, 两个方向: narrative counts
    qualifier = _qualifier(m["pre"], m["mid"], m["suf"])
    end = m.end()
    if m["pre"] and qualifier == "approx" and m["pre"] == "近" and start > 0 and folded[start - 1] in "最附靠":
        qualifier, start = "eq", start + 1  # 最近3个月: not "nearly"
    if sign in ("-", "负"):
        value = -value
    # Money sub-units: 五元三毛, 50元6角三分, 两美元又三美分
    if unit in _MONEY:
        for _ in range(2):
            sm = P.SUBUNIT.match(folded[end:])
            if not sm:
                break
            sub = number_to_float(sm["num"])
            if sub is None:
                break
            value += (1 if value >= 0 else -1) * sub * MONEY_SUBUNITS[sm["sub"]]
            end += sm.end()
    # 七成六 = 76%, 三成半 = 35%
    if unit_word == "成":
        tail = re.match(r"[ ]?([一二三四五六七八九半])(?![\u4e00-\u9fff])", folded[end:])
        if tail:
            value += 5 if tail.group(1) == "半" else chinese_to_float(tail.group(1))
            end += tail.end()
    if _rate_base(folded, start) or _threshold(folded, end, qualifier, unit):
        return []
    out = [Quantity(start, end, value, unit, qualifier, sign is not None)]
    # 1418/1562/1682亿元, 30-40%: earlier members share the last one's unit.
    if not m["pre"] and not m["cur"] and not chinese:
        out = _list_members(folded, start, m, unit, unit_word) + out
    return out


def _list_members(folded: str, start: int, m: re.Match, unit: str, unit_word: str) -> list[Quantity]:
    members: list[Quantity] = []
    pos = start
    while True:
        lm = P.LIST_MEMBER.search(folded[max(0, pos - 40):pos])
        if not lm:
            break
        offset = max(0, pos - 40)
        a = offset + lm.start()
        value = number_to_float(lm["num"])
        if value is None:
            break
        mag = _magnitude(lm["mag"] or m["mag"], False) or 1.0
        value *= mag
        if unit_word in UNIT_WORDS:
            value *= UNIT_WORDS[unit_word][1]
        elif unit_word in P.TENTHS_WORDS:
            value = _tenths(value, unit_word)
        if unit == "year" and P.YEAR.match(lm["num"]):
            break
        if lm["sign"] == "-":
            value = -value
        members.insert(0, Quantity(a, offset + lm.start("sep"), value, unit, "eq", lm["sign"] is not None))
        pos = a
    return members


def _fraction(m: re.Match, folded: str) -> list[Quantity]:
    den = P.FRACTION_WORDS[re.sub(r"\s+", "", m["den"])]
    num = m["num"].strip()
    value = 100.0 if num in ("百", "佰") else number_to_float(num)
    if value is None:
        return []
    if m["mag"]:
        value *= 1e3
    value = value * 100.0 / den
    if m["sign"] in ("-", "负"):
        value = -value
    return [Quantity(m.start(), m.end(), value, "percent", _qualifier(m["pre"], None, m["suf"]), m["sign"] is not None)]


def _prefixed_money(m: re.Match, folded: str) -> list[Quantity]:
    value = number_to_float(m["num"])
    mag = _magnitude(m["mag"], True)
    if value is None or mag is None:
        return []
    value *= mag * (-1 if m["sign"] == "-" else 1)
    return [Quantity(m.start(), m.end(), value, CURRENCY_PREFIXES[m["cur"]],
                     _qualifier(m["pre"], None, m["suf"]), m["sign"] is not None)]


def _doubling(m: re.Match, folded: str) -> list[Quantity]:
    return [Quantity(m.start(), m.end(), P.DOUBLING_VALUES[m["n"]], "times", _qualifier(m["pre"], None, None))]


def _half(m: re.Match, folded: str) -> list[Quantity]:
    value = 5.0 if m["word"] == "半成" else 50.0
    return [Quantity(m.start("word"), m.end(), value, "percent")]


def _rank(m: re.Match, folded: str) -> list[Quantity]:
    value = number_to_float(m["num"])
    if value is None:
        return []
    nxt = folded[m.end():m.end() + 2]
    if m["kind"] == "第":
        if not m["tail"]:
            if nxt and (P.RANK_NOT_BEFORE.match(nxt) or (re.match(r"[\w]", nxt[0]) and not nxt.startswith("的"))):
                return []
        return [Quantity(m.start(), m.end(), value, "rank")]
    if m["kind"] == "前" and not m["tail"]:
        return []
    return [Quantity(m.start(), m.end(), value, "rank", "lt")]


_MATCHERS = (
    (P.FRACTION, _fraction),
    (P.DOUBLING, _doubling),
    (P.HALF_TENTHS, _half),
    (P.QUANTITY, _main_quantity),
    (P.PREFIXED_MONEY, _prefixed_money),
    (P.RANK, _rank),
)


def parse_unit_text(text: str | None) -> tuple[str, float] | None:
    """'人民币百万元' -> ('CNY', 1e6); '%' -> ('percent', 1.0); None if not a unit."""
    if not text:
        return None
    found = recognize_text("1" + text.strip())
    if len(found) == 1 and found[0].start == 0:
        return found[0].unit, found[0].value
    return None


def _bare_cell(text: str, table_unit: str | None) -> list[Quantity]:
    folded = fold(text)
    m = P.BARE_CELL.match(folded)
    if not m or P.YEAR.match(m["num"]):
        return []
    value = number_to_float(m["num"])
    if value is None:
        return []
    if m["pct"]:
        unit, scale = "percent", 1.0
    else:
        parsed = parse_unit_text(table_unit)
        if parsed is None:
            return []
        unit, scale = parsed
    mag = _magnitude(m["mag"], unit in _MONEY) or 1.0
    negative = m["sign"] == "-" or bool(m["open"] and m["close"])
    value = value * scale * mag * (-1 if negative else 1)
    s, e = len(text) - len(text.lstrip()), len(text.rstrip())
    return [Quantity(s, e, value, unit, "eq", negative or m["sign"] == "+")]


def recognize_text(text: str, *, table_unit: str | None = None, is_cell: bool = False) -> list[Quantity]:
    """Every quantity in text, left to right, non-overlapping; spans index text."""
    folded = fold(text)
    candidates: list[Quantity] = []
    for pattern, build in _MATCHERS:
        for m in pattern.finditer(folded):
            candidates.extend(build(m, folded))
    # Keep the earliest, then longest, non-overlapping candidates.
    candidates.sort(key=lambda q: (q.start, -(q.end - q.start)))
    chosen: list[Quantity] = []
    last_end = -1
    for q in candidates:
        if q.start >= last_end and q.end > q.start:
            chosen.append(q)
            last_end = q.end
    if is_cell and not chosen:
        chosen = _bare_cell(text, table_unit)
    return chosen


def quantity_id(doc_id: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:20]


def recognize_segments(segments: pl.DataFrame) -> pl.DataFrame:
    """QuantityModel rows for every segment (offsets into the document)."""
    rows = []
    for seg in segments.select("segment_id", "doc_id", "source", "line", "char_start", "text", "table_unit").iter_rows(named=True):
        text = seg["text"]
        for q in recognize_text(text, table_unit=seg["table_unit"], is_cell=seg["source"] == "table"):
            start, end = seg["char_start"] + q.start, seg["char_start"] + q.end
            rows.append({
                "quantity_id": quantity_id(seg["doc_id"], start, end),
                "segment_id": seg["segment_id"], "doc_id": seg["doc_id"],
                "line": seg["line"] + text.count("\n", 0, q.start),
                "char_start": start, "char_end": end, "quote": text[q.start:q.end],
                "value": float(q.value), "unit": q.unit, "qualifier": q.qualifier, "signed": q.signed,
            })
    if not rows:
        return empty_frame(QuantityModel)
    return pl.DataFrame(rows, schema=empty_frame(QuantityModel).schema)
