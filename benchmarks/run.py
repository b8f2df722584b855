"""Benchmark: `make bench` (python benchmarks/run.py [--docs 1000] [--docs 10000]).

For each corpus size N it generates N documents (benchmarks/corpus.py) and
measures, each in its own process:

  (a) floor     one polars regex pass extracting number tokens (read + regex)
  (b) core      ingest -> parse -> recognize -> attribute pure functions, no Dagster
  (c) build     `python -m pipelines build` through Dagster into a fresh warehouse
  (d) rebuild   the same command again, nothing changed
  (e) 1% edit   1% of the documents rewritten, then the command again
  (f) fixed     the command on an empty folder: interpreter, imports, run bookkeeping
  (g) dagster   a one-asset Dagster job run the same way: what any run through Dagster costs

Wall time, CPU time (user + system, worker processes included), peak memory
(resident set of the process tree, sampled every 100 ms) and MB/s of corpus
are printed and written to BENCHMARKS.md with the machine they ran on.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import edit_documents, write_corpus  # noqa: E402

NUMBER_TOKEN = r"[0-9０-９]+(?:[.,][0-9０-９]+)*"
PAGE = os.sysconf("SC_PAGE_SIZE")


# ---- the measured programs (run as `run.py --inner MODE DIR`) ------------------------------

def inner_floor(folder: Path) -> dict:
    import polars as pl
    t0 = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]
    tokens = pl.DataFrame({"text": texts}).select(
        pl.col("text").str.extract_all(NUMBER_TOKEN).list.len().sum()).item()
    return {"seconds": time.perf_counter() - t0, "tokens": int(tokens)}


def inner_core(folder: Path) -> dict:
    """The stage functions over the corpus, in groups of as many documents as one build extracts
    (pipelines.ingest.changes.MAX_DOCUMENTS_PER_BUILD), as the build does.

    As in the build's ingest, the worker processes start (and import the stages) while this
    process imports and reads. Like the workers, this process imports the stages without pandas:
    only dagster-pandera, in the Dagster process, needs it."""
    from pipelines.workers import hide_pandas
    hide_pandas()
    from pipelines.ingest.batches import shutdown_workers, start_workers
    from pipelines.ingest.changes import MAX_DOCUMENTS_PER_BUILD
    files = sorted(folder.iterdir())
    start_workers(sum(p.stat().st_size for p in files[:MAX_DOCUMENTS_PER_BUILD]) // 3)
    from pipelines.attribute import attribute_quantities
    from pipelines.ingest import read_documents
    from pipelines.ingest.batches import map_documents
    from pipelines.parse import parse_documents
    from pipelines.recognize import recognize_segments
    from pipelines.schemas import FactModel, QuantityModel, SegmentModel, empty_frame
    import polars as pl
    t0 = time.perf_counter()
    names = [p.name for p in files]
    counts = {"documents": 0, "segments": 0, "quantities": 0, "facts": 0}
    for i in range(0, len(names), MAX_DOCUMENTS_PER_BUILD):
        documents, _ = read_documents(folder, only=set(names[i:i + MAX_DOCUMENTS_PER_BUILD]))
        sizes = documents.select("doc_id", chars=pl.col("char_count"))
        segments = map_documents(parse_documents, [documents], sizes, empty_frame(SegmentModel))
        quantities = map_documents(recognize_segments, [segments], sizes, empty_frame(QuantityModel))
        facts = map_documents(attribute_quantities, [quantities, segments], sizes, empty_frame(FactModel))
        for key, frame in (("documents", documents), ("segments", segments), ("quantities", quantities),
                           ("facts", facts)):
            counts[key] += frame.height
    seconds = time.perf_counter() - t0
    shutdown_workers()  # as the build does after its last stage
    return {"seconds": seconds, **counts}


def _one_asset_job():
    """A job of one asset that returns 1: what any Dagster run costs here, whatever it does."""
    import dagster as dg

    @dg.asset
    def one() -> int:
        return 1

    return dg.Definitions(assets=[one], jobs=[dg.define_asset_job("one_asset")],
                          executor=dg.in_process_executor).resolve_job_def("one_asset")


def inner_dagster(_folder: Path) -> dict:
    """(g) the one-asset job, run as the build runs its job (in process, through execute_job on the
    instance dagster.yaml configures, console log silenced)."""
    import dagster as dg
    t0 = time.perf_counter()
    quiet = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
    result = dg.execute_job(dg.reconstructable(_one_asset_job), instance=dg.DagsterInstance.get(), run_config=quiet)
    assert result.success
    return {"seconds": time.perf_counter() - t0}


# ---- measuring a process ------------------------------------------------------------------

def _tree(root: int) -> list[int]:
    """root and every process descended from it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, stack = [], [root]
    while stack:
        pid = stack.pop()
        out.append(pid)
        stack.extend(children.get(pid, []))
    return out


def _rss(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * PAGE
        except OSError:
            pass
    return total


class OverMemory(RuntimeError):
    pass


def measure(cmd: list[str], env: dict | None = None, max_mb: float = 6144) -> dict:
    """Run cmd; wall, CPU (with reaped descendants), peak tree RSS, stdout.

    The machine is shared: a process tree above max_mb is killed (OverMemory).
    """
    out = tempfile.TemporaryFile(mode="w+")
    err = tempfile.TemporaryFile(mode="w+")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err)
    peak, done, killed = [0], threading.Event(), []

    def sample():
        while not done.is_set():
            pids = _tree(proc.pid)
            peak[0] = max(peak[0], _rss(pids))
            if peak[0] > max_mb * 2**20 and not killed:
                killed.append(peak[0])
                for pid in reversed(pids):      # our own child and its workers only
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    stdout, stderr = out.read(), err.read()
    if killed:
        raise OverMemory(f"{' '.join(cmd[:4])}... killed after {wall:.0f} s above {max_mb:.0f} MB")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr[-3000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mb": max(peak[0], usage.ru_maxrss * 1024) / 2**20, "stdout": stdout}


# ---- one corpus size ----------------------------------------------------------------------

def _remove(paths) -> None:
    for p in paths:
        if p.is_dir():
            shutil.rmtree(p)
        else:
            p.unlink()


def bench(n: int, workdir: Path) -> dict:
    raw, empty, db = workdir / f"raw_{n}", workdir / "empty", workdir / f"wh_{n}.duckdb"
    for p in (raw, empty):
        shutil.rmtree(p, ignore_errors=True)
    empty.mkdir()
    _remove(workdir.glob(f"wh_{n}.duckdb*"))  # the file, its lock and its staging folder
    size = write_corpus(raw, n)
    mb = size / 1e6
    print(f"N={n}: {mb:.1f} MB in {raw}", flush=True)
    me = [sys.executable, str(Path(__file__).resolve())]
    # Runs go to a throw-away Dagster instance, not the one `make ui` shows,
    # configured by the repository's dagster.yaml (storage moved into it).
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORT_")}
    home = workdir / "dagster_home"
    env["DAGSTER_HOME"] = str(home)
    home.mkdir(exist_ok=True)
    (home / "dagster.yaml").write_text((ROOT / "dagster.yaml").read_text(encoding="utf-8").replace(
        "base_dir: .dagster", f"base_dir: {home}/.dagster"), encoding="utf-8")
    build = [sys.executable, "-m", "pipelines", "build", "--raw", str(raw), "--warehouse", str(db)]
    rows = {}

    def record(key, label, result, inner_seconds=None):
        rows[key] = {"label": label, "wall": result["wall"], "cpu": result["cpu"], "peak_mb": result["peak_mb"],
                     "inner": inner_seconds, "mb_s": mb / result["wall"]}
        r = rows[key]
        print(f"  {label:<38} wall {r['wall']:7.2f} s  cpu {r['cpu']:7.2f} s  peak {r['peak_mb']:7.0f} MB"
              + (f"  (work {inner_seconds:.2f} s)" if inner_seconds is not None else ""), flush=True)
        return result

    out = {"n": n, "mb": mb, "rows": rows, "floor": {}, "core": {}}
    try:
        floor = record("floor", "(a) floor: polars regex pass", measure(me + ["--inner", "floor", str(raw)], env))
        out["floor"] = json.loads(floor["stdout"])
        rows["floor"]["inner"] = out["floor"]["seconds"]
        core = record("core", "(b) core: pure stage functions", measure(me + ["--inner", "core", str(raw)], env))
        out["core"] = json.loads(core["stdout"])
        rows["core"]["inner"] = out["core"]["seconds"]
        record("build", "(c) full build through Dagster", measure(build, env))
        record("noop", "(d) rebuild, nothing changed", measure(build, env))
        changed = edit_documents(raw, n, every=100)
        record("edit", f"(e) rebuild, 1% changed ({len(changed)} docs)", measure(build, env))
        record("fixed", "(f) build of an empty folder", measure(
            [sys.executable, "-m", "pipelines", "build", "--raw", str(empty), "--warehouse", str(workdir / "empty.duckdb")],
            env))
        dagster = record("dagster", "(g) Dagster floor: a one-asset job", measure(me + ["--inner", "dagster", "-"], env))
        rows["dagster"]["inner"] = json.loads(dagster["stdout"].strip().splitlines()[-1])["seconds"]
    except (OverMemory, RuntimeError) as exc:
        # Report what was measured; the rest depends on the step that failed.
        out["error"] = str(exc).splitlines()[0]
        print(f"  stopped: {out['error']}", flush=True)
    _remove(workdir.glob("empty.duckdb*"))
    return out


# ---- report -------------------------------------------------------------------------------

def machine() -> dict:
    model = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                  if ln.startswith("model name")), platform.processor() or "unknown")
    mem = next((int(ln.split()[1]) // 1024 for ln in Path("/proc/meminfo").read_text().splitlines()
                if ln.startswith("MemTotal")), 0)
    import dagster
    import duckdb
    import polars
    return {"cpu": model, "cores": len(os.sched_getaffinity(0)), "memory_mb": mem,
            "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
            "versions": f"dagster {dagster.__version__}, polars {polars.__version__}, duckdb {duckdb.__version__}",
            "load": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def _wall(rows: dict, key: str) -> float | None:
    return rows[key]["wall"] if key in rows else None


def verdicts(results: list[dict]) -> list[tuple[str, str, bool]]:
    out = []
    by_n = {r["n"]: r["rows"] for r in results}
    r = by_n.get(1000, {})
    floor, build = _wall(r, "floor"), _wall(r, "build")
    if floor and "core" in r:
        out.append(("core ≤ 20× floor", f"{r['core']['wall'] / floor:.1f}×", r["core"]["wall"] <= 20 * floor))
    if floor and build:
        out.append(("full build ≤ 60× floor", f"{build / floor:.1f}×", build <= 60 * floor))
    if build and "noop" in r:
        out.append(("nothing-changed rebuild ≤ 10% of full build", f"{100 * r['noop']['wall'] / build:.1f}%",
                    r["noop"]["wall"] <= 0.10 * build))
    if build and "edit" in r:
        out.append(("1%-changed rebuild ≤ 15% of full build", f"{100 * r['edit']['wall'] / build:.1f}%",
                    r["edit"]["wall"] <= 0.15 * build))
    if r:
        peak = max(x["peak_mb"] for x in r.values())
        out.append(("peak memory ≤ 1.5 GB", f"{peak:.0f} MB" + ("" if "fixed" in r else " (incomplete run)"),
                    peak <= 1536 and "fixed" in r))
    big = by_n.get(10000, {})
    if build and "build" in big:
        out.append(("N=10,000 full build ≤ 12× N=1,000", f"{big['build']['wall'] / build:.1f}×",
                    big["build"]["wall"] <= 12 * build))
    if big:
        peak = max(x["peak_mb"] for x in big.values())
        out.append(("N=10,000 peak memory ≤ 4 GB", f"{peak:.0f} MB", peak <= 4096 and "fixed" in big))
    return out


def write_report(results: list[dict], info: dict, path: Path, note: str) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (`python benchmarks/run.py`); numbers below are from the last run.",
        "",
        f"- Run at: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {info['cpu']}, {info['cores']} usable cores, {info['memory_mb']} MB RAM, {info['os']}",
        f"- Software: Python {info['python']}, {info['versions']}",
        f"- Load average when the run started: {info['load']}"
        + (" (the cores were shared with other jobs, so wall times are pessimistic)"
           if float(info["load"].split()[0]) > 0.5 else ""),
        "",
        "Corpus: the sample report and variants of it (another company as subject, every figure scaled,",
        "years kept), one file each, about 24 KB per document (benchmarks/corpus.py).",
        "Each measurement runs in its own process; wall and CPU time and the peak resident memory of the",
        "process tree include interpreter start-up and imports. (b) shows in brackets the time of the work",
        "alone; (c)-(f) are `python -m pipelines build` exactly as `make run` calls it; (g) is a job of one",
        "trivial asset run the same way (in process, on this instance): the least any Dagster run costs here.",
        "",
    ]
    for r in results:
        floor, build = _wall(r["rows"], "floor"), _wall(r["rows"], "build")
        lines += [f"## N = {r['n']:,} documents ({r['mb']:.1f} MB)", "",
                  "| measurement | wall s | CPU s | peak MB | MB/s | × floor | % of full build |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for key, row in r["rows"].items():
            inner = f" (work {row['inner']:.2f})" if row["inner"] is not None else ""
            times_floor = f"{row['wall'] / floor:.1f}" if floor else "–"
            share = f"{100 * row['wall'] / build:.1f}%" if build else "–"
            lines.append(f"| {row['label']} | {row['wall']:.2f}{inner} | {row['cpu']:.2f} | {row['peak_mb']:.0f} | "
                         f"{row['mb_s']:.2f} | {times_floor} | {share} |")
        if r.get("error"):
            lines += ["", f"Stopped: {r['error']}"]
        core = r["core"]
        if core:
            lines += ["", f"Core output: {core['documents']:,} documents, {core['segments']:,} segments, "
                          f"{core['quantities']:,} quantities, {core['facts']:,} facts; "
                          f"floor found {r['floor']['tokens']:,} number tokens."]
        lines.append("")
    checks = verdicts(results)
    if checks:
        lines += ["## Targets", "", "| target | measured | met |", "|---|---:|:---:|"]
        lines += [f"| {name} | {value} | {'yes' if ok else '**no**'} |" for name, value, ok in checks]
        lines.append("")
    if note:
        lines += ["## Notes", "", note.strip(), ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, action="append", help="corpus size (repeatable; default 1000)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "report-warehouse-bench")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--note", type=Path, default=Path(__file__).with_name("NOTES.md"),
                        help="Markdown file appended as Notes (default benchmarks/NOTES.md)")
    parser.add_argument("--inner", nargs=2, metavar=("MODE", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        mode, folder = args.inner
        modes = {"floor": inner_floor, "core": inner_core, "dagster": inner_dagster}
        print(json.dumps(modes[mode](Path(folder))), flush=True)
        os._exit(0)  # as `python -m pipelines` ends: no interpreter teardown (pipelines/__main__.py)
    args.workdir.mkdir(parents=True, exist_ok=True)
    info = machine()
    print(f"{info['cpu']}, {info['cores']} cores, load {info['load']}", flush=True)
    results = [bench(n, args.workdir) for n in (args.docs or [1000])]
    for name, value, ok in verdicts(results):
        print(f"  {'ok ' if ok else 'NO '} {name}: {value}")
    note = args.note.read_text(encoding="utf-8") if args.note and args.note.exists() else ""
    write_report(results, info, args.out, note)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
