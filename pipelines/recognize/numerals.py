"""Numbers as written -> floats: ASCII digits, Chinese numerals, magnitudes.

Chinese numerals are converted by cn2an (a maintained converter); this module
only handles what it does not: 兆 (1e12) above 亿, spacing inside spelled
numbers ("一 百 五 十"), and bare 百/千 ("百分之百").
"""
from __future__ import annotations

import re
from functools import lru_cache

import cn2an

_SPACES = re.compile(r"\s+")


def arabic_to_float(text: str) -> float:
    """'1,269.5' -> 1269.5 (commas are thousands separators)."""
    return float(text.replace(",", "").replace(" ", ""))


@lru_cache(maxsize=4096)  # cn2an is slow and reports repeat the same few numerals
def chinese_to_float(text: str) -> float | None:
    """'三千九百万' -> 39000000.0; None when the text is not a number cn2an accepts."""
    s = _SPACES.sub("", text)
    if not s:
        return None
    if "兆" in s:
        head, _, tail = s.partition("兆")
        hv = chinese_to_float(head) if head else 1.0
        tv = chinese_to_float(tail) if tail else 0.0
        if hv is None or tv is None:
            return None
        return hv * 1e12 + tv
    if s in ("百", "佰"):
        return 100.0
    if s in ("千", "仟"):
        return 1000.0
    if s == "万":
        return 1e4
    if s == "亿":
        return 1e8
    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def number_to_float(text: str) -> float | None:
    """Digits or Chinese numerals (the caller folded full-width forms already)."""
    s = text.strip()
    if not s:
        return None
    if s[0].isdigit() or s[0] == ".":
        try:
            return arabic_to_float(s)
        except ValueError:
            return None
    return chinese_to_float(s)
