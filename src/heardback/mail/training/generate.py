"""Assemble synthetic messages from the phrase banks, deterministically (seeded)."""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta

from heardback.mail.model import CalendarInvite, Headers, MessageRef, ParsedMail
from heardback.mail.training.phrases import (
    BANK,
    CLOSE,
    COMPANY_HEADS,
    COMPANY_TAILS,
    FIRST,
    GREET,
    LANGS,
    LAST,
    NEUTRAL,
    NOT_JOB,
    NOT_JOB_INTL,
    ROLES,
    TEAM,
)

#: examples per kind for the shipped model
COUNTS = {
    "applied": 1050,
    "rejected": 1050,
    "interview": 930,
    "assessment": 580,
    "offer": 520,
    "reference_check": 470,
    "request": 520,
    "update": 640,
    "outreach": 700,
    "not_job": 1850,
}
#: the share of each language among the synthetic messages (English first, then the languages
#: with the most phrase data); LANGS order
_SHARE = {"en": 0.44, "de": 0.07, "fr": 0.07, "es": 0.06, "pt": 0.06, "nl": 0.06, "it": 0.06}
LANG_WEIGHTS = tuple(_SHARE.get(lang, 0.026) for lang in LANGS)
ATS = [
    ("no-reply@us.greenhouse-mail.io", "{company} Hiring Team"),
    ("no-reply@hire.lever.co", "{company}"),
    ("{slug}@myworkday.com", "Workday @ {company}"),
    ("{slug}+autoreply@talent.icims.com", "{company} @ icims"),
    ("no-reply@ashbyhq.com", "{company} Hiring Team"),
    ("notification@smartrecruiters.com", "{company}"),
    ("noreply@candidates.workablemail.com", "{company} Recruiting"),
    ("notification@jobvite.com", "{company} Recruiting Team"),
    ("notifications@app.bamboohr.com", "{company}"),
    ("noreply@{slug}.teamtailor-mail.com", "{company}"),
    ("careers@{slug}.com", "{company} Careers"),
    ("no-reply@{slug}.com", "{company} Talent Acquisition"),
    ("recruiting@{slug}.de", "{company} Recruiting"),
]
SCHEDULERS = ["notifications@calendly.com", "scheduling@goodtime.io", "no-reply@modernloop.io"]
ASSESS = [
    "support@hackerrankforwork.com",
    "no-reply@codility.com",
    "noreply@codesignal.com",
    "noreply@hirevue.com",
    "hello@testgorilla.com",
]
REFS = [
    "noreply@xref.com",
    "notifications@crosschq.com",
    "noreply@hireright.com",
    "no-reply@checkr.com",
]
AGENCIES = [
    "roberthalf.com",
    "hays.de",
    "michaelpage.fr",
    "randstad.nl",
    "adecco.it",
    "talentbridge-partners.com",
    "nextstep-recruiting.co.uk",
    "apex-talent.io",
]
PERSONAL = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "gmx.de", "proton.me"]


def _company(rng: random.Random) -> str:
    tail = rng.choice(COMPANY_TAILS)
    return f"{rng.choice(COMPANY_HEADS)} {tail}".strip()


def _slug(company: str) -> str:
    return re.sub(r"[^a-z0-9]", "", company.lower().split()[0] + company.lower().split()[-1][:3])


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format_map(slots)


def _sender(kind: str, rng: random.Random, slots: dict[str, str]) -> tuple[str, str]:
    person = f"{slots['first']} {slots['last']}"
    personal = f"{slots['firstl']}.{slots['lastl']}@{slots['companyl']}.com"
    r = rng.random()
    if kind in {"applied", "rejected", "request", "update"} or (kind == "interview" and r < 0.35):
        if kind in {"applied", "update"} and r < 0.1:
            return "jobs-noreply@linkedin.com", "LinkedIn"
        if r < 0.75:
            addr, name = rng.choice(ATS)
            return _fill(addr, slots), _fill(name, slots)
        return personal, person
    if kind == "interview":
        if r < 0.55:
            return rng.choice(SCHEDULERS), f"{slots['company']} via Calendly"
        if r < 0.65:
            return f"{slots['firstl']}{slots['lastl']}@{rng.choice(PERSONAL)}", person
        return personal, person
    if kind == "assessment":
        if r < 0.6:
            return rng.choice(ASSESS), slots["company"]
        return _fill(rng.choice(ATS)[0], slots), slots["company"]
    if kind == "reference_check":
        return (rng.choice(REFS), "Reference Check") if r < 0.5 else (personal, person)
    if kind == "offer":
        return ("dse@docusign.net", "DocuSign") if r < 0.15 else (personal, person)
    if kind == "outreach":
        if r < 0.5:
            return f"{slots['firstl']}.{slots['lastl']}@{rng.choice(AGENCIES)}", person
        if r < 0.6:
            return "inmail-hit-reply@linkedin.com", f"{person} via LinkedIn"
        if r < 0.7:
            return f"{slots['firstl']}{slots['lastl']}@{rng.choice(PERSONAL)}", person
        return personal, person
    return personal, person


def _job_mail(
    kind: str, lang: str, rng: random.Random, slots: dict[str, str], idx: int
) -> ParsedMail:
    core, extra, subjects = BANK[kind][lang] if lang in BANK[kind] else BANK[kind]["en"]
    n_core = min(len(core), rng.choice((1, 2, 2, 3)))
    parts = [rng.choice(GREET[lang])]
    chosen = rng.sample(core, n_core)
    extras = rng.sample(extra, min(len(extra), rng.choice((0, 0, 1, 2)))) if extra else []
    if kind == "rejected" and lang == "en" and rng.random() < 0.5:
        chosen.insert(0, rng.choice(BANK["rejected"]["en"][1][:1]))
    body = chosen + extras
    rng.shuffle(body)
    if rng.random() < 0.4:
        body.append(rng.choice(NEUTRAL[lang]))
    parts += [*body, "", rng.choice(CLOSE[lang])]
    signature = rng.choice(TEAM[lang])
    text = "\n".join(p for p in parts if p is not None)
    sig = ""
    if rng.random() < 0.5:
        sig = _fill(signature, slots)
    else:
        text += "\n" + signature
    subject = rng.choice(subjects)
    if kind in {"interview", "update", "request"} and rng.random() < 0.15:
        subject = "Re: " + subject
    addr, name = _sender(kind, rng, slots)
    if addr == "jobs-noreply@linkedin.com" and kind == "applied":
        subject = "Your application was sent to {company}"
    calendar: tuple[CalendarInvite, ...] = ()
    date = datetime(2024, 1, 8, 9) + timedelta(
        days=rng.randrange(0, 500), minutes=rng.randrange(0, 600)
    )
    if kind == "interview" and rng.random() < 0.25:
        start = date + timedelta(days=rng.randrange(1, 10))
        title = rng.choice(
            [
                "Interview: {me} / {company}",
                "Phone screen - {role}",
                "{company} technical interview",
                "Call with {first}",
            ]
        )
        calendar = (
            CalendarInvite("REQUEST", _fill(title, slots), start, start + timedelta(hours=1), addr),
        )
    return ParsedMail(
        ref=MessageRef("synthetic", f"{kind}-{idx}"),
        headers=Headers(
            subject=_fill(subject, slots),
            from_addr=addr.lower(),
            from_name=name,
            date=date,
            list_unsubscribe=rng.random() < 0.25,
        ),
        text=_fill(text, slots),
        signature=sig,
        calendar=calendar,
    )


def _not_job_mail(lang: str, rng: random.Random, slots: dict[str, str], idx: int) -> ParsedMail:
    category = rng.choice(sorted(NOT_JOB))
    name, addr, subjects, sentences = NOT_JOB[category]
    slots = {
        **slots,
        "n": str(rng.randrange(2, 40)),
        "subject": _fill(rng.choice(BANK["applied"]["en"][2]), slots),
    }
    lines = rng.sample(sentences, min(len(sentences), rng.randrange(2, 5)))
    if lang != "en" and rng.random() < 0.6:
        lines = rng.sample(NOT_JOB_INTL[lang], 2) + lines[:1]
    calendar: tuple[CalendarInvite, ...] = ()
    if category == "friend" and rng.random() < 0.2:
        calendar = (
            CalendarInvite("REQUEST", rng.choice(["Dinner", "Birthday party", "Dentist"]), None),
        )
    date = datetime(2024, 1, 8, 9) + timedelta(days=rng.randrange(0, 500))
    return ParsedMail(
        ref=MessageRef("synthetic", f"not_job-{idx}"),
        headers=Headers(
            subject=_fill(rng.choice(subjects), slots),
            from_addr=_fill(addr, slots).lower(),
            from_name=_fill(name, slots),
            date=date,
            list_unsubscribe=category not in {"friend", "work", "ooo"} and rng.random() < 0.8,
        ),
        text=_fill("\n".join(lines), slots),
        calendar=calendar,
    )


def generate(seed: int = 20250301, scale: float = 1.0) -> list[tuple[ParsedMail, str]]:
    """Labelled synthetic messages: (mail, kind). Same seed and scale, same list."""
    rng = random.Random(seed)
    out: list[tuple[ParsedMail, str]] = []
    for kind, count in COUNTS.items():
        for i in range(max(2, int(count * scale))):
            lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
            company = _company(rng)
            first, last = rng.choice(FIRST), rng.choice(LAST)
            slots = {
                "company": company,
                "companyl": _slug(company),
                "slug": _slug(company),
                "role": rng.choice(ROLES[lang]),
                "first": first,
                "last": last,
                "firstl": first.lower(),
                "lastl": last.lower(),
                "me": rng.choice(FIRST),
                "day": rng.choice(
                    [
                        "Tuesday, March 4",
                        "May 12",
                        "12.05.",
                        "3 June",
                        "Friday",
                        "le 4 mars",
                        "el 5 de mayo",
                    ]
                ),
                "time": rng.choice(["2:30 PM", "10am", "14:00", "9:30"]),
                "req": rng.choice(
                    [
                        f"JR-00{rng.randrange(1000, 9999)}",
                        f"R-1{rng.randrange(1000, 9999)}",
                        f"REQ-{rng.randrange(100, 9999)}",
                    ]
                ),
                "weeks": str(rng.randrange(1, 4)),
            }
            if kind == "not_job":
                out.append((_not_job_mail(lang, rng, slots, i), kind))
            else:
                out.append((_job_mail(kind, lang, rng, slots, i), kind))
    return out
