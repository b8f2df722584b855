"""Level, change or share, and the direction of a change.

The words right before a figure decide: a change verb (增长72.5%, 收窄57.2%)
makes it the size of a change unless a 至/到/为/达 marker follows the verb
(增至, 提升到: the new level). An explicit sign on a percentage or a
percentage-point figure is a change in research-note style (同比+4.8%,
+0.9pct). 翻倍 and "是X的N倍" are changes. A percentage of a whole is a share:
占比/比重/比例 before it, "N%的X" (a part of the group X), or the existential
"X中，有N%…" (of X, N% …).
"""
from __future__ import annotations

import re

from pipelines.attribute import lexicon as L
from pipelines.attribute.grammar import FROM_TAIL, OUTPERFORMS, SHARE_OF_END, is_down, last_change_verb

_TO = tuple(sorted(L.TO_MARKERS, key=len, reverse=True))
# "15%的增长": a change verb used as the noun the figure qualifies.
_CHANGE_NOUNS = "|".join(sorted((w for w in L.UP_VERBS + L.DOWN_VERBS if len(w) > 1), key=len, reverse=True))
_NOT_A_SOURCE = r"(?!\s*(?:主要)?(?:来自|来源|源于|源自|由|得益))"  # 65%的增长来自海外: a part of the growth
_CHANGE_NOUN_AFTER = re.compile(rf"\s*的({_CHANGE_NOUNS})(?![率额量值]){_NOT_A_SOURCE}")
# 保持两位数增长 / 实现20%增长 / 錄得5%增長: the same noun without 的, after a verb that carries it
# (not "毛利率30%增长2个百分点": a figure after the verb is the change, this one a level).
_CARRIES = re.compile(r"(?:实现|保持|维持|录得|取得|迎来|带来)了?$")
_CHANGE_NOUN_BARE = re.compile(rf"\s*({_CHANGE_NOUNS})(?![率额量值])(?!了?\s*[\d+\-]){_NOT_A_SOURCE}")
ROOM = re.compile(r"\s*的?(" + "|".join(L.ROOM_WORDS) + ")")
_MULTIPLE_OF = re.compile("(?:" + "|".join(L.MULTIPLE_OF_VERBS) + r")[^,]{1,20}的$")
# (同期业绩比较基准收益率: a fund's benchmark over the same span, no comparison)
_COMPARED = re.compile("(?!同期业绩比较基准)(?:" + "|".join(map(re.escape, L.YOY_WORDS + L.QOQ_WORDS + L.MOM_WORDS
                                                              + L.COMPARATORS)) + ")(?<!业绩比)(?<!业绩比较)")
_RATE_NOUN = re.compile("(" + "|".join(sorted(L.UP_RATE_NOUNS + L.DOWN_RATE_NOUNS, key=len, reverse=True))
                        + r")(?:预测|预期值|预测值|指引)?(?:分别)?(?:预计|预期|预测|预估|有望|或将|将|仍将)?(?:为|达到|达|是|约为|约|在|仍达|高达|超过|超"
                        r"|(?:回落|回升|下降|下滑|上升|提升|提高|放缓|加快|扩大|收窄)[至到])?$")  # 增速分别为13.3%/12.0%,
# 增速预计在9%-11%之间; 社融存量增速将回落至8.3%; 增速预测为1.1%: the rate reached (or forecast) is still a
# growth rate
_REACHES_END = re.compile(r"(?:达到?|为)$")
_ADJ_END = re.compile("(" + "|".join(L.UP_ADJECTIVES + L.DOWN_ADJECTIVES) + r")(?:出|了|于)?$")
# "65%的从业人员…": a percentage qualifying a group noun; not "42%的水平" (a level).
# 七成用户来自下沉市场 / 超过七成受访企业计划…: a part of a group named right after the figure, without 的.
_BARE_GROUP = re.compile(r"(?:受访|被调查|参与调查的?|调查)?(?:" + "|".join(L.SHARE_GROUP_NOUNS) + ")")
_GROUP_SHARE = re.compile(r"的(?!水平|高位|低位|增长|增速|增幅|成绩|幅度|速度|比例|占比|份额)[^\d,]{2,}")


# "北美客戶貢獻約7成營收": a percentage a part contributes of a whole named right after it.
_CONTRIBUTES = re.compile(r"贡献了?$")
_CONTRIBUTES_WHOLE = re.compile(r"贡献了?[^\W\d_]{2,12}$")  # 一线城市贡献合约销售额约58%: a part of that whole
_WHOLE_AFTER = re.compile(r"[^\W\d_]{2}")
# 新增/净增 alone count what was added (新增门店300家: a level); after a comparator they are the change.
_NEWLY_ADDED = re.compile(r"(?:净新增|新增|净增)了?$")
# 上调FY25E/FY26E净利润2%/3%: a revision verb, what it revises, then the percentage revised by (nothing that
# makes the figure a level between: 为, 至, 达…).
_REVISED_BY = re.compile("(" + "|".join(L.REVISION_VERBS) + ")[^为至到达是,;:]{2,24}$")


_POLICY_MOVE = re.compile(r"(降息|减息|降准|加息|升息)$")
DURATION_UNITS = ("minute", "hour", "day", "month", "year")
_STREAK = re.compile(r"连续$")


def kind_direction(pre: str, quote: str, unit: str, value: float | None, signed: bool,
                   post: str = "") -> tuple[str, str | None]:
    """(kind, direction) of a figure from the clause text before and after it."""
    room = ROOM.match(post)
    if room and unit == "percent":
        return "change", L.ROOM_WORDS[room.group(1)]  # 较现价有22%上涨空间
    grew = _CHANGE_NOUN_AFTER.match(post) or (_CARRIES.search(pre) and _CHANGE_NOUN_BARE.match(post))
    if grew and unit in ("percent", "percentage_point", "times"):
        return "change", "down" if is_down(grew.group(1)) else "up"  # 实现了15%的增长, 有12个百分点的提升
    tail = pre[-8:]
    verb = last_change_verb(tail)
    if unit == "times":
        if "翻" in quote or _MULTIPLE_OF.search(pre):
            return "change", "down" if verb and is_down(verb.group(1)) else "up"
        if verb:
            return "change", "down" if is_down(verb.group(1)) else "up"
    # 同比+4.8% / +0.9pct are changes; a bare "-3.9%" may be a negative level (a margin).
    if signed and value is not None and unit in ("percent", "percentage_point") and (
            value >= 0 or unit == "percentage_point" or _COMPARED.search(pre[-12:])):
        return "change", "up" if value >= 0 else "down"
    if _NEWLY_ADDED.search(pre) and _COMPARED.search(pre[-16:]):
        return "change", "up"  # 较上月新增约150座: the additions since the standard
    rate = _RATE_NOUN.search(pre)
    if rate and verb and len(pre) - len(tail) + verb.start() >= rate.start():
        verb = None  # 复合增长率为18%: the verb is part of the rate noun
    if rate and unit in ("percent", "percentage_point") and not verb:
        # 同比增速为15%; 份额净值增长率为-0.21%: a negative rate is a fall
        return "change", "down" if rate.group(1) in L.DOWN_RATE_NOUNS or (value or 0) < 0 else "up"
    if verb and unit in DURATION_UNITS and _STREAK.search(tail[: verb.start()]):
        verb = None  # 生鲜乳收购价已连续下跌超过30个月: how long the streak lasts, not how far it fell
    if verb and not pre.rstrip().endswith(_TO):
        after = tail[verb.end():]
        if not after.startswith(_TO) and not _REACHES_END.search(after):
            return "change", "down" if is_down(verb.group(1)) else "up"
    policy = _POLICY_MOVE.search(pre) if unit in ("percent", "percentage_point") else None
    if policy:  # 降息10bp, 降准0.5个百分点, 加息25个基点: a rate moved by the figure
        return "change", "down" if policy.group(1)[0] in "降减" else "up"
    revised = _REVISED_BY.search(pre) if unit in ("percent", "percentage_point") else None
    if revised:
        return "change", "down" if is_down(revised.group(1)) else "up"
    beats = OUTPERFORMS.search(pre.rstrip())
    if beats and (unit == "percentage_point" or unit == "percent" and beats.group(1) in L.OUTPERFORM_PERCENT_VERBS):
        return "change", L.OUTPERFORM_VERBS[beats.group(1)]  # 跑赢沪深300指数2.1个百分点
    adj = _ADJ_END.search(pre)
    if adj and _COMPARED.search(pre[: adj.start()][-20:]) and unit not in ("rank",):
        return "change", "down" if adj.group(1) in L.DOWN_ADJECTIVES else "up"  # 比老用户低8个百分点
    if unit == "percentage_point" and _COMPARED.search(pre[-12:]):
        return "change", "up"
    if unit == "percent" and (value is None or value <= 100):  # 拨备覆盖率412% is a ratio, not a part
        if any(w in pre[-14:] for w in L.SHARE_WORDS) or _GROUP_SHARE.match(post) or reaches_part(pre) \
                or (_CONTRIBUTES.search(pre) and _WHOLE_AFTER.match(post)) or _CONTRIBUTES_WHOLE.search(pre) \
                or (len(pre.strip()) <= 3 and _BARE_GROUP.match(post)):  # (a measure before it: its value)
            return "share", None
    return "level", None


_JUDGED = re.compile("(" + "|".join(L.IMPROVE_VERBS + L.WORSEN_VERBS) + r")了?$")


def judged_direction(pre: str, metric: str | None, direction: str | None) -> str | None:
    """The direction of a change stated as better or worse (同比改善0.8个百分点): a cost ratio that
    improves falls (L.WORSE_WHEN_HIGHER), any other measure rises; a worsening the other way round."""
    judged = _JUDGED.search(pre.rstrip())
    if not judged:
        return direction
    worse_when_higher = bool(metric) and any(w in metric for w in L.WORSE_WHEN_HIGHER)
    better = judged.group(1) in L.IMPROVE_VERBS
    return "up" if better != worse_when_higher else "down"


# "达到汽车新车总销量的40.9%": a percentage of another whole reached; not of a period (去年同期的80%).
# (占 may take a longer whole: 占公司2024年度合并报表归属于上市公司股东净利润的35.6%; the whole ends where "from"
# starts: FROM_TAIL.)
# (完成年度产量计划的83%: a plan's part done is a part of it too.)
_REACHES_PART = re.compile(r"(?:占(?!比)(?=[^,]{1,32}的$)|(?:达到|达|完成)(?=[^,]{1,20}的$))([^,]+?)" + FROM_TAIL + "的$")
_PERIOD_WHOLE = re.compile(r"同期|水平|^(?:去年|上年|前年|上季度?|上月|(?:19|20)\d{2}年(?:度|同期)?)$")


def reaches_part(pre: str) -> re.Match | None:
    """The whole in "占X的N%" / "占XN%" / "达到X的N%" (a part of X), or None; 达到去年同期的N% names no whole."""
    m = _REACHES_PART.search(pre) or SHARE_OF_END.search(pre)
    if m and not m.group(0).startswith("占") and _PERIOD_WHOLE.search(m.group(1)):
        return None
    return m


_GROUP_VERB = re.compile(r"采用|使用|选择|通过|来自|是|为|在|有|表示|认为|愿意|实现|参与|完成|购买|下单|拥有|计划|打算|希望|"
                         r"已经|已|曾|会|将|正在|不|没有|未")
_FRAME_VERBS = re.compile(r"^(?:是|为|都|均|会|将会|将|主要|计划)+")


def share_of_group(post: str) -> str | None:
    """"约65%的从业人员采用灵活就业模式" -> 采用灵活就业模式的从业人员占比 (the post text starts at 的)."""
    bare = not post.startswith("的") and _BARE_GROUP.match(post)
    if bare:
        post = "的" + post  # 七成用户来自下沉市场 reads as 七成的用户…
    m = _GROUP_SHARE.match(post)
    if not m:
        return None
    words = m.group(0)[1:]
    group = _BARE_GROUP.match(words)
    if group and group.end() < len(words) and _GROUP_VERB.search(words, group.end()):
        # 58.6%的消费者每周至少使用一次…: the group noun first, then all that is said of it
        return f"{words[group.end():]}的{group.group(0)}占比"
    verb = _GROUP_VERB.search(words)
    if bare and not (verb and verb.start() >= 2):
        return None  # 六成企业营业额超过…: the group's own measure follows; read it as the sentence names it
    if verb and verb.start() >= 2:
        return f"{words[verb.start():]}的{words[:verb.start()]}占比"
    return f"{words}占比"


def share_in_frame(frame_np: str, post: str) -> str:
    """"到店客流量中，有超过50%最终完成消费" -> 到店客流量中最终完成消费的比例."""
    head = frame_np.rsplit("的", 1)[-1]
    rest = _FRAME_VERBS.sub("", post.strip())
    return f"{head}中{rest}的比例" if rest else f"{head}中的比例"
