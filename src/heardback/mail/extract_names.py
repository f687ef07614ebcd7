"""How an employer's name is written: the name patterns, tidying, slugs and signatures.

Helpers of ``extract_company.py``: a company name as written in Latin, Greek or Cyrillic
(capitalised words) or in a script without letter case (Arabic, Hebrew, CJK ...), legal suffixes
and team words taken off, tenant slugs and domain labels matched to the name the mail writes
("acmecorp" -> "Acme Corp", "atlasmeddevices" -> "Atlas Medical Devices"), abbreviations expanded
("SMG" -> "Saltmarsh Games") and the company line of a sign-off ("Recruiter, Acme").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from heardback.mail.catalog import Catalog, clean_company, norm_name, squash, squash_variants
from heardback.mail.model import ParsedMail
from heardback.mail.rules import DATA as PHRASES
from heardback.mail.rules import load_yaml, normalize

RAW: dict[str, Any] = load_yaml(PHRASES)["company"]

#: upper-case letters of the Latin, Greek and Cyrillic alphabets: a written name starts with one
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper())
_W = r"[\w&'’\-]*(?:\.[\w&'’\-]+)*"
_CONNECTORS = (
    "of",
    "and",
    "de",
    "du",
    "des",
    "la",
    "le",
    "der",
    "die",
    "das",
    "und",
    "von",
    "van",
    "den",
    "y",
    "e",
    "do",
    "da",
    "di",
    "del",
    "&",
)
#: a company name as written: capitalised words with a few lower-case connectors
NAME = (
    rf"(?P<c>(?:[{_UPPER}0-9]{_W})(?:[ \t]+(?:[{_UPPER}0-9&]{_W}|"
    + "|".join(c for c in _CONNECTORS if c != "&")
    + r"|&)){0,5})"
)
#: scripts without letter case (Hebrew, Arabic, Devanagari, Thai, kana, CJK, Hangul)
_CASELESS = (
    "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\ufb1d-\ufdff\ufe70-\ufefc"
)
#: combining marks of those scripts (vowel signs, harakat, niqqud) and joiners, inside words
_MARKS = (
    "\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u0e31\u0e34-\u0e3a"
    "\u0e47-\u0e4e\u200c\u200d"
)
_CL_WORD = rf"(?:(?=[{_CASELESS}])[^\W\d_]|[{_MARKS}])(?:[^\W\d_]|[{_MARKS}]|['’\-](?=\w))*"
#: a company name in a script without letter case: one to four words
NAME_CASELESS = rf"(?P<c>{_CL_WORD}(?:[ \t]+{_CL_WORD}){{0,3}})"
_IS_CASELESS = re.compile(rf"[{_CASELESS}]")
_CL_STOP = frozenset(RAW["caseless_stopwords"])

LEGAL = re.compile(RAW["legal_suffix"], re.IGNORECASE)
_LEGAL_CJK = re.compile(RAW["legal_cjk"])
_TRAIL_WORDS = re.compile(RAW["trail_words"], re.IGNORECASE)
#: department and team names ("Fachabteilung", "Personalabteilung"): never a company's first word
DEPARTMENTS = frozenset(RAW["department_names"])
STOPWORDS = frozenset(RAW["stopwords"]) | DEPARTMENTS
#: an address or postcode ("Derby DE24 8AD", "10999 Berlin", "Dublin D02 X285")
ADDRESS = re.compile(RAW["address"])
_GROUP_PREFIX = re.compile(RAW["group_prefix"], re.IGNORECASE)
CLOSING = re.compile(RAW["closing"], re.IGNORECASE)
_LOWER = "".join(ch for ch in map(chr, range(0x61, 0x530)) if ch.islower())
_PERSON_WORD = (
    rf"(?:[{_UPPER}]['’](?=[{_UPPER}])|Ma?c(?=[{_UPPER}]))?[{_UPPER}][{_LOWER}'’]+"
    rf"(?:-[{_UPPER}][{_LOWER}]+)?"
)
#: a person's name: two or three capitalised words in any Latin, Greek or Cyrillic spelling, with
#: the particles of Irish, Scottish, Dutch, German and Romance names between them ("Gráinne Ní
#: Bhriain", "Aoife O'Brien", "Jan van Dijk", "Łucja Wiśniewska")
PERSON = re.compile(
    rf"^{_PERSON_WORD}(?: (?:(?:Ní|Nic|Mhic|Ó|Ua|Uí|de|van|von|der|den|da|di|du|del|dos|"
    rf"das|do|ter|ten|bin|al|el) )?{_PERSON_WORD}){{1,2}}$"
)
TLD_WORDS = frozenset(RAW["tld_words"])
_LABEL_WORDS = sorted(RAW["label_words"], key=len, reverse=True)
_AND_WORDS = tuple(RAW["and_words"])
_AND_STARTS = tuple(RAW["and_starts"])
#: words that say what a company does ("Analytics", "Energie"): a one-word domain label plus one
#: of these, as the mail writes it, is the full name ("polderlicht.nl" + "Polderlicht Energie")
_SECTOR = frozenset([*RAW["label_words"], *RAW["tld_words"], *RAW["sector_words"]])
_SIG_TITLE = re.compile(RAW["sig_title"])
_GENERIC_WORDS = _SECTOR | STOPWORDS | frozenset(RAW["department_words"])
_SEPARATOR = re.compile(r"^\s*(?:[-_=*~—–]{2,}|[-_=*~—–](?:\s*[-_=*~—–]){4,})\s*$")
_SIG_LEGAL = (
    r"[,.]?(?:\s*,?\s*(?i:inc|llc|ltd|l\.p|lp|llp|gmbh|ag|sa|bv|nv|plc|se|s\.a|srl|spa)\.?)?"
)


_squash = lru_cache(maxsize=8192)(squash)


@lru_cache(maxsize=8192)
def _variants(name: str) -> frozenset[str]:
    return frozenset(squash_variants(name))


def is_caseless(name: str) -> bool:
    """Written in a script without letter case ("واحة تك", "אופק סייבר", "星空システムズ")."""
    return bool(_IS_CASELESS.search(name))


def cut_caseless(name: str) -> str:
    """A caseless name captured up to the next function word ("واحة تك في" -> "واحة تك")."""
    words = name.split()
    for i, word in enumerate(words):
        if word in _CL_STOP:
            return " ".join(words[:i])
    return name


def tidy(name: str) -> str:
    """The name without quotes, legal suffix, team words, group prefix or dangling connector."""
    name = clean_company(name)
    if is_caseless(name):
        name = cut_caseless(_LEGAL_CJK.sub("", name).strip(" ,.-・"))
    for _ in range(2):
        name = LEGAL.sub("", name).strip(" ,.-")
        name = re.sub(r"(?<![&])[,\s]+co\.?$", "", name, flags=re.IGNORECASE)
        name = _TRAIL_WORDS.sub("", name).strip(" ,.-")
    name = _GROUP_PREFIX.sub("", name)
    words = name.split()
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    return " ".join(words)


def names_in(texts: list[str]) -> list[str]:
    """Every capitalised run of words (and its sub-runs) in the texts."""
    out: list[str] = []
    for text in texts:
        for m in re.finditer(NAME, text):
            words = m.group("c").split()
            for i in range(len(words)):
                for j in range(len(words), i, -1):
                    out.append(" ".join(words[i:j]))
    return out


def _spells(key: str, words: list[str]) -> bool:
    """The slug is the words' beginnings run together: "atlasmeddevices" for "Atlas Medical
    Devices", "ibm" for "International Business Machines"."""
    parts = [_squash(w) for w in words]
    if len(parts) < 2 or not all(parts) or key[:1] != parts[0][:1]:
        return False
    acronym = "".join(p[0] for p in parts) == key
    if acronym:
        return len(key) >= 3

    @cache
    def fits(i: int, j: int) -> bool:
        if j == len(parts):
            return i == len(key)
        word = parts[j]
        least = 3 if j == 0 else 2
        for n in range(min(len(word), len(key) - i), 0, -1):
            if key[i : i + n] != word[:n]:
                continue
            if (n >= least or n == len(word)) and fits(i + n, j + 1):
                return True
        return False

    return len(key) >= 6 and fits(0, 0)


def resolve_slug(slug: str, texts: list[str]) -> tuple[str, str]:
    """The name a tenant slug or domain label stands for, as written in the mail, and how it was
    found: ``("Acme Corp", "brand")`` when the slug spells a name of several words exactly
    ("acmecorp"), ``"extended"`` for a one-word slug the mail writes with a sector word
    ("polderlicht" -> "Polderlicht Energie"), ``"written"`` otherwise; ``("", "")`` when the
    mail never writes it."""
    key = _squash(slug)
    if len(key) < 2:
        return "", ""
    first = _squash(re.split(r"[-_.]", slug)[0])
    best, best_rank = "", (0, -10_000)
    seen: set[str] = set()
    for cand in names_in(texts):
        if cand in seen:
            continue
        seen.add(cand)
        words = cand.split()
        variants = _variants(cand)
        aligned = any(key in _variants(" ".join(words[:k])) for k in range(1, len(words)))
        if key in variants:
            rank = (4, -len(cand))
        elif aligned and len(words) <= 4:
            rank = (3, len(cand))
        elif len(words) <= 4 and (
            (len(key) >= 4 and any(v.startswith(key) for v in variants)) or _spells(key, words)
        ):
            rank = (2, len(cand))
        elif len(first) >= 5 and _squash(words[0]) == first and len(words) <= 3:
            rank = (1, len(cand))
        else:
            continue
        if rank > best_rank and normalize(words[0]) not in STOPWORDS:
            best, best_rank = cand, rank
    if not best:
        return "", ""
    name = tidy(best)
    if best_rank[0] == 4 and len(name.split()) > 1:
        return name, "brand"
    if best_rank[0] == 4:  # whole runs only: "Acme Data" is not a name in "Acme Data Engineer"
        runs = [tidy(m.group("c")) for text in texts for m in re.finditer(NAME, text)]
        longer = [
            run
            for run in runs
            if 2 <= len(run.split()) <= 3
            and _squash(run.split()[0]) == key
            and (
                all(normalize(w) in _SECTOR for w in run.split()[1:])
                or (len(run.split()) == 2 and _brand_word(run.split()[1]))
            )
        ]
        if longer:
            return max(longer, key=len), "extended"
    return name, "written"


def _brand_word(word: str) -> bool:
    """A capitalised word that may finish a brand ("Carrowmore Biologics"): not a common,
    department, title or place word, nor a first name."""
    from heardback.mail.extract_role_words import is_title_word

    key = normalize(word)
    return (
        word[:1].isupper()
        and word.isalpha()
        and len(word) >= 4
        and key not in _GENERIC_WORDS
        and key not in _CL_STOP
        and not is_title_word(word)
        and not _TRAIL_WORDS.search(" " + word)
    )


def domain_title(domain: str, label: str) -> str:
    """A readable name from a domain label when the mail never writes it: "glasswing.bio" ->
    "Glasswing Bio", "northwindrobotics.com" -> "Northwind Robotics", "acme-corp" -> "Acme Corp"."""
    tld = domain.rsplit(".", 1)[-1]
    if "-" not in label and "_" not in label:
        m = re.fullmatch(r"(\w{4,}?)(and|en|und|et)co", label)
        if m:
            return f"{m.group(1).capitalize()} & Co"
        pair = _and_pair(label)
        if pair:
            return pair
        for word in _LABEL_WORDS:
            if label.endswith(word) and len(label) - len(word) >= 3:
                return f"{label[: -len(word)].capitalize()} {word.capitalize()}"
        if tld in TLD_WORDS and domain.count(".") == 1:
            return f"{label.capitalize()} {tld.capitalize()}"
    return title(label)


def _and_pair(label: str) -> str:
    """ "hollisandgrange" -> "Hollis & Grange"; "" when "and" is inside a word ("thousandeyes")."""
    for m in re.finditer("and", label):
        a, b = label[: m.start()], label[m.end() :]
        if (
            len(a) >= 3
            and len(b) >= 3
            and a.isalpha()
            and b.isalpha()
            and not a.endswith("l")
            and not any(f"{a}and".endswith(w) for w in _AND_WORDS)
            and not label[m.start() :].startswith(_AND_STARTS)
        ):
            return f"{a.capitalize()} & {b.capitalize()}"
    return ""


def title(slug: str) -> str:
    parts = [p for p in re.split(r"[-_.]+", slug) if p]
    return " ".join(p.upper() if len(p) <= 3 and len(parts) > 1 else p.capitalize() for p in parts)


def _abbreviates(short: str, words: list[str]) -> bool:
    """``short`` takes every word's initial in order, and at most one more letter from inside a
    word ("SMG" for "SaltMarsh Games", "OKC" for "Orbital Kinetics Corp")."""
    letters = short.lower()
    parts = [normalize(w) for w in words]

    @cache
    def fits(i: int, j: int, extra: int) -> bool:
        if j == len(parts):
            return i == len(letters)
        if i >= len(letters) or letters[i] != parts[j][0]:
            return False
        if fits(i + 1, j + 1, extra):
            return True
        if extra and i + 1 < len(letters):
            pos = parts[j].find(letters[i + 1], 1)
            return pos > 0 and fits(i + 2, j + 1, extra - 1)
        return False

    return len(parts) >= 2 and fits(0, 0, 1)


def expand_acronym(name: str, texts: list[str]) -> str:
    """ "OKC" -> "Orbital Kinetics Corp" when the mail writes a name with those initials."""
    if not (name.isupper() and 2 <= len(name) <= 5 and name.isalpha()):
        return name
    for cand in names_in(texts):
        words = [w for w in cand.split() if w[:1].isupper()]
        initials = "".join(w[0] for w in words).upper()
        if len(words) >= 2 and (
            initials == name
            or (len(name) >= 3 and initials.startswith(name[:-1]) and len(words) == len(name) - 1)
            or (len(name) >= 3 and _abbreviates(name, words))
        ):
            tidy_name = tidy(cand)
            if tidy_name and normalize(tidy_name.split()[0]) not in STOPWORDS:
                return tidy_name
    return name


# -- careers-site links --------------------------------------------------------------------------
_LINK_TENANT = [
    re.compile(
        r"https?://([a-z0-9-]+)\.(?:taleo\.net|avature\.net|tal\.net|bamboohr\.com|teamtailor\.com|"
        r"recruitee\.com|jobs\.personio\.(?:de|com)|breezy\.hr|applytojob\.com|workable\.com|"
        r"wd\d+\.myworkdayjobs\.com|icims\.com|pinpointhq\.com|freshteam\.com)",
        re.I,
    ),
    re.compile(r"https?://(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io/([a-z0-9-]+)", re.I),
    re.compile(r"https?://jobs\.(?:eu\.)?lever\.co/([a-z0-9-]+)", re.I),
    re.compile(r"https?://jobs\.ashbyhq\.com/([a-z0-9-]+)", re.I),
    re.compile(r"https?://(?:careers|jobs)\.smartrecruiters\.com/([a-z0-9-]+)", re.I),
    re.compile(r"https?://apply\.workable\.com/([a-z0-9-]+)", re.I),
]
_GENERIC_SLUGS = frozenset(
    [
        "www",
        "app",
        "apply",
        "jobs",
        "careers",
        "career",
        "login",
        "secure",
        "my",
        "candidate",
        "api",
    ]
)


def link_tenants(mail: ParsedMail) -> list[str]:
    """Employer slugs in links to ATS-hosted careers sites (acme.taleo.net, jobs.lever.co/acme)."""
    found: list[str] = []
    blob = "\n".join(getattr(mail, "links", ()) or ()) + "\n" + mail.text[:6000]
    for rx in _LINK_TENANT:
        for m in rx.finditer(blob):
            slug = m.group(1).lower()
            if slug.startswith(("careers-", "jobs-")):
                slug = slug.split("-", 1)[1]
            if slug not in _GENERIC_SLUGS and slug not in found and len(slug) > 2:
                found.append(slug)
    return found[:2]


# -- signatures ----------------------------------------------------------------------------------
def _signoff_lines(block: str) -> tuple[list[str], int]:
    """The lines of a sign-off (after its last closing line, up to a separator), and the index
    of the line that names the signer (-1 when there is no closing)."""
    lines = [ln.strip() for ln in block.splitlines()]
    last = max((i for i, ln in enumerate(lines) if CLOSING.match(ln)), default=-1)
    if last < 0:
        return [ln for ln in lines if ln][-4:], -1
    out: list[str] = []
    for line in lines[last + 1 :]:
        if _SEPARATOR.match(line):
            break
        if line:
            out.append(line)
    return out[:4], 0


def _company_part(part: str, catalog: Catalog, alone: bool) -> str:
    """``part`` of a sign-off line when it is written as a company name; ``alone``: one word is
    enough (a title stands next to it)."""
    part = part.strip(" ,;")
    if is_caseless(part):
        m = re.fullmatch(NAME_CASELESS, part)
        return tidy(part) if m and not _SIG_TITLE.search(part) else ""
    m = re.fullmatch(NAME + _SIG_LEGAL, part)
    if not m or catalog.is_person_name(part) or catalog.is_generic(part):
        return ""
    words = m.group("c").split()
    keys = [normalize(w) for w in words]
    if (
        len(words) < 2
        and m.group(0) == m.group("c")
        and (not alone or keys[0] in catalog.first_names)
    ):
        return ""  # one word alone is more often a first name than a company
    if keys[0] in STOPWORDS or any(catalog.vendor_named(w) for w in words):
        return ""
    if _SIG_TITLE.fullmatch(keys[-1]) or all(k in _GENERIC_WORDS for k in keys):
        return ""  # a job title ("Talent Acquisition Partner") or a department ("Data & Analytics")
    return m.group("c")


def signature_company(block: str, catalog: Catalog, display: str = "") -> str:
    """The company line of a sign-off: "Fernhill Capital Management, L.P.", "Engineering Manager
    | Ironbark Software", "Talent Acquisition Partner, Atlas Medical Devices", "מגייסת, אופק
    סייבר"; never the signer's own name (the sender's name or first name, or the line under the
    closing when more follow or it can't be told from a name by its letter case)."""
    lines, signer = _signoff_lines(block)
    own = norm_name(display) if display else ""
    for i in reversed(range(len(lines))):
        line = lines[i]
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if re.search(r"\d{3}", line) and re.search(r"\s[|·•]\s", line) and "@" not in line:
            # "Acme GmbH | Ohlauer Straße 12 | 10999 Berlin": the parts that are no address
            kept = [
                p
                for p in re.split(r"\s+[|·•]\s+", line)
                if not ADDRESS.search(p) and not re.search(r"\d", p)
            ]
            line = " | ".join(kept[:1])
        if (
            not line
            or "@" in line
            or "http" in line
            or re.search(r"\d{3}", line)
            or CLOSING.match(line)
        ):
            continue
        team = catalog.display_company(line)
        team = _company_part(team, catalog, alone=True) if team else ""
        if team and not catalog.not_employer(team):
            return team
        key = norm_name(line)
        if (
            (own and key and (key == own or own.startswith(key + " ")))
            or (i == signer and (after or is_caseless(line)) and len(line.split()) <= 3)
            or (PERSON.match(line) and _SIG_TITLE.search(normalize(after)))
        ):
            continue  # the signer's name
        cjk = _LEGAL_CJK.search(line)
        if cjk and is_caseless(line):
            return tidy(line)
        whole = _company_part(line, catalog, alone=False)
        if whole:
            return whole
        parts = re.split(r"\s+[|–—-]\s+|\s*[,،]\s+", line)
        if len(parts) < 2:
            continue
        titled = [j for j, part in enumerate(parts) if _SIG_TITLE.search(normalize(part))]
        if not titled:
            found = _company_part(parts[-1], catalog, alone=False)
        elif titled[0] + 1 < len(parts):  # "Recruiter, Acme", "Data Analyst – Acme – Berlin"
            found = _company_part(parts[titled[0] + 1], catalog, alone=True)
        else:  # "Acme | Talent Acquisition" (but "Gráinne Ní Bhriain, Head of People")
            before = parts[titled[0] - 1]
            named = titled[0] == 1 and line.startswith(before + ",") and PERSON.match(before)
            found = "" if named else _company_part(before, catalog, alone=True)
        if found:
            return found
    return ""
