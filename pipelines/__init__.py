"""report-warehouse: Chinese business reports -> validated DuckDB star schema.

Stages, one package each, in the order data flows:
ingest -> parse -> recognize -> attribute -> validate -> warehouse (load).
`schemas` holds the pandera models (the single statement of every frame's
columns); `defs` wires the stages into Dagster and holds nothing else;
`workers` is what a worker process of the batched stages runs first.
"""
