"""Keep the README's "## Querying" section true: its ER diagram and query outputs.

The section sits between `<!-- querying:start -->` and `<!-- querying:end -->`.
Inside it, the ```mermaid block is generated from the warehouse models
(primary and foreign keys), and every ```sql block is followed by a ```text
block holding that query's output on the sample warehouse.

    python -m pipelines.warehouse.readme_queries --update README.md   # rewrite diagram and outputs
    python -m pipelines.warehouse.readme_queries --check README.md    # exit 1 when stale

Without --warehouse the sample (raw/) is built into a temporary file through
the CLI, exactly as `make run` builds it. tests/test_readme_queries.py runs
the same comparison.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import duckdb

from pipelines.schemas.warehouse import WAREHOUSE_MODELS
from pipelines.warehouse.ddl import columns

ROOT = Path(__file__).resolve().parents[2]
START, END = "<!-- querying:start -->", "<!-- querying:end -->"
_QUERY = re.compile(r"```sql\n(?P<sql>.*?)```\n+```text\n(?P<out>.*?)```", re.S)
_MERMAID = re.compile(r"```mermaid\n.*?```", re.S)


# ------------------------------------------------------------- the ER diagram

def er_diagram() -> str:
    """A Mermaid erDiagram of every table: its key columns and its references."""
    lines = ["```mermaid", "erDiagram"]
    for table, model in WAREHOUSE_MODELS.items():
        for c in columns(model):
            if c.fk:
                target = c.fk.split(".")[0]
                left = "|o" if c.nullable else "||"
                lines.append(f'    {target} {left}--o{{ {table} : "{c.name}"')
    for table, model in WAREHOUSE_MODELS.items():
        keys = [c for c in columns(model) if c.pk or c.fk]
        lines.append(f"    {table} {{")
        for c in keys or columns(model)[:2]:
            marks = ", ".join(m for m, on in (("PK", c.pk), ("FK", bool(c.fk))) if on)
            lines.append(f"        {c.sql_type} {c.name}{' ' + marks if marks else ''}")
        lines.append("    }")
    lines.append("```")
    return "\n".join(lines)


# ------------------------------------------------------------ query outputs

def _cell(v) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Decimal):
        v = float(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return f"{v:.4f}".rstrip("0").rstrip(".")
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return str(v).replace("\n", " ")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def render(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """The query's result as an aligned text table, and its row count."""
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    rows = [[_cell(v) for v in row] for row in cur.fetchall()]
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    out = [" | ".join(_pad(n, w) for n, w in zip(names, widths)).rstrip(),
           "-+-".join("-" * w for w in widths)]
    out += [" | ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def section(readme: str) -> tuple[int, int]:
    """Start and end offsets of the querying section (between the markers)."""
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        raise ValueError(f"README has no {START} ... {END} section")
    return start + len(START), end


def queries(readme: str) -> list[tuple[str, str]]:
    """(sql, printed output) of every query in the section."""
    a, b = section(readme)
    return [(m.group("sql"), m.group("out")) for m in _QUERY.finditer(readme[a:b])]


def diagram(readme: str) -> str | None:
    a, b = section(readme)
    m = _MERMAID.search(readme[a:b])
    return m.group(0) if m else None


def updated(readme: str, con: duckdb.DuckDBPyConnection) -> str:
    """The README with the section's diagram and outputs regenerated."""
    a, b = section(readme)
    body = _MERMAID.sub(lambda m: er_diagram(), readme[a:b], count=1)
    body = _QUERY.sub(lambda m: f"```sql\n{m.group('sql')}```\n```text\n{render(con, m.group('sql'))}```", body)
    return readme[:a] + body + readme[b:]


def build_sample(warehouse: Path, raw: Path = ROOT / "raw") -> None:
    """Build raw/ into warehouse through the CLI (as `make run` does)."""
    result = subprocess.run([sys.executable, "-m", "pipelines", "build", "--raw", str(raw), "--warehouse",
                             str(warehouse)], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"sample build failed: {result.stderr.strip()[-500:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.warehouse.readme_queries", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--update", type=Path, metavar="README", help="rewrite the diagram and outputs in place")
    mode.add_argument("--check", type=Path, metavar="README", help="exit 1 when the section is stale")
    parser.add_argument("--warehouse", type=Path, help="query this warehouse instead of building the sample")
    args = parser.parse_args(argv)
    readme_path = args.update or args.check
    readme = readme_path.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.warehouse
        if db is None:
            db = Path(tmp) / "sample.duckdb"
            build_sample(db)
        con = duckdb.connect(str(db), read_only=True)
        try:
            new = updated(readme, con)
        finally:
            con.close()
    if args.update:
        readme_path.write_text(new, encoding="utf-8")
        print(f"updated {readme_path}: {len(queries(new))} queries")
        return 0
    if new != readme:
        print(f"{readme_path} is stale: run python -m pipelines.warehouse.readme_queries --update {readme_path}",
              file=sys.stderr)
        return 1
    print(f"{readme_path} is current ({len(queries(new))} queries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
