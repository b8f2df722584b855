"""One sentence: kind, direction, baseline, metric and subject of each figure in it.

Works clause by clause, the way a reader does. The words right before a
figure say what kind of figure it is (kinds.py); the noun phrase left when the
predicate is stripped names the metric and possibly its owner (grammar.py,
subjects.py); a clause topic or a case study (某X的实践表明…) sets the subject
carried through the rest of the sentence. Coordinated lists (12%和18%, 分别),
rankings, "低于X的N" and contributed shares are read here too.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from pipelines.attribute import lexicon as L
from pipelines.attribute.grammar import (CHANGE_VERB, RATE_BASE, baseline_of, clauses, expected_value,
                                         frame_standard, leading_adverbials, strip_predicate)
from pipelines.attribute.kinds import (DURATION_UNITS, ROOM, judged_direction, kind_direction, reaches_part,
                                       share_in_frame, share_of_group)
from pipelines.attribute.periods import find_periods
from pipelines.attribute.subjects import DE_INSIDE_WORD, METRIC_END, clause_topic, entity_like, split_np
from pipelines.recognize.lexicon import IMPLIED_UNIT_NOUNS, VALUATION_MULTIPLES
from pipelines.recognize.textnorm import TRADITIONAL_ONLY, fold

_CLASSIFIER_END = re.compile(r"[个名家户位款项座所台辆件只条场部种类间艘架栋套批宗笔伙例]$")
_PEOPLE_WHO = re.compile(r"^(就业|参与|受益|增收|返乡|创业|脱贫|上岗|入职|参加|观看|下单|购买)")
_FOLLOWING_NOUN = re.compile(r"^([^\d,、的和与及;:。()（）]{2,12})")  # not a parenthesis: （包括…）
_COUNT_UNITS = ("item", "person", "household")
# The people or things a bare magnitude counts right after it (超5亿用户在京东下单 -> 用户).
_COUNTED_AFTER = re.compile("^(" + "|".join(sorted((w for w, k in IMPLIED_UNIT_NOUNS.items() if k != "money"),
                                                  key=len, reverse=True)) + ")")
_TO_CHAR = re.compile(r"[至到为达是]")
# 对应FY26E 18x PE / 对应22/18/15倍PE: the multiple named right after its value (or after the list's last member).
# (0.55倍25年PB, 20x 2026E PE: the year the multiple values may stand between them)
_MULTIPLE_AFTER = re.compile(rf"^(?:\s?/\s?\d+(?:\.\d+)?)*(?:倍|x)?\s?(?:(?:20)?\d{{2}}(?:年|E)\s?)?({VALUATION_MULTIPLES})"
                             r"(?![A-Za-z])", re.IGNORECASE)
# "到店客流量中，有超过50%…": a frame clause ending in 中, then 有 N% (of it).
# 10月稅後淨利39.5億元，累計前10月為251.3億元: a span with no measure names none; the measure is the one before
_SPAN_ONLY = re.compile(r"(?:累计|合计)(?:前|首)(?:1[0-2]|[1-9]|[一二三四五六七八九十]|十[一二])个?月(?:累计|合计)?"
                        r"|(?:前|首)(?:1[0-2]|[1-9]|[一二三四五六七八九十]|十[一二])个?月(?:累计|合计)")
_THERE_ARE = re.compile(r"^(?:有|其中有|约有)")
_AMONG_END = re.compile(r"(?:之中|当中|中|里)$")
_COPULA_START = re.compile(r"^(?:是)")
_FRAME_BEFORE = re.compile(r"^([^\d,]{2,12}?)(?:之中|当中|中)(?:有|约有)?$")
_OF_WHICH = re.compile(r"^\s*其中")
# A company that says something of itself (华瑞药业公告称，其ADC药物…): the 其 of the next clause refers to it.
_SAYS_OF_ITSELF = re.compile(r"^\s*([^\d,，]{2,12}?)(?:公告称|公告显示|发布公告称|表示|宣布|称|介绍|透露)$")
# 乙公司为25% / 对照组则为7.8个月: an owner and a bare copula before the figure, the measure left out (gapping).
_COPULA_ONLY = re.compile(r"(?:则|也|仅|亦)?(?:为|是)")
# 利潤率為51.2%（二零二四年同期：47.8%），上升3.4個百分點: a change right after the aside naming the prior value
# is against the period the aside names.
_ASIDE_END = re.compile(r"\((?:(?P<year>(?:19|20)\d{2})年(?P<same>同期)?|(?P<rel>去年同期|上年同期|去年|上年))[:：][^()]{1,20}\)"
                        r"\s*,?\s*$")


def _aside_standard(folded: str, cs: int) -> str | None:
    """The standard an aside closing the text before the clause at cs names (yoy, 2024年同期, 2023年)."""
    m = _ASIDE_END.search(folded, max(0, cs - 40), cs) if ")" in folded[max(0, cs - 3):cs] else None
    if not m:
        return None
    return "yoy" if m["rel"] else f"{m['year']}年" + ("同期" if m["same"] else "")


# 而X则…: a clause set against the one before, in parallel; a change in it has the same standard.
_BARE_CHANGE_CLAUSE = re.compile(r"\s*(?:" + "|".join(sorted(L.UP_VERBS + L.DOWN_VERBS, key=len, reverse=True)) + r")[\d+\-]")
_CONTRASTED = re.compile(r"\s*而[^,]{0,16}?则")
# Members of a coordinated list or a range share the first member's reading (12%和18%, 55%-65%).
_AND = ("和", "与", "及", "以及", "、", "/", "/ ", "-", "~", "～", "—", "–")
# 至/到 joins a range between figures of one unit when the first is a bare number (下降3至5个百分点) or neither
# signed nor a change (30%至40%): 增长22%至3376亿元, 净增加166家至7758家 and 同比-2.0%至18.5% name a change and
# the level it reached. A percentage is a level only of a ratio: after a change of any other measure
# (營收可望季增5%至8%) it is the other end of a range.
_RANGE_TO = ("至", "到")
_RATIO_MEASURE = re.compile(r"(?:率|占比|比重|比例|份额|水平)$")


# 不低于人民币1亿元（含）且不超过人民币2亿元（含）: the two bounds of one amount.
_BOUNDS_JOIN = re.compile(r"(?:[(（]含[^()（）]{0,3}[)）])?且")


def _same_reading(gap: str, first: dict, first_row: dict, q: dict) -> bool:
    if gap in _AND or (first["unit"] == q["unit"] and _BOUNDS_JOIN.fullmatch(gap)):
        return True
    if gap not in _RANGE_TO or first["unit"] != q["unit"]:
        return False
    # 同比增长21.3%至28.9%: a range of growth, as 營收可望季增5%至8% (not when the measure is a ratio:
    # 渗透率提升5%至35% reaches a level; nor after a signed change: 同比-2.0%至18.5%)
    if first_row["kind"] == "change" and q["unit"] == "percent":
        metric = first_row["metric"]
        if metric and not _RATIO_MEASURE.search(fold(metric)) or not metric and not first.get("signed"):
            return True
    return first["quote"][-1:].isdigit() or (not first.get("signed") and first_row["kind"] != "change")
_CONJ = re.compile(r"以及|和|与|及|、")
# 女性用户约占62%, 4次以上的用户分别占8.6%: the verb "to make up" left at the end of a share's noun phrase
_MAKES_UP = re.compile(r"(?:分别|大约|约|大概|将近|接近|近|仅|只|已|均|共|合计)*占$")


def _share_named(metric: str) -> str:
    """女性用户约占 -> 女性用户占比 (unchanged when no noun stands before 占)."""
    m = _MAKES_UP.search(metric)
    return metric[: m.start()] + "占比" if m and m.start() > 0 else metric


@dataclass
class SentenceResult:
    rows: list[dict]
    subject: str | None  # the subject carried on to the next sentence
    case_starts: list[int] = field(default_factory=list)  # where new case studies begin


def _quote_end(q: dict) -> int:
    return q.get("end") or q["start"] + len(q["quote"])


def _as_written(piece: str | None, folded: str, text: str, before: int) -> str | None:
    """The original characters of a folded piece (fold keeps offsets)."""
    if not piece:
        return piece
    i = folded.rfind(piece, 0, before + len(piece))
    if i < 0:
        i = folded.find(piece)
    if i >= 0:
        return text[i:i + len(piece)]
    # A phrase attribution composed (門店 + 数, 資本支出 + 中 + 用於…): each longest part that
    # occurs in the sentence as written there, so the script stays the document's.
    out, rest = [], piece
    traditional = folded != text and any(c in TRADITIONAL_ONLY for c in text)
    while rest:
        k = next((k for k in range(len(rest), 0, -1) if folded.find(rest[:k]) >= 0), 0)
        if not k:
            out.append(L.TRADITIONAL_FORMS.get(rest[0], rest[0]) if traditional else rest[0])
            rest = rest[1:]
            continue
        j = folded.rfind(rest[:k], 0, before + k)
        j = j if j >= 0 else folded.find(rest[:k])
        out.append(text[j:j + k])
        rest = rest[k:]
    return "".join(out)


# A figure inside a parenthesis of its clause: 保有量35268万辆（包括三轮汽车和低速货车709万辆）.
_OPEN_PARENTHESIS = re.compile(r"[(（][^()（）]*$")
_INCLUDING = re.compile(r"^(?:包括|包含|含|其中)")


def _in_parenthesis(folded: str, cs: int, q: dict) -> re.Match | None:
    return _OPEN_PARENTHESIS.search(folded, cs, q["start"])


_ALONE_IN_PARENTHESIS = re.compile(r"\s*[)）]")
_LAST_BREAK = re.compile(r"[^)）、]*$")  # (searched from the clause start: the text after the last ）or 、)
_DIGIT = re.compile(r"\d")
# Measures whose value is itself a ratio (净利率（-2.3%）is a negative margin, not a fall).
_LEVEL_RATIO_ENDS = ("率", "比", "比例", "比重", "占比", "ROE", "ROA", "margin")


def _named_before_parenthesis(folded: str, cs: int, q: dict, parenthesis: re.Match | None) -> str | None:
    """乳品（+2.1%）、软饮料（+1.5%）: the noun before a parenthesis that holds nothing but the figure names it
    (None when the parenthesis says more, or when a figure stands before it: 营收120亿元（同比+12%）)."""
    if parenthesis is None or folded[parenthesis.start() + 1:q["start"]].strip() \
            or not _ALONE_IN_PARENTHESIS.match(folded, _quote_end(q)):
        return None
    before = _LAST_BREAK.search(folded, cs, parenthesis.start())
    noun = folded[before.start() if before else cs:parenthesis.start()].lstrip("、和及与 ")
    return None if not noun or _DIGIT.search(noun) else strip_predicate(_INCLUDING.sub("", noun))


def _noun_phrase(folded: str, cs: int, q: dict, earlier: list[dict]) -> str:
    """The noun phrase for q; a figure joined to an earlier one by predicate words only
    (从12%提升到35%, 增长17.3%达1.39万亿元) shares the earlier figure's noun phrase; a figure in a
    parenthesis is named by what the parenthesis says before it (包括…低速货车709万辆)."""
    parenthesis = _in_parenthesis(folded, cs, q)
    if parenthesis:
        named = _named_before_parenthesis(folded, cs, q, parenthesis)
        if named is not None:
            return named
        return strip_predicate(_INCLUDING.sub("", folded[parenthesis.start() + 1:q["start"]]))
    if earlier:
        between = folded[_quote_end(earlier[-1]):q["start"]]
        # 營收…月增3.2%、年增(21.4%): a predicate joined by 、 to the figure before is coordinate with
        # it; 营收增长10%、净利润增长(5%): a coordinate clause with a noun phrase of its own (so after 及/和:
        # 收益下降约18%及毛利率收窄(约3.5个百分点))
        joined = _JOINED.match(between)
        own = strip_predicate(between[joined.end():]) if joined else ""
        if own:
            return own
        np = strip_predicate(between[1:] if between.startswith("、") else between)
        if np == "" or between.strip() == "/":  # 净利润2%/(3%): the members of a list share their noun phrase
            return _noun_phrase(folded, cs, earlier[-1], earlier[:-1])
        if between.startswith("、"):
            return np
        words = strip_predicate(between.rstrip()[:-1]) if between.rstrip().endswith("的") \
            and not _TO_CHAR.search(between) else ""
        if len(words) >= 2:
            # 总股本64,200万股扣减回购专用证券账户中的(200万股): a phrase with 的 between two figures of one clause
            # names the later one (its noun phrase does not reach back over the earlier figure; not 跌至年末的3.9万元)
            return words
    head = folded[cs:q["start"]]
    dropped = None
    if "、" in head:
        for dropped in _DROPPED_FIGURE.finditer(head):
            pass
    if dropped:  # 宁德时代装车量40.9GWh、同比增长(35%): coordinate with a figure in a unit outside the vocabulary
        return strip_predicate(head[dropped.end():]) or strip_predicate(head[: dropped.start()])
    return strip_predicate(head)


# A number in a unit outside the vocabulary (no figure) joined by 、 to what follows: 40.9GWh、, 7,779亿千瓦时、
_JOINED = re.compile(r"以及|及|和|与")
_DROPPED_FIGURE = re.compile(r"(?<![\dA-Za-z.])\d[\d.,]*(?:[A-Za-z]{1,4}|[\u4e00-\u9fff]{1,4})、")


# A rate noun standing alone for the measure (增速为13%): the growth of the measure just named.
# (Not a compound annual rate: 复合增长率, CAGR name a measure of their own.)
_BARE_RATES = frozenset(r for r in L.UP_RATE_NOUNS + L.DOWN_RATE_NOUNS + tuple(
    y + r for y in ("同比", "环比") for r in L.UP_RATE_NOUNS + L.DOWN_RATE_NOUNS) if "复合" not in r and r != "CAGR")
_BARE_RATE_ENDS = tuple(sorted(_BARE_RATES))
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Object-taking verbs, as the rules were written (the words used as patterns).
_TRANSITIVE = re.compile("|".join(L.TRANSITIVE_VERBS))
_STREAK_VERB = re.compile(r"连续([^\d,]{1,4})$")
_STREAK_AFTER = re.compile(r"\s*([^\d,;:。()（）%]{2,12}?)(?=[,;:。()（）]|$)")
_STREAK_END = re.compile(r"(?:已经|已|均|都)?连续$")
# Verbs whose object may follow the amount (开展9,000亿元MLF操作, 完成3亿元股份回购): the object names the amount.
_OPERATION_VERBS = tuple(L.TRANSITIVE_VERBS) + ("开展", "进行", "实施", "投放")
_OBJECT_AFTER = re.compile(r"^的?((?:\d+(?:天|个月|年)期)?[^\d,、的和与及;:。()（）]{2,12}?)(?:用于|用来|并|将|$)")


# A member of a breakdown named by a bare noun (其中德国增长超过四成, 冰箱收入同比+7%，洗衣机同比+12%): a
# short noun that is no measure, no period and no measure modifier.
_BARE_MEMBER = re.compile(r"^[^\d的,/()（）%]{2,12}$")
_COORDINATED = re.compile(r"[、和与及]")
_COMPARED_AFTER = re.compile(r"(?:则|也|亦)?(?:" + "|".join(L.YOY_WORDS + L.QOQ_WORDS + L.MOM_WORDS) + "|[年季月](?:"
                             + "|".join(L.COMPRESSED_VERBS) + "))")  # 東南亞則季增逾兩成


def _measure_head(metric: str | None) -> str | None:
    """The word a measure ends in (外销收入 -> 收入, 毛利率 -> 率), if it is one METRIC_END knows."""
    m = METRIC_END.search(metric) if metric else None
    return m.group(0) if m else None


def _compared_after(pre: str, noun: str) -> bool:
    """Whether a comparator follows the noun in the clause (洗衣机同比+12%, 澳門則按年上升3%)."""
    i = pre.rfind(noun)
    return i >= 0 and _COMPARED_AFTER.match(pre, i + len(noun)) is not None
_MEASURE_WORDS_LONGEST = tuple(sorted(L.METRIC_WORDS, key=len, reverse=True))


def _bare_member(x: str) -> bool:
    return bool(_BARE_MEMBER.match(x)) and not METRIC_END.search(x) and not x.endswith(_BARE_RATE_ENDS) \
        and x not in L.GENERIC_METRICS and not x.startswith(L.MEASURE_MODIFIERS) \
        and not x.endswith(L.MEASURE_MODIFIERS + L.MEASURE_HEADS) and not find_periods(x)


def _breakdown_member(metric: str, last_metric: str | None, of_which: bool, compared: bool
                      ) -> tuple[str, str, tuple[str, str] | None] | None:
    """(owner, metric, (owner, metric) of the figure before or None) when the noun phrase of a change names
    a part of the measure just stated rather than a measure: after 其中 ("收入同比增长35.8%，其中德国增长超过
    四成": 德国 | 收入; "其中欧洲增长超过两成，新兴市场增速达35%": 新兴市场 | that measure), or as a sibling of
    the part the measure before was written with ("冰箱收入同比+7%，洗衣机同比+12%": 洗衣机 | 收入, and
    冰箱 | 收入 before it; compared: a comparator follows the sibling, 洗衣机同比…, 澳門則按年…). Not scope nouns in
    a sibling pair (海外收入…，国内…: the measure is 海外收入)."""
    if not last_metric:
        return None
    if of_which:
        if _bare_member(metric):
            return metric, last_metric, None
        rate = next((r for r in _BARE_RATE_ENDS if metric.endswith(r)), None)
        if rate and _bare_member(metric[: -len(rate)]):
            return metric[: -len(rate)], last_metric, None
        return None
    measure = next((w for w in _MEASURE_WORDS_LONGEST if last_metric.endswith(w)), None)
    prefix = last_metric[: -len(measure)] if measure else ""
    if compared and prefix and _bare_member(prefix) and _bare_member(metric) and not _COORDINATED.search(prefix + metric) \
            and prefix not in L.SCOPE_NOUNS and metric not in L.SCOPE_NOUNS:
        return metric, measure, (prefix, measure)
    return None


def _named(owner: str, names) -> bool:
    return owner.startswith("某") or any(owner.startswith(n) for n in names) \
        or bool(_LATIN_WORD.match(owner))


_ENDS_WITH_VERB = re.compile("(?:" + "|".join(L.TRANSITIVE_VERBS + ("贡献", "拿下", "吸纳", "承担")) + r")了?$")
_GROUP_OBJECT = re.compile(r"的?([^\d,的]{2,12})")  # 贡献了62%的销售额, 貢獻約7成營收
# A clause that names the value a reported figure is set against, and only it: (高于)市场预期的, 前值为,
# 彭博一致预期, 前值下降.
_BENCHMARK = re.compile("(?:略?(?:高于|低于|超过|超出|好于|优于|不及|符合|接近))?" + expected_value() + "(?:的|为|是)?"
                        "(?:上涨|上升|增长|增加|下降|下跌|回落|减少)?[(（]?")  # 略高于彭博一致预期（181.6亿元）
_STANDARD_VALUE = re.compile(r"(?:较|比|相比|相较于?|由|从)[^,]{1,12}的$")
_COMPARED_PRICE = re.compile(r"(?:较|比)(?:[^,]*?日)?([^\d,日]{0,4}(?:价|价格))$")
_OTHER_VALUE = re.compile("(" + "|".join(L.OTHER_VALUE_MARKERS) + r")([^,]{2,16}?)的$")
# "IoT：收入299亿元，同比+43.6%": a short label before a colon names a business segment; so it does after
# a list item's number ("1. 中芯国际：25Q3实现营收…", "2、北方华创：…").
_LABEL = re.compile(r"^\s*(?:\d{1,2}[.)、]\s*|[-+•·]\s+|[●○◆◇■□▪★☆►▶]\s*)?([^\d,.;:。，；：、()（）\s][^\d,.;:。，；：、()（）]{1,9})\s*[:：](?=.*\d)")


# **分业务**：住宿预订收入…: a label announcing a breakdown by category (not 分众传媒：…) names no segment
_BY_CATEGORY = re.compile(r"[分按](?:" + "|".join(sorted(L.BREAKDOWN_BY_BUSINESS + L.BREAKDOWN_BY_OTHER, key=len, reverse=True))
                          + r")(?:来看|看)?")

def _segment_label(folded: str) -> re.Match | None:
    m = _LABEL.match(folded)
    if not m:
        return None
    label = m.group(1).strip()
    if leading_adverbials(label) != label or label.endswith(L.NOT_SEGMENT_LABELS + L.ROLE_NOUNS + L.STATISTICS_OFFICES) \
            or CHANGE_VERB.search(label) or _TRANSITIVE.search(label) \
            or label.startswith(L.NON_OWNER_OPENERS) or METRIC_END.search(label) or _BY_CATEGORY.fullmatch(label) \
            or any(w in label for w in L.YOY_WORDS + L.QOQ_WORDS + L.UP_RATE_NOUNS + L.DOWN_RATE_NOUNS):
        return None  # 营业总收入：…, 同比：… label a measure or a comparison, 子公司CEO：… a speaker, not a segment
    if leading_adverbials(folded[m.end():m.end() + len(label) + 12].lstrip(" *")).startswith(label):
        return None  # **回购**：季度内回购12亿港元: a label the text opens with again is a topic, not a segment
    return m


def _measure_named(clause: str, names) -> tuple[str | None, str | None]:
    """(owner, measure) a figure-less clause names before its predicate, if it names a measure."""
    if frame_standard(clause) or clause_topic(clause, names) or _COPULA_OPENING.match(clause):
        return None, None  # (主要为政府补助及理财收益: what the measure before consists of, no measure of its own)
    clause = _FRAME_END.sub("", clause)  # 毛利率方面，(预计维持在45%左右): the frame names the measure
    # A number there has a unit outside the vocabulary (出货量约381GWh): the measure is named before it.
    lead = len(clause) - len(leading_adverbials(clause))
    number = _NUMBER.search(clause, lead + 1)
    cut = [m.start() for m in (_PREDICATE_START.search(clause), _EVALUATIVE.search(clause), number)
           if m and m.start() > 0]
    np = strip_predicate(clause[: min(cut)] if cut else clause)
    owner, metric, _ = split_np(np, names)
    # (光伏装机7.1亿千瓦: what has a number is a measure; 25-34岁人群占比(最高): so is a share)
    if not metric or not (METRIC_END.search(metric) or number or metric.endswith(_SHARE_ENDS)):
        return None, None
    return owner, metric


_SHARE_ENDS = ("占比", "比重")
_FRAME_END = re.compile(r"(?:方面|而言|来看|来说)$")
_COPULA_OPENING = re.compile(r"\s*(?:主要|均|即|亦|也|都)?(?:为|是|系|包括|来自|源于|源自)")
# the clause ends on a number and a short unit (约381GWh, 3.3亿标准箱); not 88VIP会员数, 前10大客户收入
_NUMBER = re.compile(r"(?<![\dA-Za-z.])(?:约|近|超过?|逾|达到?)?\d[\d.,]*[^\d]{0,6}$")


# An evaluative predicate closing a clause (最低, 较高, 领先): the noun phrase before it is a measure.
_EVALUATIVE = re.compile(r"(?:最|较|更|相对|明显|显著)?(?:高|低|快|慢|大|小|多|少|领先|落后|突出|稳定)$"
                         r"|(?:再)?创[^,]{0,6}?新[高低]$")  # (楼面价创区域新高，达…: a record, the measure before it)
_PREDICATE_START = re.compile("|".join(map(re.escape, sorted(L.YOY_WORDS + L.QOQ_WORDS + L.MOM_WORDS, key=len,
                                                              reverse=True)))
                              + "|" + CHANGE_VERB.pattern)
_RANK_VERB = re.compile("(" + "|".join(sorted(L.RANK_VERBS, key=len, reverse=True)) + ")")
_AGENT_CONJ = re.compile(r"与|和|及|、")  # 可灵与Veo占据…: the first of coordinated agents
_RANK_FRAME = re.compile(r"在([^,在]{2,30}?(?:榜|榜单|排行|排名|评测|评选))(?:上|中)?")


_BY_FIGURE = re.compile(r"^[^,]{2,20}以$")
# 一宗地块以总价58.6亿元成交 / 以每股12.5元的价格出售: X at a price, then the deal's verb.
_AT_PRICE = re.compile(r"^([^,]{2,20}?)以(?:约)?([^\d,以的]{0,6}?(?:价|价格|金额|对价|估值))$")
_DEAL_AFTER = re.compile(r"(?:的价格)?(?:成交|中标|出售|收购|拍得|竞得|转让|摘得|售出|完成|购入|回购)")
_PRICE_AFTER = re.compile(r"的(对价|价格|总价|均价|单价|总金额|金额|估值)" + _DEAL_AFTER.pattern)
# 以9.7%的市场份额位居第二 / 以8,200家门店位列第二 (a count names its noun without 的)
_OF_MEASURE = re.compile(r"的?([^,的\d]{2,10}?)(?:" + "|".join(sorted(L.RANK_VERBS, key=len, reverse=True)) + r"|领跑|稳居)")
_RANKED_BY = re.compile(r"^(.{2,20}?)以[^,]*?(?:的|[\d.,]+(?:万|亿)?[个家名位款座台辆件只所间])([^,的\d]{2,10})$")
_RANK_ADVERB = re.compile("(?:" + "|".join(sorted(L.ADVERBS + L.MANNER_ADVERBS, key=len, reverse=True)) + ")+$")
# A measure standing where the owner would (增速居全省第一, 销量位列行业前三).
_RANK_MEASURE = re.compile("^(?:" + "|".join(sorted(L.UP_RATE_NOUNS + L.DOWN_RATE_NOUNS + L.METRIC_WORDS
                                                        + L.MARKET_SHARE_WORDS + ("销量", "产量", "规模"),
                                                        key=len, reverse=True)) + ")$")


def _ranking(before: str, pre: str, names) -> tuple[str | None, str | None] | None:
    """(owner, ranking) of a rank: 可灵与Veo占据全球前两名 -> (可灵, 全球…); 在X榜上 names the ranking."""
    verbs = list(_RANK_VERB.finditer(pre))
    if not verbs:
        return None
    v = verbs[-1]
    ranking = pre[v.end():].strip() or None
    agent = _AGENT_CONJ.split(leading_adverbials(pre[: v.start()]))[0]
    where = _RANKED_IN.search(agent) if not ranking else None
    if where:  # 我們於中國骨科手術機器人市場排名第三: the market the place is in is the ranking
        agent, ranking = agent[: where.start()], where.group(1)
    frame = list(_RANK_FRAME.finditer(before)) if not where else None
    if frame and (not ranking or len(ranking) <= 2):
        ranking = frame[-1].group(1)
    by = _RANKED_BY.match(agent)
    if by:  # 吉利汽车以9.7%的市场份额位居第二: the owner before 以, ranked by the measure after 的
        agent, ranking = by.group(1), by.group(2)
    agent = _RANK_ADVERB.sub("", agent)  # 继续排名第一: an adverb, not an agent
    if _RANK_MEASURE.search(agent) and not split_np(agent, names)[0]:
        return None, agent  # 增速居全省第一: the measure ranked; its owner is the one carried
    owner, metric, _ = split_np(agent, names) if agent else (None, None, False)
    return (owner or (agent if 2 <= len(agent) <= 20 and not agent.startswith(L.NON_OWNER_OPENERS) else None),
            ranking)


_RANKED_IN = re.compile(r"(?:在|于)([^,在于]{2,24}?(?:市场|行业|领域|赛道|板块|榜单?))(?:中|内|上)?$")
_ACHIEVED = re.compile(r"(?:分别)?(?:完成|实现|录得|达成)(?:了)?$")


# 日用百货、生鲜果蔬和医药健康是下单最多的三个品类，(提及率分别为…): a figure-less clause opening on a list,
# before a copula or a ranking verb, names the members a later 分别 clause's measure is of.
_LISTED_MEMBERS = re.compile(r"^([^\d,，是为]{2,40}?)(?:均|都|依次)?(?:是|为|位居|位列|排名|成为|分列|居)")


def _members_before(prev_clause: str, count: int) -> list[str] | None:
    m = _LISTED_MEMBERS.match(leading_adverbials(prev_clause.strip()))
    members = [p for p in _CONJ.split(m.group(1)) if p] if m else []
    return members if len(members) == count and all(1 < len(p) <= 12 for p in members) else None


_PLACED_IN_TURN = re.compile(r"([^,]{2,40}?)分列")


def _placed_in_turn(folded: str, text: str, cs: int, in_clause: list, rows: list, ranking: str | None) -> None:
    """苹果和小米分列第二、三位: the coordinated owners before 分列 take the places in turn, in the ranking the
    sentence named last (华为以32.4%的市场份额位居第一，…: 市场份额)."""
    m = _PLACED_IN_TURN.match(folded, cs)
    if not m or any(q["unit"] != "rank" for _, q in in_clause):
        return
    members = [p for p in _CONJ.split(leading_adverbials(m.group(1))) if p]
    if len(members) != len(in_clause):
        return
    for (i, q), member in zip(in_clause, members):
        rows[i]["subject"] = _as_written(member, folded, text, q["start"])
        rows[i]["metric"] = ranking


def _distribute(folded: str, text: str, cs: int, in_clause: list, rows: list, names,
                previous: list[tuple] | None = None, prev_clause: str = "") -> list[tuple] | None:
    """甲公司和乙公司的营收分别为120亿元和95亿元: 分别 pairs coordinated owners or metrics with figures.
    Returns the members' (metric, subject), for a later "同比分别增长A和B" with no noun phrase of its own."""
    first = in_clause[0][1]
    np = leading_adverbials(strip_predicate(_ACHIEVED.sub("", strip_predicate(folded[cs:first["start"]]))))
    if not np and previous and len(previous) == len(in_clause):
        for (i, q), (metric, subject) in zip(in_clause, previous):
            rows[i]["metric"], rows[i]["subject"] = metric, subject
        return previous
    compound = next((k for k in L.COMPOUND_METRICS if np.endswith(k)), None)
    if compound and len(L.COMPOUND_METRICS[compound]) == len(in_clause):
        # 新能源汽车产销分别完成A和B: 产销 is 产量 and 销量
        stem = np[: -len(compound)]
        owner, _, _ = split_np(stem + L.COMPOUND_METRICS[compound][0], names)
        stem = stem[len(owner):] if owner and stem.startswith(owner) else stem
        written_stem = _as_written(stem, folded, text, first["start"]) if stem else ""
        out = []
        for (i, q), member in zip(in_clause, L.COMPOUND_METRICS[compound]):
            rows[i]["metric"] = written_stem + _as_written(member, folded, text, q["start"])
            if owner:
                rows[i]["subject"] = _as_written(owner, folded, text, q["start"])
            out.append((rows[i]["metric"], rows[i]["subject"]))
        return out
    parts = [p for p in _CONJ.split(np) if p]
    members = _members_before(prev_clause, len(in_clause)) \
        if prev_clause and len(parts) != len(in_clause) and (not np or METRIC_END.search(np)) else None
    if members:  # A、B和C是…，提及率分别为a、b、c: each member's value of the measure
        for (i, q), member in zip(in_clause, members):
            rows[i]["subject"] = _as_written(member, folded, text, q["start"])
        return [(rows[i]["metric"], rows[i]["subject"]) for i, _ in in_clause]
    if len(parts) != len(in_clause):
        return None
    shared = None
    if "的" in parts[-1]:
        parts[-1], shared = parts[-1].split("的", 1)
    elif len(parts) > 1 and _DIGIT.search(parts[-1]):
        # 中翔航空、东川航空、南岭航空10月客座率分别为…: the period stands where 的 would, between owners and measure
        dated = find_periods(parts[-1])
        if dated and dated[0].start >= 2 and dated[-1].end < len(parts[-1]) and not METRIC_END.search(parts[0]):
            parts[-1], shared = parts[-1][: dated[0].start], parts[-1][dated[-1].end:]
    if shared and all(_DIGIT.search(p) and not find_periods(p) for p in parts):
        # 每周使用1次、2-3次和4次以上的用户分别占…: groups bounded by a count (or an age, an income), each
        # named with the words before the first bound (每周使用4次以上的用户占比)
        stem = parts[0][: _DIGIT.search(parts[0]).start()]
        shared = _MAKES_UP.sub("", shared)
        for (i, q), part in zip(in_clause, parts):
            name = f"{part if part.startswith(stem) else stem + part}的{shared}"
            if rows[i]["kind"] == "share" and not name.endswith(L.SHARE_WORDS):
                name += "占比"
            rows[i]["metric"] = _as_written(name, folded, text, q["start"])
        return [(rows[i]["metric"], rows[i]["subject"]) for i, _ in in_clause]
    frame = prev_clause.strip()  # 在实物商品网上零售额中: the whole of the parts that follow
    whole = _AMONG_END.sub("", frame[1:]) if frame.startswith("在") and _AMONG_END.search(frame) else ""
    if METRIC_END.search(whole) and not any(METRIC_END.search(p) for p in parts):
        # 在实物商品网上零售额中，吃类、穿类、用类商品分别增长…: the parts of the measure the frame names
        for (i, q), part in zip(in_clause, parts):
            rows[i]["subject"] = _as_written(part, folded, text, q["start"])
            rows[i]["metric"] = _as_written(whole, folded, text, q["start"])
        return [(rows[i]["metric"], rows[i]["subject"]) for i, _ in in_clause]
    for k, ((i, q), part) in enumerate(zip(in_clause, parts)):
        periods = find_periods(part)
        if periods and k == 0 and periods[-1].end < len(part):
            # 晶豪光電第３季毛利率、營益率與純益率分別為…: the owner and period open the list, not its first member
            part = part[periods[-1].end:]
        elif periods:
            return
        owner, metric, _ = split_np(part, names)
        if shared is not None or entity_like(part, names):
            rows[i]["subject"] = _as_written(part, folded, text, q["start"])
            if shared:
                rows[i]["metric"] = _as_written(shared, folded, text, q["start"])
        elif metric:
            rows[i]["metric"] = _as_written(metric, folded, text, q["start"])
            if owner:
                rows[i]["subject"] = _as_written(owner, folded, text, q["start"])
    return [(rows[i]["metric"], rows[i]["subject"]) for i, _ in in_clause]


def analyse_sentence(text: str, quantities: list[dict], subject: str | None = None,
                     names: tuple[str, ...] | list[str] = (), folded: str | None = None) -> SentenceResult:
    """Attribute the quantities of one sentence (spans relative to text; folded: fold(text), if the
    caller has it already)."""
    if folded is None:
        folded = fold(text)
    if not quantities:
        return _topics_only(text, folded, subject, names)
    qs = sorted(enumerate(quantities), key=lambda iq: iq[1]["start"])
    starts = [q["start"] for _, q in qs]
    rows: list[dict | None] = [None] * len(quantities)
    carried = local = subject
    label = _segment_label(folded) if quantities else None
    if label:  # IoT：收入299亿元；毛利率… — the label names the segment the sentence and the rest of its
        # paragraph are about (a new paragraph starts again from the heading's or document's subject)
        carried = local = text[label.start(1):label.start(1) + len(label.group(1).rstrip())]  # not **'s blanks
    case_starts: list[int] = []
    last_metric: str | None = None
    last_kind: str | None = None
    last_unit = last_direction = None
    last_baseline: str | None = None  # the last change's comparator (同比上涨 -> yoy)
    last_row: int | None = None  # the row of the last figure, and whether its own noun phrase named its owner
    last_owned = False
    breakdown = False  # a clause of this sentence named a part of the measure before it (其中德国…)
    # the subject before the first part and the measure's head word (收入, 率): a later clause with a sibling
    # measure of its own (外销收入…，其中欧洲…；内销收入…) is about that subject again
    whole_subject = whole_head = None
    prev_clause, prev_figures = "", False
    distributed: list[tuple] | None = None  # (metric, subject) of the members of the last 分别 list
    rank_metric: str | None = None  # the ranking the last rank of the sentence is in
    for cs, ce in clauses(folded):
        clause = folded[cs:ce]
        topic = clause_topic(clause, names)
        if topic:
            carried = local = _as_written(topic.subject, folded, text, ce)
            if topic.is_case:
                case_starts.append(cs)
        in_clause = qs[bisect_left(starts, cs):bisect_left(starts, max(ce, cs + 1))]  # the figures starting in it
        said = _SAYS_OF_ITSELF.match(clause) if not topic and folded.startswith("其", ce + 1) else None
        if said and not in_clause and entity_like(said.group(1), names):
            carried = local = _as_written(said.group(1), folded, text, ce)  # 华瑞药业公告称，其…: 其 is the speaker
        if not in_clause and not topic and _NUMBER.search(clause):
            # 宁德时代11月装车量40.9GWh，市占率43.9%: a figure in a unit outside the vocabulary still names its
            # owner, whose the next clause's figures are
            owner = _measure_named(clause, names)[0]
            if owner:
                local = _as_written(owner, folded, text, ce)
        done: list[dict] = []
        done_rows: list[int] = []
        for i, q in in_clause:
            start, end = q["start"], _quote_end(q)
            if done and _same_reading(folded[_quote_end(done[-1]):start], done[-1], rows[done_rows[-1]], q):
                rows[i] = dict(rows[done_rows[-1]])
                if rows[i]["kind"] == "change" and q.get("signed") and q.get("value"):
                    rows[i]["direction"] = "down" if q["value"] < 0 else "up"  # +0.5pct/(-0.3pct): its own sign
                done.append(q)
                done_rows.append(i)
                continue
            pre, post = folded[cs:start], folded[end:ce]
            aside = _in_parenthesis(folded, cs, q)
            kind, direction = kind_direction(pre, q["quote"], q["unit"], q.get("value"), bool(q.get("signed")), post)
            if kind == "level" and q.get("signed") and q["unit"] == "percent":
                named = _named_before_parenthesis(folded, cs, q, aside)
                if named and not named.endswith(_LEVEL_RATIO_ENDS):
                    kind, direction = "change", "down" if (q.get("value") or 0) < 0 else "up"  # 白酒（-2.3%）
            np = _noun_phrase(folded, cs, q, done)
            owner, metric, anaphoric = split_np(np, names)
            deal = _AT_PRICE.match(np) if "以" in np and _DEAL_AFTER.match(post) else None
            priced = _PRICE_AFTER.match(post) if not deal and np.endswith("以") else None
            if deal:  # 杭州一宗地块以总价58.6亿元成交: the price the deal was done at, the thing's
                owner, metric = split_np(deal.group(1), names)[0] or deal.group(1), deal.group(2)
            elif priced and len(np) > 2:  # 甲公司以约3.2亿元的对价收购乙公司: the price, the buyer's
                owner, metric = split_np(np[:-1], names)[0] or np[:-1], priced.group(1)
            by = _BY_FIGURE.match(np) and _OF_MEASURE.match(post)
            if by:  # 吉利汽车以9.7%的市场份额位居第二: the figure is the owner's value of the measure after 的
                owner, metric = split_np(np[:-1], names)[0] or np[:-1], by.group(1)
                if kind == "level" and q["unit"] == "percent" and any(w in metric for w in L.SHARE_WORDS):
                    kind = "share"
            transitive = bool(_TRANSITIVE.search(np))
            other = _OTHER_VALUE.search(pre)
            if other and kind == "level":  # 低于三线城市的67%: X's own value of the same measure
                # (優於第二季的12.9%: a period's value is the same owner's)
                owner, metric = (None if find_periods(other.group(2)) else other.group(2)), last_metric
                kind = last_kind if last_kind == "share" else kind
            elif kind == "level" and _COMPARED_PRICE.search(pre):
                # 較11月14日收盤價1,055元(仍有21%上漲空間): the price compared with, stated; a level of that price
                owner, metric = None, _COMPARED_PRICE.search(pre).group(1)
            elif kind == "level" and last_kind == "share" and q["unit"] == "percent" and (
                    _STANDARD_VALUE.search(pre) or done and _TO_CHAR.search(folded[_quote_end(done[-1]):start])):
                # 占比達67%，較2023年的58%…: the compared value is a share too; so is the one a share moves to
                # (占比有望从2024年的35%提升至2026年的52%)
                kind = "share"
            if q["unit"] == "rank":
                owner, metric = _ranking(folded[:start], pre, names) or (owner, metric)
            inherited = None
            benchmark = bool(last_metric) and _BENCHMARK.fullmatch(pre.strip()) is not None
            if benchmark:  # 高于市场预期的331.6亿美元, 前值0.4%: the expected or previous value of that measure
                owner, metric = None, last_metric
                if last_kind == "change" and q["unit"] == last_unit:  # 同比上涨0.3%，前值0.4%: a change too
                    if kind == "level" and not q.get("signed"):
                        kind, direction = "change", last_direction
                    elif kind == "level":  # CPI同比上涨0.2%，前值-0.3%: a fall the month before
                        kind, direction = "change", "down" if (q.get("value") or 0) < 0 else "up"
                    if kind == "change":
                        inherited = last_baseline
            if not owner and metric and last_metric and q["unit"] == last_unit and _COPULA_ONLY.fullmatch(
                    pre[len(np):] if pre.startswith(np) else "") and not METRIC_END.search(metric) \
                    and (metric in L.TRIAL_ARMS or metric not in L.ENTITY_HEADS and entity_like(metric, names)):
                owner, metric = metric, last_metric  # 甲公司毛利率为30%，乙公司为25% / 对照组为7.8个月: gapped measure
            if anaphoric or (metric in L.PRIOR_VALUE_WORDS and last_metric) \
                    or (last_metric and leading_adverbials(np).startswith(L.EQUATING_VERBS)):
                metric = last_metric  # 这一比例 / （前值为928亿元） / 折合人民币约18亿元: the measure just named
            elif metric in _BARE_RATES and last_metric and kind == "change" and q["unit"] == "percent" \
                    and last_metric not in _BARE_RATES:
                metric = last_metric  # 营收分别为318/357亿元，增速分别为13.3%/12.0%: the growth of 营收
                if last_kind == "change" and not baseline_of(pre):
                    inherited = inherited or last_baseline  # 较2024年末增加2.6万家，增幅12.7%: against the same
            if kind == "change" and last_kind == "change" and _CONTRASTED.match(clause) and not baseline_of(pre):
                inherited = inherited or last_baseline  # …較二零二四年同期下跌1.6%，而總銷貨數量則下跌2.7%: the same
            elif kind == "change" and last_kind == "level" and last_baseline and not baseline_of(pre) \
                    and _BARE_CHANGE_CLAUSE.match(clause) and (not metric or metric == last_metric):
                # 出口5,278.9億美元，較上年同期增加33.5%；進口4,012.3億美元，增加25.4%: the parallel clause leaves out
                # the standard it shares
                inherited = inherited or last_baseline
            of_which = bool(_OF_WHICH.match(clause))
            if of_which and owner and kind == "change" and not done and not breakdown:
                whole_subject, whole_head, breakdown = local, _measure_head(last_metric), True  # 其中華南地區…
            member = _breakdown_member(metric, last_metric, breakdown or of_which,
                                       _compared_after(pre, metric)) \
                if kind == "change" and metric and not owner and not anaphoric and not done else None
            if member:  # 其中德国增长超过四成: 德国 | the measure just stated
                owner, metric, before = member
                if not breakdown:
                    whole_subject, whole_head = local, _measure_head(last_metric)
                breakdown = True
                if before and last_row is not None and not last_owned and rows[last_row]:
                    rows[last_row]["subject"] = _as_written(before[0], folded, text, start)
                    rows[last_row]["metric"] = _as_written(before[1], folded, text, start)
            elif breakdown and not owner and metric and np and not anaphoric and whole_head \
                    and _measure_head(metric) == whole_head:
                local = whole_subject  # 其中欧洲增长超过两成；内销收入同比下降6.5%: a sibling of the whole's measure
            room = ROOM.match(post) if q["unit"] == "percent" else None
            if room:  # 较现价有22%上涨空间: the room is the measure
                metric = room.group(1)
            contributed = _ENDS_WITH_VERB.search(np) if kind == "share" else None
            if kind == "share" and not np and share_of_group(post):
                metric = share_of_group(post)
            elif contributed and _GROUP_OBJECT.match(post):
                # 线下渠道贡献了62%的销售额: X's part of Y
                owner = split_np(np[: contributed.start()], names)[0] or np[: contributed.start()] or None
                metric = _GROUP_OBJECT.match(post).group(1) + "占比"
            elif q["unit"] == "percent" and _THERE_ARE.match(leading_adverbials(pre)) \
                    and _AMONG_END.search(prev_clause):
                kind, direction = "share", None
                frame = leading_adverbials(_AMONG_END.sub("", prev_clause))
                metric = share_in_frame(frame, _COPULA_START.sub("", post))
            elif q["unit"] == "percent" and kind == "level" and post.strip() \
                    and _FRAME_BEFORE.match(leading_adverbials(pre)):
                # 新增会员中约四成来自下沉市场: the frame "X中" written in the clause, without a comma or 有
                kind, direction = "share", None
                metric = share_in_frame(_FRAME_BEFORE.match(leading_adverbials(pre)).group(1), post)
            elif q["unit"] == "person" and q["quote"].endswith("人") and _PEOPLE_WHO.match(post):
                metric = _PEOPLE_WHO.match(post).group(1) + "人数"  # 带动约2000人就业 -> 就业人数
            elif q["unit"] == "percent" and kind == "level" and not leading_adverbials(np) and last_metric \
                    and _OF_WHICH.match(clause) and post.strip():
                # 資本支出…，其中約70%將用於先進製程: a part of the amount just stated
                kind, direction = "share", None
                metric = share_in_frame(last_metric, post)
            elif q["unit"] in _COUNT_UNITS and _CLASSIFIER_END.search(fold(q["quote"])) and not by:
                noun = _FOLLOWING_NOUN.match(post)
                moved = CHANGE_VERB.search(noun.group(1)) if noun else None
                if noun and moved and moved.start() >= 2 and moved.end() == len(noun.group(1)) \
                        and not _TO_CHAR.search(noun.group(1)):
                    metric = moved.group(1) + noun.group(1)[: moved.start()]  # 超3,800只个股上涨 -> 上涨个股
                    noun = None
                elif noun and (moved or _TO_CHAR.search(noun.group(1))):
                    noun = None  # 35个缩减至…: a predicate follows, not the counted noun
                if noun:
                    metric = noun.group(1)
                elif metric and not moved and (not transitive or metric in L.TRANSITIVE_VERBS) \
                        and not metric.endswith(L.COUNT_NOUNS):  # 交付(20575辆) -> 交付量
                    metric = metric + ("量" if fold(q["quote"])[-1] in L.VOLUME_CLASSIFIERS else "数")
            streak = _STREAK_VERB.search(pre) if q["unit"] in DURATION_UNITS and metric else None
            if streak and kind == "level" and metric.endswith("连续"):
                # 生鲜乳收购价已连续下跌超过30个月: the streak is the measure (收购价连续下跌), its verb kept
                metric = _STREAK_END.sub("", metric) + "连续" + streak.group(1)
            elif kind == "level" and q["unit"] in DURATION_UNITS and metric and metric.endswith("连续"):
                lasting = _STREAK_AFTER.match(post)
                if lasting:  # …，連續9個月正成長 / PMI连续7个月位于荣枯线以下: what lasts follows the duration
                    base = _STREAK_END.sub("", metric)
                    metric = base + "连续" + lasting.group(1) if base else lasting.group(1)
            if metric and kind == "level" and len(q["unit"]) == 3 and q["unit"].isupper() \
                    and metric.endswith(_OPERATION_VERBS):
                # 央行开展9,000亿元MLF操作 / 完成3亿元股份回购: an amount between a verb and its object is the object's
                obj = _OBJECT_AFTER.match(post)
                if obj and not CHANGE_VERB.search(obj.group(1)) and not _TO_CHAR.search(obj.group(1)):
                    metric = obj.group(1)
            multiple = _MULTIPLE_AFTER.match(post) if q["unit"] == "times" else None
            if multiple:
                metric = multiple.group(1)
            if not metric and q["unit"] in _COUNT_UNITS and _COUNTED_AFTER.match(post):
                metric = _COUNTED_AFTER.match(post).group(1)  # 超5亿用户(在京东下单): the noun counted
            if not metric and not leading_adverbials(np) and prev_clause and not prev_figures:
                # 京东的毛利率最低，仅为15.9% / 会员数同比增长超过两位数，达到近5000万: the
                # figure-less clause before names the measure (its noun phrase, before the predicate)
                p_owner, p_metric = _measure_named(prev_clause, names)
                if p_metric:
                    metric, owner = p_metric, p_owner or owner
                    if kind == "level" and q["unit"] == "percent" and p_metric.endswith(_SHARE_ENDS):
                        kind = "share"  # 其中25-34岁人群占比最高，达41.5%
            if not metric or (last_metric and (RATE_BASE.fullmatch(metric) or _SPAN_ONLY.fullmatch(metric))):
                metric = last_metric  # 中期股息每股8.0港仙（2023年：每股11.0港仙）: 每股 alone names no measure
            elif metric in _BARE_RATES and last_metric and not last_metric.endswith(_BARE_RATE_ENDS):
                metric = last_metric + metric  # 汽车总销量达3290万辆，增速在3%-5%之间: that measure's growth
            part_of = reaches_part(pre) if kind == "share" and not other else None
            written = None
            if kind == "share" and metric and metric.startswith("占") and last_metric and not done:
                # (网上零售额…，)占社会消费品零售总额的比重为26.8%: the part is the measure just named
                written = _as_written(last_metric, folded, text, start) + _as_written(metric, folded, text, start)
                metric = last_metric + metric
            if part_of and metric and "占" not in metric and part_of.group(1).endswith(metric) \
                    and folded[cs + part_of.start()] != "占":
                # 完成年度产量计划的83%: the part of a whole that the noun phrase only repeats is the whole's
                written, metric = text[cs + part_of.start(1):cs + part_of.end(1)], part_of.group(1)
            elif part_of and metric and "占" not in metric:
                # 网上销售占零售总额(的8.2%): the part and the whole, each as written
                whole = text[cs + part_of.start(1):cs + part_of.end(1)]
                mark = text[cs + part_of.start()] if folded[cs + part_of.start()] == "占" else "占"
                written = _as_written(metric, folded, text, start) + mark + whole
                metric = metric + "占" + part_of.group(1)
            if owner and owner in L.ENTITY_HEADS and local and fold(local).endswith(owner):
                owner = None  # 合作社年销售额 after 某贵州山区合作社: a bare head refers back
            if owner:
                local = _as_written(owner, folded, text, start)
                if not done and leading_adverbials(np).startswith(owner) and _named(owner, names):
                    carried = local  # a named owner opening the clause is the topic of what follows
            # 环比增长3%、同比增长(21%): a coordinate predicate's own comparator is nearer than the clause's
            joined = folded[_quote_end(done[-1]):start] if done else ""
            own = baseline_of(joined[1:]) if joined.startswith("、") else None
            baseline = (own or baseline_of(pre) or inherited or frame_standard(prev_clause)
                        or (_aside_standard(folded, cs) if kind == "change" else None)) \
                if kind == "change" else None
            if baseline not in (None, "yoy", "qoq") and owner is None and metric and "的" in metric[1:-1] \
                    and not DE_INSIDE_WORD.search(metric):
                # 新用户的留存率比老用户低: what is compared with the standard is the subject.
                owner, metric = metric.split("的", 1)
            if kind == "change":
                direction = judged_direction(pre, metric, direction)  # 销售费用率…同比改善0.8个百分点: down
            elif kind == "share" and metric and not written:
                metric = _share_named(metric)
            rows[i] = {"kind": kind, "direction": direction if kind == "change" else None, "baseline": baseline,
                       "metric": written or _as_written(metric, folded, text, start), "subject": local}
            if not aside:  # what follows an aside goes on about the measure before it
                last_row, last_owned = i, owner is not None
                last_metric, last_kind = metric, kind
                last_unit, last_direction = q["unit"], direction
                last_baseline = baseline or last_baseline
            done.append(q)
            done_rows.append(i)
        if "分别" in clause and len(in_clause) > 1:
            distributed = _distribute(folded, text, cs, in_clause, rows, names, distributed,
                                      "" if prev_figures else prev_clause) or distributed
        elif "分列" in clause and len(in_clause) > 1:
            _placed_in_turn(folded, text, cs, in_clause, rows, rank_metric)
        for i, q in in_clause:
            if q["unit"] == "rank" and rows[i] and rows[i]["metric"]:
                rank_metric = rows[i]["metric"]
        prev_clause, prev_figures = clause, bool(in_clause)
    return SentenceResult([r or {} for r in rows], carried, case_starts)


def _topics_only(text: str, folded: str, subject: str | None, names) -> SentenceResult:
    """analyse_sentence of a sentence without figures: it passes on only its subject and its case studies."""
    carried, case_starts = subject, []
    for cs, ce in clauses(folded):
        topic = clause_topic(folded[cs:ce], names)
        if topic:
            carried = _as_written(topic.subject, folded, text, ce)
            if topic.is_case:
                case_starts.append(cs)
    return SentenceResult([], carried, case_starts)


def attribute_sentence(text: str, quantities: list[dict], subject: str | None = None,
                       names: tuple[str, ...] | list[str] = ()) -> list[dict]:
    """Per-quantity kind, direction, baseline, metric, subject for one sentence.

    quantities: dicts with start (and optionally end) offsets into text, quote, unit, and
    optionally value and signed (the recognizer's explicit-sign flag). subject: the subject
    carried in from earlier sentences; names: the document's proper names (learn_names)."""
    return analyse_sentence(text, quantities, subject, names).rows
