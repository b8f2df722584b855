"""Pattern match -> Quantity: one builder per pattern in patterns.py.

Every builder takes the match on the folded text, the folded text and the
original text (for the few facts folding erases, such as a full-width comma)
and returns zero or more Quantity objects with spans into the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipelines.recognize import context as C
from pipelines.recognize import patterns as P
from pipelines.recognize.lexicon import (
    COMPOUND_HEADS, CURRENCY_PREFIXES, HALF_AFTER_VERBS, CURRENCY_WORDS, GENERIC_CURRENCY_WORDS, HUNDREDTHS_WORDS,
    LATIN_MAGNITUDES, MAGNITUDES,
    MAX_DISCOUNT_TENTHS, MONEY_SUBUNITS, QUALIFIER_INFIXES, QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES, SIGNS, UNIT_QUALIFIERS, UNIT_WORDS,
)
from pipelines.recognize.numerals import chinese_to_float, number_to_float
from pipelines.recognize.prefilter import first_class

MONEY = frozenset(CURRENCY_WORDS.values()) | frozenset(CURRENCY_PREFIXES.values())
# Units whose small Chinese-numeral counts are narrative (连续两年, 三大方向).
_NARRATIVE_UNITS = {"item", "person", "household", "year", "month", "day", "hour", "minute"}
_SPACES = re.compile(r"\s+")
# Ratios are never written with place-value heads (2兆8,943亿 is an amount).
_RATIO_UNITS = {"percent", "percentage_point", "times", "rank"}


class Quantity(NamedTuple):
    """A quantity found in a text (a named tuple: immutable and cheap to make,
    as every match makes one)."""
    start: int
    end: int
    value: float
    unit: str
    qualifier: str = "eq"
    signed: bool = False


def negative(sign: str | None) -> bool:
    """-, 负, ▼, ↓ make the value negative (lexicon.SIGNS)."""
    return SIGNS.get(sign or "", 1) < 0


def qualifier_of(pre: str | None, mid: str | None, suf: str | None) -> str:
    if pre:
        return QUALIFIER_PREFIXES[pre]
    if suf:
        return QUALIFIER_SUFFIXES[suf]
    if mid:
        return QUALIFIER_INFIXES[mid]
    return "eq"


def magnitude_of(mag: str | None, money_context: bool) -> float | None:
    """Factor of a magnitude word; None when it is not one here."""
    if not mag:
        return 1.0
    mag = mag.strip()
    # m/b alone read as million/billion only in a money context (US$3m);
    # elsewhere "5m" is more likely metres.
    if mag in LATIN_MAGNITUDES and mag not in ("k", "K", "bn") and not money_context:
        return None
    return MAGNITUDES[mag]


def compound_value(head: str | None, tail: float) -> float | None:
    """2兆 + 8,943亿 = 2.8943e12; 3亿 + 5000万 = 3.5e8. None unless every part
    is below the place value of the head before it (3亿50000万 is no number)."""
    if not head:
        return tail
    parts = [(number_to_float(h["n"]), COMPOUND_HEADS[h["place"]]) for h in P.HEAD_PART.finditer(head)]
    total = 0.0
    for i, (n, place) in enumerate(parts):
        following = parts[i + 1][0] * parts[i + 1][1] if i + 1 < len(parts) else tail
        if n is None or not 0 < following < place:
            return None
        total += n * place
    return total + tail


def is_chinese(num: str) -> bool:
    return not (num[0].isdigit() or num[0] == ".")


def tenths(value: float, word: str) -> float | None:
    """七成 = 70%, 八折 = 80%, 9.9折 = 99%, 75折 / 八五折 = 75% / 85%."""
    if word == "成":
        return value * 10
    if value == MAX_DISCOUNT_TENTHS or value >= 100:
        return None  # 十折 is full price, not a discount
    return value * 10 if value < 10 else value


def _unit_of(unit_word: str, value: float, has_mag: bool) -> tuple[str, float] | None:
    if unit_word in CURRENCY_WORDS:
        return CURRENCY_WORDS[unit_word], value
    if unit_word in HUNDREDTHS_WORDS:
        return HUNDREDTHS_WORDS[unit_word], value / 100
    if unit_word in UNIT_WORDS:
        unit, factor = UNIT_WORDS[unit_word]
        return unit, value * factor
    if unit_word in P.TENTHS_WORDS and not has_mag:
        pct = tenths(value, unit_word)
        return None if pct is None else ("percent", pct)
    return None


_SUBUNIT_START = first_class(P.SUBUNIT)


def _money_tail(folded: str, end: int, value: float) -> tuple[float, int]:
    """Sub-units after an amount: 五元三毛, 50元6角三分, 两美元又三美分."""
    for _ in range(2):
        if not _SUBUNIT_START.match(folded, end):
            break  # the usual case, told without slicing off the rest of the text
        sm = P.SUBUNIT.match(folded[end:])
        sub = number_to_float(sm["num"]) if sm else None
        if sub is None:
            break
        value += (1 if value >= 0 else -1) * sub * MONEY_SUBUNITS[sm["sub"]]
        end += sm.end()
    return value, end


_SUFFIX_AFTER_TAIL = re.compile(rf"({P.SUFFIX_QUALIFIER})")


def _tenths_tail(folded: str, end: int, value: float) -> tuple[float, int]:
    """七成六 = 76%, 三成半 = 35%."""
    tail = re.match(r"[ ]?([一二三四五六七八九半])(?![十百千万亿个位名家户人年月天成折])", folded[end:])
    if tail:
        value += 5 if tail.group(1) == "半" else chinese_to_float(tail.group(1))
        end += tail.end()
    return value, end


def _split_prefixed_pair(m: re.Match, folded: str, text: str) -> list[Quantity] | None:
    """"$20，300美圆" is two amounts ($20 and 300美圆), not 20,300.

    A full-width comma between a currency sign and a currency word separates
    two prices: an amount does not carry both a sign and a word. None when
    the match is not such a pair.
    """
    if not m["cur"] or m["cur"].isalpha() or m["unit"] not in CURRENCY_WORDS:
        return None
    comma = text.find("，", m.start("num"), m.end("num"))
    if comma < 0:
        return None
    first = number_to_float(folded[m.start("num"):comma])
    second = number_to_float(folded[comma + 1:m.end("num")])
    if first is None or second is None:
        return None
    sign = SIGNS.get(m["sign"], 1)
    return [Quantity(m.start(), comma, sign * first, CURRENCY_PREFIXES[m["cur"]], "eq", m["sign"] is not None),
            Quantity(comma + 1, m.end("unit"), second, CURRENCY_WORDS[m["unit"]])]


def _head(m: re.Match) -> str | None:
    """The compound head of a COMPOUND match (QUANTITY has no such group)."""
    return m["head"] if "head" in m.re.groupindex else None


def _names_no_figure(m: re.Match, folded: str, start: int, unit: str, value: float, chinese: bool) -> bool:
    """A number with a unit that still states no figure (FORMAT.md "Not counted")."""
    num, cur, sign, mag = m.group("num", "cur", "sign", "mag")
    num_start = m.start("head") if _head(m) else m.start("num")
    if cur and unit not in MONEY:
        return True
    if unit == "year" and (P.YEAR.match(num) or value >= 1900 or C.abbreviated_year(folded, num, m.end())
                           or C.minguo_year(folded, num, m.end())):
        return True  # 2024年, 24年收入 are periods
    if not cur and not sign and (C.in_code(folded, num_start) or C.multiplied(folded, start)):
        return True  # Q4单季, H1, FY25, 7×24小时
    if sign and not cur and C.hyphen_code(folded, m.start("sign"), unit):
        return True  # BY-015单药组, HK-101, PD-1: a product or target code, not a negative figure
    if chinese and not mag and unit in _NARRATIVE_UNITS and value <= 10:
        return True  # 连续两年, 两个方向: narrative counts
    if not cur and not sign and num_start and folded[num_start - 1] == "第" and unit not in MONEY \
            and unit not in _RATIO_UNITS:
        return True  # 第5家门店, 第十七条: an ordinal names a member, it counts nothing
    if unit in ("day", "month", "year") and C.landmark_rate(folded, m.end()):
        return True  # 12个月总生存率, 30天复购率: the landmark a rate is measured at names the rate
    # 过去3年, 最近3个月: a time window names a period
    return C.time_window(folded, m.start("sign") if sign else num_start, unit)


@lru_cache(maxsize=4096)  # a few unit words, spaced out in a few ways
def _unspaced(word: str) -> str:
    """A unit word without the blanks a spaced-out text puts in it."""
    return _SPACES.sub("", word)


def main_quantity(m: re.Match, folded: str, text: str) -> list[Quantity]:
    pre, cur, sign, num, mag, suf = m.group("pre", "cur", "sign", "num", "mag", "suf")
    unit_word = _unspaced(m["unit"])
    start = m.start()
    if sign == "-" and C.range_dash(folded, m.start("sign")):
        sign = None
        start = m.start("num") if not (pre or cur) else start
    pair = _split_prefixed_pair(m, folded, text) if cur else None
    if pair is not None:
        return pair
    if num in P.BARE_PLACES and not pre and not (mag and C.bare_hundred_stated(folded, start)):
        return []  # "单位：百万元" names a unit, "逾百亿元" states a figure
    value = number_to_float(num)
    chinese = is_chinese(num)
    if value is None or C.vague(folded, start, num, chinese, bool(pre)):
        return []
    scale = magnitude_of(mag, bool(cur))
    head = _head(m)
    total = None if scale is None else compound_value(head, value * scale)
    unit_value = None if total is None else _unit_of(unit_word, total, bool(mag or head))
    if unit_value is None:
        return []
    unit, value = unit_value
    end_of_unit = m.end("unit")
    if unit == "household" and C.counts_accounts(folded, start, end_of_unit):
        unit = "item"  # 宽带用户4,310万户: subscriber accounts
    if head and unit in _RATIO_UNITS:
        return []  # "增长2亿3.5%" is an amount and a rate, not one number
    if cur and unit_word in GENERIC_CURRENCY_WORDS:
        unit = CURRENCY_PREFIXES[cur]  # 港币12.5亿元 is HKD
    if _names_no_figure(m, folded, start, unit, value, chinese):
        return []
    if C.qualifier_in_word(folded, pre, start):
        # 签约80家, 最近3个月: the word's last character is no qualifier; 扩大约13个百分点: 大 ends the verb, 约 is one
        rest = pre[1:] if pre[0] == "大" else None
        start, pre = start + len(pre) - len(rest or ""), rest
    qualifier = qualifier_of(pre, m["mid"] or m["mid0"], suf)
    if qualifier == "eq" and unit_word in UNIT_QUALIFIERS:
        qualifier = UNIT_QUALIFIERS[unit_word]
    end = m.end()
    if negative(sign):
        value = -value
    if unit in MONEY:
        value, end = _money_tail(folded, end, value)
    if unit_word == "成":
        tenths_end = end
        value, end = _tenths_tail(folded, end, value)
        if end > tenths_end and not suf:  # 六成五左右: the qualifier follows the tail
            after = _SUFFIX_AFTER_TAIL.match(folded, end)
            if after:
                qualifier = qualifier if pre else QUALIFIER_SUFFIXES[after.group(1)]
                end = after.end()
    if qualifier == "eq" and not suf and C.within_duration(folded, end, unit):
        qualifier, end = "lt", end + 1  # 15个工作日内
    if C.rate_base(folded, start) or C.threshold(folded, end, qualifier, unit) or C.class_name(folded, end) \
            or C.condition(folded, start, end) or C.mainly_group(folded, start, end, qualifier) \
            or C.statistic_definition(folded, start, end, unit):
        return []
    if unit_word in ("名", "位") and folded[start - 1:start] == "前" and C.ranked_group(folded, end):
        return []  # 前10位的企业: the rank form naming a group, not ten people
    out = [Quantity(start, end, value, unit, qualifier, sign is not None)]
    # 1418/1562/1682亿元, 30-40%: earlier members share the last one's unit.
    if not pre and not cur and not chinese and not head:
        out = list_members(folded, start, mag, unit, unit_word) + out
    return out


# "/368bn" after "RMB 330bn": a later member of a list whose first names the currency (its own magnitude, or
# the first's).
# (not "/368亿元": a member with its own unit word is a quantity of its own)
_LATER_MEMBER = re.compile(r"[ ]?/[ ]?(\d+(?:\.\d+)?)(?:[ ]?(bn|mn|b|m|k))?(?![\d.%A-Za-z元美港欧日英亿万])(?!/[^\d ])")


def _later_members(folded: str, end: int, unit: str, scale: float) -> list[Quantity]:
    out = []
    for _ in range(4):
        m = _LATER_MEMBER.match(folded, end)
        if not m:
            break
        member_scale = MAGNITUDES[m.group(2)] if m.group(2) else scale
        out.append(Quantity(m.start(1), m.end(), float(m.group(1)) * member_scale, unit))
        end = m.end()
    return out


def list_members(folded: str, start: int, mag: str | None, unit: str, unit_word: str | None) -> list[Quantity]:
    """Earlier members of a list or range ending at `start` (1418/1562/1682亿元,
    30-40%): each shares the last member's magnitude and unit."""
    members: list[Quantity] = []
    pos = start
    while True:
        offset = max(0, pos - 40)
        stop = pos  # the window folded[offset:pos] less its trailing blanks
        while stop > offset and folded[stop - 1] in " \t":
            stop -= 1
        if not folded.endswith(P.LIST_SEPARATORS, offset, stop):
            break  # a member ends with its separator: no search needed
        window = folded[offset:pos]
        lm = P.LIST_MEMBER.search(window)
        value = number_to_float(lm["num"]) if lm else None
        if value is None or (unit == "year" and P.YEAR.match(lm["num"])):
            break
        factor = magnitude_of(lm["mag"] or mag, unit in MONEY) or 1.0
        if unit_word is None:
            unit_value = (unit, value * factor)
        else:
            unit_value = _unit_of(unit_word, value * factor, bool(lm["mag"] or mag))
        if unit_value is None:
            break
        value = -unit_value[1] if lm["sign"] == "-" else unit_value[1]
        a = offset + lm.start()
        members.insert(0, Quantity(a, offset + lm.start("sep"), value, unit, "eq", lm["sign"] is not None))
        pos = a
    return members


def _parse_prefix(num: str) -> tuple[float, int] | None:
    """Value of the longest parsable head of a Chinese numeral: 七十百(分位) -> 70, 2."""
    for cut in range(len(num), 0, -1):
        value = number_to_float(num[:cut])
        if value is not None:
            return value, cut
    return None


def fraction(m: re.Match, folded: str, text: str) -> list[Quantity]:
    """百分之五十六点二, 千分之一, 万分之三 -> percent."""
    if C.numeral_before(folded, m.start("den")) and not m["pre"] and not m["sign"]:
        return []
    den = P.FRACTION_WORDS[_SPACES.sub("", m["den"])]
    num = m["num"].rstrip()
    if C.vague(folded, m.start("num"), _SPACES.sub("", num), is_chinese(num.strip()), True):
        return []  # 百分之二三十
    parsed = (100.0, len(num)) if num.strip() in ("百", "佰") else _parse_prefix(num)
    if parsed is None:
        return []
    value, cut = parsed
    end = m.end()
    if cut < len(num):  # the numeral ran into a following word: stop where it parses
        end = m.start("num") + cut
    elif m["mag"]:
        value *= 1e3
    value = value * 100.0 / den
    if negative(m["sign"]):
        value = -value
    suffix = m["suf"] if end == m.end() else None
    some = None
    if end == m.end() and not suffix and is_chinese(num.strip()) and folded.startswith("几", end):
        end, some = end + 1, "几"  # 百分之十几, 百分之二十几: ten and some (spoken)
    return [Quantity(m.start(), end, value, "percent", qualifier_of(m["pre"], some, suffix), m["sign"] is not None)]


def simple_fraction(m: re.Match, folded: str, text: str) -> list[Quantity]:
    """三分之一 = 33.3%, 四分之三 = 75%."""
    den, num = number_to_float(m["den"]), number_to_float(m["num"])
    if not den or num is None or num >= den:
        return []
    return [Quantity(m.start(), m.end(), num * 100.0 / den, "percent", qualifier_of(m["pre"], None, None))]


def prefixed_money(m: re.Match, folded: str, text: str) -> list[Quantity]:
    """A bare amount after a currency sign: $20, ￥300, US$1.2bn."""
    if "，" in text[m.start("num"):m.end("num")] and P.QUANTITY.match(folded, m.start()):
        return []  # "$20，300美圆": main_quantity splits the pair
    value = number_to_float(m["num"])
    mag = magnitude_of(m["mag"] or m["mag2"], True)
    if value is None or mag is None:
        return []
    value = compound_value(m["head"], value * mag)
    if value is None:
        return []
    value *= -1 if negative(m["sign"]) else 1
    unit, qualifier = CURRENCY_PREFIXES[m["cur"]], qualifier_of(m["pre"], None, m["suf"])
    if not (m["mag"] or m["head"] or m["num2"] or m["suf"]) and P.PREFIXED_HUNDREDTHS.match(folded, m.end()):
        return [Quantity(m.start(), m.end() + 1, value / 100, unit, qualifier, m["sign"] is not None)]  # 人民幣42.8分
    if m["num2"] and not m["head"]:
        # "US$1.2-1.5bn": two members with the sign's currency and the shared magnitude
        second, mag2 = number_to_float(m["num2"]), magnitude_of(m["mag2"] or m["mag"], True)
        if second is None or mag2 is None:
            return []
        first_end = m.end("mag") if m["mag"] else m.end("num")
        return [Quantity(m.start(), first_end, value, unit, qualifier, m["sign"] is not None),
                Quantity(m.start("num2"), m.end(), second * mag2, unit, qualifier)]
    first = Quantity(m.start(), m.end(), value, unit, qualifier, m["sign"] is not None)
    return [first] + _later_members(folded, m.end(), unit, mag)  # RMB 330bn/368bn: later members share the currency


def spaced_discount(m: re.Match, folded: str, text: str) -> list[Quantity]:
    """"7 2 折" (spelled-out spacing) = 72折 = 72%."""
    value = tenths(float(m["a"] + m["b"]), "折")
    return [] if value is None else [Quantity(m.start(), m.end(), value, "percent")]


def doubling(m: re.Match, folded: str, text: str) -> list[Quantity]:
    """翻倍 / 翻番 = 2 times, 翻两番 = 4 times."""
    return [Quantity(m.start(), m.end(), P.DOUBLING_VALUES[m["n"]], "times", qualifier_of(m["pre"], None, None))]


def digit_count(m: re.Match, folded: str, text: str) -> list[Quantity]:
    """两位数增长 = at least 10%, 三位数 = at least 100%, 个位数 = below 10% (patterns.DIGIT_COUNT)."""
    start = m.start() - 1
    if not m["after"] and not P.DIGIT_COUNT_BEFORE.search(folded, max(0, start - 10), start):
        return []
    count = folded[start]
    qualifier = "lt" if count == "个" or m["suf"] == "以内" else "gt"
    end = m.end("suf") if m["suf"] else m.start() + 2
    return [Quantity(start, end, P.DIGIT_COUNT_VALUES[count], "percent", qualifier)]


def half(m: re.Match, folded: str, text: str) -> list[Quantity]:
    """打对折 / 半折 = 50%, 半成 = 5%."""
    word_start = m.start("word")
    if m["word"] == "对折" and not C.half_discount(folded, word_start, m.end()):
        return []
    value = 5.0 if m["word"] == "半成" else 50.0
    return [Quantity(word_start, m.end(), value, "percent")]


_CHANGED_BY = re.compile(r"(?:" + "|".join(HALF_AFTER_VERBS) + r")了?\Z")


def half_of(m: re.Match, folded: str, text: str) -> list[Quantity]:
    """近一半 / 超过一半 / 一半以上 = 50% with its bound; a bare 一半 only as the size of a change
    (减少了一半, 提速一半): elsewhere (一半是…, 各占一半) it is a way of speaking."""
    if not m["pre"] and not m["suf"] and not _CHANGED_BY.search(folded, max(0, m.start() - 4), m.start()):
        return []
    return [Quantity(m.start(), m.end(), 50.0, "percent", qualifier_of(m["pre"], None, m["suf"]))]


# 分列第二、三位: later places of a list after 第N, written without their 第, the last one with 名/位.
_LATER_PLACES = re.compile(rf"((?:、[{P.CN_DIGITS}十]{{1,3}})+)(名|位)")


def _later_places(folded: str, end: int) -> list[Quantity]:
    m = _LATER_PLACES.match(folded, end)
    if not m:
        return []
    out, pos = [], end
    for member in m.group(1).split("、")[1:]:
        pos += 1
        value = number_to_float(member)
        if value is None:
            return []
        last = pos + len(member) == m.start(2)
        out.append(Quantity(pos, pos + len(member) + (1 if last else 0), value, "rank"))
        pos += len(member)
    return out


def rank(m: re.Match, folded: str, text: str) -> list[Quantity]:
    """第一, 第2名 (eq); 前两名, TOP3 (lt: at most that place)."""
    value = number_to_float(m["num"])
    if value is None:
        return []
    nxt = folded[m.end():m.end() + 2]
    if m["kind"] == "第":
        if not m["tail"] and nxt and (
                P.RANK_NOT_BEFORE.match(nxt) or (re.match(r"\w", nxt[0]) and not nxt.startswith("的"))):
            return []
        if m["tail"] and C.ranked_group(folded, m.end()):
            return []  # 第一名客户销售额占比: the customer in first place, a group named by its place
        return [Quantity(m.start(), m.end(), value, "rank")] + _later_places(folded, m.end())
    if m["kind"] == "前" and not m["tail"] and not C.placed_in_top(folded, m.start(), m.end()):
        return []
    if C.ranked_group(folded, m.end()):
        return []  # 前五名企业合计占比: the top N name a group, not the owner's place
    return [Quantity(m.start(), m.end(), value, "rank", "lt")]


MATCHERS = (
    (P.FRACTION, fraction),
    (P.SIMPLE_FRACTION, simple_fraction),
    (P.DOUBLING, doubling),
    (P.HALF_TENTHS, half),
    (P.DIGIT_COUNT, digit_count),
    (P.HALF, half_of),
    (P.SPACED_DISCOUNT, spaced_discount),
    (P.QUANTITY, main_quantity),
    (P.COMPOUND, main_quantity),
    (P.PREFIXED_MONEY, prefixed_money),
    (P.RANK, rank),
)
