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


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Thank you for applying to Łódź Robotics", "Łódź Robotics"),
        ("Your application to Ørsted Wind", "Ørsted Wind"),
        ("Ihre Bewerbung bei Çelik Enerji", "Çelik Enerji"),
        ("Thank you for applying to Ibáñez y Asociados", "Ibáñez y Asociados"),
    ],
)
def test_employer_names_starting_with_any_accented_capital(subject: str, expected: str) -> None:
    assert company(mail(subject, "Thanks.", "no-reply@ashbyhq.com", "")) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Thank you for applying to Marlowe & Finch", "Marlowe & Finch"),
        ("Your application to Barnes and Whitley", "Barnes and Whitley"),
    ],
)
def test_names_with_and_or_ampersand(subject: str, expected: str) -> None:
    assert company(mail(subject, "Thanks.", "no-reply@greenhouse.io", "")) == expected


def test_and_in_a_domain_label_reads_as_ampersand() -> None:
    m = mail("Quick question", "Hi Jane, are you free on Friday?", "ana@birchandslate.co.uk", "Ana")
    assert company(m) == "Birch & Slate"
    words = mail("Quick question", "Hi Jane, free Friday?", "ana@thousandpines.com", "Ana")
    assert company(words) == "Thousandpines"  # "and" inside "thousand" is not a pair
    land = mail("Quick question", "Hi Jane, free Friday?", "ana@highlandbeacon.com", "Ana")
    assert company(land) == "Highlandbeacon"


@pytest.mark.parametrize(
    ("name", "frm", "signature", "expected"),
    [
        (
            "Recruiting",
            "no-reply@hire.lever.co",
            "Best,\n— The Marrow Labs Talent Team",
            "Marrow Labs",
        ),
        ("Recruiting", "no-reply@hire.lever.co", "Best,\nTamarind Freight", "Tamarind Freight"),
        (
            "Maya Ortiz",
            "no-reply@hire.lever.co",
            "Best,\nMaya Ortiz\nTalent Acquisition Partner, Brindle Optics",
            "Brindle Optics",
        ),
        (
            "Omar Haddad",
            "omar@oakvane.io",
            "Thanks,\nOmar Haddad\nHead of People | Oakvane Studio",
            "Oakvane Studio",
        ),
    ],
)
def test_employer_from_the_sign_off(name: str, frm: str, signature: str, expected: str) -> None:
    text = "Thanks for your time today. We'll be in touch soon."
    assert company(mail("Update", text, frm, name, signature=signature)) == expected


def test_sign_off_left_in_the_text_names_the_employer() -> None:
    m = mail(
        "Gesprek",
        "Hoi Sanne,\n\nZou je dinsdag langs kunnen komen?\n\nMet vriendelijke groet,\n"
        "Joris Kamp\nRecruiter, Zilverdijk Energie\n\n______________\nMicrosoft Teams meeting\n"
        "Join on your computer",
        "joris@zilverdijk.nl",
        "Joris Kamp",
    )
    assert company(m) == "Zilverdijk Energie"


def test_the_signer_and_a_department_are_not_the_employer() -> None:
    m = mail(
        "Senior Data Engineer opportunity",
        "Hi Jane, I'm partnered with a fast-growing fintech and would love to chat.",
        "lena@northgateresourcing.co.uk",
        "Lena Whitcombe",
        signature="Kind regards,\nLena Whitcombe\nPrincipal Consultant – Data & Analytics\n"
        "Northgate Resourcing Ltd",
    )
    result = extract(m, classify(m, model=None))
    assert result.company == ""
    signer = mail(
        "Confidential search",
        "Dear Jane, I am leading a search on behalf of a privately held company.",
        "eleanor@ashcombe-search.com",
        "Eleanor Voss",
        signature="With kind regards,\nEleanor Voss\nPartner, Harrowgate Search",
    )
    assert extract(signer, classify(signer, model=None)).company == ""


def test_signer_first_name_after_the_closing_is_not_the_employer() -> None:
    hebrew = mail("עדכון", "תודה רבה על הזמן.\n\nבהצלחה,\nנועה", "noa@shaked.co.il", "נועה כהן")
    assert company(hebrew) == "Shaked"
    latin = mail(
        "Update", "Thanks for your time.\n\nBest,\nMarcus", "mb@quarrylane.io", "Marcus Bell"
    )
    assert company(latin) == "Quarrylane"


def test_ats_footer_on_behalf_of_the_employer() -> None:
    m = mail(
        "Are you still interested?",
        "Hi Jane, could you let us know within a week?",
        "noreply@candidates.workablemail.com",
        "Workable",
        signature="--\nSent with Workable on behalf of Tallow Bay. You received this email because"
        " you applied for a job at Tallow Bay.",
    )
    assert company(m) == "Tallow Bay"


@pytest.mark.parametrize(
    ("subject", "text", "frm", "name", "expected"),
    [
        (
            "دعوة لمقابلة",
            "يسعدنا دعوتك لإجراء مقابلة.\n\nمع التحية،\nسارة خليل\nأخصائية توظيف – نخلة سوفت",
            "sara@nakhla.io",
            "سارة خليل",
            "نخلة سوفت",
        ),
        (
            "بخصوص طلبك لدى نخلة سوفت",
            "نشكرك على اهتمامك.",
            "sara@nakhla.io",
            "سارة خليل",
            "نخلة سوفت",
        ),
        (
            "הזמנה לראיון",
            "נשמח להזמין אותך לראיון.\n\nדנה לוי\nמגייסת, גל טכנולוגיות",
            "dana@galtech.co.il",
            "דנה לוי",
            "גל טכנולוגיות",
        ),
        (
            "ご応募ありがとうございます",
            "応募書類を受領いたしました。",
            "saiyo@kumo-sys.co.jp",
            "雲海システムズ株式会社 Careers",
            "雲海システムズ",
        ),
    ],
)
def test_names_in_scripts_without_letter_case(
    subject: str, text: str, frm: str, name: str, expected: str
) -> None:
    assert company(mail(subject, text, frm, name)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("צוות הגיוס - גל טכנולוגיות", "גל טכנולוגיות"),
        ("فريق التوظيف | نخلة سوفت", "نخلة سوفت"),
        ("نخلة سوفت", "نخلة سوفت"),
    ],
)
def test_non_latin_display_names_on_an_ats_relay(name: str, expected: str) -> None:
    assert company(mail("Update", "Thank you.", "no-reply@comeet.co", name)) == expected


@pytest.mark.parametrize(
    ("subject", "frm", "expected"),
    [
        ("Thank you for applying to Fenwick Tools GmbH", "no-reply@ashbyhq.com", "Fenwick Tools"),
        ("Your application to Harlow Brands, Inc.", "no-reply@ashbyhq.com", "Harlow Brands"),
        ("Tu candidatura en Soluciones Ribera S.A.", "no-reply@ashbyhq.com", "Soluciones Ribera"),
        ("Thank you for applying to Wattle Logic Pty Ltd", "no-reply@ashbyhq.com", "Wattle Logic"),
        ("Your application to Kingsmere Ltd", "no-reply@ashbyhq.com", "Kingsmere"),
    ],
)
def test_legal_suffixes_are_taken_off(subject: str, frm: str, expected: str) -> None:
    assert company(mail(subject, "Thanks.", frm, "")) == expected


@pytest.mark.parametrize(
    ("frm", "name", "expected"),
    [
        (
            "no-reply@us.greenhouse-mail.io",
            "Brackenridge Recruiting via Greenhouse",
            "Brackenridge",
        ),
        ("no-reply@hire.lever.co", "Sorrel Analytics", "Sorrel Analytics"),
        ("no-reply@ashbyhq.com", "Tern Hiring Team", "Tern"),
        ("notification@smartrecruiters.com", "Calder Motors", "Calder Motors"),
        ("no-reply@lindqvist.teamtailor-mail.com", "", "Lindqvist"),
        ("no-reply@brightmoor.wd5.myworkday.com", "Workday", "Brightmoor"),
        ("brightmoor@myworkday.com", "Workday", "Brightmoor"),
    ],
)
def test_ats_senders_name_the_employer(frm: str, name: str, expected: str) -> None:
    assert company(mail("Application update", "Thank you for your application.", frm, name)) == (
        expected
    )


def test_brand_from_a_careers_mail_domain() -> None:
    m = mail("Next steps", "Hi Jane, thanks for your time.", "jobs@mail.rookwood-careers.com", "")
    assert company(m) == "Rookwood"


def test_domain_spelling_a_name_gives_the_brand() -> None:
    brand = mail(
        "Application confirmation",
        "Thank you for applying to Pike & Wren Consulting.\n\nCampus Recruiting\n"
        "Pike & Wren Consulting",
        "careers@pikewren.com",
        "Pike & Wren Consulting Careers",
    )
    assert company(brand) == "Pike & Wren"
    clipped = mail(
        "Last day",
        "Hi Jane, Friday is my last day at Sedgefield Analytics.",
        "kim.lo@sedgefield.io",
        "Kim Lo",
    )
    assert company(clipped) == "Sedgefield Analytics"
    spelled = mail(
        "Interview",
        "Could we move the interview?\n\nApologies again,\nRuth Ames\n"
        "Talent Acquisition Partner, Granite Peak Instruments",
        "ruth.ames@granitepeakinst.com",
        "Ruth Ames",
    )
    assert company(spelled) == "Granite Peak Instruments"
    role = mail(
        "Sedgefield Data Engineer role",
        "Hi Jane, are you free Friday?",
        "kim@sedgefield.io",
        "Kim Lo",
    )
    assert company(role) == "Sedgefield"  # "Data" starts the job title, not the company name


def test_abbreviated_display_name_with_a_letter_from_inside_a_word() -> None:
    m = mail(
        "Application received",
        "Thanks for applying! Cheers,\nThe Bluestone Games team",
        "no-reply@ashbyhq.com",
        "BSG Hiring Team",
    )
    assert company(m) == "Bluestone Games"


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Te has inscrito en la oferta «Analista de Datos»",
            "Te has inscrito correctamente en la oferta:\n\nAnalista de Datos\nRibera Seguros – "
            "Sevilla\n\nOfertas similares:\n- Backend Developer – Almagro Tech – Madrid",
            "Ribera Seguros",
        ),
        (
            "Tu candidatura ha avanzado",
            "Ribera Seguros ha leído tu CV para la oferta «Analista de Datos».",
            "Ribera Seguros",
        ),
        (
            "Deine Bewerbung",
            "Tannenhof Logistik hat Ihre Bewerbung angesehen.",
            "Tannenhof Logistik",
        ),
        ("Tu candidatura ha sido vista por Ribera Seguros", "Hola.", "Ribera Seguros"),
        ("Your application was viewed by Ribera Seguros", "Hi.", "Ribera Seguros"),
    ],
)
def test_job_board_mail_names_the_employer_not_similar_jobs(
    subject: str, text: str, expected: str
) -> None:
    assert company(mail(subject, text, "noreply@infojobs.net", "InfoJobs")) == expected


def test_job_alert_listing_is_not_read_as_a_sign_off() -> None:
    m = mail(
        "3 new jobs for you",
        "New jobs matching your search:\n\nData Analyst – Fenwick Tools GmbH – Leeds\n"
        "Backend Engineer – Harlow Brands – Remote",
        "jobagent@stepstone.de",
        "StepStone Jobagent",
    )
    assert extract(m, Classification(MailKind.APPLIED, 0.5)).company == ""


def test_place_with_work_mode_in_the_subject_is_not_the_employer() -> None:
    m = mail(
        "Senior Data Engineer | Series B Fintech | London (Hybrid)",
        "Hi Jane, I'm working with a fast-growing fintech. Open to a quick chat?",
        "sam@bramblehire.co.uk",
        "Sam Ridley",
    )
    assert company(m) == ""


def test_agency_with_a_direct_client_is_not_the_employer() -> None:
    m = mail(
        "Urgent Requirement: Python Developer || Remote",
        "Hi Jane, this is Raj from Zentrix Infotech. Are you open to the below position with our"
        " direct client?\n\nClient: A leading healthcare company\nRate: $65/hr",
        "raj@zentrixinfotech.net",
        "Raj Kumar",
        signature="Thanks & Regards,\nRaj Kumar\nTechnical Recruiter | Zentrix Infotech",
    )
    result = extract(m, classify(m, model=None))
    assert result.agency is True
    assert result.company == ""


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
