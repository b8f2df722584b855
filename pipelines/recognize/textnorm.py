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


def fold(text: str) -> str:
    """Same-length copy of text for pattern matching (see module doc)."""
    folded = text.translate(_translation())
    if len(folded) != len(text):  # pragma: no cover - guarded by construction
        raise AssertionError("fold must keep length")
    return folded


def fold_column(text: pl.Expr) -> pl.Expr:
    """fold for a whole column at once: every fold maps one character to one,
    so replacing them all in one Aho-Corasick pass (patterns that are single
    characters never overlap) gives exactly str.translate's result."""
    table = folds()
    return text.str.replace_many(list(table), list(table.values()))
