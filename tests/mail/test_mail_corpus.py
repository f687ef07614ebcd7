"""The labelled recruiting-mail corpus in tests/data/mail: complete, consistent, parseable with
the standard library, hard enough to measure a classifier on, and reproducible from its
generator (see tests/data/mail/README.md for the label rules)."""

from __future__ import annotations

import email
import email.policy
import email.utils
import html
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from heardback.mail.model import MailKind

DATA = Path(__file__).resolve().parents[1] / "data" / "mail"
CORPUS = DATA / "corpus"
LABELS = DATA / "labels.jsonl"

MIN_TOTAL = 320
MIN_PER_KIND = 20
MIN_NOT_JOB = 60
MIN_PER_LANGUAGE = {"de": 15, "fr": 15, "es": 15, "pt": 15, "nl": 15, "it": 15}
FIELDS = {"file", "kind", "company", "role", "requisition", "language", "tags"}

# Names that must never be labelled as the employer: applicant tracking systems, job boards,
# assessment / reference / scheduling / e-signature platforms and mail providers.
NOT_EMPLOYERS = {
    "greenhouse",
    "lever",
    "workday",
    "myworkday",
    "icims",
    "ashby",
    "ashbyhq",
    "smartrecruiters",
    "oracle",
    "taleo",
    "jobvite",
    "bamboohr",
    "workable",
    "teamtailor",
    "personio",
    "recruitee",
    "successfactors",
    "sap successfactors",
    "rippling",
    "ukg",
    "ultipro",
    "brassring",
    "avature",
    "oleeo",
    "join",
    "gupy",
    "comeet",
    "jazzhr",
    "paylocity",
    "cornerstone",
    "linkedin",
    "indeed",
    "glassdoor",
    "stepstone",
    "xing",
    "infojobs",
    "wellfound",
    "welcome to the jungle",
    "hackerrank",
    "codesignal",
    "codility",
    "hirevue",
    "testgorilla",
    "spark hire",
    "shl",
    "xref",
    "crosschq",
    "skillsurvey",
    "checkster",
    "checkr",
    "hireright",
    "sterling",
    "certn",
    "docusign",
    "calendly",
    "goodtime",
    "modernloop",
    "savvycal",
    "cal.com",
    "yello",
    "zoom",
    "microsoft teams",
    "google calendar",
    "gem",
    "gmail",
    "google",
    "outlook",
    "hotmail",
    "yahoo",
    "fastmail",
    "posteo",
    "laposte",
    "libero",
    "ziggo",
}
# An employer that is itself an HR-software vendor is labelled with its own name.
VENDOR_EMPLOYER_TAG = "hard:employer_is_ats_vendor"

REQUIRED_TAGS = {
    # senders
    "ats:greenhouse": 5,
    "ats:lever": 3,
    "ats:workday": 5,
    "ats:icims": 3,
    "ats:ashby": 3,
    "ats:smartrecruiters": 2,
    "ats:oracle": 2,
    "ats:taleo": 2,
    "ats:jobvite": 2,
    "ats:bamboohr": 2,
    "ats:workable": 2,
    "ats:teamtailor": 2,
    "ats:personio": 2,
    "ats:recruitee": 2,
    "ats:successfactors": 3,
    "board:linkedin": 5,
    "board:indeed": 3,
    "tool:calendly": 2,
    "tool:goodtime": 2,
    "tool:modernloop": 2,
    "tool:google_calendar": 4,
    "tool:teams": 2,
    "tool:zoom": 1,
    "platform:hackerrank": 2,
    "platform:codesignal": 2,
    "platform:codility": 1,
    "platform:hirevue": 2,
    "platform:testgorilla": 2,
    "platform:xref": 1,
    "platform:crosschq": 2,
    "platform:skillsurvey": 2,
    "platform:docusign": 2,
    "agency": 8,
    # form
    "html_only": 15,
    "qp": 50,
    "base64": 50,
    "rfc2047": 50,
    "zero_width": 5,
    "attachment": 15,
    "calendar": 8,
    "reply": 8,
    "forward": 4,
    "own_sent": 5,
    "bulk_headers": 10,
    "crlf": 10,
    "charset:iso-8859-1": 3,
    "charset:windows-1252": 5,
    "charset:iso-2022-jp": 1,
    # the hard cases of research/ats_email_facts.md
    "hard:same_subject": 3,
    "hard:conditional_rejection": 8,
    "hard:keep_on_file": 5,
    "hard:polite_rejection": 15,
    "hard:position_filled": 4,
    "hard:sponsorship": 1,
    "hard:graduation_date": 1,
    "hard:role_cancelled": 3,
    "hard:keep_in_mind": 2,
    "hard:boilerplate_interview": 10,
    "hard:boilerplate_offer": 8,
    "hard:digest_accepted_offer": 2,
    "hard:unfortunately_non_rejection": 5,
    "hard:unfortunately_bank": 5,
    "hard:reschedule": 4,
    "hard:quoted_history": 3,
    "hard:agency_unnamed_client": 6,
    "hard:abbrev_display": 2,
    VENDOR_EMPLOYER_TAG: 4,
    "hard:personal_domain": 3,
    "hard:empty_body": 3,
    "hard:two_roles": 4,
    "hard:reapply": 3,
    "hard:bulk_headers": 3,
    "hard:zero_width": 3,
    "hard:form_echo": 3,
    "hard:duplicate": 3,
    "hard:late_ack": 1,
    "hard:bad_date": 3,
    "hard:employer_in_signature": 4,
    "hard:other_companies_listed": 5,
    "hard:async_video": 2,
    "hard:user_is_interviewer": 1,
    "hard:user_is_referee": 1,
    "hard:on_hold": 2,
    "hard:hiring_freeze": 1,
    "hard:delayed": 3,
    "hard:decision_date": 3,
}


def _read_rows() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _read_rows()


@pytest.fixture(scope="module")
def raws(rows: list[dict]) -> dict[str, bytes]:
    return {r["file"]: (CORPUS / r["file"]).read_bytes() for r in rows}


@pytest.fixture(scope="module")
def messages(raws: dict[str, bytes]) -> dict[str, EmailMessage]:
    return {
        name: email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[misc]
        for name, raw in raws.items()
    }


def _leaves(msg: EmailMessage) -> list[EmailMessage]:
    return [p for p in msg.walk() if not p.is_multipart()]


def _body_parts(msg: EmailMessage) -> list[EmailMessage]:
    return [p for p in _leaves(msg) if p.get_content_disposition() != "attachment"]


def _text(msg: EmailMessage) -> str:
    out = []
    for part in _body_parts(msg):
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
        elif part.get_content_type() == "text/html":
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
    return "\n".join(out)


# -- completeness and schema --------------------------------------------------------------------


def test_every_labelled_file_exists_and_every_file_is_labelled(rows: list[dict]) -> None:
    labelled = [r["file"] for r in rows]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    on_disk = sorted(p.name for p in CORPUS.iterdir())
    assert sorted(labelled) == on_disk


def test_labels_follow_the_schema(rows: list[dict]) -> None:
    kinds = {k.value for k in MailKind}
    for r in rows:
        assert set(r) == FIELDS, r["file"]
        assert re.fullmatch(r"\d{4}\.eml", r["file"]), r["file"]
        assert r["kind"] in kinds, r
        assert re.fullmatch(r"[a-z]{2}", r["language"]), r
        for name in ("company", "role", "requisition"):
            assert isinstance(r[name], str) and r[name] == r[name].strip(), r
        assert isinstance(r["tags"], list) and len(r["tags"]) == len(set(r["tags"])), r
        assert all(isinstance(t, str) and t and " " not in t for t in r["tags"]), r


def test_counts_per_kind_and_language(rows: list[dict]) -> None:
    assert len(rows) >= MIN_TOTAL
    kinds = Counter(r["kind"] for r in rows)
    for kind in MailKind:
        minimum = MIN_NOT_JOB if kind is MailKind.NOT_JOB else MIN_PER_KIND
        assert kinds[kind.value] >= minimum, (kind, kinds[kind.value])
    languages = Counter(r["language"] for r in rows)
    for lang, minimum in MIN_PER_LANGUAGE.items():
        assert languages[lang] >= minimum, (lang, languages[lang])
    # each of those languages covers most kinds, not only acknowledgements
    for lang in MIN_PER_LANGUAGE:
        covered = {r["kind"] for r in rows if r["language"] == lang}
        assert len(covered) >= 8, (lang, covered)


def test_required_senders_forms_and_hard_cases_are_covered(rows: list[dict]) -> None:
    tags = Counter(t for r in rows for t in r["tags"])
    missing = {t: (tags[t], n) for t, n in REQUIRED_TAGS.items() if tags[t] < n}
    assert not missing, f"tag: (found, needed) {missing}"


def test_phrasing_is_varied(rows: list[dict], messages: dict[str, EmailMessage]) -> None:
    """Most messages of a kind open differently, once names, ids and numbers are masked."""
    openings = defaultdict(list)
    for r in rows:
        text = _text(messages[r["file"]])
        for value in (r["company"], r["role"], r["requisition"]):
            if value:
                text = text.replace(value, "X")
        words = re.sub(r"\d+", "0", text).split()
        openings[r["kind"]].append(" ".join(words[2:14]))
    for kind, found in openings.items():
        assert len(set(found)) >= 0.9 * len(found), kind


# -- the messages themselves --------------------------------------------------------------------


def test_every_message_parses_cleanly(rows: list[dict], messages: dict[str, EmailMessage]) -> None:
    for r in rows:
        msg = messages[r["file"]]
        for name in ("From", "Subject", "Message-ID", "Date"):
            assert msg.get(name) is not None, (r["file"], name)
        assert str(msg["Subject"]).strip(), r["file"]
        assert msg["From"].addresses, r["file"]
        assert not msg.defects, (r["file"], msg.defects)
        texts = 0
        for part in _leaves(msg):
            assert not part.defects, (r["file"], part.get_content_type(), part.defects)
            content = part.get_content()
            assert content, (r["file"], part.get_content_type())
            texts += part.get_content_type() in ("text/plain", "text/html")
        assert texts, r["file"]
        if "hard:bad_date" not in r["tags"]:
            assert not msg["Date"].defects, r["file"]


def test_message_ids_are_unique_and_well_formed(messages: dict[str, EmailMessage]) -> None:
    ids = [str(m["Message-ID"]).strip() for m in messages.values()]
    assert all(re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", i) for i in ids)
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes


def test_dates_span_2025_and_2026(rows: list[dict], messages: dict[str, EmailMessage]) -> None:
    seen = []
    rfc = re.compile(r"(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}")
    for r in rows:
        raw = str(messages[r["file"]]["Date"])
        if "hard:bad_date" in r["tags"]:
            try:
                when = email.utils.parsedate_to_datetime(raw)
            except (TypeError, ValueError):
                continue
            assert when.tzinfo is None or not rfc.match(raw), (r["file"], raw)
            continue
        when = email.utils.parsedate_to_datetime(raw)
        assert when.tzinfo is not None, r["file"]
        assert datetime(2025, 1, 1).date() <= when.date() <= datetime(2026, 12, 31).date()
        seen.append(when)
    years = Counter(w.year for w in seen)
    assert years[2025] >= 100 and years[2026] >= 40, years
    assert len({(w.year, w.month) for w in seen}) >= 15


def test_file_sizes(raws: dict[str, bytes]) -> None:
    sizes = sorted(len(b) for b in raws.values())
    assert sizes[-1] <= 64 * 1024
    assert 1000 <= sizes[len(sizes) // 2] <= 8 * 1024
    small_enough = sum(s <= 8 * 1024 for s in sizes)
    assert small_enough >= 0.9 * len(sizes)


# -- label rules ----------------------------------------------------------------------------------


def test_not_job_rows_name_no_employer(rows: list[dict]) -> None:
    for r in rows:
        if r["kind"] == "not_job":
            assert (r["company"], r["role"], r["requisition"]) == ("", "", ""), r


def test_events_name_an_employer_unless_an_agency_hides_it(rows: list[dict]) -> None:
    for r in rows:
        if r["kind"] != "not_job" and not r["company"]:
            assert "agency" in r["tags"], r


def test_employer_is_never_a_vendor_board_platform_or_mail_provider(
    rows: list[dict], messages: dict[str, EmailMessage]
) -> None:
    vendor_employers = set()
    for r in rows:
        company = r["company"].lower()
        if not company:
            continue
        if VENDOR_EMPLOYER_TAG in r["tags"]:
            vendor_employers.add(company)
            continue
        assert company not in NOT_EMPLOYERS, r
        assert not company.endswith((".com", ".io", ".net")), r
    # the vendor-as-employer cases really are vendors
    assert vendor_employers and vendor_employers <= NOT_EMPLOYERS


def test_company_not_in_text_is_tagged(rows: list[dict], messages: dict[str, EmailMessage]) -> None:
    """When the employer appears nowhere in the readable text, the row says so (the extractor
    then has to use the sender's domain or the thread)."""
    for r in rows:
        if not r["company"]:
            continue
        msg = messages[r["file"]]
        names = [
            a.display_name
            for h in ("From", "Sender", "Reply-To")
            if msg.get(h)
            for a in msg[h].addresses
        ]
        visible = "\n".join([str(msg["Subject"]), *names, _text(msg)]).lower()
        present = r["company"].lower() in visible
        assert present != ("hard:company_not_in_text" in r["tags"]), r["file"]


def test_role_and_requisition_appear_in_the_message(
    rows: list[dict], messages: dict[str, EmailMessage]
) -> None:
    for r in rows:
        msg = messages[r["file"]]
        visible = (str(msg["Subject"]) + "\n" + _text(msg)).lower()
        for name in ("role", "requisition"):
            if r[name]:
                assert r[name].lower() in visible, (r["file"], name, r[name])


# -- tags agree with the bytes --------------------------------------------------------------------


def test_form_tags_match_the_mime_structure(
    rows: list[dict], messages: dict[str, EmailMessage], raws: dict[str, bytes]
) -> None:
    for r in rows:
        msg, tags = messages[r["file"]], set(r["tags"])
        types = [p.get_content_type() for p in _body_parts(msg)]
        html_only = "text/html" in types and "text/plain" not in types
        assert html_only == ("html_only" in tags), r["file"]
        calendars = [p for p in _body_parts(msg) if p.get_content_type() == "text/calendar"]
        assert bool(calendars) == ("calendar" in tags), r["file"]
        for part in calendars:
            ics = part.get_content()
            assert "BEGIN:VEVENT" in ics and re.search(r"^METHOD:(REQUEST|CANCEL)", ics, re.M)
            assert re.search(r"^DTSTART(;TZID=[^:]+)?:\d{8}T\d{6}Z?\r?$", ics, re.M), r["file"]
        attached = any(p.get_content_disposition() == "attachment" for p in _leaves(msg))
        assert attached == ("attachment" in tags), r["file"]
        bulk = bool(msg.get("List-Unsubscribe")) or str(msg.get("Precedence", "")) == "bulk"
        assert bulk == ("bulk_headers" in tags), r["file"]
        assert (b"\r\n" in raws[r["file"]]) == ("crlf" in tags), r["file"]
        if "own_sent" in tags:
            assert r["kind"] == "not_job", r["file"]


def test_sender_tags_match_the_sender(rows: list[dict], messages: dict[str, EmailMessage]) -> None:
    patterns = {
        "ats:workday": r"@(myworkday\.com|workday\.[a-z.-]+)$",
        "ats:icims": r"\+autoreply@talent\.icims\.(com|eu)$",
        "ats:greenhouse": r"greenhouse(-mail)?\.io$",
        "ats:lever": r"@hire\.lever\.co$",
        "ats:ashby": r"@ashbyhq\.com$",
        "ats:smartrecruiters": r"@smartrecruiters\.com$",
        "ats:oracle": r"\.fa\.sender@workflow\.mail\.[a-z0-9]+\.oraclecloud\.com$",
    }
    for r in rows:
        sender = messages[r["file"]]["From"].addresses[0].addr_spec.lower()
        for tag, pattern in patterns.items():
            if tag in r["tags"]:
                assert re.search(pattern, sender), (r["file"], tag, sender)
        if sender == "jobs-noreply@linkedin.com":
            assert messages[r["file"]].get("X-LinkedIn-Template"), r["file"]


def test_applicant_tracking_systems_never_sign_as_the_employer(
    rows: list[dict], messages: dict[str, EmailMessage]
) -> None:
    """The Oracle / Taleo cases keep the employer out of the sender: it is only in the body."""
    for r in rows:
        if "hard:employer_in_signature" in r["tags"]:
            msg = messages[r["file"]]
            sender = str(msg["From"]).lower()
            assert r["company"].lower() not in sender, r["file"]
            assert r["company"].lower() in _text(msg).lower(), r["file"]


# -- reproducible -------------------------------------------------------------------------------


def test_generator_reproduces_the_committed_files() -> None:
    done = subprocess.run(
        [sys.executable, str(DATA / "make_corpus.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_readme_table_matches_the_labels(rows: list[dict]) -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    kinds = Counter(r["kind"] for r in rows)
    for kind in MailKind:
        line = next(ln for ln in readme.splitlines() if ln.startswith(f"| {kind.value} |"))
        assert line.rstrip(" |").rsplit("|", 1)[1].strip() == str(kinds[kind.value]), line
