"""Table cells: the header and the row label say what a number is.

Two table shapes are common in reports. In an entity table each row is a
case or business (the first cell is the subject) and each column a measure
(the header is the metric). In a time-series table each column (or row) is a
period (2023 / 2024 / 2025E / 24Q4) and the other axis names the metric.
A cell that carries its own words ("35%老年用户占比", "单场8万元销售额") names
its own metric; growth words in the cell or the header ("同比增长83%",
"转化效果提升") make the number a change.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipelines.attribute import lexicon as L
from pipelines.attribute.dating import absolute, is_standard
from pipelines.attribute.grammar import CHANGE_WORD, COMPRESSED, baseline_of, expected_value, frame_standard, is_down
from pipelines.attribute.periods import PERIOD_CHAR, find_periods, shift_month, shift_quarter, year_of, yearless_ending
from pipelines.recognize.textnorm import fold

# Header words that make every cell under them a change whose sign is the direction.
CHANGE_HEADERS = ("变化", "变动", "增速", "增幅", "增长率", "涨跌幅", "同比", "环比", "yoy", "YoY", "QoQ", "qoq",
                  "增减", "增率", "成长率")  # Taiwan: 年增率, 月增率, 季增減, 年成長率 (增减变动幅度: _CHANGE_SIZE)
# 年增率 / 月增減(%) / 季減率: a compressed comparator (grammar.COMPRESSED) heading a column of changes.
_COMPRESSED_RATE = re.compile(COMPRESSED.pattern + r"(?:减|增)?率?")
_COMPRESSED_RATE_END = re.compile("(?<=..)(?:" + COMPRESSED.pattern + r")(?:减|增)?率$")
_UNIT_NOTE = re.compile(r"[（(][^()（）]{0,12}[)）]\s*$")


_BARE_YEAR = re.compile(r"(?:FY)?((?:19|20)\d{2}|\d{2}(?=[AaEe]))\s?([AaEe]|年度?)?")  # 2025E, 25E, 24A
_PERIOD_WORDS = re.compile(r"[年度AaEe()（）实际预测预计值%\s]*[末底]?|累计")  # 113年累計: the year so far; 2024年末: its end


@lru_cache(maxsize=1 << 12)  # pure; a table asks about the same headers for every cell
def period_label(text: str | None) -> str | None:
    """The period a header or row label is, when it is nothing but a period (2024, 2025E, 24Q4)."""
    if not text:
        return None
    folded = _strip_unit_note(fold(text).strip())  # 2024年10月（億港元）: a period column in a unit
    m = _BARE_YEAR.fullmatch(folded)
    if m:  # a bare year header: 2023 / 2024A / 2025E / 25E
        year = m.group(1) if len(m.group(1)) == 4 else f"20{m.group(1)}"
        return f"FY{year}E" if (m.group(2) or "").upper() == "E" else year
    mentions = [m for m in find_periods(folded) if m.relative is None and not m.is_range]
    if not mentions:
        return None
    m = mentions[0]
    rest = (folded[: m.start] + folded[m.end:]).strip()
    if not _PERIOD_WORDS.fullmatch(rest):
        return None  # "2024年营收" names a measure as well: not a pure period column
    return m.label(None)


@lru_cache(maxsize=1 << 12)  # pure; asked of every header of an entity table
def leading_period(text: str | None) -> tuple[str, str] | None:
    """(period, measure) of a header that opens with a period and goes on to name a measure: "25Q3营收（亿元）"
    -> ("2025Q3", "营收（亿元）"), "2025E PE（倍）" -> ("FY2025E", "PE（倍）"); None for anything else."""
    if not text:
        return None
    folded = fold(text)
    m = next((m for m in find_periods(folded) if m.start == len(folded) - len(folded.lstrip())), None)
    if m is None or m.relative is not None or m.is_range or m.relative_quarter or m.relative_month:
        return None
    label = m.label(None) or (None if m.year or not m.label_suffix else "?" + m.label_suffix)  # | 1-11月销售额 |
    rest = text[m.end:].strip()
    if not label or len(rest) < 2 or _PERIOD_WORDS.fullmatch(fold(rest)):
        return None
    return label, rest


def _table_period(headers: dict[int, str] | None, col_no: int | None) -> str | None:
    """The period of an entity table's column that names none: the nearest column to its left that opens with one
    (| 公司 | 25Q3营收 | 营收同比 | 毛利率 |: the period is stated once, for the columns after it)."""
    for c in range(col_no - 1 if col_no else 0, 1, -1):
        lead = leading_period((headers or {}).get(c))
        if lead:
            return lead[0]
    return None


# An annual growth-rate row (| 增长率(%) | 15.7 | 5.4 |) under year columns is the change on the year before;
# so is a month's or a year-to-date's (| 增速（%） | 5.3 | 6.0 | under | 10月 | 1—10月 |: a month-on-month
# rate is always written so).
_RATE_WORDS = ("增长率", "增速", "增幅", "涨跌幅", "growth", "Growth")
_YEAR_LABEL = re.compile(r"(?:FY)?\d{4}E?|(?:\d{4}|\?)-\d{2}(?:~\d{2})?")


_CHANGE_WORDS = "|".join(map(re.escape, sorted(CHANGE_HEADERS + L.YOY_WORDS + L.QOQ_WORDS, key=len, reverse=True)))
_CHANGE_TAIL = re.compile(f"(?:{_CHANGE_WORDS})+\\s*$")  # (营业收入比上年增减: the comparator and the change)
_CHANGE_HEADER_WORD = re.compile(f"{_CHANGE_WORDS}|增长|下降")


# | 品种 | 11月21日（%） | 周变动（bp） |, | 2025年6月30日 |: a column of values on one day (a closing date of a
# market table, a balance date); point in time is its month, a year-end date its year.
_DATE_HEADER = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>[1-9]|[12]\d|3[01])日")


def _date_column(bare: str) -> str | None:
    m = _DATE_HEADER.fullmatch(_strip_unit_note(bare) or "")
    if m is None:
        return None
    month, year = int(m.group("m")), m.group("y") or "?"
    return year if month == 12 and m.group("d") == "31" and year != "?" else f"{year}-{month:02d}"


@lru_cache(maxsize=1 << 12)  # pure
def column_period(text: str | None) -> str | None:
    """The period of a column header that is a period, perhaps with a change word (| 10月 | 1-10月 |
    1-10月同比 |). A month or quarter without a year comes back as "?-10" / "?-01~10" / "?Q4", for
    the table's context year to complete."""
    if not text:
        return None
    bare = _CHANGE_HEADER_WORD.sub("", fold(text).strip())
    noted = _strip_unit_note(bare)
    if noted and not any(w in noted for w in _ACCUMULATED):
        bare = noted  # | 10月（億美元） | 1-10月（億美元） |: a month in a unit (| 前10月累計（億元） |: see measure_header)
    label = period_label(bare) if bare else None
    if label:
        return label
    if "日" in bare:
        label = _date_column(bare)
        if label:
            return label
    mentions = [m for m in find_periods(bare) if absolute(m)] if bare else []
    if len(mentions) != 1 or mentions[0].year or not mentions[0].label_suffix:
        return None
    m = mentions[0]
    if not _PERIOD_WORDS.fullmatch((bare[: m.start] + bare[m.end:]).strip()):
        return None
    return "?" + m.label_suffix


# | 项目 | 本报告期 | 上年同期 | 增减变动幅度(%) | (业绩快报, 主要会计数据, 产销快报): columns named after the document's
# reporting period, which facts.report_period dates: "@R" the period, "@Y" its year to date, "-1" the same a year
# back, "@E" a balance at its end, "@B" one at its opening (the end of the year before).
_RELATIVE_COLUMN = re.compile(
    r"(?:(?P<ytd>年初至(?:本)?报告期末|本年初至报告期末|本年累计|年初至今|累计)"
    r"|(?P<ytd_back>上年年初至报告期末|上年同期累计|去年同期累计)"
    r"|(?P<end>本报告期末|报告期末|本期末|本年度?末|期末)"
    r"|(?P<now>本报告期|报告期|本期|本季度|本月|当月|本年度?)"
    r"|(?P<back>上年同期|去年同期|上年同月|去年同月|上年度?|上期)"
    r"|(?P<open>本报告期初|期初|年初|上年末|上年度末|上年年末))(?:数|金额|发生额|余额|累计数)?")
# | 报告期（2025年4月1日-2025年6月30日） | (a fund's quarterly report): the dates spell out the reporting period.
_DATES_NOTE = re.compile(r"[（(](?:\d{4}年)?\d{1,2}月\d{1,2}日\s?[-—–~至]\s?(?:\d{4}年)?\d{1,2}月\d{1,2}日[)）]$")
_BEFORE_COMPARATOR = re.compile(r"(?<=..)(?:比|较|相比)")
_RELATIVE_CODES = {"ytd": "@Y", "ytd_back": "@Y-1", "end": "@E", "now": "@R", "back": "@R-1", "open": "@B"}


@lru_cache(maxsize=1 << 10)  # pure; asked of every cell under the header
def relative_column(text: str | None) -> str | None:
    """"@R" / "@Y" / "@R-1" / "@Y-1" / "@E" / "@B" for a header that is only a period relative to the reporting
    period (本报告期, 年初至报告期末, 上年同期, 期末余额, 期初), also with the change words of a change column
    (本报告期比上年同期增减（%）), else None."""
    if not text:
        return None
    folded = _DATES_NOTE.sub("", fold(text).strip())
    # (also before its comparator: 本年比上年增减(%), 本报告期比上年同期增减（%）; or without its change words)
    for bare in (folded, _BEFORE_COMPARATOR.split(folded, 1)[0], _CHANGE_HEADER_WORD.sub("", folded)):
        bare = _strip_unit_note(bare) or ""
        if bare in L.VALUE_HEADERS:
            return None  # (| 本期数 | 本年金额 |: a value column, read as before)
        m = _RELATIVE_COLUMN.fullmatch(bare)
        if m:
            return _RELATIVE_CODES[m.lastgroup]
    return None


def _relative_baseline(header: str) -> str:
    """What a change from an opening balance is against: 期初 / 年初 as written; 上年末 is the year back."""
    bare = _strip_unit_note(fold(header).strip()) or ""
    return "yoy" if bare.startswith("上年") else "年初" if bare.startswith("年初") else "期初"


def _is_value_column(header: str, headers: dict[int, str] | None, col_no: int | None) -> bool:
    """| 指标 | 绝对数 | 比上年增长（%） |: a column of the rows' own values (or of their change), whose
    measure is the row label."""
    h = _strip_unit_note(fold(header or "")) or ""
    if h in L.VALUE_HEADERS or _BENCHMARK_HEADER.fullmatch(h):
        return True
    if headers and col_no and _describes_change_only(header):
        before = next((headers.get(c) or "" for c in range(col_no - 1, 1, -1)
                       if headers.get(c) and not _describes_change_only(headers[c])), "")
        before = _strip_unit_note(fold(before)) or ""
        return before in L.VALUE_HEADERS or _BENCHMARK_HEADER.fullmatch(before) is not None
    return False


def _share_of_values(header: str, headers: dict[int, str] | None) -> bool:
    """| 项目 | 金额 | 占总资产的比例（%） |: beside a column of the rows' own values, a column of their
    shares of a whole (占…) also has the row as its measure."""
    return fold(header or "").startswith("占") and bool(headers) and any(
        (_strip_unit_note(fold(h or "")) or "") in L.VALUE_HEADERS for h in headers.values())
# | Q3实际 | 市场预期 | 前值 | 彭博一致预期 |: the reported value (perhaps after its period) and what it is set against.
_BENCHMARK_HEADER = re.compile("(?:[^|]{0,6}(?:" + "|".join(L.REPORTED_VALUE_HEADERS) + ")|" + expected_value() + ")")


def _column_period_left(headers: dict[int, str], col_no: int, steps: int) -> str | None:
    """| 指标 | 10月 | 前值 | 预期 |: what the market expected is of the nearest period column to its left, the
    previous value of the month (quarter) before it (steps=-1); a month without a year stays one ("?-09") for
    the table's year to complete."""
    for c in range(col_no - 1, 1, -1):
        label = period_label(headers.get(c)) or column_period(headers.get(c))
        if not label or not steps:
            if label:
                return label
            continue
        placeholder = "9000" if label.startswith("?") else ""
        dated = placeholder + label[1:] if placeholder else label
        shifted = shift_month(dated, steps) or shift_quarter(dated, steps)
        if shifted and placeholder:
            return "?" + shifted[4:] if shifted.startswith(placeholder) else None  # 1月's 前值: last year's
        return shifted
    return None


# | 前值 | 预期 | 彭博一致预期 |: what a reported value is set against.
_EXPECTED_HEADER = re.compile(expected_value(L.PREVIOUS_RELEASE_WORDS))


def _strip_unit_note(label: str | None) -> str | None:
    return _UNIT_NOTE.sub("", label).strip() if label else label


_CHANGE_ONLY_WORDS = sorted(CHANGE_HEADERS + L.YOY_WORDS + L.QOQ_WORDS + L.UP_VERBS + L.DOWN_VERBS, key=len, reverse=True)
# 变动比例, 增减幅度, 变动率: after a change word, the size of the change (a bare 比例 column is a share)
_CHANGE_SIZE = re.compile(r"比例|幅度|比率|率")


# | 周变动（bp） | 周涨跌幅 | 月初以来（bp） |: a market table's change over the week (since the month's start) of the
# value beside it; the span words say how long, not what changed.
_SPAN_OF_CHANGE = re.compile(r"^(?:本?周(?=" + _CHANGE_WORDS + r"|涨|跌)|(?:本?月|年)初以来|今年以来)")


@lru_cache(maxsize=1 << 12)  # pure; asked of every header to the left of a cell
def _describes_change_only(header: str) -> bool:
    """同比 / 增速 / YoY (%): a column that only says "change of the column before"."""
    bare = _COMPRESSED_RATE.sub("", _strip_unit_note(fold(header or "")) or "")
    bare = _SPAN_OF_CHANGE.sub("", bare)
    stated = len(bare)
    for w in _CHANGE_ONLY_WORDS:
        bare = bare.replace(w, "")
    if len(bare) < stated:
        bare = _CHANGE_SIZE.sub("", bare)
    return bool(header) and len(bare.strip(" %（）()")) == 0


_ACCUMULATED = ("累计", "合计")


@lru_cache(maxsize=1 << 12)  # pure
def _accumulated_only(header: str) -> bool:
    """| 10月稅後淨利 | 前10月累計（億元） | 累計年增率 |: a column that says only that it sums a span (and how that sum
    changed) names no measure of its own."""
    h = (_strip_unit_note(fold(header or "")) or "").strip()
    if "累计" not in h and "合计" not in h:
        return False
    spans = find_periods(h)
    for m in reversed(spans):  # (前10月累計: the span summed)
        h = h[: m.start] + h[m.end:]
    for w in _ACCUMULATED:
        h = h.replace(w, "")
    # (a bare | 合计 | column is a total of the row, not a span's sum)
    return bool(spans) and not h or bool(h) and _describes_change_only(h)


def measure_header(header: str, headers: dict[int, str] | None, col_no: int | None, percent: bool = False) -> str | None:
    """The measure a column names; a change-only column names the measure of the column before it (percent: a
    change in percent, which is not a share's: | 出货量 | 市场份额 | 同比增长 | grows the 出货量)."""
    if headers and col_no and (_describes_change_only(header) or _accumulated_only(header)):
        share = None
        for c in range(col_no - 1, 1, -1):
            h = headers.get(c) or ""
            if h and not _describes_change_only(h) and not period_label(h) and not _accumulated_only(h):
                lead = leading_period(h)  # | 11月产量 | 同比(%) |: the measure, its period said apart
                measure = _strip_unit_note(lead[1] if lead else h)
                if percent and measure and any(w in fold(measure) for w in L.MARKET_SHARE_WORDS + ("占比", "比重")):
                    share = share or measure
                    continue
                return measure
        if share:
            return share
    return _strip_unit_note(header)


def _spanned(period: str | None, headers: dict[int, str] | None) -> str | None:
    """| 截至六月三十日止六個月 | 二零二五年 | 二零二四年 |: a year column is the span its label column's header names,
    of that year (2025H1)."""
    if period and period.isdigit() and headers and headers.get(1) and "止" in headers[1]:
        return period + (yearless_ending(fold(headers[1])) or "")
    return period


def _compared_periods(header: str, headers: dict[int, str] | None, col_no: int | None) -> tuple[str, str | None] | None:
    """| 指标 | 2023年 | 2024年 | 变动 |: a change-only column after period columns is the change of
    the row's measure in the last period, against the period before it: (period, yoy/qoq/None)."""
    if not headers or not col_no or not _describes_change_only(header):
        return None
    periods = []
    for c in range(col_no - 1, 0, -1):
        h = headers.get(c) or ""
        if _describes_change_only(h):
            if periods:  # | 2025年10月 | 同比 | 2025年1-10月 | 同比 |: the periods since the last change column
                break
            continue
        # (| 11月 | 同比 | 1-11月 | 同比 |: a month of the table's year; | 本期 | 上年同期 | 增减 |: the reporting period's)
        p = _spanned(period_label(h) or relative_column(h) or column_period(h), headers)
        if not p:
            break
        periods.append(p)
    if not periods:
        return None
    # | 3Q25 | 2Q25 | 3Q24 | 季增率 | 年增率 |: the change of the latest period of the run (its standard by the header
    # or the pair); | 本期 | 上年同期 | 增减 | and | 11月 | 同比 |: of the pair just before
    latest, periods = max(periods), periods[:2]
    if periods[0].startswith("@"):  # | 本报告期 | 上年同期 | 增减变动幅度(%) |, | 期末余额 | 期初余额 | 变动比例 |
        now = next((p for p in periods if not p.endswith("-1") and p != "@B"), periods[0])
        before = next((p for p in periods if p != now), None)
        named = next((h for c, h in sorted(headers.items()) if c < col_no and relative_column(h) == before), "")
        return now, ("yoy" if before and before.endswith("-1") else _relative_baseline(named) if before else None)
    baseline = None
    if any(p.startswith("?") for p in periods):  # | 11月 | 同比 | 1-11月 | 同比 |: the month column just before
        return periods[0], None
    if len(periods) == 2:
        now, before = sorted(periods, reverse=True)  # | 2024年上半年 | 2023年上半年 | 變動 |: the later one
        if re.fullmatch(r"\d{4}", now) and re.fullmatch(r"\d{4}", before) and int(now) - int(before) == 1:
            baseline = "yoy"
        elif re.fullmatch(r"\d{4}Q\d", now) and shift_quarter(now, -1) == before:
            baseline = "qoq"
        elif now[4:] and now[4:] == before[4:] and year_of(now) and year_of(before) \
                and year_of(now) - year_of(before) == 1:
            baseline = "yoy"  # 2023H1 -> 2024H1
    return latest, baseline


def measure_row(label: str, rows: dict[int, str] | None, row_no: int | None) -> str | None:
    """The measure a row names; a change-only row (同比(%)) names the measure of the row above it, and so does
    a row with a blank label (| | 比上年同期增长：35%–62% |: the line below a merged label cell)."""
    if rows and row_no and (not label or _describes_change_only(label)):
        for r in range(row_no - 1, 0, -1):
            h = rows.get(r) or ""
            if h and not _describes_change_only(h):
                return _strip_unit_note(h)
    return _strip_unit_note(label)


_MEASURE_END = re.compile(r"(?:" + "|".join(map(re.escape, L.METRIC_WORDS)) + r"|率|额|收入|利润|数|量|规模|成本|费用)$")


def _is_measure(label: str) -> bool:
    return bool(_MEASURE_END.search(_strip_unit_note(fold(label or "")) or ""))


# | 疗效指标 | … |, | 主要指标 | … |, | 指数 | … |: the label column says its rows are measures, whatever their words (mPFS,
# ORR, SCFI).
_INDICATOR_COLUMN = re.compile(r"(?:指标|指数)\s*$")


def _is_owner(header: str) -> bool:
    """A column header that names an organisation (甲公司, 腾讯控股, Apple) rather than a measure."""
    h = fold(header)
    return not _is_measure(h) and (h.endswith(tuple(x for x in L.ENTITY_HEADS if len(x) > 1) + ("控股",))
                                   or bool(re.fullmatch(r"[A-Z][A-Za-z&.\- ]{1,20}", h))
                                   or _SHARE_CLASS.fullmatch(h) is not None)


# | 项目 | 博时安瑞纯债A | 博时安瑞纯债C | / | A类 | C类 |: a fund's share classes own the rows' figures
_SHARE_CLASS = re.compile(r"[\u4e00-\u9fff]{2,20}[A-EH]|[A-EH]类(?:份额)?")


# | 阶段 | 份额净值增长率① | … | over | 过去三个月 | 2.91% |: a row of a trailing span (a fund's returns) names
# how long, not whose; its figures are the owner's.
_SPAN_LABEL = re.compile(r"(?:过去|最近|近)((?:[一二三两五六十\d]{1,2}(?:个月|年)|半年))|今年以来|年初至今"
                         r"|自基金(?:合同生效|成立)日?起至今")
# | 合计 | 1,250.00 | 23,000.00 |: a total row names no member; its figures are the owner's.
_TOTAL_LABEL = re.compile(r"\s*(?:合计|总计|共计|合共|小计)\s*")
# A total row of a breakdown is the owner's own figure.
_TOTAL_ROW = re.compile(r"(?:总计|合计|总额|总体|全部|整体|集团|总)$")


def _breakdown_measure(heading: str | None) -> str | None:
    """## 分區收益（港幣百萬元） / ## 按業務劃分的收入: a heading that breaks a measure down by a category
    (BREAKDOWN_PREFIXES 分/按/各): its rows are the members, the heading names the measure."""
    h = _strip_unit_note(fold(heading or "")) or ""
    return h if h.startswith(("分", "按", "各")) and _is_measure(h) else None


def _measure_heading(heading: str | None) -> bool:
    """## 銷貨價值（億港元）: a heading that is a measure and nothing else (not a title: 本港10月零售額)."""
    h = _strip_unit_note(fold(heading or "").strip("# *")) or ""
    return 2 <= len(h) <= 10 and _is_measure(h) and not find_periods(h)


def _members_column(headers: dict[int, str] | None) -> bool:
    """The table's first column is headed by a category of members (| 類別 |, | 地区 |, | 业务 |)."""
    head = _strip_unit_note(fold((headers or {}).get(1) or "").strip(" *")) or ""
    return head in L.MEMBER_COLUMN_HEADERS


def _own_period(folded: str, start: int) -> str | None:
    """The last period a cell's own words name before its figure (not a standard's: 以2024年…为基数)."""
    if not PERIOD_CHAR.search(folded, 0, start):
        return None
    stated = [m for m in find_periods(folded[:start]) if absolute(m) and m.year and not is_standard(folded, m)]
    return stated[-1].label(None) if stated else None


def _frame_standard(folded: str, start: int) -> str | None:
    """The standard a comparison frame earlier in the cell sets (以2024年营业收入为基数，…增长率不低于20%)."""
    return next((b for b in map(frame_standard, folded[:start].split(",")[:-1]) if b), None)


_PHASE_LABEL = re.compile(r"第[一二三四五六七八九十\d]{1,3}个?[^\W\d]{0,4}(?:期|阶段)")


def cell_attributes(seg: dict, q: dict, owner: str | None, headers: dict[int, str] | None = None,
                    rows: dict[int, str] | None = None) -> dict:
    """kind, direction, baseline, metric, subject and (if the table says) period of one cell.

    `headers` (column number -> header text) lets a 同比 column borrow the measure before it;
    `rows` (row number -> row label) lets a 同比 row borrow the measure above it."""
    header = seg.get("header") or ""
    row_label = seg.get("row_label") or ""
    text = seg["text"]
    # the cell is in the column that names the rows (the first, unless a serial or rank column stands before it:
    # | 排名 | 品牌 | …, whose rank cells are the brand's)
    in_label = seg.get("col_no") == 1 and text.strip() == row_label.strip()
    folded = fold(text)
    col_period = _spanned(period_label(header) or relative_column(header) or column_period(header), headers)
    # (| 8月 | 199.4 |: a row of a month or quarter without its year, which the table's context completes)
    row_period = (period_label(row_label) or column_period(row_label)) if not in_label else None
    period = col_period or row_period
    value_column = not period and _is_value_column(header, headers, seg.get("col_no"))
    share_of_value = not period and not value_column and _share_of_values(header, headers)
    bench = _strip_unit_note(fold(header)) or "" if value_column and headers else ""
    if bench and _EXPECTED_HEADER.fullmatch(bench):  # | 10月 | 前值 | 预期 |: September's, October's
        period = _column_period_left(headers, seg["col_no"], -1 if bench in L.PREVIOUS_RELEASE_WORDS else 0)
    if col_period or value_column or share_of_value:
        metric, subject = measure_row(row_label, rows, seg.get("row_no")), owner
        if share_of_value:  # | 权益投资 | 38,214,562,107.35 | 92.68 |: the item's share of the whole
            metric = (metric or "") + (_strip_unit_note(header) or "")
            value_column = True
    elif row_period:  # | 2024E | 7771 | 29.0% |: a 同比增速 column is the change of the measure before it
        metric, subject = measure_header(header, headers, seg.get("col_no"), q["unit"] == "percent"), owner
    own_words = False
    compared = _compared_periods(header, headers, seg.get("col_no")) if not period else None
    if compared:  # | 2023年 | 2024年 | 变动 |: the row's measure, changed in the last period
        period = compared[0]
        metric, subject = measure_row(row_label, rows, seg.get("row_no")), owner
    breakdown = _breakdown_measure(seg.get("heading")) if col_period or compared else None
    members = (col_period or compared) and not breakdown and _members_column(headers)
    if (breakdown or members) and row_label and not _is_measure(row_label) and not _describes_change_only(row_label):
        # | 香港及澳門 | 2,690 | 2,959 | -9.1% | under ## 分區收益: the region's 收益; | 類別 | 2024年10月 | 按年變動 |
        # | 百貨公司貨品 | 26.3 | -9.8% |: the category's figures, of a measure the rows do not name (the heading's,
        # when it names one)
        metric = _strip_unit_note(seg["heading"]) if breakdown or _measure_heading(seg.get("heading")) else None
        subject = owner if _TOTAL_ROW.search(fold(row_label)) else _strip_unit_note(row_label)
    elif not period and not value_column:
        lead = leading_period(header) if not in_label else None
        if lead:  # | 公司 | 25Q3营收（亿元） |: the header's period, and its measure
            # (| 前10月累計（億元） |: a span's sum, the measure of the column before; measure_header)
            period, header = lead[0], header if _accumulated_only(header) else lead[1]
        elif not in_label:
            period = _table_period(headers, seg.get("col_no"))
        own = (folded[: q["start"]] + folded[q["end"]:]).strip()
        bare = CHANGE_WORD.sub("", own)
        for w in L.YOY_WORDS + L.QOQ_WORDS + ("较", "比"):
            bare = bare.replace(w, "")
        own_words = len(bare.strip()) >= 2
        # A cell that names its own measure ("35%老年用户占比") is not read through the header.
        metric = (text[: q["start"]] + text[q["end"]:]).strip() if own_words else \
            measure_header(header, headers, seg.get("col_no"), q["unit"] == "percent")
        if own_words and not period:  # | 以2024年营业收入为基数，2026年营业收入增长率不低于20% |: its own year
            period = _own_period(folded, q["start"])
        # (原煤（万吨）: the row's name, its unit apart; a 合计 row, and a phase of a plan (| 第一个归属期 |), are
        # the owner's)
        label = fold(row_label).strip()
        span = _SPAN_LABEL.fullmatch(label)
        subject = _strip_unit_note(row_label) if not in_label and not _TOTAL_LABEL.fullmatch(label) \
            and not span and not _PHASE_LABEL.fullmatch(label) else owner
        if span and not period:  # | 过去六个月 | 5.48% |: the span back from the report's end (to date: the year's;
            # since inception: no period of the format)
            period = "@T" + span.group(1) if span.group(1) else "@Y" if span.group(0) in ("今年以来", "年初至今") else "@N"
        indicators = not own_words and _INDICATOR_COLUMN.search(fold((headers or {}).get(1) or "")) is not None
        if not own_words and (_is_measure(row_label) or indicators) and _is_owner(_strip_unit_note(header) or ""):
            # rows are measures, columns are companies: | 指标 | 甲公司 | 乙公司 | (| 疗效指标 | 联合化疗组 |: mPFS)
            metric, subject = _strip_unit_note(row_label), _strip_unit_note(header)
        elif indicators and seg.get("col_no") != 1:
            # | 指数 | 本周 | 周环比 |: the rows are the measures (SCFI, BDI), the columns their readings
            metric, subject = _strip_unit_note(row_label), owner
    kind, direction = "level", None
    verb = CHANGE_WORD.search(folded) or (None if own_words else CHANGE_WORD.search(fold(header)))
    signed_change = q["signed"] and q["unit"] in ("percent", "percentage_point") and (
        q["value"] >= 0 or q["unit"] == "percentage_point")
    measure_axis = fold(row_label if col_period else header)
    if value_column:  # | CPI同比 | 0.3 | (前值) 0.4 |: the row says it is a change
        measure_axis = fold(row_label) + measure_axis
    if col_period and not period_label(header):
        measure_axis += fold(header)  # | 1-10月同比 |: the period column says it is a change
    header_change = not own_words and any(w in measure_axis for w in CHANGE_HEADERS + L.YOY_WORDS + L.QOQ_WORDS)
    if signed_change or (header_change and q["unit"] in ("percent", "percentage_point")):
        kind, direction = "change", "down" if q["value"] < 0 else "up"
    if verb:
        kind = "change"
        direction = "down" if is_down(verb.group(1)) else (direction or "up")
    elif q["unit"] == "percentage_point" and kind == "level":
        kind, direction = "change", "up" if q["value"] >= 0 else "down"
    elif kind == "level" and q["unit"] == "percent" and q["value"] <= 100 \
            and any(w in (metric or "") for w in L.SHARE_WORDS):  # a part is at most the whole: 拨备覆盖率 481.2
        kind = "share"
    if kind == "change" and metric:  # | 营收同比 | / | 收入增速(%) |: the change of 营收, 收入
        bare = _strip_unit_note(metric) or ""
        rate = _COMPRESSED_RATE_END.search(fold(bare))  # | 民間消費年增率（%） |: 民間消費
        bare = _CHANGE_TAIL.sub("", bare[: rate.start()] if rate else bare)
        metric = bare if len(bare) >= 2 else metric
    baseline = None
    if kind == "change":
        baseline = baseline_of(folded) or baseline_of(fold(measure_axis or "")) or (compared[1] if compared else None) \
            or (_frame_standard(folded, q["start"]) if own_words else None)
        if baseline is None and col_period and _YEAR_LABEL.fullmatch(col_period) and not verb \
                and any(w in measure_axis for w in _RATE_WORDS):
            baseline = "yoy"
    return {"kind": kind, "direction": direction, "baseline": baseline, "metric": metric or None,
            "subject": subject or None, "period": period}
