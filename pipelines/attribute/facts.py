"""Give each quantity its meaning: kind, direction, baseline, metric, subject, period.

Works clause by clause, the way a reader does: the words right before a
figure say what kind of figure it is (增长72.5% is a change, 达到177亿元 a
level, 占比42% a share); the noun phrase before those words names the metric;
the sentence's topic (or the paragraph's) is the subject; periods come from
the sentence, else the paragraph opener, else the document's running year.
"""
from __future__ import annotations

import re

import polars as pl

from pipelines.attribute import lexicon as L
from pipelines.attribute.periods import find_periods
from pipelines.recognize.textnorm import fold
from pipelines.schemas import FactModel, empty_frame

_CLAUSE = re.compile(r"[,，;；:：。!！?？]")
_UP = sorted(L.UP_VERBS, key=len, reverse=True)
_DOWN = sorted(L.DOWN_VERBS, key=len, reverse=True)
_VERB_RE = re.compile("(" + "|".join(map(re.escape, sorted(L.UP_VERBS + L.DOWN_VERBS, key=len, reverse=True))) + ")")
# Function words trimmed off the end of the words before a figure to leave
# the metric phrase: 营收(达到)… / 经调整净利润(同比增长)…
_TRAIL = re.compile(
    r"(?:同比|环比|较去年同期|比去年同期|实现了|实现|达到了|达到|达|为|约|超过|超|逾|近|将近|突破|已|已经|"
    r"也|均|分别|再创新高至|创新高至|至|到|了|高达|仅|共|累计|合计|总计|"
    + "|".join(map(re.escape, sorted(L.UP_VERBS + L.DOWN_VERBS, key=len, reverse=True))) + r")+$"
)
_SUBJECT_SPLIT = re.compile(r"(?:实现|带动|使得|使|让|推动|通过|的)")


def _kind_direction(pre: str, quote: str, unit: str, signed_value: float | None, signed: bool) -> tuple[str, str | None]:
    tail = pre[-8:]
    if unit in ("times",) and ("翻" in quote or _VERB_RE.search(tail)):
        m = _VERB_RE.search(tail)
        return "change", ("down" if m and m.group(1) in L.DOWN_VERBS else "up")
    if signed and signed_value is not None and unit in ("percent", "percentage_point"):
        return "change", "up" if signed_value >= 0 else "down"
    verbs = list(_VERB_RE.finditer(tail))
    if verbs:
        last = verbs[-1]
        after = tail[last.end():]
        if not any(after.startswith(t) for t in L.TO_MARKERS) and not re.search(r"(达到?|为)$", after):
            return "change", "down" if last.group(1) in L.DOWN_VERBS else "up"
    if unit == "percentage_point":
        return "change", "up"
    if unit == "percent" and any(w in pre[-12:] for w in L.SHARE_WORDS):
        return "share", None
    return "level", None


def _baseline(clause_pre: str) -> str | None:
    if any(w in clause_pre for w in L.QOQ_WORDS):
        return "qoq"
    if any(w in clause_pre for w in L.YOY_WORDS):
        return "yoy"
    for word in L.COMPARATORS:
        i = clause_pre.rfind(word)
        if i >= 0:
            rest = clause_pre[i + len(word):]
            m = _VERB_RE.search(rest)
            phrase = rest[:m.start()] if m else rest
            phrase = phrase.strip()
            if len(phrase) >= 2 and not phrase.isdigit():
                return phrase
    return None


def _metric_subject(pre: str) -> tuple[str | None, str | None]:
    words = _TRAIL.sub("", pre).strip()
    words = re.sub(r"^(?:其中|此外|同时|而|并|且|其|该|这一|和|与|及)", "", words)
    if not words:
        return None, None
    parts = [p for p in _SUBJECT_SPLIT.split(words) if p]
    if len(parts) >= 2:
        return parts[-1][-16:], parts[0][-16:]
    return words[-16:], None


def attribute_sentence(text: str, quantities: list[dict]) -> list[dict]:
    """Attribute the quantities of one sentence (spans relative to text)."""
    folded = fold(text)
    out = []
    last_metric = None
    for q in quantities:
        clause_start = max((m.end() for m in _CLAUSE.finditer(folded, 0, q["start"])), default=0)
        pre = folded[clause_start:q["start"]]
        kind, direction = _kind_direction(pre, q["quote"], q["unit"], q["value"], q["signed"])
        baseline = _baseline(folded[:q["start"]][-30:] if kind == "change" else "") if kind == "change" else None
        if kind == "change" and baseline is None:
            baseline = _baseline(pre)
        metric, subject = _metric_subject(pre)
        if metric is None or len(metric) < 2:
            metric = last_metric
        last_metric = metric
        out.append({"kind": kind, "direction": direction, "baseline": baseline, "metric": metric, "subject": subject})
    return out


def attribute_quantities(quantities: pl.DataFrame, segments: pl.DataFrame) -> pl.DataFrame:
    """FactModel rows: quantities with kind, direction, baseline, metric, subject, period."""
    if quantities.is_empty():
        return empty_frame(FactModel)
    seg = segments.sort("doc_id", "char_start")
    by_segment = {k[0]: g for k, g in quantities.sort("char_start").group_by("segment_id", maintain_order=True)}
    rows: list[dict] = []
    for doc_id, doc_segments in seg.group_by("doc_id", maintain_order=True):
        running_year: int | None = None
        para_period: dict[int, str | None] = {}
        for s in doc_segments.iter_rows(named=True):
            text = s["text"]
            mentions = find_periods(text)
            # A paragraph that opens with a period sets the document's running year.
            if s["sentence_no"] == 0 and s["source"] == "prose":
                opener = mentions[0] if mentions and mentions[0].start <= 6 else None
                if opener and opener.year:
                    running_year = opener.year
                para_period[s["block_no"]] = opener.label(running_year) if opener else None
            if s["segment_id"] not in by_segment:
                continue
            qs = by_segment[s["segment_id"]]
            local = [
                {"start": r["char_start"] - s["char_start"], "quote": r["quote"], "unit": r["unit"],
                 "value": r["value"], "signed": r["signed"]}
                for r in qs.iter_rows(named=True)
            ]
            attrs = attribute_sentence(text, local) if s["source"] == "prose" else [
                _cell_attributes(s, r) for r in qs.iter_rows(named=True)]
            context = next((m.year for m in mentions if m.year), None) or running_year
            for r, a, loc in zip(qs.iter_rows(named=True), attrs, local):
                before = [m for m in mentions if m.start < loc["start"]]
                period = before[-1].label(context) if before else (
                    mentions[0].label(context) if mentions else para_period.get(s["block_no"]) or (
                        str(running_year) if running_year else None))
                value = r["value"]
                if a["kind"] == "change":
                    value = abs(value)
                rows.append({**r, **a, "value": value, "period": period})
    return pl.DataFrame(rows, schema=empty_frame(FactModel).schema)


def _cell_attributes(seg: dict, q: dict) -> dict:
    header = seg["header"] or ""
    text = seg["text"]
    rest = text.replace(q["quote"], "").strip()
    metric = rest if len(rest) >= 2 else header
    kind, direction = "level", None
    if q["signed"] and q["value"] is not None and q["unit"] in ("percent", "percentage_point"):
        kind, direction = "change", "up" if q["value"] >= 0 else "down"
    elif _VERB_RE.search(metric) or _VERB_RE.search(text):
        m = _VERB_RE.search(text) or _VERB_RE.search(metric)
        kind, direction = "change", "down" if m.group(1) in L.DOWN_VERBS else "up"
    elif q["unit"] == "percent" and any(w in metric for w in L.SHARE_WORDS):
        kind = "share"
    baseline = _baseline(text) if kind == "change" else None
    return {"kind": kind, "direction": direction, "baseline": baseline, "metric": metric or None,
            "subject": seg["row_label"]}
