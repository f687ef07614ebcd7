"""Linking messages to opportunities: strong matches link, close calls go to review."""

from __future__ import annotations

from datetime import date, datetime

from heardback.domain.records import EventKind, Signal, Stage
from heardback.mail.link import Candidate, LinkAction, link, normalise_company
from heardback.mail.model import (
    Classification,
    Extraction,
    Headers,
    MailKind,
    MessageRef,
    ParsedMail,
)
from heardback.mail.record import events_for, message_key


def mail(
    subject: str = "Your application",
    sender: str = "no-reply@greenhouse.io",
    *,
    reply_to: str = "",
    message_id: str = "m1@example",
) -> ParsedMail:
    return ParsedMail(
        MessageRef("test.mbox", "0"),
        Headers(
            message_id=message_id,
            date=datetime(2026, 11, 2, 9, 30),
            from_addr=sender,
            subject=subject,
            in_reply_to=reply_to,
        ),
        text="…",
        content_hash="abc",
    )


def cls(kind: MailKind, confidence: float = 0.95) -> Classification:
    return Classification(kind, confidence)


ACME_DATA = Candidate(1, "Acme Corp", "Data Engineer", "JR-100", Stage.APPLIED)
ACME_STAFF = Candidate(2, "ACME", "Staff Engineer", "JR-200", Stage.INTERVIEWING)
GLOBEX = Candidate(
    3,
    "Globex",
    "Backend Engineer",
    stage=Stage.INTERVIEWING,
    message_keys=frozenset({"thread-1@globex"}),
    contact_emails=frozenset({"tom@globex.example"}),
)


def test_company_names_are_compared_without_legal_suffixes() -> None:
    assert normalise_company("ACME, Inc.") == normalise_company("Acme") == "acme"
    assert normalise_company("Müller & Söhne GmbH") == "muller and sohne"


def test_requisition_tells_two_roles_at_one_company_apart() -> None:
    ext = Extraction(company="Acme", role="Staff Engineer", requisition="JR-200")
    decision = link(mail(), cls(MailKind.REJECTED), ext, [ACME_DATA, ACME_STAFF, GLOBEX])
    assert (decision.action, decision.opportunity_id) == (LinkAction.LINK, 2)
    assert {r.code for r in decision.reasons} >= {"requisition", "company", "role"}


def test_company_alone_with_two_open_roles_goes_to_review() -> None:
    decision = link(
        mail(), cls(MailKind.REJECTED), Extraction(company="Acme"), [ACME_DATA, ACME_STAFF]
    )
    assert decision.action is LinkAction.REVIEW and decision.why == "ambiguous_link"
    assert {oid for oid, _ in decision.ranking} == {1, 2}


def test_the_only_opportunity_at_a_company_links_on_the_company() -> None:
    decision = link(
        mail(), cls(MailKind.UPDATE), Extraction(company="Acme Corp"), [ACME_DATA, GLOBEX]
    )
    assert (decision.action, decision.opportunity_id) == (LinkAction.LINK, 1)


def test_a_reply_in_a_linked_thread_or_from_a_known_contact_links() -> None:
    by_thread = link(
        mail(sender="someone@gmail.com", reply_to="thread-1@globex"),
        cls(MailKind.INTERVIEW),
        Extraction(),
        [ACME_DATA, GLOBEX],
    )
    assert (by_thread.action, by_thread.opportunity_id) == (LinkAction.LINK, 3)
    by_contact = link(
        mail(sender="tom@globex.example"), cls(MailKind.UPDATE), Extraction(), [ACME_DATA, GLOBEX]
    )
    assert by_contact.opportunity_id == 3


def test_an_unmatched_confirmation_creates_and_other_kinds_go_to_review() -> None:
    ext = Extraction(company="Initech", role="QA Engineer")
    assert link(mail(), cls(MailKind.APPLIED), ext, [ACME_DATA]).action is LinkAction.CREATE
    rejected = link(mail(), cls(MailKind.REJECTED), ext, [ACME_DATA])
    assert rejected.action is LinkAction.CREATE  # a sure rejection shows a real process
    unsure = link(mail(), cls(MailKind.REJECTED, 0.7), ext, [ACME_DATA])
    assert (unsure.action, unsure.why) == (LinkAction.REVIEW, "no_match")
    update = link(mail(), cls(MailKind.UPDATE), ext, [ACME_DATA])
    assert (update.action, update.why) == (LinkAction.REVIEW, "no_match")


def test_a_new_application_is_not_glued_to_a_closed_or_different_one() -> None:
    closed = Candidate(5, "Acme", "Data Engineer", stage=Stage.REJECTED)
    reapply = link(
        mail(), cls(MailKind.APPLIED), Extraction("Acme", role="Data Engineer"), [closed]
    )
    assert reapply.action is LinkAction.CREATE
    other_role = link(
        mail(), cls(MailKind.APPLIED), Extraction("Acme", role="Staff Engineer"), [ACME_DATA]
    )
    assert other_role.action is LinkAction.CREATE
    duplicate_ack = link(
        mail(), cls(MailKind.APPLIED), Extraction("Acme Corp", role="Data Engineer"), [ACME_DATA]
    )
    assert (duplicate_ack.action, duplicate_ack.opportunity_id) == (LinkAction.LINK, 1)


def test_low_confidence_and_not_job() -> None:
    unsure = link(mail(), cls(MailKind.REJECTED, 0.4), Extraction("Acme Corp"), [ACME_DATA])
    assert (unsure.action, unsure.why, unsure.opportunity_id) == (
        LinkAction.REVIEW,
        "low_confidence",
        1,
    )
    assert (
        link(mail(), cls(MailKind.NOT_JOB), Extraction(), [ACME_DATA]).action is LinkAction.IGNORE
    )


def test_events_carry_their_message_and_evidence() -> None:
    m = mail(subject="Interview invitation")
    ext = Extraction(
        company="Acme",
        interview_at=datetime(2026, 11, 9, 14, 0),
        decision_date=date(2026, 11, 20),
    )
    events = events_for(m, cls(MailKind.INTERVIEW), ext)
    assert [e.kind for e in events] == [EventKind.INVITATION, EventKind.INTERVIEW, EventKind.SIGNAL]
    assert events[1].at == datetime(2026, 11, 9, 14, 0)
    assert events[2].signal is Signal.DECISION_DATE and events[2].due == date(2026, 11, 20)
    assert {e.message_key for e in events} == {message_key(m)} == {"m1@example"}
    assert all('"subject": "Interview invitation"' in e.evidence for e in events)
    again = events_for(m, cls(MailKind.INTERVIEW), ext)
    assert [e.uid for e in again] == [e.uid for e in events]  # stable: re-runs add nothing
    offer = events_for(m, cls(MailKind.OFFER), Extraction(offer_deadline=date(2026, 11, 13)))
    assert [(e.kind, e.due) for e in offer] == [(EventKind.OFFER, date(2026, 11, 13))]
    assert events_for(m, cls(MailKind.NOT_JOB), Extraction()) == []


def test_a_name_read_from_a_mail_domain_links_to_the_written_one() -> None:
    kestrel = Candidate(4, "Kestrel Payments", "Analyst", stage=Stage.APPLIED)
    haugland = Candidate(5, "Haugland & Moe", "Analyst", stage=Stage.INTERVIEWING)
    for name, oid in (("Kestrelpay", 4), ("Hauglandmoe", 5), ("Haugland and Moe", 5)):
        decision = link(
            mail(), cls(MailKind.REJECTED), Extraction(company=name), [kestrel, haugland, GLOBEX]
        )
        assert (decision.action, decision.opportunity_id) == (LinkAction.LINK, oid), name
    # a shared first word is not enough
    other = link(mail(), cls(MailKind.REJECTED), Extraction(company="Kestrel Foods"), [kestrel])
    assert other.opportunity_id != 4 or other.action is not LinkAction.LINK


def test_names_in_scripts_without_latin_letters_still_compare() -> None:
    assert normalise_company("Pétrel Mobilité") == normalise_company("Petrel Mobilite")
    assert normalise_company("Łódź Analityka") == normalise_company("Lodz Analityka")
    assert normalise_company("אופק סייבר") == "אופק סייבר"
    ofek = Candidate(6, "אופק סייבר", "אנליסט נתונים", stage=Stage.APPLIED)
    decision = link(
        mail(), cls(MailKind.REJECTED), Extraction(company="אופק סייבר"), [ofek, GLOBEX]
    )
    assert (decision.action, decision.opportunity_id) == (LinkAction.LINK, 6)
