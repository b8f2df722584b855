"""A synthetic corpus for the benchmark: the sample report and variants of it.

Variant i names another company (from SUBJECTS) where the sample names its
own, and scales every figure by a factor that depends on i, keeping years
and the number format (decimals, grouping) intact. Every variant has
distinct bytes, so every file is its own document.
"""
from __future__ import annotations

import re
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "raw" / "kuaishou_2024_review.md"
SAMPLE_SUBJECT = "快手"
# Chinese company names of different lengths; Traditional ones exercise the
# script detection and folding too.
SUBJECTS = ("快手", "抖音", "美团", "京东", "拼多多", "腾讯控股", "阿里巴巴", "小米集团", "网易", "百度",
            "哔哩哔哩", "携程", "唯品会", "微博", "爱奇艺", "比亚迪", "宁德时代", "貴州茅臺", "騰訊", "美團點評")
_NUMBER = re.compile(r"(?<![\d.])(\d+)(\.\d+)?(?![\d.])")


def _is_year(whole: str, decimals: str | None, following: str) -> bool:
    return not decimals and len(whole) == 4 and 1990 <= int(whole) <= 2035 or following.startswith("年")


def shift_figures(text: str, factor: float) -> str:
    """Every figure times factor, same number of decimals; years (and N年) untouched."""
    def repl(m: re.Match) -> str:
        whole, decimals = m.group(1), m.group(2)
        if _is_year(whole, decimals, text[m.end():m.end() + 1]):
            return m.group(0)
        value = float(m.group(0)) * factor
        places = len(decimals) - 1 if decimals else 0
        shifted = f"{value:.{places}f}"
        # Keep integers integers and avoid a leading zero turning "5" into "0".
        return shifted if places or float(shifted) >= 1 else "1"
    return _NUMBER.sub(repl, text)


def variant(text: str, i: int, generation: int = 0) -> str:
    """Document i of the corpus (generation > 0: an edited version of it)."""
    subject = SUBJECTS[i % len(SUBJECTS)]
    factor = 1 + ((i * 37 + generation * 11) % 97) / 100          # 1.00 .. 1.96
    body = shift_figures(text.replace(SAMPLE_SUBJECT, subject), factor)
    return f"# {subject}2024年度回顾（第{i}号）\n\n{body}" if i else body


def write_corpus(folder: Path, n: int) -> int:
    """Write n documents to folder; return the total bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    text = SAMPLE.read_text(encoding="utf-8")
    total = 0
    for i in range(n):
        data = variant(text, i).encode("utf-8")
        (folder / f"report_{i:05d}.md").write_bytes(data)
        total += len(data)
    return total


def edit_documents(folder: Path, n: int, every: int, generation: int = 1) -> list[str]:
    """Rewrite every `every`-th document with shifted figures; return their names."""
    text = SAMPLE.read_text(encoding="utf-8")
    changed = []
    for i in range(0, n, every):
        name = f"report_{i:05d}.md"
        (folder / name).write_bytes(variant(text, i, generation).encode("utf-8"))
        changed.append(name)
    return changed
