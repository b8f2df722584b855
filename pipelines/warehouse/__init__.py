"""warehouse: load validated frames into the DuckDB star schema (SQL in sql/)."""
from pipelines.warehouse.load import LoadSummary, load_build, period_rows, unit_rows

__all__ = ["LoadSummary", "load_build", "period_rows", "unit_rows"]
