"""Generate ``docs/estimates.md`` ("How heardback estimates") from ``data/priors.yaml``.

Run ``python -m heardback.outlook_docs`` to rewrite the page; a test fails when the page and the
priors disagree.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from heardback.domain.outlook_fit import WAIT_STAGES

_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("context", "Country, industry and company size",
     "These scale the waiting times (never the chance of a reply): a figure above the US or "
     "all-industry reference stretches every wait by the same ratio."),
    ("channel", "How you applied",
     "Applied at the application stage only; after the first reply the stage says more than "
     "the channel."),
    ("signals", "Signals",
     "Things the employer said or did. Positive signals multiply the odds of a reply and of an "
     "offer (capped when several combine); a freeze lowers them and stretches the wait; a "
     "promised decision date moves the window. \"You did well\" carries no weight."),
    ("personalisation", "Your own history",
     "The waits of your finished processes (closed, dormant or archived) at the same stage "
     "update the published figures by shrinkage: the published figures count as this many "
     "observations, yours are added to them (waits that never got a reply included, through an "
     "EM fit of the mixture-cure model). An open process never informs its own estimate."),
    ("presentation", "How uncertainty and the chart are shown", ""),
    ("reasons", "Likely reasons behind a silence",
     "Ranked per stage, then re-weighted by the situation. The texts are worded in the app; the "
     "weights below decide the order."),
)  # fmt: skip

_INTRO = """\
# How heardback estimates

*Generated from `src/heardback/data/priors.yaml` by `python -m heardback.outlook_docs`; do not
edit by hand.*

When a job-search process goes quiet, heardback tells you how long it has been, what is typical
at that stage, the chance you will still hear back, and which ordinary causes most likely explain
the silence. Every number it uses is listed on this page with its source. Numbers that no
published study supports are marked **heuristic**: they are judgements, and every estimate that
rests on one says so.

## The model

For each stage a *mixture-cure survival model*:

* the employer replies at all (a next step, a rejection, any news) with probability *p*
  (`p_respond`);
* if they do, the reply comes after a lognormal number of days: `response_days` is its median or
  mean (as the source states it) and `spread` the standard deviation of log(days);
* after *t* silent days, the chance of still hearing back is
  **p·S(t) / (1 − p + p·S(t))**, where S(t) is the share of replies that come later than day *t*.
  It starts at *p* and falls as the silence grows, faster once the usual reply window has passed;
* the chance of an offer is that chance times the share of replies that lead to an offer
  (`p_offer` / `p_respond` at the start), so it is never higher than the chance of a reply.

Adjustments come in this order: the stage's figures, then the context (country, industry, company
size scale the days; the channel changes the odds at the application stage), then your own history
(shrinkage toward the published figures), then what this process showed (signals, a hiring freeze,
a promised decision date).

The range shown with each chance comes from how much evidence stands behind it: the published
figures count as a fixed number of observations (see *Your own history*), your own waits add to
them, and the range narrows as they do. The words (likely, about even...) follow the IPCC
likelihood scale.

"Ever ghosted" survey figures (61-75% of job seekers) count people who were ghosted at least once,
across several processes; they are converted to a chance per process before use, never used as
is.
"""


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {_fmt(v)}" for k, v in value.items())
    return str(value)


def _figure(name: str, fig: Mapping[str, Any]) -> list[str]:
    kind = "heuristic" if fig.get("heuristic") else "published"
    value = fig["value"]
    lines: list[str] = []
    if isinstance(value, Mapping) and any(isinstance(v, Mapping) for v in value.values()):
        lines.append(f"- **{name}** ({kind}) — {fig.get('unit', '')}:")
        lines.extend(f"  - {k}: {_fmt(v)}" for k, v in value.items())
    else:
        statistic = f" ({fig['statistic']})" if "statistic" in fig else ""
        lines.append(f"- **{name} = {_fmt(value)}**{statistic} ({kind}) — {fig.get('unit', '')}")
    note = fig.get("why") if fig.get("heuristic") else fig.get("evidence")
    label = "Why" if fig.get("heuristic") else "Evidence"
    lines.append(f"  - {label}: {' '.join(str(note).split())}")
    lines.append(f"  - Source: {fig['source']} ({fig['year']})")
    return lines


def _glance(section: Mapping[str, Any]) -> list[str]:
    from heardback.domain.outlook import OutlookModel

    model = OutlookModel(section)
    days = (7, 14, 30, 60)
    head = " | ".join(f"after {d} d" for d in days)
    lines = [
        "## At a glance",
        "",
        "What the published figures alone say (no context, no history, no signals): the chance "
        "of any reply, when replies come, the chance of still hearing back after so many silent "
        "days, and the chance of an offer at the start of the wait.",
        "",
        f"| stage | reply at all | half of replies by | 90% by | {head} | offer |",
        "|---|---|---|---|" + "---|" * len(days) + "---|",
    ]
    for stage in WAIT_STAGES:
        first = model.estimate(stage, 0)
        later = " | ".join(f"{model.estimate(stage, d).p_hear_back:.0%}" for d in days)
        typ = first.typical_days
        lines.append(
            f"| {stage.value} | {first.p_hear_back:.0%} | day {typ['p50']:g} | day {typ['p90']:g}"
            f" | {later} | {first.p_offer:.0%} |"
        )
    return [*lines, ""]


_AGENDA = """\
The agenda's follow-up rules (`heardback settings`) come from surveys of what employers find
reasonable. Where the outlook knows more, it times them (setting `timing_from_outlook`):

* the first follow-up after an application or an interview is scaled by the *pace*: the typical
  reply time for this process (your country, your own history, a hiring-freeze notice)
  divided by the published one for its stage, kept within the surveyed range below. The agenda
  says what moved it. A promised decision date still decides on its own;
* after the last allowed follow-up, "mark it dormant" comes on the day the chance of still
  hearing back falls under the threshold below (a heuristic), but never sooner than the usual gap
  after that follow-up. A final round, where replies come later, gets longer than an
  application;
* every agenda item about a silence shows the chance of still hearing back."""

_AGENDA_FIGURES = (
    "followup_min_business_days",
    "followup_max_business_days",
    "dormant_below_chance_percent",
)


def render_estimates_doc(priors: Mapping[str, Any] | None = None) -> str:
    """The Markdown of ``docs/estimates.md`` for the given (default: installed) priors."""
    if priors is None:
        from heardback.settings import priors as load

        priors = load()
    section = priors["outlook"]
    out = [_INTRO, *_glance(section), "## Figures per stage", ""]
    for stage, figures in section["stages"].items():
        out.append(f"### {stage}")
        out.append("")
        for name, fig in figures.items():
            out.extend(_figure(name, fig))
        out.append("")
    for key, title, text in _SECTIONS:
        out.append(f"## {title}")
        out.append("")
        if text:
            out.extend([text, ""])
        for name, fig in section[key].items():
            out.extend(_figure(name, fig))
        out.append("")
    out.extend(["## How the outlook times your agenda", "", _AGENDA, ""])
    playbook = priors.get("playbook", {})
    for name in _AGENDA_FIGURES:
        if name in playbook:
            out.extend(_figure(name, playbook[name]))
    out.append("")
    out.extend(["## Figures considered and not used", ""])
    for item in section.get("not_used", ()):
        out.append(f"- **{item['figure']}** — {item['source']}. {item['why']}")
    heuristic = [
        f"`{group}.{name}`" if group != "stages" else f"`{name}`"
        for group, figures in section.items()
        if isinstance(figures, Mapping)
        for name, fig in _walk(figures)
        if fig.get("heuristic")
    ]
    out.extend(["", "## Heuristic figures, in one list", "", ", ".join(heuristic) + ".", ""])
    return "\n".join(out)


def _walk(node: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Mapping[str, Any]]]:
    found: list[tuple[str, Mapping[str, Any]]] = []
    for key, value in node.items():
        if isinstance(value, Mapping) and "value" in value:
            found.append((f"{prefix}{key}", value))
        elif isinstance(value, Mapping):
            found.extend(_walk(value, f"{prefix}{key}."))
    return found


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/estimates.md")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_estimates_doc(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
