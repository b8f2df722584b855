"""Properties of recognition that must hold for any number, not just examples."""
from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.recognize import recognize_text

FAST = settings(max_examples=60, deadline=None)

MAGNITUDES = {"": 1.0, "万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6}
UNITS = {"元": ("CNY", 1.0), "美元": ("USD", 1.0), "港元": ("HKD", 1.0), "人": ("person", 1.0),
         "户": ("household", 1.0), "家": ("item", 1.0), "%": ("percent", 1.0),
         "个百分点": ("percentage_point", 1.0), "倍": ("times", 1.0)}

# A number as written: integer part (with or without thousands commas) and
# up to three decimals.
integers = st.integers(min_value=1, max_value=999_999)
decimals = st.one_of(st.just(""), st.integers(min_value=0, max_value=999).map(lambda d: f".{d:03d}"))


def _written(n: int, dec: str, commas: bool) -> str:
    return (f"{n:,}" if commas else str(n)) + dec


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


@FAST
@given(integers, decimals, st.booleans(), st.sampled_from(sorted(MAGNITUDES)), st.sampled_from(sorted(UNITS)))
def test_value_is_number_times_magnitude(n, dec, commas, mag, unit_word):
    if unit_word in ("%", "个百分点", "倍") and mag:
        mag = ""  # "5万%" is not written
    number = _written(n, dec, commas)
    text = f"报告期内该指标为{number}{mag}{unit_word}，较上年有所变化。"
    found = recognize_text(text)
    assert len(found) == 1, found
    q = found[0]
    expected = float(number.replace(",", "")) * MAGNITUDES[mag] * UNITS[unit_word][1]
    assert q.unit == UNITS[unit_word][0]
    assert math.isclose(q.value, expected, rel_tol=1e-9)
    assert text[q.start:q.end] == f"{number}{mag}{unit_word}"


@FAST
@given(integers, decimals, st.sampled_from(sorted(MAGNITUDES)))
def test_yi_yuan_is_exact(n, dec, mag):
    number = f"{n}{dec}"
    q, = recognize_text(f"收入{number}{mag}元")
    assert q.unit == "CNY"
    assert math.isclose(q.value, float(number) * MAGNITUDES[mag], rel_tol=1e-9)


@FAST
@given(integers, decimals, st.booleans(), st.sampled_from(["-", "+", ""]), st.sampled_from(sorted(UNITS)))
def test_fullwidth_and_ascii_give_same_facts(n, dec, commas, sign, unit_word):
    ascii_text = f"同比{sign}{_written(n, dec, commas)}{unit_word}。"
    wide_text = _fullwidth(ascii_text)
    a, w = recognize_text(ascii_text), recognize_text(wide_text)
    assert [(q.start, q.end, q.unit, q.qualifier, q.signed) for q in a] == \
           [(q.start, q.end, q.unit, q.qualifier, q.signed) for q in w]
    assert all(math.isclose(x.value, y.value) for x, y in zip(a, w))


@FAST
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["亿", "万"]), st.sampled_from(["元", "人", "个"]))
def test_traditional_and_simplified_give_same_facts(n, mag, unit):
    trad = {"亿": "億", "万": "萬", "个": "個"}
    simp_text = f"总数达{n}{mag}{unit}与去年持平"
    trad_text = "".join(trad.get(c, c) for c in simp_text).replace("总数达", "總數達").replace("与", "與")
    s, t = recognize_text(simp_text), recognize_text(trad_text)
    assert [(q.start, q.end, q.value, q.unit) for q in s] == [(q.start, q.end, q.value, q.unit) for q in t]
    assert len(s) == 1


@FAST
@given(st.lists(st.integers(min_value=1, max_value=9999), min_size=2, max_size=4), st.sampled_from(["亿元", "%", "万人"]))
def test_list_members_share_the_unit(members, unit_word):
    text = "预计分别为" + "/".join(map(str, members)) + unit_word + "。"
    found = recognize_text(text)
    assert len(found) == len(members)
    assert len({q.unit for q in found}) == 1
    scale = {"亿元": 1e8, "%": 1.0, "万人": 1e4}[unit_word]
    assert [q.value for q in found] == [m * scale for m in members]


# Text made of characters reports contain, plus anything else.
_REPORT_CHARS = st.sampled_from(list("0123456789０１２３.,，%％-−+负约超近逾万亿億萬元人个個倍成折第前名年月日分之百千点點/、() \n$￥"))
report_like = st.lists(st.one_of(_REPORT_CHARS, st.characters()), max_size=60).map("".join)
# Decoded documents hold no lone surrogates (polars frames cannot either).
document_like = st.lists(st.one_of(_REPORT_CHARS, st.characters(exclude_categories=("Cs",))), max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(report_like, st.booleans(), st.sampled_from([None, "亿元", "%", "人民币百万元"]))
def test_any_text_never_raises_and_spans_slice_back(text, is_cell, table_unit):
    found = recognize_text(text, table_unit=table_unit, is_cell=is_cell)
    last_end = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last_end  # left to right, non-overlapping
        last_end = q.end
        quote = text[q.start:q.end]
        assert quote == quote.strip() and quote
        assert math.isfinite(q.value)
        assert q.qualifier in ("eq", "gt", "approx", "lt")


@FAST
@given(st.lists(document_like, min_size=1, max_size=4))
def test_segment_quotes_slice_the_document(pieces):
    """recognize_segments: every quote is document[char_start:char_end] and its line is right."""
    import polars as pl

    from pipelines.recognize import recognize_segments

    doc, rows, pos = "", [], 0
    for i, piece in enumerate(pieces):
        text = f"第{i}段收入12.5亿元，{piece}"
        doc += text + "\n"
        rows.append({"segment_id": f"s{i}", "doc_id": "d", "source": "prose", "line": doc[:pos].count("\n") + 1,
                     "char_start": pos, "text": text, "table_unit": None, "row_label": None, "header": None})
        pos = len(doc)
    frame = recognize_segments(pl.DataFrame(rows))
    assert frame.height >= len(pieces)
    for r in frame.iter_rows(named=True):
        assert doc[r["char_start"]:r["char_end"]] == r["quote"]
        assert r["line"] == doc[:r["char_start"]].count("\n") + 1
