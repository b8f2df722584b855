"""The clause in front of a figure: predicate, comparison standard, noun phrase.

A Chinese figure clause reads Topic + [time/place adverbial] + metric +
[同比 / 较X] + verb + figure. Working right to left from the figure, the
predicate (qualifiers, adverbs, change verbs, 至/达 markers, the comparison
phrase 较X / 比X / 从X / 是X的) is stripped; what remains is the noun phrase
that names the metric, possibly with its owner in front of it. All functions
work on folded text (fold() keeps offsets) and return substrings of it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipelines.attribute import lexicon as L
from pipelines.attribute.periods import opening_period
from pipelines.recognize.textnorm import fold


def _alt(words) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def expected_value(prior_words: tuple[str, ...] = L.PRIOR_VALUE_WORDS) -> str:
    """A pattern for the value a reported figure is set against: (彭博)一致预期, 市场预期, 前值 (prior_words:
    which earlier values count)."""
    return f"(?:(?:{_alt(L.EXPECTATION_SOURCES)})?(?:{_alt(L.EXPECTED_VALUE_WORDS + prior_words)}))"


# A clause ends at punctuation; a comma between digits is a thousands separator (a comma after a digit and
# before three more is no end). One character class first: the regex engine scans for it fast.
CLAUSE_END = re.compile(r"[;:。!?！？；：,](?<!\d,(?=\d{3}))")
# One-character verbs are words only outside compounds: 新增 (new), 增值/增速/增幅 (nouns),
# 升级, 降本, 涨停/跌停 (a stock at its daily limit) are not changes; nor are 增程 (a range extender: 增程车型),
# 增发 (an issue of shares), 增材 (additive manufacturing), 增效, 增信 (credit enhancement), 降噪, 降落.
CHANGE_VERB = re.compile("(" + "|".join(
    # 增加值 (value added) is a noun, not the verb 增加
    [re.escape(w) + "(?!值)" for w in sorted(L.UP_VERBS + L.DOWN_VERBS, key=len, reverse=True) if len(w) > 1]
    + [r"(?<![新递倍渐])" + re.escape(w) + r"(?![值速幅量收资持级温本息价停程发材效信噪落]|加值)"
       for w in L.UP_VERBS + L.DOWN_VERBS if len(w) == 1]) + ")")
# 年增 / 季减 / 月增: a compressed comparator with its verb (L.COMPRESSED_STANDARDS).
COMPRESSED = re.compile(r"(?<![" + L.NOT_COMPRESSED_BEFORE + r"])([" + "".join(L.COMPRESSED_STANDARDS) + r"])(?:"
                        + _alt(L.COMPRESSED_VERBS) + r")(?!长率|速|幅|值|量|收|资|级|加值)")
# Two-character change words only: for headers and cells, where 增值/升级 are nouns.
CHANGE_WORD = re.compile("(" + _alt([w for w in L.UP_VERBS + L.DOWN_VERBS if len(w) > 1]) + ")")
# 比 as a preposition, not inside 比例/比重/比率/占比/对比/比较/比如.
# (not 比较: 业绩比较基准 names a fund's benchmark)
COMPARATOR = re.compile(r"(相较于|相比于|相较|相比|较之|(?<![占对无好同环])(?<!本益)比(?![例重率如较起])|(?<!比)较(?![大高低多少好快慢强弱为早晚长短]))")
# A clause may open with 比 as its comparator only before a year or figure (比2019年同期增长18.5%), a
# relative period (比上月回落0.4个百分点, 比年初增加) or a standard ending in a comparative (…，比国内高5个百分点):
# any other opening 比 starts a name (比亚迪, 比特币).
# 比 opening a clause compares when a standard follows (比2019年…, 比上月回落0.4个百分点, 比整体平均水平高出约22元,
# 比行业平均…), or when the clause ends in a comparative (…，比国内高5个百分点); else it begins a name (比亚迪,
# 比特币) or a word (比例).
_OPENING_BI = re.compile(r"比(?=\d|上[年月季周期一个]|去年|前[年一]|年初|同期|整体|行业|全国|全省|全市|平均|市场|大盘|同行|同类|"
                         r"普通|传统|一般|其他|其它|非|[^,\d]{1,12}?(?:" + "|".join(L.UP_ADJECTIVES + L.DOWN_ADJECTIVES)
                         + r")(?:出|了)?$)")


def _comparator_starts(text: str) -> list[re.Match]:
    return [m for m in COMPARATOR.finditer(text)
            if m.start() > 0 or m.group(1) != "比" or _OPENING_BI.match(text)]
# (A time word before the verb is an adverbial too: 股价年内上涨35%, 营收全年增长12%.)
_TIME_TOKENS = frozenset(L.TIME_WORDS)
_TRAIL_TOKENS = sorted(set(L.QUALIFIER_WORDS + L.ADVERBS + L.UP_VERBS + L.DOWN_VERBS + L.TO_MARKERS
                           + L.DISCOUNT_VERBS + L.CLOSE_VERBS + L.NEWS_TIME_WORDS + L.LOCATIVE_COPULAS + L.YOY_WORDS + L.QOQ_WORDS + L.MOM_WORDS + L.WOW_WORDS + L.TIME_WORDS), key=len, reverse=True)
# 能 ends many names and nouns (远航智能, 金伦储能): it is no modal there.
ENDS_IN_NENG = ("智能", "储能", "节能", "赋能", "电能", "热能", "风能", "氢能", "核能", "光能", "技能", "职能", "潜能")
# A one-character token is not stripped when it ends one of these words.
_GUARDED = ("行为", "人均", "平均", "日均", "月均", "年均", "户均", "店均", "产能", "性能", "功能", "效能", "动能",
            *ENDS_IN_NENG,
            "新增", "所有", "作为", "认为", "成为", "因为", "更为", "较为", "极为", "最为", "回升", "递增", "递减",
            "存在", "现在", "正在", "所在", "实在", "潜在", "内在", "外在", "主打",
            "出超", "入超")  # (Taiwan: a trade surplus, deficit)
# "达到整体GMV的" / "是传统模式的" / "占总收入的": the whole the figure is a part or multiple of.
# 佔本集團總收益逾60%: 占 takes its whole without 的 too (not 占比, 占率, 占有, 占据, 占领, nor 应占溢利:
# the profit attributable to shareholders).
# (X占营收比重由去年同期的18%提升至27%: the whole ends where "from" starts: FROM_TAIL; 經營開支佔收入比率為33.1%:
# where the copula starts.)
FROM_TAIL = r"(?:(?:已经?|已)?(?:由|从)[^,]*)?"
SHARE_OF_END = re.compile(r"(?<![应独霸侵])占(?![比率有据领用])([^,的]{2,20}?)(?:约为|为|达到|达|是|约)?" + FROM_TAIL + "$")
_OF_WHOLE = re.compile(r"(?:(?:达到|达|为|是|相当于|超过)[^,]{1,20}|占(?!比)[^,]{1,32})的$")


RATE_BASE = re.compile(r"(?:每|单)(?:平方米|平米|平方|亩|人|户|家|店|个|位|天|日|月|年|小时|台|辆|吨|件|单|股)$")
_DURING = re.compile(r"^(?:(?:连续|过去|近|最近|未来)[一二两三四五六七八九十\d]+(?:个)?(?:年|季度|月|周|天)(?:来|以来|内|中|间)?"
                     r"|[一二两三四五六七八九十\d]+(?:个)?(?:年|季度|月|周)(?:来|以来|间|之间)"
                     # 市场下跌过程中(将股票仓位…), 稳增长政策加码背景下: a circumstance frame, no owner or measure
                     r"|[^,]{2,12}?(?:过程中|背景下|情况下|环境下))")  # 五年间提高8个百分点


# "采用该功能后直播间的互动率": an "after adopting X" adverbial without its comma.
_AFTER_ADOPTING = re.compile(r"^(?:采用|使用|引入|上线|推出|借助|应用|接入|开通)[^,]{1,12}?(?:后|以后|之后)")
# "内部评测显示其综合效果": a report frame without its comma.
_REPORTED = re.compile(r"^[^,]{0,12}?(?:显示|表明|(?<![派分配下收])发现|指出)(?=[^,]{2,})")  # not 派发现金
# "规模效应推动全年综合毛利率": a cause before a causative verb, without its comma; what it moves follows.
_CAUSED = re.compile(r"^[^,]{0,12}?(?:推动|拉动|驱动|促进|促使|助推)(?![力器])(?=[^,]{2,})")


def _of_whole(np: str) -> int | None:
    """Start of the nearest "达到X的" / "是X的" / "占X的" / "占X" before the figure."""
    if not np.endswith(("的", "的\n")):
        m = SHARE_OF_END.search(np) if "占" in np else None
        return m.start() if m else None  # (what _OF_WHOLE needs at the end: $ also matches before a final newline)
    for i in range(len(np) - 2, -1, -1):
        if _OF_WHOLE.match(np, i):
            return i
    return None
_FROM = re.compile(r"(?<![自理经缘来])由(?![于此])|(?<![服跟自])从(?![业事而来未不小中])")
_NEWLY_ADDED_END = re.compile(r"(?:净新增|新增|净增)了?$")
# 增速高出一二线城市(8个百分点) / 领先行业平均(5个百分点): the verb and its standard are predicate.
_OUTDOING = re.compile(r"(?<=[^\s,])(?:高出|低出|领先|落后|快于|慢于)([^,]{2,12})$")
# 按可比口径(同比增长5.9%) / 按不变价格计算 / 按固定汇率: the basis of the comparison is predicate.
_BASIS = re.compile(r"按[^,按]{0,6}?(?:口径|价格|汇率)(?:计算|计)?$")
_WITH_COMPARE = re.compile(r"(?:与|和|同|跟)([^,]{1,20}?)(?:相比|相较|比较)$")
# 两年平均增长3.8%: the growth averaged over the years since a base year two (three) years back, a standard
# of its own (not yoy); it stands where the measure would.
_AVERAGED_OVER = re.compile(r"(?:[两二三四五]|\d)年平均$")


def averaged(baseline: str | None) -> bool:
    """The standard is an average over years (两年平均), not the one a paragraph's changes share."""
    return bool(baseline) and _AVERAGED_OVER.fullmatch(baseline) is not None
# 目标价 / 计划数 are nouns: a discourse word does not end inside one (L.DISCOURSE_NOT_BEFORE).
_DISCOURSE = re.compile(r"^(?:(?:" + _alt(L.DISCOURSE) + r")(?![" + L.DISCOURSE_NOT_BEFORE + r"])"
                        r"(?!(?<=目标)[" + L.TARGET_NOUN_STARTS + r"])|即(?!["
                        + L.NAMELY_NOT_BEFORE + r"])|[一二三四五六七八九十]是|第[一二三四五六七八九十](?=[,、是])|在此基础上)+")
# (and a Markdown list bullet: "- 本公司擁有人應佔虧損…")
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]是|[(（]?[一二三四五六七八九十\d][)）、.]|[①-⑩]|[-*+•·]\s+)")


# Comparative adjectives after a comparison standard: 比老用户低8个百分点.
_COMPARATIVE_END = re.compile("(?:" + _alt(L.UP_ADJECTIVES + L.DOWN_ADJECTIVES) + r")(?:出|了|于)?$")
# A clause that only sets the comparison standard for the next: 与传统门店相比，…
# (以2024年营业收入为基数，2025年营业收入增长率不低于20%: a performance target's base is its standard.)
COMPARISON_FRAME = re.compile(r"^(?:与|和|同|跟)(.{2,20}?)(?:相比|相较|比较)$|^(?:相比|相较于?|较之|对比)(.{2,20})$"
                              r"|^以(.{2,20}?)为基(?:数|准|期)$")


@lru_cache(maxsize=1 << 12)  # pure; names, topics and figures of a sentence are each read clause by clause
def clauses(folded: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every clause."""
    spans, pos = [], 0
    for clause in CLAUSE_END.split(folded):  # (every clause end is one character)
        spans.append((pos, pos + len(clause)))
        pos += len(clause) + 1
    return tuple(spans)


_TRAIL_TOKEN_SET = frozenset(_TRAIL_TOKENS)
_TRAIL_TOKEN_LENGTHS = sorted({len(t) for t in _TRAIL_TOKENS}, reverse=True)


def _strip_token(np: str) -> str | None:
    # The longest trailing token first (one suffix per length, so a set lookup per length finds it).
    for n in _TRAIL_TOKEN_LENGTHS:
        if n > len(np) or np[-n:] not in _TRAIL_TOKEN_SET:
            continue
        if len(np) == n:
            return ""  # np is the token itself
        if n == 1 and np.endswith(_GUARDED):
            continue
        if np[-n - 1].isdigit() and np[-n:] in _TIME_TOKENS:
            continue  # 618期间: a time word after a figure belongs to the event it names
        return np[:-n]
    return None


# 升236點或(1.2%): the same change in another unit (one outside the vocabulary) before 或 is predicate too.
_OR_VALUE = re.compile(r"[+-]?\d[\d,.]*[^\d\s,;:]{0,3}或$")


@lru_cache(maxsize=1 << 14)  # pure; the same predicates ("同比增长", "达到") stand before many figures
def strip_predicate(pre: str) -> str:
    """The noun phrase left after removing the predicate in front of a figure."""
    np = pre.rstrip()
    compared = False
    for _ in range(12):
        before = np
        m = COMPRESSED.search(np)
        if m and m.end() == len(np):
            np = np[: m.start()]  # 營收…，年增(33.9%): comparator and verb are the predicate
            continue
        m = OUTPERFORMS.search(np)
        if m:
            np = np[: m.start()]  # 跑赢沪深300指数 / 低于一致预期约: verb and standard are the predicate
            continue
        cut = _strip_token(np)
        if cut is not None:
            np = cut
            continue
        m = RATE_BASE.search(np)
        if m and m.start() > 0:
            np = np[: m.start()]  # 坪效达到每平方米(2.5万元): the rate base belongs to the figure
            continue
        m = _OR_VALUE.search(np)
        if m:
            np = np[: m.start()]  # 升236點或(1.2%): the same change in another unit (one outside the vocabulary)
            continue
        cut = _of_whole(np)
        if cut is not None:
            np = np[:cut]
            continue
        m = _WITH_COMPARE.search(np) or _BASIS.search(np) or _AVERAGED_OVER.search(np) \
            or (_OUTDOING.search(np) if not compared else None)
        if m:
            np = np[: m.start()]
            continue
        # 较X / 比X / 从X / 由X: the comparison or starting point runs to the end.
        # 较去年同期的: the clause has no noun phrase of its own; but 比亚迪… is a name.
        cands = [m.start() for m in _comparator_starts(np)]
        cands += [m.start() for m in _FROM.finditer(np)]
        if cands and not compared:
            np = np[: max(cands)]
            compared = True
            continue
        m = _COMPARATIVE_END.search(np)
        if m and COMPARATOR.search(np[: m.start()]):
            np = np[: m.start()]  # 比老用户低 -> the comparison phrase, stripped next round
            continue
        if np == before:
            break
    return np.strip()


_TIME_WORDS_LONGEST_FIRST = sorted(L.TIME_WORDS, key=len, reverse=True)
_TO_YEAR = re.compile(r"^(?:到|至|截至|截止到?)(?=(?:19|20)\d{2})")
# 本周（11.24-11.28）全国生猪均价: the days a weekly's week spans, written in a parenthesis after it.
_DATE_SPAN = re.compile(r"^[(（]\d{1,2}[./]\d{1,2}\s?[-—–~至]\s?(?:\d{1,2}[./])?\d{1,2}[)）]")
# 【記者林佳穎／台北報導】鴻宇精密…: a news report's byline (or source tag) before the sentence
_BYLINE = re.compile(r"^【[^】]{1,30}】\s*")
# 将FY25E/FY26E收入预测(上调3%/4%), 把2025年盈利预测…: the disposal 将/把 before the period of its object
_DISPOSAL = re.compile(r"^[将把](?=FY\d|\d{2}(?:Q|H|E|年|/|-)|(?:19|20)\d{2}|[今明去]年)")
# 期间/以来 after a period, or an aside in parentheses: FY25Q3（即2024年四季度）公司…
# 去年同期为(经调整净利润); 4月上旬将(股票仓位由72%提升至…): part of a month, then the disposal 将/把 (or 将 "will")
AFTER_PERIOD = re.compile(r"^(?:(?:[上中下]旬|初)?[将把](?=[^\d,])|[上中下]旬|期间|内|以来|末|[(（][^()（）]{1,20}[)）]|则为"
                           r"|为(?![主首])|是)")
# (not 在营购物中心: 中心 is a noun, so is 上市 in 在上市公司中)
# (at least one character inside: 于中国…市场 is no frame 于…中)
_IN_FRAME = re.compile(r"^(?:在|于)(?=[^,]{1,12}(?:期间|上|中|内))[^,]{1,12}?(?:期间|上(?![市线])|中(?!心)|内)")


# Whatever a step of leading_adverbials strips, at the start of a phrase.
_ADVERBIAL_START = re.compile("|".join(f"(?:{p.pattern})" for p in (
    _ORDINAL, _DISCOURSE, _DURING, _AFTER_ADOPTING, _REPORTED, _CAUSED, _TO_YEAR, _DATE_SPAN, _DISPOSAL, _BYLINE,
    _IN_FRAME)) + "|[的了 ]")


def _opens_with_adverbial(np: str, folded: str) -> bool:
    """Whether any step of leading_adverbials would strip something from np (folded: its fold)."""
    return (np[:1].isspace() or np.startswith(L.TIME_WORDS) or bool(_ADVERBIAL_START.match(np))
            or opening_period(folded) is not None)


@lru_cache(maxsize=1 << 16)  # pure; the clause grammar asks about the same phrase many times
def leading_adverbials(np: str) -> str:
    """Drop discourse words, ordinals, periods and time words at the front."""
    # Every step below drops a prefix, so np stays a suffix of the phrase and of its fold (fold keeps offsets).
    folded = fold(np)
    for _ in range(6):
        if not _opens_with_adverbial(np, folded[len(folded) - len(np):]):
            break  # (the steps below would change nothing)
        before = np
        np = np.lstrip()
        np = _ORDINAL.sub("", np)
        np = _DISCOURSE.sub("", np)
        np = _DURING.sub("", np)
        np = _AFTER_ADOPTING.sub("", np)
        np = _REPORTED.sub("", np)
        np = _CAUSED.sub("", np)
        np = _TO_YEAR.sub("", np)  # 到2025年(将增长至)
        np = _DATE_SPAN.sub("", np)
        np = _DISPOSAL.sub("", np)
        np = _BYLINE.sub("", np)
        period = opening_period(folded[len(folded) - len(np):])
        if period:
            np = np[period.end:]
            np = AFTER_PERIOD.sub("", np)
        if np.startswith(L.TIME_WORDS):  # (the loop changes nothing when no time word opens np)
            for w in _TIME_WORDS_LONGEST_FIRST:
                if np.startswith(w):
                    np = np[len(w):]
        np = _IN_FRAME.sub("", np)
        np = np.lstrip("的了 ")
        if np == before:
            break
    return np


# 跑赢沪深300指数(2.1个百分点) / 高于行业平均(3个百分点): the verb, then its object, the standard (not "高于X的":
# X's own value follows, see L.OTHER_VALUE_MARKERS).
OUTPERFORMS = re.compile("(" + _alt(L.OUTPERFORM_VERBS) + r")([^,%]{2,20}?)(?<!的)(?:" + _alt(L.QUALIFIER_WORDS) + r")?$")
_MULTIPLE_STANDARD = re.compile("(?:" + _alt(L.MULTIPLE_OF_VERBS) + r")([^,]{2,20}?)的(?:[\d.]+|[一二两三四五六七八九十]+)?$")  # 是X的N倍
_COMPARED_WITH = re.compile(r"(?:与|和|同(?![期比])|跟)([^,]{2,20}?)(?:相比|相较|比较(?!基准))")  # (同期业绩比较基准…)


@lru_cache(maxsize=1 << 14)  # pure
def baseline_of(clause_pre: str) -> str | None:
    """yoy, qoq, or the comparison standard as written; None when there is none."""
    m = COMPRESSED.search(clause_pre)
    if m and m.end() >= len(clause_pre.rstrip()) - 4:
        return L.COMPRESSED_STANDARDS[m.group(1)]
    if "周" in clause_pre and any(w in clause_pre for w in L.WOW_WORDS):
        return "上周"  # 周环比 (its 环比 is no quarter's)
    if any(w in clause_pre for w in L.MOM_WORDS):
        return L.COMPRESSED_STANDARDS["月"]
    if any(w in clause_pre for w in L.QOQ_WORDS):
        return "qoq"
    if any(w in clause_pre for w in L.YOY_WORDS):
        return "yoy"
    m = _MULTIPLE_STANDARD.search(clause_pre)
    if m:
        return _standard(m.group(1))
    m = _AVERAGED_OVER.search(CHANGE_VERB.sub("", clause_pre.rstrip()))
    if m:
        return m.group(0)
    m = OUTPERFORMS.search(clause_pre.rstrip())
    if m:
        return _standard(m.group(2))
    m = _COMPARED_WITH.search(clause_pre)
    if m:
        return _standard(m.group(1))
    m = _OUTDOING.search(clause_pre.rstrip())
    if m and not COMPARATOR.search(clause_pre[: m.start()]):
        return _standard(m.group(1))  # 增速高出一二线城市8个百分点
    # 較2023年增加: a clause may open with its comparator; 比 at the start is a name's (比亚迪).
    hits = _comparator_starts(clause_pre)
    if hits:
        rest = clause_pre[hits[-1].end():]
        v = CHANGE_VERB.search(rest)
        phrase = rest[: v.start()] if v else rest
        phrase = _NEWLY_ADDED_END.sub("", _COMPARATIVE_END.sub("", phrase))  # 较上月(新增)约150座
        return _standard(phrase)
    return None


def frame_standard(clause: str) -> str | None:
    """The standard a comparison-frame clause sets (与传统门店相比 -> 传统门店)."""
    m = COMPARISON_FRAME.match(clause.strip())
    return _standard(m.group(1) or m.group(2) or m.group(3)) if m else None


# 较现价有(22%上涨空间): the existential 有 is predicate; 较2024年3月31日淨減少: an adverb between the
# standard and the verb is not part of the standard.
_STANDARD_TAIL = re.compile(r"(?:的水平|的|有|净|分别|则|(?<!平)均|大幅|明显|显著)$")  # (not 行业平均; 较2019年同期则…)
_STANDARD_HEAD = re.compile(r"^(?:于|之)")
_BARE_NUMBER = re.compile(r"[\d.%]+")


# 較11月14日收盤價1,055元仍有… / 较2024年同期的人民币372.8百万元增加…: the standard's own value after it is no part
# of the standard's name (a figure after a word, not a date's 14日)
_STANDARD_OWN_VALUE = re.compile(r"(?<=[^\d,.\s])(?:的)?(?:约|近|超过|逾)?(?:人民币|港币|新台币)?\d[\d,.]*(?:百万|千万|万亿|亿|万|千)?"
                                 r"(?:元|美元|港元|%)")


def _standard(phrase: str) -> str | None:
    own = _STANDARD_OWN_VALUE.search(phrase)
    if own and own.start() >= 2:
        phrase = phrase[: own.start()]
    phrase = _STANDARD_TAIL.sub("", phrase.strip())
    phrase = _STANDARD_HEAD.sub("", phrase)
    if phrase in L.RELATIVE_YOY:
        return "yoy"
    if phrase in L.RELATIVE_QOQ:
        return "qoq"
    if len(phrase) < 2 or _BARE_NUMBER.fullmatch(phrase):
        return None
    return phrase


@lru_cache(maxsize=1 << 12)  # pure; asked of the few words before every figure, the same predicates again and again
def last_change_verb(tail: str) -> re.Match | None:
    verbs = list(CHANGE_VERB.finditer(tail))
    return verbs[-1] if verbs else None


def is_down(verb: str) -> bool:
    return verb in L.DOWN_VERBS
