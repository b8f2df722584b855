"""A synthetic corpus for the benchmark: the sample report and variants of it.

Variant i names another company where the sample names its own (and its
own brands and case studies), and scales every figure by a factor that
depends on i, keeping years and the number format (decimals) intact. Every
variant has distinct bytes, so every file is its own document.
"""
from __future__ import annotations

import re
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "raw" / "kuaishou_2024_review.md"
# Names the sample gives its company, product lines and case studies; each
# variant renames them, so 1,000 documents are about 1,000 companies rather
# than one company stating 1,000 different revenues (which the warehouse
# rightly flags as conflicting figures).
SAMPLE_SUBJECT, SAMPLE_BRANDS, CASE_MARK = "快手", ("Kwai", "可灵"), "某"
_FIRST = "华中东南北新金恒嘉瑞安长广天海宏博盛信泰"
_SECOND = "科达通联晟源鑫创星辰云诚远润德丰邦汇智峰"
_KIND = ("科技", "集团", "控股", "网络", "电子", "医药", "能源", "传媒", "物流", "股份")
_CITIES = ("上海", "杭州", "成都", "武汉", "西安", "南京", "苏州", "重庆", "长沙", "郑州", "青岛", "厦门", "合肥",
           "昆明", "大连", "宁波", "福州", "济南", "沈阳", "南宁", "贵阳", "兰州", "太原", "石家庄", "哈尔滨",
           "长春", "南昌", "无锡", "佛山", "东莞", "温州", "泉州", "烟台", "徐州", "洛阳", "襄阳", "宜昌",
           "柳州", "桂林", "三亚", "珠海", "汕头", "湛江", "惠州", "绍兴", "嘉兴", "台州", "金华", "扬州",
           "镇江", "盐城", "南通", "常州", "芜湖", "蚌埠", "赣州", "九江", "株洲", "岳阳", "常德")
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


def names(i: int) -> tuple[str, str, str]:
    """(company, brand, city) of document i: 4,000 distinct companies before a prefix repeats."""
    a, b = _FIRST[i % 20], _SECOND[(i // 20) % 20]
    company = a + b + _KIND[(i // 400) % 10]
    if i >= 4000:
        company = _CITIES[(i // 4000) % len(_CITIES)] + company
    return company, b + a, _CITIES[i % len(_CITIES)]


def variant(text: str, i: int, generation: int = 0) -> str:
    """Document i of the corpus (generation > 0: an edited version of it)."""
    company, brand, city = names(i)
    factor = 1 + ((i * 37 + generation * 11) % 97) / 100          # 1.00 .. 1.96
    body = text.replace(SAMPLE_SUBJECT, company)
    for old in SAMPLE_BRANDS:
        body = body.replace(old, brand)
    body = shift_figures(body.replace(CASE_MARK, CASE_MARK + city), factor)
    return f"# {company}2024年度回顾（第{i}号）\n\n{body}"


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
