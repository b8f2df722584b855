"""Asset checks on the warehouse tables (the same SQL runs in the tests)."""
from __future__ import annotations

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.warehouse.checks import WAREHOUSE_CHECKS


def _make_check(table: str, name: str, sql: str, description: str, blocking: bool):
    @dg.asset_check(asset=dg.AssetKey(["warehouse", table]), name=name, description=description, blocking=blocking)
    def _check(warehouse: DuckDBResource) -> dg.AssetCheckResult:
        with warehouse.get_connection() as con:
            failing = con.execute(sql).fetchall()
        return dg.AssetCheckResult(
            passed=not failing,
            severity=dg.AssetCheckSeverity.ERROR if blocking else dg.AssetCheckSeverity.WARN,
            metadata={"failing_rows": len(failing), "examples": dg.MetadataValue.json([list(map(str, r)) for r in failing[:10]])},
        )

    return _check


warehouse_checks = [_make_check(c.table, c.name, c.sql, c.description, c.blocking) for c in WAREHOUSE_CHECKS]
