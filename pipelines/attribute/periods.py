"""Period expressions -> normalised labels (2024, 2024Q4, 2024H1, 2024-11, FY2025E).

`find_periods` returns every period mention in a text with its span. A mention
may lack a year (第四季度, Q4, 双11) and is completed from the context year; a
relative mention (去年, 去年同期, 上季度) is resolved against the context period
and is only used for the figure it directly names ("由去年的X增至Y"). A year
range ("2024-2026年") is kept as a range so a list of figures can take
successive years. `normalise_period` is the one-string entry point.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipelines.recognize.textnorm import fold

_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_CN_M = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
         "十一": 11, "十二": 12}


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    year: int | None
    label_suffix: str = ""  # "", "Q4", "H1", "-11"
    estimate: bool = False
    last_year: int | None = None  # set for a year range 2024-2026
    relative: int | None = None  # years back/forward for 去年 (-1), 今年 (0)
    relative_quarter: bool = False  # 上季度: one quarter back from the context
    relative_month: bool = False  # 上月: one month back from the context
    same_period: bool = False  # 去年同期: the context's sub-period, a year back
    quarter_range: tuple[int, int] | None = None  # Q1-Q3: quarters a..b of one year

    @property
    def is_range(self) -> bool:
        return self.last_year is not None

    def label(self, context_year: int | None, context_label: str | None = None) -> str | None:
        if self.relative_quarter:
            return shift_quarter(context_label, -1) if context_label else None
        if self.relative_month:
            return shift_month(context_label, -1) if context_label else None
        if self.relative is not None:
            if context_year is None:
                return None
            if self.same_period and context_label:
                return shift_year(context_label, self.relative)
            return str(context_year + self.relative)
        if self.is_range:
            return None
        year = self.year or context_year
        if year is None:
            return None
        if self.quarter_range:  # Q1-Q3 -> 2024-01~09; Q1-Q4 -> the year; Q3-Q4 -> 2024H2
            a, b = self.quarter_range
            first, last = 3 * a - 2, 3 * b
            return f"{year}" + {(1, 12): "", (1, 6): "H1", (7, 12): "H2"}.get((first, last), f"-{first:02d}~{last:02d}")
        if self.estimate:
            return f"FY{year}E"
        return f"{year}{self.label_suffix}"

    def years(self) -> list[int]:
        """The years of a range, first to last."""
        if self.year is None:
            return []
        return list(range(self.year, (self.last_year or self.year) + 1))


_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ROC_YEAR = (r"(?:(?<![\d.])|(?<=^\d\.))(?P<roc>1[0-4]\d|[89]\d)(?=年(?:度|第|[上下]半|前|累计|全年|(?:1[0-2]|0?[1-9])月|Q[1-4])"
             # …；115年經濟成長率…: a bare year of this century opening a clause before a noun (context.minguo_year)
             r"|(?:(?<=^1[0-3]\d)|(?<=[,;:、及和至到与。\n]1[0-3]\d))年(?=[\u4e00-\u9fff])(?![来以历之的间后多余左前内期]))")
_NOT_DIGIT_BEFORE = r"(?<![\d.])"
# A date's month and day as Hong Kong announcements write them after a year (二零二四年十二月三十一日, whose
# year textnorm has folded to 2024年): Arabic or Chinese numerals.
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_CN_DAY = r"[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
# Order matters: earlier patterns win overlapping spans.
# (kind, needs, pattern): every match of the pattern contains one of the characters in needs (a string), or one
# of the words (a tuple: 618, where any one digit would let most figures through), so a text without any of them
# is not scanned with it.
_PATTERNS: list[tuple[str, str | tuple[str, ...], re.Pattern]] = [
    # 2024-2026年 / 2024~2026E / 2024-26年 / 2024E-2026E / 2024年至2026年: a range
    ("range", "-~～至到/", re.compile(_NOT_DIGIT_BEFORE + rf"{_YEAR}(?:年|E)?\s?[-~～至到/]\s?(?P<last>(?:19|20)\d{{2}}|\d{{2}})"
                         r"(?:年|[EF](?![A-Za-z]))(?P<est>E(?![A-Za-z]))?")),  # not the E of 2027年EPS
    # 25-27年 / 25-27E: a range of two-digit years, as research notes abbreviate them
    ("range", "-~～至到/", re.compile(_NOT_DIGIT_BEFORE + r"(?P<y2>[12]\d)\s?[-~～至到/]\s?(?P<last>[12]\d)"
                                     r"(?:年(?![的以之内左右期间来后前,，。;；:：、\s]|$)|E(?![A-Za-z]))")),  # not 寿命15-20年。
    # FY25E/FY26E / FY2025-FY2027E: fiscal years in a list or range, as research notes revise forecasts
    ("range", "F", re.compile(r"FY(?:(?P<year>(?:19|20)\d{2})|(?P<y2>\d{2}))[EF]?\s?[-~～/]\s?"
                             r"FY(?P<last>(?:19|20)\d{2}|\d{2})[EF]?(?![A-Za-z\d])")),
    # 2024年Q1-Q3 / Q1-Q4 / 一至三季度: a run of quarters of one year; research notes write the year last,
    # 1-3Q25 / 1Q-3Q25 / 1-3Q2025, or two-digit first, 25Q1-Q3 / 25Q1-3
    ("qrange", "Q至", re.compile(r"(?:" + _YEAR + r"年?|" + _NOT_DIGIT_BEFORE + r"(?P<y2a>\d{2}))?"
                          r"(?:Q(?P<qa>[1-4])\s?[-~～至到]\s?Q?(?P<qb>[1-4])(?!\d)"
                          r"|(?P<ca>[一二三])至(?:第)?(?P<cb>[二三四])季度)"
                          r"|" + _NOT_DIGIT_BEFORE + r"(?P<qa2>[1-4])Q?\s?[-~～]\s?(?P<qb2>[1-4])Q(?:(?P<y4>(?:19|20)\d{2})|(?P<y2b>\d{2}))?(?!\d)")),
    # 截至2024年6月30日止六个月 / 止三个月 / 止九个月 / 止年度: the span ending on that date
    ("ending", "截", re.compile(r"截至?" + _YEAR + r"年(?P<m>" + _MONTH + r")月(?:\d{1,2}|" + _CN_DAY + r")日止?(?:的)?"
                          r"(?P<span>(?:十[一二]|[一二两三四五六七八九十]|1[0-2]|[1-9])个月|年度|财年|一年|半年)")),
    # 截至2024年10月31日: a stock at a month's end is that month's (at 12月31日, the year's); 截至6月30日
    # without a year: the month of the context's year
    ("asof", "截", re.compile(r"截[至止]到?(?:" + _YEAR + r"年)?(?P<m>" + _MONTH + r")月(?P<d>\d{1,2}|" + _CN_DAY
                             + r")日(?!止)")),
    # 於2024年6月30日，本集團共有門店326間: "at" a date that opens a clause states a stock as of it, as 截至 does
    # (Hong Kong announcements; 公司于2025年3月28日召开董事会: a date inside the clause is an event's)
    ("asof", "于", re.compile(r"于(?:" + _YEAR + r"年)?(?P<m>" + _MONTH + r")月(?P<d>\d{1,2}|" + _CN_DAY + r")日(?=\s?,)")),
    # 618 (the mid-year shopping festival, 18 June) before a word of the event: 618期间, 2024年618大促
    ("d618", ("618",), re.compile(r"(?:" + _YEAR + r"年)?(?<![\d.])618(?=期间|大促|当天|购物节|年中|活动|战报|开门红|预售|狂欢|全周期"
                             r"|前夕|以来|收官|首日)")),
    # 2025年第48周 (a weekly's title): the month that week falls in (its Thursday's, as ISO weeks count)
    ("week", "周", re.compile(_YEAR + r"年?第(?P<w>[1-5]?\d)周")),
    # FY2025E, 2025E, 2025年E: estimates
    ("estimate", "EF", re.compile(_NOT_DIGIT_BEFORE + r"(?:FY)?(?P<year>(?:19|20)\d{2})\s?(?:年)?[EF](?![A-Za-z])")),
    ("estimate", "E", re.compile(_NOT_DIGIT_BEFORE + r"(?<!FY)(?<![QH])(?P<y2>[12]\d)E(?![A-Za-z\d])")),  # 25E PE, 26E EPS (FY26E: below;
    # 3Q25E / 1H25E: an estimate of the quarter, below)
    ("fy", "F", re.compile(r"FY(?P<y2>\d{2})(?P<est>[EF])?(?![A-Za-z\d])")),
    # 24Q4 / 2024Q4 / 4Q24 / 1H24 / 2024H1; FY25Q3 / FY2025Q3: a quarter of the fiscal year as written
    ("short", "Q", re.compile(_NOT_DIGIT_BEFORE + r"(?:FY)?(?P<y2>\d{2})Q(?P<q>[1-4])(?!\d)")),
    ("short", "Q", re.compile(rf"(?:FY)?{_YEAR}\s?Q(?P<q>[1-4])")),
    ("short", "Q", re.compile(_NOT_DIGIT_BEFORE + r"(?P<q>[1-4])Q(?:(?P<y2>\d{2})|" + _YEAR + r")(?!\d)")),  # 3Q25, 3Q2025
    ("short", "H", re.compile(rf"{_YEAR}\s?H(?P<h>[12])")),
    ("short", "H", re.compile(_NOT_DIGIT_BEFORE + r"(?P<h>[12])H(?P<y2>\d{2})(?!\d)")),
    ("short", "H", re.compile(_NOT_DIGIT_BEFORE + r"(?P<y2>\d{2})H(?P<h>[12])(?!\d)")),  # 25H1
    # 2024年第四季度 / 2024年Q4 / 2024年上半年 / 2024年11月 / 2024年1-2月 / 2024年双十一 / 2024年
    # (a two-digit year only before a sub-period: 25年Q3, 25年前三季度, 25年上半年; 25年 alone may be a duration)
    ("full", "年", re.compile(
        rf"(?:{_YEAR}|" + _NOT_DIGIT_BEFORE + r"(?P<y2>[12]\d)(?=年(?:Q[1-4]|第|前[一二两三]|[上下]半年|[一二三四]季度|1[0-2]月|[1-9]月"
        r"|\d+(?:\.\d+)?(?:倍|x|X)(?:PE|PB|P/E|P/B)?)))"  # (对应26年22倍PE: the year a multiple values)
        r"(?:财年|财政年度|会计年度|年度|年)\s?(?:第(?P<cq>[一二三四1-4])财?季度?|(?P<cq2>[一二三四])季度|Q(?P<q>[1-4])"
        r"|(?P<cq3>[一三])季报"  # 2025年三季报: the third-quarter report (一季报 the first's)
        r"|(?P<half>上|下)半年|(?P<interim>中期(?!分红|股息|派息)|半年度|半年报|中报)|[前首](?P<nq>[一二两三123])季度?"
        r"|[前首](?P<nm>1[01]|[2-9]|十一|十|[二三四五六七八九])个?月"
        r"|(?P<m>1[0-2]|0?[1-9])(?:月?[-~至到](?P<m2>1[0-2]|0?[1-9]))?月份?(?!\d*日)"
        r"|(?P<d11>双十一|双11)|(?P<fest>国庆节?|十一黄金周|劳动节|五一(?=假期|黄金周|期间|小长假|长假)|双十二|双12)"
        r"|(?P<cm>十[一二]|[一二三四五六七八九十])月(?!(?:" + _CN_DAY + r")日)份?|[底末](?![期尾]))?")),  # 2026年底: the year's end, the year's
    # Taiwan's Minguo years before a month, quarter or span (113年11月 -> 2024-11, 112年度 -> 2023); a bare
    # 113年 is left alone (成立100年 is a duration)
    ("full", "年", re.compile(
        rf"{_ROC_YEAR}(?:年度|年)\s?(?:第(?P<cq>[一二三四1-4])财?季度?|(?P<cq2>[一二三四])季度|Q(?P<q>[1-4])"
        r"|(?P<half>上|下)半年|(?P<interim>中期(?!分红|股息|派息))|前(?P<nq>[一二两三123])季度?"
        r"|[前首](?P<nm>1[01]|[2-9]|十一|十|[二三四五六七八九])个?月"
        r"|(?P<m>1[0-2]|0?[1-9])(?:月?[-~至到](?P<m2>1[0-2]|0?[1-9]))?月份?(?!\d*日)"
        r"|(?P<d11>双十一|双11)|(?P<cm>十[一二]|[一二三四五六七八九十])月)?")),
    # relative to the context: 去年同期, 去年, 上年, 今年, 上季度
    ("relative", "去上前今本明", re.compile(r"(?P<rel>去年同期|上年同期|去年|上年|上一年|前年|今年|本年|明年|上季度|上一季度|前一季度"
                            r"|上一?季(?![度末初])|上个?月(?![末初底份]))")),
    # without a year: 第四季度 / Q4 / 四季度 / 上半年 / 双十一 / 11月
    # (单三季度 / 单Q3: the quarter on its own, as 25Q3单季)
    ("partial", "季Q半双月", re.compile(
        r"(?:单(?=第?[一二三四]季|Q[1-4]))?(?:[前首](?P<nq>[一二两三123])季度?|第(?P<cq>[一二三四1-4])财?季度?|(?<![A-Za-z\d])Q(?P<q>[1-4])(?!\d)|(?<![第\d])(?P<cq2>[一二三四])季度"
        r"|(?P<half>上|下)半年|(?P<d11>双十一|双11)"
        r"|[前首](?P<nm>1[01]|[2-9]|十一|十|[二三四五六七八九])个?月"
        r"|(?<![\d.])(?P<m>1[0-2]|[1-9])(?:[-~至到](?P<m2>1[0-2]|[1-9]))?月份?(?!\d*日)"
        r"|(?<![\d第每个几数这该上下本前同隔当一二三四五六七八九十])(?P<cm>十[一二]|[一二三四五六七八九十])月份?"
        r"(?![\d底末初]|(?:" + _CN_DAY + r")日))")),    # holidays without a year name their month: 国庆 / 十一黄金周 -> YYYY-10, 五一 / 劳动节 -> YYYY-05, 双十二 -> YYYY-12
    ("partial", "庆黄劳五双", re.compile(
        r"(?P<fest>国庆节?|十一黄金周|劳动节|五一(?=假期|黄金周|期间|小长假|长假)|双十二|双12)")),
]
# Every match of every pattern above contains one of these characters (a year or month digit, Q of a quarter,
# FY, 年/月/季/双/截, or a holiday's: 国庆, 劳动节, 五一, 十一黄金周): a text without any of them has no period
# mention, and the patterns need not run.
PERIOD_CHAR = re.compile(r"[0-9QF季年月双截庆黄劳五]")
# Any character some pattern needs: one scan finds those a text has.
_NEEDED_CHAR = re.compile("[" + re.escape("".join(sorted({c for _, needs, _ in _PATTERNS if isinstance(needs, str)
                                                           for c in needs}))) + "]")
_ESTIMATE_MARK = re.compile(r"\d[EF]")  # 2026E, 2025F, FY25E: a year marked as a forecast
_FESTIVAL_MONTHS = {"国庆": "-10", "十一": "-10", "劳动": "-05", "五一": "-05", "双十": "-12", "双1": "-12"}
_FIRST_QUARTERS = {"一": 1, "二": 2, "两": 2, "三": 3, "1": 1, "2": 2, "3": 3}
_REL = {"去年同期": (-1, True), "上年同期": (-1, True), "去年": (-1, False), "上年": (-1, False),
        "上一年": (-1, False), "前年": (-2, False), "今年": (0, False), "本年": (0, False), "明年": (1, False)}


def _mention(kind: str, m: re.Match) -> PeriodMention | None:
    g = m.groupdict()
    if kind == "relative":
        rel = g["rel"]
        if rel in _REL:
            off, same = _REL[rel]
            return PeriodMention(m.start(), m.end(), None, relative=off, same_period=same)
        if g["rel"] in ("上月", "上个月"):
            return PeriodMention(m.start(), m.end(), None, relative_month=True)
        return PeriodMention(m.start(), m.end(), None, relative_quarter=True)
    year = int(g["year"]) if g.get("year") else (2000 + int(g["y2"]) if g.get("y2") else None)
    if g.get("roc"):
        year = 1911 + int(g["roc"])  # 民國113年 is 2024
    if kind == "qrange":
        y = g.get("y4") or g.get("y2a") or g.get("y2b")
        if y:
            year = int(y) if len(y) == 4 else 2000 + int(y)
        if g.get("qa2"):
            a, b = int(g["qa2"]), int(g["qb2"])
        else:
            a, b = (int(g["qa"]), int(g["qb"])) if g.get("qa") else (_CN_Q[g["ca"]], _CN_Q[g["cb"]])
        return PeriodMention(m.start(), m.end(), year, quarter_range=(a, b)) if a < b else None
    if kind == "range":
        last = g["last"]
        last_year = int(last) if len(last) == 4 else (year // 100) * 100 + int(last)
        if last_year <= year:
            return None
        est = bool(_ESTIMATE_MARK.search(m.group(0)))  # (not the F of FY24/FY25: fiscal years reported)
        return PeriodMention(m.start(), m.end(), year, estimate=est, last_year=last_year)
    if kind == "ending":
        return PeriodMention(m.start(), m.end(), year, _ending_suffix(month_number(g["m"]), g["span"]))
    if kind == "asof":
        month = month_number(g["m"])
        year_end = month == 12 and g["d"] in ("31", "三十一")
        return PeriodMention(m.start(), m.end(), year, "" if year_end else f"-{month:02d}")
    if kind == "d618":
        return PeriodMention(m.start(), m.end(), year, "-06")
    if kind == "week":
        week = int(g["w"])
        if not 1 <= week <= 53:
            return None
        try:
            month = date.fromisocalendar(year, week, 4).month
        except ValueError:  # (no 53rd week that year)
            return None
        return PeriodMention(m.start(), m.end(), year, f"-{month:02d}")
    if kind == "estimate":
        return PeriodMention(m.start(), m.end(), year, estimate=True)
    if kind == "fy":
        return PeriodMention(m.start(), m.end(), year, estimate=bool(g.get("est")))
    suffix = ""
    q = g.get("q") or g.get("cq") or g.get("cq2") or g.get("cq3")
    if q:
        suffix = f"Q{_CN_Q[q]}"
    elif g.get("h"):
        suffix = f"H{g['h']}"
    elif g.get("half"):
        suffix = "H1" if g["half"] == "上" else "H2"
    elif g.get("nq"):  # 前三季度: the first N quarters
        months = 3 * _FIRST_QUARTERS[g["nq"]]
        suffix = {3: "Q1", 6: "H1"}.get(months, f"-01~{months:02d}")
    elif g.get("nm"):  # 前11个月 / 首十個月: the first N months
        suffix = f"-01~{month_number(g['nm']):02d}"
    elif g.get("interim"):
        suffix = "H1"  # 中期业绩, 2024年半年度报告: the interim (first-half) report
    elif g.get("m"):
        suffix = f"-{int(g['m']):02d}" + (f"~{int(g['m2']):02d}" if g.get("m2") else "")
    elif g.get("cm"):
        suffix = f"-{_CN_M[g['cm']]:02d}"
    elif g.get("d11"):
        suffix = "-11"  # 双十一 (11 November) is a November figure
    elif g.get("fest"):  # 国庆 (1-7 October), 五一 (1-5 May), 双十二: the holiday's month
        suffix = _FESTIVAL_MONTHS[g["fest"][:2]]
    if year is None and not suffix:
        return None
    return PeriodMention(m.start(), m.end(), year, suffix)


def month_number(month: str) -> int:
    """12 for 12 or 十二."""
    return int(month) if month.isdigit() else _CN_M[month]


_SPAN_MONTHS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                "十一": 11, "十二": 12}


def _ending_suffix(month: int, span: str) -> str:
    """The label suffix of a span ending in `month`: six months to June -> H1, three to September -> Q3,
    ten to October -> -01~10 (a span reaching back into the year before has no label but its year's)."""
    if span.startswith(("年", "财", "一年")):
        months = 12
    elif span.startswith("半"):
        months = 6
    else:
        count = span[:-2]  # N个月
        months = int(count) if count.isdigit() else _SPAN_MONTHS.get(count, 12)
    if months >= 12 or months > month:
        return ""
    if months == 6 and month in (6, 12):
        return "H1" if month == 6 else "H2"
    if months == 3 and month % 3 == 0:
        return f"Q{month // 3}"
    return f"-{month - months + 1:02d}~{month:02d}"


# 截至六月三十日止六個月 heading a results table's label column, without a year: the span each year column covers.
_YEARLESS_ENDING = re.compile(r"截[至止](?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
                              r"(?:[1-3]?\d|[一二三]?十[一]?|[一二三四五六七八九])日止"
                              r"(?P<span>(?:[一二两三四五六七八九十]{1,2}|\d{1,2})个月|年度|财年|半年)")


def yearless_ending(folded: str) -> str | None:
    """The label suffix (H1, Q3, -01~09; "" for a year) of a span ended on a day with no year named, or None."""
    m = _YEARLESS_ENDING.search(folded)
    return _ending_suffix(month_number(m.group("m")), m.group("span")) if m else None


def find_periods(text: str) -> list[PeriodMention]:
    """Every period mention in text, left to right, non-overlapping."""
    return list(_find_periods(text))  # a fresh list: callers may keep or change theirs


def folded_periods(folded: str) -> list[PeriodMention]:
    """find_periods(text) for folded = fold(text), when the caller has folded text already."""
    return list(_folded_periods(folded))


@lru_cache(maxsize=1 << 16)
def _find_periods(text: str) -> tuple[PeriodMention, ...]:
    # Cached: the clause grammar asks about the same phrase many times per sentence; mentions are frozen.
    return _folded_periods(fold(text))


@lru_cache(maxsize=1 << 14)
def _folded_periods(folded: str) -> tuple[PeriodMention, ...]:
    if not PERIOD_CHAR.search(folded):
        return ()
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    present = set(_NEEDED_CHAR.findall(folded))
    for kind, needs, pat in _PATTERNS:
        if present.isdisjoint(needs) if isinstance(needs, str) else not any(w in folded for w in needs):
            continue
        for m in pat.finditer(folded):
            if m.end() == m.start() or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            mention = _mention(kind, m)
            if mention is None:
                continue
            found.append(mention)
            taken.append((m.start(), m.end()))
    found.sort(key=lambda p: p.start)
    return tuple(found)


# Any pattern above, as one alternation without group names: a text no pattern matches at its start
# opens with no period mention (a mention at 0 is a match of its pattern at 0), and find_periods need not run.
_ANY_PERIOD = re.compile("|".join("(?:" + re.sub(r"\(\?P<\w+>", "(", pat.pattern) + ")" for _, _, pat in _PATTERNS))


def opening_period(folded: str) -> PeriodMention | None:
    """The period mention folded text starts with (2024年，… / 第四季度…), if any. (Folded by the caller:
    callers that strip a phrase step by step fold it once and pass its suffixes.)"""
    if not _ANY_PERIOD.match(folded):
        return None
    return next((m for m in _folded_periods(folded) if m.start == 0), None)


def normalise_period(text: str, context_year: int | None = None) -> str | None:
    """The label of the first absolute period mention in text ("2024年第四季度" -> "2024Q4")."""
    for m in find_periods(text):
        if m.relative is None and not m.relative_quarter and not m.relative_month and not m.is_range:
            return m.label(context_year)
    return None


_FOUR_DIGITS = re.compile(r"(\d{4})")


def year_of(label: str | None) -> int | None:
    if not label:
        return None
    m = _FOUR_DIGITS.search(label)
    return int(m.group(1)) if m else None


def shift_year(label: str, years: int) -> str:
    """The same sub-period `years` away: 2024Q4 -1 -> 2023Q4, FY2025E stays an estimate."""
    y = year_of(label)
    if y is None:
        return label
    return label.replace(str(y), str(y + years), 1)


def _shift(label: str, pattern: str, per_year: int, steps: int, fmt) -> str | None:
    """Move a (year, index) label by steps of 1/per_year year; None when label does not match."""
    m = re.fullmatch(pattern, label or "")
    if not m:
        return None
    n = int(m.group(1)) * per_year + int(m.group(2)) - 1 + steps
    return fmt(n // per_year, n % per_year + 1)


def shift_month(label: str, months: int) -> str | None:
    """2024-01 -1 -> 2023-12; None for a label that is not a month."""
    return _shift(label, r"(\d{4})-(\d{2})", 12, months, lambda y, i: f"{y}-{i:02d}")


def shift_quarter(label: str, quarters: int) -> str | None:
    """2024Q1 -1 -> 2023Q4; None for a label that is not a quarter."""
    return _shift(label, r"(\d{4})Q([1-4])", 4, quarters, lambda y, i: f"{y}Q{i}")


_SPAN = re.compile(r"(\d{4})(?:Q([1-4])|H([12])|-(\d{2})(?:~(\d{2}))?)?")


def _months(label: str | None) -> tuple[int, int, int] | None:
    """(year, first month, last month) of a reported period label (2024, 2024Q4, 2024H1, 2024-11, 2024-01~09);
    None for an estimate or anything else."""
    m = _SPAN.fullmatch(label or "")
    if not m:
        return None
    year, q, h, first, last = m.groups()
    if q:
        return int(year), 3 * int(q) - 2, 3 * int(q)
    if h:
        return int(year), 6 * int(h) - 5, 6 * int(h)
    if first:
        return int(year), int(first), int(last or first)
    return int(year), 1, 12


def year_to_date(label: str | None) -> str | None:
    """The months of label's year up to its end: 2025Q3 -> 2025-01~09, 2025H1 -> 2025H1, 2025Q4 -> 2025."""
    span = _months(label)
    if span is None:
        return None
    year, _, last = span
    return f"{year}" + {12: "", 6: "H1", 3: "Q1"}.get(last, f"-01~{last:02d}")


def trailing_span(label: str | None, span: str) -> str | None:
    """The months a trailing span (过去三个月 / 过去六个月 / 过去一年 of a fund's report) covers up to the end of
    label: 2025Q2 六个月 -> 2025H1, 2025Q4 一年 -> 2025; None when it reaches into the year before."""
    months = _months(label)
    if months is None or not re.fullmatch(r"(?:[一二两三四五六七八九十]{1,2}|\d{1,2})个月|一年|1年|半年", span):
        return None
    year, _, last = months
    suffix = _ending_suffix(last, span)
    if suffix:
        return f"{year}{suffix}"
    return str(year) if span in ("一年", "1年") and last == 12 else None


def period_end(label: str | None) -> str | None:
    """The month a period ends, as a balance at its end is dated: 2025Q3 -> 2025-09, 2024 -> 2024 (a year-end
    balance is the year's, as 截至2024年12月31日 is)."""
    span = _months(label)
    if span is None:
        return None
    year, _, last = span
    return f"{year}" if last == 12 else f"{year}-{last:02d}"


__all__ = ["PeriodMention", "find_periods", "folded_periods", "normalise_period", "opening_period", "shift_month", "shift_quarter", "shift_year",
           "period_end", "trailing_span", "year_of", "year_to_date", "yearless_ending"]
