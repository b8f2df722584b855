"""Give each quantity its meaning: kind, direction, baseline, metric, subject, period.

Works clause by clause, the way a reader does. The words right before a
figure say what kind of figure it is (kinds.py); the noun phrase left when the
predicate is stripped names the metric and possibly its owner (grammar.py,
subjects.py); a clause topic or a case study (某X的实践表明…) sets the subject
carried through the rest of the sentence and paragraph. Periods come from the
sentence, else from an earlier sentence of the paragraph (until a new case
starts), else from the paragraph opener, else from the document's running
context; a figure named as the comparison value takes the compared period.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import polars as pl

from pipelines.attribute import lexicon as L
from pipelines.attribute.grammar import baseline_of, clauses, frame_standard, leading_adverbials, strip_predicate
from pipelines.attribute.kinds import kind_direction, share_in_frame, share_of_group
from pipelines.attribute.periods import PeriodMention, find_periods, year_of
from pipelines.attribute.subjects import clause_topic, entity_like, learn_names, split_np
from pipelines.attribute.tables import cell_attributes
from pipelines.recognize.textnorm import fold
from pipelines.schemas import FactModel, empty_frame

_CLASSIFIER_END = re.compile(r"[个名家户位款项座所台辆件只条场部种类]$")
_FOLLOWING_NOUN = re.compile(r"^([^\d,、的和与及;:。]{2,12})")
_COUNT_UNITS = ("item", "person", "household")
_LIST_SEP = ("/", "、", "/ ")
# Members of a coordinated list share the first member's reading (12%和18%).
_AND = ("和", "与", "及", "以及", "、", "/", "/ ")
_CONJ = re.compile(r"以及|和|与|及|、")
_ESTIMATE_WORDS = re.compile(r"预测|预计|预期|估计|一致预期|E(?![A-Za-z])")
_HEADING = re.compile(r"^\s*#")
_HEADING_MARKS = re.compile(r"^\s*#+")


@dataclass
class SentenceResult:
    rows: list[dict]
    subject: str | None  # the subject carried on to the next sentence
    case_starts: list[int] = field(default_factory=list)  # where new case studies begin


def _quote_end(q: dict) -> int:
    return q.get("end") or q["start"] + len(q["quote"])


def _as_written(piece: str | None, folded: str, text: str, before: int) -> str | None:
    """The original characters of a folded piece (fold keeps offsets)."""
    if not piece:
        return piece
    i = folded.rfind(piece, 0, before + len(piece))
    if i < 0:
        i = folded.find(piece)
    return text[i:i + len(piece)] if i >= 0 else piece


def _noun_phrase(folded: str, cs: int, q: dict, earlier: list[dict]) -> str:
    """The noun phrase for q; a figure joined to an earlier one by predicate words only
    (从12%提升到35%, 增长17.3%达1.39万亿元) shares the earlier figure's noun phrase."""
    if earlier and strip_predicate(folded[_quote_end(earlier[-1]):q["start"]]) == "":
        return _noun_phrase(folded, cs, earlier[-1], earlier[:-1])
    return strip_predicate(folded[cs:q["start"]])


def _named(owner: str, names) -> bool:
    return owner.startswith("某") or any(owner.startswith(n) for n in names) \
        or bool(re.match(r"[A-Za-z]{2,}", owner))


_ENDS_WITH_VERB = re.compile("(?:" + "|".join(L.TRANSITIVE_VERBS + ("贡献", "拿下", "吸纳", "承担")) + r")了?$")
_GROUP_OBJECT = re.compile(r"的([^\d,的]{2,12})")
_OTHER_VALUE = re.compile("(" + "|".join(L.OTHER_VALUE_MARKERS) + r")([^,]{2,16}?)的$")
_PART_OF = re.compile(r"占(?!比)([^,]{1,20})的$")
_RANK_VERB = re.compile("(" + "|".join(sorted(L.RANK_VERBS, key=len, reverse=True)) + ")")
_RANK_FRAME = re.compile(r"在([^,在]{2,30}?(?:榜|榜单|排行|排名|评测|评选))(?:上|中)?")


def _ranking(before: str, pre: str, names) -> tuple[str | None, str | None] | None:
    """(owner, ranking) of a rank: 可灵与Veo占据全球前两名 -> (可灵, 全球…); 在X榜上 names the ranking."""
    verbs = list(_RANK_VERB.finditer(pre))
    if not verbs:
        return None
    v = verbs[-1]
    ranking = pre[v.end():].strip() or None
    frame = list(_RANK_FRAME.finditer(before))
    if frame and (not ranking or len(ranking) <= 2):
        ranking = frame[-1].group(1)
    agent = re.split(r"与|和|及|、", leading_adverbials(pre[: v.start()]))[0]
    owner, metric, _ = split_np(agent, names) if agent else (None, None, False)
    return (owner or (agent if 2 <= len(agent) <= 20 and not agent.startswith(L.NON_OWNER_OPENERS) else None),
            ranking)


def _distribute(folded: str, text: str, cs: int, in_clause: list, rows: list, names) -> None:
    """甲公司和乙公司的营收分别为120亿元和95亿元: 分别 pairs coordinated owners or metrics with figures."""
    first = in_clause[0][1]
    np = leading_adverbials(strip_predicate(folded[cs:first["start"]]))
    parts = [p for p in _CONJ.split(np) if p]
    if len(parts) != len(in_clause):
        return
    shared = None
    if "的" in parts[-1]:
        parts[-1], shared = parts[-1].split("的", 1)
    for (i, q), part in zip(in_clause, parts):
        if find_periods(part):
            return
        owner, metric, _ = split_np(part, names)
        if shared is not None or entity_like(part, names):
            rows[i]["subject"] = _as_written(part, folded, text, q["start"])
            if shared:
                rows[i]["metric"] = _as_written(shared, folded, text, q["start"])
        elif metric:
            rows[i]["metric"] = _as_written(metric, folded, text, q["start"])
            if owner:
                rows[i]["subject"] = _as_written(owner, folded, text, q["start"])


def analyse_sentence(text: str, quantities: list[dict], subject: str | None = None,
                     names: tuple[str, ...] | list[str] = ()) -> SentenceResult:
    """Attribute the quantities of one sentence (spans relative to text)."""
    folded = fold(text)
    qs = sorted(enumerate(quantities), key=lambda iq: iq[1]["start"])
    rows: list[dict | None] = [None] * len(quantities)
    carried = local = subject
    case_starts: list[int] = []
    last_metric: str | None = None
    last_kind: str | None = None
    prev_clause = ""
    for cs, ce in clauses(folded):
        clause = folded[cs:ce]
        topic = clause_topic(clause, names)
        if topic:
            carried = local = _as_written(topic.subject, folded, text, ce)
            if topic.is_case:
                case_starts.append(cs)
        in_clause = [(i, q) for i, q in qs if cs <= q["start"] < max(ce, cs + 1)]
        done: list[dict] = []
        for i, q in in_clause:
            start, end = q["start"], _quote_end(q)
            if done and folded[_quote_end(done[-1]):start] in _AND:
                rows[i] = dict(rows[quantities.index(done[-1])])
                done.append(q)
                continue
            pre, post = folded[cs:start], folded[end:ce]
            kind, direction = kind_direction(pre, q["quote"], q["unit"], q["value"], q["signed"], post)
            np = _noun_phrase(folded, cs, q, done)
            owner, metric, anaphoric = split_np(np, names)
            transitive = bool(re.search("|".join(L.TRANSITIVE_VERBS), np))
            other = _OTHER_VALUE.search(pre)
            if other and kind == "level":  # 低于三线城市的67%: X's own value of the same measure
                owner, metric = other.group(2), last_metric
                kind = last_kind if last_kind == "share" else kind
            if q["unit"] == "rank":
                owner, metric = _ranking(folded[:start], pre, names) or (owner, metric)
            if anaphoric:
                metric = last_metric
            contributed = _ENDS_WITH_VERB.search(np) if kind == "share" else None
            if kind == "share" and not np and share_of_group(post):
                metric = share_of_group(post)
            elif contributed and _GROUP_OBJECT.match(post):
                # 线下渠道贡献了62%的销售额: X's part of Y
                owner = split_np(np[: contributed.start()], names)[0] or np[: contributed.start()] or None
                metric = _GROUP_OBJECT.match(post).group(1) + "占比"
            elif q["unit"] == "percent" and re.match(r"^(?:有|其中有|约有)", leading_adverbials(pre)) \
                    and re.search(r"(?:中|里|当中)$", prev_clause):
                kind, direction = "share", None
                frame = leading_adverbials(re.sub(r"(?:之中|当中|中|里)$", "", prev_clause))
                metric = share_in_frame(frame, re.sub(r"^(?:是)", "", post))
            elif q["unit"] in _COUNT_UNITS and _CLASSIFIER_END.search(q["quote"]):
                noun = _FOLLOWING_NOUN.match(post)
                if noun:
                    metric = noun.group(1)
                elif metric and not transitive and not metric.endswith(L.COUNT_NOUNS):
                    metric = metric + "数"
            if not metric:
                metric = last_metric
            part_of = _PART_OF.search(pre) if kind == "share" and not other else None
            if part_of and metric and "占" not in metric:
                metric = metric + "占" + part_of.group(1)  # 网上销售占零售总额(的8.2%)
            if owner:
                local = _as_written(owner, folded, text, start)
                if not done and leading_adverbials(np).startswith(owner) and _named(owner, names):
                    carried = local  # a named owner opening the clause is the topic of what follows
            baseline = (baseline_of(pre) or frame_standard(prev_clause)) if kind == "change" else None
            if baseline not in (None, "yoy", "qoq") and owner is None and metric and "的" in metric[1:-1]:
                # 新用户的留存率比老用户低: what is compared with the standard is the subject.
                owner, metric = metric.split("的", 1)
            rows[i] = {"kind": kind, "direction": direction if kind == "change" else None, "baseline": baseline,
                       "metric": _as_written(metric, folded, text, start), "subject": local}
            last_metric, last_kind = metric, kind
            done.append(q)
        if "分别" in clause and len(in_clause) > 1:
            _distribute(folded, text, cs, in_clause, rows, names)
        prev_clause = clause
    return SentenceResult([r or {} for r in rows], carried, case_starts)


def attribute_sentence(text: str, quantities: list[dict], subject: str | None = None,
                       names: tuple[str, ...] | list[str] = ()) -> list[dict]:
    """Per-quantity kind, direction, baseline, metric, subject for one sentence."""
    return analyse_sentence(text, quantities, subject, names).rows


def _absolute(m: PeriodMention) -> bool:
    return m.relative is None and not m.relative_quarter and not m.is_range


@dataclass
class _DocState:
    names: list[str]
    running: str | None = None  # set by a paragraph or heading that opens with a period
    last_year: int | None = None  # completes a period given without a year (Q4, 双11)
    block: int | None = None
    base: str | None = None  # the paragraph's period
    carry: str | None = None  # the period stated by an earlier sentence of the paragraph
    subject: str | None = None
    end_line: int = 0  # line the previous sentence ended on
    section: str | None = None  # subject named by the current heading
    running_owner: str | None = None  # the topic the running period was stated for
    headers: dict[int, dict[int, str]] = field(default_factory=dict)  # table -> column -> header
    row_labels: dict[int, dict[int, str]] = field(default_factory=dict)  # table -> row -> first cell

    @property
    def main(self) -> str | None:
        return self.names[0] if self.names else None


# Between a period and the value it names: 去年同期的X / 去年同期为X / 上年则为X.
_NAMES_VALUE = re.compile(r"(?:的|为|是|则为|则是|仅为|约为)?")
_STANDARD_BEFORE = re.compile(r"(?:较|比|相比|相较于?|与|和|从|由|同)$")


def _is_standard(folded: str, m: PeriodMention) -> bool:
    """The mention is the comparison standard or starting point (较2023年, 从2022年)."""
    return bool(_STANDARD_BEFORE.search(folded[max(0, m.start - 3):m.start]))


def _period_of(pos: int, folded: str, mentions: list[PeriodMention], case_starts: list[int],
               st: _DocState) -> str | None:
    last_case = max((c for c in case_starts if c <= pos), default=-1)
    for m in mentions:
        # 由2023年的X增至Y / 较2023年的X: a value right after a stated standard period takes it.
        if _absolute(m) and _is_standard(folded, m) and m.end <= pos and _NAMES_VALUE.fullmatch(folded[m.end:pos]):
            return m.label(m.year or st.last_year)
    # 较2023年增长15%: the standard's period is not the figure's.
    stated = [m for m in mentions if _absolute(m) and m.start < pos and not _is_standard(folded, m)]
    if stated:
        m = stated[-1]
        ctx = next((x.year for x in reversed(mentions) if x.year and x.start <= m.start), None)
        label = m.label(ctx or year_of(st.carry) or year_of(st.base) or st.last_year)
        if label and re.fullmatch(r"\d{4}", label) and _ESTIMATE_WORDS.search(folded):
            label = f"FY{label}E"
    elif last_case >= 0:
        label = st.base
    else:
        label = st.carry or st.base
    for m in mentions:
        # 较去年同期的3.825亿 / 由去年的X: the comparison value takes the compared period.
        if not _absolute(m) and not m.is_range and m.end <= pos and _NAMES_VALUE.fullmatch(folded[m.end:pos]):
            ctx = label or (str(st.last_year) if st.last_year else None)
            return m.label(year_of(ctx), ctx)
    return label


def _range_lists(folded: str, local: list[dict], mentions: list[PeriodMention]) -> dict[int, str]:
    """Members of a "1418/1562/1682" list after a year range take successive years."""
    out: dict[int, str] = {}
    chain: list[int] = []
    for i, q in enumerate(local + [None]):
        if q is not None and chain and folded[_quote_end(local[chain[-1]]):q["start"]] in _LIST_SEP:
            chain.append(i)
            continue
        if len(chain) > 1:
            first = local[chain[0]]["start"]
            ranges = [m for m in mentions if m.is_range and m.end <= first]
            if ranges and len(ranges[-1].years()) == len(chain):
                r = ranges[-1]
                est = r.estimate or bool(_ESTIMATE_WORDS.search(folded))
                for k, y in zip(chain, r.years()):
                    out[k] = f"FY{y}E" if est else str(y)
        chain = [i] if q is not None else []
    return out


_TICKER = re.compile(r"[(（][^()（）]{0,16}[)）]")


def _heading_subject(text: str, folded: str, mentions: list[PeriodMention], names) -> str | None:
    """The subject a heading names: 美团2024年第四季度业绩 / 腾讯控股（0700.HK）2024年报点评 /
    香港零售市场; None for a topic heading (盈利预测)."""
    body = folded.lstrip("# ")
    offset = len(folded) - len(body)
    for n in names:
        if body.startswith(n):
            return text[offset:offset + len(n)]
    first = next((m for m in mentions if _absolute(m) and m.start > offset + 1), None)
    if first:
        left = folded[offset:first.start]
        bare = _TICKER.sub("", left).strip()
        if 2 <= len(bare) <= 16 and not re.search(r"\d", bare):
            return text[offset:offset + left.find(bare) + len(bare)] if left.startswith(bare) else bare
    body = body.strip()
    return text[offset:offset + len(body)] if entity_like(body, names) else None


def _opening_topic(folded: str, names) -> str | None:
    """The entity a paragraph's first sentence opens on, if any (folded)."""
    for a, b in clauses(folded):
        clause = folded[a:b]
        if not leading_adverbials(clause):
            continue  # "2024年，" / "此外，": look at the next clause
        topic = clause_topic(clause, names)
        return topic.subject if topic and not topic.is_case else None
    return None


def _prose_rows(s: dict, qs: pl.DataFrame | None, st: _DocState) -> list[dict]:
    text = s["text"]
    folded = fold(text)
    mentions = find_periods(text)
    years = [m.year for m in mentions if m.year and _absolute(m)]
    heading = bool(_HEADING.match(text))
    if heading:
        st.section = _heading_subject(text, folded, mentions, st.names)
        if mentions and _absolute(mentions[0]):
            st.running = mentions[0].label(st.last_year)
            st.running_owner = fold(st.section) if st.section else st.main
        st.block, st.carry, st.base, st.subject = None, None, st.running, st.section or st.main
    # A new paragraph: a new block, or a sentence that starts on a new line
    # (Chinese prose is not hard-wrapped, so a line break after 。 ends a paragraph).
    elif s["block_no"] != st.block or s["line"] > st.end_line:
        st.block, st.carry, st.subject = s["block_no"], None, st.section or st.main
        opener = mentions[0] if mentions and mentions[0].start <= 2 and _absolute(mentions[0]) else None
        topic = _opening_topic(folded, st.names)
        if opener:
            st.base = opener.label(opener.year or st.last_year)
            st.running = str(year_of(st.base)) if year_of(st.base) else st.running
            st.running_owner = topic or st.section or st.main
        else:
            # A paragraph that opens on another entity (可灵AI在… after 2024年，快手…) starts a
            # new topic: the running period belonged to the old one and does not carry over.
            if topic and st.running_owner and not (topic.startswith(st.running_owner)
                                                   or st.running_owner.startswith(topic)):
                st.running = None
            st.base = st.running
    local = []
    if qs is not None:
        local = [{"start": r["char_start"] - s["char_start"], "end": r["char_end"] - s["char_start"],
                  "quote": r["quote"], "unit": r["unit"], "value": r["value"], "signed": r["signed"]}
                 for r in qs.iter_rows(named=True)]
    # A heading is read like a sentence once its # marks are blanked (offsets kept).
    readable = _HEADING_MARKS.sub(lambda m: " " * len(m.group()), text) if heading else text
    res = analyse_sentence(readable, local, st.subject, st.names)
    listed = _range_lists(folded, local, mentions)
    out = []
    if qs is not None:
        for k, (r, a, loc) in enumerate(zip(qs.iter_rows(named=True), res.rows, local)):
            period = listed.get(k) or _period_of(loc["start"], folded, mentions, res.case_starts, st)
            value = abs(r["value"]) if a["kind"] == "change" else r["value"]
            out.append({**r, **a, "value": value, "period": period})
    st.subject = res.subject
    stated = [m for m in mentions if _absolute(m)]
    if stated:
        last = stated[-1]
        if not any(c > last.start for c in res.case_starts):
            st.carry = last.label(last.year or st.last_year)
        else:
            st.carry = None
    elif res.case_starts:
        st.carry = None
    st.last_year = years[-1] if years else st.last_year
    st.end_line = s["line"] + text.count("\n")
    if heading:
        st.block = None  # what follows a heading is a new paragraph
    return out


def attribute_quantities(quantities: pl.DataFrame, segments: pl.DataFrame) -> pl.DataFrame:
    """FactModel rows: quantities with kind, direction, baseline, metric, subject, period."""
    if quantities.is_empty():
        return empty_frame(FactModel)
    seg = segments.sort("doc_id", "char_start")
    by_segment = {k[0]: g for k, g in quantities.sort("char_start").group_by("segment_id", maintain_order=True)}
    rows: list[dict] = []
    for _, doc_segments in seg.group_by("doc_id", maintain_order=True):
        prose = [fold(t) for t, src in zip(doc_segments["text"], doc_segments["source"]) if src == "prose"]
        st = _DocState(names=learn_names(prose))
        for c in doc_segments.filter(pl.col("source") == "table").iter_rows(named=True):
            st.headers.setdefault(c["table_no"], {})[c["col_no"]] = c["header"]
            st.row_labels.setdefault(c["table_no"], {})[c["row_no"]] = c["row_label"]
        for s in doc_segments.iter_rows(named=True):
            qs = by_segment.get(s["segment_id"])
            if s["source"] == "prose":
                rows += _prose_rows(s, qs, st)
            elif qs is not None:
                rows += _table_rows(s, qs, st)
    if not rows:
        return empty_frame(FactModel)
    return pl.DataFrame(rows, schema=empty_frame(FactModel).schema)


def _table_rows(s: dict, qs: pl.DataFrame, st: _DocState) -> list[dict]:
    out = []
    heading_period = next((m.label(st.last_year) for m in find_periods(s["heading"] or "") if _absolute(m)), None)
    for r in qs.iter_rows(named=True):
        q = {"start": r["char_start"] - s["char_start"], "end": r["char_end"] - s["char_start"],
             "quote": r["quote"], "unit": r["unit"], "value": r["value"], "signed": r["signed"]}
        a = cell_attributes(s, q, st.section or st.main, st.headers.get(s["table_no"]),
                            st.row_labels.get(s["table_no"]))
        period = a.pop("period") or heading_period or st.running
        value = abs(r["value"]) if a["kind"] == "change" else r["value"]
        out.append({**r, **a, "value": value, "period": period})
    return out
