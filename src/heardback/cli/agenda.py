"""Commands about what to do: today, draft, calendar."""

from __future__ import annotations

import typer

from heardback.cli.common import AS_OF_HELP, JSON_HELP

#: rows shown per agenda section unless --all
SECTION_LIMIT = 12


def register(app: typer.Typer) -> None:
    app.command("today")(today)
    app.command("draft")(draft)
    app.command("calendar")(calendar)


def today(
    as_of: str = typer.Option(None, "--as-of", help=AS_OF_HELP),
    show_all: bool = typer.Option(False, "--all", help="Show every item, not the first few."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """What to do today: due and overdue actions, what is coming up, and pipeline health."""
    from datetime import date

    from heardback import services
    from heardback.cli.common import context, parse_day, print_json
    from heardback.present import action_dict

    day = parse_day(as_of, "--as-of date", default=date.today())
    result = services.agenda(context(), day if as_of else None)
    if as_json:
        print_json(
            {
                "as_of": result.as_of.isoformat(),
                "actions": [
                    action_dict(
                        a,
                        result.dossiers.get(a.opportunity_id),
                        result.timings.get(a.opportunity_id),
                    )
                    for a in result.actions
                ],
                "health": result.health.to_dict(),
            }
        )
        return
    _render_today(result, show_all)


def _render_today(result: object, show_all: bool) -> None:
    """Plain lines (styled on a colour terminal): the agenda is read every morning, and
    skipping Rich here keeps the command quick."""
    import shutil
    import sys
    import textwrap

    from heardback.cli.common import fmt_day, paint
    from heardback.domain.playbook import Urgency
    from heardback.present import WAITING_ACTIONS, outlook_hint
    from heardback.services import Agenda

    assert isinstance(result, Agenda)
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    lines: list[str] = []

    def say(text: str = "", indent: str = "", style: str = "", hang: str = "") -> None:
        wrapped = textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent + hang)
        lines.extend(paint(line, style) for line in wrapped or [""])

    day = result.as_of
    say(f"heardback — {day:%A} {day.day} {day:%B %Y}", style="bold")
    sections = [
        (Urgency.OVERDUE, "Overdue", "bold red"),
        (Urgency.DUE, "Due today", "bold yellow"),
        (Urgency.UPCOMING, "Coming up", "bold cyan"),
    ]
    if not result.actions:
        say()
        say("Nothing is due. Use the time to apply, network, or rest.")
    for urgency, title, style in sections:
        items = [a for a in result.actions if a.urgency is urgency]
        if not items:
            continue
        say()
        say(f"{title} ({len(items)})", style=style)
        shown = items if show_all else items[:SECTION_LIMIT]
        for a in shown:
            when = "" if urgency is Urgency.DUE else f"{fmt_day(a.due, day)}  "
            say(f"• {when}{a.title}", indent="  ", hang="  ")
            hint = a.reason
            timing = result.timings.get(a.opportunity_id)
            if timing is not None and a.kind in WAITING_ACTIONS:
                hint += " " + outlook_hint(timing)
            if a.template and a.opportunity_id in result.dossiers:
                hint += f" Draft: heardback draft {a.opportunity_id} {a.template.replace('_', '-')}"
            say(hint, indent="    ", style="dim")
        if len(items) > len(shown):
            say(f"… and {len(items) - len(shown)} more (heardback today --all)", indent="  ")
    h = result.health
    say()
    say("Pipeline", style="bold")
    last = h.days_since_last_application
    say(
        f"Active processes {h.active}/{h.target_active} · applications this week "
        f"{h.applications_7d}/{h.weekly_applications} · networking {h.networking_7d}/"
        f"{h.weekly_networking}" + (f" · last application {last}d ago" if last is not None else ""),
        indent="  ",
    )
    for warning in h.warnings:
        say(f"! {warning}", indent="  ")
    if h.ok:
        say("Healthy: several processes in play and your weekly goals met.", indent="  ")
    sys.stdout.write("\n".join(lines) + "\n")


def draft(
    opp: str = typer.Argument(..., help="Opportunity number or name."),
    template: str = typer.Argument(
        ..., help="thank-you, follow-up, expedite, withdraw, accept or decline."
    ),
    to: str = typer.Option(
        None, "--to", help="Recipient: contact name or email (default: chosen)."
    ),
    as_of: str = typer.Option(None, "--as-of", help=AS_OF_HELP),
    mailto: bool = typer.Option(False, "--mailto", help="Print only the mailto: link(s)."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Draft a message, ready to paste or open in your mail client. Nothing is sent."""
    from datetime import date

    from heardback import drafts, services
    from heardback.cli.common import console, context, parse_day, print_json
    from heardback.errors import UserError

    ctx = context()
    day = parse_day(as_of, "--as-of date", default=date.today())
    name = template.strip().lower().replace("-", "_")
    oid = services.resolve(ctx, opp)
    dossier = services.dossier(ctx, oid)
    contact_id = None
    if to:
        wanted = to.strip().casefold()
        matches = [
            c for c, _r in dossier.contacts if wanted in (c.name.casefold(), c.email.casefold())
        ] or [c for c, _r in dossier.contacts if wanted in c.name.casefold()]
        if not matches:
            raise UserError(f"No one called {to!r} is linked to {dossier.opportunity.label}.")
        contact_id = matches[0].id
    others = services.dossiers(ctx) if name == "expedite" else []
    if name == "thank_you" and contact_id is None:
        from heardback.domain.playbook import Action, ActionKind, Urgency

        action = Action(ActionKind.THANK_YOU, oid, day, Urgency.DUE, "", "", template="thank_you")
        results = drafts.drafts_for_action(
            action, dossier, as_of=day, settings=ctx.settings, others=others
        )
    else:
        results = [
            drafts.render_draft(
                name,
                dossier,
                as_of=day,
                settings=ctx.settings,
                contact_id=contact_id,
                others=others,
            )
        ]
    if as_json:
        print_json([d.to_dict() for d in results])
        return
    out = console()
    for i, d in enumerate(results):
        if mailto:
            typer.echo(d.mailto)
            continue
        if i:
            out.print("\n" + "─" * 60 + "\n")
        recipient = f"{d.to_name} <{d.to}>" if d.to else (d.to_name or "(add their address)")
        out.print(f"To: {recipient}", markup=False, highlight=False)
        out.print(f"Subject: {d.subject}\n", markup=False, highlight=False)
        out.print(d.body, markup=False, highlight=False)
        typer.echo(f"\nOpen in your mail client: {d.mailto}")


def calendar(
    output: str = typer.Option(
        None, "--output", "-o", help="Write the .ics here (default: print it)."
    ),
    as_of: str = typer.Option(None, "--as-of", help=AS_OF_HELP),
) -> None:
    """Export interviews and due actions as an .ics calendar (re-importing updates them)."""
    from datetime import date
    from pathlib import Path

    from heardback import ics, services
    from heardback.cli.common import context, parse_day
    from heardback.errors import StoreUnavailable

    ctx = context()
    day = parse_day(as_of, "--as-of date", default=date.today())
    result = services.agenda(ctx, day if as_of else None)
    data = ics.build_calendar(
        list(result.dossiers.values()), result.actions, as_of=day, settings=ctx.settings
    )
    if output is None:
        typer.echo(data.decode("utf-8"), nl=False)
        return
    path = Path(output).expanduser()
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise StoreUnavailable(f"Cannot write {path}: {exc.strerror}.") from None
    typer.echo(f"Wrote {path}.")
