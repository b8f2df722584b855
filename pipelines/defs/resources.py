"""Resources: where raw documents are read and where the warehouse is written.

Both are EnvVars so the same Definitions serve `make run`, `make ui`, the
sensor and the tests; `python -m pipelines build --raw --warehouse` sets them.
"""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

ROOT = Path(__file__).resolve().parents[2]
RAW_ENV, WAREHOUSE_ENV = "REPORT_RAW_DIR", "REPORT_WAREHOUSE"
os.environ.setdefault(RAW_ENV, str(ROOT / "raw"))
os.environ.setdefault(WAREHOUSE_ENV, str(ROOT / "warehouse" / "warehouse.duckdb"))


class RawFolder(dg.ConfigurableResource):
    """The folder of raw report files (Markdown or plain text)."""

    path: str

    def files(self) -> list[str]:
        folder = Path(self.path)
        return sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")) if folder.is_dir() else []


def warehouse_resource() -> DuckDBResource:
    return DuckDBResource(database=dg.EnvVar(WAREHOUSE_ENV))


def raw_resource() -> RawFolder:
    return RawFolder(path=dg.EnvVar(RAW_ENV))
