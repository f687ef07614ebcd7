"""The outlook for one process: ``explain`` (what its silence means) and ``timing`` (what the
playbook needs to time a follow-up and the dormant suggestion).

Both read the process state from the dossier's events (``process.derive``): the stage, the days
since the last employer contact (calendar days), the channel, the signals (start date, salary and
meeting the team count only when they came after an interview) and a promised decision date.
"""

from __future__ import annotations

import dataclasses
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from heardback.domain.outlook import Outlook, OutlookModel
from heardback.domain.outlook_fit import Observation
from heardback.domain.outlook_parts import Fitted, PersonalFit
from heardback.domain.playbook import Timing
from heardback.domain.process import ProcessState, derive
from heardback.domain.records import TERMINAL, Channel, Dossier, EventKind, Signal, Stage

_LATE_SIGNALS = frozenset({Signal.START_DATE_ASKED, Signal.SALARY_ASKED, Signal.MET_TEAM})
#: the longest silence ``timing`` looks at when it searches for the dormant threshold
_HORIZON_DAYS = 365.0


@dataclass(frozen=True, slots=True)
class Silence:
    """The wait a process is in, as the outlook sees it."""

    stage: Stage
    channel: Channel | None
    last_contact: date
    silent_days: int
    signals: tuple[Signal, ...]
    decision_date: date | None
    decision_in_days: float | None


def silence_of(dossier: Dossier, state: ProcessState, moment: datetime) -> Silence:
    """The current wait of a process; ``ValueError`` when there is none to estimate."""
    label = dossier.opportunity.label
    if state.stage is Stage.DORMANT:
        raise ValueError(
            f"{label} is dormant; a new event wakes it up and the wait can be estimated."
        )
    if state.stage in TERMINAL:
        raise ValueError(f"{label} is closed ({state.stage.value}); there is no wait to explain.")
    last = state.last_employer_contact
    if state.stage is Stage.SAVED or last is None:
        raise ValueError(f"{label} has no application yet; there is no wait to explain.")
    # a promised date that passed before this silence began (they wrote again after it) no
    # longer says when to expect news, as in the playbook
    decision_date = state.decision_date
    if decision_date is not None and decision_date < last.date():
        decision_date = None
    decision_in = None
    if decision_date is not None:
        decision_in = float((decision_date - last.date()).days)
    interviews = [e.at for e in state.interviews if e.kind is EventKind.INTERVIEW]
    signals: list[Signal] = []
    for event in state.signals:
        sig = event.signal
        if sig is None or sig in signals:
            continue
        if sig is Signal.DECISION_DATE and decision_date is None:
            continue  # superseded by a later round
        if sig in _LATE_SIGNALS and (not interviews or event.at < interviews[0]):
            continue  # asked at screening: routine
        signals.append(sig)
    return Silence(
        stage=state.stage,
        channel=dossier.opportunity.channel,
        last_contact=last.date(),
        silent_days=max(0, (moment.date() - last.date()).days),
        signals=tuple(signals),
        decision_date=decision_date,
        decision_in_days=decision_in,
    )


def explain(
    model: OutlookModel,
    dossier: Dossier,
    as_of: datetime | date,
    *,
    history: Sequence[Observation] | None = None,
    country: str | None = None,
    industry: str | None = None,
    company_size: str | int | None = None,
) -> Outlook:
    """The outlook for an opportunity's current silence, as of ``as_of`` (a date means its end).

    Raises ``ValueError`` when there is no silence to explain: closed, dormant, or not applied.
    """
    moment = as_of if isinstance(as_of, datetime) else datetime.combine(as_of, time.max)
    state = derive(dossier.events, moment)
    wait = silence_of(dossier, state, moment)
    result = model.estimate(
        wait.stage,
        wait.silent_days,
        channel=wait.channel,
        country=country,
        industry=industry,
        company_size=company_size,
        signals=wait.signals,
        history=history,
        decision_in_days=wait.decision_in_days,
    )
    notes = list(result.notes)
    for event in state.upcoming:
        notes.append(f"Already scheduled: {event.kind.value} on {event.day.isoformat()}.")
    return dataclasses.replace(
        result, last_contact=wait.last_contact, decision_date=wait.decision_date, notes=tuple(notes)
    )


def timing(
    model: OutlookModel,
    dossier: Dossier,
    state: ProcessState,
    moment: datetime,
    *,
    quiet_below: float,
    history: Sequence[Observation] | None = None,
    country: str | None = None,
    fits: MutableMapping[str, PersonalFit] | None = None,
    memo: MutableMapping[tuple[object, ...], tuple[Fitted, float | None]] | None = None,
) -> Timing | None:
    """What the outlook tells the playbook about this process's silence (None: no wait).

    ``pace``: how long replies typically take here relative to the published figure for the
    stage (country, the user's own history, a hiring freeze), which stretches or shortens the
    follow-up rule. ``quiet_after_days``: the silence after which the chance of still hearing
    back falls below ``quiet_below`` (None: not within a year). ``memo`` keeps both for waits
    that differ only in their length (one agenda, one history).
    """
    try:
        wait = silence_of(dossier, state, moment)
    except ValueError:
        return None
    key = (wait.stage, wait.channel, wait.signals, wait.decision_in_days, country, quiet_below)
    known = memo.get(key) if memo is not None else None
    if known is None:
        fitted = model.fitted(
            wait.stage,
            wait.silent_days,
            channel=wait.channel,
            country=country,
            signals=wait.signals,
            history=history,
            decision_in_days=wait.decision_in_days,
            fits=fits,
        )
        known = (fitted, quiet_after(fitted, quiet_below))
        if memo is not None:
            memo[key] = known
    fitted, quiet = known
    now = fitted.model.p_hear_back(wait.silent_days)
    return Timing(
        pace=fitted.pace,
        p_hear_back=now,
        phrase=model.phrase(now),
        pace_because=_because(fitted),
        quiet_after_days=quiet,
        quiet_below=quiet_below,
        history_used=fitted.history_used,
    )


def quiet_after(fitted: Fitted, below: float) -> float | None:
    """Days of silence after which the chance of still hearing back is under ``below``."""
    p = fitted.model.p_hear_back
    if p(0.0) < below:
        return 0.0
    if p(_HORIZON_DAYS) >= below:
        return None
    lo, hi = 0.0, _HORIZON_DAYS
    while hi - lo > 0.05:  # p_hear_back falls as the silence grows
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if p(mid) >= below else (lo, mid)
    return hi


def _because(fitted: Fitted) -> str:
    """What moved the typical reply time away from the published figure, as phrases."""
    parts = [
        "hiring in " + a.name.split(": ", 1)[-1]
        for a in fitted.adjustments
        if a.applies_to == "days" and a.factor != 1.0
    ]
    if fitted.history_used:
        parts.append(f"your own {fitted.history_used} earlier waits at this stage")
    if fitted.days_mult != 1.0 and Signal.HIRING_FREEZE in fitted.signals:
        parts.append("the hiring-freeze notice")
    return "; ".join(parts)
