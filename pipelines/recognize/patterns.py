"""The recognition patterns, built from the lexicons.

Every pattern runs on the folded text (textnorm.fold), so it sees ASCII digits
and Simplified characters; offsets are the original text's.
"""
from __future__ import annotations

import re

from pipelines.recognize.lexicon import (
    COMPOUND_HEADS, CN_DIGITS, CN_NUMERAL_CHARS, CURRENCY_PREFIXES, CURRENCY_WORDS, HUNDREDTHS_AFTER_PREFIX, HUNDREDTHS_WORDS, MAGNITUDES, MONEY_SUBUNITS,
    IMPLIED_UNIT_FOLLOWERS, IMPLIED_UNIT_NOUNS, NOT_HOUSEHOLD_BEFORE_HU, PERIOD_HEADER_WORDS, QUALIFIER_INFIXES, QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES, TENTHS_WORDS,
    UNIT_WORDS,
)


def alt(words, spaced: bool = False) -> str:
    """Regex alternation, longest first; spaced allows blanks between characters."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts.append(r"\s*".join(map(re.escape, w)) if spaced else re.escape(w))
    return "|".join(parts)


# ASCII number: 1269 / 1,269 / 1269.5 / .5
ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# Chinese numeral: starts with a digit word or 十; blanks allowed between
# characters as in spelled-out inputs ("一 百 五 十").
_CN_START = CN_DIGITS + "十拾"
CHINESE = rf"(?:[{_CN_START}](?:[ ]?[{CN_NUMERAL_CHARS}])*)"
# A round number written as its place word alone: 近百家, 超千人, 逾万名, 近亿元,
# 达百亿元 (百 x 亿). builders.main_quantity accepts it only after a qualifier
# or a verb of reaching (lexicon.BARE_HUNDRED_VERBS).
BARE_HUNDRED = r"(?:[百千万亿](?![百千]))"
BARE_PLACES = ("百", "千", "万", "亿")
NUMBER = rf"(?:{ARABIC}|{CHINESE}|{BARE_HUNDRED})"

_CN_MAGS = [m for m in MAGNITUDES if not m.isascii()]
_LATIN_MAGS = [m for m in MAGNITUDES if m.isascii()]
# Latin magnitudes end at a non-letter ("5 Pro", "3D", "12km" are not magnitudes).
MAGNITUDE = rf"(?:{alt(_CN_MAGS)}|(?:{alt(_LATIN_MAGS)})(?![A-Za-z]))"

# Units that follow the number. 成/折 and money are handled with the rest so
# that one alternation decides (longest wins: 个百分点 before 个, 万吨 etc.).
_UNIT_GUARDS = {
    # A unit word that starts a longer ordinary word is not a unit.
    "元": r"(?!旦|宇宙|素|年|件|器|老)",
    "块": r"(?![\u4e00-\u9fff])",
    "伙": r"(?!伴|计|食|同|人)",  # (3伙伴, 伙食: no flats)
    "天": r"(?!猫|津|下|然|空|气|使|才|地|期(?!间))",  # 7天期逆回购 is a tenor (7天期间 is 7 days)
    "日": r"(?:(?<=\.\d日)|(?<=\.\d\d日))(?!均)",  # 1.3日, 0.25日: a decimal is no date (11月11日)
    "个月": r"(?!期(?!间)|Shibor|SHIBOR|存单|国债)",  # 3个月期Shibor / 3个月Shibor is a tenor
    "年": r"(?!代|级|度|初|底|末|报|终|货|会|轻|化|薪|费|份|前|后|内外|期|国债|国开|美债|地方债|政金债|信用债|城投|AAA|AA\+"
          r"|中短票|中票|存单)",  # 10年期 / 10年国债 / 3年AAA中短票 are tenors
    "名": r"(?!单|称|字|义|牌|列|次|声|片|额|誉|人|校)",
    "位": r"(?!于|置|列|居|数|次|移)",
    "个": r"(?!性|人|体|股|税|案|别|位|亿|万|月期(?!间)|月(?:Shibor|SHIBOR|存单|国债))",  # "2个亿" is 2亿, not 2 items
    # 个点 is percentage points unless 点 starts a noun or verb (点位, 点赞, 点击,
    # 点子, 点对点); then "3个" alone counts items as before.
    "个点": r"(?![位赞评击播餐菜单火燃亮缀子名钟心头滴睛检状阵拨题歌券卡云焊胶穴醒将兵球石源线面对数])",
    "家": r"(?!长|乡|居|电|具|用|族|属|里)",
    "场": r"(?!景|所|地|合|面|馆|内|外|次)",
    "单": r"(?!位|独|品|个|一|纯|元)",
    "条": r"(?!件|款|例|约|线)",
    "票": r"(?!房|价|据|面|务|证|号|根|选|数|权|息|仓|友|源|型)",  # 30亿票房 is box office, 1亿票价…
    "项": r"(?!目)",
    "吨": r"(?!公里|千米|km)",  # 13.2亿吨公里 (ton-kilometres, a freight turnover) is no weight
    "万吨": r"(?!公里|千米|km|级)",
    "股": r"(?!东|份|本|价|票|权|息|利|民|市|指|评|性|改)",  # 5%股权, 3万股东 are not share counts
    "台": r"(?!湾|阶|上|下)",
    "座": r"(?!位|谈)",
    "所": r"(?!以|有|在|谓|得|属)",
    "种": r"(?!子|类|植)",
    "件": r"(?!事)",
    "款": r"(?!式|项)",
    "户": r"(?!外|口|型)",
    "成": r"(?!为|功|本|立|长|交|员|果|熟|绩|型|效|都|分|品|就|人|不变|新)",  # 一成不变, 九成新 (condition)
    "折": r"(?!扣率|合|算|旧|线|射|叠|腾|磨|八扣)",  # 七折八扣 (idiom)
    "倍": r"(?!数)",
    # "25x" is a multiple only as a whole token (not "3x3", "0x1F", "5xx").
    "x": r"(?![A-Za-z0-9])", "X": r"(?![A-Za-z0-9])",
    # Latin point units end at a non-letter ("15bp", not "15bpm").
    "pct": r"(?![A-Za-z])", "pcts": r"(?![A-Za-z])", "PCT": r"(?![A-Za-z])", "pp": r"(?![A-Za-z])",
    "ppt": r"(?![A-Za-z])", "ppts": r"(?![A-Za-z])", "bp": r"(?![A-Za-z])", "bps": r"(?![A-Za-z])",
    "人": r"(?!民|员|才|口|工|们|气|均|物|士|群)",
    "架": r"(?!构|设|势|子|次)",
    "枚": r"(?!举)",
    "例": r"(?!如|外|子|行|会|句|题|证)",
    "剂": r"(?!量|型|师)",
    "颗": r"(?!粒)",
    "处": r"(?!理|于|置|罚|长|在|境|方|分|事|女)",
    "支": r"(?!持|付|出|撑|援|柱|行|配|取|票|部|线|点|队伍)",
    "头": r"(?!部|条|像|发|衔|号|寸|脑|等|版|牌|盔|羊|疼)",
    "片": r"(?!区|面|刻|段|场|子|头|尾|酬|源|商|方|名|长|约|中|言|儿)",
    "幅": r"(?!度|员|面|画|图|作)",  # (幅度 is an extent, 幅员 an area)
    "宗": r"(?!旨|教|族|师|门|亲|祠|室|派)",
}


def _unit_alt() -> str:
    words = list(UNIT_WORDS) + list(CURRENCY_WORDS) + list(HUNDREDTHS_WORDS) + list(TENTHS_WORDS)
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        spaced = w in ("个百分点", "百分点", "个点")
        body = r"\s*".join(map(re.escape, w)) if spaced else re.escape(w)
        parts.append(body + _UNIT_GUARDS.get(w, ""))
    return "|".join(parts)


UNIT = _unit_alt()
PREFIX_QUALIFIER = alt(QUALIFIER_PREFIXES)
SUFFIX_QUALIFIER = alt(QUALIFIER_SUFFIXES)
INFIX_QUALIFIER = alt(QUALIFIER_INFIXES)
CURRENCY_PREFIX = alt(CURRENCY_PREFIXES)

# Between a number and its unit: spaces (spelled-out or PDF text: "六   个百分点")
# and at most one line wrap ("387\n億元").
GAP = r"[ \t]{0,6}\n?[ \t]{0,6}"

# The higher places of a compound number in digits: the "2兆" of "2兆8,943亿元",
# the "3亿" of "3亿5000万元" (integers only; builders.compound_value checks
# that each part is below the place before it).
HEAD_PART = re.compile(rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<place>{alt(COMPOUND_HEADS)})")
HEAD = rf"(?<![\d.,])(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:{alt(COMPOUND_HEADS)})){{1,2}}"

# The main quantity: [qualifier][currency][sign] number [多][magnitude][多|余] unit [以上…]
def _quantity(number: str) -> re.Pattern:
    return re.compile(
        rf"(?P<pre>{PREFIX_QUALIFIER})?"
        rf"(?P<cur>{CURRENCY_PREFIX})?[ ]{{0,2}}"
        rf"(?P<sign>(?<![\d.])[+\-▲▼↑↓]|负)?"
        rf"{number}"
        rf"(?:[ ]?(?P<mid0>{INFIX_QUALIFIER}))?"
        rf"(?:{GAP}(?P<mag>{MAGNITUDE}))?"
        rf"(?P<mid>{INFIX_QUALIFIER})?"
        rf"{GAP}(?P<unit>{UNIT})"
        rf"(?P<suf>{SUFFIX_QUALIFIER})?"
    )


QUANTITY = _quantity(rf"(?P<num>{NUMBER})")
# The same with a compound head: 新台幣2兆8,943億元, 3亿5000万元, 1万2000人. A
# separate pattern so that a head that does not compound leaves QUANTITY's
# match of the tail in place.
COMPOUND = _quantity(rf"(?P<head>{HEAD})(?P<num>{ARABIC})")

# A bare number after a currency prefix: "$20", "￥300", "US$1.2bn", "HK$120-130".
PREFIXED_MONEY = re.compile(
    rf"(?P<pre>{PREFIX_QUALIFIER})?"
    rf"(?P<cur>{CURRENCY_PREFIX})[ ]{{0,2}}"
    rf"(?P<sign>[+\-▲▼↑↓])?(?P<head>{HEAD})?(?P<num>{ARABIC})(?:[ ]?(?P<mag>{MAGNITUDE}))?"
    # A range under one sign: "HK$120-130", "US$1.2-1.5bn" (the magnitude is
    # shared), "US$1.5bn-2bn".
    rf"(?:[ ]?[-~][ ]?(?P<num2>{ARABIC})(?![\d,%])(?:[ ]?(?P<mag2>{MAGNITUDE}))?)?"
    rf"(?P<suf>{SUFFIX_QUALIFIER})?"
)

# 人民幣42.8分 / 港幣12仙: after a prefixed amount, the currency's hundredths (not 分之, 分钟, 分别).
PREFIXED_HUNDREDTHS = re.compile(rf"(?:{alt(HUNDREDTHS_AFTER_PREFIX)})(?![之钟别成享红数位析店公支])")
# A table or row unit in hundredths of the currency it names: 人民币分, (港币仙).
HUNDREDTHS_UNIT_TEXT = re.compile(rf"^[(（]?\s*(?P<cur>{CURRENCY_PREFIX})\s*(?:{alt(HUNDREDTHS_AFTER_PREFIX)})\s*[)）]?$")

# 百分之五十六点二, 千分之一, 万分之三, 百 分 之 2.4
FRACTION_WORDS = {"百": 1e2, "千": 1e3, "万": 1e4, "百万": 1e6, "千万": 1e7, "万万": 1e8, "百万万": 1e10,
                  "佰": 1e2, "仟": 1e3}
FRACTION = re.compile(
    rf"(?P<pre>{PREFIX_QUALIFIER})?"
    rf"(?P<sign>负|[+\-])?"
    rf"(?P<den>{alt(FRACTION_WORDS, spaced=True)})\s*分\s*之\s*"
    rf"(?P<num>{ARABIC}|{CHINESE}|百|[ ]?[{CN_NUMERAL_CHARS}](?:\s?[{CN_NUMERAL_CHARS}])*)"
    rf"(?:\s?(?P<mag>[kK])(?![A-Za-z]))?"
    rf"(?P<suf>{SUFFIX_QUALIFIER})?"
)

# 翻倍 / 翻番 / 翻一番 = 2 times; 翻两番 = 4 times (FORMAT.md).
DOUBLING = re.compile(rf"(?P<pre>{PREFIX_QUALIFIER})?翻(?:了)?(?P<n>倍|番|一番|两番|三番)")
DOUBLING_VALUES = {"倍": 2.0, "番": 2.0, "一番": 2.0, "两番": 4.0, "三番": 8.0}

# Spelled-out text spaces every character ("陆 点 五 折", "7 2 折"): two single
# digits spaced one blank apart right before a spaced 折 are one two-digit
# discount (72折 = 72%). Only for 折, whose two-digit form is usual; spaced
# digits elsewhere may be neighbouring columns of flattened text.
SPACED_DISCOUNT = re.compile(r"(?<![\d.,])(?P<a>\d) (?P<b>\d) 折" + _UNIT_GUARDS["折"])

# 两位数增长 / 增速保持双位数 / 三位数的增幅 / 个位数下滑: a growth rate by its count of digits (spoken and
# in guidance): two digits is at least 10%, three at least 100%, one below 10%. Only beside a word of
# growth or fall (两位数的通胀, 两位数编号 are no rates of change).
DIGIT_COUNT = re.compile(  # (opens at the rare 位; the count word and a growth word before are read back)
    r"(?<=[两双三个])位数(?P<suf>以上|以内)?"
    r"(?P<after>(?:的)?(?:增长|增速|增幅|涨幅|降幅|下降|下滑|下跌|提升|提高))?"
)
DIGIT_COUNT_BEFORE = re.compile(
    r"(?:增长|增速|增幅|涨幅|降幅|下降|下滑|下跌)率?(?:都|仍|将|也|会)?(?:达到|达|保持|维持|实现|为|在|是|有)?(?:在|了)?\Z")
DIGIT_COUNT_VALUES = {"两": 10.0, "双": 10.0, "三": 100.0, "个": 10.0}

# 对折 / 半折 = 50%, 半成 = 5%: the halves of 折 and 成.
HALF_TENTHS = re.compile(r"(?P<pre>打)?(?P<word>对折|半折|半成)")
# 近一半 / 超过一半 / 一半以上 / 减少了一半: half as a figure (50%); 另一半 / 一半是 are not.
HALF = re.compile(rf"(?P<pre>{PREFIX_QUALIFIER})?(?<!另)一半(?P<suf>以上|以下|左右)?")

# Ranks: 第一, 第2名, 前两名, 前10位, TOP3
RANK = re.compile(
    rf"(?P<kind>第|前|TOP|Top|top)\s?(?P<num>\d{{1,3}}|[{CN_DIGITS}十]{{1,3}})(?:[ ]?(?P<tail>名|位|强))?"
)
# After 第N: words that make it an ordinal of something else (第四季度, 第一大股东).
RANK_NOT_BEFORE = re.compile(
    r"[季年届次期批轮章节条款个天周大家阶步代款项轴梯方线时手款份张篇部集层类种笔只回波代号]"
    r"|百分|一|二|三|四|五|六|七|八|九|十|\d|\.\d"  # 第13.09條: a rule's number
)

# A number-only table cell: 1,269 / (698) / -2.4 / 35.2% / 約3,850 (a qualifier before it, as in prose)
BARE_CELL = re.compile(
    rf"^\s*(?:(?P<pre>{PREFIX_QUALIFIER})\s?)?(?P<open>\()?(?P<sign>[+\-▲▼↑↓])?(?P<num>{ARABIC})(?:\s?(?P<mag>{MAGNITUDE}))?"
    rf"(?P<close>\))?\s*(?P<pct>%)?\s*(?P<note>[*†‡]+)?\s*$"  # "1,234*": a footnote mark
)

# Years and periods that look like quantities: 2024年, 1999年
YEAR = re.compile(r"^(?:19|20)\d{2}$")
# A column header that names a period (lexicon.PERIOD_HEADER_WORDS): 2024,
# 2023A, 2025E, FY25, 24Q3, 3Q24, 2024H1, 1H24, Q4.
PERIOD_HEADER = re.compile(
    r"(?<![\d.])(?:(?:19|20)\d{2}|\d{2}(?:Q[1-4]|H[12]|[AE])|[1-4]Q\d{2}|[12]H\d{2})(?![\d.])"
    r"|(?<![A-Za-z])(?:FY\d{2}|Q[1-4]|H[12])(?![A-Za-z])"
    rf"|{alt(PERIOD_HEADER_WORDS)}"
)

# A list or range whose last member carries the unit: 1418/1562/1682亿元, 30-40%,
# 1418、1562、1682亿元, 0.21、0.18和0.09个百分点. The separator may not span a line (a line break
# between "22%" and "-122%" is not a range).
LIST_SEPARATORS = ("/", "~", "-", "至", "到", "、", "和")
LIST_MEMBER = re.compile(
    rf"(?P<sign>(?<![\d.])[+\-])?(?P<num>{ARABIC})(?:(?P<mag>{MAGNITUDE}))?[ \t]*(?P<sep>{alt(LIST_SEPARATORS)})[ \t]*\Z"
)
# A '-' right after a number (and optional magnitude and unit) on the same
# line is a range dash ("30%-40%", "1亿元-2亿元"), not a minus sign.
# (A per-unit price's "/股", "/吨" may follow the unit: "0.32元/股–0.39元/股".)
ENDS_WITH_NUMBER = re.compile(rf"{ARABIC}(?:{MAGNITUDE})?(?:{UNIT})?(?:/[\u4e00-\u9fff]{{1,2}})?[ \t]*\Z")

# Money sub-units after an amount: 五元三毛, 50元6角三分, 两美元又三美分
SUBUNIT = re.compile(rf"^(?:又|零)?(?P<num>{ARABIC}|[{CN_DIGITS}])\s?(?P<sub>{alt(MONEY_SUBUNITS)})")

# Web addresses: numbers inside them ("q=30%25") are not quantities.
URL = re.compile(r"(?:https?://|ftp://|www\.)[!-~]+", re.IGNORECASE)
# A long run of printable ASCII without blanks (a query string, a path).
URL_TAIL = re.compile(r"[A-Za-z0-9%=&_./?#:+-]{12,}")

# A unit stated once for a table (the parse stage's table_unit): "人民币百万元",
# "亿元", "%", "万人", "单位：千元", "(RMB mn)".
UNIT_TEXT = re.compile(
    rf"^(?:单位\s*[:：为]?\s*)?[(（]?\s*(?P<cur>{CURRENCY_PREFIX})?\s*(?P<mag>{MAGNITUDE})?\s*"
    rf"(?P<unit>{UNIT})?\s*[)）]?$"
)

# A number with a Chinese magnitude and no unit word: 7.36亿, 超1.2万亿, 三千万.
# Its unit comes from the sentence (implied.py); it must end the clause or be
# followed by a continuing verb, so "2.2亿次播放" (a unit we do not know) is
# left alone.
_CN_MAG_ONLY = alt(_CN_MAGS)
# People and things a bare magnitude counts right after it (超5亿用户, 2亿网民): its unit is theirs.
_COUNTED_NOUN = alt(w for w, kind in IMPLIED_UNIT_NOUNS.items() if kind != "money" and not w.isascii())
BARE_MAGNITUDE = re.compile(
    rf"(?P<pre>{PREFIX_QUALIFIER})?"
    rf"(?P<sign>(?<![\d.])[+\-▲▼↑↓]|负)?"
    rf"(?:(?P<head>{HEAD})(?=\d))?"
    rf"(?P<num>{ARABIC}|{CHINESE}|{BARE_HUNDRED})"
    rf"(?:[ ]?(?P<mid0>{INFIX_QUALIFIER}))?"
    rf"(?:[ ]?(?P<mag>{_CN_MAG_ONLY}))?"
    rf"(?P<mid>{INFIX_QUALIFIER})?"
    rf"(?P<suf>{SUFFIX_QUALIFIER})?"
    rf"(?=$|[\s,.;:!?、。)\]}}\"”’）】」』/~\-]|[{IMPLIED_UNIT_FOLLOWERS}]|{_COUNTED_NOUN})"
)
# "户数" after 账/用/客… is the tail of another word (账户数): not a household.
# A lookahead so that overlapping nouns are all found ("付费用户": 费用 and 用户);
# implied.py takes the rightmost, as Chinese compounds put the head last.
IMPLIED_NOUN = re.compile(
    "(?=(" + alt(IMPLIED_UNIT_NOUNS).replace("户数", f"(?<![{NOT_HOUSEHOLD_BEFORE_HU}])户数") + "))")
SENTENCE_END = re.compile(r"[。；;!?！？\n]")

# N分之M with a small Chinese denominator: 三分之一, 四分之三 -> percent.
SIMPLE_FRACTION = re.compile(
    rf"(?P<pre>{PREFIX_QUALIFIER})?(?P<den>[二两三四五六七八九十])分之(?P<num>[一二两三四五六七八九])(?![十百千万])"
)
