"""Attribution lexicons: change verbs, comparators, share words, period words."""
from __future__ import annotations

# Verbs that state a change; the figure after them is the size of the change.
UP_VERBS = ("增长", "增加", "提升", "提高", "上涨", "上升", "增长了", "提升了", "扩大", "高出", "多出",
            "同比增", "增", "涨", "升", "加快", "跃升", "攀升", "改善")
DOWN_VERBS = ("下降", "下滑", "减少", "收窄", "降低", "缩短", "缩小", "回落", "下跌", "减", "降", "跌",
              "萎缩", "放缓", "低出")
# Verb + these mean "to" a new level: 增至, 提升到, 降至 -> the figure is a level.
TO_MARKERS = ("至", "到", "为")
# Words that make a percentage a share of a whole.
SHARE_WORDS = ("占比", "占", "比重", "份额", "渗透率", "比例")
# Comparators: 同比 -> yoy, 环比 -> qoq; 较X / 比X / 相比X -> X as written.
YOY_WORDS = ("同比", "较去年同期", "比去年同期", "较上年同期", "比上年同期", "较去年", "比去年", "较上年", "yoy", "YoY")
QOQ_WORDS = ("环比", "较上季度", "比上季度", "较上一季度", "qoq", "QoQ")
COMPARATORS = ("相较于", "相比于", "相比", "对比", "较", "比")
