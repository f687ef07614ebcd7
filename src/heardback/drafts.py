"""Message drafts: thank-you notes, follow-ups, expedite requests, withdraw / accept / decline.

Each template is a Jinja2 text file in ``data/templates/<name>.txt.j2`` whose first line is
``Subject: ...``, then a blank line, then the body. A file of the same name in
``<config dir>/templates/`` replaces the packaged one. Templates run in a sandbox; a missing value
renders as nothing (never as an error), and blank lines left by empty paragraphs are collapsed.

Variables a template can use:

``company``, ``role``, ``position`` ("the Data Engineer role at Acme"), ``opportunity``;
``recipient`` (the contact, or nothing), ``recipient_name``, ``recipient_first_name``,
``greeting`` ("Hello Dana" / "Hello Acme team" / "Hello"); ``interview`` (the interview the
message is about: ``date``, ``when`` -- "today", "on Tuesday" or "on Tuesday, March 3" --, ``type``,
``meeting`` -- "video interview", "call" --, ``round``, ``final``, ``detail``,
``interviewers``); ``interviews_count``; ``applied_on``; ``decision_date`` and
``decision_date_passed``; ``followups_sent`` (follow-ups already sent in the current silence);
``offer`` (``date``, ``deadline``); ``deadline`` (the offer's deadline; for ``expedite``, the
deadline of the offer from the other company); ``other_company`` (only when asked for);
``your_name``, ``your_email``, ``today``, ``stage``. Filters: ``longdate`` ("Tuesday, March 3")
and ``sentence`` (capitalise and end with a full stop).

Extra values given in ``context`` override the computed ones. Known keys: ``detail``, ``reason``
(withdraw, decline), ``start_date`` (accept), ``deadline``, ``other_company`` and
``name_other_company`` (expedite: by default the other company is not named).

A detail from the interview is used only when its text says so explicitly, on a line starting
with ``Detail:``, ``Discussed:`` or ``Talked about:`` (the colon is optional): heardback does not
guess what was said from a free-form note or an email subject.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from heardback.domain.playbook import Action, ActionKind
from heardback.domain.process import ProcessState, derive
from heardback.domain.records import Contact, ContactRole, Dossier, Event, EventKind, Stage
from heardback.errors import NotFound, UserError

TEMPLATES: tuple[str, ...] = ("thank_you", "follow_up", "expedite", "withdraw", "accept", "decline")

PACKAGED_DIR = Path(__file__).parent / "data" / "templates"
SUFFIX = ".txt.j2"

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DETAIL = re.compile(
    r"^\s*(?:detail|(?:we\s+)?discussed|(?:we\s+)?talked about)\s*:?\s+(.+)$", re.I
)
_URL = re.compile(r"https?://\S+", re.I)
_SUBJECT = re.compile(r"^subject:[ \t]*(.*)$", re.I)
_ACTION_TEMPLATES: dict[ActionKind, str] = {
    ActionKind.THANK_YOU: "thank_you",
    ActionKind.FOLLOW_UP: "follow_up",
    ActionKind.EXPEDITE: "expedite",
}


@dataclass(frozen=True, slots=True)
class Draft:
    """A message ready to copy into a mail client, or to open through its ``mailto`` link."""

    template: str
    subject: str
    body: str
    #: the recipient's email address, or '' when none is known
    to: str = ""
    to_name: str = ""
    opportunity_id: int | None = None
    contact_id: int | None = None

    @property
    def mailto(self) -> str:
        """A ``mailto:`` URL (RFC 6068) with the subject and body percent-encoded."""
        body = self.body.replace("\r\n", "\n").replace("\n", "\r\n")
        address = quote(self.to, safe="@!$'()*+,;:")
        return (
            f"mailto:{address}?subject={quote(self.subject, safe='')}&body={quote(body, safe='')}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "template": self.template,
            "subject": self.subject,
            "body": self.body,
            "to": self.to,
            "to_name": self.to_name,
            "opportunity_id": self.opportunity_id,
            "contact_id": self.contact_id,
            "mailto": self.mailto,
        }


def user_template_dir() -> Path:
    """Where user templates that replace the packaged ones live."""
    from heardback.settings import config_dir

    return config_dir() / "templates"


def render_draft(
    template: str,
    dossier: Dossier,
    *,
    as_of: date,
    settings: Mapping[str, Any],
    contact_id: int | None = None,
    context: Mapping[str, Any] | None = None,
    event_id: int | None = None,
    others: Sequence[Dossier] = (),
) -> Draft:
    """Draft one message from ``template`` for ``dossier``.

    ``contact_id`` picks the recipient (default: the interviewer for a thank-you, otherwise the
    recruiter, else the hiring manager, else any contact with an email). ``event_id`` picks the
    interview a thank-you is about (default: the latest one) or, for ``expedite``, the offer
    from another opportunity. ``others`` are the user's other dossiers, searched for that offer.
    """
    if template not in TEMPLATES:
        raise UserError(f"Unknown template {template!r}; choose one of: {', '.join(TEMPLATES)}.")
    extra = dict(context or {})
    state = derive(dossier.events, _end_of(as_of))
    interview = _interview(dossier, state, event_id)
    recipient = _recipient(dossier, template, interview, contact_id)
    values = _values(template, dossier, state, interview, recipient, as_of, settings, extra)
    if template == "expedite":
        values.update(_offer_elsewhere(dossier, others, as_of, event_id, extra))
    values.update(extra)
    subject, body = _render(template, values)
    return Draft(
        template=template,
        subject=subject,
        body=body,
        to=recipient.email.strip() if recipient else "",
        to_name=recipient.name.strip() if recipient else "",
        opportunity_id=dossier.opportunity.id,
        contact_id=recipient.id if recipient else None,
    )


def drafts_for_action(
    action: Action,
    dossier: Dossier,
    *,
    as_of: date,
    settings: Mapping[str, Any],
    others: Sequence[Dossier] = (),
) -> list[Draft]:
    """The drafts an agenda action calls for: one per interviewer for a thank-you, else one.

    Actions without a message (mark dormant, an interview to attend ...) give an empty list.
    """
    if action.opportunity_id != dossier.opportunity.id:
        raise ValueError(
            f"action is for opportunity {action.opportunity_id}, "
            f"dossier is {dossier.opportunity.id}"
        )
    template = action.template or _ACTION_TEMPLATES.get(action.kind)
    if template is None:
        return []
    recipients: list[int | None] = [action.contact_id]
    if template == "thank_you" and action.contact_id is None:
        state = derive(dossier.events, _end_of(as_of))
        interviewers = _interviewers(dossier, _interview(dossier, state, action.event_id))
        recipients = [c.id for c in interviewers] or recipients
    return [
        render_draft(
            template,
            dossier,
            as_of=as_of,
            settings=settings,
            contact_id=contact_id,
            event_id=action.event_id,
            others=others,
        )
        for contact_id in recipients
    ]


# -- choosing what the message is about and whom it goes to ---------------------------------------


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time.max)


def _interview(dossier: Dossier, state: ProcessState, event_id: int | None) -> Event | None:
    if event_id is not None:
        for event in dossier.events:
            if event.id == event_id and event.kind in (EventKind.INTERVIEW, EventKind.SCREEN):
                return event
    return state.interviews[-1] if state.interviews else None


def _interviewers(dossier: Dossier, interview: Event | None) -> list[Contact]:
    if interview is None:
        return []
    found = (dossier.contact(cid) for cid in dict.fromkeys(interview.contact_ids))
    return [c for c in found if c is not None]


def _recipient(
    dossier: Dossier, template: str, interview: Event | None, contact_id: int | None
) -> Contact | None:
    if contact_id is not None:
        contact = dossier.contact(contact_id)
        if contact is None:
            raise NotFound(f"Contact {contact_id} is not a contact of {dossier.opportunity.label}.")
        return contact
    if template == "thank_you":
        interviewers = _interviewers(dossier, interview)
        if interviewers:
            return interviewers[0]
    preference = (ContactRole.RECRUITER, ContactRole.HIRING_MANAGER)
    with_email = [(c, r) for c, r in dossier.contacts if c.email.strip()]
    for pool in (with_email, dossier.contacts):
        for wanted in preference:
            for contact, role in pool:
                if role is wanted:
                    return contact
        if pool is with_email and with_email:
            return with_email[0][0]
    return None


def _offer_elsewhere(
    dossier: Dossier,
    others: Sequence[Dossier],
    as_of: date,
    event_id: int | None,
    extra: Mapping[str, Any],
) -> dict[str, Any]:
    """The competing offer an expedite request is about: its deadline, and company if asked."""
    candidates: list[tuple[Dossier, Event]] = []
    for other in others:
        if other is dossier or other.opportunity == dossier.opportunity:
            continue
        state = derive(other.events, _end_of(as_of))
        offer = state.offer
        if offer is None or state.stage is not Stage.OFFER:
            continue
        if event_id is not None and offer.id == event_id:
            candidates = [(other, offer)]
            break
        if offer.due is None or offer.due >= as_of:
            candidates.append((other, offer))
    if not candidates:
        return {}
    other, offer = min(candidates, key=lambda pair: (pair[1].due is None, pair[1].due or as_of))
    found: dict[str, Any] = {"deadline": offer.due}
    if extra.get("name_other_company"):
        found["other_company"] = other.opportunity.company
    return found


# -- values and rendering ----------------------------------------------------------------------


def _values(
    template: str,
    dossier: Dossier,
    state: ProcessState,
    interview: Event | None,
    recipient: Contact | None,
    as_of: date,
    settings: Mapping[str, Any],
    extra: Mapping[str, Any],
) -> dict[str, Any]:
    opp = dossier.opportunity
    company, role = opp.company.strip(), opp.role.strip()
    if role and company:
        position = f"the {role} role at {company}"
    elif role:
        position = f"the {role} role"
    else:
        position = f"the role at {company}" if company else "the role"
    first_name = recipient.first_name if recipient else ""
    if first_name:
        greeting = f"Hello {first_name}"
    elif recipient is None and company:
        greeting = f"Hello {company} team"
    else:
        greeting = "Hello"
    offer = state.offer
    decision = state.decision_date
    return {
        "company": company,
        "role": role,
        "position": position,
        "opportunity": opp,
        "stage": state.stage.value,
        "recipient": recipient,
        "recipient_name": recipient.name.strip() if recipient else "",
        "recipient_first_name": first_name,
        "greeting": greeting,
        "interview": _interview_values(dossier, interview, as_of) if interview else None,
        "interviews_count": len(state.interviews),
        "applied_on": state.applied_at.date() if state.applied_at else None,
        "decision_date": decision,
        "decision_date_passed": decision is not None and decision < as_of,
        "followups_sent": len(state.follow_ups),
        "offer": (
            {"date": offer.day, "deadline": offer.due}
            if offer is not None and state.stage is Stage.OFFER
            else None
        ),
        "deadline": offer.due if offer is not None and template != "expedite" else None,
        "other_company": "",
        "your_name": str(settings.get("your_name") or "").strip(),
        "your_email": str(settings.get("your_email") or "").strip(),
        "today": as_of,
    }


def _interview_values(dossier: Dossier, event: Event, as_of: date) -> dict[str, Any]:
    kind = event.interview_type.strip().lower().replace("_", " ")
    if event.kind is EventKind.SCREEN:
        meeting = f"{kind} call" if kind and "call" not in kind else kind or "call"
    elif kind:
        meeting = kind if "interview" in kind else f"{kind} interview"
    else:
        meeting = "interview"
    days = (as_of - event.day).days
    if days == 0:
        when = "today"
    elif 0 < days < 7:
        when = f"on {_WEEKDAYS[event.day.weekday()]}"
    else:
        when = f"on {longdate(event.day, as_of)}"
    return {
        "date": event.day,
        "at": event.at,
        "when": when,
        "type": kind,
        "meeting": meeting,
        "round": event.round,
        "final": event.final,
        "detail": _detail(event.text),
        "interviewers": [c.name for c in _interviewers(dossier, event) if c.name.strip()],
    }


def _detail(text: str) -> str:
    for line in text.splitlines():
        match = _DETAIL.match(line)
        if match and not _URL.search(match.group(1)):
            return match.group(1).strip().rstrip(".").strip()
    return ""


def longdate(value: Any, today: date | None = None) -> str:
    """'Tuesday, March 3' (with the year when it is not the current one); other values as text."""
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        return "" if value is None else str(value)
    text = f"{_WEEKDAYS[value.weekday()]}, {_MONTHS[value.month - 1]} {value.day}"
    if today is not None and value.year != today.year:
        text += f", {value.year}"
    return text


def _sentence(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


@jinja2.pass_context
def _longdate_filter(ctx: Context, value: Any) -> str:
    today = ctx.get("today")
    return longdate(value, today if isinstance(today, date) else None)


_ENVIRONMENTS: dict[Path, SandboxedEnvironment] = {}


def _environment() -> SandboxedEnvironment:
    user_dir = user_template_dir()
    env = _ENVIRONMENTS.get(user_dir)
    if env is None:
        loader = jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(user_dir), jinja2.FileSystemLoader(PACKAGED_DIR)]
        )
        env = SandboxedEnvironment(
            loader=loader,
            undefined=jinja2.ChainableUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters["longdate"] = _longdate_filter
        env.filters["sentence"] = _sentence
        _ENVIRONMENTS[user_dir] = env
    return env


def _render(name: str, values: Mapping[str, Any]) -> tuple[str, str]:
    filename = name + SUFFIX
    where = filename
    try:
        tmpl = _environment().get_template(filename)
        where = tmpl.filename or filename
        text = tmpl.render(values)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or filename
        raise UserError(
            f"Template {where} has a syntax error on line {exc.lineno}: {_clause(exc.message)}."
        ) from None
    except UnicodeDecodeError:
        raise UserError(f"Template {_user_path(filename)} is not valid UTF-8 text.") from None
    except jinja2.TemplateError as exc:
        raise UserError(f"Template {where} could not be rendered: {_clause(str(exc))}.") from None
    return _split(text, where)


def _clause(message: str | None) -> str:
    """The first sentence of a Jinja message, to end one sentence of ours."""
    text = (message or "unknown error").strip().splitlines()[0]
    text = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _user_path(filename: str) -> Path:
    path = user_template_dir() / filename
    return path if path.exists() else PACKAGED_DIR / filename


def _split(text: str, where: str) -> tuple[str, str]:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    match = _SUBJECT.match(lines[0]) if lines else None
    if match is None:
        raise UserError(f"Template {where} must start with a line 'Subject: ...'.")
    subject = " ".join(match.group(1).split())
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines[1:])).strip("\n")
    return subject, body
