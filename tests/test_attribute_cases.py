"""Attribution cases, one linguistic category per table.

Each case is a short sentence written for the category (not taken from the
sample report), the quote of one figure in it, and the attributes that
figure must get. Sentence cases run recognize_text + attribute_sentence;
document cases run parse -> recognize -> attribute on a tiny document, for
what needs context (periods carried across sentences, paragraphs, tables).
metric/subject are compared exactly unless the expected value is None.
"""
from __future__ import annotations

import polars as pl
import pytest

from pipelines.attribute import attribute_quantities, attribute_sentence
from pipelines.parse import parse_document
from pipelines.recognize import recognize_segments, recognize_text
from pipelines.recognize.textnorm import fold
from pipelines.schemas import SegmentModel, empty_frame

# --- kind and direction: change verbs, "to" markers, 翻倍/倍, pp -------------------
KIND = [
    # 增 inside a word is no change: 增程车型 (range-extended models), 增发 (an issue of shares); 增长 still is one
    ("增程车型交付1.4万台。", "1.4万台", dict(kind="level", direction=None)),
    ("公司拟增发股份1亿股。", "1亿股", dict(kind="level", direction=None)),
    ("增程车型交付同比增长12%。", "12%", dict(kind="change", direction="up")),
    # a change noun after the figure without 的, carried by 实现/保持/录得; its verbs are no part of the metric
    ("线上业务收入实现20%增长。", "20%", dict(kind="change", direction="up", metric="收入")),
    ("线上业务还是会保持两位数增长。", "两位数", dict(kind="change", direction="up", metric="线上业务")),
    ("毛利率为30%增长2个百分点。", "30%", dict(kind="level", metric="毛利率")),  # a figure after the verb is the change
    # market reports: a market value evaporates, a turnover swells; 一度 (at one point) is an adverb
    ("公司市值蒸发约1000亿美元。", "约1000亿美元", dict(kind="change", direction="down", metric="市值")),
    ("两市成交额较上一交易日放量1200亿元。", "1200亿元", dict(kind="change", direction="up", baseline="上一交易日")),
    ("公司股价一度跌超2%。", "超2%", dict(kind="change", direction="down", metric="股价")),
    ("公司市值为3万亿美元。", "3万亿美元", dict(kind="level", metric="市值")),
    ("营业收入同比增长12.4%。", "12.4%", dict(kind="change", direction="up", baseline="yoy")),
    ("门店客流同比下滑6%。", "6%", dict(kind="change", direction="down", baseline="yoy")),
    ("物流成本较上年降低3.1%。", "3.1%", dict(kind="change", direction="down", baseline="yoy")),
    ("增速较三季度回升0.9个百分点。", "0.9个百分点", dict(kind="change", direction="up", baseline="三季度")),
    ("汽车总销量有望达到3290万辆，增速在3%-5%之间。", "5%", dict(kind="change", metric="汽车总销量")),  # a change names what changed
    ("汽车总销量有望达到3290万辆，增速在3%-5%之间。", "3290万辆", dict(metric="汽车总销量")),  # 有望 is predicate
    ("预计交付量同比增长21.3%至28.9%。", "28.9%", dict(kind="change", direction="up", baseline="yoy")),  # a range
    ("毛利率提升2个百分点至30%。", "30%", dict(kind="level")),  # the level reached
    ("三线城市成交额增速高出一二线城市8个百分点。", "8个百分点",
     dict(kind="change", baseline="一二线城市", metric="成交额增速")),
    ("拥有充电桩6200个，较上月新增约150座超充站。", "约150座", dict(kind="change", baseline="上月")),
    ("公司新增门店300家。", "300家", dict(kind="level")),  # additions without a standard: a level
    # a clause opening with 比 and ending in a comparative compares (not 比亚迪…)
    ("海外业务毛利率在25%左右，比国内高5个百分点左右。", "5个百分点左右",
     dict(kind="change", direction="up", baseline="国内", metric="毛利率")),
    # a share moving "from A to B": the whole ends where 由/从 starts; B is the same share
    ("AI产品占营收比重已由去年同期的18%提升至27%。", "18%", dict(kind="share", metric="AI产品占营收比重")),
    ("AI产品占营收比重已由去年同期的18%提升至27%。", "27%", dict(kind="share", metric="AI产品占营收比重")),
    ("创新药收入占比有望从2024年的35%提升至2026年的52%。", "52%", dict(kind="share", metric="创新药收入占比")),
    # an amount restated in another currency is the same measure
    ("海外授权首付款2.5亿美元，折合人民币约18亿元。", "约18亿元", dict(metric="海外授权首付款", kind="level")),
    # 在X中，A、B、C分别…: the members are parts of the measure the frame names
    ("在实物商品网上零售额中，吃类、穿类、用类商品分别增长16.2%、3.1%和7.5%。", "3.1%",
     dict(kind="change", metric="实物商品网上零售额", subject="穿类")),
    # 新业务价值 (an insurer's NBV) is one measure: 新业务 is no business unit inside it
    ("新业务价值同比增长28.8%至245.6亿元。", "245.6亿元", dict(metric="新业务价值", subject=None)),
    # rates and yields float and move: 上浮, 上行, 下行 are change verbs (上下浮动 is a band, no change)
    ("票面利率为2.35%，较同期限国债收益率上浮约70个基点。", "约70个基点",
     dict(kind="change", direction="up", baseline="同期限国债收益率")),
    ("10年期国债收益率下行5个基点至1.75%。", "5个基点", dict(kind="change", direction="down")),
    ("预计营收为430亿美元，上下浮动2%。", "2%", dict(kind="level")),
    ("其中涨停个股86只，跌停个股3只。", "86只", dict(kind="level")),  # 涨停 (at the daily limit) is no change verb
    ("其中涨停个股86只，跌停个股3只。", "3只", dict(kind="level")),
    ("收入同比增长3.0%，较11月加快1.2个百分点。", "1.2个百分点", dict(kind="change", baseline="11月")),
    ("连锁化率由15%提升至23%，五年间提高8个百分点。", "8个百分点", dict(metric="连锁化率")),  # 五年间 is adverbial
    ("经营亏损同比收窄41%。", "41%", dict(kind="change", direction="down", metric="经营亏损")),
    ("会员数量增至820万人。", "820万人", dict(kind="level", direction=None, baseline=None)),
    ("订单履约时长缩短到18分钟。", "18分钟", dict(kind="level", direction=None, metric="订单履约时长")),
    ("营收同比增长9%至532亿元。", "532亿元", dict(kind="level", metric="营收")),
    ("净利润同比增长31%，达到86亿元。", "86亿元", dict(kind="level", metric="净利润")),
    ("直播订单量同比翻倍。", "翻倍", dict(kind="change", direction="up", baseline="yoy")),
    ("海外收入同比增长1.5倍。", "1.5倍", dict(kind="change", direction="up", metric="海外收入")),
    ("毛利率同比提升2.3个百分点。", "2.3个百分点", dict(kind="change", direction="up", metric="毛利率")),
    ("退货率下降0.8个百分点。", "0.8个百分点", dict(kind="change", direction="down", baseline=None)),
    ("云业务收入同比增速为28%。", "28%", dict(kind="change", direction="up", baseline="yoy")),
    ("客单价同比降幅达到4.5%。", "4.5%", dict(kind="change", direction="down", baseline="yoy")),
    ("全年新增注册用户3000万人。", "3000万人", dict(kind="level", direction=None)),
    ("用户满意度从72%提升到81%。", "72%", dict(kind="level", metric="用户满意度")),
    ("用户满意度从72%提升到81%。", "81%", dict(kind="level", metric="用户满意度")),
]

# --- baselines: 同比/环比, 较X/比X/相比X, frames, multiples ---------------------------
BASELINE = [
    ("广告收入环比增长4%。", "4%", dict(baseline="qoq")),
    # a performance target's base (以…为基数，) is the standard of the growth that follows
    ("以2024年营业收入为基数，2025年营业收入增长率不低于20%。", "不低于20%",
     dict(baseline="2024年营业收入", kind="change")),
    ("以上年为基数，净利润增长15%。", "15%", dict(baseline="yoy")),
    ("广告收入较上季度增长4%。", "4%", dict(baseline="qoq")),
    ("總銷貨數量臨時估計較一年前上升1.8%。", "1.8%", dict(baseline="yoy")),  # a year back: yoy
    # a change right after an aside naming the prior value is against the aside's period
    ("新業務價值利潤率為51.2%（去年同期：47.8%），上升3.4個百分點。", "3.4個百分點", dict(baseline="yoy")),
    ("毛利率為15.9%（二零二三年：17.7%），下降1.8個百分點。", "1.8個百分點", dict(baseline="2023年")),
    ("毛利率為15.9%（註1），下降1.8個百分點。", "1.8個百分點", dict(baseline=None)),  # counter-case: a note
    # 而X則…: a clause set in parallel against the one before changes against the same standard
    ("零售業總銷貨價值較一年前下跌1.6%，而總銷貨數量則下跌2.7%。", "2.7%", dict(baseline="yoy", metric="總銷貨數量")),
    ("收入同比增长5%，而利润下跌3%。", "3%", dict(baseline=None)),  # counter-case: no 則, no parallel
    # 按月 (Hong Kong, Macau): month on month, as 月增; the measure is the clause's before it
    ("博彩毛收入按年上升15.9%，按月增加31.2%。", "31.2%", dict(baseline="上月", metric="博彩毛收入")),
    ("博彩毛收入按年上升15.9%，按月增加31.2%。", "15.9%", dict(baseline="yoy", metric="博彩毛收入")),
    ("外卖订单较去年同期增长18%。", "18%", dict(baseline="yoy")),
    ("新零售门店的坪效较传统门店提高35%。", "35%", dict(baseline="传统门店", metric="坪效")),
    ("自营商品的复购率比第三方商品高出9个百分点。", "9个百分点",
     dict(kind="change", direction="up", baseline="第三方商品")),
    ("新客的留存率比老客低6个百分点。", "6个百分点", dict(kind="change", direction="down", baseline="老客")),
    ("相比人工客服，智能客服的响应速度提升了60%。", "60%", dict(baseline="人工客服", metric="响应速度")),
    ("与行业平均水平相比，该店人效提高20%。", "20%", dict(baseline="行业平均水平", metric="人效")),
    ("会员的年消费额是普通用户的2.5倍。", "2.5倍",
     dict(kind="change", direction="up", baseline="普通用户", metric="年消费额")),
    ("研发投入增长15%。", "15%", dict(kind="change", baseline=None)),
    # a clause opening on 比 + a standard: the measure of the clause before, compared with the standard
    ("平均客单价为86元，比整体平均水平高出约22元。", "约22元",
     dict(kind="change", direction="up", baseline="整体平均水平", metric="平均客单价")),
    ("比亚迪销量30万辆。", "30万辆", dict(kind="level", baseline=None)),  # a name beginning with 比
    ("过去五年营收年均增长12%。", "12%", dict(kind="change", metric="营收", baseline=None)),
    ("2024-2026年复合增长率为12%。", "12%", dict(kind="change", direction="up", metric="复合增长率")),
    ("應佔溢利為26億港元，較2023年增加1%。", "1%", dict(kind="change", baseline="2023年")),  # clause opens on 較
    # a verb whose object is the standard, the gap after it (market reviews)
    ("本周电子指数上涨3.2%，跑赢沪深300指数2.1个百分点。", "2.1个百分点",
     dict(kind="change", direction="up", baseline="沪深300指数", metric="电子指数")),
    ("本周医药指数下跌1.5%，跑输大盘2%。", "2%", dict(kind="change", direction="down", baseline="大盘",
                                                    metric="医药指数")),
    ("公司营收增速高于行业平均3个百分点。", "3个百分点", dict(kind="change", direction="up", baseline="行业平均")),
    ("收入955亿元，低于一致预期约2%。", "约2%", dict(kind="change", direction="down", baseline="一致预期", metric="收入")),
    ("公司不良率低于1%。", "低于1%", dict(kind="level", baseline=None, metric="不良率")),  # a bound, no standard
    ("公司毛利率高于同行的15%。", "15%", dict(kind="level", baseline=None)),  # the peers' own value
    ("出游7.65亿人次，按可比口径同比增长5.9%。", "5.9%", dict(metric="出游", baseline="yoy")),  # basis is predicate
    ("接待游客1.2亿人次，比2019年同期增长18.5%。", "18.5%",
     dict(kind="change", baseline="2019年同期", metric="接待游客")),  # clause opens on 比 before a year
    ("比亚迪销量427万辆，同比增长41%。", "427万辆", dict(metric="比亚迪销量")),  # 比 of a name stays
]

# --- sign: a change keeps its magnitude, the direction carries the sign --------------
SIGN = [
    ("归母净利润同比-2.0%。", "-2.0%", dict(kind="change", direction="down", baseline="yoy")),
    ("营收同比+4.8%。", "+4.8%", dict(kind="change", direction="up", baseline="yoy", metric="营收")),
    ("销售费用率+0.9pct。", "+0.9pct", dict(kind="change", direction="up", metric="销售费用率")),
    ("经营利润率为-3.5%。", "-3.5%", dict(kind="level", direction=None)),
]

# --- share: 占比 / 占…的比重 / N%的X / X中，有N% ------------------------------------
SHARE = [
    ("本基金季末股票仓位约为93%。", "约为93%", dict(kind="share")),  # a fund's position: a part of its assets
    ("本基金股票仓位较上季度提升5个百分点。", "5个百分点", dict(kind="change", direction="up")),
    ("七成用户来自下沉市场。", "七成", dict(kind="share", metric="来自下沉市场的用户占比")),  # a group right after it
    # 占 with a long whole (a period and a report's wording inside it); 达到 keeps its shorter reach
    ("合计派发现金红利3.2亿元，占公司2024年度合并报表归属于上市公司股东净利润的35.6%。", "35.6%", dict(kind="share")),
    ("销量达到去年同期的80%。", "80%", dict(kind="level")),
    ("超过七成受访企业计划扩大门店规模。", "超过七成", dict(kind="share")),
    ("毛利率达30%企业平均水平。", "30%", dict(kind="level", metric="毛利率")),  # a measure before it: its value
    ("海外业务收入占比达到27%。", "27%", dict(kind="share", subject="海外业务", metric="收入占比")),
    ("线上销售额占总销售额的比重升至46%。", "46%", dict(kind="share", metric="线上销售额占总销售额的比重")),
    ("约六成的受访商家计划扩大直播投入。", "约六成", dict(kind="share", metric="计划扩大直播投入的受访商家占比")),
    ("参与调查的门店中，有超过30%实现了盈利。", "超过30%", dict(kind="share", metric="门店中实现了盈利的比例")),
    ("新能源车渗透率提升至41%。", "41%", dict(kind="share")),
    ("拨备覆盖率为380%。", "380%", dict(kind="level")),  # above 100%: a ratio, not a part of a whole
    ("新能源车销量达到汽车总销量的35%。", "35%", dict(kind="share", metric="新能源车销量占汽车总销量")),
    ("订单量达到去年的80%。", "80%", dict(kind="level")),  # a period is no whole
    ("年內資本開支為44億港元，佔全年收入的38%。", "38%", dict(kind="share", metric="資本開支佔全年收入")),
    # 占 takes its whole without 的 too; the part is the measure and owner just named
    ("醫藥分銷業務收益為41.2億元，佔本集團總收益逾60%。", "逾60%",
     dict(kind="share", subject="醫藥分銷業務", metric="收益佔本集團總收益")),
    ("医药分销业务收益占集团总收益60%。", "60%", dict(kind="share", subject="医药分销业务", metric="收益占集团总收益")),
    ("线上渠道占比35%。", "35%", dict(kind="share", metric="线上渠道占比")),  # counter-case: 占比 is the measure
    # the group noun first, then all that is said of it (not its adverbs after the verb phrase)
    ("受访者中，58.6%的消费者每周至少使用一次即时零售服务。", "58.6%",
     dict(kind="share", metric="每周至少使用一次即时零售服务的消费者占比")),
    ("近六成消费者每周下单。", "近六成", dict(kind="share", metric="每周下单的消费者占比")),
    # a phrase with 占 before 的 is the part of a share, not an owner
    ("海外游戏收入占游戏业务收入的比例提升至34%。", "34%",
     dict(kind="share", metric="海外游戏收入占游戏业务收入的比例", subject=None)),
    # a part contributes a percentage of a whole named right after it, with or without 的
    ("北美客戶貢獻約7成營收。", "約7成", dict(kind="share", subject="北美客戶", metric="營收佔比")),
    ("公司贡献了20%，", "20%", dict(kind="level")),  # counter-case: no whole named
    # the compared value of a share is a share
    ("先進製程營收占比達67%，較2023年的58%大幅提升。", "58%", dict(kind="share", metric="先進製程營收占比")),
    ("毛利率为30%，较去年同期的28%提升。", "28%", dict(kind="level", metric="毛利率")),  # counter-case: a ratio
    ("股東應佔溢利為52.4億港元。", "52.4億港元", dict(kind="level", metric="股東應佔溢利")),  # 應佔: attributable
    ("全年网上零售额13万亿元，占社会消费品零售总额的比重为26.8%。", "26.8%",
     dict(kind="share", metric="网上零售额占社会消费品零售总额的比重")),  # the part is the measure just named
    ("公司计划资本开支50亿元，其中约60%将用于新建产能。", "约60%",
     dict(kind="share", metric="资本开支中用于新建产能的比例")),
    ("营收增长20%，其中海外收入增长30%。", "30%", dict(kind="change", metric="海外收入")),
]

# --- metric and subject inside the noun phrase -----------------------------------
NOUN_PHRASE = [
    # time words before the verb, the analyst's revising verbs, a forecast's previous value
    ("公司股价年内上涨35%。", "35%", dict(metric="股价", kind="change")),
    # an alias aside (（以下简称“X”）) left before the measure names none of it
    ("甲集团有限公司（以下简称“甲集团”）增持金额为5,000万元。", "5,000万元", dict(metric="增持金额", subject="甲集团有限公司")),
    # 能 ending a name (智能, 储能) is no modal
    ("远航智能实现收入12亿元。", "12亿元", dict(subject="远航智能", metric="收入")),
    # a list of nouns before 的 and a measure after it (a release's categories): the list owns it
    ("珠寶首飾、鐘錶及名貴禮物的銷貨價值較一年前上升8.4%。", "8.4%",
     dict(subject="珠寶首飾、鐘錶及名貴禮物", metric="銷貨價值")),
    ("藥物及化妝品的銷貨價值上升6.1%。", "6.1%", dict(subject="藥物及化妝品", metric="銷貨價值")),
    ("收入及利润的增长率为5%。", "5%", dict(subject=None)),  # counter-case: a list of measures owns nothing
    # 臨時估計 (a release's provisional figure) is a predicate word, and no forecast; 估计 opens no name
    ("2024年零售業總銷貨價值臨時估計為3,800億元。", "3,800億元", dict(metric="零售業總銷貨價值")),
    ("我们估计2025年收入为50亿元。", "50亿元", dict(metric="收入", subject=None)),
    # a bare counterparty (銀行借款, 政府补助) names the company's account with it, not its owner
    ("銀行借款為4.2億港元，資本負債比率為18.6%。", "18.6%", dict(subject=None, metric="資本負債比率")),
    ("銀行借款為4.2億港元。", "4.2億港元", dict(subject=None, metric="銀行借款")),
    ("招商银行净利润为1200亿元。", "1200亿元", dict(subject="招商银行", metric="净利润")),  # counter-case: a bank
    # a cause before a causative verb (推动, 拉动, 驱动) is no owner: what it moves is the measure
    ("规模效应推动综合毛利率同比提升2.3个百分点。", "2.3个百分点", dict(metric="综合毛利率", subject=None)),
    ("新品放量拉动营业收入同比增长20%。", "20%", dict(metric="营业收入", subject=None)),
    ("推动力指数为52.3%。", "52.3%", dict(metric="推动力指数")),  # counter-case: a noun, not the verb
    # the two bounds of one amount (不低于X（含）且不超过Y) share its measure; 本次 determines it
    ("本次回购资金总额不低于人民币1.5亿元（含）且不超过人民币3亿元（含）。", "不超过人民币3亿元",
     dict(metric="回购资金总额")),
    ("收入超过10亿元且利润超过2亿元。", "超过10亿元", dict(metric="收入")),  # counter-case: two measures
    # 合计 / 拟 open a predicate (a total, a plan), not an owner
    ("合计拟派发现金红利3.2亿元。", "3.2亿元", dict(metric="现金红利", subject=None)),
    ("本周电子指数上涨3.2%。", "3.2%", dict(metric="电子指数")),
    ("我们下调公司2025年归母净利润预测至905亿元。", "905亿元", dict(metric="归母净利润", subject=None)),
    ("我们预计2025年营收为120亿元（前值为125亿元）。", "125亿元", dict(metric="营收", kind="level")),
    ("公司前值指标为125亿元。", "125亿元", dict(metric="前值指标")),  # a measure of its own
    # what the market expected, or the previous release: the same measure and owner; after a change, a change
    ("甲公司三季度营收120亿美元，高于市场预期的115亿美元。", "115亿美元",
     dict(metric="营收", subject="甲公司", kind="level")),
    ("甲公司调整后EPS为0.81美元，市场预期为0.75美元。", "0.75美元", dict(metric="调整后EPS", subject="甲公司")),
    ("CPI同比上涨0.3%，前值0.4%。", "0.4%", dict(metric="CPI", kind="change", direction="up", baseline="yoy")),
    ("PPI同比下降2.9%，预期下降2.5%。", "2.5%", dict(metric="PPI", direction="down", baseline="yoy")),
    ("营收同比增长20%，市场预期为115亿元。", "115亿元", dict(metric="营收", kind="level")),  # not a rate
    ("营收同比增长20%，市场份额预期为15%。", "15%", dict(metric="市场份额", kind="share")),  # its own measure
    # a rate noun standing alone for the measure just named; not a compound rate, not a change of the rate
    ("预计2025-2026年营收分别为318/357亿元，增速分别为13.3%/12.0%。", "13.3%",
     dict(metric="营收", kind="change", direction="up")),
    ("多晶硅价格由6.7万元跌至3.9万元，跌幅超四成。", "超四成", dict(metric="多晶硅价格", kind="change", direction="down")),
    ("市场规模将达到3693亿元，复合增长率为18%。", "18%", dict(metric="复合增长率", kind="change")),
    ("营销服务收入362亿元，增速环比提升1pp。", "1pp", dict(metric="营销服务收入增速", baseline="qoq")),
    # a figure alone in a parenthesis is named by the noun before it; a signed one there is its change
    ("子板块中，乳品（+2.1%）、软饮料（+1.5%）涨幅居前。", "+1.5%", dict(metric="软饮料", kind="change")),
    ("白酒（-2.3%）跌幅居后。", "-2.3%", dict(metric="白酒", kind="change", direction="down")),
    ("公司净利率（-2.3%）继续承压。", "-2.3%", dict(metric="净利率", kind="level")),  # a negative margin
    ("公司实现营收120亿元（同比+12%）。", "+12%", dict(metric="营收", baseline="yoy")),  # a figure before it
    # a price's room to move (上涨空间), a change verb as the noun after the figure (N%的增长)
    ("维持买入评级，目标价55元，较现价有22%上涨空间。", "22%",
     dict(kind="change", direction="up", baseline="现价", metric="上涨空间")),
    ("营收较去年同期有12%的增长。", "12%", dict(kind="change", direction="up", baseline="yoy", metric="营收")),
    ("毛利率有1.2个百分点的下降。", "1.2个百分点", dict(kind="change", direction="down", metric="毛利率")),
    ("其中65%的增长来自海外。", "65%", dict(kind="level")),  # a part of the growth, not a growth
    ("给予2025年目标PE 28倍。", "28倍", dict(metric="目标PE")),  # 目标 before a target multiple stays
    ("对应PE分别为25/21倍。", "25", dict(metric="PE")),
    # 超过/达到 X的N倍: a multiple of X
    ("海外销量已超过去年全年海外销量的2倍。", "2倍", dict(kind="change", direction="up", baseline="去年全年海外销量",
                                                    metric="海外销量")),
    ("2024年第三季度，腾讯实现营收1671亿元。", "1671亿元", dict(metric="营收", subject="腾讯", kind="level")),
    ("阿里巴巴淘天集团客户管理收入同比增长9%。", "9%", dict(subject="阿里巴巴淘天集团", metric="客户管理收入")),
    ("公司速运物流业务营业收入177.61亿元。", "177.61亿元", dict(subject="速运物流业务", metric="营业收入")),
    ("公司营业收入177.61亿元。", "177.61亿元", dict(subject=None, metric="营业收入")),  # the company itself
    ("618期间共有超5亿用户在京东下单。", "超5亿", dict(metric="用户", kind="level")),  # the noun counted
    ("京东物流的营业收入为1828亿元。", "1828亿元", dict(subject="京东物流", metric="营业收入")),
    ("游戏业务收入同比增长14%。", "14%", dict(subject="游戏业务", metric="收入")),
    ("Shopee在巴西的月活跃用户同比增长22%。", "22%", dict(subject="Shopee在巴西", metric="月活跃用户")),
    ("美团2024年全年营收达3376亿元。", "3376亿元", dict(subject="美团", metric="营收")),
    ("平台入驻商家超过1200家。", "超过1200家", dict(subject="平台", metric="入驻商家数")),
    ("据统计，全国网上零售额达15.5万亿元。", "15.5万亿元", dict(subject="全国", metric="网上零售额")),
    ("全国共有直播电商从业者超过1500万人。", "超过1500万人", dict(subject="全国", metric="直播电商从业者")),
    ("新上线的门店共招聘店员320名。", "320名", dict(metric="店员")),
    ("门店坪效达到每平方米2.5万元。", "2.5万元", dict(metric="坪效", kind="level")),
    ("门店数量净增加166家至7758家。", "166家", dict(metric="门店数量", kind="change", direction="up")),
    ("门店数量净增加166家至7758家。", "7758家", dict(metric="门店数量", kind="level")),
    # a range's members share the first one's reading; 在…之间 and 维持在 are predicate, not measure
    ("行业平均毛利率在55%-65%之间。", "65%", dict(metric="平均毛利率", kind="level")),
    ("行业平均毛利率在55%-65%之间。", "55%", dict(metric="平均毛利率")),
    ("费用率约为5-6%。", "6%", dict(metric="费用率")),
    ("毛利率较上年下降3至5个百分点。", "5个百分点", dict(metric="毛利率", kind="change", direction="down")),
    ("公司毛利率维持在30%左右。", "30%左右", dict(metric="毛利率", kind="level")),
    ("即饮咖啡占比约三成。", "约三成", dict(metric="即饮咖啡占比")),  # 即 starts a word here
    ("新品贡献显著，即新品收入为20亿元。", "20亿元", dict(metric="新品收入")),  # 即: "that is"
    ("毛利率同比-2.0%至18.5%。", "18.5%", dict(metric="毛利率", kind="level")),
    # a percentage is a level only of a ratio: after a change of another measure it ends a range
    ("第四季營收可望季增5%至8%。", "8%", dict(metric="營收", kind="change", direction="up", baseline="qoq")),
    ("面板出貨將較第三季減少5%至10%。", "10%", dict(kind="change", direction="down")),
    ("渗透率提升5%至35%。", "35%", dict(metric="渗透率", kind="share")),  # counter-case: a ratio's level
    ("3月份社会消费品零售总额39020亿元。", "39020亿元", dict(metric="社会消费品零售总额")),
    ("全年新增注册用户超过5000万人，占新增总用户的近四成。", "近四成",
     dict(kind="share", metric="新增注册用户占新增总用户")),
    ("在华东地区，门店数量达到1250家。", "1250家", dict(subject="华东地区", metric="门店数量")),
    ("线下渠道贡献了62%的销售额。", "62%", dict(kind="share", subject="线下渠道", metric="销售额占比")),
    ("该基地已建成12个智能仓库。", "12个", dict(metric="智能仓库")),
    # a time word separates owner and measure, as a period does; a name may open with 比
    ("蓝鲸汽车全年销量120万辆。", "120万辆", dict(subject="蓝鲸汽车", metric="销量")),
    ("比特汽车全年销量85万辆。", "85万辆", dict(subject="比特汽车", metric="销量")),
    ("我国网上零售额达15.5万亿元。", "15.5万亿元", dict(subject="我国", metric="网上零售额")),
    ("除汽车以外的消费品零售额4.4万亿元。", "4.4万亿元", dict(subject=None)),  # an exclusion owns nothing
    ("维持买入评级，目标价58元。", "58元", dict(metric="目标价")),  # 目标价 is a noun, not 目标 + 价
    ("某电子公布2024年11月營收為500億元。", "500億元", dict(subject="某电子", metric="營收")),
    ("全年新能源汽车出口128万辆。", "128万辆", dict(metric="新能源汽车出口量")),  # goods: a volume
    ("全年关闭门店232家。", "232家", dict(metric="关闭门店数")),
    ("乙公司的净利率最低，仅为3.2%。", "3.2%", dict(subject="乙公司", metric="净利率")),  # measure named before
    ("付费会员数同比增长超过两位数，达到近800万。", "近800万", dict(metric="付费会员数")),
    # a figure whose unit the warehouse does not hold (GWh) still ends the noun phrase naming the measure
    ("储能电池出货量约93GWh，同比增长超30%。", "超30%", dict(metric="储能电池出货量", kind="change")),
    ("2VIP会员数同比增长超过两位数，达到近900万。", "近900万", dict(metric="2VIP会员数")),
    ("本季度广告收入为35亿元。", "35亿元", dict(metric="广告收入")),  # 本季度 is a time word
    ("茶饮市场规模达到1200亿元。", "1200亿元", dict(metric="茶饮市场规模")),  # 市 begins 市场: no head of its own
    ("市场规模为900亿元，预计到2026年将增长至1300亿元。", "1300亿元", dict(metric="市场规模", kind="level")),
    ("累计交付量突破20万辆。", "突破20万辆", dict(metric="累计交付量")),  # 交付量 is a noun, not 交付 + 量
    ("丙汽车公司交付12000辆。", "12000辆", dict(subject="丙汽车公司", metric="交付量")),
    # statistical-bulletin wording
    ("第一产业增加值91414亿元，比上年增长3.5%。", "91414亿元", dict(metric="第一产业增加值", kind="level")),
    ("城镇化率为75.1%，比上年末提高0.7个百分点。", "0.7个百分点", dict(metric="城镇化率", baseline="yoy")),
    ("居民人均可支配收入41314元，比上年增长5.3%，扣除价格因素，实际增长5.1%。", "5.1%",
     dict(metric="居民人均可支配收入", kind="change")),
    ("年末全国民用汽车保有量35268万辆（包括三轮汽车和低速货车709万辆），比上年末增加1650万辆。", "709万辆",
     dict(metric="三轮汽车和低速货车量", kind="level")),  # an aside in a parenthesis names its own part
    ("年末全国民用汽车保有量35268万辆（包括三轮汽车和低速货车709万辆），比上年末增加1650万辆。", "1650万辆",
     dict(subject="全国", metric="民用汽车保有量", kind="change")),  # and the sentence goes on about the whole
    # a time word between a short name and the verb whose object is the figure separates them
    ("丁汽车全年交付18万辆，同比下降1.1%。", "18万辆", dict(subject="丁汽车", metric="交付量")),
    ("丁汽车全年交付18万辆，同比下降1.1%。", "1.1%", dict(subject="丁汽车", kind="change", direction="down")),
    # a short label before a colon names the segment; a topic label (风险提示：) does not
    ("云计算：收入88亿元，同比+12%。", "88亿元", dict(subject="云计算", metric="收入")),
    ("单位：亿元，营收合计88亿元。", "88亿元", dict(subject=None)),
    ("营业总收入：88亿元。", "88亿元", dict(subject=None, metric="营业总收入")),  # a measure label
    ("供電可靠度維持於99.99%以上。", "99.99%以上", dict(kind="level", metric="供電可靠度")),
    ("金融科技及企业服务收入532亿元。", "532亿元", dict(subject=None, metric="金融科技及企业服务收入")),
    ("中国汽车工业协会数据显示，全国新能源汽车销量1287万辆。", "1287万辆",
     dict(subject="全国", metric="新能源汽车销量")),  # a statistics body is a source
]

# --- case studies: 某X…, 以某X为例, X的数据显示; adverbials are not subjects ----------
CASES = [
    ("光伏行业协会发布数据，组件产量同比增长超过三成。", "超过三成",
     dict(subject=None, metric="组件产量")),  # a statistics body publishing is a source
    ("某华东地区连锁药店负责人介绍，引入智能补货系统后，库存周转天数缩短至28天。", "28天",
     dict(subject="某华东地区连锁药店", metric="库存周转天数", kind="level")),
    ("以某西部县域的茶叶合作社为例，其电商销售额同比增长120%。", "120%",
     dict(subject="某西部县域的茶叶合作社", metric="电商销售额", baseline="yoy")),
    ("某母婴品牌的测试数据显示，采用新版详情页后，下单转化率提升19%。", "19%",
     dict(subject="某母婴品牌", metric="下单转化率")),
    ("某家电企业通过以旧换新活动，实现单月销售额增长45%。", "45%",
     dict(subject="某家电企业", metric="单月销售额")),
    ("某行业分析师指出，直播让中小品牌的获客成本降低约30%。", "约30%",
     dict(subject="中小品牌", metric="获客成本", direction="down")),
    ("某连锁超市的实践表明，该超市会员复购率提高了15%。", "15%",
     dict(subject="某连锁超市", metric="会员复购率")),
    ("某第三方研究机构的调查显示，约45%的家长已为孩子购买学习设备。", "约45%",
     dict(subject="某第三方研究机构", kind="share", metric="已为孩子购买学习设备的家长占比")),
    # an institution publishing a report on a market is its source, not a case
    ("某咨询机构近日发布的《行业洞察》显示，咖啡市场规模约为300亿元。", "约为300亿元", dict(subject=None)),
    ("以某区域教育品牌为例，该品牌校区数量由去年的35个缩减至22个，但单校营收增长40%。", "35个",
     dict(subject="某区域教育品牌", metric="校区数量", kind="level")),
    ("以某区域教育品牌为例，该品牌校区数量由去年的35个缩减至22个，但单校营收增长40%。", "40%",
     dict(subject="某区域教育品牌", metric="单校营收", kind="change")),
    ("某玩具品牌测试数据显示，采用该功能后直播间的互动率提升了58%。", "58%",
     dict(subject="某玩具品牌", metric="直播间的互动率")),
    ("某山区合作社的实践表明，该计划使合作社年销售额从300万元增长到2200万元。", "2200万元",
     dict(subject="某山区合作社", metric="年销售额", kind="level")),
    ("某农业大省的统计数据显示，每场助农直播能带动当地约2000人就业。", "约2000人",
     dict(subject="某农业大省", metric="就业人数")),
    ("某自由职业者平台的数据显示，通过直播实现月入过万的人数占比达28%。", "28%",
     dict(subject="某自由职业者平台", kind="share")),
    ("平台数据显示，新商家的首月成交额同比增长80%。", "80%", dict(subject="新商家", metric="首月成交额")),
]

# --- anaphora: 该X / 其 / 这一比例 -------------------------------------------------
ANAPHORA = [
    ("该区域快递业务量同比增长25%，这一增速高于全国平均水平。", "25%", dict(subject="快递公司", metric="快递业务量")),
    ("其海外订单占比达到33%，这一比例较去年同期提高5个百分点。", "5个百分点",
     dict(subject="快递公司", metric="海外订单占比", baseline="yoy", kind="change")),
    ("这一活动最终带动该品类销量增长72%。", "72%", dict(subject="快递公司", metric="销量")),
    ("他们通过直播带货，使单店月均GMV提升35%。", "35%", dict(subject="快递公司", metric="单店月均GMV")),
    ("通过智能分拣系统，该公司日均处理量提高到300万件。", "300万件",
     dict(subject="快递公司", metric="日均处理量", kind="level")),
    ("市场份额约为33%。", "约为33%", dict(subject="快递公司", metric="市场份额")),
    ("全球市占率37.1%。", "37.1%", dict(subject="快递公司", metric="全球市占率")),  # the market, not the owner
    ("本土市场游戏收入增长14%至460亿元。", "460亿元", dict(subject="本土市场", metric="游戏收入")),  # 本土 is no anaphor
    ("采用新流程后，其平均配送时长缩短了20%。", "20%",
     dict(subject="快递公司", metric="平均配送时长", direction="down")),
]

# --- Traditional Chinese: folded for matching, reported as written -----------------
TRADITIONAL = [
    # a unit of the group (集團…業務) owns its figure, not the topic of the clause before
    ("香港零售市道持續疲弱，集團香港及澳門業務收益減少9.1%至港幣26.9億元。", "9.1%",
     dict(kind="change", direction="down", subject="香港及澳門業務", metric="收益")),
    ("集團收益為港幣38.6億元。", "港幣38.6億元", dict(subject=None, metric="收益")),  # counter-case: the group itself
    ("騰訊音樂的在線音樂服務收入同比增長25.9%至53億元。", "25.9%",
     dict(kind="change", baseline="yoy", subject="騰訊音樂", metric="在線音樂服務收入")),
    ("騰訊音樂的在線音樂服務收入同比增長25.9%至53億元。", "53億元", dict(kind="level", metric="在線音樂服務收入")),
    ("公司毛利率較去年同期下降1.2個百分點。", "1.2個百分點", dict(kind="change", direction="down", baseline="yoy")),
    ("本地零售業總銷貨價值按年下跌9.3%。", "9.3%", dict(kind="change", direction="down", baseline="yoy")),
    ("網上銷售佔零售總銷貨價值的8.2%。", "8.2%", dict(kind="share", metric="網上銷售佔零售總銷貨價值")),
    # a metric composed from parts keeps the document's script
    ("內地市場的零售值按年下跌20%，佔集團零售值的80%。", "80%", dict(kind="share", metric="零售值佔集團零售值")),
    ("期內淨關閉門店約500間。", "約500間", dict(metric="淨關閉門店數")),
]

# --- compressed comparators (Taiwan/Hong Kong style): 年增 = yoy, 季減 = qoq, 月增 = vs last month --
COMPRESSED = [
    ("甲晶片廠營收達1,200億元，年增12%。", "12%", dict(kind="change", direction="up", baseline="yoy", metric="營收")),
    ("毛利率為48%，季減0.5個百分點。", "0.5個百分點",
     dict(kind="change", direction="down", baseline="qoq", metric="毛利率")),
    ("營收較去年同期成長12.5%。", "12.5%", dict(kind="change", direction="up", baseline="yoy", metric="營收")),
    ("獲利年衰退8%。", "8%", dict(kind="change", direction="down", baseline="yoy", metric="獲利")),
    ("會員數季增5%。", "5%", dict(kind="change", baseline="qoq", metric="會員數")),
    ("十一月合併營收月增8%。", "8%", dict(kind="change", direction="up", baseline="上月", metric="合併營收")),
    ("公司全年收入增长15%。", "15%", dict(kind="change", baseline=None)),  # 全年 is a time word, not 年增
    ("资本开支介于50亿至60亿元之间。", "60亿元", dict(kind="level", metric="资本开支")),
    # predicates joined by 、 are coordinate: each keeps its own comparator, all share the noun phrase
    ("11月合併營收為新台幣56.8億元，月增3.2%、年增21.4%。", "21.4%",
     dict(kind="change", direction="up", baseline="yoy", metric="合併營收")),
    ("毛利率為24.6%，季增1.8個百分點、年增3.1個百分點。", "3.1個百分點", dict(baseline="yoy", metric="毛利率")),
    ("公司营收为56亿元，环比增长3%、同比增长21%。", "21%", dict(baseline="yoy", metric="营收")),
    ("营收同比增长10%、净利润增长5%。", "5%", dict(baseline="yoy", metric="净利润")),  # its own noun phrase
    ("营收12亿元、净利润3亿元。", "3亿元", dict(kind="level", metric="净利润")),
    ("营收和净利润分别为80亿元、9亿元。", "9亿元", dict(metric="净利润")),  # counter-case: a list, not predicates
    # an adverb between the standard and the verb is not part of the standard
    ("集團共經營286間店舖，較2024年3月31日淨減少14間。", "14間",
     dict(kind="change", direction="down", baseline="2024年3月31日")),
    ("門店數目淨增加126間至1,085間。", "1,085間", dict(kind="level", metric="門店數目")),  # 數目 already counts
]

# --- a company's organs decide, the company owns: 董事会建议派发… ----------------------
ORGANS = [
    ("董事会建议派发末期股息每股0.3港元。", "0.3港元", dict(kind="level", metric="末期股息", subject=None)),
    # a rate base alone (每股) names no measure: an aside's figure is of the measure before it
    ("董事會宣派中期股息每股8.0港仙（2023年：每股11.0港仙）。", "11.0港仙", dict(metric="中期股息")),
    ("每股收益1.2元。", "1.2元", dict(metric="每股收益")),
    ("乙公司董事会宣派中期股息每股0.12港元。", "0.12港元", dict(metric="中期股息", subject="乙公司")),
    ("董事會核准配發每股現金股利3元。", "3元", dict(metric="每股現金股利", subject=None)),
    ("公司拟每10股派发现金红利12元。", "12元", dict(metric="现金红利")),  # 派发现金 is no 发现
]

# --- another owner's value of the same measure: 低于X的N ------------------------------
OTHER_VALUE = [
    ("一线城市受访者的比例为58%，低于三线城市的67%。", "67%", dict(kind="share", subject="三线城市", metric="受访者的比例")),
    ("本行资产总额12.15万亿元，较上年末增长10.19%。", "10.19%", dict(metric="资产总额", baseline="yoy")),
    ("实现归属于本行股东的净利润1484亿元。", "1484亿元", dict(metric="归属于本行股东的净利润", subject=None)),
]

# --- ranks: the owner before 位居/占据, the ranking after it or in 在X榜上 ----------------
RANK = [
    ("蔚来ES6位居国内高端纯电SUV销量第一。", "第一", dict(subject="蔚来ES6", metric="国内高端纯电SUV销量", kind="level")),
    ("甲电池厂市占率为37.9%，连续八年位居全球第一。", "第一", dict(subject="甲电池厂", metric="全球")),
    ("在年度手机性能榜上，甲机型与乙机型占据前三名。", "前三名", dict(subject="甲机型", metric="年度手机性能榜")),
    ("甲公司的市场份额达33.5%，继续排名第一。", "第一", dict(subject="甲公司")),  # 继续 is an adverb
    ("乙公司以9.7%的市场份额位居第二。", "第二", dict(subject="乙公司", metric="市场份额")),
    ("乙公司以9.7%的市场份额位居第二。", "9.7%", dict(subject="乙公司", metric="市场份额", kind="share")),
    ("工业增加值增长9.6%，增速居全省第一。", "第一", dict(metric="工业增加值增速", subject=None)),  # a measure ranked
]

# --- 分别: coordinated owners or metrics paired with coordinated figures -------------
RESPECTIVELY = [
    # the owner and period opening the list are not its first member's (Taiwanese 三率)
    ("晶豪光電第３季毛利率、營益率與純益率分別為４５．２％、２８．１％與２３．５％。", "２８．１％", dict(metric="營益率")),
    ("晶豪光電第３季毛利率、營益率與純益率分別為４５．２％、２８．１％與２３．５％。", "４５．２％", dict(metric="毛利率")),
    ("甲公司和乙公司的营收分别为120亿元和95亿元。", "95亿元", dict(subject="乙公司", metric="营收", kind="level")),
    ("甲公司和乙公司的营收分别为120亿元和95亿元。", "120亿元", dict(subject="甲公司", metric="营收")),
    ("营收和净利润分别同比增长12%和18%。", "18%", dict(metric="净利润", kind="change", baseline="yoy")),
    # a later 分别 clause with no noun phrase of its own pairs with the same members
    ("营收和净利润分别为80亿元和9亿元，同比分别增长12%和18%。", "18%", dict(metric="净利润", kind="change")),
    ("甲公司和乙公司的营收分别为120亿元和95亿元，同比分别增长5%和7%。", "7%", dict(subject="乙公司", metric="营收")),
    # 产销 is 产量 and 销量
    ("全国新能源汽车产销分别完成120万辆和118万辆。", "118万辆", dict(subject="全国", metric="新能源汽车销量")),
    ("全国新能源汽车产销分别完成120万辆和118万辆，同比分别增长30%和32%。", "30%", dict(metric="新能源汽车产量")),
    # members listed in the figure-less clause before (A、B和C是…，提及率分别为…)
    ("日用百货、生鲜果蔬和医药健康是下单最多的三个品类，提及率分别为67.2%、61.5%和38.9%。", "61.5%",
     dict(subject="生鲜果蔬", metric="提及率")),
    ("华东、华南和华北是销售额最高的三个区域，同比分别增长12%、9%和5%。", "5%", dict(subject="华北", kind="change")),
    ("营收和净利润分别为80亿元和9亿元。", "9亿元", dict(subject=None, metric="净利润")),
    # groups bounded by a count, an age: each member's measure names its group
    ("每周使用1次、2-3次和4次以上的用户分别占31%、19%和8.6%。", "19%",
     dict(kind="share", metric="每周使用2-3次的用户占比")),
    ("每周使用1次、2-3次和4次以上的用户分别占31%、19%和8.6%。", "8.6%", dict(metric="每周使用4次以上的用户占比")),
    ("每周消费1次、2-3次和4次以上的消费者占比分别为35%、28%和17%。", "35%", dict(metric="每周消费1次的消费者占比")),
    ("18-24岁、25-34岁和35岁以上的用户分别占22%、41%和37%。", "41%", dict(metric="25-34岁的用户占比")),
]

# --- a share whose noun phrase ends in the verb 占 (to make up): the measure is the part's 占比 ---------------
MAKES_UP = [
    ("女性用户约占62%。", "62%", dict(kind="share", metric="女性用户占比")),
    ("线上销售占35%。", "35%", dict(kind="share", metric="线上销售占比")),
    ("網上銷售佔零售總額約26%。", "約26%", dict(kind="share", metric="網上銷售佔零售總額")),  # a whole named: kept
]

# --- judged changes: 改善/优化/恶化 state better or worse; of a cost ratio a fall is the improvement --------
JUDGED = [
    ("销售费用率为21.4%，同比改善0.8个百分点。", "0.8个百分点",
     dict(kind="change", direction="down", metric="销售费用率", baseline="yoy")),
    ("經營開支佔收入比率按年改善0.4個百分點。", "0.4個百分點", dict(kind="change", direction="down")),
    ("资产负债率同比优化2.1pct。", "2.1pct", dict(kind="change", direction="down", metric="资产负债率")),
    ("净亏损同比改善3亿元。", "3亿元", dict(kind="change", direction="down", metric="净亏损")),
    ("销售费用率同比恶化0.5个百分点。", "0.5个百分点", dict(kind="change", direction="up", metric="销售费用率")),
    # the compressed Taiwanese comparator with a judging verb (季改善), and 按年 before a verb (not 年增)
    ("營業費用率為17.8%，季改善0.6個百分點。", "0.6個百分點",
     dict(kind="change", direction="down", baseline="qoq", metric="營業費用率")),
    ("經營開支佔收入比率為33.1%，按年改善0.4個百分點。", "0.4個百分點",
     dict(direction="down", baseline="yoy", metric="經營開支佔收入比率")),
    ("收入按年增5%。", "5%", dict(kind="change", baseline="yoy", metric="收入")),
    # counter-cases: an improving margin or cash flow rises; a worsening margin falls
    ("毛利率同比改善1.2个百分点。", "1.2个百分点", dict(kind="change", direction="up", metric="毛利率")),
    ("经营现金流同比改善12%。", "12%", dict(kind="change", direction="up", metric="经营现金流")),
    ("毛利率同比恶化0.5个百分点。", "0.5个百分点", dict(kind="change", direction="down", metric="毛利率")),
]

# --- breakdowns: a bare noun after 其中, or a sibling of the part the measure was written with -----------
BREAKDOWN = [
    ("欧洲市场收入30.4亿元，同比增长35.8%，其中德国增长超过四成。", "超过四成",
     dict(kind="change", metric="收入", subject="德国")),
    ("外销收入同比增长约18%，其中欧洲增长超过两成，拉美及中东等新兴市场增速达35%；内销收入同比下降6.5%。", "超过两成",
     dict(metric="外销收入", subject="欧洲")),
    ("外销收入同比增长约18%，其中欧洲增长超过两成，拉美及中东等新兴市场增速达35%；内销收入同比下降6.5%。", "35%",
     dict(kind="change", metric="外销收入", subject="拉美及中东等新兴市场")),
    # the whole's measure again: not the part's subject
    ("外销收入同比增长约18%，其中欧洲增长超过两成，拉美及中东等新兴市场增速达35%；内销收入同比下降6.5%。", "6.5%",
     dict(metric="内销收入", subject=None)),
    ("冰箱收入同比+7%，洗衣机同比+12%，厨电同比-3%。", "+12%", dict(metric="收入", subject="洗衣机")),
    ("冰箱收入同比+7%，洗衣机同比+12%，厨电同比-3%。", "+7%", dict(metric="收入", subject="冰箱")),
    ("其中香港同店銷售按年下跌11%，澳門則按年上升3%。", "3%", dict(metric="同店銷售", subject="澳門")),
    ("其中香港同店銷售按年下跌11%，澳門則按年上升3%。", "11%", dict(metric="同店銷售", subject="香港")),
    # a channel owns its measure (线上渠道|收入)
    ("线上渠道收入93.1亿元，同比增长32.6%。", "32.6%", dict(metric="收入", subject="线上渠道")),
    # a channel is the part whose share is stated; 全渠道 is a scope; a group of companies owns its share
    ("數碼渠道交易佔比超過85%。", "超過85%", dict(kind="share", metric="數碼渠道交易佔比", subject=None)),
    ("美的全渠道累计成交额突破285亿元。", "突破285亿元", dict(metric="美的全渠道累计成交额")),
    ("多晶硅产量排名前五的企业合计占比超过九成。", "超过九成", dict(subject="多晶硅产量排名前五的企业")),
    # a work in title marks opening a clause is its topic (a game, a film); a report is a source
    ("《山海行》于9月上线，当月流水超过6亿元，次月留存率约为45%。", "约为45%",
     dict(metric="次月留存率", subject="《山海行》")),
    ("《2025中国即时零售消费洞察报告》显示，市场规模达到9870亿元。", "9870亿元", dict(subject=None)),
    # a part with its own head after 其中 starts the breakdown; a compressed comparator after a sibling
    ("中國大陸營收季減4%，其中華南地區衰退約一成，東南亞則季增逾兩成。", "逾兩成",
     dict(kind="change", baseline="qoq", metric="中國大陸營收", subject="東南亞")),
    # ... but a clause with a measure of another kind goes on about the part
    ("其中华南地区营收同比增长12%，毛利率达到27%。", "27%", dict(metric="毛利率", subject="华南地区")),
    # a period's value after 優於 is the same owner's (no owner 第二季)
    ("營業利益率14.8%，優於第二季的12.9%。", "12.9%", dict(metric="營業利益率", subject=None)),
    # a rate noun before 预计在: a change
    ("三季度营收增速预计在9%-11%之间。", "11%", dict(kind="change", direction="up")),
    # a frame "X中" in the clause, without comma or 有: a share of X
    ("其中新增会员中约四成来自下沉市场。", "约四成", dict(kind="share", metric="新增会员中来自下沉市场的比例")),
    # 扩充至: the level reached, of the measure before
    ("月產能約20億顆，預計2026年底將擴充至35億顆。", "35億顆", dict(kind="level", metric="月產能")),
    # counter-cases: a measure after 其中, a measure modifier, a scope noun, a frame without a comparator
    ("居民消费价格比上年上涨0.3%，其中食品烟酒价格下降1.2%。", "1.2%", dict(metric="食品烟酒价格", subject=None)),
    ("归母净利润同比+13.5%，扣非同比+10%。", "+10%", dict(subject=None)),
    ("海外收入同比+20%，国内同比+5%。", "+20%", dict(metric="海外收入", subject=None)),
    # an income-statement line is the company's measure: 主营业务 / 其他业务 are no business units (海外业务 is)
    ("公司主营业务收入52.3亿元，其他业务收入1.2亿元。", "52.3亿元", dict(metric="主营业务收入", subject=None)),
    ("公司主营业务收入52.3亿元，其他业务收入1.2亿元。", "1.2亿元", dict(metric="其他业务收入", subject=None)),
    ("海外业务收入3亿元。", "3亿元", dict(metric="收入", subject="海外业务")),
    # a tax and a bond type whose names open with 企业 / 公司, the words that elsewhere refer back to the company
    ("1-10月，企业所得税37,510亿元，同比增长1.6%。", "37,510亿元", dict(metric="企业所得税")),
    ("公司债发行3000亿元。", "3000亿元", dict(metric="公司债发行")),
    ("公司营收10亿元。", "10亿元", dict(metric="营收")),
    ("居民人均可支配收入52674元，比上年增长5.3%，扣除价格因素实际增长5.0%。", "5.3%",
     dict(metric="居民人均可支配收入", subject=None)),
]

SENTENCE_CASES = [(cat, *c) for cat, table in (
    ("kind", KIND), ("baseline", BASELINE), ("sign", SIGN), ("share", SHARE), ("noun_phrase", NOUN_PHRASE),
    ("case", CASES), ("anaphora", ANAPHORA), ("traditional", TRADITIONAL), ("rank", RANK),
    ("other_value", OTHER_VALUE), ("respectively", RESPECTIVELY), ("compressed", COMPRESSED),
    ("organs", ORGANS), ("judged", JUDGED), ("breakdown", BREAKDOWN),
    ("makes_up", MAKES_UP)) for c in table]


def _attribute(text: str, subject: str | None = None) -> dict[str, dict]:
    found = recognize_text(text)
    local = [{"start": q.start, "end": q.end, "quote": text[q.start:q.end], "unit": q.unit,
              "value": q.value, "signed": q.signed} for q in found]
    rows = attribute_sentence(text, local, subject)
    return {q["quote"]: {**r, "value": q["value"]} for q, r in zip(local, rows)}


@pytest.mark.parametrize("category,text,quote,expected", SENTENCE_CASES,
                         ids=[f"{c[0]}:{c[1][:14]}:{c[2]}" for c in SENTENCE_CASES])
def test_sentence_case(category, text, quote, expected):
    got = _attribute(text, subject="快递公司" if category == "anaphora" else None)
    assert quote in got, f"{quote!r} not recognised in {text!r}: {sorted(got)}"
    row = got[quote]
    for name, want in expected.items():
        assert row[name] == want, f"{name}: want {want!r}, got {row[name]!r} ({row})"


def test_change_value_is_magnitude():
    doc = _facts("2024年，公司归母净利润同比-2.0%，经营现金流为-3.6亿元。\n")
    change = doc.filter(pl.col("quote") == "-2.0%").row(0, named=True)
    level = doc.filter(pl.col("quote") == "-3.6亿元").row(0, named=True)
    assert (change["value"], change["direction"]) == (2.0, "down")
    assert (level["kind"], level["value"]) == ("level", -3.6e8)


# --- document cases: periods and carried subjects ----------------------------------
def _facts(text: str) -> pl.DataFrame:
    segments = pl.DataFrame(parse_document("d" * 64, text), schema=empty_frame(SegmentModel).schema)
    return attribute_quantities(recognize_segments(segments), segments)


DOCS = {
    "quarter": "2024年第四季度，公司营收为98亿元，同比增长7%。广告收入达到31亿元，较去年同期的27亿元增长15%。\n",
    "opener": "2023年，某零售集团实现营收520亿元。\n门店数量同比增长8%。\n",
    "new_case": ("2024年，直播电商保持增长。某品牌数据显示，2024年Q4其复购率提升12%。"
                 "以某茶饮品牌为例，其会员数增长40%。\n"),
    "prior_year": "2024年，公司研发费用由去年的42亿元增至51亿元。\n",
    "double11": "在2024年双十一期间，某家电品牌成交额同比增长66%。\n",
    "estimate": "我们预测公司2025-2027年营收分别为1418/1562/1682亿元。\n",
    "forecast_list": "维持买入评级。2024-2026年营收预测1418/1562/1682亿元。\n",
    "estimate_year": "预计2025E营收将达到300亿元。\n",
    "actual_and_forecast": "公司2024年营收1000亿元，预计2025年营收增长20%。\n",
    "topic_chain": "2024年，小鹏汽车实现营收409亿元。毛利率为14.3%。\n",
    "heading": "## 2024年上半年经营回顾\n\n公司新增门店120家。\n",
    "heading_figures": "# 某公司2024年营收增长15%\n\n## 第四季度营收达到98亿元\n",
    "no_period": "某测评机构的数据显示，该模型的推理速度提升了3倍。\n",
    "prior_quarter_value": "2024年第四季度，公司毛利率为59%，上季为57.8%。\n",
    # a breakdown by business names a member before each measure, which owns what follows it up to the next one
    # (across ；); by region it does not (外销收入 is a measure), nor does a sentence without the frame
    "by_business": ("2025年第三季度，甲网络营收40亿美元。\n\n分业务看，广告收入26.3亿美元，同比增长18.7%，"
                    "占总收入的63.8%；游戏收入9.7亿美元，同比下降3.2%。\n"),
    "by_product_traditional": "2025年上半年，乙集團收益為120億港元。\n\n按產品劃分，飲品收益為45億港元，按年上升8%。\n",
    "by_segment": "2024年第四季度，戊集团实现营收880亿元。\n\n分部来看，核心商业收入674亿元，经营亏损141亿元。\n",
    "by_region": "2025年第三季度，丙电器实现营收50亿元。\n\n分区域看，外销收入同比增长约18%，其中欧洲增长超过两成。\n",
    "no_frame": "2025年第三季度，丁网络实现营收40亿元。广告收入26亿元，同比增长18.7%。\n",
    # a country's macro statistics that name no owner, in a document about no company, are the country's; a Hong
    # Kong or Taiwan release's (traditional characters) are its own place's, which it does not write here
    "macro_note": "# 10月金融数据点评\n\n10月社融增量8,161亿元，M2同比增长8.2%，居民消费价格同比上涨0.2%。\n",
    "macro_traditional": "# 10月物價數據\n\n10月綜合消費物價指數（CPI）按年上升1.2%。\n",
    # a title over an article on the whole scope (全国…) is about that scope; over a company's release, not
    "scope_title": "# 10月快递业务量同比增长超13%\n\n2025年10月，全国快递业务量完成172.4亿件，同比增长13.1%。\n",
    "company_title": "# 10月营收同比增长超13%\n\n2025年10月，全国快递业务量完成172.4亿件。甲物流实现营收17.4亿元，同比增长13.1%。\n",
    # a month named without a year takes the first year the document writes, even in a later table
    "undated_month": ("# 甲精密11月營收56.8億元\n\n甲精密11月合併營收為新台幣56.8億元。\n\n"
                      "| 月份 | 營收（億元） |\n|---|---|\n| 2024年11月 | 56.80 |\n"),
    "no_year": "甲精密11月合併營收為新台幣56.8億元。\n",
    # a Taiwanese filing: 股票代號 ends its clause at the colon; Minguo years; a period column with a unit
    "minguo_filing": ("# 裕達光電 113年11月營收公告\n\n一、裕達光電股份有限公司（股票代號：3673）113年11月合併營業收入淨額"
                      "為新台幣18億3,650萬元，較上月減少2.8%。\n\n"
                      "| 期間 | 營業收入淨額（新台幣千元） |\n|---|---|\n| 113年11月 | 1,836,500 |\n"
                      "| 113年累計 | 20,142,000 |\n"),
    "period_column_unit": ("| 類別 | 2024年10月（億港元） | 按年變動 |\n|---|---|---|\n"
                           "| 百貨公司貨品 | 26.3 | -9.8% |\n"),
    # shipments (出貨) opening a clause before an agentive word are a measure, not a name
    "shipments_opener": ("# 甲光電2024年11月營收公告\n\n公司表示，車用鏡頭出貨持續放量，"
                         "11月車用產品營收比重攀升至38%。\n"),
    "prior_quarter_loss": "2024年第三季，甲面板稅後淨損18.6億元，較上季的淨損35.2億元收斂。\n",
    # the comparative figure of an interim announcement's aside is of the same span a year back
    "interim_aside": ("甲集團公佈截至2024年9月30日止六個月之中期業績。\n\n"
                      "期內，董事會宣派中期股息每股8.0港仙（2023年：每股11.0港仙）。\n"),
    # a Markdown bullet is no part of a name; 跨境 modifies a business line; 增幅度 is a rate noun
    "bullets_and_units": ("# 甲物流2024年中期業績\n\n- 期內，集團跨境物流業務收益按年增長21.7%。\n"
                          "- 資本支出年增幅度不低於2成。\n"),
    "same_period_year": ("# 甲物流截至2024年6月30日止六個月中期業績公告\n\n"
                         "- 本公司擁有人應佔虧損約為人民幣3,420萬元，而2023年同期則錄得溢利約人民幣1,150萬元。\n"
                         "- 每股基本虧損為人民幣2.85分（2023年同期：每股基本盈利人民幣0.96分）。\n"),
    # a bare year in a forecast dates no month: 11月 stays undated
    "forecast_year_only": "廣信11月營收為新台幣1,258億元。\n\n展望明年，廣信2025年資本支出上看新台幣300億元。\n",
    "annual_aside": "2024年，公司每股基本盈利為1.20元（2023年：0.90元）。\n",
    "prior_month_value": "2024年11月，公司营收为130亿元，上月为120亿元。\n",
    "same_period_value": "2024年上半年，某电商平台营收为1970亿元，去年同期为1062亿元。\n",
    "standard_year": "2024年，公司营收较2023年增长15%，净利润由2023年的8亿元增至11亿元。\n",
    # a comparison standard's year (比2019年末) is not the year a later 1-10月 belongs to
    "standard_not_context": ("2024年，全市高新技术企业3000余家，比2019年末增长近两倍。\n"
                             "1-10月，全市零售总额1766亿元。全年接待游客1.2亿人次，比2019年同期增长18.5%；"
                             "实现旅游收入1412亿元。\n已全面超过2019年水平，门票预订量增长近三成。\n"),
    # 全市 in a city's bulletin is the city; 全国 stays 全国
    "bulletin_scope": ("# 嘉兴市2024年国民经济和社会发展统计公报\n\n2024年，全市实现地区生产总值7562亿元。"
                       "全国国内生产总值134.9万亿元。\n"),
    # the parts of a breakdown after 其中 change against the whole's standard; a new sentence does not
    "breakdown": ("2024年，全市地区生产总值比上年增长5.8%。其中，第一产业增加值增长2.9%；第二产业增加值增长6.4%。"
                  "一季度，工业增加值增长9.6%。\n"),
    # a survey frame (测算) before the opener; a paragraph on the whole country or a field keeps the
    # running period (one on another company does not: topic_shift)
    "scope_paragraphs": ("数据中心测算，2024年全国国内出游7.65亿人次。\n餐饮市场同样火热，营业额同比增长12.4%。\n"
                         "我国冷藏车保有量超过45万辆。\n"),
    # a press release's lead names the period its H1 title leaves out
    "lead_period": "# 某电商平台618战报\n\n6月18日晚，某电商平台公布2024年618战报。\n\n家电品类成交额同比增长30%。\n",
    # an article about the whole country (no company named by its title) goes on about it
    "national_article": ("# 2024年1-10月汽车工业经济运行情况\n\n1-10月，我国汽车销量2462.1万辆。其中，新能源汽车销量975万辆。\n\n"
                         "10月，汽车销量为305.3万辆。\n\n比亚迪1-10月销量约327万辆。\n"),
    "holiday": "2024年国庆假期，全国国内出游7.65亿人次，同比增长5.9%。\n",
    "change_after_relative": "2024年双十一期间，某空调品牌销售额达92亿元，较去年翻番。\n",
    "forecast_carried": "协会预计，2025年汽车总销量有望达到3290万辆；新能源汽车渗透率有望超过60%。\n",
    # the running period belongs to the opener's topic: it carries to paragraphs that continue
    # it (a framing adverbial, the same entity) and stops at a paragraph about another entity.
    "topic_shift": ("2024年，甲公司实现营收100亿元。\n在产品方面，新品销量增长20%。\n"
                    "甲公司在海外持续扩张，海外门店超过300家。\n乙公司在研发方面持续投入，研发人员超过500人。\n"),
    # an H1 title names the document's company and period; a breakdown heading (分产品) names no owner
    "note_title": ("# 华星电器（000001.SZ）2024年第三季度业绩点评\n\n## 核心观点\n公司2024Q3营收同比+6%。\n\n"
                   "## 分产品\n空调收入210亿元，同比增长6%。\n公司毛利率为24%。\n"),
    "press_title": "# 星河科技发布2024年全年业绩\n\n收入同比增长12%至88亿元。\n",
    # a disclosure's title opens with its issuer's registered name (…股份有限公司投资者关系活动记录表)
    # a relative year right before a figure (not a standard: 较去年) is the figure's year
    "relative_year": ("2024年一季度，公司营收56亿元。\n\nO2O外卖收入去年已经接近翻倍，门店收入去年增长了30%；"
                      "线上收入较去年增长20%。\n"),
    # beside a column of amounts (金额), a column of shares (占…比例) names the row's share
    "amount_share_table": ("# 某某基金2024年第3季度报告\n\n| 项目 | 金额（元） | 占基金总资产的比例（%） |\n|---|---|---|\n"
                           "| 权益投资 | 38,214,562,107.35 | 92.68 |\n\n"
                           "| 股票名称 | 公允价值（元） | 占基金资产净值比例（%） |\n|---|---|---|\n| 贵州茅台 | 4,139,525,000.00 | 10.02 |\n"),
    "issuer_title": "# 甲乙大药房连锁股份有限公司投资者关系活动记录表\n\n答：一季度综合毛利率是33.1%。\n",
    "no_issuer_title": "# 医药零售行业投资者关系活动记录\n\n答：一季度综合毛利率是33.1%。\n",
    "quarter_and_year_title": "# 星河科技公布2024年第四季度及全年业绩\n\n经营利润为9亿元。\n",
    "taiwan_quarter": "2024年，甲晶片公司營收年增12%；第三季毛利率為48%。\n",
    "estimate_verb": "公司預估2026年資本支出為30億美元。\n",
    # 全年 after a quarter's sentence makes the year, an estimate after a forecast word
    "whole_year_estimate": ("公司預期，2025年第一季營收將介於新台幣1,200億元至1,240億元；"
                            "全年資本支出預估為320億至360億美元。\n"),
    # a source frame before the opener; a company's unit opening a paragraph continues its topic
    "source_frame": "某统计部门数据显示，2024年全国快递业务量1750亿件。\n其中，同城快递业务量增长12%。\n",
    "field_paragraph": ("2024年，本地零售领域展现出新的增长逻辑，甲公司门店增长8%。\n"
                        "在服务方面，甲公司平台复购率提升12%。\n"),
    "unit_paragraph": "2024年，乙超市实现营收600亿元。\n线上业务实现销售额150亿元。\n",
    "share_class_title": "# 某某科技-W（09999.HK）2024Q4业绩点评\n\n第四季度营收120亿元。全年营收400亿元，同比+20%。\n",
    # a plain first line without figures that names a company and a period is the title
    "plain_title": "丁汽车今日公布2024年第四季度财务业绩。\n本季度交付量为3万台，同比增长20%。\n",
    "ticker_title_rows": ("# 某某能源（002999.SZ）盈利预测\n\n| 年份 | 营业收入（亿元） | 同比增速 |\n|---|---|---|\n"
                          "| 2024A | 600 | 12.0% |\n| 2025E | 690 | 15.0% |\n"),
    "industry_title": ("# 2024年咖啡行业研究报告\n\n甲咖啡实现营收300亿元。\n"
                       "2024年，咖啡门店总数达到18万家。\n"),
    # a research note's title names its company before a colon; a section heading's colon names a topic
    "colon_title": ("# 【某证券】星海能源（301999.SZ）：业绩符合预期\n\n公司2024年实现营收120亿元，同比+9%。\n\n"
                    "## 风险提示：需求不及预期\n\n公司毛利率为21%。\n"),
    "report_label_title": "# 公司点评：盈利能力提升\n\n2024年公司营收为90亿元。\n",
    # a data release's previous value is of the month before; a forecast's, of the same quarter
    "release_previous": "2024年10月，CPI同比上涨0.3%，前值0.4%。\n",
    "forecast_previous": "我们预计公司2025年第四季度营收为120亿元（前值为125亿元）。\n",
    # a news report's results period (公布…财报) is what its undated paragraphs are about; a share price's
    # move is of a trading day, not of that period
    "news_results": ("# 甲公司财报超预期\n\n某财经 11月21日讯\n\n甲公司周三公布2025财年第三季度财报，营收120亿美元。\n\n"
                     "分业务看，乙业务营收30亿美元，同比增长12%。\n\n甲公司盘后股价一度上涨5%。\n"),
    # a news frame (36氪获悉，…显示，) before the paragraph's period still lets it open the paragraph
    "news_frame_opener": ("某媒体获悉，某咨询机构发布的报告显示，2024年咖啡市场规模约为300亿元。\n"
                          "价格方面，客单价集中在15-25元。\n"),
    # a news flash's label before the colon names no owner
    "news_label_title": "# 快讯：甲公司10月营收同比增长12%\n\n公司毛利率为30%。\n",
    # a year range carries to the next list of its paragraph (； ends a sentence), not to a later paragraph
    "range_two_lists": ("我们预计公司2025-2027年营收分别为310/352/398亿元；净利润分别为21/25/30亿元。"
                        "公司毛利率分别为20%/21%/22%。\n\n公司员工分别为1200/1300/1400人。\n"),
    # a measure that opens a sentence before an agentive word (持续) is not a name the document uses
    "measure_opener": "头部品牌门店数持续扩张。\n甲咖啡门店总数达22340家。\n",
    # the value of the same period a year before, stated with its sign in words
    "prior_profit": ("2024年，公司净利润为-2.3亿元，上年同期为盈利1.1亿元。\n"
                     "2024年，公司经营利润为3亿元，去年同期亏损2.0亿元。\n"),
    # a fiscal quarter in the title is not part of the name; an aside after the opener's period is not the topic
    "fiscal_title": ("# 某巴巴（ABCD.US）FY25Q3业绩点评：增速回升\n\n"
                     "FY25Q3（即2024年四季度）公司实现收入2801.5亿元，YoY+8%。\n"),
    # a news time word between a company and its announcing verb; a comparison standard is not carried on
    "news_time_agent": "甲电子今日公布2024年11月营收为新台币600亿元，月增1.5%。\n",
    "standard_not_carried": "2024年，乙铁路总乘客量为20亿人次，较2023年上升5.1%。每股基本盈利1.93元。\n",
    # a bare 业务 is the company's business, like a bare 公司
    "bare_business": "2024年，乙乳业实现营收50亿元。\n业务覆盖全国300多个城市，线上用户规模突破5000万。\n",
    "quarter_list": "2024年，公司Q1-Q4营收同比分别增长5%、8%、10%和12%。\n",
    "change_column_current_first": ("| 指标 | 2024年上半年 | 2023年上半年 | 变动 |\n|---|---|---|---|\n"
                                    "| 净息差 | 1.9% | 2.1% | -0.2个百分点 |\n"),
    # an announcement's reporting span (截至…止六個月) is the period of 期內 and of paragraphs without one
    "reporting_span": ("（香港，2024年11月26日）甲零售集團今日公佈截至2024年9月30日止六個月之中期業績。\n\n"
                       "期內，集團收益為港幣38.6億元。\n\n香港零售市道疲弱，乙業務收益減少9.1%。\n\n"
                       "集團毛利率為41.3%。\n"),
    "no_reporting_span": "甲零售集團今日公佈業績。\n\n期內，集團收益為港幣38.6億元。\n",
    # a stock code after a clause's opening words marks a listed company's name (it carries past ；)
    "stock_code_name": ("# 面板雙虎財報出爐\n\n面板雙虎2024年第三季財報昨日出爐。稼光（2409）第三季營收為新台幣732億元；"
                        "單季稅後淨損新台幣18.6億元。\n"),
    "change_column": "| 指标 | 2023年 | 2024年 | 变动 |\n|---|---|---|---|\n| 净息差 | 2.1% | 1.9% | -0.2个百分点 |\n",
    # Markdown emphasis is layout: **小标题。**正文 / **投资建议：**正文
    "markdown_bold": ("# 甲银行（600001.SH）2025年三季报点评\n\n**息差降幅趋缓。**3Q25净息差为1.87%，同比下降11bp。\n\n"
                      "**投资建议：**我们预计公司2025年EPS为5.86元。\n\n**IoT**：收入29亿元。\n\n"
                      "**金融科技及企业服务**：收入582亿元。\n\n**资本开支**：3Q25资本开支130亿元。\n"),
    # a list item's label names the company of the item, also after its ；
    "list_labels": ("## 公司跟踪\n\n1. 甲半导体：25Q3实现营收23.8亿美元，同比+9.7%；毛利率22.0%，环比+1.5pp。\n"
                    "2. 乙设备：1-3Q25实现营收273.0亿元；Q3单季归母净利润19.2亿元。\n\n毛利率为30%。\n"),
    "revision": ("# 丙酒业（600002.SH）三季报点评：Q3增速放缓\n\n"
                 "我们下调公司2025-2027年归母净利润预测至905/968/1040亿元（前值为928/1010/1095亿元）。\n"),
    # a clause after ； that names no measure goes on about the one before; not after 。
    # a list item's dash is no part of its label; a mention without a year takes the sentence's year; a
    # comparison standard's year (超过2024年全年…) is no period of what follows
    "dash_labels": ("- 甲饮料：1-3Q25营收168.4亿元。\n● 乙电器：营收90亿元。\n"
                    "# 丙集团（000999.SZ）2025年三季报点评\n\n● 盈利能力：Q3毛利率为26.5%（+0.4pct）。\n"
                    "● 分业务看：智能家居业务收入2231亿元。\n● 业绩概览：单三季度实现营收1125.9亿元。\n"
                    "● 分众传媒：营收30亿元。\n"
                    "公司公布2025年10月产销快报：10月销量44.2万辆；其中海外销量8.4万辆。\n"
                    "1-10月海外累计销量达78.6万辆，已超过2024年全年海外销量的2倍；海外销量占比提升至19%。"
                    "10月海外销量占比为21%。\n"),
    # a target price holds for no reporting period unless its own clause names one
    "two_digit_range": "我们预计公司25-27年归母净利润分别为10/12/14亿元。\n\n单位：亿元\n\n| 指标 | 24A | 25E |\n|---|---|---|\n| 营收 | 80 | 90 |\n",
    "prior_named_value": "2025年第三季度，公司经调整净亏损160亿元，去年同期为经调整净利润128亿元。\n",
    "target_price": "2025年，公司营收100亿元，维持买入评级，目标价55元。2026年目标市值为800亿元。\n",
    "semicolon_measure": ("预计2025年全球半导体市场规模达7009亿美元，同比+11.2%；2026年有望进一步增长8.5%。"
                          "2027年有望增长6.1%。\n"),
    # an entity table whose headers open with a period; the columns after one share it
    "entity_period_headers": ("| 公司 | 25Q3营收（亿元） | 营收同比 | 毛利率 | 2025E PE（倍） |\n|---|---|---|---|---|\n"
                              "| 甲半导体 | 171.6 | 9.7% | 22.0% | 152 |\n\n"
                              "| 公司 | 2025E EPS（元） | 2025E PE |\n|---|---|---|\n| 乙饮料 | 1.85 | 15 |\n"),
    # a growth-rate row under year columns is against the year before; under quarter columns it is not said
    "growth_row": ("| 指标 | 2024A | 2025E |\n|---|---|---|\n| 营业收入(百万元) | 174144 | 183530 |\n"
                   "| 增长率(%) | 15.7 | 5.4 |\n\n| 指标 | 24Q3 | 25Q3 |\n|---|---|---|\n| 增长率(%) | 3.1 | 4.2 |\n"),
    # a quarter without a year in the title takes the document's date's year (the year before when the
    # date comes before the quarter starts)
    "yearless_title": ("# 甲互娱Q3业绩电话会议纪要\n\n发布时间：2025年11月13日\n\n"
                       "毛利率为66.2%，同比提升2.3个百分点。\n"),
    "yearless_title_next_year": ("# 乙电器Q4业绩点评\n\n证券研究报告 | 2026年3月28日\n\n"
                                 "毛利率为27.8%，同比提升0.9个百分点。\n"),
    # a yearless quarter with the whole year in the same title: the year's
    "yearless_title_full_year": ("# 甲電子第四季營收季增逾1成 全年獲利創新高\n\n"
                                 "甲電子2024年第四季合併營收為新台幣1,286億元。\n\n先進製程營收占比達67%。\n"),
    # a release's dateline is not the period the title names
    "dateline": ("# 丙科技发布2025年半年度业绩\n\n2025年8月26日，丙科技发布2025年半年度报告。\n\n"
                 "分渠道看，线上渠道收入93.1亿元，同比增长32.6%。\n"),
    "dateline_other_year": ("# 丙科技发布2025年半年度业绩\n\n2024年8月26日，丙科技线上渠道收入70.2亿元。\n"),
    # the results a title announces after the name are no part of it
    "results_title": "# 甲零售集團中期業績：內地同店銷售回穩\n\n期內集團收入為68.4億港元，按年下跌5.2%。\n",
    "hk_chinese_year": ("# 甲物流控股有限公司\n\n## 截至二零二四年十二月三十一日止年度之末期業績公告\n\n"
                        "- 收入約為38.6億港元，按年上升7.9%。\n- 每股基本盈利為12.3港仙（二零二三年：15.9港仙）。\n\n"
                        "| 截至十二月三十一日止年度（千港元） | 二零二四年 | 二零二三年 |\n|---|---|---|\n"
                        "| 收入 | 3,861,245 | 3,578,410 |\n\n"
                        "於二零二四年十二月三十一日，整體使用率約為88%（二零二三年十二月三十一日：92%）。"
                        "本集團全職僱員人數為2,186名。\n\n"
                        "董事會建議派發末期股息每股3.5港仙（二零二三年：每股5.0港仙），派息比率約為28.5%。\n"),
    "outlook_section": ("# 甲材料2025年第三季法說會摘要\n\n一、第三季營運回顧\n\n甲材料第三季營收新台幣48.3億元。\n\n"
                        "二、第四季財測\n\n公司預估第四季營收將介於新台幣47億元至49億元之間。\n\n三、產品與產能\n\n"
                        "先進製程用化學品營收占比由去年同期的32%提升至41%；稼動率維持在95%以上。\n"),
    "later_heading": ("# 甲集团2025年年度业绩\n\n## 2025年第四季度\n\n营收为30亿元。\n\n## 分业务\n\n云业务收入为12亿元。\n"),
    "same_span": ("# 二零二五年九月零售業銷貨額\n\n二零二五年九月的零售業總銷貨價值臨時估計為320億元，較二零二四年同月上升2.9%。\n\n"
                  "二零二五年首九個月合計，零售業總銷貨價值較二零二四年同期下跌1.6%，較2019年同期則下跌12.5%。\n"),
    "yearless_news_table": ("# 甲光通Q3每股賺4.12元\n\n甲光通昨（１３）日召開法說會，公布第３季合併營收１０５．６億元。"
                            "累計前３季營收２７８．３億元。\n\n| 項目 | 3Q25 | 2Q25 |\n|---|---|---|\n"
                            "| 營收（億元） | 105.6 | 92.5 |\n"),
    "quarter_header_other": ("# 电子行业周报：甲公司Q4指引稳健\n\n本周申万电子指数上涨3.2%。\n\n"
                             "| 公司 | 25Q3营收（亿元） |\n|---|---|\n| 甲公司 | 171.6 |\n"),
    "warning_same_span": ("# 甲新能源集團有限公司\n\n## 盈利警告\n\n根據對本集團截至二零二五年六月三十日止六個月未經審核綜合管理賬目"
                          "的初步評估，本集團預期於本期間錄得虧損不少於人民幣1.5億元，而二零二四年同期則錄得溢利約人民幣3,200萬元。\n\n"
                          "期內，毛利率由二零二四年同期的11.2%下降至約3.5%，淨負債比率由2024年的8.8%上升。\n"),
    "tw_forecast": ("# 甲網通2024年第三季營運\n\n法人表示，甲網通第４季營收可能季減５％以內，但全年營收仍有機會挑戰３７０億元。"
                    "法人估，甲網通今年EPS有機會挑戰１４元。\n\n乙電預期於本年度錄得虧損約1.2億元。\n\n"
                    "乙電2025年資本支出上看新台幣300億元。\n"),
    "next_year_name": ("# 甲光通2025年第三季法說會\n\n法人估，明年800G光模組出貨比重有機會提升至五成以上。"
                       "今年前3个月营收增长30%。\n"),
    "tw_filing": ("# 達昕電子 公告本公司１１４年１０月份營業收入\n\n2.本公司１１４年１０月合併營業收入淨額為新台幣２３億元。\n"
                  "3.１１４年１月至１０月累計合併營業收入淨額為新台幣２０１億元。\n"),
    "next_year_standard": ("# 甲光電2025年第三季法說會\n\n公司預計明年資本支出約新台幣８０億元，較今年增加３成。\n\n"
                           "董事會認為，本年度收益預期較去年下降約30%。\n"),
    "provisional": "2024年零售業總銷貨價值臨時估計為3,800億元。\n\n我们估计2025年收入为50亿元。\n",
    "macau_months": ("# 澳門十月份博彩收入按年上升15.9%\n\n二○二五年十月份幸運博彩毛收入為240.86億澳門元。"
                     "今年首十個月累計博彩毛收入為2,002.7億澳門元，按年增加7.4%。\n"),
    # a forecast year later in a sentence does not carry to the next sentence
    "forecast_carry": ("报告显示，2025年中国即时零售市场规模达到9870亿元，预计2027年将突破1.4万亿元。"
                       "受访者中，58.6%的消费者每周使用即时零售服务。\n"),
    # 本季度 opening a sentence is the document's quarter, whatever the sentence before dated
    "this_quarter": ("# 甲集团2025年第二季度业绩电话会纪要\n\n截至6月30日，活跃买家数达到2.86亿。本季度会员数突破1800万。\n"),
    # nor does it complete a later yearless quarter
    "forecast_last_year": ("# 甲電子第三季法說會重點\n\n2025年11月6日\n\n泰國新廠月產能約20億顆，預計2026年底將擴充至35億顆。\n\n"
                           "展望第四季，營收將季減3%至5%。\n"),
    "forecast_only": ("公司预计2026年营收将达到100亿元。其中海外收入30亿元。\n"),
    # a plain-text document: its first line is its title, each short line a figure of its own
    "plain_key_figures": "甲科技2024年业绩要点\n营业收入：1269亿元\n经调整净利润：177亿元\n毛利率54.6%\n"
                         "海外收入同比增长32%\n\n公司全年研发投入122亿元。\n",
    # sections numbered in words, as plain text and bold lines number them; a numbered sentence is no heading
    "ordinal_sections": "甲集团2024年业绩公告\n\n一、乙品牌业务\n收入达到320亿元，同比增长8%。\n\n（二）丙品牌\n"
                        "收入为150亿元。\n\n**三、海外业务**\n\n收入为90亿元。\n\n"
                        "四、丁品牌收入为60亿元。\n毛利率为30%。\n",
    # numbered items under a # heading are its parts: the section goes on
    "numbered_items": "## 乙品牌\n\n一、加强供给，收入增长17%。\n二、拓展海外，海外收入增长20%。\n",
    # a plain-text table laid out in columns reads as a pipe table does
    "aligned_table": "甲公司2024年业绩公告\n\n单位：亿元\n项目          2024年     2023年    同比变动\n"
                     "营业收入      1269.0     1134.7    11.8%\n经调整净利润   177.0      102.7     72.4%\n",
    # an interim announcement: a paragraph opened by a date inside the title's period keeps it running
    "interim_as_of": "# 甲控股2025年中期業績公告\n\n期內，本集團收益為港幣48.6億元。\n\n"
                     "於2025年6月30日，本集團共有門店326間。\n\n董事會宣派中期股息每股港幣12仙。\n",
    # an international broker's note: fiscal-year lists, revisions by a percentage, multiples named after
    # their values, guidance stated by management
    "broker_revision": "# 己网络（JWL.US）3Q25业绩快评\n\n管理层指引4Q25总收入为US$4.35-4.45bn。"
                       "我们上调FY25E/FY26E non-GAAP净利润2%/3%至US$3.31bn/US$3.78bn，目标价US$62，对应FY26E 18x PE。\n\n"
                       "我们下调2026年收入预测4%至120亿美元，当前股价对应2025-2027年22/18/15倍PE。\n",
    # a bank's quarterly note: signed list members keep their own signs; a paragraph without a period after a
    # year-to-date opener is the titled quarter's
    "bank_quarter": "# 庚银行2025年三季报点评\n\n前三季度营收同比-1.2%，归母净利润同比+3.5%，增速较上半年分别+0.5pct/-0.3pct。"
                    "\n\n不良率0.95%，较年初持平。\n",
    # an industry article: a bare rate noun after a change goes on against its standard; a count before a rank
    "industry_ranks": "# 2025年咖啡连锁行业观察\n\n截至2025年9月末，全国咖啡门店总数达到23.1万家，较2024年末增加2.6万家，"
                      "增幅12.7%。\n\n乙咖啡以8,200家门店位列第二。\n",
    # a list label the text opens with again is a topic, not a segment; a share of market value is dated
    "topic_label": "# 未来科技2025年Q3业绩点评\n\n- **回购**：季度内回购12亿港元（约占市值0.8%）。\n\n"
                   "- **手机**：Q4智能手机出货量4300万台。\n",
    # an annual report's table with its header on two rows (amount and share under each year)
    "two_row_header": "# 酉集团2024年年报摘要\n\n单位：亿元\n\n| 分产品 | 2024年 | | 2023年 | |\n|---|---|---|---|---|\n"
                      "| | 金额 | 占营业收入比重 | 金额 | 占营业收入比重 |\n| 空调 | 1,512.3 | 56.2% | 1,421.8 | 55.9% |\n",
    # an A-share filing's table: columns named after the reporting period, which the title states
    "filing_columns": "# 戌股份2025年第三季度报告\n\n单位：元\n\n| 项目 | 本报告期 | 本报告期比上年同期增减（%） | 年初至报告期末 |"
                      " 年初至报告期末比上年同期增减（%） |\n|---|---|---|---|---|\n"
                      "| 营业收入 | 1,256,380,112.45 | 12.35 | 3,587,226,901.20 | 8.76 |\n\n单位：万元\n\n"
                      "| 项目 | 本期 | 上年同期 |\n|---|---|---|\n| 净利润 | 1,000 | 900 |\n",
    # balances at the period's end and the year's start, and the change between them
    "filing_balances": "# 戌股份2025年第三季度报告\n\n单位：万元\n\n| 项目 | 期末余额 | 期初余额 | 变动比例 |\n|---|---|---|---|\n"
                       "| 货币资金 | 12,500 | 10,000 | 25.0% |\n\n| 公司 | 毛利率 | 比例 |\n|---|---|---|\n| 甲公司 | 30% | 12% |\n",
    # a monthly production and sales flash: this month, the month a year back, the year so far
    "monthly_flash": "# 亥汽车2025年10月产销快报\n\n| 项目 | 本月 | 去年同月 | 同比增减 | 本年累计 | 去年同期累计 | 累计同比增减 |\n"
                     "|---|---|---|---|---|---|---|\n| 汽车销量（辆） | 349,876 | 298,113 | 17.36% | 2,995,321 | 2,671,230 | 12.13% |\n",
    # an office holder named in a title speaks for the company
    "speaker_title": "# 子公司CEO：明年海外收入占比将超过40%\n\n据悉，公司目前在全球拥有约1.2万名员工。\n",
    # a plain-text announcement: the company on one line, the title on the next, a masthead line above them
    "plain_two_line_title": "证券代码：600999　　证券简称：甲乙航空\n甲乙航空股份有限公司\n2025年10月运营数据公告\n\n"
                            "本月载客量约为312万人次，按年上升9.6%。\n",
    # change columns after a run of three quarters: the change of the latest one (the header says against what)
    "quarter_run_changes": "# 未來半導體2025年第三季財報\n\n| 項目 | 3Q25 | 2Q25 | 3Q24 | 季增率 | 年增率 |\n|---|---|---|---|---|---|\n"
                           "| 毛利率 | 52.6% | 51.8% | 49.5% | 0.8pp | 3.1pp |\n",
    # the parts of a breakdown change against the whole's standard, not against the one its growth rate was set against
    "breakdown_after_rate": "前三季度，全国网上零售额11.3万亿元，同比增长9.2%，增速比上半年加快0.4个百分点。"
                            "其中，实物商品网上零售额9.6万亿元，增长7.8%。\n",
    # a market report: its label (港股收市：) names no owner; 收报/收于 are predicate, not part of the measure
    "market_close": "# 港股收市：恒指升1.2%\n\n國企指數收報7,112點，升1.5%。大市全日成交額1,268億港元。\n\n"
                    "恒生指數今日收報19,856點，升236點或1.3%。\n",
    # an annual report's tables: a change column named by its comparator (本年比上年增减, 营业收入比上年增减)
    "annual_change_columns": "# 亥电器2024年年度报告摘要\n\n单位：元\n\n| 项目 | 2024年 | 2023年 | 本年比上年增减(%) |\n"
                             "|---|---|---|---|\n| 营业收入 | 12,345,678,901.23 | 11,234,567,890.12 | 9.89 |\n\n"
                             "| 分产品 | 营业收入 | 营业收入比上年增减（%） | 毛利率比上年增减 |\n|---|---|---|---|\n"
                             "| 空调 | 151,230,000,000 | 6.35 | 增加0.82个百分点 |\n\n"
                             "| 项目 | 2024年末 | 2023年末 | 本年末比上年末增减(%) |\n|---|---|---|---|\n"
                             "| 总资产 | 45,678,901,234.56 | 41,234,567,890.12 | 10.78 |\n",
    # a name written late owns nothing before it: one example per line, its agent on the last line
    "late_name": "打八折\n九成\n乙公司宣布回购计划，金额为5亿元。\n",
}

DOC_CASES = [
    ("macro_note", "8,161亿元", dict(subject="全国", metric="社融增量")),
    ("macro_note", "8.2%", dict(subject="全国", metric="M2")),
    ("macro_note", "0.2%", dict(subject="全国")),
    ("macro_traditional", "1.2%", dict(subject=None)),
    ("by_business", "26.3亿美元", dict(subject="广告", metric="收入")),
    ("by_business", "18.7%", dict(subject="广告", metric="收入", kind="change")),
    ("by_business", "63.8%", dict(subject="广告", kind="share")),
    ("by_business", "9.7亿美元", dict(subject="游戏", metric="收入")),
    ("by_business", "3.2%", dict(subject="游戏", direction="down")),
    ("by_product_traditional", "45億港元", dict(subject="飲品", metric="收益")),
    ("by_product_traditional", "8%", dict(subject="飲品", kind="change")),
    ("by_segment", "141亿元", dict(subject="核心商业", metric="经营亏损")),
    ("by_region", "约18%", dict(subject="丙电器", metric="外销收入")),
    ("no_frame", "26亿元", dict(subject="丁网络", metric="广告收入")),
    ("scope_title", "超13%", dict(subject="全国", metric="快递业务量", period="2025-10")),
    ("company_title", "超13%", dict(subject=None, metric="营收")),  # the article is not only about 全国
    ("yearless_title", "66.2%", dict(period="2025Q3")),
    ("yearless_title_next_year", "27.8%", dict(period="2025Q4")),
    ("yearless_title_full_year", "67%", dict(period="2024")),
    ("dateline", "93.1亿元", dict(period="2025H1")),
    ("dateline_other_year", "70.2亿元", dict(period="2024")),  # a figure dated in its own sentence
    ("forecast_carry", "58.6%", dict(period="2025")),
    ("results_title", "68.4億港元", dict(subject="甲零售集團", metric="收入")),
    # a Hong Kong announcement dates in Chinese digits; an aside's year (（二零二三年：…）) is its figure's only
    ("hk_chinese_year", "約為38.6億港元", dict(period="2024")),
    ("hk_chinese_year", "15.9港仙", dict(period="2023")),
    ("hk_chinese_year", "約為28.5%", dict(period="2024")),
    ("hk_chinese_year", "92%", dict(period="2023")),
    ("hk_chinese_year", "2,186名", dict(period="2024")),
    ("hk_chinese_year", "3,578,410", dict(period="2023", metric="收入")),
    # a numbered outlook section (二、第四季財測) dates its own section only; the next numbered heading without a
    # period is back in the title's quarter (and 維持在 is a verb, not the end of a name)
    ("outlook_section", "49億元", dict(period="2025Q4")),
    ("outlook_section", "32%", dict(period="2024Q3")),
    ("outlook_section", "41%", dict(period="2025Q3")),
    ("outlook_section", "95%以上", dict(period="2025Q3", subject="甲材料", metric="稼動率")),
    ("later_heading", "12亿元", dict(period="2025Q4")),  # counter-case: a part of the title's year runs on
    # 較二零二四年同月 / 較2024年同期 of a 2025 figure: the same span a year back, yoy; of 2019, the phrase
    ("same_span", "2.9%", dict(baseline="yoy", period="2025-09")),
    ("same_span", "1.6%", dict(baseline="yoy", period="2025-01~09")),
    ("same_span", "12.5%", dict(baseline="2019年同期")),
    # a yearless news article (昨（13）日召開法說會) whose table labels its quarters (| 3Q25 | 2Q25 |): their year
    ("yearless_news_table", "１０５．６億元", dict(period="2025Q3")),
    ("yearless_news_table", "２７８．３億元", dict(period="2025-01~09")),
    ("yearless_news_table", "92.5", dict(period="2025Q2")),
    ("quarter_header_other", "3.2%", dict(period=None)),  # counter-case: the title's Q4 is not the table's 25Q3
    # 而二零二四年同期則錄得… after the span the sentence named, 由二零二四年同期的X: that span, a year back
    ("next_year_name", "五成以上", dict(period="FY2026E")),  # 明年800G…: a name after 明年, not 明年 + a month
    ("next_year_name", "30%", dict(period="2025-01~03")),  # counter-case: 今年前3个月 is no whole year
    # a Taiwanese filing: 公告本公司… after the name in its title; a Minguo year after a list number (3.１１４年)
    ("tw_filing", "新台幣２３億元", dict(subject="達昕電子", period="2025-10")),
    ("tw_filing", "新台幣２０１億元", dict(subject="達昕電子", period="2025-01~10")),
    ("next_year_standard", "３成", dict(period="FY2026E", baseline="今年")),  # 較今年 is the standard, 明年 the year
    ("next_year_standard", "約30%", dict(period="2025")),  # counter-case: 本年度…預期 (an announcement's) stays
    ("provisional", "3,800億元", dict(period="2024")),  # 臨時估計 of a past year: no estimate
    ("provisional", "50亿元", dict(period="FY2025E")),  # counter-case: 估计 of a later year is
    ("warning_same_span", "不少於人民幣1.5億元", dict(period="2025H1")),
    ("warning_same_span", "約人民幣3,200萬元", dict(period="2024H1")),
    ("warning_same_span", "11.2%", dict(period="2024H1")),
    ("warning_same_span", "約3.5%", dict(period="2025H1")),
    ("warning_same_span", "8.8%", dict(period="2024")),  # counter-case: a year's own figure (由2024年的8.8%)
    # Taiwanese forecasts: 有機會 / 上看 / 挑戰 are predicate words, and make the year's figure an estimate
    ("tw_forecast", "３７０億元", dict(period="FY2024E", metric="營收")),
    ("tw_forecast", "１４元", dict(period="FY2024E", metric="EPS")),
    ("tw_forecast", "新台幣300億元", dict(period="FY2025E", metric="資本支出")),
    ("tw_forecast", "約1.2億元", dict(period="2024")),  # counter-case: 預期 before 本年度 (a preannounced result)
    # 今年首十個月累計…為X: the months', not 今年 as a compared period's value (去年同期的X)
    ("macau_months", "2,002.7億澳門元", dict(period="2025-01~10")),
    ("macau_months", "7.4%", dict(period="2025-01~10", baseline="yoy")),
    ("macau_months", "240.86億澳門元", dict(period="2025-10", metric="幸運博彩毛收入")),
    ("macau_months", "15.9%", dict(period="2025-10", baseline="yoy")),  # a yearless title month, dated in the body
    ("forecast_only", "30亿元", dict(period="2026")),  # only a forecast year: it carries
    ("forecast_last_year", "3%", dict(period="2025Q4", kind="change", direction="down", baseline="qoq")),
    ("forecast_last_year", "約20億顆", dict(period="2025Q3")),
    ("this_quarter", "突破1800万", dict(period="2025Q2")),
    ("this_quarter", "2.86亿", dict(period="2025-06")),
    ("markdown_bold", "1.87%", dict(subject="甲银行", metric="净息差", period="2025Q3")),
    ("markdown_bold", "11bp", dict(subject="甲银行", kind="change", direction="down", baseline="yoy")),
    ("markdown_bold", "5.86元", dict(subject="甲银行", metric="EPS", period="FY2025E")),
    ("markdown_bold", "29亿元", dict(subject="IoT", metric="收入")),
    ("markdown_bold", "582亿元", dict(subject="金融科技及企业服务", metric="收入")),  # a long label
    ("markdown_bold", "130亿元", dict(subject="甲银行", metric="资本开支")),  # a measure's label names no segment
    ("list_labels", "23.8亿美元", dict(subject="甲半导体", metric="营收", period="2025Q3")),
    ("list_labels", "22.0%", dict(subject="甲半导体", metric="毛利率", period="2025Q3")),
    ("list_labels", "+1.5pp", dict(subject="甲半导体", baseline="qoq")),
    ("list_labels", "273.0亿元", dict(subject="乙设备", metric="营收", period="2025-01~09")),
    ("list_labels", "19.2亿元", dict(subject="乙设备", metric="归母净利润", period="2025Q3")),
    ("list_labels", "30%", dict(subject=None)),  # a new paragraph: the label no longer applies
    ("revision", "905", dict(subject="丙酒业", metric="归母净利润", period="FY2025E")),
    ("revision", "928", dict(subject="丙酒业", metric="归母净利润", period="FY2025E")),
    ("revision", "1095亿元", dict(metric="归母净利润", period="FY2027E")),
    ("semicolon_measure", "8.5%", dict(metric="半导体市场规模", period="FY2026E", kind="change")),
    ("semicolon_measure", "6.1%", dict(metric=None, period="FY2027E")),
    ("entity_period_headers", "171.6", dict(subject="甲半导体", metric="营收", period="2025Q3")),
    ("entity_period_headers", "9.7%", dict(metric="营收", period="2025Q3", kind="change")),
    ("entity_period_headers", "22.0%", dict(metric="毛利率", period="2025Q3")),
    ("entity_period_headers", "152", dict(metric="PE", period="FY2025E")),
    ("entity_period_headers", "15", dict(metric="PE", period="FY2025E", subject="乙饮料", unit="times")),
    ("entity_period_headers", "1.85", dict(metric="EPS", unit="CNY", value=1.85)),
    ("dash_labels", "168.4亿元", dict(subject="甲饮料", period="2025-01~09")),
    ("dash_labels", "90亿元", dict(subject="乙电器")),
    ("target_price", "100亿元", dict(period="2025")),
    ("prior_named_value", "128亿元", dict(period="2024Q3", metric="经调整净利润", kind="level")),
    ("prior_named_value", "160亿元", dict(period="2025Q3", metric="经调整净亏损")),
    ("two_digit_range", "12", dict(period="FY2026E", metric="归母净利润")),
    ("two_digit_range", "90", dict(period="FY2025E", metric="营收")),
    ("target_price", "55元", dict(period=None, metric="目标价")),
    ("target_price", "800亿元", dict(period="2026", metric="目标市值")),  # a bullet is no part of the label
    ("dash_labels", "26.5%", dict(subject="丙集团", metric="毛利率")),  # a section label names no segment
    ("dash_labels", "+0.4pct", dict(subject="丙集团", kind="change", direction="up")),
    ("dash_labels", "2231亿元", dict(subject="智能家居业务", metric="收入")),
    ("dash_labels", "1125.9亿元", dict(subject="丙集团", metric="营收", period="2025Q3")),  # 单三季度 is a period
    ("dash_labels", "30亿元", dict(subject="分众传媒")),  # a company whose name starts like a breakdown
    ("dash_labels", "8.4万辆", dict(period="2025-10", metric="海外销量")),
    ("dash_labels", "2倍", dict(period="2025-01~10", kind="change", baseline="2024年全年海外销量")),
    ("dash_labels", "19%", dict(period="2025-01~10", kind="share")),
    ("dash_labels", "21%", dict(period="2025-10")),
    ("growth_row", "5.4", dict(metric="营业收入", period="FY2025E", kind="change", baseline="yoy")),
    ("growth_row", "4.2", dict(period="2025Q3", kind="change", baseline=None)),
    ("note_title", "+6%", dict(subject="华星电器", period="2024Q3", kind="change")),
    ("note_title", "210亿元", dict(subject="华星电器", period="2024Q3", metric="空调收入")),
    ("note_title", "24%", dict(subject="华星电器", period="2024Q3", metric="毛利率")),
    ("press_title", "88亿元", dict(subject="星河科技", period="2024", metric="收入", kind="level")),
    ("issuer_title", "33.1%", dict(subject="甲乙大药房连锁股份有限公司")),
    ("relative_year", "接近翻倍", dict(period="2023", kind="change")),
    ("relative_year", "30%", dict(period="2023")),
    ("relative_year", "20%", dict(period="2024", baseline="yoy")),  # 较去年: the standard, not the year
    ("amount_share_table", "38,214,562,107.35", dict(metric="权益投资", unit="CNY")),
    ("amount_share_table", "92.68", dict(metric="权益投资占基金总资产的比例", kind="share")),
    ("amount_share_table", "10.02", dict(subject="贵州茅台", metric="占基金资产净值比例", kind="share")),
    ("no_issuer_title", "33.1%", dict(subject=None)),
    ("quarter_and_year_title", "9亿元", dict(subject="星河科技", period="2024", metric="经营利润")),
    ("taiwan_quarter", "48%", dict(period="2024Q3", metric="毛利率")),
    ("taiwan_quarter", "12%", dict(period="2024", metric="營收", baseline="yoy")),
    ("estimate_verb", "30億美元", dict(period="FY2026E", metric="資本支出")),
    ("whole_year_estimate", "360億美元", dict(period="FY2025E", metric="資本支出")),
    ("whole_year_estimate", "1,240億元", dict(period="2025Q1")),
    ("source_frame", "12%", dict(period="2024", metric="同城快递业务量")),
    ("field_paragraph", "12%", dict(period="2024", metric="复购率")),  # a field opener is a theme
    ("unit_paragraph", "150亿元", dict(period="2024", subject="线上业务", metric="销售额")),
    # a change-only column after period columns: the row's measure, last period, against the one before
    ("share_class_title", "120亿元", dict(subject="某某科技", period="2024Q4")),
    ("share_class_title", "400亿元", dict(period="2024", metric="营收")),  # 全年 is the year
    ("share_class_title", "+20%", dict(period="2024", kind="change")),
    ("plain_title", "3万台", dict(subject="丁汽车", period="2024Q4", metric="交付量")),
    ("ticker_title_rows", "600", dict(subject="某某能源", period="2024", metric="营业收入")),
    ("ticker_title_rows", "15.0%", dict(period="FY2025E", metric="营业收入", kind="change", baseline="yoy")),
    ("industry_title", "300亿元", dict(subject="甲咖啡")),
    ("industry_title", "18万家", dict(subject=None, period="2024")),  # not the company most often named
    ("colon_title", "120亿元", dict(subject="星海能源", period="2024", metric="营收")),
    ("colon_title", "21%", dict(subject="星海能源", metric="毛利率")),
    ("report_label_title", "90亿元", dict(subject=None, period="2024", metric="营收")),
    ("news_label_title", "30%", dict(subject="甲公司", metric="毛利率")),
    ("news_results", "30亿美元", dict(period="2025Q3", subject="乙业务")),
    ("news_results", "5%", dict(period=None, metric="盘后股价", kind="change")),
    ("news_frame_opener", "25元", dict(period="2024")),
    ("release_previous", "0.4%", dict(period="2024-09", metric="CPI", kind="change")),
    ("release_previous", "0.3%", dict(period="2024-10")),
    ("forecast_previous", "125亿元", dict(period="2025Q4", metric="营收")),
    ("range_two_lists", "310", dict(period="FY2025E", metric="营收")),
    ("range_two_lists", "21", dict(period="FY2025E", metric="净利润")),
    ("range_two_lists", "30亿元", dict(period="FY2027E", metric="净利润")),
    ("range_two_lists", "22%", dict(period="FY2027E", metric="毛利率")),
    ("range_two_lists", "1200", dict(period=None)),
    ("measure_opener", "22340家", dict(subject=None)),
    ("news_time_agent", "新台币600亿元", dict(subject="甲电子", metric="营收", period="2024-11")),
    ("standard_not_carried", "5.1%", dict(period="2024", baseline="2023年")),
    ("standard_not_carried", "1.93元", dict(period="2024", metric="每股基本盈利")),
    ("fiscal_title", "2801.5亿元", dict(subject="某巴巴", metric="收入")),
    ("fiscal_title", "+8%", dict(subject="某巴巴", kind="change", baseline="yoy")),
    ("prior_profit", "1.1亿元", dict(period="2023", kind="level")),
    ("prior_profit", "2.0亿元", dict(period="2023", metric="亏损")),
    ("bare_business", "突破5000万", dict(subject="乙乳业", metric="线上用户规模")),
    ("quarter_list", "5%", dict(period="2024Q1", metric="营收", kind="change")),
    ("quarter_list", "12%", dict(period="2024Q4", metric="营收")),
    ("change_column_current_first", "-0.2个百分点", dict(period="2024H1", metric="净息差", baseline="yoy")),
    ("change_column", "-0.2个百分点", dict(period="2024", metric="净息差", kind="change", direction="down",
                                        baseline="yoy")),
    ("stock_code_name", "新台幣18.6億元", dict(subject="稼光", period="2024Q3")),
    ("reporting_span", "港幣38.6億元", dict(period="2024-04~09", metric="收益")),
    ("reporting_span", "9.1%", dict(period="2024-04~09", kind="change")),
    ("reporting_span", "41.3%", dict(period="2024-04~09", metric="毛利率")),
    ("no_reporting_span", "港幣38.6億元", dict(period=None)),  # counter-case: no span stated
    ("quarter", "98亿元", dict(period="2024Q4", kind="level", metric="营收")),
    ("quarter", "31亿元", dict(period="2024Q4", metric="广告收入")),
    ("quarter", "27亿元", dict(period="2023Q4", kind="level", metric="广告收入")),
    ("quarter", "15%", dict(period="2024Q4", kind="change", baseline="yoy")),
    ("opener", "520亿元", dict(period="2023", subject="某零售集团")),
    ("opener", "8%", dict(period="2023", metric="门店数量")),
    ("new_case", "12%", dict(period="2024Q4", subject="某品牌", metric="复购率")),
    ("new_case", "40%", dict(period="2024", subject="某茶饮品牌", metric="会员数")),
    ("prior_year", "42亿元", dict(period="2023", kind="level", metric="研发费用")),
    ("prior_year", "51亿元", dict(period="2024", kind="level")),
    ("double11", "66%", dict(period="2024-11", subject="某家电品牌", metric="成交额")),
    ("estimate", "1418", dict(period="FY2025E", metric="营收")),
    ("estimate", "1562", dict(period="FY2026E")),
    ("estimate", "1682亿元", dict(period="FY2027E", kind="level")),
    ("forecast_list", "1418", dict(period="FY2024E", metric="营收", kind="level")),
    ("forecast_list", "1682亿元", dict(period="FY2026E", metric="营收")),
    ("actual_and_forecast", "1000亿元", dict(period="2024", kind="level")),
    ("actual_and_forecast", "20%", dict(period="FY2025E", kind="change")),
    ("estimate_year", "300亿元", dict(period="FY2025E", metric="营收")),
    ("topic_chain", "14.3%", dict(subject="小鹏汽车", metric="毛利率", period="2024")),
    ("heading", "120家", dict(period="2024H1", metric="新增门店数")),
    ("heading_figures", "15%", dict(period="2024", subject="某公司", metric="营收", kind="change")),
    ("heading_figures", "98亿元", dict(period="2024Q4", metric="营收", kind="level")),
    ("no_period", "3倍", dict(period=None, kind="change", metric="推理速度")),
    ("standard_year", "15%", dict(period="2024", baseline="2023年", metric="营收")),
    ("standard_year", "8亿元", dict(period="2023", kind="level", metric="净利润")),
    ("standard_year", "11亿元", dict(period="2024", kind="level")),
    ("standard_not_context", "近两倍", dict(period="2024", baseline="2019年末")),
    ("standard_not_context", "1766亿元", dict(period="2024-01~10")),
    ("standard_not_context", "18.5%", dict(period="2024", baseline="2019年同期")),
    ("standard_not_context", "1412亿元", dict(period="2024")),
    ("standard_not_context", "近三成", dict(period="2024")),
    ("bulletin_scope", "7562亿元", dict(subject="嘉兴市", metric="地区生产总值")),
    ("bulletin_scope", "134.9万亿元", dict(subject="全国")),
    ("breakdown", "2.9%", dict(baseline="yoy", metric="第一产业增加值")),
    ("breakdown", "6.4%", dict(baseline="yoy")),
    ("breakdown", "9.6%", dict(baseline=None)),
    ("scope_paragraphs", "7.65亿人次", dict(period="2024")),
    ("scope_paragraphs", "12.4%", dict(period="2024")),
    ("scope_paragraphs", "超过45万辆", dict(period="2024")),
    ("lead_period", "30%", dict(period="2024-06")),
    ("national_article", "305.3万辆", dict(subject="我国")),
    ("national_article", "975万辆", dict(subject="我国")),
    ("national_article", "约327万辆", dict(subject="比亚迪")),
    ("holiday", "7.65亿人次", dict(period="2024-10")),
    ("change_after_relative", "翻番", dict(period="2024-11", baseline="yoy")),
    ("change_after_relative", "92亿元", dict(period="2024-11")),
    ("forecast_carried", "3290万辆", dict(period="FY2025E")),
    ("forecast_carried", "超过60%", dict(period="FY2025E")),
    ("prior_quarter_value", "57.8%", dict(period="2024Q3", metric="毛利率", kind="level")),
    ("undated_month", "56.8億元", dict(period="2024-11", unit="TWD")),
    ("undated_month", "新台幣56.8億元", dict(period="2024-11")),
    ("no_year", "新台幣56.8億元", dict(period=None)),  # counter-case: no year written anywhere
    ("minguo_filing", "新台幣18億3,650萬元", dict(subject="裕達光電", period="2024-11", metric="合併營業收入淨額")),
    ("minguo_filing", "1,836,500", dict(subject="裕達光電", period="2024-11", value=1.8365e9)),
    # 113年累計 in a month's filing: the year up to the month (the devset gold of tw_yuda; was the bare year)
    ("minguo_filing", "20,142,000", dict(subject="裕達光電", period="2024-01~11")),
    ("period_column_unit", "26.3", dict(period="2024-10", value=2.63e9)),
    ("period_column_unit", "-9.8%", dict(period="2024-10", kind="change", baseline="yoy")),
    ("shipments_opener", "38%", dict(subject="甲光電", kind="share", period="2024-11")),
    ("prior_quarter_loss", "35.2億元", dict(period="2024Q2", kind="level")),
    ("interim_aside", "11.0港仙", dict(period="2023-04~09", metric="中期股息", kind="level")),
    ("interim_aside", "8.0港仙", dict(period="2024-04~09")),
    ("annual_aside", "0.90元", dict(period="2023")),
    ("bullets_and_units", "21.7%", dict(subject="跨境物流業務", metric="收益", baseline="yoy")),
    ("bullets_and_units", "不低於2成", dict(kind="change", direction="up", metric="資本支出年增幅度")),
    ("same_period_year", "約人民幣1,150萬元", dict(period="2023H1", kind="level")),
    ("same_period_year", "約為人民幣3,420萬元", dict(period="2024H1", subject="甲物流", metric="擁有人應佔虧損")),
    ("same_period_year", "人民幣0.96分", dict(period="2023H1", value=0.0096)),
    ("forecast_year_only", "新台幣1,258億元", dict(period=None)),  # counter-case: a whole year stays the year
    ("prior_month_value", "120亿元", dict(period="2024-10", metric="营收", kind="level")),
    ("same_period_value", "1062亿元", dict(period="2023H1", kind="level", metric="营收")),
    ("same_period_value", "1970亿元", dict(period="2024H1", subject="某电商平台")),
    ("topic_shift", "20%", dict(period="2024", subject="甲公司", metric="新品销量")),
    ("topic_shift", "超过300家", dict(period="2024", subject="甲公司", metric="海外门店数")),
    ("topic_shift", "超过500人", dict(period=None, subject="乙公司", metric="研发人员")),
    ("plain_key_figures", "1269亿元", dict(metric="营业收入", subject="甲科技", period="2024")),
    ("plain_key_figures", "177亿元", dict(metric="经调整净利润", subject="甲科技", period="2024")),
    ("plain_key_figures", "54.6%", dict(metric="毛利率", subject="甲科技")),
    ("plain_key_figures", "32%", dict(metric="海外收入", kind="change", baseline="yoy")),
    ("plain_key_figures", "122亿元", dict(metric="研发投入", subject="甲科技", period="2024")),
    ("ordinal_sections", "320亿元", dict(subject="乙品牌业务", metric="收入", period="2024")),
    ("ordinal_sections", "150亿元", dict(subject="丙品牌", metric="收入")),
    ("ordinal_sections", "90亿元", dict(subject="海外业务", metric="收入")),
    ("ordinal_sections", "60亿元", dict(subject="丁品牌", metric="收入")),
    ("ordinal_sections", "30%", dict(subject="甲集团", metric="毛利率")),  # the list item named no section
    ("numbered_items", "20%", dict(subject="乙品牌", metric="海外收入")),
    ("aligned_table", "1134.7", dict(value=1.1347e11, unit="CNY", metric="营业收入", subject="甲公司", period="2023")),
    ("aligned_table", "72.4%", dict(kind="change", direction="up", baseline="yoy", metric="经调整净利润", period="2024")),
    ("interim_as_of", "326間", dict(period="2025-06")),
    ("interim_as_of", "港幣12仙", dict(period="2025H1", value=0.12, unit="HKD")),
    ("broker_revision", "4.45bn", dict(subject="己网络", metric="总收入", period="2025Q4")),
    ("broker_revision", "2%", dict(kind="change", direction="up", metric="non-GAAP净利润", period="FY2025E")),
    ("broker_revision", "3%", dict(kind="change", direction="up", period="FY2026E", subject="己网络")),
    ("broker_revision", "US$3.78bn", dict(kind="level", metric="non-GAAP净利润", period="FY2026E")),
    ("broker_revision", "18x", dict(metric="PE", period="FY2026E", subject="己网络")),
    ("broker_revision", "4%", dict(kind="change", direction="down", period="FY2026E")),  # a forecast revised
    ("broker_revision", "120亿美元", dict(kind="level", period="FY2026E")),
    ("broker_revision", "18", dict(metric="PE", subject="己网络")),
    ("bank_quarter", "+0.5pct", dict(kind="change", direction="up", baseline="上半年")),
    ("bank_quarter", "-0.3pct", dict(kind="change", direction="down", value=0.3)),
    ("bank_quarter", "-1.2%", dict(period="2025-01~09")),
    ("bank_quarter", "0.95%", dict(period="2025Q3", metric="不良率")),
    ("industry_ranks", "12.7%", dict(kind="change", baseline="2024年末", metric="咖啡门店总数", period="2025-09")),
    ("industry_ranks", "8,200家", dict(subject="乙咖啡", metric="门店")),
    ("industry_ranks", "第二", dict(subject="乙咖啡", metric="门店")),
    ("topic_label", "12亿港元", dict(subject="未来科技", metric="回购")),
    ("topic_label", "0.8%", dict(kind="share", period="2025Q3")),
    ("topic_label", "4300万台", dict(subject="手机", metric="智能手机出货量")),
    ("two_row_header", "55.9%", dict(kind="share", period="2023", subject="空调", metric="占营业收入比重")),
    ("two_row_header", "1,421.8", dict(value=1.4218e11, period="2023", subject="空调")),
    ("filing_columns", "1,256,380,112.45", dict(metric="营业收入", subject="戌股份", period="2025Q3")),
    ("filing_columns", "12.35", dict(kind="change", direction="up", baseline="yoy", period="2025Q3", metric="营业收入")),
    ("filing_columns", "3,587,226,901.20", dict(period="2025-01~09", metric="营业收入")),
    ("filing_columns", "900", dict(period="2024Q3", metric="净利润", value=9e6)),
    ("filing_balances", "12,500", dict(period="2025-09", metric="货币资金", subject="戌股份")),
    ("filing_balances", "10,000", dict(period="2024", metric="货币资金")),
    ("filing_balances", "25.0%", dict(kind="change", direction="up", baseline="期初", metric="货币资金")),  # as written
    ("filing_balances", "12%", dict(metric="比例")),  # a bare 比例 column is no change column
    ("monthly_flash", "298,113", dict(period="2024-10", metric="汽车销量", subject="亥汽车")),
    ("monthly_flash", "17.36%", dict(period="2025-10", kind="change", baseline="yoy", metric="汽车销量")),
    ("monthly_flash", "12.13%", dict(period="2025-01~10", kind="change", baseline="yoy")),
    ("speaker_title", "超过40%", dict(subject="子公司", metric="海外收入占比", kind="share")),
    ("speaker_title", "约1.2万名", dict(subject="子公司", metric="员工")),
    ("plain_two_line_title", "约为312万人次", dict(subject="甲乙航空股份有限公司", period="2025-10", metric="载客量")),
    ("plain_two_line_title", "9.6%", dict(period="2025-10", baseline="yoy")),
    ("quarter_run_changes", "0.8pp", dict(period="2025Q3", kind="change", baseline="qoq", metric="毛利率")),
    ("quarter_run_changes", "3.1pp", dict(period="2025Q3", kind="change", baseline="yoy")),
    ("breakdown_after_rate", "0.4个百分点", dict(baseline="上半年")),
    ("breakdown_after_rate", "7.8%", dict(baseline="yoy", metric="实物商品网上零售额")),
    ("market_close", "1.2%", dict(subject=None, metric="恒指", kind="change")),
    ("market_close", "1.5%", dict(subject=None, metric="國企指數")),
    ("market_close", "1,268億港元", dict(subject=None, metric="大市全日成交額")),
    # the same change in a unit outside the vocabulary before 或 is predicate; the measure is the clause before's
    ("market_close", "1.3%", dict(metric="恒生指數", kind="change", direction="up")),
    ("annual_change_columns", "9.89", dict(metric="营业收入", subject="亥电器", kind="change", baseline="yoy",
                                           period="2024")),
    ("annual_change_columns", "6.35", dict(metric="营业收入", subject="空调", kind="change", baseline="yoy")),
    ("annual_change_columns", "0.82个百分点", dict(metric="毛利率", direction="up", baseline="yoy")),
    ("annual_change_columns", "10.78", dict(metric="总资产", subject="亥电器", period="2024", baseline="yoy")),
    ("late_name", "八折", dict(subject=None, metric=None)),
    ("late_name", "九成", dict(subject=None, metric=None)),
    ("late_name", "5亿元", dict(subject="乙公司")),
]


def test_stock_codes_mark_names():
    from pipelines.attribute.subjects import learn_names

    texts = ["稼光(2409)第三季营收为732亿元。", "腾讯控股(0700.HK)公布业绩。", "公司(2024)年报显示营收增长。"]
    assert learn_names(texts) == ["稼光", "腾讯控股"]  # not a bare head before a year


@pytest.mark.parametrize("doc,quote,expected", DOC_CASES, ids=[f"{d}:{q}" for d, q, _ in DOC_CASES])
def test_document_case(doc, quote, expected):
    facts = _facts(DOCS[doc])
    rows = facts.filter(pl.col("quote") == quote)
    assert rows.height == 1, f"{quote!r} in {doc}: {facts['quote'].to_list()}"
    row = rows.row(0, named=True)
    for name, want in expected.items():
        assert row[name] == want, f"{name}: want {want!r}, got {row[name]!r}"


# --- tables: entity rows, period columns, change columns, cells with their own words --
TABLE = """单位：亿元

| 指标 | 2023 | 2024 | 2025E |
|---|---|---|---|
| 营业收入 | 610 | 702 | 810 |

| 业务线 | 收入（亿元） | 同比 | 用户规模 |
|---|---|---|---|
| 云服务 | 118 | +21% | 4500万人 |
| 硬件 | 64 | -7% | 同比增长12% |
| 内容 | 39 | +3% | 28%付费用户占比 |
"""

RESEARCH_TABLE = """# 某某科技（0001.HK）2024年报点评

| 百万元 | 2023A | 2024A | 2025E |
|---|---|---|---|
| 毛利率 | 30.2% | 31.5% | 32.0% |
| 同比(%) | 8.1% | 12.1% | 12.0% |
"""

# a statistical bulletin's layout: the rows are measures with their unit, the columns their value and
# change; a monthly report's columns are months of the year its text states
BULLETIN_TABLE = """2024年1-10月，汽车销量增长。

| 指标 | 绝对数 | 比上年增长（%） |
|---|---|---|
| 进出口总额（亿元） | 3859 | -1.6 |

| 指标 | 10月 | 1-10月 | 1-10月同比 |
|---|---|---|---|
| 汽车出口（万辆） | 53.2 | 485.7 | 23.5% |

| 城市 | 收入（亿元） | 同比 |
|---|---|---|
| 杭州 | 172.3 | 5.2% |
"""

# an earnings or data flash: the reported value and what it is set against, the rows the measures
FLASH_TABLE = """2024年10月，物价温和回升。

| 指标 | Q3实际 | 市场预期 | YoY |
|---|---|---|---|
| 营收（亿美元） | 350.8 | 331.6 | +94% |

| 指标（%） | 10月 | 前值 | 预期 |
|---|---|---|---|
| PPI同比 | -2.9 | -2.8 | -2.6 |
"""

FLASH_CASES = [
    ("331.6", dict(metric="营收", kind="level", value=3.316e10)),
    ("+94%", dict(metric="营收", kind="change", baseline="yoy")),
    ("-2.8", dict(metric="PPI", kind="change", direction="down", baseline="yoy", value=2.8, period="2024-09")),
    ("-2.6", dict(metric="PPI", kind="change", direction="down", value=2.6, period="2024-10")),
]


@pytest.mark.parametrize("quote,expected", FLASH_CASES, ids=[q for q, _ in FLASH_CASES])
def test_flash_table_case(quote, expected):
    _table_row(FLASH_TABLE, quote, expected)


# a ranking's column header opens with a yearless span: the months of the table's year, the measure after them
RANKING_TABLE = """2024年11月，百强房企销售额环比增长。

| 企业 | 1-11月销售额（亿元） | 同比 |
|---|---|---|
| 甲地产 | 2850.4 | -27.1% |
"""


def test_ranking_table_yearless_span_header():
    _table_row(RANKING_TABLE, "2850.4", dict(period="2024-01~11", metric="销售额", subject="甲地产"))
    _table_row(RANKING_TABLE, "-27.1%", dict(period="2024-01~11", kind="change", direction="down"))


BULLETIN_CASES = [
    ("3859", dict(metric="进出口总额", kind="level", value=3.859e11)),
    ("-1.6", dict(metric="进出口总额", kind="change", direction="down", baseline="yoy", value=1.6)),
    ("53.2", dict(metric="汽车出口", period="2024-10", kind="level")),
    ("485.7", dict(metric="汽车出口", period="2024-01~10", kind="level")),
    ("23.5%", dict(metric="汽车出口", period="2024-01~10", kind="change", baseline="yoy")),
    ("172.3", dict(metric="收入", subject="杭州")),  # an entity table is still read through its header
]


@pytest.mark.parametrize("quote,expected", BULLETIN_CASES, ids=[q for q, _ in BULLETIN_CASES])
def test_bulletin_table_case(quote, expected):
    _table_row(BULLETIN_TABLE, quote, expected)


TABLE_CASES = [
    ("610", dict(period="2023", metric="营业收入", kind="level")),
    ("810", dict(period="FY2025E", metric="营业收入")),
    ("118", dict(metric="收入", subject="云服务", kind="level")),
    ("+21%", dict(metric="收入", subject="云服务", kind="change", direction="up", baseline="yoy")),
    ("-7%", dict(subject="硬件", kind="change", direction="down", baseline="yoy")),
    ("12%", dict(metric="用户规模", kind="change", baseline="yoy")),
    ("28%", dict(metric="付费用户占比", kind="share", subject="内容")),
]


def _table_row(table: str, quote: str, expected: dict) -> dict:
    """The fact of the one cell quoted, checked against the expected attributes."""
    facts = _facts(table)
    rows = facts.filter(pl.col("quote") == quote)
    assert rows.height == 1, f"{quote!r}: {facts['quote'].to_list()}"
    row = rows.row(0, named=True)
    for name, want in expected.items():
        assert row[name] == want, f"{name}: want {want!r}, got {row[name]!r}"
    return row


HK_INTERIM = """# 港鐵公司2024年中期業績

截至2024年6月30日止六個月，港鐵公司收入為282億港元，按年增長6%。

| 業務 | 收入（百萬港元） | 按年變動 |
|---|---|---|
| 香港車務營運 | 10,953 | +17.1% |
| 物業租賃及管理 | 2,734 | -0.7% |
"""

HK_CASES = [
    ("282億港元", dict(period="2024H1", subject="港鐵公司", metric="收入", kind="level")),
    ("6%", dict(period="2024H1", kind="change", baseline="yoy")),
    ("+17.1%", dict(period="2024H1", metric="收入", subject="香港車務營運", kind="change", direction="up",
                    baseline="yoy")),
    ("-0.7%", dict(kind="change", direction="down", value=0.7, baseline="yoy")),
]


@pytest.mark.parametrize("quote,expected", HK_CASES, ids=[q for q, _ in HK_CASES])
def test_traditional_interim_report(quote, expected):
    _table_row(HK_INTERIM, quote, expected)


MONTHLY_TABLE = """| 月份 | 營收（億元） | 月增率 | 年增率 | 年增減(%) |
|---|---|---|---|---|
| 2024年10月 | 55.0 | (4.6%) | 18.9% | 1.2 |
| 2024年11月 | 56.8 | 3.2% | 21.4% | -0.5 |
"""

MONTHLY_CASES = [
    # Taiwan: a 年增率 / 月增率 column holds changes of the measure before it, signed
    ("(4.6%)", dict(kind="change", direction="down", baseline="上月", metric="營收", period="2024-10")),
    ("18.9%", dict(kind="change", direction="up", baseline="yoy", metric="營收", period="2024-10")),
    ("3.2%", dict(kind="change", direction="up", baseline="上月", metric="營收", period="2024-11")),
    ("56.8", dict(kind="level", metric="營收", period="2024-11")),  # counter-case: the measure's own column
]


@pytest.mark.parametrize("quote,expected", MONTHLY_CASES, ids=[q for q, _ in MONTHLY_CASES])
def test_compressed_change_columns(quote, expected):
    row = _table_row(MONTHLY_TABLE, quote, expected)
    if row["kind"] == "change":
        assert row["value"] > 0  # the magnitude; the direction carries the sign


BREAKDOWN_TABLE = """# 甲零售集團2024年全年業績

## 分區收益（港幣百萬元）

| 地區 | 2024年 | 2023年 | 變動 |
|---|---|---|---|
| 香港及澳門 | 2,690 | 2,959 | -9.1% |
| 總計 | 3,860 | 4,115 | -6.2% |

## 綜合損益表摘要（港幣百萬元）

| 項目 | 2024年 | 2023年 |
|---|---|---|
| 其他地區 | 300 | 323 |
"""

BREAKDOWN_CASES = [
    # a heading that breaks a measure down (分區/按業務/各分部): rows are members, the heading the measure
    ("2,690", dict(metric="分區收益", subject="香港及澳門", period="2024", unit="HKD")),
    ("-9.1%", dict(metric="分區收益", subject="香港及澳門", kind="change", direction="down", baseline="yoy")),
    ("3,860", dict(metric="分區收益", subject="甲零售集團")),  # the total row is the company's
    ("300", dict(metric="其他地區")),  # counter-case: a heading that breaks nothing down
]


@pytest.mark.parametrize("quote,expected", BREAKDOWN_CASES, ids=[q for q, _ in BREAKDOWN_CASES])
def test_breakdown_heading(quote, expected):
    _table_row(BREAKDOWN_TABLE, quote, expected)


PEERS_TABLE = """| 指标 | 甲集团 | 乙集团 |
|---|---|---|
| 营业收入（亿元） | 520 | 430 |
| 毛利率 | 31.0% | 27.5% |
"""

PEERS_CASES = [
    ("430", dict(subject="乙集团", metric="营业收入", kind="level")),
    ("31.0%", dict(subject="甲集团", metric="毛利率")),
]


@pytest.mark.parametrize("quote,expected", PEERS_CASES, ids=[q for q, _ in PEERS_CASES])
def test_companies_in_columns(quote, expected):
    _table_row(PEERS_TABLE, quote, expected)


RESEARCH_TABLE_CASES = [
    ("30.2%", dict(period="2023", metric="毛利率", subject="某某科技", kind="level")),
    ("32.0%", dict(period="FY2025E", metric="毛利率")),
    ("12.1%", dict(period="2024", metric="毛利率", kind="change", direction="up", baseline="yoy")),
]


@pytest.mark.parametrize("quote,expected", RESEARCH_TABLE_CASES, ids=[q for q, _ in RESEARCH_TABLE_CASES])
def test_research_table_case(quote, expected):
    _table_row(RESEARCH_TABLE, quote, expected)


@pytest.mark.parametrize("quote,expected", TABLE_CASES, ids=[q for q, _ in TABLE_CASES])
def test_table_case(quote, expected):
    _table_row(TABLE, quote, expected)


# --- bank, insurer and statistics-release writing; figures in units outside the vocabulary ----------
BANK_STATS_SENTENCES = [
    # a cost ratio improves (优化, 改善) by falling; another ratio improves by rising
    ("财产险业务综合成本率为97.8%，同比优化0.9个百分点。", "0.9个百分点",
     dict(kind="change", direction="down", metric="综合成本率", baseline="yoy")),
    ("公司毛利率为31.5%，同比优化0.9个百分点。", "0.9个百分点", dict(kind="change", direction="up", metric="毛利率")),
    # a clause opening with 比 before a relative period is a comparison; before a name it is the name
    ("制造业采购经理指数为49.0%，比上月下降0.8个百分点。", "0.8个百分点",
     dict(direction="down", baseline="上月", metric="制造业采购经理指数")),
    ("比亚迪销量增长20%。", "20%", dict(kind="change", baseline=None)),
    # 两年平均增长: a standard of its own, not the measure
    ("社会消费品零售总额42316亿元，同比增长2.9%，两年平均增长3.8%。", "3.8%",
     dict(kind="change", baseline="两年平均", metric="社会消费品零售总额")),
    ("社会消费品零售总额42316亿元，同比增长2.9%，两年平均增长3.8%。", "2.9%", dict(baseline="yoy")),
    # a figure in a unit outside the vocabulary (GWh) still names the owner of the next clause's figures
    ("宁德时代11月装车量40.9GWh，市占率43.9%。", "43.9%", dict(kind="share", subject="宁德时代", metric="市占率")),
    ("11月，全社会用电量8,813亿千瓦时，同比增长4.3%。", "4.3%", dict(subject=None, metric="全社会用电量")),
    # …and ends the measure before it: the next change is of the measure it names, even one without a measure word
    ("风电装机容量4.8亿千瓦，同比增长20%，光伏装机7.1亿千瓦，同比增长45%。", "45%", dict(metric="光伏装机")),
    ("风电装机容量4.8亿千瓦，同比增长20%，光伏装机7.1亿千瓦，同比增长45%。", "20%", dict(metric="风电装机容量")),
    # …also when only 、 joins it to the change: the number is no part of the measure
    ("全国发电量7,779亿千瓦时、同比增长2.0%。", "2.0%", dict(metric="发电量", subject="全国", baseline="yoy")),
    ("营收100亿元、同比增长20%。", "20%", dict(metric="营收", baseline="yoy")),
    # 新业务价值 is an insurer's measure: 新业务 is no business unit
    ("壽險及健康險業務新業務價值達人民幣223.5億元，同比增長32.1%。", "人民幣223.5億元",
     dict(subject="壽險及健康險業務", metric="新業務價值")),
    ("集團香港及澳門業務收益增長21.7%。", "21.7%", dict(subject="香港及澳門業務", metric="收益")),
    # X贡献Y约N%: X's part of the whole Y; 贡献Y增长N% stays a change
    ("一线城市贡献合约销售额约58%，较去年同期提升6个百分点。", "约58%",
     dict(kind="share", subject="一线城市", metric="合约销售额")),
    ("新业务贡献利润增长58%。", "58%", dict(kind="change", metric="利润")),
    # 在营购物中心: 在营 (in operation) opens no 在…中 frame; 在报告期内 does
    ("在营购物中心82个，平均出租率96.5%。", "82个", dict(metric="在营购物中心数")),
    ("在报告期内营收增长5%。", "5%", dict(metric="营收")),
    # statistics releases state a level with 完成 (the verb is no part of the measure); a 完成率 is a measure
    ("全国快递业务量完成172.4亿件，同比增长13.1%。", "172.4亿件", dict(metric="快递业务量", kind="level")),
    ("全国快递业务量完成172.4亿件，同比增长13.1%。", "13.1%", dict(metric="快递业务量", kind="change")),
    ("公司全年营收计划完成率达95%。", "95%", dict(metric="营收计划完成率")),
    # the analyst estimating (我们测算, 据测算) is no part of the owner
    ("2025年三季度，某电池公司实现营收1000亿元；我们测算公司Q3储能电池占比约20%。", "约20%",
     dict(subject="某电池公司", metric="储能电池占比")),
    # a product model (a brand, then a model code) owns its figures; a period code after a word is no model
    ("2024年10月，小米SU7交付量超过2万辆。", "超过2万辆", dict(subject="小米SU7", metric="交付量")),
    ("2024年，某公司第三季度Q3营收120亿元。", "120亿元", dict(subject="某公司", metric="营收")),
    # a group by rank (TOP10房企, 百强房企, 前20城市) owns its figures; a rank before a measure is the measure's
    ("2024年11月，TOP10房企合计销售额为1.6万亿元。", "1.6万亿元", dict(subject="TOP10房企", metric="合计销售额")),
    ("2024年11月，百强房企11月实现销售额3000亿元。", "3000亿元", dict(subject="百强房企", metric="销售额")),
    ("2024年11月，前20城市成交面积为500万平方米。", "500万平方米", dict(subject="前20城市", metric="成交面积")),
    ("2024年11月，TOP10门槛为896.2亿元。", "896.2亿元", dict(subject=None, metric="TOP10门槛")),
    # credit data: 少增 (less added than a year ago) is a fall, 多增 a rise; the verb is no part of the metric
    ("10月新增人民币贷款-2,100亿元，同比少增2,600亿元。", "2,600亿元",
     dict(kind="change", direction="down", baseline="yoy", metric="新增人民币贷款")),
    ("住户存款同比多增3,100亿元。", "3,100亿元", dict(kind="change", direction="up", metric="住户存款")),
    ("10月新增人民币贷款-2,100亿元，同比少增2,600亿元。", "-2,100亿元", dict(kind="level", metric="新增人民币贷款")),
    # an amount between a verb and its object is the object's (开展9,000亿元MLF操作), up to a purpose clause
    ("央行于11月20日开展9,000亿元MLF操作。", "9,000亿元", dict(kind="level", metric="MLF操作")),
    # credit data: 企业贷款 / 政府债券 name a sector's product, not "the company's" loans
    ("企业贷款增加1,800亿元，同比少增1,000亿元。", "1,800亿元", dict(metric="企业贷款", subject=None)),
    ("政府债券净融资4,915亿元。", "4,915亿元", dict(metric="政府债券净融资", subject=None)),
    ("企业营收增长12%。", "12%", dict(metric="营收")),  # 企业 before another measure is the company
    ("央行今日开展1,200亿元7天期逆回购操作。", "1,200亿元", dict(metric="7天期逆回购操作")),
    ("公司获得3亿元融资用于扩产。", "3亿元", dict(metric="融资")),
    ("营收实现3亿元，同比增长5%。", "3亿元", dict(metric="营收")),  # no object after it: as before
    # a streak (连续下跌超过30个月) is how long, a level of the streak; a duration cut (缩短3个月) stays a change
    ("生鲜乳收购价已连续下跌超过30个月。", "超过30个月",
     dict(kind="level", direction=None, metric="生鲜乳收购价连续下跌")),
    ("公司营收连续增长5年。", "5年", dict(kind="level", metric="营收连续增长")),
    ("项目工期缩短3个月。", "3个月", dict(kind="change", direction="down")),
    # a growth rate that falls or rises to a value is still a growth rate (the measure's change), not a level
    ("我们预计四季度社融存量增速将回落至8.3%左右。", "8.3%左右", dict(kind="change", direction="up")),
    ("CPI同比涨幅回落至0.2%。", "0.2%", dict(kind="change", direction="up", baseline="yoy")),
    ("降幅收窄至1.5%。", "1.5%", dict(kind="change", direction="down")),
    ("毛利率提升至30%。", "30%", dict(kind="level")),  # a ratio reached stays a level
    # a policy rate moved by the figure: 降息/降准 down, 加息 up
    ("年内仍有降息10bp的可能。", "10bp", dict(kind="change", direction="down")),
    ("美联储加息25个基点。", "25个基点", dict(kind="change", direction="up")),
    ("降息后利率为3.1%。", "3.1%", dict(kind="level")),
]


@pytest.mark.parametrize("text,quote,expected", BANK_STATS_SENTENCES,
                         ids=[f"{t[:14]}:{q}" for t, q, _ in BANK_STATS_SENTENCES])
def test_bank_and_statistics_sentence(text, quote, expected):
    test_sentence_case("bank", text, quote, expected)


BANK_STATS_DOCS = {
    # 成本管控持续加强: a theme opening a paragraph is no new entity; the running year goes on
    "theme_opener": "2024年，甲银行实现营业收入412.6亿元。\n成本管控持续加强，成本收入比为29.85%。\n",
    # 分…看 opens a breakdown as 其中 does; a member's own comparator holds for the members after it
    "breakdown_frame": "10月份，规模以上工业增加值同比增长5.3%，比上月回落1.2个百分点。"
                       "分三大门类看，采矿业增加值同比增长4.1%，制造业增长5.6%。\n",
    "averaged_not_carried": "10月份，社会消费品零售总额同比增长2.9%，两年平均增长3.8%。"
                            "其中，除汽车以外的消费品零售额增长3.4%。\n",
    # a forecast's year does not become the year of a later table's months
    "forecast_then_table": "# 汽车行业11月数据点评\n\n中汽协发布2025年11月产销数据。我们预计2026年销量约1850万辆。\n\n"
                           "| 指标 | 11月 | 同比 | 1-11月 | 同比 |\n|---|---|---|---|---|\n"
                           "| 汽车销量（万辆） | 342.9 | 3.4% | 3112.7 | 11.4% |\n",
    # | 2024年末 | columns are periods; a ratio above 100% is no share
    "year_end_columns": "# 甲银行2024年业绩快报\n\n| 主要指标（%） | 2024年末 | 2023年末 |\n|---|---|---|\n"
                        "| 不良贷款率 | 0.78 | 0.80 |\n| 拨备覆盖率 | 481.2 | 499.6 |\n| 新能源车渗透率 | 45.0 | 40.1 |\n",
    # a month's or a year-to-date's growth-rate row is on the year before; a quarter's is left unsaid
    "month_rate_row": "# 10月份国民经济\n\n2025年10月份，工业平稳。\n\n| 指标 | 10月 | 1—10月 |\n|---|---|---|\n"
                      "| 规模以上工业增加值增速（%） | 5.3 | 6.0 |\n\n| 指标 | 2024Q3 | 2024Q4 |\n|---|---|---|\n"
                      "| 营收增速（%） | 7.5 | 8.2 |\n",
    # a report's own name (…周报) and a section's topic label (二、公用事业：) own nothing; a label naming a
    # company does; 签约面积, 新开工面积 are measures (no verb and object); | 原煤（万吨） | is 原煤, its unit apart
    "weekly_sections": "# 房地产与公用事业周报（2024年12月第3周）：销售降幅收窄\n\n## 一、地产：1-11月销售面积降幅收窄\n\n"
                       "1-11月全国新建商品房销售面积86,686万平方米，同比下降14.3%；其中住宅销售面积同比下降17.2%。"
                       "房屋新开工面积66,732万平方米。\n\n## 二、公用事业：11月发电量同比+2.0%\n\n"
                       "保利发展11月签约面积168万平方米。\n\n## 宁德时代：2024年三季度营收增长12%\n\n"
                       "宁德时代发布三季报，营收922亿元。\n\n"
                       "| 品种 | 11月产量 | 同比(%) |\n|---|---|---|\n| 原煤（万吨） | 43,000 | 1.2 |\n",
    # a title's month without its year is of the first year the document dates
    "yearless_title": "# 10月份国民经济保持总体平稳\n\n国家统计局 2025年11月14日\n\n10月份，国民经济运行总体平稳。\n\n"
                      "**一、规模以上工业增加值增长5.3%**\n\n1—10月份，规模以上工业增加值同比增长6.0%。\n",
    "no_title_period": "# 国民经济保持总体平稳\n\n国家统计局 2025年11月14日\n\n**一、规模以上工业增加值增长5.3%**\n",
    # 於2025年6月30日 (and 截至6月30日 of the context's year) dates a stock at that month's end
    "as_of_date": "# 甲置業2025年中期業績\n\n截至2025年6月30日止六個月，甲置業收入為100億元。\n\n"
                  "截至6月30日，已售未結轉金額約人民幣2,890億元。\n\n於2025年6月30日，現金為人民幣1,352億元。\n\n"
                  "於2024年12月31日，總資產為人民幣3,000億元。\n",
    # the ；-sentence after one on a business unit goes on about the unit (not a bare 公司, not a breakdown's members)
    "unit_semicolon": "2024年，甲保险营业收入800亿元。\n"
                      "財產險業務原保險保費收入人民幣1,562.3億元，同比增長5.6%；綜合成本率為97.8%。\n"
                      "海外业务收入增长20%；公司毛利率为30%。\n"
                      "分业务看：智能家居业务收入2231亿元，同比+12.6%；新能源及工业技术收入约302亿元，同比+22%。\n",
}

BANK_STATS_DOC_CASES = [
    ("unit_semicolon", "97.8%", dict(subject="財產險業務", metric="綜合成本率")),
    ("unit_semicolon", "30%", dict(metric="毛利率", subject=None)),  # not 海外业务
    # not 智能家居业务: the breakdown by business names its next member (see by_business)
    ("unit_semicolon", "约302亿元", dict(metric="收入", subject="新能源及工业技术")),
    ("as_of_date", "100億元", dict(period="2025H1")),
    ("as_of_date", "約人民幣2,890億元", dict(period="2025-06")),
    ("as_of_date", "人民幣1,352億元", dict(period="2025-06")),
    ("as_of_date", "人民幣3,000億元", dict(period="2024")),
    ("yearless_title", "5.3%", dict(period="2025-10", baseline=None)),
    ("yearless_title", "6.0%", dict(period="2025-01~10", baseline="yoy")),
    ("no_title_period", "5.3%", dict(period=None)),
    ("weekly_sections", "17.2%", dict(subject="全国", metric="住宅销售面积", period="2024-01~11")),
    ("weekly_sections", "66,732万平方米", dict(subject="全国", metric="房屋新开工面积")),
    ("weekly_sections", "+2.0%", dict(subject="全国", period="2024-11")),
    ("weekly_sections", "168万平方米", dict(subject="保利发展", metric="签约面积")),
    ("weekly_sections", "922亿元", dict(subject="宁德时代", period="2024Q3")),
    ("weekly_sections", "1.2", dict(subject="原煤", metric="产量", period="2024-11", baseline="yoy")),
    ("theme_opener", "29.85%", dict(period="2024", subject="甲银行")),
    ("breakdown_frame", "5.6%", dict(baseline="yoy", metric="制造业")),
    ("breakdown_frame", "1.2个百分点", dict(baseline="上月", metric="规模以上工业增加值")),
    ("averaged_not_carried", "3.4%", dict(baseline="yoy")),
    ("averaged_not_carried", "3.8%", dict(baseline="两年平均")),
    ("forecast_then_table", "约1850万辆", dict(period="FY2026E")),
    ("forecast_then_table", "342.9", dict(period="2025-11", metric="汽车销量", kind="level")),
    ("forecast_then_table", "3.4%", dict(period="2025-11", metric="汽车销量", kind="change", baseline="yoy")),
    ("forecast_then_table", "11.4%", dict(period="2025-01~11", metric="汽车销量", baseline="yoy")),
    ("year_end_columns", "0.80", dict(period="2023", metric="不良贷款率", subject="甲银行", kind="level")),
    ("year_end_columns", "481.2", dict(period="2024", metric="拨备覆盖率", kind="level")),
    ("year_end_columns", "45.0", dict(kind="share")),
    ("month_rate_row", "5.3", dict(period="2025-10", kind="change", baseline="yoy")),
    ("month_rate_row", "6.0", dict(period="2025-01~10", baseline="yoy")),
    ("month_rate_row", "8.2", dict(period="2024Q4", kind="change", baseline=None)),
]


@pytest.mark.parametrize("doc,quote,expected", BANK_STATS_DOC_CASES,
                         ids=[f"{d}:{q}" for d, q, _ in BANK_STATS_DOC_CASES])
def test_bank_and_statistics_document(doc, quote, expected):
    _table_row(BANK_STATS_DOCS[doc], quote, expected)  # (prose or table: the one fact quoted)
# An A-share announcement: a masthead above the H1 title, columns named relative to the reporting period
# (本报告期 / 上年同期 / 增减变动幅度), a blank-label row going on with the row above, a numbered heading.
ANNOUNCEMENT = """证券代码：600001　　证券简称：甲乙电气　　公告编号：2025-001

# 甲乙电气股份有限公司2024年度业绩快报公告

## 一、2024年度主要财务数据

单位：万元

| 项目 | 本报告期 | 上年同期 | 增减变动幅度(%) |
|---|---|---|---|
| 营业总收入 | 48,621.50 | 41,203.70 | 18.00 |
| 净利润 | 盈利：2,500万元–3,000万元 | 盈利：1,850万元 |  |
| | 比上年同期增长：35%–62% | |  |
| | 期末 | 期初 | 增减变动幅度(%) |
| 总资产 | 71,560.00 | 65,238.00 | 9.69 |

母公司期末可供分配利润为21.37亿元。

| 归属期 | 对应考核年度 | 业绩考核目标 |
|---|---|---|
| 第一个归属期 | 2025年 | 以2024年营业收入为基数，2025年营业收入增长率不低于20% |
"""

ANNOUNCEMENT_CASES = [
    ("48,621.50", dict(period="2024", metric="营业总收入", subject="甲乙电气股份有限公司", kind="level")),
    ("41,203.70", dict(period="2023", metric="营业总收入", kind="level")),
    ("18.00", dict(period="2024", metric="营业总收入", kind="change", direction="up", baseline="yoy")),
    ("3,000万元", dict(period="2024", metric="净利润", kind="level")),
    ("1,850万元", dict(period="2023", metric="净利润")),
    ("62%", dict(period="2024", metric="净利润", kind="change", baseline="yoy")),  # the blank-label row
    # the parent-only accounts are the company's (母公司 is no other owner); a phase of a plan is no owner
    ("21.37亿元", dict(subject="甲乙电气股份有限公司", metric="可供分配利润")),
    ("不低于20%", dict(subject="甲乙电气股份有限公司", period="2025")),
]


@pytest.mark.parametrize("quote,expected", ANNOUNCEMENT_CASES, ids=[q for q, _ in ANNOUNCEMENT_CASES])
def test_announcement_relative_columns(quote, expected):
    _table_row(ANNOUNCEMENT, quote, expected)


def test_relative_column_periods():
    from pipelines.attribute.tables import relative_column
    assert [relative_column(h) for h in ("本报告期", "上年同期", "本报告期末", "期初余额", "上年同期数（元）")] == \
        ["@R", "@R-1", "@E", "@B", "@R-1"]
    # counter-cases: a value column (read as before), a period, a measure
    assert [relative_column(h) for h in ("本期数", "2024年", "本期营业收入", "同期")] == [None] * 4


def test_relative_period_against_the_reporting_period():
    from pipelines.attribute.facts import report_period
    assert [report_period(r, "2024H1") for r in ("@R", "@R-1", "@B", "@E", "@Y")] == \
        ["2024H1", "2023H1", "2023", "2024-06", "2024H1"]
    assert [report_period(r, "2025Q3") for r in ("@Y", "@Y-1", "@E")] == ["2025-01~09", "2024-01~09", "2025-09"]
    assert report_period("@R-1", None) is None


# A total row names no member: its figures are the owner's; a member row still names its member.
TOTAL_ROW_TABLE = """# 甲公司2025年募集资金使用计划

| 项目名称 | 拟投入金额（万元） |
|---|---|
| 智能工厂项目 | 85,000.00 |
| 合计 | 150,000.00 |
"""


def test_total_row_is_the_owners():
    _table_row(TOTAL_ROW_TABLE, "150,000.00", dict(subject="甲公司"))
    _table_row(TOTAL_ROW_TABLE, "85,000.00", dict(subject="智能工厂项目"))


def test_board_review_is_no_name():
    # 审议通过了…: a board's act, not a company acting; the title's issuer stays the subject
    doc = ("# 丙丁科技股份有限公司董事会决议公告\n\n## 一、审议通过《关于利润分配预案的议案》\n\n"
           "公司2024年度实现净利润为8.99亿元。\n")
    row = _facts(doc).filter(pl.col("quote") == "8.99亿元").row(0, named=True)
    assert row["subject"] == "丙丁科技股份有限公司"


def test_comparison_span_does_not_replace_the_reporting_span():
    # …截至2024年12月31日止年度…，而截至2023年12月31日止年度則錄得溢利…: the later paragraph's 本年度 is 2024
    doc = ("# 某某控股有限公司\n\n本集團截至2024年12月31日止年度錄得虧損約人民幣1.2億元，"
           "而截至2023年12月31日止年度則錄得溢利約人民幣6,500萬元。\n\n"
           "虧損主要由於本年度收益較去年下降約30%。\n")
    facts = _facts(doc)
    period = dict(zip(facts["quote"].to_list(), facts["period"].to_list()))
    assert (period["約人民幣1.2億元"], period["約人民幣6,500萬元"], period["約30%"]) == ("2024", "2023", "2024")


def test_target_base_year_is_no_period():
    # 以2024年…为基数: the base year is a standard; the target's own year dates it (a basis of calculation does not)
    facts = _facts("以2024年营业收入为基数，2026年营业收入增长率不低于20%。\n以2024年数据计算，公司营收为20亿元。\n")
    period = dict(zip(facts["quote"].to_list(), facts["period"].to_list()))
    assert (period["不低于20%"], period["20亿元"]) == ("2026", "2024")


TARGET_TABLE = """# 甲公司2025年限制性股票激励计划

| 归属期 | 业绩考核目标 |
|---|---|
| 第一个归属期 | 以2024年营业收入为基数，2026年营业收入增长率不低于20% |
| 第二个归属期 | 营业收入不低于30亿元 |
"""


def test_target_cell_names_its_own_year_and_base():
    _table_row(TARGET_TABLE, "不低于20%", dict(period="2026", baseline="2024年营业收入", kind="change"))
    _table_row(TARGET_TABLE, "不低于30亿元", dict(period="2025", kind="level"))  # no year of its own: the title's


def test_names_ending_in_neng_are_learned():
    from pipelines.attribute.subjects import learn_names
    assert learn_names(["金伦储能实现净利润2,860万元。", "公司能实现收入12亿元。"]) == ["金伦储能"]


def test_name_in_apposition_after_a_role():
    # 全资子公司金伦储能实现… / 新能源业务子公司金伦储能实现扭亏为盈，全年净利润…: the subsidiary's name owns them;
    # counter-case: 子公司 alone (子公司收入增长5%) names no company
    doc = ("# 江苏金伦电气股份有限公司2024年度业绩快报\n\n报告期内，公司实现营业总收入48.62亿元。"
           "其中，新能源业务子公司金伦储能实现扭亏为盈，全年净利润2,860万元，上年同期亏损1,930万元。\n\n"
           "子公司数量达到12家。\n")
    facts = _facts(doc)
    subject = dict(zip(facts["quote"].to_list(), facts["subject"].to_list()))
    assert (subject["2,860万元"], subject["1,930万元"]) == ("金伦储能", "金伦储能")
    assert subject["48.62亿元"] == subject["12家"] == "江苏金伦电气股份有限公司"
    from pipelines.attribute.subjects import learn_names
    assert learn_names(["全资子公司金伦储能实现净利润2,860万元。", "子公司数量达到12家。"]) == ["金伦储能"]


def test_a_level_held_at_is_no_name():
    from pipelines.attribute.subjects import learn_names

    # 維持在 / 保持在: the level a measure holds at, not a name before 在 (甲科技在海外…)
    texts = ["稼動率維持在95%以上。", "良率保持在九成以上。", "甲科技在海外市场收入增长20%。"]
    assert learn_names([fold(t) for t in texts]) == ["甲科技"]


# --- market weeklies and fund quarterly reports: date columns, span columns and rows, code columns -----------
MARKET_TABLES = """# 固收周报：长端利率下行

2025年11月23日

| 品种 | 11月21日（%） | 周变动（bp） | 月初以来（bp） |
|---|---|---|---|
| 10年期国债 | 1.78 | -5.0 | -7.2 |
"""
FUND_TABLES = """# 某某回报混合型证券投资基金2025年第2季度报告

## 3.1 主要财务指标

单位：人民币元

| 主要财务指标 | 报告期（2025年4月1日-2025年6月30日） |
|---|---|
| 本期利润 | 243,906,118.42 |

| 阶段 | 份额净值增长率① | 业绩比较基准收益率③ |
|---|---|---|
| 过去三个月 | 2.91% | 1.37% |
| 过去六个月 | 5.48% | 0.82% |
| 过去一年 | 14.26% | 9.85% |
| 自基金合同生效起至今 | 80.10% | 40.20% |

| 代码 | 行业类别 | 公允价值（元） | 占基金资产净值比例（%） |
|---|---|---|---|
| C | 制造业 | 2,584,117,402.30 | 29.99 |

| 季度 | 2Q25 | 3Q25E | 环比 |
|---|---|---|---|
| 营业收入（亿元） | 888.8 | 905.0 | 1.8% |
"""
MARKET_TABLE_CASES = [(MARKET_TABLES, *c) for c in [
    # a closing-date column is the values of its month; 周变动 / 月初以来 are the row's changes over the span
    ("1.78", dict(metric="10年期国债", subject=None, period="2025-11", kind="level")),
    ("-5.0", dict(metric="10年期国债", subject=None, kind="change", direction="down", baseline=None)),
    ("-7.2", dict(metric="10年期国债", kind="change", direction="down", period="2025-11")),
]] + [(FUND_TABLES, *c) for c in [
    # 报告期（dates）: the reporting period spelled out, a period column
    ("243,906,118.42", dict(metric="本期利润", period="2025Q2")),
    # a trailing span (过去三个月) names how long, not whose
    ("2.91%", dict(subject="某某回报混合型证券投资基金", period="2025Q2")),
    # the span back from the report's end: six months to June is H1; a year back reaches into 2024, no label
    ("5.48%", dict(period="2025H1")), ("14.26%", dict(period=None)), ("80.10%", dict(period=None)),
    # | 代码 | 行业类别 |: the code identifies the row, the next column names it
    ("2,584,117,402.30", dict(metric="公允价值", subject="制造业")),
    ("29.99", dict(metric="占基金资产净值比例", subject="制造业", kind="share")),
    # 3Q25E: the quarter's estimate, a period column (not FY2025E, not a measure)
    ("905.0", dict(metric="营业收入", period="2025Q3", kind="level")),
    ("1.8%", dict(metric="营业收入", period="2025Q3", kind="change", baseline="qoq")),
]]




def test_span_and_date_headers_leave_other_headers_alone():
    from pipelines.attribute.tables import _describes_change_only, column_period, relative_column

    assert column_period("2024年12月31日") == "2024" and column_period("6月30日") == "?-06"
    assert column_period("21日") is None and column_period("11月21日销量") is None
    assert _describes_change_only("周涨跌幅") and not _describes_change_only("本周")  # | 本周 | 上周 |: levels
    assert not _describes_change_only("周期") and not _describes_change_only("周末")
    assert relative_column("报告期（2025年4月1日-2025年6月30日）") == "@R"
    assert relative_column("报告期（亿元）") == "@R" and relative_column("营业收入（2025年）") is None


FUND_PROSE = ("# 某某混合型证券投资基金2025年第2季度报告\n\n"
              "二季度，4月初市场大幅调整，随后逐步修复，上证指数季度上涨3.26%，恒生指数上涨4.12%。"
              "本基金在4月上旬市场下跌过程中将股票仓位由72%提升至80%左右。"
              "截至季末，本基金股票仓位为79.6%，较上季末提高6.8个百分点。\n\n"
              "报告期末基金份额总额为67.50亿份。\n\n"
              "参考可比公司估值，给予公司2026年20倍PE。2024年公司给予员工奖励500万元。\n\n"
              "维持买入评级，目标价680港元，对应26年22倍PE。\n\n"
              "预计3Q25公司矿产铜产量约27.5万吨。全年矿产铜产量指引为115万吨。\n\n"
              "**价：金价同比大涨四成。**3Q25 LME铜均价9,797美元/吨；公司矿产金销售均价为780元/克。\n")
FUND_PROSE_CASES = [
    # a market's index is nobody's figure, not the fund's (the document's owner)
    ("4.12%", dict(metric="恒生指数", subject=None)),
    # 季度上涨 (over the quarter) in a quarterly report: the quarter, not the month named before; no metric word
    ("3.26%", dict(metric="上证指数", period="2025Q2")),
    # part of a month (上旬) and the disposal 将 after a period are no part of the metric
    # (…市场下跌过程中: a circumstance frame, 市场 owns nothing)
    ("72%", dict(metric="股票仓位", period="2025-04", kind="share", subject="某某混合型证券投资基金")),
    # 截至季末 opening a sentence of a quarterly report: the quarter, not the month mentioned before
    ("79.6%", dict(period="2025Q2")),
    ("6.8个百分点", dict(period="2025Q2", baseline="qoq")),
    ("67.50亿份", dict(metric="基金份额总额", period="2025Q2")),
    # a multiple given to a year's earnings (给予公司2026年20倍PE) values an estimate; 给予 after the year does not
    ("20倍", dict(metric="PE", period="FY2026E")),
    ("500万元", dict(period="2024")),
    ("22倍", dict(metric="PE", period="FY2026E")),  # 对应26年: a two-digit year of a multiple, an estimate
    # a company's guidance (指引) for a year is a forecast of it
    ("115万吨", dict(period="FY2025E")),
    ("约27.5万吨", dict(period="2025Q3")),  # a quarter's figure stays the quarter
    # a commodity's market price is nobody's; the company's own selling price is the company's; 大涨 is a verb
    ("四成", dict(metric="金价", subject=None, kind="change", direction="up")),
    ("9,797美元", dict(metric="LME铜均价", subject=None)),
    ("780元", dict(metric="矿产金销售均价", subject="某某混合型证券投资基金")),
]



def test_a_record_since_a_year_is_not_the_period():
    # 为2005年以来首次单月负增长: the year a record is counted from does not date what follows
    doc = _facts("# 10月金融数据点评\n\n2025年11月14日\n\n10月新增人民币贷款-1,500亿元，为2005年以来首次单月负增长，"
                 "同比少增6,500亿元。\n\n截至10月末，住户贷款余额约82.6万亿元。\n\n2024年以来，公司营收增长20%。\n")
    period = dict(zip(doc["quote"].to_list(), doc["period"].to_list()))
    assert period["6,500亿元"] == "2025-10" and period["约82.6万亿元"] == "2025-10"
    assert period["20%"] == "2024"  # a plain 以来 (since 2024) as before


def test_a_growth_rate_opening_a_forecast_owns_nothing():
    # 社融存量增速将回落至8.3%: 增速 ends a measure, so the phrase is no agent of 将 (its subject was the phrase)
    doc = _facts("# 点评\n\n我们预计社融存量增速将回落至8.3%左右。\n\n甲公司将营收提升至30亿元。\n")
    subject = dict(zip(doc["quote"].to_list(), doc["subject"].to_list()))
    assert subject["8.3%左右"] == "全国"  # not the phrase: a national indicator is the country's (macro_note)
    assert subject["30亿元"] == "甲公司"  # a company before 将 still owns the figure
    metric = dict(zip(doc["quote"].to_list(), doc["metric"].to_list()))
    assert metric["30亿元"] == "营收"  # the disposal 将 is no part of the measure


RESULTS_REVIEW = ("# 乙旅行（9999.HK）3Q25业绩点评\n\n"
                  "**事件**：公司3Q25实现净营收183.9亿元，同比+16%，略高于彭博一致预期（181.6亿元）。\n\n"
                  "**分业务**：住宿预订收入82.2亿元，同比+18%。出境酒店预订已恢复至2019年同期的120%以上。\n\n"
                  "**投资建议**：我们上调25-27年经调整归母净利润至183/201/226亿元（前值176/195/219亿元）。\n\n"
                  "公司2022-2024年营收分别为10/12/15亿元。\n")
RESULTS_REVIEW_CASES = [
    # the consensus figure in parentheses is the same measure's expected value
    ("181.6亿元", dict(metric="净营收", period="2025Q3")),
    # **分业务**： announces a breakdown, it is no segment; its members are (住宿预订 | 收入)
    ("82.2亿元", dict(subject="住宿预订", metric="收入")),
    # a recovery to a yardstick year (恢复至2019年同期): the year is the standard, not the period
    ("120%以上", dict(period="2025Q3")),
    # the years of a revised forecast (上调25-27年…) are estimates, and so are the previous values
    ("183", dict(period="FY2025E", metric="经调整归母净利润")),
    ("219亿元", dict(period="FY2027E")),
    ("15亿元", dict(period="2024")),  # a plain year range of reported figures
]


BOND_FUND = """# 某某纯债债券型证券投资基金2025年第3季度报告

截至本报告期末，本基金A类份额净值为1.0523元，本报告期A类份额净值增长率为-0.21%；同期业绩比较基准收益率为-0.58%。\
营收增速为-3.2%，利润增速为5%。

三季度债市先跌后稳。本基金在7月下旬降低组合久期，季末组合久期约2.8年，杠杆率维持在115%左右；城投债占比降至35%。\
8月下旬，组合杠杆率降至108%。

| 序号 | 债券代码 | 债券名称 | 公允价值（元） | 占基金资产净值比例（%） |
|---|---|---|---|---|
| 1 | 250205 | 25国开05 | 312,650,400.00 | 8.41 |

单位：份

| 项目 | 某某纯债A | 某某纯债C |
|---|---|---|
| 报告期期初基金份额总额 | 3,126,554,210.18 | 402,118,336.50 |
"""
BOND_FUND_CASES = [
    # a negative growth rate is a fall (增长率为-0.21%, 增速为-3.2%); a positive one a rise
    ("-0.21%", dict(kind="change", direction="down")),
    ("-3.2%", dict(kind="change", direction="down")),
    ("5%", dict(kind="change", direction="up")),
    # 同期业绩比较基准收益率: the benchmark's return over the same span, a level (no 同期/比较 comparison)
    ("-0.58%", dict(kind="level", metric="业绩比较基准收益率", baseline=None)),
    # a clause opening with 季末 after a month named earlier: the quarter, and so are the clauses after it
    ("约2.8年", dict(period="2025Q3")),
    ("115%左右", dict(period="2025Q3")),
    ("35%", dict(period="2025Q3")),
    ("108%", dict(period="2025-08")),  # a month named again is that month
    # | 序号 | 债券代码 | 债券名称 |: the name after the serial and the code columns
    ("312,650,400.00", dict(subject="25国开05", metric="公允价值")),
    # share-class columns own the rows' figures
    ("3,126,554,210.18", dict(subject="某某纯债A", metric="报告期期初基金份额总额")),
    ("402,118,336.50", dict(subject="某某纯债C")),
]


MACRO_NOTE = "# 10月经济数据点评\n\n2025年11月15日\n\n10月社零同比增长2.9%，较前值回落0.1个百分点；CPI同比上涨0.2%，前值-0.3%。\n"
MACRO_NOTE_CASES = [
    # a change against the previous value is of this month (较前值回落), the previous value itself of the month before
    ("0.1个百分点", dict(period="2025-10", kind="change", direction="down")),
    # a negative previous value of a change is a fall (was a level of -0.3)
    ("-0.3%", dict(period="2025-09", kind="change", direction="down", metric="CPI")),
]

VALUATION_NOTE = ("# 丙乳业（600999.SH）点评\n\n2025年10月30日\n\n3Q25归母净利润同比增长4.8%至36.3亿元。"
                  "我们上调目标价至35元（原32元），对应2026年PE 20倍。公司股息率4.6%。\n")
VALUATION_NOTE_CASES = [
    ("32元", dict(metric="目标价", period=None)),  # （原32元）: the previous target
    # the year a multiple values does not carry to the next sentence (was 2026)
    ("4.6%", dict(period="2025Q3")),
]

# Research notes, fund reports, bond weeklies and credit data: one document per style, the cases above.
STYLE_CASES = MARKET_TABLE_CASES + [(doc, *c) for doc, cases in (
    (FUND_PROSE, FUND_PROSE_CASES), (RESULTS_REVIEW, RESULTS_REVIEW_CASES), (BOND_FUND, BOND_FUND_CASES),
    (MACRO_NOTE, MACRO_NOTE_CASES), (VALUATION_NOTE, VALUATION_NOTE_CASES)) for c in cases]


@pytest.mark.parametrize("doc,quote,expected", STYLE_CASES, ids=[q for _, q, _ in STYLE_CASES])
def test_report_style_case(doc, quote, expected):
    _table_row(doc, quote, expected)


# --- operating bulletins, prospectuses, clinical releases, news flashes (session 7) ----------------------
OPERATING_SENTENCES = [
    # gapping: an owner and a bare copula before the figure leaves the measure out (甲…毛利率为30%，乙公司为25%)
    ("甲公司的毛利率为30%，乙公司为25%。", "25%", dict(metric="毛利率", subject="乙公司")),
    ("联合化疗组的中位无进展生存期为12.3个月，对照组为7.8个月。", "7.8个月",
     dict(metric="中位无进展生存期", subject="对照组", kind="level")),
    ("门店数为300家，门店为200家。", "200家", dict(metric="门店数")),  # a bare head is no new owner
    # 延长 is a change verb (延长至 reaches a level)
    ("中位总生存期达到21.6个月，较对照组延长5.4个月。", "5.4个月",
     dict(kind="change", direction="up", baseline="对照组", metric="中位总生存期")),
    ("合同期限延长至36个月。", "36个月", dict(kind="level", metric="合同期限")),
    # the part of a plan done: a share of the plan (X占Y keeps both)
    ("公司累计生产商品煤9,875万吨，完成年度产量计划的83%左右。", "83%左右", dict(kind="share", metric="年度产量计划")),
    ("网上销售占零售总额的8.2%。", "8.2%", dict(kind="share", metric="网上销售占零售总额")),
    # 主营业务 is the scope of a statement line, not a business unit; 主要系 (mainly because) opens a cause
    ("公司主营业务毛利率为56.08%。", "56.08%", dict(metric="主营业务毛利率", subject=None)),
    ("主要系耗材收入占比由31.5%提升至44.2%所致。", "31.5%", dict(kind="share", metric="耗材收入占比")),
    # a trial's control arm owns the measure after it (对照组 is no 对 "towards"); 例 counts the noun after it
    ("对照组客观缓解率为33.7%。", "33.7%", dict(subject="对照组", metric="客观缓解率")),
    ("该研究共入组86例患者。", "86例", dict(metric="患者")),
    # a weekly's day span after 本周 is adverbial (the scope opens the noun phrase); 周环比 is week on week
    ("本周（11.24-11.28）全国生猪均价为11.86元/公斤，周环比下跌2.9%。", "11.86元", dict(subject="全国", metric="生猪均价")),
    ("本周（11.24-11.28）全国生猪均价为11.86元/公斤，周环比下跌2.9%。", "2.9%",
     dict(kind="change", direction="down", baseline="上周", metric="生猪均价")),
    ("10月营收月环比增长3%，环比增长2%。", "3%", dict(baseline="上月")),
    ("10月营收月环比增长3%，环比增长2%。", "2%", dict(baseline="qoq")),
    # a bare place noun modifies a noun (地区航线: regional routes, which own their figures); a named place owns them
    ("地区航线客座率为79.5%。", "79.5%", dict(subject="地区航线", metric="客座率")),
    ("地区总收入为12亿元。", "12亿元", dict(subject=None)),
    # an aircraft type's dashed variant (B737-8) is no brand's model owning the count (小米SU7|交付量 is)
    ("公司本月引进B737-8飞机3架。", "3架", dict(metric="引进B737-8飞机数")),
    ("小米SU7交付量达2万辆。", "2万辆", dict(subject="小米SU7", metric="交付量")),
    # a lane's freight rate is the market's price: no route owns it
    ("欧洲航线运价为1,526美元/TEU。", "1,526美元", dict(subject=None, metric="欧洲航线运价")),
    ("华东地区收入为12亿元。", "12亿元", dict(subject="华东地区", metric="收入")),
    # coordinated owners, then the period where 的 would stand, then the measure they share
    ("中翔航空、东川航空、南岭航空10月客座率分别为85.1%、83.6%和84.2%。", "84.2%", dict(subject="南岭航空", metric="客座率")),
    ("中翔航空、东川航空、南岭航空10月客座率分别为85.1%、83.6%和84.2%。", "83.6%", dict(subject="东川航空", metric="客座率")),
]


@pytest.mark.parametrize("text,quote,expected", OPERATING_SENTENCES, ids=[f"{t[:12]}:{q}" for t, q, _ in OPERATING_SENTENCES])
def test_operating_sentence(text, quote, expected):
    row = _attribute(text)[quote]
    for name, want in expected.items():
        assert row[name] == want, f"{name}: want {want!r}, got {row[name]!r} ({row})"


OPERATING_BULLETIN = """晋源能源集团股份有限公司
2025年10月主要运营数据公告

一、煤炭业务

10月，公司商品煤产量1,026万吨，同比增长3.4%。

二、电力业务

10月，电力业务售电量同比增长5.9%。

三、港口业务

10月，公司散货吞吐量同比下降2.6%。

| 主要指标 | 2025年10月 | 同比变化 | 2025年1-10月 | 同比变化 |
|---|---|---|---|---|
| 商品煤产量（万吨） | 1,026 | 3.4% | 9,875 | 1.9% |
| 平均上网电价（元/千瓦时） | 0.412 | -3.7% | 0.418 | -2.9% |

| 运营指标 | 2025年10月 | 2025年累计 | 累计同比变动 |
|---|---|---|---|
| 旅客运输量（万人次） | 1,386.4 | 13,218.7 | 7.8% |
"""

OPERATING_BULLETIN_CASES = [
    # 公司 under a business heading is the company itself; the heading's business still owns its own sentences
    ("1,026万吨", dict(subject="晋源能源集团股份有限公司", metric="商品煤产量", period="2025-10")),
    ("5.9%", dict(subject="电力业务")),
    # (a table under a heading the bulletin calls 公司 under is the company's)
    ("-3.7%", dict(subject="晋源能源集团股份有限公司", metric="平均上网电价")),
    # a 同比 column is the change of the period column just before it, not of the first one
    ("1.9%", dict(period="2025-01~10", kind="change", baseline="yoy")),
    ("-2.9%", dict(period="2025-01~10", direction="down")),
    ("0.412", dict(unit="CNY", value=0.412, period="2025-10")),  # a price per 千瓦时 is money
    # | 2025年累计 | in a month's bulletin: the year up to the month
    ("13,218.7", dict(period="2025-01~10", unit="person")),
]


@pytest.mark.parametrize("quote,expected", OPERATING_BULLETIN_CASES, ids=[q for q, _ in OPERATING_BULLETIN_CASES])
def test_operating_bulletin(quote, expected):
    _table_row(OPERATING_BULLETIN, quote, expected)


PROSPECTUS = """# 瑞科医疗招股说明书摘要

报告期内，公司营业收入分别为48,215.36万元、61,732.80万元和79,046.52万元。

报告期内，公司营业收入和净利润分别为79,046.52万元和13,518.09万元。

报告期内，公司主营业务毛利率由52.17%提升至56.08%。

| 项目 | 2024年度 | 2023年度 | 2022年度 |
|---|---|---|---|
| 营业收入（万元） | 79,046.52 | 61,732.80 | 48,215.36 |
"""

FLASH_FILINGS = """# 证券时报e公司讯｜创新药企公布临床数据

2025年12月3日

华瑞药业公告称，其ADC药物的II期研究客观缓解率为62.8%。

科创板拟上市企业精测电子仪器的招股书显示，报告期各期末，公司存货分别为1.82亿元、2.45亿元和3.17亿元；同期经营活动现金流量净额分别为0.56亿元、0.91亿元和1.38亿元。

| 项目 | 2024年末 | 2023年末 | 2022年末 |
|---|---|---|---|
| 资产负债率 | 38.6% | 41.2% | 45.9% |
"""


@pytest.mark.parametrize("quote,expected", [
    ("62.8%", dict(subject="华瑞药业")),  # X公告称，其…: 其 is the company speaking of itself
    ("1.82亿元", dict(subject="科创板拟上市企业精测电子仪器", period="2022")),  # X的招股书显示: the issuer's figures
    ("0.91亿元", dict(period="2023", metric="经营活动现金流量净额")),  # 同期…分别: the report years again
])
def test_flash_filings(quote, expected):
    _table_row(FLASH_FILINGS, quote, expected)


PROSPECTUS_CASES = [
    # 报告期内…分别为A、B和C: the report's years, as its table's year columns name them
    ("48,215.36万元", dict(period="2022", metric="营业收入")),
    ("79,046.52万元", dict(period="2024")),
]


@pytest.mark.parametrize("quote,expected", PROSPECTUS_CASES, ids=[q for q, _ in PROSPECTUS_CASES])
def test_prospectus_report_years(quote, expected):
    facts = _facts(PROSPECTUS).filter(pl.col("line") == 3)
    row = facts.filter(pl.col("quote") == quote).row(0, named=True)
    for name, want in expected.items():
        assert row[name] == want, f"{name}: want {want!r}, got {row[name]!r}"


def test_prospectus_change_over_the_report_span():
    facts = _facts(PROSPECTUS).filter(pl.col("line") == 7)  # 报告期内…由A提升至B: the first and the last year
    assert dict(zip(facts["quote"], facts["period"])) == {"52.17%": "2022", "56.08%": "2024"}


def test_prospectus_coordinated_measures_are_not_spread_over_years():
    facts = _facts(PROSPECTUS).filter(pl.col("line") == 5)
    assert set(facts["period"].to_list()) != {"2023", "2024"}  # 营业收入和净利润分别为…: two measures, one period


CLINICAL = """# 恒康生物公布III期临床研究结果

| 疗效指标 | HK-101联合化疗组 | 安慰剂联合化疗组 |
|---|---|---|
| mPFS（月） | 12.3 | 7.8 |
| ORR（全人群） | 45.2% | 32.1% |
"""


@pytest.mark.parametrize("quote,expected", [
    # | 疗效指标 | arm | arm |: the label column says its rows are measures; the arms own the figures
    ("12.3", dict(unit="month", metric="mPFS", subject="HK-101联合化疗组")),
    ("32.1%", dict(metric="ORR", subject="安慰剂联合化疗组")),
])
def test_trial_arms_in_columns(quote, expected):
    _table_row(CLINICAL, quote, expected)


FLASH = """# 财联社早知道｜猪企11月销售数据

2025年11月28日 07:42

财联社11月28日电，牧丰股份11月销售生猪612.3万头，环比增长4.2%；商品猪销售均价13.85元/公斤。温禾食品同期销售肉猪298.6万头。新希农业11月销售生猪163.5万头。
"""


@pytest.mark.parametrize("quote,expected", [
    # a news outlet's column (财联社早知道｜) and dateline name who reports; a name before a month is an agent
    ("13.85元", dict(subject="牧丰股份", period="2025-11")),
    ("163.5万头", dict(subject="新希农业")),
    ("298.6万头", dict(subject="温禾食品", period="2025-11")),  # X同期…: a name in the period just stated
])
def test_news_flash_companies(quote, expected):
    _table_row(FLASH, quote, expected)


PROSPECTUS_INTERIM = """# 芯创科技招股说明书摘要

报告期各期，公司营业收入分别为3.26亿元、4.18亿元、5.37亿元和2.94亿元。报告期各期末，公司应收账款分别为1.05亿元、1.36亿元、1.71亿元和1.88亿元。

| 项目 | 2025年1-6月 | 2024年度 | 2023年度 | 2022年度 |
|---|---|---|---|---|
| 营业收入（亿元） | 2.94 | 5.37 | 4.18 | 3.26 |
"""


@pytest.mark.parametrize("quote,expected", [
    # four report periods, the last an interim (| 2025年1-6月 |); 各期末 is each period's end
    ("3.26亿元", dict(period="2022")),
    ("2.94亿元", dict(period="2025-01~06")),
    ("1.05亿元", dict(period="2022")),
    ("1.88亿元", dict(period="2025-06")),
])
def test_prospectus_interim_period(quote, expected):
    _table_row(PROSPECTUS_INTERIM, quote, expected)


SHIPPING_WEEKLY = """# 航运周报：集运运价止跌回升

**集运市场**：本周欧洲航线运价为1,526美元/TEU，较上周上涨5.2%。

**干散货市场**：干散货指数（BDI）周五收于2,587点，周环比上涨12.4%。

| 指数 | 本周 | 周环比 |
|---|---|---|
| CCFI（点） | 1,128.6 | 0.9% |
"""


@pytest.mark.parametrize("quote,expected", [
    # a weekly's market label is a topic, no owner; the day of a close is a time word; | 指数 | rows are measures
    ("1,526美元", dict(subject=None, metric="欧洲航线运价", unit="USD")),
    ("12.4%", dict(subject=None, metric="干散货指数（BDI）", baseline="上周")),
    ("0.9%", dict(metric="CCFI", kind="change", baseline="上周")),
])
def test_shipping_weekly(quote, expected):
    _table_row(SHIPPING_WEEKLY, quote, expected)


def test_prospectus_last_three_years():
    doc = ("# 芯创科技招股说明书摘要\n\n公司最近三年营业收入分别为3.26亿元、4.18亿元和5.37亿元。\n\n"
           "| 项目 | 2024年度 | 2023年度 | 2022年度 |\n|---|---|---|---|\n| 营业收入（亿元） | 5.37 | 4.18 | 3.26 |\n")
    facts = _facts(doc).filter(pl.col("line") == 3)  # 最近三年 is the report's years, as 报告期 is
    assert dict(zip(facts["quote"], facts["period"])) == {"3.26亿元": "2022", "4.18亿元": "2023", "5.37亿元": "2024"}


# A table whose first column is headed by an organisation word (| 公司 |) lists names: the prose's "X营业收入"
# is then X's 营业收入 (a measure word right after the name starts the measure). Without such a header the
# row labels teach nothing (| 品类 | lists no owners), and a document with no named agent gets no main
# subject from its table.
SECTOR_REVIEW = ("# 白酒行业前三季度回顾\n\n2025年前三季度，A股白酒板块合计实现营业收入3,342亿元，同比下降5.3%。"
                 "其中，贵州茅台营业收入1,309亿元，同比增长6.3%；五粮液营业收入609亿元，同比下降10.3%。\n\n"
                 "| 公司 | 前三季度营收（亿元） | 同比 |\n|---|---|---|\n| 贵州茅台 | 1309 | +6.3% |\n"
                 "| 五粮液 | 609 | -10.3% |\n")
CATEGORY_REVIEW = SECTOR_REVIEW.replace("| 公司 |", "| 品类 |")
TABLE_NAME_CASES = [
    (SECTOR_REVIEW, "1,309亿元", dict(subject="贵州茅台", metric="营业收入")),
    (SECTOR_REVIEW, "10.3%", dict(subject="五粮液", metric="营业收入")),
    (SECTOR_REVIEW, "3,342亿元", dict(subject="A股白酒板块")),
    (CATEGORY_REVIEW, "1,309亿元", dict(metric="贵州茅台营业收入")),
]


@pytest.mark.parametrize("doc,quote,expected", TABLE_NAME_CASES, ids=[f"{i}-{q}" for i, (_, q, _) in
                                                                       enumerate(TABLE_NAME_CASES)])
def test_a_table_of_companies_teaches_their_names(doc, quote, expected):
    _table_row(doc, quote, expected)


@pytest.mark.parametrize("text,quote,expected", [
    # a verb of placing (稳居, 跃居, 进入) is not part of the owner's name or of the ranking
    ("该品牌稳居行业前五。\n", "前五", dict(subject="该品牌", metric="行业")),
    ("甲公司在京东、天猫两大平台均进入品类前三名。\n", "前三名", dict(metric="品类")),
    ("该机型位列全球智能手机市场前三。\n", "前三", dict(metric="全球智能手机市场")),
])
def test_placing_verbs(text, quote, expected):
    _table_row(text, quote, expected)


def test_what_is_no_name_is_not_learned():
    """A figure in words (近七成订单实现…), a local scope (全市有效期内…), an announcement's 特此公告, data
    (具体财务数据以…为准) and a count (访港旅客人次持续增长) open clauses as agents do, but none is a name;
    a company's name before the same verbs still is (五粮液, with a numeral, too)."""
    from pipelines.attribute.subjects import learn_names
    texts = ["其中近七成订单实现当日或次日达。", "截至年末，全市有效期内高新技术企业3000余家。", "特此公告。",
             "具体财务数据以公司正式披露的2024年年报为准。", "访港旅客人次持续增长。",
             "五粮液实现营业收入609亿元。", "甲科技2024年营收12亿元。"]
    assert learn_names(texts) == ["五粮液", "甲科技"]


def test_a_figure_in_words_does_not_own_itself():
    facts = _facts("# 京东618战报\n\n京东数据显示，三线及以下城市成交额同比增长25%；农产品成交额同比增长40%，"
                   "其中近七成订单实现当日或次日达。\n")
    assert facts.filter(pl.col("quote") == "近七成")["subject"].to_list() == ["京东"]


@pytest.mark.parametrize("text,quote,expected", [
    # a growth rate "forecast to be" is still a growth rate
    ("# 乙银行点评\n\n我们维持公司2025-2027年归母净利润增速预测为1.1%/3.4%/4.6%。\n", "3.4%",
     dict(kind="change", direction="up", metric="归母净利润增速", period="FY2026E")),
    # the year a multiple values, written between the multiple and its name: the multiple's name and that year
    ("# 乙银行点评\n\n2025年三季报。当前股价对应0.55倍25年PB，维持评级。\n", "0.55倍", dict(metric="PB", period="FY2025E")),
    ("# 丙公司点评\n\n2025年三季报。当前股价对应20x 2026E PE。\n", "20x", dict(metric="PE", period="FY2026E")),
    # counter-case: a multiple with no year after it keeps the period the text gives it
    ("# 丙公司点评\n\n对应2026年PE 20倍。\n", "20倍", dict(metric="PE", period="FY2026E")),
])
def test_research_note_forecasts_and_multiples(text, quote, expected):
    _table_row(text, quote, expected)


def test_a_table_of_months_dates_its_rows():
    """| 8月 | 199.4 |: a row labelled by a month (or a span of months) without its year is that month of the
    table's year, and the figures stay the document's scope's (the month is no owner)."""
    doc = ("# 2025年10月全国乘用车市场分析\n\n10月全国乘用车市场零售224.6万辆，同比下降0.8%。\n\n"
           "| 月份 | 零售（万辆） | 同比 |\n|---|---|---|\n| 8月 | 199.4 | 4.6% |\n| 1-10月 | 1925.8 | 7.2% |\n")
    assert _table_row(doc, "199.4", dict(period="2025-08", subject="全国", metric="零售"))
    assert _table_row(doc, "7.2%", dict(period="2025-01~10", subject="全国", kind="change"))


@pytest.mark.parametrize("text,quote,period", [
    # 今年以来 / 年初至今 in a report on a month or a quarter: from January to it
    ("# 2025年10月乘用车市场分析\n\n10月乘用车零售224.6万辆。今年以来累计零售1,925.8万辆，同比增长7.2%。\n",
     "1,925.8万辆", "2025-01~10"),
    ("# 甲公司2025年三季报\n\n2025年第三季度，公司营收10亿元。年初至今，公司累计回购股份2,000万股。\n",
     "2,000万股", "2025-01~09"),
    # counter-cases: the month itself, and a period named after the phrase
    ("# 2025年10月乘用车市场分析\n\n10月乘用车零售224.6万辆。今年以来累计零售1,925.8万辆。\n", "224.6万辆", "2025-10"),
    ("# 2025年10月乘用车市场分析\n\n今年以来市场回暖，10月乘用车零售224.6万辆。\n", "224.6万辆", "2025-10"),
])
def test_since_the_start_of_the_year(text, quote, period):
    _table_row(text, quote, dict(period=period))


def test_a_revised_forecast_after_the_disposal_jiang():
    """我们将FY25E/FY26E收入预测上调3%/4%至RMB 330bn/368bn: 将 opens its object, whose years are periods (the
    metric is 收入, not FY25E/FY26E收入), and the list's members take the years in turn."""
    doc = "# 己科技（9999.HK）点评\n\n3Q25收入RMB 86.5bn。我们将FY25E/FY26E收入预测上调3%/4%至RMB 330bn/368bn。\n"
    _table_row(doc, "4%", dict(metric="收入", period="FY2026E", kind="change"))
    _table_row(doc, "368bn", dict(metric="收入", period="FY2026E", kind="level", unit="CNY"))


def test_a_period_table_of_members_gives_each_row_its_member():
    """| 類別 | 2024年10月（億港元） | 按年變動 |: the rows are members of a breakdown (the header says so), each the
    subject of its figures; the rows name no measure, so none is made up from the label. Under a heading that
    names the measure, it is the metric; a table whose first header is a measure axis (| 项目 |) is unchanged."""
    table = "| {head} | 2024年10月（億港元） | 按年變動 |\n|---|---|---|\n| 百貨公司貨品 | 26.3 | -9.8% |\n"
    doc = "# 本港10月零售額\n\n2024年10月零售業總銷貨價值為305億港元。\n\n"
    _table_row(doc + table.format(head="類別"), "26.3", dict(subject="百貨公司貨品", metric=None, period="2024-10"))
    _table_row(doc + table.format(head="類別"), "-9.8%", dict(subject="百貨公司貨品", kind="change", baseline="yoy"))
    _table_row(doc + "## 零售額\n\n" + table.format(head="類別"), "26.3", dict(subject="百貨公司貨品", metric="零售額"))
    _table_row(doc + table.format(head="項目"), "26.3", dict(metric="百貨公司貨品"))


def test_an_announcements_opening_and_its_board():
    """甲公司（以下简称"公司"）…: the aside is not part of the owner (was 甲公司（); 全体董事审议通过…: the board
    deciding is the company's organ, not an owner of the votes."""
    doc = ("# 甲科技股份有限公司董事会决议公告\n\n甲科技股份有限公司（以下简称\"公司\"）第三届董事会第九次会议于2025年3月18日"
           "召开，会议应出席董事9名。全体董事审议通过了以下议案，表决结果为：同意9票，反对0票。\n")
    _table_row(doc, "9名", dict(subject="甲科技股份有限公司"))
    _table_row(doc, "9票", dict(subject="甲科技股份有限公司", metric="同意"))


def test_a_copula_clause_names_no_measure():
    """…影响金额约为3,000万元，主要为政府补助及理财收益，上年同期为2,260万元: the clause after the figure says what
    the amount consists of; the year-back value is of the same measure (was 主要为政府 | 补助及理财收益)."""
    got = _attribute("非经常性损益对净利润的影响金额约为3,000万元，主要为政府补助及理财收益，上年同期为2,260万元。")
    assert got["2,260万元"]["metric"] == "非经常性损益对净利润的影响金额"
    assert got["2,260万元"]["subject"] is None
    # a figure-less clause naming a measure still names it (京东的毛利率最低，仅为15.9%)
    assert _attribute("京东的毛利率最低，仅为15.9%。")["15.9%"]["metric"] == "毛利率"


@pytest.mark.parametrize("np,expected", [
    # a name in quotation marks right before a measure owns it (an area is a measure too)
    ("香港写字楼「华润大厦」出租率", ("华润大厦", "出租率")),
    ("旗舰店“星光天地”销售额", ("星光天地", "销售额")),
    # counter-cases: a quoted period or event is no owner; a verb after the quotation is no measure
    ("“双11”期间销售额", (None, "“双11”期间销售额")),
])
def test_a_quoted_name_owns_the_measure_after_it(np, expected):
    from pipelines.attribute.subjects import split_np
    assert split_np(np, ())[:2] == expected


def test_a_clause_naming_a_quoted_building_gives_its_rate_an_owner():
    doc = ("# 甲置业2025年中期业绩\n\n2025年上半年，甲置业收入100亿元。香港寫字樓「甲大廈」可出租面積約85萬平方呎，"
           "出租率為88%，較2024年底下降3個百分點。\n")
    _table_row(doc, "88%", dict(subject="甲大廈", metric="出租率"))


def test_a_phrase_with_de_between_two_figures_names_the_later_one():
    """总股本64,200万股扣减回购专用证券账户中的200万股: the 的-phrase after the first figure names the second (its
    metric no longer reaches back over 64,200万股); 从X跌至年末的Y is still one measure's two values."""
    got = _attribute("以公司当前总股本64,200万股扣减回购专用证券账户中的200万股为基数。")
    assert got["200万股"]["metric"] == "扣减回购专用证券账户中"
    got = _attribute("多晶硅价格从6.5万元/吨跌至年末的3.9万元/吨。")
    assert got["3.9万元"]["metric"] == "多晶硅价格"


def test_a_figure_less_clause_naming_a_share():
    """其中25-34岁人群占比最高，达41.5%: the clause before names the measure (a share) of the figure after it."""
    got = _attribute("67.3%的受访者每周至少喝一杯咖啡，较2024年提升5.2个百分点；其中25-34岁人群占比最高，达41.5%。")
    assert (got["41.5%"]["metric"], got["41.5%"]["kind"]) == ("25-34岁人群占比", "share")


def test_a_ranking_table_with_its_places_first():
    """| 排名 | 品牌 | 出货量 | 市场份额 | 同比增长 |: the places come first, so the brand names the rows (its figures
    and its place are its own); a growth in percent after a share column is the growth of the volume before it."""
    doc = ("# 2025年第三季度平板电脑市场\n\n第三季度出货量约为780万台。\n\n| 排名 | 品牌 | 出货量（万台） | 市场份额 | 同比增长 |\n"
           "|---|---|---|---|---|\n| 1 | 华为 | 252.7 | 32.4% | 15.3% |\n| 2 | 苹果 | 185.6 | 23.8% | -2.1% |\n")
    _table_row(doc, "1", dict(unit="rank", subject="华为", metric="排名"))
    _table_row(doc, "185.6", dict(subject="苹果", metric="出货量"))
    _table_row(doc, "15.3%", dict(subject="华为", metric="出货量", kind="change"))
    # counter-case: a change in percentage points after a share column is the share's
    doc2 = doc.replace("15.3%", "1.2个百分点").replace("-2.1%", "-0.3个百分点")
    _table_row(doc2, "1.2个百分点", dict(metric="市场份额", kind="change"))


def test_owners_placed_in_turn():
    """苹果和小米分列第二、三位: the owners before 分列 take the places in turn, in the ranking the sentence named."""
    got = _attribute("华为以32.4%的市场份额位居第一，苹果和小米分列第二、三位。")
    assert (got["第二"]["subject"], got["第二"]["metric"]) == ("苹果", "市场份额")
    assert (got["三位"]["subject"], got["三位"]["metric"]) == ("小米", "市场份额")


def test_a_short_name_the_document_defines():
    """悅匯房地產投資信託基金（「悅匯房託」）: the short name is a name, and a figure it owns is the full name's when
    the document goes by the full name (its title's); a holder's alias (海川投资) stays as the document uses it."""
    from pipelines.attribute.subjects import aliases
    assert aliases(["乙房地产投资信托基金(「乙房托」)今日公布", "甲集团有限公司(以下简称“甲集团”)增持",
                    "澜芯科技股份有限公司(以下简称\"公司\")召开"]) == {"乙房托": "乙房地产投资信托基金", "甲集团": "甲集团有限公司"}
    doc = ("# 悅匯房地產投資信託基金2025年第三季度營運摘要\n\n悅匯房地產投資信託基金（「悅匯房託」）今日公布營運數據。\n\n"
           "截至2025年9月30日，悅匯房託共持有物業14項，總估值約為港幣652億元。\n")
    _table_row(doc, "14項", dict(subject="悅匯房地產投資信託基金", metric="持有物業數"))


@pytest.mark.parametrize("np,owner", [
    # a unit or brand word, then the unit's Latin name in apposition: the name owns what follows
    ("海外业务Keeta已进入中东", "Keeta"),
    ("外卖品牌Keeta订单量", "Keeta"),
    # counter-case: a unit with no name after it owns its measure itself
    ("海外业务收入", "海外业务"),
])
def test_a_units_name_in_apposition(np, owner):
    from pipelines.attribute.subjects import split_np
    assert split_np(np, ())[0] == owner


# --- Taiwan statistics releases, a financial holding's self-settled earnings, a Taiwanese broker's note -------
TW_STATS = ("# 主計總處：第3季經濟成長率概估7.64%\n\n"
            "行政院主計總處昨（28）日發布114年第3季GDP概估統計，第3季經濟成長率為7.64%，較8月預測數上修1.70個百分點，"
            "為2021年第2季以來最高。\n\n"
            "主計總處同步預測114年全年經濟成長率為4.45%；115年經濟成長率預測為2.81%。\n\n"
            "9月CPI年增1.25%。主計總處預估全年CPI年增1.88%。\n\n"
            "| 項目 | 114年第2季 | 114年第3季 |\n|---|---|---|\n| 民間消費（年增率，%） | 2.00 | 0.84 |\n"
            "| 商品及服務輸出年增率（%） | 25.01 | 29.06 |\n")
TW_STATS_CASES = [
    # a statistics office in the title label publishes the figures, owns none (was 主計總處 on every row)
    # the document's first date is a Minguo year (114年第3季), not the later 2021年 a record is set against
    ("1.70個百分點", dict(period="2025Q3", baseline="8月預測數", subject=None, metric="經濟成長率")),
    # (a standard in the document's characters)
    ("4.45%", dict(kind="change", period="FY2025E")),  # 成長率 is a rate of growth, 預測為 keeps it one
    ("2.81%", dict(kind="change", period="FY2026E")),  # a bare Minguo year opening a clause (115年)
    ("1.25%", dict(period="2025-09", subject=None)),  # (not 2026: the forecast's year is not the running year)
    ("1.88%", dict(metric="CPI", subject=None)),  # 主計總處預估: the office stating is no part of the measure
    ("0.84", dict(kind="change", baseline="yoy", metric="民間消費", period="2025Q3")),  # （年增率，%）
    ("29.06", dict(kind="change", baseline="yoy", metric="商品及服務輸出")),  # 年增率 is no part of the measure
]

TW_HOLDING = ("# 甲金10月自結獲利68.2億元\n\n"
              "甲金控公布2025年10月自結稅後淨利68.2億元，月增12.6%；累計前10月稅後淨利446.7億元，年增28.9%。"
              "乙人壽10月稅後淨利39.5億元，累計前10月為251.3億元，年增41.2%。\n\n"
              "| 公司 | 10月稅後淨利（億元） | 前10月累計（億元） | 累計年增率 |\n|---|---|---|---|\n"
              "| 甲金控 | 68.2 | 446.5 | 28.7% |\n")
TW_HOLDING_CASES = [
    ("251.3億元", dict(metric="稅後淨利", period="2025-01~10")),  # 累計前10月為: a span names no measure
    ("41.2%", dict(metric="稅後淨利", kind="change", baseline="yoy")),
    ("446.5", dict(metric="稅後淨利", period="2025-01~10")),  # | 前10月累計 |: the measure of the column before
    ("28.7%", dict(metric="稅後淨利", kind="change", baseline="yoy")),  # | 累計年增率 |
]

TW_NOTE = ("# 丙投顧：丁科技（6531）調升評等至買進 目標價上調至1,280元\n\n"
           "目標價由980元上調至1,280元，係以2026年預估EPS 42.6元、給予30倍本益比計算，較11月14日收盤價1,055元仍有21%上漲空間。"
           "我們上修2025/2026年EPS預估至39.85/42.60元。目前本益比24.8倍。\n")
TW_NOTE_CASES = [
    # the listed company after the colon is what the note covers; the house before it writes (was 丙投顧)
    ("42.6元", dict(subject="丁科技", metric="EPS", period="FY2026E")),  # (係以: "is computed on", no name)
    ("30倍", dict(metric="本益比")),  # Taiwan's P/E: 本 is no anaphor, 比 no comparator
    ("24.8倍", dict(metric="本益比", subject="丁科技")),
    ("21%", dict(baseline="11月14日收盤價")),  # the standard's own value (1,055元仍) is no part of it
    ("39.85", dict(subject="丁科技", period="FY2025E")),  # 上修: the analyst revising (as 上调), no name
]
COUNTER_NOTE = "# 戊公司（300750.SZ）：Q3盈利超预期\n\n公司3Q25营收较上年同期的100亿元增长20%。\n"
COUNTER_NOTE_CASES = [
    ("20%", dict(subject="戊公司", baseline="yoy")),  # a code before the colon: the name before it
]

TW_STYLE_CASES = [(doc, *c) for doc, cases in (
    (TW_STATS, TW_STATS_CASES), (TW_HOLDING, TW_HOLDING_CASES), (TW_NOTE, TW_NOTE_CASES),
    (COUNTER_NOTE, COUNTER_NOTE_CASES)) for c in cases]


@pytest.mark.parametrize("doc,quote,expected", TW_STYLE_CASES, ids=[q for _, q, _ in TW_STYLE_CASES])
def test_taiwan_release_and_note_case(doc, quote, expected):
    _table_row(doc, quote, expected)


def test_a_statistics_office_in_a_simplified_release_is_no_owner():
    facts = _facts("# 国家统计局：10月CPI同比上涨0.2%\n\n10月份，全国居民消费价格同比上涨0.2%。\n")
    assert set(facts["subject"].to_list()) <= {None, "全国"}


def test_a_column_summing_a_span_names_no_measure_of_its_own():
    from pipelines.attribute.tables import _accumulated_only

    assert _accumulated_only("前10月累計（億元）") and _accumulated_only("累計年增率") and _accumulated_only("1-10月累计同比")
    # counter-cases: a total column, a measure that is summed
    assert not _accumulated_only("合計") and not _accumulated_only("累计") and not _accumulated_only("累计销量")


@pytest.mark.parametrize("text,quote,expected", [
    # what lasts follows the duration (huaxi's 位于荣枯线以下); counter-case: the verb before it (生鲜乳…连续下跌)
    ("10月外銷訂單金額為623.5億美元，連續9個月正成長，創歷年單月新高。", "9個月", dict(metric="正成長")),
    ("生鲜乳收购价已连续下跌超过30个月。", "超过30个月", dict(metric="生鲜乳收购价连续下跌")),
    # a headline's figure ends what owns the next figure (was 营收68.2亿元 as the owner of EPS)
    ("甲公司10月营收68.2亿元 前10月EPS 3.41元", "3.41元", dict(metric="EPS", subject="甲公司")),
    ("甲金控9月獲利年增逾4成 前9月EPS 2.86元", "2.86元", dict(metric="EPS", subject="甲金控")),  # (成 ends a figure)
    ("美团2024年全年营收3000亿元。", "3000亿元", dict(metric="营收", subject="美团")),  # counter-case
    # a parallel clause leaves out the standard it shares (出口…較上年同期增加33.5%；進口…，增加25.4%)
    ("出口5,278.9億美元，較上年同期增加33.5%；進口4,012.3億美元，增加25.4%。", "25.4%",
     dict(metric="進口", baseline="yoy")),
    ("公司营收100亿元，增长10%。", "10%", dict(metric="营收", baseline=None)),  # counter-case: no standard stated
    # what stands before an equating verb (股價相當於…) is no owner (was 股價相當)
    ("目前股價相當於2026年預估本益比24.8倍。", "24.8倍", dict(metric="本益比", subject=None)),
    # a month or quarter named in Chinese numerals, then a verb: no compressed comparator (was 上月)
    ("並計劃於十二月增加每週約40班航班。", "約40班", dict(kind="change", baseline=None)),
    ("營收季增5%，年增10%。", "5%", dict(baseline="qoq")),  # counter-case: 季增 itself
])
def test_streak_and_headline_case(text, quote, expected):
    row = _attribute(text)[quote]
    for name, want in expected.items():
        assert row[name] == want, f"{name}: want {want!r}, got {row[name]!r} ({row})"


@pytest.mark.parametrize("text,quote,expected", [
    # 較第三季 of a fourth quarter's figure is the quarter before (qoq); of a month's, the phrase
    ("# 甲面板\n\n2024年第三季出貨持平。業界預期，第四季面板出貨將較第三季減少5%至10%。\n", "10%",
     dict(baseline="qoq", period="2024Q4")),
    ("# 甲精密11月營收\n\n2024年11月營收占比已提升至約45%，較第三季增加5個百分點。\n", "5個百分點",
     dict(baseline="第三季")),
])
def test_a_quarter_compared_with_the_one_before(text, quote, expected):
    _table_row(text, quote, expected)


LISTED_PERIODS = ("# 甲醫療 全球發售\n\n我們於2022年及2023年分別錄得年內虧損人民幣86.4百萬元及人民幣23.7百萬元。"
                  "公司2022年和2023年营收分别为10亿元和12亿元。2024年，公司营收和利润分别为15亿元和2亿元。\n\n"
                  "| 項目 | 數據 |\n|---|---|\n| 最高發售價 | 每股H股28.60港元 |\n")
LISTED_PERIODS_CASES = [
    # periods listed as the figures are, in order (both were 2023, the last year named)
    ("人民幣86.4百萬元", dict(period="2022")), ("人民幣23.7百萬元", dict(period="2023")),
    ("10亿元", dict(period="2022")), ("12亿元", dict(period="2023")),
    ("2亿元", dict(period="2024")),  # counter-case: one year, a list of measures
    # | 項目 | 數據 |: a fact sheet's value column; the row names the measure (was 數據 / 每股H股)
    ("28.60港元", dict(metric="最高發售價")),
]


@pytest.mark.parametrize("quote,expected", LISTED_PERIODS_CASES, ids=[q for q, _ in LISTED_PERIODS_CASES])
def test_listed_periods_and_fact_sheet(quote, expected):
    _table_row(LISTED_PERIODS, quote, expected)


TW_CUSTOMS = ("# 財政部：10月出口年增49.7%\n\n"
              "財政部今日公布114年10月海關進出口貿易統計，10月出口618.2億美元，較上年同月增加49.7%；出超191.7億美元。\n\n"
              "| 項目 | 10月（億美元） | 年增率（%） | 1-10月（億美元） |\n|---|---|---|---|\n"
              "| 進口 | 426.5 | 31.2 | 4,012.3 |\n")
TW_NOTE_2 = ("# 己投顧：庚電（3491）獲利優於預期 維持買進\n\n"
             "庚電3Q25 EPS 6.85元，累計前3季EPS達17.92元，已超越2024年全年的16.40元。\n\n"
             "我們調升2025/2026年營收預估至335.8/402.6億元，以2026年EPS給予28.5倍本益比，目標價上調至850元，"
             "較前一交易日收盤價712元仍有19.4%上漲空間。2024年，公司以2024年EPS給予員工獎金1億元。\n")
ROUND_2_CASES = [(doc, *c) for doc, cases in ((TW_CUSTOMS, [
    ("618.2億美元", dict(subject=None, metric="出口", period="2025-10")),  # a finance ministry publishes, owns nothing
    ("191.7億美元", dict(metric="出超")),  # a trade surplus (出超 is no 出 + 超)
    # | 10月（億美元） |: a month in a unit is a period column, the rows name the measures (was no metric)
    ("426.5", dict(metric="進口", subject=None, period="2025-10")),
    ("4,012.3", dict(metric="進口", period="2025-01~10")),
]), (TW_NOTE_2, [
    ("16.40元", dict(metric="EPS", period="2024")),  # 已超越X的: X's own value of the same measure
    ("335.8", dict(subject="庚電", period="FY2025E")),  # 調升: the analyst revising, no name
    ("28.5倍", dict(metric="本益比", period="FY2026E")),  # 以2026年EPS給予N倍: the year valued
    ("712元", dict(metric="收盤價", kind="level")),  # 較…收盤價712元: the price compared with
    ("1億元", dict(period="2024")),  # counter-case: no multiple given, no valuation year
])) for c in cases]


@pytest.mark.parametrize("doc,quote,expected", ROUND_2_CASES, ids=[q for _, q, _ in ROUND_2_CASES])
def test_customs_release_and_second_note(doc, quote, expected):
    _table_row(doc, quote, expected)


def test_a_semicolon_list_shares_its_standard():
    # 销售面积…同比下降12.9%；销售额9.67万亿元，下降17.1%: the ；-sentence leaves out the standard it shares
    facts = _facts("2024年，全国新建商品房销售面积9.7亿平方米，同比下降12.9%；销售额9.67万亿元，下降17.1%。"
                   "利润20亿元。增长5%。\n")
    rows = {r["quote"]: r for r in facts.iter_rows(named=True)}
    assert rows["17.1%"]["baseline"] == "yoy"
    assert rows["5%"]["baseline"] is None  # counter-case: a new sentence after 。 states no standard


def test_demand_is_no_owner():
    # 「…十二月的需求將維持穩健，並計劃…增加每週約40班航班」: demand is a theme, the company plans (was 需求)
    text = ("# 甲航空十月份運輸量\n\n甲航空十月份載客約248萬人次。\n\n甲航空總經理表示：「十月份旅客外遊需求暢旺，"
            "前往日本的航班載客量按年上升逾三成。我們預期十二月的需求將維持穩健，並計劃於十二月增加每週約40班航班。」\n")
    rows = {r["quote"]: r for r in _facts(text).iter_rows(named=True)}
    assert rows["約40班"]["subject"] != "需求"


def test_the_same_span_a_year_back_is_the_span_the_sentence_stated():
    # 截至2025年6月30日止六個月，…較2024年同期的X: X is 2024H1 even after a sentence on a year (was 2025H1)
    text = ("# 甲\n\n公司2024年收益为10亿元。截至2025年6月30日止六個月，我們的收益為人民幣465.2百萬元，"
            "較2024年同期的人民幣372.8百萬元增加24.8%。\n")
    rows = {r["quote"]: r for r in _facts(text).iter_rows(named=True)}
    assert rows["人民幣372.8百萬元"]["period"] == "2024H1" and rows["24.8%"]["period"] == "2025H1"
    assert rows["10亿元"]["period"] == "2024"  # counter-case: the year's figure before


@pytest.mark.parametrize("text,quote,expected", [
    # 出让金 / 转让 are no causatives (让 'make'): the land-transfer fee is the measure
    ("土地出让金合计1,286亿元。", "1,286亿元", dict(metric="土地出让金")),
    # a deal at a price: the thing dealt or the buyer owns the price
    ("杭州一宗地块以总价58.6亿元成交。", "58.6亿元", dict(metric="总价", subject="杭州一宗地块")),
    ("甲公司以约3.2亿元的对价收购乙公司。", "约3.2亿元", dict(metric="对价", subject="甲公司")),
    # a record set in the clause before names the measure of the figure after it
    ("溢价率达28.3%，楼面价创区域新高，达每平方米4.2万元。", "4.2万元", dict(metric="楼面价")),
    # counter-case: a share a rank is won with is still read as before
    ("吉利汽车以9.7%的市场份额位居第二。", "9.7%", dict(metric="市场份额", subject="吉利汽车")),
])
def test_land_and_deal_prices(text, quote, expected):
    row = _attribute(text)[quote]
    assert {k: row[k] for k in expected} == expected


def test_a_count_classifier_names_the_noun_after_it():
    """共錄得38宗二手成交: 宗 (and 笔, 伙) count the noun after them, the measure (was 十大屋苑)."""
    assert _attribute("上周十大屋苑共錄得38宗二手成交。")["38宗"]["metric"] == "二手成交"


def test_a_time_or_condition_is_no_topic():
    """扣除发行费用后将全部用于以下项目：…: a clause ending in 后/时/期间 states when, not who."""
    doc = ("# 寅科技可转债预案\n\n本次拟发行可转换公司债券募集资金总额不超过人民币18.5亿元（含本数），扣除发行费用后将全部"
           "用于以下项目：补充流动资金拟投入5.5亿元。本次可转债期限为自发行之日起6年。\n")
    assert _facts(doc).filter(pl.col("quote") == "5.5亿元")["subject"].to_list() == [None]


@pytest.mark.parametrize("head,period", [
    # the label column's header names the span each year column covers
    ("截至六月三十日止六個月", "2025H1"),
    ("截至9月30日止九个月", "2025-01~09"),
    ("截至十二月三十一日止年度", "2025"),
    # counter-case: a plain label header leaves the years whole
    ("項目", "2025"),
])
def test_a_year_column_under_a_span_header(head, period):
    doc = (f"# 卯控股業績公告\n\n| {head} | 二零二五年 | 二零二四年 | 變動 |\n|---|---|---|---|\n"
           "| 收益（百萬港元） | 3,256 | 2,980 | +9.3% |\n")
    _table_row(doc, "3,256", dict(period=period))
    _table_row(doc, "+9.3%", dict(period=period, kind="change"))


def test_a_profit_warning():
    """巳集團盈利警告: the title names the company (not the warning); a standard naming the same span a year back
    is yoy, without the qualifier of its value (was 截至…止六個月約); the causes after 主要由於 are each their own
    measure, joined by 及."""
    doc = ("# 巳集團盈利警告\n\n根據對本集團截至二零二五年六月三十日止六個月未經審核綜合管理賬目之初步評估，本集團預期將錄得"
           "股東應佔溢利約人民幣1.2億元至1.5億元，較截至二零二四年六月三十日止六個月約人民幣2.8億元減少約46%至57%。"
           "溢利減少主要由於收益下降約18%及毛利率收窄約3.5個百分點所致。\n")
    _table_row(doc, "約人民幣1.2億元", dict(subject="巳集團", period="2025H1"))
    _table_row(doc, "約46%", dict(baseline="yoy", kind="change", direction="down"))
    _table_row(doc, "約18%", dict(metric="收益"))
    _table_row(doc, "約3.5個百分點", dict(metric="毛利率"))
    # counter-case: a list of two figures joined by 和 keeps its one measure
    assert _attribute("营收占比从12%和13%提升。")["13%"]["metric"] == _attribute("营收占比从12%和13%提升。")["12%"]["metric"]


def test_a_list_of_targets_across_semicolons():
    """2025年发展主要预期目标是：A；B；C。: every item of the list the colon opens is the year's target (FY2025E); the
    sentence after the list is the year's; a ；-sentence after a forecast with no list is not a forecast."""
    doc = ("# 2025年政府工作报告摘要\n\n2025年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；"
           "居民消费价格涨幅2%左右。赤字率拟按4%左右安排。\n")
    _table_row(doc, "5.5%左右", dict(period="FY2025E"))
    _table_row(doc, "2%左右", dict(period="FY2025E"))
    _table_row(doc, "4%左右", dict(period="2025"))
    doc2 = "# 甲公司2025年三季报\n\n公司预计，2025年全年研发投入将超过300亿元；管理层表示，海外收入占比已提升至近三成。\n"
    assert _table_row(doc2, "近三成", {})["period"] != "FY2025E"


@pytest.mark.parametrize("np,expected", [
    # 的 inside a word is no possessive
    ("波罗的海干散货指数", (None, "波罗的海干散货指数")),
    ("京东物流的营业收入", ("京东物流", "营业收入")),
])
def test_de_inside_a_word(np, expected):
    from pipelines.attribute.subjects import split_np
    assert split_np(np, ())[:2] == expected


def test_a_baltic_index_against_last_week():
    got = _attribute("本周，波罗的海干散货指数收于1,520点，周环比上涨5.2%。")
    assert got["5.2%"]["metric"] == "波罗的海干散货指数"


def test_a_customs_release_by_goods():
    """財政部10月海關進出口貿易統計: the ministry publishing owns none of the figures; 按貨品觀察 opens a breakdown
    by goods, each good owning its exports."""
    doc = ("# 財政部10月海關進出口貿易統計\n\n10月出口總值達459.2億美元，年增49.7%。按貨品觀察，資通與視聽產品出口288.4億美元，"
           "年增127.3%；電子零組件出口95.3億美元，年增18.1%。\n")
    _table_row(doc, "459.2億美元", dict(subject=None, metric="出口總值"))
    _table_row(doc, "288.4億美元", dict(subject="資通與視聽產品", metric="出口"))
    _table_row(doc, "18.1%", dict(subject="電子零組件", metric="出口", kind="change"))


@pytest.mark.parametrize("text,quote,expected", [
    # the market a place is in is the ranking (于/在 … 市场/行业 排名); 于中国 is no frame 于…中
    ("卯醫療於中國骨科手術機器人市場排名第三。", "第三", dict(metric="中國骨科手術機器人市場", subject="卯醫療")),
    ("甲公司在国内乳制品行业中排名第二。", "第二", dict(metric="国内乳制品行业", subject="甲公司")),
    # counter-case: a ranking named after the verb stays
    ("乙公司排名行业第一。", "第一", dict(metric="行业", subject="乙公司")),
])
def test_the_market_a_place_is_in(text, quote, expected):
    row = _attribute(text)[quote]
    assert {k: row[k] for k in expected} == expected


def test_taiwanese_news_bylines_days_and_descriptions():
    """【記者…／台北報導】, 今（10）日 and a description before the name (晶圓代工龍頭, 網通設備廠) are no part of the
    owner; a title that only describes the company (晶圓代工龍頭10月營收創新高) stands for the one the body names."""
    doc = ("# 晶圓代工龍頭10月營收創新高\n\n【記者林佳穎／台北報導】晶圓代工龍頭台積電（2330）今（10）日公布10月營收達3,676.5億元，"
           "月增11%、年增16.9%。累計前10月營收為3兆1,359.4億元，年增33.8%。\n")
    _table_row(doc, "3,676.5億元", dict(subject="台積電"))
    _table_row(doc, "33.8%", dict(subject="台積電"))
    # counter-case: a company name that happens to hold no description keeps its words
    doc2 = "# 乙科技10月營收\n\n乙科技（2345）今（10）日公布10月營收達36.5億元。\n"
    _table_row(doc2, "36.5億元", dict(subject="乙科技"))


# The words that make up a measure, and the ones that do not: one table of (sentence, figure, metric).
METRIC_PHRASE_CASES = [
    # 共 ("in all") before a count's verb is no part of the measure; 共享 is a word of its own
    ("集團共經營門店1,286間。", "1,286間", "經營門店數"),
    ("排名前十位的企业集团共销售汽车2095万辆。", "2095万辆", "销售汽车量"),
    ("共享单车数量达到3万辆。", "3万辆", "共享单车数量"),
    # a frame clause (X方面，) names the measure of the figure after it
    ("毛利率方面，预计维持在45%左右。", "45%左右", "毛利率"),
    # a copula before the measure is no part of it (nor is the period after it)
    ("我们的目标是明年海外收入占比超过一半。", "超过一半", "海外收入占比"),
    # counter-case: a frame naming no measure leaves the figure's own
    ("价格方面，均价为3.9万元。", "3.9万元", "均价"),
    # a count followed by its noun and a change verb counts the things that changed
    ("全市场超3,800只个股上涨。", "超3,800只", "上涨个股"),
    # counter-case: a predicate with 至 after the count is no counted noun
    ("门店数量由40个缩减至35个。", "35个", "门店数量"),
    # 拟按 before a figure is predicate
    ("赤字率拟按4%左右安排。", "4%左右", "赤字率"),
]


@pytest.mark.parametrize("text,quote,metric", METRIC_PHRASE_CASES, ids=[q for _, q, _ in METRIC_PHRASE_CASES])
def test_metric_phrase(text, quote, metric):
    assert _attribute(text)[quote]["metric"] == metric
