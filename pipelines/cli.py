"""Command line: `python -m pipelines build --raw DIR --warehouse FILE` and `ui`.

`build` materialises every asset through the same Dagster Definitions the UI
shows (in process, on the instance configured by dagster.yaml), prints a
short summary, and exits non-zero with a one-line reason on failure.
"""
from __future__ import annotations

import argparse
import fcntl
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class BuildError(RuntimeError):
    """A build that did not complete; the message is the one-line reason."""


def _prepare_environment(raw: Path, warehouse: Path) -> None:
    os.environ["REPORT_RAW_DIR"] = str(raw)
    os.environ["REPORT_WAREHOUSE"] = str(warehouse)
    from pipelines.defs.resources import STAGING_ENV, staging_dir

    os.environ[STAGING_ENV] = str(staging_dir(warehouse))
    os.environ.setdefault("DAGSTER_HOME", str(ROOT))
    # dagster.yaml keeps run storage under .dagster/ relative to the root.
    os.chdir(ROOT)


@contextmanager
def warehouse_lock(warehouse: Path):
    """One writer per warehouse file: a second build fails fast with a reason."""
    lock_path = warehouse.with_name(warehouse.name + ".lock")
    with open(lock_path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildError(f"another build is writing {warehouse} (lock {lock_path}); try again when it finishes")
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


WAREHOUSE_TAG = "warehouse"


def release_dead_builds(instance, warehouse: Path) -> list[str]:
    """Close the runs a killed build of this warehouse left open; return their ids.

    A build killed mid-run (Ctrl-C twice, a timeout's SIGKILL) leaves its run
    STARTED and may keep the "warehouse" pool slot, which would make every
    later build wait forever. Only called while holding the warehouse lock:
    no live CLI build of this warehouse exists then, so such runs are dead.
    """
    import dagster as dg

    active = [dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.NOT_STARTED]
    dead = instance.get_runs(dg.RunsFilter(statuses=active, tags={"trigger": "cli", WAREHOUSE_TAG: str(warehouse)}))
    for run in dead:
        instance.report_run_failed(run, "the build process ended without finishing; closed by the next build")
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
    return [run.run_id for run in dead]


def build(raw: Path, warehouse: Path, verbose: bool = False, full_refresh: bool = False,
          max_documents: int | None = None) -> dict:
    """Run the build job until raw/ is loaded; return the summary figures (raise BuildError).

    Incremental by default: only documents whose sha256 is not in the
    warehouse are parsed and extracted; full_refresh re-extracts all. A run
    extracts at most max_documents (default MAX_DOCUMENTS_PER_BUILD; 0: all);
    while documents are deferred, the next run starts (each run is its own
    transaction, so the warehouse is consistent between them).
    """
    from pipelines.ingest.changes import MAX_DOCUMENTS_PER_BUILD

    raw, warehouse = raw.resolve(), warehouse.resolve()
    if not raw.is_dir():
        raise BuildError(f"raw folder not found: {raw}")
    try:
        warehouse.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"cannot create warehouse folder {warehouse.parent}: {exc.strerror}")
    max_documents = MAX_DOCUMENTS_PER_BUILD if max_documents is None else max_documents
    with warehouse_lock(warehouse):
        if not full_refresh and (current := _up_to_date(raw, warehouse)) is not None:
            return current
        _prepare_environment(raw, warehouse)
        import dagster as dg

        from pipelines.defs.definitions import build_job_def

        instance = dg.DagsterInstance.get()
        job = dg.reconstructable(build_job_def)
        # Dagster's console log is for the UI's event log; the CLI prints one
        # summary line (or one reason) unless asked for more.
        ingest_config = {"full_refresh": full_refresh, "max_documents": max_documents}
        tags = {"trigger": "cli", WAREHOUSE_TAG: str(warehouse), **({"full_refresh": "true"} if full_refresh else {})}
        release_dead_builds(instance, warehouse)
        log_level = "DEBUG" if verbose else "CRITICAL"
        runs, ingests, checks = _run_until_loaded(dg.execute_job, job, instance, ingest_config, tags, log_level)
    summary = _summary(warehouse, runs[-1], checks)
    summary["runs"] = len(runs)
    first, last = ingests[0], ingests[-1]
    if "documents_processed" in first:
        summary["documents_processed"] = sum(_value(i, "documents_processed") or 0 for i in ingests)
        summary["documents_skipped"] = _value(first, "documents_skipped")
        summary["files_removed"] = _value(first, "files_removed")
    if "up_to_date" in last:
        summary["up_to_date"] = _value(last, "up_to_date")
    return summary


def _run_until_loaded(execute_job, job, instance, ingest_config: dict, tags: dict, log_level: str):
    """Run the job while documents are deferred; -> (run ids, ingest metadata per run, last run's checks)."""
    runs, ingests = [], []
    while True:
        run_config = {"loggers": {"console": {"config": {"log_level": log_level}}},
                      "ops": {"ingest": {"config": ingest_config}}}
        result = execute_job(job, instance=instance, raise_on_error=False, run_config=run_config, tags=tags)
        if not result.success:
            raise BuildError(_failure_reason(result))
        runs.append(result.run_id)
        ingests.append(ingest_metadata(result))
        deferred, loaded = _value(ingests[-1], "documents_deferred"), _value(ingests[-1], "documents_processed")
        if not deferred:
            return runs, ingests, result.get_asset_check_evaluations()
        if not loaded:  # cannot happen (a run reads until it has a document), but never loop
            raise BuildError(f"run {result.run_id} deferred {deferred} documents but loaded none")
        print(f"run {result.run_id}: {loaded} documents loaded, {deferred} deferred to the next run",
              file=sys.stderr, flush=True)
        if "refreshed_since" in ingests[-1]:  # a full refresh goes on where this run stopped
            ingest_config = {**ingest_config, "refreshed_since": _value(ingests[-1], "refreshed_since")}


def _value(metadata: dict, key: str):
    return metadata[key].value if key in metadata else None


def _failure_reason(result) -> str:
    failure = next((e for e in result.all_events if e.is_failure), None)
    if failure is not None and failure.step_failure_data is not None:
        err = failure.step_failure_data.error
        cause = err.cause or err
        first = next((ln for ln in cause.message.strip().splitlines() if ln.strip()), "unknown error")
        return f"step {failure.step_key} failed: {first.strip()}"
    return "build failed"


def _up_to_date(raw: Path, warehouse: Path) -> dict | None:
    """The summary of a warehouse that raw/ has not changed since (None: a run is needed).

    Asked before Dagster is imported: a run would only hash the files and stop
    at ingest (see pipelines/defs/assets.py), and Dagster's start-up and run
    bookkeeping cost seconds; like the sensor, the CLI starts no run then.
    """
    if not warehouse.exists():
        return None
    import duckdb

    from pipelines.ingest.changes import is_current, plan_changes, scan_files, summarize
    from pipelines.warehouse import loaded_documents

    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error:
        return None  # not a warehouse we can read: the run reports why
    try:
        loaded = loaded_documents(con)
        plan = plan_changes(scan_files(raw), loaded)
        if not is_current(plan, loaded):
            return None
        last_run = con.execute("SELECT run_id FROM load_audit WHERE status = 'success' "
                               "ORDER BY finished_at DESC LIMIT 1").fetchall()
    finally:
        con.close()
    summary = _summary(warehouse, last_run[0][0] if last_run else "", [])
    return {**summary, "up_to_date": True, "run_started": False, "documents_processed": 0,
            "documents_skipped": summarize(plan)["skipped"], "files_removed": 0}


def ingest_metadata(result) -> dict:
    """What ingest found in raw/: its documents materialization, or (nothing
    changed, later steps skipped) its observation of the documents asset."""
    for event in result.events_for_node("ingest"):
        if event.is_step_materialization:
            data = event.step_materialization_data.materialization
        elif event.event_type_value == "ASSET_OBSERVATION":
            data = event.asset_observation_data.asset_observation
        else:
            continue
        if data.asset_key.path == ["documents"]:
            return dict(data.metadata)
    return {}


def _summary(warehouse: Path, run_id: str, checks) -> dict:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        one = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
        summary = {
            "run_id": run_id,
            "documents": one("SELECT count(*) FROM dim_document"),
            "facts": one("SELECT count(*) FROM fact_metric"),
            "table_facts": one("SELECT count(*) FROM fact_metric WHERE source = 'table'"),
            "quarantined": one(f"SELECT count(*) FROM quarantine WHERE run_id = '{run_id}'"),
        }
        cells = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'fact_table_cell'").fetchall()[0][0]
        if cells:
            summary["table_cells"] = one("SELECT count(*) FROM fact_table_cell")
    finally:
        con.close()
    summary["checks_passed"] = sum(1 for c in checks if c.passed)
    # A WARN check (e.g. metric_conflicts) that fails is reported, not fatal.
    name = lambda c: f"{c.asset_key.path[-1]}.{c.check_name}"  # noqa: E731
    failed = [c for c in checks if not c.passed]
    summary["checks_failed"] = [name(c) for c in failed if getattr(c.severity, "value", "ERROR") != "WARN"]
    summary["checks_warned"] = [name(c) for c in failed if getattr(c.severity, "value", "ERROR") == "WARN"]
    return summary


def _print_summary(s: dict, warehouse: Path) -> None:
    if s.get("run_started") is False:
        print(f"no run started: nothing in raw/ changed since the last build (run {s['run_id']})")
    else:
        home = os.environ.get("DAGSTER_HOME", str(ROOT))
        where = "`make ui` shows it" if Path(home).resolve() == ROOT else f"Dagster instance {home}"
        runs = f"the last of {s['runs']} runs; " if s.get("runs", 1) > 1 else ""
        print(f"run {s['run_id']} ({runs}{where})")
    cells = f", {s['table_cells']} table cells" if "table_cells" in s else ""
    delta = (f" (processed {s['documents_processed']}, unchanged {s['documents_skipped']}, "
             f"removed {s['files_removed']})" if "documents_processed" in s else "")
    checks = ("nothing changed, checks not re-run" if s.get("up_to_date") else
              f"checks {s['checks_passed']} passed, {len(s['checks_failed'])} failed")
    verb = "built" if s.get("run_started", True) else "up to date:"
    print(f"{verb} {warehouse}: {s['documents']} documents{delta}, {s['facts']} facts "
          f"({s['table_facts']} from tables{cells}), {s['quarantined']} rows quarantined; {checks}"
          + (f" ({', '.join(s['checks_failed'])})" if s["checks_failed"] else "")
          + (f", {len(s['checks_warned'])} warned ({', '.join(s['checks_warned'])})" if s.get("checks_warned") else ""))


def ui(raw: Path, warehouse: Path, port: int) -> None:
    """Start `dagster dev` on 127.0.0.1 with SIGINT/SIGTERM restored so it can be stopped."""
    _prepare_environment(raw.resolve(), warehouse.resolve())
    warehouse.resolve().parent.mkdir(parents=True, exist_ok=True)
    # A non-interactive shell starts background jobs with SIGINT ignored, and
    # dagster copies that onto SIGTERM; restore both before exec.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    dagster = str(Path(sys.executable).with_name("dagster"))
    os.execv(dagster, [dagster, "dev", "-m", "pipelines.defs", "-h", "127.0.0.1", "-p", str(port)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="materialise every asset for the documents in --raw into --warehouse")
    b.add_argument("--raw", type=Path, default=ROOT / "raw")
    b.add_argument("--warehouse", type=Path, default=ROOT / "warehouse" / "warehouse.duckdb")
    b.add_argument("--verbose", action="store_true", help="show Dagster's event log")
    b.add_argument("--full-refresh", action="store_true",
                   help="re-extract every document (default: only new and changed ones, by sha256)")
    b.add_argument("--max-documents", type=int, default=None, metavar="N",
                   help="documents extracted per Dagster run (default 2000, 0: all in one run); "
                        "more start further runs, which bounds memory")
    u = sub.add_parser("ui", help="start the Dagster UI on 127.0.0.1")
    u.add_argument("--raw", type=Path, default=ROOT / "raw")
    u.add_argument("--warehouse", type=Path, default=ROOT / "warehouse" / "warehouse.duckdb")
    u.add_argument("--port", type=int, default=3000)
    args = parser.parse_args(argv)
    if args.command == "ui":
        ui(args.raw, args.warehouse, args.port)
        return 0
    try:
        summary = build(args.raw, args.warehouse, args.verbose, args.full_refresh, args.max_documents)
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    _print_summary(summary, args.warehouse)
    if summary["checks_failed"]:
        print("build failed: asset checks failed: " + ", ".join(summary["checks_failed"]), file=sys.stderr)
        return 1
    return 0
