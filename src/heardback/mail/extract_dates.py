"""Dates and times written in mail, in seven languages, resolved against the message date.

"Tuesday, March 3 at 2:30 PM EST", "3. März um 14:30 Uhr", "le 3 mars à 14h30", "el 3 de marzo a
las 14:30", "3 de março às 14h30", "3 maart om 14:30", "3 marzo alle 14:30", "2025-03-03 14:30",
"03.03.2025", "tomorrow at 10am", "next Tuesday", "by the end of next week", "within two weeks".
Times are kept as written (local wall-clock, like every heardback datetime).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from heardback.mail.rules import normalize

_MONTHS = {
    1: "january jan januar janner janvier janv enero ene janeiro januari gennaio genn",
    2: "february feb februar fevrier fevr febrero fevereiro fev februari febbraio febb",
    3: "march mar marz mrz mars marzo marco maart mrt",
    4: "april apr avril avr abril aprile",
    5: "may mai mayo maio mei maggio magg",
    6: "june jun juni juin junio junho giugno",
    7: "july jul juli juillet juil julio julho luglio",
    8: "august aug aout agosto augustus",
    9: "september sep sept septembre septiembre setiembre setembro settembre",
    10: "october oct oktober octobre octubre outubro ottobre ott okt",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember decembre diciembre dic dezembro dez dicembre",
}
MONTH = {name: num for num, names in _MONTHS.items() for name in names.split()}
_WEEKDAYS = {
    0: "monday mon montag mo lundi lunes segunda segunda-feira maandag lunedi",
    1: "tuesday tue tues dienstag di mardi martes terca terca-feira dinsdag martedi",
    2: "wednesday wed mittwoch mi mercredi miercoles quarta quarta-feira woensdag mercoledi",
    3: "thursday thu thur thurs donnerstag do jeudi jueves quinta quinta-feira donderdag giovedi",
    4: "friday fri freitag fr vendredi viernes sexta sexta-feira vrijdag venerdi",
    5: "saturday sat samstag sonnabend sa samedi sabado zaterdag",
    6: "sunday sun sonntag so dimanche domingo zondag domenica",
}
WEEKDAY = {name: num for num, names in _WEEKDAYS.items() for name in names.split()}
_NUMBERS = {
    1: "one a an ein eine einer einen un une uno una um uma een",
    2: "two couple zwei deux dos dois duas twee due",
    3: "three few drei trois tres tre drie",
    4: "four vier quatre cuatro quatro quattro",
    5: "five funf cinq cinco vijf cinque",
    6: "six sechs seis zes sei",
    7: "seven sieben sept siete sete zeven sette",
    8: "eight acht huit ocho oito otto",
    9: "nine neun neuf nueve nove negen",
    10: "ten zehn dix diez dez tien dieci",
}
NUMBER = {w: n for n, words in _NUMBERS.items() for w in words.split()}

_MONTH_RX = "|".join(sorted(MONTH, key=len, reverse=True))
_WD_RX = "|".join(sorted((w for w in WEEKDAY if len(w) >= 5), key=len, reverse=True))
_TIME = r"(?P<h>[012]?\d)(?:(?:[:.h])(?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)?(?:\s*uhr|h\b)?"
_TIME_RX = re.compile(
    r"(?:\b(?:at|um|a|a las|a la|as|om|alle|ore|vers|from|van|de|dalle|von|ab)\s+)?"
    r"(?<![\d/.])" + _TIME + r"(?![\d/])"
)
_DATES = [
    # 2025-03-03
    re.compile(r"\b(?P<y>20\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"),
    # March 3rd, 2025 / Mar 3
    re.compile(
        rf"\b(?P<mon>{_MONTH_RX})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>20\d\d))?"
    ),
    # 3 March 2025 / 3. März / 3 de marzo de 2025 / 3er mars
    re.compile(
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|e|o|º|\.)?\s*(?:de\s+|of\s+)?(?P<mon>{_MONTH_RX})"
        rf"\b\.?(?:,?\s+(?:de\s+)?(?P<y>20\d\d))?"
    ),
    # 03.03.2025 / 3/3/2025 / 03.03.
    re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)(?:(?P=sep)(?P<y>(?:20)?\d\d))?\b"),
]
_RELWEEKDAY = re.compile(
    rf"\b(?P<next>next|this|coming|nachsten|kommenden|diesen|prochain|este|proximo|proxima|"
    rf"volgende|deze|prossimo)?\s*(?P<wd>{_WD_RX})\b(?:\s+(?P<next2>prochain|que vem|prossimo))?"
)
_TOMORROW = re.compile(r"\b(tomorrow|morgen|demain|manana|amanha|domani)\b")


@dataclass(frozen=True, slots=True)
class Found:
    day: date
    at: time | None
    start: int
    end: int


def _year_for(month: int, day: int, ref: date) -> date | None:
    for year in (ref.year, ref.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if d >= ref - timedelta(days=7):
            return d
    return None


def _mk(y: str | None, m: int, d: int, ref: date) -> date | None:
    if y:
        year = int(y)
        year = year + 2000 if year < 100 else year
        try:
            return date(year, m, d)
        except ValueError:
            return None
    return _year_for(m, d, ref)


def _time_after(norm: str, pos: int, limit: int = 40) -> tuple[time | None, int]:
    window = norm[pos : pos + limit]
    for m in _TIME_RX.finditer(window):
        h = int(m.group("h"))
        mi = int(m.group("mi") or 0)
        ap = (m.group("ap") or "").replace(".", "")
        text = m.group(0)
        explicit = bool(m.group("mi") or ap or "uhr" in text or text.rstrip().endswith("h"))
        if not explicit:
            continue
        if ap == "pm" and h < 12:
            h += 12
        if ap == "am" and h == 12:
            h = 0
        if h > 23:
            continue
        return time(h, mi), pos + m.end()
    return None, pos


def find_dates(text: str, ref: datetime | date | None, *, us_first: bool = True) -> list[Found]:
    """Every date in ``text`` (with a time when one follows), in order of appearance."""
    refd = ref.date() if isinstance(ref, datetime) else (ref or date.today())
    norm = normalize(text)
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for i, rx in enumerate(_DATES):
        for m in rx.finditer(norm):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                continue
            g = m.groupdict()
            day: date | None = None
            if i == 0:
                day = (
                    _mk(g["y"], int(g["m"]), int(g["d"]), refd) if 1 <= int(g["m"]) <= 12 else None
                )
            elif i in (1, 2):
                day = _mk(g["y"], MONTH[g["mon"]], int(g["d"]), refd)
            else:
                a, b = int(g["a"]), int(g["b"])
                if g["sep"] == "." and not g["y"] and norm[m.end() : m.end() + 1] != ".":
                    continue  # "3.5" is a number, "03.03." a date
                if g["sep"] == "/" and not g["y"] and (a > 12 and b > 12):
                    continue
                month, d_ = (a, b) if (us_first and g["sep"] == "/" and a <= 12) else (b, a)
                if month > 12:
                    month, d_ = d_, month
                day = _mk(g["y"], month, d_, refd) if 1 <= month <= 12 else None
            if day is None:
                continue
            at, end = _time_after(norm, m.end())
            found.append(Found(day, at, m.start(), max(end, m.end())))
            taken.append((m.start(), max(end, m.end())))
    for m in _RELWEEKDAY.finditer(norm):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if any(m.end() <= s <= m.end() + 12 for s, _ in taken):
            continue  # "Tuesday, March 3": the weekday only names the date that follows
        wd = WEEKDAY[m.group("wd")]
        if m.group("next") in {"next", "nachsten", "volgende", "proximo", "proxima", "prossimo"}:
            day = refd + timedelta(days=7 - refd.weekday() + wd)
        else:
            day = refd + timedelta(days=(wd - refd.weekday()) % 7 or 7)
        at, end = _time_after(norm, m.end())
        found.append(Found(day, at, m.start(), max(end, m.end())))
    for m in _TOMORROW.finditer(norm):
        at, end = _time_after(norm, m.end())
        if at is not None:
            found.append(Found(refd + timedelta(days=1), at, m.start(), end))
    return sorted(found, key=lambda f: f.start)


_WITHIN = re.compile(
    r"\b(?:within|in|in the next|over the next|innerhalb von|in den nachsten|binnen|sous|dans les|"
    r"d'ici|en las proximas|en los proximos|dentro de|nas proximas|nos proximos|em|entro|nelle"
    r" prossime|"
    r"nei prossimi|in de komende|komende)\s+(?:the\s+)?(?P<n>\d+|\w+)\s+(?P<biz>business\s+|"
    r"working\s+|"
    r"werk|arbeits|jours ouvres|dias uteis|dias habiles|giorni lavorativi)?(?P<unit>days?|weeks?|"
    r"tage[n]?|"
    r"wochen|woche|jours|semaines?|dias|semanas?|dagen|weken|week|giorni|settimane|settimana|"
    r"werktage[n]?|"
    r"werkdagen)\b"
)
_END_OF_WEEK = re.compile(
    r"\b(?:end of (?:the |this )?(?P<a>next )?week|ende (?P<b>nachster |der nachsten |kommender"
    r" )?woche|"
    r"fin de (?:la )?semaine(?P<c> prochaine)?|finales? de (?:la |esta )?(?P<d>proxima )?semana|"
    r"final d[ae] (?:esta |da )?(?P<e>proxima )?semana|einde van (?:de |deze )?(?P<f>volgende"
    r" )?week|"
    r"fine (?:della |di questa )?(?P<g>prossima )?settimana)"
)
_NEXT_WEEK = re.compile(
    r"\b(?:(?P<early>early|beginning of|anfang|debut de|principios de|inicio da|begin|inizio)\s+)?"
    r"(?:next week|nachste[n]? woche|kommende[n]? woche|la semaine prochaine|semaine prochaine|"
    r"la proxima semana|proxima semana|semana que vem|volgende week|la prossima settimana|"
    r"prossima settimana)\b"
)
_END_OF_MONTH = re.compile(
    r"\b(?:end of (?:the |this )?month|ende des monats|monatsende|fin du mois|fin de mes|"
    r"final do mes|einde van de maand|fine del mese)\b"
)


def business_days(start: date, n: int) -> date:
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def relative_date(text: str, ref: datetime | date) -> tuple[date, int] | None:
    """A date said relative to the message ("by the end of next week"), and where it was said."""
    refd = ref.date() if isinstance(ref, datetime) else ref
    norm = normalize(text)
    m = _END_OF_WEEK.search(norm)
    if m:
        friday = refd + timedelta(days=(4 - refd.weekday()) % 7)
        following = any(m.group(g) for g in "abcdefg")
        return (friday + timedelta(days=7) if following else friday), m.start()
    m = _WITHIN.search(norm)
    if m:
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else NUMBER.get(raw, 0)
        unit = m.group("unit")
        if n and n < 100:
            if unit.startswith(("week", "woche", "semai", "seman", "wek", "settim")):
                return refd + timedelta(days=7 * n), m.start()
            if m.group("biz") or unit.startswith(("werkt", "werkd")):
                return business_days(refd, n), m.start()
            return refd + timedelta(days=n), m.start()
    m = _NEXT_WEEK.search(norm)
    if m:
        monday = refd + timedelta(days=7 - refd.weekday())
        return (
            monday + timedelta(days=1) if m.group("early") else monday + timedelta(days=4)
        ), m.start()
    m = _END_OF_MONTH.search(norm)
    if m:
        first_next = date(refd.year + (refd.month == 12), refd.month % 12 + 1, 1)
        return first_next - timedelta(days=1), m.start()
    return None
