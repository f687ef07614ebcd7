"""The words of job titles, for ``extract_roles.py``: head nouns in ten languages ("Engineer",
"Entwickler", "Inżynier", "مهندس"), gender marks ("(m/w/d)", "H/F", "(f/m/x)"), requisition ids,
places and work modes, and the cue and event words written around a title.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from heardback.mail.rules import normalize

__all__ = [
    "CONNECT",
    "EVENT",
    "GENDER",
    "JUNK",
    "LEAD_JUNK",
    "PLACES",
    "REQ_TOKEN",
    "WEEKDAYS",
    "fold",
    "is_caseless_word",
    "is_title_word",
]


def _words(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


# -- words ---------------------------------------------------------------------------------------
#: head nouns of job titles (folded: lower case, accents off); a word is a title word when it is
#: one of these, starts with one (inflections) or, for stems of five letters or more, ends with
#: one (compounds: "softwareentwickler", "projektledare")
_HEADS = _words(
    "engineer analyst analist designer developer manager scientist specialist consultant "
    "intern lead director architect administrator coordinator associate representative "
    "officer assistant technician nurse teacher writer editor accountant recruiter head "
    "planner controller biologist chemist physicist economist advocate researcher "
    "apprentice trainee advisor adviser counsel attorney lawyer paralegal auditor buyer "
    "merchandiser operator clerk agent programmer sre devops owner strategist executive vp "
    "cto ceo cfo coo chief mechanic electrician pharmacist therapist physician dentist "
    "hygienist receptionist cashier driver cook barista pilot tester estimator surveyor "
    "inspector supervisor foreman worker secretary bookkeeper actuary underwriter trader "
    "broker banker teller instructor tutor lecturer professor librarian journalist producer "
    "animator photographer copywriter marketer generalist sourcer steward statistician "
    "modeller modeler principal ingenieur entwickler berater leiter referent sachbearbeiter "
    "werkstudent praktikant kaufmann kauffrau fachkraft mitarbeiter techniker informatiker "
    "pfleger erzieher lehrer assistent spezialist experte architekt koordinator azubi "
    "auszubildende developpeur chef responsable charge stagiaire analyste directeur "
    "directrice technicien gestionnaire conseiller comptable alternant architecte "
    "administrateur coordinateur infirmier redacteur commercial desarrollador ingeniero "
    "analista gerente jefe tecnico consultor asistente coordinador especialista programador "
    "administrador disenador contador becario practicante arquitecto asesor cientifico "
    "desenvolvedor engenheir estagiari coordenador assistente diretor cientista arquiteto "
    "projetista ontwikkelaar medewerker adviseur beheerder stagiair teamleider "
    "projectleider docent sviluppatore ingegnere consulente addetto specialista progettista "
    "programmatore impiegato stagista direttore coordinatore inzynier programista "
    "specjalista kierownik analityk konsultant projektant asystent koordynator menedzer "
    "dyrektor ksiegow stazysta praktykant handlowiec technik doradca lider utvecklare "
    "ingenjor analytiker projektledare konsult handlaggare arkitekt tekniker samordnare "
    "saljare ekonom testare ledare konstrukteur konstruktor konstruktorka"
)
_SHORTEST = min(map(len, _HEADS))
#: heads in scripts without letter case: the first word of the title ("مهندس برمجيات")
_CASELESS_HEADS = _words(
    "مهندس محلل مطور مدير مصمم أخصائي اخصائي مستشار منسق مسؤول باحث מפתח מפתח/ת מהנדס "
    "מהנדס/ת אנליסט אנליסט/ית מנהל מנהל/ת מעצב מעצב/ת ראש"
)
#: words around a title that are not part of it: the event or thing the subject names
JUNK = _words(
    "role roles position positions opening openings opportunity opportunities vacancy job "
    "jobs post posting program programme scheme search interview interviews process offer "
    "challenge test assessment superday intro chat call screen panel round update status "
    "application applications candidacy candidature candidatura bewerbung sollicitatie "
    "invitation invite einladung uitnodiging convite invito invitacion entretien entrevista "
    "colloquio gesprach gesprek sollicitatiegesprek kennismakingsgesprek kennenlernen "
    "vacature vaga casus proposta proposition oferta offerta angebot vertragsangebot "
    "opportunita oportunidad oportunidade stelle poste puesto functie posizione stanowisko "
    "tjanst tjansten rollen new your our the a an re fw fwd aw wg confidential vertrauliche "
    "anfrage final first second third next step steps stage exercise take-home case study "
    "prueba tecnica proceso seleccion conferma ricezione reminder recap verbal team "
    "requisition req ref reference screening"
)
#: words that open a subject or segment before the title ("Interview: X", "Vacature X")
LEAD_JUNK = _words(
    "role position opening opportunity job application applications candidacy candidature "
    "candidatura bewerbung sollicitatie invitation invite einladung uitnodiging convite "
    "invito invitacion entretien entrevista colloquio gesprach gesprek sollicitatiegesprek "
    "kennismakingsgesprek kennenlernen vacature vaga casus proposta proposition oferta "
    "offerta angebot vertragsangebot opportunita oportunidad oportunidade stelle poste "
    "puesto functie posizione stanowisko tjanst tjansten rollen new your our the a an re fw "
    "fwd aw wg confidential vertrauliche anfrage final next step steps stage reminder recap "
    "verbal update requisition req ref reference interview interviews"
)
EVENT = _words(
    "interview interviews screen panel call chat round superday intro meeting gesprach "
    "gesprek entretien entrevista colloquio test challenge exercise assessment screening"
)
CONNECT = _words(
    "of de da do di del della des du d' van von fur for and & + und et e y i en och - – / :"
)
GENDER = re.compile(
    r"^\(?(?:[mwfdxhknv](?:\s*/\s*(?:[mwfdxhknvž]|div\.?|divers|inter)){1,3}|all genders|"
    r"any gender|alle geschlechter|mwd|gn\*?|[mwfdx]\*?in)\)?[,.;:!?]*$",
    re.IGNORECASE,
)
REQ_TOKEN = re.compile(
    r"^\(?(?:\d{2}WD\d{4,}|(?:JR|REQ|R|RQ|JID|VAC)-?\d{3,}(?:-\d+)?|[A-Z]{2,5}-\d{2,}(?:-[A-Z0-9]+)*|"
    r"R?\d{5,}|#\d+)\)?[,.:;]?$"
)
WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)


def is_caseless_word(word: str) -> bool:
    """Written in a script without letter case (Arabic, Hebrew, CJK ...)."""
    return (
        bool(word)
        and not word[0].isascii()
        and word[0].isalpha()
        and not word[0].isupper()
        and not word[0].islower()
    )


#: places and work modes written after a title ("Product Manager - Berlin"): not part of it
PLACES = _words(
    "remote hybrid onsite on-site office remoto hibrido hybride teletravail homeoffice "
    "london manchester birmingham leeds glasgow edinburgh bristol liverpool dublin cork "
    "belfast cardiff berlin munich munchen hamburg frankfurt cologne koln stuttgart "
    "dusseldorf leipzig vienna wien zurich geneva basel paris lyon marseille toulouse lille "
    "bordeaux nantes madrid barcelona valencia sevilla lisbon lisboa porto milan milano "
    "rome roma turin torino amsterdam rotterdam utrecht eindhoven brussels antwerp "
    "stockholm gothenburg goteborg malmo oslo copenhagen helsinki warsaw warszawa krakow "
    "wroclaw gdansk poznan lodz prague budapest bucharest athens new york boston chicago "
    "seattle austin denver atlanta dallas houston toronto vancouver montreal sydney "
    "melbourne singapore tokyo emea apac uk us usa eu europe germany deutschland france "
    "spain italy poland sweden ireland netherlands portugal brazil canada"
)


def fold(text: str) -> str:
    """Lower case, accents and strokes off ("Inżynier" -> "inzynier", "Łódź" -> "lodz")."""
    text = normalize(text).replace("ł", "l").replace("ø", "o")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _word_key(word: str) -> str:
    return re.sub(r"\((?:[a-z]{1,2})\)|[^\w/]+$|^[^\w]+", "", fold(word))


@lru_cache(maxsize=8192)
def is_title_word(word: str) -> bool:
    """A job-title head word ("Engineer", "Softwareentwickler", "Engenheiro(a)", "Inżynier"):
    a part of it starts with a head word, or ends with one of five letters or more."""
    key = _word_key(word)
    for part in re.split(r"[-/:]", key):
        if any(part[:k] in _HEADS for k in range(_SHORTEST, len(part) + 1)):
            return True
        if any(part[-k:] in _HEADS for k in range(5, len(part) + 1)):
            return True
    return key.split("/")[0] in _CASELESS_HEADS or word in _CASELESS_HEADS
