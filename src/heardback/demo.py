"""A realistic demo workspace: two months of a data engineer's job search, dated around today.

Every company and person here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from heardback.domain.records import (
    Channel,
    Contact,
    ContactRole,
    Event,
    EventKind,
    FollowUpPurpose,
    Opportunity,
    Signal,
)
from heardback.store.db import Database
from heardback.store.repo import Repo


@dataclass(frozen=True)
class Step:
    days: int  # relative to today (negative: in the past)
    kind: EventKind
    hour: int = 10
    people: tuple[str, ...] = ()
    round: int | None = None
    final: bool = False
    interview_type: str = ""
    signal: Signal | None = None
    due_in: int | None = None  # deadline/decision date relative to today
    purpose: FollowUpPurpose | None = None
    text: str = ""


PEOPLE: dict[str, tuple[str, str, ContactRole, bool]] = {
    # key: (name, email, role, agency)
    "priya": ("Priya Raman", "priya.raman@example.org", ContactRole.REFERRER, False),
    "tom": ("Tom Becker", "tom.becker@northwind-analytics.example", ContactRole.RECRUITER, False),
    "dana": ("Dana Smith", "dana.smith@northwind-analytics.example", ContactRole.HIRING_MANAGER,
             False),
    "lee": ("Lee Chen", "lee.chen@northwind-analytics.example", ContactRole.INTERVIEWER, False),
    "maria": ("Maria Lopez", "maria.lopez@brightline-health.example", ContactRole.INTERVIEWER,
              False),
    "sam": ("Sam Ortiz", "sam@talentbridge-partners.example", ContactRole.RECRUITER, True),
    "ken": ("Ken Watanabe", "ken.watanabe@lumenlabs.example", ContactRole.INTERVIEWER, False),
    "alex": ("Alex Novak", "alex.novak@fernway.example", ContactRole.RECRUITER, False),
}  # fmt: skip

STORY: list[tuple[Opportunity, tuple[str, ...], list[Step]]] = [
    (
        Opportunity("Northwind Analytics", "Senior Data Engineer", channel=Channel.REFERRAL,
                    location="Chicago (hybrid)", requisition="NW-2291", salary_min=150000,
                    salary_max=175000, currency="USD"),
        ("priya", "tom", "dana", "lee"),
        [
            Step(-40, EventKind.APPLIED, text="Referred by Priya"),
            Step(-35, EventKind.SCREEN, 11, ("tom",), interview_type="phone"),
            Step(-26, EventKind.INTERVIEW, 14, ("dana",), round=2, interview_type="video"),
            Step(-26, EventKind.THANK_YOU, 18, ("dana",)),
            Step(-12, EventKind.INTERVIEW, 9, ("dana", "lee"), final=True,
                 interview_type="onsite", text="System design and team lunch"),
            Step(-12, EventKind.SIGNAL, 16, signal=Signal.DID_WELL, text="Dana: 'great session'"),
            Step(-12, EventKind.SIGNAL, 16, signal=Signal.DECISION_DATE, due_in=-4),
            Step(-11, EventKind.THANK_YOU, 9, ("dana", "lee")),
        ],
    ),
    (
        Opportunity("Brightline Health", "Data Platform Engineer", channel=Channel.JOB_BOARD,
                    location="Remote (US)"),
        ("maria",),
        [
            Step(-30, EventKind.APPLIED),
            Step(-22, EventKind.SCREEN, 13),
            Step(-1, EventKind.INTERVIEW, 15, ("maria",), round=1, interview_type="video"),
        ],
    ),
    (
        Opportunity("Quanta Freight", "Backend Engineer", channel=Channel.EASY_APPLY,
                    location="Denver"),
        (),
        [Step(-12, EventKind.APPLIED)],
    ),
    (
        Opportunity("Lumen Labs", "Staff Data Engineer", channel=Channel.RECRUITER,
                    location="Remote", salary_min=180000, salary_max=200000, currency="USD"),
        ("sam", "ken"),
        [
            Step(-25, EventKind.APPLIED, text="Submitted by Sam at TalentBridge"),
            Step(-20, EventKind.SCREEN, 10, ("sam",)),
            Step(-15, EventKind.ASSESSMENT, 10, text="Take-home: streaming pipeline"),
            Step(-7, EventKind.INTERVIEW, 13, ("ken",), round=1, interview_type="technical"),
            Step(-7, EventKind.THANK_YOU, 17, ("ken",)),
            Step(3, EventKind.INTERVIEW, 11, ("ken",), round=2, interview_type="panel"),
        ],
    ),
    (
        Opportunity("Harbor Bank", "Data Engineer", channel=Channel.DIRECT, location="New York"),
        (),
        [Step(-45, EventKind.APPLIED), Step(-30, EventKind.REJECTED, text="Position filled")],
    ),
    (
        Opportunity("Cobalt Systems", "Machine Learning Engineer", channel=Channel.JOB_BOARD),
        (),
        [
            Step(-50, EventKind.APPLIED),
            Step(-38, EventKind.FOLLOW_UP),
            Step(-30, EventKind.FOLLOW_UP),
        ],
    ),
    (
        Opportunity("Fernway Retail", "Analytics Engineer", channel=Channel.DIRECT,
                    location="Austin", salary_min=140000, salary_max=140000, currency="USD"),
        ("alex",),
        [
            Step(-20, EventKind.APPLIED),
            Step(-14, EventKind.SCREEN, 10, ("alex",)),
            Step(-8, EventKind.INTERVIEW, 14, ("alex",), final=True, interview_type="onsite"),
            Step(-8, EventKind.THANK_YOU, 19, ("alex",)),
            Step(-4, EventKind.SIGNAL, 12, signal=Signal.REFERENCES_CONTACTED),
            Step(-2, EventKind.OFFER, 16, ("alex",), due_in=5,
                 text="$140k base, 10% bonus, start in January"),
        ],
    ),
    (
        Opportunity("Pinecrest Energy", "Data Engineer", channel=Channel.JOB_BOARD),
        (),
        [Step(-70, EventKind.APPLIED)],
    ),
    (
        Opportunity("Orbit Media", "Senior Data Analyst", channel=Channel.EASY_APPLY),
        (),
        [Step(-3, EventKind.APPLIED)],
    ),
    (
        Opportunity("Atlas Insurance", "Data Engineer", channel=Channel.DIRECT),
        (),
        [
            Step(-35, EventKind.APPLIED),
            Step(-28, EventKind.SCREEN),
            Step(-20, EventKind.INTERVIEW, 10, round=1),
            Step(-10, EventKind.REJECTED, text="Went with a candidate with insurance experience"),
        ],
    ),
    (
        Opportunity("Meridian Games", "Data Engineer", channel=Channel.DIRECT,
                    url="https://careers.meridian-games.example/jobs/881",
                    notes="Apply after the Lumen round 2"),
        (),
        [],
    ),
]  # fmt: skip

NETWORKING = [
    Step(-5, EventKind.NETWORKING, 12, text="Coffee with Priya about Northwind's team"),
    Step(-2, EventKind.NETWORKING, 17, text="Data meetup: talked to two hiring managers"),
]


def build(db: Database, today: date) -> int:
    """Fill an empty store with the demo story; returns the number of opportunities."""

    def when(step: Step) -> datetime:
        return datetime.combine(today + timedelta(days=step.days), time(step.hour, 0))

    with db.begin() as conn:
        repo = Repo(conn)
        people: dict[str, int] = {}
        for key, (name, email, role, agency) in PEOPLE.items():
            company = "" if agency else email.split("@")[1].split(".")[0].replace("-", " ").title()
            if agency:
                company = "TalentBridge Partners"
            people[key] = repo.add_contact(
                Contact(name=name, email=email, company=company, role=role, agency=agency)
            )
        for opp, contact_keys, steps in STORY:
            created = when(steps[0]) if steps else datetime.combine(today, time(9))
            oid = repo.add_opportunity(replace(opp, created_at=created - timedelta(hours=1)))
            for key in contact_keys:
                repo.link_contact(oid, people[key], PEOPLE[key][2])
            repo.add_events(
                Event(
                    kind=s.kind,
                    at=when(s),
                    opportunity_id=oid,
                    round=s.round,
                    final=s.final,
                    interview_type=s.interview_type,
                    signal=s.signal,
                    due=today + timedelta(days=s.due_in) if s.due_in is not None else None,
                    purpose=s.purpose,
                    contact_ids=tuple(people[p] for p in s.people),
                    text=s.text,
                    source="demo",
                )
                for s in steps
            )
            repo.refresh_stage(oid)
        repo.add_events(Event(s.kind, when(s), text=s.text, source="demo") for s in NETWORKING)
    return len(STORY)
