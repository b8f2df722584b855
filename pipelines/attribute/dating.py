"""Which period a figure is for, given its sentence and the paragraph's context.

The nearest period stated before the figure in its sentence wins (a
comparison standard such as 较2023年 excepted); else the period an earlier
sentence of the paragraph stated, unless a new case study started since; else
the paragraph's period. A value named right after a comparison period takes
that period (较去年同期的27亿元 -> a year back). Members of a list after a
year range take successive years (2025-2027年…1418/1562/1682).
"""
from __future__ import annotations

import re

from pipelines.attribute.lexicon import PREVIOUS_RELEASE_WORDS, REVISION_VERBS
from pipelines.attribute.periods import PeriodMention, shift_month, shift_quarter, shift_year, year_of, year_to_date

# (临时估计/初步估计: a release's provisional figure of a past period, no forecast)
_ESTIMATE_WORDS = re.compile(r"预测|预计|预期|预估|(?<!临时|初步)估计|一致预期|有望|有机会|上看|指引|(?<=\d)E(?![A-Za-z])")
_LIST_SEP = ("/", "、", "/ ", "和", "及", "、和")


def _quote_end(q: dict) -> int:
    return q.get("end") or q["start"] + len(q["quote"])


def absolute(m: PeriodMention) -> bool:
    return m.relative is None and not m.relative_quarter and not m.relative_month and not m.is_range


_YEAR_LABEL = re.compile(r"\d{4}")
# A label of part of a year: a quarter, a half, a month or a span of months (2025Q3, 2025H1, 2025-10, 2025-01~09).
SUB_YEAR_LABEL = re.compile(r"\d{4}(?:Q\d|H\d|-\d{2}(?:~\d{2})?)")
# 上年同期为盈利1.1亿元 / 去年同期为经调整净利润128亿元 / 去年同期收入为100亿元, 較上季的淨損35.2億元:
# a value of the compared period
_NAMES_VALUE = re.compile(r"(?:的|为|是|则为|则是|仅为|约为)?"
                          r"(?:[^,\d]{0,10}?(?:盈利|亏损|净亏损|净损|净利|获利|利润|收入|营收))?(?:为|是|约为)?")
# （2023年：…）: the comparative figure of a prior period, in an aside.
_ASIDE_YEAR = re.compile(r"[(（](?:19|20)\d{2}年?(?:同期)?[:：]")
# A figure that is itself a change verb (翻番, 超翻倍, 翻两番) is never the standard's own value.
_CHANGE_FIGURE = re.compile(r"(?:超|近|超过)?翻")
_STANDARD_BEFORE = re.compile(r"(?:较|比|相比|相较于?|与|和|从|由|同|超过|高于|低于|优于|逊于|相当于|恢复至|恢复到)$")  # (超过2024年全年销量的2倍)
# 超过2019年水平 / 恢复至2019年同期水平: a period's level is a yardstick, not when the figure is.
# 为2005年以来首次单月负增长 / 创2015年以来新低: the year a record is counted from, not when the figure is
_STANDARD_AFTER = re.compile(r"(?:同期)?水平|以来(?:的)?(?:首次|首度|最高|最低|最大|最小|最快|最慢|新高|新低)")


# 以2024年营业收入为基数: the base year of a target.
_BASE_AFTER = re.compile(r"[^,]{0,12}?为基(?:数|准|期)")


def is_standard(folded: str, m: PeriodMention) -> bool:
    """The mention is the comparison standard or starting point (较2023年, 从2022年, 2019年水平, 以2024年…为基数)."""
    return bool(_STANDARD_BEFORE.search(folded[max(0, m.start - 3):m.start])
                or _STANDARD_AFTER.match(folded, m.end)
                or (folded.endswith("以", 0, m.start) and _BASE_AFTER.match(folded, m.end)))


# Words right before a year that make it a target's or a plan's (将于2026年…, 到2027年…).
_FUTURE_BEFORE = re.compile(r"(?:将于|将在|将|到)$")
# 给予公司2026年20倍PE: a multiple assigned to a year's earnings values an estimate (not 2024年给予员工…)
# 我们上调25-27年经调整归母净利润至183/201/226亿元: the years of a revised forecast are estimates
_REVISED_BEFORE = re.compile("(?:" + "|".join(REVISION_VERBS) + r")(?:公司)?$")
_VALUATION_BEFORE = re.compile(r"(?:给予(?:公司|其|该公司)?|对应)$")  # (对应26年22倍PE: the same)


def values_year(folded: str, m: PeriodMention) -> bool:
    """The mention is the year a valuation multiple is of (给予公司2026年20倍PE, 对应26年22倍PE)."""
    return _VALUATION_BEFORE.search(folded, max(0, m.start - 6), m.start) is not None \
        or (folded.endswith("以", 0, m.start) and _VALUED_AFTER.match(folded, m.end) is not None)


# 以2026年EPS給予28.5倍本益比: the year whose earnings a multiple is given to
_VALUED_AFTER = re.compile(r"(?:预估|预测)?(?:EPS|每股盈余|每股收益|净利润|归母净利润)(?:预估值?|预测值?)?\s?[\d.]*元?[,、]?给予(?:公司)?\s?[\d.]+(?:倍|x|X)")


def is_forecast(folded: str, m: PeriodMention) -> bool:
    """The mention is a forecast's year (我们预计2026年…, 将于2026年…, 到2027年…): not the year the document
    reports on."""
    return bool(_ESTIMATE_WORDS.search(folded[max(0, m.start - 6):m.start])
                or _FUTURE_BEFORE.search(folded, max(0, m.start - 3), m.start) or values_year(folded, m)
                or ("预" in folded[m.end:m.end + 14] and _ESTIMATED_AFTER.match(folded, m.end)))


# 115年經濟成長率預測為2.81%: a year whose measure is forecast right after it
_ESTIMATED_AFTER = re.compile(r"[^\d,;。]{0,10}?(?:预测|预估)(?:值)?(?:为|达)")


def closed_aside(folded: str, m: PeriodMention, pos: int) -> bool:
    """The mention opens a parenthesis (（2023年：…）, （二零二三年十二月三十一日：92%）) that closes before pos."""
    return m.start > 0 and folded[m.start - 1] == "(" and folded.find(")", m.end, pos) >= 0


_RECOVERED_TO = re.compile(r"恢复[至到]$")


def period_of(pos: int, folded: str, mentions: list[PeriodMention], case_starts: list[int],
              carry: str | None, base: str | None, last_year: int | None) -> str | None:
    """The period of the figure at `pos` (carry: stated earlier in the paragraph; base: the paragraph's)."""
    last_case = max((c for c in case_starts if c <= pos), default=-1) if case_starts else -1
    for m in mentions:
        # 由2023年的X增至Y / 较2023年的X: a value right after a stated standard period takes it.
        if absolute(m) and is_standard(folded, m) and m.end <= pos and _NAMES_VALUE.fullmatch(folded[m.end:pos]):
            return m.label(m.year or last_year)
        # 由2024年同期的11.2%: the span of the figure's own period, in that year (not 恢复至2019年同期的120%: a
        # ratio to that span, of the figure's own period)
        if absolute(m) and m.year and is_standard(folded, m) and m.end <= pos and folded.startswith("同期", m.end) \
                and _NAMES_VALUE.fullmatch(folded, m.end + 2, pos) \
                and not _RECOVERED_TO.search(folded, max(0, m.start - 3), m.start):
            # (截至2025年6月30日止六個月，…較2024年同期的X: the span this sentence stated before it, else the carried)
            own = next((x.label(x.year) for x in reversed(mentions) if x.end <= m.start and x.year and absolute(x)
                        and not is_standard(folded, x)), None)
            span = own if own and SUB_YEAR_LABEL.fullmatch(own) else carry or base
            if SUB_YEAR_LABEL.fullmatch(span or ""):
                return shift_year(span, m.year - year_of(span))
    # 较2023年增长15%: the standard's period is not the figure's; nor is an aside's closed before the figure
    # (每股5.0港仙（2023年：每股5.0港仙），派息比率約為28.5%).
    stated = [m for m in mentions if absolute(m) and m.start < pos and not is_standard(folded, m)
              and not closed_aside(folded, m, pos)]
    if stated:
        m = stated[-1]
        ctx = next((x.year for x in reversed(mentions) if x.year and x.start <= m.start), None)
        label = m.label(ctx or year_of(carry) or year_of(base) or last_year)
        # 预计2025年营收… / 2025年营收预测…: a forecast word next to the year or before the figure.
        if label and _YEAR_LABEL.fullmatch(label) and (_ESTIMATE_WORDS.search(folded[max(0, m.start - 6):pos])
                                                       or values_year(folded, m)):
            label = f"FY{label}E"
        # (the span the sentence named before it: 截至2025年6月30日止六個月…，而2024年同期則錄得溢利…)
        before = next((x.label(x.year) for x in reversed(stated[:-1]) if x.year), None)
        current = before if before and SUB_YEAR_LABEL.fullmatch(before) else carry or base
        if label and _YEAR_LABEL.fullmatch(label) and current and SUB_YEAR_LABEL.fullmatch(current) \
                and year_of(current) == int(label) + 1 \
                and (_ASIDE_YEAR.match(folded, max(0, m.start - 1)) or folded.startswith("同期", m.end)):
            # 中期股息8.0港仙（2023年：11.0港仙）, 而2023年同期則錄得溢利…: the same span a year back
            label = shift_year(current, -1)
    elif last_case >= 0:
        label = base
    else:
        label = carry or base
        # 协会预计，2025年销量达3290万辆；渗透率有望超过60%: a forecast of the year carried in
        if label and carry and _YEAR_LABEL.fullmatch(label) and _ESTIMATE_WORDS.search(folded, 0, pos):
            label = f"FY{label}E"
    label = _whole_year(pos, folded, mentions, label)
    label = _since_year_start(pos, folded, mentions, label)
    relative = _relative_year(pos, folded, mentions)
    if relative is not None:  # O2O收入去年已经接近翻倍 / 线上业务今年会保持两位数增长: the year it names
        year = year_of(label) or last_year
        if year is not None:
            year += relative.relative
            # 明年…预计: a later year's forecast is an estimate; this year's (今年, as news write it) when the forecast
            # word follows it (今年EPS有機會挑戰14元; not 预计…今年, nor an announcement's 本年度收益預期…下降, a
            # preannounced result)
            forecast = relative.relative > 0 and _ESTIMATE_WORDS.search(folded, 0, pos) \
                or folded.startswith("今年", relative.start) and _ESTIMATE_WORDS.search(folded, relative.end, pos)
            return f"FY{year}E" if forecast else str(year)
    if _CHANGE_FIGURE.match(folded, pos):
        return label  # 较去年翻番: the change is this period's, not the standard's value
    for i, m in enumerate(mentions):
        # 较去年同期的3.825亿 / 由去年的X: the comparison value takes the compared period (not when another
        # period follows it: 今年首十個月累計博彩毛收入為X is the months').
        if not absolute(m) and not m.is_range and m.end <= pos and _NAMES_VALUE.fullmatch(folded[m.end:pos]) \
                and not (i + 1 < len(mentions) and mentions[i + 1].end <= pos):
            ctx = label or (str(last_year) if last_year else None)
            return m.label(year_of(ctx), ctx)
    return label


# 今年以来 (since the year began), 去年底/去年末 (a day), 今年前3个月: not the whole year (明年800G光模組: a name).
_NOT_WHOLE_YEAR_AFTER = re.compile(r"以来|底|末|同期|[上下]半年|[一二三四]季|第|前?\d(?!\d*[A-Za-z])|前[一二三四五六七八九十两]")


def _relative_year(pos: int, folded: str, mentions: list[PeriodMention]) -> PeriodMention | None:
    """The relative year (去年, 今年, 明年) that is the last period named before the figure in its
    sentence, when it is not a comparison standard (较去年) and names the whole year."""
    # (明年資本支出…，較今年增加3成: the standard 今年 is not the year the figure is of)
    last = next((m for m in reversed(mentions) if m.end <= pos and not is_standard(folded, m)), None)
    if last is None or last.relative is None or last.same_period or last.label_suffix or last.quarter_range \
            or last.is_range or is_standard(folded, last) or _NOT_WHOLE_YEAR_AFTER.match(folded, last.end):
        return None
    return last
# 前值0.4% / 前值为下降2.8%: a release's previous value, right before the figure in its clause.
# (not 较前值回落0.1个百分点: the change against the previous value is of this release's month)
_PREVIOUS_RELEASE = re.compile("(?<![较比])(?:" + "|".join(PREVIOUS_RELEASE_WORDS) + r")(?:为|是)?(?:上涨|上升|增长|下降|下跌|回落)?$")
# (Not _ESTIMATE_WORDS: 预期 there marks an estimate year, but here it is the market expectation a release
# is set against, 前值0.4%，预期0.5%, which does not make the 前值 a forecast's.)
_FORECAST_WORDS = re.compile(r"预测|预计|预估|估计|有望|有机会|上看")


def previous_release(pos: int, folded: str, label: str | None) -> str | None:
    """CPI同比上涨0.3%，前值0.4%: a monthly or quarterly release's previous value is of the month or quarter
    before (a forecast's 前值, 预计Q4营收…（前值为…）, is the earlier forecast of the same period)."""
    if not label or "前" not in folded[max(0, pos - 6):pos]:
        return label
    clause = max(folded.rfind(",", 0, pos), folded.rfind("(", 0, pos)) + 1
    if not _PREVIOUS_RELEASE.search(folded, clause, pos) or _FORECAST_WORDS.search(folded, 0, pos):
        return label
    return shift_month(label, -1) or shift_quarter(label, -1) or label


_FULL_YEAR = re.compile(r"全年度?|年度累计|全年累计")


def _whole_year(pos: int, folded: str, mentions: list[PeriodMention], label: str | None) -> str | None:
    """"全年营收3659亿元，同比+35%" after a 第四季度 sentence: 全年 earlier in the figure's sentence,
    with no period named after it, makes a sub-period its year (an estimate after a forecast word)."""
    if not label or not SUB_YEAR_LABEL.fullmatch(label):
        return label
    hit = None
    for found in _FULL_YEAR.finditer(folded, 0, pos):
        if not any(m.end == found.start() for m in mentions):  # 超过2024年全年销量: part of a period mention
            hit = found
    if hit is None or any(absolute(m) and hit.start() <= m.start < pos and not is_standard(folded, m) for m in mentions):
        return label
    # 2025年第一季…；全年資本支出預估為320億美元: a forecast word after 全年 makes the year an estimate
    return f"FY{label[:4]}E" if _ESTIMATE_WORDS.search(folded, hit.start(), pos) else label[:4]


# 今年以来 / 年初以来 / 年初至今 / 今年累计 / 本年累计: from the start of the year to the period reported on.
_SINCE_YEAR_START = re.compile(r"(?:今年|本年|年初)(?:以来|至今)|(?:今年|本年|年内)累计")


def _since_year_start(pos: int, folded: str, mentions: list[PeriodMention], label: str | None) -> str | None:
    """"今年以来累计零售1,925.8万辆" in a report on October: January to October (a month or quarter label
    becomes the months of its year up to it), unless a period is named between the phrase and the figure."""
    if not label or folded.find("年", 0, pos) < 0 or not SUB_YEAR_LABEL.fullmatch(label):
        return label
    hit = None
    for hit in _SINCE_YEAR_START.finditer(folded, 0, pos):
        pass
    if hit is None or any(absolute(m) and hit.end() <= m.start < pos for m in mentions):
        return label
    return year_to_date(label) or label


def stated_range(folded: str, mentions: list[PeriodMention], before: int | None = None) -> tuple[tuple[int, ...], bool] | None:
    """(years, estimate) of the last year range stated (before offset `before`): 2024-2026年 ->
    ((2024, 2025, 2026), False); 预计2025-2027年 or 2025E-2027E -> estimates."""
    ranges = [m for m in mentions if m.is_range and (before is None or m.end <= before)]
    if not ranges:
        return None
    r = ranges[-1]
    return tuple(r.years()), r.estimate or bool(_ESTIMATE_WORDS.search(folded[max(0, r.start - 6):before or r.end])
                                                or _REVISED_BEFORE.search(folded, max(0, r.start - 6), r.start))


_PERIOD_LIST_SEP = frozenset(("及", "和", "与", "、", "以及"))


def _listed_periods(folded: str, mentions: list[PeriodMention], first: int, n: int,
                    context_year: int | None) -> list[str] | None:
    """於2022年及2023年分別錄得虧損A及B / 2023年和2024年营收分别为X和Y: periods listed as the figures are, taken
    in order (分别 between them and the figures)."""
    run = [m for m in mentions if m.end <= first][-n:]
    if len(run) < n or not all(absolute(m) for m in run) or "分别" not in folded[run[-1].end:first] \
            or any(folded[a.end:b.start] not in _PERIOD_LIST_SEP for a, b in zip(run, run[1:])):
        return None
    labels = [m.label(m.year or context_year) for m in run]
    return labels if all(labels) else None


def range_lists(folded: str, local: list[dict], mentions: list[PeriodMention],
                context_year: int | None = None, carried: tuple[tuple[int, ...], bool] | None = None) -> dict[int, str]:
    """Members of a "1418/1562/1682" list after a year range take successive years; after a run
    of quarters ("Q1-Q4营收同比分别增长5%、8%、10%、12%"), successive quarters. `carried`: the range an
    earlier sentence of the paragraph stated (预计2024-2026年收入分别为…；净利润分别为424/537/647亿元)."""
    out: dict[int, str] = {}
    chain: list[int] = []
    for i, q in enumerate(local + [None]):
        if q is not None and chain and folded[_quote_end(local[chain[-1]]):q["start"]] in _LIST_SEP:
            chain.append(i)
            continue
        if len(chain) > 1:
            first = local[chain[0]]["start"]
            runs = [m for m in mentions if m.quarter_range and m.end <= first]
            year = next((m.year for m in reversed(mentions) if m.year and m.end <= first), context_year)
            if runs and year and runs[-1].quarter_range[1] - runs[-1].quarter_range[0] + 1 == len(chain):
                for k, q in zip(chain, range(runs[-1].quarter_range[0], runs[-1].quarter_range[1] + 1)):
                    out[k] = f"{year}Q{q}"
            stated = stated_range(folded, mentions, first) or carried
            listed = None if runs or stated else _listed_periods(folded, mentions, first, len(chain), context_year)
            if not runs and stated and len(stated[0]) == len(chain):
                years, est = stated
                for k, y in zip(chain, years):
                    out[k] = f"FY{y}E" if est else str(y)
            elif listed:
                out.update(zip(chain, listed))
        chain = [i] if q is not None else []
    return out
