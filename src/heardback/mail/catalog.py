"""Who sent a message: ATS relays, job boards, schedulers, assessment and reference platforms,
e-signature services, staffing agencies and personal mail providers (``data/ats.yaml``).

None of these is ever reported as the employer; the catalog also knows how the employer shows up
around them (display-name patterns, tenant slugs in local parts or subdomains).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "ats.yaml"

#: what each vendor kind is, for reasons shown to people
KIND_TEXT = {
    "ats": "an applicant tracking system",
    "job_board": "a job board",
    "scheduler": "a scheduling tool",
    "calendar": "a calendar service",
    "assessment": "an assessment platform",
    "reference_check": "a reference/background-check service",
    "esign": "an e-signature service",
    "staffing": "a staffing agency",
}
_NOREPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|mailer|automated|bounces?|autoreply|"
    r"auto[-_]reply|^alerts?$|^system$|^news$|^newsletter|^info$|^updates?$|fa\.sender|^workflow"
)
#: particles inside a person's name ("Gráinne Ní Bhriain", "Ana de Souza", "Jan van Dijk")
_GAELIC = frozenset(["Ní", "Nic", "Mhic", "Ó", "Ua", "Uí", "Mac", "Mc", "Bean"])
_NAME_PARTICLES = frozenset(
    [
        "ní",
        "nic",
        "mhic",
        "ó",
        "ua",
        "uí",
        "mac",
        "de",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "du",
        "del",
        "della",
        "dos",
        "das",
        "do",
        "le",
        "la",
        "ter",
        "ten",
        "bin",
        "ibn",
        "al",
        "el",
    ]
)
_GAELIC_SURNAME = re.compile(r"^(?:O['’]|Ó|Ní|Nic|Ma?c)[A-ZÁÉÍÓÚ][a-záéíóú]+$")
_PUNCT_EDGE = " \t\"'`.,;:!?-–—|/\\()[]{}<>*"


@dataclass(frozen=True, slots=True)
class Vendor:
    name: str
    kind: str  # a key of KIND_TEXT
    aliases: frozenset[str]
    tenant: str = ""  # "", "local" or "subdomain"
    tenant_domains: tuple[str, ...] = ()

    def describe(self) -> str:
        return f"{self.name}, {KIND_TEXT.get(self.kind, self.kind)}"


@dataclass(frozen=True, slots=True)
class Sender:
    """What the catalog knows about one sender address."""

    address: str
    local: str
    domain: str
    org_label: str  # the registrable label: "acme" for careers.acme.co.uk
    vendor: Vendor | None = None
    role: str = ""  # relay, alerts, marketing, own, calendar ("" when no vendor)
    personal: bool = False  # a personal mail provider (gmail.com ...)
    noreply: bool = False
    tenant: str = ""  # the employer slug found in the local part or subdomain

    @property
    def relay(self) -> bool:
        """Sent by a platform on someone's behalf (not a person's own mailbox at the vendor)."""
        return self.vendor is not None and self.role != "own"


def norm_name(text: str) -> str:
    """Lower case, letters and digits only: how names are compared ("ACME, Inc." == "acme inc")."""
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def squash(text: str) -> str:
    """Letters and digits only, accents off, no spaces: for matching tenant slugs and domain
    labels ("acme-corp" == "Acme Corp", "alcazar" == "Alcázar")."""
    from heardback.mail.rules import normalize

    return re.sub(r"[\W_]+", "", normalize(text))


_TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "æ": "ae",
        "ø": "oe",
        "å": "aa",
        "Æ": "Ae",
        "Ø": "Oe",
        "Å": "Aa",
    }
)


def squash_variants(text: str) -> set[str]:
    """:func:`squash`, with "&" also read as the word for "and" in seven languages, and letters
    such as "ü" also written the way a domain spells them ("Grünwerk" -> "gruenwerk")."""
    out = {squash(text)}
    if "&" in text:
        out |= {
            squash(text.replace("&", f" {w} ")) for w in ("", "and", "en", "und", "et", "y", "e")
        }
    spelled = text.translate(_TRANSLIT)
    if spelled != text:
        out |= squash_variants(spelled)
    return out


class Catalog:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.vendors: list[Vendor] = []
        self._by_domain: dict[str, tuple[Vendor, str]] = {}
        self._by_star: dict[str, tuple[Vendor, str]] = {}
        self._by_address: dict[str, tuple[Vendor, str]] = {}
        self._by_alias: dict[str, Vendor] = {}
        for item in raw.get("vendors", []):
            vendor = Vendor(
                name=str(item["name"]),
                kind=str(item["kind"]),
                aliases=frozenset(norm_name(a) for a in [item["name"], *item.get("aliases", [])]),
                tenant=str(item.get("tenant", "")),
                tenant_domains=tuple(item.get("tenant_domains", ())),
            )
            self.vendors.append(vendor)
            for alias in vendor.aliases:
                self._by_alias.setdefault(alias, vendor)
                self._by_alias.setdefault(alias.replace(" ", ""), vendor)
            for entry in item.get("domains", []):
                domain, _, role = str(entry).partition(":")
                target = self._by_star if domain.endswith(".*") else self._by_domain
                target[domain.removesuffix(".*").lower()] = (vendor, role or "relay")
            for address, role in (item.get("addresses") or {}).items():
                self._by_address[str(address).lower()] = (vendor, str(role))
        self.two_label = frozenset(raw.get("two_label_suffixes", []))
        self.generic_names = frozenset(norm_name(n) for n in raw.get("generic_names", []))
        self.generic_locals = frozenset(raw.get("generic_locals", []))
        self.personal_brands = frozenset(raw.get("personal_brands", []))
        self.first_names = frozenset(str(n).lower() for n in raw.get("first_names", []))
        self._personal: set[str] = set()
        self._personal_star: set[str] = set()
        for entry in raw.get("personal_domains", []):
            entry = str(entry).lower()
            if entry.endswith(".*"):
                self._personal_star.add(entry[:-2])
            else:
                self._personal.add(entry)
        self.display_patterns = [
            re.compile("^" + str(p).replace("{company}", r"(?P<company>.+?)") + r"$", re.IGNORECASE)
            for p in raw.get("display_patterns", [])
        ]

    # -- domains -----------------------------------------------------------------------------
    def org_label(self, domain: str) -> str:
        labels = domain.lower().strip(".").split(".")
        if len(labels) >= 3 and ".".join(labels[-2:]) in self.two_label:
            return labels[-3]
        return labels[-2] if len(labels) >= 2 else labels[0]

    def is_personal_domain(self, domain: str) -> bool:
        domain = domain.lower()
        if domain in self._personal:
            return True
        return self.org_label(domain) in self._personal_star

    def vendor_for_domain(self, domain: str) -> tuple[Vendor, str] | None:
        labels = domain.lower().split(".")
        for i in range(len(labels) - 1):
            hit = self._by_domain.get(".".join(labels[i:]))
            if hit:
                return hit
        if domain:
            return self._by_star.get(self.org_label(domain))
        return None

    def sender(self, address: str) -> Sender:
        """Everything the catalog can say about a sender address."""
        address = address.strip().lower()
        local, _, domain = address.rpartition("@")
        if not local:
            local, domain = domain, ""
        hit = self._by_address.get(address) or (self.vendor_for_domain(domain) if domain else None)
        vendor, role = hit if hit else (None, "")
        tenant = ""
        if vendor and vendor.tenant:
            tenant = self._tenant(vendor, local, domain)
        if vendor and role == "relay" and self._personal_local(local):
            role = "own"  # jane.doe@greenhouse.io is someone working at the vendor
        return Sender(
            address=address,
            local=local,
            domain=domain,
            org_label=self.org_label(domain) if domain else "",
            vendor=vendor,
            role=role,
            personal=bool(domain) and vendor is None and self.is_personal_domain(domain),
            noreply=bool(_NOREPLY.search(local)),
            tenant=tenant,
        )

    def _personal_local(self, local: str) -> bool:
        parts = re.split(r"[._]", local)
        return (
            len(parts) in (2, 3)
            and parts[0] in self.first_names
            and all(p.isalpha() for p in parts)
        )

    def _tenant(self, vendor: Vendor, local: str, domain: str) -> str:
        for tdomain in vendor.tenant_domains:
            if vendor.tenant == "local" and domain == tdomain:
                slug = local.split("+", 1)[0]
                return "" if slug in self.generic_locals or _NOREPLY.search(slug) else slug
            if vendor.tenant == "subdomain" and domain.endswith("." + tdomain):
                slug = domain[: -len(tdomain) - 1].split(".")[-1]
                return "" if slug in self.generic_locals or slug in {"www", "mail", "app"} else slug
        return ""

    # -- names -------------------------------------------------------------------------------
    def vendor_named(self, name: str) -> Vendor | None:
        """The vendor whose name or alias this is ("Greenhouse", "myworkday", "LinkedIn Jobs")."""
        key = norm_name(name)
        return self._by_alias.get(key) or self._by_alias.get(key.replace(" ", ""))

    def is_generic(self, name: str) -> bool:
        key = norm_name(name)
        return not key or key in self.generic_names or key.isdigit()

    def is_person_name(self, name: str) -> bool:
        """A display name that reads as a person's ("Marcus Bell", "Dr. Ana Silva", "Gráinne Ní
        Bhriain", "Seán Ó Súilleabháin", "Aoife O'Brien", "Ewan MacLeod")."""
        words = re.sub(r"^(dr|mr|mrs|ms|prof)\.?\s+", "", name.strip(), flags=re.I).split()
        if not 2 <= len(words) <= 4:
            return False
        if not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words[1:]):
            return False
        if not words[0][:1].isupper():
            return False
        from heardback.mail.rules import normalize

        first = normalize(words[0]).strip(".,")
        first = "".join(c for c in unicodedata.normalize("NFKD", first) if c.isalnum())
        if first in self.first_names:
            return True
        if not all(w.replace("'", "").replace("’", "").replace("-", "").isalpha() for w in words):
            return False
        # Irish and Scottish surnames: "Ní Bhriain", "Ó Súilleabháin", "O'Brien", "MacLeod"
        return any(w in _GAELIC for w in words[1:-1]) or bool(_GAELIC_SURNAME.match(words[-1]))

    def is_personal_brand(self, name: str) -> bool:
        key = norm_name(name).replace(" ", "")
        return key in self.personal_brands or self.is_personal_domain(name.lower())

    def not_employer(self, name: str) -> str:
        """Why ``name`` can't be the employer ("" when it can)."""
        if self.is_generic(name):
            return "a generic sender name"
        if self.is_personal_brand(name):
            return "a mail provider"
        vendor = self.vendor_named(name)
        if vendor:
            return vendor.describe()
        return ""

    def display_company(self, display: str) -> str:
        """The name a display-name pattern captures ("Acme Hiring Team" -> "Acme"), unchecked."""
        display = display.strip().strip(_PUNCT_EDGE)
        for pattern in self.display_patterns:
            m = pattern.match(display)
            if m:
                company = clean_company(m.group("company"))
                if company and not self.is_generic(company):
                    return company
        return ""

    def employer_from_display(self, display: str) -> str:
        """The employer named by a display-name pattern, never a vendor or a mail provider."""
        company = self.display_company(display)
        return company if company and not self.not_employer(company) else ""


def clean_company(text: str) -> str:
    """Trim quotes, punctuation and a leading article from a captured company name."""
    text = re.sub(r"\s+", " ", text).strip(_PUNCT_EDGE)
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = re.sub(r"['’]s$", "", text)
    return text.strip(_PUNCT_EDGE)


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    from heardback.mail.rules import load_yaml

    return Catalog(load_yaml(DATA))
