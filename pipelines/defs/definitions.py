"""Definitions in one place: assets by layer, checks beside them, resources, job, sensor, schedule."""
from __future__ import annotations

import dagster as dg

from pipelines.defs import assets
from pipelines.defs.automation import BUILD_JOB, daily_full_build, raw_folder_sensor
from pipelines.defs.checks import warehouse_checks
from pipelines.defs.resources import raw_resource, staging_io_manager, warehouse_resource

build_job = dg.define_asset_job(BUILD_JOB, selection=dg.AssetSelection.all(),
                                description="Every asset: raw/ to the DuckDB warehouse (incremental by content; "
                                            "tag full_refresh=true to re-extract every document)")

defs = dg.Definitions(
    assets=[assets.ingest, assets.parse, assets.recognize, assets.attribute, assets.warehouse_tables],
    asset_checks=warehouse_checks,
    jobs=[build_job],
    sensors=[raw_folder_sensor],
    schedules=[daily_full_build],
    resources={"raw": raw_resource(), "warehouse": warehouse_resource(), "io_manager": staging_io_manager()},
    # One process per run: a step process costs seconds of start-up, and the
    # per-document stages spread big inputs over the cores themselves
    # (pipelines.ingest.batches).
    executor=dg.in_process_executor,
)


def build_job_def() -> dg.JobDefinition:
    """The build job, for `dg.reconstructable`: the CLI runs it with `dg.execute_job`, which (unlike
    `execute_in_process`) does not keep every step's output in memory until the run ends."""
    return defs.resolve_job_def(BUILD_JOB)
