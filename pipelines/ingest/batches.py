"""Run a per-document stage over batches of documents, on every core.

parse, recognize and attribute treat each document independently, so a
frame can be cut by doc_id, the pieces processed in worker processes and
the results concatenated: the same rows as one call, in the same order.
Small inputs run in process (starting workers costs about a second);
REPORT_WORKERS sets the number of processes (default: the usable cores).

Workers are spawned, not forked: polars' thread pool does not survive fork.
Only this module and the stage modules are imported in a worker (no Dagster,
no pandas: pipelines/workers.py starts each worker).
One pool serves every stage of a process (a build runs its steps in one
process), so the workers start and import the stages once per build, not
once per stage; `start_workers` lets ingest start them while it hashes.
"""
from __future__ import annotations

import atexit
import os
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Callable

import polars as pl

from pipelines.workers import start_worker

# Below this many characters of text a pool costs more than it saves.
PARALLEL_MIN_CHARS = 2_000_000
# Documents per task: big enough to amortise pickling, small enough that a
# worker holds a few MB at a time and the two cores finish together.
BATCH_CHARS = 1_000_000


def workers() -> int:
    configured = os.environ.get("REPORT_WORKERS")
    if configured:
        return max(1, int(configured))
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def doc_batches(sizes: pl.DataFrame, batch_chars: int = BATCH_CHARS, n_workers: int | None = None) -> list[list[str]]:
    """Group doc_ids (frame doc_id, chars) into consecutive batches of about batch_chars.

    With n_workers, batches shrink towards the end (to half of what is left per worker, down to
    an eighth of BATCH_CHARS): the workers then finish within a small batch of each other
    instead of one waiting for the other's last large batch.
    """
    total = int(sizes["chars"].sum()) if sizes.height else 0
    batches: list[list[str]] = [[]]
    used, done, limit = 0, 0, batch_chars
    for doc_id, chars in sizes.select("doc_id", "chars").iter_rows():
        if batches[-1] and used + chars > limit:
            batches.append([])
            done += used
            used = 0
            if n_workers:
                limit = max(min(batch_chars, BATCH_CHARS // 8), min(batch_chars, (total - done) // (2 * n_workers)))
        batches[-1].append(doc_id)
        used += chars
    return [b for b in batches if b]


def _call(fn, frames):
    return fn(*frames)


_POOLS: dict[int, ProcessPoolExecutor] = {}


def _pool(n_workers: int) -> ProcessPoolExecutor:
    """The process's pool of n_workers workers (created on first use, shut down at exit)."""
    if n_workers not in _POOLS:
        _POOLS[n_workers] = ProcessPoolExecutor(max_workers=n_workers, mp_context=get_context("spawn"),
                                                initializer=start_worker)
    return _POOLS[n_workers]


@atexit.register
def shutdown_workers() -> None:
    while _POOLS:
        _POOLS.popitem()[1].shutdown(wait=True, cancel_futures=True)


def needs_workers(total_chars: int, n_workers: int | None = None) -> bool:
    return (n_workers or workers()) > 1 and total_chars >= PARALLEL_MIN_CHARS


def start_workers(total_chars: int) -> None:
    """Start the pool now if a stage will use it for this much text (workers spawn in the background)."""
    if needs_workers(total_chars):
        pool = _pool(workers())
        for _ in range(workers()):
            pool.submit(int)


def batch_index(batches: list[list[str]]) -> pl.DataFrame:
    """doc_id -> __batch (the position of its batch)."""
    return pl.DataFrame({"doc_id": [d for b in batches for d in b],
                         "__batch": [i for i, b in enumerate(batches) for _ in b]},
                        schema={"doc_id": pl.String, "__batch": pl.Int32})


def cut_by_document(frame: pl.DataFrame, batch_of: pl.DataFrame, n_batches: int) -> list[pl.DataFrame]:
    """frame's rows of each batch (batch_of: doc_id -> __batch; rows of other documents are left out).

    The stages emit rows in document order, so a batch is usually a run of
    consecutive rows and its piece a zero-copy slice; otherwise the frame is
    sorted by batch once (a filter per batch would scan it once per batch).
    """
    batch = frame.select("doc_id").join(batch_of, on="doc_id", how="left", maintain_order="left")["__batch"]
    if batch.null_count() or not batch.is_sorted():
        ordered = frame.with_columns(batch).filter(pl.col("__batch").is_not_null()).sort("__batch", maintain_order=True)
        frame, batch = ordered.drop("__batch"), ordered["__batch"]
    counts = batch.value_counts().sort("__batch")
    rows = dict(zip(counts["__batch"].to_list(), counts["count"].to_list()))
    pieces, offset = [], 0
    for i in range(n_batches):
        pieces.append(frame.slice(offset, rows.get(i, 0)))
        offset += rows.get(i, 0)
    return pieces


def map_documents(fn: Callable[..., pl.DataFrame], frames: list[pl.DataFrame], sizes: pl.DataFrame,
                  empty: pl.DataFrame, n_workers: int | None = None) -> pl.DataFrame:
    """fn(*frames) computed batch by batch (frames cut by doc_id), concatenated.

    `sizes` has one row per document (doc_id, chars) and fixes the batches
    and their order; `empty` is fn's zero-row result.
    """
    n_workers = n_workers or workers()
    total = int(sizes["chars"].sum()) if sizes.height else 0
    if not needs_workers(total, n_workers):
        return fn(*frames)
    batches = doc_batches(sizes, max(BATCH_CHARS // 4, min(BATCH_CHARS, total // (4 * n_workers) + 1)), n_workers)
    batch_of = batch_index(batches)
    pieces = [cut_by_document(f, batch_of, len(batches)) for f in frames]
    parts: list[pl.DataFrame | None] = [None] * len(batches)
    pool = _pool(n_workers)
    pending = {}
    try:
        for i in range(len(batches)):
            args = [p[i] for p in pieces]
            pending[pool.submit(_call, fn, args)] = i
            # At most two batches per worker in flight: memory stays bounded.
            while len(pending) >= 2 * n_workers:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    parts[pending.pop(fut)] = fut.result()
        for fut, i in pending.items():
            parts[i] = fut.result()
    except BrokenProcessPool:
        _POOLS.pop(n_workers, None)  # a worker died (killed, out of memory): the next call starts afresh
        raise
    kept = [p for p in parts if p is not None and p.height]
    return pl.concat(kept, how="vertical") if kept else empty

