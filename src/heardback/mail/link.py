"""Linking a classified message to the opportunity it is about (pure: no I/O).

Every candidate gets a score made of named reasons (thread, requisition id, company, role, known
contact, sender domain). Strong, clear matches link automatically; close calls go to the review
queue; an application confirmation that matches nothing creates a new opportunity.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from heardback.domain.records import TERMINAL, Stage
from heardback.mail.model import Classification, Extraction, MailKind, ParsedMail, Reason
from heardback.mail.rules import normalize

#: a score at or above this links automatically, when it also leads the next best by MARGIN
LINK_SCORE = 0.8
MARGIN = 0.3
#: below this classification confidence the message goes to review whatever it matches
MIN_CONFIDENCE = 0.6
#: kinds whose unmatched messages start a new opportunity: a confirmation of an application,
#: and (when the classifier is sure) news that can only come from a real process the user did
#: not track, such as a rejection or an interview invitation found in an old mailbox
CREATES = frozenset({MailKind.APPLIED})
CREATES_WHEN_SURE = frozenset(
    {
        MailKind.REJECTED,
        MailKind.INTERVIEW,
        MailKind.ASSESSMENT,
        MailKind.OFFER,
        MailKind.REFERENCE_CHECK,
    }
)
SURE = 0.8

_SUFFIXES = re.compile(
    r"\b(inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|ag|sa|s\.a|sas|sarl|bv|b\.v|nv|plc|"
    r"corp|corporation|co|company|group|holding|holdings|srl|spa|s\.p\.a|ab|as|oy|pty|kg|se)\b\.?",
    re.I,
)


class LinkAction(enum.StrEnum):
    LINK = "link"
    CREATE = "create"
    REVIEW = "review"
    IGNORE = "ignore"


@dataclass(frozen=True, slots=True)
class Candidate:
    """What is known about one tracked opportunity, for matching."""

    opportunity_id: int
    company: str
    role: str = ""
    requisition: str = ""
    stage: Stage = Stage.APPLIED
    #: Message-IDs of messages already linked to it (thread matching)
    message_keys: frozenset[str] = frozenset()
    contact_emails: frozenset[str] = frozenset()
    #: employer mail domains seen for it (its contacts', never personal or ATS domains)
    domains: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class LinkDecision:
    action: LinkAction
    opportunity_id: int | None = None
    score: float = 0.0
    reasons: tuple[Reason, ...] = ()
    #: (opportunity id, score) of the best candidates, best first
    ranking: tuple[tuple[int, float], ...] = field(default_factory=tuple)
    #: why a message went to review: low_confidence, ambiguous_link, no_match
    why: str = ""


@lru_cache(maxsize=4096)  # every message is scored against every open opportunity
def normalise_company(name: str) -> str:
    """Lower case, accents and legal suffixes dropped, '&' read as 'and'; letters of every
    script are kept (a Hebrew or Japanese name must still compare)."""
    text = unicodedata.normalize("NFKD", normalize(name))  # ł, ø, ß… first, then any accent
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ")
    text = _SUFFIXES.sub(" ", text)
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def normalise_requisition(req: str) -> str:
    return re.sub(r"[^a-z0-9]", "", req.lower())


_LEVELS = re.compile(
    r"\b(senior|sr|junior|jr|lead|principal|mid|entry|level|i{1,3}|iv|[mfwdhx]/[mfwdhx](/[mfwdhx])?)\b"
)


@lru_cache(maxsize=16384)
def role_match(a: str, b: str) -> bool | None:
    """True when two job titles name the same role (seniority words aside), False when they
    clearly differ, None when unsure."""
    from rapidfuzz import fuzz

    def clean(text: str) -> str:
        text = _LEVELS.sub(" ", text.lower())
        return " ".join(re.sub(r"[^\w]+", " ", text).split())

    x, y = clean(a), clean(b)
    if not x or not y:
        return None
    if fuzz.token_set_ratio(x, y) >= 90 and fuzz.token_sort_ratio(x, y) >= 70:
        return True
    if fuzz.token_sort_ratio(x, y) < 65:
        return False
    return None


@lru_cache(maxsize=16384)
def _similar(a: str, b: str) -> float:
    """Similarity of two normalised company names (0-1). A name run together from a mail
    domain matches the written one ("kestrelpay" ~ "kestrel payments", "hauglandmoe" ~
    "haugland and moe")."""
    from rapidfuzz import fuzz

    if not a or not b:
        return 0.0
    ratio = float(fuzz.token_set_ratio(a, b)) / 100.0
    if ratio < 0.9:
        x, y = (_squash(a), _squash(b))
        short, long = sorted((x, y), key=len)
        if len(short) >= 5 and long.startswith(short):
            return 0.9
    return ratio


def _squash(name: str) -> str:
    return "".join(w for w in name.split() if w != "and")


def score(
    mail: ParsedMail, extraction: Extraction, candidate: Candidate
) -> tuple[float, list[Reason]]:
    """How well a message matches one opportunity, with the reasons."""
    reasons: list[Reason] = []
    h = mail.headers
    thread = {h.in_reply_to, *h.references} - {""}
    if thread & candidate.message_keys:
        reasons.append(Reason("thread", "replies to a message already linked to it", 1.0))
    req = normalise_requisition(extraction.requisition)
    cand_req = normalise_requisition(candidate.requisition)
    if req and cand_req:
        if req == cand_req:
            reasons.append(
                Reason("requisition", f"same requisition id {extraction.requisition}", 0.9)
            )
        else:
            reasons.append(
                Reason(
                    "other_requisition",
                    f"requisition {extraction.requisition} differs from {candidate.requisition}",
                    -0.8,
                )
            )
    company = normalise_company(extraction.company)
    cand_company = normalise_company(candidate.company)
    if company and cand_company:
        similarity = _similar(company, cand_company)
        if similarity >= 0.9:
            reasons.append(Reason("company", f"company '{extraction.company}' matches", 0.5))
        elif similarity >= 0.8:
            reasons.append(Reason("company_close", f"company '{extraction.company}' is close", 0.3))
        else:
            reasons.append(Reason("other_company", f"company '{extraction.company}' differs", -0.6))
    if extraction.role and candidate.role:
        verdict = role_match(extraction.role, candidate.role)
        if verdict is True:
            reasons.append(Reason("role", f"role '{extraction.role}' matches", 0.3))
        elif verdict is False:
            reasons.append(Reason("other_role", f"role '{extraction.role}' differs", -0.3))
    sender = h.from_addr.lower()
    if sender and sender in candidate.contact_emails:
        reasons.append(Reason("contact", f"{sender} is a known contact for it", 0.6))
    elif sender and sender.rsplit("@", 1)[-1] in candidate.domains:
        reasons.append(Reason("domain", f"sent from its domain {sender.rsplit('@', 1)[-1]}", 0.3))
    if candidate.stage in TERMINAL:
        reasons.append(Reason("closed", f"that process is {candidate.stage.value}", -0.2))
    return round(sum(r.weight for r in reasons), 3), reasons


def link(
    mail: ParsedMail,
    classification: Classification,
    extraction: Extraction,
    candidates: Sequence[Candidate],
) -> LinkDecision:
    """Decide what to do with a classified message."""
    if classification.kind is MailKind.NOT_JOB:
        return LinkDecision(LinkAction.IGNORE)
    results = [(score(mail, extraction, c), c) for c in candidates]
    if classification.kind is MailKind.APPLIED:
        # a confirmation is about a new process unless it clearly is a known one: a closed
        # process, or another role or requisition at the same company, is not it
        results = [
            ((s, r), c)
            for (s, r), c in results
            if not ({"other_role", "other_requisition"} & {x.code for x in r})
            and (c.stage not in TERMINAL or any(x.code in ("requisition", "thread") for x in r))
        ]
    same_company = [c for (_s, r), c in results if any(x.code == "company" for x in r)]
    if len(same_company) == 1:
        only = same_company[0]
        results = [
            (
                (
                    round(s + 0.3, 3),
                    [*r, Reason("only_one", f"the only opportunity tracked at {c.company}", 0.3)],
                )
                if c is only
                else (s, r),
                c,
            )
            for (s, r), c in results
        ]
    scored = sorted(results, key=lambda item: (-item[0][0], item[1].opportunity_id))
    ranking = tuple((c.opportunity_id, s) for (s, _r), c in scored if s > 0)[:5]
    if classification.confidence < MIN_CONFIDENCE:
        top = scored[0] if scored and scored[0][0][0] > 0 else None
        return LinkDecision(
            LinkAction.REVIEW,
            top[1].opportunity_id if top else None,
            top[0][0] if top else 0.0,
            tuple(top[0][1]) if top else (),
            ranking,
            why="low_confidence",
        )
    if scored:
        (best_score, best_reasons), best = scored[0]
        runner_up = scored[1][0][0] if len(scored) > 1 else 0.0
        if best_score >= LINK_SCORE and best_score - runner_up >= MARGIN:
            return LinkDecision(
                LinkAction.LINK, best.opportunity_id, best_score, tuple(best_reasons), ranking
            )
        if best_score >= 0.3:
            return LinkDecision(
                LinkAction.REVIEW,
                best.opportunity_id,
                best_score,
                tuple(best_reasons),
                ranking,
                why="ambiguous_link",
            )
    creates = classification.kind in CREATES or (
        classification.kind in CREATES_WHEN_SURE and classification.confidence >= SURE
    )
    if creates and extraction.company:
        return LinkDecision(
            LinkAction.CREATE,
            reasons=(Reason("new", f"no tracked opportunity at {extraction.company}", 0.0),),
            ranking=ranking,
        )
    return LinkDecision(LinkAction.REVIEW, ranking=ranking, why="no_match")
