"""Which raw files need (re)processing: a pure comparison of content hashes.

The warehouse is the state: `dim_document` holds (file_name, sha256) of every
document it has loaded. A build hashes every file in raw/ and compares:

  new        file present, name not in the warehouse        -> load
  changed    file present, name loaded with another sha256   -> load (replace)
  unchanged  same name, same sha256                          -> skip
  duplicate  new/changed bytes equal an unchanged document   -> skip (quarantine)
  removed    name in the warehouse, file gone                -> retract

Hashing reads every byte (about 1 GB/s), but parsing and extraction, the
expensive part, runs only for the files marked to load.
"""
from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import polars as pl

FILES_SCHEMA = {"file_name": pl.String, "sha256": pl.String, "size": pl.Int64}
STATUSES = ("new", "changed", "unchanged", "duplicate", "removed")
# Documents one build extracts at most; the rest wait for the next build
# (the CLI and the sensor start it). The stage frames take about 0.5 MB per
# document, so this keeps a build under about 1.5 GB however many files arrive.
MAX_DOCUMENTS_PER_BUILD = 2000


def scan_files(raw_dir: Path | str) -> pl.DataFrame:
    """file_name, sha256, size of every visible file in raw_dir (sorted by name)."""
    rows = []
    for path in sorted(Path(raw_dir).iterdir()):
        if path.is_file() and not path.name.startswith("."):
            data = path.read_bytes()
            rows.append({"file_name": path.name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
    return pl.DataFrame(rows, schema=FILES_SCHEMA)


def plan_changes(files: pl.DataFrame, loaded: pl.DataFrame, full_refresh: bool = False,
                 refreshed_since: datetime | None = None) -> pl.DataFrame:
    """One row per file name in either frame: file_name, sha256, status, load.

    `files` is what raw/ holds now (file_name, sha256), `loaded` what the
    warehouse holds (file_name, sha256, optionally loaded_at). `load` marks the
    files to read and extract: new and changed ones, or every present file on
    a full refresh (with `refreshed_since`: those not loaded since then, so a
    refresh split over several runs goes on where the last one stopped).
    """
    now = files.select(pl.col("file_name").cast(pl.String), pl.col("sha256").cast(pl.String))
    was = loaded.select(pl.col("file_name").cast(pl.String), pl.col("sha256").cast(pl.String).alias("loaded_sha256"),
                        (pl.col("loaded_at") if "loaded_at" in loaded.columns else pl.lit(None)).cast(pl.Datetime("us"))
                        .alias("loaded_at"))
    joined = now.join(was, on="file_name", how="full", coalesce=True)
    status = (
        pl.when(pl.col("sha256").is_null()).then(pl.lit("removed"))
        .when(pl.col("loaded_sha256").is_null()).then(pl.lit("new"))
        .when(pl.col("sha256") == pl.col("loaded_sha256")).then(pl.lit("unchanged"))
        .otherwise(pl.lit("changed"))
    )
    plan = joined.with_columns(status=status)
    # Bytes already in the warehouse under a name that stays: loading them
    # again would give two files one document key.
    kept = plan.filter(pl.col("status") == "unchanged")["sha256"].implode()
    plan = plan.with_columns(
        status=pl.when(pl.col("status").is_in(["new", "changed"]) & pl.col("sha256").is_in(kept))
        .then(pl.lit("duplicate")).otherwise(pl.col("status"))
    )
    changed = pl.col("status").is_in(["new", "changed"])
    if full_refresh:
        load = pl.col("status") != "removed"
        if refreshed_since is not None:
            load = load & (changed | pl.col("loaded_at").is_null() | (pl.col("loaded_at") < refreshed_since))
    else:
        load = changed
    return (plan.with_columns(load=load.fill_null(False))
            .select("file_name", pl.coalesce("sha256", "loaded_sha256").alias("sha256"), "status", "load")
            .sort("file_name"))


def is_current(plan: pl.DataFrame, loaded: pl.DataFrame) -> bool:
    """The warehouse holds documents and raw/ has nothing to load or retract."""
    return loaded.height > 0 and not plan["load"].any() and not (plan["status"] == "removed").any()


def summarize(plan: pl.DataFrame) -> dict[str, int]:
    """Count of files per status, plus how many are loaded and skipped."""
    counts = dict(plan.group_by("status").len().iter_rows())
    out = {s: int(counts.get(s, 0)) for s in STATUSES}
    out["loaded"] = int(plan["load"].sum())
    out["skipped"] = int((~plan["load"] & (plan["status"] != "removed")).sum())
    return out
