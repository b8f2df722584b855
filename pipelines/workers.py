"""What each worker process of pipelines/ingest/batches.py runs first.

A module of its own, outside the stage packages: a spawned worker imports
the module of its initializer before running it, and importing any stage
package would import pandas before the worker could hide it.
"""
from __future__ import annotations

import atexit
import os
import sys
import threading
import time


class _WithoutPandas:
    """An import finder under which pandas is not installed.

    pandera imports pandas for its pandas API whenever pandas is installed
    (dagster-pandera needs it in the Dagster process); a polars-only
    environment is one pandera supports. The stages use polars alone, so a
    worker imports them without pandas: 0.4 s less per worker start.
    """

    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def _exit_with(parent: int) -> None:
    """End this worker once its parent has: a build killed mid-stage (SIGKILL, out of memory) sends
    the pool no stop signal, and a worker holds both ends of its task queue, so it would wait
    forever with its memory."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def hide_pandas() -> None:
    """Import what follows as if pandas were not installed (the stages need polars alone)."""
    if not any(isinstance(f, _WithoutPandas) for f in sys.meta_path):
        sys.meta_path.insert(0, _WithoutPandas())


def start_worker() -> None:
    """Import the stage modules before the first batch arrives, without pandas; have the worker end
    without freeing its heap object by object (its caches and frames: about 0.4 s after a large
    stage) once multiprocessing has flushed its queues, and end when its parent does."""
    hide_pandas()
    atexit.register(os._exit, 0)
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True, name="parent-watch").start()
    import pipelines.attribute  # noqa: F401
    import pipelines.parse  # noqa: F401
    import pipelines.recognize  # noqa: F401
