"""Pipeline health: is the search alive, or does everything hang on one employer?"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from heardback.domain.process import ProcessState
from heardback.domain.records import ACTIVE, Event, EventKind, Stage

#: stages where one employer is close to a decision
CLOSE: frozenset[Stage] = frozenset({Stage.FINAL_ROUND, Stage.REFERENCES, Stage.OFFER})


@dataclass(frozen=True, slots=True)
class Goals:
    target_active: int
    weekly_applications: int
    weekly_networking: int
    stale_search_days: int

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> Goals:
        return cls(
            target_active=int(settings["target_active"]),
            weekly_applications=int(settings["weekly_applications"]),
            weekly_networking=int(settings["weekly_networking"]),
            stale_search_days=int(settings["stale_search_days"]),
        )


@dataclass(frozen=True, slots=True)
class Health:
    as_of: date
    active: int
    target_active: int
    applications_7d: int
    weekly_applications: int
    networking_7d: int
    weekly_networking: int
    days_since_last_application: int | None
    by_stage: dict[str, int] = field(default_factory=dict)
    #: (opportunity id, stage) of processes close to a decision
    close_to_decision: tuple[tuple[int, str], ...] = ()
    #: plain-language nudges, most important first
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.warnings

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "active": self.active,
            "target_active": self.target_active,
            "applications_7d": self.applications_7d,
            "weekly_applications": self.weekly_applications,
            "networking_7d": self.networking_7d,
            "weekly_networking": self.weekly_networking,
            "days_since_last_application": self.days_since_last_application,
            "by_stage": dict(self.by_stage),
            "close_to_decision": [
                {"opportunity_id": oid, "stage": stage} for oid, stage in self.close_to_decision
            ],
            "warnings": list(self.warnings),
        }


def assess(
    states: Mapping[int, ProcessState],
    labels: Mapping[int, str],
    activity: Iterable[Event],
    as_of: date,
    goals: Goals,
) -> Health:
    """Pipeline health on ``as_of``.

    ``states``: every non-archived opportunity's derived state by id; ``labels``: their company
    names; ``activity``: applied and networking events (any opportunity, or none) up to ``as_of``.
    """
    week_start = as_of - timedelta(days=6)
    by_stage = Counter(state.stage.value for state in states.values())
    active_ids = [oid for oid, s in states.items() if s.stage in ACTIVE]
    close = sorted(
        ((oid, states[oid].stage.value) for oid in active_ids if states[oid].stage in CLOSE),
        key=lambda pair: pair[0],
    )
    applications = networking = 0
    last_application: date | None = None
    for event in activity:
        day = event.day
        if day > as_of:
            continue
        if event.kind is EventKind.APPLIED:
            if week_start <= day:
                applications += 1
            if last_application is None or day > last_application:
                last_application = day
        elif event.kind is EventKind.NETWORKING and week_start <= day:
            networking += 1
    since = (as_of - last_application).days if last_application else None

    warnings: list[str] = []
    active = len(active_ids)
    others = active - 1
    if close and others < goals.target_active:
        oid, stage = close[0]
        name = labels.get(oid, "one employer")
        where = {"final_round": "in the final round", "references": "at references"}.get(
            stage, "holding an offer"
        )
        warnings.append(
            f"Don't put all your eggs in one basket: you are {where} with {name}, with only "
            f"{max(others, 0)} other active process{'es' if others != 1 else ''} "
            f"(target {goals.target_active}). Keep applying until an offer is signed."
        )
    elif active < goals.target_active:
        warnings.append(
            f"{active} active process{'es' if active != 1 else ''}, below your target of "
            f"{goals.target_active}: add a few applications to keep options open."
        )
    if applications < goals.weekly_applications:
        warnings.append(f"{applications} of {goals.weekly_applications} applications this week.")
    if networking < goals.weekly_networking:
        warnings.append(
            f"{networking} of {goals.weekly_networking} networking touches this week: a "
            "message to a former colleague or a referral request counts."
        )
    if since is not None and since >= goals.stale_search_days:
        warnings.append(
            f"{since} days since your last new application: things on the back burner fall "
            "off the stove."
        )
    elif since is None and active == 0:
        warnings.append("No applications yet: add the first one with 'heardback add'.")
    return Health(
        as_of=as_of,
        active=active,
        target_active=goals.target_active,
        applications_7d=applications,
        weekly_applications=goals.weekly_applications,
        networking_7d=networking,
        weekly_networking=goals.weekly_networking,
        days_since_last_application=since,
        by_stage=dict(sorted(by_stage.items())),
        close_to_decision=tuple(close),
        warnings=tuple(warnings),
    )
