"""Attribution lexicons: the words that give a figure its meaning.

Everything attribution knows about Chinese wording is here, as data; the
modules beside this one only combine these lists. Words are matched on the
folded text (Simplified, half-width), so Traditional input (較、億、佔) needs
no entries of its own. To teach attribution a new word, add it to the right
list below (docs/attribution.md says which list does what).
"""
from __future__ import annotations

# --- kind and direction -------------------------------------------------------
# Verbs that state a change; the figure right after them is the size of the
# change (增长72.5%). Single characters are the literary/compressed forms
# used in headlines and research notes (同比增5%, 环比降3%).
UP_VERBS = (
    "增长", "增加", "提升", "提高", "上涨", "上升", "扩大", "高出", "多出", "跃升", "攀升", "改善", "增多",
    "上扬", "走高", "拉升", "翻番", "大增", "猛增", "激增", "回升", "加快", "提速", "增", "涨", "升",
    "成长",  # Taiwan usage: 營收年成長12%
    "放量",  # market reports: 成交额较上一交易日放量1200亿元
    "优化",  # research notes: 销售费用率同比优化0.8pct (its direction: judged_direction)
    "扩充",  # 月產能…預計2026年底將擴充至35億顆
    "上调", "调高", "上修",  # a price or forecast revised: 价格上调5%
    "上浮", "上行",  # rates and yields: 较国债收益率上浮约70个基点, 收益率上行12bp
    "大涨", "暴涨",  # 金价同比大涨四成
    "多增", "少减",  # credit data: 新增贷款同比多增3,100亿元 (more added than a year ago), 同比少减 (less taken off)
    "延长",  # durations: 中位总生存期较对照组延长5.4个月 (shortened: 缩短, among the DOWN_VERBS)
)
DOWN_VERBS = (
    "下降", "下滑", "减少", "收窄", "降低", "缩短", "缩小", "回落", "下跌", "萎缩", "放缓", "低出", "减小",
    "下调", "走低", "收缩", "缩减", "压缩", "减", "降", "跌",
    "衰退",  # Taiwan usage: 獲利年衰退8%
    "蒸发", "缩水", "缩量",  # market reports: 市值蒸发约1000亿美元, 成交额缩量800亿元
    "恶化",  # 毛利率同比恶化0.5个百分点 (of a cost ratio a rise: judged_direction)
    "调低", "下修", "下行",  # (not 下浮: 上下浮动2% is a band around a guidance)
    "大跌", "暴跌",  # 股价大跌20%
    "少增", "多减",  # credit data: 新增人民币贷款同比少增2,600亿元 (less added than a year ago)
)
# An analyst revising a forecast names the verb first: 上调2025年净利润预测2%至33.1亿元 (what is revised, then by
# how much; the figure after 至 is the new level).
REVISION_VERBS = ("上调", "下调", "调高", "调低", "上修", "下修", "调升", "调降")
# Verbs that judge a change rather than state its sign: better (改善, 优化) or worse (恶化). Of a measure
# whose rise is bad (WORSE_WHEN_HIGHER: 销售费用率同比改善0.8个百分点, 资产负债率优化2pct) an improvement is a
# fall; of any other measure (毛利率改善) a rise.
IMPROVE_VERBS = ("改善", "优化")
WORSEN_VERBS = ("恶化", "劣化")
WORSE_WHEN_HIGHER = ("费用", "成本", "开支", "支出", "负债", "损失", "亏损", "不良", "流失", "退货", "空置", "逾期",
                     "违约", "失业", "赔付", "损耗")  # (综合成本率, 成本收入比, 不良贷款率, 赔付率 improve by falling)
# "低于X的67%": the figure after these is X's own value, not a change.
OTHER_VALUE_MARKERS = ("略高于", "略低于", "高于", "低于", "不及", "超过", "优于", "逊于",
                       "超越")  # 已超越2024年全年的16.40元
# Verbs that take the comparison standard as their object and the gap as complement (指数跑赢沪深300指数2.1个
# 百分点, 增速高于行业平均3个百分点): the figure is a change against the object, up or down.
OUTPERFORM_VERBS = {"跑赢": "up", "跑输": "down", "领先于": "up", "领先": "up", "落后于": "down", "落后": "down",
                    "高于": "up", "低于": "down", "优于": "up", "超出": "up"}
# Those of them that also state a gap in percent (跑赢大盘20%, 低于一致预期约2%); X's own level is written
# "高于X的15%" (L.OTHER_VALUE_MARKERS), which the standard pattern leaves out.
OUTPERFORM_PERCENT_VERBS = tuple(OUTPERFORM_VERBS)
# A price's room to move, named after the figure (较现价有22%上涨空间, 对应约25%的上行空间): a change of the price.
ROOM_WORDS = {"上涨空间": "up", "上行空间": "up", "上升空间": "up", "下跌空间": "down", "下行空间": "down"}
# Measures that hold for no reporting period (a target price; a share price or market value moves on a trading
# day: 英伟达盘后股价一度跌超2%，市值蒸发约1000亿美元): dated only by their own clause.
UNDATED_METRICS = ("目标价", "目标价格", "目标市值", *ROOM_WORDS, "股价", "市值")
# Verbs before "X的N倍" (a multiple of X): 是去年的2倍, 已超过2024年全年销量的2倍, 达到行业平均的1.5倍.
MULTIPLE_OF_VERBS = ("是", "为", "超过", "达到", "达", "相当于")
# Comparative adjectives: after a comparison standard (比X低8个百分点, 较X高出) they
# state a change in their direction.
UP_ADJECTIVES = ("高", "多", "快", "大", "强")
DOWN_ADJECTIVES = ("低", "少", "慢", "小", "弱")
# Nouns that name a rate of change: "同比增速为15%" is a change of 15%.
UP_RATE_NOUNS = ("增速", "增幅", "增长率", "涨幅", "增长幅度", "增幅度", "复合增长率", "CAGR",
                 "成长率")  # (Taiwan: 經濟成長率為7.64%, 營收成長率)
DOWN_RATE_NOUNS = ("降幅", "跌幅", "下降幅度", "下滑幅度", "减幅")
# Verb + one of these = "to" a new level (增至, 提升到, 降为): the figure is a
# level, not the size of a change. 达/达到 after a change ("增长17.3%达1.39万亿元")
# also introduces the new level.
TO_MARKERS = ("至", "到", "为", "达到", "达")
# The verb of a discount (全场打八折, 打对折): part of the predicate, not of what is discounted.
DISCOUNT_VERBS = ("打",)
# A price or an index closing at a level (国企指数收报7,112点, 股价收于412.6港元): predicate, not measure.
CLOSE_VERBS = ("收报", "收市报", "收盘报", "报收", "收于", "收盘于", "收市于")
# A level stated as where the measure stands (毛利率控制在30%, 在55%-65%之间): the words are predicate
# (维持在/保持在/稳定在 are among the ADVERBS already).
LOCATIVE_COPULAS = ("控制在", "处于", "在")
# Table column headers that hold the rows' own values (| 指标 | 绝对数 | 比上年增长（%） |, the layout of
# statistical bulletins): the row label is the measure, the header names none.
VALUE_HEADERS = ("绝对数", "绝对值", "绝对额", "数值", "数额", "本期数", "本年数", "本期值", "实际值", "累计值", "累计数",
                 "金额", "本期金额", "本年金额",  # | 项目 | 金额（元） | 占基金总资产的比例（%） |
                 "数据")  # | 項目 | 數據 |: a fact sheet (an offering's 發售股份數目, 最高發售價)
# Column headers of a data release or an earnings flash: the value reported and what it is set against
# (| 指标 | Q3实际 | 市场预期 | YoY |, | 指标 | 10月 | 前值 | 预期 |): the row label is the measure.
REPORTED_VALUE_HEADERS = ("实际", "实际值", "公布值", "今值")
# Words that make a percentage a part of a whole (占比42%, 占…的比重, 渗透率).
SHARE_WORDS = ("占比", "占", "比重", "份额", "渗透率", "比例", "覆盖率", "市占率", "仓位")  # 股票仓位约为93%: of the fund's assets

# --- baselines ---------------------------------------------------------------
# Comparator words that mean "against the same period last year/quarter".
YOY_WORDS = ("同比", "较去年同期", "比去年同期", "较上年同期", "比上年同期", "相比去年同期", "与去年同期相比",
             "较去年", "比去年", "较上年末", "比上年末", "较上年底", "比上年底", "较上年", "比上年", "按年", "年比",
             "yoy", "YoY", "YOY")
QOQ_WORDS = ("环比", "较上季度", "比上季度", "较上一季度", "比上一季度", "较上季", "按季", "qoq", "QoQ", "QOQ")
# Month-on-month (Hong Kong and Macau releases: 按月增加31.2%): the standard is the month before, 上月 (as 月增).
MOM_WORDS = ("按月", "月环比")
# Week-on-week (weeklies: 生猪均价周环比下跌2.9%): the standard is the week before, 上周 (as 较上周).
WOW_WORDS = ("周环比", "按周")
# Compressed comparator + verb, usual in Taiwan/Hong Kong financial writing (營收年增33.9%,
# 毛利率季減1.2個百分點): the first character names the standard. Only yoy/qoq have codes;
# a month-on-month change keeps the standard as a phrase (上月), as 较上月 would.
COMPRESSED_STANDARDS = {"年": "yoy", "季": "qoq", "月": "上月"}
COMPRESSED_VERBS = ("成长", "衰退", "改善", "恶化", "增", "减", "降", "升", "跌")  # 營業費用率季改善0.6個百分點
# Characters that make 年/季/月 part of a time word (全年增长, 每月增加, 2024年增长): no comparator.
NOT_COMPRESSED_BEFORE = "0123456789全每当今去明同近半周成历逐往次上本下各首前后该整逾多个按"  # 按年 is yoy whole
NOT_COMPRESSED_BEFORE += "一二三四五六七八九十零〇两"  # 十二月增加, 第三季增长: a month or quarter named, then a verb
# Prepositions that introduce a comparison standard: 较X提升 / 比X高出 / 相比X增长.
# 比 is excluded where it is part of a noun (比例 比重 比率 占比 对比) or an
# adverb (比较 = "rather"); see clauses.COMPARATOR.
COMPARATORS = ("相较于", "相比于", "相较", "相比", "较之", "较", "比")
# A comparison standard that is itself a period maps to yoy/qoq.
RELATIVE_YOY = ("去年同期", "上年同期", "去年", "上年", "上一年", "前一年", "一年前", "去年同月", "上年同月")
RELATIVE_QOQ = ("上季度", "上一季度", "上季", "前一季度")

# --- the predicate in front of a figure ----------------------------------------
# Qualifiers the recognizer folds into the quote or leaves just before it.
QUALIFIER_WORDS = ("超过", "超", "逾", "近", "将近", "接近", "约", "大约", "突破", "破", "不足", "不到", "高达",
                   "仅", "仅为", "多达", "达")
# Adverbs and particles that sit between a noun phrase and its predicate.
ADVERBS = ("已经", "已", "一度", "也", "均", "都", "将", "再", "仍", "持续", "分别", "共", "累计", "合计", "合共", "总计", "首次",
           "再创新高", "创新高", "创历史新高", "了", "就", "能", "可", "大幅", "显著", "稳步", "快速", "进一步",
           "最终", "更", "还", "又", "总体", "整体", "同样", "则", "亦", "有", "是", "约为", "能够", "可以", "净",
           "预测", "预计", "预期", "预估", "一致预期", "可望", "有望", "分别为", "年均", "年化", "复合", "介于", "约为", "维持在", "保持在", "维持于", "保持于",
           "稳定在", "稳定于", "继续", "拟按", "按照",  # 赤字率拟按(4%左右安排): planned at
           "有机会", "上看", "挑战",  # Taiwanese forecasts: 全年營收仍有機會挑戰370億元, 全年EPS上看14元
           "临时估计", "初步估计",  # a statistics release's provisional figure: 銷貨價值臨時估計為320億元
           "实现", "保持", "维持", "录得", "还是", "还是会", "还会", "将会", "也会",  # (线上业务还是会)保持(两位数增长), 实现(20%增长): carriers of a change noun
           "完成",  # (快递业务量)完成(172.4亿件): statistics releases state a level with 完成
           "实际", "名义")  # 扣除价格因素，实际增长5.1%: in real terms, the measure named before
# Manner adverbs that can stand where an agent would (直接创造就业岗位120个): never a name.
MANNER_ADVERBS = ("直接", "间接", "成功", "有效", "显著", "大幅", "持续", "共同", "首次", "再次", "逐步", "全面",
                  "累计", "分别", "合计", "总共", "一共", "新", "全年", "当年", "同时", "进一步", "额外", "平均", "继续")
# Verbs that take the metric as their object: 实现营收1269亿元, 创造就业岗位120余个.
# The noun phrase before them is the subject (agent), the one after the metric.
TRANSITIVE_VERBS = ("实现", "创造", "带动", "取得", "录得", "获得", "拥有", "完成", "形成", "贡献", "产生",
                    "吸引", "培养", "带来", "达成", "斩获", "收获", "积累", "共有", "拥有", "占据", "招聘",
                    "招募", "建成", "开设", "新开", "签约", "售出", "交付", "雇佣", "上线", "发布",
                    # distributing a dividend: 派发末期股息每股0.5港元
                    "派发", "宣派", "派付", "配发", "分派")
# A company's organs decide on its figures (董事会建议派发…, 股东大会批准…) but do not own
# them: with their decision verbs and an addressee (向全体股东) they are stripped, and the
# figure stays with the company under discussion.
GOVERNING_BODIES = ("董事会", "董事局", "股东大会", "股东会", "监事会", "管理层", "全体董事")
DECISION_VERBS = ("建议", "决定", "决议", "拟", "宣布", "核准", "批准", "同意", "通过", "计划", "议决", "审议")

# Verbs that place an owner in a ranking: 位居全球第一, 占据前两名. The words
# between the verb and the rank name the ranking; a locative frame 在X榜上
# names it when they do not.
# A table's first-column header that says its rows are organisations (| 公司 | 营收 | 同比 |): each row label is
# a name the prose may then use as an owner (贵州茅台营业收入1,309亿元).
ENTITY_COLUMN_HEADERS = frozenset(("公司", "公司名称", "公司简称", "企业", "企业名称", "证券简称", "股票简称", "简称",
                                   "名称", "品牌", "集团", "银行", "券商", "房企", "车企", "厂商", "机构", "上市公司",
                                   "标的", "个股", "股票"))
# A first-column header that says the rows are members of a breakdown (| 類別 | 2024年10月 | 按年變動 |, | 地区 |
# 2024年 | 2023年 |): each row's figures are that member's, of a measure the table does not name in its rows.
MEMBER_COLUMN_HEADERS = frozenset(("类别", "品类", "分类", "产品", "产品类别", "业务", "业务板块", "板块", "分部",
                                   "地区", "区域", "市场", "渠道", "国家", "国家/地区", "省份", "城市", "行业",
                                   "车型", "品牌", "零售商类别", "货品类别"))
# Heads of a description standing for a company (晶圓代工龍頭, 手机巨头, 面板大厂): the leader, giant or big maker of a
# trade, written before the company's name or instead of it.
DESCRIPTION_HEADS = ("龙头", "巨头", "大厂", "一哥", "领头羊", "设备厂", "设备商", "代工厂")
RANK_VERBS = ("位居", "位列", "排名", "排在", "名列", "跻身", "稳居", "跃居", "位于", "进入", "挤进", "占据", "荣获", "获得",
              "居于", "居", "为", "是")

# --- subjects ---------------------------------------------------------------
# Head nouns of the things a metric belongs to: organisations, business units,
# places and groups. A noun phrase ending in one of them can be a subject
# (海外业务|收入, 看到过直播的商家|到店转化率). One-character heads need a
# modifier in front (单店 is a metric modifier, 奶茶店 a subject).
# A clinical trial's arms, each a full name on its own (对照组为7.8个月), unlike a bare 公司 or 门店.
TRIAL_ARMS = ("对照组", "治疗组", "试验组", "实验组", "安慰剂组")
ENTITY_HEADS = TRIAL_ARMS + (
    "公司", "集团", "企业", "机构", "协会", "院校", "学校", "大学", "医院", "银行", "合作社", "团队", "工作室",
    "政府", "部门", "服务商", "供应商", "运营商", "经销商", "平台", "品牌", "商家", "商户", "门店", "药房", "超市",
    "业务", "板块", "分部", "事业部", "子公司", "地区", "区域", "城市", "省份", "县域", "国家", "产业带", "行业",
    "领域", "生态", "供应链", "产业链", "景区", "主播", "市场", "app", "App", "APP", "店", "厂", "省", "市", "县", "师",
    "化疗组", "单药组", "联合组", "亚组",  # a clinical trial's arms own its figures (not 机组, 小组): TRIAL_ARMS
    "航线",  # an airline's route groups: 国际航线|客座率, 區域航線|載客量 (a bare 地区 before it is no place;
    # a lane's price is no route's figure: FREIGHT_PRICE_WORDS)
    "渠道",  # consumer companies' breakdowns: 线上渠道|收入 (not 全渠道: a scope; see subjects._noun_head_split)
)
# Prices of a shipping lane or a route (欧洲航线运价, 美西航线运费): market prices, owned by no route.
FREIGHT_PRICE_WORDS = ("运价", "运费", "价格", "均价", "费率", "票价")
# Suffixes that make common nouns of places and things (直播间, 详情页, 客户端): a short
# noun ending in one is part of a metric phrase, not a proper name owning it.
COMMON_NOUN_SUFFIXES = tuple("间室场页端面台机器品物件类型式性度栏区位线口板") + ("用户", "客户", "商品", "产品", "订单",
                                                                        "视频", "内容", "人数", "数量", "人员", "消费者")
# A share of a market: a scope before it (全球市占率) names the market, not the owner.
MARKET_SHARE_WORDS = ("市占率", "市场份额", "市场占有率", "占有率", "份额", "排名")
# Scope nouns that are subjects on their own (全国已形成10个产业带).
# A country's macro statistics (central bank, statistics bureau, customs): a figure of one of them that names no
# owner, in a document about no company or place, is the whole country's (社融增量8,161亿元, M2同比增长8.2%).
NATIONAL_INDICATORS = ("社会融资规模", "社融", "人民币贷款", "新增贷款", "住户贷款", "企业贷款", "居民贷款", "中长期贷款",
                       "短期贷款", "票据融资", "政府债券", "企业债券", "M0", "M1", "M2", "CPI", "PPI", "居民消费价格",
                       "工业生产者出厂价格", "工业生产者购进价格", "GDP", "国内生产总值", "规模以上工业增加值",
                       "规上工业", "社会消费品零售总额", "社零", "固定资产投资", "房地产开发投资", "制造业投资",
                       "基础设施投资", "基建投资", "民间投资", "采购经理指数", "PMI", "商务活动指数", "城镇调查失业率",
                       "外汇储备", "一般公共预算收入", "一般公共预算支出", "商品房销售", "新建商品房", "房屋新开工面积",
                       "商品房待售面积", "网上零售额", "实物商品网上零售额", "进出口总值", "货物贸易")
SCOPE_NOUNS = ("全国", "全球", "国内", "海外", "全省", "全市", "全行业", "全网", "我国")
# Groups whose part a figure right before them states (七成用户, 超过七成受访企业, 六成消费者): a share.
SHARE_GROUP_NOUNS = ("企业", "用户", "消费者", "受访者", "商家", "商户", "家庭", "网民", "居民", "员工", "客户", "门店",
                     "样本", "青年", "学生", "游客", "乘客", "车主", "农户")
# Scope nouns of a local government's area, with the level of place they stand for (全市 in
# 嘉兴市2024年…统计公报 is 嘉兴市).
LOCAL_SCOPES = {"全市": "市", "本市": "市", "全省": "省", "本省": "省", "全县": "县", "本县": "县",
                "全区": "区", "本区": "区", "全州": "州", "全镇": "镇"}
# Bodies that publish statistics about others (中国汽车工业协会数据显示…): a source, not the
# owner of the figures that follow (unlike 平台数据显示, where the data is the platform's own).
SOURCE_BODIES = ("协会", "联合会", "商会", "统计局", "研究院", "研究所", "研究中心", "咨询", "海关", "总署",
                 "商务部", "工信部", "乘联会", "中汽协", "交易所", "智库", "信息中心")
# After these a noun is a person quoted as a source, not the subject of a
# figure (某农业专家指出…): the figure belongs to what they talk about.
SOURCE_PERSONS = ("专家", "人士", "分析师", "学者", "教授", "研究员", "记者", "观察者")
# Institutions whose published data is about others (某咨询机构近日发布的《…》显示，2024年…市场规模…): a source,
# like a statistics body, when the clause goes on to report.
SOURCE_INSTITUTIONS = ("咨询机构", "研究机构", "调研机构", "第三方机构", "数据机构", "市场研究机构", "咨询公司")
# Statistics offices publish a place's figures and own none of them (主計總處：第3季經濟成長率…, 国家统计局:…).
# (財政部：10月出口年增49.7%, 經濟部: a ministry's customs or export-order release)
STATISTICS_OFFICES = ("统计局", "统计处", "统计署", "统计厅", "主计总处", "主计处", "普查局", "海关总署", "财政部", "经济部",
                      "商务部")
# Role nouns after an organisation (某品牌负责人透露, a title's 子公司CEO：…): the organisation is the subject.
ROLE_NOUNS = ("负责人", "运营经理", "总经理", "经理", "创始人", "首席执行官", "首席财务官", "CEO", "CFO", "COO", "CTO",
              "总裁", "副总裁", "董事长", "副董事长", "董秘", "高管", "管理层", "总监", "主管", "员工", "工作人员",
              "相关人士", "发言人")
# Words after which a case's data follows: 某X的实践表明 / 的数据显示 / 透露.
REPORT_WORDS = ("实践案例", "实践", "测试数据", "调研数据", "统计数据", "教学数据", "数据", "调研报告", "调研", "统计",
                "测试", "报告", "研究", "调查", "案例", "教学", "合作案例", "透露", "分享道", "分享", "表示", "指出",
                "显示", "表明", "称", "介绍")
# Verbs of announcing in a press-release title (美团发布2024年业绩): the topic stands before them.
ANNOUNCING_VERBS = ("发布", "公布", "披露", "宣布", "公告", "发表", "召开", "举行", "举办", "推出")
# Words that end a 某-noun phrase: what follows is its predicate.
CASE_STOPS = ("通过", "就", "在", "与", "和", "将", "已", "针对", "推出", "采用", "使用", "开设", "实现", "借助",
              "依托", "凭借", "利用", "于", "把", "对", "从", "由", "以", "把", "为", "使", "让", "也", "还", "，",
              "发布", "公布", "披露", "宣布")
# Anaphors: the noun phrase refers back to the current subject (该区域, 其, 他们).
ANAPHORS = ("该", "其", "他们的", "他们", "她们", "它们", "它的", "此", "这些", "这家", "这个", "本")
# Words that open with an anaphor's character but are plain nouns (本土市场, 本地生活, 其他业务).
NOT_ANAPHORIC_WORDS = ("本土", "本地", "本身", "本来", "本质", "本科", "本金", "本息", "本币", "本外币", "本部", "本钱", "本益比",
                       "其他", "其它", "其余", "此外",
                       "本次")  # 本次回购资金总额: "this (buy-back)", a determiner of the measure (DEMONSTRATIVES)
# Class nouns an anaphor points with (该品类销量, 该项目总投资): dropped with the anaphor.
ANAPHORIC_NOUNS = ("品类", "项目", "模式", "功能", "产品", "系统", "计划", "活动", "工具", "技术", "渠道", "区域",
                   "地区", "城市", "机构", "群体", "行业", "领域", "类别", "车型", "款")
# Demonstrative + generic noun refers back to the previous metric (这一比例).
DEMONSTRATIVES = ("这一", "这个", "该", "此", "上述", "本次")
GENERIC_METRICS = ("比例", "数据", "数字", "指标", "比率", "数值", "水平", "增速", "增幅", "规模", "占比")
# Topic markers: an entity noun phrase right before them is the clause topic
# (快手在2024年…, 快手通过…, 快手实现…, 快手旗下的…).
TOPIC_MARKERS = ("在", "于", "通过", "实现", "将", "已", "以", "推出", "旗下", "凭借", "依托", "借助", "持续",
                 "继续", "不仅", "也", "还", "全年", "今年", "去年", "的业绩", "表现", "首创", "取得", "录得",
                 # verbs that open a predicate about the topic
                 "展现", "展示", "发布", "宣布", "保持", "不断", "正在", "成为", "拥有", "坚持", "开展", "加大",
                 "聚焦", "围绕", "积极", "进一步", "上线", "推动", "打造", "构建", "布局", "深耕", "完成", "达成")
# Heads of a field or market (本地生活服务领域, 新能源汽车行业): a paragraph opening on one frames
# a theme; the running period stays with the document's subject rather than passing to it.
DOMAIN_HEADS = ("领域", "行业", "赛道", "产业", "市场")
# Heads of a company's own units: a paragraph opening on one (线上业务实现…) continues the
# company's topic rather than shifting to another entity.
UNIT_HEADS = ("业务", "板块", "分部", "事业部", "事业群", "部门", "子公司", "门店", "渠道")
# Abstract heads: a topic ending in one is a theme, not an owner of figures.
ABSTRACT_HEADS = ("模式", "技术", "机制", "功能", "工具", "经济", "趋势", "能力", "形态", "系统", "方式", "效果",
                  "体验", "场景", "模型", "算法", "设计", "理念", "战略", "政策", "计划", "玩法", "这种", "路径",
                  "活动", "举措", "措施", "方案", "项目", "变化", "升级", "创新",
                  "管控", "控制", "质量", "结构",  # 成本管控持续加强, 资产质量持续向好: a theme, not an agent
                  "需求")  # 十二月的需求將維持穩健: demand, no agent

# Prepositions and quantifiers: a phrase opening with one is an adverbial or
# a distributive (为用户和商家, 每个节点), never the owner of a figure.
NON_OWNER_OPENERS = ("为", "对", "向", "给", "与", "和", "跟", "把", "被", "让", "使", "将", "从", "由", "在", "于",
                     "以", "通过", "随着", "针对", "关于", "对于", "基于", "按照", "根据", "每", "各", "更", "都",
                     "也", "还", "已", "而", "并", "即", "就", "最终", "成功", "据", "归属于", "属于", "来自", "跨",
                     "来源于", "对应", "我们", "我", "本文", "笔者", "本报告",
                     "除", "按",  # 除汽车以外的…, 按地区分: an exclusion or a breakdown, not an owner
                     "审议",  # 审议通过了《…议案》: a board's act, not an owner
                     "合计", "拟")  # 合计拟派发现金红利…: a total, a plan; not an owner
# Nouns that begin with one of those openers and still modify an owner (跨境物流业务, 跨境电商业务).
OPENER_COMPOUNDS = ("跨境", "对照组")  # (对照组: a trial's control arm, not 对 "towards")
# A heading that opens with one of these lists by category (分业务, 按地区, 各产品线, 其他业务):
# it names no owner, so the facts under it keep the document's subject.
# What a research note's title names before its colon when it is not a company (行业点评：…, 投资要点：…):
# a kind of report, a section, a market or a theme.
REPORT_LABEL_ENDS = ("点评", "评论", "快评", "简评", "报告", "研究", "深度", "专题", "周报", "月报", "季报", "年报",
                     "晨报", "日报", "策略", "观点", "要点", "摘要", "事件", "速递", "跟踪", "综述", "展望", "总结",
                     "行业", "市场", "板块", "宏观", "数据", "解读", "分析", "纪要", "公告", "预测",
                     "快讯", "速报", "突发", "独家", "重磅",  # news flashes: 快讯：10月CPI同比上涨0.3%
                     "收市", "收盘", "收评", "午评", "早评", "开盘", "盘前", "盘后")  # market reports: 港股收市：恒指升1.2%
# News outlets and wire services: a title's column label (财联社早知道｜…, 证券时报e公司讯) and a dateline
# (财联社11月28日电，…) name who reports, never whose figures they are.
MEDIA_OUTLETS = ("财联社", "证券时报", "上海证券报", "中国证券报", "证券日报", "第一财经", "21世纪经济报道", "21财经",
                 "华尔街见闻", "界面新闻", "澎湃新闻", "新浪财经", "每日经济新闻", "经济观察报", "智通财经", "格隆汇",
                 "券商中国", "中证网", "新华社", "新华财经", "央视财经", "彭博", "路透", "e公司")
# What a breakdown is by (分业务看, 按產品劃分, **分渠道**：). Its members are owners of their figures when the
# breakdown is by business-like categories; by region, market or quarter they are not (外销收入 is a measure).
BREAKDOWN_BY_BUSINESS = ("业务", "产品", "品类", "板块", "分部", "部门", "部", "事业部", "品牌", "条线", "渠道", "行业",
                         "客户", "场景", "货品", "商品")  # (按貨品觀察: a customs release's goods)
BREAKDOWN_BY_OTHER = ("地区", "区域", "市场", "季度")
BREAKDOWN_PREFIXES = ("分", "按", "各", "主要", "其他", "其它", "重点")  # not 核心: 核心本地商业 is a segment
# A bare generic head with no modifier refers to the company under discussion
# (公司毛利率为45%, 集团营收…): it is anaphoric, like 该公司.
BARE_ANAPHORIC_HEADS = ("公司", "集团", "企业", "本公司", "该公司", "该集团", "平台方", "本行", "我行", "我司", "业务",
                        "本集团", "本企业",
                        "母公司")  # 母公司期末可供分配利润: the company's own (parent-only) accounts

# --- metric clean-up ---------------------------------------------------------
# Discourse words opening a clause; never part of a metric or subject.
DISCOURSE = ("此外", "其中", "对应", "同时", "另外", "而且", "而", "并且", "并", "且", "例如", "比如", "特别是", "尤其是",
             "值得注意的是", "具体来看", "具体而言", "总体来看", "总的来看", "与此同时", "相应地", "其次", "首先",
             "最后", "如", "和", "与", "及", "以及", "从而", "进而", "使得", "使", "让", "令", "带动",
             "预计", "预测", "预期", "预估", "估计", "有望", "计划", "目标", "我们认为", "我们", "笔者", "本文", "维持",
             "测算", "估算", "据测算", "经测算",  # (我们)测算公司Q3电池出货约180GWh: the analyst estimating
             "上调", "下调", "调高", "调低", "给予",  # the analyst revising (我们下调公司2025年归母净利润预测至…)
             "上修", "下修", "调升", "调降",  # (Taiwan: 我們上修2025/2026年EPS預估至…, 調升…營收預估)
             "系以",  # (Taiwan: 係以2026年預估EPS 42.6元計算, "is computed on")
             "但是", "但", "不过", "然而", "可见", "因此", "所以",
             "主要系", "主要是由于", "主要由于", "主要因为")  # a cause: 主要系…收入占比由31.5%提升至44.2%所致
# Verbs that equate a figure with another reading of it (当前股价对应2026年18倍PE, 折合人民币…): what
# stands before them is no name.
EQUATING_VERBS = ("对应", "相当于", "折合", "约合")
# Verbs of stating or forecasting (管理层指引4Q25总收入为…, 管理层预计…): who states a figure is its source, and
# a phrase ending in one is no name.
STATING_VERBS = ("预计", "预期", "预测", "指引", "表示", "认为", "透露", "称")
# Characters that make a noun of the discourse word before them (目标价, 计划值, 预期差): it stays.
DISCOURSE_NOT_BEFORE = "价值额差"
# Nor does 目标 before a target multiple or value (目标PE, 目标市值).
TARGET_NOUN_STARTS = "P市"
# 即 ("that is") opens a clause, but starts words too (即饮咖啡, 即时零售): these characters after it keep it.
NAMELY_NOT_BEFORE = "饮时食期刻"
# Time words that are adverbials, not metric words (全年电商GMV -> 电商GMV).
TIME_WORDS = ("全年", "年内", "期间", "当期", "本期", "报告期内", "报告期", "年度", "季度内", "同期", "目前", "回顾期内", "期内",
              "截至目前", "截至", "当年", "今年", "去年", "之前", "此前", "以来", "当季", "本季度", "本季", "当季度",
              "本月", "当月", "本年度", "本财年", "本报告期", "年末", "年底", "年初", "期末", "期初",
              "单季度", "单季",  # 25Q3单季实现营收…: the quarter on its own
              "本周", "上周", "当周", "年初至今", "今年以来", "年初以来",
              "周一", "周二", "周三", "周四", "周五", "周六", "周日",  # BDI周五收于2,587点: the day of the close
              "报告期末", "本报告期末", "季末", "本季末")  # a fund's report: 报告期末基金份额总额为67.50亿份  # market reviews: 本周申万电子指数上涨3.2%
# "During the period" opening a paragraph of a results announcement (期內，集團收益…): the period is the
# reporting span the announcement stated (截至2024年9月30日止六個月).
REPORTING_PERIOD_WORDS = ("期内", "于期内", "回顾期内", "于回顾期内", "报告期内", "本报告期内", "本期内", "本期间",
                          "于本期间", "本期")
# News time adverbs between an agent and its verb (蔚来公司今日公布…): not part of the name.
NEWS_TIME_WORDS = ("今日", "今天", "近日", "日前", "昨日", "昨天", "本周", "正式", "于今日")
# Classifiers of goods: a count of them is a volume (出口128万辆 -> 出口量), of anything else a
# number (关闭门店232家 -> 关闭门店数).
VOLUME_CLASSIFIERS = "辆台吨件部只箱套批"
# Labels before a colon that introduce a topic, a source or a unit, not a business segment
# (风险提示：…, 单位：亿元, 数据来源：…, 程一笑表示：…).
NOT_SEGMENT_LABELS = ("提示", "观点", "建议", "预测", "说明", "来源", "单位", "注", "备注", "资料", "数据", "表示", "指出",
                      "认为", "特点", "特征", "事件", "点评", "结论", "摘要", "概览", "回顾", "展望", "风险", "评级",
                      "目标", "亮点", "要点", "方面", "情况", "表现", "称", "介绍", "透露", "分享", "强调", "说",
                      "动态", "跟踪", "估值", "逻辑", "总结",  # research notes' sections: 行业动态, 公司跟踪, 投资逻辑,
                      "能力", "回报", "端", "质量", "分红", "看",  # 盈利能力, 股东回报, 收入端, 资产质量, 分业务看
                      "快讯", "速报", "突发", "独家", "重磅",  # news flashes: 快讯：…, 突发：…
                      "收市", "收盘", "收评", "午评", "早评", "开盘",  # market reports: 港股收市：恒指升1.2%
                      "市场")  # a weekly's markets (**集运市场**：…, 干散货市场：…) are topics; a market owns no figure
# A forecast's previous value (…预测至905/968亿元（前值为928/1010亿元）): the same measure, before the revision.
PRIOR_VALUE_WORDS = ("前值", "原值", "原预测值", "原预测", "前次预测", "此前预测", "上次预测", "调整前",
                     "原")  # 上调目标价至35元（原32元）
# A data release's previous value (CPI同比上涨0.3%，前值0.4%): the same measure one month or quarter back.
PREVIOUS_RELEASE_WORDS = ("前值",)
# What the market expected of a figure just reported (营收350.8亿美元，高于市场预期的331.6亿美元; CPI同比上涨
# 0.3%，前值0.4%，预期0.4%): the same measure of the same owner, not an owner or a measure of its own.
EXPECTED_VALUE_WORDS = ("市场一致预期", "一致预期", "市场预期", "分析师预期", "市场预估", "预期值", "预期", "预估值", "预估")
# Who expected it, before those words (彭博一致预期, 分析师预期).
EXPECTATION_SOURCES = ("彭博", "路透", "万得", "Wind", "FactSet", "华尔街", "分析师", "机构", "市场")
# Compressed coordinated measures: "产销分别完成A和B" is 产量 A and 销量 B.
COMPOUND_METRICS = {"产销量": ("产量", "销量"), "产销": ("产量", "销量"), "收支": ("收入", "支出"),
                    "进出口": ("进口", "出口")}
# Nouns that already say "number of" (用户数, 订单量); a count figure after
# any other noun names "the number of" it (直播间超2500个 -> 直播间数).
COUNT_NOUNS = ("数", "量", "数量", "人数", "户数", "规模", "人次", "次数", "个数", "家数", "总数", "数目")
# A verb followed by one of these is a measure noun, not verb + object (签约面积, 成交金额); a verb inside
# one of the nouns after it is no verb (新开工面积: 新开工 is construction started).
VERB_MEASURE_NOUNS = ("面积", "金额")
VERB_INSIDE_NOUNS = ("新开工",)
# Standard measures: a known name directly before one of them is the subject
# (快手电商|GMV). Extend this list for a new industry's metric vocabulary.
METRIC_WORDS = ("GMV", "营收", "营业收入", "收入", "总收入", "净利润", "经调整净利润", "利润", "毛利", "毛利率",
                "净利率", "营业利润", "经营利润", "经营亏损", "亏损", "日活跃用户", "月活跃用户", "DAU", "MAU",
                "用户数", "用户规模", "销量", "销售额", "营业额", "市值", "现金流", "订单量", "交易额", "成交额",
                "EPS", "ROE", "市占率", "份额", "出货量", "产量", "市场份额", "市场占有率", "同店销售", "同店销售额",
                "资本开支", "资本支出", "研发投入", "研发费用", "净息差", "PE", "P/E",
                # insurers: 新业务 (new business) is part of the measure, not a business unit of the insurer;
                # embedded value, combined ratio
                "新业务价值", "新业务价值率", "内含价值", "综合成本率",
                # financial statements: 主营业务 (principal activities) is the scope of the line, not a business unit
                "主营业务收入", "主营业务成本", "主营业务毛利率", "主营业务毛利",
                # Hong Kong and Taiwan filings: 收益 (revenue), 溢利 (profit), 纯益 (net profit), 每股盈余 (EPS)
                "收益", "溢利", "纯益", "每股盈余", "每股盈利",
                # income-statement lines whose 业务 is no business unit: 主营业务收入 is the company's revenue
                # from its main business (其他业务收入: from the rest), not the revenue of a unit named 主营业务
                "主营业务收入", "主营业务成本", "主营业务利润", "其他业务收入", "其他业务成本", "营业外收入", "营业外支出",
                # a tax, a pension scheme and bond types that open with a word for the company
                "企业所得税", "企业年金", "公司债", "企业债")
# Words that narrow a measure without naming a part of the business (归母净利润, 扣非…, 经调整…): never a
# segment whose siblings share the measure (归母净利润同比+13%，扣非同比+10%: 扣非 is no segment).
MEASURE_MODIFIERS = ("归母", "归属于上市公司股东的", "扣非", "扣非归母", "经调整", "调整后", "非国际财务报告准则",
                     "税前", "税后", "经营性", "主营", "营业", "单季", "单季度", "累计", "合计", "总", "毛", "净", "人均",
                     "单店", "同店", "店均", "日均", "月均", "年均")
# Heads of measures beyond METRIC_WORDS (食品烟酒价格, 固定资产投资, 社会消费品零售总额…): a noun ending in one
# names a measure, not a part of the business.
MEASURE_HEADS = ("价格", "指数", "增加值", "投资", "出口", "进口", "消费", "支出", "开支", "费用", "产值", "零售",
                 "贷款", "存款", "余额", "盈利", "亏损", "流水", "票房", "客流", "人次", "产能", "库存", "保费", "业绩",
                 "交付", "出货", "口径", "因素", "总额", "水平")
# Characters attribution adds to a metric (门店 + 数, X + 占 + Y, …中…的比例) in the Traditional
# form, used when the sentence is written in Traditional characters (門店數).
TRADITIONAL_FORMS = {"数": "數", "占": "佔", "间": "間", "门": "門", "个": "個", "为": "為", "这": "這",
                     "与": "與", "从": "從", "员": "員", "户": "戶", "时": "時", "长": "長"}
# Time words that can stand between an owner and its measure (比亚迪全年销量): owner | time | metric.
OWNER_TIME_WORDS = ("全年", "当年", "今年", "去年", "年内", "同期", "当期", "本期", "期内", "上半年", "下半年")
