"""The document loop: paragraphs, headings and tables; what carries from one sentence to the next.

A document is read once for its proper names (subjects.learn_names) and its title (titles.read_title), then
segment by segment. A paragraph (a parse block, or a sentence starting on a
new line: Chinese prose is not hard-wrapped) starts with the heading's or the
document's subject and with its opener's period ("2024年，…") or the running
context, which belongs to the topic it was stated for. Sentences are read by
sentence.analyse_sentence, dated by dating.period_of; table cells by tables.
"""
from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

import polars as pl

from pipelines.attribute.dating import (SUB_YEAR_LABEL, absolute, closed_aside, is_forecast, is_standard, period_of,
                                        previous_release, range_lists, stated_range, values_year)
from pipelines.attribute.grammar import averaged, clauses, leading_adverbials
from pipelines.attribute.lexicon import (ANNOUNCING_VERBS, BARE_ANAPHORIC_HEADS, BREAKDOWN_BY_BUSINESS, DESCRIPTION_HEADS,
                                         DOMAIN_HEADS, LOCAL_SCOPES, MEASURE_MODIFIERS, NATIONAL_INDICATORS, NON_OWNER_OPENERS,
                                         REPORTING_PERIOD_WORDS, SCOPE_NOUNS, UNDATED_METRICS, UNIT_HEADS, UP_VERBS,
                                         DOWN_VERBS)
from pipelines.attribute.periods import (PeriodMention, find_periods, folded_periods, period_end, shift_year,
                                         trailing_span, year_of, year_to_date)
from pipelines.attribute.sentence import analyse_sentence
from pipelines.attribute.subjects import aliases, clause_topic, learn_names, table_names
from pipelines.attribute.tables import cell_attributes, period_label
from pipelines.attribute.titles import (ANNOUNCED_ENDS, WORD_NUMBER, first_date, heading_subject, quarter_in_headers,
                                        read_title)
from pipelines.recognize.lexicon import VALUATION_MULTIPLES
from pipelines.recognize.textnorm import TRADITIONAL_ONLY, fold, fold_years, fold_years_series, folds
from pipelines.schemas import FactModel, empty_frame

_HEADING = re.compile(r"^\s*#")
_HEADING_MARKS = re.compile(r"^\s*#+")
# Plain text (and bold Markdown lines) number their sections instead: 一、分业务情况 / （二）海外市场 /
# 第三节 经营情况讨论. Such a line is a heading when it stands alone, short and without a sentence end
# (一、公司全年营收增长12%。 is a list item, a sentence). Its number is in words (titles.WORD_NUMBER).
_ORDINAL_HEADING = re.compile(rf"^[\s*]*(?:{WORD_NUMBER})[\s*]*")
_HEADING_MAX_CHARS = 30
_ORDINAL_OPENERS = frozenset(" \t*第（(一二三四五六七八九十\u3000")
_ENDS_SENTENCE = ("。", "！", "？", "；", "!", "?", ";", "，", ",", "：", ":")


@dataclass
class _DocState:
    names: tuple[str, ...]  # a tuple: subjects.py keys caches with (phrase, names occurring in it)
    agents: int = 0  # how many of the names come from the prose and the title (the rest: a table's rows)
    running: str | None = None  # set by a paragraph or heading that opens with a period
    last_year: int | None = None  # completes a period given without a year (Q4, 双11)
    block: int | None = None
    base: str | None = None  # the paragraph's period
    carry: str | None = None  # the period stated by an earlier sentence of the paragraph
    carry_range: tuple | None = None  # the year range it stated, for a later list (dating.stated_range)
    subject: str | None = None
    last_baseline: str | None = None  # the standard of the paragraph's last change
    of_which: str | None = None  # the standard a 其中 breakdown carries to the next ；-sentence
    member: str | None = None  # the member a breakdown by business names last, for the next ；-sentence
    by_business: bool = False  # the sentence, or the one it goes on from after ；, opened 分业务看 / 分产品看
    scope: str | None = None  # the scope (我国, 全国) an article without a main subject is about
    end_line: int = 0  # line the previous sentence ended on
    section: str | None = None  # subject named by the current heading
    running_owner: str | None = None  # the topic the running period was stated for
    headers: dict[int, dict[int, str]] = field(default_factory=dict)  # table -> column -> header
    row_labels: dict[int, dict[int, str]] = field(default_factory=dict)  # table -> row -> first cell
    written: dict[str, str] = field(default_factory=dict)  # folded name -> as written in the document
    title_subject: str | None = None  # the company an H1 title names (腾讯控股（00700.HK）…点评)
    report_years: tuple | None = None  # a prospectus's report years from its tables' year columns (_report_years)
    title_period: str | None = None  # the period an H1 title names: the default of un-dated figures
    title_segment: str | None = None
    semicolon_metric: str | None = None  # the last measure of the previous sentence, when it ended at ；
    semicolon_unit: str | None = None  # its owner, when a business unit (财产险业务…；综合成本率…)
    reporting: str | None = None  # the reporting span stated last (截至2024年9月30日止六個月): 期內 is it
    at: int = 0  # where the segment being read starts
    main_from: int = 0  # where the document first writes its most frequent agent's name
    numbered_section: bool = False  # the section's heading is numbered in words (三、海外业务), not marked with #
    heading_running: str | None = None  # the running period a heading's own period set (二、第四季財測)
    listed_forecast: bool = False  # the carry is a year's estimates, listed across ；-sentences

    @property
    def main(self) -> str | None:
        if self.title_subject:
            return self.title_subject
        if self.title_segment:  # 中国咖啡行业研究报告: a title about no company; no default owner
            return None
        # A figure before the name's first mention is not the name's: a default owner is a name
        # the text has already introduced (one test sentence per line names its own agent late).
        if not self.agents or self.at < self.main_from:
            return None
        return self.written.get(self.names[0], self.names[0])


# 公布2025财年第三季度财报 (titles.ANNOUNCED_ENDS before the period): the results a news report is about.
_RESULTS_AFTER = re.compile(r"[^,;。]{0,8}?(?:财报|业绩|财务报告|财务业绩|季报|年报|中报|报告)")
_OPENS_FULL_YEAR = re.compile(r"\s*全年")  # 全年接待游客…: the paragraph goes on about the year
_DIGIT = re.compile(r"\d")

_OF_WHICH = "其中"
# 分三大门类看，采矿业同比增长4.1%，制造业增长5.6%: a breakdown opened by 分…看 / 按…分 is read as after 其中
_BREAKDOWN_FRAME = re.compile(r"分[^,;。]{1,8}看|按[^,;。]{1,8}分")
_BARE_CHANGE_GAP = re.compile(r"\s*[,，]\s*(?:" + "|".join(sorted(UP_VERBS + DOWN_VERBS, key=len, reverse=True)) + ")")
_SEMICOLON_END = re.compile(r"[；;]\s*$")


_RATE_OF_CHANGE = ("增速", "增幅", "增长率", "增长速度", "涨幅", "降幅")


def _breakdown_baselines(folded: str, rows: list[dict], local: list[dict], st: _DocState) -> list[str | None]:
    """The standard of each figure. "…比上年增长5.8%。其中，第一产业增加值163亿元，增长2.9%；第二产业…增长6.4%":
    the parts of a breakdown (after 其中, and the ；-sentences that go on with it) change against the
    standard the whole was compared with, stated once before 其中."""
    which = folded.find(_OF_WHICH)
    if which < 0 and ("看" in folded or "按" in folded):
        frame = _BREAKDOWN_FRAME.search(folded)
        which = frame.start() if frame else -1
    run = st.last_baseline
    carried = st.of_which
    parallel = st.semicolon_metric is not None  # (the sentence before ended in ；)
    out = []
    for k, (a, loc) in enumerate(zip(rows, local)):
        base = a["baseline"]
        after = which >= 0 and loc["start"] > which
        if a["kind"] == "change":
            if base is None and (after or carried):
                base = carried or run
            elif base is None and parallel and run and k and rows[k - 1].get("kind") == "level" \
                    and rows[k - 1].get("metric") == a["metric"] \
                    and _BARE_CHANGE_GAP.fullmatch(folded, local[k - 1]["end"], loc["start"]):
                base = run  # 出口…，較上年同期增加33.5%；進口4,012.3億美元，增加25.4%: the standard the ；-list shares
            elif base and not averaged(base):  # 同比增长2.9%，两年平均增长3.8%: the first
                if after:  # 分三大门类看，采矿业同比增长4.1%，制造业增长5.6%: a member's own, for the next ones
                    carried = base
                elif not (a["metric"] or "").endswith(_RATE_OF_CHANGE):
                    # (…同比增长9.2%，增速比上半年加快0.4个百分点。其中…增长7.8%: the parts change against the
                    # whole's standard, not the one its growth rate was compared with)
                    run = base
        out.append(base)
    st.last_baseline = run
    ends_clause = bool(_SEMICOLON_END.search(folded))
    st.of_which = (carried or (run if which >= 0 else None)) if ends_clause else None
    return out


# A country's or local government's whole area (not 全球, 海外, 全行业: markets and fields).
_UNIT_OR_DOMAIN_HEADS = UNIT_HEADS + DOMAIN_HEADS  # (built once: a topic is tested per sentence)
_AREA_SCOPES = frozenset(("全国", "我国", *LOCAL_SCOPES))


def _scope_owner(subject: str | None, title_subject: str | None) -> str | None:
    """全市/本市 in 嘉兴市's bulletin is 嘉兴市 (全省 in a province's, 全区 in a district's): a local
    scope noun names the place the title names when that place is of its level."""
    level = LOCAL_SCOPES.get(subject or "")
    if level and title_subject and fold(title_subject).endswith(level):
        return title_subject
    return subject


def _written_names(names, texts: list[tuple[str, str | None]]) -> dict[str, str]:
    """Each learned (folded) name as the document writes it (台积电 -> 台積電); texts: each segment's
    (text, folded text or None: a table cell's is made on use, most are never searched)."""
    out: dict[str, str] = {}
    for n in names:
        for text, folded in texts:
            i = (folded if folded is not None else fold(text)).find(n)
            if i >= 0:
                out[n] = text[i:i + len(n)]
                break
    return out


# (截至季末 / 报告期末 opening a sentence of a quarterly report: the quarter's end, a stock of the quarter)
_THIS_QUARTER = re.compile(r"\s*(?:(?:本季度|本季|当季度|当季)(?!末|初)|(?:截[至止])?(?:本?季度?末|本?报告期末))")
_QUARTER_LABEL = re.compile(r"\d{4}Q[1-4]")
_REPORTING_OPENER = re.compile(r"\s*(?:" + "|".join(sorted(REPORTING_PERIOD_WORDS, key=len, reverse=True)) + r")[,，]?")
_FRAME_CLAUSE = re.compile(r"(?:显示|表明|指出|发布|公布|报告|统计|数据|测算|估算|监测|调查|调研|获悉)$")  # 36氪获悉，…


# (a day date, then the announcement in the same clause; not 於2024年9月30日，集團共經營…: a stock's date)
_DATELINE = re.compile(r"(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])[日号](?:晚|上午|下午|晚间)?[,，]?[^,，。]{0,30}?(?:"
                       + "|".join(ANNOUNCING_VERBS) + r")|(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])[日号]\s*$")  # alone


def _opener(folded: str, mentions: list[PeriodMention]) -> PeriodMention | None:
    """The period a paragraph opens with ("2024年，…", "截至2024年末…"), also after a source
    frame (国家统计局数据显示，2024年…)."""
    start = 0
    for a, b in clauses(folded)[:2]:
        if _FRAME_CLAUSE.search(folded[a:b].strip()):
            start = b + 1
            continue
        break
    return next((m for m in mentions if start <= m.start <= start + 2 and absolute(m)), None)


def _opening_topic(folded: str, names) -> str | None:
    """The entity a paragraph's first sentence opens on, if any (folded)."""
    for a, b in clauses(folded):
        clause = folded[a:b]
        if not leading_adverbials(clause):
            continue  # "2024年，" / "此外，": look at the next clause
        topic = clause_topic(clause, names)
        return topic.subject if topic and not topic.is_case else None
    return None


def _dated_clause(folded: str, mentions: list[PeriodMention], pos: int) -> bool:
    """Whether the clause of the figure at pos names a period before it."""
    start = max((a for a, _ in clauses(folded) if a <= pos), default=0)
    return any(absolute(m) and start <= m.start < pos for m in mentions)


# A market's index (上证指数, 沪深300指数, 恒生指数, 中债总财富指数), perhaps with its span (季度), or a commodity's
# market price: nobody's figure.
_MARKET_INDEX = re.compile(r"(?:上证|深证|沪深300|中证\w{0,6}|创业板|科创50|恒生\w{0,4}|国企|万得全A|申万\w{0,6}|中债\w{0,6}"
                           r"|纳斯达克|标普500|道琼斯|日经225)(?:综合|成份|成分)?指数(?:季度|年内|全年|本周|当月)?"
                           # a commodity's market price (金价, SHFE金均价, LME铜均价, 布伦特原油价格, 生鲜乳价格)
                           r"|(?:SHFE|LME|COMEX|NYMEX|上期所|伦敦|纽约|布伦特|WTI)?\s?(?:黄金|金|白银|银|铜|铝|锌|镍|锂|碳酸锂"
                           r"|原油|油|动力煤|焦煤|煤|生猪|猪|生鲜乳)(?:现货|期货)?(?:均价|价格|价)")


_OVER_THE_QUARTER = re.compile(r"(?<=[^\d一二三四第单本上下当每前后])(?:季度|全季)$")


def _in_quarter_end_clause(folded: str, mentions: list[PeriodMention], pos: int) -> bool:
    """Whether the figure at pos follows a clause (after the first) opening with 季末 / 本季度 / 报告期末, with no
    period named between (…，季末组合久期约2.8年，杠杆率维持在115%左右)."""
    start = max((a for a, _ in clauses(folded) if 0 < a <= pos and _THIS_QUARTER.match(folded, a)), default=0)
    return start > 0 and not any(absolute(m) and start <= m.start < pos for m in mentions)


def _in_titled_year(label: str | None, title: str | None) -> bool:
    """Whether label is a reported period of the year of the title's (reported) period."""
    return bool(title and label) and not title.startswith("FY") and not label.startswith("FY") \
        and year_of(label) is not None and year_of(label) == year_of(title)


# 分业务看，广告收入US$2.63bn，YoY +18.7%，占总收入的63.8%；游戏收入… (**分业务**：, ● 分产品看：, 按產品劃分，, 分部来看，):
# a breakdown by business, product, channel or segment writes each member before its measure (广告 | 收入), and the
# member owns the figures after it until the next one, across ；. Not by region or market (分区域看，外销收入…，其中
# 欧洲增长超过两成；内销收入…: 外销 and 内销 are measures, and 欧洲 owns no later figure) or by quarter.
_BY_BUSINESS = re.compile(r"^\W{0,4}[分按](?:" + "|".join(sorted(BREAKDOWN_BY_BUSINESS, key=len, reverse=True))
                          + r")(?:来看|看|划分|观察)?(?:\W|$)")
# Scopes of a measure, written between a member and the measure (美的空调|全渠道销售额), or standing for it (外销收入)
_MEASURE_SCOPES = ("全渠道", "全网", "全平台", "线上", "线下", "外销", "内销", "海外", "境外", "境内", "国内", "出口")
_MEMBER_MEASURES = ("营业收入", "销售收入", "收入", "营收", "收益", "销售额", "成交额", "销量", "毛利", "毛利率", "出口额",
                    "进口额", "出口", "进口",  # (按貨品觀察，資通與視聽產品出口288.4億美元: the goods' exports)
                    "经营利润", "利润")



def _member_measure(metric: str) -> tuple[str, str] | None:
    """(member, measure) of "广告收入": a bare member (no scope, no company word) before a measure word."""
    folded = fold(metric)
    for w in _MEMBER_MEASURES:
        if folded.endswith(w) and len(folded) >= len(w) + 2:
            member = folded[: -len(w)]
            if member not in SCOPE_NOUNS + _MEASURE_SCOPES and not member.startswith(BARE_ANAPHORIC_HEADS + MEASURE_MODIFIERS) \
                    and not member.endswith(MEASURE_MODIFIERS) and not member.startswith(NON_OWNER_OPENERS) \
                    and not _DIGIT.search(member) and "占" not in member:
                # (not 营业总收入, 扣非净利润: modifiers of the measure; not 收入占营业收入: a share of it)
                # (美的空调全渠道销售额: 全渠道 scopes the measure, 美的空调 is the member)
                scope = next((x for x in _MEASURE_SCOPES if member.endswith(x) and len(member) > len(x)), "")
                cut = len(member) - len(scope)
                return metric[:cut], metric[cut:]
    return None


def _business_members(out: list[tuple], folded: str, st: _DocState, defaults: set) -> None:
    """Give each figure of a breakdown by business its member as subject (rows: see _prose_rows)."""
    st.by_business = st.by_business or bool(_BY_BUSINESS.match(folded))
    if not st.by_business:
        return
    for i, row in enumerate(out):
        metric, subject = row[4], row[5]
        if subject not in defaults and subject != st.member:
            st.member = subject  # 智能家居业务收入…: a member the sentence named as an owner
            continue
        # (…，其中亚马逊平台收入…，独立站收入…: the clause's own member, not the one carried from the clause before)
        split = _member_measure(metric) if metric else None
        if split:
            st.member, metric = split
        if st.member:
            out[i] = row[:4] + (metric, st.member) + row[6:]


# The year a valuation multiple is of, written between the multiple and its name (0.55倍25年PB, 20x 2026E PE).
_VALUED_YEAR = re.compile(rf"\s?(?:20)?(\d{{2}})(?:年|E)\s?(?:{VALUATION_MULTIPLES})(?![A-Za-z])", re.IGNORECASE)
_SAME_SPAN = re.compile(r"((?:19|20)\d{2})年同(?:期|月)")


def _same_span_last_year(baseline: str | None, period: str | None) -> str | None:
    """較二零二四年同月 / 較2024年同期 of a 2025 figure is against the same span a year back: yoy; 較第三季 of a
    fourth quarter's figure is against the quarter before: qoq."""
    m = _SAME_SPAN.fullmatch(baseline) if baseline and period else None
    if m is None and baseline and period and baseline.startswith("第") and period[-2:-1] == "Q":
        q = _QUARTER_NAMED.fullmatch(baseline)
        return "qoq" if q and _QUARTER_NUMBER.get(q.group(1)) == int(period[-1]) - 1 else baseline
    if m is None and baseline and period and "止" in baseline and SUB_YEAR_LABEL.fullmatch(period):
        # 較截至二零二四年六月三十日止六個月 of a 2025H1 figure: the same span a year back
        spans = [x for x in find_periods(fold_years(fold(baseline))) if absolute(x) and x.year]
        return "yoy" if len(spans) == 1 and spans[0].label(spans[0].year) == shift_year(period, -1) else baseline
    return "yoy" if m and year_of(period) == int(m.group(1)) + 1 else baseline


_QUARTER_NAMED = re.compile(r"第([一二三四1-4])季度?")
_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _written(baseline: str | None, folded: str, text: str) -> str | None:
    """A comparison standard in the document's own characters (較8月預測數上修: 8月預測數, not the folded 8月预测数);
    yoy / qoq are codes, not phrases."""
    if baseline is None or baseline in ("yoy", "qoq") or folded is text or folded == text:
        return baseline
    i = folded.find(baseline)
    return text[i:i + len(baseline)] if i >= 0 else baseline


def _after(label: str, title: str | None) -> bool:
    """label names a span after title's: a later year, or a later span of one shape in the same year (2025Q4 after
    2025Q3; not 2025Q4 after 2025, a part of it)."""
    year, title_year = year_of(label), year_of(title) if title else None
    if year is None or title_year is None or year != title_year:
        return year is not None and title_year is not None and year > title_year
    return len(label) == len(title) and label > title


def _prose_rows(s: dict, figures: list[_Figure] | None, st: _DocState) -> list[tuple]:
    text, folded = s["text"], s["folded"]
    mentions = folded_periods(folded)
    # (not a comparison standard's year: 已超过2024年全年销量的2倍 does not make 2024 the year of what follows;
    # 比2019年末增长近两倍: nor does it complete later periods, 1-10月)
    # (nor an aside's: 每股5.0港仙（2023年：5.8港仙），派息比率…)
    year_mentions = [m for m in mentions if m.year and absolute(m) and not is_standard(folded, m)
                     and not closed_aside(folded, m, len(folded))]
    # (nor a forecast's: 我们预计2026年销量… leaves a later table's | 11月 | in the year reported on)
    years = [m.year for m in year_mentions if not is_forecast(folded, m)]
    ordinal = _ORDINAL_HEADING.match(text) if text[:1] in _ORDINAL_OPENERS else None
    if ordinal and not (len(text) <= _HEADING_MAX_CHARS and s["line"] > st.end_line
                        and not text.rstrip("* ").endswith(_ENDS_SENTENCE)):
        if st.numbered_section and s["line"] > st.end_line:
            st.section = None  # 四、丁品牌收入为60亿元。: the next numbered part ends the numbered section before it
        ordinal = None
    heading = bool(ordinal) or bool(_HEADING.match(text))
    # A heading is read like a sentence once its marks (#, 一、) are blanked (offsets kept; fold keeps a space).
    readable, readable_folded = text, folded
    marks = (ordinal or _HEADING_MARKS.match(text)) if heading else None
    if marks:
        blank = " " * marks.end()
        readable, readable_folded = blank + text[marks.end():], blank + folded[marks.end():]
    if heading:
        title = s["segment_id"] == st.title_segment
        st.section = None if title else heading_subject(readable, readable_folded, mentions, st.names)
        st.numbered_section = bool(ordinal)
        if title and st.title_period:
            st.running, st.running_owner = st.title_period, fold(st.main or "")
        elif mentions and absolute(mentions[0]):
            st.running = st.heading_running = mentions[0].label(st.last_year)
            st.running_owner = fold(st.section or st.main or "")
        elif st.running and st.running == st.heading_running and _after(st.running, st.title_period):
            # 二、第四季財測 … 三、產品與產能: a heading naming a period after the title's (an outlook) dates its
            # own section; the next heading without a period is back in the report's
            st.running = st.title_period
        st.block, st.carry, st.carry_range, st.base, st.subject = None, None, None, st.running, st.section or st.main
        st.last_baseline = st.of_which = st.member = None
        st.by_business = False
    # A new paragraph: a new block, or a sentence that starts on a new line
    # (Chinese prose is not hard-wrapped, so a line break after 。 ends a paragraph).
    elif s["block_no"] != st.block or s["line"] > st.end_line:
        st.block, st.carry, st.carry_range, st.subject = s["block_no"], None, None, st.section or st.main or st.scope
        st.semicolon_metric = st.semicolon_unit = None
        st.last_baseline = st.of_which = st.member = None
        st.by_business = False
        opener = _opener(folded, mentions)
        if opener and opener.start == 0 and st.title_period and opener.year == year_of(st.title_period) \
                and _DATELINE.match(folded, opener.end):
            opener = None  # 2025年8月26日，声阔科技发布…: the release's date, not the period the title names
        topic = _opening_topic(folded, st.names)
        if not opener and st.reporting and _REPORTING_OPENER.match(folded):
            # 期內，集團收益為…: the paragraph is about the reporting span, and so are the next ones
            st.base = st.running = st.reporting
            st.running_owner = fold(st.section or st.main or "")
        elif opener:
            st.base = opener.label(opener.year or st.last_year)
            # A paragraph's opener sets the running year; one in the title's year (公司2024Q3… or 前三季度… under a
            # 2024年第三季度 title; 於2025年6月30日，… under an interim title) keeps the title's period running: the
            # next paragraph without a period is the report's (under a year's title that is the year anyway).
            st.running = st.title_period if _in_titled_year(st.base, st.title_period) else (
                str(year_of(st.base)) if year_of(st.base) else st.running)
            # 2024年，本地生活服务领域展现出…: a field is the theme, the period stays the subject's
            owner = topic if topic and not topic.endswith(DOMAIN_HEADS) else None
            st.running_owner = owner or fold(st.section or st.main or "")
        else:
            # A paragraph that opens on another entity (可灵AI在… after 2024年，快手…) starts a
            # new topic: the running period belonged to the old one and does not carry over.
            # (集團毛利率… / 公司…: a bare head is the company under discussion, no new topic; a paragraph on
            # the whole scope (我国…, 全国…) or a field (餐饮市场…) stays with the running period.)
            if topic and st.running_owner and not (topic.startswith(st.running_owner)
                                                   or st.running_owner.startswith(topic)
                                                   or topic.endswith(_UNIT_OR_DOMAIN_HEADS)
                                                   or topic in BARE_ANAPHORIC_HEADS
                                                   or topic in SCOPE_NOUNS):
                st.running = None
            st.base = st.running or st.reporting  # an announcement's figures are of its reporting span
    quarterly = bool(st.title_period and _QUARTER_LABEL.fullmatch(st.title_period))
    if quarterly and _THIS_QUARTER.match(folded):
        st.carry = st.title_period  # 本季度88VIP会员数突破1,800万 (after 截至6月30日…): the document's quarter
    local = [f.local(s["char_start"]) for f in figures] if figures is not None else []
    # 財產險業務原保險保費收入…；綜合成本率為97.8%: the ；-sentence after one on a business unit goes on about it
    # (公司毛利率…: a bare head is the company itself, not the unit)
    unit = st.semicolon_unit if st.semicolon_unit and not folded.lstrip().startswith(BARE_ANAPHORIC_HEADS) else None
    incoming = unit or st.subject
    if incoming and st.main and incoming == st.section and fold(incoming).endswith(UNIT_HEADS) \
            and _COMPANY_OPENS.match(folded):
        # 一、煤炭业务 / 10月，公司商品煤产量…: the company itself, not the heading's business; the heading is a
        # topic of the company's bulletin, so what follows under it (a table of its figures) is the company's too
        incoming, st.section = st.main, None
    res = analyse_sentence(readable, local, incoming, st.names, folded=readable_folded)
    out = []
    listed: dict[int, str] = {}
    report = None
    if figures is not None:
        report = _report_years(folded, local, st)  # (the sentence's own 报告期 before a range carried to it)
        listed = range_lists(folded, local, mentions, st.last_year, report or st.carry_range)
        if "报告期" in folded:
            listed = {**_over_report_span(folded, local, mentions, st), **listed}
        baselines = _breakdown_baselines(folded, res.rows, local, st)
        for k, (f, a, loc) in enumerate(zip(figures, res.rows, local)):
            period = listed.get(k) or previous_release(loc["start"], folded, period_of(
                loc["start"], folded, mentions, res.case_starts, st.carry, st.base, st.last_year))
            valued = _VALUED_YEAR.match(folded, loc["end"]) if loc["unit"] == "times" else None
            if valued:  # 0.55倍25年PB, 20x 2026E PE: the multiple of that year's estimates
                period = f"FY{2000 + int(valued.group(1))}E"
            if quarterly and _in_quarter_end_clause(folded, mentions, loc["start"]):
                period = st.title_period  # …在7月下旬降低组合久期，季末组合久期约2.8年: the quarter's end
            over_quarter = _OVER_THE_QUARTER.search(a["metric"] or "") if quarterly else None
            if over_quarter:  # 4月初市场大幅调整，…上证指数季度上涨3.26%: over the report's quarter
                period, a["metric"] = st.title_period, a["metric"][: over_quarter.start()]
            value = abs(f.value) if a["kind"] == "change" else f.value
            # …规模达7009亿美元，同比+11.2%；2026年有望进一步增长8.5%: a clause after ； that names no measure
            # goes on about the one before it
            metric = a["metric"] or st.semicolon_metric
            if metric and a["kind"] != "share" and fold(metric).endswith(UNDATED_METRICS) \
                    and not _dated_clause(folded, mentions, loc["start"]):  # (约占市值0.8%: a share of it is dated)
                period = None  # 目标价55元: a target price holds for no reporting period
            subject = _scope_owner(a["subject"], st.title_subject) or st.scope
            if subject and subject == (st.section or st.main) and metric and _MARKET_INDEX.fullmatch(metric):
                subject = None  # (a fund's report:) 上证指数季度上涨3.26%: the market's index, not the fund's
            if (subject in _AREA_SCOPES) and not st.main and not st.section:
                st.scope = subject  # 我国汽车产销…: an article about the whole country goes on about it
            baseline = _written(_same_span_last_year(baselines[k], period), folded, text)
            out.append((f.row, a["kind"], a["direction"], baseline, metric, subject, value, period))
    _business_members(out, folded, st, {None, incoming, st.main})
    semicolon = text.rstrip().endswith(("；", ";"))
    if not semicolon:
        st.by_business, st.member = False, None
    st.semicolon_metric = next((r["metric"] for r in reversed(res.rows) if r.get("metric")), None) \
        if semicolon else None
    if not (unit and res.subject == unit):  # (the unit held for that sentence only)
        st.subject = res.subject
    unit = next((r["subject"] for r in reversed(res.rows) if r.get("subject")), None) if semicolon else None
    # (not in a breakdown: 分业务看：智能家居业务收入…；新能源及工业技术收入…: each clause names its own member)
    st.semicolon_unit = unit if unit and fold(unit).endswith(UNIT_HEADS) and not _BREAKDOWN_FRAME.search(folded) \
        else None
    # 较2023年上升5.1%: a comparison standard is not the period the paragraph goes on about
    # (对应2026年PE 20倍: the year a multiple values is no period the paragraph goes on about either)
    stated = [m for m in mentions if absolute(m) and not is_standard(folded, m)
              and not closed_aside(folded, m, len(folded)) and not values_year(folded, m)]
    if stated:
        # …，预计2027年将突破1.4万亿元。: a forecast's year is not what the paragraph goes on about
        last = next((m for m in reversed(stated) if not is_forecast(folded, m)), stated[-1])
        if not any(c > last.start for c in res.case_starts):
            # 公布2025年10月产销快报：10月销量…: a mention without its year takes the year the sentence gave before it
            year = last.year or next((m.year for m in reversed(mentions) if m.year and m.start <= last.start),
                                     None) or st.last_year
            st.carry, st.listed_forecast = last.label(year), False
            if semicolon and st.carry and st.carry.isdigit() and ":" in folded[last.end:] \
                    and any(r[7] == f"FY{st.carry}E" for r in out):
                # 2025年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；…: the ；-sentences go
                # on with the list the colon opened, of the same year's targets (up to the 。)
                st.carry, st.listed_forecast = f"FY{st.carry}E", True
        else:
            st.carry = None
    elif st.listed_forecast and not semicolon:
        st.carry, st.listed_forecast = st.carry[2:6] if st.carry else None, False  # (the list ended: its year)
    elif res.case_starts:
        st.carry = None
    elif st.carry and _OPENS_FULL_YEAR.match(folded) and SUB_YEAR_LABEL.fullmatch(st.carry):
        st.carry = st.carry[:4]  # 1-10月，…。全年接待游客…；实现旅游收入…: the paragraph goes on about the year
    if quarterly and _in_quarter_end_clause(folded, mentions, len(folded)):
        st.carry = st.title_period  # (…，季末组合久期约2.8年；城投债占比降至35%: the next sentence too)
    stated_years = stated_range(folded, mentions)
    if stated_years and not res.case_starts:
        # a list of this sentence decided whether the range is of estimates (预计…收入分别为…): so do later lists
        st.carry_range = (stated_years[0], any(p.startswith("FY") for p in listed.values())) if listed else stated_years
    elif stated or res.case_starts:
        st.carry_range = None
    elif report and listed:  # 报告期各期末，存货分别为…；同期经营活动现金流量净额分别为…: the same report periods
        st.carry_range = _table_years(st)
    if st.last_year:  # 预计2026年底将扩充至…: a forecast's year does not complete the yearless periods that follow
        years = [m.year for m in year_mentions if not is_forecast(folded, m)]
    st.last_year = years[-1] if years else st.last_year
    for m in stated:
        if folded.startswith("截", m.start) and "止" in folded[m.start:m.end]:
            if not (st.reporting and m.year and year_of(st.reporting) and m.year < year_of(st.reporting)):
                # 截至2024年9月30日止六個月 (periods: the "ending" span); not the earlier span a result is set
                # against (…，而截至2023年12月31日止年度則錄得溢利…)
                st.reporting = m.label(m.year)
        elif m.year and folded.endswith(ANNOUNCED_ENDS, 0, m.start) \
                and _RESULTS_AFTER.match(folded, m.end):
            st.reporting = m.label(m.year)  # 英伟达周三盘后公布2025财年第三季度财报: the results the news is about
    st.end_line = s["line"] + text.count("\n")
    if heading:
        st.block = None  # what follows a heading is a new paragraph
    return out


def attribute_quantities(quantities: pl.DataFrame, segments: pl.DataFrame) -> pl.DataFrame:
    """FactModel rows: quantities with kind, direction, baseline, metric, subject, period."""
    if quantities.is_empty():
        return empty_frame(FactModel)
    with _collector_paused():
        ordered = quantities.sort("char_start")
        by_segment = _figures_by_segment(ordered)
        found: list[tuple] = []
        for doc in _documents(segments, by_segment):
            found += _document_rows(doc, by_segment)
    if not found:
        return empty_frame(FactModel)
    return _facts_frame(ordered, found)


@contextmanager
def _collector_paused():
    """The stage makes millions of short-lived tuples, dicts and matches and fills its caches, none of it
    cyclic: the cyclic garbage collector's passes over them cost a tenth of the stage, so it waits for the end."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _Figure(NamedTuple):
    """A quantity as the attribution reads it (row: its row in the ordered quantity frame)."""
    row: int
    char_start: int
    char_end: int
    quote: str
    unit: str
    value: float
    signed: bool

    def local(self, offset: int) -> dict:
        """The figure as analyse_sentence and cell_attributes take it, spans relative to its segment."""
        return {"start": self.char_start - offset, "end": self.char_end - offset, "quote": self.quote,
                "unit": self.unit, "value": self.value, "signed": self.signed}


# What the attribution adds to a quantity, in the order _prose_rows and _table_rows give it (after the row).
_ADDED = ("kind", "direction", "baseline", "metric", "subject", "value", "period")


def _figures_by_segment(ordered: pl.DataFrame) -> dict[str, list[_Figure]]:
    """Each segment's figures in text order (plain lists read column by column: row dicts of the whole
    frame, or a small frame per segment, are slow)."""
    columns = [ordered.get_column(c).to_list() for c in _Figure._fields[1:]]
    figures = map(_Figure._make, zip(range(ordered.height), *columns))
    by_segment: dict[str, list[_Figure]] = {}
    for segment_id, figure in zip(ordered.get_column("segment_id").to_list(), figures):
        by_segment.setdefault(segment_id, []).append(figure)
    return by_segment


def _facts_frame(ordered: pl.DataFrame, found: list[tuple]) -> pl.DataFrame:
    """The found quantities (rows of ordered, in the order found) with what attribution added."""
    rows, *added = zip(*found)
    schema = empty_frame(FactModel).schema
    facts = ordered.select(pl.all().gather(list(rows))).with_columns(
        pl.Series(name, values, dtype=schema[name]) for name, values in zip(_ADDED, added))
    return facts.select(pl.col(name).cast(dtype) for name, dtype in schema.items())


@dataclass
class _Document:
    segments: list[dict] = field(default_factory=list)  # prose (with its folded text) and table cells with figures
    texts: list[tuple[str, str | None]] = field(default_factory=list)  # every segment's (text, folded if prose)
    headers: dict[int, dict[int, str]] = field(default_factory=dict)  # table -> column -> header
    row_labels: dict[int, dict[int, str]] = field(default_factory=dict)  # table -> row -> first cell


_PROSE_COLUMNS = ("segment_id", "source", "text", "folded", "block_no", "line", "char_start")
# (A table's header and row label maps read the last five by position.)
_CELL_COLUMNS = ("segment_id", "source", "text", "folded", "char_start", "heading", "table_no", "row_no", "col_no",
                 "header", "row_label")


def _documents(segments: pl.DataFrame, by_segment: dict):
    """Each document's segments in text order; prose gets its folded text (folded once: headings, titles,
    names and sentences all read it). Only prose and the table cells with figures are kept as row dicts."""
    ordered = segments.sort("doc_id", "char_start").with_columns(
        folded=pl.when(pl.col("source") == "prose").then(_fold_all(pl.col("text"))))
    column = {c: ordered.get_column(c).to_list() for c in {"doc_id", *_PROSE_COLUMNS, *_CELL_COLUMNS}}
    rows = zip(column["doc_id"], *(zip(*(column[c] for c in columns)) for columns in (_PROSE_COLUMNS, _CELL_COLUMNS)))
    for _, doc_rows in groupby(rows, key=itemgetter(0)):
        doc = _Document()
        for _, prose, cell in doc_rows:
            segment_id, source, text, folded = prose[:4]
            doc.texts.append((text, folded))
            if source == "prose":
                doc.segments.append(dict(zip(_PROSE_COLUMNS, prose)))
                continue
            if source == "table":
                table_no, row_no, col_no, header, row_label = cell[-5:]
                doc.headers.setdefault(table_no, {})[col_no] = header
                doc.row_labels.setdefault(table_no, {})[row_no] = row_label
            if segment_id in by_segment:
                doc.segments.append(dict(zip(_CELL_COLUMNS, cell)))
        yield doc


# Markdown emphasis marks (**事件**：…, **息差降幅趋缓。**3Q25净息差…) are layout, not words: read as blanks
# (one character for one, so offsets hold), they neither open a clause's noun phrase nor stand as a name.
_LAYOUT_BLANKS = {"*": " "}


def _fold_all(texts: pl.Expr) -> pl.Expr:
    """fold() of every text in one expression, emphasis marks blanked (_LAYOUT_BLANKS): each fold is of one
    character to one, so replacing them all at once (one automaton) gives the same text, in a third of the
    time of folding text by text."""
    table = folds() | _LAYOUT_BLANKS
    return texts.str.replace_many(list(table), list(table.values())).map_batches(fold_years_series,
                                                                                 return_dtype=pl.String)


def _document_rows(doc: _Document, by_segment: dict[str, list[_Figure]]) -> list[tuple]:
    prose = [s for s in doc.segments if s["source"] == "prose"]
    names = learn_names([s["folded"] for s in prose])
    dated = first_date(doc) or quarter_in_headers(doc, prose)
    title_subject, title_period, title_segment = read_title(prose, names, by_segment.keys(), dated)
    if title_subject and names and fold(title_subject).endswith(DESCRIPTION_HEADS):
        # 晶圓代工龍頭10月營收創新高 over 晶圓代工龍頭台積電（2330）…: the title describes the company the body names
        described = fold(title_subject)
        named = next((n for n in names if any(described + n in s["folded"] for s in prose)), None)
        if named:
            title_subject = _written_names((named,), doc.texts).get(named, named)
    if title_subject and fold(title_subject) not in names:
        names = [fold(title_subject)] + names  # 美团收入: the title's company is a known name
    agents = len(names)
    # 悅匯房地產投資信託基金（「悅匯房託」）: a short name the document defines is a name, and stands for the full one
    short = aliases([s["folded"] for s in prose])
    names = names + [a for a in short if a not in names]
    # | 公司 | 营收 |: the companies a table lists are names too, after the prose's (none of them the main subject)
    names = tuple(names + table_names(doc.headers, doc.row_labels, names))
    st = _DocState(names=names, title_subject=title_subject, title_period=title_period,
                   title_segment=title_segment, agents=agents, written=_written_names(names, doc.texts),
                   running=title_period, running_owner=fold(title_subject) if title_subject else None,
                   headers=doc.headers, row_labels=doc.row_labels, last_year=dated[0] if dated else None,
                   main_from=next((s["char_start"] for s in prose if names and names[0] in s["folded"]), 0))
    rows: list[tuple] = []
    title_rows = (0, 0)
    for s in doc.segments:
        st.at = s["char_start"]
        figures = by_segment.get(s["segment_id"])
        if s["source"] == "prose":
            before = len(rows)
            rows += _prose_rows(s, figures, st)
            if s["segment_id"] == title_segment:
                title_rows = (before, len(rows))
        else:
            rows += _table_rows(s, figures, st)
    if not st.main and st.scope in (None, "全国", "我国") and not any(
            r[4] and not TRADITIONAL_ONLY.isdisjoint(r[4]) for r in rows):  # (CPI in a Taiwanese release is no 全国's)
        # 社融增量8,161亿元，M2同比增长8.2% in a credit note, a statistics release: the country's (written in
        # simplified characters: a Hong Kong or Taiwan release's CPI is its own place's)
        rows = [r[:5] + (st.scope or "全国",) + r[6:] if r[5] is None and r[4] and r[4] == fold(r[4])
                and any(w in r[4] for w in NATIONAL_INDICATORS) else r for r in rows]
    # 悅匯房託共持有物業14項 under a title naming 悅匯房地產投資信託基金: the figure is the name the document goes by
    # (when it uses the full name as an owner; an alias of a holder, 海川投资, stays as the document uses it)
    full = {alias: st.written.get(name) for alias, name in short.items() if name in names[:agents]}
    if full:
        rows = [r[:5] + (full[fold(r[5])],) + r[6:] if r[5] and fold(r[5]) in full and full[fold(r[5])] else r
                for r in rows]
    a, b = title_rows
    if st.scope and b > a:
        # 10月快递业务量同比增长13.1% over 全国快递业务量完成…: a title's measure that the body states of the whole
        # scope (全国, 我国) is the scope's (the title comes before the body names it)
        of_scope = {r[4] for r in rows[:a] + rows[b:] if r[5] == st.scope and r[4]}
        rows[a:b] = [r[:5] + (st.scope,) + r[6:] if r[5] is None and r[4] and any(
            r[4] in m or m in r[4] for m in of_scope) else r for r in rows[a:b]]
    return rows


def report_period(column: str, report: str | None) -> str | None:
    """A reporting-period column ("@R", "@Y", "@R-1", "@Y-1", "@E", "@B": tables.column_period) of the filing
    whose reporting period is `report` (2025Q3: 本报告期 2025Q3, 年初至报告期末 2025-01~09, 上年同期 2024Q3,
    期末余额 2025-09, 期初余额 2024)."""
    if column.startswith(("@T", "@N")):  # | 过去六个月 | 自基金合同生效起至今 | (a fund's returns)
        return trailing_span(report, column[2:]) if column.startswith("@T") else None
    if column == "@B":  # 期初余额: at the end of the year before
        year = year_of(report) if report and not report.startswith("FY") else None
        return str(year - 1) if year else None
    label = year_to_date(report) if column.startswith("@Y") else period_end(report) if column == "@E" else report
    if label and column.endswith("-1"):
        label = shift_year(label, -1)
    return label


# 报告期内，公司营业收入分别为A、B和C (a prospectus): the list runs over the report's years, which its tables'
# year columns name (| 2024年度 | 2023年度 | 2022年度 |); not a list of coordinated measures (营业收入和净利润分别为…).
_REPORT_SPAN = re.compile(r"(?:报告期(?:内|各期末?|各年度?)|最近[两二三]年(?:一期)?(?:各期末?|各年末?|末)?)[^。；;]*?分别")
_COORDINATED = re.compile(r"[和与及、]")


def _report_years(folded: str, local: list[dict], st: _DocState) -> tuple | None:
    span = _REPORT_SPAN.search(folded) if "报告期" in folded or "最近" in folded else None
    if not span or not local or _COORDINATED.search(folded, span.start(), span.end()) or local[0]["start"] < span.end():
        return None
    periods = _table_years(st)
    if periods and "末" in span.group(0):  # 报告期各期末: balances at each period's end (2025年1-6月 -> 2025-06)
        return tuple(period_end(p) or p for p in periods[0]), False
    return periods


def _table_years(st: _DocState) -> tuple | None:
    """(periods, False): the period columns, oldest first, of the document's first table with two or more
    consecutive year columns (| 2025年1-6月 | 2024年度 | 2023年度 | 2022年度 |: a prospectus's report periods),
    learned once."""
    if st.report_years is None:
        st.report_years = ()
        for table in st.headers.values():
            labels = {p for c, h in table.items() if c > 1 and (p := period_label(h))}
            years = sorted(int(p) for p in labels if p.isdigit())
            if len(years) >= 2 and years[-1] - years[0] == len(years) - 1:
                later = sorted(p for p in labels if not p.isdigit() and (year_of(p) or 0) > years[-1])
                st.report_years = (tuple(map(str, years)) + tuple(later), False)
                break
    return st.report_years or None


# 报告期内，毛利率由52.2%提升至56.1%: from the first report year to the last (no year of their own in between).
_REPORT_FRAME = re.compile(r"报告期(?:内|各期|间)")
_FROM_TO = re.compile(r"^[^,，;；。\d]{0,8}?(?:至|到)$")


def _over_report_span(folded: str, local: list[dict], mentions: list, st: _DocState) -> dict[int, str]:
    frame = _REPORT_FRAME.search(folded)
    if not frame:
        return {}
    for k in range(len(local) - 1):
        a, b = local[k], local[k + 1]
        if a["start"] > frame.end() and folded[a["start"] - 1] in "由从" and _FROM_TO.match(folded[a["end"]:b["start"]]) \
                and not any(frame.end() <= m.start < b["start"] for m in mentions):
            periods = _table_years(st)
            return {k: periods[0][0], k + 1: periods[0][-1]} if periods else {}
    return {}


# A sentence whose first clause (after a short opener: 10月，) opens with a bare company head (公司商品煤产量…).
_COMPANY_OPENS = re.compile(r"^\s*(?:[^,，。；;]{1,12}[,，]\s*)?(?:本|该)?(?:公司|集团)(?!业务|层面)")


def _year_so_far(year: str, report: str | None) -> str:
    """| 2025年累计 | / | 113年累計 | in a month's bulletin (2025年10月运营数据): the year up to the report's month."""
    return year_to_date(report) if report and len(report) == 7 and report.startswith(year + "-") else year


def _table_rows(s: dict, figures: list[_Figure], st: _DocState) -> list[tuple]:
    out = []
    heading_period = next((m.label(st.last_year) for m in find_periods(s["heading"] or "") if absolute(m)), None)
    for f in figures:
        a = cell_attributes(s, f.local(s["char_start"]), st.section or st.main or st.scope, st.headers.get(s["table_no"]),
                            st.row_labels.get(s["table_no"]))
        period = a.pop("period") or heading_period or st.running
        if period and period.startswith("?"):  # | 10月 | 1-10月 |: the month of the table's year
            year = year_of(heading_period) or year_of(st.running) or st.last_year
            period = f"{year}{period[1:]}" if year else None
        elif period and period.startswith("@"):  # | 本报告期 | 年初至报告期末 | 上年同期 |: the filing's reporting period
            period = report_period(period, heading_period or st.title_period or st.reporting or st.running)
        elif period and len(period) == 4 and "累" in (s["header"] or "") + (s["row_label"] or ""):
            period = _year_so_far(period, heading_period or st.title_period or st.reporting or st.running)
        value = abs(f.value) if a["kind"] == "change" else f.value
        out.append((f.row, a["kind"], a["direction"], a["baseline"], a["metric"], a["subject"], value, period))
    return out
