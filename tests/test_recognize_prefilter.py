"""The prefiltered scans find exactly what the plain patterns find."""
from __future__ import annotations

import re

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.recognize import patterns as P
from pipelines.recognize.builders import MATCHERS
from pipelines.recognize.prefilter import _source, gate, raw_class, scanner
from pipelines.recognize.textnorm import fold, folds
from tests.conftest import PEER_RAW, SAMPLE_RAW

PATTERNS = [pattern for pattern, _ in MATCHERS] + [P.BARE_MAGNITUDE, P.LIST_MEMBER, P.SUBUNIT]
SCANNERS = [(pattern, scanner(pattern)) for pattern in PATTERNS]


def _matches(found) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in found]


def _texts() -> list[str]:
    files = sorted(SAMPLE_RAW.glob("*.md")) + sorted(PEER_RAW.glob("*.md"))
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    return [fold(line) for line in lines if line.strip()]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:40])
def test_scanner_finds_what_the_pattern_finds_in_reports(pattern):
    scan = scanner(pattern)
    for text in _texts():
        assert _matches(scan.finditer(text)) == _matches(pattern.finditer(text)), text


# Text made of the characters these patterns care about, and a few they do not.
_ALPHABET = "0123456789.,%-+ 一二两三十百千万亿兆点个元美人年成折翻倍番之分超约近逾第前TOP$¥港币同比增长的，。\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_scanner_finds_what_the_pattern_finds_in_any_text(text):
    for pattern, scan in SCANNERS:
        assert _matches(scan.finditer(text)) == _matches(pattern.finditer(text))


def test_gate_passes_every_text_with_a_match():
    any_match = gate(PATTERNS)
    for text in _texts():
        if any(pattern.search(text) for pattern in PATTERNS):
            assert any_match.search(text), text


def test_what_a_pattern_needs():
    scan = scanner(re.compile(r"(?:约|近)?\d+(?:万|亿)?元"))
    assert [n.pattern for n in scan.needs] == [r"[\d]", "[元]"]
    assert scan.pattern.pattern.startswith(r"(?=[\d约近])")
    # A top-level alternation stays whole under the lookahead.
    assert [m.group() for m in scanner(re.compile("x?a|b")).finditer("b xa a")] == ["b", "xa", "a"]
    # Inline global flags stay in front.
    assert [m.group() for m in scanner(re.compile("(?s)x?a.b")).finditer("xa\nb")] == ["xa\nb"]


def test_neighbouring_characters_a_pattern_needs():
    scan = scanner(re.compile("打?(?:对折|半成)"))
    assert [(_source(a), _source(b)) for a, b in scan.need_pairs] == [("[半对]", "[成折]")]
    assert [m.group() for m in scan.finditer("成本对半，打对折")] == ["打对折"]
    # Only items that cannot be skipped, with nothing between them but zero-width ones.
    assert [(_source(a), _source(b)) for a, b in scanner(re.compile(r"万(?=\D)[元]")).need_pairs] == [("[万]", "[元]")]
    assert not scanner(re.compile(r"\d+ ?元")).need_pairs
    assert not scanner(re.compile("翻了?(?:倍|一番)")).need_pairs  # 倍 alone has no pair


def test_patterns_it_cannot_read_are_left_alone():
    caseless = re.compile("(?:约)?abc", re.IGNORECASE)
    assert scanner(caseless).pattern is caseless and not scanner(caseless).needs
    anything = re.compile("x*")  # may match empty: nothing is needed
    assert not scanner(anything).needs and scanner(anything).pattern is anything
    assert gate([anything, P.QUANTITY]) is None


def _every_character() -> str:
    """Every code point polars can hold (no surrogates)."""
    return "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)


def test_raw_classes_admit_every_character_folding_into_a_need():
    """A text without a character of raw_class(chars) has, once folded, none of chars."""
    everything = _every_character()
    folded = fold(everything)
    sets = {chars for _, scan in SCANNERS for chars in scan.need_sets}
    sets |= {chars for _, scan in SCANNERS for pair in scan.need_pairs for chars in pair}
    for chars in sets:
        source = raw_class(chars, folds())
        assert source is not None
        members = [everything[m.start()] for m in re.finditer(_source(chars), folded)]
        assert members and pl.Series(members).str.contains(source).all(), source

