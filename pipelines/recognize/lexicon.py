"""Recognition lexicons: data, not code. Add a unit, magnitude or qualifier here.

All keys are in the folded form the patterns run on (textnorm.fold): ASCII
digits and signs, Simplified characters. Each table is ordered so that the
longest key wins where one is a prefix of another (the pattern builder sorts
alternatives by length anyway).
"""
from __future__ import annotations

# Magnitude words folded into the value (FORMAT.md: 万=1e4, 亿=1e8, 万亿=1e12).
# 十亿 renders "billion" in translated releases ("27.5十亿美元").
MAGNITUDES: dict[str, float] = {
    "万亿": 1e12, "兆": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8,
    "千万": 1e7, "百万": 1e6, "十万": 1e5,
    "万": 1e4, "千": 1e3, "百": 1e2,
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "B": 1e9,
    "mln": 1e6, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    # English words, as in "US$1.2 billion" or a table note "RMB million".
    "thousand": 1e3, "Thousand": 1e3, "million": 1e6, "Million": 1e6,
    "billion": 1e9, "Billion": 1e9, "trillion": 1e12, "Trillion": 1e12,
}
# Magnitudes that may head a compound number written in digits: "2兆8,943億元"
# (2.8943e12, Taiwan), "3亿5000万元" (3.5e8), "1万2000人" (12000). The part
# after each head must be smaller than the head's place value.
COMPOUND_HEADS: dict[str, float] = {"兆": 1e12, "万亿": 1e12, "亿": 1e8, "万": 1e4}
# Latin magnitudes are only magnitudes right after digits and before a
# non-letter (so "5 Pro", "3D", "12km" are not read as magnitudes).
LATIN_MAGNITUDES = ("k", "K", "m", "M", "mn", "bn", "b", "B", "mln", "bln", "tn", "trn")

# Currency words after the number -> ISO 4217 code.
CURRENCY_WORDS: dict[str, str] = {
    "元人民币": "CNY", "人民币元": "CNY", "元": "CNY", "块钱": "CNY", "块": "CNY", "人民币": "CNY",
    "美元": "USD", "美金": "USD", "美圆": "USD",
    "港元": "HKD", "港币": "HKD", "港纸": "HKD",
    "欧元": "EUR", "日元": "JPY", "日圆": "JPY", "英镑": "GBP",
    "新台币": "TWD", "台币": "TWD", "瑞士法郎": "CHF", "法郎": "CHF",
    "韩元": "KRW", "新加坡元": "SGD", "新元": "SGD", "澳元": "AUD", "澳大利亚元": "AUD",
    "加元": "CAD", "加拿大元": "CAD", "雷亚尔": "BRL", "巴西雷亚尔": "BRL",
    "奈拉": "NGN", "卢比": "INR", "印度卢比": "INR", "卢布": "RUB", "澳门元": "MOP", "澳门币": "MOP",
    "泰铢": "THB", "林吉特": "MYR", "印尼盾": "IDR", "越南盾": "VND", "菲律宾比索": "PHP",
    "新西兰元": "NZD", "兰特": "ZAR", "墨西哥比索": "MXN", "里拉": "TRY", "迪拉姆": "AED",
}
# Currency markers before the number: "人民币 50元", "US$1.2bn", "￥300".
CURRENCY_PREFIXES: dict[str, str] = {
    "人民币": "CNY", "RMB": "CNY", "CNY": "CNY", "¥": "CNY", "￥": "CNY",
    "US$": "USD", "USD": "USD", "$": "USD", "HK$": "HKD", "HKD": "HKD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "NT$": "TWD", "R$": "BRL",
    # Hong Kong filings name the currency first: "港幣12.5億元", "美元1.2億元".
    "港币": "HKD", "港元": "HKD", "美元": "USD", "欧元": "EUR", "日元": "JPY",
    # Taiwanese reports: "新台幣2兆8,943億元".
    "新台币": "TWD", "台币": "TWD", "澳门币": "MOP", "澳门元": "MOP", "英镑": "GBP",
    # ISO codes and dollar signs of other places: "MOP 12.3億", "S$1.2m", "JPY 500億".
    # (CAD is left out: "CAD 3D建模" is software, not Canadian dollars.)
    "MOP": "MOP", "MOP$": "MOP", "JPY": "JPY", "GBP": "GBP", "TWD": "TWD", "SGD": "SGD", "S$": "SGD",
    "KRW": "KRW", "CHF": "CHF", "AUD": "AUD", "A$": "AUD", "C$": "CAD",
}
# Prefixes that name the currency of a following generic 元 for the rest of
# the paragraph: "新台幣2兆8,943億元 … 每股現金股利4.5元" (both TWD);
# 人民币 names CNY again.
YUAN_NAMING_PREFIXES = ("人民币", "港币", "港元", "美元", "欧元", "日元", "新台币", "台币", "澳门币", "澳门元", "英镑")
# The generic yuan after a named currency takes that currency (港币12.5亿元 is HKD).
GENERIC_CURRENCY_WORDS = ("元",)
# Hundredths of a currency as the unit of an amount: 末期股息每股12.5港仙 (0.125 HKD), 每股3美分.
# The unit vocabulary holds only ISO codes, so the value is converted (FORMAT.md: money is
# its ISO 4217 code). After a currency prefix 分 and 仙 name that currency's hundredths:
# 每股基本盈利人民幣42.8分 (0.428 CNY), a table row 每股虧損（人民幣分）.
HUNDREDTHS_WORDS: dict[str, str] = {"港仙": "HKD", "美分": "USD"}
HUNDREDTHS_AFTER_PREFIX = ("分", "仙")
# Sub-units that may follow a money amount: "五元三毛", "50元6角三分", "两美元又三美分",
# "10日元5日本銭" (銭, sen, is a hundredth of a yen; folded to 钱).
MONEY_SUBUNITS: dict[str, float] = {
    "角": 0.1, "毛": 0.1, "分": 0.01, "美分": 0.01, "仙": 0.01, "日本钱": 0.01, "钱": 0.01,
}

# Non-money units: word -> (unit code, factor applied to the value).
UNIT_WORDS: dict[str, tuple[str, float]] = {
    "%": ("percent", 1.0), "‰": ("percent", 0.1),
    "个百分点": ("percentage_point", 1.0), "百分点": ("percentage_point", 1.0),
    # "净利率提升1.2个点": business shorthand for 个百分点 (patterns._UNIT_GUARDS
    # keeps "3个点位", "5个点赞", where 点 starts another word, as counts).
    "个点": ("percentage_point", 1.0),
    "pct": ("percentage_point", 1.0), "ppt": ("percentage_point", 1.0), "pp": ("percentage_point", 1.0),
    "个pct": ("percentage_point", 1.0), "个pp": ("percentage_point", 1.0), "个ppt": ("percentage_point", 1.0),
    "pcts": ("percentage_point", 1.0), "PCT": ("percentage_point", 1.0), "ppts": ("percentage_point", 1.0),
    # A basis point is a hundredth of a percentage point: 下降25个基点, +15bp.
    "个基点": ("percentage_point", 0.01), "基点": ("percentage_point", 0.01),
    "bp": ("percentage_point", 0.01), "bps": ("percentage_point", 0.01),
    "倍": ("times", 1.0), "x": ("times", 1.0), "X": ("times", 1.0),  # research notes: "PE 25x"
    "人次": ("person", 1.0), "人": ("person", 1.0), "名": ("person", 1.0), "位": ("person", 1.0),
    "户": ("household", 1.0), "家庭": ("household", 1.0),
    "个": ("item", 1.0), "家": ("item", 1.0), "场": ("item", 1.0), "场次": ("item", 1.0), "款": ("item", 1.0),
    "条": ("item", 1.0), "件": ("item", 1.0), "单": ("item", 1.0), "项": ("item", 1.0),
    "台": ("item", 1.0), "辆": ("item", 1.0), "笔": ("item", 1.0), "座": ("item", 1.0),
    "所": ("item", 1.0), "间": ("item", 1.0), "部": ("item", 1.0), "套": ("item", 1.0),
    "份": ("item", 1.0), "种": ("item", 1.0), "只": ("item", 1.0), "张": ("item", 1.0),
    # Counters for vessels, aircraft, buildings, sites, teams, animals, plants:
    # 180艘船舶, 30架飞机, 12栋楼, 50处站点, 20支球队, 3万头生猪, 10万株树苗.
    "艘": ("item", 1.0), "架": ("item", 1.0), "枚": ("item", 1.0), "颗": ("item", 1.0),
    # Plots of land counted in land-bank reports (新增土地儲備3幅, 获取地块5宗).
    "幅": ("item", 1.0), "宗": ("item", 1.0),
    # Flats of a Hong Kong development (首輪推售168伙, 沽清300伙).
    "伙": ("item", 1.0),
    "栋": ("item", 1.0), "幢": ("item", 1.0), "处": ("item", 1.0), "支": ("item", 1.0),
    "头": ("item", 1.0), "棵": ("item", 1.0), "株": ("item", 1.0),
    # Flat goods counted per piece: 出貨2.3億片面板, 月產能10萬片晶圓.
    "片": ("item", 1.0),
    # Scheduled services (transport operating statistics): 每週增加約40班航班, 每日開行120班次.
    "班": ("item", 1.0), "班次": ("item", 1.0),
    # Events and cases counted per occurrence: 4.2万台次手术, 3亿剂次, 1.2万例患者.
    "台次": ("item", 1.0), "架次": ("item", 1.0), "辆次": ("item", 1.0), "剂次": ("item", 1.0),
    "例": ("item", 1.0), "剂": ("item", 1.0),
    # Parcels counted per waybill in express reports (业务量11.17亿票), as 件 elsewhere.
    "票": ("item", 1.0),
    # Shares counted in announcements (已累计回购股份1,250万股, 持有公司股份4.18亿股); 每10股 stays a rate base.
    "股": ("item", 1.0),
    "分钟": ("minute", 1.0), "小时": ("hour", 1.0), "个小时": ("hour", 1.0),
    "个多小时": ("hour", 1.0), "个多月": ("month", 1.0),
    # A bare "N日" is almost always a date (11月11日, 于15日召开), so only the
    # working/trading-day forms count as durations, and 日 after a decimal (平均逗留時間為1.3日: no day of a
    # month has a fraction; patterns._UNIT_GUARDS).
    "天": ("day", 1.0), "工作日": ("day", 1.0), "个工作日": ("day", 1.0), "日": ("day", 1.0),
    "交易日": ("day", 1.0), "个交易日": ("day", 1.0),
    "个月": ("month", 1.0), "年": ("year", 1.0),
    "平方米": ("square_meter", 1.0), "平米": ("square_meter", 1.0), "㎡": ("square_meter", 1.0),
    "万平方米": ("square_meter", 1e4), "吨": ("ton", 1.0), "万吨": ("ton", 1e4),
    "公吨": ("ton", 1.0), "万公吨": ("ton", 1e4),  # (Hong Kong, Taiwan: 貨物13.6萬公噸)
}
# 成 (tenths) and 折 (a discount: 八折 = pay 80%) are percent in FORMAT.md.
TENTHS_WORDS = ("成", "折")

# Units whose word carries a qualifier: "3个多月" (more than three months).
UNIT_QUALIFIERS: dict[str, str] = {"个多月": "gt", "个多小时": "gt"}

# Qualifiers (FORMAT.md): before the number, or after it.
QUALIFIER_PREFIXES: dict[str, str] = {
    "超过": "gt", "超过了": "gt", "突破了": "gt", "超出": "gt", "多于": "gt", "高于": "gt", "大于": "gt", "超": "gt",
    "逾": "gt", "突破": "gt", "破": "gt", "达到逾": "gt",
    "将近": "approx", "接近": "approx", "近": "approx", "约": "approx", "大约": "approx", "约有": "approx", "大约有": "approx",
    "大概": "approx", "约合": "approx", "约为": "approx",
    # 不低於2成 / 不少于 / 不小于: at least (gt, as 以上); 不高于 / 不多于: at most
    "不低于": "gt", "不少于": "gt", "不小于": "gt", "不高于": "lt", "不多于": "lt",
    "不足": "lt", "低于": "lt", "不到": "lt", "少于": "lt", "小于": "lt", "不超过": "lt", "未满": "lt",
    "未超过": "lt", "没有超过": "lt", "未达到": "lt",  # 销售占比均未超过15%: a negated bound is an upper bound
}
# A one-character qualifier that ends an ordinary word is no qualifier:
# 签约80家 (signed), 最近3个月 (recent), 赶超 (overtake).
QUALIFIER_NOT_AFTER: dict[str, str] = {
    "约": "签节预合制契公条特邀履违解集赴相婚守和续规简隐",
    "近": "最附靠贴亲邻",
    "超": "赶高",
    # 扩大约13个百分点, 加大约: 大 ends the verb, and 约 alone is the qualifier (builders keeps it)
    "大": "扩增加放变壮做",
}
# 出超 / 入超 (Taiwan): a trade surplus / deficit (10月出超191.7億美元), when 出/入 opens the word (not 收入超100亿元,
# 投入超…: "over"); the characters that may stand before it in a release (貿易出超, 10月出超, 累計出超).
TRADE_BALANCE_BEFORE = "易月年季计"
# Between the number and its unit or magnitude: 100多家, 300余人, 二十余万, 五十来个;
# 十几家, 二十几个百分点 (spoken: ten and some).
QUALIFIER_INFIXES: dict[str, str] = {"多": "gt", "余": "gt", "来": "approx", "几": "gt"}
QUALIFIER_SUFFIXES: dict[str, str] = {
    "以上": "gt", "及以上": "gt", "多": "gt", "余": "gt", "有余": "gt",
    "以下": "lt", "及以下": "lt", "以内": "lt",
    "左右": "approx", "上下": "approx",
    "附近": "approx",  # market writing: 收益率由1.65%附近上行, 在2.0%附近震荡
}

# Chinese numeral characters (after folding; 两 and financial forms included).
CN_DIGITS = "零一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
CN_NUMERAL_CHARS = CN_DIGITS + "十百千万亿拾佰仟兆点"
# Vague quantity words: 数十名, 几百个, 上千家 state no bound, so no figure.
VAGUE_PREFIXES = ("数", "几", "上", "成")

# Rate bases (FORMAT.md): "每增长1亿元", "每投入1元", "每创建1个岗位",
# "每1000名用户" define the denominator of a rate, not a figure. After 每 and a
# counter or time word (每股1.95港元, 每人200元, 每位用户消费300元, 每月3次)
# the number is a per-unit figure (a price, a per-capita amount) and counts.
PER_UNIT_COUNTERS = "股人位户家个名件单场次笔吨台辆套张份只条款项月年天日周季时分秒亩斤克升平"

# 对折 also means "fold in half"; it is a 50% discount only with 打 before it
# or a sales word after it.
HALF_DISCOUNT_CONTEXT_AFTER = ("优惠", "出售", "销售", "促销", "甩卖", "处理", "价", "销")

# A 折 discount is one to ten tenths; 十折 (full price) is not a discount.
MAX_DISCOUNT_TENTHS = 10.0

# Verb endings after which a round place word with a magnitude is a figure:
# 达百亿元, 增至千万元 (after a qualifier, 逾百亿元, 近百家, it always is).
BARE_HUNDRED_VERBS = "达至到为了破"

# Approximate numbers (概数): two neighbouring digits, "二三十" (20 or 30),
# "七八成", "三五个", "十五六家", state no exact figure.
APPROX_DIGIT_PAIRS = ("一二", "二三", "三四", "四五", "五六", "六七", "七八", "八九", "三五", "两三")

# A number with a magnitude but no unit word ("月活跃用户达7.36亿", "GMV达1.39万亿")
# takes its unit from the metric noun before it in the sentence. Money nouns
# give the currency of the nearest earlier amount in the sentence, else CNY.
# Nouns that do not fix a unit (播放量, 销量) are left out on purpose.
IMPLIED_UNIT_NOUNS: dict[str, str] = {
    **dict.fromkeys((
        "用户", "日活", "月活", "DAU", "MAU", "人数", "粉丝", "会员", "员工", "买家", "消费者", "观众",
        "游客", "客户", "学员", "主播", "创作者", "人次", "人口", "网民", "玩家", "订阅者", "访客",
        "居民", "就业",
    ), "person"),
    **dict.fromkeys((
        "收入", "营收", "营业额", "利润", "净利", "毛利", "GMV", "gmv", "销售额", "成交额", "交易额",
        "金额", "市值", "估值", "成本", "费用", "投资", "投入", "融资", "资产", "负债", "现金", "支出",
        "开支", "奖金", "奖池", "补贴", "薪酬", "预算", "募资", "存款", "贷款", "票房", "流水", "捐款",
        "税", "营业收入", "销售收入", "收益", "亏损", "盈利",
        "零售额", "零售总额", "总额", "余额", "保费", "净值",  # 社会消费品零售总额4.2万亿, 贷款余额, 保费收入
    ), "money"),
    **dict.fromkeys((
        "订单", "单量", "门店", "商家", "直播间", "视频", "商品数", "SKU", "岗位", "项目", "企业", "店铺",
        "网点", "产品",
        # Accounts and merchants are items, not households (账户数, 商户数).
        "账户", "帐户", "商户", "开户",
    ), "item"),
    **dict.fromkeys(("农户", "家庭", "住户", "户数", "贫困户", "脱贫户"), "household"),
}
# 户 names a household only for household heads (农户, 住户) or alone (户数达…);
# after these characters it is part of another word (账户 account, 用户 user,
# 客户 client, 商户 merchant, 开户 account opening, 网户, 租户 tenant).
NOT_HOUSEHOLD_BEFORE_HU = "账帐用客商开网租"
# A clause whose metric we do not know ("播放量达2.2亿", "点赞数超5000万") gets
# no unit from an earlier clause: a word ending in one of these names it.
UNKNOWN_METRIC_ENDINGS = "量数次"
# Characters that may follow such a bare number: a clause end, or the verb
# or comparison that continues the sentence ("由3.8亿增至4.2亿", "7.36亿，同比…").
IMPLIED_UNIT_FOLLOWERS = "同较增减环并而及和与至到占相比"

# A duration after these words names a time window, not a figure: 过去3年,
# 未来5年, 最近3个月 ("over the last/next N years"). 近 is a window at the start
# of a clause (近3年收入复合增速20%) but "nearly" after a verb (耗时近3个月).
TIME_WINDOW_BEFORE = ("过去", "未来", "最近", "今后", "往后", "近", "前", "首")  # 2024年首10個月 (Hong Kong)
DURATION_UNITS = ("year", "month", "day", "hour", "minute")
# "15个工作日内", "2小时内送达": 内 after a duration is "within", an upper
# bound (lt) like 以内, unless it starts a word (内部, 内容, 内资…).
WITHIN_SUFFIX = "内"
WITHIN_NOT_BEFORE = "部容资地需销存涵外在控生核置设"

# Research notes abbreviate years: "25-27年EPS", "24年收入", "24年Q4". A two-digit
# N年 in this range followed by a Latin letter or one of these words names a
# year, not a duration ("运营10年", "成立20年来" stay durations).
YEAR_ABBREVIATION_RANGE = (10, 39)
# Taiwan dates years from 1912 (民國): 113年 is 2024. Before a month or span such a number is a year.
MINGUO_YEAR_RANGE = (80, 149)
YEAR_ABBREVIATION_FOLLOWERS = (
    "收入", "营收", "净利", "利润", "归母", "毛利", "全年", "上半年", "下半年", "前三季度",
    "一季度", "二季度", "三季度", "四季度", "第", "同比", "预计", "预测", "业绩", "每股",
    "经调整", "扣非", "营业", "经营", "盈利", "销量", "出货", "毛利",
)
# A number right after one or two Latin letters is part of a code: Q4, H1,
# FY25, V2, PE25 (currency codes such as RMB/USD are matched as prefixes).
CODE_LETTERS_MAX = 2

# A table column headed by a period (2024, 2023A, 2025E, FY25, 24Q3, 第三季度,
# 本期) holds values: a cell "1940" or "2021" under it is a figure, not a year.
# Words that name the period itself (年份, 年度) are not here: their column
# holds years.
PERIOD_HEADER_WORDS = ("季度", "上半年", "下半年", "全年", "本期", "上期", "同期", "本年", "上年", "去年", "今年")

# Signs before a number (after folding − and － to -). Research tables mark
# rises and falls with arrows: ▲12.5%, ▼3.1%.
SIGNS: dict[str, int] = {"+": 1, "-": -1, "负": -1, "▲": 1, "▼": -1, "↑": 1, "↓": -1}

# Nouns of organisations and places after "前N名/前N位" that make the top N a group (前五名企业合计占比,
# 排名前十位的企业集团): the figure that follows is the group's, the rank is no figure.
RANKED_GROUP_NOUNS = ("企业", "公司", "集团", "品牌", "厂商", "车企", "房企", "药企", "城市", "省份", "国家", "地区",
                      "机构", "银行", "券商", "门店", "平台", "商家", "玩家", "供应商", "经销商", "院校", "高校",
                      "客户", "股东", "股票", "债券", "重仓股",  # 前五名客户销售额, 前十名股东 (annual and fund reports)
                      # e-commerce and market-research rankings: TOP10门槛 (the threshold of the top 10: its
                      # figure follows), TOP20单品, 前十名主播
                      "门槛", "单品", "商品", "产品", "主播", "达人", "店铺", "游戏")

# Verbs after which a bare 一半 is the size of the change (减少了一半, 提速一半, 缩短一半).
HALF_AFTER_VERBS = ("减少", "下降", "降低", "缩短", "缩减", "压缩", "节省", "节约", "提升", "提高", "增长", "增加", "提速",
                    "下滑", "回落", "减", "降", "增")

# Valuation multiples by their names (P/E, PB, EV/EBITDA, 市盈率): a figure of one counts times.
VALUATION_MULTIPLES = r"P/?E|P/?B|P/?S|PEG|EV/EBITDA|EV/EBIT|EV/Sales|市盈率|市净率|市销率|本益比|股价净值比"  # (Taiwan: 本益比 = P/E, 股價淨值比 = P/B)

# A band a bound marks out (100元以下价格段, 9.9元及以下价格带): the bound names the band, it states no figure.
BAND_NOUNS = ("价格带", "价格段", "价位段", "价格区间", "价位", "区间", "档位", "档")

# Unit words that are units only when a table states them once (a header's or row label's note): mPFS（月） counts
# months, while in prose "3月" is a date.
TABLE_ONLY_UNITS = {"月": ("month", 1.0)}
