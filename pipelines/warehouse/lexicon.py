"""Word lists the conformed dimensions are built from (data, not code).

Chinese names a unit of a business by compounding: the owner comes first and
generic head nouns close the phrase (快手 + 电商 + 业务). Stripping the generic
heads gives one canonical entity for 快手电商 / 快手电商业务 / 快手电商生态, and
the owner prefix gives its parent. The same head nouns tell the entity type.
"""

# Generic heads that do not change which entity is meant: 快手电商业务 = 快手电商.
# Longest first; stripped repeatedly (快手电商生态业务 -> 快手电商).
ENTITY_GENERIC_SUFFIXES = ("业务板块", "业务线", "事业部", "事业群", "业务", "平台", "生态", "板块", "体系")

# Entity type rules, tried in order on every written form of an entity; the
# first rule any form matches wins. ("prefix"|"suffix"|"contains", words).
ENTITY_TYPE_RULES = (
    # 某X: an anonymised case study ("某中部地区服饰品牌", "某物流企业").
    ("case", "prefix", ("某", "一家", "一位", "一名")),
    ("business_line", "suffix", ("业务", "业务线", "事业部", "事业群", "板块", "电商", "本地生活", "海外",
                                 "广告", "游戏", "云", "支付", "金融")),
    ("brand", "suffix", ("品牌", "商标")),
    ("product", "suffix", ("AI", "App", "APP", "模型", "大模型", "工具", "软件", "系统", "功能", "版本", "小程序")),
    ("region_group", "suffix", ("地区", "区域", "省", "市", "县", "县域", "城市", "全国", "国内", "海外市场", "产业带")),
    ("region_group", "contains", ("在",)),   # "Kwai在巴西": an entity restricted to a region
    ("company", "suffix", ("公司", "集团", "企业", "科技", "股份", "控股", "银行", "机构", "Inc", "Ltd", "Group")),
)

# Leading period words dropped from a metric phrase: 全年电商GMV = 电商GMV.
METRIC_PERIOD_PREFIXES = (r"\d{4}年", r"(?:第[一二三四1-4]|[一二三四1-4])季度", r"Q[1-4]", r"[上下]半年",
                          "全年", "年度", "当年", "本年", "当季", "本季度", "同期")

# Metric category rules: the first category any keyword of which the
# canonical metric name contains. Order matters: 就业人数 is employment, not
# users; 月均支付用户数 is users, not commerce.
METRIC_CATEGORY_RULES = (
    ("employment", ("就业", "岗位", "招聘", "简历", "人岗", "求职", "从业", "职业", "毕业生", "员工", "雇员", "人才")),
    ("financial", ("营收", "收入", "利润", "亏损", "盈利", "毛利", "净利", "销售额", "营业额", "成本", "费用",
                   "现金", "溢价", "客单价", "薪", "价格", "估值", "市值", "资产", "负债", "分红", "税")),
    ("users", ("用户", "客流", "观众", "消费者", "粉丝", "会员", "日活", "月活", "DAU", "MAU", "人数", "人口",
               "客户数", "学员")),
    ("commerce", ("GMV", "成交", "订单", "销量", "交易", "核销", "购物", "带货", "商家", "商户", "业务量", "出货")),
    ("marketing", ("转化", "获客", "曝光", "营销", "点击", "广告", "投放")),
    ("engagement", ("时长", "互动", "活跃", "复购", "满意度", "停留", "留存", "使用", "观看", "播放")),
    ("ranking", ("排名", "名次", "榜", "第一", "前两名", "份额")),
    ("operations", ("效率", "周期", "规模", "效果", "覆盖", "产能", "生存率", "占比", "比例", "比重")),
)

# A table's first column header says what its row labels are ("案例类型",
# "就业领域", "地区"): the author's own classification, so it is tried before
# the name rules for subjects that are row labels. (type, words contained).
ROW_HEADER_TYPE_RULES = (
    ("case", ("案例",)),
    ("region_group", ("地区", "区域", "城市", "省份", "国家", "市场")),
    ("business_line", ("业务", "板块", "分部", "事业部")),
    ("brand", ("品牌",)),
    ("product", ("产品", "功能", "工具")),
    ("company", ("公司", "企业", "机构", "集团")),
    ("sector", ("领域", "行业", "品类", "类型", "类别", "赛道")),
)
