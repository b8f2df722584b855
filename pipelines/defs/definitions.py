"""Definitions in one place: assets by layer, checks beside them, resources, job."""
from __future__ import annotations

import dagster as dg

from pipelines.defs import assets
from pipelines.defs.checks import warehouse_checks
from pipelines.defs.resources import raw_resource, warehouse_resource

BUILD_JOB = "build_warehouse"

build_job = dg.define_asset_job(BUILD_JOB, selection=dg.AssetSelection.all(),
                                description="Every asset: raw/ to the DuckDB warehouse")

defs = dg.Definitions(
    assets=[assets.ingest, assets.parse, assets.recognize, assets.attribute, assets.warehouse_tables],
    asset_checks=warehouse_checks,
    jobs=[build_job],
    resources={"raw": raw_resource(), "warehouse": warehouse_resource()},
    # A 24 KB document does not need a process per step: the in-process
    # executor saves seconds of start-up per run.
    executor=dg.in_process_executor,
)
