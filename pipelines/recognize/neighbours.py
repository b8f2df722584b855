"""Rules that read a quantity together with its neighbours in a segment.

- approximate_ranges: 约 before a range makes every member approximate.
- approximate_shares: 约占…的N%, 約占全球產值的18%: 约 on the verb 占 makes the share approximate.
- approximate_per_unit: 均價約為每平方米人民幣16,040元: 约 before a rate base makes the amount approximate.
- prior_year_hundredths: 每股基本盈利為人民幣42.8分（2023年：52.6分）: the aside's bare 分 is the
  same currency's hundredths as the amount before it.
- drop_group_bounds: a range (not of percent) closed by 之间的 bounds a group, not a figure.
- paragraph_yuan: a currency named before 元 (新台幣…元) rules the later
  unnamed 元 of the paragraph; recognize_segments carries it from sentence
  to sentence.
- DocumentYuan: in a document that names one currency before 元 and never names the renminbi,
  every unnamed 元 written in Traditional Chinese is in that currency (a Taiwanese release's
  headline "11月營收56.8億元" and table "營收（億元）" are TWD, as its 新台幣56.8億元 is).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipelines.recognize import context as C
from pipelines.recognize import patterns as P
from pipelines.recognize.builders import MONEY, Quantity
from pipelines.recognize.lexicon import (CURRENCY_PREFIXES, HUNDREDTHS_AFTER_PREFIX, QUALIFIER_PREFIXES,
                                         YUAN_NAMING_PREFIXES)
from pipelines.recognize.numerals import number_to_float
from pipelines.recognize.textnorm import TRADITIONAL_ONLY, fold

_RANGE_SEPARATOR = re.compile(r"[ \t]*(?:[-~至到、/])[ \t]*")  # (a list as a range: 分別約為45%、38%、30%)
_APPROX_BEFORE = re.compile(rf"(?:{P.alt(w for w, q in QUALIFIER_PREFIXES.items() if q == 'approx')})\Z")


def approximate_ranges(folded: str, found: list[Quantity]) -> list[Quantity]:
    """"约200-300元", "约80%-85%", "约为45%、38%、30%": 约 before a range or list makes the whole range
    approximate, so the first member takes the word into its quote and the
    later members are approx too. (A bound such as 超 on a range is rare and
    not spread.)"""
    out = list(found)
    for i in range(len(out) - 1):
        q, nxt = out[i], out[i + 1]
        if nxt.unit != q.unit or not _RANGE_SEPARATOR.fullmatch(folded, q.end, nxt.start):
            continue
        if q.qualifier == "eq" and not q.signed:
            m = _APPROX_BEFORE.search(folded, max(0, q.start - 4), q.start)
            if m and not C.qualifier_in_word(folded, m.group(), m.start()):
                q = out[i] = q._replace(start=m.start(), qualifier="approx")
        if q.qualifier == "approx" and nxt.qualifier == "eq":
            out[i + 1] = nxt._replace(qualifier="approx")
    return out


# （2023年：52.6分） / (去年同期：3.1仙): the prior period's value in an aside, in hundredths.
_PRIOR_HUNDREDTHS = re.compile(r"[(（](?:(?:19|20)\d{2}年?(?:同期|度)?|去年同期|上年同期|去年|上年)[:：]\s*"
                               rf"(?P<num>{P.ARABIC})(?:{P.alt(HUNDREDTHS_AFTER_PREFIX)})[)）]")


def prior_year_hundredths(folded: str, found: list[Quantity]) -> list[Quantity]:
    """The bare 分/仙 of a prior-period aside after an amount in hundredths (人民幣42.8分) take its currency."""
    out = list(found)
    for q in found:
        if q.unit not in MONEY or not folded.endswith(HUNDREDTHS_AFTER_PREFIX, 0, q.end):
            continue
        m = _PRIOR_HUNDREDTHS.match(folded, q.end)
        value = number_to_float(m["num"]) if m else None
        if value is not None:
            out.append(Quantity(m.start("num"), m.end() - 1, value / 100, q.unit))
    return sorted(out, key=lambda q: q.start) if len(out) > len(found) else found


def drop_group_bounds(folded: str, found: list[Quantity]) -> list[Quantity]:
    """人均消费在80至120元之间的餐厅: a range closed by 之间的 bounds the group the noun names;
    neither member is a figure. A percent range is kept, as a percent bound is (超过50%的用户 is a
    share; 酒精量在5-20%之间的产品 names the strength)."""
    if "之间的" not in folded and "区间的" not in folded and "范围内的" not in folded:
        return found
    drop: set[int] = set()
    for i in range(len(found) - 1):
        q, nxt = found[i], found[i + 1]
        if nxt.unit == q.unit != "percent" and _RANGE_SEPARATOR.fullmatch(folded, q.end, nxt.start) \
                and C.between_group(folded, nxt.end):
            drop.update((i, i + 1))
    return [q for i, q in enumerate(found) if i not in drop] if drop else found


# "约占全国的四分之一", "约占销售总量的85.1%", 約占全球面板產值的18%, 约占总收入30%: the qualifier sits on the
# verb 占, away from the figure (not 占比, 占率, 占有, 占据, 占领).
_APPROX_SHARE_BEFORE = re.compile(
    rf"(?:{P.alt(w for w, q in QUALIFIER_PREFIXES.items() if q == 'approx')})占(?![比率有据领])[^,，。;；:：、\d%]{{0,30}}\Z")


# 均價約為每平方米人民幣16,040元, 约每股0.35元: 约 before a rate base (每+a unit noun) governs the amount after it.
_APPROX_PER_BEFORE = re.compile(
    rf"(?:{P.alt(w for w, q in QUALIFIER_PREFIXES.items() if q == 'approx')})为?每[^\d,，。;；:：、%]{{1,4}}\Z")


def approximate_per_unit(folded: str, found: list[Quantity]) -> list[Quantity]:
    """An amount after 约(为)每平方米 / 约每股 is approximate; its quote stays the amount."""
    if "每" not in folded:
        return found
    return [q._replace(qualifier="approx") if q.qualifier == "eq" and not q.signed
            and _APPROX_PER_BEFORE.search(folded, max(0, q.start - 8), q.start) else q for q in found]


def approximate_shares(folded: str, found: list[Quantity]) -> list[Quantity]:
    """A percentage after 约占/近占/接近占 (with the whole between: 约占X的) is approximate;
    its quote stays the figure, as the qualifier word is not next to it."""
    if "占" not in folded:
        return found
    out = list(found)
    for i, q in enumerate(out):
        if q.unit == "percent" and q.qualifier == "eq" and not q.signed \
                and _APPROX_SHARE_BEFORE.search(folded, max(0, q.start - 40), q.start):
            out[i] = q._replace(qualifier="approx")
    return out


# "新台幣2兆8,943億元", "約港幣12億元": a currency named before a generic 元.
_YUAN_NAMED = re.compile(rf"^(?:{P.PREFIX_QUALIFIER})?[ ]?(?P<cur>{P.alt(YUAN_NAMING_PREFIXES)}).*元")
# Marks of an explicit yuan: an amount with one of these is CNY as written (the first three name
# the renminbi anywhere in a text).
_EXPLICIT_CNY = ("人民币", "RMB", "CNY", "¥", "￥", "块")


# Characters only Traditional Chinese writes (folding changes them); a set, as a regex class of
# four thousand characters is slow to scan a segment with.
_TRADITIONAL = frozenset(TRADITIONAL_ONLY)
# The renminbi named anywhere in a text (the first three _EXPLICIT_CNY marks).
_RENMINBI = re.compile("|".join(map(re.escape, _EXPLICIT_CNY[:3])))
# The yuan of places writing Traditional Chinese (港元, 澳門元, 新台幣).
_LOCAL_YUAN = frozenset(("HKD", "MOP", "TWD"))
# Words only Taiwanese financial writing uses (folded): compressed quarter comparators (季增, 季減; Hong Kong
# writes 按季, the mainland 环比), 營益率, 每股純益, 稅後純益, 法說會, a financial holding's 自結 (self-settled)
# earnings and 每股盈餘 (the mainland's 每股收益, Hong Kong's 每股盈利), a note's 本益比 (市盈率) and 投顧.
# (月增11%、年增16.9%: Taiwanese news compress month and year comparisons too, where Hong Kong writes 按月/按年 and
# 复合年增长率)
_TAIWANESE = re.compile("(?<!按)季[增减]|(?<![按复合去今明前])[月年][增减](?![长加值])|营益率|每股纯益|税后纯益|法说会|自结|"
                        "每股盈余|本益比|投顾")


class DocumentYuan:
    """What a document says of its currencies, gathered segment by segment (see the module notes)."""

    __slots__ = ("named", "renminbi", "local", "taiwanese", "traditional")

    def __init__(self) -> None:
        self.named: set[str] = set()
        self.renminbi = False
        self.local: set[str] = set()  # the yuan of Hong Kong, Macau or Taiwan in amounts (305億港元, 百萬澳門元 cells)
        self.taiwanese = False  # Taiwanese financial words (季增, 營益率, 每股純益, 法說會)
        self.traditional = False  # an amount in unnamed 元 written in Traditional characters (unnamed_yuan)

    def read(self, folded: str, table_unit: str | None, found: list[Quantity], unnamed: bool) -> None:
        """One segment's text and amounts; unnamed: it has an amount in unnamed 元 written in Traditional (only
        then, and after, are its words read for Taiwanese ones: Simplified documents are not scanned)."""
        self.renminbi = self.renminbi or bool(_RENMINBI.search(folded)) \
            or bool(table_unit and _RENMINBI.search(fold(table_unit)))
        self.traditional = self.traditional or unnamed
        self.taiwanese = self.taiwanese or self.traditional and bool(_TAIWANESE.search(folded))
        for q in found:
            named = _YUAN_NAMED.match(folded[q.start:q.end]) if q.unit in MONEY else None
            if named:
                self.named.add(CURRENCY_PREFIXES[named["cur"]])
            elif q.unit in _LOCAL_YUAN:
                self.local.add(q.unit)

    def currency(self) -> str | None:
        """The currency of the document's unnamed 元, when it is not the renminbi: the one named before 元, or
        else the one local yuan its amounts are in (320億元 in a release whose table is in 百萬港元), or else,
        in Taiwanese financial writing that names none, the New Taiwan dollar (營收105.6億元，季增14.2%)."""
        if self.renminbi:
            return None
        if len(self.named) == 1 and "CNY" not in self.named:
            return next(iter(self.named))
        if not self.named and len(self.local) == 1:
            return next(iter(self.local))
        return "TWD" if not self.named and not self.local and self.taiwanese else None


@lru_cache(maxsize=1 << 14)  # a segment's text is asked once per amount in it; headers repeat
def _in_traditional(text: str) -> bool:
    return not _TRADITIONAL.isdisjoint(text)


def unnamed_yuan(quote: str, *written: str | None) -> bool:
    """An amount in 元 not marked as renminbi (人民幣5億元, ¥300 are), in a segment written in
    Traditional characters (its text, or for a cell its header, row label or table unit)."""
    return any(t and _in_traditional(t) for t in written) and bare_yuan(quote)


def bare_yuan(quote: str) -> bool:
    """An amount in 元 with no mark of the renminbi (人民幣, RMB, ¥, 块)."""
    return not any(w in fold(quote) for w in _EXPLICIT_CNY)


def paragraph_yuan(folded: str, found: list[Quantity], yuan: str | None) -> tuple[list[Quantity], str | None]:
    """An amount in unnamed 元 (or an implied amount) takes the currency the
    paragraph last named before a 元 ("新台幣1兆元 … 每股4.5元" is TWD twice);
    a 人民币 amount names CNY again. Returns the amounts and the currency
    in force after them."""
    out = []
    for q in found:
        quote = folded[q.start:q.end]
        named = _YUAN_NAMED.match(quote) if q.unit in MONEY else None
        if named:
            yuan = CURRENCY_PREFIXES[named["cur"]]
        elif yuan and q.unit == "CNY" and not any(w in quote for w in _EXPLICIT_CNY):
            q = q._replace(unit=yuan)
        out.append(q)
    return out, yuan
