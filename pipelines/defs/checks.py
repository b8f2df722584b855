"""Asset checks on the warehouse tables (the same SQL runs in the tests).

Each check in pipelines.warehouse.checks becomes an asset check on its
table's asset; the failing rows (up to 20, with column names) go into the
check's metadata. Non-blocking checks (metric_conflicts) report WARN.
"""
from __future__ import annotations

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.warehouse.checks import WAREHOUSE_CHECKS, Check, failing_rows

EXAMPLES = 20


def _make_check(check: Check):
    @dg.asset_check(asset=dg.AssetKey(["warehouse", check.table]), name=check.name,
                    description=check.description, blocking=check.blocking)
    def _check(warehouse: DuckDBResource) -> dg.AssetCheckResult:
        with warehouse.get_connection() as con:
            failing = failing_rows(con, check)
        return dg.AssetCheckResult(
            passed=not failing,
            severity=dg.AssetCheckSeverity.ERROR if check.blocking else dg.AssetCheckSeverity.WARN,
            metadata={
                "failing_rows": len(failing),
                "examples": dg.MetadataValue.json([{k: str(v) for k, v in r.items()} for r in failing[:EXAMPLES]]),
                "sql": dg.MetadataValue.md(f"```sql\n{check.sql.strip()}\n```"),
            },
        )

    return _check


warehouse_checks = [_make_check(c) for c in WAREHOUSE_CHECKS]
