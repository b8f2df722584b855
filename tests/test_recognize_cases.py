"""Table-driven recognition cases, one short sentence per linguistic case.

Each case is (id, text, expected) where expected lists every quantity the
recogniser must find, in order, as (quote, value, unit, qualifier). An empty
list means the sentence states no figure (FORMAT.md "Not counted"). The
sentences are written for these tests (other companies, other wording), not
taken from the sample report.
"""
from __future__ import annotations

import math

import pytest

from pipelines.recognize import parse_unit_text, recognize_text

E, G, A, L = "eq", "gt", "approx", "lt"

DIGITS = [
    ("ascii-integer", "本季度营收为820亿元。", [("820亿元", 8.2e10, "CNY", E)]),
    ("ascii-decimal", "净利率为12.75%。", [("12.75%", 12.75, "percent", E)]),
    ("thousands-comma", "门店数达到1,269家。", [("1,269家", 1269, "item", E)]),
    ("thousands-comma-decimal", "收入为3,456.7万元。", [("3,456.7万元", 3.4567e7, "CNY", E)]),
    ("thousands-fullwidth-comma", "员工总数为2，480人。", [("2，480人", 2480, "person", E)]),
    ("fullwidth-digits", "毛利率为４５．２％。", [("４５．２％", 45.2, "percent", E)]),
    ("fullwidth-digits-money", "营收达１２０億元。", [("１２０億元", 1.2e10, "CNY", E)]),
    ("leading-decimal-point", "占比仅.5%左右。", [(".5%左右", 0.5, "percent", A)]),
    ("two-figures-one-sentence", "收入增长18%，利润增长25%。",
     [("18%", 18, "percent", E), ("25%", 25, "percent", E)]),
    ("million-comma-group", "累计交付12,345,678台。", [("12,345,678台", 12345678, "item", E)]),
]

SIGNS = [
    ("plus-percent", "营收同比+4.8%。", [("+4.8%", 4.8, "percent", E)]),
    ("minus-percent", "净利润同比-2.0%。", [("-2.0%", -2.0, "percent", E)]),
    ("unicode-minus", "经营利润率为−3.1%。", [("−3.1%", -3.1, "percent", E)]),
    ("fullwidth-minus", "现金流为－5.6亿元。", [("－5.6亿元", -5.6e8, "CNY", E)]),
    ("minus-after-space", "环比 -1.5%，跌幅收窄。", [("-1.5%", -1.5, "percent", E)]),
    ("fu-word-sign", "毛利率变动为负0.8%。", [("负0.8%", -0.8, "percent", E)]),
    ("minus-money-level", "经营亏损为-2.4亿元。", [("-2.4亿元", -2.4e8, "CNY", E)]),
    ("plus-pct-point", "利润率+0.9pct。", [("+0.9pct", 0.9, "percentage_point", E)]),
    ("minus-pp", "费用率-1.2pp。", [("-1.2pp", -1.2, "percentage_point", E)]),
    ("arrow-down", "利润▼3.1%。", [("▼3.1%", -3.1, "percent", E)]),
    ("arrow-up", "收入▲12.5%。", [("▲12.5%", 12.5, "percent", E)]),
    ("dash-after-comma-is-sign", "收入增长3%，利润-5%。",
     [("3%", 3, "percent", E), ("-5%", -5, "percent", E)]),
]

CHINESE_NUMERALS = [
    ("cn-tens-of-millions", "注册用户三千九百万人。", [("三千九百万人", 3.9e7, "person", E)]),
    ("cn-liang-thousand", "招聘两千名员工。", [("两千名", 2000, "person", E)]),
    ("cn-one-million-yuan", "投入一百万元。", [("一百万元", 1e6, "CNY", E)]),
    ("cn-with-point", "增速为十二点五%。", [("十二点五%", 12.5, "percent", E)]),
    ("cn-percent-fraction", "百分之三十的商家参与。", [("百分之三十", 30, "percent", E)]),
    ("cn-big-count", "覆盖一万二千户家庭。", [("一万二千户", 12000, "household", E)]),
    ("cn-financial-form", "捐赠叁佰万元。", [("叁佰万元", 3e6, "CNY", E)]),
    ("cn-yi-with-digits", "融资5亿元。", [("5亿元", 5e8, "CNY", E)]),
    ("cn-narrative-small-skipped", "连续两年保持增长。", []),
    ("cn-narrative-three-directions", "聚焦三大方向。", []),
    ("cn-eleven-counted", "开设十一家门店。", [("十一家", 11, "item", E)]),
]

VAGUE = [
    ("shu-ending-a-noun-not-vague", "员工总数一万二千余人。", [("一万二千余人", 1.2e4, "person", G)]),
    ("vague-shu-shi", "数十名专家出席。", []),
    ("vague-shu-bai", "上线数百个功能。", []),
    ("vague-ji-qian", "吸引几千位观众。", []),
    ("vague-shang-bai", "带动上百家企业。", []),
    ("approx-pair-er-san-shi", "有二三十个品牌入驻。", []),
    ("approx-pair-qi-ba-cheng", "七八成用户满意。", []),
    ("approx-pair-percent", "提升百分之二三十。", []),
]

MAGNITUDES = [
    ("wan", "新增用户80万人。", [("80万人", 8e5, "person", E)]),
    ("spaces-before-magnitude", "营收1,269  亿元。", [("1,269  亿元", 1.269e11, "CNY", E)]),
    ("yi", "营收32.5亿元。", [("32.5亿元", 3.25e9, "CNY", E)]),
    ("wan-yi", "交易额2.1万亿元。", [("2.1万亿元", 2.1e12, "CNY", E)]),
    ("binary-rounding-tidied", "实现收入2.3亿元。", [("2.3亿元", 230000000.0, "CNY", E)]),
    ("qian-wan", "投资3千万元。", [("3千万元", 3e7, "CNY", E)]),
    ("bai-wan", "奖金5百万元。", [("5百万元", 5e6, "CNY", E)]),
    ("traditional-yi", "營收45億元。", [("45億元", 4.5e9, "CNY", E)]),
    ("traditional-wan", "會員120萬人。", [("120萬人", 1.2e6, "person", E)]),
    ("english-k", "售价$20k。", [("$20k", 2e4, "USD", E)]),
    ("english-bn", "估值US$1.5bn。", [("US$1.5bn", 1.5e9, "USD", E)]),
    ("english-m-money", "融资US$30m。", [("US$30m", 3e7, "USD", E)]),
    ("english-million-word", "收入US$12 million。", [("US$12 million", 1.2e7, "USD", E)]),
    ("english-tn", "资产规模RMB1.2tn。", [("RMB1.2tn", 1.2e12, "CNY", E)]),
    ("english-mln-spaced", "收入USD 350 mln。", [("USD 350 mln", 3.5e8, "USD", E)]),
    ("bare-hundred-yi", "规模达百亿元。", [("百亿元", 1e10, "CNY", E)]),
    ("bare-thousand-wan", "奖池近千万元。", [("近千万元", 1e7, "CNY", A)]),
    ("m-without-money-not-magnitude", "跑了5m远。", []),
    ("bare-place-jin-bai", "近百家企业参与。", [("近百家", 100, "item", A)]),
    ("bare-place-chao-qian", "超千人到场。", [("超千人", 1000, "person", G)]),
    ("bare-place-yu-wan", "逾万名用户报名。", [("逾万名", 1e4, "person", G)]),
    ("bare-place-idiom", "走进千家万户。", []),
    ("bare-place-vague", "吸引上百家媒体。", []),
    ("ge-yi-colloquial-not-items", "收入2个亿。", []),
    ("shi-yi-billion", "收入为人民币27.5十亿元。", [("人民币27.5十亿元", 2.75e10, "CNY", E)]),
    # Compound numbers in digits: a higher place, then the rest (兆 then 億, 亿 then 万).
    ("compound-zhao-yi", "該集團總資產為1兆2,345億元。", [("1兆2,345億元", 1.2345e12, "CNY", E)]),
    ("compound-yi-wan", "项目总投资3亿5000万元。", [("3亿5000万元", 3.5e8, "CNY", E)]),
    ("compound-wan-count", "共招募1万2000名志愿者。", [("1万2000名", 12000, "person", E)]),
    ("compound-wan-qian", "常住人口1万2千人。", [("1万2千人", 12000, "person", E)]),
    ("compound-implied-unit", "注册用户达1亿2000万，", [("1亿2000万", 1.2e8, "person", E)]),
    ("compound-list-not-joined", "两期分别为3亿、5000万元。", [("3亿", 3e8, "CNY", E), ("5000万元", 5e7, "CNY", E)]),
    ("compound-not-a-rate", "净利润同比增长2亿3.5%。", [("3.5%", 3.5, "percent", E)]),
]

MONEY = [
    ("yuan", "客单价为58元。", [("58元", 58, "CNY", E)]),
    ("renminbi-prefix-yuan", "净利润为人民币12亿元。", [("人民币12亿元", 1.2e9, "CNY", E)]),
    ("yuan-renminbi-suffix", "合同金额3亿元人民币。", [("3亿元人民币", 3e8, "CNY", E)]),
    ("usd-word", "海外收入8亿美元。", [("8亿美元", 8e8, "USD", E)]),
    ("hkd-word", "股价收于45港元。", [("45港元", 45, "HKD", E)]),
    ("hkd-gangbi", "派息2港币。", [("2港币", 2, "HKD", E)]),
    ("rmb-prefix-latin", "成本为RMB 300m。", [("RMB 300m", 3e8, "CNY", E)]),
    ("usd-sign", "单价$15。", [("$15", 15, "USD", E)]),
    ("hkd-sign", "目标价HK$88.5。", [("HK$88.5", 88.5, "HKD", E)]),
    ("yen-sign", "售价￥299。", [("￥299", 299, "CNY", E)]),
    ("euro-word", "欧洲收入2.3亿欧元。", [("2.3亿欧元", 2.3e8, "EUR", E)]),
    ("jpy-word", "日本收入50亿日元。", [("50亿日元", 5e9, "JPY", E)]),
    ("per-share-price-counts", "以每股1.95港元的价格配售。", [("1.95港元", 1.95, "HKD", E)]),
    ("per-capita-counts", "每人补贴200元。", [("200元", 200, "CNY", E)]),
    ("yuan-with-jiao", "单价五元三毛。", [("五元三毛", 5.3, "CNY", E)]),
    ("sign-and-word-pair", "价格为$20，300美元两档。", [("$20", 20, "USD", E), ("300美元", 300, "USD", E)]),
    ("prefix-and-suffix-one-amount", "融资人民币50亿元。", [("人民币50亿元", 5e9, "CNY", E)]),
    ("yuan-not-in-word", "元宇宙业务启动。", []),
    ("hk-currency-first", "收入為港幣12.5億元。", [("港幣12.5億元", 1.25e9, "HKD", E)]),
    ("usd-currency-first", "融资美元1.2亿元。", [("美元1.2亿元", 1.2e8, "USD", E)]),
    ("rmb-english-billion", "收入RMB1.2 billion。", [("RMB1.2 billion", 1.2e9, "CNY", E)]),
    ("traditional-million-rmb", "溢利為人民幣3,456百萬元。", [("人民幣3,456百萬元", 3.456e9, "CNY", E)]),
    ("twd-currency-first-compound", "去年營收為新台幣1兆650億元。", [("新台幣1兆650億元", 1.065e12, "TWD", E)]),
    ("twd-short-prefix", "存单余额台币5,306亿元。", [("台币5,306亿元", 5.306e11, "TWD", E)]),
    ("twd-prefix-no-yuan", "資本支出新台幣9,800億。", [("新台幣9,800億", 9.8e11, "TWD", E)]),
    ("mop-code-prefix", "營業額為MOP 12.3億。", [("MOP 12.3億", 1.23e9, "MOP", E)]),
    ("sgd-dollar-sign", "融资S$1.2m。", [("S$1.2m", 1.2e6, "SGD", E)]),
    # A range under one currency sign shares the sign and the magnitude.
    ("sign-range-shared-magnitude", "海外收入US$1.2-1.5bn。", [("US$1.2", 1.2e9, "USD", E), ("1.5bn", 1.5e9, "USD", E)]),
    ("sign-range-target-price", "目标价区间HK$120-130。", [("HK$120", 120, "HKD", E), ("130", 130, "HKD", E)]),
    ("sign-range-each-magnitude", "融资US$3m-5m。", [("US$3m", 3e6, "USD", E), ("5m", 5e6, "USD", E)]),
    # a list whose first member carries the currency sign: later members share it (their own magnitude, or the
    # first's); not a rate base (RMB 5.0/股) nor a member with its own unit word (330亿/368亿元)
    ("sign-list-shares-currency", "上调至RMB 330bn/368bn。",
     [("RMB 330bn", 3.3e11, "CNY", E), ("368bn", 3.68e11, "CNY", E)]),
    ("sign-list-three-members", "收入US$2.6bn/2.9bn/3.1bn。",
     [("US$2.6bn", 2.6e9, "USD", E), ("2.9bn", 2.9e9, "USD", E), ("3.1bn", 3.1e9, "USD", E)]),
    ("sign-list-shared-magnitude", "目标价HK$165/180。", [("HK$165", 165, "HKD", E), ("180", 180, "HKD", E)]),
    ("sign-then-rate-base", "派息RMB 5.0/股。", [("RMB 5.0", 5.0, "CNY", E)]),
    ("sign-list-own-unit-words", "人民币330亿/368亿元。", [("人民币330亿", 3.3e10, "CNY", E), ("368亿元", 3.68e10, "CNY", E)]),
    # A currency named before 元 rules later unnamed 元 in the paragraph; 人民币 names CNY again.
    ("named-yuan-carries", "淨利新台幣1兆1,732億元，每股盈餘45.25元。",
     [("新台幣1兆1,732億元", 1.1732e12, "TWD", E), ("45.25元", 45.25, "TWD", E)]),
    ("renminbi-resets-yuan", "收入港幣386億元；人民币12亿元，每股3元。",
     [("港幣386億元", 3.86e10, "HKD", E), ("人民币12亿元", 1.2e9, "CNY", E), ("3元", 3, "CNY", E)]),
    ("currency-word-does-not-carry", "海外收入12亿美元，客单价58元。",
     [("12亿美元", 1.2e9, "USD", E), ("58元", 58, "CNY", E)]),
    # Hundredths of a currency are converted to it (the vocabulary holds ISO codes only).
    ("hk-cents", "建議派發末期股息每股12.5港仙。", [("12.5港仙", 0.125, "HKD", E)]),
    ("us-cents", "每股派息3美分。", [("3美分", 0.03, "USD", E)]),
    ("prefixed-fen", "每股基本盈利為人民幣42.8分。", [("人民幣42.8分", 0.428, "CNY", E)]),
    ("score-fen-is-no-money", "用户评分4.8分。", []),
    ("prior-year-fen", "每股基本盈利為人民幣42.8分（2023年：52.6分）。",
     [("人民幣42.8分", 0.428, "CNY", E), ("52.6分", 0.526, "CNY", E)]),
    ("prior-year-score-no-money", "评分4.8分（2023年：4.5分）。", []),
    ("sub-unit-after-yuan", "单价两美元又三美分。", [("两美元又三美分", 2.03, "USD", E)]),
]

PERCENT = [
    ("ascii-percent", "渗透率为37%。", [("37%", 37, "percent", E)]),
    ("fullwidth-percent-sign", "复购率达６２％。", [("６２％", 62, "percent", E)]),
    ("baifenzhi-digits", "降幅为百分之2.5。", [("百分之2.5", 2.5, "percent", E)]),
    ("baifenzhi-chinese", "百分之八十五的订单当日发货。", [("百分之八十五", 85, "percent", E)]),
    ("qianfenzhi", "坏账率为千分之三。", [("千分之三", 0.3, "percent", E)]),
    ("wanfenzhi", "差错率为万分之五。", [("万分之五", 0.05, "percent", E)]),
    ("permille-sign", "不良率1.5‰。", [("1.5‰", 0.15, "percent", E)]),
    ("numeral-before-fraction-skipped", "折算为五百分之三。", []),
    ("baifenzhi-then-word", "百分之六十以上的用户来自三线城市。", [("百分之六十以上", 60, "percent", G)]),
    ("baifenzhi-stops-before-word", "取收入的百分之七十百分位。", [("百分之七十", 70, "percent", E)]),
]

PERCENTAGE_POINTS = [
    ("ge-baifendian", "毛利率提升2.4个百分点。", [("2.4个百分点", 2.4, "percentage_point", E)]),
    ("baifendian", "份额下降3百分点。", [("3百分点", 3, "percentage_point", E)]),
    ("pct", "净利率+1.1pct。", [("+1.1pct", 1.1, "percentage_point", E)]),
    ("pp", "ROE上升0.6pp。", [("0.6pp", 0.6, "percentage_point", E)]),
    ("ppt", "费用率下降0.3ppt。", [("0.3ppt", 0.3, "percentage_point", E)]),
    ("ge-pct", "占比提升1.5个pct。", [("1.5个pct", 1.5, "percentage_point", E)]),
    ("pcts-plural", "净利率+1.2pcts。", [("+1.2pcts", 1.2, "percentage_point", E)]),
    ("basis-points-chinese", "利率下降25个基点。", [("25个基点", 0.25, "percentage_point", E)]),
    ("basis-points-latin", "利差收窄15bp。", [("15bp", 0.15, "percentage_point", E)]),
    ("ppm-is-not-pp", "浓度为5ppm。", []),
    ("chinese-points", "占比提高五个百分点。", [("五个百分点", 5, "percentage_point", E)]),
    ("spaced-points", "提升六   个 百 分点。", [("六   个 百 分点", 6, "percentage_point", E)]),
    ("traditional-points", "上升3.5個百分點。", [("3.5個百分點", 3.5, "percentage_point", E)]),
    ("ge-dian-shorthand", "净利率提升1.2个点。", [("1.2个点", 1.2, "percentage_point", E)]),
    ("ge-dian-chinese", "毛利率回落两个点。", [("两个点", 2, "percentage_point", E)]),
    ("ge-dian-then-word", "带来0.8个点的改善。", [("0.8个点", 0.8, "percentage_point", E)]),
    ("ge-dian-suffix", "费用率下降3个点以上。", [("3个点以上", 3, "percentage_point", G)]),
    ("ge-dian-traditional", "毛利率上升1.5個點。", [("1.5個點", 1.5, "percentage_point", E)]),
    ("ge-dian-range", "利润率收窄1-2个点。",
     [("1", 1, "percentage_point", E), ("2个点", 2, "percentage_point", E)]),
    ("dian-wei-is-a-noun", "新增3个点位。", [("3个", 3, "item", E)]),
    ("dian-zan-is-a-noun", "获得5个点赞。", [("5个", 5, "item", E)]),
    ("dian-ji-is-a-verb", "收到12个点击。", [("12个", 12, "item", E)]),
    ("dian-zi-narrative", "提出三个点子。", []),
]

MULTIPLES = [
    ("bei", "订单量增长2.6倍。", [("2.6倍", 2.6, "times", E)]),
    ("fanbei", "直播收入实现翻倍。", [("翻倍", 2, "times", E)]),
    ("fanfan", "海外营收翻番。", [("翻番", 2, "times", E)]),
    ("fan-liang-fan", "产能翻两番。", [("翻两番", 4, "times", E)]),
    ("chao-fanbei", "GMV超翻倍增长。", [("超翻倍", 2, "times", G)]),
    ("bei-yishang", "效率提升3倍以上。", [("3倍以上", 3, "times", G)]),
    ("chinese-bei", "销量是去年的五倍。", [("五倍", 5, "times", E)]),
    ("latin-x-list", "对应PE为25x/19x。", [("25x", 25, "times", E), ("19x", 19, "times", E)]),
    ("hex-is-not-multiple", "寄存器0x1F置位。", []),
]

COUNTS = [
    ("ren", "团队共有320人。", [("320人", 320, "person", E)]),
    ("ming", "录用45名毕业生。", [("45名", 45, "person", E)]),
    ("wei", "邀请12位嘉宾。", [("12位", 12, "person", E)]),
    ("piao-waybills", "业务量11.17亿票。", [("11.17亿票", 1.117e9, "item", E)]),
    ("piaofang-not-tickets", "影片斩获30亿票房。", []),
    ("renci", "接待游客8万人次。", [("8万人次", 8e4, "person", E)]),
    ("hu", "帮扶600户农户。", [("600户", 600, "household", E)]),
    ("ge", "上线25个新功能。", [("25个", 25, "item", E)]),
    ("jia", "签约80家供应商。", [("80家", 80, "item", E)]),
    ("chang", "举办150场直播。", [("150场", 150, "item", E)]),
    ("kuan", "发布18款新品。", [("18款", 18, "item", E)]),
    ("tiao", "发布300条短视频。", [("300条", 300, "item", E)]),
    ("jian", "售出9000件商品。", [("9000件", 9000, "item", E)]),
    ("dan", "日均成交4.5万单。", [("4.5万单", 4.5e4, "item", E)]),
    ("decimal-count", "人均关注2.3个账号。", [("2.3个", 2.3, "item", E)]),
    ("ming-not-in-mingdan", "进入5名单。", []),
    # The counter 户 counts accounts when the clause names them (用户, 开户).
    ("hu-subscriber-accounts", "固定宽带接入用户4,310万户。", [("4,310万户", 4.31e7, "item", E)]),
    ("hu-account-opening", "全年新增开户120万户。", [("120万户", 1.2e6, "item", E)]),
    ("hu-household-noun-after", "用户覆盖1.2万户家庭。", [("1.2万户", 1.2e4, "household", E)]),
    # a clause naming nothing (较上年末新增…) counts what the clause before it in the sentence counted
    ("hu-accounts-clause-before", "零售客户数达2,380万户，较上年末新增126万户。",
     [("2,380万户", 2.38e7, "item", E), ("126万户", 1.26e6, "item", E)]),
    ("hu-households-clause-before", "全市农户达12万户，较上年增加3000户。",
     [("12万户", 1.2e5, "household", E), ("3000户", 3000, "household", E)]),
    ("hu-not-across-sentences", "客户满意度提升。全年新增3000户。", [("3000户", 3000, "household", E)]),
    ("sou-vessels", "船队共有逾180艘船舶。", [("逾180艘", 180, "item", G)]),
    ("tou-livestock", "年出栏生猪12万头。", [("12万头", 1.2e5, "item", E)]),
    ("jia-aircraft-not-jiagou", "新增30架飞机，优化系统架构。", [("30架", 30, "item", E)]),
    ("zhi-teams-not-zhichi", "赞助8支球队，支持青训。", [("8支", 8, "item", E)]),
    ("tou-not-toubu", "签约5头部主播。", []),
    ("taici-operations", "全年完成手术4.2万台次。", [("4.2万台次", 4.2e4, "item", E)]),
    ("jici-doses", "累计接种超过3亿剂次。", [("超过3亿剂次", 3e8, "item", G)]),
    ("li-cases-not-liru", "新增患者1.2万例，例如儿童。", [("1.2万例", 1.2e4, "item", E)]),
    ("pian-panels", "大尺寸面板出貨量約為2.3億片。", [("約為2.3億片", 2.3e8, "item", A)]),
    ("pian-wafers", "月產能10萬片晶圓。", [("10萬片", 1e5, "item", E)]),
    ("pian-not-pianqu", "划分为3片区域。", []),
    # Shares counted in announcements (回购, 增持, 股权激励); 每10股 is a rate base, 股东/股份/股权 are nouns.
    ("gu-shares-repurchased", "已累计回购股份1,250万股，占总股本的1.02%。",
     [("1,250万股", 1.25e7, "item", E), ("1.02%", 1.02, "percent", E)]),
    ("gu-shares-held", "控股股东持有公司股份4.18亿股。", [("4.18亿股", 4.18e8, "item", E)]),
    ("gu-per-ten-shares-rate-base", "每10股派发现金红利5.00元（含税）。", [("5.00元", 5.0, "CNY", E)]),
    ("gu-not-gudong", "共有3万股东参与投票。", []),
    # 第 before a count makes it an ordinal: it names a member (第5家门店, 第十七条), it counts nothing.
    ("di-ordinal-count", "第5家门店于本月开业。", []),
    ("di-article-number", "符合第十七条、第十八条的规定。", []),
    ("count-without-di", "共开通十七条航线。", [("十七条", 17, "item", E)]),
]

DURATIONS = [
    ("within-nei-bound", "退款在15个工作日内到账。", [("15个工作日内", 15, "day", L)]),
    ("within-hours", "订单2小时内送达。", [("2小时内", 2, "hour", L)]),
    ("nei-starting-a-word", "完善5年内部控制规划。", [("5年", 5, "year", E)]),
    ("minutes", "人均使用时长128分钟。", [("128分钟", 128, "minute", E)]),
    ("hours", "客服响应不超过2小时。", [("不超过2小时", 2, "hour", L)]),
    ("days", "物流时效缩短至3天。", [("3天", 3, "day", E)]),
    ("months", "回本周期为18个月。", [("18个月", 18, "month", E)]),
    ("years", "合作期限为5年。", [("5年", 5, "year", E)]),
    ("years-since", "公司成立20年来首次亏损。", [("20年", 20, "year", E)]),
    ("working-days", "审批需15个工作日。", [("15个工作日", 15, "day", E)]),
    ("months-more", "项目历时3个多月。", [("3个多月", 3, "month", G)]),
    ("date-day-is-not-duration", "会议于3月15日召开。", []),
    ("approx-before-rate-base", "合約銷售均價約為每平方米人民幣16,040元。", [("人民幣16,040元", 16040, "CNY", A)]),
    ("rate-base-without-approx", "均价为每平方米1.6万元。", [("1.6万元", 16000, "CNY", E)]),
    ("plots-of-land", "新增土地儲備3幅，获取地块5宗。", [("3幅", 3, "item", E), ("5宗", 5, "item", E)]),
    ("fu-du-is-no-count", "波动幅度为3%。", [("3%", 3, "percent", E)]),
    ("decimal-day-is-duration", "旅客平均逗留時間為1.3日，按年縮短0.1日。",
     [("1.3日", 1.3, "day", E), ("0.1日", 0.1, "day", E)]),
    ("integer-day-stays-date", "公司於15日公布，20日派息。", []),
    ("chinese-digit-year-is-no-duration", "截至二零二四年十二月三十一日止年度，二○二五年十月份。", []),
    ("year-is-period-not-duration", "2025年收入增长。", []),
    ("recent-window-is-period", "最近3个月销量平稳。", []),
    ("past-window-is-period", "过去5年营收稳步增长。", []),
    ("future-window-is-period", "未来3年新开500家门店。", [("500家", 500, "item", E)]),
    ("clause-initial-jin-is-window", "近3年复合增速20%。", [("20%", 20, "percent", E)]),
    ("jin-after-verb-is-approx", "项目耗时近3个月。", [("近3个月", 3, "month", A)]),
    ("early-by-days-is-figure", "提前3天完成交付。", [("3天", 3, "day", E)]),
    ("first-months-of-a-year-is-period", "今年前5个月营收增长10%。", [("10%", 10, "percent", E)]),
    ("clause-initial-qian-is-period", "前三个月，订单增长8%。", [("8%", 8, "percent", E)]),
    # the days before a date name a window (a price basis), not a figure
    ("days-before-a-date-is-window", "转股价格不低于公告日前20个交易日均价。", []),
]

RANKS = [
    ("di-yi", "市场份额位居第一。", [("第一", 1, "rank", E)]),
    ("di-2-ming", "销量排名第2名。", [("第2名", 2, "rank", E)]),
    ("qian-liang-ming", "跻身行业前两名。", [("前两名", 2, "rank", L)]),
    ("qian-10-wei", "进入榜单前10位。", [("前10位", 10, "rank", L)]),
    ("top-n", "位列TOP3。", [("TOP3", 3, "rank", L)]),
    ("top-n-names-a-group", "硅片前五名企业市场份额约为76%。", [("约为76%", 76, "percent", A)]),
    ("top-n-of-names-a-group", "排名前10位的企业集团共销售汽车2095万辆。", [("2095万辆", 2.095e7, "item", E)]),
    ("top-n-place-is-rank", "占据全球前两名的位置。", [("前两名", 2, "rank", L)]),
    ("top-n-names-stocks", "前十名股票投资明细。", []),
    # 分列第二、三位: the later places of a list are written without their 第
    ("later-places", "苹果和小米分列第二、三位。", [("第二", 2, "rank", E), ("三位", 3, "rank", E)]),
    ("later-places-three", "甲乙丙分列第二、三、四名。", [("第二", 2, "rank", E), ("三", 3, "rank", E), ("四名", 4, "rank", E)]),
    ("no-later-place-before-a-quarter", "位居第二，三季度营收增长5%。", [("第二", 2, "rank", E), ("5%", 5, "percent", E)]),
    # 前N without 名 or 位: a rank when a verb of placing puts the owner there and the clause ends with it
    ("placed-in-top-three", "出货量位列全球智能手机市场前三。", [("前三", 3, "rank", L)]),
    ("placed-in-top-ten-digits", "品牌稳居行业前10，增速领先。", [("前10", 10, "rank", L)]),
    ("first-three-quarters-is-period", "进入前三季度以来营收增长8%。", [("8%", 8, "percent", E)]),
    ("top-ten-customers-is-group", "位列前十大客户的企业占比30%。", [("30%", 30, "percent", E)]),
    ("top-three-without-placing-verb", "前三，营收增长8%。", [("8%", 8, "percent", E)]),
    ("first-place-names-a-customer", "其中第一名客户销售额占比超过一成。", [("超过一成", 10, "percent", G)]),
    ("first-place-is-rank", "销量排名第一名。", [("第一名", 1, "rank", E)]),
    ("top-n-names-customers", "前五名客户销售额合计3.2亿元。", [("3.2亿元", 3.2e8, "CNY", E)]),
    ("di-san-de", "规模排在第三的位置。", [("第三", 3, "rank", E)]),
    ("quarter-ordinal-not-rank", "第四季度收入增长。", []),
    ("largest-holder-not-rank", "第一大股东增持。", []),
    ("spaced-rank", "市占率排名第 3 名。", [("第 3 名", 3, "rank", E)]),
    # the threshold of the top N, a top-N group of goods: the figure that follows is theirs
    ("top-n-threshold", "渠道销售额TOP10门槛提升至12.6亿元。", [("12.6亿元", 1.26e9, "CNY", E)]),
    ("top-n-of-threshold", "进入前十名的门槛为5亿元。", [("5亿元", 5e8, "CNY", E)]),
    ("top-n-names-goods", "TOP20单品合计销售额占比35%。", [("35%", 35, "percent", E)]),
    ("top-n-brand-is-rank", "该品牌位列TOP3。", [("TOP3", 3, "rank", L)]),
]

TENTHS = [
    ("tenths-tail-qualifier", "分红比例是六成五左右。", [("六成五左右", 65, "percent", A)]),
    ("tenths-tail-gt", "七成六以上的用户。", [("七成六以上", 76, "percent", G)]),
    ("spelled-out-spaced-discount", "全场 8 5 折。", [("8 5 折", 85, "percent", E)]),
    ("cheng", "七成用户来自下沉市场。", [("七成", 70, "percent", E)]),
    ("cheng-with-tail", "七成六的订单准时送达。", [("七成六", 76, "percent", E)]),
    ("cheng-half", "三成半的门店盈利。", [("三成半", 35, "percent", E)]),
    ("half-bounded", "超过一半的用户来自三线城市。", [("超过一半", 50, "percent", G)]),
    ("half-approx", "送装时效较传统模式提速近一半。", [("近一半", 50, "percent", A)]),
    ("half-change", "库存成本减少了一半。", [("一半", 50, "percent", E)]),
    ("half-not-figure", "另一半则来自海外，一半是新客。", []),
    ("zhe-discount", "全场八折优惠。", [("八折", 80, "percent", E)]),
    ("zhe-two-digit", "会员享85折。", [("85折", 85, "percent", E)]),
    ("zhe-decimal", "清仓9.5折。", [("9.5折", 95, "percent", E)]),
    ("da-duizhe", "换季商品打对折。", [("对折", 50, "percent", E)]),
    ("duizhe-fold-not-discount", "把纸对折后裁开。", []),
    ("shi-zhe-not-discount", "十折就是原价。", []),
    ("chenggong-not-tenths", "成功举办。", []),
    ("idiom-yi-cheng-bu-bian", "模式一成不变。", []),
    ("tenor-not-duration", "10年期国债收益率为2.5%。", [("2.5%", 2.5, "percent", E)]),
    # money-market tenors name a product (7天期逆回购, 3个月期Shibor); 7天期间 is seven days
    ("tenor-days", "央行开展7天期逆回购操作1,200亿元。", [("1,200亿元", 1.2e11, "CNY", E)]),
    ("tenor-months", "3个月期Shibor上行2bp。", [("2bp", 0.02, "percentage_point", E)]),
    ("days-period-not-tenor", "活动7天期间成交额增长。", [("7天", 7, "day", E)]),
    # a tenor written without 期 before the instrument (10年国债, 3个月Shibor)
    ("tenor-before-bond", "10年国债活跃券收于1.82%。", [("1.82%", 1.82, "percent", E)]),
    ("tenor-before-rate", "3个月Shibor上行2bp。", [("2bp", 0.02, "percentage_point", E)]),
    ("years-before-other-words", "经营10年国内领先。", [("10年", 10, "year", E)]),
    # 对应26年22倍PE: a two-digit year right before a figure is the year it is of (成立26年 is a duration)
    ("abbreviated-year-before-multiple", "目标价680港元，对应26年22倍PE。",
     [("680港元", 680, "HKD", E), ("22倍", 22, "times", E)]),
    ("duration-years", "公司成立26年。", [("26年", 26, "year", E)]),
    # a bound inside 以…为主 (mainly X) describes the kind of thing; a plain bound is a figure
    ("mainly-group", "券种上以3年以内中高等级信用债为主。", []),
    ("bound-not-mainly", "项目工期3年以内。", [("3年以内", 3, "year", L)]),
    # 附近 after a figure: around it (market writing)
    ("fujin-approx", "10年期国债收益率由1.65%附近上行至1.86%。",
     [("1.65%附近", 1.65, "percent", A), ("1.86%", 1.86, "percent", E)]),
]

QUALIFIERS = [
    ("chao", "粉丝超500万人。", [("超500万人", 5e6, "person", G)]),
    ("chaoguo", "渗透率超过60%。", [("超过60%", 60, "percent", G)]),
    ("yu", "融资逾10亿元。", [("逾10亿元", 1e9, "CNY", G)]),
    ("po", "单日销量破100万件。", [("破100万件", 1e6, "item", G)]),
    ("tupo", "年收入突破8万元。", [("突破8万元", 8e4, "CNY", G)]),
    ("yishang", "留存率在75%以上。", [("75%以上", 75, "percent", G)]),
    ("ji-yishang", "满意度达到90%及以上。", [("90%及以上", 90, "percent", G)]),  # inclusive bounds
    ("ji-yixia", "单店面积为80平方米及以下。", [("80平方米及以下", 80, "square_meter", "lt")]),
    ("duo-mid", "合作100多家品牌。", [("100多家", 100, "item", G)]),
    ("yu-mid", "服务300余户家庭。", [("300余户", 300, "household", G)]),
    ("wan-duo", "新增1万多人。", [("1万多人", 1e4, "person", G)]),
    ("duo-before-wan", "投入100多万元。", [("100多万元", 1e6, "CNY", G)]),
    ("lai-approx", "招募五十来个志愿者。", [("五十来个", 50, "item", A)]),
    ("ji-mid", "收入增长二十几个百分点。", [("二十几个百分点", 20, "percentage_point", G)]),
    ("fraction-ji", "单店日均销售额增长百分之十几。", [("百分之十几", 10, "percent", G)]),
    ("fraction-no-ji", "单店日均销售额增长百分之十。", [("百分之十", 10, "percent", E)]),
    ("two-digit-growth", "线上业务会保持两位数增长。", [("两位数", 10, "percent", G)]),
    ("two-digit-growth-after", "收入增速保持在两位数以上。", [("两位数以上", 10, "percent", G)]),
    ("three-digit-rise", "净利润实现三位数的增幅。", [("三位数", 100, "percent", G)]),
    ("one-digit-fall", "销量个位数下滑。", [("个位数", 10, "percent", L)]),
    ("two-digit-not-a-rate", "通胀率达到两位数。", []),
    ("yu-before-wan-chinese", "服务二十余万人。", [("二十余万人", 2e5, "person", G)]),
    ("jin", "营收近5亿元。", [("近5亿元", 5e8, "CNY", A)]),
    ("yue", "占比约20%。", [("约20%", 20, "percent", A)]),
    ("jiangjin", "覆盖将近40%的县城。", [("将近40%", 40, "percent", A)]),
    ("jiejin", "转化率接近30%。", [("接近30%", 30, "percent", A)]),
    ("zuoyou", "客单价在200元左右。", [("200元左右", 200, "CNY", A)]),
    ("shangxia", "利润率15%上下。", [("15%上下", 15, "percent", A)]),
    ("buzu", "亏损率不足10%。", [("不足10%", 10, "percent", L)]),
    ("diyu", "退货率低于5%。", [("低于5%", 5, "percent", L)]),
    ("yixia", "负债率在40%以下。", [("40%以下", 40, "percent", L)]),
    ("budao", "试点不到100人。", [("不到100人", 100, "person", L)]),
    ("qianyue-not-approx", "签约80家供应商。", [("80家", 80, "item", E)]),
    # 伙: the flats of a Hong Kong development (not 伙伴)
    ("huo-flats", "新盤首輪推售168伙。", [("168伙", 168, "item", E)]),
    ("huo-partner-no-flat", "公司与3伙伴合作。", []),
    # 扩大约13个百分点: 大 ends the verb 扩大, and 约 alone qualifies the figure (大约 stays a qualifier elsewhere)
    ("kuoda-then-approx", "降幅扩大约13个百分点。", [("约13个百分点", 13, "percentage_point", A)]),
    ("jiada-then-approx", "加大约3亿元投入。", [("约3亿元", 3e8, "CNY", A)]),
    ("dayue-still-approx", "营收大约3亿元。", [("大约3亿元", 3e8, "CNY", A)]),
    ("qianyue-with-yu-is-gt", "签约100余家供应商。", [("100余家", 100, "item", G)]),
    ("yueyou", "约有3成用户来自海外。", [("约有3成", 30, "percent", A)]),
    ("qianyue-you-not-approx", "已签约有3家银行。", [("3家", 3, "item", E)]),
    ("chaoguole", "占比超过了50%。", [("超过了50%", 50, "percent", G)]),
    ("yu-changci", "举办活动300余场次。", [("300余场次", 300, "item", G)]),
    ("yuyue-then-chaoguo", "预约超过500人。", [("超过500人", 500, "person", G)]),
    ("spaced-duo-mid", "覆盖 300 多家医院。", [("300 多家", 300, "item", G)]),
    # a negated bound is an upper bound (not 超过's gt)
    ("negated-exceed-lt", "第一大客户各期销售占比均未超过15%。", [("未超过15%", 15, "percent", L)]),
    ("not-reached-lt", "增速未达到5%。", [("未达到5%", 5, "percent", L)]),
    ("exceed-still-gt", "第一大客户销售占比超过15%。", [("超过15%", 15, "percent", G)]),
]

LISTS_RANGES = [
    ("slash-list-money", "预计2025-2027年营收为1418/1562/1682亿元。",
     [("1418", 1.418e11, "CNY", E), ("1562", 1.562e11, "CNY", E), ("1682亿元", 1.682e11, "CNY", E)]),
    ("slash-list-people", "三款应用日活分别为9.0/4.2/6.3亿人。",
     [("9.0", 9e8, "person", E), ("4.2", 4.2e8, "person", E), ("6.3亿人", 6.3e8, "person", E)]),
    ("range-percent-both-signs", "毛利率区间30%-40%。", [("30%", 30, "percent", E), ("40%", 40, "percent", E)]),
    ("range-dash-shared-unit", "增速预计为15-20%。", [("15", 15, "percent", E), ("20%", 20, "percent", E)]),
    ("range-tilde", "周期为3~5年。", [("3", 3, "year", E), ("5年", 5, "year", E)]),
    ("range-zhi", "投资5至8亿元。", [("5", 5e8, "CNY", E), ("8亿元", 8e8, "CNY", E)]),
    # a per-share price range: the dash after "元/股" is a dash, not a minus
    ("range-per-share-price", "基本每股收益：0.32元/股–0.39元/股。",
     [("0.32元", 0.32, "CNY", E), ("0.39元", 0.39, "CNY", E)]),
    ("dunhao-list", "三年净利润为12、15、19亿元。",
     [("12", 1.2e9, "CNY", E), ("15", 1.5e9, "CNY", E), ("19亿元", 1.9e9, "CNY", E)]),
    ("year-range-not-list", "2024-2026年复合增速18%。", [("18%", 18, "percent", E)]),
    ("each-with-unit", "分别增长12%、15%和18%。",
     [("12%", 12, "percent", E), ("15%", 15, "percent", E), ("18%", 18, "percent", E)]),
    ("minus-members", "增速为-3/-1/2%。",
     [("-3", -3, "percent", E), ("-1", -1, "percent", E), ("2%", 2, "percent", E)]),
    ("range-each-with-unit-dash", "回购金额为1亿元-2亿元。", [("1亿元", 1e8, "CNY", E), ("2亿元", 2e8, "CNY", E)]),
    ("range-multiple", "估值有望提升1.2-1.5倍。", [("1.2", 1.2, "times", E), ("1.5倍", 1.5, "times", E)]),
    # 约 before a range makes the whole range approximate.
    ("approx-range-shared-unit", "客单价约200-300元。", [("约200", 200, "CNY", A), ("300元", 300, "CNY", A)]),
    ("approx-range-each-unit", "产能利用率约80%-85%。", [("约80%", 80, "percent", A), ("85%", 85, "percent", A)]),
    ("qianyue-range-not-approx", "签约200-300家。", [("200", 200, "item", E), ("300家", 300, "item", E)]),
    # 约 on the verb 占 makes the share approximate (the quote stays the figure as written)
    ("approx-list", "占比分別約為45%、38%、30%。",
     [("約為45%", 45, "percent", A), ("38%", 38, "percent", A), ("30%", 30, "percent", A)]),
    ("list-not-approx-apart", "约200亿元、净利润30亿元。", [("约200亿元", 2e10, "CNY", A), ("30亿元", 3e9, "CNY", E)]),
    ("not-lower-than", "年增幅度不低於2成。", [("不低於2成", 20, "percent", G)]),
    ("not-more-than", "员工不多于500人。", [("不多于500人", 500, "person", L)]),
    ("approx-share-verb", "約占全球面板產值的18%。", [("18%", 18, "percent", A)]),
    ("approx-share-no-de", "约占总收入30%。", [("30%", 30, "percent", A)]),
    ("share-not-approx", "约500亿元，占总收入30%。", [("约500亿元", 5e10, "CNY", A), ("30%", 30, "percent", E)]),
    ("approx-share-verb-whole", "网络零售额约占社会消费品零售总额的四分之一。", [("四分之一", 25, "percent", A)]),
    ("approx-share-verb-direct", "出口约占35%。", [("35%", 35, "percent", A)]),
    ("share-verb-not-approx", "网络零售额占社会消费品零售总额的25%，约为300亿元。",
     [("25%", 25, "percent", E), ("约为300亿元", 3e10, "CNY", A)]),
    ("negative-range-tilde", "增速区间为-5%~-3%。", [("-5%", -5, "percent", E), ("-3%", -3, "percent", E)]),
    # 和 before the last member: the list's unit is written once, after it
    ("he-list-shared-unit", "分别较上年末提升0.21、0.18和0.09个百分点。",
     [("0.21", 0.21, "percentage_point", E), ("0.18", 0.18, "percentage_point", E),
      ("0.09个百分点", 0.09, "percentage_point", E)]),
    ("he-years-not-list", "2023和2024年营收分别为10亿元和12亿元。", [("10亿元", 1e9, "CNY", E), ("12亿元", 1.2e9, "CNY", E)]),
]

TRADITIONAL = [
    ("trad-yi-yuan", "總收入達387億元。", [("387億元", 3.87e10, "CNY", E)]),
    ("trad-ge", "新增25個品類。", [("25個", 25, "item", E)]),
    ("trad-dian", "佔比為十二點五%。", [("十二點五%", 12.5, "percent", E)]),
    ("trad-chao-guo", "用戶超過3000萬人。", [("超過3000萬人", 3e7, "person", G)]),
    ("trad-liang", "員工兩千名。", [("兩千名", 2000, "person", E)]),
    ("trad-yu", "與去年相比增長8%。", [("8%", 8, "percent", E)]),
    ("trad-fraction", "佔百分之四十。", [("百分之四十", 40, "percent", E)]),
    # 公噸 (metric ton, Hong Kong and Taiwan) is the ton
    ("trad-metric-ton", "共運載貨物及郵件13.6萬公噸。", [("13.6萬公噸", 1.36e5, "ton", E)]),
    # a bare Minguo year of this century opening a clause is a period (115年 = 2026); a duration is not
    ("minguo-bare-year", "114年全年經濟成長率為4.45%；115年經濟成長率預測為2.81%。",
     [("4.45%", 4.45, "percent", E), ("2.81%", 2.81, "percent", E)]),
    # 出超 is a trade surplus, not "over" (was gt); 收入超 stays "over"
    ("trade-surplus", "10月出口618.2億美元；出超191.7億美元。",
     [("618.2億美元", 6.182e10, "USD", E), ("191.7億美元", 1.917e10, "USD", E)]),
    ("income-over", "公司收入超100亿元。", [("超100亿元", 1e10, "CNY", G)]),
    # 班 / 班次 count scheduled services (transport operating statistics)
    ("scheduled-services", "計劃增加每週約40班航班，每日開行120班次。",
     [("約40班", 40, "item", A), ("120班次", 120, "item", E)]),
    ("minguo-bare-year-duration", "公司成立100年來首次虧損，品牌已有110年的歷史。",
     [("100年", 100, "year", E), ("110年", 110, "year", E)]),
]

NOT_QUANTITIES = [
    ("condition-not-arisen", "本基金未出现连续二十个工作日基金份额持有人数量不满二百人或者基金资产净值低于五千万元的情形。", []),
    ("condition-not-existing", "公司不存在持股5%以上股东占用资金的情形。", []),
    ("condition-arisen-counts", "报告期内出现3家公司违约的情形。", [("3家", 3, "item", E)]),
    # a disclosure rule's threshold picking the items it explains (变动幅度达30%以上的主要原因)
    ("explained-items-threshold", "（二）上表中有关项目增减变动幅度达30%以上的主要原因", []),
    ("explained-items-threshold-bili", "变动比例超过30%的项目说明如下：", []),
    ("growth-then-reason-counted", "营收增长30%以上的原因是需求旺盛。", [("30%以上", 30, "percent", G)]),
    ("size-class-ji", "新建5000吨级泊位和10万吨级码头。", []),
    ("size-class-yuan-ji", "引进百亿元级项目。", []),
    ("levels-counted", "信用评级提升2个级别。", [("2个", 2, "item", E)]),
    ("rule-number-not-rank", "根据上市规则第13.09(2)(a)条作出公告。", []),
    ("rank-still-counted", "销量位列行业第3。", [("第3", 3, "rank", E)]),
    ("year", "2024年是关键一年。", []),
    ("quarter-word", "第四季度表现强劲。", []),
    ("q4", "Q4收入创新高。", []),
    ("yy-q", "24Q4利润改善。", []),
    ("fiscal-estimate", "FY2025E盈利预测上调。", []),
    ("estimate-year", "2026E估值具备吸引力。", []),
    ("model-version", "可灵1.5正式发布。", []),
    ("model-name-space", "对标Veo 2模型。", []),
    ("pro-version", "推出1.5 Pro版本。", []),
    ("footnote-paren", "收入口径调整(1)。", []),
    ("footnote-bracket", "数据来源于公司公告[7]。", []),
    ("stock-code-hk", "腾讯控股(00700.HK)发布公告。", []),
    ("stock-code-a", "药明康德(603259)股价上涨。", []),
    ("date", "2024年11月11日开售。", []),
    ("list-ordinals", "一是提升效率，二是降低成本。", []),
    ("threshold-group", "GMV破百万的直播间增多。", []),
    ("age-threshold", "55岁以上用户占比提升。", []),
    ("rate-base", "每增长1亿元收入需投入更多。", []),
    ("rate-base-bare-number", "每1000名用户中有付费者。", []),
    ("income-threshold-group", "月收入超过2万元的人数增加。", []),
    ("implied-money-total", "社会消费品零售总额4.2万亿，同比持平。", [("4.2万亿", 4.2e12, "CNY", E)]),  # 总额 names money
    ("price-band", "100元以下价格段销量占比提升。", []),  # a bound marking out a band names it
    ("price-band-inclusive", "9.9元及以下价格带的产品增多。", []),
    ("range-bounds-group", "人均消费在80至120元之间的餐厅上座率最高。", []),
    ("percent-range-before-group-kept", "酒精量在5-20%之间的产品。", [("5", 5, "percent", E), ("20%", 20, "percent", E)]),
    ("range-between-is-figure", "增速在3%-5%之间。", [("3%", 3, "percent", E), ("5%", 5, "percent", E)]),
    ("url", "详见https://ir.example.com/report?id=2024&p=30%25。", []),
    ("order-number", "订单号A202407151234567可查询。", []),
    ("idiom", "一举两得。", []),
    ("3d", "支持3D建模。", []),
    ("round-the-clock", "提供7×24小时服务。", []),
    ("shopping-festival", "双11期间销量大增。", []),
    ("generation-label", "95后用户占比40%。", [("40%", 40, "percent", E)]),
    ("clock-time", "每晚20:00准时开播。", []),
    ("heading-unit-note", "单位：百万元", []),
    ("quarter-code-glued", "24年Q4单季收入357.8亿元。", [("357.8亿元", 3.578e10, "CNY", E)]),
    ("two-digit-years-range", "预计25-27年EPS分别为1.23/1.56/1.89元。",
     [("1.23", 1.23, "CNY", E), ("1.56", 1.56, "CNY", E), ("1.89元", 1.89, "CNY", E)]),
    ("two-digit-year-metric", "24年收入增长20%。", [("20%", 20, "percent", E)]),
    ("two-digit-year-month", "25年3月销量5万辆。", [("5万辆", 5e4, "item", E)]),  # a date, not 25 years
    ("two-digit-years-adjusted", "下调25-27年经调整净利润预测至120/350亿元。",
     [("120", 1.2e10, "CNY", E), ("350亿元", 3.5e10, "CNY", E)]),
    ("duration-not-a-date", "公司已运营25年。", [("25年", 25, "year", E)]),
    # Taiwan's Minguo years name periods before a month or span; elsewhere N年 stays a duration
    ("minguo-year-month", "113年11月合併營收為新台幣18億3,650萬元。", [("新台幣18億3,650萬元", 1.8365e9, "TWD", E)]),
    ("minguo-year-span", "112年度及113年累計營收。", []),
    ("century-duration", "公司成立100年。", [("100年", 100, "year", E)]),
    # 首N個月 after a year or at a clause start names the first months
    ("first-months-hk", "2024年首10個月合計下跌6.5%。", [("6.5%", 6.5, "percent", E)]),
    ("first-days-figure", "上市首3天销量破万。", [("3天", 3, "day", E)]),
    ("half-year-code", "H1营收同比+9%。", [("+9%", 9, "percent", E)]),
    # statistics: a confidence level names its interval; a bound after ≥/≤ before a noun marks out a group
    ("confidence-level", "风险比为0.62（95%CI：0.51-0.75）。", []),
    ("confidence-level-spaced", "95% CI为0.51-0.75。", []),
    ("confidence-bounds", "ORR为45.2%（95%CI：38.1%-52.4%）。", [("45.2%", 45.2, "percent", E)]),
    # the landmark a rate is measured at names the rate (12个月总生存率); a duration stated before a comma counts
    ("landmark-rate", "12个月总生存率为78.5%。", [("78.5%", 78.5, "percent", E)]),
    ("landmark-rate-repurchase", "30天复购率为25%。", [("25%", 25, "percent", E)]),
    ("duration-then-rate", "耗时12个月，完成率90%。", [("12个月", 12, "month", E), ("90%", 90, "percent", E)]),
    ("confidence-bounds-months", "mPFS为12.3个月（95%置信区间：10.8-14.1个月）。", [("12.3个月", 12.3, "month", E)]),
    ("sign-bound-group", "在高表达（≥75%肿瘤细胞）亚组中，客观缓解率为58.9%。", [("58.9%", 58.9, "percent", E)]),
    ("sign-bound-figure-kept", "要求ORR≥30%。", [("30%", 30, "percent", E)]),
    # a dash after capital letters joins a product or target code (BY-015单药组: not -15 单); yoy-24% is signed
    ("hyphen-code", "BY-015单药组中位无进展生存期为9.6个月。", [("9.6个月", 9.6, "month", E)]),
    ("hyphen-code-drug", "HR-207研究共入组86例患者。", [("86例", 86, "item", E)]),
    ("hyphen-comparator-signed", "资本开支yoy-24%，YOY-5%。", [("-24%", -24, "percent", E), ("-5%", -5, "percent", E)]),
    # a freight turnover in ton-kilometres is no weight (outside the vocabulary: no figure); tons stay tons
    ("ton-km-turnover", "货邮周转量为13.2亿吨公里，同比上升12.1%。", [("12.1%", 12.1, "percent", E)]),
    ("tons-still-tons", "货邮运输量11.8万吨。", [("11.8万吨", 118000, "ton", E)]),
]

IMPLIED_UNITS = [
    ("users-noun", "月活跃用户达7.36亿。", [("7.36亿", 7.36e8, "person", E)]),
    ("gmv-noun", "全年GMV达1.39万亿。", [("1.39万亿", 1.39e12, "CNY", E)]),
    ("earlier-amount-unit", "收入为4.01亿元，较上年同期的3.825亿增长4.8%。",
     [("4.01亿元", 4.01e8, "CNY", E), ("3.825亿", 3.825e8, "CNY", E), ("4.8%", 4.8, "percent", E)]),
    ("earlier-currency", "海外收入为12亿美元，去年为9亿。",
     [("12亿美元", 1.2e9, "USD", E), ("9亿", 9e8, "USD", E)]),
    ("chinese-numeral-users", "注册会员三千万，", [("三千万", 3e7, "person", E)]),
    ("qualified", "粉丝数超2000万，", [("超2000万", 2e7, "person", G)]),
    ("implied-list", "三家平台DAU为3.8/4.2/4.5亿。",
     [("3.8", 3.8e8, "person", E), ("4.2", 4.2e8, "person", E), ("4.5亿", 4.5e8, "person", E)]),
    ("implied-range", "用户规模由3.8亿增至4.2亿。", [("3.8亿", 3.8e8, "person", E), ("4.2亿", 4.2e8, "person", E)]),
    ("unknown-counter-left-alone", "播放量达2.2亿次。", []),
    ("unknown-metric-clause-no-borrowing", "收入达10亿元，播放量达2.2亿。", [("10亿元", 1e9, "CNY", E)]),
    ("noun-from-previous-clause", "DAU同比增长5%，达到3.9亿。", [("5%", 5, "percent", E), ("3.9亿", 3.9e8, "person", E)]),
    ("nearest-noun-wins", "投资项目达1.2万，", [("1.2万", 1.2e4, "item", E)]),
    ("no-noun-no-guess", "总数达1000万。", []),
    ("counted-noun-after", "618期间共有超5亿用户在京东下单。", [("超5亿", 5e8, "person", G)]),
    ("counted-noun-after-list", "其中2亿网民使用短视频。", [("2亿", 2e8, "person", E)]),
    ("money-noun-after-not-counted", "实现10亿营收。", []),
    ("bare-magnitude-note", "单位：百万", []),
    ("threshold-group-implied", "粉丝破千万的主播增多。", []),
    # 户 is a household only for household heads or alone; accounts and merchants are items.
    ("accounts-not-households", "信用卡有效賬戶數達1.5億。", [("1.5億", 1.5e8, "item", E)]),
    ("merchants-not-households", "平台商户数达320万。", [("320万", 3.2e6, "item", E)]),
    ("paying-users-head-noun", "付费用户数达8,000万。", [("8,000万", 8e7, "person", E)]),
    ("household-head", "脱贫户数达2.4万。", [("2.4万", 2.4e4, "household", E)]),
    ("bare-household-count", "覆盖户数达1.2万。", [("1.2万", 1.2e4, "household", E)]),
]

FRACTIONS = [
    ("one-third", "跌幅达三分之一。", [("三分之一", 100 / 3, "percent", E)]),
    ("three-quarters", "四分之三的订单来自复购。", [("四分之三", 75, "percent", E)]),
    ("near-half", "近二分之一的门店盈利。", [("近二分之一", 50, "percent", A)]),
]

LAYOUT = [
    ("line-wrap-number-unit", "全年营收达387\n億元。", [("387\n億元", 3.87e10, "CNY", E)]),
    ("line-wrap-is-not-range", "增长22%\n-5%来自汇率", [("22%", 22, "percent", E), ("-5%", -5, "percent", E)]),
]

CASES = [
    *[("digits", *c) for c in DIGITS],
    *[("signs", *c) for c in SIGNS],
    *[("chinese", *c) for c in CHINESE_NUMERALS],
    *[("vague", *c) for c in VAGUE],
    *[("magnitude", *c) for c in MAGNITUDES],
    *[("money", *c) for c in MONEY],
    *[("percent", *c) for c in PERCENT],
    *[("points", *c) for c in PERCENTAGE_POINTS],
    *[("multiple", *c) for c in MULTIPLES],
    *[("count", *c) for c in COUNTS],
    *[("duration", *c) for c in DURATIONS],
    *[("rank", *c) for c in RANKS],
    *[("tenths", *c) for c in TENTHS],
    *[("qualifier", *c) for c in QUALIFIERS],
    *[("list", *c) for c in LISTS_RANGES],
    *[("traditional", *c) for c in TRADITIONAL],
    *[("not", *c) for c in NOT_QUANTITIES],
    *[("layout", *c) for c in LAYOUT],
    *[("implied", *c) for c in IMPLIED_UNITS],
    *[("fraction", *c) for c in FRACTIONS],
]


def _found(text: str, **kw) -> list[tuple[str, float, str, str]]:
    return [(text[q.start:q.end], q.value, q.unit, q.qualifier) for q in recognize_text(text, **kw)]


def _assert_same(found, expected):
    assert [(f[0], f[2], f[3]) for f in found] == [(e[0], e[2], e[3]) for e in expected], found
    for f, e in zip(found, expected):
        assert math.isclose(f[1], e[1], rel_tol=1e-9), (f, e)


@pytest.mark.parametrize("text,expected", [c[2:] for c in CASES], ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_prose(text, expected):
    _assert_same(_found(text), expected)


# Table cells: (id, cell text, table unit, expected)
CELLS = [
    ("accounting-negative", "(698)", "人民币百万元", [("(698)", -6.98e8, "CNY", E)]),
    ("thousands-cell", "1,269", "亿元", [("1,269", 1.269e11, "CNY", E)]),
    ("percent-cell-no-unit", "12.5%", None, [("12.5%", 12.5, "percent", E)]),
    ("signed-cell-percent-unit", "-2.4", "%", [("-2.4", -2.4, "percent", E)]),
    ("plus-cell", "+3.1", "%", [("+3.1", 3.1, "percent", E)]),
    ("arrow-cell", "▼2.4", "%", [("▼2.4", -2.4, "percent", E)]),
    ("parenthesised-percent", "(12.3%)", None, [("(12.3%)", -12.3, "percent", E)]),
    ("cell-own-unit-wins", "25亿元", "人民币百万元", [("25亿元", 2.5e9, "CNY", E)]),
    ("thousand-yuan-unit", "3,500", "千元", [("3,500", 3.5e6, "CNY", E)]),
    ("people-unit", "4.08", "亿人", [("4.08", 4.08e8, "person", E)]),
    ("year-cell-not-figure", "2024", "亿元", []),
    ("bare-cell-without-unit", "1,269", None, []),
    ("text-cell", "直播电商", "亿元", []),
    ("footnote-cell", "(1)", None, []),
    ("footnote-mark-after-value", "1,234*", "亿元", [("1,234", 1.234e11, "CNY", E)]),
    ("value-then-growth-note", "1,234（+12.3%）", "亿元", [("1,234", 1.234e11, "CNY", E), ("+12.3%", 12.3, "percent", E)]),
    ("value-then-text-note", "86.5 (注1)", "亿元", [("86.5", 8.65e9, "CNY", E)]),
    # a preannouncement's range cell: one figure per end; accounting parentheses on both
    ("range-cell", "1,150–1,230", "人民幣百萬元", [("1,150", 1.15e9, "CNY", E), ("1,230", 1.23e9, "CNY", E)]),
    ("range-cell-negative", "(180)–(120)", "人民幣百萬元", [("(180)", -1.8e8, "CNY", E), ("(120)", -1.2e8, "CNY", E)]),
    ("range-cell-years-not-figures", "2024-2025", "亿元", []),
    # a qualifier before a number-only cell, as in prose (a profit warning's estimates)
    ("approx-cell", "約3,850", "人民幣百萬元", [("約3,850", 3.85e9, "CNY", A)]),
    ("approx-percent-cell", "約3.5", "%", [("約3.5", 3.5, "percent", A)]),
    ("over-cell", "逾120", "万人", [("逾120", 1.2e6, "person", G)]),
    ("qualifier-word-cell-not-figure", "约定", "亿元", []),
]


@pytest.mark.parametrize("text,unit,expected", [c[1:] for c in CELLS], ids=[c[0] for c in CELLS])
def test_table_cell(text, unit, expected):
    _assert_same(_found(text, table_unit=unit, is_cell=True), expected)


# Table unit notes: (id, text, expected (unit, scale) or None)
UNIT_TEXTS = [
    ("rmb-million", "人民币百万元", ("CNY", 1e6)),
    ("yi-yuan", "亿元", ("CNY", 1e8)),
    ("percent", "%", ("percent", 1.0)),
    ("thousand-yuan-note", "单位：千元", ("CNY", 1e3)),
    ("wan-ren", "万人", ("person", 1e4)),
    ("latin-rmb-mn", "(RMB mn)", ("CNY", 1e6)),
    ("usd-million", "百万美元", ("USD", 1e6)),
    ("shares", "（股）", ("item", 1.0)),
    ("ten-thousand-shares", "万股", ("item", 1e4)),
    ("a-shares-not-unit", "A股", None),
    ("price-per-share", "元/股", ("CNY", 1.0)),
    ("price-per-ton-wan", "万元/吨", ("CNY", 1e4)),
    ("count-per-person-not-money", "件/人", None),
    ("magnitude-only", "亿", None),
    ("tenths-not-table-unit", "成", None),
    ("empty", "", None),
    ("mixed-currencies", "人民币千美元", None),
    # a price per a unit of three characters or Latin letters (电价, 运价); months only as a table's unit note
    ("price-per-kwh", "（元/千瓦时）", ("CNY", 1.0)),
    ("price-per-teu", "美元/TEU", ("USD", 1.0)),
    ("months-note", "（月）", ("month", 1.0)),
    ("month-date-not-unit", "3月", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in UNIT_TEXTS], ids=[c[0] for c in UNIT_TEXTS])
def test_parse_unit_text(text, expected):
    got = parse_unit_text(text)
    if expected is None:
        assert got is None
    else:
        assert got[0] == expected[0] and math.isclose(got[1], expected[1])


def test_case_count_meets_brief():
    assert len(CASES) + len(CELLS) + len(UNIT_TEXTS) >= 150


@pytest.mark.parametrize("text,value", [("实现收入2.3亿元", 230000000.0), ("规模8.2亿元", 820000000.0),
                                        ("用户0.7万人", 7000.0), ("收入1.1万亿元", 1.1e12)])
def test_magnitude_values_are_exact(text, value):
    assert recognize_text(text)[0].value == value  # no 229999999.99999997


def _cell_frame(cells, header="2024年"):
    import polars as pl

    from pipelines.schemas import SegmentModel, empty_frame

    rows = []
    for i, (text, table_unit, row_label) in enumerate(cells):
        rows.append({"segment_id": f"c{i}", "doc_id": "d", "source": "table", "block_no": 0, "sentence_no": 0,
                     "line": i + 1, "char_start": i * 20, "char_end": i * 20 + len(text), "text": text,
                     "heading": None, "table_no": 1, "row_no": i + 1, "col_no": 2, "header": header,
                     "row_label": row_label, "table_unit": table_unit})
    return pl.DataFrame(rows, schema=empty_frame(SegmentModel).schema)


@pytest.mark.parametrize("cell,table_unit,row_label,expected", [
    ("54.6", "人民币百万元", "毛利率（%）", (54.6, "percent")),
    ("4.01", None, "日活用户(亿人)", (4.01e8, "person")),
    ("126,900", "人民币百万元", "收入", (1.269e11, "CNY")),
    ("(698)", "人民币百万元", "经营亏损（附注3）", (-6.98e8, "CNY")),
    # the measure a row names implies its unit: a valuation multiple, a per-share amount, a rate
    ("56.4", "亿元", "P/E", (56.4, "times")),
    ("19.2", None, "PE", (19.2, "times")),
    ("8.5", "人民币百万元", "EV/EBITDA", (8.5, "times")),
    ("21.3", "百万元", "P/E（现价）", (21.3, "times")),  # a note on the price or basis
    ("3.5", None, "PB（最新）", (3.5, "times")),
    ("16.0", "百万元", "市盈率(P/E)", (16.0, "times")),
    ("1.16", "百万元", "EPS", (1.16, "CNY")),
    ("2.35", "百万港元", "每股收益（摊薄）", (2.35, "HKD")),
    ("86.2", "百万元", "毛利率", (86.2, "percent")),
    ("14.5", None, "ROE", (14.5, "percent")),
    ("5.2", "百万元", "存货周转率", (5.2e6, "CNY")),  # a turnover is no percentage (left to the table unit)
    # a row that counts: a bare magnitude after people (月活跃用户（百万）), a count noun (門店數目, 员工人数)
    ("112.0", None, "月活跃用户（百万）", (1.12e8, "person")),
    ("14.3", None, "月付费用户（万）", (1.43e5, "person")),
    ("86", None, "門店數目（期末）", (86, "item")),
    ("5230", "亿元", "员工人数", (5230, "person")),
    ("3.2", "亿元", "GMV（百万）", (3.2e8, "CNY")),  # a magnitude after money names no count (the table's unit)
], ids=["row-percent-beats-caption", "row-people", "caption-unit", "row-note-not-a-unit", "row-pe-in-yi-table",
        "row-pe-no-unit", "row-ev-ebitda", "row-pe-price-note", "row-pb-basis-note", "row-pe-named-twice", "row-eps-in-million-table", "row-eps-hkd", "row-margin-in-million-table",
        "row-roe-no-unit", "row-turnover", "row-people-millions", "row-people-ten-thousands", "row-store-count",
        "row-headcount", "row-money-magnitude"])
def test_row_label_unit(cell, table_unit, row_label, expected):
    from pipelines.recognize import recognize_segments

    frame = recognize_segments(_cell_frame([(cell, table_unit, row_label)]))
    assert frame.height == 1
    assert math.isclose(frame["value"][0], expected[0]) and frame["unit"][0] == expected[1]


@pytest.mark.parametrize("cell,header,expected", [
    ("2.1", "比上年增长（%）", (2.1, "percent")),  # the column says percent: the row's 亿元 is not its unit
    ("630.5", "绝对数", (6.305e10, "CNY")),
], ids=["percent-column-beats-row", "value-column-takes-row"])
def test_percent_column_beats_row_label_unit(cell, header, expected):
    from pipelines.recognize import recognize_segments

    frame = recognize_segments(_cell_frame([(cell, "%" if "%" in header else None, "一般公共预算收入（亿元）")],
                                           header=header))
    assert frame.height == 1
    assert math.isclose(frame["value"][0], expected[0]) and frame["unit"][0] == expected[1]


@pytest.mark.parametrize("row_label,expected", [("每股虧損（人民幣分）", (-0.012, "CNY")), ("每股股息（港仙）", (-0.012, "HKD")),
                                                ("每股盈利（美分）", (-0.012, "USD"))])
def test_a_row_in_hundredths_of_a_currency_is_converted_to_the_currency(row_label, expected):
    """The unit vocabulary holds ISO codes only: 1.2 hundredths of a yuan is 0.012 CNY, not 1.2 thousand."""
    from pipelines.recognize import recognize_segments

    frame = recognize_segments(_cell_frame([("(1.2)", "人民幣千元", row_label)]))
    assert math.isclose(frame["value"][0], expected[0]) and frame["unit"][0] == expected[1]


@pytest.mark.parametrize("table_unit,expected", [("港幣百萬元", (2.69e9, "HKD")), ("新台幣千元", (2.69e6, "TWD")),
                                                 ("人民幣百萬元", (2.69e9, "CNY"))])
def test_a_table_unit_naming_its_currency_before_yuan(table_unit, expected):
    """## 分區收益（港幣百萬元）: 元 after a named currency is that currency, as in 港幣12.5億元."""
    from pipelines.recognize import recognize_segments

    frame = recognize_segments(_cell_frame([("2,690", table_unit, "香港")]))
    assert math.isclose(frame["value"][0], expected[0]) and frame["unit"][0] == expected[1]


def _doc_units(text: str) -> dict[str, str]:
    import polars as pl

    from pipelines.parse import parse_document
    from pipelines.schemas import SegmentModel, empty_frame

    segments = pl.DataFrame(parse_document("d" * 64, text), schema=empty_frame(SegmentModel).schema)
    from pipelines.recognize import recognize_segments

    frame = recognize_segments(segments)
    return dict(zip(frame["quote"], frame["unit"]))


def test_a_traditional_document_naming_one_currency_gives_it_to_unnamed_yuan():
    text = ("# 甲精密11月營收56.8億元\n\n甲精密公布11月合併營收為新台幣56.8億元。\n\n"
            "| 月份 | 營收（億元） |\n|---|---|\n| 2024年11月 | 56.80 |\n")
    assert _doc_units(text) == {"56.8億元": "TWD", "新台幣56.8億元": "TWD", "56.80": "TWD"}


def test_a_hong_kong_release_whose_amounts_are_in_hong_kong_dollars_gives_them_to_unnamed_yuan():
    text = ("# 零售業銷貨額\n\n零售業總銷貨價值臨時估計為320億元。\n\n"
            "| 零售商類別 | 銷貨價值（百萬港元） |\n|---|---|\n| 藥物及化妝品 | 3,108 |\n")
    assert _doc_units(text) == {"320億元": "HKD", "3,108": "HKD"}


def test_taiwanese_financial_writing_naming_no_currency_is_in_new_taiwan_dollars():
    # 季增, 營益率, 每股純益: Taiwan's words; a table cell under | EPS（元） | has no Traditional character of its own
    text = ("# 甲光通Q3每股賺4.12元\n\n甲光通第３季營收１０５．６億元，季增１４．２％，每股純益４．１２元。\n\n"
            "| 項目 | 3Q25 |\n|---|---|\n| EPS（元） | 4.12 |\n")
    assert _doc_units(text) == {"4.12元": "TWD", "１０５．６億元": "TWD", "１４．２％": "percent", "４．１２元": "TWD",
                                "4.12": "TWD"}


def test_taiwanese_news_compressing_month_and_year_comparisons_is_in_new_taiwan_dollars():
    # 月增11%、年增16.9% (Hong Kong writes 按月/按年, and 複合年增長率 is no such word)
    text = "# 乙電10月營收\n\n乙電（2330）今日公布10月營收達3,676.5億元，月增11%、年增16.9%。\n"
    assert _doc_units(text)["3,676.5億元"] == "TWD"


@pytest.mark.parametrize("text", [
    # Hong Kong writing (按季, 每股盈利) naming no currency: no place's yuan is known
    "# 甲公司營收56.8億元\n\n甲公司營收按季增加5%，每股盈利0.5元。\n",
    "# 甲公司營收56.8億元\n\n甲公司營收按年增加5%，複合年增長率為12%。\n",
    # Simplified writing with 季增: 元 is the renminbi's
    "# 甲公司营收56.8亿元\n\n甲公司营收季增5%。\n",
    # the renminbi is named: unnamed 元 stays CNY
    "# 甲公司營收56.8億元\n\n甲公司營收為新台幣56.8億元，中國業務收入人民幣3億元。\n",
    # Simplified writing: 元 is the renminbi's
    "# 甲公司营收56.8亿元\n\n甲公司营收为新台币56.8亿元。\n",
    # two currencies named: no single one
    "# 甲公司營收56.8億元\n\n甲公司營收為新台幣56.8億元，港幣3億元。\n",
])
def test_a_document_keeps_unnamed_yuan_cny_otherwise(text):
    assert _doc_units(text)["56.8" + ("億元" if "億" in text else "亿元")] == "CNY"


def test_taiwanese_earnings_and_valuation_words_mark_new_taiwan_dollars():
    # a financial holding's 自結 earnings and 每股盈餘, a note's 本益比: Taiwan's words (not Hong Kong's 每股盈利)
    text = ("# 甲金控10月自結獲利68.2億元\n\n甲金控10月自結稅後淨利68.2億元，每股盈餘0.52元。\n")
    assert _doc_units(text) == {"68.2億元": "TWD", "0.52元": "TWD"}
    text = "# 甲科技目標價1,280元\n\n給予30倍本益比，目標價1,280元。\n"
    assert _doc_units(text)["1,280元"] == "TWD"


def test_a_row_noting_what_it_is_before_its_percent_is_in_percent():
    # | 民間消費（年增率，%） |: the note says what the row is, then its unit
    from pipelines.recognize import recognize_segments

    frame = recognize_segments(_cell_frame([("0.84", None, "民間消費（年增率，%）")]))
    assert frame.height == 1 and frame["unit"][0] == "percent" and math.isclose(frame["value"][0], 0.84)
    frame = recognize_segments(_cell_frame([("0.84", None, "民間消費（年增率）")]))  # no unit: no quantity unit
    assert frame.height == 0 or frame["unit"][0] != "percent"


def test_a_row_in_hundredths_of_an_unnamed_currency_does_not_take_the_table_unit():
    from pipelines.recognize import recognize_segments

    assert recognize_segments(_cell_frame([("(1.2)", "人民幣千元", "每股虧損（分）")])).height == 0


# A year-like number in a table body is a value when its column header (or,
# outside the label column, its row label) is a period: (id, cell, header, row label, expected)
YEAR_LIKE_CELLS = [
    ("estimate-column", "1940", "2024E", "归母净利润", [("1940", 1.94e11, "CNY", E)]),
    ("actual-column", "2021", "2023A", "营业收入", [("2021", 2.021e11, "CNY", E)]),
    ("plain-year-column", "1998", "2025", "经营利润", [("1998", 1.998e11, "CNY", E)]),
    ("fiscal-column", "2013", "FY25", "收入", [("2013", 2.013e11, "CNY", E)]),
    ("quarter-column", "1960", "3Q24", "收入", [("1960", 1.96e11, "CNY", E)]),
    ("period-row-label", "2050", "营业收入", "2024年", [("2050", 2.05e11, "CNY", E)]),
    ("year-label-cell", "2024", "年份", "2024", []),
    ("non-period-header", "2019", "项目", "成立时间", []),
]


@pytest.mark.parametrize("cell,header,row_label,expected", [c[1:] for c in YEAR_LIKE_CELLS],
                         ids=[c[0] for c in YEAR_LIKE_CELLS])
def test_year_like_cell(cell, header, row_label, expected):
    _assert_same(_found(cell, table_unit="亿元", is_cell=True, header=header, row_label=row_label), expected)


@pytest.mark.parametrize("cell,header,table_unit,expected", [
    ("1", "排名", None, [("1", 1, "rank", E)]),
    ("3", "行业排名", "万吨", [("3", 3, "rank", E)]),
    ("34.5", "多晶硅产量（万吨）", "万吨", [("34.5", 345000, "ton", E)]),
    ("-2", "排名变化", None, []),  # a change of place is no place
], ids=["rank-column", "rank-column-despite-table-unit", "measure-column", "rank-change-column"])
def test_rank_column(cell, header, table_unit, expected):
    _assert_same(_found(cell, table_unit=table_unit, is_cell=True, header=header), expected)


def test_period_columns_through_parse():
    """The parse stage hands each cell its column header, so a forecast table's
    year-like values survive while the label column's years do not."""
    import polars as pl

    from pipelines.parse import parse_document
    from pipelines.recognize import recognize_segments

    doc = ("单位：亿元\n| 项目 | 2023A | 2024E | 2025E |\n|---|---|---|---|\n"
           "| 净利润 | 1152 | 1940 | 2120 |\n\n| 年份 | 收入（亿元） |\n|---|---|\n| 2021 | 860 |\n")
    frame = recognize_segments(pl.DataFrame(parse_document("p" * 64, doc)))
    assert frame["quote"].to_list() == ["1152", "1940", "2120", "860"]
    assert frame["value"].to_list() == [1.152e11, 1.94e11, 2.12e11, 8.6e10]


def test_named_yuan_carries_across_sentences_of_a_paragraph_only():
    import polars as pl

    from pipelines.parse import parse_document
    from pipelines.recognize import recognize_segments

    doc = "營收達新台幣2兆元。董事會核准每股股利4.5元。\n\n另一段：客单价58元。\n"
    frame = recognize_segments(pl.DataFrame(parse_document("y" * 64, doc)))
    assert list(zip(frame["quote"], frame["unit"])) == [("新台幣2兆元", "TWD"), ("4.5元", "TWD"), ("58元", "CNY")]
