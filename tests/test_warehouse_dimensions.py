"""Conformed dimensions and restatement matching, on names and sentences of our own."""
from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from pipelines.schemas.warehouse import DimEntity, DimMetric, DimPeriod, DimUnit, EntityAlias, MetricAlias
from pipelines.warehouse.dimensions import (
    canonical_entity, canonical_metric, entity_dimension, entity_key, metric_category, metric_dimension,
    metric_key, period_rows, unit_rows,
)
from pipelines.warehouse.tables import _mentioned, restatements


@pytest.mark.parametrize("alias, name", [
    ("快手电商业务", "快手电商"), ("快手电商生态", "快手电商"), ("快手电商", "快手电商"),
    ("美团外卖业务板块", "美团外卖"), ("拼多多平台", "拼多多"), ("京东零售事业群", "京东零售"),
    ("该品牌", "该品牌"),          # an anaphor is not stripped to the bare noun 品牌
    ("业务", "业务"),              # a bare generic head stays as written
    ("阿里 云", "阿里云"),
    ("某文旅平台", "某文旅平台"),  # an anonymised case keeps the only noun that names it
])
def test_canonical_entity_strips_generic_heads(alias, name):
    assert canonical_entity(alias) == name


def _entities(aliases):
    dim, alias = entity_dimension(aliases)
    DimEntity.validate(dim)
    EntityAlias.validate(alias)
    by_name = {r["name"]: r for r in dim.iter_rows(named=True)}
    names = {r["entity_key"]: r["name"] for r in dim.iter_rows(named=True)}
    return by_name, names, dict(alias.iter_rows())


def test_entity_aliases_merge_and_parents_follow_the_owner_prefix():
    by_name, names, alias = _entities(["美团", "美团外卖业务", "美团外卖", "美团优选", "某华东地区餐饮品牌",
                                       "某华东地区", "阿里巴巴集团", "淘宝天猫业务", "通义AI", "华南地区", None, " "])
    assert alias["美团外卖业务"] == alias["美团外卖"] == entity_key("美团外卖")
    assert by_name["美团外卖"]["alias_count"] == 2
    assert names[by_name["美团外卖"]["parent_entity_key"]] == "美团"
    assert names[by_name["美团优选"]["parent_entity_key"]] == "美团"
    # anonymised cases never corefer: 某华东地区 is not the parent of 某华东地区餐饮品牌
    assert by_name["某华东地区餐饮品牌"]["parent_entity_key"] is None
    types = {n: r["entity_type"] for n, r in by_name.items()}
    assert types["某华东地区餐饮品牌"] == "case"
    assert types["美团外卖"] == "business_line"
    assert types["淘宝天猫"] == "business_line"   # from the written form 淘宝天猫业务
    assert types["美团"] == "company"             # the owner other units extend
    assert types["阿里巴巴集团"] == "company"
    assert types["通义AI"] == "product"
    assert types["华南地区"] == "region_group"
    assert types["(unknown)"] == "unknown" and by_name["(unknown)"]["entity_key"] == "unknown"


def test_the_parent_is_the_longest_other_name_the_name_starts_with():
    # a chain of owners: 字节跳动 -> 字节跳动电商 -> 字节跳动电商直播; a one-character
    # name (字) owns nothing; a name inside another (跳动) is no prefix of it
    by_name, names, _ = _entities(["字", "跳动", "字节跳动", "字节跳动电商", "字节跳动电商直播", "字节", "某字节跳动店"])
    parent = {n: names.get(r["parent_entity_key"]) for n, r in by_name.items()}
    assert parent["字节跳动电商直播"] == "字节跳动电商"
    assert parent["字节跳动电商"] == "字节跳动"
    assert parent["字节跳动"] == "字节"
    assert parent["字节"] is None and parent["跳动"] is None and parent["字"] is None
    assert parent["某字节跳动店"] is None


def test_parents_of_many_names_agree_with_the_definition():
    # the lookup goes by the prefixes of each name; compare it with the definition
    # (the longest other name of two characters or more that the name starts with)
    heads = ["华为", "华为云", "小米", "小米汽车", "比亚迪", "宁德时代"]
    tails = ["", "海外", "国内", "手机", "电池", "海外手机", "国内电池"]
    aliases = [h + t for h in heads for t in tails] + ["华", "某华为", "某华为海外"]
    by_name, names, _ = _entities(aliases)
    all_names = [n for n in by_name if n != "(unknown)"]
    for name, row in by_name.items():
        if name == "(unknown)":
            continue
        expected = None
        if not name.startswith("某"):
            candidates = [o for o in all_names if o != name and len(o) >= 2 and not o.startswith("某")
                          and name.startswith(o)]
            expected = max(candidates, key=len) if candidates else None
        assert names.get(row["parent_entity_key"]) == expected, name


def test_a_row_label_takes_the_type_its_column_header_states():
    dim, _ = entity_dimension(["东北大区", "服饰品牌", "生鲜", "某酒店"],
                              {"东北大区": ["销售区域"], "服饰品牌": ["案例类型"], "生鲜": ["经营品类"]})
    types = dict(dim.select("name", "entity_type").iter_rows())
    assert types["东北大区"] == "region_group"   # no name rule would say so
    assert types["服饰品牌"] == "case"           # the header outranks the name's 品牌
    assert types["生鲜"] == "sector"
    assert types["某酒店"] == "case"             # not a row label: name rules


def test_entity_key_is_a_function_of_the_name_only():
    # the key of an alias does not depend on which other aliases a build saw
    _, _, alone = _entities(["京东物流业务"])
    _, _, crowd = _entities(["京东物流业务", "京东", "京东物流", "顺丰"])
    assert alone["京东物流业务"] == crowd["京东物流业务"] == entity_key("京东物流")
    assert entity_key(None) == entity_key("") == "unknown"


@pytest.mark.parametrize("alias, name", [
    ("全年电商GMV", "电商GMV"), ("2024年营收", "营收"), ("第三季度收入", "收入"), ("Q2净利润", "净利润"),
    ("上半年订单量", "订单量"), ("gmv", "GMV"), ("全年", "全年"),
])
def test_canonical_metric_drops_leading_period_words(alias, name):
    assert canonical_metric(alias) == name


@pytest.mark.parametrize("name, category", [
    ("营业收入", "financial"), ("经调整净利润", "financial"), ("月活跃用户数", "users"),
    ("带动就业人数", "employment"), ("GMV", "commerce"), ("订单量", "commerce"), ("点击率", "marketing"),
    ("人均使用时长", "engagement"), ("市场份额排名", "ranking"), ("某指标", "other"),
])
def test_metric_category_rules(name, category):
    assert metric_category(name) == category


def test_metric_dimension_typical_unit_and_aliases():
    dim, alias = metric_dimension([("全年营收", "CNY"), ("营收", "CNY"), ("营收", "USD"), ("营收增速", "percent"),
                                   (None, "percent")])
    DimMetric.validate(dim)
    MetricAlias.validate(alias)
    rows = {r["name"]: r for r in dim.iter_rows(named=True)}
    assert rows["营收"]["typical_unit"] == "CNY" and rows["营收"]["alias_count"] == 2
    assert rows["营收增速"]["typical_unit"] == "percent"
    assert dict(alias.iter_rows())["全年营收"] == metric_key("营收")
    assert rows["(unknown)"]["metric_key"] == "unknown"
    # counted pairs (as the load aggregates them in SQL) weigh like repeated ones
    counted = {r["name"]: r["typical_unit"] for r in metric_dimension(
        [("营收", "USD", 3), ("营收", "CNY", 2)])[0].iter_rows(named=True)}
    assert counted["营收"] == "USD"


def test_period_rows():
    rows = {r["period_key"]: r for r in DimPeriod.validate(period_rows(
        ["2024Q4", "2023H1", "FY2025E", "2024-11", "2024-01~02", "2024", None, "2024Q4"])).iter_rows(named=True)}
    assert set(rows) == {"unknown", "2024Q4", "2023H1", "FY2025E", "2024-11", "2024-01~02", "2024"}
    assert rows["2024Q4"]["start_date"] == date(2024, 10, 1) and rows["2024Q4"]["end_date"] == date(2024, 12, 31)
    assert rows["2024Q4"]["granularity"] == "quarter" and rows["2024Q4"]["half"] == 2
    assert rows["2023H1"]["end_date"] == date(2023, 6, 30) and rows["2023H1"]["granularity"] == "half"
    assert rows["FY2025E"]["is_estimate"] and rows["FY2025E"]["granularity"] == "year"
    assert rows["2024-11"]["quarter"] == 4 and rows["2024-11"]["end_date"] == date(2024, 11, 30)
    assert rows["2024-01~02"]["start_date"] == date(2024, 1, 1) and rows["2024-01~02"]["end_date"] == date(2024, 2, 29)
    assert rows["unknown"]["granularity"] == "unknown" and rows["unknown"]["label"] is None
    with pytest.raises(ValueError):
        period_rows(["去年"])


def test_unit_rows_cover_the_vocabulary():
    units = DimUnit.validate(unit_rows())
    dims = dict(units.select("unit_code", "dimension").iter_rows())
    assert dims["CNY"] == "money" and dims["percentage_point"] == "ratio" and dims["minute"] == "duration"
    assert dims["unknown"] == "unknown"


@pytest.mark.parametrize("label, sentence, expected", [
    ("川渝调味品", "某川渝地区的调味品商家带动销量增长72%", True),   # abbreviation spread over the name
    ("服饰品牌", "某中部地区服饰品牌负责人透露", True),
    ("社区药房", "某社区零售商家的药品销量", False),                 # shares characters, not the name
    ("家居", "某家用电器品牌居然", False),                           # two characters must occur verbatim
    ("某家居品牌", "一家居品牌", True),
])
def test_mentioned(label, sentence, expected):
    assert _mentioned(label, sentence) is expected


def _fact(fid, source, value, unit, subject, metric, kind="change", start=0, sentence="", doc="d1"):
    return {"fact_id": fid, "document_key": doc, "source": source, "value": value, "unit_code": unit,
            "entity_key": entity_key(subject), "metric_key": metric_key(metric), "subject": subject,
            "metric": metric, "kind": kind, "char_start": start, "sentence": sentence}


def test_restatements_link_table_cells_to_their_prose_figure():
    facts = pl.DataFrame([
        _fact("p1", "prose", 72.0, "percent", "某川渝地区的调味品商家", "销量", start=10,
              sentence="某川渝地区的调味品商家带动该品类销量增长72%"),
        _fact("p2", "prose", 72.0, "percent", "某服装品牌", "复购率", start=50, sentence="某服装品牌复购率提升72%"),
        _fact("p3", "prose", 15.0, "percent", None, "毛利率", kind="level", start=60, sentence="毛利率为15%"),
        _fact("p4", "prose", 61.0, "percent", None, "返乡创业人员占比", kind="share", start=70,
              sentence="就业人数同比增长83%，返乡创业人员占比达61%"),
        _fact("p5", "prose", 9.0, "percent", "甲公司", "营收", start=80, sentence="甲公司营收增长9%", doc="d2"),
        _fact("t1", "table", 72.0, "percent", "川渝调味品", "销量增长", start=200),   # -> p1 (entity)
        _fact("t2", "table", 15.0, "percent", "某门店", "毛利率", kind="level", start=210),  # -> p3 (metric+kind)
        _fact("t3", "table", 16.0, "percent", "某门店", "毛利率", kind="level", start=220),  # other value
        _fact("t4", "table", 61.0, "percent", "电商供应链", "同比增长", start=230),  # generic metric, other kind
        _fact("t5", "table", 9.0, "percent", "甲公司", "营收", start=240),  # same names, other document
    ])
    assert restatements(facts) == {"t1": "p1", "t2": "p3"}
