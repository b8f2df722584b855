"""The README's Querying section: every query's printed output is what the sample warehouse returns.

The sample is built once per session through the CLI (conftest.sample_warehouse).
When this fails after a deliberate change, regenerate the outputs with
`python -m pipelines.warehouse.readme_queries --update README.md` and review the diff.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipelines.warehouse.readme_queries import diagram, er_diagram, main, queries, render, updated

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample_con(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    yield con
    con.close()


def test_the_section_asks_at_least_six_questions(readme):
    found = queries(readme)
    assert len(found) >= 6
    assert all(sql.strip() and out.strip() for sql, out in found)


def test_every_printed_output_is_the_real_output(readme, sample_con):
    stale = []
    for sql, printed in queries(readme):
        actual = render(sample_con, sql)
        if actual != printed:
            stale.append(f"{sql.strip()}\n--- README\n{printed}--- actual\n{actual}")
    assert not stale, ("README outputs are stale; run python -m pipelines.warehouse.readme_queries --update README.md\n\n"
                       + "\n\n".join(stale))


def test_the_er_diagram_is_the_models(readme):
    assert diagram(readme) == er_diagram()


def test_check_mode_agrees(sample_warehouse):
    assert main(["--check", str(README), "--warehouse", str(sample_warehouse)]) == 0


def test_a_stale_output_is_found_and_rewritten():
    con = duckdb.connect()
    con.execute("CREATE TABLE t AS SELECT * FROM (VALUES ('快手', 1269.0::DOUBLE, NULL), ('Kwai', 0.5, 'x')) v(name, value, note)")
    text = ("intro\n<!-- querying:start -->\n```mermaid\nold\n```\n"
            "```sql\nSELECT * FROM t ORDER BY value;\n```\n```text\nold output\n```\n<!-- querying:end -->\n")
    new = updated(text, con)
    assert new.startswith("intro\n") and "old output" not in new and "```mermaid\nold" not in new
    (sql, out), = queries(new)
    assert out == ("name | value | note\n"
                   "-----+-------+-----\n"
                   "Kwai | 0.5   | x\n"
                   "快手 | 1269  | NULL\n"
                   "(2 rows)\n")
    assert updated(new, con) == new
