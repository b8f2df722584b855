"""Whose figure it is: topics, case studies, and the owner inside a noun phrase.

Chinese states the owner of a figure in three ways, and this module reads
each: as the clause topic (快手电商业务在2024年表现亮眼 / 快手通过…), as a case
introduced with the indefinite-specific 某 or 以X为例 (某社区药房的实践表明…),
or inside the metric's noun phrase (快聘业务的日均投递简历用户数, 海外业务收入).
A phrase that starts with an anaphor (该区域, 其, 他们) owns nothing itself:
its figure belongs to the subject carried from before.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pipelines.attribute import lexicon as L
from pipelines.attribute.grammar import AFTER_PERIOD, ENDS_IN_NENG, clauses, leading_adverbials, strip_predicate
from pipelines.attribute.periods import PERIOD_CHAR, find_periods, opening_period
from pipelines.recognize.textnorm import fold

_HEADS = sorted(L.ENTITY_HEADS, key=len, reverse=True)
_HEAD_SET = frozenset(_HEADS)
_HEAD_LENGTHS = sorted({len(h) for h in _HEADS}, reverse=True)
# (Every alternative opens with a character, 比 too, its lookbehind after it: the regex engine then scans for
# the first characters fast.)
_NOT_OWNER = re.compile(r"通过|采用|使用|借助|利用|显示|表明|指出|透露|针对|如何|什么|、|了|较|比(?<=[^占对]比)(?![例重率])|"
                        r"应占|归属|归于|占(?![据领有])|"  # 海外游戏收入占游戏业务(收入的比例): a share phrase owns nothing
                        + "|".join(v for v in L.TRANSITIVE_VERBS if v not in ("服务", "覆盖", "积累", "收获")))
# A figure a headline states (營收68.2億元 前10月EPS…): what stands before it owns nothing after it.
_STATED_FIGURE = re.compile(r"\d[\d.,]*(?:[万亿]+(?:美元|港元|元)?|美元|港元|元|%|倍|成)")


def _last_figure(text: str) -> re.Match | None:
    found = None
    for found in _STATED_FIGURE.finditer(text):
        pass
    return found


_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&.\-]{1,19}(?: [A-Z][A-Za-z0-9&.\-]{1,19})?")
_CAUSATIVE = re.compile(r"(?<![即假纵大出转])(?:使得|使|让|令)(?![用命利])")  # (not 出让金, 转让, 让利)
# 于/以 are left out: 归属于, 高于, 以…为 make too many false names.
_AGENTIVE = ("实现", "通过", "将", "推出", "旗下", "凭借", "依托", "借助", "在", "的业绩", "首创", "持续") + L.ANNOUNCING_VERBS
_GENERIC_AGENTS = ("用户", "消费者", "商家", "主播", "平台", "企业", "公司", "品牌", "我们", "他们", "行业", "市场",
                   "政府", "直播", "电商", "本地", "海外", "国内", "全国", "全球",
                   "特此")  # 特此公告: "hereby", an announcement's closing formula
# 全市有效期内…, 本市…: a local scope stands for the place the document is about, not a name of its own;
# 具体财务数据以…为准, 访港旅客人次持续增长: data and a count are measures, not agents
_NOT_AGENT_ENDINGS = ("数据", "人次",
                      # 巳集團中期業績(公告), 甲公司2024年度业绩(预告): the results announced, not the announcer
                      "业绩", "财报", "年报", "中报", "季报", "预告", "快报", "盈利警告", "盈利预警")
# 公司董事会建议向全体股东(派发): an organ, its decision and its addressee (L.GOVERNING_BODIES).
_ORGAN_DECIDES = re.compile("(?:" + "|".join(L.GOVERNING_BODIES) + ")(?:" + "|".join(L.DECISION_VERBS)
                            + r")*(?:向[^,]{1,10}?)?$")
_REPORT_VERB = re.compile(r"(?:显示|表明|指出|透露|分享道|分享|表示|称|介绍)$")
_DATA_WORD = re.compile(r"(?:实践案例|实践|数据|调研|统计|报告|研究|调查|案例|教学|招股说明书|招股书|财报|年报)")
_FILING = re.compile(r"招股说明书|招股书|财报|年报")  # X的招股书显示: the issuer's own filing


@dataclass(frozen=True)
class Topic:
    subject: str
    is_case: bool  # a new case study starts: the carried period resets


@lru_cache(maxsize=1 << 16)  # pure; asked of the same prefixes many times per sentence
def head_of(x: str) -> str | None:
    # The longest head x ends with (one suffix per length, so a set lookup per length finds it).
    for n in _HEAD_LENGTHS:
        if n <= len(x) and x[-n:] in _HEAD_SET and (n > 1 or len(x) >= 3):
            return x[-n:]
    return None


_DIGIT = re.compile(r"\d")
_NAME_EXTENSION_BREAK = re.compile(r"[的在于将已以对向与和从由]")
_NOT_OWNER_ENDINGS = L.ABSTRACT_HEADS + L.METRIC_WORDS


def entity_like(x: str, names=()) -> bool:
    """Can x own a figure: a 某-case, a known name, a scope noun, an organisation/group noun."""
    x = x.strip()
    reading = _entity_reading(x)
    if isinstance(reading, bool):
        return reading
    if x in names:
        return True
    # 快手电商 extends the name 快手; 快手在海外 is the name plus a prepositional phrase.
    return reading == _NAME_OR_EXTENSION and x.startswith(tuple(names)) and any(
        x.startswith(n) and len(x) <= len(n) + 6 and not _NAME_EXTENSION_BREAK.search(x[len(n):]) for n in names)


# A work named in title marks (《山海行》), and the words that make it a document rather than a product.
_WORK_TITLE = re.compile(r"^《([^《》]{1,20})》$")
_DOCUMENT_WORDS = ("报告", "白皮书", "蓝皮书", "规划", "意见", "通知", "办法", "方案", "纲要", "指南", "公报", "年鉴",
                   "洞察", "调查", "研究", "条例", "法", "决定", "公告", "报", "志", "周刊", "杂志")
# What the document's names decide when a phrase's own words do not (see _entity_reading).
_NAME, _NAME_OR_EXTENSION = "a known name", "a known name or an extension of one"


# A group by rank opening a noun phrase: the rank, then a group noun ending in 企 (房企, 车企) or an entity head.
_RANKED_OWNER = re.compile(r"(?:(?:TOP|Top|top|前)\d{1,3}(?:名|强)?|\d{1,3}强|[十百千]强)[^\W\d]{0,4}?(?:企|"
                           + "|".join(sorted(L.ENTITY_HEADS, key=len, reverse=True)) + ")")


# A product model: a brand, then a model code (理想L6, 小米SU7, 问界M9; not a period code: 季度Q3, 2025H1, TOP5).
_MODEL_OWNER = re.compile(r"[\u4e00-\u9fff]{2,4}(?!Q[1-4]|H[12]|FY|TOP)[A-Z]{1,3}\d{1,3}(?:\s?(?:Pro|Max|Ultra|Plus|mini|Air))?"
                          r"(?![\dA-Za-z]|-\d)")  # (引进B737-8飞机: an aircraft type's dashed variant, no brand's model)


@lru_cache(maxsize=1 << 15)  # pure: topic and owner search try every prefix of every clause, in every document
def _entity_reading(x: str) -> bool | str:
    """Whether x can own a figure by its own words (True/False), or what the names must say (_NAME: x is one;
    _NAME_OR_EXTENSION: x is one or extends one)."""
    if x.startswith("某") and 2 <= len(x) <= 24:
        return True
    work = _WORK_TITLE.match(x)
    if work:  # 《山海行》于9月上线: a game, a film, a programme owns its figures; a report or a plan is a source
        return not work.group(1).endswith(_DOCUMENT_WORDS)
    if _RANKED_OWNER.fullmatch(x) or _MODEL_OWNER.fullmatch(x):  # TOP10房企, 百强房企; 理想L6: own their figures
        return True
    if not 2 <= len(x) <= 24 or _NOT_OWNER.search(x) or _DIGIT.search(x) and not x.startswith("某"):
        return False
    if x.startswith(L.NON_OWNER_OPENERS) and not x.startswith(L.TRIAL_ARMS) or x.endswith(L.STATISTICS_OFFICES):
        return False  # (主計總處：第3季經濟成長率…: the office publishes the figure, the place owns it; 对照组 is no 对)
    if x.startswith("某") or x in L.SCOPE_NOUNS:
        return True
    if x.endswith(_NOT_OWNER_ENDINGS):
        return _NAME
    if head_of(x) or _LATIN_NAME.fullmatch(x) and x not in L.METRIC_WORDS:
        return True
    return _NAME_OR_EXTENSION


_CASE_STOP_PATTERNS = [(w, re.compile(re.escape(w))) for w in L.ROLE_NOUNS + L.REPORT_WORDS + L.CASE_STOPS]
_HEAD_PATTERNS = [(h, re.compile(re.escape(h))) for h in _HEADS]
# (not 拥有人, 招聘人: a verb before 人 makes a noun, the one who owns or hires)
_TRANSITIVE = re.compile("(?:" + "|".join(map(re.escape, L.TRANSITIVE_VERBS)) + ")(?!人)")
_TRANSITIVE_UNESCAPED = re.compile("|".join(L.TRANSITIVE_VERBS))  # as the rules were written: words as patterns
_ANAPHORS_LONGEST_FIRST = sorted(L.ANAPHORS, key=len, reverse=True)
_ANNOUNCING_OPENER = re.compile(r"^(?:" + "|".join(L.ANNOUNCING_VERBS) + ")")
# 快手在(2024年), 美团发布(…), 鸿海今日公布(2024年11月营收): what stands between an owner and a period.
# A news report's day: 今日, 昨日…, or 今（10）日 as Taiwanese news write the date.
_NEWS_DAY = r"(?:" + "|".join(L.NEWS_TIME_WORDS) + r"|[今昨前明]\(\d{1,2}\)日)"
_PRE_PERIOD_TAIL = re.compile(r"(?:" + _NEWS_DAY + r"?(?:"
                              + "|".join(L.ANNOUNCING_VERBS) + r")|在|于)$")  # (今(10)日公布: Taiwanese news's day)
_NEWS_TIME_WORD = re.compile("|".join(L.NEWS_TIME_WORDS))


_PUBLISHING = ("发布", "公布", "发表", "披露")
_PUBLISHES = re.compile("|".join(_PUBLISHING))


@lru_cache(maxsize=1 << 14)  # pure
def case_np(s: str) -> str | None:
    """The 某-noun phrase at the start of s, or None when it names a quoted person."""
    end = len(s)
    tail = s[2:]
    for w, pattern in _CASE_STOP_PATTERNS:
        if w not in tail:
            continue  # (a cheap test first: most stop words are absent)
        for m in pattern.finditer(tail):
            i = m.start() + 2
            after = s[i + len(w):]
            if len(w) == 1 and s[i - 1] in "自理经缘位关对属等基用处至以":
                continue  # 自由职业者, 位于, 关于: the character belongs to a word
            if w in L.REPORT_WORDS and after.startswith(L.ENTITY_HEADS + ("院", "所", "局", "中心", "咨询")):
                continue  # 某第三方研究机构, 某数据公司: the word is part of the organisation's name
            end = min(end, i)
            break
    np = s[:end].rstrip("的")
    if len(np) < 2 or np.endswith(L.SOURCE_PERSONS):
        return None
    # 某家电品牌成交额: the case ends with its last organisation noun; the rest is the metric.
    ends = [m.end() for h, pattern in _HEAD_PATTERNS if h in np for m in pattern.finditer(np)
            if head_of(np[: m.end()])]
    if ends and max(ends) < len(np):
        np = np[: max(ends)]
    if np.endswith(L.SOURCE_INSTITUTIONS) and _PUBLISHES.search(s, len(np)):
        return None  # 某咨询机构(近日)发布的报告显示: publishing on a market, a source (its 调查显示 is a case)
    return np


@lru_cache(maxsize=1 << 16)  # pure
def _strip_anaphor(np: str) -> tuple[bool, str]:
    """(True, rest) when np opens with an anaphor; 该区域/该市 lose their noun too."""
    if np.startswith(L.NOT_ANAPHORIC_WORDS):
        return False, np
    for a in _ANAPHORS_LONGEST_FIRST:
        if np.startswith(a):
            rest = np[len(a):]
            if a in ("该", "这家", "这个", "本", "此"):
                i = rest.find("的", 0, 7)
                if i > 0:  # 该模型的推理速度: "that X's Y"
                    return True, rest[i + 1:]
                ks = [k for k in range(1, min(4, len(rest) - 1) + 1)
                      if rest[:k] in L.ENTITY_HEADS or rest[:k] in L.ANAPHORIC_NOUNS]
                ks = ks or [k for k in range(1, min(4, len(rest) - 1) + 1) if head_of(rest[:k])]
                ks = ks or ([1] if rest[:1] in "市县省区店行司厂所校院园镇村" else [])
                if ks:
                    rest = rest[ks[0]:]
            return True, rest.lstrip("的")
    return False, np


def _last_transitive(np: str) -> re.Match | None:
    """The last object-taking verb that is not inside a relative clause (no 的 after it)."""
    best = None
    for m in _TRANSITIVE.finditer(np):
        rest = np[m.end():]
        if "的" not in rest and len(rest) >= 2 and rest not in L.COUNT_NOUNS \
                and rest not in L.VERB_MEASURE_NOUNS and not np.startswith(L.VERB_INSIDE_NOUNS, m.start()):
            best = m  # (not 累计交付量, 签约面积, 新开工面积: nouns)
    return best


# A news report's day closing the words before its verb (台積電今（10）日公布).
_NEWS_DAY_END = re.compile(_NEWS_DAY + r"+$")
# 晶圓代工龍頭台積電 / 手机巨头小米: a description (the leader, giant or big maker of a trade) before a name.
_DESCRIBED_NAME = re.compile(r".{2,10}?(?:" + "|".join(L.DESCRIPTION_HEADS) + r")([^\W\d_]{2,8})")


def owner_of_phrase(left: str, names=()) -> str | None:
    """The owner in the words before a verb (快手|实现营收), or None (adverbs, anaphors)."""
    left = strip_predicate(leading_adverbials(left))  # 活动最终(带动): trailing adverbs are not the agent
    if "日" in left or "天" in left:
        left = _NEWS_DAY_END.sub("", left)  # 台積電今（10）日(公布): the day it announced, no part of the name
    organ = _ORGAN_DECIDES.search(left)
    if organ:
        left = left[: organ.start()]  # 美团董事会建议(派发): the company, or the one under discussion
    if not left or left in L.BARE_ANAPHORIC_HEADS:
        return None
    if left.startswith("某"):
        return case_np(left)
    is_ana, _ = _strip_anaphor(left)
    if is_ana:
        return None
    role = _ROLE_BEFORE_NAME.match(left) if names and _ROLE_GATE.search(left) else None
    if role and left[role.end():] in names:
        return left[role.end():]  # 全资子公司金伦储能(实现): the name in apposition owns it
    for k in range(min(len(left), 16), 1, -1):
        if entity_like(left[:k], names):
            return left[:k]
    # 腾讯实现营收…: a short bare noun as the agent of an object-taking verb is a name.
    if left not in L.MANNER_ADVERBS + L.ADVERBS and _short_name(left, "收入"):
        return left
    return None


# Measures whose name opens with a word that elsewhere refers back to the company (企业所得税, 公司债): no reference.
_HEAD_OPENED_METRICS = tuple(w for w in L.METRIC_WORDS if w.startswith(L.BARE_ANAPHORIC_HEADS))


def split_np(np: str, names=()) -> tuple[str | None, str | None, bool]:
    """(owner or None, metric or None, metric_is_anaphoric) of a noun phrase."""
    # Every phrase tested against the names is a part of np, so only the names occurring in np can
    # matter: keyed by those alone, a phrase that names no one is read once for every document.
    if "以下" in np:  # 甲集团有限公司（以下简称“甲集团”）增持金额: the alias aside is neither owner nor measure
        np = _ALIAS_ASIDE.sub("", np)
    return _split_np(np, tuple(n for n in names if n in np))


@lru_cache(maxsize=1 << 14)  # pure
def _split_np(np: str, names: tuple[str, ...]) -> tuple[str | None, str | None, bool]:
    np = leading_adverbials(np)
    if "(" in np or "（" in np:
        np = _STOCK_CODE.sub(r"\1", np, count=1)  # 稼光（2409）第三季營收: the code is not part of the name
    elif np[:1].isdigit() and (np.find(")") > 0 or np.find("）") > 0):
        np = leading_adverbials(_CODE_TAIL.sub("", np))  # （股票代號：3673）113年11月營收
    m = None
    for m in _CAUSATIVE.finditer(np):
        pass
    if m is not None:
        np = leading_adverbials(np[m.end():])
    if not np:
        return None, None, False
    if np.startswith("某"):
        owner = case_np(np)
        if owner:
            rest = _ANNOUNCING_OPENER.sub("", np[len(owner):].lstrip("的"))
            return owner, _clean_metric(rest), False  # 某电子公布(2024年11月)營收
    quoted = _QUOTED_NAME.search(np) if ("「" in np or "“" in np or "『" in np) else None
    if quoted and METRIC_END.search(quoted.group(2)) and not _TRANSITIVE.search(quoted.group(2)):
        return quoted.group(1), _clean_metric(quoted.group(2)), False  # 香港寫字樓「華潤大廈」出租率: the named one's
    named = _UNIT_THEN_NAME.match(np) if _CAPITAL.search(np) else None
    if named and len(np) > named.end():  # 海外业务Keeta(已进入中东): the unit's name in apposition owns it
        return named.group(1), split_np(np[named.end():], names)[1], False
    ranked = _RANKED_OWNER.match(np) or _MODEL_OWNER.match(np)
    if ranked and len(np) > ranked.end():
        rest = leading_adverbials(np[ranked.end():])
        verb = _TRANSITIVE.match(rest)  # TOP100房企(11月)实现|销售操盘金额 (not 小米SU7|交付量: a noun)
        if verb and len(rest) - verb.end() >= 2:
            rest = rest[verb.end():]
        return ranked.group(0), _clean_metric(rest), False  # TOP10房企|合计销售额
    # (Each loop over a word list below is entered only when np opens with one of its words.)
    if np.startswith(L.DEMONSTRATIVES):
        for d in L.DEMONSTRATIVES:
            if np.startswith(d) and np[len(d):] in L.GENERIC_METRICS:
                return None, None, True
    if _SECTOR_CREDIT.match(np):
        return None, _clean_metric(np), False
    if np.startswith(L.BARE_ANAPHORIC_HEADS) and not np.startswith(_HEAD_OPENED_METRICS):  # (企业所得税: a tax)
        for h in L.BARE_ANAPHORIC_HEADS:
            if np.startswith(h) and len(np) > len(h) + 1:
                owner, metric, ana = split_np(np[len(h):], names)
                # 集團香港及澳門業務收益: the group's unit owns the figure; 公司营收: the company does
                return (owner if owner and owner.endswith(L.UNIT_HEADS) else None), metric, ana
    timed = _period_split(np, names)
    if timed:
        return timed
    is_ana, rest = _strip_anaphor(np)
    if is_ana:
        v = _last_transitive(rest)
        if v:
            rest = rest[v.end():]
        return None, _clean_metric(leading_adverbials(rest)), False
    if np.startswith(L.DEMONSTRATIVES):
        for d in L.DEMONSTRATIVES:
            if np.startswith(d):
                np = np[len(d):]
    if np.startswith(L.TRANSITIVE_VERBS) and not np.startswith(L.VERB_INSIDE_NOUNS):  # (新开工面积: a noun)
        verb = _TRANSITIVE.match(np)  # (not 拥有人应占亏损: the owners' share of the loss)
        if verb and len(np) > verb.end() + 1 and np[verb.end():] not in L.VERB_MEASURE_NOUNS:
            # 实现归属于本行股东的净利润: a bare predicate (签约面积: a noun)
            return split_np(np[verb.end():], names)
    v = _last_transitive(np)
    if v:
        obj = leading_adverbials(np[v.end():])
        if _strip_anaphor(obj)[0]:  # 带动该品类销量: an anaphoric object
            return owner_of_phrase(np[: v.start()], names), split_np(obj, names)[1], False
        return owner_of_phrase(np[: v.start()], names), _clean_metric(obj), False
    m = _OWNER_IN_PLACE.match(np)
    if m and entity_like(m.group(1), names):
        return f"{m.group(1)}在{m.group(2)}", _clean_metric(m.group(3)), False
    for i, ch in enumerate(np):
        if ch == "的" and 0 < i < len(np) - 1 and not DE_INSIDE_WORD.match(np, i - 2):
            x = _INSIDE_END.sub("", np[:i])
            if entity_like(x, names) or _short_name(x, np[i + 1:]) or _listed_owner(x, np[i + 1:]):
                return x, _clean_metric(np[i + 1:]), False
    owner, metric = _head_split(np, names)
    if owner:
        return owner, metric, False
    return None, _clean_metric(np), False


# A name in quotation marks (「華潤大廈」, “星光天地”) and the measure right after it: the name owns the measure.
_QUOTED_NAME = re.compile(r"[「“『]([^\d「」“”『』]{2,12})[」”』](.{2,})$")
# 的 inside a word is no possessive: 波罗的海 (the Baltic), 目的地, 的士.
DE_INSIDE_WORD = re.compile(r"波罗的海|.目的地|..的士")
_OWNER_IN_PLACE = re.compile(r"(.{1,12}?)在(.{1,8}?)的(.{2,})$")
_INSIDE_END = re.compile(r"(?:中|里|内|之中|当中)$")
METRIC_END = re.compile(r"(?:" + "|".join(map(re.escape, L.METRIC_WORDS)) + r"|率|额|收入|利润|数|量|规模|时长|成本|价|价值|出货|销售"
                        r"|增速|增幅|涨幅|降幅|跌幅|面积)$")  # (社融存量增速将回落至8.3%: a rate, no owner)


_SHORT_NAME_NOT_ENDINGS = L.METRIC_WORDS + L.ABSTRACT_HEADS + L.GENERIC_METRICS
_SAYS = L.STATING_VERBS + L.EQUATING_VERBS
_NAME_NOT_ENDINGS = L.ABSTRACT_HEADS + L.METRIC_WORDS + L.SOURCE_BODIES + L.SOURCE_INSTITUTIONS + _SAYS \
    + L.STATISTICS_OFFICES


_NOT_SHORT_NAME = re.compile(r"[\d的过着了]|看到|接触|使用")


def _short_name(x: str, y: str) -> bool:
    """京东物流的营业收入 / 特斯拉全年交付(178.9万辆): a short bare noun before 的 or a time word, and a measure
    (or a verb whose object is the figure) after it, is an owner."""
    return (2 <= len(x) <= 6 and bool(METRIC_END.search(y) or y in L.TRANSITIVE_VERBS)
            and not _NOT_SHORT_NAME.search(x)
            and not _NOT_OWNER.search(x) and not x.startswith(L.NON_OWNER_OPENERS)
            and not x.endswith(_SHORT_NAME_NOT_ENDINGS)
            and not x.endswith(L.COMMON_NOUN_SUFFIXES))


# 珠寶首飾、鐘錶及名貴禮物 / 藥物及化妝品: nouns in a list (a statistics release's categories)
_LIST_SEPARATOR = re.compile("[、及和与]")  # (收入及利润的增长率: a list of measures owns nothing)
_NOUN_LIST = re.compile(r"[^\d的、,/()（）%]{2,10}(?:、[^\d的、,/()（）%]{2,10})*(?:及|和|与)[^\d的、,/()（）%]{2,10}")


def _listed_owner(x: str, y: str) -> bool:
    """珠寶首飾、鐘錶及名貴禮物的銷貨價值: a list of nouns before 的 and a measure after it; the list owns it, as
    a short name does (_short_name)."""
    return bool(METRIC_END.search(y)) and bool(_NOUN_LIST.fullmatch(x)) and not _NOT_OWNER.search(x.replace("、", "")) \
        and not x.startswith(_NOT_OWNER_OPENINGS) and not any(map(METRIC_END.search, _LIST_SEPARATOR.split(x)))


_NOT_OWNER_OPENINGS = L.NON_OWNER_OPENERS + L.ADVERBS  # 为用户…, 累计…: a phrase opening so owns nothing


def _period_split(np: str, names) -> tuple[str | None, str | None, bool] | None:
    """美团2024年全年营收: Topic + time + metric; the time word separates owner and metric."""
    for m in find_periods(np):
        if m.start >= 2 and m.end < len(np):
            before = _PRE_PERIOD_TAIL.sub("", np[: m.start])
            left = leading_adverbials(before)
            stated = None if len(left) < 2 else _last_figure(left)
            if stated:  # 甲公司10月营收68.2亿元 前10月EPS(3.41元): a headline's figure ends what owns the next one
                left = leading_adverbials(left[stated.end():].strip())
            right = leading_adverbials(AFTER_PERIOD.sub("", np[m.end:]))  # 4月上旬将(股票仓位)
            if right and len(before) >= 2 and (not left or left.startswith(L.ADVERBS) or left.endswith(_SAYS)
                                               or np[: m.start].endswith(L.EQUATING_VERBS)):  # (股價相當於2026年…)
                # 预估(2025年资本支出), 累计(今年前11月营收): no owner; 管理层指引(4Q25总收入): who states it owns nothing
                return (None, *split_np(right, names)[1:])
            if len(left) >= 2 and right and not left.startswith(L.NON_OWNER_OPENERS) and not _NOT_OWNER.search(left):
                if left in L.BARE_ANAPHORIC_HEADS:
                    return None, _clean_metric(right), False
                owner, metric, ana = split_np(right, names)
                described = _DESCRIBED_NAME.fullmatch(_STOCK_CODE.sub(r"\1", left)) if not owner else None
                return (owner or (described.group(1) if described else left)), metric, ana
    for w in L.OWNER_TIME_WORDS:  # 比亚迪全年销量: a time word separates owner and metric too
        i = np.find(w)
        if i >= 2 and i + len(w) < len(np):
            left, right = np[:i], leading_adverbials(np[i + len(w):])
            if right and not left.startswith(_NOT_OWNER_OPENINGS) and not _NOT_OWNER.search(left) \
                    and (entity_like(left, names) or _short_name(left, right)):
                owner, metric, ana = split_np(right, names)
                return (owner or left), metric, ana
    return None


_LONG_HEADS = tuple(h for h in _HEADS if len(h) > 1)
_BARE_PLACE_HEADS = frozenset(("地区", "区域", "国家", "城市", "省份", "县域"))
# Measures with an owner head inside them (新业务价值: new business is no business unit of the insurer).
_HEADED_MEASURES = tuple(w for w in L.METRIC_WORDS if any(h in w[1:] for h in _LONG_HEADS))


def _inside_measure(np: str, start: int) -> bool:
    """The head at np[start] is part of a measure word that begins before it (银保渠道新业务|价值占比)."""
    return any(0 <= np.find(w, max(0, start - len(w))) < start < np.find(w, max(0, start - len(w))) + len(w)
               for w in _HEADED_MEASURES)


_BARE_SHARES = frozenset(("占比", "比重", "占"))
_SHARE_ENDS = ("占比", "比重")
_PART_HEADS = ("渠道", "门店")
_COORDINATION = re.compile(r"[及和与]")
# Heads that, bare, are the other party of a company's account (银行借款, 银行存款, 政府补助), not its owner.
_COUNTERPARTY_HEADS = ("银行", "政府")


def _head_split(np: str, names) -> tuple[str | None, str | None]:
    """海外业务|收入, 快手电商|GMV, 全国|网上零售额: an owner noun directly followed by the metric."""
    split = _noun_head_split(np)
    if split is not None:
        return split
    for n in sorted(names, key=len, reverse=True):  # else a known name followed by the metric
        if np.startswith(n) and len(np) > len(n):
            # the name and what follows it up to the first measure word (快手电商|GMV; 贵州茅台|营业收入, not
            # 贵州茅台营业|收入: the measure word right after the name counts too)
            found = [i for i in (np.find(w, len(n)) for w in L.METRIC_WORDS) if i > 0]
            cut = min(found) if found else len(n)
            rest = np[cut:]
            if rest and rest not in L.COUNT_NOUNS:
                return np[:cut], _clean_metric(rest)
    return None, None


@lru_cache(maxsize=1 << 14)  # pure: the same noun phrases recur in every document
def _noun_head_split(np: str) -> tuple[str | None, str | None] | None:
    """_head_split by the words of np alone: the split, (None, None) for a measure, or None when
    only a known name could split it."""
    if np in L.METRIC_WORDS:
        return None, None  # 市场份额 is a measure, not 市场|份额
    for scope in L.SCOPE_NOUNS:
        if np[len(scope):].startswith(L.MARKET_SHARE_WORDS):
            continue  # 全球市占率: the scope names the market a share is of, not its owner
        if (scope.startswith("全") or scope == "我国") and np.startswith(scope) and len(np) >= len(scope) + 2:
            return np[: len(scope)], _clean_metric(np[len(scope):])
    best = None
    for h, pattern in _HEAD_PATTERNS:
        if h not in np:
            continue
        for m in pattern.finditer(np):
            owner, rest = np[: m.end()], np[m.end():]
            if len(h) < 2 and not (len(owner) >= 3 and METRIC_END.search(rest)
                                   and owner[-2] not in "到进探开闭出入离在回同"):
                continue  # 单店月均GMV, 到店核销率, 同店销售: a one-character head needs a noun modifier and a measure
            if len(h) < 2 and np.startswith(_LONG_HEADS, m.start()):
                continue  # 咖啡市场规模: 市 begins the head 市场, it is no head of its own
            if np.startswith(L.METRIC_WORDS, m.start()) or (_HEADED_MEASURES and _inside_measure(np, m.start())):
                continue  # 全球市占率, 市场份额: the head begins a measure word (or is inside one: 新业务价值)
            if rest in _BARE_SHARES or rest.endswith(_SHARE_ENDS) and h in _PART_HEADS:
                # 线上渠道占比35%, 數碼渠道交易佔比, 正餐门店数量占比: a channel or the stores are the part whose share is
                # stated (a business unit or a group of companies owns its share: 海外业务|收入占比, 前五的企业|合计占比)
                continue
            if owner in _COUNTERPARTY_HEADS:
                continue  # 銀行借款, 政府补助: a bare counterparty opens the name of the company's account with it
            if owner in _BARE_PLACE_HEADS:
                continue  # 地区航线客座率: a bare place noun modifies the measure (地区航线), it names no place
            if h == "航线" and rest.startswith(L.FREIGHT_PRICE_WORDS):
                continue  # 欧洲航线运价, 美西航线运价: a lane's freight rate is the market's price, the lane owns nothing
            if len(h) > 1 and owner.endswith("全" + h):
                continue  # 美的全渠道累计成交额: 全渠道 (all channels) is a scope, no owner (全省, 全市 own)
            if _COORDINATION.search(owner) and not rest.startswith(L.METRIC_WORDS):
                continue  # 金融科技及企业|服务收入: the coordination spans the compound noun
            if len(rest) >= 2 and rest not in L.COUNT_NOUNS and not _NOT_OWNER.search(owner) \
                    and (not owner.startswith(L.NON_OWNER_OPENERS) or owner.startswith(L.OPENER_COMPOUNDS)) \
                    and not owner.endswith(L.ABSTRACT_HEADS):
                known = rest.startswith(L.METRIC_WORDS)  # 甲电池厂|市占率 rather than 甲电池厂市|占率
                if best is None or (known, m.end()) > (best[2], len(best[0])):
                    best = (owner, rest, known)
    if best:
        return best[0], _clean_metric(best[1])
    return None


# （以下简称“甲集团”）: an announcement's alias for the name before it.
_ALIAS_ASIDE = re.compile(r"[(（]\s*以下(?:简称|称)[^()（）]{0,24}[)）]")
# （以下简称“海川投资”）计划…: an aside left at the front (the alias of the name before it) names no measure.
_LEADING_ASIDE = re.compile(r"^\s*[(（][^()（）]{0,30}[)）]")


# 甲公司将营收提升至30亿元 / 把价格下调5%: the disposal marker before the measure is no part of it (not 将近)
_DISPOSAL = re.compile(r"^[将把](?![近军])(?=[^\d,]{2})")


# 企业贷款 / 企业债券净融资 (credit data): the sector names the product, it is no anaphor of "the company"
_SECTOR_CREDIT = re.compile(r"(?:企业|政府|财政)(?:中长期|短期)?(?:贷款|债券|债|存款)")


# 主計總處預估全年CPI年增1.88% / 国家统计局预计…: the office that states the figure is its source, no part of it
_OFFICE_STATES = re.compile(r"^[^\d,]{0,8}?(?:" + "|".join(L.STATISTICS_OFFICES) + r")(?:"
                            + "|".join(L.STATING_VERBS + ("预估", "指出", "估计")) + r")")


def _clean_metric(m: str | None) -> str | None:
    if not m:
        return None
    m = _DISPOSAL.sub("", leading_adverbials(_OFFICE_STATES.sub("", _LEADING_ASIDE.sub("", m))).strip("的 "))
    if "共" in m:
        m = _IN_ALL.sub("", m)  # (集團)共經營門店, A级旅游景区共接待游客: "in all" is no part of the measure
    if "于" in m or "为" in m:
        m = _CAUSE.sub("", m) or m  # 溢利減少主要由於收益(下降約18%): the cause's measure, not the effect before it
    if m[:1] in ("是", "为") and len(m) > 3:
        m = leading_adverbials(m[1:]) or m  # (我们的目标)是明年海外收入占比(超过一半): the copula, then the period
    for d in L.DEMONSTRATIVES:
        if m.startswith(d):
            m = m[len(d):]
    if len(m) > 24:
        m = m[-24:]
    return m if len(m) >= 1 else None


# 共/共计/总共/一共 ("in all") before the verb of a count (not 共享, 共同, 共建: words of their own)
_IN_ALL = re.compile(r"(?:共计|总共|一共|共)(?=有|持有|成交|经营|接待|实现|完成|销售|交付|服务|覆盖|开设|拥有|签约|新增|吸引|举办|"
                     r"发放|带动|录得|售出|派发|回购|运营|管理|培训|招聘|收到|处理)")
_CAUSE = re.compile(r"^.{2,}?(?:主要|部分|一方面|另一方面)?(?:是)?(?:由于|因为|受益于|得益于)")
_OWNED = re.compile(r"(.{2,12}?)旗下的?(.{2,})")
_FOR_EXAMPLE = re.compile(r"以(.{2,24}?)为例")
_DATA_TAIL = re.compile(r"的?" + _DATA_WORD.pattern + r"*$")
_IN_FIELD = re.compile(r"在(.{2,12}?)(领域|行业|市场|地区|区域|城市|国家|省份)(?:中|里|内|上)?")
_DIGIT_OR_DE = re.compile(r"[\d的]")
_AMONG = re.compile(r"(?:一个|一家|在)?(.{2,16}?)(?:之中|当中|中|里)")
_MARKER_FIRST = re.compile("[" + "".join(sorted({re.escape(m[0]) for m in L.TOPIC_MARKERS})) + "]")


def clause_topic(clause: str, names=()) -> Topic | None:
    """The subject a clause introduces for what follows, if any."""
    reading = _topic_reading(clause)
    for phrase, is_case in reading.candidates:
        if entity_like(phrase, names):
            return Topic(phrase, is_case)
    return reading.otherwise


@dataclass(frozen=True)
class _TopicReading:
    """A clause's topic as far as its own words decide it: the phrases that are its topic if they can own
    a figure (entity_like, where the document's names count), in the order they are tried, and the topic
    when none can. Read once per clause wording, whatever the document."""
    candidates: tuple[tuple[str, bool], ...] = ()  # (phrase, is_case)
    otherwise: Topic | None = None


@lru_cache(maxsize=1 << 14)  # pure
def _topic_reading(clause: str) -> _TopicReading:
    c = leading_adverbials(clause)
    m = _OWNED.match(c) if "旗下" in c else None
    if m:  # 快手旗下的可灵AI已经成为…: the topic is what X owns
        return _topic_reading(m.group(2))
    candidates: list[tuple[str, bool]] = []
    m = _FOR_EXAMPLE.search(c) if "为例" in c else None
    if m:
        x = m.group(1)
        if x.startswith("某"):
            x = case_np(x) or x
            return _TopicReading((), Topic(x, True))
        candidates.append((x, True))
    if c.startswith("某"):
        x = case_np(c)
        return _TopicReading(_open_candidates(candidates), Topic(x, True) if x else None)
    report = _REPORT_VERB.search(c)
    if report:
        # 平台数据显示 (the data's owner is the subject); 平台技术团队透露 (a source).
        owner = _DATA_TAIL.sub("", c[: report.start()])
        if _DATA_WORD.search(c[: report.start()]) \
                and (owner.startswith("某") or not owner.endswith(L.SOURCE_BODIES)):
            candidates.append((owner, False))
            if _FILING.search(c[: report.start()]) and 2 <= len(owner) <= 16 and not owner.startswith(L.NON_OWNER_OPENERS):
                # 精测电子仪器的招股书显示: a filing's issuer owns what it shows, named or not
                return _TopicReading(_open_candidates(candidates), Topic(owner, False))
        return _TopicReading(_open_candidates(candidates), None)
    m = _IN_FIELD.fullmatch(c)
    if m and not _DIGIT_OR_DE.search(m.group(1)):
        return _TopicReading(_open_candidates(candidates), Topic(m.group(1) + m.group(2), False))
    m = _AMONG.fullmatch(c)
    if m and head_of(m.group(1)) and not _NOT_OWNER.search(m.group(1)) \
            and not _TRANSITIVE_UNESCAPED.search(m.group(1)):
        return _TopicReading(_open_candidates(candidates), Topic(m.group(1), False))
    # 快手平台展现出… is a topic; 游戏业务收入… is an owner inside a noun phrase. Openings of 2..14
    # characters right before a topic marker, longest first (positions found by a marker's first character).
    for k in reversed([m.start() for m in _MARKER_FIRST.finditer(c, 2, min(len(c), 14) + 1)]):
        if not c.startswith(L.TOPIC_MARKERS, k):
            continue
        p = c[:k]
        if "的" in p or _strip_anaphor(p)[0] or p in L.BARE_ANAPHORIC_HEADS or p[-1] in "(（":
            continue  # (甲公司（以下简称…: a marker word inside an aside is no marker of the clause)
        if p.endswith(_WHEN_ENDS):
            continue  # 扣除发行费用后(将…), 项目完成时: a time or condition, not a topic
        if _ORGAN_DECIDES.search(p):
            continue  # 全体董事审议(通过了…), 董事会决定: the company's organ deciding, not a topic of its own
        if p.endswith(L.SOURCE_BODIES) and c.startswith(_PUBLISHING, k):
            continue  # 中国光伏行业协会发布数据: a statistics body publishing is a source, not the topic
        role = _ROLE_BEFORE_NAME.match(p) if _ROLE_GATE.search(p) else None
        if role:
            candidates.append((p[role.end():], False))  # 新能源业务子公司金伦储能(实现): the name in apposition
        candidates.append((p, False))  # the longest entity before a marker wins
    return _TopicReading(_open_candidates(candidates), None)




def _open_candidates(candidates: list[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    """The candidates whose own words leave them open, up to the first that can own a figure whatever the
    names (the ones after it are never tried)."""
    kept = []
    for phrase, is_case in candidates:
        reading = _entity_reading(phrase.strip())
        if reading is False:
            continue
        kept.append((phrase, is_case))
        if reading is True:
            break
    return tuple(kept)


_NOT_NAME_CHAR = re.compile(r"[\d的这那该其某]|[\s“”\"'()（）《》]")
_LINKING_CHAR = re.compile(r"[较比与和从由及、]")
# 近七成订单(实现…), 约三成用户(通过…): a figure in words opening the clause is no name (五粮液, 三只松鼠 are)
_FIGURE_OPENING = re.compile(r"(?:近|约|超过?|逾|将近|接近|不足|不到)?[一二三四五六七八九十两半]+[成倍]")
_AGENTIVE_ANY = re.compile("|".join(map(re.escape, _AGENTIVE)))  # any agentive word inside
# Verbs that take 在 as the level they hold at (维持在95%以上, 控制在3%以内): X维持 before 在 is no agent's name.
_HOLDS_AT = ("维持", "保持", "控制", "稳定")


# 全资子公司金伦储能实现… / 公司控股股东海川投资累计增持…: a role (a subsidiary, a controlling holder) in
# apposition before the name; the name is the agent.
_ROLE_BEFORE_NAME = re.compile(r"[^,。]{0,10}?(?:子公司|孙公司|控股股东|实际控制人|参股公司|联营公司|合营公司)(?=[^\W\d_]{2})")
# 海外业务Keeta, 外卖品牌Keeta: a unit or brand word, then the unit's Latin name in apposition.
_CAPITAL = re.compile(r"[A-Z]")
_WHEN_ENDS = ("后", "之后", "以后", "时", "之时", "期间", "以来", "之前", "以前")
_UNIT_THEN_NAME = re.compile(r"[\u4e00-\u9fff]{0,8}(?:业务|板块|品牌|平台|子公司|事业部|产品)([A-Z][A-Za-z0-9&.\-]{1,20})")
_ROLE_GATE = re.compile(r"子公司|孙公司|控股股东|实际控制人|参股公司|联营公司|合营公司")


def learn_names(sentences: list[str]) -> list[str]:
    """Proper names used as agents (快手实现…, 快手通过…), most frequent first."""
    counts: Counter[str] = Counter()
    for s in sentences:
        s = s.lstrip("# ")
        for a, b in clauses(s)[:2]:
            role = _ROLE_BEFORE_NAME.match(s, a, b) if _ROLE_GATE.search(s, a, b) else None
            name = _agent_name(s[a:b]) or _coded_name(s[a:b]) or (_agent_name(s[role.end():b]) if role else None)
            if name:
                counts[name] += 1
    return [n for n, _ in counts.most_common()]


_TABLE_NAME = re.compile(r"[^\W\d_][^\d,，。；;:：()（）]{1,11}")
_NOT_TABLE_NAME = re.compile(r"合计|总计|小计|合共|其他|其它|平均|均值|中位数|行业|板块|指数")


# 悅匯房地產投資信託基金（「悅匯房託」）, 甲集团有限公司（以下简称“甲集团”）: the short name a document defines for
# the full one written right before it (not a bare head: （以下简称“公司”）, （「本集團」）, which already refer back).
_ALIAS_DEFINED = re.compile(r"([^\W\d_][^\s(（)）,，。；;:：、「」“”\"]{1,29})[(（]\s*(?:以下(?:简称|称)|下称|简称)?\s*"
                            r"[「“\"]([^」”\"()（）\s]{2,12})[」”\"]\s*[)）]")


def aliases(sentences: list[str]) -> dict[str, str]:
    """Short name -> the full name it stands for, as the (folded) sentences define them."""
    out: dict[str, str] = {}
    for s in sentences:
        if "(" not in s and "（" not in s:
            continue
        for m in _ALIAS_DEFINED.finditer(s):
            name, alias = leading_adverbials(m.group(1)), m.group(2)
            if alias not in L.BARE_ANAPHORIC_HEADS and not alias.startswith(("本", "该")) and name and name != alias:
                out[alias] = name
    return out


def table_names(headers: dict[int, dict[int, str]], row_labels: dict[int, dict[int, str]],
                known: tuple[str, ...] | list[str] = ()) -> list[str]:
    """The row labels of the tables whose first column is headed by an organisation word (| 公司 | … |):
    names, as learn_names' are, folded (a total or an average row is none)."""
    out: list[str] = []
    for table, columns in headers.items():
        head = fold((columns.get(1) or "").strip(" *"))
        if head not in L.ENTITY_COLUMN_HEADERS:
            continue
        for label in row_labels.get(table, {}).values():
            name = fold((label or "").strip(" *"))
            if _TABLE_NAME.fullmatch(name) and not _NOT_TABLE_NAME.search(name) \
                    and name not in known and name not in out:
                out.append(name)
    return out


# 稼光（2409）第三季…, 某某科技（0001.HK）…, 景輝（股份代號：1536）: a stock code in parentheses after
# the words opening a clause marks them as a listed company's name.
_STOCK_CODE = re.compile(r"([^\W\d_]{2,12})[(（](?:(?:股份|股票|证券)代[号码][:：]\s*)?\d{4,6}(?:\.[A-Za-z]{2})?[)）]")
# What a clause keeps of a code when the colon of 股票代號：3673 ended the clause before it.
_CODE_TAIL = re.compile(r"^\d{4,6}(?:\.[A-Za-z]{2})?[)）]")


def _coded_name(clause: str) -> str | None:
    if "(" not in clause and "（" not in clause:
        return None  # no code in it (most clauses: one test instead of reading its adverbials)
    m = _STOCK_CODE.match(leading_adverbials(clause))
    name = m.group(1) if m else ""
    if not name or _NOT_NAME_CHAR.search(name) or _LINKING_CHAR.search(name) \
            or name.startswith(L.NON_OWNER_OPENERS) or name.startswith(L.BARE_ANAPHORIC_HEADS):
        return None
    described = _DESCRIBED_NAME.fullmatch(name)
    return described.group(1) if described else name  # 晶圓代工龍頭台積電（2330）: the name after its description


@lru_cache(maxsize=1 << 14)  # pure
def _agent_name(clause: str) -> str | None:
    """The shortest 2..8-character opening of the clause that acts as an agent: a name before an
    agentive word (快手实现…) or a year (快手2024年…)."""
    c = leading_adverbials(clause)
    folded = fold(c)  # for the period test below (fold keeps offsets)
    if not _AGENTIVE_ANY.search(c) and not PERIOD_CHAR.search(folded):
        return None  # no opening of c is followed by an agentive word or a period
    if _FIGURE_OPENING.match(c):
        return None  # 近七成订单(实现…): the clause opens with a figure, not a name
    for k in range(2, min(8, len(c) - 1) + 1):
        p = c[:k]
        if _NOT_NAME_CHAR.search(p) or _LINKING_CHAR.search(p) or _AGENTIVE_ANY.search(p) \
                or p.startswith(L.NON_OWNER_OPENERS) or p.startswith(L.BARE_ANAPHORIC_HEADS) \
                or p.startswith(L.MEDIA_OUTLETS):  # 财联社11月28日电: a dateline names who reports
            return None  # so does every longer opening, which contains p
        news = _NEWS_TIME_WORD.match(c, k)  # X今日公布
        after = news.end() if news else k
        if c.startswith(("截至", "截止"), after):
            after += 2  # 甲物流截至2024年6月30日止六個月…: 截至 opens the period, not the name
        if not c.startswith(_AGENTIVE, after) and not (c.startswith("同期", after) and p[-1] not in "年期季月度"):
            # (温禾食品同期销售肉猪…: in the same period as the figures before, a name too; not 去年同期)
            period = opening_period(folded[after:after + 12])
            if not (period and (period.year or period.label_suffix.startswith("-") and not period.relative_month
                                and p[-1] not in "前首近今本当上下同" and not fold(p).startswith("累计"))):
                continue  # neither an agentive word nor a year (a month: 牧丰股份11月销售生猪…; not 累計前10月) follows p
        if p in _GENERIC_AGENTS or p in L.MANNER_ADVERBS or p in L.SCOPE_NOUNS or p in L.LOCAL_SCOPES \
                or p.endswith(_NOT_AGENT_ENDINGS) \
                or (p[-1] in "正已能将也还都均仍再又就才可会要" and not p.endswith(ENDS_IN_NENG)) \
                or p.endswith(_NAME_NOT_ENDINGS) or p.endswith(L.NEWS_TIME_WORDS) \
                or METRIC_END.search(p) \
                or (c.startswith("在", after) and folded.endswith(_HOLDS_AT, 0, k)):  # 稼動率維持在95%以上
            continue  # (头部品牌门店数持续扩张: a measure, not a name)
        return p
    return None
