"""The role a recruiting message is about, as the job ad writes it ("Backend-Entwickler (m/w/d)
Python", "Consultant(e) Data H/F", "Product Manager, Fleet").

Candidates come from cue phrases in the body ("your application for X", "the X role", "hiring a
X to", "au poste de X", "Position: X"), from the subject's segments ("Interview – X – Name",
"Application received: X (R-123)", "X – next steps"), from a job board's title line above
"Company – City" and from caseless-script cues (Arabic, Hebrew). A candidate is a run of title
words read from the cue (capitalised words, connectors such as "de"/"of", gender marks such as
"(m/w/d)"), cut at requisition ids, locations and function words, and kept only when it holds a
job-title word in one of ten languages. Mentions that agree add up; a wrong role is worse than
none, so a lone weak mention is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from heardback.mail.extract_role_words import (
    CONNECT,
    EVENT,
    GENDER,
    JUNK,
    LEAD_JUNK,
    PLACES,
    REQ_TOKEN,
    WEEKDAYS,
    fold,
    is_caseless_word,
    is_title_word,
)
from heardback.mail.gated import Gated, lowered

# -- reading a title from a cue -------------------------------------------------------------------
_OPEN_QUOTE = "«„“\"'‘‹「"
_CLOSE_QUOTE = "»“”\"'’›」"
_STOP_PUNCT = ".;:!?"


_ABBREV = frozenset(
    ["sr", "jr", "snr", "jnr", "dipl", "ing", "st", "mgr", "asst", "assoc", "gen", "ds", "spec"]
)


def _is_cap(word: str) -> bool:
    w = word.lstrip(_OPEN_QUOTE + "(")
    return bool(w) and (
        w[0].isupper() or w[0].isdigit() or any(c.isupper() for c in w[1:3]) or is_caseless_word(w)
    )


def _continues(tokens: list[str], i: int, after: str) -> bool:
    """After a comma or a dash (``after``) at ``i``: one to three capitalised words that end the
    title ("Backend Engineer, Payments role", "Data Engineer - Trading (R-1)")."""
    tail: list[str] = []
    for tok in tokens[i : i + 4]:
        core = tok.strip(",.;:!?" + _CLOSE_QUOTE)
        if not core or not _is_cap(core) or core.startswith("(") or REQ_TOKEN.match(core):
            break
        if fold(core) in WEEKDAYS or any(ch.isdigit() for ch in core):
            return False
        tail.append(tok)
        if tok[-1:] in ",.;:!?" + _CLOSE_QUOTE:
            break
    if not tail or len(tail) > 3:
        return False
    nxt = tokens[i + len(tail)] if i + len(tail) < len(tokens) else ""
    last = tail[-1]
    if after == "dash":  # "X - Trading (R-1)", "X - Payments Platform."
        if any(fold(t.strip(",.;:()")) in PLACES for t in tail):
            return False
        if last[-1:] in ",;:":
            return False
    if last[-1:] in ".;:!?" + _CLOSE_QUOTE or not nxt:
        return True
    key = fold(nxt).strip("(,.")
    return (
        nxt.startswith("(")
        or key in JUNK
        or key in {"at", "with", "and", "in", "bei", "chez", "presso", "en", "bij", "-", "–"}
    )


def _paren_group(tokens: list[str], i: int) -> tuple[str, int] | None:
    """A short specialisation in brackets that belongs to the title ("Software Engineer
    (Backend)"): capitalised words without digits, places, work modes or gender marks."""
    group: list[str] = []
    for j in range(i, min(i + 4, len(tokens))):
        group.append(tokens[j])
        if ")" in tokens[j]:
            inner = " ".join(group)
            close = inner.index(")")
            words = inner[1:close].replace(",", " ").split()
            if (
                not words
                or inner[close + 1 :].strip(".,;:!?")
                or any(ch.isdigit() for ch in inner)
                or any(not _is_cap(w) or fold(w) in PLACES for w in words)
                or GENDER.match(inner[: close + 1])
            ):
                return None
            return inner.rstrip(",;:"), j + 1
    return None


def read_title(text: str, labelled: bool = False) -> str:
    """The title written at the start of ``text`` (one line), up to what ends it; ``labelled``:
    the line is a field's value ("Job title: X - Y")."""
    text = text.strip()
    if not text:
        return ""
    if text[0] in _OPEN_QUOTE:
        close = re.search(f"[{re.escape(_CLOSE_QUOTE)}]", text[1:])
        if close:
            inner = text[1 : close.start() + 1]
            return read_title(inner, labelled=True) if len(inner) <= 90 else ""
        text = text[1:]
    tokens = text.split()
    out: list[str] = []
    i = 0
    while i < len(tokens) and len(out) < 12:
        tok = tokens[i]
        if out and GENDER.match(tok.rstrip(_CLOSE_QUOTE)):
            out.append(tok.rstrip(",.;:!?" + _CLOSE_QUOTE))
            i += 1
            if tok[-1] in ",.;:!?" + _CLOSE_QUOTE:
                break
            continue
        if tok.startswith("(") and out:
            group = _paren_group(tokens, i)
            if group:
                out.append(group[0])
                i = group[1]
                if out[-1][-1:] in _STOP_PUNCT:
                    out[-1] = out[-1][:-1]
                    break
                continue
            break
        if tok.startswith("(") or (out and REQ_TOKEN.match(tok)):
            break
        core = tok.rstrip(",.;:!?" + _CLOSE_QUOTE)
        key = fold(core)
        if key in {"-", "–", "—", "|"}:
            if out and key != "|" and _continues(tokens, i + 1, "label" if labelled else "dash"):
                out.append(tok)
                i += 1
                continue
            break
        if not core:
            break
        if key == "ds" and out and tok.endswith("."):  # Polish "Specjalista ds. Analiz"
            out.append(tok)
            i += 1
            continue
        if key in CONNECT and out:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not nxt or tok != core:
                break
            lower_ok = key in {"de", "da", "do", "di", "del", "della", "des", "du", "d'"}
            if not (_is_cap(nxt) or is_title_word(nxt) or (lower_ok and nxt[:1].isalpha())):
                break
            out.append(core)
            i += 1
            continue
        cap = _is_cap(core) or (bool(out) and is_title_word(core))
        after_de = bool(out) and fold(out[-1]) in {"de", "da", "do", "di", "del", "della", "des"}
        marked = bool(out) and any(
            GENDER.match(t.rstrip(_CLOSE_QUOTE)) for t in tokens[i + 1 : i + 3]
        )  # "Chef de projet digital H/F"
        if not cap and not (after_de and core[:1].isalpha()) and not (marked and tok == core):
            break
        out.append(core)
        end = tok[len(core) :]
        if end.startswith(","):
            after = " ".join(tokens[i + 1 : i + 6])
            quoted = after[:1] in _OPEN_QUOTE
            rest = read_title(after) if len(out) < 3 and not quoted else ""
            listed = 0 < len(rest.split()) <= 4 and is_title_word(rest.split()[-1])
            if listed or _continues(tokens, i + 1, "comma"):
                out[-1] = core + ","
                i += 1
                continue
            break
        if end == "." and fold(core) in _ABBREV:
            out[-1] = tok
            i += 1
            continue
        if end and (end[0] in _STOP_PUNCT or end[0] in _CLOSE_QUOTE):
            break
        i += 1
    while out and (fold(out[-1]).strip(",") in CONNECT or out[-1].endswith(",")):
        out[-1] = out[-1].rstrip(",")
        if not out[-1] or fold(out[-1]) in CONNECT:
            out.pop()
        else:
            break
    return " ".join(out)


def tidy_title(title: str, company: str = "") -> str:
    """The title without leading requisition ids, cue words and the company, or trailing event
    words ("Sollicitatiegesprek Data Engineer Netbeheer" -> "Data Engineer Netbeheer")."""
    words = title.split()

    def keys(ws: list[str]) -> list[str]:
        return [fold(w).strip(",.;:" + _OPEN_QUOTE + _CLOSE_QUOTE) for w in ws]

    for name in sorted(company.split("\n"), key=len, reverse=True):
        cwords = keys(name.split())
        n = len(cwords)
        if n and keys(words[:n]) == cwords:
            words = words[n:]
            break
        if n and keys(words[-n:]) == cwords:
            words = words[:-n]
            break
    while len(words) > 1 and (
        REQ_TOKEN.match(words[0])
        or (fold(words[0]).strip(":") in LEAD_JUNK and len(words) > 2)
        or (fold(words[0]).strip(":") in LEAD_JUNK and not is_title_word(words[1]))
        or fold(words[0]) in CONNECT
        or (fold(words[0]).endswith(("gesprek", "gesprach")))
    ):
        words.pop(0)
    while words and (fold(words[-1]).strip(",") in JUNK or fold(words[-1]) in CONNECT):
        words.pop()
    return " ".join(words).strip(",.;:" + _OPEN_QUOTE + _CLOSE_QUOTE)


def valid_title(title: str, company: str = "", person: bool = False) -> bool:
    words = title.split()
    if not 1 <= len(words) <= 8 or person:
        return False
    if company and fold(title) in {fold(c) for c in company.split("\n")}:
        return False
    heads = [w for w in words if not GENDER.match(w) and is_title_word(w)]
    if not heads:
        return False
    if not any(_is_cap(w) for w in heads) and fold(words[0]) in LEAD_JUNK | EVENT:
        return False  # "Colloquio tecnico" is an event, "Founding engineer" a role
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or is_caseless_word(words[0])):
        return False
    return not any(fold(w) in WEEKDAYS for w in words)


def _words(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


# -- candidates -----------------------------------------------------------------------------------
@dataclass(slots=True)
class _Found:
    title: str
    score: float
    sources: set[str] = field(default_factory=set)


def _lines_unwrapped(text: str) -> str:
    """Hard-wrapped paragraphs joined (a line of 55+ characters goes on in the next one)."""
    lines = text.splitlines()
    out: list[str] = []
    for line in lines:
        if (
            out
            and len(out[-1]) >= 55
            and line.strip()
            and not out[-1].rstrip().endswith(":")
            and not re.match(r"\s*(?:[-•*·]|\d+[.)])\s", line)
        ):
            out[-1] = out[-1].rstrip() + " " + line.strip()
            continue
        out.append(line)
    return "\n".join(out)


_ART = (
    r"(?:(?:the|our|a|an|this|le|la|l'|el|die|der|de|het|il|lo|un|une|un\(e\)|un/una|una|uma|um|"
    r"ein|eine|einen|eine:n|een|en|ett|la posizione di|le poste de|el puesto de|a vaga de)\s+)?"
)
_POST = (
    r"(?:position|role|post|poste|stelle|puesto|vaga|functie|posizione|ruolo|stanowisko|"
    r"tjänsten|tjansten|rollen|vacature|vacante|oferta|offerta|offre|cargo|função|funcao|"
    r"posição|posicao|positie|posición|posicion|plaza|stanowisk[au])"
)
#: (weight, cue): the title starts where the cue ends
_CUES: list[tuple[float, Gated]] = [
    (
        0.9,
        Gated.of(
            r"^[ \t]*(?:job[ \t]?title|position|role|job|title|vacancy|opening|stelle|"
            r"stellenbezeichnung|poste|intitulé du poste|puesto|vaga|cargo|functie|vacature|"
            r"posizione|ruolo|stanowisko|tjänst|befattning|event type)[ \t]*:[ \t]*",
            flags=re.M,
        ),
    ),
    (
        0.85,
        Gated.of(
            rf"\b{_POST}\s+(?:of|as|de|d'|d’|als|van|di|come|som|na|para|para a|para o)\s+"
            rf"(?:(?:a|an|un|une)\s+)?"
        ),
    ),
    (
        0.85,
        Gated.of(
            r"\b(?:bewerbung|candidature|candidatura|ansökan|ansokan|aplikacj[aęi]|"
            r"sollicitatie|application)\s+(?:als|pour|para|per|som|till|na|op|naar|voor|for|as)\s+"
            + _ART
            + r"(?:(?:tjänsten|tjansten|rollen)\s+som\s+|stanowisko\s+|"
            + _POST
            + r"\s+(?:of\s+|de\s+|als\s+|di\s+)?)?"
        ),
    ),
    (
        0.8,
        Gated.of(
            r"\b(?:application|applying|applied|apply|candidacy|interest|interviewing|applicants|"
            r"interviews?|consideration|selected|shortlisted|process|round|stage|references|"
            r"assessment|test|challenge|offer|progressing|seleção|selección|seleccion|"
            r"selezione|seletivo|selectie|recruitment|recruiting|hiring process)\s+"
            r"(?:for|para|per|voor|pour|für)\s+" + _ART + r"(?:(?:position|role)\s+(?:of\s+)?)?"
        ),
    ),
    (0.8, Gated.of(r"\b(?:to be|be)\s+(?:a|an|our)\s+")),
    (0.75, Gated.of(r"\bjoin\s+(?:us|the team|our team)\s+as\s+(?:a\s+|an\s+|our\s+)?")),
    (0.7, Gated.of(r"\b(?:work|working|start|role|career|you)\s+as\s+(?:a|an|our)\s+")),
    (
        0.7,
        Gated.of(r"\b(?:as|als|comme|como|come|som|jako)\s+(?:a|an|our)\s+", "(?i:(?=[A-ZÀ-Ý]))"),
    ),
    (0.7, Gated.of(r"\b(?:applying|applied|application|apply)\s+to\s+(?:the\s+|our\s+)?")),
    (
        0.75,
        Gated.of(
            rf"\b{_POST}\s+",  # (an article before it may be there or not)
            '(?i:(?=[«„“"A-ZÀ-Ý]))',
        ),
    ),
    (
        0.7,
        Gated.of(
            r"\b(?:hiring|looking for|searching for|seeking|recruiting|recherchons|cherchons|"
            r"suchen|sucht(?: hierfür)?|suche(?: ich)?|search for|buscamos|procuramos|cerchiamo|"
            r"zoeken|zoek ik|söker|"
            r"szukamy|busca)\s+(?:a|an|our first|our next|a new|un|une|un\(e\)|un/una|una|uma|um|"
            r"einen|eine|eine:n|einen/eine|een|en|ett|uma pessoa|pessoa)?\s*"
        ),
    ),
]
#: "the X role": the title between an article and a word for a job
_THE = re.compile(r"(?i)\b(?:the|a|an|our|this|that|your|new)\s+(?=[A-ZÀ-Ý])")
_TRAILER = re.compile(
    r"(?i)\s*(?:\([^()]{1,40}\)\s*)?(?:role|position|opening|vacancy|job|post|process|offer|program|programme|scheme|"
    r"posting|interviews?|opportunity|search|requisition|req)\b"
)
_LEAD_REQ = re.compile(
    r"^\s*(?:\d{2}WD\d{4,}|(?:JR|REQ|R)-?\d{3,}(?:-\d+)?|[A-Z]{2,5}-\d{3,}|R?\d{5,})\s*[-–:]?\s*"
)
#: cues in scripts without letter case: the role is the next one to three words
_CASELESS_CUE = re.compile(
    r"(?:لوظيفة|بوظيفة|وظيفة|لمنصب|بمنصب|منصب|למשרת|למשרה|לתפקיד|משרת|תפקיד)\s+"
    r"((?:[^\s.,،!?:;()]+)(?:\s+[^\s.,،!?:;()]+){0,2})"
)
_CJK_ROLE = re.compile(r"「([^」]{2,30})」(?:職|ポジション|の求人|へのご応募)")
_CASELESS_STOP = _words(
    "في على من إلى الى عن مع لدى يوم اليوم غدا بعد قبل حول של על עם את עבור אל או גם היום מחר"
)
_SUBJECT_SPLIT = re.compile(r"\s+[-–—|<>@]+\s+|:\s+|[?!]\s*|\s+/\s+|\s*[«»„“”]\s*|\s*¦\s*")
_PAREN = re.compile(r"\s\(([^()]{2,80})\)")


def _caseless(text: str, company: str) -> list[str]:
    found = []
    lead = company.split("\n")[0].split()[0] if company.strip() else ""
    for m in _CASELESS_CUE.finditer(text):
        words: list[str] = []
        for w in m.group(1).split():
            stripped = w[1:] if len(w) > 2 else w
            if w in _CASELESS_STOP or (lead and (w == lead or stripped == lead)):
                break
            if words and w[:1] in "وו" and not any(c.isascii() for c in w):
                break
            words.append(w)
        if words:
            found.append(" ".join(words))
    found += [m.group(1) for m in _CJK_ROLE.finditer(text)]
    return found


def _listing(text: str, company: str) -> list[tuple[str, float]]:
    """A job board's layout: the title on its own line above "Company – City"."""
    lines = [ln.strip() for ln in text.splitlines()]
    ckey = fold(company.split("\n")[0])
    for i in range(len(lines) - 1):
        title, below = lines[i], lines[i + 1]
        if not title or not below or len(title) > 80:
            continue
        sep = re.match(r"(.+?)\s+[-–—·•|]\s+\S", below)
        named = sep.group(1) if sep else below
        if ckey and (fold(named) == ckey or fold(named).startswith(ckey + " ")):
            return [(title, 0.8)]
        if sep and not ckey and read_title(title) == title:
            return [(title, 0.6)]
    return []


def _subject(subject: str, company: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    subject = _PAREN.sub(
        lambda m: m.group(0) if GENDER.match(m.group(0).strip()) else " ¦ " + m.group(1) + " ¦ ",
        subject,
    )
    for seg in _SUBJECT_SPLIT.split(subject):
        seg = _LEAD_REQ.sub("", seg.strip(" ,.;"))
        if not seg:
            continue
        words = seg.split()
        # the title is the longest run of title words in the segment, after its cue words
        for start in range(len(words)):
            if start and _is_cap(words[start - 1]) and fold(words[start - 1]) not in JUNK:
                continue
            raw = read_title(" ".join(words[start:]))
            title = tidy_title(raw, company)
            if not valid_title(title, company):
                continue
            trimmed = fold(raw.split()[-1]) in EVENT if raw else False
            if trimmed and len(title.split()) < 2:
                break
            whole = len(raw.split()) == len(words) - start and start == 0
            out.append((title, 0.7 if whole else 0.6))
            break
    return out


def _body(text: str, company: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    low = lowered(text)
    for w, cue in _CUES:
        for m in cue.finditer(text, low):
            rest = text[m.end() : m.end() + 160].split("\n", 1)[0]
            rest = _LEAD_REQ.sub("", rest)
            labelled = w >= 0.9
            title = tidy_title(read_title(rest, labelled=labelled), company)
            if title:
                out.append((title, w))
    for m in _THE.finditer(text):
        rest = text[m.end() : m.end() + 160].split("\n", 1)[0]
        raw = read_title(rest)
        if raw and _TRAILER.match(rest, len(raw)) and not raw.endswith(","):
            title = tidy_title(raw, company)
            if title:
                out.append((title, 0.8))
    return out


def find_role(
    subject: str,
    text: str,
    companies: tuple[str, ...] = (),
    is_person: Callable[[str], bool] | None = None,
    cut: re.Pattern[str] | None = None,
) -> tuple[str, float]:
    """The role the message is about and how sure (0 when none): mentions in the subject, the
    body and a job board's listing, agreeing mentions adding up. ``companies``: the employer
    first, then other names it goes by (never part of the role); ``cut``: where the part of the
    body about other jobs starts ("Similar jobs")."""
    company = "\n".join(c for c in companies if c)
    body = _lines_unwrapped(text[:4000])
    if cut is not None:
        m = cut.search(body)
        body = body[: m.start()] if m else body
    found: dict[str, _Found] = {}

    def add(title: str, score: float, source: str) -> None:
        title = title.strip(" ,.;:-–")
        person = is_person(title) if is_person is not None else False
        if not valid_title(title, company, person):
            return
        key = fold(re.sub(r"[\W_]+", " ", title)).strip()
        f = found.setdefault(key, _Found(title, 0.0))
        f.score = max(f.score, score) + (0.15 if source not in f.sources and f.sources else 0.0)
        f.sources.add(source)

    for title, w in _subject(subject, company):
        add(title, w, "subject")
    for title, w in _body(subject, company):
        add(title, w + 0.05, "subject")
    for title, w in _body(body, company):
        add(title, w, "body")
    for title, w in _listing(body[:1200], company):
        add(title, w, "listing")
    for title in _caseless(f"{subject}\n{body}", company):
        add(title, 0.75, "caseless")
    if not found:
        return "", 0.0
    # a longer form that holds a shorter one ("Backend-Entwickler (m/w/d) Python") takes its votes
    keys = sorted(found, key=len, reverse=True)
    for i, long in enumerate(keys):
        for short in keys[i + 1 :]:
            if short != long and re.search(rf"(?:^|\s){re.escape(short)}(?:\s|$)", long):
                a, b = found[long], found[short]
                if a.score >= b.score - 0.2 and long.startswith(short):
                    a.score = max(a.score, b.score) + 0.05
                    b.score -= 0.3
    best = max(found.values(), key=lambda f: (round(f.score, 3), len(f.title)))
    return (best.title, best.score) if best.score >= 0.6 else ("", 0.0)
