"""The Dagster Definitions: the one place the UI, the CLI and the tests load."""
from pipelines.defs.definitions import BUILD_JOB, defs

__all__ = ["BUILD_JOB", "defs"]
