"""The prefilter, run on every message after the header-only pass (``headers.parse_headers``).

``Prefilter.check(headers)`` decides which messages deserve a full parse, built for RECALL: it
must never drop job mail; anything that might be about a job passes and the classifier removes
the false positives later. It only does set look-ups and a few precompiled regular expressions on
short strings. Bulk-mail headers (List-Unsubscribe, Precedence: bulk) never count against a
message: real acknowledgements carry them.

A message passes when the sender is a known contact or domain of a tracked opportunity (or the
user wrote to one), the sender is an ATS relay, job board, scheduling, assessment,
reference-check or e-signature service, it carries a calendar invitation, or the subject, the
display name or the local part use recruiting vocabulary (English, German, French, Spanish,
Portuguese, Dutch, Italian, Hebrew, Arabic). The lists live in ``data/prefilter.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from heardback.mail.model import Headers

DATA = Path(__file__).resolve().parent.parent / "data" / "prefilter.yaml"
CATALOG = Path(__file__).resolve().parent.parent / "data" / "ats.yaml"

_NOREPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|mailer|bounces?|^alerts?$|^news"
    r"|newsletter|^info$|^updates?$|^marketing|^support$|^billing"
)
#: the body marker of a calendar invitation, searched near the top of multipart bodies by the
#: scan (Google, Outlook and Apple invitations all have a text/calendar part)
CALENDAR_MARKERS = (b"text/calendar",)
_PUNCT = b"!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~-\t\r\n"
_PUNCTUATION = bytes.maketrans(_PUNCT, b" " * len(_PUNCT))

# --------------------------------------------------------------------------------------------
# Prefilter
# --------------------------------------------------------------------------------------------


def _regex(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """One regular expression for many patterns, grouped by their first character.

    A plain alternation of ~150 patterns costs ~20 us on a short subject (the engine tries every
    alternative at every position); grouping by the first literal character makes that ~4 us.
    ``\\b`` in front of a pattern becomes a look-behind after its first character.
    """
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for pattern in patterns:
        if not pattern:
            continue
        bounded = pattern.startswith(r"\b")
        rest = pattern[2:] if bounded else pattern
        if rest[:1].isalnum() and rest[1:2] not in ("?", "*", "+", "{"):
            tail = rest[1:]
            groups.setdefault(rest[0], []).append((r"(?<!\w.)" if bounded else "") + tail)
        else:
            others.append(pattern)
    alternatives = [
        re.escape(first) + "(?:" + "|".join(f"(?:{t})" if t else "" for t in tails) + ")"
        for first, tails in sorted(groups.items())
    ]
    alternatives += [f"(?:{p})" for p in others]
    return re.compile("|".join(alternatives)) if alternatives else None


def _domain(address: str) -> str:
    at = address.rfind("@")
    return address[at + 1 :].strip().strip(".>").lower() if at >= 0 else ""


class Prefilter:
    """``check(headers)`` says whether a message may be job mail, and why.

    ``relay_domains`` / ``scheduling_domains``: sender domains of services that send job mail
    (a mapping gives each domain its category for the reason; a domain covers its subdomains;
    ``*`` inside an entry matches one or more labels). ``known_domains`` / ``known_addresses``:
    the employers and contacts of tracked opportunities (never a personal mail provider's
    domain). ``subject_patterns``: strong patterns (a match passes). ``weak_patterns`` pass
    unless one of ``commerce_patterns`` matches too; ``sender_patterns`` are matched against
    the display name and the local part of the sender.
    """

    def __init__(
        self,
        relay_domains: Mapping[str, str] | Iterable[str],
        scheduling_domains: Iterable[str] = (),
        known_domains: Iterable[str] = (),
        known_addresses: Iterable[str] = (),
        subject_patterns: Iterable[str] = (),
        *,
        relay_addresses: Iterable[str] = (),
        weak_patterns: Iterable[str] = (),
        commerce_patterns: Iterable[str] = (),
        sender_patterns: Iterable[str] = (),
        body_words: Iterable[str] = (),
        body_phrases: Iterable[str] = (),
        quiet_addresses: Iterable[str] = (),
    ) -> None:
        if isinstance(relay_domains, Mapping):
            listed = {str(k).lower(): str(v) for k, v in relay_domains.items()}
        else:
            listed = dict.fromkeys((d.lower() for d in relay_domains), "job service")
        listed.update(dict.fromkeys((d.lower() for d in scheduling_domains), "scheduling"))
        #: listed domain -> category ("ats", "scheduling" ...)
        self.domains: dict[str, str] = {}
        self._globs: list[tuple[re.Pattern[str], str]] = []
        for entry, category in listed.items():
            entry = entry.strip().strip(".").removeprefix("*.")
            if "*" in entry:
                glob = re.escape(entry).replace(r"\*", r"[a-z0-9.-]+")
                self._globs.append((re.compile(rf"(?:^|\.){glob}$"), category))
            elif entry:
                self.domains[entry] = category
        self.relay_addresses = frozenset(a.lower() for a in relay_addresses)
        #: senders whose identity alone is no evidence (job alerts ...), though their domain is
        self.quiet_addresses = frozenset(a.lower() for a in quiet_addresses)
        self.known_domains = frozenset(d.lower().strip().lstrip("@") for d in known_domains if d)
        self.known_addresses = frozenset(a.lower().strip() for a in known_addresses if a)
        self.patterns = {
            "subject": tuple(subject_patterns),
            "weak": tuple(weak_patterns),
            "commerce": tuple(commerce_patterns),
            "sender": tuple(sender_patterns),
            "body_words": tuple(body_words),
            "body_phrases": tuple(body_phrases),
        }
        #: lower-case words and substrings (UTF-8) looked for near the top of person-written mail
        self.body_words = frozenset(w.lower().encode() for w in body_words if w)
        self.body_phrases = tuple(p.lower().encode() for p in body_phrases if p)
        self._ascii_phrases = tuple(p for p in self.body_phrases if p.isascii())
        self._listed = listed
        self._strong = _regex(self.patterns["subject"])
        self._weak = _regex(self.patterns["weak"])
        self._commerce = _regex(self.patterns["commerce"])
        self._sender = _regex(self.patterns["sender"])

    @classmethod
    def from_yaml(
        cls,
        path: str | Path | None = None,
        *,
        known_domains: Iterable[str] = (),
        known_addresses: Iterable[str] = (),
        catalog: str | Path | None = CATALOG,
    ) -> Prefilter:
        """The prefilter of ``data/prefilter.yaml`` (or ``path``), plus the vendor domains of
        the sender catalog ``data/ats.yaml`` when it can be read (``catalog=None``: not)."""
        import yaml

        with open(path or DATA, encoding="utf-8") as f:
            data = yaml.load(f, Loader=_yaml_loader()) or {}
        domains: dict[str, str] = {}
        quiet: list[str] = []
        if catalog is not None:
            catalog_domains, quiet = _catalog(Path(catalog))
            domains.update(catalog_domains)
        for category, entries in (data.get("relay_domains") or {}).items():
            domains.update(dict.fromkeys((str(e).lower() for e in entries or ()), str(category)))
        subjects = data.get("subject_patterns") or {}
        strong = [str(p) for lang in (subjects.get("strong") or {}).values() for p in lang or ()]
        return cls(
            domains,
            (),
            known_domains,
            known_addresses,
            strong,
            relay_addresses=[str(a) for a in data.get("relay_addresses") or ()],
            weak_patterns=[str(p) for p in subjects.get("weak") or ()],
            commerce_patterns=[str(p) for p in subjects.get("commerce") or ()],
            sender_patterns=[str(p) for p in data.get("sender_patterns") or ()],
            body_words=[str(w) for w in data.get("body_words") or ()],
            body_phrases=[str(p) for p in data.get("body_phrases") or ()],
            quiet_addresses=[*quiet, *(str(a) for a in data.get("quiet_addresses") or ())],
        )

    def with_known(self, domains: Iterable[str] = (), addresses: Iterable[str] = ()) -> Prefilter:
        """The same prefilter that also passes mail from/to these domains and addresses."""
        return Prefilter(
            self._listed,
            (),
            [*self.known_domains, *domains],
            [*self.known_addresses, *addresses],
            self.patterns["subject"],
            relay_addresses=self.relay_addresses,
            weak_patterns=self.patterns["weak"],
            commerce_patterns=self.patterns["commerce"],
            sender_patterns=self.patterns["sender"],
            body_words=self.patterns["body_words"],
            body_phrases=self.patterns["body_phrases"],
            quiet_addresses=self.quiet_addresses,
        )

    def check(self, headers: Headers, *, calendar_part: bool = False) -> tuple[bool, str]:
        """``(passes, reason)``. ``calendar_part``: the body carries a calendar invitation."""
        sender = headers.from_addr
        domain = _domain(sender)
        if self.known_addresses or self.known_domains:
            found = self._known(headers)
            if found:
                return True, found
        if sender in self.quiet_addresses:
            return False, f"quiet: {sender} sends job alerts or newsletters, never events"
        if domain:
            category = self.domain_category(domain)
            if category:
                return True, f"sender-domain: {domain} ({category})"
            if category == "":
                return False, f"quiet: {domain} sends job alerts or newsletters, never events"
        if sender in self.relay_addresses:
            return True, f"relay-address: {sender}"
        for other in (headers.reply_to, headers.extra.get("sender", "")):
            if other:
                other_domain = _domain(other.strip("<> "))
                category = self.domain_category(other_domain) if other_domain else None
                if category:
                    return True, f"reply-domain: {other_domain} ({category})"
        ctype = headers.content_type.lower()
        if calendar_part or "text/calendar" in ctype or "method=request" in ctype:
            return True, "calendar: content type"
        if "calendarmessage" in headers.extra.get("content-class", ""):
            return True, "calendar: content class"
        if "x-linkedin-template" in headers.extra:
            return True, "linkedin-template: " + headers.extra["x-linkedin-template"][:60]
        subject = headers.subject.lower()
        if subject:
            m = self._strong.search(subject) if self._strong else None
            if m:
                return True, f"subject: {m.group(0)}"
        if self._sender:
            at = sender.find("@")
            m = self._sender.search(f"{headers.from_name.lower()}\n{sender[:at] if at > 0 else ''}")
            if m:
                return True, f"sender-name: {m.group(0)}"
        if subject and self._weak:
            m = self._weak.search(subject)
            if m and not (self._commerce and self._commerce.search(subject)):
                return True, f"subject-weak: {m.group(0)}"
        return False, "none: no job signal in the headers"

    def peeks(self, headers: Headers) -> bool:
        """Whether a message that failed :meth:`check` deserves a look at its body: mail that
        looks written by a person (no bulk or list headers, no auto-submission, not from a
        no-reply address), where a hiring manager's "Coffee next week?" hides its point."""
        if not (self.body_words or self.body_phrases) or headers.list_unsubscribe:
            return False
        if headers.precedence in ("bulk", "list", "junk") or headers.auto_submitted not in (
            "",
            "no",
        ):
            return False
        extra = headers.extra
        if "list-id" in extra or "feedback-id" in extra:
            return False
        at = headers.from_addr.find("@")
        return at > 0 and _NOREPLY.search(headers.from_addr[:at]) is None

    def check_body(self, head: bytes) -> tuple[bool, str]:
        """``(passes, reason)`` from the first few KB of a body (see :meth:`peeks`).

        Whole words go through one set intersection (C speed, ~5 us for 1.5 KB); substring
        search costs ~0.5 us a phrase, so phrases are few.
        """
        lower = head.lower()
        if b"application/" in lower:  # MIME part headers: "Content-Type: application/pdf"
            lower = lower.replace(b"application/", b" ")
        words = lower.translate(_PUNCTUATION).split()
        if not self.body_words.isdisjoint(words):
            found = next(w for w in words if w in self.body_words)
            return True, "body: " + found.decode("utf-8", "replace")
        phrases = self._ascii_phrases if lower.isascii() else self.body_phrases
        if any(map(lower.__contains__, phrases)):
            found = next(p for p in phrases if p in lower)
            return True, "body: " + found.decode("utf-8", "replace")
        return False, "none: no job signal in the headers or the top of the body"

    def domain_category(self, domain: str) -> str | None:
        """The category of a listed domain or of its nearest listed parent; ``""`` for a quiet
        one (job alerts, a vendor's newsletters); None when not listed."""
        domains = self.domains
        d = domain
        while True:
            category = domains.get(d)
            if category is not None:
                return category
            dot = d.find(".")
            if dot < 0:
                break
            d = d[dot + 1 :]
        for glob, category in self._globs:
            if glob.search(domain):
                return category
        return None

    def _known(self, headers: Headers) -> str:
        people = self.known_addresses
        companies = self.known_domains
        for label, addresses in (
            ("from", (headers.from_addr, headers.reply_to, headers.extra.get("sender", ""))),
            ("to", headers.to + headers.cc),
        ):
            for address in addresses:
                if not address:
                    continue
                address = address.strip("<> ").lower()
                if address in people:
                    return f"known-contact: {address} ({label})"
                d = _domain(address)
                while d and companies:
                    if d in companies:
                        return f"known-domain: {d} ({label})"
                    dot = d.find(".")
                    d = d[dot + 1 :] if dot >= 0 else ""
        return ""


def _yaml_loader() -> Any:
    """libyaml's safe loader when PyYAML has it (10x faster on data/ats.yaml), else Python's."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


#: catalog roles whose mail is never an event (job alerts, the vendors' own newsletters): such a
#: sender passes only on other evidence (its subject, say), not for being who it is
_NOT_EVENTS = frozenset({"alerts", "marketing"})


def _catalog(path: Path) -> tuple[dict[str, str], list[str]]:
    """``(domain -> category, quiet addresses)`` from the sender catalog (``data/ats.yaml``).

    A domain whose role there is alerts or marketing gets the category "" (it is no evidence,
    and as the more specific entry it hides its parent: nurture.icims.com under icims.com).
    Read defensively: a missing or malformed catalog gives nothing.
    """
    try:
        import yaml

        with open(path, encoding="utf-8") as f:
            data = yaml.load(f, Loader=_yaml_loader()) or {}
        domains: dict[str, str] = {}
        quiet: list[str] = []
        for vendor in data.get("vendors") or ():
            kind = str(vendor.get("kind", "job service"))
            for entry in vendor.get("domains") or ():
                domain, _, role = str(entry).partition(":")
                if not domain.endswith(".*"):
                    domains[domain.lower()] = "" if role in _NOT_EVENTS else kind
            for address, role in (vendor.get("addresses") or {}).items():
                if str(role) in _NOT_EVENTS:
                    quiet.append(str(address).lower())
        return domains, quiet
    except Exception:  # someone else's file: never let it stop a scan
        return {}, []


def load_prefilter(
    known_domains: Iterable[str] = (), known_addresses: Iterable[str] = ()
) -> Prefilter:
    """The default prefilter with the tracked opportunities' domains and contacts."""
    return Prefilter.from_yaml(known_domains=known_domains, known_addresses=known_addresses)
