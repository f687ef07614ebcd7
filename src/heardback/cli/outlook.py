"""`heardback outlook`: what a silence means, from cited figures and your own history."""

from __future__ import annotations

from typing import Any

import typer

from heardback.cli.common import AS_OF_HELP, JSON_HELP

BARS = " ▁▂▃▄▅▆▇█"


def register(app: typer.Typer) -> None:
    app.command("outlook")(outlook)


def outlook(
    opp: str = typer.Argument(None, help="Opportunity number or name (or use --stage)."),
    stage: str = typer.Option(
        None, help="What-if: applied, screening, interviewing, final_round, references, offer."
    ),
    silent_days: int = typer.Option(None, "--silent-days", min=0, help="What-if: days of silence."),
    channel: str = typer.Option(None, help="What-if: direct, referral, recruiter, job_board…"),
    country: str = typer.Option(None, help="Country code (default: setting country)."),
    industry: str = typer.Option(None, help="What-if: industry, e.g. government, tech, retail."),
    company_size: str = typer.Option(None, "--company-size", help="What-if: small or large."),
    as_of: str = typer.Option(None, "--as-of", help=AS_OF_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Explain a silence: what is typical, the chance of still hearing back, and why it is quiet."""
    from datetime import date

    from heardback import outlook as model
    from heardback import services
    from heardback.cli.common import context, parse_day, print_json
    from heardback.domain.playbook import end_of
    from heardback.errors import UserError

    ctx = context()
    day = parse_day(as_of, "--as-of date", default=date.today())
    where = (country or str(ctx.settings["country"])).upper() or None
    extra: dict[str, Any] = {}
    if opp is None:
        if stage is None or silent_days is None:
            raise UserError("Name an opportunity, or ask a what-if with --stage and --silent-days.")
        try:
            result = model.estimate(
                stage.strip().lower().replace("-", "_"),
                silent_days,
                channel=channel,
                country=where,
                industry=industry,
                company_size=company_size,
            )
        except ValueError as exc:
            raise UserError(str(exc)) from None
        label = f"What if: {stage} stage, {silent_days} days of silence"
    else:
        if stage is not None or silent_days is not None:
            raise UserError("--stage and --silent-days are for what-if questions without OPP.")
        oid = services.resolve(ctx, opp)
        dossier = services.dossier(ctx, oid)
        history = services.history(ctx, end_of(day), leave_out=oid)
        try:
            result = model.explain(dossier, end_of(day), history=history, country=where)
        except ValueError as exc:
            raise UserError(f"{dossier.opportunity.label}: {exc}") from None
        label = f"#{oid} {dossier.opportunity.label}"
        # the next actions are timed with the same country as the explanation
        timed_ctx = context({"country": where or ""}) if country else ctx
        actions = [a for a in services.agenda(timed_ctx, day if as_of else None).actions]
        extra["next"] = [
            {"title": a.title, "reason": a.reason, "due": a.due.isoformat()}
            for a in actions
            if a.opportunity_id == oid
        ]
    data = result.to_dict()
    data.update(extra)
    if as_json:
        print_json(data)
        return
    _render(label, data)


def _pct(p: float) -> str:
    return f"{round(100 * p)}%"


def chart(curve: list[list[float]], here: float | None, width: int = 60) -> list[str]:
    """The chance of still hearing back by day of silence, as one row of block characters."""
    if not curve:
        return []
    last = curve[-1][0]
    step = max(1.0, last / width)
    cells = []
    d = 0.0
    while d <= last and len(cells) < width:
        p = min(curve, key=lambda point: abs(point[0] - d))[1]
        cells.append(BARS[min(len(BARS) - 1, round(p * (len(BARS) - 1)))])
        d += step
    marker = ""
    if here is not None:
        pos = min(len(cells) - 1, int(here / step))
        marker = " " * pos + f"▲ you are here (day {round(here)})"
    return [
        f"  {''.join(cells)}  ({_pct(curve[0][1])} at day 0 → {_pct(curve[-1][1])} "
        f"at day {round(last)})",
        "  " + marker,
    ]


def _render(label: str, d: dict[str, Any]) -> None:
    import shutil
    import sys
    import textwrap

    from heardback.cli.common import paint

    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 110))
    out: list[str] = []

    def say(text: str = "", indent: str = "", style: str = "") -> None:
        lines = textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent)
        out.extend(paint(line, style) for line in lines or [""])

    say(label, style="bold")
    where = f"Stage: {d['stage'].replace('_', ' ')} · {round(d['silent_days'])} days of silence"
    if d.get("last_contact"):
        where += f" since {d['last_contact']}"
    if d.get("decision_date"):
        where += f" · decision promised by {d['decision_date']}"
    say(where)
    say()
    t = d["typical_days"]
    say(
        f"Typical wait for a reply at this stage: about {round(t['p50'])} days "
        f"(half of replies between {round(t['p25'])} and {round(t['p75'])} days; nine in ten "
        f"within {round(t['p90'])}).",
    )
    out.extend(chart(d["curve"], d["you_are_here"][0] if d.get("you_are_here") else None))
    say()
    say(
        f"Chance you will still hear back: {_pct(d['p_hear_back'])} — "
        f"{d['p_hear_back_range']['text']}.",
        style="bold",
    )
    say(f"Chance this ends in an offer: {_pct(d['p_offer'])} — {d['p_offer_range']['text']}.")
    used = d.get("history_used", 0)
    mine = (
        f" and {used} waits at this stage from your own finished processes"
        if used
        else " (none of your finished processes waited at this stage yet)"
    )
    say(f"Based on published figures{mine}.", style="dim")
    if d.get("reasons"):
        say()
        say("Why it is probably quiet", style="bold")
        for r in d["reasons"][:4]:
            say(f"• {r['text']}", indent="  ")
    if d.get("signals"):
        say()
        say("Signals taken into account", style="bold")
        for s in d["signals"]:
            say(f"• {s['signal'].replace('_', ' ')}: {s['why']}", indent="  ")
    for note in d.get("notes", []):
        say(f"Note: {note}", style="dim")
    if d.get("next"):
        say()
        say("What to do", style="bold")
        for a in d["next"]:
            say(f"• {a['due']}  {a['title']}. {a['reason']}", indent="  ")
    heuristic = [k for k, v in d.get("heuristic", {}).items() if v]
    cited = sorted({f"{s['source']} ({s['year']})" for s in d["sources"] if not s["heuristic"]})
    note = (
        f" Parts of this estimate ({', '.join(heuristic)}) rest on heuristics where no "
        "published figure exists; see docs/estimates.md."
        if heuristic
        else ""
    )
    say()
    say("Sources: " + "; ".join(cited) + "." + note, style="dim")
    sys.stdout.write("\n".join(out) + "\n")
