"""A document's title and headings: the company and the period they name, and the date the document is of.

A title names its company before a period or an announcing word (美团2024年第四季度业绩, 腾讯控股（0700.HK）点评,
巳集團盈利警告), before a colon (宁德时代：业绩符合预期) or as a registered name (…股份有限公司关于…的公告); a heading
names a section's subject the same way. The period a title names is the default of figures that name none, and
the first month or quarter a document dates completes periods written without a year.
"""
from __future__ import annotations

import re

from pipelines.attribute.dating import absolute
from pipelines.attribute.lexicon import (ANNOUNCING_VERBS, BARE_ANAPHORIC_HEADS, BREAKDOWN_PREFIXES, NEWS_TIME_WORDS,
                                         MEDIA_OUTLETS, NON_OWNER_OPENERS, REPORT_LABEL_ENDS, ROLE_NOUNS,
                                         STATISTICS_OFFICES)
from pipelines.attribute.periods import PeriodMention, folded_periods, month_number
from pipelines.attribute.subjects import entity_like
from pipelines.recognize.textnorm import fold_years

# A section's number: in words (一、 （二） 第三节: WORD_NUMBER, which plain text uses for headings) or in digits
# (（3） 3. 3、 第3节, which also number list items): SECTION_NUMBER.
CN_NUMBER = "[一二三四五六七八九十]{1,3}"
WORD_NUMBER = rf"第{CN_NUMBER}[章节部分]{{1,2}}|{CN_NUMBER}[、．.]|[（(]{CN_NUMBER}[)）]"
SECTION_NUMBER = rf"{WORD_NUMBER}|[(（]\d{{1,3}}[)）]|\d{{1,2}}[.、](?!\d)|第\d{{1,3}}[节章部分]{{1,2}}"

# A stock code in parentheses (00700.HK), and a Hong Kong share-class marker (小米集团-W, 百济神州-B).
_TICKER = re.compile(r"[(（][^()（）]{0,16}[)）]|-(?:SW|W|S|B|U|P)(?![A-Za-z])")
# 美团发布2024年第四季度业绩: the topic stands before the announcing verb.
# (達昕電子 公告本公司114年10月份營業收入: a Taiwanese filing's title names the company again as 本公司)
_ANNOUNCES = re.compile("(?:" + "|".join(sorted(ANNOUNCING_VERBS, key=len, reverse=True)) + r")(?:本公司|本集团)?$")
# A stock code in parentheses marks the name before it as a listed company: (002594.SZ), (00700), (BIDU.O).
_STOCK_CODE = re.compile(r"[(（]\s*(?:\d{4,6}(?:\.(?:HK|SH|SZ|BJ|TW|SS))?|[A-Z]{1,5}\.(?:US|N|O))\s*[)）]")
_NEWS_TIME = re.compile("(?:" + "|".join(NEWS_TIME_WORDS) + r")+$")  # 蔚来公司今日(公布)
_DIGIT = re.compile(r"\d")


_UNTIL = re.compile(r"\s*(?:截至|截止)$")
_REPORT_NAME_ENDS = ("周报", "月报", "季报", "晨报", "日报", "简报", "报告", "点评")
# ## 二、公用事业：11月发电量同比+2.0%: a section's label before a colon is its topic, an owner only when it
# names one (## 宁德时代：2024Q3业绩超预期)
_SECTION_LABEL = re.compile(rf"^(?:{SECTION_NUMBER})?([^:]{{1,12}}):$")
# A registered company name (its legal form ends it) opening a heading: the issuer of a disclosure.
_REGISTERED_NAME = re.compile(r"[^\W\d_]{2,24}?(?:股份有限公司|有限责任公司|有限公司)")
# 公布(了)2025财年第三季度(未经审计)财报 / 发布2024年第四季度及全年业绩: a news report's results period.
# An announcing verb (perhaps with 了) right before a period: 公布2024年618战报, 公布了2025财年第三季度财报.
ANNOUNCED_ENDS = tuple(ANNOUNCING_VERBS) + tuple(v + "了" for v in ANNOUNCING_VERBS)
_REPORT_LABEL = re.compile(r"([^:|]{1,10})[:|]\s*")


# A heading's list number: 一、 / （二） / 3. / 第一节.
_HEADING_NUMBER = re.compile(rf"(?:{SECTION_NUMBER})\s*")


def heading_subject(text: str, folded: str, mentions: list[PeriodMention], names) -> str | None:
    """The subject a heading names: 美团2024年第四季度业绩 / 腾讯控股（0700.HK）2024年报点评 /
    美团发布2024年业绩 / 香港零售市场; None for a topic heading (盈利预测, 分业务)."""
    body = folded.lstrip("# ")
    numbered = _HEADING_NUMBER.match(body)  # ## 一、2024年度主要财务数据: the list number names nothing
    if numbered:
        body = body[numbered.end():]
    offset = len(folded) - len(body)
    for n in names:
        if body.startswith(n):
            return text[offset:offset + len(n)]
    first = next((m for m in mentions if absolute(m) and m.start > offset + 1), None)
    code = _STOCK_CODE.search(body)
    # 比亚迪（002594.SZ）盈利预测: a listed company; the code ends its name even when a period follows later
    # (宁德时代（300750.SZ）公司点评：Q3盈利超预期 names 宁德时代, not what stands before Q3)
    if code and 2 <= len(body[: code.start()].strip()) <= 16 and (first is None or code.start() < first.start - offset):
        name = _TICKER.sub("", body[: code.start()]).strip()
        if name and not _DIGIT.search(name):
            return text[offset + body.find(name):offset + body.find(name) + len(name)]
    registered = _REGISTERED_NAME.match(body)
    if registered:  # 某某股份有限公司投资者关系活动记录表 / …关于…的公告: a disclosure opens with the issuer
        return text[offset:offset + registered.end()]
    if first:
        label = _REPORT_LABEL.match(folded, offset, first.start)  # 快讯：10月CPI…: a news label, no owner
        if label and (label.group(1).strip().endswith(REPORT_LABEL_ENDS) or label.group(1).startswith(MEDIA_OUTLETS)):
            offset = label.end()
        left = _UNTIL.sub("", folded[offset:first.start])  # 甲物流截至2024年6月30日止六個月…
        bare = _NEWS_TIME.sub("", _ANNOUNCES.sub("", _TICKER.sub("", left).strip()).strip())
        bare = bare.rstrip("(（ ")  # 房地产与公用事业周报（2024年12月第3周）: the period's parenthesis
        label = _SECTION_LABEL.match(bare)
        if label:
            name = label.group(1).strip()
            at = folded.find(name, offset)  # (as written: text and folded share offsets)
            return text[at:at + len(name)] if entity_like(name, names) else None
        if bare.endswith(_REPORT_NAME_ENDS):
            return None  # a report's own name (…周报, …点评): no owner
        if bare.endswith(STATISTICS_OFFICES):
            return None  # 財政部10月海關進出口貿易統計: the office publishing the figures owns none of them
        if 2 <= len(bare) <= 16 and not _DIGIT.search(bare) and not bare.startswith(NON_OWNER_OPENERS):
            return text[offset:offset + left.find(bare) + len(bare)] if left.startswith(bare) else bare
    body = body.strip()
    if body.startswith(BREAKDOWN_PREFIXES):  # 分业务 / 各地区: a breakdown by category, no owner
        return None
    named = _RESULTS_TAIL.sub("", body).strip()  # 巳集團中期業績公告 / 巳集團盈利警告: the company announcing
    if named != body and 2 <= len(named) <= 16 and not _DIGIT.search(named) and not named.startswith(NON_OWNER_OPENERS):
        return text[offset:offset + len(named)]
    return text[offset:offset + len(body)] if entity_like(body, names) else None


# 宁德时代：业绩符合预期 / 【某证券】贵州茅台（600519.SH）：… : a research note's title names its company before
# a colon. (Only the title: a section heading before a colon is a topic, 风险提示：…, 盈利预测：….)
_SOURCE_TAG = re.compile(r"^【[^】]{1,20}】\s*")
_LABEL_COLON = re.compile(r"[:|]")
_NOT_A_NAME_OPENING = NON_OWNER_OPENERS + BREAKDOWN_PREFIXES
_NOT_IN_NAME = re.compile(r"[\d\s,、.。;!?“”\"'《》]")
# The results a title announces after the company's name (中期业绩, 全年业绩点评, 年报): no part of the name.
_RESULTS_TAIL = re.compile(r"(?<=..)(?:(?:中期|年度|全年|半年度?|上半年|下半年|[一二三四]?季度)?(?:业绩|财报|年报|中报|[一二三四]?季报)"
                           r"(?:预告|快报|预增|预减)?|盈利警告|盈利预警|正面盈利预告|负面盈利预告)"
                           r"(?:公告|点评|快评|简评|解读|发布会|电话会|说明会)?$")  # (巳集團盈利警告: a profit warning)


_COVERED = re.compile(r"\s*([^\d\s,:：、。;()（）]{2,12}?)\s*" + _STOCK_CODE.pattern)
_ROLE_END = re.compile("(?:" + "|".join(ROLE_NOUNS) + ")+$")


def _labelled_name(text: str, folded: str) -> str | None:
    """The company a title names before its colon, as written, if it names one."""
    body = folded.lstrip("# ")
    offset = len(folded) - len(body)
    colon = _LABEL_COLON.search(body)
    if not colon:
        return None
    tag = _SOURCE_TAG.match(body)
    start = tag.end() if tag else 0
    left = body[start:colon.start()]
    covered = _COVERED.match(body, colon.end())
    if covered and not _STOCK_CODE.search(left):
        # 華信投顧：晶創科技（6531）調升評等…: the listed company after the colon is what the note covers; the
        # house before it only writes (not 宁德时代（300750.SZ）：Q3盈利超预期, named before the colon)
        at = offset + covered.start(1)
        return text[at:covered.end(1) + offset]
    name = _RESULTS_TAIL.sub("", _TICKER.sub("", left).strip()).strip()  # 恒悅零售集團中期業績：…: 恒悅零售集團
    if name.endswith(ROLE_NOUNS):  # 子公司CEO：明年海外收入…: the office holder speaks for the company
        name = _ROLE_END.sub("", name).strip()
    if not 2 <= len(name) <= 12 or _NOT_IN_NAME.search(name) or name.startswith(_NOT_A_NAME_OPENING) \
            or name.endswith(REPORT_LABEL_ENDS) or name in BARE_ANAPHORIC_HEADS or name.startswith(MEDIA_OUTLETS) \
            or name.endswith(STATISTICS_OFFICES):
        return None
    at = offset + start + left.find(name)
    return text[at:at + len(name)]


_AND_FULL_YEAR = re.compile(r"及(?:全年|年度|全年度)")
_H1 = re.compile(r"^\s*#(?!#)")


_FULL_YEAR_WORD = re.compile(r"全年|年度")
_SPAN_START_MONTH = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}


def _title_period(folded: str, mentions: list[PeriodMention], dated: tuple[int, int | None] | None = None
                  ) -> str | None:
    """The period an H1 title names; "第四季度及全年业绩" covers the year. A quarter or half without a year
    ("星河互娱Q3业绩电话会议纪要") takes the year of the first date the document writes (dated: year, month),
    the year before when that date comes before the span starts (Q4业绩点评 dated 2026年3月: 2025Q4); a month
    without its year ("10月份国民经济…") is of that first year."""
    first = next((m for m in mentions if absolute(m)), None)
    if first is None:
        return None
    if _AND_FULL_YEAR.match(folded, first.end) and first.year:
        return str(first.year)
    start = _SPAN_START_MONTH.get(first.label_suffix)
    if first.year is None and start and dated:
        year, month = dated
        year = year - 1 if month and month < start else year
        # 第四季營收季增逾1成 全年獲利創新高: a title on the quarter and the whole year is the year's
        return str(year) if _FULL_YEAR_WORD.search(folded, first.end) else first.label(year)
    return first.label(None) or (first.label(dated[0]) if dated else None)


def _lead_period(folded: str) -> str | None:
    """A press release's lead names what the title leaves out: "6月18日晚，京东公布2024年618战报。" (an
    announcing verb right before a period) gives the document's period."""
    for m in folded_periods(folded):
        if absolute(m) and m.year and folded.endswith(ANNOUNCED_ENDS, 0, m.start):
            return m.label(None)
    return None


# A disclosure's masthead (证券代码/证券简称/公告编号, an exchange's disclaimer) may stand above its H1 title: the
# title is still the first H1 among the first segments when those before it hold no figures.
_MASTHEAD_SEGMENTS = 2
_MASTHEAD_LINE = re.compile(r"代码|代碼|代號|简称|簡稱|编号|編號")
_PLAIN_TITLE_LINES = 3


def read_title(prose: list[dict], names, with_figures: set, dated: tuple[int, int | None] | None = None
           ) -> tuple[str | None, str | None, str | None]:
    """(subject, period, segment id) of the document's title: an H1 first line, or a plain first
    line that is a sentence of its own without figures naming a company and a period
    (蔚来公司今日公布2024年第四季度未经审计财务业绩。); dated: the document's first written date."""
    if not prose:
        return None, None, None
    at = 0
    if not _H1.match(prose[0]["text"]):  # 证券代码：002871 证券简称：… / a disclaimer: a masthead above the H1 title
        title = next((i for i, s in enumerate(prose[1:_MASTHEAD_SEGMENTS + 1], 1) if _H1.match(s["text"])), 0)
        if title and not any(s["segment_id"] in with_figures for s in prose[:title]):
            at = title
    first = prose[at]
    text, folded = first["text"], first["folded"]
    mentions = folded_periods(folded)
    if _H1.match(text):
        subject = _labelled_name(text, folded) or heading_subject(text, folded, mentions, names)
        period = _title_period(folded, mentions, dated) or (
            _lead_period(prose[at + 1]["folded"]) if len(prose) > at + 1 else None)
        return subject, period, first["segment_id"]
    # A plain title: a first line that is a sentence of its own, or up to three such lines in a row (a plain-text
    # announcement writes the company on one and the title on the next: 香江航空有限公司 / 2025年10月營運數據公告;
    # a masthead line above them, 证券代码：…, names neither). Lines, not segments: a long masthead line may have
    # been read as wrapped into the next.
    lines: list[tuple[str, str]] = []
    for seg in prose[:_PLAIN_TITLE_LINES]:
        if seg["segment_id"] in with_figures or sum(s["line"] == seg["line"] for s in prose) != 1:
            break
        pos = 0
        for part in seg["text"].split("\n"):
            lines.append((part, seg["folded"][pos:pos + len(part)]))
            pos += len(part) + 1
    named: list[tuple[str, str]] = []
    for part, folded_part in lines[:_PLAIN_TITLE_LINES]:
        if _MASTHEAD_LINE.search(part):
            continue
        if len(part.strip()) > 40:
            break
        named.append((part, folded_part))
        text, folded = "".join(t for t, _ in named), "".join(f for _, f in named)
        mentions = folded_periods(folded)
        subject = heading_subject(text, folded, mentions, names)
        if subject and mentions:
            return subject, _title_period(folded, mentions, dated), first["segment_id"]
    return None, None, None


# (114年第3季, 113年11月: a Taiwanese release dated in Minguo years, 1911 + N)
_WRITTEN_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2}|1[01]\d)年(?:(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月|第"
                           r"|[上下]半|[一二三四]季|Q[1-4])")


_QUARTER_YEAR = re.compile(r"(?<![\dA-Za-z.])(?:(?P<qa>[1-4])Q(?P<ya>\d{2})|(?:FY)?(?P<yb>\d{2})Q(?P<qb>[1-4])"
                           r"|(?P<yc>(?:19|20)\d{2})\s?Q(?P<qc>[1-4]))(?!\d)")


def first_date(doc) -> tuple[int, int | None] | None:
    """(year, month or None) of the first month or quarter the document (a facts._Document) dates (2024年11月),
    prose or table: its year completes a month or quarter named without one before any other year (a Taiwanese
    release's headline "11月營收…", its table "2024年11月"). A bare year is no such date (展望明年…2025年資本支出 is a
    forecast's)."""
    # (二○二五年十月份: a Macau release's date in Chinese digits)
    joined = fold_years("\n".join(text for text, _ in doc.texts))  # one scan, not one per segment
    m = _WRITTEN_YEAR.search(joined)
    if not m:
        return None
    year = int(m.group(1))
    return year + (1911 if year < 1000 else 0), (month_number(m.group(2)) if m.group(2) else None)


def quarter_in_headers(doc, prose: list[dict]) -> tuple[int, int | None] | None:
    """A yearless news article (瑞昱光通Q3每股賺4.12元, 昨（13）日召開法說會) whose table labels the quarter its title
    names (| 項目 | 3Q25 | 2Q25 |): (that label's year, None), the date first_date finds in other documents.
    (Only the title's own quarter: a weekly's 中芯国际Q4指引 over a | 25Q3营收 | column is no 2025Q4.)"""
    title = next((m for m in folded_periods(prose[0]["folded"]) if absolute(m)), None) \
        if prose and _H1.match(prose[0]["text"]) else None
    if title is None or title.year is not None or not title.label_suffix.startswith("Q"):
        return None
    for columns in doc.headers.values():
        for header in columns.values():
            for q in _QUARTER_YEAR.finditer(header or ""):
                quarter = q["qa"] or q["qb"] or q["qc"]
                year = q["ya"] or q["yb"] or q["yc"]
                if quarter == title.label_suffix[1]:
                    return (int(year) if len(year) == 4 else 2000 + int(year)), None
    return None
