"""What the UI shows: the asset graph and the CLI's runs, over the webserver's GraphQL API.

One test starts the real UI (`python -m pipelines ui`, i.e. `dagster dev` on
the instance dagster.yaml configures), so it sees the run a CLI build just
made; it always stops the server (SIGTERM to its process group, then wait).
The others check the column schema and lineage metadata the asset pages show.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import dagster as dg
import pytest

from pipelines.defs import defs
from pipelines.defs.metadata import STAGE_MODELS, lineage_data
from pipelines.schemas.warehouse import WAREHOUSE_MODELS
from tests.conftest import ROOT, SAMPLE_RAW, run_build

QUERY = """{
  workspaceOrError { ... on Workspace { locationEntries { name loadStatus
      locationOrLoadError { __typename ... on PythonError { message } } } } }
  assetNodes { assetKey { path } dependencyKeys { path } }
  runsOrError(limit: 1) { ... on Runs { results { runId status } } }
}"""
RUN = "query($id: ID!) { runOrError(runId: $id) { __typename ... on Run { status tags { key value } } } }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _graphql(port: int, query: str, variables: dict | None = None) -> dict:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=body,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)["data"]


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)   # its own session: dagster dev and its children, nothing else
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def test_ui_shows_the_asset_graph_and_the_cli_run(tmp_path):
    db = tmp_path / "wh.duckdb"
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORT_")} | {"DAGSTER_HOME": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "pipelines", "ui", "--raw", str(SAMPLE_RAW),
                             "--warehouse", str(db), "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        # The UI starts while the CLI builds (both take seconds); the run must show up.
        built = run_build(SAMPLE_RAW, db)
        assert built.returncode == 0, built.stderr[-2000:]
        run_id = next(line.split()[1] for line in built.stdout.splitlines() if line.startswith("run "))
        data, deadline = None, time.monotonic() + 25
        while time.monotonic() < deadline:
            assert proc.poll() is None, "dagster dev exited early"
            try:
                data = _graphql(port, QUERY)
            except OSError:
                data = None
            entries = (data or {}).get("workspaceOrError", {}).get("locationEntries") or []
            if entries and entries[0]["loadStatus"] == "LOADED" and data["assetNodes"]:
                break
            if entries and entries[0]["locationOrLoadError"].get("__typename") == "PythonError":
                pytest.fail("code location failed to load: " + entries[0]["locationOrLoadError"]["message"])
            time.sleep(0.5)
        assert data and data["assetNodes"], "the UI did not serve the asset graph within 25 s"

        served = {"/".join(n["assetKey"]["path"]): {"/".join(d["path"]) for d in n["dependencyKeys"]}
                  for n in data["assetNodes"]}
        graph = defs.resolve_asset_graph()
        expected = {k.to_user_string(): {p.to_user_string() for p in graph.get(k).parent_keys}
                    for k in graph.get_all_asset_keys()}
        assert served == expected
        assert expected["facts"] >= {"segments", "quantities"} and "facts" in expected["warehouse/fact_metric"]

        latest = data["runsOrError"]["results"]
        # Other builds share the instance: the latest run has some status, and ours succeeded.
        assert latest and latest[0]["status"] in {s.value for s in dg.DagsterRunStatus}
        ours = _graphql(port, RUN, {"id": run_id})["runOrError"]
        assert ours["__typename"] == "Run" and ours["status"] == "SUCCESS"
        assert {"key": "trigger", "value": "cli"} in ours["tags"]
    finally:
        _stop(proc)
    assert proc.returncode is not None


# ---- metadata on the asset pages ----------------------------------------------------------

def _definition_metadata():
    graph = defs.resolve_asset_graph()
    return {k.to_user_string(): graph.get(k).metadata for k in graph.get_all_asset_keys()}


def test_every_asset_has_a_column_schema_from_its_pandera_model():
    metadata = _definition_metadata()
    for key, meta in metadata.items():
        schema = meta.get("dagster/column_schema")
        assert isinstance(schema, dg.TableSchema), key
        model = STAGE_MODELS.get(key) or WAREHOUSE_MODELS[key.split("/", 1)[1]]
        assert [c.name for c in schema.columns] == list(model.to_schema().columns)
        assert all(c.description for c in schema.columns), key


def test_column_lineage_names_real_columns():
    metadata = _definition_metadata()
    lineage = lineage_data()
    assert lineage["fact_metric"]["sentence"] == [("segments", "text")]
    for table, columns in lineage.items():
        assert table in WAREHOUSE_MODELS, table
        assert set(columns) <= set(WAREHOUSE_MODELS[table].to_schema().columns), table
        for deps in columns.values():
            for asset, column in deps:
                assert column in STAGE_MODELS[asset].to_schema().columns, (table, asset, column)
        shown = metadata.get(f"warehouse/{table}", {}).get("dagster/column_lineage")
        if columns and shown is not None:
            assert set(shown.deps_by_column) == set(columns)
    assert isinstance(metadata["warehouse/fact_metric"]["dagster/column_lineage"], dg.TableColumnLineage)
