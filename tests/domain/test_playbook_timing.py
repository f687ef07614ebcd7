"""The playbook timed by the outlook: follow-ups move with how long replies typically take for
this process (country, the user's own history, a hiring freeze) within the surveyed range, and
"mark it dormant" comes when the chance of still hearing back has fallen under the threshold.

Fixed clock, real US holidays (Veterans Day Wed 11 Nov, Thanksgiving Thu 26 Nov 2026).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

import pytest
from test_playbook import RULES, US, at, dossier

from heardback import outlook
from heardback.domain.outlook_fit import Observation
from heardback.domain.outlook_process import timing
from heardback.domain.playbook import Action, ActionKind, Timing, plan
from heardback.domain.process import derive
from heardback.domain.records import Dossier, Event, EventKind, Signal, Stage

WIDE = dataclasses.replace(RULES, agenda_horizon_days=90)  # see every due date


def day_of(text: str) -> date:
    return date.fromisoformat(text)


def follow_ups(d: Dossier, day: str, t: Timing | None) -> list[Action]:
    timings = {1: t} if t is not None else None
    return [
        a
        for a in plan([d], day_of(day), US, WIDE, timings=timings)
        if a.kind in (ActionKind.FOLLOW_UP, ActionKind.MARK_DORMANT)
    ]


def timed(pace: float, because: str = "hiring in DE", quiet: float | None = None) -> Timing:
    return Timing(pace, because, quiet, 0.1, p_hear_back=0.3, phrase="unlikely")


INTERVIEWED = [
    Event(EventKind.APPLIED, at("2026-10-20")),
    Event(EventKind.INTERVIEW, at("2026-11-02"), round=1),
]


def test_slower_replies_push_the_first_follow_up_later_and_say_why() -> None:
    d = dossier(1, INTERVIEWED)
    fixed = follow_ups(d, "2026-11-03", None)[0]
    slow = follow_ups(d, "2026-11-03", timed(1.4))[0]
    # 10 business days after Mon 2 Nov, skipping Veterans Day, is Tue 17 Nov; 14 is Mon 23 Nov
    assert fixed.due == day_of("2026-11-17")
    assert slow.due == day_of("2026-11-23")
    assert "hiring in DE" in slow.reason and "14 business days instead of 10" in slow.reason


def test_faster_replies_bring_it_forward_but_never_before_a_working_week() -> None:
    d = dossier(1, INTERVIEWED)
    quick = follow_ups(d, "2026-11-03", timed(0.7, "your own 30 earlier waits at this stage"))
    assert quick[0].due == day_of("2026-11-12")  # 7 business days, Veterans Day skipped
    floor = follow_ups(d, "2026-11-03", timed(0.1, "your own 30 earlier waits at this stage"))
    assert floor[0].due == US.add(day_of("2026-11-02"), RULES.followup_min_business_days)
    cap = follow_ups(d, "2026-11-03", timed(9.0))
    assert cap[0].due == US.add(day_of("2026-11-02"), RULES.followup_max_business_days)


def test_a_pace_with_nothing_behind_it_changes_nothing() -> None:
    d = dossier(1, INTERVIEWED)
    assert follow_ups(d, "2026-11-03", timed(1.4, because="")) == follow_ups(d, "2026-11-03", None)


def test_a_promised_decision_date_still_decides_the_follow_up() -> None:
    promise = Event(
        EventKind.SIGNAL, at("2026-11-02", 16), signal=Signal.DECISION_DATE, due=date(2026, 11, 6)
    )
    events = [*INTERVIEWED, promise]
    d = dossier(1, events)
    assert follow_ups(d, "2026-11-03", timed(2.0))[0].due == day_of("2026-11-09")


def test_dormant_comes_when_the_chance_falls_under_the_threshold() -> None:
    events = [
        *INTERVIEWED,
        Event(EventKind.FOLLOW_UP, at("2026-11-16")),
        Event(EventKind.FOLLOW_UP, at("2026-11-23")),
    ]
    d = dossier(1, events)
    fixed = follow_ups(d, "2026-11-24", None)[0]
    assert fixed.kind is ActionKind.MARK_DORMANT
    assert fixed.due == US.add(day_of("2026-11-23"), 10)
    late = follow_ups(d, "2026-11-24", timed(1.0, quiet=50))[0]
    assert late.due == day_of("2026-11-02") + timedelta(days=50)
    assert "under 10%" in late.reason and "heuristic" in late.reason
    # a quiet day on a weekend (Sat 26 Dec, after Christmas) becomes the next business day
    weekend = follow_ups(d, "2026-11-24", timed(1.0, quiet=54))[0]
    assert weekend.due == day_of("2026-12-28")
    # already under the threshold: still give the last follow-up a week to be answered
    early = follow_ups(d, "2026-11-24", timed(1.0, quiet=5))[0]
    assert early.due == US.add(day_of("2026-11-23"), RULES.followup_gap_business_days)


# -- the outlook's side ---------------------------------------------------------------------------

MOMENT = datetime.combine(date(2026, 11, 20), time.max)


def timing_of(events: list[Event], **kw: object) -> Timing:
    d = dossier(1, events)
    made = timing(outlook.model(), d, derive(d.events, MOMENT), MOMENT, quiet_below=0.1, **kw)  # type: ignore[arg-type]
    assert made is not None
    return made


def test_published_figures_alone_leave_the_pace_as_it_is() -> None:
    t = timing_of(INTERVIEWED)
    assert t.pace == pytest.approx(1.0) and t.pace_because == "" and t.history_used == 0
    assert 0 < t.p_hear_back < 1


def test_country_history_and_a_freeze_each_move_the_pace_and_say_so() -> None:
    germany = timing_of(INTERVIEWED, country="DE")
    assert germany.pace > 1.1 and "DE" in germany.pace_because
    freeze = [*INTERVIEWED, Event(EventKind.SIGNAL, at("2026-11-05"), signal=Signal.HIRING_FREEZE)]
    frozen = timing_of(freeze)
    assert frozen.pace > 1.0 and "hiring-freeze" in frozen.pace_because
    slow = [Observation(Stage.INTERVIEWING, None, 30.0, True) for _ in range(40)]
    mine = timing_of(INTERVIEWED, history=slow)
    assert mine.pace > 1.5 and "your own 40 earlier waits" in mine.pace_because
    quick = [Observation(Stage.INTERVIEWING, None, 2.0, True) for _ in range(40)]
    assert timing_of(INTERVIEWED, history=quick).pace < 1.0


def test_a_final_round_is_given_longer_than_an_application_before_dormant() -> None:
    applied = timing_of([Event(EventKind.APPLIED, at("2026-11-02"))])
    final = timing_of([*INTERVIEWED[:1], Event(EventKind.INTERVIEW, at("2026-11-02"), final=True)])
    assert applied.quiet_after_days is not None and final.quiet_after_days is not None
    assert final.quiet_after_days > applied.quiet_after_days
    # the day it names is the day the outlook's chance crosses the threshold
    for events, t in ((INTERVIEWED, timing_of(INTERVIEWED)),):
        d = dossier(1, events)
        assert t.quiet_after_days is not None
        before = outlook.explain(d, MOMENT.replace(day=2) + timedelta(days=t.quiet_after_days - 1))
        after = outlook.explain(d, MOMENT.replace(day=2) + timedelta(days=t.quiet_after_days + 1))
        assert before["p_hear_back"] >= 0.1 > after["p_hear_back"]


def test_no_wait_no_timing() -> None:
    d = dossier(1, [*INTERVIEWED, Event(EventKind.REJECTED, at("2026-11-10"))])
    assert timing(outlook.model(), d, derive(d.events, MOMENT), MOMENT, quiet_below=0.1) is None


def test_no_follow_ups_allowed_means_dormant_without_chasing() -> None:
    rules = dataclasses.replace(WIDE, max_followups_per_silence=0)
    d = dossier(1, INTERVIEWED)
    actions = [
        a
        for a in plan([d], day_of("2026-11-03"), US, rules)
        if a.kind in (ActionKind.FOLLOW_UP, ActionKind.MARK_DORMANT)
    ]
    assert [a.kind for a in actions] == [ActionKind.MARK_DORMANT]
    assert actions[0].due == US.add(
        day_of("2026-11-02"), rules.dormant_after_last_followup_business_days
    )


def test_a_promise_that_passed_before_the_silence_began_is_not_used() -> None:
    promise = Event(
        EventKind.SIGNAL, at("2026-10-20"), signal=Signal.DECISION_DATE, due=date(2026, 10, 23)
    )
    update = Event(EventKind.UPDATE, at("2026-10-28"))  # they wrote again after the date
    with_old = timing_of(
        [*INTERVIEWED[:1], Event(EventKind.INTERVIEW, at("2026-10-19")), promise, update]
    )
    without = timing_of([*INTERVIEWED[:1], Event(EventKind.INTERVIEW, at("2026-10-19")), update])
    assert with_old.quiet_after_days == without.quiet_after_days
    assert with_old.p_hear_back == pytest.approx(without.p_hear_back)
