"""Regular expressions run over whole texts, compiled behind a lookahead on their first characters.

Python's engine tries a pattern at every position; a pattern that opens with an alternation or
a group (被捕|判刑, (?:这|那)位) is tried in full at each, while one that opens with a character
class is skipped past the positions that cannot start it. A lookahead on the characters any
match can start with, `(?=[被判])(?:被捕|判刑)`, turns the first kind into the second: the same
matches, found several times faster in a report of 2,000 characters.

A long alternation of named groups whose branches start with hundreds of characters (the event
triggers) is still tried branch by branch wherever any of them can start: `BranchTable` keeps,
for each first character, a pattern of only the branches that can start with it, in their order.
"""

import re
import sys
from collections.abc import Iterator
from re import _parser  # type: ignore[attr-defined]  # the standard parser, read only
from typing import Any


def first_characters(pattern: str, flags: int = 0) -> str:
    """Return the characters any match of a regular expression can start with.

    Raises ValueError when they cannot be listed (a negated class or a category such as \\s
    first, a case-insensitive group) or when the pattern may match the empty string.
    """
    found: set[str] = set()

    def walk(items: list[Any]) -> bool:
        """Add the possible first characters of a sequence; return whether it may be empty."""
        for op, value in items:
            name = str(op)
            if name == "LITERAL":
                found.add(chr(value))
                return False
            if name == "IN":
                for inner_op, inner_value in value:
                    if str(inner_op) == "LITERAL":
                        found.add(chr(inner_value))
                    elif str(inner_op) == "RANGE":
                        found.update(chr(c) for c in range(inner_value[0], inner_value[1] + 1))
                    else:
                        raise ValueError(f"cannot list the first characters of {inner_op}")
                return False
            if name == "SUBPATTERN":
                if value[1] or value[2]:
                    raise ValueError("cannot list the first characters under inline flags")
                if not walk(list(value[-1])):
                    return False
            elif name == "BRANCH":
                # Every branch is walked (no short cut): each adds its first characters.
                if any([walk(list(branch)) for branch in value[1]]):
                    continue
                return False
            elif name in {"MAX_REPEAT", "MIN_REPEAT"}:
                empty = walk(list(value[2]))
                if value[0] > 0 and not empty:
                    return False
            elif name in {"ASSERT", "ASSERT_NOT", "AT"}:
                continue
            else:
                raise ValueError(f"cannot list the first characters of {name}")
        return True

    if walk(list(_parser.parse(pattern, flags))):
        raise ValueError("pattern may match the empty string")
    return "".join(sorted(found))


def longest_match(pattern: re.Pattern[str]) -> int:
    """Return the most characters a match of a compiled pattern can take.

    Raises ValueError when it has no bound (a * or + in it).
    """
    _, most = _parser.parse(pattern.pattern, pattern.flags).getwidth()
    if most >= _parser.MAXREPEAT:
        raise ValueError(f"a match of {pattern.pattern!r} has no longest length")
    return int(most)


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return pattern compiled behind a lookahead on its first characters (first_characters):
    it matches where pattern does, with the same groups, and skips other positions at once."""
    return re.compile(f"(?=[{re.escape(first_characters(pattern, flags))}])(?:{pattern})", flags)


def top_level_branches(pattern: str) -> list[str]:
    """Return the alternatives of a pattern: its parts split at each | outside groups, classes."""
    branches, depth, in_class, start, index = [], 0, False, 0, 0
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":
            index += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
            index += pattern.startswith("^", index + 1)
            index += pattern.startswith("]", index + 1)  # a ] first in a class is the character
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches


class BranchTable:
    """An alternation of named groups (name -> pattern), run as one pattern per first character.

    At each position only the branches that can start with its character are tried, in their
    order: the same matches, groups by name and lastgroup as the whole alternation gives
    (re.compile of "(?P<name>pattern)|..."), a few times faster. Its match, search and finditer
    take pos and endpos as a compiled pattern's do. Branches may not match the empty string.
    """

    def __init__(self, groups: dict[str, str]) -> None:
        self.branches = {
            name: [(branch, first_characters(branch)) for branch in top_level_branches(pattern)]
            for name, pattern in groups.items()
        }
        self.characters = frozenset(
            "".join(first for branches in self.branches.values() for _, first in branches)
        )
        self.starts = re.compile(f"[{re.escape(''.join(sorted(self.characters)))}]")
        self.patterns: dict[str, re.Pattern[str]] = {}

    def pattern_for(self, character: str) -> re.Pattern[str]:
        """Return the pattern of the branches that can start with character (compiled once)."""
        if character not in self.patterns:
            groups = {
                name: [branch for branch, first in branches if character in first]
                for name, branches in self.branches.items()
            }
            self.patterns[character] = re.compile(
                "|".join(f"(?P<{name}>{'|'.join(kept)})" for name, kept in groups.items() if kept)
            )
        return self.patterns[character]

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Return the match starting at pos, or None."""
        pos = max(pos, 0)
        if pos >= min(endpos, len(text)) or text[pos] not in self.characters:
            return None
        return self.pattern_for(text[pos]).match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """Yield the matches from pos, left to right, each after the one before."""
        while (start := self.starts.search(text, pos, endpos)) is not None:
            found = self.pattern_for(start.group()).match(text, start.start(), endpos)
            if found is None:
                pos = start.start() + 1
            else:
                yield found
                pos = found.end()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Return the first match from pos, or None."""
        return next(self.finditer(text, pos, endpos), None)
