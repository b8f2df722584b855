"""Faster scans with the same matches: what a pattern's structure rules out.

Two facts about a regex can be read off its parse tree, and both are exact:

- its first characters: every match starts with one of them. Python's engine
  cannot search ahead for a pattern that opens with an optional group (the
  qualifier of "超过3亿元"), so it tries the whole pattern at every position
  of the text; a leading lookahead on the first characters rejects most
  positions in one step.
- characters one of which every match contains (a digit or numeral for a
  quantity, 之 for 百分之…): text without any of them is not scanned at all.

`Scanner.finditer` gives exactly the matches of `pattern.finditer`.
`raw_class` turns a needed set into a class for polars' (Rust) engine over
the text before folding, so that many texts can be tested in one call.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

try:  # the regex parser is private; its module was renamed in Python 3.11
    from re import _constants as K
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as K
    import sre_parse

# A character set is a frozenset of the parser's class items: (LITERAL, code),
# (RANGE, (lo, hi)), (CATEGORY, category). None means "any character".
CharSet = frozenset
_CATEGORY_SOURCE = {
    K.CATEGORY_DIGIT: r"\d", K.CATEGORY_NOT_DIGIT: r"\D", K.CATEGORY_SPACE: r"\s",
    K.CATEGORY_NOT_SPACE: r"\S", K.CATEGORY_WORD: r"\w", K.CATEGORY_NOT_WORD: r"\W",
}
_INLINE_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")
_ZERO_WIDTH = (K.AT, K.ASSERT, K.ASSERT_NOT)
_REPEATS = (K.MAX_REPEAT, K.MIN_REPEAT) + ((K.POSSESSIVE_REPEAT,) if hasattr(K, "POSSESSIVE_REPEAT") else ())
_GROUPS = (K.SUBPATTERN,) + ((K.ATOMIC_GROUP,) if hasattr(K, "ATOMIC_GROUP") else ())


def _class(items) -> CharSet | None:
    """The items of a [...] class, or None for a negated class."""
    if any(op == K.NEGATE for op, _ in items):
        return None
    return CharSet(items)


def _body(op, av):
    """The sub-pattern inside a group; None when it changes case folding."""
    if op == K.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & re.IGNORECASE else body
    return av


def _start(seq, last: bool = False) -> tuple[CharSet | None, bool]:
    """(first characters of a non-empty match, can the sequence match empty);
    with last, the last characters instead of the first."""
    first: set = set()
    for op, av in (reversed(seq) if last else seq):
        chars, empty = _start_item(op, av, last)
        if chars is None:
            return None, False
        first |= chars
        if not empty:
            return CharSet(first), False
    return CharSet(first), True


def _start_item(op, av, last: bool = False) -> tuple[CharSet | None, bool]:
    if op == K.LITERAL:
        return CharSet({(K.LITERAL, av)}), False
    if op == K.IN:
        return _class(av), False
    if op in _ZERO_WIDTH:
        return CharSet(), True
    if op in _GROUPS:
        body = _body(op, av)
        return (None, False) if body is None else _start(body, last)
    if op == K.BRANCH:
        starts = [_start(branch, last) for branch in av[1]]
        if any(chars is None for chars, _ in starts):
            return None, False
        return CharSet().union(*(chars for chars, _ in starts)), any(empty for _, empty in starts)
    if op in _REPEATS:
        low, _high, body = av
        chars, empty = _start(body, last)
        return chars, empty or low == 0
    return None, False  # any character, back-references


def _size(chars: CharSet, digits: int = 1) -> int:
    """How many characters a set admits; digits count as one, as the numbers
    these patterns look for need them, and other categories as very many."""
    total = 0
    for op, av in chars:
        if op == K.LITERAL:
            total += 1
        elif op == K.RANGE:
            total += av[1] - av[0] + 1
        else:
            total += digits if av == K.CATEGORY_DIGIT else 10_000
    return total


def _required(seq) -> list[CharSet]:
    """Sets of characters such that every match of seq contains a character
    of each set (one set per item that cannot be skipped)."""
    return [chars for op, av in seq for chars in _required_item(op, av)]


def _smallest(sets: list[CharSet]) -> CharSet:
    """The narrowest set; on a tie the last, as later items of a pattern
    (its unit, the 之 of 百分之) are the more telling ones."""
    return min(reversed(sets), key=_size)


def _required_item(op, av) -> list[CharSet]:
    if op == K.LITERAL:
        return [CharSet({(K.LITERAL, av)})]
    if op == K.IN:
        chars = _class(av)
        return [] if chars is None else [chars]
    if op in _GROUPS:
        body = _body(op, av)
        return [] if body is None else _required(body)
    if op == K.BRANCH:
        each = [_required(branch) for branch in av[1]]
        return [] if not all(each) else [CharSet().union(*map(_smallest, each))]
    if op in _REPEATS and av[0] > 0:
        return _required(av[2])
    return []  # optional, zero-width or unknown


def _pairs(seq) -> list[tuple[CharSet, CharSet]]:
    """Pairs of sets such that every match of seq has a character of the
    first set right before a character of the second: the last and the first
    characters of two neighbouring items that cannot be skipped ("对折": 对
    then 折). Character sets alone cannot tell 成本 from 半成."""
    pairs = []
    before = None  # the last characters of the item just before, if it cannot be empty
    for op, av in seq:
        pairs += _pairs_item(op, av)
        if op in _ZERO_WIDTH:
            continue  # matches nothing: the neighbours stay adjacent
        first, empty = _start_item(op, av)
        if before and first and not empty:
            pairs.append((before, first))
        last, empty = _start_item(op, av, last=True)
        before = last if not empty else None
    return pairs


def _pairs_item(op, av) -> list[tuple[CharSet, CharSet]]:
    if op in _GROUPS:
        body = _body(op, av)
        return [] if body is None else _pairs(body)
    if op == K.BRANCH:
        each = [_pairs(branch) for branch in av[1]]
        if not all(each):
            return []  # a branch needs no pair
        chosen = [min(pairs, key=_pair_size) for pairs in each]
        return [(CharSet().union(*(a for a, _ in chosen)), CharSet().union(*(b for _, b in chosen)))]
    if op in _REPEATS and av[0] > 0:
        return _pairs(av[2])
    return []


def _pair_size(pair: tuple[CharSet, CharSet]) -> tuple[int, int]:
    """Narrow pairs first, by their first set, which a search looks for
    (digits, which most text has, count as the ten they are): a narrow pair
    rarely occurs by chance and is quick to look for."""
    return _size(pair[0], digits=10), _size(pair[1], digits=10)


def _essential(sets: list[CharSet]) -> list[CharSet]:
    """Drop duplicates and sets that include another (implied by it), narrowest first."""
    out: list[CharSet] = []
    for chars in sorted(dict.fromkeys(sets), key=_size):
        if not any(kept <= chars for kept in out):
            out.append(chars)
    return out


def _source(chars: CharSet) -> str:
    """A [...] class that admits exactly these characters."""
    parts = []
    for op, av in sorted(chars, key=repr):
        if op == K.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op == K.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:
            parts.append(_CATEGORY_SOURCE[av])
    return "[" + "".join(parts) + "]"


# Python's \d is Unicode category Nd, as is Rust's (of a Unicode version no
# older: a superset); Python's \s also admits \x1c-\x1f, which Rust's does not.
_RUST_CATEGORY = {K.CATEGORY_DIGIT: r"\d", K.CATEGORY_SPACE: r"\s\x{1c}-\x{1f}"}


def _rust_char(code: int) -> str:
    return f"\\x{{{code:x}}}"


def raw_class(chars: CharSet, folds: dict[str, str]) -> str | None:
    """A class in Rust's regex syntax admitting every character whose fold is
    in chars: the characters of chars and those `folds` maps into it (folds:
    character -> its fold, for the characters folding changes). Text without
    any of them has, once folded, none of chars. None for a category not
    modelled here."""
    parts = set()
    for op, av in chars:
        if op == K.LITERAL:
            parts.add(_rust_char(av))
        elif op == K.RANGE:
            parts.add(f"{_rust_char(av[0])}-{_rust_char(av[1])}")
        elif av in _RUST_CATEGORY:
            parts.add(_RUST_CATEGORY[av])
        else:
            return None
    # One scan of all the folds (one character each) finds those into chars.
    sources, targets = list(folds), "".join(folds.values())
    parts.update(_rust_char(ord(sources[m.start()])) for m in re.finditer(_source(chars), targets))
    return "[" + "".join(sorted(parts)) + "]"


@dataclass(frozen=True)
class Scanner:
    """`finditer` of a pattern that skips what cannot match."""
    pattern: re.Pattern
    needs: tuple[re.Pattern, ...] = ()  # a match contains a match of each
    need_sets: tuple[CharSet, ...] = ()  # the character sets of needs
    need_pairs: tuple[tuple[CharSet, CharSet], ...] = ()  # and its pairs of them, one right after the other

    def finditer(self, text: str) -> Iterator[re.Match]:
        for chars in self.needs:
            if not chars.search(text):
                return iter(())
        return self.pattern.finditer(text)


def _parsed(pattern: re.Pattern):
    """The parse tree, or None for patterns whose case folding or ASCII
    classes the character sets here do not model (and verbose ones, whose
    comments would swallow the wrapping below)."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE | re.ASCII | re.VERBOSE):
        return None
    return sre_parse.parse(pattern.pattern, pattern.flags)


def _needs(tree) -> list[CharSet]:
    return [] if tree is None else _essential(_required(tree))


def scanner(pattern: re.Pattern) -> Scanner:
    """The pattern with a lookahead on its first characters when it opens with
    an optional part, and the tests for the characters every match contains."""
    tree = _parsed(pattern)
    if tree is None:
        return Scanner(pattern)
    first, empty = _start(tree)
    opens_optional = bool(tree.data) and _start_item(*tree.data[0])[1]
    if first and not empty and opens_optional:
        # Inline global flags must stay in front; (?:...) keeps a top-level
        # alternation under the lookahead.
        flags = _INLINE_FLAGS.match(pattern.pattern).group()
        body = pattern.pattern[len(flags):]
        pattern = re.compile(f"{flags}(?={_source(first)})(?:{body})", pattern.flags)
    needs = _needs(tree)
    # The narrowest pair, if any: one more test drops most text that has the
    # characters but not together.
    pairs = sorted(_pairs(tree), key=_pair_size)[:1]
    tests = [_source(chars) for chars in needs] + [_source(a) + _source(b) for a, b in pairs]
    return Scanner(pattern, tuple(map(re.compile, tests)), tuple(needs), tuple(pairs))


def first_class(pattern: re.Pattern) -> re.Pattern:
    """A class of the characters every match of the pattern starts with (to
    rule out a position before trying the pattern there)."""
    tree = _parsed(pattern)
    first, empty = _start(tree) if tree is not None else (None, True)
    if not first or empty:
        raise ValueError(f"no first characters known for {pattern.pattern!r}")
    return re.compile(_source(first))


def gate(patterns) -> re.Pattern | None:
    """One class of characters that text must contain for any of the patterns
    to match; None when some pattern needs no particular character."""
    union: set = set()
    for pattern in patterns:
        needs = _needs(_parsed(pattern))
        if not needs:
            return None
        union |= needs[0]
    return re.compile(_source(CharSet(union)))
