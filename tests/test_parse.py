"""parse: paragraphs, sentences and pipe tables with offsets into the text."""
from __future__ import annotations

import polars as pl
import pytest

from pipelines.parse import parse_document

DOC = """# 2024年业绩回顾

公司全年营收1269亿元。经调整净利润177亿元；
同比增长72.5%!

单位：人民币百万元
| 项目 | 2023 | 2024 |
|:---|---:|---:|
| 营收 | 113,470 | 126,898 |
| 经营利润 | (698) | 14,092 |

- 要点一：用户数超4亿人
"""


def segments():
    return pl.DataFrame(parse_document("d" * 64, DOC))


def test_every_segment_slices_back_to_its_text():
    seg = segments()
    for start, end, text, line in seg.select("char_start", "char_end", "text", "line").iter_rows():
        assert DOC[start:end] == text
        assert DOC.count("\n", 0, start) + 1 == line


def test_sentences_split_at_sentence_ends_not_at_line_wraps():
    prose = segments().filter(pl.col("source") == "prose")["text"].to_list()
    assert "公司全年营收1269亿元。" in prose
    assert "经调整净利润177亿元；" in prose
    assert "同比增长72.5%!" in prose
    assert "- 要点一：用户数超4亿人" in prose


def test_table_cells_carry_header_row_label_and_table_unit():
    cells = segments().filter(pl.col("source") == "table")
    assert cells.height == 6  # two body rows x three columns; header row is not a body row
    cell = cells.filter(pl.col("text") == "(698)").row(0, named=True)
    assert cell["header"] == "2023" and cell["row_label"] == "经营利润"
    assert cell["row_no"] == 2 and cell["col_no"] == 2 and cell["table_unit"] == "人民币百万元"


def test_serial_number_column_does_not_name_rows():
    doc = ("| 序号 | 股票名称 | 数量（股） |\n|---|---|---|\n| 1 | 贵州茅台 | 2,350,000 |\n\n"
           "| 地区 | 营业收入 | 毛利率 |\n|---|---|---|\n| 1 | 9 | 8 |\n")
    cells = [r for r in parse_document("f" * 64, doc) if r["source"] == "table"]
    assert {c["row_label"] for c in cells[:3]} == {"贵州茅台"}  # 序号 counts the rows
    assert {c["row_label"] for c in cells[3:]} == {"1"}  # counter-case: an ordinary label column


def test_heading_is_carried_to_following_segments():
    seg = segments()
    assert set(seg.filter(pl.col("char_start") > 20)["heading"].to_list()) == {"2024年业绩回顾"}


def test_short_lines_are_sentences_of_their_own():
    # a plain-text title and key-figures block: one unit per line (no 。 at their ends)
    rows = parse_document("e" * 64, "甲科技2024年业绩要点\n营业收入：1269亿元\n毛利率54.6%\n")
    assert [(r["text"], r["line"]) for r in rows] == [
        ("甲科技2024年业绩要点", 1), ("营业收入：1269亿元", 2), ("毛利率54.6%", 3)]


def test_hard_wrapped_lines_stay_one_sentence():
    # text wrapped at a width (a PDF's lines): every line but the last is about as long as the longest
    wrapped = ("公司全年实现营业收入一千二百六十九亿元，同比增长百分之十一点八，其中线上\n"
               "营销服务收入七百二十四亿元，同比增长百分之二十点一，电商\n"
               "业务继续增长。\n")
    assert [r["text"] for r in parse_document("e" * 64, wrapped)] == [wrapped.strip()]
    # a short line that breaks off after a comma, or before punctuation, goes on too
    assert len(parse_document("e" * 64, "公司营收增长，\n利润下降。\n")) == 1
    assert len(parse_document("e" * 64, "公司营收增长\n，利润下降。\n")) == 1


ALIGNED = ("甲公司2024年业绩公告\n\n主要财务数据（单位：亿元）\n项目          2024年     2023年    同比变动\n"
           "营业收入      1269.0     1134.7    11.8%\n经调整净利润   177.0      102.7     72.4%\n\n"
           "项目\t2024年\t2023年\n毛利率\t54.6%\t50.6%\n净利率\t13.9%\t9.1%\n")


def test_tables_laid_out_in_columns_are_tables():
    # plain text aligns a table's columns with runs of spaces or with tabs: its cells are table cells
    rows = parse_document("e" * 64, ALIGNED)
    cells = [r for r in rows if r["source"] == "table"]
    assert all(ALIGNED[r["char_start"]:r["char_end"]] == r["text"] for r in rows)
    got = {(r["text"], r["header"], r["row_label"], r["table_unit"], r["line"]) for r in cells}
    assert ("1134.7", "2023年", "营业收入", "亿元", 5) in got
    assert ("72.4%", "同比变动", "经调整净利润", "亿元", 6) in got
    assert ("9.1%", "2023年", "净利率", None, 10) in got
    assert len({r["table_no"] for r in cells}) == 2
    assert "主要财务数据（单位：亿元）" in [r["text"] for r in rows if r["source"] == "prose"]


@pytest.mark.parametrize("text", [
    "1.  公司概况\n2.  营收1269亿元\n3.  毛利率54.6%\n",  # a numbered list spaced after its numbers
    "甲公司　2024年年度报告\n证券代码：000999　证券简称：丙电器\n",  # one full-width space between words
    "百  分 之 669\n百 分 之  52.5\n",  # words spaced out, one row
])
def test_spaced_lines_that_are_no_table(text):
    assert {r["source"] for r in parse_document("e" * 64, text)} == {"prose"}


def test_wrapped_number_stays_in_one_sentence():
    rows = parse_document("e" * 64, "公司营收达387\n億元,同比增长5%。\n")
    assert [r["text"] for r in rows] == ["公司营收达387\n億元,同比增长5%。"]


def _texts(text: str) -> list[str]:
    return [r["text"] for r in parse_document("u" * 64, text)]


def test_web_address_is_not_split_at_its_question_mark():
    assert _texts("详见 https://ir.example.com/report?id=2024&lang=zh 的公告。下一句") == [
        "详见 https://ir.example.com/report?id=2024&lang=zh 的公告。", "下一句"]
    assert _texts("访问www.example.cn/a!b?c=1获取。") == ["访问www.example.cn/a!b?c=1获取。"]


def test_ascii_question_and_exclamation_end_sentences_only_before_blank_cjk_or_end():
    assert _texts("利润增长3%! 收入增长5%?好的") == ["利润增长3%!", "收入增长5%?", "好的"]
    assert _texts("Yahoo!Japan收入增长5%") == ["Yahoo!Japan收入增长5%"]
    assert _texts("网址见www.example.com?") == ["网址见www.example.com?"]
    assert _texts("访问www.example.com? 然后") == ["访问www.example.com?", "然后"]


def test_traditional_unit_note_applies_to_the_table():
    doc = "單位：百萬港元\n| 項目 | 2024年 |\n|---|---|\n| 收入 | 38,620 |\n"
    cells = [r for r in parse_document("t" * 64, doc) if r["source"] == "table"]
    assert [(c["text"], c["table_unit"]) for c in cells] == [("收入", "百萬港元"), ("38,620", "百萬港元")]


@pytest.mark.parametrize("doc,unit", [
    ("| 人民幣百萬元 | 2024年第三季 |\n|---|---|\n| 收入 | 167,193 |\n", "人民幣百萬元"),  # a bare unit header
    ("## 财务摘要（人民币千元）\n\n| 项目 | 2024年 |\n|---|---|\n| 收入 | 1,234 |\n", "人民币千元"),  # in a heading
    ("## 业绩摘要（未经审计）\n\n| 项目 | 2024年 |\n|---|---|\n| 收入 | 1,234 |\n", None),  # not a unit
    ("| 项目 | 2024年 |\n|---|---|\n| 收入 | 1,234 |\n", None),
])
def test_a_money_unit_alone_in_the_label_header_or_a_heading_states_the_table_unit(doc, unit):
    cells = [r for r in parse_document("u" * 64, doc) if r["source"] == "table"]
    assert {c["table_unit"] for c in cells} == {unit}


def test_label_column_header_states_the_table_unit():
    doc = "| (百萬美元) | 2023A | 2024E |\n|---|---|---|\n| 收入 | 8,468 | 9,850 |\n"
    cells = [r for r in parse_document("h" * 64, doc) if r["source"] == "table"]
    assert {c["table_unit"] for c in cells} == {"百萬美元"}


BOLD_TABLE = """| **指标** | **2024A** | 2025E |
|---|---|---|
| **营业收入（亿元）** | 80 | **90** |
| 注* | 1,234* | *x* |
"""


def test_emphasis_around_a_table_cell_is_layout():
    """| **营业收入（亿元）** | **90** |: the cell, its header and its row label are what the marks wrap (a
    footnote star is kept); offsets still slice the document."""
    cells = pl.DataFrame(parse_document("b" * 64, BOLD_TABLE)).filter(pl.col("source") == "table")
    for start, end, text in cells.select("char_start", "char_end", "text").iter_rows():
        assert BOLD_TABLE[start:end] == text
    ninety = cells.filter(pl.col("text") == "90").row(0, named=True)
    assert ninety["header"] == "2025E" and ninety["row_label"] == "营业收入（亿元）"
    assert cells.filter(pl.col("text") == "80")["header"].to_list() == ["2024A"]
    assert set(cells["text"]) >= {"注*", "1,234*", "x"}


def test_a_header_written_on_two_rows_is_one_header():
    # Markdown has no merged cells: | 2024年 | | 2023年 | | spans the columns its next row names
    doc = ("| 分产品 | 2024年 | | 2023年 | |\n|---|---|---|---|---|\n| | 金额 | 占比 | 金额 | 占比 |\n"
           "| 空调 | 1,512.3 | 56.2% | 1,421.8 | 55.9% |\n")
    cells = parse_document("e" * 64, doc)
    assert [(r["text"], r["header"], r["row_no"]) for r in cells] == [
        ("空调", "分产品", 1), ("1,512.3", "2024年 金额", 1), ("56.2%", "2024年 占比", 1),
        ("1,421.8", "2023年 金额", 1), ("55.9%", "2023年 占比", 1)]


def test_a_first_row_of_figures_is_no_second_header():
    doc = "| 项目 | 2024年 | |\n|---|---|---|\n| | 1,512.3 | 56.2% |\n"
    assert [r["header"] for r in parse_document("e" * 64, doc)] == ["2024年", ""]
def test_an_audit_status_in_a_column_header_is_no_unit():
    # | 2024年（未經審核） |: the table's unit (the label header's) still applies; a real unit note still wins
    doc = "| 人民幣百萬元 | 2024年（未經審核） | 2023年（經審核） | 收入（億元） |\n|---|---|---|---|\n| 收益 | 1,150 | 1,760 | 12 |\n"
    cells = {r["text"]: r["table_unit"] for r in parse_document("v" * 64, doc) if r["source"] == "table"}
    assert (cells["1,150"], cells["1,760"], cells["12"]) == ("人民幣百萬元", "人民幣百萬元", "億元")
