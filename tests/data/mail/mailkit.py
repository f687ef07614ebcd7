"""Building blocks for the recruiting-mail corpus: people, companies, senders, dates and MIME.

Everything here is invented for heardback's tests. ``make_corpus.py`` drives it; the ``corpus_*``
modules hold the hand-written messages. Nothing reads the clock or the environment, and every
random choice comes from a generator seeded with a stable key, so the output is byte-for-byte
reproducible.
"""

from __future__ import annotations

import base64
import hashlib
import io
import quopri
import random
import re
import string
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email import policy as email_policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import formataddr
from typing import Any

KINDS = (
    "applied",
    "rejected",
    "interview",
    "assessment",
    "offer",
    "reference_check",
    "outreach",
    "update",
    "request",
    "not_job",
)

# ---------------------------------------------------------------------------------------------
# Time zones (small hand-written rules so the output does not depend on the system tz database)
# ---------------------------------------------------------------------------------------------

_FIXED = {"UTC": 0, "BRT": -180, "GST": 240, "JST": 540, "IST": 330}
_US = {"PT": -480, "MT": -420, "CT": -360, "ET": -300}
_EU = {"UK": 0, "CET": 60, "EET": 120}
IANA = {
    "PT": "America/Los_Angeles",
    "MT": "America/Denver",
    "CT": "America/Chicago",
    "ET": "America/New_York",
    "UK": "Europe/London",
    "CET": "Europe/Berlin",
    "EET": "Europe/Athens",
    "IL": "Asia/Jerusalem",
    "BRT": "America/Sao_Paulo",
    "GST": "Asia/Dubai",
    "JST": "Asia/Tokyo",
    "UTC": "UTC",
}
WINDOWS_TZ = {
    "PT": "Pacific Standard Time",
    "MT": "Mountain Standard Time",
    "CT": "Central Standard Time",
    "ET": "Eastern Standard Time",
    "UK": "GMT Standard Time",
    "CET": "W. Europe Standard Time",
}


def _sunday(year: int, month: int, nth: int) -> date:
    """The nth Sunday of a month (nth=-1: the last one)."""
    if nth > 0:
        d = date(year, month, 1)
        d += timedelta(days=(6 - d.weekday()) % 7)
        return d + timedelta(weeks=nth - 1)
    d = date(year, month + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def utc_offset(zone: str, local: datetime) -> int:
    """Minutes east of UTC for a wall-clock time in one of the zones above."""
    if zone in _FIXED:
        return _FIXED[zone]
    y = local.year
    if zone in _US:
        start = datetime.combine(_sunday(y, 3, 2), datetime.min.time()).replace(hour=2)
        end = datetime.combine(_sunday(y, 11, 1), datetime.min.time()).replace(hour=2)
        return _US[zone] + (60 if start <= local < end else 0)
    if zone in _EU:
        start = datetime.combine(_sunday(y, 3, -1), datetime.min.time()).replace(hour=1)
        end = datetime.combine(_sunday(y, 10, -1), datetime.min.time()).replace(hour=1)
        return _EU[zone] + (60 if start <= local < end else 0)
    if zone == "IL":
        start = _sunday(y, 3, -1) - timedelta(days=2)
        end = _sunday(y, 10, -1)
        return 120 + (60 if start <= local.date() < end else 0)
    raise KeyError(zone)


def tz_abbrev(zone: str, local: datetime) -> str:
    dst = utc_offset(zone, local) != (_US | _EU).get(zone, utc_offset(zone, local))
    names = {
        "PT": ("PST", "PDT"),
        "MT": ("MST", "MDT"),
        "CT": ("CST", "CDT"),
        "ET": ("EST", "EDT"),
        "UK": ("GMT", "BST"),
        "CET": ("CET", "CEST"),
        "EET": ("EET", "EEST"),
    }
    if zone in names:
        return names[zone][1 if dst else 0]
    return {"IL": "IST", "BRT": "BRT", "GST": "GST", "JST": "JST", "UTC": "UTC"}[zone]


def rfc_date(local: datetime, zone: str, *, comment: bool = False) -> str:
    off = utc_offset(zone, local)
    sign = "+" if off >= 0 else "-"
    hh, mm = divmod(abs(off), 60)
    day = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[local.weekday()]
    mon = MONTHS["en"][local.month - 1][:3]
    s = f"{day}, {local.day} {mon} {local.year} {local:%H:%M:%S} {sign}{hh:02d}{mm:02d}"
    if comment:
        s += f" ({tz_abbrev(zone, local)})"
    return s


def to_utc(local: datetime, zone: str) -> datetime:
    return local - timedelta(minutes=utc_offset(zone, local))


# ---------------------------------------------------------------------------------------------
# Dates written in prose
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "he": "שני שלישי רביעי חמישי שישי שבת ראשון",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "ja": "月 火 水 木 金 土 日",
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}


def long_day(d: date, lang: str) -> str:
    """'Thursday, March 13' in the language's own word order."""
    wd = WEEKDAYS[lang][d.weekday()]
    if lang == "ja":
        return f"{d.month}月{d.day}日（{wd}）"
    mon = MONTHS[lang][d.month - 1]
    return {
        "en": f"{wd}, {mon} {d.day}",
        "de": f"{wd}, {d.day}. {mon}",
        "fr": f"{wd} {d.day} {mon}",
        "es": f"{wd} {d.day} de {mon}",
        "pt": f"{wd}, {d.day} de {mon}",
        "nl": f"{wd} {d.day} {mon}",
        "it": f"{wd} {d.day} {mon}",
        "he": f"יום {wd}, {d.day} ב{mon}",
        "ar": f"{wd} {d.day} {mon}",
    }[lang]


def plain_day(d: date, lang: str) -> str:
    """'December 4' / '4. Dezember' / '4 décembre' ... (no weekday)."""
    if lang == "ja":
        return f"{d.month}月{d.day}日"
    mon = MONTHS[lang][d.month - 1]
    return {
        "en": f"{mon} {d.day}",
        "de": f"{d.day}. {mon}",
        "es": f"{d.day} de {mon}",
        "pt": f"{d.day} de {mon}",
        "he": f"{d.day} ב{mon}",
    }.get(lang, f"{d.day} {mon}")


def clock(t: datetime, lang: str) -> str:
    if lang == "en":
        h = t.hour % 12 or 12
        return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    if lang == "fr":
        return f"{t.hour}h{t.minute:02d}"
    if lang == "pt":
        return f"{t.hour}h{t.minute:02d}" if t.minute else f"{t.hour}h"
    return f"{t.hour}:{t.minute:02d}"


def add_workdays(d: date, n: int) -> date:
    step = 1 if n >= 0 else -1
    while n:
        d += timedelta(days=step)
        if d.weekday() < 5:
            n -= step
    return d


# ---------------------------------------------------------------------------------------------
# People and companies (all invented)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    email: str
    full: str = ""

    @property
    def name(self) -> str:
        return self.full or f"{self.first} {self.last}"


CANDIDATES = {
    "en": Person("Maya", "Okafor", "maya.okafor@gmail.com"),
    "en2": Person("Sam", "Whitfield", "sam.whitfield@fastmail.com"),
    "de": Person("Jonas", "Becker", "jonas.becker@posteo.de"),
    "fr": Person("Camille", "Roussel", "camille.roussel@laposte.net"),
    "es": Person("Lucía", "Navarro", "lucia.navarro.m@gmail.com"),
    "pt": Person("Rafael", "Siqueira", "rafael.siqueira@hotmail.com"),
    "nl": Person("Sanne", "Visser", "sanne.visser@ziggo.nl"),
    "it": Person("Giulia", "Marchetti", "giulia.marchetti@libero.it"),
    "he": Person("נועה", "לוי", "noa.levi@gmail.com"),
    "ar": Person("عمر", "حداد", "omar.haddad@outlook.com"),
    "ja": Person("葵", "佐藤", "aoi.sato@yahoo.co.jp", full="佐藤 葵"),
}


@dataclass(frozen=True)
class Co:
    key: str
    name: str  # the label: the employer as a person would name it
    ats: str
    domain: str
    tz: str
    lang: str = "en"
    written: str = ""  # how the company writes its own name ("Nordlicht Software GmbH")
    display: str = ""  # display name on ATS mail, when it differs from the default
    tenant: str = ""
    rec: tuple[str, str] = ("", "")  # recruiter name, title
    roles: tuple[tuple[str, str], ...] = ()  # (title, requisition id)

    @property
    def w(self) -> str:
        return self.written or self.name


def _co(key: str, name: str, ats: str, domain: str, tz: str, **kw: object) -> Co:
    return Co(key, name, ats, domain, tz, **kw)  # type: ignore[arg-type]


COMPANIES = {
    c.key: c
    for c in [
        # --- English-language employers --------------------------------------------------
        _co(
            "northwind",
            "Northwind Robotics",
            "greenhouse",
            "northwindrobotics.com",
            "PT",
            rec=("Jenna Alvarez", "Technical Recruiter"),
            roles=(("Senior Backend Engineer", ""), ("Staff Backend Engineer", "")),
        ),
        _co(
            "kestrel",
            "Kestrel Payments",
            "greenhouse_plain",
            "kestrelpay.com",
            "ET",
            written="Kestrel Payments, Inc.",
            rec=("Priya Nair", "Senior Talent Partner"),
            roles=(("Data Engineer II", ""), ("Senior Data Engineer", "")),
        ),
        _co(
            "glasswing",
            "Glasswing Bio",
            "greenhouse_eu",
            "glasswing.bio",
            "UK",
            rec=("Oliver Pryce", "Talent Acquisition Lead"),
            roles=(("Computational Biologist", ""),),
        ),
        _co(
            "quillon",
            "Quillon Analytics",
            "lever",
            "quillon.io",
            "CT",
            rec=("Marcus Bell", "Recruiting Lead"),
            roles=(("Analytics Engineer", ""),),
        ),
        _co(
            "umbra",
            "Umbra Security",
            "lever",
            "umbrasecurity.com",
            "MT",
            rec=("Hana Kim", "Recruiter"),
            roles=(("Detection Engineer", ""),),
        ),
        _co(
            "larkspur",
            "Larkspur Health",
            "workday",
            "larkspurhealth.org",
            "CT",
            tenant="larkspurhealth",
            rec=("Denise Carter", "Talent Acquisition Partner"),
            roles=(
                ("Clinical Data Analyst", "JR-0090067"),
                ("Senior Clinical Data Analyst", "JR-0091342"),
            ),
        ),
        _co(
            "vantor",
            "Vantor Aerospace",
            "workday",
            "vantoraero.com",
            "MT",
            tenant="vantor",
            display="Workday @ Vantor Aerospace notification",
            rec=("Gregory Osei", "Recruiter, Engineering"),
            roles=(("Systems Engineer II", "24WD78435"), ("Flight Software Engineer", "25WD81120")),
        ),
        _co(
            "hollis",
            "Hollis & Grange",
            "workday_own",
            "hollisandgrange.co.uk",
            "UK",
            tenant="hollisandgrange",
            display="Hollis & Grange HR",
            rec=("Fiona Marsh", "Resourcing Partner"),
            roles=(("Merchandise Planner", "R-0041187"),),
        ),
        _co(
            "brightwater",
            "Brightwater Logistics",
            "icims",
            "brightwaterlogistics.com",
            "ET",
            tenant="brightwater",
            rec=("Tasha Greene", "Talent Acquisition Specialist"),
            roles=(("Operations Analyst", "2025-14231"),),
        ),
        _co(
            "copperleaf",
            "Copperleaf Insurance",
            "icims",
            "copperleafins.com",
            "CT",
            tenant="copperleafins",
            rec=("Ron Delgado", "Recruiter"),
            roles=(("Actuarial Analyst", "2025-3318"),),
        ),
        _co(
            "saltmarsh",
            "Saltmarsh Games",
            "ashby",
            "saltmarshgames.com",
            "PT",
            display="SMG Hiring Team",
            rec=("Ivy Chen", "Talent Partner"),
            roles=(("Gameplay Engineer", ""),),
        ),
        _co(
            "tessera",
            "Tessera Cloud",
            "ashby",
            "tesseracloud.dev",
            "ET",
            rec=("Amir Haddad", "Head of Talent"),
            roles=(("Platform Engineer", ""),),
        ),
        _co(
            "orbital",
            "Orbital Kinetics",
            "ashby",
            "orbitalkinetics.space",
            "PT",
            written="Orbital Kinetics Corporation",
            display="OKC Hiring Team",
            rec=("Rosa Lindqvist", "Technical Recruiter"),
            roles=(("Guidance, Navigation & Control Engineer", ""),),
        ),
        _co(
            "pinegrove",
            "Pinegrove Foods",
            "smartrecruiters",
            "pinegrovefoods.com",
            "CT",
            rec=("Keisha Moore", "Recruiter"),
            roles=(("Supply Chain Planner", "REF4417T"),),
        ),
        _co(
            "halcyon",
            "Halcyon Media",
            "jobvite",
            "halcyonmedia.com",
            "ET",
            rec=("Jordan Blake", "Recruiting Manager"),
            roles=(("Product Designer", ""),),
        ),
        _co(
            "marlowe",
            "Marlowe & Finch",
            "bamboohr",
            "marlowefinch.com",
            "ET",
            written="Marlowe & Finch LLP",
            rec=("Claire Donovan", "HR Manager"),
            roles=(("Legal Operations Specialist", ""),),
        ),
        _co(
            "cobalt",
            "Cobalt Harbor",
            "workable",
            "cobaltharbor.io",
            "ET",
            rec=("Nick Faraday", "CTO"),
            roles=(("Full-Stack Developer", ""),),
        ),
        _co(
            "ridgeline",
            "Ridgeline Energy",
            "successfactors",
            "ridgeline-energy.com",
            "CT",
            rec=("Paula Whitman", "Talent Acquisition"),
            roles=(("Grid Analytics Engineer", "48213"),),
        ),
        _co(
            "fernhill",
            "Fernhill Capital",
            "taleo",
            "fernhillcapital.com",
            "ET",
            rec=("Howard Lin", "Campus & Experienced Hire Recruiting"),
            roles=(("Risk Analyst", "2500019K"),),
        ),
        _co(
            "meridian",
            "Meridian Freight",
            "oracle",
            "meridianfreight.com",
            "CT",
            tenant="ekzt",
            rec=("Lorna Hayes", "Talent Acquisition"),
            roles=(("Transportation Planner", "25000412"),),
        ),
        _co(
            "tidewell",
            "Tidewell Clinics",
            "ukg",
            "tidewellclinics.org",
            "ET",
            rec=("Bernadette Okoye", "HR Generalist"),
            roles=(("Patient Access Coordinator", "PAC-1187"),),
        ),
        _co(
            "bluefin",
            "Bluefin Data",
            "rippling",
            "bluefindata.ai",
            "PT",
            rec=("Elena Ruiz", "Recruiting"),
            roles=(("Machine Learning Engineer", ""),),
        ),
        _co(
            "dovecote",
            "Dovecote Systems",
            "brassring",
            "dovecotesystems.com",
            "ET",
            tenant="dovecote",
            rec=("Mark Jensen", "Staffing Consultant"),
            roles=(("Network Engineer", "25-0712"),),
        ),
        _co(
            "larchmont",
            "Larchmont Retail",
            "avature",
            "larchmontretail.com",
            "ET",
            tenant="larchmont",
            rec=("Denise Park", "Recruiter"),
            roles=(("Store Operations Analyst", "LR-22871"),),
        ),
        _co(
            "stanmoor",
            "Stanmoor Engineering",
            "oleeo",
            "stanmoor.co.uk",
            "UK",
            tenant="stanmoor",
            rec=("Graduate Recruitment Team", ""),
            roles=(("Graduate Civil Engineer", "GCE-2025-07"),),
        ),
        _co(
            "juniper",
            "Juniper Loop",
            "teamtailor",
            "juniperloop.se",
            "CET",
            tenant="juniperloop",
            rec=("Elsa Nyberg", "Talent Lead"),
            roles=(("Frontend Engineer", ""),),
        ),
        _co(
            "velora",
            "Velora Mobility",
            "recruitee",
            "veloramobility.eu",
            "CET",
            rec=("Pieter Smit", "Recruiter"),
            roles=(("Product Manager, Fleet", ""),),
        ),
        _co(
            "greenhouse",
            "Greenhouse",
            "greenhouse_self",
            "greenhouse.io",
            "ET",
            written="Greenhouse",
            display="Greenhouse Talent Team",
            rec=("Rachel Summers", "Senior Technical Recruiter"),
            roles=(("Senior Software Engineer, Candidate Experience", ""),),
        ),
        _co(
            "alder",
            "Alder & Rowe",
            "own",
            "alderrowe.com",
            "ET",
            written="Alder & Rowe Consulting",
            rec=("Meghan Ford", "Campus Recruiting"),
            roles=(("Associate Consultant", "AC-2025-NY"),),
        ),
        _co(
            "westbrook",
            "Westbrook Bakery",
            "own",
            "westbrookbakery.com",
            "CT",
            written="Westbrook Bakery Co.",
            rec=("Linda Westbrook", "Owner"),
            roles=(("Operations Manager", ""),),
        ),
        _co(
            "crescent",
            "Crescent Dental Group",
            "jazzhr",
            "crescentdental.com",
            "MT",
            tenant="crescentdentalgroup",
            rec=("Tammy Rhodes", "Practice Manager"),
            roles=(("Office Manager", ""),),
        ),
        _co(
            "summit",
            "Summit Ridge Credit Union",
            "paylocity",
            "summitridgecu.org",
            "MT",
            rec=("Gail Benson", "HR Business Partner"),
            roles=(("Member Services Representative", "MSR-0425"),),
        ),
        _co(
            "evergreen",
            "Evergreen County Schools",
            "cornerstone",
            "evergreen.k12.wa.us",
            "PT",
            rec=("Human Resources", ""),
            roles=(("IT Support Specialist", "REQ 3317"),),
        ),
        _co(
            "plover",
            "Plover Health",
            "own",
            "ploverhealth.com",
            "ET",
            rec=("Lena Park", "Lead Technical Recruiter"),
            roles=(("Staff Data Scientist", ""),),
        ),
        _co(
            "lumen",
            "Lumenfield",
            "greenhouse",
            "lumenfield.com",
            "PT",
            rec=("Carlos Mendes", "Recruiting Coordinator"),
            roles=(("Site Reliability Engineer", ""),),
        ),
        _co(
            "harbor",
            "Harborview Analytics",
            "lever",
            "harborview.ai",
            "ET",
            rec=("Tyler Brooks", "Talent Partner"),
            roles=(("Data Scientist", ""),),
        ),
        _co(
            "cinder",
            "Cinder & Sage",
            "ashby",
            "cinderandsage.com",
            "PT",
            rec=("Mia Torres", "Recruiter"),
            roles=(("Backend Engineer, Payments", ""),),
        ),
        _co(
            "atlasmed",
            "Atlas Medical Devices",
            "workday",
            "atlasmeddevices.com",
            "CT",
            tenant="atlasmed",
            rec=("Sharon Pike", "Talent Acquisition Partner"),
            roles=(("Quality Engineer II", "R-2025-11873"),),
        ),
        _co(
            "wren",
            "Wren Legal",
            "own",
            "wrenlegal.com",
            "ET",
            rec=("Avery Stone", "Talent Manager"),
            roles=(("Product Manager", ""),),
        ),
        _co(
            "fathom",
            "Fathom Labs",
            "greenhouse",
            "fathomlabs.io",
            "ET",
            rec=("Nadia Petrov", "Recruiter"),
            roles=(("Developer Advocate", ""),),
        ),
        _co(
            "sable",
            "Sable Robotics",
            "lever",
            "sablerobotics.com",
            "PT",
            rec=("Jin Park", "Recruiter"),
            roles=(("Embedded Software Engineer", ""),),
        ),
        _co(
            "ironbark",
            "Ironbark Software",
            "own",
            "ironbark.dev",
            "UK",
            rec=("Callum Reid", "Engineering Manager"),
            roles=(("Senior Python Developer", ""),),
        ),
        # employers met only through job boards, scheduling tools or outreach
        _co(
            "driftwood",
            "Driftwood Analytics",
            "own",
            "driftwoodanalytics.com",
            "ET",
            rec=("Kara Jennings", "Senior Technical Recruiter"),
            roles=(("Senior Analytics Engineer", ""),),
        ),
        _co(
            "marigold",
            "Marigold Learning",
            "own",
            "marigoldlearning.com",
            "CT",
            rec=("Owen Tate", "Talent Acquisition"),
            roles=(("Data Analyst", ""),),
        ),
        _co(
            "foxglove",
            "Foxglove Security",
            "own",
            "foxglovesec.com",
            "PT",
            rec=("Priyanka Rao", "Recruiter"),
            roles=(("Security Engineer", ""),),
        ),
        _co(
            "quarry",
            "Quarry Street Media",
            "own",
            "quarrystreet.media",
            "ET",
            rec=("Dana Whitley", "Hiring Manager"),
            roles=(("Content Operations Lead", ""),),
        ),
        _co(
            "tidepool",
            "Tidepool Labs",
            "own",
            "tidepoollabs.com",
            "PT",
            rec=("Ben Auerbach", "Co-founder"),
            roles=(("Founding Engineer", ""),),
        ),
        _co(
            "keystone",
            "Keystone Freightworks",
            "own",
            "keystonefreight.com",
            "CT",
            rec=("Mike Dunbar", "Recruiting Manager"),
            roles=(("Logistics Data Analyst", ""),),
        ),
        # --- German ------------------------------------------------------------------------
        _co(
            "nordlicht",
            "Nordlicht Software",
            "personio",
            "nordlicht-software.de",
            "CET",
            lang="de",
            written="Nordlicht Software GmbH",
            rec=("Katrin Wolff", "People & Culture"),
            roles=(("Backend-Entwickler (m/w/d) Python", ""),),
        ),
        _co(
            "feldmann",
            "Feldmann Logistik",
            "successfactors_eu",
            "feldmann-logistik.de",
            "CET",
            lang="de",
            written="Feldmann Logistik SE",
            rec=("Stefan Brandt", "Recruiting"),
            roles=(("Data Analyst Supply Chain (w/m/d)", "21874"),),
        ),
        _co(
            "auenfeld",
            "Auenfeld Medizintechnik",
            "workday",
            "auenfeld-medtech.de",
            "CET",
            lang="de",
            written="Auenfeld Medizintechnik AG",
            tenant="auenfeld",
            rec=("Miriam Koch", "Talent Acquisition"),
            roles=(("Softwareentwickler Embedded (m/w/d)", "JR-104233"),),
        ),
        _co(
            "hafenblick",
            "Hafenblick Digital",
            "join",
            "hafenblick.digital",
            "CET",
            lang="de",
            written="Hafenblick Digital GmbH",
            rec=("Lena Hoffmann", "Geschäftsführerin"),
            roles=(("Frontend-Entwickler:in React", ""),),
        ),
        _co(
            "kranich",
            "Kranichstein Versicherungen",
            "own",
            "kranichstein.de",
            "CET",
            lang="de",
            written="Kranichstein Versicherungen AG",
            rec=("Thomas Reuter", "Personalabteilung"),
            roles=(("IT-Projektmanager (m/w/d)", "2025-0388"),),
        ),
        # --- French ------------------------------------------------------------------------
        _co(
            "ardoise",
            "Ardoise Conseil",
            "teamtailor",
            "ardoise-conseil.fr",
            "CET",
            lang="fr",
            tenant="ardoise",
            rec=("Élodie Garnier", "Chargée de recrutement"),
            roles=(("Consultant(e) Data H/F", ""),),
        ),
        _co(
            "vallauris",
            "Vallauris Énergie",
            "successfactors_eu",
            "vallauris-energie.fr",
            "CET",
            lang="fr",
            rec=("Julien Marchand", "Talent Acquisition"),
            roles=(("Ingénieur(e) Réseaux Électriques", "45120"),),
        ),
        _co(
            "petrel",
            "Pétrel Mobilité",
            "lever",
            "petrel-mobilite.fr",
            "CET",
            lang="fr",
            rec=("Inès Benali", "Talent Partner"),
            roles=(("Développeur Backend Go", ""),),
        ),
        _co(
            "corbeau",
            "Maison Corbeau",
            "smartrecruiters",
            "maisoncorbeau.com",
            "CET",
            lang="fr",
            rec=("Agathe Morel", "Responsable recrutement"),
            roles=(("Chef de projet digital H/F", "MC-2025-114"),),
        ),
        # --- Spanish -----------------------------------------------------------------------
        _co(
            "alcazar",
            "Alcázar Datos",
            "greenhouse_eu",
            "alcazardatos.es",
            "CET",
            lang="es",
            rec=("Marta Ibáñez", "Talent Acquisition"),
            roles=(("Ingeniero/a de Datos", ""),),
        ),
        _co(
            "levante",
            "Marítima Levante",
            "successfactors_eu",
            "maritimalevante.com",
            "CET",
            lang="es",
            written="Grupo Marítima Levante",
            rec=("Sergio Campos", "Selección"),
            roles=(("Analista de Operaciones Portuarias", "52831"),),
        ),
        _co(
            "verdemar",
            "Verdemar Seguros",
            "own",
            "verdemarseguros.es",
            "CET",
            lang="es",
            rec=("Nuria Vidal", "Recursos Humanos"),
            roles=(("Desarrollador/a Java", ""),),
        ),
        _co(
            "almendro",
            "Almendro Tecnologías",
            "workable",
            "almendrotec.com",
            "CET",
            lang="es",
            rec=("Diego Fuentes", "Head of People"),
            roles=(("Product Designer", ""),),
        ),
        # --- Portuguese (Brazil) -----------------------------------------------------------
        _co(
            "ipe",
            "Ipê Pagamentos",
            "gupy",
            "ipepagamentos.com.br",
            "BRT",
            lang="pt",
            rec=("Juliana Castro", "Tech Recruiter"),
            roles=(("Pessoa Desenvolvedora Back-end", ""),),
        ),
        _co(
            "jabuticaba",
            "Jabuticaba Tech",
            "greenhouse",
            "jabuticaba.tech",
            "BRT",
            lang="pt",
            rec=("Bruno Almeida", "Talent Acquisition"),
            roles=(("Engenheiro(a) de Dados Sênior", ""),),
        ),
        _co(
            "serraazul",
            "Serra Azul",
            "workday",
            "serraazul.com.br",
            "BRT",
            lang="pt",
            written="Grupo Serra Azul",
            tenant="serraazul",
            rec=("Patrícia Moura", "Recrutamento"),
            roles=(("Analista de Planejamento Financeiro", "JR-0077120"),),
        ),
        _co(
            "mare",
            "Maré Logística",
            "own",
            "marelogistica.com.br",
            "BRT",
            lang="pt",
            rec=("Fernanda Lopes", "RH"),
            roles=(("Analista de BI", ""),),
        ),
        # --- Dutch -------------------------------------------------------------------------
        _co(
            "duinvogel",
            "Duinvogel Software",
            "recruitee",
            "duinvogel.nl",
            "CET",
            lang="nl",
            written="Duinvogel Software B.V.",
            rec=("Femke de Boer", "Recruiter"),
            roles=(("Medior Python Developer", ""),),
        ),
        _co(
            "polderlicht",
            "Polderlicht Energie",
            "workday",
            "polderlicht.nl",
            "CET",
            lang="nl",
            tenant="polderlicht",
            rec=("Joost Bakker", "Talent Acquisition"),
            roles=(("Data Engineer Netbeheer", "R0012458"),),
        ),
        _co(
            "gracht",
            "Gracht & Co",
            "own",
            "grachtenco.nl",
            "CET",
            lang="nl",
            rec=("Marloes Jansen", "HR-adviseur"),
            roles=(("Financieel Controller", ""),),
        ),
        _co(
            "brume",
            "Brume Analytics",
            "teamtailor",
            "brume-analytics.fr",
            "CET",
            lang="fr",
            tenant="brume",
            rec=("Claire Fontaine", "Responsable Talent Acquisition"),
            roles=(("Data Analyst H/F", ""),),
        ),
        _co(
            "cajuina",
            "Cajuína Saúde",
            "own",
            "cajuinasaude.com.br",
            "BRT",
            lang="pt",
            rec=("Renata Farias", "Talent Acquisition"),
            roles=(("Cientista de Dados", ""),),
        ),
        _co(
            "zeeweg",
            "Zeeweg Logistiek",
            "recruitee",
            "zeeweglogistiek.nl",
            "CET",
            lang="nl",
            rec=("Lotte Mulder", "Recruiter"),
            roles=(("Python Developer", ""),),
        ),
        _co(
            "havenzicht",
            "Havenzicht Accountants",
            "own",
            "havenzicht.nl",
            "CET",
            lang="nl",
            rec=("Ingrid de Wit", "HR-adviseur"),
            roles=(("Financieel Controller", ""),),
        ),
        # --- Italian -----------------------------------------------------------------------
        _co(
            "cipresso",
            "Cipresso Digitale",
            "teamtailor",
            "cipressodigitale.it",
            "CET",
            lang="it",
            tenant="cipresso",
            rec=("Chiara Rinaldi", "HR Specialist"),
            roles=(("Sviluppatore Full Stack", ""),),
        ),
        _co(
            "brenta",
            "Officine Brenta",
            "successfactors_eu",
            "officinebrenta.it",
            "CET",
            lang="it",
            written="Officine Brenta S.p.A.",
            rec=("Marco Zanetti", "Selezione"),
            roles=(("Ingegnere di Processo", "31077"),),
        ),
        _co(
            "lagunare",
            "Lagunare Assicurazioni",
            "own",
            "lagunare.it",
            "CET",
            lang="it",
            rec=("Francesca Bellini", "Risorse Umane"),
            roles=(("Data Scientist", ""),),
        ),
        _co(
            "dolomia",
            "Dolomia Tech",
            "greenhouse_eu",
            "dolomia.tech",
            "CET",
            lang="it",
            rec=("Luca Pedrotti", "Talent Acquisition"),
            roles=(("DevOps Engineer", ""),),
        ),
        # --- Hebrew, Arabic, Japanese ------------------------------------------------------
        _co(
            "ofek",
            "אופק סייבר",
            "comeet",
            "ofekcyber.co.il",
            "IL",
            lang="he",
            written="אופק סייבר",
            rec=("מיכל ברק", "מגייסת"),
            roles=(("מפתח/ת Backend", ""),),
        ),
        _co(
            "wahat",
            "واحة تك",
            "own",
            "wahat.tech",
            "GST",
            lang="ar",
            written="واحة تك",
            rec=("ليلى منصور", "أخصائية توظيف"),
            roles=(("مهندس برمجيات", ""),),
        ),
        _co(
            "sakura",
            "星空システムズ",
            "own",
            "hoshizora-sys.co.jp",
            "JST",
            lang="ja",
            written="星空システムズ株式会社",
            rec=("山田 健", "人事部 採用担当"),
            roles=(("バックエンドエンジニア", ""),),
        ),
    ]
}

# Default sender per applicant tracking system: (display name, address); {w} = company as written.
ATS_FROM = {
    "greenhouse": ("{w} Hiring Team", "no-reply@us.greenhouse-mail.io"),
    "greenhouse_plain": ("{w}", "no-reply@greenhouse.io"),
    "greenhouse_eu": ("{w} Recruiting", "no-reply@eu.greenhouse.io"),
    "greenhouse_self": ("{w}", "no-reply@greenhouse.io"),
    "lever": ("{w}", "no-reply@hire.lever.co"),
    "workday": ("{w}", "{tenant}@myworkday.com"),
    "workday_own": ("{w}", "{tenant}@workday.{domain}"),
    "icims": ("{w} @ icims", "{tenant}+autoreply@talent.icims.com"),
    "ashby": ("{w} Hiring Team", "no-reply@ashbyhq.com"),
    "smartrecruiters": ("{w}", "notification@smartrecruiters.com"),
    "oracle": ("Careers", "{tenant}.fa.sender@workflow.mail.us6.oraclecloud.com"),
    "taleo": ("Talent Acquisition", "noreply@taleo.net"),
    "jobvite": ("{w} Recruiting Team", "notification@jobvite.com"),
    "bamboohr": ("{w}", "notifications@app.bamboohr.com"),
    "workable": ("Workable", "noreply@candidates.workablemail.com"),
    "teamtailor": ("{w}", "no-reply@{tenant}.teamtailor-mail.com"),
    "personio": ("{w}", "no-reply@personio.de"),
    "recruitee": ("{w}", "no-reply@recruitee.com"),
    "successfactors": ("{w} Careers", "noreply@successfactors.com"),
    "successfactors_eu": ("{w}", "noreply@successfactors.eu"),
    "rippling": ("{w}", "no-reply@ats.rippling.com"),
    "ukg": ("{w}", "noreply@ultipro.com"),
    "brassring": ("{w}", "{tenant}@trm.brassring.com"),
    "avature": ("{w} Careers", "no-reply@{tenant}.avature.net"),
    "oleeo": ("{w} Graduate Recruitment", "noreply@{tenant}.tal.net"),
    "join": ("{w} via JOIN", "no-reply@join.com"),
    "gupy": ("{w}", "no-reply@gupy.com.br"),
    "comeet": ("{w}", "no-reply@comeet.co"),
    "jazzhr": ("{w}", "{tenant}@applytojob.com"),
    "paylocity": ("{w}", "noreply@paylocity.com"),
    "cornerstone": ("{w}", "system@csodmail.com"),
    "own": ("{w} Careers", "careers@{domain}"),
}

ATS_TAG = {
    "greenhouse_plain": "greenhouse",
    "greenhouse_eu": "greenhouse",
    "greenhouse_self": "greenhouse",
    "workday_own": "workday",
    "successfactors_eu": "successfactors",
}

ATS_PORTAL = {
    "greenhouse": "https://job-boards.greenhouse.io/{slug}/jobs/{jobid}",
    "greenhouse_plain": "https://job-boards.greenhouse.io/{slug}/jobs/{jobid}",
    "greenhouse_eu": "https://job-boards.eu.greenhouse.io/{slug}/jobs/{jobid}",
    "greenhouse_self": "https://www.greenhouse.com/careers/opportunities/{jobid}",
    "lever": "https://jobs.lever.co/{slug}/{uuid}",
    "workday": "https://{tenant}.wd5.myworkdayjobs.com/en-US/Careers/userHome",
    "workday_own": "https://{tenant}.wd3.myworkdayjobs.com/en-GB/External/userHome",
    "icims": "https://careers-{tenant}.icims.com/jobs/candidate/dashboard",
    "ashby": "https://jobs.ashbyhq.com/{slug}/{uuid}",
    "smartrecruiters": "https://jobs.smartrecruiters.com/{slugc}/{jobid}",
    "oracle": "https://{tenant}.fa.us6.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile",
    "taleo": "https://{slug}.taleo.net/careersection/2/mysubmissions.ftl",
    "jobvite": "https://jobs.jobvite.com/{slug}/job/{jobidc}",
    "bamboohr": "https://{slug}.bamboohr.com/careers/{jobid3}",
    "workable": "https://apply.workable.com/{slug}/j/{jobidc}/",
    "teamtailor": "https://{tenant}.teamtailor.com/jobs/{jobid3}",
    "personio": "https://{slug}.jobs.personio.de/job/{jobid}",
    "recruitee": "https://{slug}.recruitee.com/o/{slug}-role",
    "successfactors": "https://career4.successfactors.com/career?company={slugc}&career_job_req_id={req}",
    "successfactors_eu": "https://career5.successfactors.eu/career?company={slugc}&career_job_req_id={req}",
    "rippling": "https://ats.rippling.com/{slug}/jobs/{uuid}",
    "ukg": "https://recruiting.ultipro.com/{slugc}/JobBoard/{uuid}",
    "brassring": "https://sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=25678&siteid=5417",
    "avature": "https://{tenant}.avature.net/careers/ApplicationMethods?jobId={jobid3}",
    "oleeo": "https://{tenant}.tal.net/vx/candidate/cand_portal/",
    "join": "https://join.com/companies/{slug}",
    "gupy": "https://{slug}.gupy.io/candidates/applications",
    "comeet": "https://www.comeet.com/jobs/{slug}/{jobidc}",
    "jazzhr": "https://{tenant}.applytojob.com/apply/{jobidc}",
    "paylocity": "https://recruiting.paylocity.com/Recruiting/Jobs/Details/{jobid3}",
    "cornerstone": "https://{slug}.csod.com/ux/ats/careersite/1/home",
    "own": "https://careers.{domain}/applications",
}


def slug(text: str) -> str:
    text = text.lower().replace("&", "and")
    text = re.sub(r"[éèê]", "e", text)
    text = re.sub(r"[áàâã]", "a", text)
    text = re.sub(r"[íì]", "i", text)
    text = re.sub(r"[óòôõ]", "o", text)
    return re.sub(r"[^a-z0-9]+", "", text)


# ---------------------------------------------------------------------------------------------
# Text to HTML
# ---------------------------------------------------------------------------------------------

_URL = re.compile(r"(https?://[^\s<>\"')]+)")


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _inline(s: str) -> str:
    s = esc(s)
    return _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', s)


def paras_html(text: str, p: str = "<p>", br: str = "<br>") -> str:
    """Paragraphs, bullet lists and links from plain text."""
    out = []
    close = "</" + p[1:].split(" ")[0].rstrip(">") + ">"
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(ln.lstrip().startswith(("- ", "• ", "* ")) for ln in lines):
            items = "".join(f"<li>{_inline(ln.lstrip()[2:])}</li>" for ln in lines)
            out.append(f"<ul>{items}</ul>")
        elif block.startswith("> "):
            inner = "\n".join(ln[2:] if ln.startswith("> ") else ln.lstrip(">") for ln in lines)
            out.append(f"<blockquote>{paras_html(inner, p, br)}</blockquote>")
        else:
            out.append(p + br.join(_inline(ln) for ln in lines) + close)
    return "\n".join(out)


def html_doc(
    body: str, *, title: str = "", head: str = "", body_attrs: str = "", charset: str = "utf-8"
) -> str:
    t = f"<title>{esc(title)}</title>" if title else ""
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; '
        f'charset={charset}">{t}{head}</head>\n<body{body_attrs}>\n{body}\n</body></html>\n'
    )


ZW_PAD = "\u200c\u00a0" * 30 + "\u200b" * 10


def html_style(
    style: str,
    text: str,
    *,
    co: Co | None,
    title: str,
    lang: str,
    pre: str = "",
    footer: str = "",
    zw: bool = False,
    charset: str = "utf-8",
) -> str:
    """Wrap prose in the HTML a given kind of sender produces."""
    name = esc(co.w) if co else ""
    pad = (
        f'<div style="display:none;max-height:0;overflow:hidden">{esc(pre)}{ZW_PAD}</div>'
        if (pre or zw)
        else ""
    )
    foot = paras_html(footer, '<p style="font-size:11px;color:#8a8a8a">') if footer else ""
    if style == "gmail":
        inner = paras_html(text, "<div>", "<br>").replace(
            "</div>\n<div>", "</div><div><br></div><div>"
        )
        return f'<div dir="{"rtl" if lang in ("he", "ar") else "ltr"}">{inner}</div>\n'
    if style == "outlook":
        inner = paras_html(text, '<p class="MsoNormal">', "<br>")
        return html_doc(
            f'<div class="WordSection1">\n{inner}\n</div>',
            head='<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",'
            "sans-serif;} --></style>",
            body_attrs=' lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"',
            charset=charset,
        )
    if style == "apple":
        inner = paras_html(text, "<div>", "<br>")
        return html_doc(inner, body_attrs=' style="overflow-wrap: break-word;"', charset=charset)
    if style == "card":
        logo = (
            (
                f'<img src="https://assets.{slug(co.name) if co else "mail"}.example/logo.png" '
                f'alt="{name}" width="140">'
            )
            if co
            else ""
        )
        inner = paras_html(text, '<p style="margin:0 0 16px 0;line-height:1.5">')
        return html_doc(
            f'{pad}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="background:#f4f5f7"><tr><td align="center">\n<table role="presentation" '
            'width="600" style="background:#ffffff;padding:32px;font-family:Helvetica,Arial,'
            f'sans-serif;font-size:15px;color:#222"><tr><td>{logo}</td></tr><tr><td>\n{inner}\n'
            f"</td></tr><tr><td>{foot}</td></tr></table>\n</td></tr></table>",
            title=title,
            charset=charset,
        )
    if style == "heavy":
        inner = paras_html(
            text, '<p style="margin:0;padding:0 0 14px 0;font:14px/21px Arial,sans-serif">'
        )
        rows = "".join(
            f'<tr><td class="row-{i}" style="padding:0 24px">{chunk}</td></tr>'
            for i, chunk in enumerate(inner.split("\n"))
        )
        return html_doc(
            f'{pad}<center><table border="0" cellpadding="0" cellspacing="0" width="640" '
            f'bgcolor="#ffffff"><tr><td height="24"></td></tr>{rows}<tr><td style="padding:0 24px">'
            f"{foot}</td></tr>"
            '<tr><td><img src="https://t.mail.example/o/pixel.gif" width="1" height="1" alt="">'
            "</td></tr></table></center>",
            head='<meta name="viewport" content="width=device-width"><style>@media only screen '
            'and (max-width:640px){table[width="640"]{width:100%!important}}</style>',
            title=title,
            charset=charset,
        )
    # "simple"
    inner = paras_html(text)
    return html_doc(f"{pad}{inner}\n{foot}", title=title, charset=charset)


# ---------------------------------------------------------------------------------------------
# Attachments
# ---------------------------------------------------------------------------------------------


def fake_pdf(title: str, lines: list[str], *, pad_kb: int = 0, seed: str = "") -> bytes:
    """A small, structurally plausible PDF whose text is visible to a text extractor."""
    text = "\n".join(f"({ln.replace('(', '[').replace(')', ']')}) Tj T*" for ln in [title, *lines])
    stream = f"BT /F1 11 Tf 14 TL 72 720 Td\n{text}\nET".encode("latin-1", "replace")
    rnd = random.Random(seed or title)
    junk = bytes(rnd.getrandbits(8) for _ in range(pad_kb * 1024))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if junk:
        objs.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(junk) + junk + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def fake_blob(kind: str, seed: str, size: int) -> bytes:
    rnd = random.Random(seed)
    head = {
        "docx": b"PK\x03\x04\x14\x00\x06\x00",
        "png": b"\x89PNG\r\n\x1a\n",
        "zip": b"PK\x03\x04",
    }
    return head.get(kind, b"") + bytes(rnd.getrandbits(8) for _ in range(size))


# ---------------------------------------------------------------------------------------------
# Calendar
# ---------------------------------------------------------------------------------------------


def _vtimezone(zone: str) -> list[str]:
    if zone in _US:
        std = _US[zone]
        rule_std, rule_dst = "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
        names = {"PT": "P", "MT": "M", "CT": "C", "ET": "E"}[zone]
        sn, dn = f"{names}ST", f"{names}DT"
        start = "19700101T020000"
    elif zone in _EU:
        std = _EU[zone]
        rule_std, rule_dst = "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
        sn, dn = {"UK": ("GMT", "BST"), "CET": ("CET", "CEST"), "EET": ("EET", "EEST")}[zone]
        start = "19700101T030000"
    else:
        return []

    def off(m: int) -> str:
        return f"{'+' if m >= 0 else '-'}{abs(m) // 60:02d}{abs(m) % 60:02d}"

    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{IANA[zone]}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{off(std)}",
        f"TZOFFSETTO:{off(std + 60)}",
        f"TZNAME:{dn}",
        f"DTSTART:{start}",
        f"RRULE:{rule_dst}",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{off(std + 60)}",
        f"TZOFFSETTO:{off(std)}",
        f"TZNAME:{sn}",
        f"DTSTART:{start}",
        f"RRULE:{rule_std}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    parts, cur = [], ""
    for ch in line:
        limit = 75 if not parts else 74
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return [parts[0]] + [" " + p for p in parts[1:]]


@dataclass
class Event:
    summary: str
    start: datetime  # wall clock in `zone`
    minutes: int
    zone: str
    organizer: tuple[str, str]
    attendees: list[tuple[str, str]]
    uid: str
    stamp: datetime  # UTC
    description: str = ""
    location: str = ""
    method: str = "REQUEST"
    tzstyle: str = "iana"  # iana (with VTIMEZONE), windows, utc
    sequence: int = 0
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN"
    status: str = "CONFIRMED"

    def ics(self) -> str:
        end = self.start + timedelta(minutes=self.minutes)
        lines = [
            "BEGIN:VCALENDAR",
            f"PRODID:{self.prodid}",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            f"METHOD:{self.method}",
        ]
        if self.tzstyle == "iana":
            lines += _vtimezone(self.zone)
            tzid = IANA[self.zone]
            dt = [
                f"DTSTART;TZID={tzid}:{self.start:%Y%m%dT%H%M%S}",
                f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
            ]
        elif self.tzstyle == "windows":
            tzid = WINDOWS_TZ[self.zone]
            lines += [
                ln.replace(f"TZID:{IANA[self.zone]}", f"TZID:{tzid}")
                for ln in _vtimezone(self.zone)
            ]
            dt = [
                f'DTSTART;TZID="{tzid}":{self.start:%Y%m%dT%H%M%S}',
                f'DTEND;TZID="{tzid}":{end:%Y%m%dT%H%M%S}',
            ]
        else:
            s, e = to_utc(self.start, self.zone), to_utc(end, self.zone)
            dt = [f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}"]
        lines += [
            "BEGIN:VEVENT",
            *dt,
            f"DTSTAMP:{self.stamp:%Y%m%dT%H%M%SZ}",
            f"ORGANIZER;CN={self.organizer[0]}:mailto:{self.organizer[1]}",
            f"UID:{self.uid}",
        ]
        for name, addr in self.attendees:
            lines.append(
                f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                f"RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{addr}"
            )
        lines += [
            f"CREATED:{self.stamp:%Y%m%dT%H%M%SZ}",
            f"DESCRIPTION:{_ics_escape(self.description)}",
            f"LAST-MODIFIED:{self.stamp:%Y%m%dT%H%M%SZ}",
            f"LOCATION:{_ics_escape(self.location)}",
            f"SEQUENCE:{self.sequence}",
            f"STATUS:{self.status}",
            f"SUMMARY:{_ics_escape(self.summary)}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return "\r\n".join(f for ln in lines for f in _fold(ln)) + "\r\n"


# ---------------------------------------------------------------------------------------------
# MIME assembly
# ---------------------------------------------------------------------------------------------


@dataclass
class Part:
    ctype: str  # text/plain, text/html, text/calendar, application/pdf ...
    data: str | bytes
    charset: str | None = "utf-8"
    cte: str = "auto"  # auto, 7bit, 8bit, quoted-printable, base64
    filename: str = ""
    params: tuple[tuple[str, str], ...] = ()
    inline: bool = False
    content_id: str = ""


@dataclass
class Mail:
    """Everything needed to write one message and its label."""

    kind: str
    company: str
    role: str
    requisition: str
    language: str
    tags: list[str]
    headers: list[tuple[str, object]]  # in order; values are str or email.header.Header
    body: list[Part]  # alternatives (text, html, calendar)
    attachments: list[Part] = field(default_factory=list)
    related: list[Part] = field(default_factory=list)
    linesep: str = "\n"
    html_only_single: bool = False  # a lone text/html body instead of multipart/alternative
    preamble: str | None = None
    sort_key: datetime = datetime(2025, 1, 1)
    key: str = ""
    bstyle: str = "generic"


def _encode_leaf(p: Part, boundary_rng: random.Random) -> Message:
    m = Message()
    try:
        errors = "xmlcharrefreplace" if p.ctype == "text/html" else "strict"
        raw = p.data.encode(p.charset or "ascii", errors) if isinstance(p.data, str) else p.data
    except UnicodeEncodeError as e:
        raise ValueError(f"{p.ctype} not encodable in {p.charset}: {p.data[:300]!r}") from e
    cte = p.cte
    if cte == "auto":
        if isinstance(p.data, bytes):
            cte = "base64"
        elif max((len(x) for x in raw.split(b"\n")), default=0) > 900 or raw.isascii() is False:
            cte = "quoted-printable"
        else:
            cte = "7bit"
    ct = p.ctype
    if p.charset and p.ctype.startswith("text/"):
        ct += f'; charset="{p.charset}"'
    for k, v in p.params:
        ct += f"; {k}={v}"
    if p.filename:
        ct += f'; name="{p.filename}"'
    m["Content-Type"] = ct
    if p.filename:
        disp = "inline" if p.inline else "attachment"
        m["Content-Disposition"] = f'{disp}; filename="{p.filename}"'
    if p.content_id:
        m["Content-ID"] = f"<{p.content_id}>"
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    else:
        body = raw.decode("ascii", "surrogateescape")
    m.set_payload(body)
    return m


def _boundary(rng: random.Random, style: str) -> str:
    alnum = string.ascii_letters + string.digits
    if style == "gmail":
        return "000000000000" + "".join(rng.choice("0123456789abcdef") for _ in range(16))
    if style == "outlook":
        return (
            "_000_"
            + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(36))
            + "namp_"
        )
    if style == "apple":
        return "Apple-Mail=_" + "-".join(
            "".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12)
        )
    return "----=_Part_" + "".join(rng.choice(alnum) for _ in range(24))


def render(mail: Mail, bstyle: str = "generic") -> bytes:
    rng = random.Random("boundary:" + mail.key)
    leaves = [_encode_leaf(p, rng) for p in mail.body]
    if len(leaves) == 1 and (mail.html_only_single or mail.body[0].ctype != "text/html"):
        core = leaves[0]
    else:
        core = Message()
        core["Content-Type"] = f'multipart/alternative; boundary="{_boundary(rng, bstyle)}"'
        for leaf in leaves:
            core.attach(leaf)
    if mail.related:
        rel = Message()
        rel["Content-Type"] = f'multipart/related; boundary="{_boundary(rng, bstyle)}"'
        rel.attach(core)
        for p in mail.related:
            rel.attach(_encode_leaf(p, rng))
        core = rel
    if mail.attachments:
        mixed = Message()
        mixed["Content-Type"] = f'multipart/mixed; boundary="{_boundary(rng, bstyle)}"'
        mixed.attach(core)
        for p in mail.attachments:
            mixed.attach(_encode_leaf(p, rng))
        core = mixed
    if mail.preamble is not None and core.is_multipart():
        core.preamble = mail.preamble
    top = core
    content = top._headers
    top._headers = [*mail.headers, ("MIME-Version", "1.0"), *content]
    buf = io.BytesIO()
    pol = email_policy.compat32.clone(linesep=mail.linesep)
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=pol).flatten(top)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------------------------


def hdr(text: str, charset: str = "utf-8", enc: str = "q") -> Header | str:
    """An RFC 2047 encoded header when the text is not ASCII; plain text otherwise."""
    if text.isascii():
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs)


def addr(name: str, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    cs = Charset(charset)
    cs.header_encoding = BASE64 if charset.lower() in ("utf-8", "iso-2022-jp") else QP
    return formataddr((name, address), charset=cs)


def digest(*parts: str, n: int = 32, alphabet: str = "0123456789abcdef") -> str:
    h = hashlib.sha256("\x1f".join(parts).encode()).digest()
    out, x = [], int.from_bytes(h, "big")
    while len(out) < n:
        if x == 0:
            h = hashlib.sha256(h).digest()
            x = int.from_bytes(h, "big")
        x, r = divmod(x, len(alphabet))
        out.append(alphabet[r])
    return "".join(out)


B62 = string.digits + string.ascii_letters


def message_id(style: str, key: str, domain: str) -> str:
    if style == "gmail":
        return f"<CA{digest(key, 'g', n=44, alphabet=B62 + '_-')}@mail.gmail.com>"
    if style == "outlook":
        srv = digest(key, "srv", n=4, alphabet=string.digits)
        return (
            f"<{digest(key, 'o', n=40, alphabet=string.ascii_uppercase + string.digits)}@"
            f"PH0PR{srv[:2]}MB{srv}.namprd{srv[2:]}.prod.outlook.com>"
        )
    if style == "apple":
        return (
            f"<{digest(key, 'a', n=8, alphabet='0123456789ABCDEF')}-"
            f"{digest(key, 'b', n=4, alphabet='0123456789ABCDEF')}-"
            f"{digest(key, 'c', n=12, alphabet='0123456789ABCDEF')}@{domain}>"
        )
    if style == "java":
        return (
            f"<{digest(key, 'j', n=9, alphabet=string.digits)}."
            f"{digest(key, 'k', n=7, alphabet=string.digits)}.JavaMail.{domain.split('.')[0]}"
            f"@{domain}>"
        )
    if style == "gcal":
        uid = "-".join(digest(key, "cal", str(i), n=k) for i, k in enumerate((8, 4, 4, 4, 12)))
        return f"<calendar-{uid}@google.com>"
    if style == "sg":
        pod = digest(key, "p", n=2, alphabet=string.digits)
        return f"<{digest(key, 's', n=22, alphabet=B62)}@geopod-ismtpd-{pod}>"
    return f"<{digest(key, 'u', n=32)}@{domain}>"


def trace_headers(key: str, sender_domain: str, rcpt: str, date_hdr: str) -> list[tuple[str, str]]:
    """Return-Path, Received and authentication headers as a receiving server adds them."""
    ip = ".".join(
        str(int(digest(key, "ip", str(i), n=2, alphabet=string.digits)) + 30) for i in range(4)
    )
    host = f"mail-{digest(key, 'h', n=6, alphabet=string.ascii_lowercase)}.{sender_domain}"
    mx = "mx.google.com" if rcpt.endswith("gmail.com") else "mx1." + rcpt.split("@")[1]
    sig = digest(key, "dkim", n=172, alphabet=B62 + "+/")
    return [
        ("Return-Path", f"<bounces+{digest(key, 'rp', n=10)}@{sender_domain}>"),
        (
            "Received",
            f"from {host} ({host} [{ip}]) by {mx} with ESMTPS id "
            f"{digest(key, 'id', n=12, alphabet=B62)} for <{rcpt}>; {date_hdr}",
        ),
        (
            "Authentication-Results",
            f"{mx}; dkim=pass header.i=@{sender_domain}; spf=pass "
            f"smtp.mailfrom={sender_domain}; dmarc=pass",
        ),
        (
            "DKIM-Signature",
            f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={sender_domain}; s=s1; "
            f"h=from:to:subject:date:message-id; bh={sig[:44]}=; b={sig[44:]}",
        ),
    ]


def placeholders(s: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(s) if f}


# ---------------------------------------------------------------------------------------------
# The corpus builder used by the corpus_* modules
# ---------------------------------------------------------------------------------------------

FOOTERS = {
    "workday": "This email was sent from an unmonitored mailbox. To see the status of your "
    "application, sign in to your candidate home: {link}",
    "icims": "Please do not reply to this automated message.\nPowered by iCIMS | {link}",
    "smartrecruiters": "Powered by SmartRecruiters · Privacy Policy · Unsubscribe from talent "
    "updates",
    "ashby": "Powered by Ashby",
    "jobvite": "This message was sent by Jobvite on behalf of {w}. Please do not reply.",
    "bamboohr": "Powered by BambooHR",
    "workable": "Sent with Workable on behalf of {w}. You received this email because you applied "
    "for a job at {w}.",
    "teamtailor": "Du får detta mejl eftersom du har ansökt hos {w}. / You receive this email "
    "because you applied at {w}. Manage your data: {link}",
    "recruitee": "Sent via Recruitee · Manage your candidate data",
    "personio": "Diese E-Mail wurde über Personio versendet.",
    "successfactors": "This is a system-generated message. Please do not reply.",
    "successfactors_eu": "",
    "oracle": "",
    "rippling": "Sent via Rippling Recruiting",
    "ukg": "This message was generated by UKG Pro Recruiting. Replies to this address are not "
    "monitored.",
    "brassring": "Please do not reply to this e-mail. This mailbox is not monitored.",
    "avature": "",
    "oleeo": "Please do not reply to this email; this inbox is not monitored. Log in to your "
    "candidate account: {link}",
    "join": "Diese Nachricht wurde über JOIN versendet. JOIN Solutions AG, Zürich.",
    "gupy": "Esta é uma mensagem automática enviada pela Gupy em nome de {w}.",
    "comeet": "Sent via Comeet",
    "jazzhr": "Powered by JazzHR",
    "paylocity": "This message was sent from Paylocity Recruiting on behalf of {w}.",
    "cornerstone": "This is an automated message from Cornerstone. Do not reply.",
    "greenhouse_self": "",
}

HTML_STYLE = {
    "smartrecruiters": "heavy",
    "workday": "simple",
    "workday_own": "simple",
    "lever": "simple",
    "oracle": "simple",
    "taleo": "simple",
    "teamtailor": "card",
    "linkedin": "heavy",
}
HTML_MODE = {"smartrecruiters": "only", "oracle": "only", "taleo": "none", "own": "both"}

WINDOW = (datetime(2025, 1, 6), datetime(2026, 6, 26))


def ascii_name(name: str) -> str:
    table = str.maketrans("áàâãäéèêëíìîïóòôõöúùûüçñÁÉÍÓÚÇÑ", "aaaaaeeeeiiiiooooouuuucnAEIOUCN")
    return re.sub(r"[^a-z.]", "", name.lower().translate(table).replace(" ", "."))


ATTRIB = {
    "en": "On {d}, {n} <{a}> wrote:",
    "de": "Am {d} schrieb {n} <{a}>:",
    "fr": "Le {d}, {n} <{a}> a écrit :",
    "es": "El {d}, {n} (<{a}>) escribió:",
    "pt": "Em {d}, {n} <{a}> escreveu:",
    "nl": "Op {d} schreef {n} <{a}>:",
    "it": "Il giorno {d} {n} <{a}> ha scritto:",
    "he": "בתאריך {d}, מאת {n} <{a}>:",
    "ar": "في {d}، كتب {n} <{a}>:",
}
FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
    "pt": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
    "nl": ("---------- Doorgestuurd bericht ---------", "Van", "Date", "Subject", "To"),
    "it": ("---------- Forwarded message ---------", "Da", "Date", "Subject", "To"),
}


@dataclass
class Quote:
    """Earlier history carried in a reply or forward (label by the new text, never by this)."""

    name: str
    address: str
    days_before: int
    text: str
    style: str = "reply"  # reply, outlook, forward
    subject: str = ""


# Where a stage usually falls, in days after the application (for messages without a date).
STAGE_DAYS = {
    "outreach": -6,
    "applied": 0,
    "request": 8,
    "assessment": 9,
    "update": 12,
    "interview": 16,
    "reference_check": 30,
    "offer": 36,
}


class Corpus:
    """Collects message specifications, then builds them (``finish``) in the order added.

    Messages about one company and one mailbox owner form a story: the owner is the one
    named explicitly for that company (or a seeded choice), and messages without a date are
    placed after the explicitly dated ones in the usual order of a hiring process.
    """

    def __init__(self) -> None:
        self.mails: list[Mail] = []
        self._keys: set[str] = set()
        self._mids: dict[str, str] = {}
        self._specs: list[tuple[str, str | None, dict[str, Any]]] = []

    # -- helpers for content modules -------------------------------------------------------
    def co(self, key: str) -> Co:
        return COMPANIES[key]

    def add(self, kind: str, co: str | None = None, **kw: Any) -> None:
        """Record one message (see ``_build`` for the arguments)."""
        if kind not in KINDS:
            raise ValueError(kind)
        self._specs.append((kind, co, kw))

    def finish(self) -> list[Mail]:
        specs = [(k, co, dict(kw)) for k, co, kw in self._specs]
        named: dict[str, Counter[str]] = defaultdict(Counter)
        for _, co, kw in specs:
            if co and kw.get("persona"):
                named[co][kw["persona"]] += 1
        for _, co, kw in specs:
            lang = kw.get("lang") or (COMPANIES[co].lang if co else "en")
            if co and lang != "en" and not kw.get("persona"):
                kw["persona"] = lang
            if co and lang == "en" and not kw.get("persona"):
                if named[co]:
                    kw["persona"] = named[co].most_common(1)[0][0]
                else:
                    pick = random.Random("persona:" + co).random()
                    kw["persona"] = "en" if pick < 0.7 else "en2"
        stories: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, (kind, co, kw) in enumerate(specs):
            if co and kind != "not_job":
                stories[co, kw.get("persona") or kw.get("lang") or ""].append(i)
        for story, members in stories.items():
            self._date_story(story, [specs[i] for i in members])
        for kind, co, kw in specs:
            self._build(kind, co, **kw)
        return self.mails

    @staticmethod
    def _date_story(story: tuple[str, str], members: list[tuple[str, str | None, dict]]) -> None:
        live = any(
            k in ("interview", "assessment", "reference_check", "offer") for k, _, _ in members
        )

        def offset(kind: str) -> int:
            if kind == "rejected":
                return 42 if live else 21
            return STAGE_DAYS[kind]

        bases = [
            datetime.strptime(kw["at"], "%Y-%m-%d %H:%M") - timedelta(days=offset(k))
            for k, _, kw in members
            if kw.get("at")
        ]
        if bases:
            base = min(bases)
        else:
            rng = random.Random("story:" + "|".join(story))
            base = WINDOW[0] + timedelta(days=6 + rng.randrange((WINDOW[1] - WINDOW[0]).days - 60))
        for kind, _, kw in members:
            if kw.get("at"):
                continue
            rng = random.Random(f"at:{kind}|{kw['subject']}|{kw['body'][:60]}")
            day = base + timedelta(days=offset(kind) + rng.randrange(4))
            if day.weekday() >= 5 and (kw.get("via", "ats") != "ats" or rng.random() < 0.7):
                day += timedelta(days=7 - day.weekday())
            hour = rng.randrange(0, 24) if kw.get("via", "ats") == "ats" else rng.randrange(8, 19)
            kw["at"] = day.replace(hour=hour, minute=rng.randrange(60)).strftime("%Y-%m-%d %H:%M")

    def _build(
        self,
        kind: str,
        co: str | None = None,
        *,
        subject: str,
        body: str,
        via: str = "ats",
        lang: str | None = None,
        role: int | str = 0,
        req: str | None = None,
        company: str | None = None,
        tags: tuple[str, ...] | list[str] = (),
        html: str = "auto",
        hstyle: str | None = None,
        html_body: str | None = None,
        html_raw: str | None = None,
        text_body: str | None = None,
        at: str | None = None,
        iv: tuple[int, int, int] = (4, 14, 0),
        dl: int = 5,
        by: int = 8,
        frm: tuple[str, str] | None = None,
        sender: str | None = None,
        to: str | None = None,
        cc: tuple[str, ...] = (),
        reply_to: str | None = None,
        extra: tuple[tuple[str, str], ...] | list[tuple[str, str]] = (),
        quote: Quote | None = None,
        attach: tuple[Part, ...] | list[Part] = (),
        calendar: Event | None = None,
        charset: str = "utf-8",
        cte: str | None = None,
        hdr_enc: str = "q",
        footer: str | None = None,
        pre: str = "",
        zw: bool = False,
        linesep: str | None = None,
        date_raw: str | None = None,
        bulk: bool = False,
        persona: str | None = None,
        name: str | None = None,
        reply_of: str | None = None,
        mid_style: str | None = None,
        trace: bool | None = None,
        fmt: dict[str, str] | None = None,
        label_role: str | None = None,
        label_req: str | None = None,
        single_html: bool | None = None,
        related: tuple[Part, ...] = (),
        preamble: str | None = None,
    ) -> Mail:
        c = COMPANIES[co] if co else None
        lang = lang or (c.lang if c else "en")
        key = f"{kind}|{co}|{subject}|{body[:80]}|{at}|{name}"
        n = 1
        while key in self._keys:
            n += 1
            key = f"{kind}|{co}|{subject}|{body[:80]}|{at}|{name}|{n}"
        self._keys.add(key)
        rng = random.Random(hashlib.sha256(key.encode()).hexdigest())
        who = CANDIDATES[
            persona or (lang if lang != "en" else ("en" if rng.random() < 0.8 else "en2"))
        ]

        # -- role and requisition ------------------------------------------------------------
        if isinstance(role, str):
            role_t, req_t = role, req or ""
        elif c and c.roles:
            role_t, req_t = c.roles[role]
            if req is not None:
                req_t = req
        else:
            role_t, req_t = "", req or ""

        # -- when ----------------------------------------------------------------------------
        zone = (
            c.tz
            if c
            else {"en": "ET", "he": "IL", "ar": "GST", "ja": "JST", "pt": "BRT"}.get(lang, "CET")
        )
        if at:
            local = datetime.strptime(at, "%Y-%m-%d %H:%M")
            local = local.replace(second=rng.randrange(60))
        else:
            span = (WINDOW[1] - WINDOW[0]).days
            d = WINDOW[0] + timedelta(days=rng.randrange(span))
            if rng.random() < 0.9:
                while d.weekday() >= 5:
                    d += timedelta(days=1)
            hour = rng.randrange(7, 19) if via != "ats" else rng.randrange(0, 24)
            local = d.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
        iv_day = add_workdays(local.date(), iv[0])
        iv_dt = datetime.combine(iv_day, datetime.min.time()).replace(hour=iv[1], minute=iv[2])
        dl_day = add_workdays(local.date(), dl)
        by_day = add_workdays(local.date(), by)

        # -- people --------------------------------------------------------------------------
        rec_name, rec_title = c.rec if c else ("", "")
        rec_email = f"{ascii_name(rec_name)}@{c.domain}" if c and rec_name else ""
        jobid = str(4000000000 + int(digest(key, "job", n=9, alphabet=string.digits)))
        uuid = "-".join(digest(key, "uuid", str(i), n=k) for i, k in enumerate((8, 4, 4, 4, 12)))
        ctx = {
            "first": who.first,
            "last": who.last,
            "full": who.name,
            "email": who.email,
            "co": c.w if c else "",
            "coname": c.name if c else "",
            "role": role_t,
            "req": req_t,
            "rec": rec_name,
            "rec_first": rec_name.split(" ")[0],
            "rec_title": rec_title,
            "rec_email": rec_email,
            "dom": c.domain if c else "",
            "ivday": long_day(iv_day, lang),
            "ivdate": plain_day(iv_day, lang),
            "ivtime": clock(iv_dt, lang),
            "ivtz": tz_abbrev(zone, iv_dt),
            "ivend": clock(iv_dt + timedelta(minutes=45), lang),
            "dl": plain_day(dl_day, lang),
            "dlday": long_day(dl_day, lang),
            "by": plain_day(by_day, lang),
            "byday": long_day(by_day, lang),
            "day0": long_day(local.date(), lang),
            "year": str(local.year),
            "jobid": jobid,
            "uuid": uuid,
            "token": digest(key, "tok", n=24, alphabet=B62),
        }
        if c:
            port = ATS_PORTAL.get(c.ats, ATS_PORTAL["own"])
            ctx["link"] = port.format(
                slug=slug(c.name),
                slugc=slug(c.name).title().replace(" ", ""),
                tenant=c.tenant or slug(c.name),
                jobid=jobid,
                jobid3=jobid[-3:],
                jobidc=digest(key, "jc", n=9, alphabet=B62),
                uuid=uuid,
                domain=c.domain,
                req=req_t,
            )
        else:
            ctx["link"] = ""
        ctx.update(fmt or {})
        fields = placeholders(subject) | placeholders(body)
        for extra_text in (html_body, text_body, html_raw):
            if extra_text:
                fields |= placeholders(extra_text)
        subject_f = subject.format(**ctx)
        body_f = body.format(**ctx)

        # -- sender --------------------------------------------------------------------------
        ats_tag = ""
        if frm:
            from_name, from_addr = frm[0].format(**ctx), frm[1].format(**ctx)
        elif via == "ats" and c:
            dn, ad = ATS_FROM[c.ats]
            from_name = (c.display or dn).format(w=c.w)
            from_addr = ad.format(tenant=c.tenant or slug(c.name), domain=c.domain)
        elif via == "rec" and c:
            from_name, from_addr = rec_name, rec_email
        elif via == "self":
            from_name, from_addr = who.name, who.email
        else:
            raise ValueError(f"no sender for {key}")
        if via == "ats" and c:
            ats_tag = "employer_domain" if c.ats == "own" else "ats:" + ATS_TAG.get(c.ats, c.ats)
        sender_domain = from_addr.split("@")[1]

        # -- body parts ----------------------------------------------------------------------
        style = hstyle
        if style is None:
            if via == "ats" and c:
                style = HTML_STYLE.get(c.ats, "card")
            elif via in ("rec",):
                style = "outlook" if rng.random() < 0.5 else "gmail"
            elif via == "platform":
                style = "card"
            else:
                style = "gmail"
        if linesep is None:
            linesep = "\r\n" if style == "outlook" else "\n"
        mode = html
        if mode == "auto":
            if via == "ats" and c:
                mode = HTML_MODE.get(c.ats, "both")
                if c.ats.startswith("workday") and rng.random() < 0.5:
                    mode = "only"
            elif style == "apple":
                mode = "none"
            else:
                mode = "both"
        foot = footer
        if foot is None:
            foot = FOOTERS.get(c.ats, "") if (via == "ats" and c) else ""
        foot = foot.format(link=ctx["link"], w=c.w if c else "")

        text = body_f
        if quote:
            text = text.rstrip("\n") + "\n\n" + self._quote_text(quote, local, lang, who)
        if foot and via == "ats":
            text_full = text.rstrip("\n") + "\n\n--\n" + foot + "\n"
        else:
            text_full = text.rstrip("\n") + "\n"
        if text_body is not None:
            text_full = text_body.format(**ctx)
        parts: list[Part] = []
        if zw:
            text_full = text_full.replace("\n\n", "\n\u200b\n", 1)
        text_cte = cte or ("quoted-printable" if style in ("gmail", "outlook") else "auto")
        if mode in ("both", "none"):
            parts.append(Part("text/plain", text_full, charset=charset, cte=text_cte))
        if mode in ("both", "only"):
            if html_raw is not None:
                h = html_raw.format(**ctx)
            else:
                src = html_body.format(**ctx) if html_body is not None else text
                h = html_style(
                    style,
                    src,
                    co=c,
                    title=subject_f,
                    lang=lang,
                    pre=pre,
                    footer=foot if via == "ats" else "",
                    zw=zw,
                    charset=charset,
                )
            hcte = cte or ("quoted-printable" if rng.random() < 0.6 else "base64")
            parts.append(Part("text/html", h, charset=charset, cte=hcte))
        if calendar:
            parts.append(
                Part(
                    "text/calendar",
                    calendar.ics(),
                    charset="UTF-8",
                    cte="7bit" if calendar.ics().isascii() else "base64",
                    params=(("method", calendar.method),),
                )
            )

        if single_html is None:
            single_html = (
                mode == "only"
                and not calendar
                and (
                    (c is not None and via == "ats" and c.ats in ("oracle", "workday"))
                    and rng.random() < 0.6
                )
            )

        # -- headers -------------------------------------------------------------------------
        date_hdr = date_raw or rfc_date(
            local,
            zone if via != "ats" else ("UTC" if rng.random() < 0.6 else zone),
            comment=rng.random() < 0.15,
        )
        ms = mid_style or {"gmail": "gmail", "outlook": "outlook", "apple": "apple"}.get(
            style, "java" if (c and c.ats.startswith(("workday", "oracle"))) else "uuid"
        )
        if via == "ats" and c and c.ats.startswith("greenhouse") and rng.random() < 0.5:
            ms = "sg"
        mid = message_id(ms, key, sender_domain)
        if name:
            self._mids[name] = mid
        headers: list[tuple[str, object]] = []
        if trace if trace is not None else rng.random() < 0.45:
            relay = sender.split("@")[1].rstrip(">") if sender else sender_domain
            headers += trace_headers(key, relay, who.email, date_hdr)
        to_hdr = to or (addr(who.name, who.email) if rng.random() < 0.6 else who.email)
        if via == "self":
            to_hdr = to or ""
        headers += [("Date", date_hdr), ("From", addr(from_name, from_addr))]
        if sender:
            headers.append(("Sender", sender))
        if reply_to:
            headers.append(("Reply-To", reply_to.format(**ctx)))
        if to_hdr:
            headers.append(("To", to_hdr))
        if cc:
            headers.append(("Cc", ", ".join(cc)))
        headers.append(
            ("Subject", hdr(subject_f, charset if charset != "us-ascii" else "utf-8", hdr_enc))
        )
        headers.append(("Message-ID", mid))
        if reply_of:
            parent = self._mids[reply_of]
            headers += [("In-Reply-To", parent), ("References", parent)]
        if bulk:
            headers += [
                (
                    "List-Unsubscribe",
                    f"<https://{sender_domain}/unsubscribe/{ctx['token']}>, "
                    f"<mailto:unsubscribe@{sender_domain}>",
                ),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk"),
            ]
        headers += [(k, v.format(**ctx)) for k, v in extra]

        # -- label ---------------------------------------------------------------------------
        default_co = "" if kind == "not_job" or not c else c.name
        label_co = company if company is not None else default_co
        lrole = label_role if label_role is not None else (role_t if "role" in fields else "")
        lreq = label_req if label_req is not None else (req_t if "req" in fields else "")
        if kind == "not_job":
            lrole, lreq = "", ""
        all_tags = list(tags)
        if ats_tag and ats_tag not in all_tags:
            all_tags.insert(0, ats_tag)
        if quote:
            all_tags.append("forward" if quote.style == "forward" else "reply")
        if via == "self" and "own_sent" not in all_tags:
            all_tags.append("own_sent")
        mail = Mail(
            kind=kind,
            company=label_co,
            role=lrole,
            requisition=lreq,
            language=lang,
            tags=all_tags,
            headers=headers,
            body=parts,
            attachments=list(attach),
            related=list(related),
            linesep=linesep,
            html_only_single=single_html,
            preamble=preamble,
            sort_key=to_utc(local, zone),
            key=key,
            bstyle=style,
        )
        self.mails.append(mail)
        return mail

    def _quote_text(self, q: Quote, now: datetime, lang: str, who: Person) -> str:
        then = now - timedelta(days=q.days_before, hours=3, minutes=17)
        if q.style == "forward":
            head = FWD.get(lang, FWD["en"])
            d = rfc_date(then, "UTC")[:-6]
            return (
                f"{head[0]}\n{head[1]}: {q.name} <{q.address}>\n{head[2]}: {d}\n"
                f"{head[3]}: {q.subject}\n{head[4]}: {who.name} <{who.email}>\n\n{q.text}"
            )
        if q.style == "outlook":
            return (
                "________________________________\n"
                f"From: {q.name} <{q.address}>\nSent: {long_day(then.date(), 'en')}, "
                f"{then.year} {clock(then, 'en')}\nTo: {who.name} <{who.email}>\n"
                f"Subject: {q.subject}\n\n{q.text}"
            )
        d = (
            f"{long_day(then.date(), lang if lang in ATTRIB else 'en')} {then.year}, "
            f"{clock(then, lang if lang in ATTRIB else 'en')}"
        )
        quoted = "\n".join(("> " + ln) if ln else ">" for ln in q.text.rstrip("\n").split("\n"))
        return ATTRIB.get(lang, ATTRIB["en"]).format(d=d, n=q.name, a=q.address) + "\n" + quoted
