"""The employer of a recruiting message: gathered from every place it shows, never a platform.

Candidates come from display-name patterns ("Acme Hiring Team"), the tenant slug in an ATS address
(local part or sub-domain) or careers-site link, subject, body and footer phrases in seven
languages plus Arabic and Hebrew, a job board's listing line, the sign-off ("Recruiter, Acme") and
the sender's own domain; candidates that agree add up, and the best one wins with its reasons. An
ATS, job board, scheduler, assessment or e-signature platform, a staffing agency or a mail provider
is never the employer (unless the mail comes from that vendor's own people and names it). How
names are written, tidied and matched to slugs lives in ``extract_names.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from heardback.mail.catalog import Catalog, Sender, squash
from heardback.mail.extract_names import (
    ADDRESS,
    CLOSING,
    DEPARTMENTS,
    NAME,
    NAME_CASELESS,
    PERSON,
    RAW,
    STOPWORDS,
    TLD_WORDS,
    cut_caseless,
    domain_title,
    expand_acronym,
    is_caseless,
    link_tenants,
    resolve_slug,
    signature_company,
    tidy,
    title,
)
from heardback.mail.gated import Gated, lowered
from heardback.mail.model import ParsedMail, Reason
from heardback.mail.rules import normalize

__all__ = ["CLOSING", "PERSON", "SIMILAR_JOBS", "SUBJECT_PREFIX", "find_company", "is_agency"]


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern.replace("{NAME}", NAME), flags)


_LEAD_RX = [(float(w), Gated.of(rf"\b(?:{lead})", rf"\s+{NAME}")) for w, lead in RAW["lead"]]
#: the same lead-ins for names in scripts without letter case (Arabic, Hebrew)
_LEAD_CASELESS = [
    (float(w), re.compile(rf"(?:{lead})\s+{NAME_CASELESS}")) for w, lead in RAW["lead_caseless"]
]
#: subject only: the company at the start or end of a subject, or "your X test"
_SUBJECT_RX = [(float(w), _rx(p)) for w, p in RAW["subject"]]
#: the company before a trail word (subject, end of body, signature)
_TRAIL_RX = [(float(w), _rx(p)) for w, p in RAW["trail"]]
_LISTING = _rx(RAW["listing"])
_LISTING_SEP = re.compile(r"\s[-–—·•|]\s")
SIMILAR_JOBS = re.compile(RAW["similar_jobs"])
_TENANT_SKIP = re.compile(RAW["tenant_skip"], re.IGNORECASE)
SUBJECT_PREFIX = re.compile(RAW["subject_prefix"], re.IGNORECASE)
_AGENCY = re.compile(RAW["agency"])
_AGENCY_DOMAIN = re.compile(RAW["agency_name"])
_ROLE_TAIL = re.compile(RAW["role_tail"], re.IGNORECASE)
_CLIENT_NAMED = re.compile(rf"(?i:\b(?:my|our) client,?\s+){NAME}")
#: how much a name found by resolving a slug or domain label counts when naming the employer: a
#: domain or tenant that spells a name of several words exactly ("alderrowe", "wellsfargo") is
#: the brand, shown rather than the longer legal or division names the mail also writes ("Alder
#: & Rowe Consulting", "Wells Fargo Bank, N.A."); a one-word label is often clipped, so the name
#: written with a sector word wins there ("polderlicht" -> "Polderlicht Energie")
_NAMING = {"brand": 5.0, "extended": 1.0, "written": 0.3, "": 0.01}


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


def _acceptable(name: str, catalog: Catalog, own_vendor: str, strict: bool) -> str:
    """Why ``name`` is not an employer ("" when it may be)."""
    if len(name) < 2 or len(name) > 60 or len(name.split()) > 6:
        return "not a company name"
    words = [normalize(w) for w in name.split()]
    if words[0] in STOPWORDS or all(w in STOPWORDS for w in words) or name[:1].isdigit():
        return "a common word"
    if ADDRESS.search(name):
        return "an address"
    if words[-1] in DEPARTMENTS:
        return "a department"
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


def _listing(body: str) -> str:
    """The company of a job board's "Company – Location" line, right under the job title."""
    prev = ""
    for line in body.splitlines():
        line = line.strip()
        m = _LISTING.fullmatch(line)
        if m and prev and not _LISTING_SEP.search(prev):
            return m.group("c")
        prev = line or prev
    return ""


def _subdomain_tenant(sender: Sender, catalog: Catalog) -> str:
    """The employer's label in front of an ATS relay domain ("acme" in acme.wd5.myworkday.com)."""
    vendor = sender.vendor
    if sender.tenant or vendor is None or vendor.kind != "ats" or sender.role != "relay":
        return ""
    labels = sender.domain.split(".")
    base = 0
    for i in range(len(labels) - 1):
        hit = catalog.vendor_for_domain(".".join(labels[i:]))
        if hit is None or hit != (vendor, "relay"):
            break
        base = i
    for label in reversed(labels[:base]):
        if not _TENANT_SKIP.match(label) and not label.isdigit() and len(label) > 2:
            return label
    return ""


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
    body = text[:3000]
    if job_board:  # the job applied for comes first; "similar jobs" below name other companies
        similar = SIMILAR_JOBS.search(body)
        body = body[: similar.start()] if similar else body
        body = body[:700]
    subj = SUBJECT_PREFIX.sub("", subject)
    texts = [subject, text[:3000], signature, mail.quoted[:3000]]

    def add(
        name: str, weight: float, code: str, how: str, strict: bool = False, naming: float = -1.0
    ) -> None:
        name = tidy(name)
        why = _acceptable(name, catalog, own_vendor, strict)
        if why:
            rejected.append(Reason("not_employer", f"'{name}' is {why}", 0.0))
            return
        key = squash(name) or name.replace(" ", "")
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

    def add_slug(slug: str, weights: tuple[float, float], code: str, how: str) -> None:
        resolved, found = resolve_slug(slug, texts)
        add(
            resolved or title(slug),
            weights[0] if resolved else weights[1],
            code,
            how,
            naming=_NAMING[found],
        )

    if agency:
        m = _CLIENT_NAMED.search(text[:3000])
        if m:
            add(m.group("c"), 0.8, "agency_client", "the agency names its client", strict=True)
    from_display = catalog.display_company(display) if display else ""
    if from_display:
        add(from_display, 0.8, "display_pattern", f"sender name '{display}'", strict=True)
    tenant = sender.tenant or _subdomain_tenant(sender, catalog)
    if tenant:
        vendor = sender.vendor.name if sender.vendor else ""
        add_slug(tenant, (0.75, 0.55), "tenant", f"tenant '{tenant}' in the {vendor} address")
    sources = [(subj, 0.05, "subject"), (body, -0.1, "body"), (signature, -0.15, "signature")]
    for src, bonus, label in sources:
        low = lowered(src)
        for w, gated in _LEAD_RX:
            m = gated.search(src, low)
            if m:
                add(m.group("c"), w + bonus, label, f"{label} names", strict=True)
        for w, rx in _LEAD_CASELESS:
            m = rx.search(src)
            if m:
                name = cut_caseless(m.group("c"))
                add(name, w + bonus, label, f"{label} names", strict=True)
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
    listed = _listing(body) if job_board else ""
    if listed:
        add(listed, 0.5, "listing", "the job board lists the job at", strict=True)
    for slug in link_tenants(mail):
        add_slug(slug, (0.5, 0.3), "link_tenant", f"careers-site link names tenant '{slug}'")
    sig_name = signature_company(signature, catalog, display)
    if not sig_name and not job_board:  # a sign-off left in the text (a job board lists jobs)
        sig_name = signature_company(text[-1500:], catalog, display)
    if sig_name:
        add(sig_name, 0.45, "signature", "signature names", strict=True)
    person = catalog.is_person_name(display) or _looks_like_person(display, sender)
    platform = sender.vendor.kind if sender.vendor is not None else ""
    relay_name = sender.relay and platform in {"ats", "assessment", "reference_check"}
    if display and not from_display and not person and not agency and relay_name:
        add(display, 0.55, "display_name", "sender name on a platform relay")
    if sender.domain and sender.vendor is None and not sender.personal:
        resolved, found = resolve_slug(sender.org_label, [*texts, display])
        name = resolved or domain_title(sender.domain, sender.org_label)
        tld = sender.domain.rsplit(".", 1)[-1]
        if resolved and squash(resolved) == squash(sender.org_label) and tld in TLD_WORDS:
            name = f"{resolved} {tld.capitalize()}"  # glasswing.bio -> "Glasswing Bio"
        if agency or _agency_name(sender.org_label) or _agency_name(name):
            agency = True
            rejected.append(Reason("agency", f"{sender.domain} is a recruiting agency", 0.0))
        else:
            # a Latin domain label can't be matched to a name written in another script: it is
            # likely the same company transliterated, and the written name is the one to show
            native = not resolved and any(is_caseless(c.name) for c in cands.values())
            add(
                name,
                0.65 if resolved else 0.3 if native else 0.5,
                "sender_domain",
                f"employer domain {sender.domain}",
                naming=_NAMING[found],
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
        resolved, found = resolve_slug(reply.org_label, texts)
        add(
            resolved or domain_title(reply.domain, reply.org_label),
            0.45,
            "reply_to",
            f"reply-to domain {reply.domain}",
            naming=_NAMING[found],
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
    if agency:  # the agency's own name is never the employer
        stem = own[:6] if own else "\0"
        for key in [
            k
            for k, c in cands.items()
            if stem in k or (own and own.startswith(k[:6])) or _agency_name(c.name)
        ]:
            del cands[key]
    if not cands:
        if agency:
            return "", [Reason("agency", "a staffing agency writing for an unnamed client", 0.0)]
        return "", rejected[:3]
    best = max(cands.values(), key=lambda c: c.score)
    best.name = _fuller(best, list(cands.values()), catalog)
    name = expand_acronym(best.name, [subject, text[:4000], signature, mail.quoted[:3000]])
    reasons = sorted(best.reasons, key=lambda r: -r.weight)
    if name != best.name:
        reasons.append(Reason("acronym", f"'{best.name}' stands for '{name}'", 0.0))
    return name, reasons + rejected[:2]


def _fuller(best: _Candidate, cands: list[_Candidate], catalog: Catalog) -> str:
    """The best name, or the fuller brand the mail writes around a one-word name taken from a
    domain or tenant ("Carrowmore" -> "Carrowmore Biologics", "Grésil" -> "Atelier Grésil")."""
    name = best.best_name()
    if len(name.split()) != 1 or best.variants.get(name, 0.0) >= _NAMING["brand"]:
        return name
    key = squash(name)
    options = [c.name for c in cands if c is not best]
    for option in sorted(options, key=len, reverse=True):
        words = option.split()
        if (
            2 <= len(words) <= 4
            and key in (squash(words[0]), squash(words[-1]))
            and not catalog.is_person_name(option)
        ):
            return option
    return name


def _looks_like_person(display: str, sender: Sender) -> bool:
    if not PERSON.match(display):
        return False
    if sender.personal:
        return True
    if sender.relay:  # a relay's local part is the platform's, not the person's
        return False
    parts = [normalize(p) for p in display.split()]
    return any(len(p) > 2 and p in sender.local for p in parts)
