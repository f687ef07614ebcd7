"""The employer of a recruiting message: gathered from every place it shows, never a platform.

Candidates come from display-name patterns ("Acme Hiring Team"), the tenant slug in an ATS address
or careers-site link, subject and body phrases in seven languages, the signature and the sender's
own domain; candidates that agree add up, and the best one wins with its reasons. An ATS, job
board, scheduler, assessment or e-signature platform, a staffing agency or a mail provider is never
the employer (unless the mail comes from that vendor's own people and names it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from heardback.mail.catalog import (
    Catalog,
    Sender,
    clean_company,
    squash,
    squash_variants,
)
from heardback.mail.model import ParsedMail, Reason
from heardback.mail.rules import DATA as PHRASES
from heardback.mail.rules import load_yaml, normalize

# a company name as written: capitalised words with a few lower-case connectors
_W = r"[\w&'’\-]*(?:\.[\w&'’\-]+)*"
#: a company name as written: capitalised words with a few lower-case connectors
_NAME = (
    rf"(?P<c>(?:[A-Z0-9ÀÁÂÄÅÉÈÊÖÓÔÜÚŠŽ]{_W})(?:[ \t]+(?:[A-Z0-9ÀÁÂÄÅÉÈÊÖÓÔÜÚŠŽ&]"
    rf"{_W}|of|and|de|du|des|la|le|der|die|das|und|von|van|den|y|e|do|da|di|del|&)){{0,5}})"
)
_RAW: dict[str, Any] = load_yaml(PHRASES)["company"]


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern.replace("{NAME}", _NAME), flags)


_LEAD_RX = [(float(w), re.compile(rf"(?i:\b{lead})\s+{_NAME}")) for w, lead in _RAW["lead"]]
#: subject only: the company at the start or end of a subject, or "your X test"
_SUBJECT_RX = [(float(w), _rx(p)) for w, p in _RAW["subject"]]
#: the company before a trail word (subject, end of body, signature)
_TRAIL_RX = [(float(w), _rx(p)) for w, p in _RAW["trail"]]
_LEGAL = re.compile(_RAW["legal_suffix"], re.IGNORECASE)
_TRAIL_WORDS = re.compile(_RAW["trail_words"], re.IGNORECASE)
_STOPWORDS = frozenset(_RAW["stopwords"])
SUBJECT_PREFIX = re.compile(_RAW["subject_prefix"], re.IGNORECASE)
_AGENCY = re.compile(_RAW["agency"])
_AGENCY_DOMAIN = re.compile(_RAW["agency_name"])
_ROLE_TAIL = re.compile(_RAW["role_tail"], re.IGNORECASE)
_GROUP_PREFIX = re.compile(_RAW["group_prefix"], re.IGNORECASE)
_CLIENT_NAMED = re.compile(rf"(?i:\b(?:my|our) client,?\s+){_NAME}")
CLOSING = re.compile(_RAW["closing"], re.IGNORECASE)
PERSON = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’\-]+){1,2}$")
_TLD_WORDS = frozenset(_RAW["tld_words"])
_LABEL_WORDS = sorted(_RAW["label_words"], key=len, reverse=True)


@dataclass(slots=True)
class _Candidate:
    name: str
    score: float
    reasons: list[Reason]
    variants: dict[str, float]

    def best_name(self) -> str:
        return max(self.variants.items(), key=lambda kv: (round(kv[1], 2), len(kv[0])))[0]


# -- helpers -------------------------------------------------------------------------------------
def is_agency(sender: Sender, text: str) -> bool:
    """A staffing agency writes (by its domain, or by speaking of its client)."""
    if sender.vendor is not None and sender.vendor.kind == "staffing":
        return True
    return bool(_AGENCY.search(normalize(text[:3000])))


def _agency_name(name: str) -> bool:
    """A name or domain label that says recruiting agency ("Arpège Recrutement", "talentbridge")."""
    return bool(_AGENCY_DOMAIN.search(normalize(name)))


def _tidy(name: str) -> str:
    name = clean_company(name)
    for _ in range(2):
        name = _LEGAL.sub("", name).strip(" ,.-")
        name = re.sub(r"(?<![&])[,\s]+co\.?$", "", name, flags=re.IGNORECASE)
        name = _TRAIL_WORDS.sub("", name).strip(" ,.-")
    name = _GROUP_PREFIX.sub("", name)
    words = name.split()
    while words and words[-1].lower() in {
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
    }:
        words.pop()
    return " ".join(words)


def _acceptable(name: str, catalog: Catalog, own_vendor: str, strict: bool) -> str:
    """Why ``name`` is not an employer ("" when it may be)."""
    if len(name) < 2 or len(name) > 60 or len(name.split()) > 6:
        return "not a company name"
    words = [normalize(w) for w in name.split()]
    if words[0] in _STOPWORDS or all(w in _STOPWORDS for w in words) or name[:1].isdigit():
        return "a common word"
    if strict and (_ROLE_TAIL.search(name) or catalog.is_person_name(name)):
        return "a job title or a person"
    if strict and len(words) == 1 and words[0] in catalog.first_names:
        return "a person's first name"
    first_vendor = catalog.vendor_named(name.split()[0]) if len(words) > 1 else None
    if strict and first_vendor is not None and not own_vendor:
        return f"named after {first_vendor.name}"
    why = catalog.not_employer(name)
    if why:
        vendor = catalog.vendor_named(name)
        if not (own_vendor and vendor is not None and vendor.name == own_vendor):
            return why
    return ""


def _names_in(texts: list[str]) -> list[str]:
    """Every capitalised run of words (and its sub-runs) in the texts."""
    out: list[str] = []
    for text in texts:
        for m in re.finditer(_NAME, text):
            words = m.group("c").split()
            for i in range(len(words)):
                for j in range(len(words), i, -1):
                    out.append(" ".join(words[i:j]))
    return out


def _resolve_slug(slug: str, texts: list[str]) -> str:
    """The name a tenant slug or domain label stands for, as written in the mail ("acmecorp" ->
    "Acme Corp", "alcazardatos" -> "Alcázar Datos"), or "" when the mail never writes it."""
    key = squash(slug)
    if len(key) < 2:
        return ""
    first = squash(re.split(r"[-_.]", slug)[0])
    best, best_rank = "", (0, -10_000)
    for cand in _names_in(texts):
        words = cand.split()
        variants = squash_variants(cand)
        aligned = any(key in squash_variants(" ".join(words[:k])) for k in range(1, len(words)))
        if key in variants:
            rank = (4, -len(cand))
        elif aligned and len(words) <= 4:
            rank = (3, len(cand))
        elif len(key) >= 4 and any(v.startswith(key) for v in variants) and len(words) <= 4:
            rank = (2, len(cand))
        elif len(first) >= 5 and squash(words[0]) == first and len(words) <= 3:
            rank = (1, len(cand))
        else:
            continue
        if rank > best_rank and normalize(words[0]) not in _STOPWORDS:
            best, best_rank = cand, rank
    return _tidy(best) if best else ""


def _domain_title(domain: str, label: str) -> str:
    """A readable name from a domain label when the mail never writes it: "glasswing.bio" ->
    "Glasswing Bio", "northwindrobotics.com" -> "Northwind Robotics", "acme-corp" -> "Acme Corp"."""
    tld = domain.rsplit(".", 1)[-1]
    if "-" not in label and "_" not in label:
        m = re.fullmatch(r"(\w{4,}?)(and|en|und|et)co", label)
        if m:
            return f"{m.group(1).capitalize()} & Co"
        for word in _LABEL_WORDS:
            if label.endswith(word) and len(label) - len(word) >= 3:
                return f"{label[: -len(word)].capitalize()} {word.capitalize()}"
        if tld in _TLD_WORDS and domain.count(".") == 1:
            return f"{label.capitalize()} {tld.capitalize()}"
    return _title(label)


def _title(slug: str) -> str:
    parts = [p for p in re.split(r"[-_.]+", slug) if p]
    return " ".join(p.upper() if len(p) <= 3 and len(parts) > 1 else p.capitalize() for p in parts)


def _expand_acronym(name: str, texts: list[str]) -> str:
    """ "OKC" -> "Orbital Kinetics Corp" when the mail writes a name with those initials."""
    if not (name.isupper() and 2 <= len(name) <= 5 and name.isalpha()):
        return name
    for cand in _names_in(texts):
        words = [w for w in cand.split() if w[:1].isupper()]
        initials = "".join(w[0] for w in words).upper()
        if len(words) >= 2 and (
            initials == name
            or (len(name) >= 3 and initials.startswith(name[:-1]) and len(words) == len(name) - 1)
        ):
            tidy = _tidy(cand)
            if tidy and normalize(tidy.split()[0]) not in _STOPWORDS:
                return tidy
    return name


def find_company(
    mail: ParsedMail,
    catalog: Catalog,
    sender: Sender,
    subject: str,
    text: str,
    signature: str,
    agency: bool,
) -> tuple[str, list[Reason]]:
    h = mail.headers
    display = h.from_name.strip().strip("\"'")
    own_vendor = ""
    if sender.vendor is not None:
        named = catalog.vendor_named(catalog.display_company(display)) if display else None
        tenant_is_vendor = (
            bool(sender.tenant) and catalog.vendor_named(sender.tenant) == sender.vendor
        )
        if sender.role == "own" or named == sender.vendor or tenant_is_vendor:
            own_vendor = sender.vendor.name  # the vendor hiring for itself
    named_team = catalog.vendor_named(catalog.display_company(display)) if display else None
    if not own_vendor and named_team is not None and named_team.kind == "ats":
        own_vendor = named_team.name  # "Greenhouse Recruiting" via a scheduler: Greenhouse hires
    cands: dict[str, _Candidate] = {}
    rejected: list[Reason] = []
    job_board = sender.vendor is not None and sender.vendor.kind == "job_board"
    body = text[:700] if job_board else text[:3000]
    subj = SUBJECT_PREFIX.sub("", subject)
    texts = [subject, text[:3000], signature, mail.quoted[:3000]]

    def add(
        name: str, weight: float, code: str, how: str, strict: bool = False, naming: float = -1.0
    ) -> None:
        name = _tidy(name)
        why = _acceptable(name, catalog, own_vendor, strict)
        if why:
            rejected.append(Reason("not_employer", f"'{name}' is {why}", 0.0))
            return
        key = squash(name)
        for other in cands:
            if other == key or (
                len(key) >= 4
                and len(other) >= 4
                and (other.startswith(key) or key.startswith(other))
            ):
                key = other
                break
        c = cands.setdefault(key, _Candidate(name, 0.0, [], {}))
        c.score += weight
        c.reasons.append(Reason(code, f"{how}: '{name}'", round(weight, 2)))
        c.variants[name] = c.variants.get(name, 0.0) + (weight if naming < 0 else naming)

    if agency:
        m = _CLIENT_NAMED.search(text[:3000])
        if m:
            add(m.group("c"), 0.8, "agency_client", "the agency names its client", strict=True)
    from_display = catalog.display_company(display) if display else ""
    if from_display:
        add(from_display, 0.8, "display_pattern", f"sender name '{display}'", strict=True)
    if sender.tenant:
        resolved = _resolve_slug(sender.tenant, texts)
        add(
            resolved or _title(sender.tenant),
            0.75 if resolved else 0.55,
            "tenant",
            f"tenant '{sender.tenant}' in the {sender.vendor.name if sender.vendor else ''}"
            f" address",
            naming=0.3 if resolved else 0.01,
        )
    for w, rx in _LEAD_RX:
        m = rx.search(subj)
        if m:
            add(m.group("c"), w + 0.05, "subject", "subject names", strict=True)
        m = rx.search(body)
        if m:
            add(m.group("c"), w - 0.1, "body", "body names", strict=True)
    for w, rx in _SUBJECT_RX:
        m = rx.search(subj)
        if m:
            add(m.group("c"), w, "subject", "subject names", strict=True)
    for w, rx in _TRAIL_RX:
        m = rx.search(subj)
        if m:
            add(m.group("c"), w, "subject", "subject names", strict=True)
        for src, label in ((signature, "signature"), (body[-600:], "body")):
            m = rx.search(src)
            if m:
                add(m.group("c"), w - 0.1, label, f"{label} names", strict=True)
    for slug in _link_tenants(mail):
        resolved = _resolve_slug(slug, texts)
        add(
            resolved or _title(slug),
            0.5 if resolved else 0.3,
            "link_tenant",
            f"careers-site link names tenant '{slug}'",
            naming=0.3 if resolved else 0.01,
        )
    sig_name = _signature_company(signature or text[-300:], catalog)
    if sig_name:
        add(sig_name, 0.45, "signature", "signature names", strict=True)
    person = catalog.is_person_name(display) or _looks_like_person(display, sender)
    platform = sender.vendor.kind if sender.vendor is not None else ""
    relay_name = sender.relay and platform in {"ats", "assessment", "reference_check"}
    if display and not from_display and not person and not agency and relay_name:
        add(display, 0.55, "display_name", "sender name on a platform relay")
    if sender.domain and sender.vendor is None and not sender.personal:
        resolved = _resolve_slug(sender.org_label, [*texts, display])
        name = resolved or _domain_title(sender.domain, sender.org_label)
        tld = sender.domain.rsplit(".", 1)[-1]
        if resolved and squash(resolved) == squash(sender.org_label) and tld in _TLD_WORDS:
            name = f"{resolved} {tld.capitalize()}"  # glasswing.bio -> "Glasswing Bio"
        if agency or _agency_name(sender.org_label) or _agency_name(name):
            agency = True
            rejected.append(Reason("agency", f"{sender.domain} is a recruiting agency", 0.0))
        else:
            add(
                name,
                0.65 if resolved else 0.5,
                "sender_domain",
                f"employer domain {sender.domain}",
                naming=0.3 if resolved else 0.01,
            )
    if sender.role == "own" and sender.vendor is not None:
        add(
            sender.vendor.name, 0.5, "vendor_own_domain", f"the vendor's own domain {sender.domain}"
        )
    reply = catalog.sender(h.reply_to) if h.reply_to else None
    if (
        reply
        and reply.domain
        and reply.vendor is None
        and not reply.personal
        and sender.relay
        and not agency
    ):
        resolved = _resolve_slug(reply.org_label, texts)
        add(
            resolved or _domain_title(reply.domain, reply.org_label),
            0.45,
            "reply_to",
            f"reply-to domain {reply.domain}",
            naming=0.3 if resolved else 0.01,
        )
    own = squash(sender.org_label) if sender.org_label else ""
    if own and not agency and sender.vendor is None:
        for key, cand in cands.items():
            if (key.startswith(own[:6]) or own.startswith(key[:6])) and any(
                _agency_name(v) for v in cand.variants
            ):
                agency = True
                rejected.append(Reason("agency", f"{cand.name} is a recruiting agency", 0.0))
                break
    if agency and own:  # the agency's own name is never the employer
        stem = own[:6]
        for key in [k for k in cands if stem in k or own.startswith(k[:6])]:
            del cands[key]
    if not cands:
        if agency:
            return "", [Reason("agency", "a staffing agency writing for an unnamed client", 0.0)]
        return "", rejected[:3]
    best = max(cands.values(), key=lambda c: c.score)
    best.name = best.best_name()
    name = _expand_acronym(best.name, [subject, text[:4000], signature, mail.quoted[:3000]])
    reasons = sorted(best.reasons, key=lambda r: -r.weight)
    if name != best.name:
        reasons.append(Reason("acronym", f"'{best.name}' stands for '{name}'", 0.0))
    return name, reasons + rejected[:2]


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


def _link_tenants(mail: ParsedMail) -> list[str]:
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


_SIG_LEGAL = r"[,.]?(?:\s*,?\s*(?:inc|llc|ltd|l\.p|lp|llp|gmbh|ag|sa|bv|nv|plc)\.?)?"


def _signature_company(signature: str, catalog: Catalog) -> str:
    """The company line at the end of a signature ("Fernhill Capital Management, L.P.",
    "Engineering Manager | Ironbark Software", "Talent Acquisition Polderlicht Energie")."""
    for line in reversed([ln.strip() for ln in signature.splitlines() if ln.strip()][-4:]):
        if "@" in line or "http" in line or re.search(r"\d{3}", line) or CLOSING.match(line):
            continue
        team = catalog.display_company(line)
        if team and not catalog.not_employer(team):
            return team
        parts = re.split(r"\s+[|–—-]\s+", line)
        if len(parts) > 1:
            line = parts[-1].strip()
        m = re.fullmatch(_NAME + _SIG_LEGAL, line, re.I)
        if not m or catalog.is_person_name(line) or catalog.is_generic(line):
            continue
        words = m.group("c").split()
        if len(words) < 2 and m.group(0) == m.group("c"):
            continue  # one word alone is more often a first name than a company
        if normalize(words[0]) in _STOPWORDS or any(catalog.vendor_named(w) for w in words):
            continue
        return m.group("c")
    return ""


def _looks_like_person(display: str, sender: Sender) -> bool:
    if not PERSON.match(display):
        return False
    if sender.personal:
        return True
    if sender.relay:  # a relay's local part is the platform's, not the person's
        return False
    parts = [normalize(p) for p in display.split()]
    return any(len(p) > 2 and p in sender.local for p in parts)
