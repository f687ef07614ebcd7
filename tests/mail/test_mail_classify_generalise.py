"""The classifier on classes of errors first seen on blind mail (the held-out corpus): each case
is a small synthetic message written for the test, never a corpus message.

Rule tests run with ``model=None`` where they name it; ``kind`` comes from test_mail_classify.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from test_mail_classify import kind, mail

from heardback.mail.model import CalendarInvite, MailKind


# -- generalisation: classes of errors found on blind mail ----------------------------------------
def _cal(summary: str, description: str = "") -> tuple[CalendarInvite, ...]:
    return (
        CalendarInvite(
            "REQUEST", summary, datetime(2025, 4, 1, 15), None, "x@y.org", "", description
        ),
    )


EMP = "talent@northbeam-example.com"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (  # portal boilerplate: an option, not a request
            "Thank you for applying: Data Engineer",
            "Thank you for submitting your application for the Data Engineer position.\n\nYou can"
            " view your application or update your profile at any time in our candidate portal.",
        ),
        (  # the application form's answers echoed back
            "We've received your application",
            "Thanks for applying! Here is what you sent us:\n\nName: Jo Example\nDo you need"
            " sponsorship to work in Canada? Yes\nWhat is your notice period? Two weeks\nSalary"
            " expectations: CAD 90,000\n\nWe'll review it and get back to you.",
        ),
        (  # a job board's list of what was sent
            "Application submitted: Analyst",
            "Application submitted\n\nThe following documents were sent to the employer:\n-"
            " resume.pdf\n- cover letter\n\nGood luck!",
        ),
        (  # a conditional invitation in Dutch ("whether we invite you")
            "Bedankt voor je sollicitatie",
            "We hebben je sollicitatie goed ontvangen. Na de sluitingsdatum laten we je binnen"
            " een week weten of we je uitnodigen voor een gesprek.",
        ),
        (  # German: "ob" is "whether"
            "Ihre Bewerbung",
            "Vielen Dank für Ihre Bewerbung, sie ist bei uns eingegangen. Wir teilen Ihnen in"
            " zwei Wochen verbindlich mit, ob wir Sie zu einem Vorstellungsgespräch einladen.",
        ),
        (  # a person confirming the CV arrived
            "Re: Application - Junior Analyst",
            "Thanks very much for your application - I've passed it to our director, who will"
            " read every one this month.",
        ),
    ],
)
def test_acknowledgements_with_request_or_interview_words_stay_acks(
    subject: str, text: str
) -> None:
    assert kind(mail(subject, text, EMP, "Northbeam Careers")) == MailKind.APPLIED


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Your application",
            "Thanks again for the effort you put into the take-home task. We have decided to"
            " move ahead with candidates whose experience is closer to what the team needs.",
        ),
        (
            "An update on the vacancy",
            "Thank you for your interest in the Analyst vacancy. After a review of our budget we"
            " have taken the decision not to fill this vacancy, and the recruitment process has"
            " been closed.",
        ),
        (
            "Feedback",
            "I've just spoken to the client after your final interview and I'm sorry to say"
            " they've decided not to progress.",
        ),
        (
            "Re: Application",
            "Thank you so much for applying. We've decided to give the role to someone with more"
            " experience in our sector.",
        ),
        (
            "Outcome",
            "It was a close call, but we have offered the position to another candidate.",
        ),
        (
            "Actualización sobre tu candidatura",
            "Tras revisar el proceso de selección, hemos decidido continuar con otros perfiles"
            " que encajan mejor con el puesto.",
        ),
    ],
)
def test_rejections_phrased_without_the_usual_sentence(subject: str, text: str) -> None:
    assert kind(mail(subject, text, EMP, "Northbeam Careers")) == MailKind.REJECTED


@pytest.mark.parametrize(
    ("subject", "text", "frm"),
    [
        (
            "Your application was viewed by Northbeam",
            "Your application was viewed. This means someone at the company looked at your"
            " profile and application.",
            "jobs-noreply@linkedin.com",
        ),
        (
            "Your candidacy",
            "Te escribo para contarte en qué punto está el proceso: la vacante se ha congelado"
            " hasta marzo. Tu candidatura sigue abierta.",
            EMP,
        ),
        (
            "Where things stand",
            "A quick note: we're still finishing first conversations and expect to decide who"
            " moves on to the final round by Friday. I'll be in touch either way by then.",
            EMP,
        ),
        (
            "Introducing my colleague",
            "I'm moving to another team next month, so I'm handing your process over to my"
            " colleague Sam. Your profile is with the hiring manager right now.",
            EMP,
        ),
    ],
)
def test_process_updates(subject: str, text: str, frm: str) -> None:
    assert kind(mail(subject, text, frm, "Northbeam")) == MailKind.UPDATE


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Quick ask",
            "Before we go further, would you be able to share an example of your work, such as a"
            " dashboard or a short write-up?",
        ),
        (
            "Problem with your upload",
            "Thank you for applying. The file you uploaded could not be opened by our system;"
            " please log in and upload it again as a PDF.",
        ),
        (
            "Checking in",
            "Things went quiet over the holidays before we plan the final round. Are you still"
            " interested in the role?",
        ),
        (
            "Mogen we je gegevens bewaren?",
            "Je hebt bij ons gesolliciteerd. We zouden je gegevens graag een jaar langer"
            " bewaren. Geef je toestemming via de link hieronder.",
        ),
        (
            "Nachreichung von Unterlagen",
            "Danke für das angenehme Gespräch. Bitte lassen Sie uns noch folgende Unterlagen"
            " zukommen: Arbeitszeugnisse und Ihr Abschlusszeugnis.",
        ),
        (
            "Documentos",
            "Para preparar o contrato, precisamos dos seguintes documentos: cópia do passaporte"
            " e IBAN.",
        ),
    ],
)
def test_requests_for_documents_samples_consent_and_interest(subject: str, text: str) -> None:
    assert kind(mail(subject, text, EMP, "Northbeam Careers")) == MailKind.REQUEST


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Data lead?",
            "I'm the co-founder of a small climate startup. We don't have a job ad yet; we'd"
            " shape the first data role around whoever joins. Coffee next week?",
        ),
        (
            "Re: Analytics at Northbeam",
            "Just floating this back to the top of your inbox in case it got buried.",
        ),
        (
            "Senior Analyst at Northbeam?",
            "We spoke last year when you applied. We've just opened a senior analyst role and I"
            " immediately thought of you. I'd love to tell you more.",
        ),
        (
            "Analytics Engineer - fintech",
            "I'm working exclusively with a fintech in Berlin. I can share the name of the client"
            " once we've spoken, as the search is confidential.",
        ),
    ],
)
def test_outreach_without_the_usual_words(subject: str, text: str) -> None:
    assert kind(mail(subject, text, "ana@northbeam-example.com", "Ana Ruiz")) == MailKind.OUTREACH


def test_mock_interview_calendar_invitation_is_not_job() -> None:
    m = mail(
        "Invitation: Mock interview (behavioural) @ Fri 4 Apr",
        "Practice session for your upcoming interviews, with feedback.",
        "coach@careercoaching-example.nl",
        "Career Coach",
        calendar=_cal("Mock interview - behavioural", "Practice session"),
    )
    assert kind(m) == MailKind.NOT_JOB


def test_panel_calendar_invitation_from_an_employer_is_an_interview() -> None:
    m = mail(
        "Invitation: Final panel - Jo Example (Analyst) @ Tue 9 Dec",
        "You have been invited to the following event.\nPresent your case, then Q&A.",
        "hm@northbeam-example.com",
        "Hiring Manager",
        calendar=_cal("Final panel - Jo Example (Analyst)"),
    )
    assert kind(m) == MailKind.INTERVIEW


@pytest.mark.parametrize(
    ("subject", "text", "frm"),
    [
        (
            "Issue #12: why interviews are broken",
            "This week: every interview now includes a take-home. Also: Teams that ship.\n\nYou're"
            " a free subscriber to this newsletter.",
            "writer@substack.com",
        ),
        (
            "Salary guide 2026",
            "Our market report: time-to-offer grew as companies add rounds. Candidate tip: prepare"
            " before the final interview. Download the full report.",
            "insights@agency-example.com",
        ),
        (
            "An update on your application",
            "Thank you for applying for the Gold card. Unfortunately we're not able to approve"
            " your application because of your credit history.",
            "no-reply@bank-example.eu",
        ),
        (
            "Je reactie op de woning",
            "Bedankt voor je reactie op de woning en je komst naar de bezichtiging. Helaas is de"
            " woning toegewezen aan een andere kandidaat.",
            "verhuur@wonen-example.nl",
        ),
        (
            "Fwd: We're hiring: Data Analyst",
            "Saw this and thought of you straight away! Lovely team.",
            "friend.name@gmail.com",
        ),
    ],
)
def test_not_job_mail_with_job_words(subject: str, text: str, frm: str) -> None:
    assert kind(mail(subject, text, frm, "Someone")) == MailKind.NOT_JOB


@pytest.mark.parametrize(
    ("expected", "subject", "text"),
    [
        (
            "interview",
            "Congratulations - next stage",
            "Congratulations! You did really well in the online assessments and we'd love you to"
            " come and meet the team. Which day would suit you?",
        ),
        (
            "interview",
            "Your application",
            "I saw your application come in today. Would Wednesday afternoon work for a short"
            " chat? I'll send a Teams invite.",
        ),
        (
            "interview",
            "Premier échange",
            "Nous aimerions vous proposer un premier entretien en visio. Seriez-vous disponible"
            " sur l'un des créneaux suivants ?",
        ),
        (
            "reference_check",
            "References",
            "As the last step we'd like to speak to two references. Could you send me their"
            " names and email addresses?",
        ),
        (
            "offer",
            "Following up on our call",
            "Here is a summary of what we offered on the phone. Could you let us know by Friday"
            " whether you would like to accept?",
        ),
    ],
)
def test_decisive_events_over_incidental_words(expected: str, subject: str, text: str) -> None:
    assert kind(mail(subject, text, EMP, "Northbeam")) == MailKind(expected)


@pytest.mark.parametrize(
    ("expected", "subject", "text"),
    [
        (
            "request",
            "Still keen?",
            "We're about to book final interviews. Before we do, are you still keen on the role?",
        ),
        (
            "request",
            "Your start date",
            "To help us plan, please fill in the short form with your earliest possible start"
            " date and preferred shift pattern.",
        ),
        (
            "request",
            "Missing cover letter",
            "Your application doesn't include the cover letter the advert asked for. Could you"
            " reply with it attached?",
        ),
        (
            "update",
            "Delay",
            "Apologies for the silence. The hiring manager is travelling, so feedback from your"
            " interview will take another week or so.",
        ),
        (
            "outreach",
            "Your notebook",
            "Loved your notebook on demand forecasting. We're a small team looking for our first"
            " analyst. Fancy a chat?",
        ),
        (
            "rejected",
            "Analyst role",
            "The team has chosen to hire internally for this position, so we're closing the"
            " search. Thank you for your patience.",
        ),
        (
            "rejected",
            "Sollicitatie",
            "Na zorgvuldige overweging hebben we besloten om met een andere kandidaat verder te"
            " gaan.",
        ),
        (
            "interview",
            "Next round",
            "Great news - the team would like to see you for a second conversation. Are you"
            " around Tuesday at 3?",
        ),
    ],
)
def test_paraphrased_events(expected: str, subject: str, text: str) -> None:
    assert kind(mail(subject, text, "kim@orbitex-example.io", "Kim Lee")) == MailKind(expected)


# -- a list of the hiring stages describes the process ------------------------------------------
@pytest.mark.parametrize(
    ("expected", "subject", "text"),
    [
        (  # an acknowledgement that lists every stage ahead
            "applied",
            "Confirmation of your application",
            "Thank you for your application for the Planner role. We confirm we have received it."
            "\n\nWhat happens next?\n\n1. Telephone interview with our recruitment team.\n2. A"
            " short online assessment.\n3. A panel interview at our head office.\n4. Offer letter,"
            " subject to satisfactory references.",
        ),
        (  # one place reads as two stages ("assessment centre"): still one stage, then the offer
            "offer",
            "Congratulations",
            "Following the assessment centre, we are delighted to offer you a place on our"
            " graduate scheme. Your formal offer letter is attached.",
        ),
        (  # an invitation may name an interview and a test together
            "interview",
            "Next steps",
            "We would like to invite you to a video interview with the team next week, followed"
            " by a short coding exercise. Please pick a time slot that suits you.",
        ),
    ],
)
def test_a_list_of_stages_is_a_process_description(expected: str, subject: str, text: str) -> None:
    assert kind(mail(subject, text)) == MailKind(expected)


# -- nothing about work: phrases alone do not make job mail ------------------------------------
def test_an_application_word_without_any_work_context_is_not_job() -> None:
    m = mail(
        "Your mortgage review",
        "Dear customer, your application is being reviewed. We will be in touch shortly.",
        "service@northbank-example.com",
        "North Bank",
    )
    assert kind(m) is MailKind.NOT_JOB


@pytest.mark.parametrize(
    ("expected", "subject", "text"),
    [
        (  # a short reply: the work context is in the quoted history
            "interview",
            "Re: hello",
            "Are you free Thursday at 3pm for a call?\n\nOn Mon, Sam wrote:\n> I applied for"
            " the analyst position last week and wanted to follow up.",
        ),
        (  # the job title in the subject is the context
            "assessment",
            "Technische opdracht – Medior Python Developer",
            "Hoi Sam, hierbij de technische opdracht. Je hebt een week de tijd.",
        ),
    ],
)
def test_work_context_from_quotes_or_a_title_keeps_job_mail(
    expected: str, subject: str, text: str
) -> None:
    from heardback.mail.text import split_quoted

    body, quoted = split_quoted(text)
    m = mail(subject, body, "lea@brightwell-example.com", "Lea Brun")
    m = type(m)(ref=m.ref, headers=m.headers, text=body, quoted=quoted)
    assert kind(m) == MailKind(expected)
