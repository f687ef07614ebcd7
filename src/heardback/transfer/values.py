"""The free-text values of an imported spreadsheet: status, source, salary and contacts.

Each parser reads what people write in a cell (``"2nd interview"``, ``"LinkedIn Easy Apply"``,
``"$120k-140k"``, ``"Jane Doe <jane@acme.com>"``) and returns the value heardback stores, or
``None`` / :class:`SalaryError` when it cannot. :mod:`heardback.transfer.csv_import` uses them to
plan the rows; they know nothing about files or headers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from heardback.domain.records import Channel, EventKind


def _words(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


# ------------------------------------------------------------------------------------------ status

# fmt: off
#: status key -> the events that reach it, after ``applied``
_CHAINS: dict[str, tuple[EventKind, ...]] = {
    "saved": (),
    "applied": (EventKind.APPLIED,),
    "screen": (EventKind.APPLIED, EventKind.SCREEN),
    "assessment": (EventKind.APPLIED, EventKind.ASSESSMENT),
    "interview": (EventKind.APPLIED, EventKind.INTERVIEW),
    "final": (EventKind.APPLIED, EventKind.INTERVIEW),
    "references": (EventKind.APPLIED, EventKind.REFERENCE_CHECK),
    "offer": (EventKind.APPLIED, EventKind.OFFER),
    "accepted": (EventKind.APPLIED, EventKind.OFFER, EventKind.ACCEPTED),
    "rejected": (EventKind.APPLIED, EventKind.REJECTED),
    "withdrawn": (EventKind.APPLIED, EventKind.WITHDRAWN),
    "offer_declined": (EventKind.APPLIED, EventKind.OFFER, EventKind.WITHDRAWN),
    "dormant": (EventKind.APPLIED, EventKind.DORMANT),
}
#: status key -> the values people write for it (compared as lower-case words)
_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "saved": ("saved", "wishlist", "wish list", "bookmarked", "interested", "to apply",
              "not applied", "not yet applied", "planned", "plan to apply", "draft", "researching",
              "prospect", "lead", "considering", "todo", "to do", "want to apply"),
    "applied": ("applied", "application sent", "application submitted", "submitted", "sent",
                "pending", "in review", "under review", "reviewing", "awaiting response",
                "waiting", "waiting to hear back", "in progress", "in process", "open",
                "application received", "received", "acknowledged", "application"),
    "screen": ("screen", "screening", "phone screen", "phone screening", "recruiter screen",
               "recruiter call", "hr screen", "hr call", "phone call", "intro call",
               "initial call", "first call", "phone interview", "screening call"),
    "assessment": ("assessment", "online assessment", "oa", "take home", "takehome",
                   "take home assignment", "take home test", "coding test", "coding challenge",
                   "technical test", "test", "challenge", "assignment", "case study",
                   "homework", "hackerrank", "codility", "codesignal"),
    "interview": ("interview", "interviews", "interviewing", "interviewed", "in interviews",
                  "technical interview", "tech interview", "video interview", "virtual interview",
                  "panel interview", "panel", "hiring manager interview", "hm interview",
                  "next round", "behavioral interview", "team interview", "system design"),
    "final": ("final", "final round", "final rounds", "final interview", "final stage",
              "onsite", "on site", "onsite interview", "on site interview", "superday",
              "last round", "final round interview"),
    "references": ("references", "reference", "reference check", "references check",
                   "background check", "bg check", "references requested"),
    "offer": ("offer", "offered", "offer received", "got offer", "got an offer", "negotiating",
              "negotiation", "offer extended", "verbal offer", "written offer"),
    "accepted": ("accepted", "offer accepted", "accepted offer", "hired", "signed", "joined"),
    "rejected": ("rejected", "rejection", "declined", "not selected", "not moving forward",
                 "unsuccessful", "no offer", "turned down", "denied", "position filled",
                 "filled", "closed", "job closed", "posting closed", "role closed",
                 "position closed", "not a fit", "no fit", "rejected me"),
    "withdrawn": ("withdrawn", "withdrew", "withdraw", "withdrew application", "not interested",
                  "no longer interested", "cancelled", "canceled", "pulled out", "retracted"),
    "offer_declined": ("offer declined", "declined offer", "turned down offer", "rejected offer",
                       "i declined", "declined by me", "offer rejected by me"),
    "dormant": ("ghosted", "no response", "no reply", "no answer", "no news", "no word",
                "silence", "dormant", "stale", "inactive", "never heard back", "heard nothing",
                "no contact", "unresponsive", "expired"),
}
_INTERVIEW_TYPES = (
    ("on site", "onsite"), ("onsite", "onsite"), ("phone", "phone"), ("video", "video"),
    ("virtual", "video"), ("panel", "panel"), ("technical", "technical"), ("tech", "technical"),
    ("behavioral", "behavioral"), ("system design", "technical"),
    ("hiring manager", "hiring manager"),
)
# fmt: on
_STATUS: dict[str, str] = {w: key for key, words in _STATUS_WORDS.items() for w in words}
ACCEPTED_STATUSES = (
    "saved, applied, screen, assessment, interview, final round, references, offer, accepted, "
    "rejected, withdrawn, offer declined, ghosted"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ROUND = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth)\s+(?:round|interview)"
    r"|\b(?:round|interview|stage)\s+(\d{1,2})\b"
)


@dataclass(frozen=True, slots=True)
class Status:
    key: str
    round: int | None = None
    interview_type: str = ""


def _lookup_status(words: str) -> str | None:
    key = _STATUS.get(words)
    parts = words.split()
    for n in range(len(parts) - 1, 0, -1):  # "rejected after onsite" -> "rejected"
        if key is not None:
            break
        key = _STATUS.get(" ".join(parts[:n]))
    if key is None and _ROUND.search(words):
        key = "interview"  # "2nd round", "round 3"
    return key


def parse_status(text: str) -> Status | None:
    """The status a free-text value names (``"2nd interview"``, ``"Ghosted"``), or ``None``."""
    # numbered board lists ("3 - Interview") number the column, not the round
    words = _words(re.sub(r"^\s*\d+\s*[-.):]+\s*(?=\D)", "", text))
    key = _lookup_status(words) if words else None
    if key is None:
        return None
    number: int | None = None
    if key in ("interview", "final") and (match := _ROUND.search(words)):
        token = match.group(1) or match.group(2)
        number = int(token) if token else _ORDINALS.get(match.group().split()[0])
    kind = ""
    if key in ("screen", "interview", "final"):
        padded = f" {words} "
        kind = next((name for word, name in _INTERVIEW_TYPES if f" {word} " in padded), "")
    return Status(key, number, kind)


# ----------------------------------------------------------------------------------------- channel

# fmt: off
_CHANNEL_WORDS: tuple[tuple[Channel, tuple[str, ...]], ...] = (
    (Channel.EASY_APPLY, ("easy apply", "easy_apply", "easyapply", "quick apply", "1 click",
                          "one click", "indeed apply")),
    (Channel.REFERRAL, ("referral", "referred", "refer", "referrer", "employee referral",
                        "friend", "ref")),
    (Channel.RECRUITER, ("recruiter", "agency", "headhunter", "head hunter", "staffing",
                         "recruitment", "talent partner", "sourcer", "inbound")),
    (Channel.DIRECT, ("company site", "company website", "website", "direct", "directly",
                      "careers page", "career page", "careers site", "career site",
                      "company careers", "careers", "workday", "greenhouse", "lever", "ashby",
                      "smartrecruiters", "cold email", "email", "company page", "own site")),
    (Channel.JOB_BOARD, ("job board", "job_board", "jobboard", "linkedin", "indeed", "glassdoor",
                         "ziprecruiter", "monster", "dice", "angellist", "angel list", "wellfound",
                         "otta", "welcome to the jungle", "builtin", "built in", "stepstone",
                         "xing", "seek", "reed", "totaljobs", "hacker news", "hn", "who s hiring",
                         "remoteok", "remote ok", "we work remotely", "careerbuilder",
                         "simplyhired", "handshake", "jobs board", "board", "hired", "dribbble",
                         "stack overflow", "naukri", "jobstreet", "infojobs", "job site")),
)
# fmt: on
_AGENCY = re.compile(r"\b(agency|headhunter|head hunter|staffing|recruitment)\b")
_REFERRED_BY = re.compile(r"\breferr?ed\s+by\s*:?\s+(.+)$", re.IGNORECASE)


def parse_channel(text: str) -> Channel | None:
    """The channel a free-text source names (``"LinkedIn Easy Apply"`` -> easy_apply)."""
    padded = f" {_words(text)} "
    for channel, words in _CHANNEL_WORDS:
        if any(f" {_words(word)} " in padded for word in words):
            return channel
    return None


# ------------------------------------------------------------------------------------------ salary

# fmt: off
_NA = frozenset({"", "n a", "na", "none", "doe", "tbd", "tba", "unknown", "not listed",
                 "not stated", "competitive", "negotiable", "unspecified", "not specified",
                 "not disclosed"})
_PERIOD = re.compile(
    r"(/\s*(h|hr|hour|d|day|wk|week|mo|mth|month)\b|\bper\s+(hour|day|week|month)\b|\bhourly\b|"
    r"\bdaily\b|\bweekly\b|\bmonthly\b|\ban?\s+(hour|day|week|month)\b|\bp\s*/?\s*h\b)",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w.,])"
    r"(\d{1,3}(?P<sep>[.,'’ \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"\s*(?P<mult>k|m|mm|mil|million|thousand)?(?![^\W\d_])",
    re.IGNORECASE,
)
_CODES = frozenset([
    "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
    "RON", "BGN", "JPY", "CNY", "INR", "SGD", "HKD", "BRL", "MXN", "ZAR", "ILS", "AED", "KRW",
    "TWD", "PHP", "TRY", "ARS", "CLP", "COP", "IDR", "MYR", "THB", "VND", "NGN", "KES", "EGP",
    "SAR", "QAR", "UAH", "ISK",
])
_SYMBOLS = (
    ("ca$", "CAD"), ("c$", "CAD"), ("au$", "AUD"), ("a$", "AUD"), ("nz$", "NZD"),
    ("us$", "USD"), ("r$", "BRL"), ("hk$", "HKD"), ("s$", "SGD"), ("€", "EUR"), ("£", "GBP"),
    ("₹", "INR"), ("₩", "KRW"), ("zł", "PLN"), ("₪", "ILS"), ("₱", "PHP"), ("₺", "TRY"),
)
_DOLLAR = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN",
           "AR": "ARS", "CL": "CLP", "CO": "COP", "TW": "TWD"}
_KRONA = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"}
_MULTIPLIER = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mm": 1_000_000,
               "mil": 1_000_000, "million": 1_000_000}
# fmt: on


class SalaryError(ValueError):
    pass


def _currency(text: str, country: str) -> str:
    lowered = text.casefold()
    for symbol, code in _SYMBOLS:
        if symbol in lowered:
            return code
    words: list[str] = re.findall(r"[^\W\d_]+", lowered)
    for word in words:
        if word.upper() in _CODES:
            return word.upper()
        if word in ("euro", "euros"):
            return "EUR"
        if word in ("pound", "pounds"):
            return "GBP"
    country = country.upper()
    if "$" in text or "dollar" in lowered:
        return _DOLLAR.get(country, "USD")
    if "¥" in text or "円" in text:
        return "CNY" if country == "CN" else "JPY"
    if re.search(r"(?<![a-z])kr(?![a-z])", lowered):
        return _KRONA.get(country, "")
    return ""


def _number(token: str, sep: str | None) -> float:
    if sep:
        token = token.replace(sep, "")
    return float(token.replace(",", "."))


def parse_salary(text: str, country: str = "US") -> tuple[int | None, int | None, str]:
    """``(min, max, currency)`` from free text like ``"$120k–140k"`` or ``"120000-140000 EUR"``.

    Raises :class:`SalaryError` (a ``ValueError``) with the reason when the text is not a yearly
    salary heardback can store; an empty or "n/a"-like value gives ``(None, None, "")``.
    """
    if _words(text) in _NA:
        return None, None, ""
    if _PERIOD.search(text):
        raise SalaryError("it looks like an hourly, weekly or monthly rate, not a yearly salary")
    found = list(_NUMBER.finditer(text))
    if not found:
        raise SalaryError("it has no amount")
    if len(found) > 2:
        raise SalaryError("it has more than two amounts")
    values: list[float] = []
    multipliers = [_MULTIPLIER.get((m.group("mult") or "").lower(), 1) for m in found]
    for match, mult in zip(found, multipliers, strict=True):
        if mult == 1 and max(multipliers) > 1 and _number(match.group(1), match["sep"]) < 1000:
            mult = max(multipliers)  # "120-140k": the k belongs to both
        values.append(_number(match.group(1), match["sep"]) * mult)
    if min(values) < 1000:
        raise SalaryError("the amount is too small for a yearly salary (write 120k or 120000)")
    low, high = round(min(values)), round(max(values))
    currency = _currency(text, country)
    if len(values) == 1:
        tail = text[found[0].end() :].lstrip()
        lowered = text.casefold()
        if tail.startswith("+") or re.search(r"\b(from|min|minimum|at least|starting)\b", lowered):
            return low, None, currency
        if re.search(r"\b(up to|upto|max|maximum)\b", lowered) or "<" in text:
            return None, high, currency
    return low, high, currency


def _parse_amount(text: str) -> int | None:
    if not text.strip():
        return None
    found = list(_NUMBER.finditer(text))
    if len(found) != 1:
        raise SalaryError("it is not one amount")
    match = found[0]
    mult = _MULTIPLIER.get((match.group("mult") or "").lower(), 1)
    return round(_number(match.group(1), match["sep"]) * mult)


# ---------------------------------------------------------------------------------------- contacts

_NAME_JUNK = " \t\"':,;-"
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_WRAPPED_EMAIL = re.compile(r"(?:mailto:)?[<(\[]\s*(?:mailto:)?(" + _EMAIL.pattern + r")\s*[>)\]]")


def parse_contacts(text: str) -> list[tuple[str, str]]:
    """``(name, email)`` pairs from ``"Jane Doe <jane@acme.com>; bob@acme.com"``-like text."""
    people: list[tuple[str, str]] = []
    for chunk in re.split(r"[;\n]+", text):
        parts = chunk.split(",") if chunk.count("@") > 1 else [chunk]
        for part in parts:
            part = part.strip()
            if not part:
                continue
            match = _WRAPPED_EMAIL.search(part) or _EMAIL.search(part)
            if match is None:
                people.append((part.strip(_NAME_JUNK), ""))
                continue
            name = (part[: match.start()] + " " + part[match.end() :]).strip(_NAME_JUNK)
            people.append((" ".join(name.split()), match.group(match.lastindex or 0)))
    return people
