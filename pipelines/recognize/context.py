"""Context rules: when a matched number is not a figure (FORMAT.md "Not counted").

Each rule looks at the folded text around a candidate and answers yes/no; the
builders call them so that a pattern match can be dropped for a reason that is
stated once, here.
"""
from __future__ import annotations

import re

from pipelines.parse.blocks import may_have_url
from pipelines.recognize import patterns as P
from pipelines.recognize.textnorm import fold
from pipelines.recognize.lexicon import (
    APPROX_DIGIT_PAIRS, BAND_NOUNS, BARE_HUNDRED_VERBS, CODE_LETTERS_MAX, DURATION_UNITS, HALF_DISCOUNT_CONTEXT_AFTER,
    IMPLIED_UNIT_NOUNS, MINGUO_YEAR_RANGE, NOT_HOUSEHOLD_BEFORE_HU, PER_UNIT_COUNTERS, QUALIFIER_NOT_AFTER,
    TRADE_BALANCE_BEFORE,
    RANKED_GROUP_NOUNS, TIME_WINDOW_BEFORE,
    VAGUE_PREFIXES, WITHIN_NOT_BEFORE, WITHIN_SUFFIX, YEAR_ABBREVIATION_FOLLOWERS, YEAR_ABBREVIATION_RANGE,
)

_CLAUSE_BREAK = re.compile(r"[,，。；;：:！？!?\n]")
_HU_WORD = re.compile(r"(?<![\d万亿千百十])户")  # a 户-word (客户, 农户), not the counter after a number
_TEXT_CLAUSE_BREAK = re.compile(r"[，,](?!\d)|[。；;：:！？!?\n]")  # (2,380: a thousands comma breaks no clause)
_PLACE_WORDS = "十百千万亿拾佰仟"
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_HOUSEHOLD_HEADS = tuple(w for w, kind in IMPLIED_UNIT_NOUNS.items() if kind == "household")


def rate_base(folded: str, start: int) -> bool:
    """每增长1亿元 / 每1000名用户: the number is the base of a rate, not a figure.

    每股1.95港元 and 每人200元 are per-unit figures (a price, a per-capita
    amount): a counter right after 每 keeps them (lexicon.PER_UNIT_COUNTERS).
    """
    if folded.find("每", max(0, start - 8), start) < 0:
        return False
    window = folded[max(0, start - 8):start]
    clause = _CLAUSE_BREAK.split(window)[-1]
    at = clause.rfind("每")
    if at < 0:
        return False
    gap = clause[at + 1:].strip()
    return not gap or gap[0] not in PER_UNIT_COUNTERS


def qualifier_in_word(folded: str, pre: str | None, start: int) -> bool:
    """签约80家: 约 belongs to 签约 (sign), not "about"."""
    blockers = QUALIFIER_NOT_AFTER.get((pre or " ")[0], "")  # 约 and 约有 alike
    if pre == "超" and start > 0 and folded[start - 1] in "出入":  # 出超191.7億美元: a trade surplus
        before = folded[start - 2] if start > 1 else " "
        return not ("\u4e00" <= before <= "\u9fff") or before in TRADE_BALANCE_BEFORE
    return bool(blockers) and start > 0 and folded[start - 1] in blockers


def time_window(folded: str, start: int, unit: str) -> bool:
    """过去3年, 未来5年, 最近3个月, (clause-initial) 近3年, 今年前5个月, 2024年首10個月: a period, not a duration
    figure. (提前3天, 上市首3天 are figures: 前/首 name a period only at a clause start or after a year.)"""
    if unit not in DURATION_UNITS:
        return False
    head = folded[max(0, start - 3):start]
    for word in TIME_WINDOW_BEFORE:
        if head.endswith(word):
            if word not in ("近", "前", "首"):
                return True
            before = folded[start - 2:start - 1] if start >= 2 else ""
            # (公告日前20个交易日, 节日前3天: the days before a date name a window too)
            return not before or bool(_CLAUSE_BREAK.match(before)) or before in " 在于的、" + ("年度" if word != "近" else "") \
                or (word == "前" and before == "日")
    return False


_MONTH_AFTER = re.compile(r"(?:1[0-2]|0?[1-9])(?:[-~至](?:1[0-2]|0?[1-9]))?月")
_MINGUO_BARE_BEFORE = frozenset(",;:、及和至到与。\n")
_DURATION_AFTER = frozenset("来以历之的间后多余左前内期")
_MINGUO_FOLLOWER = re.compile(r"度|第|[上下]半|前|累计|全年|(?:1[0-2]|0?[1-9])月|Q[1-4]")


def minguo_year(folded: str, num: str, end: int) -> bool:
    """"113年11月", "112年度": a year of Taiwan's Minguo calendar (1911 + N) before a month, quarter or
    span, not a duration (成立100年 stays one)."""
    lo, hi = MINGUO_YEAR_RANGE
    if not (num.isdigit() and lo <= int(num) <= hi):
        return False
    if _MINGUO_FOLLOWER.match(folded, end):
        return True
    # …；115年經濟成長率預測為2.81%: a bare year of this century (民國100-139) opening a clause, before a noun
    # (not 100年来, 100年的历史: a duration)
    start = end - len(num) - 1
    return 100 <= int(num) <= 139 and (start == 0 or folded[start - 1] in _MINGUO_BARE_BEFORE) \
        and end < len(folded) and "\u4e00" <= folded[end] <= "\u9fff" and folded[end] not in _DURATION_AFTER


_FIGURE_AFTER = re.compile(r"\d+(?:\.\d+)?(?:倍|x|X|%|元)")


def abbreviated_year(folded: str, num: str, end: int) -> bool:
    """"25-27年EPS", "24年收入": a two-digit year, not a duration of N years."""
    lo, hi = YEAR_ABBREVIATION_RANGE
    if not (len(num) == 2 and num.isdigit() and lo <= int(num) <= hi):
        return False
    after = folded[end:end + 7]
    return bool(after) and (after[0].isascii() and after[0].isalpha() or after.startswith(YEAR_ABBREVIATION_FOLLOWERS)
                            or bool(_MONTH_AFTER.match(after))  # 25年3月, 25年1-9月: a date
                            or bool(_FIGURE_AFTER.match(after)))  # 对应26年22倍PE: the year of the figure after it


def in_code(folded: str, start: int) -> bool:
    """Q4单, H1, FY25, V2: a number glued to one or two Latin letters is a code."""
    run = 0
    while start - run - 1 >= 0 and folded[start - run - 1].isascii() and folded[start - run - 1].isalpha():
        run += 1
    return 0 < run <= CODE_LETTERS_MAX


_CODE_BEFORE_DASH = re.compile(r"(?<![A-Za-z])([A-Z]{2,6})$")
_COMPARATOR_CODES = ("YOY", "QOQ", "MOM", "YTD")  # YOY-24%: a change's sign


def hyphen_code(folded: str, sign_at: int, unit: str) -> bool:
    """BY-015, HK-101, PD-1, COVID-19: a dash right after capital letters joins a code, it signs no number
    (yoy-24%, YOY-24% are signed changes)."""
    if folded[sign_at] != "-" or unit in ("percent", "percentage_point"):
        return False
    m = _CODE_BEFORE_DASH.search(folded, max(0, sign_at - 7), sign_at)
    return m is not None and m.group(1) not in _COMPARATOR_CODES


def multiplied(folded: str, start: int) -> bool:
    """7×24小时 (round-the-clock), 3*5: a factor of a product, not a figure."""
    return start > 0 and folded[start - 1] in "×*"


def threshold(folded: str, end: int, qualifier: str, unit: str) -> bool:
    """超过2万元的人数 / 破百万的直播间: a bound that defines a group.

    A bounded figure directly followed by 的 and a noun modifies that noun
    ("users above X"), as one followed by a band noun marks out the band (100元以下价格段); a percent
    bound ("超过50%的用户") is still a share figure.
    """
    if qualifier not in ("gt", "lt"):
        return False
    if folded[end:end + 1] != "的":
        return unit != "percent" and folded.startswith(BAND_NOUNS, end)
    return unit != "percent" or bool(_EXPLAINED_ITEMS.match(folded, end)
                                     and _CHANGE_CRITERION.search(folded, max(0, end - 16), end))


# 增减变动幅度达30%以上的主要原因 / 变动比例超过30%的项目: a disclosure rule's threshold picks the items it
# explains (a change criterion, 幅度/比例, before it; 营收增长30%以上的原因是… states a figure).
_EXPLAINED_ITEMS = re.compile(r"的(?:主要)?(?:原因|说明|项目|科目)")
_CHANGE_CRITERION = re.compile(r"(?:变动|增减|变化)(?:幅度|比例|比率)")


# 未出现连续二十个工作日…不满二百人或者…低于五千万元的情形 / 不存在持股5%以上…的情形: the figures of a
# condition that a disclosure says did (not) arise define it; they state nothing. (Only 情形, the legal
# word: "增长20%的情况下" is still a figure.)
_CONDITION_END = re.compile(r"[^，,。；;：:！!？?\n]{0,40}?的情形")


_CONDITION_OPEN = re.compile(r"(?:未|不|没有|无|如|若|如果|一旦)(?:出现|存在|发生)[^，,。；;：:！!？?\n]*\Z")


# 以3年以内中高等级信用债为主 / 以5000元以下产品为主: a bound inside "mainly X" describes the category X
_MAINLY_CLOSE = re.compile(r"[^，,。；;：:！!？?\n\d%]{1,16}为主")


def mainly_group(folded: str, start: int, end: int, qualifier: str) -> bool:
    """A bound right after 以 and before …为主 names the kind of thing (以3年以内中高等级信用债为主)."""
    return qualifier in ("gt", "lt") and folded[start - 1:start] == "以" and bool(_MAINLY_CLOSE.match(folded, end))


def condition(folded: str, start: int, end: int) -> bool:
    """A figure inside 未出现/不存在/如发生 … 的情形 (出现3次违约的情形 is a count that arose)."""
    return folded.find("情形", end) >= 0 and bool(_CONDITION_END.match(folded, end)) \
        and bool(_CONDITION_OPEN.search(folded, max(0, start - 60), start))


_RANKED_GROUP = re.compile(r"的?(?:" + "|".join(sorted(RANKED_GROUP_NOUNS, key=len, reverse=True)) + ")")


# 位列全球智能手机市场前三。/ 跻身行业前十，: a verb of placing, then the first N closing the clause.
_PLACING_VERB = re.compile(r"(?:位列|位居|位于|跻身|稳居|名列|排名|排在|排行|进入|跃居|升至|挤进)[^，。；,;：:]{0,12}$")
_CLAUSE_CLOSE = re.compile(r"[，。；、,;）)！!？?]|$")


def placed_in_top(folded: str, start: int, end: int) -> bool:
    """前三 without 名 or 位 is a rank when a verb of placing puts the owner among the first N and nothing
    follows in the clause (前三季度, 前十大客户, 前5个月 name a period or a group)."""
    return bool(_CLAUSE_CLOSE.match(folded, end)) and bool(_PLACING_VERB.search(folded, max(0, start - 16), start))


def ranked_group(folded: str, end: int) -> bool:
    """前五名企业 / 排名前十位的企业集团: "the top N" modifying a noun of organisations or places names
    that group (whose figure follows); 占据全球前两名的位置 is still a rank."""
    return bool(_RANKED_GROUP.match(folded, end))


def between_group(folded: str, end: int) -> bool:
    """人均消费在80至120元之间的餐厅 / 年龄在18-35岁之间的用户: a range closed by 之间的 bounds a group
    (the noun after 的), as a threshold does; "增速在3%-5%之间" is still a figure."""
    return folded.startswith(("之间的", "区间的", "范围内的"), end)


def vague(folded: str, start: int, num: str, chinese: bool, has_qualifier: bool) -> bool:
    """数十名, 几百个, 上千家: a Chinese numeral after a vague word states no
    bound; 二三十个, 七八成: neighbouring digits give a rough number (概数)."""
    if not chinese:
        return False
    if any(pair in num.split("点")[0] for pair in APPROX_DIGIT_PAIRS):
        return True
    # Only before a place word (数十, 上千, 几百): in "总数一万二千余人" 数 ends a noun.
    return (not has_qualifier and start > 0 and folded[start - 1] in VAGUE_PREFIXES
            and num[0] in _PLACE_WORDS)


def range_dash(folded: str, sign_at: int) -> bool:
    """'30%-40%', '3亿-4亿元': a '-' after a number on the same line is a dash."""
    return bool(P.ENDS_WITH_NUMBER.search(folded[:sign_at]))


def bare_hundred_stated(folded: str, start: int) -> bool:
    """百亿元 with no digit is a figure after a verb of reaching (达百亿元);
    alone ("单位：百万元", "（百万元）") it names a unit."""
    return start > 0 and folded[start - 1] in BARE_HUNDRED_VERBS


def half_discount(folded: str, start: int, end: int) -> bool:
    """对折 is a 50% discount only after 打 or before a sales word."""
    if start > 0 and folded[start - 1] == "打":
        return True
    return folded[end:end + 2].startswith(HALF_DISCOUNT_CONTEXT_AFTER)


def numeral_before(folded: str, start: int) -> bool:
    """五百分之2.2 is 2.2/500, not 百分之2.2: a numeral right before a fraction word."""
    return start > 0 and (folded[start - 1].isdigit() or folded[start - 1] in P.CN_NUMERAL_CHARS)


def url_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of web addresses: their digits (q=30%25, id=2024) are not figures.

    Also a query string cut from its address (a sentence split at '?'):
    an ASCII token with key=value pairs or %-escapes.
    """
    spans = [m.span() for m in P.URL.finditer(folded)] if may_have_url(folded) else []
    if "=" in folded or ("%" in folded and _PERCENT_ESCAPE.search(folded)):  # else no tail is kept
        spans += [m.span() for m in P.URL_TAIL.finditer(folded)
                  if "=" in m.group() or len(_PERCENT_ESCAPE.findall(m.group())) >= 2]
    return spans


# 95%CI / 95% CI / 95%置信区间: the confidence level names the interval that follows, no figure of its own.
_INTERVAL_AFTER = re.compile(r"\s?(?:CI(?![A-Za-z])|置信区间|可信区间)")
# (≥75%肿瘤细胞), ≤2级不良事件: a figure after a comparison sign and before a noun marks out a group.
_GROUP_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]")


# (95%CI：38.1%-52.4%): the bounds of a confidence interval qualify the estimate before it, no figure of their own.
_INTERVAL_BOUND_BEFORE = re.compile(r"(?:CI|置信区间|可信区间)\s?(?:[:：为]\s?)?(?:[\d.]+%?\s?(?:个月|月|天|年)?\s?[-–~至,，]\s?)?$")


def statistic_definition(folded: str, start: int, end: int, unit: str) -> bool:
    """A confidence level (95%CI), an interval's bound (95%CI：38.1%-52.4%) or a group's bound written with a
    sign (≥75%肿瘤细胞): no stated figure."""
    if unit == "percent" and _INTERVAL_AFTER.match(folded, end):
        return True
    if _INTERVAL_BOUND_BEFORE.search(folded, max(0, start - 24), start):
        return True
    return start > 0 and folded[start - 1] in "≥≤" and _GROUP_NOUN_AFTER.match(folded, end) is not None


# 12个月总生存率, 24个月无进展生存率, 30天复购率: a duration right before a rate noun (no verb between) is where the
# rate is measured, part of its name.
_LANDMARK_RATE = re.compile(r"[^\W\d_为达是占约较比至和与及、]{0,6}?率")


def landmark_rate(folded: str, end: int) -> bool:
    return _LANDMARK_RATE.match(folded, end) is not None


def within_duration(folded: str, end: int, unit: str) -> bool:
    """"15个工作日内到账", "2小时内送达": a duration followed by 内 is a bound."""
    return (unit in DURATION_UNITS and folded.startswith(WITHIN_SUFFIX, end)
            and (end + 1 >= len(folded) or folded[end + 1] not in WITHIN_NOT_BEFORE))


def class_name(folded: str, end: int) -> bool:
    """"5000吨级泊位", "10万吨级码头", "百亿元级项目": a figure followed by 级
    names a size class (like 10年期 a tenor), not a stated quantity. 级别
    (level) is not this: "提升2个级别" counts levels."""
    return folded.startswith("级", end) and not folded.startswith("级别", end)


def counts_accounts(folded: str, start: int, end: int) -> bool:
    """"宽带用户4,310万户", "开户120万户": the counter 户 counts the accounts
    the clause names (用户, 账户, 客户, 商户), not households. A household
    noun right after the counter ("1.2万户家庭", "600户农户") keeps the
    household reading; else the nearest 户-word before the number in its
    clause decides, or in a clause naming none ("…，较上年末新增126万户") the
    one in the clause before it in the sentence."""
    if folded.startswith(_HOUSEHOLD_HEADS, end):
        return False
    clause = _CLAUSE_BREAK.split(folded[max(0, start - 30):start])[-1]
    at = clause.rfind("户")
    if at < 0:
        # 零售客户数达2,380万户，较上年末新增126万户: a clause naming nothing counts what the one before counted
        window = folded[max(0, start - 40):start]
        parts = _TEXT_CLAUSE_BREAK.split(window)
        joined = len(parts) > 1 and window[len(window) - len(parts[-1]) - 1] in ",，"  # the same sentence
        word = _HU_WORD.search(parts[-2]) if joined and len(parts[-1]) == len(clause) else None
        return bool(word) and word.start() > 0 and parts[-2][word.start() - 1] in NOT_HOUSEHOLD_BEFORE_HU
    return at > 0 and clause[at - 1] in NOT_HOUSEHOLD_BEFORE_HU


def year_cell_is_value(header: str | None, row_label: str | None, cell: str) -> bool:
    """A year-like cell ("1940", "2021") is a figure when its column header
    (2023A | 2024E | 2025E) or, in a cell that is not the label itself, its
    row label names a period: the period is given, so the cell is the value."""
    if header and P.PERIOD_HEADER.search(fold(header)):
        return True
    return bool(row_label) and row_label.strip() != cell.strip() and bool(P.PERIOD_HEADER.search(fold(row_label)))


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)
