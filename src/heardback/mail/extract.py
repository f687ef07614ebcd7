"""Who, what and when: the employer, role, requisition, dates and contact in a recruiting message.

The employer comes from ``extract_company.py`` (never an ATS, job board or mail provider), dates
from ``extract_dates.py``; role, requisition and contact are read here.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from heardback.mail.catalog import Catalog, Sender, load_catalog
from heardback.mail.classify import strip_subject
from heardback.mail.extract_company import (
    CLOSING,
    PERSON,
    SIMILAR_JOBS,
    SUBJECT_PREFIX,
    find_company,
    is_agency,
)
from heardback.mail.extract_dates import find_dates, relative_date
from heardback.mail.extract_roles import find_role
from heardback.mail.gated import Gated, lowered
from heardback.mail.model import Classification, Extraction, MailKind, ParsedMail
from heardback.mail.rules import normalize

_REQ_ID = r"(?P<id>[A-Z0-9][A-Za-z0-9]*(?:[-_/][A-Za-z0-9]+)*)"
#: labelled: "Job ID: 12345", "Req 25-0712", "Ref. 52831", "Stellen-ID 21874", "Rif. 31077"
_REQ_LABELLED = Gated.of(
    r"(?P<label>\b(?:job|requisition|req|reference|ref|réf|rif|posting|vacancy|position|"
    r"stellen|referenz|"
    r"kennziffer|référence|referencia|referência|vacature|codice|offre|vaga|job number|job no)"
    r"(?:[ -]?(?:id|no|number|nr|nummer|número|numero|n°|nº|#))?)",
    r"\.?\s*[:#.]?\s*" + _REQ_ID,
)
#: codes that say what they are without a label
_REQ_CODES = [
    re.compile(r"\b(?P<id>\d{2}WD\d{4,})\b"),
    re.compile(r"\b(?P<id>(?:JR|REQ|RQ|JID|VAC)[-_]?\d{3,}(?:[-_]\d+)?)\b"),
    re.compile(r"\b(?P<id>R-?\d{4,}(?:-\d+)?)\b"),
    re.compile(r"\b(?P<id>[A-Z]{2,5}-\d{2,}(?:-[A-Z0-9]+)*)\b"),
    re.compile(r"\(#?(?P<id>\d{4,10})\)"),
    re.compile(r"(?<![\w&])#(?P<id>\d{4,10})\b"),
]
_DEADLINE_CUE = re.compile(
    r"(respond|reply|response|decision|decide|accept|sign|let us know|get back to|deadline|valid"
    r" until|"
    r"expires?|no later than|by|until|before|bis|spatestens|frist|gultig|avant|d'ici|au plus tard|"
    r"jusqu'au|antes|hasta|a mas tardar|ate|prazo|uiterlijk|voor|geldig|entro|prima|scadenza)\W+"
    r"(?:\w+\W+){0,3}$"
)
_DECISION_CUE = re.compile(
    r"(decision|decide|get back to you|hear from us|hear back|update you|let you know|be in touch|"
    r"feedback|next steps|entscheidung|ruckmeldung|melden|decision|reviendrons|retour|decidir|"
    r"respuesta|decisao|retorno|beslissing|terugkoppeling|laten weten|decisione|riscontro|"
    r"informeremo|faremo sapere)"
)


def extract(mail: ParsedMail, classification: Classification | None = None) -> Extraction:
    """Employer, role, requisition, dates and contact, each found with its reasons."""
    catalog = load_catalog()
    h = mail.headers
    sender = catalog.sender(h.from_addr)
    subject, _ = strip_subject(h.subject)
    text = mail.text[:8000]
    signature = mail.signature[:1500]
    agency = is_agency(sender, text)
    company, reasons = find_company(mail, catalog, sender, subject, text, signature, agency)
    agency = agency or any(r.code == "agency" for r in reasons)
    kind = classification.kind if classification else None
    us_first = not re.search(r"[äöüßéèàçñãõ]", text[:2000], re.I)
    ref = h.date or datetime.now()
    return Extraction(
        company=company,
        company_reasons=tuple(reasons),
        role=find_role(
            SUBJECT_PREFIX.sub("", subject),
            text,
            (company, catalog.display_company(h.from_name), h.from_name),
            catalog.is_person_name,
            SIMILAR_JOBS,
        )[0],
        requisition=_requisition(subject, text),
        interview_at=_interview_at(mail, kind, ref, us_first),
        offer_deadline=_offer_deadline(text, ref, us_first) if kind == MailKind.OFFER else None,
        decision_date=_decision_date(text, ref, us_first),
        contact_name=(contact := _contact(mail, sender, catalog))[0],
        contact_email=contact[1],
        agency=agency,
    )


# -- requisition ---------------------------------------------------------------------------------
def _requisition(subject: str, text: str) -> str:
    for src in (subject, text[:4000]):
        found = (
            _REQ_LABELLED.finditer(src, lowered(src)),
            *(rx.finditer(src) for rx in _REQ_CODES),
        )
        for matches in found:
            for m in matches:
                rid = m.group("id").strip("-_/")
                digits = sum(ch.isdigit() for ch in rid)
                if digits < 3 or re.fullmatch(
                    r"(19|20)\d\d|\d{4}-\d{2}-\d{2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}", rid
                ):
                    continue
                label = m.groupdict().get("label") or ""
                if label.isupper() and len(label) <= 4 and label.isalpha():
                    rid = f"{label} {rid}"  # "REQ 3317" is written as one code
                return rid
    return ""


# -- dates ----------------------------------------------------------------------------------------
def _interview_at(
    mail: ParsedMail, kind: MailKind | None, ref: datetime, us_first: bool
) -> datetime | None:
    for invite in mail.calendar:
        if invite.start is not None and invite.method.upper() != "CANCEL":
            return invite.start
    if kind not in (MailKind.INTERVIEW, None):
        return None
    found = find_dates(f"{mail.headers.subject}\n{mail.text[:4000]}", ref, us_first=us_first)
    with_time = [f for f in found if f.at is not None]
    if with_time:
        f = with_time[0]
        return datetime.combine(f.day, f.at)  # type: ignore[arg-type]
    return None


def _offer_deadline(text: str, ref: datetime, us_first: bool) -> date | None:
    norm = normalize(text[:6000])
    for f in find_dates(text[:6000], ref, us_first=us_first):
        if _DEADLINE_CUE.search(norm[max(0, f.start - 60) : f.start]):
            return f.day
    return None


def _decision_date(text: str, ref: datetime, us_first: bool) -> date | None:
    norm = normalize(text[:6000])
    for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", norm):
        if not _DECISION_CUE.search(sentence):
            continue
        rel = relative_date(sentence, ref)
        dates = find_dates(sentence, ref, us_first=us_first)
        if dates:
            return dates[0].day
        if rel:
            return rel[0]
    return None


# -- contact --------------------------------------------------------------------------------------
def _contact(mail: ParsedMail, sender: Sender, catalog: Catalog) -> tuple[str, str]:
    h = mail.headers
    display = h.from_name.strip().strip("\"'")
    if sender.domain and not sender.noreply and not sender.relay:
        if PERSON.match(display):
            return display, sender.address
        signed = _signed_name(mail)
        if signed or sender.local not in catalog.generic_locals:
            return signed, sender.address
    reply = catalog.sender(h.reply_to) if h.reply_to else None
    if reply and reply.domain and not reply.noreply and not reply.relay:
        name = display if PERSON.match(display) else _signed_name(mail)
        return name, reply.address
    return "", ""


def _signed_name(mail: ParsedMail) -> str:
    lines = [ln.strip() for ln in (mail.text[-600:] + "\n" + mail.signature[:400]).splitlines()]
    for i, line in enumerate(lines[:-1]):
        if CLOSING.match(line):
            nxt = next((x for x in lines[i + 1 :] if x), "")
            if PERSON.match(nxt):
                return nxt
    return ""
