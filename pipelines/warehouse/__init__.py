"""warehouse: load validated frames into the DuckDB star schema (SQL in sql/)."""
from pipelines.schemas.warehouse import WAREHOUSE_MODELS
from pipelines.warehouse.dimensions import period_rows, unit_rows
from pipelines.warehouse.load import LoadSummary, load_build, loaded_documents

WAREHOUSE_TABLES = tuple(WAREHOUSE_MODELS)

__all__ = ["LoadSummary", "WAREHOUSE_TABLES", "load_build", "loaded_documents", "period_rows", "unit_rows"]
