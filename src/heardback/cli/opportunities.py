"""Commands that record and look at opportunities: add, list, show, log, edit, archive, delete,
contact."""

from __future__ import annotations

from typing import Any

import typer

from heardback.cli.common import AS_OF_HELP, JSON_HELP

CHANNELS = "direct, referral, recruiter, job_board, easy_apply"
#: ``heardback log OPP KIND``: friendly names for event kinds and signals
LOG_KINDS: dict[str, tuple[str, str | None]] = {
    "applied": ("applied", None),
    "screen": ("screen", None),
    "phone-screen": ("screen", None),
    "invitation": ("invitation", None),
    "interview": ("interview", None),
    "assessment": ("assessment", None),
    "thank-you": ("thank_you", None),
    "follow-up": ("follow_up", None),
    "expedite": ("follow_up", "expedite"),
    "update": ("update", None),
    "request": ("request", None),
    "outreach": ("outreach", None),
    "reference-check": ("reference_check", None),
    "offer": ("offer", None),
    "rejected": ("rejected", None),
    "withdrawn": ("withdrawn", None),
    "accepted": ("accepted", None),
    "note": ("note", None),
    "networking": ("networking", None),
    "dormant": ("dormant", None),
    # signals
    "did-well": ("signal", "did_well"),
    "start-date-asked": ("signal", "start_date_asked"),
    "salary-asked": ("signal", "salary_asked"),
    "references-contacted": ("signal", "references_contacted"),
    "met-team": ("signal", "met_team"),
    "decision-date": ("signal", "decision_date"),
    "hiring-freeze": ("signal", "hiring_freeze"),
}


def register(app: typer.Typer) -> None:
    app.command("add")(add)
    app.command("list")(list_)
    app.command("show")(show)
    app.command("log")(log)
    app.command("edit")(edit)
    app.command("archive")(archive)
    app.command("delete")(delete)
    contact_app = typer.Typer(help="People: recruiters, hiring managers, interviewers, referrers.")
    contact_app.command("add")(contact_add)
    contact_app.command("list")(contact_list)
    app.add_typer(contact_app, name="contact")


def _channel(value: str | None) -> Any:
    if not value:
        return None
    from heardback.domain.records import Channel
    from heardback.errors import UserError

    text = value.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return Channel(text)
    except ValueError:
        raise UserError(f"Unknown channel {value!r}; use one of {CHANNELS}.") from None


def _salary(value: str | None) -> tuple[int | None, int | None, str]:
    if not value:
        return None, None, ""
    from heardback.errors import UserError
    from heardback.transfer.csv_import import SalaryError, parse_salary

    try:
        return parse_salary(value)
    except SalaryError:
        raise UserError(
            f"Cannot read the salary {value!r}; write it like 120000-140000 or $120k."
        ) from None


def add(
    company: str = typer.Argument(..., help="Company (the employer, not the agency or job board)."),
    role: str = typer.Argument("", help="Role or job title."),
    location: str = typer.Option("", help="Where the job is (city, remote, hybrid)."),
    url: str = typer.Option("", help="Link to the posting."),
    channel: str = typer.Option(None, help=f"How you applied: {CHANNELS}."),
    req: str = typer.Option("", "--req", help="Requisition or job id."),
    salary: str = typer.Option(None, help="Salary range, e.g. '120k-140k USD'."),
    notes: str = typer.Option("", help="Free notes."),
    applied: str = typer.Option(
        None, help="Date you applied (records an 'applied' event); omit to save it for later."
    ),
    recruiter: list[str] = typer.Option(
        [], help="Recruiter, as 'Name <email>' (repeatable); add --agency if from an agency."
    ),
    hiring_manager: list[str] = typer.Option([], help="Hiring manager, as 'Name <email>'."),
    referrer: list[str] = typer.Option([], help="Who referred you, as 'Name <email>'."),
    agency: bool = typer.Option(False, help="The recruiters work for an agency, not the employer."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Record a new opportunity."""
    from dataclasses import replace
    from datetime import date

    from heardback import services
    from heardback.cli.common import context, moment, parse_day, print_json
    from heardback.domain.process import derive
    from heardback.domain.records import ContactRole, Opportunity
    from heardback.present import opportunity_dict

    ctx = context()
    low, high, currency = _salary(salary)
    opp = Opportunity(
        company=company.strip(),
        role=role.strip(),
        location=location,
        url=url,
        channel=_channel(channel),
        requisition=req,
        salary_min=low,
        salary_max=high,
        currency=currency,
        notes=notes,
    )
    when = moment(parse_day(applied, "application date"), None) if applied else None
    people = [
        *((services.PersonSpec.parse(p), ContactRole.RECRUITER, agency) for p in recruiter),
        *(
            (services.PersonSpec.parse(p), ContactRole.HIRING_MANAGER, False)
            for p in hiring_manager
        ),
        *((services.PersonSpec.parse(p), ContactRole.REFERRER, False) for p in referrer),
    ]
    if channel is None and referrer:
        opp = replace(opp, channel=_channel("referral"))
    dossier = services.add_opportunity(ctx, opp, applied=when, people=people)
    today = date.today()
    if as_json:
        print_json(opportunity_dict(dossier, derive(dossier.events), today, full=True))
        return
    stage = derive(dossier.events).stage.value
    typer.echo(f"Added #{dossier.opportunity.id} {dossier.opportunity.label} ({stage}).")


def list_(
    stage: list[str] = typer.Option([], help="Only these stages (repeatable)."),
    open_only: bool = typer.Option(False, "--open", help="Only open processes."),
    archived: bool = typer.Option(False, "--archived", help="Include archived opportunities."),
    company: str = typer.Option("", help="Only companies whose name contains this."),
    channel: str = typer.Option(None, help=f"Only this channel: {CHANNELS}."),
    as_of: str = typer.Option(None, "--as-of", help=AS_OF_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List opportunities with their stage, derived from their events."""
    from datetime import date

    from heardback import services
    from heardback.cli.common import console, context, fmt_day, parse_day, print_json
    from heardback.domain.records import Stage
    from heardback.errors import UserError
    from heardback.present import opportunity_dict

    stages = []
    for s in stage:
        try:
            stages.append(Stage(s.strip().lower().replace("-", "_")))
        except ValueError:
            names = ", ".join(x.value for x in Stage)
            raise UserError(f"Unknown stage {s!r}; use one of {names}.") from None
    day = parse_day(as_of, "--as-of date", default=date.today())
    filters = services.ListFilter(
        stages=stages,
        company=company,
        channel=_channel(channel) or "",
        include_archived=archived,
        open_only=open_only,
    )
    rows = services.list_opportunities(context(), day if as_of else None, filters)
    if as_json:
        print_json([opportunity_dict(d, s, day) for d, s in rows])
        return
    if not rows:
        typer.echo("No opportunities match. Add one with: heardback add COMPANY ROLE")
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    for col in ("#", "Company", "Role", "Stage", "Channel", "Applied", "Last contact"):
        table.add_column(col, justify="right" if col == "#" else "left")
    for d, s in rows:
        last = s.last_employer_contact
        since = f"{fmt_day(last.date(), day)} ({(day - last.date()).days}d)" if last else "—"
        table.add_row(
            str(d.opportunity.id),
            d.opportunity.company,
            d.opportunity.role,
            s.stage.value + (" (archived)" if d.opportunity.archived else ""),
            d.opportunity.channel.value if d.opportunity.channel else "",
            fmt_day(s.applied_at.date(), day) if s.applied_at else "—",
            since,
        )
    console().print(table)


def show(
    opp: str = typer.Argument(..., help="Opportunity number or part of its company/role."),
    as_of: str = typer.Option(None, "--as-of", help=AS_OF_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show one opportunity: stage, contacts, timeline and what to do next."""
    from datetime import date

    from heardback import services
    from heardback.cli.common import console, context, fmt_day, parse_day, print_json
    from heardback.domain.playbook import end_of
    from heardback.domain.process import derive
    from heardback.present import (
        action_dict,
        event_dict,
        event_summary,
        evidence_line,
        opportunity_dict,
    )

    ctx = context()
    day = parse_day(as_of, "--as-of date", default=date.today())
    oid = services.resolve(ctx, opp)
    dossier = services.dossier(ctx, oid)
    state = derive(dossier.events, end_of(day))
    agenda = services.agenda(ctx, day)
    actions = [a for a in agenda.actions if a.opportunity_id == oid]
    visible = [e for e in dossier.events if e.at <= end_of(day) or e in state.upcoming]
    if as_json:
        data = opportunity_dict(dossier, state, day, full=True)
        data["as_of"] = day.isoformat()
        data["events"] = [event_dict(e, dossier) for e in visible]
        data["actions"] = [action_dict(a, dossier, agenda.timings.get(oid)) for a in actions]
        print_json(data)
        return
    out = console()
    o = dossier.opportunity
    out.print(f"[bold]#{o.id} {o.label}[/bold]  ·  {state.stage.value.replace('_', ' ')}")
    facts = [
        ("Channel", o.channel.value if o.channel else ""),
        ("Location", o.location),
        ("Link", o.url),
        ("Requisition", o.requisition),
        ("Salary", _salary_text(o.salary_min, o.salary_max, o.currency)),
        ("Decision promised by", fmt_day(state.decision_date, day) if state.decision_date else ""),
        ("Archived", "yes" if o.archived else ""),
        ("Notes", o.notes),
    ]
    for label, value in facts:
        if value:
            out.print(f"  {label}: {value}", markup=False)
    if dossier.contacts:
        out.print("\n[bold]People[/bold]")
        for c, role in dossier.contacts:
            email = f" <{c.email}>" if c.email else ""
            agency = ", agency" if c.agency else ""
            out.print(f"  {c.name}{email} — {role.value.replace('_', ' ')}{agency}", markup=False)
    out.print("\n[bold]Timeline[/bold]")
    if not visible:
        out.print("  (no events yet: record one with 'heardback log')")
    for e in visible:
        mark = "  (upcoming)" if e in state.upcoming else ""
        out.print(
            f"  {fmt_day(e.day, day):>11} {e.at:%H:%M}  {event_summary(e, dossier)}{mark}"
            f"  [dim]#{e.id}[/dim]",
            highlight=False,
        )
        why = evidence_line(e)
        if why:
            out.print(f"                    [dim]mail {why}[/dim]", highlight=False)
    summary = _outlook_line(ctx, dossier, day)
    if summary:
        out.print("\n[bold]Outlook[/bold]")
        out.print(f"  {summary}", markup=False, highlight=False)
    if actions:
        out.print("\n[bold]Next[/bold]")
        for a in actions:
            out.print(f"  {fmt_day(a.due, day):>11}  {a.title}", markup=False)
            out.print(f"               [dim]{a.reason}[/dim]")


def _outlook_line(ctx: Any, dossier: Any, day: Any) -> str:
    """One sentence from the outlook for an open process ('' when it does not apply)."""
    from heardback import outlook as model
    from heardback import services
    from heardback.domain.playbook import end_of

    oid = dossier.opportunity.id
    history = services.history(ctx, end_of(day))
    try:
        result = model.explain(
            dossier, end_of(day), history=history, country=str(ctx.settings["country"])
        )
    except ValueError:
        return ""
    typical = result["typical_days"]
    return (
        f"{round(100 * result['p_hear_back'])}% chance of still hearing back "
        f"({result['p_hear_back_range']['phrase']}) after {round(result['silent_days'])} quiet "
        f"days; replies at this stage typically take {round(typical['p25'])}–"
        f"{round(typical['p75'])} days. Details: heardback outlook {oid}"
    )


def _salary_text(low: int | None, high: int | None, currency: str) -> str:
    if low is None and high is None:
        return ""
    parts = [f"{v:,}" for v in (low, high) if v is not None]
    return "–".join(dict.fromkeys(parts)) + (f" {currency}" if currency else "")


def log(
    opp: str = typer.Argument(
        ..., help="Opportunity number or name; '-' for a networking touch with no opportunity."
    ),
    kind: str = typer.Argument(..., help="What happened: " + ", ".join(LOG_KINDS) + "."),
    on: str = typer.Option(None, "--date", "--on", help="When (default today)."),
    at: str = typer.Option(None, "--time", "--at", help="Time, HH:MM (interviews)."),
    round_: int = typer.Option(None, "--round", min=1, help="Interview round number."),
    final: bool = typer.Option(False, "--final", help="This interview is the final round."),
    type_: str = typer.Option("", "--type", help="Interview type: phone, video, onsite, panel…"),
    duration: int = typer.Option(None, "--duration", min=1, help="Interview length in minutes."),
    with_: list[str] = typer.Option(
        [], "--with", help="Person involved, 'Name <email>' (repeatable): interviewers, recipient."
    ),
    deadline: str = typer.Option(None, "--deadline", help="Offer deadline."),
    by: str = typer.Option(None, "--by", help="Decision date they promised (decision-date)."),
    note: str = typer.Option("", "--note", "-n", help="Details: offer terms, what was said…"),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Record something that happened: an application, interview, offer, follow-up, signal…"""
    from datetime import date

    from heardback import services
    from heardback.cli.common import context, moment, parse_day, parse_time, print_json
    from heardback.domain.process import derive
    from heardback.domain.records import (
        ContactRole,
        Event,
        EventKind,
        FollowUpPurpose,
        Signal,
    )
    from heardback.errors import UserError
    from heardback.present import event_dict, event_summary

    key = kind.strip().lower().replace("_", "-")
    if key not in LOG_KINDS:
        raise UserError(f"Unknown event {kind!r}; use one of: {', '.join(LOG_KINDS)}.")
    kind_value, extra = LOG_KINDS[key]
    event_kind = EventKind(kind_value)
    ctx = context()
    day = parse_day(on, "date", default=date.today())
    when = moment(day, parse_time(at))
    due = None
    if event_kind is EventKind.OFFER and deadline:
        due = parse_day(deadline, "deadline")
        if due < day:
            raise UserError(f"The offer deadline {due} is before the offer date {day}.")
    elif deadline:
        raise UserError(
            "--deadline is for offers; for a promised decision use 'decision-date --by'."
        )
    signal = Signal(extra) if event_kind is EventKind.SIGNAL and extra else None
    if signal is Signal.DECISION_DATE:
        if not by:
            raise UserError("Give the date they promised with --by, e.g. --by 2026-12-04.")
        due = parse_day(by, "decision date")
        if due < day:
            raise UserError(f"The decision date {due} is before the day it was given ({day}).")
    elif by:
        raise UserError("--by is only for 'decision-date'.")
    if (round_ or final or type_ or duration) and event_kind not in (
        EventKind.INTERVIEW,
        EventKind.SCREEN,
    ):
        raise UserError("--round, --final, --type and --duration describe an interview or screen.")
    purpose = None
    if event_kind is EventKind.FOLLOW_UP:
        purpose = FollowUpPurpose(extra) if extra else FollowUpPurpose.STATUS
    opp_id = None
    if opp.strip() in ("-", "none"):
        if event_kind is not EventKind.NETWORKING:
            raise UserError("Only a networking touch can be logged without an opportunity.")
    else:
        opp_id = services.resolve(ctx, opp)
    event = Event(
        kind=event_kind,
        at=when,
        round=round_,
        final=final,
        interview_type=type_.strip().lower(),
        duration_minutes=duration,
        signal=signal,
        due=due,
        purpose=purpose,
        text=note.strip(),
    )
    people = [services.PersonSpec.parse(p) for p in with_]
    role = {
        EventKind.INTERVIEW: ContactRole.INTERVIEWER,
        EventKind.SCREEN: ContactRole.RECRUITER,
    }.get(event_kind, ContactRole.OTHER)
    event_id, dossier = services.log_event(ctx, opp_id, event, people=people, people_role=role)
    saved = next((e for e in (dossier.events if dossier else ()) if e.id == event_id), None)
    if as_json:
        data: dict[str, Any] = {"event": event_dict(saved or event, dossier)}
        if dossier is not None:
            data["stage"] = derive(dossier.events).stage.value
        data["event"]["id"] = event_id
        print_json(data)
        return
    summary = event_summary(saved or event, dossier)
    if dossier is None:
        typer.echo(f"Logged #{event_id}: {summary} on {day}.")
        return
    stage = derive(dossier.events).stage.value
    typer.echo(
        f"Logged #{event_id} for {dossier.opportunity.label}: {summary} on {day}. Stage: {stage}."
    )


def edit(
    opp: str = typer.Argument(..., help="Opportunity number or name."),
    company: str = typer.Option(None, help="New company name."),
    role: str = typer.Option(None, help="New role."),
    location: str = typer.Option(None, help="New location."),
    url: str = typer.Option(None, help="New link."),
    channel: str = typer.Option(None, help=f"New channel: {CHANNELS}."),
    req: str = typer.Option(None, "--req", help="New requisition id."),
    salary: str = typer.Option(None, help="New salary range."),
    notes: str = typer.Option(None, help="Replace the notes."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Change an opportunity's details (its stage follows from its events: use 'log')."""
    from datetime import date

    from heardback import services
    from heardback.cli.common import context, print_json
    from heardback.domain.process import derive
    from heardback.present import opportunity_dict

    ctx = context()
    oid = services.resolve(ctx, opp)
    changes: dict[str, Any] = {
        k: v
        for k, v in {
            "company": company,
            "role": role,
            "location": location,
            "url": url,
            "requisition": req,
            "notes": notes,
        }.items()
        if v is not None
    }
    if channel is not None:
        changes["channel"] = _channel(channel)
    if salary is not None:
        changes["salary_min"], changes["salary_max"], changes["currency"] = _salary(salary)
    if not changes:
        from heardback.errors import UserError

        raise UserError(
            "Nothing to change: give at least one option, e.g. --role 'Staff Engineer'."
        )
    dossier = services.edit_opportunity(ctx, oid, changes)
    if as_json:
        print_json(opportunity_dict(dossier, derive(dossier.events), date.today(), full=True))
        return
    typer.echo(f"Updated #{oid} {dossier.opportunity.label}.")


def archive(
    opp: str = typer.Argument(..., help="Opportunity number or name."),
    undo: bool = typer.Option(False, "--undo", help="Bring it back from the archive."),
) -> None:
    """Hide an opportunity from the board and agenda (its history is kept)."""
    from heardback import services
    from heardback.cli.common import context

    ctx = context()
    oid = services.resolve(ctx, opp)
    dossier = services.edit_opportunity(ctx, oid, {"archived": not undo})
    verb = "Restored" if undo else "Archived"
    typer.echo(f"{verb} #{oid} {dossier.opportunity.label}.")


def delete(
    opp: str = typer.Argument(None, help="Opportunity number or name."),
    event: int = typer.Option(None, "--event", help="Delete this one event instead (by #id)."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Don't ask for confirmation."),
) -> None:
    """Delete an opportunity and its whole history, or one event (asks first)."""
    from heardback import services
    from heardback.cli.common import context
    from heardback.errors import UserError

    ctx = context()
    if event is not None:
        if opp:
            raise UserError("Give either an opportunity or --event, not both.")
        if not yes and not typer.confirm(f"Delete event #{event}?", default=False):
            typer.echo("Nothing deleted.")
            raise typer.Exit(1)
        services.delete_event(ctx, event)
        typer.echo(f"Deleted event #{event}.")
        return
    if not opp:
        raise UserError("Name the opportunity to delete, or --event ID.")
    oid = services.resolve(ctx, opp)
    dossier = services.dossier(ctx, oid)
    label = dossier.opportunity.label
    if not yes:
        prompt = (
            f"Delete #{oid} {label} and its {len(dossier.events)} events for good? "
            "('heardback archive' hides it instead)"
        )
        if not typer.confirm(prompt, default=False):
            typer.echo("Nothing deleted.")
            raise typer.Exit(1)
    services.delete_opportunity(ctx, oid)
    typer.echo(f"Deleted #{oid} {label}.")


def contact_add(
    name: str = typer.Argument(..., help="Full name, or 'Name <email>'."),
    email: str = typer.Option("", help="Email address."),
    company: str = typer.Option("", help="Their company (the agency, for agency recruiters)."),
    role: str = typer.Option(
        "other", help="recruiter, hiring_manager, interviewer, referrer or other."
    ),
    agency: bool = typer.Option(False, help="An agency recruiter, not the employer's."),
    phone: str = typer.Option("", help="Phone number."),
    opp: str = typer.Option(None, "--opp", help="Link to this opportunity."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Add a person, optionally linked to an opportunity."""
    from heardback import services
    from heardback.cli.common import context, print_json
    from heardback.domain.records import Contact, ContactRole
    from heardback.errors import UserError
    from heardback.present import contact_dict

    try:
        contact_role = ContactRole(role.strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        names = ", ".join(r.value for r in ContactRole)
        raise UserError(f"Unknown role {role!r}; use one of {names}.") from None
    spec = services.PersonSpec.parse(name)
    ctx = context()
    oid = services.resolve(ctx, opp) if opp else None
    contact = services.add_contact(
        ctx,
        Contact(
            name=spec.name,
            email=(email or spec.email).lower(),
            company=company,
            role=contact_role,
            agency=agency,
            phone=phone,
        ),
        oid,
    )
    if as_json:
        print_json(contact_dict(contact))
        return
    linked = f" (linked to #{oid})" if oid else ""
    typer.echo(f"Contact #{contact.id} {contact.name}{linked}.")


def contact_list(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """List everyone you have recorded."""
    from heardback import services
    from heardback.cli.common import console, context, print_json
    from heardback.present import contact_dict

    people = services.contacts(context())
    if as_json:
        print_json([contact_dict(c) for c in people])
        return
    if not people:
        typer.echo("No contacts yet.")
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    for col in ("#", "Name", "Email", "Company", "Role"):
        table.add_column(col)
    for c in people:
        role = c.role.value + (" (agency)" if c.agency else "")
        table.add_row(str(c.id), c.name, c.email, c.company, role)
    console().print(table)
