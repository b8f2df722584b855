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


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory) -> Path:
    """The sample report built into a fresh warehouse through the CLI."""
    db = tmp_path_factory.mktemp("sample") / "warehouse.duckdb"
    result = run_build(SAMPLE_RAW, db)
    assert result.returncode == 0, result.stderr[-2000:]
    return db


@pytest.fixture(scope="session")
def devset_warehouse(tmp_path_factory) -> Path:
    """The development set (tests/fixtures/devset) built into a fresh warehouse."""
    db = tmp_path_factory.mktemp("devset") / "warehouse.duckdb"
    result = run_build(DEVSET_RAW, db)
    assert result.returncode == 0, result.stderr[-2000:]
    return db


@pytest.fixture(scope="session")
def peer_warehouse(tmp_path_factory) -> Path:
    """The peer suite (Recognizers-Text zh) built into a fresh warehouse."""
    if not PEER_RAW.is_dir():
        pytest.fail(f"peer suite not found at {PEER_RAW} (../shared must sit beside the checkout)")
    db = tmp_path_factory.mktemp("peer") / "warehouse.duckdb"
    result = run_build(PEER_RAW, db)
    assert result.returncode == 0, result.stderr[-2000:]
    return db
