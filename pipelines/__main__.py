"""`python -m pipelines`: the command line (pipelines/cli.py).

It ends with os._exit once its output is flushed and its worker processes
have stopped: tearing down Dagster's module graph at interpreter exit takes
about half a second per build and releases nothing the OS would not.
"""
import os
import sys

from pipelines.cli import main
from pipelines.ingest.batches import shutdown_workers

try:
    code = main()
finally:
    shutdown_workers()
    sys.stdout.flush()
    sys.stderr.flush()
os._exit(code)
