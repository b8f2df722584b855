"""Period normalisation: every way reports write a period -> one label."""
from __future__ import annotations

import pytest

from pipelines.attribute.periods import (find_periods, normalise_period, shift_month, shift_quarter, shift_year,
                                        year_to_date)
from pipelines.attribute.tables import leading_period, period_label
from pipelines.recognize.textnorm import fold

LABELS = [
    # years, with and without 年/度
    ("2024年", None, "2024"),
    ("2023年度", None, "2023"),
    ("2024财年", None, "2024"),
    ("2024財政年度第三季度", None, "2024Q3"),
    # quarters, Chinese and research-note forms
    ("2024年第四季度", None, "2024Q4"),
    ("2024年三季度", None, "2024Q3"),
    ("2024年Q2", None, "2024Q2"),
    # a year's end is the year's; a stock at a yearless day date, that month of the context's year
    ("2026年底", None, "2026"),
    ("2024年末", None, "2024"),
    ("截至6月30日", 2025, "2025-06"),
    ("2024Q1", None, "2024Q1"),
    ("24Q4", None, "2024Q4"),
    ("FY25Q3", None, "2025Q3"),  # a fiscal quarter as written (the FY is part of the mention)
    ("2024年前11个月", None, "2024-01~11"),  # the first N months
    ("2024年首10個月", None, "2024-01~10"),  # Hong Kong: 首 for 前
    ("2024年1月至11月", None, "2024-01~11"),
    # Taiwan's Minguo years (1911 + N) before a month, quarter or span
    ("113年11月", None, "2024-11"),
    ("113年1月至11月", None, "2024-01~11"),
    ("112年度", None, "2023"),
    ("113年第3季", None, "2024Q3"),
    ("前5个月", 2024, "2024-01~05"),
    ("FY2025Q1", None, "2025Q1"),
    ("3Q24", None, "2024Q3"),
    ("第一季度", 2025, "2025Q1"),
    ("Q4", 2024, "2024Q4"),
    # halves
    ("2024年上半年", None, "2024H1"),
    ("下半年", 2023, "2023H2"),
    ("1H25", None, "2025H1"),
    ("2024H2", None, "2024H2"),
    # months and shopping festivals
    ("2024年11月", None, "2024-11"),
    # a weekly's week: the month its Thursday falls in (ISO weeks)
    ("2025年第48周", None, "2025-11"),
    ("2024年第1周", None, "2024-01"),
    ("2024年3月", None, "2024-03"),
    ("2025年1-2月", None, "2025-01~02"),
    ("双十一", 2024, "2024-11"),
    ("1-11月", 2024, "2024-01~11"),  # a month range without its year
    ("2025年三季报", None, "2025Q3"),  # the quarterly and interim reports by name
    ("2025年一季报", None, "2025Q1"),
    ("2025年中报", None, "2025H1"),
    ("2024年前三季度", None, "2024-01~09"),  # the first N quarters
    ("前三季", 2024, "2024-01~09"),
    ("前两季度", 2024, "2024H1"),
    ("十一月", 2024, "2024-11"),
    # Taiwanese: 第四季 without 度
    ("2024年第四季", None, "2024Q4"),
    ("第三季", 2025, "2025Q3"),
    ("第四财季", 2025, "2025Q4"),  # a fiscal quarter
    # runs of quarters
    ("Q1-Q3", 2024, "2024-01~09"),
    ("2024年Q1-Q4", None, "2024"),
    ("三至四季度", 2024, "2024H2"),
    # research notes write the run's year last (1-3Q25) or first in two digits (25Q1-Q3)
    ("1-3Q25", None, "2025-01~09"),
    ("1Q-3Q25", None, "2025-01~09"),
    ("1-3Q2025", None, "2025-01~09"),
    ("25Q1-Q3", None, "2025-01~09"),
    ("1-2Q24", None, "2024H1"),
    ("1-3Q", 2024, "2024-01~09"),
    ("3Q25", None, "2025Q3"),  # one quarter stays one quarter
    ("26年22倍PE", None, "2026"),  # a two-digit year before a multiple (26年 alone may be a duration)
    ("3Q25E", None, "2025Q3"),  # a quarter's estimate (| 2Q25 | 3Q25E |) stays the quarter, not FY2025E
    ("1H25E", None, "2025H1"),
    ("单三季度", 2025, "2025Q3"),  # the quarter on its own
    ("25H1", None, "2025H1"),
    ("3Q2025", None, "2025Q3"),
    ("25年Q3", None, "2025Q3"),  # a two-digit year before a sub-period
    ("25年前三季度", None, "2025-01~09"),
    ("25E", None, "FY2025E"),
    ("单Q3", 2025, "2025Q3"),
    ("2023年双11", None, "2023-11"),
    ("2024年国庆节", None, "2024-10"),
    ("国庆假期", 2024, "2024-10"),
    ("十一黄金周", 2024, "2024-10"),
    ("五一假期", 2025, "2025-05"),
    ("2024年双十二", None, "2024-12"),
    ("2024年618期间", None, "2024-06"),
    ("618大促", 2025, "2025-06"),
    ("截至2024年10月31日", None, "2024-10"),  # a stock at a month's end
    ("截至2024年12月31日", None, "2024"),
    # Hong Kong and Macau write the year in Chinese digits (零, 〇 or ○), often the month and day too
    ("二零二四年", None, "2024"),
    ("二〇二三年度", None, "2023"),
    ("二○二五年十月份", None, "2025-10"),
    ("一九九八年", None, "1998"),
    ("截至二零二四年十二月三十一日止年度", None, "2024"),
    ("截至二零二五年六月三十日止六個月", None, "2025H1"),
    ("截至二零二五年九月三十日", None, "2025-09"),
    ("二零二三年十二月三十一日", None, "2023"),  # a date's month is no month period, as 2023年12月31日
    ("2024年十二月", None, "2024-12"),
    ("首十個月", 2025, "2025-01~10"),  # the first N months in Chinese numerals
    ("前十一個月", 2024, "2024-01~11"),
    ("第3季", 2024, "2024Q3"),  # Taiwan writes a yearless quarter in digits too
    ("前3季", 2025, "2025-01~09"),
    ("二○二五年首三季", None, "2025-01~09"),  # Macau / Hong Kong: 首 for 前
    # estimates
    ("2025E", None, "FY2025E"),
    ("FY26E", None, "FY2026E"),
    ("2026年E", None, "FY2026E"),
    # spans ending on a date (Hong Kong reporting style)
    ("截至2024年6月30日止六个月", None, "2024H1"),
    ("截至2025年10月31日止十個月", None, "2025-01~10"),  # any count of months to the date
    ("截至2025年8月31日止8个月", None, "2025-01~08"),
    ("截至2025年3月31日止六个月", None, "2025"),  # reaching back into the year before: no label but the year's
    ("截至2024年9月30日止三個月", None, "2024Q3"),
    ("截至2024年9月30日止九个月", None, "2024-01~09"),
    ("截至2023年12月31日止年度", None, "2023"),
    # Traditional script and full-width digits
    ("２０２４年第四季度", None, "2024Q4"),
    ("2024年上半年度", None, "2024H1"),
    ("2024年中期業績", None, "2024H1"),
    ("2024年半年度报告", None, "2024H1"),
    ("2024年年度报告", None, "2024"),
]


@pytest.mark.parametrize("text,context_year,label", LABELS, ids=[t for t, _, _ in LABELS])
def test_normalise_period(text, context_year, label):
    assert normalise_period(text, context_year) == label


@pytest.mark.parametrize("text", ["第四季度", "Q4", "上半年", "双11"])
def test_partial_period_needs_a_context_year(text):
    assert normalise_period(text) is None


@pytest.mark.parametrize("text", ["营收1269亿元", "3个月", "可灵1.5版本", "增长2.6倍", "前两名", "成立100年", "五一路", "中国经济",
                                  "618家门店"])
def test_no_period_in_figures(text):
    assert normalise_period(text) is None


@pytest.mark.parametrize("text,years,estimate", [
    ("预计25-27年归母净利润", [2025, 2026, 2027], False), ("25-27E", [2025, 2026, 2027], True)])
def test_two_digit_year_range(text, years, estimate):
    (r,) = [m for m in find_periods(text) if m.is_range]
    assert r.years() == years and r.estimate == estimate


@pytest.mark.parametrize("text", ["使用寿命15-20年。", "15-20年的经验", "25年"])
def test_two_digit_years_alone_are_no_period(text):
    assert find_periods(text) == []


def test_year_range_keeps_every_year():
    (r,) = [m for m in find_periods("我们预测2024-2026年营收") if m.is_range]
    assert r.years() == [2024, 2025, 2026]
    (e,) = find_periods("2025E-2027E")
    assert e.estimate and e.years() == [2025, 2026, 2027]


@pytest.mark.parametrize("text,span", [("某巴巴FY25Q3业绩", "FY25Q3"), ("某巴巴FY2025Q1业绩", "FY2025Q1")])
def test_a_fiscal_quarter_mention_includes_its_fy(text, span):
    (m,) = find_periods(text)
    assert text[m.start:m.end] == span


@pytest.mark.parametrize("text,metric", [("2025-2027年EPS", "EPS"), ("2024-2026年EBITDA", "EBITDA"),
                                         ("2025E-2027E ROE", " ROE")])
def test_a_latin_word_after_a_year_range_is_not_its_estimate_mark(text, metric):
    (r,) = find_periods(text)
    assert text[r.end:] == metric and r.is_range


@pytest.mark.parametrize("text,context,label", [
    ("去年同期", "2024Q4", "2023Q4"),
    ("去年", "2024", "2023"),
    ("上年同期", "2024H1", "2023H1"),
    ("上季度", "2024Q1", "2023Q4"),
])
def test_relative_period_resolves_against_context(text, context, label):
    (m,) = find_periods(text)
    assert m.label(int(context[:4]), context) == label


def test_shifts():
    assert shift_year("2024Q4", -1) == "2023Q4"
    assert shift_year("FY2025E", 1) == "FY2026E"
    assert shift_quarter("2024Q1", -1) == "2023Q4"
    assert shift_quarter("2024", -1) is None
    assert shift_month("2024-01", -1) == "2023-12"
    assert shift_month("2024Q1", -1) is None


@pytest.mark.parametrize("header,label", [
    ("2023", "2023"), ("2024A", "2024"), ("2025E", "FY2025E"), ("24Q4", "2024Q4"),
    ("2024年上半年", "2024H1"), ("营业收入", None), ("2024年营收", None), ("同比", None),
    ("24A", "2024"), ("25E", "FY2025E"), ("25", None), ("3Q25E", "2025Q3"), ("4Q24", "2024Q4"),
])
def test_table_header_periods(header, label):
    assert period_label(header) == label


@pytest.mark.parametrize("header,lead", [
    ("25Q3营收（亿元）", ("2025Q3", "营收（亿元）")), ("2025E PE（倍）", ("FY2025E", "PE（倍）")),
    ("2024年营收", ("2024", "营收")), ("26E EPS（元）", ("FY2026E", "EPS（元）")),
    ("2025E", None), ("营收同比", None), ("毛利率", None), ("去年营收", None),
])
def test_table_header_opening_with_a_period(header, lead):
    assert leading_period(header) == lead


@pytest.mark.parametrize("text,label", [
    ("於2025年6月30日，本集團共有門店326間", "2025-06"),  # "at" a date opening a clause: a stock as of it
    ("于2024年12月31日,公司员工总数为1.2万人", "2024"),  # at the year's end: the year's
    ("於二零二五年九月三十日，本集團共有門店326間", "2025-09"),
])
def test_a_date_opening_a_clause_dates_its_stocks(text, label):
    assert find_periods(text)[0].label(None) == label


def test_an_event_date_inside_a_clause_is_no_as_of_date():
    # 公司于2025年3月28日召开董事会: the meeting's date; the figures of the clause are not of March
    assert all(m.label(None) != "2025-03" for m in find_periods("公司于2025年3月28日召开董事会"))


@pytest.mark.parametrize("opener,title,kept", [
    ("2025-06", "2025H1", True), ("2024Q4", "2024", True), ("2024-01~09", "2024Q3", True),
    ("2024-10", "2024Q4", True), ("2024Q4", "2025", False), ("FY2025E", "2025", False),
    ("2025", "FY2025E", False), (None, "2025", False), ("2025", None, False),
])
def test_an_opener_in_the_titles_year_keeps_the_title_period(opener, title, kept):
    # (a paragraph opening with 前三季度 or 於2025年6月30日 under a quarter's or half's title goes on with the title's period)
    from pipelines.attribute.facts import _in_titled_year
    assert _in_titled_year(opener, title) is kept


@pytest.mark.parametrize("text,labels", [
    ("上调FY25E/FY26E净利润", ["FY2025E", "FY2026E"]),  # fiscal years listed as estimates
    ("FY2025-FY2027E", ["FY2025E", "FY2026E", "FY2027E"]),
    ("FY24/FY25收入", ["2024", "2025"]),  # reported fiscal years: the F of FY marks no forecast
])
def test_fiscal_year_lists(text, labels):
    (m,) = find_periods(text)
    assert [str(y) for y in m.years()] == [label[2:6] if label.startswith("FY") else label for label in labels]
    assert m.estimate is labels[0].startswith("FY")


def test_a_fiscal_estimate_is_one_mention():
    # 对应FY26E 18x PE: FY26E whole, so no stray "FY" is left to read as a name
    (m,) = find_periods("对应FY26E 18x PE")
    assert (m.start, m.end, m.label(None)) == (2, 7, "FY2026E")


@pytest.mark.parametrize("label,ytd", [("2025Q3", "2025-01~09"), ("2025H1", "2025H1"), ("2025Q4", "2025"),
                                       ("2025-10", "2025-01~10"), ("2025Q1", "2025Q1"), ("FY2025E", None)])
def test_year_to_date(label, ytd):
    assert year_to_date(label) == ytd


@pytest.mark.parametrize("text", ["公司成立四十五年", "合作期为二三年", "第二十三年度", "十二月份", "三二一年"])
def test_counts_in_chinese_numerals_are_no_digit_year(text):
    # only four digit characters opening 一九 or 二零/二〇/二○ write a year; a count needs 十 (四十五年)
    assert not any(c.isdigit() for c in fold(text))


def test_a_chinese_digit_year_folds_in_place():
    assert fold("截至二零二四年十二月三十一日") == "截至2024年十二月三十一日"  # one character for one
    assert fold("二○二五年") == "2025年"
