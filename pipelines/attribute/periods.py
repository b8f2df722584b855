"""Period expressions -> normalised labels (2024, 2024Q4, 2024H1, 2024-11, FY2025E).

`find_periods` returns every period mention in a text with its span; a
mention may lack a year (第四季度, Q4, 双11), in which case the caller
completes it from the context year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.recognize.numerals import chinese_to_float
from pipelines.recognize.textnorm import fold

_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    year: int | None
    label_suffix: str  # "", "Q4", "H1", "-11", "E"
    estimate: bool = False

    def label(self, context_year: int | None) -> str | None:
        year = self.year or context_year
        if year is None:
            return None
        if self.estimate:
            return f"FY{year}E"
        return f"{year}{self.label_suffix}"


_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS = [
    # FY2025E, 2025E, 2025年E: estimates
    re.compile(r"(?:FY)?(?P<year>(?:19|20)\d{2})\s?[EF](?![A-Za-z])"),
    re.compile(r"FY(?P<y2>\d{2})[EF]?(?![A-Za-z\d])"),
    # 24Q4 / 2024Q4 / 4Q24 / 1H24 / 2024H1
    re.compile(r"(?P<y2>\d{2})Q(?P<q>[1-4])(?![\d])"),
    re.compile(rf"{_YEAR}\s?Q(?P<q>[1-4])"),
    re.compile(r"(?P<q>[1-4])Q(?P<y2>\d{2})(?![\d])"),
    re.compile(rf"{_YEAR}\s?H(?P<h>[12])"),
    re.compile(r"(?P<h>[12])H(?P<y2>\d{2})(?![\d])"),
    # 2024年第四季度 / 2024年Q4 / 2024年上半年 / 2024年11月 / 2024年双十一 / 2024年
    re.compile(rf"{_YEAR}年(?:度)?\s?(?:第(?P<cq>[一二三四1-4])季度|Q(?P<q>[1-4])|(?P<half>上|下)半年|(?P<m>1[0-2]|0?[1-9])月(?!\d*日)|(?P<d11>双十一|双11))?"),
    # 第四季度 / Q4 / 四季度 / 上半年 / 双十一 / 11月 without a year
    re.compile(r"第(?P<cq>[一二三四])季度|(?<![A-Za-z\d])Q(?P<q>[1-4])(?![\d])|(?<![第\d])(?P<cq2>[一二三四])季度"
               r"|(?P<half>上|下)半年|(?P<d11>双十一|双11)"),
]


def find_periods(text: str) -> list[PeriodMention]:
    """Every period mention in text, left to right, non-overlapping."""
    folded = fold(text)
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    for pat in _PATTERNS:
        for m in pat.finditer(folded):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            g = m.groupdict()
            year = int(g["year"]) if g.get("year") else (2000 + int(g["y2"]) if g.get("y2") else None)
            suffix, estimate = "", False
            if pat is _PATTERNS[0]:
                estimate = True
            elif pat is _PATTERNS[1]:
                estimate = bool(re.search(r"[EF]$", m.group(0)))
            q = g.get("q") or g.get("cq") or g.get("cq2")
            if q:
                suffix = f"Q{_CN_Q[q]}"
            elif g.get("h"):
                suffix = f"H{g['h']}"
            elif g.get("half"):
                suffix = "H1" if g["half"] == "上" else "H2"
            elif g.get("m"):
                suffix = f"-{int(g['m']):02d}"
            elif g.get("d11"):
                suffix = "-11"
            if year is None and not suffix:
                continue
            found.append(PeriodMention(m.start(), m.end(), year, suffix, estimate))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda p: p.start)
    return found


def year_of(label: str | None) -> int | None:
    if not label:
        return None
    m = re.search(r"(\d{4})", label)
    return int(m.group(1)) if m else None


__all__ = ["PeriodMention", "chinese_to_float", "find_periods", "year_of"]
