"""Asset checks on the warehouse tables (the same SQL runs in the tests).

Each check in pipelines.warehouse.checks becomes an asset check on its
table's asset; the failing rows (up to 20, with column names) go into the
check's metadata. Non-blocking checks (metric_conflicts) report WARN.
All checks run as one step with one connection: a Dagster step costs about
0.1 s of bookkeeping however small its query, and there are some forty
checks. The UI still shows each check on its own table's asset.
"""
from __future__ import annotations

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.warehouse.checks import WAREHOUSE_CHECKS, Check, failing_rows

EXAMPLES = 20


def _result(check: Check, failing: list[dict]) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        asset_key=dg.AssetKey(["warehouse", check.table]),
        check_name=check.name,
        passed=not failing,
        severity=dg.AssetCheckSeverity.ERROR if check.blocking else dg.AssetCheckSeverity.WARN,
        metadata={
            "failing_rows": len(failing),
            "examples": dg.MetadataValue.json([{k: str(v) for k, v in r.items()} for r in failing[:EXAMPLES]]),
            "sql": dg.MetadataValue.md(f"```sql\n{check.sql.strip()}\n```"),
        },
    )


@dg.multi_asset_check(
    specs=[dg.AssetCheckSpec(c.name, asset=dg.AssetKey(["warehouse", c.table]), description=c.description,
                             blocking=c.blocking) for c in WAREHOUSE_CHECKS],
)
def warehouse_table_checks(warehouse: DuckDBResource):
    with warehouse.get_connection() as con:
        for check in WAREHOUSE_CHECKS:
            yield _result(check, failing_rows(con, check))


warehouse_checks = [warehouse_table_checks]
