"""Numbers whose unit is implied by the sentence: "月活跃用户达7.36亿".

Reports often drop the unit after a magnitude when the metric noun names it
(用户 -> person, GMV -> money). A bare number with a Chinese magnitude takes the
unit of the people or things it counts right after it (超5亿用户), else of the
nearest metric noun before it in the same sentence
(lexicon.IMPLIED_UNIT_NOUNS); failing that, the unit of the nearest earlier
figure in the sentence that also carries a magnitude ("收入4.01亿元，较上年同期的
3.825亿增长4.8%"). With neither, the number is left out: no guessed units.
"""
from __future__ import annotations

import re

from pipelines.recognize import context as C
from pipelines.recognize import patterns as P
from pipelines.recognize.builders import MONEY, Quantity, compound_value, is_chinese, list_members, negative, qualifier_of
from pipelines.recognize.lexicon import IMPLIED_UNIT_NOUNS, MAGNITUDES, UNKNOWN_METRIC_ENDINGS
from pipelines.recognize.numerals import number_to_float
from pipelines.recognize.prefilter import scanner

_HAS_CN_MAGNITUDE = re.compile(r"[万亿]")
_BARE_MAGNITUDE = scanner(P.BARE_MAGNITUDE)
# A bare number is placed only with a Chinese magnitude (in its magnitude,
# compound head or numeral): text without one has none to place.
_CN_MAGNITUDE = re.compile(P.alt(w for w in MAGNITUDES if not w.isascii()))
_CN_MAGNITUDE_CHAR = re.compile("[" + "".join(sorted({c for w in MAGNITUDES if not w.isascii() for c in w})) + "]")
# Text with no match of one of these has no implied quantities.
NEEDED_SCANS = (scanner(_CN_MAGNITUDE), _BARE_MAGNITUDE)
_CLAUSE_BREAK = re.compile(r"[,，;；:：]")
_UNKNOWN_METRIC = re.compile(rf"[\u4e00-\u9fff][{UNKNOWN_METRIC_ENDINGS}]")


def _sentence_start(folded: str, pos: int) -> int:
    ends = [m.end() for m in P.SENTENCE_END.finditer(folded, 0, pos)]
    return ends[-1] if ends else 0


def _nouns(folded: str, begin: int, end: int) -> list[str]:
    """Metric nouns in folded[begin:end], overlapping ones included, by start:
    the last is the head of the compound nearest the number (付费用户 -> 用户)."""
    return [m.group(1) for m in P.IMPLIED_NOUN.finditer(folded, begin, end)]


def _unit_from_sentence(folded: str, start: int, earlier: list[Quantity], end: int | None = None) -> str | None:
    counted = P.IMPLIED_NOUN.match(folded, end) if end is not None else None
    if counted and IMPLIED_UNIT_NOUNS[counted.group(1)] != "money":
        return IMPLIED_UNIT_NOUNS[counted.group(1)]  # 超5亿用户在京东下单: the noun counted right after
    begin = _sentence_start(folded, start)
    clause_begin = max([begin] + [m.end() for m in _CLAUSE_BREAK.finditer(folded, begin, start)])
    before = [q for q in earlier if begin <= q.start and q.end <= start]
    nouns = _nouns(folded, clause_begin, start)
    if not nouns and _UNKNOWN_METRIC.search(folded, clause_begin, start):
        return None  # "收入达10亿元，播放量达2.2亿": 播放量 is not money
    nouns = nouns or _nouns(folded, max(begin, start - 40), start)
    if nouns:
        kind = IMPLIED_UNIT_NOUNS[nouns[-1]]
        if kind != "money":
            return kind
        amounts = [q for q in before if q.unit in MONEY]
        return amounts[-1].unit if amounts else "CNY"
    with_magnitude = [q for q in before if _HAS_CN_MAGNITUDE.search(folded[q.start:q.end])
                      and q.unit not in ("percent", "percentage_point", "times", "rank")]
    return with_magnitude[-1].unit if with_magnitude else None


def _magnitude_left(folded: str, chosen: list[Quantity]) -> bool:
    """Is a character of a Chinese magnitude outside the chosen quantities?
    Every number placed here has one (in its magnitude, compound head or
    numeral) and may not overlap a chosen quantity: if none is left, there
    is nothing to scan for (most magnitudes are in amounts: 1548亿元)."""
    return any(not any(q.start <= m.start() < q.end for q in chosen) for m in _CN_MAGNITUDE_CHAR.finditer(folded))


def implied_quantities(folded: str, chosen: list[Quantity]) -> list[Quantity]:
    """Bare-magnitude numbers not covered by `chosen`, with the sentence's unit."""
    out: list[Quantity] = []
    if not _CN_MAGNITUDE.search(folded) or not _magnitude_left(folded, chosen):
        return out
    for m in _BARE_MAGNITUDE.finditer(folded):
        num = m["num"]
        chinese = is_chinese(num)
        if not (m["mag"] or m["head"] or (chinese and _HAS_CN_MAGNITUDE.search(num))):
            continue
        start, end = m.start(), m.end()
        sign = m["sign"]
        if sign == "-" and C.range_dash(folded, m.start("sign")):
            sign, start = None, m.start("num")  # "3.8亿-4.2亿": a dash
        if any(q.start < end and start < q.end for q in chosen):
            continue
        if num in P.BARE_PLACES and not m["pre"] and not (m["mag"] and C.bare_hundred_stated(folded, start)):
            continue
        value = number_to_float(num)
        if value is None or C.vague(folded, start, num, chinese, bool(m["pre"])):
            continue
        qualifier = qualifier_of(m["pre"], m["mid"] or m["mid0"], m["suf"])
        if C.qualifier_in_word(folded, m["pre"], start):
            qualifier, start = "eq", start + len(m["pre"])
        if C.rate_base(folded, start) or (not sign and C.in_code(folded, m.start("head") if m["head"] else m.start("num"))):
            continue
        unit = _unit_from_sentence(folded, start, chosen, end)
        if unit is None:
            continue
        value = compound_value(m["head"], value * (MAGNITUDES[m["mag"]] if m["mag"] else 1.0))
        if value is None:
            continue
        if not m["pre"] and not chinese and not m["head"]:
            out.extend(q for q in list_members(folded, start, m["mag"], unit, None)
                       if not any(c.start < q.end and q.start < c.end for c in chosen))
        out.append(Quantity(start, end, -value if negative(sign) else value, unit, qualifier, sign is not None))
    return out
