"""Conformed dimensions as pure functions of the values the facts carry.

Keys are deterministic (a hash of the canonical name, or the label itself),
so a fact loaded by an earlier build keeps resolving when a later build
recomputes a dimension from the union of old and new aliases.
"""
from __future__ import annotations

import calendar
import hashlib
import re
from collections import Counter
from datetime import date

import polars as pl

from pipelines.schemas.vocabulary import CURRENCIES, NON_MONEY_UNITS
from pipelines.schemas.warehouse import UNKNOWN
from pipelines.warehouse import lexicon as L

_UNIT_DIMENSION = {
    "percent": ("ratio", "percent (%)"), "percentage_point": ("ratio", "percentage points"),
    "times": ("ratio", "times (倍)"), "person": ("count", "people"), "household": ("count", "households"),
    "item": ("count", "items"), "minute": ("duration", "minutes"), "hour": ("duration", "hours"),
    "day": ("duration", "days"), "month": ("duration", "months"), "year": ("duration", "years"),
    "rank": ("rank", "rank"), "square_meter": ("area", "square metres"), "ton": ("mass", "tonnes"),
}
_METRIC_PREFIX = re.compile("^(?:" + "|".join(L.METRIC_PERIOD_PREFIXES) + ")+")
_SPACE = re.compile(r"\s+")


def surrogate(kind: str, name: str) -> str:
    return kind + "_" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


# ---------------------------------------------------------------- units ----

def unit_rows() -> pl.DataFrame:
    rows = [{"unit_code": UNKNOWN, "dimension": UNKNOWN, "display_name": "unknown"}]
    rows += [{"unit_code": c, "dimension": "money", "display_name": c} for c in CURRENCIES]
    rows += [{"unit_code": u, "dimension": _UNIT_DIMENSION[u][0], "display_name": _UNIT_DIMENSION[u][1]}
             for u in NON_MONEY_UNITS]
    return pl.DataFrame(rows)


# -------------------------------------------------------------- periods ----

def _period_row(label: str) -> dict:
    none = dict(half=None, quarter=None, is_estimate=False)
    m = re.fullmatch(r"FY(\d{4})E", label)
    if m:
        y = int(m.group(1))
        return {**none, "granularity": "year", "year": y, "start_date": date(y, 1, 1),
                "end_date": date(y, 12, 31), "is_estimate": True}
    m = re.fullmatch(r"(\d{4})Q([1-4])", label)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        last = q * 3
        return {**none, "granularity": "quarter", "year": y, "quarter": q, "half": 1 if q <= 2 else 2,
                "start_date": date(y, last - 2, 1), "end_date": date(y, last, calendar.monthrange(y, last)[1])}
    m = re.fullmatch(r"(\d{4})H([12])", label)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return {**none, "granularity": "half", "year": y, "half": h, "start_date": date(y, 1 if h == 1 else 7, 1),
                "end_date": date(y, 6, 30) if h == 1 else date(y, 12, 31)}
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:~(\d{2}))?", label)
    if m:
        y, m1 = int(m.group(1)), int(m.group(2))
        m2 = int(m.group(3) or m1)
        same_q = (m1 - 1) // 3 == (m2 - 1) // 3
        return {**none, "granularity": "month", "year": y, "quarter": (m1 - 1) // 3 + 1 if same_q else None,
                "half": 1 if m2 <= 6 else (2 if m1 >= 7 else None),
                "start_date": date(y, m1, 1), "end_date": date(y, m2, calendar.monthrange(y, m2)[1])}
    m = re.fullmatch(r"(\d{4})", label)
    if m:
        y = int(m.group(1))
        return {**none, "granularity": "year", "year": y, "start_date": date(y, 1, 1), "end_date": date(y, 12, 31)}
    raise ValueError(f"not a period label: {label!r}")


PERIOD_SCHEMA = {"period_key": pl.String, "label": pl.String, "granularity": pl.String, "year": pl.Int64,
                 "half": pl.Int64, "quarter": pl.Int64, "start_date": pl.Date, "end_date": pl.Date,
                 "is_estimate": pl.Boolean}


def period_rows(labels) -> pl.DataFrame:
    """dim_period rows for labels, plus the 'unknown' member."""
    rows = [{"period_key": UNKNOWN, "label": None, "granularity": UNKNOWN, "year": None, "half": None,
             "quarter": None, "start_date": None, "end_date": None, "is_estimate": False}]
    for label in sorted({x for x in labels if x and x != UNKNOWN}):
        rows.append({"period_key": label, "label": label, **_period_row(label)})
    return pl.DataFrame(rows, schema=PERIOD_SCHEMA)


# ------------------------------------------------------------- entities ----

def canonical_entity(alias: str) -> str:
    """快手电商业务 -> 快手电商; 快手平台 -> 快手; a bare generic head (业务) stays.

    An anonymised case (某文旅平台) keeps its head: without a proper name the
    head noun is what tells one case from another.
    """
    name = _SPACE.sub("", alias)
    if name.startswith("某"):
        return name
    changed = True
    while changed:
        changed = False
        for suffix in L.ENTITY_GENERIC_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                name = name[: -len(suffix)]
                changed = True
                break
    return name or alias


def entity_key(alias: str | None) -> str:
    return UNKNOWN if not alias or not alias.strip() else surrogate("ent", canonical_entity(alias))


def _rule_matches(kind: str, words: tuple, form: str) -> bool:
    if kind == "prefix":
        return form.startswith(words)
    if kind == "suffix":
        return form.endswith(words)
    return any(w in form for w in words)


def entity_type(forms: list[str], row_headers: list[str] = ()) -> str:
    """The type the label column's header states (ROW_HEADER_TYPE_RULES) when
    the entity is a table row label; else the first ENTITY_TYPE_RULES rule any
    written form matches; else 'other'."""
    for etype, words in L.ROW_HEADER_TYPE_RULES:
        if any(w in h for h in row_headers for w in words):
            return etype
    for etype, kind, words in L.ENTITY_TYPE_RULES:
        if any(_rule_matches(kind, words, f) for f in forms):
            return etype
    return "other"


def _parent(name: str, names) -> str | None:
    """The longest other entity name this one starts with (快手电商 -> 快手).

    Anonymised cases (某…) never corefer with each other, so they neither
    take nor give a parent. names: a set (or any container) of the names;
    the prefixes of name are looked up in it, longest first, so the cost is
    the length of the name, not the number of names.
    """
    if name.startswith("某"):
        return None
    for end in range(len(name) - 1, 1, -1):
        prefix = name[:end]
        if prefix in names and not prefix.startswith("某"):
            return prefix
    return None


ENTITY_SCHEMA = {"entity_key": pl.String, "name": pl.String, "entity_type": pl.String,
                 "parent_entity_key": pl.String, "alias_count": pl.Int64}


def entity_dimension(aliases, row_headers: dict[str, list[str]] | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(dim_entity, entity_alias) for every subject as written, plus 'unknown'.

    row_headers: alias -> headers of the label column of the tables where
    the alias is a row label (they tell the type: 案例类型 -> case).
    """
    row_headers = row_headers or {}
    by_name: dict[str, list[str]] = {}
    for alias in sorted({a for a in aliases if a and a.strip()}):
        by_name.setdefault(canonical_entity(alias), []).append(alias)
    names = sorted(by_name)
    name_set = set(names)
    parents = {n: _parent(n, name_set) for n in names}
    has_children = {p for p in parents.values() if p}
    rows = [{"entity_key": UNKNOWN, "name": "(unknown)", "entity_type": UNKNOWN, "parent_entity_key": None,
             "alias_count": 0}]
    for name in names:
        etype = entity_type([name, *by_name[name]], [h for a in by_name[name] for h in row_headers.get(a, [])])
        if etype == "other" and name in has_children:
            etype = "company"  # an owner other named units extend: 快手 of 快手电商
        parent = parents[name]
        rows.append({"entity_key": surrogate("ent", name), "name": name, "entity_type": etype,
                     "parent_entity_key": surrogate("ent", parent) if parent else None,
                     "alias_count": len(by_name[name])})
    alias_rows = [{"alias": a, "entity_key": surrogate("ent", n)} for n in names for a in by_name[n]]
    return (pl.DataFrame(rows, schema=ENTITY_SCHEMA),
            pl.DataFrame(alias_rows, schema={"alias": pl.String, "entity_key": pl.String}))


# -------------------------------------------------------------- metrics ----

def canonical_metric(alias: str) -> str:
    """全年电商GMV -> 电商GMV; Q4收入 -> 收入; gmv -> GMV."""
    name = _SPACE.sub("", alias)
    stripped = _METRIC_PREFIX.sub("", name)
    name = stripped if len(stripped) >= 2 else name
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0).upper() if m.group(0).lower() in ("gmv", "dau", "mau", "arpu") else m.group(0), name)


def metric_key(alias: str | None) -> str:
    return UNKNOWN if not alias or not alias.strip() else surrogate("met", canonical_metric(alias))


def metric_category(name: str) -> str:
    for category, words in L.METRIC_CATEGORY_RULES:
        if any(w in name for w in words):
            return category
    return "other"


METRIC_SCHEMA = {"metric_key": pl.String, "name": pl.String, "category": pl.String,
                 "typical_unit": pl.String, "alias_count": pl.Int64}


def metric_dimension(alias_units) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(dim_metric, metric_alias) from (metric as written, unit[, how many facts]) of the facts."""
    by_name: dict[str, set[str]] = {}
    units: dict[str, Counter] = {}
    for alias, unit, *n in alias_units:
        if not alias or not alias.strip():
            continue
        name = canonical_metric(alias)
        by_name.setdefault(name, set()).add(alias)
        units.setdefault(name, Counter())[unit] += (n[0] if n else 1) if unit else 0
    rows = [{"metric_key": UNKNOWN, "name": "(unknown)", "category": UNKNOWN, "typical_unit": None,
             "alias_count": 0}]
    for name in sorted(by_name):
        counts = units[name]
        # most common unit; ties broken by name so the choice is stable
        typical = min(counts, key=lambda u: (-counts[u], u)) if counts and sum(counts.values()) else None
        rows.append({"metric_key": surrogate("met", name), "name": name, "category": metric_category(name),
                     "typical_unit": typical, "alias_count": len(by_name[name])})
    alias_rows = [{"alias": a, "metric_key": surrogate("met", n)} for n in sorted(by_name) for a in sorted(by_name[n])]
    return (pl.DataFrame(rows, schema=METRIC_SCHEMA),
            pl.DataFrame(alias_rows, schema={"alias": pl.String, "metric_key": pl.String}))
