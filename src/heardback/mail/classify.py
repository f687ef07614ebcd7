"""What a message is about: one :class:`MailKind` with a confidence and the reasons for it.

Evidence comes from three places, each a named :class:`Reason` with a weight:

* phrases (``rules.py``, ``data/mail_phrases.yaml``), read in context: a condition, a process
  description or a negation defuses them;
* the sender, headers and calendar parts (``catalog.py``, ``data/ats.yaml``);
* a small text model trained on mail written for training (``learned.py``), when it is
  installed; its vote grows faster than its probability, so an unsure model adds little;
* whether anything in the message is about work at all: hiring phrases in a message with no
  word about jobs, roles or candidates, from no hiring sender, count less.

Each kind's score is its strongest piece of evidence plus a little for each further one, minus
the evidence against it; the kind with the highest score wins, and the confidence grows with its
margin over the runner-up.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from heardback.mail.catalog import Sender, load_catalog
from heardback.mail.extract_role_words import is_title_word
from heardback.mail.model import CalendarInvite, Classification, MailKind, ParsedMail, Reason
from heardback.mail.rules import Hit, load_bank, normalize

if TYPE_CHECKING:
    from heardback.mail.learned import LearnedModel

#: how much the text model counts: MODEL_WEIGHT * p ** MODEL_SHARPNESS for a kind it gives
#: probability p, next to 1.0 for a decisive phrase; the power keeps an unsure model (p ~ 0.35)
#: from outvoting "nothing here" while a sure one (p ~ 0.9) counts almost like a phrase. Chosen
#: on the labelled dev sets (corpus, heldout, blind2) once the model had hand-written training
#: mail, for the fewest non-job messages read as job mail at the best macro-F1
#: (bench/README.md)
MODEL_WEIGHT = 1.0
MODEL_SHARPNESS = 1.5
#: below this share of known words the text model counts proportionally less
MODEL_COVERAGE = 0.25
#: the score of "not a job mail" when nothing else speaks
NOT_JOB_PRIOR = 0.32
#: ... and when nothing in the message is about work (see _job_context)
NO_JOB_CONTEXT = 0.4
#: ... and how much its hiring phrases count then ("we have received your application" from a
#: letting agent)
NO_CONTEXT_SCALE = 0.65
BODY_CHARS = 6000
#: small preferences when two kinds score alike: the rarer, more consequential event wins
PRIORITY = {
    "offer": 0.05,
    "rejected": 0.04,
    "reference_check": 0.035,
    "assessment": 0.03,
    "interview": 0.03,
    "request": 0.01,
    "update": 0.0,
    "outreach": 0.0,
    "applied": -0.06,
    "not_job": 0.0,
}
KINDS = tuple(k.value for k in MailKind)
#: stages of a hiring process; three of them named within STAGE_LIST_SPAN characters are a
#: description of the process, not an event
STAGES = frozenset({"interview", "assessment", "offer", "reference_check"})
STAGE_LIST_SPAN = 600
DECISIONS = ("offer", "rejected", "reference_check", "assessment", "interview", "request")

_REPLY = re.compile(
    r"^\s*((re|aw|antw|sv|vs|r|rif|ref|odp|res|ynt|cvp|رد|תשובה)\s*(\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"^\s*((fwd?|wg|tr|rv|enc|doorst|i|inoltro|ps|pd|vb|vl|vs|př|ilt|i̇lt|İlt)\s*(\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)
_AUTO_SUBJECT = re.compile(
    r"^(automatic reply|auto[- ]?reply|autoreply|out of (the )?office|abwesenheitsnotiz|"
    r"automatische antwort|r[ée]ponse automatique|absence|respuesta autom[aá]tica|"
    r"resposta autom[aá]tica|automatisch antwoord|afwezig|risposta automatica|fuori ufficio|"
    r"automatyczna odpowied[źz]|autosvar|automatisk svar|automaattinen vastaus|"
    r"automatick[áa] odpov[ěe][ďd]|otomatik yan[ıi]t|fr[åa]nvaro|frav[æa]r|poza biurem|"
    r"nieobecno[śs][ćc]|poissa)",
    re.IGNORECASE,
)
_LISTING = re.compile(
    r"\b(apply now|view job|see job|view jobs|see all jobs|easy apply|jetzt bewerben|"
    r"job ansehen|postuler|voir l'offre|postularme|ver oferta|candidatar-se|ver vaga|"
    r"solliciteer|bekijk vacature|candidati|vedi offerta|aplikuj teraz|aplikuj|zobacz oferte|"
    r"ansok nu|se jobbet|sog nu|ansog nu|sok na stillingen|se stillingen|hae nyt|katso paikka|"
    r"odpovedet na nabidku|reagovat|hemen basvur|ilani gor)\b"
)
_BULK_LOCAL = re.compile(
    r"^(newsletters?|news|digest|marketing|promo(tions)?|offers|deals|community|events|editors?|"
    r"weekly|daily|insights|hello|stories)([-_.+]|$)"
)
_MARKETING_HOST = re.compile(r"^(marketing|news|newsletters?|promo|events|info|mkt|go|learn)\.")
_CAL_INTERVIEW = re.compile(
    r"\b(interview\w*|screen(ing)?|phone screen|onsite|on-site|technical|hiring|recruit\w*|"
    r"loop|round|panel|final stage|case presentation|meet the team|intro call|introductory|"
    r"gesprach\w*|vorstellungs\w*|kennenlernen|entretien|entrevista|"
    r"colloquio|sollicitatie\w*|kennismaking\w*|sollicitatiegesprek|"
    r"rozmowa (kwalifikacyjna|rekrutacyjna|techniczna)|rekrutac\w*|"
    r"intervju\w*|jobsamtale|ansaettelsessamtale|anstallningsintervju|haastattelu\w*|"
    r"pohovor\w*|mulakat\w*|is gorusmesi|ראיון|مقابلة)\b"
)
#: practice for interviews (a career coach's mock interview, a workshop): not a hiring event
_CAL_PRACTICE = re.compile(
    r"\b(mock|practice|practise|rehearsal|coaching|coach|workshop|webinar|training|course|class|"
    r"probeinterview|oefengesprek|simulation|simulacro|simulazione|simulacao|probna|"
    r"ovningsintervju|harjoitushaastattelu|cviceni)\b"
)
_CAL_PERSONAL = re.compile(
    r"\b(birthday|dinner|lunch|party|dentist|doctor|wedding|vacation|holiday|gym|yoga|"
    r"standup|stand-up|1:1|one on one|sync|retro|sprint|all hands|geburtstag|arzt|anniversaire|"
    r"cumpleanos|aniversario|verjaardag|compleanno|flight|hotel|concert|urodziny|kolacja|"
    r"dentysta|lekarz|fodelsedag|middag|tandlakare|fodselsdag|tandlaege|tannlege|"
    r"syntymapaiva|hammaslaakari|narozeniny|zubar|dogum gunu|dis hekimi)\b"
)


@dataclass(slots=True)
class Evidence:
    """Reasons gathered for one message, by kind."""

    by_kind: dict[str, list[Reason]] = field(default_factory=dict)

    def add(self, kind: str | MailKind, code: str, text: str, weight: float) -> None:
        self.by_kind.setdefault(str(kind), []).append(Reason(code, text, round(weight, 3)))

    def score(self, kind: str) -> float:
        reasons = self.by_kind.get(kind, [])
        pos = sorted((r.weight for r in reasons if r.weight > 0), reverse=True)
        neg = sum(r.weight for r in reasons if r.weight < 0)
        if not pos:
            return neg
        return pos[0] + 0.15 * sum(pos[1:4]) + neg


def strip_subject(subject: str) -> tuple[str, bool]:
    """The subject without Re:/Fwd: prefixes, and whether it had any."""
    stripped = _FORWARD.sub("", _REPLY.sub("", subject))
    stripped = _REPLY.sub("", stripped)
    return stripped.strip(), stripped.strip() != subject.strip()


def classify(
    mail: ParsedMail,
    *,
    known_domains: Iterable[str] = (),
    user_addresses: Iterable[str] = (),
    model: LearnedModel | Literal["default"] | None = "default",
) -> Classification:
    """The kind of one message, with its confidence and the reasons (see the module docstring)."""
    return classify_many(
        [mail], known_domains=known_domains, user_addresses=user_addresses, model=model
    )[0]


def classify_many(
    mails: Sequence[ParsedMail],
    *,
    known_domains: Iterable[str] = (),
    user_addresses: Iterable[str] = (),
    model: LearnedModel | Literal["default"] | None = "default",
) -> list[Classification]:
    """:func:`classify` for a batch; the text model vectorises the whole batch at once."""
    known = frozenset(d.lower().lstrip("@") for d in known_domains)
    users = frozenset(a.lower() for a in user_addresses)
    if model == "default":
        from heardback.mail.learned import default_model

        model = default_model()
    probs: list[dict[str, float]] = [{} for _ in mails]
    trust = [1.0] * len(mails)
    if model is not None:
        todo = [i for i, m in enumerate(mails) if m.headers.from_addr.lower() not in users]
        if todo:
            for i, p in zip(todo, model.predict_proba([mails[i] for i in todo]), strict=True):
                probs[i] = p
            coverage = getattr(model, "coverage", [])
            if len(coverage) == len(todo):
                for i, share in zip(todo, coverage, strict=True):
                    trust[i] = min(1.0, share / MODEL_COVERAGE)
    return [
        _classify_one(m, known, users, p, t) for m, p, t in zip(mails, probs, trust, strict=True)
    ]


def _classify_one(
    mail: ParsedMail,
    known: frozenset[str],
    users: frozenset[str],
    probs: dict[str, float],
    trust: float = 1.0,
) -> Classification:
    h = mail.headers
    if h.from_addr and h.from_addr.lower() in users:
        reason = Reason("sent_by_user", f"sent by you ({h.from_addr})", 1.0)
        return Classification(MailKind.NOT_JOB, 0.97, (reason,))
    catalog = load_catalog()
    sender = catalog.sender(h.from_addr)
    ev = Evidence()
    ev.add("not_job", "prior", "no recruiting evidence is the usual case", NOT_JOB_PRIOR)
    subject, is_reply = strip_subject(h.subject)
    nsubject, nbody = normalize(subject), normalize(mail.text[:BODY_CHARS])
    about_work = _job_context(nsubject, nbody, mail, sender, known)
    _phrase_evidence(ev, nsubject, nbody, is_reply, 1.0 if about_work else NO_CONTEXT_SCALE)
    _sender_evidence(ev, sender, known, h.from_name)
    if sender.personal and _FORWARD.match(h.subject):
        text = f"a forward from a personal address ({sender.domain}): someone passing mail on"
        ev.add("not_job", "personal_forward", text, 0.4)
    _header_evidence(ev, mail, subject, nbody)
    for invite in mail.calendar:
        _calendar_evidence(ev, invite, sender, known)
    if not about_work:
        text = "no word about a job, a role or a candidate, from a sender that is no hiring system"
        ev.add("not_job", "no_job_context", text, NO_JOB_CONTEXT)
    for kind, p in sorted(probs.items(), key=lambda kv: -kv[1]):
        if p >= 0.05:
            weight = MODEL_WEIGHT * trust * p**MODEL_SHARPNESS
            ev.add(kind, "model", f"text model: {kind} {p:.2f}", weight)
    return _decide(ev)


def _phrase_evidence(
    ev: Evidence, nsubject: str, nbody: str, is_reply: bool, scale: float = 1.0
) -> None:
    """Phrases of the (normalised) subject and body; ``scale`` weighs the hiring ones."""
    bank = load_bank()
    hits = _stages_listed(bank.scan(f"{nsubject}\n\n{nbody}", subject_end=len(nsubject)))
    seen: set[tuple[str, str, str]] = set()
    told_ack = False
    for hit in sorted(hits, key=lambda x: -x.phrase.weight):
        key = (hit.kind, hit.snippet, hit.context)
        if key in seen:
            continue
        seen.add(key)
        w = hit.phrase.weight * (scale if hit.kind != "not_job" else 1.0)
        if hit.where == "subject" and is_reply:
            w *= 0.5
        where = "subject" if hit.where == "subject" else "body"
        if not hit.context:
            ev.add(hit.kind, f"phrase_{hit.kind}", f"{where} says '{hit.snippet}'", w)
        elif hit.kind == "rejected":
            ev.add("rejected", hit.context, _ctx_text(hit), -0.6 * w)
            if not told_ack and w >= 0.6:
                told_ack = True
                text_ = "a conditional rejection sentence is typical of acknowledgements"
                ev.add("applied", "conditional_ack", text_, 0.25)
        else:
            ev.add(
                hit.kind,
                hit.context,
                _ctx_text(hit),
                (-0.3 if hit.context == "negated" else -0.1) * w,
            )


_HIRING_VENDORS = frozenset({"ats", "assessment", "reference_check", "staffing", "job_board"})


def _job_context(
    nsubject: str, nbody: str, mail: ParsedMail, sender: Sender, known: frozenset[str]
) -> bool:
    """Whether anything says the message is about work: a hiring system or agency sends it, a
    tracked employer's domain, a word about jobs, roles, candidates or hiring in the subject,
    the text or the quoted history, or a job title in the subject."""
    if sender.vendor is not None and sender.vendor.kind in _HIRING_VENDORS:
        return True
    if _tracked(sender.domain, known):
        return True
    context = load_bank().job_context
    if (
        context.search(nsubject)
        or context.search(nbody)
        or context.search(normalize(mail.quoted[:3000]))
    ):
        return True
    subject = mail.headers.subject
    return any(is_title_word(w) for w in subject.split() if w[:1].isupper())  # "Developer"


def _tracked(domain: str, known: frozenset[str]) -> bool:
    """Whether mail from ``domain`` comes from an employer you track (or a sub-domain of one)."""
    return bool(domain) and (domain in known or any(domain.endswith("." + k) for k in known))


def _stages_listed(hits: list[Hit]) -> list[Hit]:
    """Hits that name three or more different hiring stages within a few lines (in any context)
    describe the process ("1. online assessment 2. telephone interview ... 4. offer, subject to
    references"), as acknowledgements and careers pages do; an invitation, a test or an offer
    is about one stage. Those hits become process descriptions."""
    staged = sorted(
        (h.start, i) for i, h in enumerate(hits) if h.where != "subject" and h.kind in STAGES
    )
    listed: set[int] = set()
    for n, (start, _i) in enumerate(staged):
        near = [i for s, i in staged[n:] if s - start <= STAGE_LIST_SPAN]
        if _three_stages(hits, near):
            listed.update(near)
    if not listed:
        return hits
    return [
        replace(h, context="hypothetical", marker="a list of hiring stages")
        if i in listed and not h.context
        else h
        for i, h in enumerate(hits)
    ]


def _three_stages(hits: list[Hit], near: list[int]) -> bool:
    """Whether three different places name three different stages ("assessment centre" is one
    place, though it reads as an interview and an assessment)."""
    at: dict[int, set[str]] = {}
    for i in near:
        at.setdefault(hits[i].start, set()).add(hits[i].kind)
    if len(at) < 3 or len(set().union(*at.values())) < 3:
        return False
    return any(
        len(set(kinds)) == 3
        for places in itertools.combinations(at.values(), 3)
        for kinds in itertools.product(*places)
    )


def _ctx_text(hit: Hit) -> str:
    if hit.context == "negated":
        return f"'{hit.snippet}' is negated ('{hit.marker.strip()}')"
    if hit.context == "hypothetical":
        return f"'{hit.snippet}' describes the process ('{hit.marker.strip()}'), not an event"
    return f"'{hit.marker.strip()} ... {hit.snippet}' is a condition, not a decision"


def _sender_evidence(ev: Evidence, sender: Sender, known: frozenset[str], name: str) -> None:
    vendor = sender.vendor
    domain = sender.domain
    if _BULK_LOCAL.match(sender.local):
        ev.add(
            "not_job", "newsletter_sender", f"sent from a mass-mail address ({sender.local}@)", 0.45
        )
    if _tracked(domain, known):
        ev.add("not_job", "known_employer", f"{domain} is an employer you applied to", -0.3)
        ev.add("applied", "known_employer", f"{domain} is an employer you applied to", 0.15)
    if vendor is None:
        if sender.personal:
            ev.add("not_job", "sender_personal", f"{domain} is a personal mail provider", 0.05)
        return
    what = f"sender is {vendor.describe()}"
    if sender.role == "relay" and (
        _BULK_LOCAL.match(sender.local) or _MARKETING_HOST.match(domain)
    ):
        ev.add("not_job", "sender_marketing", f"{what} (its own newsletter or marketing mail)", 0.9)
        return
    if sender.role == "alerts":
        ev.add("not_job", "sender_alerts", f"{what} (job alerts, not an event)", 0.9)
        return
    if sender.role == "marketing":
        ev.add("not_job", "sender_marketing", f"{what} (its own marketing mail)", 0.9)
        return
    if sender.role == "own":
        return
    kind = vendor.kind
    if kind == "ats":
        ev.add("not_job", "sender_ats", what, -0.3)
        ev.add("applied", "sender_ats", what, 0.2)
    elif kind == "job_board":
        ev.add("not_job", "sender_job_board", what, -0.1)
    elif kind == "scheduler":
        ev.add("interview", "sender_scheduler", what, 0.45)
        ev.add("not_job", "sender_scheduler", what, -0.1)
    elif kind == "assessment":
        ev.add("assessment", "sender_assessment", what, 0.45)
        ev.add("not_job", "sender_assessment", what, -0.15)
    elif kind == "reference_check":
        ev.add("reference_check", "sender_reference", what, 0.5)
        ev.add("not_job", "sender_reference", what, -0.2)
    elif kind == "esign":
        ev.add("offer", "sender_esign", f"{what} (offers are often signed this way)", 0.15)
    elif kind == "staffing":
        ev.add("outreach", "sender_agency", what, 0.3)
        ev.add("not_job", "sender_agency", what, -0.2)


def _header_evidence(ev: Evidence, mail: ParsedMail, subject: str, norm: str) -> None:
    h = mail.headers
    if "list-id" in h.extra:
        ev.add("not_job", "mailing_list", "sent through a mailing list (List-Id)", 0.3)
    if h.list_unsubscribe or h.precedence.lower() in {"bulk", "list", "junk"}:
        ev.add("not_job", "bulk", "bulk-mail headers (weak: real acknowledgements carry them)", 0.1)
    auto = h.auto_submitted.lower()
    if _AUTO_SUBJECT.match(subject) or auto.startswith("auto-replied"):
        ev.add("not_job", "auto_reply", "an automatic reply (out of office)", 0.9)
    listings = len(_LISTING.findall(norm))
    if listings >= 2:
        ev.add("not_job", "job_listing", f"lists jobs ({listings} 'apply'/'view job' links)", 0.75)
    template = h.extra.get("x-linkedin-template", "").lower()
    if "reject" in template:
        ev.add("rejected", "template", f"LinkedIn template '{template}'", 0.6)


def _calendar_evidence(
    ev: Evidence, invite: CalendarInvite, sender: Sender, known: frozenset[str]
) -> None:
    what = normalize(f"{invite.summary} {invite.description[:500]}")
    method = invite.method.upper() or "REQUEST"
    organizer = invite.organizer.lower().rpartition("@")[2]
    recruiter = (
        (sender.vendor is not None and sender.vendor.kind in {"ats", "scheduler", "assessment"})
        or organizer in known
        or sender.domain in known
    )
    title = invite.summary.strip() or "(untitled)"
    if method in {"REQUEST", "PUBLISH", "CANCEL", "COUNTER"}:
        if _CAL_PRACTICE.search(normalize(invite.summary)):
            ev.add("not_job", "calendar_practice", f"practice or coaching session '{title}'", 0.8)
            ev.add("interview", "calendar_practice", f"practice, not an interview: '{title}'", -0.4)
        elif _CAL_INTERVIEW.search(what):
            ev.add("interview", "calendar_interview", f"calendar invitation '{title}'", 0.85)
            ev.add("not_job", "calendar_interview", f"calendar invitation '{title}'", -0.3)
        elif recruiter:
            ev.add("interview", "calendar_recruiter", f"invitation '{title}' from a recruiter", 0.6)
        elif _CAL_PERSONAL.search(what):
            ev.add("not_job", "calendar_personal", f"personal calendar event '{title}'", 0.7)
        else:
            ev.add("not_job", "calendar_other", f"calendar event '{title}'", 0.4)


def _decide(ev: Evidence) -> Classification:
    decisive = [
        r for r in ev.by_kind.get("not_job", []) if r.weight >= 0.99 and r.code.startswith("phrase")
    ]
    if decisive:  # "you are on the panel for ...", "nominated you as a referee": about someone else
        for kind in (*DECISIONS, "applied", "update", "outreach"):
            ev.add(kind, "not_about_you", f"{decisive[0].text}: the event is someone else's", -0.5)
    scores = {k: ev.score(k) for k in KINDS}
    best_decision = max(scores[k] for k in DECISIONS)
    adjusted = {k: s + PRIORITY.get(k, 0.0) for k, s in scores.items()}
    if best_decision >= 0.55:
        # an acknowledgement never carries an unconditional decision: ack wording in a rejection
        # or an invitation is politeness, not a second event
        adjusted["applied"] -= 0.35
    ranked = sorted(adjusted.items(), key=lambda kv: -kv[1])
    (kind, s1), (_, s2) = ranked[0], ranked[1]
    confidence = 1 / (1 + math.exp(-(5.0 * (s1 - s2) + 2.0 * (min(s1, 1.2) - 0.45))))
    confidence = round(min(0.99, max(0.05, confidence)), 3)
    reasons = sorted(ev.by_kind.get(kind, []), key=lambda r: -abs(r.weight))
    if kind != "not_job":
        reasons = [r for r in reasons if r.code != "prior"]
    # what spoke against the winner from the strongest rival, for the review queue
    rival = ranked[1][0]
    against = [
        Reason(f"rival_{rival}", f"{rival}: {r.text}", -abs(r.weight))
        for r in sorted(ev.by_kind.get(rival, []), key=lambda r: -r.weight)[:2]
        if r.weight > 0.2 and r.code != "prior"
    ]
    return Classification(MailKind(kind), confidence, tuple(reasons[:8] + against))
