"""The classifier on hand-built messages: every kind, the hard cases of ats_email_facts.md, and
mail in German, French, Spanish, Portuguese, Dutch, Italian (and Hebrew/Arabic basics).

Rule tests run with ``model=None`` so they do not depend on the shipped text model.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest

from heardback.mail.classify import classify, classify_many, strip_subject
from heardback.mail.model import CalendarInvite, Headers, MailKind, MessageRef, ParsedMail
from heardback.mail.rules import compile_pattern, load_bank, load_yaml, normalize

GH = "no-reply@us.greenhouse-mail.io"


def mail(
    subject: str,
    text: str,
    frm: str = GH,
    name: str = "Acme Hiring Team",
    *,
    calendar: tuple[CalendarInvite, ...] = (),
    **headers: object,
) -> ParsedMail:
    h = Headers(
        subject=subject, from_addr=frm, from_name=name, date=datetime(2025, 3, 2, 10), **headers
    )  # type: ignore[arg-type]
    return ParsedMail(ref=MessageRef("test", subject), headers=h, text=text, calendar=calendar)


def kind(m: ParsedMail, **kw: object) -> MailKind:
    return classify(m, model=None, **kw).kind  # type: ignore[arg-type]


# -- one per kind ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("expected", "subject", "text", "frm", "name"),
    [
        (
            "applied",
            "Thank you for applying to Acme",
            "Hi Jane, we have received your application for the Data Engineer role and will"
            " review it shortly.",
            GH,
            "Acme Hiring Team",
        ),
        (
            "rejected",
            "Your application",
            "Hi Jane, after careful review we have decided to move forward with other candidates.",
            GH,
            "Acme Hiring Team",
        ),
        (
            "interview",
            "Next steps",
            "We would like to invite you to a video interview. Please share your availability for"
            " next week.",
            "sue@acme.com",
            "Sue Park",
        ),
        (
            "assessment",
            "Your coding challenge",
            "Please complete the online coding assessment within 72 hours using the link below.",
            "support@hackerrankforwork.com",
            "Acme",
        ),
        (
            "offer",
            "Your offer",
            "We are delighted to offer you the position of Data Engineer. Your offer letter is"
            " attached.",
            "sue@acme.com",
            "Sue Park",
        ),
        (
            "reference_check",
            "References",
            "As a final step we would like to contact your references. Please provide two"
            " professional references.",
            "sue@acme.com",
            "Sue Park",
        ),
        (
            "outreach",
            "Staff role",
            "Hi Jane, I came across your profile and think you'd be a great fit. Are you open to"
            " new opportunities?",
            "tom@talentbridge-partners.com",
            "Tom Reed",
        ),
        (
            "update",
            "Update on your application",
            "I wanted to give you an update: we are still interviewing and have not yet made a"
            " final decision.",
            "sue@acme.com",
            "Sue Park",
        ),
        (
            "request",
            "Missing documents",
            "Please upload a copy of your transcript and proof of your right to work so we can"
            " continue.",
            "sue@acme.com",
            "Sue Park",
        ),
        (
            "not_job",
            "Dinner Saturday?",
            "Are you free for dinner this weekend? Bring the kids!",
            "mum@gmail.com",
            "Mum",
        ),
    ],
)
def test_each_kind(expected: str, subject: str, text: str, frm: str, name: str) -> None:
    result = classify(mail(subject, text, frm, name), model=None)
    assert result.kind == MailKind(expected)
    assert 0.5 < result.confidence <= 1.0
    assert result.reasons and all(r.code and r.text for r in result.reasons)


def test_reasons_are_named_and_weighted() -> None:
    result = classify(
        mail(
            "Your application",
            "Unfortunately we have decided to move forward with other candidates.",
        ),
        model=None,
    )
    codes = {r.code for r in result.reasons}
    assert "phrase_rejected" in codes
    top = result.reasons[0]
    assert top.weight >= 0.9 and "move forward with other candidates" in top.text


# -- hard cases -----------------------------------------------------------------------------------
def test_ack_with_conditional_rejection_is_an_ack() -> None:
    m = mail(
        "Thank you for applying",
        "Thanks for applying to Acme! Our team will review your application. If you are not"
        " selected "
        "for an interview, we will keep your resume on file for future openings.",
        "no-reply@hire.lever.co",
        "Acme",
    )
    result = classify(m, model=None)
    assert result.kind == MailKind.APPLIED
    conditional = [r for r in result.reasons if r.code == "conditional_ack"]
    assert conditional and conditional[0].weight > 0


def test_conditional_is_a_negative_reason_for_rejection() -> None:
    m = mail(
        "Application received",
        "We received your application. Should we not move forward, we will let you know by email."
        " If you are not selected we keep your CV.",
    )
    result = classify(m, model=None)
    assert result.kind == MailKind.APPLIED
    against = [r for r in classify(m, model=None).reasons if r.code.startswith("rival_")]
    assert not any("rejected" in r.code for r in against)


def test_same_subject_ack_and_rejection() -> None:
    subject = "Thank you for your interest in Acme"
    ack = mail(
        subject, "We have received your application and will be in touch if there is a match."
    )
    rej = mail(
        subject,
        "While your background is impressive, we have chosen to pursue other candidates for this"
        " role.",
    )
    assert kind(ack) == MailKind.APPLIED
    assert kind(rej) == MailKind.REJECTED


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your time. We've decided to go in a different direction for this role.",
        "The position has been filled. We'll keep you in mind for future opportunities.",
        "We are unable to provide visa sponsorship for this role, so we cannot proceed with your"
        " application.",
        "Your graduation date does not align with the start date of this program, so we cannot"
        " move forward with your application.",
        "Due to a shift in business priorities, the role has been cancelled.",
    ],
)
def test_polite_rejections_without_negative_words(text: str) -> None:
    assert kind(mail("Regarding your application", text)) == MailKind.REJECTED


def test_boilerplate_interview_and_offer_in_an_ack() -> None:
    m = mail(
        "Application received",
        "We have received your application. Our interview process may include a phone screen, a"
        " technical "
        "interview and a final round, and successful candidates will receive an offer within two"
        " weeks. "
        "Read tips to prepare for your interview on our blog.",
    )
    result = classify(m, model=None)
    assert result.kind == MailKind.APPLIED


def test_job_alert_and_digest_are_not_job() -> None:
    alert = mail(
        "12 new jobs for Data Engineer",
        "Data Engineer at Globex - Apply now\nSenior Data Engineer at Initech - Easy Apply\nView"
        " job\nInterview-ready roles picked for you.",
        "jobalerts-noreply@linkedin.com",
        "LinkedIn Job Alerts",
    )
    digest = mail(
        "Your weekly digest",
        "Top posts: 'I accepted the offer!' and 'How to prepare for your final interview'."
        " Unsubscribe.",
        "digest@community.example.org",
        "Community",
        list_unsubscribe=True,
    )
    assert kind(alert) == MailKind.NOT_JOB
    assert kind(digest) == MailKind.NOT_JOB


def test_bulk_headers_alone_do_not_drop_a_real_ack() -> None:
    m = mail(
        "Application received",
        "We have received your application for the Analyst role.",
        list_unsubscribe=True,
        precedence="bulk",
    )
    assert kind(m) == MailKind.APPLIED


def test_unfortunately_in_a_reschedule_is_an_interview() -> None:
    m = mail(
        "Rescheduling",
        "Unfortunately the interviewer is sick, so we need to reschedule your interview. Could"
        " you share your availability?",
        "sue@acme.com",
        "Sue Park",
    )
    assert kind(m) == MailKind.INTERVIEW


def test_unfortunately_in_a_missing_document_request_is_a_request() -> None:
    m = mail(
        "Your application",
        "Unfortunately your application is incomplete: please send us your diploma and transcript.",
        "sue@acme.com",
        "Sue Park",
    )
    assert kind(m) == MailKind.REQUEST


def test_unfortunately_in_a_bank_notice_is_not_job() -> None:
    m = mail(
        "Payment failed",
        "Unfortunately your payment could not be processed. Your account balance is low.",
        "alerts@bank.example.com",
        "Your Bank",
    )
    assert kind(m) == MailKind.NOT_JOB


def test_reply_subject_counts_less_and_quoted_history_is_ignored() -> None:
    m = ParsedMail(
        ref=MessageRef("t", "1"),
        headers=Headers(
            subject="Re: Unfortunately we will not move forward",
            from_addr="sue@acme.com",
            from_name="Sue Park",
        ),
        text="Thanks Jane, happy to chat. Could you share your availability for a call with the"
        " hiring manager next week?",
        quoted="> Unfortunately we have decided to move forward with other candidates.",
    )
    assert kind(m) == MailKind.INTERVIEW
    assert strip_subject("RE: AW: Fwd: Hello") == ("Hello", True)


def test_own_sent_mail_is_not_job() -> None:
    m = mail(
        "Thank you for the interview",
        "Thank you for the interview yesterday, I'd love to join.",
        "jane@example.com",
        "Jane Doe",
    )
    result = classify(m, model=None, user_addresses=["Jane@Example.com"])
    assert result.kind == MailKind.NOT_JOB
    assert result.reasons[0].code == "sent_by_user"


def test_calendar_invite_for_an_interview() -> None:
    invite = CalendarInvite(
        "REQUEST", "Interview: Jane Doe / Acme", datetime(2025, 3, 4, 14, 30), None, "sue@acme.com"
    )
    m = mail(
        "Invitation: Interview @ Tue Mar 4",
        "",
        "calendar-notification@google.com",
        "Google Calendar",
        calendar=(invite,),
    )
    assert kind(m) == MailKind.INTERVIEW


def test_calendar_invite_from_known_recruiter_without_title_words() -> None:
    invite = CalendarInvite(
        "REQUEST", "Chat with Sue", datetime(2025, 3, 4, 14, 30), None, "sue@acme.com"
    )
    m = mail("Invitation: Chat with Sue", "", "sue@acme.com", "Sue Park", calendar=(invite,))
    assert kind(m, known_domains=["acme.com"]) == MailKind.INTERVIEW


def test_personal_calendar_event_is_not_job() -> None:
    invite = CalendarInvite(
        "REQUEST", "Birthday dinner", datetime(2025, 3, 4, 19), None, "mum@gmail.com"
    )
    m = mail("Invitation: Birthday dinner", "", "mum@gmail.com", "Mum", calendar=(invite,))
    assert kind(m) == MailKind.NOT_JOB


def test_out_of_office_is_not_job() -> None:
    m = mail(
        "Automatic reply: Your application",
        "I am out of the office until Monday with limited access to email.",
        "sue@acme.com",
        "Sue Park",
    )
    assert kind(m) == MailKind.NOT_JOB


def test_vendor_marketing_is_not_job() -> None:
    m = mail(
        "Hiring trends webinar",
        "Register now for our webinar on hiring trends.",
        "events@nurture.icims.com",
        "iCIMS",
    )
    assert kind(m) == MailKind.NOT_JOB


def test_negated_offer_is_a_rejection() -> None:
    m = mail(
        "Your application",
        "We are not able to offer you the position at this time.",
        "sue@acme.com",
        "Sue Park",
    )
    result = classify(m, model=None)
    assert result.kind == MailKind.REJECTED


# -- languages ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("expected", "subject", "text"),
    [
        (
            "applied",
            "Ihre Bewerbung bei der Nordwerk GmbH",
            "Vielen Dank für Ihre Bewerbung. Ihre Unterlagen sind bei uns eingegangen und wir"
            " melden uns zeitnah.",
        ),
        (
            "rejected",
            "Ihre Bewerbung",
            "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber"
            " entschieden haben.",
        ),
        (
            "interview",
            "Einladung",
            "Gerne möchten wir Sie zu einem Vorstellungsgespräch einladen. Bitte nennen Sie uns"
            " Ihre Verfügbarkeit.",
        ),
        (
            "applied",
            "Falls wir uns nicht melden",
            "Vielen Dank für Ihre Bewerbung. Sollten wir uns nicht für Sie entscheiden,"
            " informieren wir Sie per E-Mail.",
        ),
        (
            "applied",
            "Votre candidature chez Lumière",
            "Nous avons bien reçu votre candidature et nous l'étudierons avec attention.",
        ),
        (
            "rejected",
            "Votre candidature",
            "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
        ),
        (
            "interview",
            "Entretien",
            "Nous souhaiterions vous inviter à un entretien. Merci de nous indiquer vos"
            " disponibilités.",
        ),
        (
            "applied",
            "Tu candidatura en Sierra",
            "Hemos recibido tu candidatura. Si no eres seleccionado, guardaremos tu CV.",
        ),
        (
            "rejected",
            "Proceso de selección",
            "Lamentamos informarte que hemos decidido continuar con otros candidatos.",
        ),
        ("offer", "Oferta", "Nos complace ofrecerte el puesto. Adjuntamos la carta oferta."),
        (
            "applied",
            "Sua candidatura na Ipanema",
            "Recebemos sua candidatura para a vaga. Caso não seja selecionado, manteremos seu"
            " currículo.",
        ),
        (
            "rejected",
            "Processo seletivo",
            "Infelizmente optamos por seguir com outros candidatos neste momento.",
        ),
        (
            "interview",
            "Convite",
            "Gostaríamos de convidar você para uma entrevista. Qual é a sua disponibilidade?",
        ),
        (
            "applied",
            "Je sollicitatie bij Polder",
            "Bedankt voor je sollicitatie. We hebben je sollicitatie in goede orde ontvangen.",
        ),
        (
            "rejected",
            "Je sollicitatie",
            "Helaas moeten we je teleurstellen: we hebben gekozen voor een andere kandidaat.",
        ),
        ("interview", "Uitnodiging", "We nodigen je graag uit voor een sollicitatiegesprek."),
        (
            "applied",
            "La tua candidatura presso Brera",
            "Abbiamo ricevuto la tua candidatura e la valuteremo con attenzione.",
        ),
        (
            "rejected",
            "Esito selezione",
            "Purtroppo abbiamo deciso di procedere con altri candidati.",
        ),
        (
            "interview",
            "Colloquio",
            "Vorremmo invitarti a un colloquio conoscitivo. Puoi indicarci la tua disponibilità?",
        ),
        ("rejected", "מועמדות", "לצערנו לא נמשיך בתהליך עם מועמדותך."),
        ("applied", "طلبك", "تم استلام طلبك بنجاح، شكرا لتقديمك."),
    ],
)
def test_languages(expected: str, subject: str, text: str) -> None:
    assert kind(mail(subject, text, "jobs@example-employer.com", "Careers")) == MailKind(expected)


# -- machinery ------------------------------------------------------------------------------------
def test_pattern_language() -> None:
    rx, anchors = compile_pattern("(decided|chosen) not_to (move|proceed*) .. forward?")
    assert rx.search(normalize("We have decided not to proceed further"))
    assert rx.search("chosen not to move")
    assert not rx.search("undecided not to move")
    assert anchors and any("decid" in a for a in anchors)


def test_normalize_folds_accents_quotes_and_invisible_characters() -> None:
    assert normalize("Ré\u200bsumé – we’re") == "resume - we're"


def test_bank_compiles_every_phrase() -> None:
    bank = load_bank()
    assert len(bank.phrases) > 300
    assert {p.kind for p in bank.phrases} == {k.value for k in MailKind}


def test_classify_many_matches_classify_and_is_fast() -> None:
    mails = [
        mail(
            "Thank you for applying", "We have received your application and will review it. " * 8
        ),
        mail(
            "Your application",
            "Unfortunately we decided to move forward with other candidates. " * 8,
        ),
        mail(
            "Hi",
            "Dinner this weekend? Bring the board games and the photos. " * 8,
            "mum@gmail.com",
            "Mum",
        ),
    ] * 200
    classify_many(mails[:3], model=None)
    start = time.perf_counter()
    batch = classify_many(mails, model=None)
    took = time.perf_counter() - start
    assert [r.kind for r in batch[:3]] == [classify(m, model=None).kind for m in mails[:3]]
    assert len(mails) / took > 800  # ~2,000/s on a quiet machine; generous for CI


def test_default_model_combines_with_rules() -> None:
    result = classify(
        mail(
            "Your application",
            "After careful consideration we will not be moving forward with your application.",
        )
    )
    assert result.kind == MailKind.REJECTED
    from heardback.mail.learned import default_model

    if default_model() is not None:
        assert any(r.code == "model" for r in result.reasons)


def test_rejection_words_quoted_in_a_newsletter_are_not_a_rejection() -> None:
    m = mail(
        "Ask a recruiter",
        'This week: what it really means when a company says "we have decided to move forward '
        'with other candidates". Read the full issue on our site.',
        "hello@careerweekly.example.com",
        "Career Weekly",
        list_unsubscribe=True,
    )
    assert kind(m) == MailKind.NOT_JOB


def test_quoted_button_label_still_counts_for_an_invitation() -> None:
    m = mail(
        "Next steps with Acme",
        'Click "Schedule your interview" below and pick a time that works for you.',
        "no-reply@ashbyhq.com",
        "Acme Hiring Team",
    )
    assert kind(m) == MailKind.INTERVIEW


def test_phrase_files_refuse_duplicate_keys(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kinds:\n  rejected:\n    en:\n      0.8: [a]\n      0.8: [b]\n")
    with pytest.raises(ValueError, match="duplicate key"):
        load_yaml(bad)
