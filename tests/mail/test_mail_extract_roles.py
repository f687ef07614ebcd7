"""The extractor on hand-built messages, for the error classes of a blind test set: roles from
subjects, bodies and job-board layouts in several languages, and employers that are not an
address, a person, a department, a vendor or an agency hiding its client."""

from __future__ import annotations

from datetime import datetime

import pytest

from heardback.mail.catalog import load_catalog
from heardback.mail.classify import classify
from heardback.mail.extract import extract
from heardback.mail.model import Extraction, Headers, MessageRef, ParsedMail


def mail(
    subject: str, text: str, frm: str = "jobs@acme.com", name: str = "Acme Careers", **kw: str
) -> ParsedMail:
    headers = Headers(
        subject=subject, from_addr=frm, from_name=name, date=datetime(2025, 3, 2, 10, 0)
    )
    return ParsedMail(
        ref=MessageRef("test", subject), headers=headers, text=text, signature=kw.get("sig", "")
    )


def seen(m: ParsedMail) -> Extraction:
    return extract(m, classify(m, model=None))


# -- roles ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "text", "role"),
    [
        ("Your application for Senior Data Engineer", "Thanks.", "Senior Data Engineer"),
        ("Application received – Platform Engineer (R-12345)", "Thanks.", "Platform Engineer"),
        ("Interview: Product Designer", "See you soon.", "Product Designer"),
        ("Product Designer – Interview invitation", "See you soon.", "Product Designer"),
        ("Ihre Bewerbung als Java-Entwickler (m/w/d)", "Danke.", "Java-Entwickler (m/w/d)"),
        (
            "Votre candidature au poste de Chargé de recrutement",
            "Merci.",
            "Chargé de recrutement",
        ),
        ("Su candidatura para Analista de Datos", "Gracias.", "Analista de Datos"),
        ("La tua candidatura per Sviluppatore Backend", "Grazie.", "Sviluppatore Backend"),
        ("Din ansökan till tjänsten som Systemutvecklare", "Tack.", "Systemutvecklare"),
        ("Twoja aplikacja na stanowisko Inżynier Danych", "Dziękujemy.", "Inżynier Danych"),
        (
            "Twoja aplikacja na stanowisko Specjalista ds. Analiz",
            "Dziękujemy.",
            "Specjalista ds. Analiz",
        ),
        (
            "Update",
            "Thank you for applying for the position of Data Analyst at Acme.",
            "Data Analyst",
        ),
        ("Update", "We loved meeting you for the Staff Engineer role.", "Staff Engineer"),
        ("Update", "We'd like you to start as a Backend Developer at Acme.", "Backend Developer"),
        (
            "Update",
            "Thanks for applying for Software Engineer, Payments and for your time.",
            "Software Engineer, Payments",
        ),
        (
            "Candidature",
            "Merci pour votre candidature au poste de Chef de projet digital H/F chez Acme.",
            "Chef de projet digital H/F",
        ),
        (
            "Bewerbung",
            "danke für deine Bewerbung als Backend-Entwickler (m/w/d) Python und dein Interesse.",
            "Backend-Entwickler (m/w/d) Python",
        ),
        (
            "Thank you for applying",
            "Job title: Data Engineer - Trading\nLocation: Aberdeen",
            "Data Engineer - Trading",
        ),
        (
            "Thank you for applying",
            "Thanks for applying for Senior Product Manager - Berlin (R-1234).",
            "Senior Product Manager",
        ),
        (
            "Your application",
            "Thanks for applying to the Site Reliability Engineer (Remote - EMEA) role.",
            "Site Reliability Engineer",
        ),
    ],
)
def test_role_from_subject_and_body(subject: str, text: str, role: str) -> None:
    assert seen(mail(subject, text)).role == role


def test_role_from_a_job_board_listing_not_from_similar_jobs() -> None:
    text = (
        "Your application was sent to Fernwood Labs\n\nData Engineer (f/m/x)\n"
        "Fernwood Labs · Berlin (Hybrid)\n\nJobs similar to Data Engineer at Fernwood Labs\n\n"
        "Analytics Engineer, Growth\nOther Co · Remote\n"
    )
    result = seen(
        mail(
            "Your application was sent to Fernwood Labs",
            text,
            "jobs-noreply@linkedin.com",
            "LinkedIn",
        )
    )
    assert result.company == "Fernwood Labs"
    assert result.role == "Data Engineer (f/m/x)"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Invitation: Recruiter Screen @ Tue 4 Mar", "Join with Google Meet."),
        ("Thanks for your time", "Thank you for your patience and for the call on Friday."),
        ("Colloquio tecnico – Giulia", "Ci vediamo venerdì."),
    ],
)
def test_no_role_rather_than_a_wrong_one(subject: str, text: str) -> None:
    assert seen(mail(subject, text)).role == ""


# -- employers -----------------------------------------------------------------------------------
def test_an_address_line_is_never_the_employer() -> None:
    text = (
        "Application submitted\n\nOperations Analyst\nDerby DE24 8AD - Hybrid remote\n\nGood luck!"
    )
    result = seen(
        mail(
            "Application submitted: Operations Analyst",
            text,
            "indeedapply@indeed.com",
            "Indeed Apply",
        )
    )
    assert result.company == ""
    assert result.role == "Operations Analyst"


@pytest.mark.parametrize(
    "name",
    [
        "Derby DE24 8AD",
        "Dublin D02 X285",
        "10999 Berlin",
        "Austin, TX 78701",
        "00-950 Warszawa",
        "114 55 Stockholm",
    ],
)
def test_postcodes_are_addresses(name: str) -> None:
    from heardback.mail.extract_names import ADDRESS

    assert ADDRESS.search(name)


def test_signature_with_an_address_names_the_company() -> None:
    sig = (
        "Liebe Grüße\nLea\n\nLea Brandstätter | People & Culture\n"
        "Grünwerk Mobility GmbH | Ohlauer Straße 12 | 10999 Berlin"
    )
    m = mail(
        "Kennenlernen?",
        "Hallo Ines,\n\nwir würden dich gern kennenlernen.",
        "lea.b@gruenwerk.de",
        "Lea Brandstätter",
        sig=sig,
    )
    assert seen(m).company == "Grünwerk Mobility"


@pytest.mark.parametrize(
    "name",
    ["Gráinne Ní Bhriain", "Seán Ó Súilleabháin", "Aoife O'Brien", "Ewan MacLeod", "Marcus Bell"],
)
def test_person_names_with_accents_and_particles(name: str) -> None:
    assert load_catalog().is_person_name(name)


def test_the_signer_of_an_offer_is_not_the_employer() -> None:
    m = mail(
        "Your offer",
        "Dear Marta,\n\nWe are delighted to offer you the role of Data Analyst at Carrowmore"
        " Biologics.\n\nKind regards,\nGráinne Ní Bhriain, Head of People",
        "people@carrowmore.ie",
        "Carrowmore People",
    )
    result = seen(m)
    assert result.company == "Carrowmore Biologics"
    assert result.role == "Data Analyst"


def test_a_department_word_is_not_the_employer() -> None:
    m = mail(
        "Fachabteilung: Rückmeldung",
        "Sehr geehrte Frau Wiśniewska,\n\ndie Fachabteilung hat Ihre Unterlagen geprüft.",
        "karriere@lindqvist-gruppe.de",
        "Fachabteilung",
    )
    assert seen(m).company != "Fachabteilung"


@pytest.mark.parametrize(
    ("frm", "name"),
    [
        ("no-reply@refapp.com.au", "Refapp"),
        ("notifications@cronofy.com", "Cronofy"),
        ("noreply@hireright.com", "HireRight"),
        ("no-reply@checkr.com", "Checkr"),
        ("noreply@vervoe.com", "Vervoe"),
    ],
)
def test_screening_and_scheduling_vendors_are_never_the_employer(frm: str, name: str) -> None:
    m = mail("Please complete your reference check", "Hi, please add two referees.", frm, name)
    assert seen(m).company == ""


def test_vendor_relay_names_the_employer_in_the_display_name() -> None:
    m = mail(
        "Reference check",
        "Please nominate two referees.",
        "no-reply@refapp.com.au",
        "Carrowmore Biologics via Refapp",
    )
    assert seen(m).company == "Carrowmore Biologics"


def test_a_personalberatung_hiding_its_client_gives_no_employer() -> None:
    m = mail(
        "Vertrauliche Anfrage: Lead Data Analyst (m/w/d), Großraum Stuttgart",
        "Sehr geehrte Frau Wiśniewska,\n\nmein Mandant, ein Maschinenbauer, sucht eine:n Lead Data"
        " Analyst (m/w/d).\n\nMit freundlichen Grüßen\nMatthias Falkner",
        "m.falkner@falkner-personal.de",
        "Matthias Falkner",
    )
    result = seen(m)
    assert result.company == ""
    assert result.agency is True
    assert result.role == "Lead Data Analyst (m/w/d)"


def test_the_fuller_written_brand_wins_over_a_domain_word() -> None:
    m = mail(
        "Votre candidature",
        "Bonjour,\n\nMerci pour votre candidature.\n\nBien à vous,\nChloé Vannier\n"
        "Chargée de recrutement - Atelier Grésil",
        "chloe.vannier@gresil.fr",
        "Chloé Vannier",
    )
    assert seen(m).company == "Atelier Grésil"
