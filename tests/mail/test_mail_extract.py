"""The extractor on hand-built messages: employer (never a platform or a mail provider), role,
requisition, dates from calendars and text in several languages, deadlines, decision dates and
the human contact."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from heardback.mail.catalog import load_catalog
from heardback.mail.classify import classify
from heardback.mail.extract import extract
from heardback.mail.extract_dates import find_dates, relative_date
from heardback.mail.model import (
    CalendarInvite,
    Classification,
    Headers,
    MailKind,
    MessageRef,
    ParsedMail,
)

SUNDAY = datetime(2025, 3, 2, 10, 0)


def mail(
    subject: str,
    text: str,
    frm: str,
    name: str = "",
    *,
    signature: str = "",
    calendar: tuple[CalendarInvite, ...] = (),
    reply_to: str = "",
    date_: datetime = SUNDAY,
) -> ParsedMail:
    headers = Headers(subject=subject, from_addr=frm, from_name=name, date=date_, reply_to=reply_to)
    return ParsedMail(
        ref=MessageRef("test", subject),
        headers=headers,
        text=text,
        signature=signature,
        calendar=calendar,
    )


def company(m: ParsedMail) -> str:
    return extract(m, classify(m, model=None)).company


# -- employer -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "text", "frm", "name", "expected"),
    [
        (
            "Thank you",
            "Thanks for applying!",
            "no-reply@us.greenhouse-mail.io",
            "Acme Hiring Team",
            "Acme",
        ),
        ("Your application", "We received it.", "x@hire.lever.co", "Globex Recruiting", "Globex"),
        ("Update", "Hello.", "initech+autoreply@talent.icims.com", "Initech @ icims", "Initech"),
        (
            "Update",
            "Hello.",
            "u@myworkday.com",
            "Workday @ Umbrella Health notification",
            "Umbrella Health",
        ),
        (
            "Your application to Vandelay Industries",
            "Thanks.",
            "no-reply@ashbyhq.com",
            "",
            "Vandelay Industries",
        ),
        (
            "Thank you for applying to Hooli",
            "We got it.",
            "noreply@candidates.workablemail.com",
            "Workable",
            "Hooli",
        ),
    ],
)
def test_employer_from_display_subject_and_patterns(
    subject: str, text: str, frm: str, name: str, expected: str
) -> None:
    assert company(mail(subject, text, frm, name)) == expected


def test_workday_tenant_slug_maps_to_the_name_written_in_the_mail() -> None:
    m = mail(
        "Application received",
        "Thank you for applying to Pied Piper Systems. We received your application.",
        "piedpipersystems@myworkday.com",
        "Workday",
    )
    result = extract(m, classify(m, model=None))
    assert result.company == "Pied Piper Systems"
    assert any(r.code == "tenant" for r in result.company_reasons)


def test_taleo_employer_only_in_signature() -> None:
    m = mail(
        "Job Submission Confirmation",
        "Thank you for submitting your application. Our team will review it.",
        "abc.fa.sender@workflow.mail.em2.oraclecloud.com",
        "Talent Acquisition",
        signature="Sincerely,\n\nTalent Acquisition\nContoso Bank",
    )
    assert company(m) == "Contoso Bank"


def test_employer_domain_is_cleaned_and_resolved() -> None:
    m = mail(
        "Interview",
        "Hi Jane, we'd like to invite you to an interview at Northwind Robotics.",
        "sue.park@careers.northwindrobotics.com",
        "Sue Park",
    )
    assert company(m) == "Northwind Robotics"
    plain = mail("Next steps", "Let's talk on Tuesday.", "sue@mail.globex.co.uk", "Sue Park")
    assert company(plain) == "Globex"


@pytest.mark.parametrize(
    ("frm", "name"),
    [
        ("hiringmanager.jane@gmail.com", "Jane Smith"),
        ("bob1977@yahoo.co.uk", "Bob Jones"),
        ("anna@gmx.de", "Anna Schmidt"),
        ("marc@proton.me", "Marc Dupont"),
    ],
)
def test_personal_mail_domain_is_never_the_company(frm: str, name: str) -> None:
    m = mail(
        "Quick chat?", "Hi Jane, I saw your application. Free for a call on Friday?", frm, name
    )
    result = extract(m, classify(m, model=None))
    provider = frm.split("@")[1].split(".")[0]
    assert provider not in result.company.lower()
    assert result.contact_email == frm and result.contact_name == name


def test_personal_domain_hiring_manager_with_company_in_text() -> None:
    m = mail(
        "Gameplay role",
        "Hi Jane, I run the gameplay team at Saltmarsh Games and would love to chat.",
        "dan.builds@gmail.com",
        "Dan Whitaker",
    )
    assert company(m) == "Saltmarsh Games"


@pytest.mark.parametrize(
    ("frm", "name", "text"),
    [
        (
            "no-reply@greenhouse.io",
            "Greenhouse",
            "Thank you for applying. We received your application.",
        ),
        ("jobs-noreply@linkedin.com", "LinkedIn", "Your application was viewed."),
        ("support@hackerrankforwork.com", "HackerRank", "Please complete the coding test."),
        ("dse@docusign.net", "DocuSign", "Please review and sign the document."),
        ("notifications@calendly.com", "Calendly", "Your event is scheduled."),
    ],
)
def test_platform_is_never_the_employer(frm: str, name: str, text: str) -> None:
    result = extract(mail("Notification", text, frm, name))
    catalog = load_catalog()
    assert result.company == "" or not catalog.not_employer(result.company)
    assert name.lower() not in result.company.lower()


def test_platform_mail_names_the_employer_in_the_subject() -> None:
    m = mail(
        "Reminder: Lumen Labs assessment due soon",
        "Please complete your assessment.",
        "noreply@codesignal.com",
        "CodeSignal",
    )
    assert company(m) == "Lumen Labs"
    sterling = mail(
        "Larkspur Health: complete your background screening",
        "Please provide consent for the background check.",
        "donotreply@sterlingcheck.com",
        "Sterling",
    )
    assert company(sterling) == "Larkspur Health"


def test_ats_vendor_is_the_employer_when_it_hires_for_itself() -> None:
    own = mail(
        "Your application with Greenhouse",
        "Thank you for applying to Greenhouse. Our team will review your application.",
        "rachel.summers@greenhouse.io",
        "Rachel Summers",
    )
    assert company(own) == "Greenhouse"
    team = mail(
        "Thank you for applying to Workday",
        "We received your application.",
        "workday@myworkday.com",
        "Workday",
    )
    assert company(team) == "Workday"
    relay = mail(
        "Thank you for applying",
        "Thank you for applying to Stark Labs.",
        "no-reply@greenhouse.io",
        "Greenhouse",
    )
    assert company(relay) == "Stark Labs"


def test_agency_with_unnamed_client() -> None:
    m = mail(
        "Senior Backend role",
        "Hi Jane, I came across your profile. My client, a fast-growing fintech in Berlin, is "
        "hiring a Senior Backend Engineer. Are you open to new opportunities?",
        "chris@talentbridge-partners.com",
        "Chris Moreno",
        signature="Chris Moreno\nSenior Recruiter | TalentBridge Partners",
    )
    result = extract(m, classify(m, model=None))
    assert result.agency is True
    assert result.company == ""


def test_staffing_vendor_naming_its_client() -> None:
    m = mail(
        "Senior Python Developer – Ironbark Software (Leeds, hybrid)",
        "Hi Jane, here are the details of the role. Would you like me to put you forward?",
        "jade@roberthalf.com",
        "Jade Holloway",
    )
    result = extract(m, classify(m, model=None))
    assert result.agency is True
    assert result.company == "Ironbark Software"


def test_abbreviated_display_name_expands_from_the_text() -> None:
    m = mail(
        "Next step",
        "Thank you for your interest in the Controls Engineer role at Orbital Kinetics.",
        "no-reply@ashbyhq.com",
        "OKC Hiring Team",
    )
    assert company(m) == "Orbital Kinetics"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Ihre Bewerbung bei der Nordwerk GmbH", "Nordwerk"),
        ("Votre candidature chez Société Lumière", "Société Lumière"),
        ("Tu candidatura en Telefónica Tech", "Telefónica Tech"),
        ("Sua candidatura na Natura Cosméticos", "Natura Cosméticos"),
        ("Je sollicitatie bij Polderlicht Energie", "Polderlicht Energie"),
        ("La tua candidatura presso Enel Green Power", "Enel Green Power"),
    ],
)
def test_employer_from_subjects_in_six_languages(subject: str, expected: str) -> None:
    assert company(mail(subject, "Grazie / Danke / Merci.", "noreply@example-ats.com", "")) in (
        expected,
    )


# -- role and requisition -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "text", "role"),
    [
        (
            "Application received",
            "Thank you for applying for the Data Engineer position.",
            "Data Engineer",
        ),
        (
            "Update",
            "Your application for the role of Product Manager has been received.",
            "Product Manager",
        ),
        (
            "Bewerbung",
            "Vielen Dank für Ihre Bewerbung auf die Stelle als Softwareentwickler.",
            "Softwareentwickler",
        ),
        (
            "Candidature",
            "Merci pour votre candidature au poste de Chef de projet.",
            "Chef de projet",
        ),
        (
            "Candidatura",
            "Gracias por tu interés en el puesto de Analista de Datos.",
            "Analista de Datos",
        ),
        (
            "Candidatura",
            "Recebemos sua candidatura para a vaga de Engenheiro de Dados.",
            "Engenheiro de Dados",
        ),
        ("Application Received: 24WD78435 Systems Engineer II", "Thanks.", "Systems Engineer II"),
    ],
)
def test_role(subject: str, text: str, role: str) -> None:
    assert extract(mail(subject, text, "jobs@acme.com", "Acme Careers")).role == role


@pytest.mark.parametrize(
    ("subject", "text", "req"),
    [
        ("Application JR-0090067", "", "JR-0090067"),
        ("Update", "Requisition R-10442 is on hold.", "R-10442"),
        ("Application: 24WD78435 Systems Engineer", "", "24WD78435"),
        ("Update", "Regarding REQ-1234.", "REQ-1234"),
        ("Update", "Job ID: 12345", "12345"),
        ("Thank you for applying (#4021337)", "", "4021337"),
        ("Ihre Bewerbung – Stellen-ID 21874", "", "21874"),
        ("Candidatura – Ref. 52831", "", "52831"),
    ],
)
def test_requisition(subject: str, text: str, req: str) -> None:
    assert extract(mail(subject, text, "jobs@acme.com", "Acme")).requisition == req


def test_two_roles_at_one_company_are_told_apart_by_requisition() -> None:
    first = mail(
        "Thank you for applying to Larkspur Health - Clinical Data Analyst (JR-0090067)",
        "We have received your application.",
        "larkspurhealth@myworkday.com",
        "Workday @ Larkspur Health",
    )
    second = mail(
        "Thank you for applying to Larkspur Health - Senior Clinical Data Analyst (JR-0091342)",
        "We have received your application.",
        "larkspurhealth@myworkday.com",
        "Workday @ Larkspur Health",
    )
    a, b = extract(first), extract(second)
    assert a.company == b.company == "Larkspur Health"
    assert (a.requisition, b.requisition) == ("JR-0090067", "JR-0091342")


# -- dates ----------------------------------------------------------------------------------------
def test_interview_time_from_calendar_invite_first() -> None:
    invite = CalendarInvite(
        "REQUEST", "Interview", datetime(2025, 3, 4, 14, 30), None, "sue@acme.com"
    )
    m = mail(
        "Invitation", "Let's meet Friday at 9am.", "sue@acme.com", "Sue Park", calendar=(invite,)
    )
    result = extract(m, Classification(MailKind.INTERVIEW, 0.9))
    assert result.interview_at == datetime(2025, 3, 4, 14, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Does Tuesday, March 4 at 2:30 PM EST work?", datetime(2025, 3, 4, 14, 30)),
        ("Wir laden Sie am 4. März um 14:30 Uhr ein.", datetime(2025, 3, 4, 14, 30)),
        ("Entretien le 4 mars à 14h30.", datetime(2025, 3, 4, 14, 30)),
        ("Entrevista el 4 de marzo a las 14:30.", datetime(2025, 3, 4, 14, 30)),
        ("Entrevista dia 4 de março às 14h30.", datetime(2025, 3, 4, 14, 30)),
        ("Gesprek op 4 maart om 14:30.", datetime(2025, 3, 4, 14, 30)),
        ("Colloquio il 4 marzo alle 14:30.", datetime(2025, 3, 4, 14, 30)),
        ("Interview on 2025-03-04 14:30.", datetime(2025, 3, 4, 14, 30)),
        ("Can you do tomorrow at 10am?", datetime(2025, 3, 3, 10, 0)),
    ],
)
def test_interview_time_from_text(text: str, expected: datetime) -> None:
    m = mail("Interview", text, "sue@acme.com", "Sue Park")
    assert extract(m, Classification(MailKind.INTERVIEW, 0.9)).interview_at == expected


def test_year_is_resolved_relative_to_the_message_date() -> None:
    late = datetime(2025, 12, 20, 9)
    found = find_dates("Interview on January 8 at 10:00", late)
    assert found[0].day == date(2026, 1, 8)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "We are delighted to offer you the role. Please respond by December 4.",
            date(2025, 12, 4),
        ),
        (
            "Wir freuen uns, Ihnen die Stelle anzubieten. Bitte antworten Sie bis zum 4. Dezember.",
            date(2025, 12, 4),
        ),
        (
            "Nous avons le plaisir de vous proposer le poste. Réponse avant le 4 décembre.",
            date(2025, 12, 4),
        ),
    ],
)
def test_offer_deadline(text: str, deadline: date) -> None:
    m = mail("Offer", text, "sue@acme.com", "Sue Park")
    assert extract(m, Classification(MailKind.OFFER, 0.9)).offer_deadline == deadline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We expect to make a decision by Friday, March 13.", date(2025, 3, 13)),
        ("We will get back to you by the end of next week.", date(2025, 3, 14)),
        ("You will hear from us within two weeks.", date(2025, 3, 16)),
        ("Wir melden uns bis Ende nächster Woche mit einer Entscheidung.", date(2025, 3, 14)),
    ],
)
def test_decision_date(text: str, expected: date) -> None:
    m = mail("Update", text, "sue@acme.com", "Sue Park")
    assert extract(m, Classification(MailKind.UPDATE, 0.9)).decision_date == expected


def test_relative_dates() -> None:
    assert relative_date("within 5 business days", date(2025, 3, 7)) == (date(2025, 3, 14), 0)
    assert relative_date("by the end of the month", date(2025, 2, 10))[0] == date(2025, 2, 28)  # type: ignore[index]
    assert relative_date("nothing here", date(2025, 2, 10)) is None


# -- contact --------------------------------------------------------------------------------------
def test_contact_is_the_human_not_the_relay() -> None:
    relay = mail(
        "Thanks",
        "We received your application.",
        "no-reply@us.greenhouse-mail.io",
        "Acme Hiring Team",
    )
    assert (extract(relay).contact_name, extract(relay).contact_email) == ("", "")
    human = mail(
        "Interview",
        "Hi Jane, can we talk Tuesday?",
        "no-reply@us.greenhouse-mail.io",
        "Sue Park",
        reply_to="sue.park@acme.com",
    )
    result = extract(human)
    assert result.contact_email == "sue.park@acme.com"
    assert result.contact_name == "Sue Park"
    signed = mail(
        "Next steps", "Let us talk.\n\nBest regards,\nMaria Lopez", "hr-team@acme.com", "Acme HR"
    )
    assert extract(signed).contact_name == "Maria Lopez"
