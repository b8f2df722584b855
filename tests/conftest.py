"""Shared fixtures: paths, and warehouses built once per session through the CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE_RAW = ROOT / "raw"
SAMPLE_GOLD = SHARED / "gold"
PEER_RAW = SHARED / "peer" / "recognizers-text" / "raw"
PEER_GOLD = SHARED / "peer" / "recognizers-text" / "gold"
SCORER = SHARED / "eval" / "score.py"
DEVSET_RAW = Path(__file__).parent / "fixtures" / "devset" / "raw"
DEVSET_GOLD = DEVSET_RAW.parent / "gold"


def run_build(raw: Path, warehouse: Path, *extra: str, check: bool = False) -> subprocess.CompletedProcess:
    """`python -m pipelines build` in a subprocess, as a user runs it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORT_")}
    return subprocess.run(
        [sys.executable, "-m", "pipelines", "build", "--raw", str(raw), "--warehouse", str(warehouse), *extra],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=check,
    )


def built_warehouse(tmp_path_factory, name: str, raw: Path) -> Path:
    """raw/ built into a fresh warehouse through the CLI (the build must succeed)."""
    if not raw.is_dir():
        pytest.fail(f"{raw} not found (../shared must sit beside the checkout)")
    db = tmp_path_factory.mktemp(name) / "warehouse.duckdb"
    result = run_build(raw, db)
    assert result.returncode == 0, result.stderr[-2000:]
    return db


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory) -> Path:
    """The sample report."""
    return built_warehouse(tmp_path_factory, "sample", SAMPLE_RAW)


@pytest.fixture(scope="session")
def devset_warehouse(tmp_path_factory) -> Path:
    """The development set (tests/fixtures/devset)."""
    return built_warehouse(tmp_path_factory, "devset", DEVSET_RAW)


@pytest.fixture(scope="session")
def peer_warehouse(tmp_path_factory) -> Path:
    """The peer suite (Recognizers-Text zh)."""
    return built_warehouse(tmp_path_factory, "peer", PEER_RAW)
