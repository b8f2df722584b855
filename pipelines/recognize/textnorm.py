"""A matching copy of the text that keeps every offset.

Recognition runs its patterns on a copy where full-width forms are folded to
ASCII (１２６９ -> 1269, ％ -> %) and Traditional characters to Simplified
(億 -> 亿, 個 -> 个). Each fold maps one character to one character, so an
offset into the copy is the same offset into the original and quotes are
always sliced from the original text.

The Traditional -> Simplified table is OpenCC's character table (shipped by
the opencc-python-reimplemented package), restricted to one-to-one entries.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import polars as pl


@lru_cache(maxsize=1)
def _t2s_table() -> dict[str, str]:
    table: dict[str, str] = {}
    data = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    for line in data.splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        trad, simp = parts[0], parts[1].split(" ")[0]
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            table[trad] = simp
    return table


TRADITIONAL_ONLY = frozenset(_t2s_table())

# Characters folded beyond NFKC and OpenCC: minus signs, Japanese 銭, etc.
_EXTRA = {"−": "-", "—": "-", "–": "-", "﹣": "-", "〇": "零", "銭": "钱", "圆": "元", "圓": "元"}


@lru_cache(maxsize=1)
def folds() -> dict[str, str]:
    """Every character that folding changes, with its fold."""
    # Full-width ASCII block U+FF01..U+FF5E -> ASCII; ideographic space -> space.
    table = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table["\u3000"] = " "
    table.update(_t2s_table())
    table.update(_EXTRA)
    return table


@lru_cache(maxsize=1)
def _translation() -> str:
    """The folds as a string indexed by code point (characters past its end
    are kept): str.translate reads a string table much faster than a dict,
    where every character left alone costs a failed lookup."""
    table = {ord(src): dst for src, dst in folds().items()}
    chars = list(map(chr, range(max(table) + 1)))
    for code, dst in table.items():
        chars[code] = dst
    return "".join(chars)


# A year written in Chinese digits, as Hong Kong and Macau announcements do (二零二四年, 二○二五年,
# 一九九八年): folded to its Arabic digits (2024年), one character for one, so it names a period as
# 2024年 does and is not read as a count of years. Four digit characters in a row never write a count
# (that needs 十/百: 四十五年), and the first two pin the century.
_CN_YEAR = "(?:一九|二[零〇○])[一二三四五六七八九零〇○]{2}年"
_CN_YEAR_RE = re.compile(_CN_YEAR)
_CN_YEAR_DIGITS = str.maketrans("零〇○一二三四五六七八九", "000123456789")


def _digit_year(m: re.Match) -> str:
    return m.group().translate(_CN_YEAR_DIGITS)


def fold_years(folded: str) -> str:
    """folded with its Chinese-digit years in Arabic digits (二零二四年 -> 2024年; unfolded text too: 二〇二四年)."""
    if "年" not in folded or ("零" not in folded and "○" not in folded and "〇" not in folded and "一九" not in folded):
        return folded
    return _CN_YEAR_RE.sub(_digit_year, folded)


def fold_years_series(texts: pl.Series) -> pl.Series:
    """fold_years of every text (polars' map_batches: the column folds of fold_column)."""
    if not texts.str.contains(_CN_YEAR).any():
        return texts
    return pl.Series(texts.name, [fold_years(t) if t is not None else None for t in texts], dtype=pl.String)


def fold(text: str) -> str:
    """Same-length copy of text for pattern matching (see module doc)."""
    folded = fold_years(text.translate(_translation()))
    if len(folded) != len(text):  # pragma: no cover - guarded by construction
        raise AssertionError("fold must keep length")
    return folded


def fold_column(text: pl.Expr) -> pl.Expr:
    """fold for a whole column at once: every fold maps one character to one,
    so replacing them all in one Aho-Corasick pass (patterns that are single
    characters never overlap) gives exactly str.translate's result."""
    table = folds()
    return text.str.replace_many(list(table), list(table.values())).map_batches(fold_years_series,
                                                                                 return_dtype=pl.String)
