"""The complete JSON export: everything goes out, comes back equal, and bad files are explained."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heardback.domain.records import (
    Channel,
    Contact,
    ContactRole,
    Dossier,
    Event,
    EventKind,
    FollowUpPurpose,
    Opportunity,
    Signal,
)
from heardback.errors import UserError
from heardback.transfer.json_format import Export, dump, load

DANA = Contact(
    "Dana Whitfield",
    id=11,
    uid="c-dana",
    email="dana@acme.com",
    company="Acme",
    role=ContactRole.RECRUITER,
    phone="+1 555 0100",
    notes="prefers email",
)
SAM = Contact("Sam Ortiz", id=12, uid="c-sam", role=ContactRole.INTERVIEWER)
ACME = Dossier(
    Opportunity(
        "Acme",
        "Data Engineer",
        id=3,
        uid="o-acme",
        location="Remote",
        url="https://acme.example/jobs/1",
        channel=Channel.REFERRAL,
        requisition="R-1",
        salary_min=120_000,
        salary_max=140_000,
        currency="USD",
        notes="café ☕",
        archived=False,
        created_at=datetime(2026, 3, 1, 8, 0, 0),
    ),
    (
        Event(EventKind.APPLIED, datetime(2026, 3, 2, 9, 15), id=31, uid="e-1", opportunity_id=3),
        Event(
            EventKind.INTERVIEW,
            datetime(2026, 3, 10, 14, 0, 30),
            id=32,
            uid="e-2",
            opportunity_id=3,
            round=1,
            interview_type="video",
            duration_minutes=45,
            contact_ids=(12, 11),
            text="with the team",
            source="mail",
        ),
        Event(
            EventKind.SIGNAL,
            datetime(2026, 3, 10, 15, 0),
            id=33,
            uid="e-3",
            opportunity_id=3,
            signal=Signal.DECISION_DATE,
            due=date(2026, 3, 17),
        ),
        Event(
            EventKind.FOLLOW_UP,
            datetime(2026, 3, 18, 9, 0),
            id=34,
            uid="e-4",
            opportunity_id=3,
            purpose=FollowUpPurpose.STATUS,
            contact_ids=(11,),
        ),
    ),
    ((DANA, ContactRole.RECRUITER), (SAM, ContactRole.INTERVIEWER)),
)
STAMP = datetime(2026, 3, 20, 12, 0)


def exported() -> dict[str, Any]:
    return json.loads(json.dumps(dump([ACME], [DANA, SAM], exported_at=STAMP)))


def test_the_export_is_versioned_and_links_by_uid() -> None:
    data = exported()
    assert data["format"] == "heardback"
    assert data["version"] == 1
    assert data["exported_at"] == "2026-03-20T12:00:00"
    [opportunity] = data["opportunities"]
    assert opportunity["uid"] == "o-acme"
    assert opportunity["channel"] == "referral"
    assert opportunity["created_at"] == "2026-03-01T08:00:00"
    assert opportunity["contacts"] == [
        {"contact": "c-dana", "role": "recruiter"},
        {"contact": "c-sam", "role": "interviewer"},
    ]
    interview = opportunity["events"][1]
    assert interview["contacts"] == ["c-sam", "c-dana"]
    assert interview["at"] == "2026-03-10T14:00:30"
    assert opportunity["events"][2]["due"] == "2026-03-17"
    assert [c["uid"] for c in data["contacts"]] == ["c-dana", "c-sam"]


def test_database_ids_are_not_exported() -> None:
    def keys(node: Any) -> set[str]:
        if isinstance(node, dict):
            return set(node) | {k for v in node.values() for k in keys(v)}
        if isinstance(node, list):
            return {k for v in node for k in keys(v)}
        return set()

    found = keys(exported())
    assert not found & {"id", "opportunity_id", "contact_ids"}


def test_every_field_of_every_record_is_exported() -> None:
    data = exported()
    opportunity = data["opportunities"][0]
    for f in dataclasses.fields(Opportunity):
        assert f.name == "id" or f.name in opportunity
    for f in dataclasses.fields(Event):
        assert (
            f.name in ("id", "opportunity_id", "contact_ids") or f.name in opportunity["events"][0]
        )
    for f in dataclasses.fields(Contact):
        assert f.name == "id" or f.name in data["contacts"][0]


def test_load_gives_records_without_ids_and_the_links_by_uid() -> None:
    result = load(exported())
    assert isinstance(result, Export)
    assert result.exported_at == STAMP
    assert result.contacts == [dataclasses.replace(c, id=None) for c in (DANA, SAM)]
    [loaded] = result.opportunities
    assert loaded.opportunity == dataclasses.replace(ACME.opportunity, id=None)
    assert all(e.id is None and e.opportunity_id is None for e in loaded.events)
    assert all(e.contact_ids == () for e in loaded.events)
    assert loaded.event_contacts["e-2"] == ("c-sam", "c-dana")
    assert [(c.uid, role) for c, role in loaded.contacts] == [
        ("c-dana", ContactRole.RECRUITER),
        ("c-sam", ContactRole.INTERVIEWER),
    ]
    # once the store has given the contacts ids, the events link to them
    linked = loaded.linked_events({"c-dana": 101, "c-sam": 102})
    assert linked[1].contact_ids == (102, 101)
    assert linked[3].contact_ids == (101,)


def test_events_of_no_opportunity_travel_too() -> None:
    coffee = Event(
        EventKind.NETWORKING,
        datetime(2026, 3, 5, 8, 30),
        id=70,
        uid="e-coffee",
        contact_ids=(12,),
        text="coffee with Sam",
    )
    data = json.loads(json.dumps(dump([ACME], [DANA, SAM], [coffee], exported_at=STAMP)))
    assert data["unattached_events"][0]["contacts"] == ["c-sam"]
    result = load(data)
    assert result.loose_events == [dataclasses.replace(coffee, id=None, contact_ids=())]
    assert result.loose_event_contacts == {"e-coffee": ("c-sam",)}
    data["unattached_events"][0]["uid"] = "e-1"
    with pytest.raises(UserError, match=r"unattached_events\[0\] repeats the event uid 'e-1'"):
        load(data)


def test_contacts_only_linked_from_a_dossier_are_exported_too() -> None:
    data = dump([ACME], [], exported_at=STAMP)
    assert {c["uid"] for c in data["contacts"]} == {"c-dana", "c-sam"}


def test_an_event_naming_an_unknown_contact_cannot_be_exported() -> None:
    broken = dataclasses.replace(
        ACME, events=[Event(EventKind.NOTE, datetime(2026, 3, 1), contact_ids=(99,))]
    )
    with pytest.raises(UserError, match="contact id 99"):
        dump([broken], [DANA])


def test_exported_at_defaults_to_now() -> None:
    data = dump([], [])
    assert abs(datetime.fromisoformat(data["exported_at"]) - datetime.now()).total_seconds() < 5


# ----------------------------------------------------------------------------- bad files


def broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(exported())
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: d.update(format="other"), 'not a heardback export: it lacks "format"'),
        (lambda d: d.update(version=2), "version 2, newer than this heardback reads"),
        (lambda d: d.pop("version"), "no valid version"),
        (lambda d: d.update(version="1"), "no valid version"),
        (lambda d: d.update(version=0), "unknown format version 0"),
        (lambda d: d.update(extra=1), "unknown top-level field 'extra'"),
        (lambda d: d.pop("opportunities"), "no 'opportunities' list"),
        (lambda d: d.update(opportunities={}), "'opportunities' must be a list"),
        (lambda d: d.update(exported_at="yesterday"), "'exported_at' must be a date and time"),
        (
            lambda d: d["opportunities"][0]["events"][1].update(at="tomorrow"),
            "opportunities[0] (Acme — Data Engineer), events[1]: 'at' must be a date and time "
            "like 2026-03-04T10:30, not 'tomorrow'.",
        ),
        (
            lambda d: d["opportunities"][0]["events"][0].update(kind="party"),
            "events[0]: 'kind' must be one of applied, screen, invitation, interview",
        ),
        (
            lambda d: d["opportunities"][0]["events"][0].pop("kind"),
            "events[0] has no 'kind'",
        ),
        (
            lambda d: d["opportunities"][0]["events"][1].update(round="two"),
            "events[1]: 'round' must be a whole number, not 'two'",
        ),
        (
            lambda d: d["opportunities"][0]["events"][1].update(duration_minutes=True),
            "'duration_minutes' must be a whole number, not True",
        ),
        (
            lambda d: d["opportunities"][0]["events"][2].update(due="2026-03-17T10:00"),
            "'due' must be a date like 2026-03-04",
        ),
        (
            lambda d: d["opportunities"][0]["events"][1].update(contacts=["c-nobody"]),
            "events[1], contacts[0] refers to an unknown contact 'c-nobody'",
        ),
        (
            lambda d: d["opportunities"][0]["events"][1].update(final="yes"),
            "'final' must be true or false",
        ),
        (
            lambda d: d["opportunities"][0]["events"][1].update(colour="red"),
            "events[1] has an unknown field 'colour'",
        ),
        (
            lambda d: d["opportunities"][0]["events"][1].update(uid="e-1"),
            "repeats the event uid 'e-1'",
        ),
        (lambda d: d["opportunities"][0].pop("company"), "opportunities[0] has no 'company'"),
        (lambda d: d["opportunities"][0].update(company="  "), "'company' is empty"),
        (
            lambda d: d["opportunities"][0].update(salary_min="120k"),
            "opportunities[0]: 'salary_min' must be a whole number, not '120k'",
        ),
        (
            lambda d: d["opportunities"][0].update(channel="carrier pigeon"),
            "'channel' must be one of direct, referral, recruiter, job_board, easy_apply",
        ),
        (
            lambda d: d["opportunities"][0]["contacts"][0].update(role="boss"),
            "contacts[0]: 'role' must be one of recruiter",
        ),
        (
            lambda d: d["opportunities"][0]["contacts"][0].update(contact="c-ghost"),
            "contacts[0] refers to an unknown contact 'c-ghost'",
        ),
        (lambda d: d["opportunities"].append(d["opportunities"][0]), "repeats the uid 'o-acme'"),
        (lambda d: d["contacts"][1].update(uid="c-dana"), "repeats the contact uid 'c-dana'"),
        (lambda d: d["contacts"][0].update(agency="no"), "contacts[0]: 'agency' must be true"),
        (lambda d: d["contacts"].append("Bob"), "contacts[2] must be an object, not str"),
    ],
)
def test_malformed_exports_are_explained(change: Any, says: str) -> None:
    with pytest.raises(UserError) as caught:
        load(broken(change))
    assert says in caught.value.message
    assert "\n" not in caught.value.message


def test_not_an_export_at_all() -> None:
    for data in (None, [], "heardback", {"version": 1}):
        with pytest.raises(UserError, match="not a heardback export"):
            load(data)


def test_optional_fields_may_be_left_out_of_hand_written_files() -> None:
    result = load(
        {
            "format": "heardback",
            "version": 1,
            "opportunities": [
                {"company": "Acme", "events": [{"kind": "applied", "at": "2026-03-04T09:00"}]}
            ],
        }
    )
    [loaded] = result.opportunities
    assert loaded.opportunity.company == "Acme"
    assert loaded.opportunity.uid  # a fresh uid, so the store can insert it
    assert loaded.events[0].at == datetime(2026, 3, 4, 9, 0)
    assert loaded.events[0].source == "manual"
    assert result.exported_at is None


# ------------------------------------------------------------------------------ round trip

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
MOMENT = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 12, 31))
WHEN = st.one_of(
    MOMENT.map(lambda d: d.replace(second=0, microsecond=0)),
    MOMENT.map(lambda d: d.replace(microsecond=0)),
    MOMENT,
)
DAY = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
SMALL = st.none() | st.integers(min_value=0, max_value=10**9)


def draw_events(
    draw: st.DrawFn, ids: list[int], prefix: str, opportunity_id: int | None
) -> list[Event]:
    return [
        Event(
            kind=draw(st.sampled_from(EventKind)),
            at=draw(WHEN),
            id=draw(st.integers(1, 10**6)),
            uid=f"{prefix}-{j}",
            opportunity_id=opportunity_id,
            round=draw(SMALL),
            final=draw(st.booleans()),
            interview_type=draw(TEXT),
            duration_minutes=draw(SMALL),
            signal=draw(st.none() | st.sampled_from(Signal)),
            due=draw(st.none() | DAY),
            contact_ids=tuple(draw(st.lists(st.sampled_from(ids), max_size=3))) if ids else (),
            purpose=draw(st.none() | st.sampled_from(FollowUpPurpose)),
            text=draw(TEXT),
            source=draw(st.sampled_from(["manual", "csv", "json", "demo", "mail"]) | TEXT),
        )
        for j in range(draw(st.integers(0, 5)))
    ]


Everything = tuple[list[Dossier], list[Contact], list[Event]]


@st.composite
def everything(draw: st.DrawFn) -> Everything:
    contacts = [
        Contact(
            name=draw(TEXT),
            id=i + 1,
            uid=f"contact-{i}",
            email=draw(TEXT),
            company=draw(TEXT),
            role=draw(st.sampled_from(ContactRole)),
            agency=draw(st.booleans()),
            phone=draw(TEXT),
            notes=draw(TEXT),
        )
        for i in range(draw(st.integers(0, 4)))
    ]
    ids = [c.id for c in contacts if c.id is not None]
    dossiers = []
    for i in range(draw(st.integers(0, 4))):
        opportunity = Opportunity(
            company=draw(TEXT.filter(lambda t: bool(t.strip()))),
            role=draw(TEXT),
            id=100 + i,
            uid=f"opportunity-{i}",
            location=draw(TEXT),
            url=draw(TEXT),
            channel=draw(st.none() | st.sampled_from(Channel)),
            requisition=draw(TEXT),
            salary_min=draw(SMALL),
            salary_max=draw(SMALL),
            currency=draw(TEXT),
            notes=draw(TEXT),
            archived=draw(st.booleans()),
            created_at=draw(st.none() | WHEN),
        )
        history = draw_events(draw, ids, f"event-{i}", opportunity.id)
        linked = (
            draw(st.lists(st.sampled_from(contacts), unique_by=lambda c: c.uid)) if contacts else []
        )
        roles = [(c, draw(st.sampled_from(ContactRole))) for c in linked]
        dossiers.append(Dossier(opportunity, history, roles))
    return dossiers, contacts, draw_events(draw, ids, "loose", None)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(everything())
def test_dump_then_load_gives_the_same_records(data: Everything) -> None:
    dossiers, contacts, loose = data
    text = json.dumps(dump(dossiers, contacts, loose, exported_at=STAMP), ensure_ascii=False)
    result = load(json.loads(text))

    assert result.contacts == [dataclasses.replace(c, id=None) for c in contacts]
    contact_ids = {c.uid: c.id for c in contacts if c.id is not None}
    assert len(result.opportunities) == len(dossiers)
    for original, loaded in zip(dossiers, result.opportunities, strict=True):
        assert loaded.opportunity == dataclasses.replace(original.opportunity, id=None)
        assert loaded.linked_events(contact_ids) == [
            dataclasses.replace(e, id=None, opportunity_id=None) for e in original.events
        ]
        assert loaded.contacts == [
            (dataclasses.replace(c, id=None), role) for c, role in original.contacts
        ]
    relinked = [
        dataclasses.replace(
            e, contact_ids=tuple(contact_ids[u] for u in result.loose_event_contacts[e.uid])
        )
        for e in result.loose_events
    ]
    assert relinked == [dataclasses.replace(e, id=None) for e in loose]
