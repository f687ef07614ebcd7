"""Declarative phrase evidence for the classifier (``data/mail_phrases.yaml``).

Phrases are compiled once into regular expressions and indexed by an *anchor*: the first five
letters of a word the phrase cannot match without. Scanning a message looks up the anchors present
in its words and runs only those expressions, so a few hundred phrases in seven languages cost
well under a millisecond per message.

Every match is read in its sentence: a condition before it ("if you are not selected"), a
description of the process ("our process may include an interview") or a negation ("not able to
offer you") changes what it means; see :class:`Hit`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "mail_phrases.yaml"
#: more phrase families (Nordic, Slavic, Finnish, Turkish; more non-English kinds), merged in
DATA_MORE = DATA.with_name("mail_phrases_more.yaml")

#: kinds whose phrases describe something offered to the candidate: a condition, a process
#: description or a negation before them means the thing did not happen
POSITIVE_KINDS = frozenset({"interview", "offer", "assessment", "reference_check", "applied"})
#: kinds whose phrases are decisions: a condition or process description defuses them
DECISION_KINDS = frozenset({"rejected"})

_SEP = r"[\W_]+"
_WORD = r"[\w'\-]+"
_ACCENTS = str.maketrans(
    {
        **{c: "a" for c in "àáâãäåāăą"},
        **{c: "c" for c in "çćč"},
        **{c: "e" for c in "èéêëēėęě"},
        **{c: "i" for c in "ìíîïīįı"},
        **{c: "n" for c in "ñńň"},
        **{c: "o" for c in "òóôõöøōő"},
        **{c: "u" for c in "ùúûüūůű"},
        **{c: "y" for c in "ýÿ"},
        **{c: "s" for c in "śšşș"},
        **{c: "z" for c in "źżž"},
        **{c: "t" for c in "ťţț"},
        **dict(zip("łřďğð", "lrdgd", strict=True)),
        "ß": "ss",
        "œ": "oe",
        "æ": "ae",
        **dict.fromkeys("’‘´`", "'"),
        **dict.fromkeys("“”„«»", '"'),
        **dict.fromkeys("–—", "-"),
        "\u00a0": " ",
        # invisible padding; U+0307 is the dot of Turkish İ after lower()
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u0307"),
    }
)
_WORDS = re.compile(r"\w+")
_BOUNDARY = re.compile(r"[.!?;]+(?=[\s\"')\]])|\n[ \t]*\n|\n(?=[ \t]*[-*•>|#])|\s\|\s|[:!?]\s*\n")


def normalize(text: str) -> str:
    """Lower case, accents off, quotes and dashes straightened, invisible characters dropped."""
    low = text.lower()
    # of ASCII, the table maps only the backtick; translate() is slow on long text
    return low if low.isascii() and "`" not in low else low.translate(_ACCENTS)


@dataclass(frozen=True, slots=True)
class Phrase:
    kind: str
    lang: str
    weight: float
    source: str  # the pattern as written in the YAML file
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Hit:
    """One phrase found in a message.

    ``context``: "" (plain), "conditional", "hypothetical" or "negated"; ``marker`` is the word that
    set the context ("if", "may", "not").
    """

    phrase: Phrase
    snippet: str
    where: str  # "subject" or "body"
    context: str = ""
    marker: str = ""
    start: int = -1  # offset in the scanned text

    @property
    def kind(self) -> str:
        return self.phrase.kind


# -- the pattern language ---------------------------------------------------------------------
class _Parser:
    """Turns ``(decided|chosen) not_to (move|proceed*) ..`` into a regex and its anchor keys."""

    def __init__(self, text: str) -> None:
        self.s = text.strip()
        self.i = 0
        self.required: list[frozenset[str]] = []

    def parse(self) -> tuple[str, list[frozenset[str]]]:
        regex, _anchors = self._sequence(top=True)
        if self.i != len(self.s):
            raise ValueError(f"unbalanced pattern: {self.s!r}")
        return regex, self.required

    def _sequence(self, top: bool) -> tuple[str, frozenset[str] | None]:
        elements: list[
            tuple[str, frozenset[str] | None, bool, int]
        ] = []  # regex, anchors, opt, gap
        while self.i < len(self.s):
            c = self.s[self.i]
            if c in " _":
                self.i += 1
                continue
            if c in "|)":
                if top:
                    raise ValueError(f"unexpected {c!r} in {self.s!r}")
                break
            if self.s.startswith("..", self.i):
                n = 2
                while self.i + n < len(self.s) and self.s[self.i + n] == ".":
                    n += 1
                self.i += n
                elements.append(("", None, False, 3 if n == 2 else 6))
                continue
            if c == "(":
                self.i += 1
                regex, anchors = self._group()
            else:
                regex, anchors = self._word()
            optional = self.i < len(self.s) and self.s[self.i] == "?"
            if optional:
                self.i += 1
            elements.append((regex, anchors, optional, 0))
        summary = [(a, o, g) for _, a, o, g in elements]
        if top:
            self.required = _required(summary)
        best = _required(summary)
        return _join(elements), (best[0] if best else None)

    def _group(self) -> tuple[str, frozenset[str] | None]:
        alts: list[str] = []
        keys: set[str] = set()
        usable = True
        while True:
            regex, anchors = self._sequence(top=False)
            alts.append(regex)
            if anchors is None:
                usable = False
            else:
                keys |= anchors
            if self.i >= len(self.s):
                raise ValueError(f"unclosed group in {self.s!r}")
            c = self.s[self.i]
            self.i += 1
            if c == ")":
                break
        return "(?:" + "|".join(alts) + ")", (frozenset(keys) if usable and keys else None)

    def _word(self) -> tuple[str, frozenset[str] | None]:
        start = self.i
        while self.i < len(self.s) and self.s[self.i] not in " _|()?":
            if self.s[self.i] == "[":
                self.i = self.s.index("]", self.i)
            self.i += 1
        word = normalize(self.s[start : self.i])
        out: list[str] = []
        j = 0
        while j < len(word):
            c = word[j]
            if c == "*":
                out.append(r"\w*")
            elif c == "[":
                end = word.index("]", j)
                out.append(word[j : end + 1])
                j = end
            elif (c == "\\" and word[j + 1 : j + 2] == "#") or c == "#":
                out.append(r"\d+")
                j += 1 if c == "\\" else 0
            else:
                out.append(re.escape(c))
            j += 1
        m = re.match(r"\w+", word)
        lead = m.group(0) if m else ""
        rest = word[len(lead) :]
        if lead and (not rest or rest[0] not in "*[\\#" or len(lead) >= 5):
            anchors: frozenset[str] | None = frozenset({lead[:5]})
        else:
            anchors = None
        if lead.isdigit():
            anchors = None
        return "".join(out), anchors


def _join(elements: list[tuple[str, frozenset[str] | None, bool, int]]) -> str:
    out = ""
    started = False
    pending_gap = 0
    for regex, _anchors, optional, gap in elements:
        if gap:
            pending_gap = max(pending_gap, gap)
            continue
        if not started:
            prefix = ""
            if pending_gap:
                prefix = rf"(?:{_WORD}{_SEP}){{0,{pending_gap}}}?"
            if optional:
                out += rf"{prefix}(?:{regex}{_SEP})?"
                continue
            out += prefix + regex
            started = True
        else:
            sep = _SEP
            if pending_gap:
                sep = rf"{_SEP}(?:{_WORD}{_SEP}){{0,{pending_gap}}}?"
            out += rf"(?:{sep}{regex})?" if optional else sep + regex
        pending_gap = 0
    return out


def _required(elements: list[tuple[frozenset[str] | None, bool, int]]) -> list[frozenset[str]]:
    """The anchor sets of the elements a match cannot do without, most selective first."""
    sets = [a for a, optional, gap in elements if a and not optional and not gap]
    return sorted(sets, key=lambda a: (-min(len(k) for k in a), len(a)))


def compile_pattern(text: str) -> tuple[re.Pattern[str], list[frozenset[str]]]:
    """The regex for one phrase, and the anchor sets: a text must hold a key of each."""
    regex, anchors = _Parser(text).parse()
    tail = "" if regex.endswith(r"\w*") else r"(?!\w)"
    return re.compile(rf"(?<!\w){regex}{tail}"), anchors


# -- the bank -----------------------------------------------------------------------------------
class PhraseBank:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.phrases: list[Phrase] = []
        self._index: dict[str, list[int]] = {}
        self._always: list[int] = []
        self._req: list[list[frozenset[str]]] = []
        for kind, by_lang in raw["kinds"].items():
            for lang, by_weight in by_lang.items():
                for weight, patterns in by_weight.items():
                    for pattern in patterns:
                        regex, anchors = compile_pattern(str(pattern))
                        idx = len(self.phrases)
                        self.phrases.append(Phrase(kind, lang, float(weight), str(pattern), regex))
                        self._req.append(anchors)
                        if not anchors:
                            self._always.append(idx)
                        else:
                            for key in anchors[0]:
                                self._index.setdefault(key, []).append(idx)
        ctx = raw.get("context", {})
        self.conditional = _any(ctx.get("conditional", []))
        self.not_conditional = _any(ctx.get("not_conditional", []))
        self.hypothetical = _any(ctx.get("hypothetical", []))
        self.process = _any(ctx.get("process", []))
        self.negation = _any(ctx.get("negation", []))
        self.hypothetical_positive = _any(ctx.get("hypothetical_positive", []))
        self.reported = _any(ctx.get("reported", []))
        self.past_after = _any(ctx.get("past_after", []))
        self.past_before = _any(ctx.get("past_before", []))
        self.option = _any(ctx.get("option", []))
        self.third_person = _any(ctx.get("third_person", []))
        self.job_context = _any(ctx.get("job_context", []))
        self._cond_after = re.compile(
            r"^[^.!?;\n]{0,60}?\b(if|unless|falls|wenn|sofern|si|se|als|indien|qualora|caso|"
            r"should you|once you|once we|jesli|jezeli|gdyby|ifall|hvis|dersom|jos|mikali|pokud|"
            r"kdyby|durumunda|halinde|takdirde)\b"
        )
        #: a condition marked after the phrase, in languages that put it there (Turkish
        #: "olumsuz sonuclanmasi durumunda": "should it end negatively")
        self.conditional_after = _any(ctx.get("conditional_after", []))

    def sentences(self, norm: str) -> list[tuple[int, int]]:
        """Sentence spans: split at . ! ? ; and blank lines (a single newline is a wrapped line)."""
        spans: list[tuple[int, int]] = []
        pos = 0
        for m in _BOUNDARY.finditer(norm):
            if m.end() - pos > 1:
                spans.append((pos, m.end()))
            pos = m.end()
        if pos < len(norm):
            spans.append((pos, len(norm)))
        return spans

    def scan(self, norm: str, where: str = "body", subject_end: int = 0) -> list[Hit]:
        """Every phrase found in normalised text, each once, with the context it was found in.

        ``subject_end``: matches before this offset are in the subject (the caller scans
        "subject\n\nbody" in one pass)."""
        if not norm:
            return []
        spans = self.sentences(norm)
        masks: dict[str, int] = {}
        findall = _WORDS.findall
        for i, (s, e) in enumerate(spans):
            bit = 1 << i
            for key in {w[:5] for w in findall(norm, s, e)}:
                masks[key] = masks.get(key, 0) | bit
        found: set[int] = set(self._always)
        index = self._index
        for key in masks:
            idxs = index.get(key)
            if idxs:
                found.update(idxs)
        every = (1 << len(spans)) - 1
        keys = masks.keys()
        hits: list[Hit] = []
        for idx in sorted(found):  # file order: a set's order depends on how it was filled
            mask = every
            for anchors in self._req[idx]:
                got = 0
                for key in anchors & keys:
                    got |= masks[key]
                mask &= got
                if not mask:
                    break
            if not mask:
                continue
            phrase = self.phrases[idx]
            best: Hit | None = None
            at = -1
            while mask and (best is None or best.context):
                low = mask & -mask
                mask ^= low
                s, e = spans[low.bit_length() - 1]
                for m in phrase.regex.finditer(norm, s, e):
                    hit = self._read(
                        phrase, norm, m, s, e, "subject" if m.start() < subject_end else where
                    )
                    if best is None or (best.context and not hit.context):
                        best, at = hit, m.start()
                    if not hit.context:
                        break
            if best is not None:
                hits.append(replace(best, start=at))
        return hits

    def _read(
        self, phrase: Phrase, norm: str, m: re.Match[str], s_start: int, s_end: int, where: str
    ) -> Hit:
        start, end = m.span()
        before = norm[max(s_start, start - 140) : start]
        snippet = m.group(0)
        kind = phrase.kind
        if kind == "request":
            return self._read_request(phrase, norm, m, s_start, s_end, where)
        if kind == "outreach":
            h = self.third_person.search(before)
            if h:  # "someone at the company looked at your profile": a report, not a pitch
                return Hit(phrase, snippet, where, "hypothetical", h.group(0))
            return Hit(phrase, snippet, where)
        if kind in DECISION_KINDS or (kind in POSITIVE_KINDS and kind != "applied"):
            for c in self.conditional.finditer(before):
                if not self.not_conditional.match(before, max(0, c.start() - 12), c.end()):
                    return Hit(phrase, snippet, where, "conditional", c.group(0))
            h = self.hypothetical.search(before)
            if h:
                return Hit(phrase, snippet, where, "hypothetical", h.group(0))
            if kind in DECISION_KINDS:
                h = self.reported.search(before)
                if h:
                    return Hit(phrase, snippet, where, "hypothetical", h.group(0))
                h = self.conditional_after.match(norm, end, s_end)
                if h:
                    return Hit(phrase, snippet, where, "conditional", h.group(0).strip(" ,.;:-"))
        if kind in POSITIVE_KINDS and kind != "applied":
            # "our hiring process includes an interview" describes; "after reviewing the
            # selection process we decided ..." does not defuse a decision
            h = self.process.search(before) or self.hypothetical_positive.search(before)
            if h:
                return Hit(phrase, snippet, where, "hypothetical", h.group(0))
            h = self.past_before.search(before)
            if h:  # "thanks for your time on the coding challenge": done, not asked for
                return Hit(phrase, snippet, where, "hypothetical", h.group(0).strip())
            after = norm[end:s_end]
            h = self.past_after.search(after)
            if h:
                return Hit(phrase, snippet, where, "hypothetical", h.group(0).strip(" ,.;:-"))
            ca = self._cond_after.search(after)
            if ca:
                return Hit(phrase, snippet, where, "conditional", ca.group(1))
            neg = self.negation.search(before[-40:])
            if neg:
                return Hit(phrase, snippet, where, "negated", neg.group(0))
        return Hit(phrase, snippet, where)

    def _read_request(
        self, phrase: Phrase, norm: str, m: re.Match[str], s_start: int, s_end: int, where: str
    ) -> Hit:
        """A request phrase: not one when it is a form answer echoed back ("Salary expectations:
        GBP 50k", "Do you have the right to work? Yes"), an option ("you can update your profile
        at any time") or something already done ("the following items were sent")."""
        start, end = m.span()
        snippet = m.group(0)
        if _echoed(norm, start, end):
            return Hit(phrase, snippet, where, "hypothetical", "form answer")
        before = norm[max(s_start, start - 140) : start]
        h = self.option.search(before)
        if h:
            return Hit(phrase, snippet, where, "hypothetical", h.group(0))
        h = self.past_after.search(norm[end:s_end])
        if h:
            return Hit(phrase, snippet, where, "hypothetical", h.group(0).strip(" ,.;:-"))
        return Hit(phrase, snippet, where)


#: a form field echoed with its answer, on a line of its own: "Notice period? One month"
_FIELD = re.compile(r"[ \t]*[^\n?:]{1,60}[?:][ \t]*\S[^\n]{0,40}")
#: ... unless the line itself asks ("please send your salary expectations: ...")
_ASKING = re.compile(
    r"\b(please|kindly|could you|can you|would you|bitte|merci de|por favor|gelieve|graag|"
    r"per favore|pourriez|podrias|podria|poderia|konnten|prosze|prosimy|vanligen|venligst|"
    r"vennligst|ystavallisesti|pyydamme|prosim|prosime|lutfen|rica ederiz)\b"
)


def _line(norm: str, pos: int) -> tuple[int, int]:
    start = norm.rfind("\n", 0, pos) + 1
    end = norm.find("\n", pos)
    return start, len(norm) if end < 0 else end


def _echoed(norm: str, start: int, end: int) -> bool:
    """Whether a phrase is the label of a form answer echoed back in a block of such lines
    ("Salary expectations: GBP 50,000" under "Notice period? One month")."""
    ls, le = _line(norm, start)
    m = _FIELD.fullmatch(norm, ls, le)
    if m is None or _ASKING.search(norm, ls, le):
        return False
    mark = min((i for i in (norm.find("?", ls, le), norm.find(":", ls, le)) if i >= 0), default=-1)
    if mark < end:
        return False
    neighbours = []
    if ls > 0:
        neighbours.append(_line(norm, ls - 1))
    if le < len(norm):
        neighbours.append(_line(norm, le + 1))
    return any(_FIELD.fullmatch(norm, a, b) for a, b in neighbours if b > a)


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)")


def load_yaml(path: Path) -> Any:
    """YAML that refuses duplicate keys (a repeated weight would silently drop phrases)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node)
            if key in seen:
                raise ValueError(
                    f"{path.name}:{key_node.start_mark.line + 1}: duplicate key {key!r}"
                )
            seen.add(key)
        return loader.construct_mapping(node)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=Loader)


def merge_phrases(raw: dict[str, Any], more: dict[str, Any], name: str = "") -> dict[str, Any]:
    """``raw`` with the phrase families and context markers of ``more`` added. A pattern listed
    twice for one kind and language (in either file) is an error, like a duplicate key."""
    kinds: dict[str, Any] = raw.setdefault("kinds", {})
    seen = {
        (kind, lang, str(p))
        for kind, by_lang in kinds.items()
        for lang, by_weight in by_lang.items()
        for patterns in by_weight.values()
        for p in patterns
    }
    for kind, by_lang in (more.get("kinds") or {}).items():
        for lang, by_weight in by_lang.items():
            for weight, patterns in by_weight.items():
                for p in patterns:
                    if (kind, lang, str(p)) in seen:
                        raise ValueError(f"{name}: duplicate pattern {kind}.{lang}: {p!r}")
                    seen.add((kind, lang, str(p)))
                target = kinds.setdefault(kind, {}).setdefault(lang, {})
                target[weight] = list(target.get(weight, [])) + list(patterns)
    ctx: dict[str, Any] = raw.setdefault("context", {})
    for key, patterns in (more.get("context") or {}).items():
        ctx[key] = list(ctx.get(key, [])) + list(patterns)
    return raw


@lru_cache(maxsize=1)
def load_bank() -> PhraseBank:
    raw = load_yaml(DATA)
    if DATA_MORE.exists():
        raw = merge_phrases(raw, load_yaml(DATA_MORE), DATA_MORE.name)
    return PhraseBank(raw)
