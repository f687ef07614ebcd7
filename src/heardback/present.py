"""Records turned into plain dicts and short phrases, shared by ``--json`` output and the UIs.

The JSON shapes are a documented contract (docs/cli.md): add fields, don't rename them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from heardback.domain.health import Health
from heardback.domain.playbook import Action, ActionKind, Timing
from heardback.domain.process import ProcessState
from heardback.domain.records import Contact, ContactRole, Dossier, Event, EventKind

KIND_LABELS: dict[EventKind, str] = {
    EventKind.APPLIED: "Applied",
    EventKind.SCREEN: "Phone screen",
    EventKind.INVITATION: "Invited to interview",
    EventKind.INTERVIEW: "Interview",
    EventKind.ASSESSMENT: "Assessment",
    EventKind.REFERENCE_CHECK: "Reference check",
    EventKind.OFFER: "Offer",
    EventKind.REJECTED: "Rejected",
    EventKind.UPDATE: "Update received",
    EventKind.REQUEST: "Request from employer",
    EventKind.OUTREACH: "Recruiter outreach",
    EventKind.WITHDRAWN: "Withdrew",
    EventKind.ACCEPTED: "Accepted",
    EventKind.THANK_YOU: "Thank-you sent",
    EventKind.FOLLOW_UP: "Follow-up sent",
    EventKind.NETWORKING: "Networking",
    EventKind.NOTE: "Note",
    EventKind.SIGNAL: "Signal",
    EventKind.DORMANT: "Marked dormant",
}
SIGNAL_LABELS = {
    "did_well": "They said I did well",
    "start_date_asked": "They asked my start date",
    "salary_asked": "They asked my salary expectations",
    "references_contacted": "References contacted",
    "met_team": "I met the team",
    "decision_date": "They gave a decision date",
    "hiring_freeze": "Hiring freeze announced",
}


def contact_dict(contact: Contact, role: ContactRole | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": contact.id,
        "name": contact.name,
        "email": contact.email,
        "company": contact.company,
        "role": (role or contact.role).value,
        "agency": contact.agency,
    }
    if contact.phone:
        data["phone"] = contact.phone
    if contact.notes:
        data["notes"] = contact.notes
    return data


def event_summary(event: Event, dossier: Dossier | None = None) -> str:
    """One line describing an event, e.g. 'Interview (round 2, video) with Dana Smith'."""
    label = KIND_LABELS[event.kind]
    details: list[str] = []
    if event.kind is EventKind.SIGNAL and event.signal is not None:
        label = SIGNAL_LABELS.get(event.signal.value, event.signal.value)
        if event.due:
            details.append(f"by {event.due.isoformat()}")
    if event.kind in (EventKind.INTERVIEW, EventKind.SCREEN):
        if event.final:
            details.append("final round")
        elif event.round:
            details.append(f"round {event.round}")
        if event.interview_type:
            details.append(event.interview_type)
    if event.kind is EventKind.OFFER and event.due:
        details.append(f"deadline {event.due.isoformat()}")
    if event.purpose is not None and event.purpose.value == "expedite":
        details.append("expedite request")
    text = label + (f" ({', '.join(details)})" if details else "")
    if dossier is not None and event.contact_ids:
        names = [c.name for cid in event.contact_ids if (c := dossier.contact(cid))]
        if names:
            sent = event.kind in (EventKind.THANK_YOU, EventKind.FOLLOW_UP)
            text += (" to " if sent else " with ") + ", ".join(names)
    if event.text:
        text += f": {event.text}"
    return text


def event_dict(event: Event, dossier: Dossier | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": event.id,
        "opportunity_id": event.opportunity_id,
        "kind": event.kind.value,
        "at": event.at.isoformat(),
        "summary": event_summary(event, dossier),
        "source": event.source,
    }
    optional = {
        "round": event.round,
        "final": event.final or None,
        "interview_type": event.interview_type or None,
        "duration_minutes": event.duration_minutes,
        "signal": event.signal.value if event.signal else None,
        "due": event.due.isoformat() if event.due else None,
        "purpose": event.purpose.value if event.purpose else None,
        "contact_ids": list(event.contact_ids) or None,
        "text": event.text or None,
    }
    data.update({k: v for k, v in optional.items() if v is not None})
    if event.message_key:
        data["message_key"] = event.message_key
    why = evidence(event)
    if why:
        data["evidence"] = why
    return data


def evidence(event: Event) -> dict[str, Any] | None:
    """Why an event read from mail was recorded: sender, subject, date and the reasons."""
    if not event.evidence:
        return None
    import json

    try:
        data: dict[str, Any] = json.loads(event.evidence)
    except ValueError:
        return None
    return data


def evidence_line(event: Event) -> str:
    """One line for people: 'from X, "Subject": reason; reason'."""
    data = evidence(event)
    if not data:
        return ""
    reasons = sorted(data.get("reasons", []), key=lambda r: -abs(r.get("weight", 0)))
    top = "; ".join(r["text"] for r in reasons[:2] if r.get("weight", 0) > 0)
    line = f'from {data.get("sender", "")}, "{data.get("subject", "")}"'
    return line + (f": {top}" if top else "")


def opportunity_dict(
    dossier: Dossier, state: ProcessState, as_of: date, *, full: bool = False
) -> dict[str, Any]:
    opp = dossier.opportunity
    last = state.last_employer_contact
    data: dict[str, Any] = {
        "id": opp.id,
        "company": opp.company,
        "role": opp.role,
        "stage": state.stage.value,
        "channel": opp.channel.value if opp.channel else None,
        "location": opp.location,
        "url": opp.url,
        "requisition": opp.requisition,
        "salary_min": opp.salary_min,
        "salary_max": opp.salary_max,
        "currency": opp.currency,
        "archived": opp.archived,
        "applied": state.applied_at.date().isoformat() if state.applied_at else None,
        "last_employer_contact": last.date().isoformat() if last else None,
        "days_since_contact": (as_of - last.date()).days if last else None,
        "decision_date": state.decision_date.isoformat() if state.decision_date else None,
        "offer_deadline": (
            state.offer.due.isoformat() if state.offer is not None and state.offer.due else None
        ),
        "next_interview": state.upcoming[0].at.isoformat() if state.upcoming else None,
    }
    if full:
        data["notes"] = opp.notes
        data["contacts"] = [contact_dict(c, role) for c, role in dossier.contacts]
        data["events"] = [event_dict(e, dossier) for e in dossier.events]
    return data


def action_dict(
    action: Action, dossier: Dossier | None = None, timing: Timing | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": action.kind.value,
        "urgency": action.urgency.value,
        "due": action.due.isoformat(),
        "opportunity_id": action.opportunity_id,
        "title": action.title,
        "reason": action.reason,
        "template": action.template,
        "contact_id": action.contact_id,
        "event_id": action.event_id,
        "key": action.key,
    }
    if dossier is not None:
        data["company"] = dossier.opportunity.company
        data["role"] = dossier.opportunity.role
    if timing is not None and action.kind in WAITING_ACTIONS:
        data["outlook"] = timing.to_dict()
    return data


#: actions about a silence, shown with the outlook's chance of still hearing back
WAITING_ACTIONS = (ActionKind.FOLLOW_UP, ActionKind.MARK_DORMANT)


def outlook_hint(timing: Timing) -> str:
    """One sentence for an agenda line: the chance of still hearing back."""
    return (
        f"Outlook: {round(100 * timing.p_hear_back)}% chance of still hearing back "
        f"({timing.phrase})."
    )


def health_dict(health: Health) -> dict[str, Any]:
    return health.to_dict()
