"""Case-insensitive expressions that cost little when they cannot match.

Python's ``re`` compares letters about five times slower under IGNORECASE (measured on mail
bodies), and most of the extractor's lead-ins and cues find nothing in most messages. A
:class:`Gated` expression ``(?i:lead)then`` is tried in full only after two cheap checks on the
message's :class:`Lowered` text (computed once per text and shared by every expression):

1. *openers*: when the lead starts at a word boundary with literal text (``\\b(?:thank|your)…``),
   one of those words (or word starts) must be in the text's set of words;
2. *gate*: the lead itself, case-sensitive, searched in ``text.lower()``.

Both are necessary conditions of a match whenever the lead is written in lower case (a lead
that is not, such as ``[A-Z]…``, gets neither and always runs in full), so a closed gate skips
nothing that could match: the results are those of the full expression (a property test
checks it on every gated expression of the package).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_WORD = re.compile(r"\w+")
#: openers are looked up by their first letters (a word that starts the match may go on)
_HEAD = 4


class Lowered:
    """A text lower-cased once for every gated expression, with its words (built on demand)."""

    __slots__ = ("_heads", "_words", "text")

    def __init__(self, low: str) -> None:
        self.text = low
        self._words: frozenset[str] | None = None
        self._heads: frozenset[str] = frozenset()

    def has_any(self, openers: tuple[tuple[str, bool], ...]) -> bool:
        """Whether some word of the text is (``whole``) or starts with one of ``openers``."""
        if self._words is None:
            self._words = frozenset(_WORD.findall(self.text))
            self._heads = frozenset(w[:_HEAD] for w in self._words)
        for word, whole in openers:
            if (word in self._words) if whole else (word[:_HEAD] in self._heads):
                return True
        return False


def lowered(text: str) -> Lowered | None:
    """The lower-cased text, or None when lowering moves offsets (a few letters such as "İ"
    grow); gated expressions then run in full."""
    low = text.lower()
    return Lowered(low) if len(low) == len(text) else None


def _openers(lead: str, flags: int) -> tuple[tuple[str, bool], ...] | None:
    """(word, whole) pairs one of which starts every match of ``lead`` at a word boundary:
    the literal start of each alternative; None when the lead does not start that way."""
    try:
        items = list(sre_parse.parse(lead, flags))
    except Exception:
        return None
    if not items or items[0] != (sre_c.AT, sre_c.AT_BOUNDARY):
        return None
    found = _starts(items[1:])
    if not found:
        return None
    out: list[tuple[str, bool]] = []
    for start in found:
        m = _WORD.match(start)
        if m is None or (m.end() == len(start) and len(start) < _HEAD):
            return None  # a short word start says too little
        out.append((m.group(), m.end() < len(start)))
    return tuple(dict.fromkeys(out))


def _starts(items: list[tuple[object, object]]) -> set[str] | None:
    """The literal text every match of the sequence starts with, one per alternative, up to
    the end of its first word (that is all the openers need)."""
    text = ""
    for i, (op, av) in enumerate(items):
        if op is sre_c.LITERAL:
            text += chr(av)  # type: ignore[arg-type]
            if not text[-1].isalnum() and text[-1] != "_" and len(text) > 1:
                return {text}  # the first word is complete
            continue
        if text and _nonword_first(op, av):
            return {text + " "}  # "be\\s+": the word ends here
        rest = items[i + 1 :]
        if op is sre_c.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
            alternatives = [list(av[3]) + rest]  # type: ignore[index]
        elif op is sre_c.BRANCH:
            alternatives = [list(alt) + rest for alt in av[1]]  # type: ignore[index]
        else:
            break
        found: set[str] = set()
        for alt in alternatives:
            got = _starts(alt)
            if not got:
                return {text} if text else None
            found |= {text + g for g in got}
        return found
    return {text} if text else None


def _nonword_first(op: object, av: object) -> bool:
    """Whether the item must match a white-space character first (``\\s``, ``\\s+``)."""
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
        items = list(av[2])  # type: ignore[index]
        if len(items) != 1:
            return False
        op, av = items[0]
    return op is sre_c.IN and av == [(sre_c.CATEGORY, sre_c.CATEGORY_SPACE)]


@dataclass(frozen=True, slots=True)
class Gated:
    """``(?i:lead)then``, tried in full only when the cheap checks on the lowered text pass."""

    full: re.Pattern[str]
    gate: re.Pattern[str] | None
    openers: tuple[tuple[str, bool], ...] | None

    @classmethod
    def of(cls, lead: str, then: str = "", flags: int = 0) -> Gated:
        full = re.compile(f"(?i:{lead}){then}", flags)
        bare = _GROUP_NAME.sub("(", lead)
        if bare != bare.lower():
            return cls(full, None, None)
        return cls(full, re.compile(lead, flags), _openers(lead, flags))

    def closed(self, low: Lowered | None) -> bool:
        """True when the expression cannot match the text ``low`` was made from."""
        if low is None or self.gate is None:
            return False
        if self.openers is not None and not low.has_any(self.openers):
            return True
        return self.gate.search(low.text) is None

    def search(self, text: str, low: Lowered | None) -> re.Match[str] | None:
        return None if self.closed(low) else self.full.search(text)

    def finditer(self, text: str, low: Lowered | None) -> Iterator[re.Match[str]]:
        return iter(()) if self.closed(low) else self.full.finditer(text)
