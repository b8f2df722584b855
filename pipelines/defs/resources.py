"""Resources: where raw documents are read, where the warehouse is written,
and where the stages hand their frames to each other.

All are EnvVars so the same Definitions serve `make run`, `make ui`, the
sensor and the tests; `python -m pipelines build --raw --warehouse` sets them.
"""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.defs.staging import PolarsIpcIOManager

ROOT = Path(__file__).resolve().parents[2]
RAW_ENV, WAREHOUSE_ENV, STAGING_ENV = "REPORT_RAW_DIR", "REPORT_WAREHOUSE", "REPORT_STAGING_DIR"


def staging_dir(warehouse: Path | str) -> Path:
    """Where the stage frames of builds into this warehouse are stored: beside it.

    The staging IO manager keys stored outputs by asset name only, so two
    builds into different warehouses sharing one folder would read each
    other's frames; one folder per warehouse file keeps them apart (builds
    into the same warehouse are serialised by its lock and the run queue),
    and the frames go wherever the warehouse goes (a temporary warehouse
    takes them with it).
    """
    warehouse = Path(warehouse).resolve()
    return warehouse.with_name(warehouse.name + ".staging")


os.environ.setdefault(RAW_ENV, str(ROOT / "raw"))
os.environ.setdefault(WAREHOUSE_ENV, str(ROOT / "warehouse" / "warehouse.duckdb"))
os.environ.setdefault(STAGING_ENV, str(staging_dir(os.environ[WAREHOUSE_ENV])))


class RawFolder(dg.ConfigurableResource):
    """The folder of raw report files (Markdown or plain text)."""

    path: str

    def files(self) -> list[str]:
        folder = Path(self.path)
        return sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")) if folder.is_dir() else []


# DuckDB takes up to 80% of RAM by default; a build shares the machine with
# its own Python processes, so the warehouse connection gets a budget and
# spills larger work (checks over every document's text) to disk instead.
DUCKDB_MEMORY_ENV = "REPORT_DUCKDB_MEMORY_LIMIT"


def warehouse_resource() -> DuckDBResource:
    return DuckDBResource(database=dg.EnvVar(WAREHOUSE_ENV),
                          connection_config={"memory_limit": os.environ.get(DUCKDB_MEMORY_ENV, "1GB")})


def staging_io_manager() -> PolarsIpcIOManager:
    return PolarsIpcIOManager(base_dir=dg.EnvVar(STAGING_ENV))


def raw_resource() -> RawFolder:
    return RawFolder(path=dg.EnvVar(RAW_ENV))
