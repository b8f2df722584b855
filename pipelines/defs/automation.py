"""What starts a build without a person: a sensor on raw/ and a daily schedule.

Both are STOPPED by default (the Dagster convention: nothing runs until
someone turns it on in the UI, Automation tab, or with
`dagster sensor start raw_folder_sensor` / `dagster schedule start daily_full_build`)
and both need the daemon, which `make ui` (`dagster dev`) runs.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import dagster as dg

from pipelines.defs.assets import FULL_REFRESH_TAG, REFRESHED_SINCE_TAG
from pipelines.defs.resources import RawFolder

BUILD_JOB = "build_warehouse"


def listing_fingerprint(raw_dir: Path | str) -> str:
    """sha256 of every visible file's name, size and mtime: changes when a file is added, changed or removed.

    Cheap (no file is read); a touch without a change costs one incremental
    run that finds every sha256 unchanged and does nothing.
    """
    folder = Path(raw_dir)
    digest = hashlib.sha256()
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                st = path.stat()
                digest.update(f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def continuation(instance: dg.DagsterInstance) -> dg.RunRequest | None:
    """Another run when the last build deferred documents (more arrived than one build extracts).

    A full refresh goes on with the same refresh start, so documents it
    already reloaded are not extracted twice.
    """
    event = instance.get_latest_materialization_event(dg.AssetKey("documents"))
    metadata = event.asset_materialization.metadata if event and event.asset_materialization else {}
    deferred = metadata.get("documents_deferred")
    if not deferred or not deferred.value:
        return None
    tags = {"trigger": "raw_folder_sensor"}
    if REFRESHED_SINCE_TAG in metadata:
        tags.update({FULL_REFRESH_TAG: "true", REFRESHED_SINCE_TAG: str(metadata[REFRESHED_SINCE_TAG].value)})
    # run_key: one continuation per deferring build, however often the sensor ticks.
    return dg.RunRequest(run_key=f"continue-{event.run_id}", tags=tags)


@dg.sensor(job_name=BUILD_JOB, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Starts an incremental build when files in raw/ are added, changed or removed, "
                       "and another while the last build deferred documents")
def raw_folder_sensor(context: dg.SensorEvaluationContext, raw: RawFolder):
    fingerprint = listing_fingerprint(raw.path)
    if fingerprint == context.cursor:
        return continuation(context.instance) or dg.SkipReason("raw/ unchanged since the last run request")
    context.update_cursor(fingerprint)
    # run_key: the same listing never starts two runs, even if the cursor is reset.
    return dg.RunRequest(run_key=fingerprint, tags={"trigger": "raw_folder_sensor"})


daily_full_build = dg.ScheduleDefinition(
    name="daily_full_build", job_name=BUILD_JOB, cron_schedule="0 3 * * *", execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED, tags={FULL_REFRESH_TAG: "true", "trigger": "daily_full_build"},
    description="Every day at 03:00 UTC: the whole graph with a full refresh (a reconciliation beyond the "
                "content hashes and the extractor fingerprint: library upgrades, data outside the code); "
                "with the sensor on, a refresh of more documents than one build extracts goes on in further runs",
)
