"""The raw/ sensor and the daily schedule: registered, stopped by default, and the sensor fires on change."""
from __future__ import annotations

import os
import time

import dagster as dg

from pipelines.defs import BUILD_JOB, defs
from pipelines.defs.automation import listing_fingerprint, raw_folder_sensor
from pipelines.defs.resources import RawFolder


def _tick(raw, cursor):
    with dg.DagsterInstance.ephemeral() as instance:
        context = dg.build_sensor_context(cursor=cursor, instance=instance, resources={"raw": RawFolder(path=str(raw))})
        result = raw_folder_sensor(context)
    return result, context.cursor


def test_sensor_requests_a_run_on_add_change_and_remove(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.md").write_text("2024年收入为10亿元。", encoding="utf-8")

    first, cursor = _tick(raw, None)
    assert isinstance(first, dg.RunRequest) and first.run_key == cursor

    same, same_cursor = _tick(raw, cursor)
    assert isinstance(same, dg.SkipReason) and same_cursor == cursor

    seen = {cursor}
    (raw / "b.md").write_text("2023年利润为2亿元。", encoding="utf-8")            # added
    added, cursor = _tick(raw, cursor)
    (raw / "a.md").write_text("2024年收入为11亿元。", encoding="utf-8")            # changed
    os.utime(raw / "a.md", ns=(time.time_ns(), time.time_ns() + 1_000_000_000))
    changed, cursor2 = _tick(raw, cursor)
    (raw / "b.md").unlink()                                                        # removed
    removed, cursor3 = _tick(raw, cursor2)
    for request, key in ((added, cursor), (changed, cursor2), (removed, cursor3)):
        assert isinstance(request, dg.RunRequest) and request.run_key == key and key not in seen
        seen.add(key)


def test_hidden_files_do_not_wake_the_sensor(tmp_path):
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    before = listing_fingerprint(tmp_path)
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    assert listing_fingerprint(tmp_path) == before


def test_sensor_and_schedule_are_registered_stopped_and_target_the_build():
    sensor = defs.resolve_sensor_def("raw_folder_sensor")
    schedule = defs.resolve_schedule_def("daily_full_build")
    assert sensor.default_status == dg.DefaultSensorStatus.STOPPED
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    assert sensor.job_name == BUILD_JOB and schedule.job_name == BUILD_JOB
    # Daily, on the whole graph, as a full refresh.
    assert schedule.cron_schedule == "0 3 * * *"
    job = defs.resolve_job_def(BUILD_JOB)
    assert {k.to_user_string() for k in job.asset_layer.executable_asset_keys} >= {
        "documents", "segments", "quantities", "facts", "warehouse/fact_metric"}
    context = dg.build_schedule_context(scheduled_execution_time=None)
    request = next(iter(schedule.evaluate_tick(context).run_requests))
    assert request.tags.get("full_refresh") == "true"
