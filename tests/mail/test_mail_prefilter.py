"""The header prefilter: recall on job mail (seven languages, ATS senders, calendars, known
contacts, bulk-headed acknowledgements) and rejection of obvious newsletters and shopping."""

from __future__ import annotations

import base64
import json
import pickle
from pathlib import Path

import pytest

from heardback.mail.headers import parse_headers
from heardback.mail.model import Headers, MessageRef
from heardback.mail.prefilter import DATA, Prefilter, load_prefilter
from heardback.mail.scan import body_sample, check_entry, scan
from heardback.mail.sources import BytesEntry


@pytest.fixture(scope="module")
def prefilter() -> Prefilter:
    return load_prefilter()


def headers(subject: str = "", sender: str = "someone@example.net", **kw: object) -> Headers:
    return Headers(subject=subject, from_addr=sender, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "subject",
    [
        # English
        "Thank you for applying to Acme",
        "Your application for Senior Engineer",
        "Interview invitation: Staff Engineer",
        "Offer letter - Data Scientist",
        "Next steps with Globex",
        "Acme coding challenge",
        "Please share your availability",
        "Senior Backend Engineer role at Initech",
        # German
        "Ihre Bewerbung bei Initech GmbH",
        "Einladung zum Vorstellungsgespräch",
        "Eingangsbestätigung Ihrer Onlinebewerbung",
        "Absage: Softwareentwickler (m/w/d)",
        "Ihr Vertragsangebot",
        # French
        "Votre candidature chez Umbrella",
        "Invitation à un entretien",
        "Offre d'emploi : Développeur",
        # Spanish
        "Tu candidatura en Hooli",
        "Invitación a entrevista",
        "Proceso de selección - Analista",
        # Portuguese
        "Sua candidatura na Vandelay",
        "Convite para entrevista",
        "Vaga de Engenheiro de Software",
        # Dutch
        "Je sollicitatie bij Soylent",
        "Uitnodiging sollicitatiegesprek",
        "Vacature Backend Developer",
        # Italian
        "La tua candidatura presso Cyberdyne",
        "Invito a colloquio",
        "Posizione aperta: Data Engineer",
        # Hebrew, Arabic
        "ראיון עבודה - מפתח/ת",
        "دعوة لإجراء مقابلة",
    ],
)
def test_job_subjects_pass(prefilter: Prefilter, subject: str) -> None:
    passed, reason = prefilter.check(headers(subject))
    assert passed, subject
    assert reason.startswith(("subject", "subject-weak"))


@pytest.mark.parametrize(
    "sender",
    [
        "no-reply@us.greenhouse-mail.io",
        "no-reply@hire.lever.co",
        "acme@myworkday.com",
        "acme+autoreply@talent.icims.com",
        "no-reply@ashbyhq.com",
        "notification@smartrecruiters.com",
        "ekhe.fa.sender@workflow.mail.em2.oraclecloud.com",
        "notification@jobvite.com",
        "notifications@app.bamboohr.com",
        "noreply@candidates.workablemail.com",
        "acme@acme.teamtailor-mail.com",
        "jobs-noreply@linkedin.com",
        "indeedapply@indeed.com",
        "no-reply@calendly.com",
        "support@hackerrankforwork.com",
        "dse_na2@docusign.net",
        "noreply@xref.com",
        "acme@acme.avature.net",
        "jobs@acme.tal.net",
    ],
)
def test_job_senders_pass_with_any_subject(prefilter: Prefilter, sender: str) -> None:
    passed, reason = prefilter.check(headers("Thank you", sender))
    assert passed, sender
    assert reason.startswith(("sender-domain", "relay-address"))


def test_bulk_headers_never_count_against_job_mail(prefilter: Prefilter) -> None:
    h = headers(
        "Thank you for your application",
        "careers@acme.com",
        list_unsubscribe=True,
        precedence="bulk",
        extra={"list-id": "<careers.acme.com>"},
    )
    assert prefilter.check(h)[0]


def test_calendar_invitations_and_recruiting_senders(prefilter: Prefilter) -> None:
    assert prefilter.check(headers("Chat", content_type="text/calendar; method=REQUEST"))[0]
    outlook = {"content-class": "urn:content-classes:calendarmessage"}
    assert prefilter.check(headers("Chat", extra=outlook))[0]
    assert prefilter.check(headers("Chat"), calendar_part=True)[0]
    assert prefilter.check(headers("Hello", "talent@acme.com"))[0]
    assert prefilter.check(headers("Hello", "dana@acme.com", from_name="Acme Recruiting"))[0]
    assert prefilter.check(headers("Update", extra={"x-linkedin-template": "jobs_rejection"}))[0]


def test_known_contacts_and_domains(prefilter: Prefilter) -> None:
    known = prefilter.with_known(domains=["acme.com"], addresses=["chris.hm@gmail.com"])
    assert not prefilter.check(headers("Coffee?", "chris.hm@gmail.com"))[0]
    assert known.check(headers("Coffee?", "chris.hm@gmail.com"))[1].startswith("known-contact")
    assert known.check(headers("Hi", "dana@eng.acme.com"))[1] == "known-domain: acme.com (from)"
    sent = headers("Re: Tuesday", "alex@example.org", to=("chris.hm@gmail.com",))
    assert known.check(sent)[1] == "known-contact: chris.hm@gmail.com (to)"


@pytest.mark.parametrize(
    ("subject", "sender"),
    [
        ("Spring sale: up to 50% off everything", "deals@news.example-shop.com"),
        ("Special offer just for you: 20% off", "deals@news.example-shop.com"),
        ("Your weekly digest: 12 stories for you", "noreply@medium.com"),
        ("Your order #12345 has shipped", "orders@shop.example"),
        ("Last chance: flight deals from $99", "news@travel.example"),
        ("Exclusive offer: free shipping this weekend", "hello@brand.example"),
        ("Angebot der Woche: 30% Rabatt", "news@laden.example"),
        ("Re: dinner friday", "sam@gmail.com"),
        ("Python Weekly - Issue 612", "editor@pythonweekly.com"),
        ("7 new jobs for 'python developer'", "jobalerts-noreply@linkedin.com"),
        ("Top jobs picked for you", "alert@indeed.com"),
    ],
)
def test_newsletters_shopping_and_job_alerts_are_dropped(
    prefilter: Prefilter, subject: str, sender: str
) -> None:
    passed, reason = prefilter.check(headers(subject, sender, list_unsubscribe=True))
    assert not passed, reason


def test_weak_words_pass_without_commerce(prefilter: Prefilter) -> None:
    assert prefilter.check(headers("An exciting opportunity"))[0]
    assert prefilter.check(headers("Your offer"))[0]  # strong: "your offer"
    assert not prefilter.check(headers("Offer ends tonight: 40% off"))[0]


def test_body_peek_only_for_mail_written_by_people(prefilter: Prefilter) -> None:
    assert prefilter.peeks(headers("Coffee next week?", "chris@gmail.com"))
    assert not prefilter.peeks(headers("Digest", "chris@gmail.com", list_unsubscribe=True))
    assert not prefilter.peeks(headers("Digest", "no-reply@service.example"))
    assert not prefilter.peeks(headers("Hi", "x@y.example", precedence="bulk"))
    assert not prefilter.peeks(headers("Hi", "x@y.example", extra={"list-id": "<l>"}))
    assert prefilter.check_body(b"Hey Alex,\n\nAbout the Staff Engineer position: can we talk?")[0]
    assert prefilter.check_body("Gerne würde ich Sie zum Vorstellungsgespräch einladen".encode())[0]
    assert prefilter.check_body(b"Ihre Bewerbungsunterlagen")[1] == "body: bewerbungs"
    assert prefilter.check_body("נשמח לקבוע ראיון".encode())[0]
    assert not prefilter.check_body(b"See you at the lake on Sunday, bring the dog.")[0]
    mime = b"--b\nContent-Type: application/pdf\nContent-Disposition: attachment\n\n"
    assert not prefilter.check_body(mime)[0]  # "application/", "disposition" are MIME, not jobs


def test_domains_cover_subdomains_and_quiet_entries_hide_their_parent(prefilter: Prefilter) -> None:
    assert prefilter.domain_category("eu.greenhouse.io") == prefilter.domain_category(
        "greenhouse.io"
    )
    assert prefilter.domain_category("example.com") is None
    assert prefilter.domain_category("nurture.icims.com") == ""  # the vendor's marketing
    assert prefilter.domain_category("talent.icims.com")


def test_loads_without_the_catalog_and_pickles() -> None:
    bare = Prefilter.from_yaml(DATA, catalog=None)
    assert bare.check(headers("x", "no-reply@hire.lever.co"))[0]
    assert not bare.check(headers("x", "no-reply@pageuppeople.com"))[0]  # only in data/ats.yaml
    known = bare.with_known(["acme.com"], ["a@b.c"])
    again = pickle.loads(pickle.dumps(known))
    assert again.check(headers("Hi", "a@b.c")) == known.check(headers("Hi", "a@b.c"))
    assert again.known_domains == frozenset({"acme.com"})


def test_constructor_with_plain_lists() -> None:
    pf = Prefilter(
        ["*.myworkday.com", "workflow.mail.*.oraclecloud.com"],
        ["calendly.com"],
        subject_patterns=[r"\bjob\b"],
    )
    assert pf.check(headers("x", "acme@myworkday.com")) == (
        True,
        "sender-domain: myworkday.com (job service)",
    )
    assert pf.check(headers("x", "a.fa.sender@workflow.mail.em2.oraclecloud.com"))[0]
    assert not pf.check(headers("x", "a@cloud.oraclecloud.com"))[0]
    assert pf.check(headers("x", "a@calendly.com"))[1].endswith("(scheduling)")
    assert pf.check(headers("New job"))[0] and not pf.check(headers("jobsite"))[0]


CORPUS = Path(__file__).resolve().parents[1] / "data" / "mail"


@pytest.mark.skipif(not (CORPUS / "labels.jsonl").exists(), reason="no labelled corpus")
def test_no_labelled_job_message_is_dropped(prefilter: Prefilter) -> None:
    """Recall on the labelled corpus (tests/data/mail): every job message passes the scan."""
    labels = [json.loads(line) for line in (CORPUS / "labels.jsonl").read_text().splitlines()]
    jobs = {Path(r["file"]).name for r in labels if r["kind"] != "not_job"}
    passed = {mail.ref.key for mail in scan(CORPUS / "corpus", prefilter, workers=1)}
    assert jobs and sorted(jobs - passed) == []


def test_body_sample_undoes_the_transfer_encoding_of_the_first_part(prefilter: Prefilter) -> None:
    qp = (
        "Bonne nouvelle : les retours de l'=C3=A9quipe sont tr=C3=A8s positifs. Nous aimerio=\n"
        "ns vos r=C3=A9f=C3=A9rences.\n"
    )
    b64 = base64.b64encode("Wir würden gern Referenzen einholen.".encode()).decode()
    for cte, payload, word in (
        ("quoted-printable", qp, "références"),
        ("base64", b64, "referenzen"),
    ):
        raw = (
            f'From: a@b.c\nContent-Type: multipart/alternative; boundary="zz"\n\n'
            f"--zz\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n"
            f"{payload}\n--zz\nContent-Type: text/html\n\n<p>x</p>\n--zz--\n"
        ).encode()
        entry = BytesEntry(MessageRef("t", "1"), raw)
        headers = parse_headers(entry.header, light=True)
        assert word in body_sample(entry, headers, multipart=True).decode().lower()
        assert check_entry(prefilter, entry, headers)[0]
