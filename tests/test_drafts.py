"""Message drafts: what a job seeker reads before pressing send."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from heardback.domain.playbook import Action, ActionKind, Urgency
from heardback.domain.records import (
    Contact,
    ContactRole,
    Dossier,
    Event,
    EventKind,
    FollowUpPurpose,
    Opportunity,
    Signal,
)
from heardback.drafts import TEMPLATES, Draft, drafts_for_action, render_draft
from heardback.errors import UserError
from heardback.settings import Settings

TUESDAY = datetime(2026, 3, 3, 10, 0)  # the interview
WEDNESDAY = date(2026, 3, 4)  # the day after


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEARDBACK_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def settings() -> Settings:
    return Settings(
        file_values={"your_name": "Sam Taylor", "your_email": "sam@example.org"},
        env={},
        overrides=None,
    )


DANA = Contact("Dana Smith", id=10, email="dana.smith@acme.example")
LEE = Contact("Lee Wong", id=11, email="lee@acme.example")
RITA = Contact("Rita Alvarez", id=12, email="rita@acme.example")
HUGO = Contact("Hugo Brandt", id=13, email="hugo@acme.example")


def acme(*extra: Event, contacts: tuple[tuple[Contact, ContactRole], ...] | None = None) -> Dossier:
    events = (
        Event(EventKind.APPLIED, datetime(2026, 2, 9, 18, 30), id=1),
        Event(EventKind.SCREEN, datetime(2026, 2, 16, 14, 0), id=2, contact_ids=(12,)),
        Event(
            EventKind.INTERVIEW,
            TUESDAY,
            id=3,
            uid="int-3",
            round=2,
            interview_type="video",
            duration_minutes=45,
            contact_ids=(10, 11),
            text="Discussed: their move from nightly batches to streaming",
        ),
        *extra,
    )
    if contacts is None:
        contacts = (
            (DANA, ContactRole.INTERVIEWER),
            (LEE, ContactRole.INTERVIEWER),
            (RITA, ContactRole.RECRUITER),
            (HUGO, ContactRole.HIRING_MANAGER),
        )
    return Dossier(Opportunity("Acme", "Data Engineer", id=1), events, contacts)


def decode_mailto(url: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    fields = {}
    for pair in parts.query.split("&"):
        key, _, value = pair.partition("=")
        fields[key] = unquote(value)
    return unquote(parts.path), fields


# -- thank-you ------------------------------------------------------------------------------------


def test_thank_you_action_gives_one_draft_per_interviewer(settings: Settings) -> None:
    action = Action(
        ActionKind.THANK_YOU,
        1,
        WEDNESDAY,
        Urgency.DUE,
        reason="You had an interview on Tuesday.",
        title="Send thank-you notes",
        template="thank_you",
        event_id=3,
    )
    drafts = drafts_for_action(action, acme(), as_of=WEDNESDAY, settings=settings)

    assert [d.to for d in drafts] == ["dana.smith@acme.example", "lee@acme.example"]
    assert [d.to_name for d in drafts] == ["Dana Smith", "Lee Wong"]
    for draft, first_name in zip(drafts, ["Dana", "Lee"], strict=True):
        assert draft.template == "thank_you"
        assert draft.body.startswith(f"Hello {first_name},")
        assert "Data Engineer" in draft.body and "Acme" in draft.body
        assert "video interview on Tuesday" in draft.body
        assert "move from nightly batches to streaming" in draft.body
        assert draft.body.rstrip().endswith("Sam Taylor")
        assert "Thank you" in draft.subject and "Data Engineer" in draft.subject


def test_thank_you_for_a_chosen_interviewer(settings: Settings) -> None:
    draft = render_draft("thank_you", acme(), as_of=WEDNESDAY, settings=settings, contact_id=11)
    assert draft.to == "lee@acme.example"
    assert draft.body.startswith("Hello Lee,")


def test_thank_you_written_a_week_later_gives_the_date(settings: Settings) -> None:
    draft = render_draft("thank_you", acme(), as_of=date(2026, 3, 12), settings=settings)
    assert "on Tuesday, March 3" in draft.body


def test_thank_you_same_day_says_today(settings: Settings) -> None:
    draft = render_draft("thank_you", acme(), as_of=TUESDAY.date(), settings=settings)
    assert "video interview today" in draft.body


def test_free_form_interview_note_is_not_quoted_as_a_detail(settings: Settings) -> None:
    note = Event(
        EventKind.INTERVIEW,
        datetime(2026, 3, 5, 9, 0),
        id=4,
        contact_ids=(10,),
        text="Interview confirmation: Data Engineer at Acme",
        source="mail",
    )
    draft = render_draft("thank_you", acme(note), as_of=date(2026, 3, 5), settings=settings)
    assert "confirmation" not in draft.body
    assert "especially" not in draft.body
    assert "Thank you for the interview today" in draft.body


def test_unknown_contact_is_a_user_error(settings: Settings) -> None:
    with pytest.raises(UserError, match="Contact 99"):
        render_draft("thank_you", acme(), as_of=WEDNESDAY, settings=settings, contact_id=99)


# -- follow-up ------------------------------------------------------------------------------------


def test_follow_up_goes_to_the_recruiter_and_asks_for_status(settings: Settings) -> None:
    draft = render_draft("follow_up", acme(), as_of=date(2026, 3, 17), settings=settings)
    assert draft.to == "rita@acme.example"
    assert draft.body.startswith("Hello Rita,")
    assert "Data Engineer" in draft.subject
    assert "the Data Engineer role at Acme" in draft.body
    assert "Tuesday, March 3" in draft.body
    assert "where things stand" in draft.body
    assert "timeline" in draft.body
    assert "anything else you need from me" in draft.body


def test_follow_up_prefers_the_hiring_manager_when_there_is_no_recruiter(
    settings: Settings,
) -> None:
    dossier = acme(contacts=((DANA, ContactRole.INTERVIEWER), (HUGO, ContactRole.HIRING_MANAGER)))
    draft = render_draft("follow_up", dossier, as_of=date(2026, 3, 17), settings=settings)
    assert draft.to == "hugo@acme.example"


def test_second_follow_up_is_worded_differently(settings: Settings) -> None:
    first = Event(
        EventKind.FOLLOW_UP,
        datetime(2026, 3, 17, 9, 0),
        id=5,
        purpose=FollowUpPurpose.STATUS,
        contact_ids=(12,),
    )
    before = render_draft("follow_up", acme(), as_of=date(2026, 3, 17), settings=settings)
    again = render_draft("follow_up", acme(first), as_of=date(2026, 3, 26), settings=settings)
    assert again.subject.startswith("Checking in again")
    assert before.subject.startswith("Following up")
    assert "once more" in again.body
    assert "where things stand" in again.body
    assert again.body != before.body


def test_follow_up_after_a_promised_decision_date(settings: Settings) -> None:
    promise = Event(
        EventKind.SIGNAL,
        datetime(2026, 3, 4, 11, 0),
        id=6,
        signal=Signal.DECISION_DATE,
        due=date(2026, 3, 13),
    )
    draft = render_draft("follow_up", acme(promise), as_of=date(2026, 3, 17), settings=settings)
    assert "decision was expected around Friday, March 13" in draft.body


def test_follow_up_on_an_application_without_contacts() -> None:
    dossier = Dossier(
        Opportunity("Beta Corp", "Analyst", id=2),
        (Event(EventKind.APPLIED, datetime(2026, 2, 10, 9, 0), id=7),),
    )
    draft = render_draft("follow_up", dossier, as_of=date(2026, 2, 23), settings={})
    assert draft.to == "" and draft.to_name == ""
    assert draft.body.startswith("Hello Beta Corp team,")
    assert "my application for the Analyst role at Beta Corp" in draft.body
    assert "Tuesday, February 10" in draft.body
    assert draft.mailto.startswith("mailto:?subject=")


# -- expedite -------------------------------------------------------------------------------------


def other_offer() -> Dossier:
    return Dossier(
        Opportunity("Globex", "Platform Engineer", id=8),
        (
            Event(EventKind.APPLIED, datetime(2026, 2, 1, 9, 0), id=80),
            Event(EventKind.OFFER, datetime(2026, 3, 6, 16, 0), id=81, due=date(2026, 3, 13)),
        ),
    )


def test_expedite_mentions_the_deadline_without_naming_the_other_company(
    settings: Settings,
) -> None:
    action = Action(
        ActionKind.EXPEDITE,
        1,
        date(2026, 3, 9),
        Urgency.DUE,
        reason="Globex's offer expires on March 13.",
        title="Ask Acme to speed up",
        template="expedite",
        event_id=81,
    )
    (draft,) = drafts_for_action(
        action, acme(), as_of=date(2026, 3, 9), settings=settings, others=[other_offer()]
    )
    assert draft.to == "rita@acme.example"
    assert "Friday, March 13" in draft.body
    assert "another company" in draft.body
    assert "Globex" not in draft.body and "Globex" not in draft.subject
    assert "the Data Engineer role at Acme" in draft.body
    assert "speed up" in draft.body


def test_expedite_can_name_the_other_company(settings: Settings) -> None:
    draft = render_draft(
        "expedite",
        acme(),
        as_of=date(2026, 3, 9),
        settings=settings,
        others=[other_offer()],
        context={"name_other_company": True},
    )
    assert "offer from Globex" in draft.body
    assert "Friday, March 13" in draft.body


def test_expedite_with_a_deadline_given_directly(settings: Settings) -> None:
    draft = render_draft(
        "expedite",
        acme(),
        as_of=date(2026, 3, 9),
        settings=settings,
        context={"deadline": date(2026, 3, 20)},
    )
    assert "respond by Friday, March 20" in draft.body


# -- closing messages -----------------------------------------------------------------------------


def test_withdraw_accept_decline(settings: Settings) -> None:
    offer = Event(EventKind.OFFER, datetime(2026, 3, 10, 9, 0), id=9, due=date(2026, 3, 17))
    dossier = acme(offer)
    withdraw = render_draft(
        "withdraw",
        dossier,
        as_of=date(2026, 3, 11),
        settings=settings,
        context={"reason": "I have accepted another position"},
    )
    assert "withdraw my application for the Data Engineer role at Acme." in withdraw.body
    assert "I have accepted another position." in withdraw.body

    accept = render_draft(
        "accept",
        dossier,
        as_of=date(2026, 3, 11),
        settings=settings,
        context={"start_date": date(2026, 4, 6)},
    )
    assert "delighted to accept" in accept.body
    assert "start date of Monday, April 6" in accept.body

    decline = render_draft("decline", dossier, as_of=date(2026, 3, 11), settings=settings)
    assert "decline the offer" in decline.body
    assert "Data Engineer" in decline.subject


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_renders_sensibly_with_little_data(template: str) -> None:
    dossier = Dossier(Opportunity("Initech", "", id=3))
    draft = render_draft(template, dossier, as_of=date(2026, 3, 4), settings={})
    text = draft.subject + "\n" + draft.body
    assert draft.subject and draft.body
    assert "None" not in text and "Undefined" not in text and "{" not in text
    assert "  " not in text and " ." not in text and " ," not in text and "\n\n\n" not in text
    assert draft.body.startswith("Hello Initech team,")
    assert "Initech" in draft.body


# -- mailto, dict ---------------------------------------------------------------------------------


def test_mailto_round_trips_subject_body_and_address() -> None:
    draft = Draft(
        template="follow_up",
        subject="C++ & Go role? 100% — Zürich",
        body="Hello Dana,\n\nLine with a+b=c & d?#x\n\nBest regards,\nSam",
        to="dana+jobs@acme.example",
        to_name="Dana",
    )
    address, fields = decode_mailto(draft.mailto)
    assert address == "dana+jobs@acme.example"
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == draft.subject
    assert fields["body"] == draft.body.replace("\n", "\r\n")  # RFC 6068: CRLF line breaks
    assert " " not in draft.mailto and "\n" not in draft.mailto


def test_rendered_draft_mailto_and_dict(settings: Settings) -> None:
    draft = render_draft("thank_you", acme(), as_of=WEDNESDAY, settings=settings)
    address, fields = decode_mailto(draft.mailto)
    assert address == "dana.smith@acme.example"
    assert fields["subject"] == draft.subject
    assert fields["body"].replace("\r\n", "\n") == draft.body
    data = draft.to_dict()
    assert data["mailto"] == draft.mailto
    assert data["to"] == draft.to and data["template"] == "thank_you"
    assert data["opportunity_id"] == 1 and data["contact_id"] == 10


def test_actions_without_a_message_have_no_drafts(settings: Settings) -> None:
    action = Action(
        ActionKind.MARK_DORMANT, 1, WEDNESDAY, Urgency.DUE, reason="Quiet.", title="Mark dormant"
    )
    assert drafts_for_action(action, acme(), as_of=WEDNESDAY, settings=settings) == []


# -- templates: names, user overrides, errors ------------------------------------------------------


def test_unknown_template_lists_the_valid_ones(settings: Settings) -> None:
    with pytest.raises(UserError) as info:
        render_draft("thanks", acme(), as_of=WEDNESDAY, settings=settings)
    for name in TEMPLATES:
        assert name in info.value.message


def test_user_template_replaces_the_packaged_one(home: Path, settings: Settings) -> None:
    folder = home / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "thank_you.txt.j2").write_text(
        "Subject: Cheers, {{ recipient_first_name }}\n\n"
        "Hi {{ recipient_first_name }}, thanks for {{ interview.when }}. {{ company }}\n"
        "-- {{ your_name }}\n",
        encoding="utf-8",
    )
    draft = render_draft("thank_you", acme(), as_of=WEDNESDAY, settings=settings)
    assert draft.subject == "Cheers, Dana"
    assert draft.body == "Hi Dana, thanks for on Tuesday. Acme\n-- Sam Taylor"
    # other templates still come from the package
    follow_up = render_draft("follow_up", acme(), as_of=WEDNESDAY, settings=settings)
    assert "where things stand" in follow_up.body


def test_broken_user_template_names_the_file_and_line(home: Path, settings: Settings) -> None:
    folder = home / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "follow_up.txt.j2").write_text(
        "Subject: Hi\n\nHello,\n{% if role %}\nno end\n", encoding="utf-8"
    )
    with pytest.raises(UserError) as info:
        render_draft("follow_up", acme(), as_of=WEDNESDAY, settings=settings)
    message = info.value.message
    assert "follow_up.txt.j2" in message
    assert str(folder) in message
    assert "line 5" in message
    assert "\n" not in message and message.endswith(".") and not message.endswith("..")


def test_user_template_without_subject_line(home: Path, settings: Settings) -> None:
    folder = home / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "decline.txt.j2").write_text("Dear {{ company }},\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"decline\.txt\.j2 must start with a line 'Subject"):
        render_draft("decline", acme(), as_of=WEDNESDAY, settings=settings)


def test_user_template_cannot_escape_the_sandbox(home: Path, settings: Settings) -> None:
    folder = home / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "accept.txt.j2").write_text(
        "Subject: x\n\n{{ opportunity.__class__.__mro__ }}\n{{ ''.__class__.__subclasses__() }}\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError, match=r"accept\.txt\.j2 could not be rendered: .*unsafe"):
        render_draft("accept", acme(), as_of=WEDNESDAY, settings=settings)


def test_expedite_ignores_an_offer_that_is_no_longer_open(settings: Settings) -> None:
    declined = other_offer()
    declined = Dossier(
        declined.opportunity,
        (*declined.events, Event(EventKind.WITHDRAWN, datetime(2026, 3, 7, 9, 0), id=82)),
    )
    draft = render_draft(
        "expedite", acme(), as_of=date(2026, 3, 9), settings=settings, others=[declined]
    )
    assert "March 13" not in draft.body
    assert "where things stand in the next few days" in draft.body
