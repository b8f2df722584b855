"""Asset checks on the warehouse tables (the same SQL runs in the tests).

Each check in pipelines.warehouse.checks becomes an asset check on its
table's asset; the failing rows (up to 20, with column names) go into the
check's metadata. Non-blocking checks (metric_conflicts) report WARN.
The checks of one table run as one step with one connection: a Dagster step
costs about 0.1 s however small its query, and there are some forty checks.
"""
from __future__ import annotations

from itertools import groupby

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


def _table_checks(table: str, checks: list[Check]):
    @dg.multi_asset_check(
        name=f"{table}_checks",
        specs=[dg.AssetCheckSpec(c.name, asset=dg.AssetKey(["warehouse", table]), description=c.description,
                                 blocking=c.blocking) for c in checks],
    )
    def _run(warehouse: DuckDBResource):
        with warehouse.get_connection() as con:
            for check in checks:
                yield _result(check, failing_rows(con, check))

    return _run


def _by_table() -> list[tuple[str, list[Check]]]:
    ordered = sorted(WAREHOUSE_CHECKS, key=lambda c: c.table)
    return [(table, list(group)) for table, group in groupby(ordered, key=lambda c: c.table)]


warehouse_checks = [_table_checks(table, checks) for table, checks in _by_table()]
