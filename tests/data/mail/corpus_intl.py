"""Recruiting mail in German, French, Spanish, Portuguese (Brazil), Dutch, Italian, Hebrew,
Arabic and Japanese. Each text was written in its language for heardback's tests (not
translated sentence by sentence from the English ones); all names are invented."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from corpus_people import teams
from mailkit import (
    CANDIDATES,
    Corpus,
    Event,
    Part,
    Quote,
    add_workdays,
    ascii_name,
    digest,
    fake_pdf,
    utc_offset,
)


def build(c: Corpus) -> None:
    german(c)
    french(c)
    spanish(c)
    portuguese(c)
    dutch(c)
    italian(c)
    others(c)


GCAL = {
    "de": (
        "Einladung",
        "MEZ",
        "MESZ",
        "Mit Google Meet teilnehmen",
        "Einladung von Google Kalender",
    ),
    "fr": (
        "Invitation",
        "CET",
        "CEST",
        "Participer avec Google Meet",
        "Invitation de Google Agenda",
    ),
    "pt": ("Convite", "BRT", "BRT", "Participar com o Google Meet", "Convite do Google Agenda"),
    "it": ("Invito", "CET", "CEST", "Partecipa con Google Meet", "Invito da Google Calendar"),
    "es": ("Invitación", "CET", "CEST", "Unirse con Google Meet", "Invitación de Google Calendar"),
    "nl": (
        "Uitnodiging",
        "CET",
        "CEST",
        "Deelnemen met Google Meet",
        "Uitnodiging van Google Agenda",
    ),
}


SHORT_DAYS = {
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "pt": "seg. ter. qua. qui. sex. sáb. dom.",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
SHORT_MONTHS = {
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}


def short_date(d: datetime, lang: str) -> str:
    """The date as Google Calendar writes it in an invitation's subject."""
    wd = SHORT_DAYS[lang].split()[d.weekday()]
    mon = SHORT_MONTHS[lang].split()[d.month - 1]
    if lang == "de":
        return f"{wd}, {d.day}. {mon} {d.year}"
    if lang == "pt":
        return f"{wd}, {d.day} de {mon} de {d.year}"
    return f"{wd} {d.day} {mon} {d.year}"


def gcal_intl(
    c: Corpus,
    kind: str,
    co: str,
    *,
    lang: str,
    at: str,
    days: int,
    hour: int,
    minutes: int,
    summary: str,
    desc: str = "",
    tags: tuple[str, ...] = (),
    role: str = "",
) -> None:
    """A Google Calendar invitation in the recipient's language."""
    k = c.co(co)
    who = CANDIDATES[lang]
    org = (k.rec[0], f"{ascii_name(k.rec[0].split()[0])}@{k.domain}")
    sent = datetime.strptime(at, "%Y-%m-%d %H:%M")
    start = datetime.combine(add_workdays(sent.date(), days), time(hour, 0))
    end = start + timedelta(minutes=minutes)
    ev = Event(
        summary=summary,
        start=start,
        minutes=minutes,
        zone=k.tz,
        organizer=org,
        attendees=[(who.name, who.email), org],
        uid=digest(summary, at, n=26, alphabet="0123456789abcdefghijklmnopqrstuv") + "@google.com",
        stamp=sent - timedelta(minutes=utc_offset(k.tz, sent)),
        description=desc,
        location="https://meet.google.com/"
        + "-".join(
            digest(at, str(i), n=k, alphabet="abcdefghijkmnopqrstuvwxyz")
            for i, k in enumerate((3, 4, 3))
        ),
    )
    word, std, dst, join, footer = GCAL[lang]
    abbr = dst if utc_offset(k.tz, start) != utc_offset(k.tz, start.replace(month=1)) else std
    when = short_date(start, lang)
    subject = f"{word}: {summary} @ {when} {start:%H:%M} - {end:%H:%M} ({abbr}) ({who.email})"
    body = (
        f"{summary}\n{when} ⋅ {start:%H:%M} – {end:%H:%M}\n\n"
        f"{desc + chr(10) + chr(10) if desc else ''}{join}\n{ev.location}\n\n{org[0]}\n"
        f"{org[1]}\n\n{footer}\n"
    )
    c.add(
        kind,
        co,
        subject=subject,
        body=body,
        via="platform",
        frm=org,
        sender="Google Calendar <calendar-notification@google.com>",
        reply_to=org[1],
        calendar=ev,
        attach=[Part("application/ics", ev.ics().encode(), charset=None, filename="invite.ics")],
        at=at,
        lang=lang,
        tags=["tool:google_calendar", *tags],
        label_role=role,
        hstyle="simple",
        mid_style="gcal",
        cte="quoted-printable",
        trace=True,
    )


# ---------------------------------------------------------------------------------------------
# Deutsch
# ---------------------------------------------------------------------------------------------


def german(c: Corpus) -> None:
    a = c.add
    a(
        "applied",
        "nordlicht",
        at="2025-03-24 14:12",
        subject="Deine Bewerbung bei {co}",
        body="""Hallo {first},

vielen Dank für deine Bewerbung als {role} und dein Interesse an {co}!

Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an. Katrin \
aus unserem People-Team meldet sich spätestens in zwei Wochen bei dir – egal, wie es ausgeht.

Viele Grüße aus Hamburg
Dein {co} Team
""",
        tags=["ats:personio"],
    )

    a(
        "applied",
        "feldmann",
        subject="Eingangsbestätigung Ihrer Bewerbung – Stellen-ID {req}",
        body="""Sehr geehrter Herr {last},

vielen Dank für Ihr Interesse an der {co} und Ihre Bewerbung auf die Position \
„{role}“ (Stellen-ID {req}).

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und \
melden uns in den kommenden Wochen bei Ihnen. Sollten wir Sie im weiteren Verfahren nicht \
berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns.

Bitte sehen Sie von telefonischen Nachfragen zum Stand Ihrer Bewerbung ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team
{co}
""",
        tags=["hard:conditional_rejection"],
        charset="windows-1252",
        cte="quoted-printable",
    )

    a(
        "applied",
        "auenfeld",
        at="2025-05-12 09:03",
        name="auen_ack",
        subject="Ihre Bewerbung bei der {co}: {req} {role}",
        html="only",
        body="""Guten Tag {first} {last},

herzlichen Dank für Ihre Bewerbung als {role} (Referenznummer {req}).

Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun von unserem \
Talent-Acquisition-Team und der Fachabteilung geprüft. Den aktuellen Status können Sie \
jederzeit in Ihrem Kandidatenprofil einsehen.

Falls wir Ihnen für diese Position keine Zusage geben können, würden wir Ihr Profil gern für \
zwölf Monate in unserem Talentpool speichern. Ihre Einwilligung dazu können Sie im Profil \
jederzeit widerrufen.

Freundliche Grüße
Talent Acquisition
{co}
""",
        tags=["hard:keep_on_file", "hard:conditional_rejection"],
    )

    a(
        "applied",
        "hafenblick",
        at="2025-09-01 22:41",
        name="hafen_ack",
        subject="Danke für deine Bewerbung!",
        body="""Hey {first},

danke, dass du dich bei {co} beworben hast! 🚀

Deine Bewerbung als {role} ist bei uns angekommen. Lena schaut sich jede Bewerbung persönlich an \
und meldet sich innerhalb von 10 Tagen bei dir.

Bis bald
Team {co}
""",
        tags=["ats:join"],
    )

    a(
        "applied",
        "kranich",
        via="platform",
        frm=("StepStone", "noreply@stepstone.de"),
        subject="Ihre Bewerbung wurde erfolgreich versendet",
        body="""Hallo {first} {last},

Ihre Bewerbung wurde erfolgreich an die Kranichstein Versicherungen AG versendet.

Position: {role}
Ort: Frankfurt am Main
Referenznummer: {req}

Tipp: Behalten Sie den Überblick über alle Ihre Bewerbungen in „Meine Bewerbungen“.

Ähnliche Jobs, die Sie interessieren könnten:
- IT-Projektleiter (m/w/d) – Feldmann Logistik SE, Bremen
- Scrum Master (w/m/d) – Auenfeld Medizintechnik AG, Freiburg

Ihr StepStone Team
""",
        tags=["board:stepstone", "hard:other_companies_listed"],
        hstyle="heavy",
    )

    a(
        "rejected",
        "nordlicht",
        at="2025-04-16 11:20",
        subject="Deine Bewerbung bei {co}",
        body="""Hallo {first},

nochmals danke für deine Bewerbung als {role} und das nette Gespräch mit Katrin.

Leider müssen wir dir mitteilen, dass wir uns für eine andere Person entschieden haben, deren \
Erfahrung mit unseren Legacy-Systemen noch etwas besser passt. Das ist uns nicht leicht gefallen.

Wir wünschen dir für deine weitere Suche alles Gute und würden uns freuen, wenn du uns im Blick \
behältst.

Viele Grüße
Katrin Wolff
People & Culture, {co}
""",
        tags=["ats:personio", "hard:same_subject"],
    )

    a(
        "rejected",
        "feldmann",
        subject="Ihre Bewerbung als {role}",
        body="""Sehr geehrter Herr {last},

herzlichen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung haben wir uns für eine Kandidatin entschieden, deren Profil den \
Anforderungen der Position noch genauer entspricht. Diese Entscheidung ist keine Bewertung Ihrer \
Qualifikation.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht. \
Für Ihren weiteren beruflichen Weg wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Recruiting, {co}
""",
        tags=["hard:polite_rejection"],
    )

    a(
        "rejected",
        "auenfeld",
        at="2025-06-03 08:15",
        subject="Ihre Bewerbung bei der {co}: {req} {role}",
        body="""Guten Tag {first} {last},

vielen Dank für Ihre Geduld.

Wir möchten Ihnen mitteilen, dass die Position {role} ({req}) inzwischen besetzt wurde. Wir \
bedanken uns für Ihr Interesse und würden uns freuen, Sie bei einer künftigen Ausschreibung \
wiederzusehen.

Freundliche Grüße
Talent Acquisition
{co}
""",
        html="only",
        tags=["hard:position_filled", "hard:same_subject", "hard:polite_rejection"],
    )

    a(
        "interview",
        "hafenblick",
        via="rec",
        at="2025-09-08 10:30",
        subject="Kennenlernen? 🙂",
        frm=("Lena Hoffmann", "lena@hafenblick.digital"),
        body="""Hi {first},

danke für deine Bewerbung – dein Portfolio hat uns echt gut gefallen!

Hast du Lust auf ein erstes Kennenlernen per Video? Ich würde {ivday} um {ivtime} Uhr \
vorschlagen, ca. 45 Minuten. Mit dabei ist Tim, unser Lead Developer.

Falls das nicht passt, schick mir gern zwei, drei Alternativen.

Liebe Grüße
Lena

--
Lena Hoffmann
Geschäftsführerin | {co}
""",
        iv=(3, 15, 0),
        label_role="",
    )

    a(
        "interview",
        "kranich",
        via="rec",
        hstyle="outlook",
        charset="windows-1252",
        subject="Einladung zum Vorstellungsgespräch – {role}",
        body="""Sehr geehrter Herr {last},

vielen Dank für Ihre Bewerbung als {role} (Kennziffer {req}). Ihre Unterlagen haben uns \
überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am {ivday} um {ivtime} Uhr in unsere \
Hauptverwaltung ein:

Kranichstein Versicherungen AG
Mainzer Landstraße 112, 60327 Frankfurt am Main
Empfang Gebäude B, 3. OG

Gesprächspartner sind Frau Dr. Albers (Bereichsleitung IT) und ich. Bitte bestätigen Sie uns den \
Termin kurz per E-Mail. Reisekosten erstatten wir Ihnen gern.

Mit freundlichen Grüßen
Thomas Reuter
Personalabteilung
""",
        iv=(6, 10, 0),
    )

    a(
        "interview",
        "nordlicht",
        via="rec",
        at="2025-04-02 16:05",
        subject="Verschiebung unseres Termins am Donnerstag",
        body="""Hallo {first},

leider muss ich unseren Termin am Donnerstag verschieben – unser CTO ist kurzfristig auf einer \
Kundenveranstaltung. Das tut mir sehr leid!

Würde dir stattdessen {ivday} um {ivtime} Uhr passen? Der Link zum Video-Call bleibt derselbe.

Viele Grüße
Katrin
""",
        iv=(4, 11, 0),
        tags=["hard:unfortunately_non_rejection", "hard:reschedule"],
    )

    gcal_intl(
        c,
        "interview",
        "auenfeld",
        lang="de",
        at="2025-05-20 13:00",
        days=4,
        hour=14,
        minutes=60,
        summary="Fachgespräch Softwareentwicklung Embedded – Jonas Becker",
        tags=("hard:empty_body",),
    )

    a(
        "assessment",
        "auenfeld",
        via="platform",
        frm=("HackerRank", "support@hackerrankforwork.com"),
        at="2025-05-15 12:00",
        subject="Auenfeld Medizintechnik AG hat Sie zu einem Test eingeladen",
        tags=["platform:hackerrank"],
        body="""Hallo {first},

die Auenfeld Medizintechnik AG hat Sie eingeladen, den Test „Embedded C – Online Assessment“ zu \
absolvieren.

Dauer: 90 Minuten
Bitte schließen Sie den Test bis {dlday} ab.

Test starten: https://www.hackerrank.com/tests/{token}/login

Viel Erfolg!
Ihr HackerRank-Team im Auftrag der Auenfeld Medizintechnik AG
""",
        dl=4,
    )

    a(
        "offer",
        "hafenblick",
        via="rec",
        at="2025-09-26 17:45",
        frm=("Lena Hoffmann", "lena@hafenblick.digital"),
        subject="Dein Vertragsangebot 🎉",
        attach=[
            Part(
                "application/pdf",
                fake_pdf(
                    "Hafenblick Digital GmbH - Arbeitsvertrag",
                    [
                        "Arbeitsvertrag zwischen der Hafenblick Digital GmbH und Jonas Becker",
                        "Position: Frontend-Entwickler:in React",
                        "Bruttojahresgehalt: 64.000 EUR",
                        "Beginn: 1. November 2025",
                    ],
                    pad_kb=12,
                    seed="hafen",
                ),
                charset=None,
                filename="Arbeitsvertrag_Jonas_Becker.pdf",
            )
        ],
        body="""Hi {first},

wie heute am Telefon besprochen: Wir würden dich sehr gern ins Team holen! 🎉

Im Anhang findest du unser Vertragsangebot als Frontend-Entwickler. Die Eckdaten:
- 64.000 € brutto im Jahr
- 30 Tage Urlaub, 4-Tage-Woche möglich
- Start zum 1. November

Schau dir alles in Ruhe an und gib mir bis {dlday} Bescheid, ob du dabei bist. Bei Fragen ruf \
mich einfach an.

Liebe Grüße
Lena
""",
        dl=5,
        label_role="",
    )

    a(
        "update",
        "kranich",
        via="rec",
        hstyle="outlook",
        charset="windows-1252",
        subject="Zwischennachricht zu Ihrer Bewerbung",
        body="""Sehr geehrter Herr {last},

vielen Dank für Ihre Bewerbung als {role}.

Aufgrund der großen Zahl an Bewerbungen nimmt die Auswahl noch etwas Zeit in Anspruch. Wir \
bitten Sie daher um etwas Geduld und werden uns voraussichtlich bis {by} wieder bei Ihnen \
melden.

Mit freundlichen Grüßen
Thomas Reuter
Personalabteilung
Kranichstein Versicherungen AG
""",
        by=10,
        tags=["hard:decision_date"],
    )

    a(
        "request",
        "feldmann",
        subject="Fehlende Unterlagen zu Ihrer Bewerbung (Stellen-ID {req})",
        body="""Sehr geehrter Herr {last},

vielen Dank für Ihre Bewerbung als {role}.

Leider fehlen in Ihren Unterlagen noch die Arbeitszeugnisse Ihrer letzten beiden Arbeitgeber. \
Bitte laden Sie diese bis {dlday} in Ihrem Bewerberprofil hoch, damit wir Ihre Bewerbung \
vollständig prüfen können.

Mit freundlichen Grüßen
Ihr Recruiting-Team
{co}
""",
        dl=7,
        tags=["hard:unfortunately_non_rejection"],
        charset="iso-8859-1",
    )

    a(
        "reference_check",
        "nordlicht",
        via="rec",
        at="2025-04-10 09:30",
        subject="Referenzen für den nächsten Schritt",
        body="""Hallo {first},

wir sind begeistert von den Gesprächen mit dir! Bevor wir in die finale Runde gehen, würden wir \
gern mit ein oder zwei Personen sprechen, mit denen du zuletzt eng zusammengearbeitet hast – \
idealerweise deine ehemalige Teamleitung.

Magst du mir Namen, Telefonnummer und E-Mail schicken? Wir melden uns natürlich erst, nachdem du \
deinen Kontakten Bescheid gegeben hast.

Viele Grüße
Katrin
""",
    )

    a(
        "outreach",
        None,
        via="platform",
        frm=("XING", "mailrobot@mail.xing.com"),
        subject="Neue Nachricht von Sabine Kanzler",
        company="",
        hstyle="heavy",
        lang="de",
        tags=["board:xing", "agency", "hard:agency_unnamed_client"],
        body="""Sabine Kanzler hat Ihnen eine Nachricht gesendet:

„Guten Tag Herr Becker,

ich bin auf Ihr Profil aufmerksam geworden. Im Auftrag unseres Mandanten, eines \
inhabergeführten Maschinenbauunternehmens im Raum Stuttgart, suche ich einen Senior \
Softwareentwickler Embedded (m/w/d). Hätten Sie Interesse an einem vertraulichen Telefonat?

Beste Grüße
Sabine Kanzler
Kanzler Personalberatung“

Nachricht beantworten: https://www.xing.com/chats/{token}

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen zu neuen Nachrichten aktiviert haben.
""",
        label_role="Senior Softwareentwickler Embedded (m/w/d)",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Rheintal Bank", "service@rheintal-bank.de"),
        subject="Rücklastschrift: Ihre Lastschrift konnte nicht eingelöst werden",
        lang="de",
        tags=["hard:unfortunately_bank"],
        body="""Sehr geehrter Herr Becker,

leider konnte die Lastschrift der Stadtwerke Hamburg vom 02. über 84,20 EUR mangels Deckung \
nicht eingelöst werden. Für die Rücklastschrift berechnen wir ein Entgelt von 3,00 EUR.

Bitte sorgen Sie für ausreichende Deckung auf Ihrem Girokonto. Die Details finden Sie im \
Online-Banking unter „Postfach“.

Mit freundlichen Grüßen
Ihre Rheintal Bank
""",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("StepStone Jobagent", "jobagent@stepstone.de"),
        subject="7 neue Jobs für „Python Entwickler“ in Hamburg",
        lang="de",
        bulk=True,
        tags=["board:stepstone", "job_alert", "hard:boilerplate_offer"],
        hstyle="heavy",
        body="""Hallo Jonas,

Ihr Jobagent hat 7 neue Angebote für Sie gefunden:

Backend-Entwickler (m/w/d) Python – Nordlicht Software GmbH, Hamburg
Senior Python Developer (w/m/d) – Hafenblick Digital GmbH, Hamburg
Data Engineer (m/w/d) – Feldmann Logistik SE, Bremen
Python-Entwickler Data Platform – Auenfeld Medizintechnik AG, Remote

Alle Angebote ansehen: https://www.stepstone.de/jobagent/{token}

Jetzt bewerben und zum Vorstellungsgespräch eingeladen werden – mit StepStone.
Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent/settings
""",
    )


# ---------------------------------------------------------------------------------------------
# Français
# ---------------------------------------------------------------------------------------------


def french(c: Corpus) -> None:
    a = c.add
    a(
        "applied",
        "ardoise",
        at="2025-01-27 10:44",
        subject="Merci pour votre candidature !",
        body="""Bonjour {first},

Merci d'avoir postulé au poste de {role} chez {co} ! Nous avons bien reçu votre candidature.

Élodie, notre chargée de recrutement, l'étudiera avec attention et reviendra vers vous sous deux \
semaines environ. Si votre profil correspond à nos besoins, elle vous proposera un premier \
échange téléphonique.

À très bientôt,
L'équipe {co}
""",
    )

    a(
        "applied",
        "vallauris",
        subject="Accusé de réception de votre candidature – Réf. {req}",
        body="""Madame,

Nous vous remercions de l'intérêt que vous portez à {co} et accusons bonne réception de votre \
candidature au poste de {role} (référence {req}).

Votre dossier est en cours d'étude par nos équipes. Si votre candidature n'était pas retenue pour \
ce poste, nous conserverions votre CV dans notre base de données pendant deux ans afin de vous \
proposer d'autres opportunités, sauf opposition de votre part.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
{co}
""",
        tags=["hard:keep_on_file", "hard:conditional_rejection"],
        charset="windows-1252",
        cte="quoted-printable",
    )

    a(
        "applied",
        "petrel",
        at="2025-02-17 08:12",
        name="petrel_ack",
        subject="{co} – candidature reçue 🙌",
        body="""Salut {first},

Merci pour ta candidature au poste de {role} ! On l'a bien reçue.

Chez {co}, on lit chaque candidature à la main. Tu auras de nos nouvelles d'ici dix jours, que la \
réponse soit positive ou non.

En attendant, tu peux jeter un œil à notre blog tech : https://petrel-mobilite.fr/blog

L'équipe {co}
""",
        tags=["hard:conditional_rejection"],
    )

    a(
        "applied",
        "corbeau",
        subject="Votre candidature chez {co}",
        body="""Bonjour {first},

Nous vous remercions pour votre candidature au poste de {role} (réf. {req}).

Votre candidature a bien été transmise à notre équipe de recrutement, qui l'étudiera avec la plus \
grande attention. Nous reviendrons vers vous dans les meilleurs délais.

Belle journée,
L'équipe Talents {co}
""",
        zw=True,
        pre="Votre candidature a bien été reçue",
    )

    a(
        "rejected",
        "brume",
        at="2025-02-24 17:30",
        subject="Votre candidature chez {co}",
        body="""Bonjour {first},

Nous vous remercions pour l'intérêt que vous portez à {co} et pour le temps consacré à votre \
candidature au poste de {role}.

Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne \
pourrons pas y donner une suite favorable. Nous avons en effet reçu de nombreuses candidatures \
correspondant à nos critères.

Nous vous souhaitons une pleine réussite dans vos recherches.

Bien cordialement,
{rec}
{rec_title}, {co}
""",
    )

    a(
        "rejected",
        "vallauris",
        subject="Votre candidature – Réf. {req}",
        body="""Madame,

Nous revenons vers vous concernant votre candidature au poste de {role} (référence {req}).

Nous vous informons que le poste a été pourvu. Nous ne manquerons pas de revenir vers vous si une \
opportunité correspondant à votre profil venait à se présenter.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
{co}
""",
        tags=["hard:position_filled", "hard:polite_rejection"],
        charset="windows-1252",
    )

    a(
        "rejected",
        "corbeau",
        via="platform",
        frm=("LinkedIn", "jobs-noreply@linkedin.com"),
        subject="Votre candidature au poste de {role} chez {co}",
        hstyle="heavy",
        extra=[
            ("X-LinkedIn-Class", "JOBS-APPLICANT"),
            ("X-LinkedIn-Template", "jobs_applicant_rejected"),
            ("X-LinkedIn-fbl", "{token}"),
        ],
        tags=["board:linkedin", "hard:other_companies_listed"],
        body="""Votre mise à jour de la part de {co}

Merci de l'intérêt que vous portez au poste de {role} chez {co}. Malheureusement, {co} a décidé \
de ne pas donner suite à votre candidature pour le moment.

Continuez vos recherches : voici des offres pour lesquelles vous êtes un bon candidat.
Chef de projet digital · Pétrel Mobilité · Lyon
Product Owner · Ardoise Conseil · Paris

Cet e-mail est destiné à {full}.
© LinkedIn Corporation
""",
    )

    a(
        "interview",
        "petrel",
        via="rec",
        at="2025-02-25 11:02",
        subject="On se parle ? – {role}",
        body="""Salut {first},

Ton profil a beaucoup plu à l'équipe backend ! On aimerait te proposer un premier entretien en \
visio de 45 minutes avec Hugo, notre lead dev.

Est-ce que {ivday} à {ivtime} te conviendrait ? Sinon, propose-moi deux ou trois créneaux qui \
t'arrangent la semaine prochaine.

À bientôt,
Inès Benali
Talent Partner, {co}
""",
        iv=(3, 14, 30),
    )

    teams(
        c,
        "interview",
        "vallauris",
        at="2025-10-13 09:40",
        days=6,
        hour=10,
        minutes=60,
        summary="Entretien – Ingénieur(e) Réseaux Électriques – Camille Roussel",
        desc="Bonjour Camille,\n\nSuite à notre échange téléphonique, je vous confirme votre "
        "entretien avec M. Lefebvre, responsable du pôle réseaux, et moi-même. Il durera "
        "environ une heure.\n\nBien cordialement,\nJulien Marchand\nTalent Acquisition, "
        "Vallauris Énergie",
        persona="fr",
        role="Ingénieur(e) Réseaux Électriques",
        org=("Julien Marchand", "julien.marchand@vallauris-energie.fr"),
    )

    a(
        "interview",
        "ardoise",
        via="rec",
        subject="Entretien décalé – nouvelle proposition",
        body="""Bonjour {first},

Malheureusement, notre associé Paul Girard a un empêchement de dernière minute et ne pourra pas \
assurer l'entretien prévu demain. Toutes nos excuses pour ce contretemps.

Pourriez-vous vous libérer le {ivday} à {ivtime} ? L'entretien aurait lieu dans nos locaux, \
12 rue de la Chaussée-d'Antin.

Bien cordialement,
Élodie Garnier
Chargée de recrutement, {co}
""",
        iv=(3, 10, 0),
        tags=["hard:unfortunately_non_rejection", "hard:reschedule"],
    )

    a(
        "assessment",
        "petrel",
        via="rec",
        at="2025-03-04 15:20",
        subject="Exercice technique – {co}",
        body="""Salut {first},

Merci encore pour l'échange avec Hugo ! Comme prochaine étape, on te propose un petit exercice \
technique à faire chez toi : une API en Go qui calcule des trajets multimodaux à partir d'un jeu \
de données GTFS simplifié.

Tout est expliqué ici : https://github.com/petrel-mobilite/exercice-backend

Compte environ trois heures, pas plus. Tu peux nous renvoyer le lien vers ton dépôt d'ici \
{dlday}.

Bon courage !
Inès
""",
        dl=5,
    )

    a(
        "offer",
        "ardoise",
        via="rec",
        at="2025-03-21 18:10",
        subject="Proposition d'embauche – {role}",
        attach=[
            Part(
                "application/pdf",
                fake_pdf(
                    "Ardoise Conseil - Promesse d'embauche",
                    [
                        "Poste : Consultant(e) Data",
                        "Rémunération annuelle brute : 52 000 EUR",
                        "Date d'entrée : 5 mai 2025",
                        "Statut cadre, forfait jours",
                    ],
                    pad_kb=6,
                    seed="ardoise",
                ),
                charset=None,
                filename="Promesse_embauche_C_Roussel.pdf",
            )
        ],
        body="""Bonjour {first},

Suite à nos différents échanges, j'ai le plaisir de vous adresser notre proposition d'embauche \
pour le poste de {role}, en CDI, au sein de notre équipe Data.

Vous trouverez en pièce jointe la promesse d'embauche détaillant votre rémunération (52 000 € \
bruts annuels), votre statut et la date d'entrée envisagée.

Nous vous remercions de nous faire part de votre réponse avant le {dl}.

Au plaisir de vous compter bientôt parmi nous,
Élodie Garnier
""",
        dl=6,
    )

    a(
        "update",
        "vallauris",
        subject="Point d'étape sur votre candidature",
        body="""Madame,

Nous souhaitions vous tenir informée de l'avancement du processus de recrutement pour le poste de \
{role}.

Le calendrier a dû être décalé en raison de la réorganisation de la direction concernée. Votre \
candidature est toujours à l'étude et nous prévoyons de revenir vers vous avant le {by}.

Nous vous remercions de votre patience.

Julien Marchand
Talent Acquisition, {co}
""",
        by=12,
        tags=["hard:delayed", "hard:decision_date"],
    )

    a(
        "request",
        "corbeau",
        via="rec",
        subject="Documents complémentaires",
        body="""Bonjour {first},

Afin de finaliser votre dossier pour le poste de {role}, pourriez-vous nous transmettre les \
documents suivants :

- une copie de votre dernier diplôme ;
- votre attestation de droits à l'assurance maladie ;
- un RIB.

Vous pouvez simplement répondre à ce message avec les pièces jointes.

Merci d'avance,
Agathe Morel
Responsable recrutement, {co}
""",
    )

    a(
        "reference_check",
        "petrel",
        via="rec",
        at="2025-03-18 10:00",
        subject="Prise de références",
        body="""Salut {first},

Bonne nouvelle : les retours de l'équipe sont très positifs ! Avant d'aller plus loin, on \
aimerait échanger avec une ou deux personnes avec qui tu as travaillé récemment (idéalement ton \
ancien manager).

Peux-tu m'envoyer leurs coordonnées ? On ne les contactera qu'une fois que tu les auras \
prévenues.

Merci !
Inès
""",
    )

    a(
        "outreach",
        None,
        via="platform",
        frm=("Marc Delorme", "m.delorme@arpege-recrutement.fr"),
        lang="fr",
        company="",
        hstyle="outlook",
        mid_style="outlook",
        tags=["agency", "hard:agency_unnamed_client"],
        subject="Opportunité – Ingénieur(e) Data H/F – acteur majeur de l'énergie",
        body="""Bonjour Camille,

Je me permets de vous contacter suite à la lecture de votre profil. Nous accompagnons l'un de nos \
clients, acteur majeur de la transition énergétique, dans le recrutement d'un(e) Ingénieur(e) \
Data en CDI à Lyon.

Votre parcours me semble particulièrement intéressant pour ce poste. Seriez-vous disponible pour \
un échange téléphonique confidentiel cette semaine ?

Bien à vous,
Marc Delorme
Consultant senior – Cabinet Arpège Recrutement
""",
        label_role="Ingénieur(e) Data H/F",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Welcome to the Jungle", "newsletter@welcometothejungle.com"),
        lang="fr",
        bulk=True,
        subject="Négocier son offre d'embauche : le guide complet",
        tags=["newsletter", "hard:boilerplate_offer", "hard:boilerplate_interview"],
        hstyle="heavy",
        body="""Cette semaine dans Welcome to the Jungle

Négocier son offre d'embauche : le guide complet
Vous avez décroché une offre ? Bravo ! Voici comment aborder la négociation salariale sans \
stresser.

Entretien d'embauche : les 7 questions pièges et comment y répondre

Reconversion : ils ont tout plaqué pour devenir développeurs

Les entreprises qui recrutent cette semaine : Pétrel Mobilité, Maison Corbeau, Ardoise Conseil

Se désinscrire : https://www.welcometothejungle.com/unsubscribe/{token}
""",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Banque Lumière", "notification@banque-lumiere.fr"),
        lang="fr",
        subject="Incident de paiement sur votre carte",
        tags=["hard:unfortunately_bank"],
        charset="iso-8859-1",
        cte="quoted-printable",
        body="""Madame Roussel,

Malheureusement, votre paiement de 129,90 EUR chez DECATHLON ne nous a pas été possible à \
autoriser : le plafond de votre carte a été atteint.

Vous pouvez modifier temporairement votre plafond depuis votre espace client.

Votre conseillère, Sophie Martin
Banque Lumière
""",
    )


# ---------------------------------------------------------------------------------------------
# Español
# ---------------------------------------------------------------------------------------------


def spanish(c: Corpus) -> None:
    a = c.add
    a(
        "applied",
        "alcazar",
        at="2025-04-07 12:30",
        name="alc_ack",
        subject="Gracias por tu candidatura en {co}",
        body="""Hola {first}:

¡Gracias por tu interés en {co}! Hemos recibido tu candidatura para la posición de {role}.

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja con lo que buscamos, te \
escribiremos para organizar una primera llamada con el equipo de Talent.

Un saludo,
El equipo de {co}
""",
    )

    a(
        "applied",
        "levante",
        subject="Confirmación de recepción de su candidatura – Ref. {req}",
        body="""Estimada Sra. {last}:

Le agradecemos su interés en {co} y le confirmamos la recepción de su candidatura para el puesto \
de {role} (referencia {req}).

Su candidatura será valorada por nuestro equipo de Selección. En caso de no ser seleccionada para \
este proceso, conservaremos su currículum en nuestra base de datos para futuras vacantes, salvo \
que nos indique lo contrario.

Atentamente,
Departamento de Selección
{co}
""",
        tags=["hard:keep_on_file", "hard:conditional_rejection"],
        charset="iso-8859-1",
    )

    a(
        "applied",
        "verdemar",
        via="rec",
        subject="Hemos recibido tu candidatura",
        frm=("Verdemar Seguros – Talento", "talento@verdemarseguros.es"),
        body="""Hola {first}:

Te escribimos para confirmarte que hemos recibido tu candidatura para la oferta de {role} en \
nuestras oficinas de Valencia.

El proceso de selección consta de una entrevista con Recursos Humanos, una prueba técnica y una \
entrevista final con el equipo. Si tu perfil resulta preseleccionado, te contactaremos en un \
plazo aproximado de dos semanas.

Gracias por pensar en Verdemar.

Un cordial saludo,
Recursos Humanos – Verdemar Seguros
""",
        tags=["hard:boilerplate_interview", "hard:boilerplate_offer"],
    )

    a(
        "applied",
        "almendro",
        subject="Gracias por aplicar a {co}",
        body="""Hola {first},

Gracias por tu interés en {co}. Hemos recibido tu solicitud para el puesto de {role} y nuestro \
equipo la revisará en breve.

Diego Fuentes
Head of People, {co}
""",
        tags=["hard:generic_display"],
    )

    a(
        "applied",
        "verdemar",
        via="platform",
        frm=("InfoJobs", "noreply@infojobs.net"),
        subject="Te has inscrito en la oferta «Desarrollador/a Java»",
        hstyle="heavy",
        tags=["board:infojobs"],
        body="""Hola {first},

Te has inscrito correctamente en la oferta:

Desarrollador/a Java
Verdemar Seguros – Valencia

Puedes seguir el estado de tu candidatura desde la sección «Mis candidaturas». Te avisaremos \
cuando la empresa lea tu CV.

Ofertas similares:
- Programador/a Java Senior – Marítima Levante – Valencia
- Backend Developer – Almendro Tecnologías – Remoto

El equipo de InfoJobs
""",
        label_role="Desarrollador/a Java",
    )

    a(
        "update",
        "verdemar",
        via="platform",
        frm=("InfoJobs", "noreply@infojobs.net"),
        subject="Tu candidatura ha avanzado: CV leído",
        hstyle="heavy",
        tags=["board:infojobs", "hard:application_viewed"],
        body="""Hola {first},

Verdemar Seguros ha leído tu CV para la oferta «Desarrollador/a Java».

Estado actual: En proceso

Te recomendamos mantener tu perfil actualizado. ¡Mucha suerte!

El equipo de InfoJobs
""",
        label_role="Desarrollador/a Java",
    )

    a(
        "rejected",
        "alcazar",
        at="2025-05-06 18:02",
        subject="Tu candidatura en {co}",
        body="""Hola {first}:

Muchas gracias por el tiempo que has dedicado al proceso para la posición de {role} y por las \
conversaciones con el equipo.

Tras valorarlo con calma, hemos decidido seguir adelante con otros perfiles cuya experiencia se \
ajusta más a lo que necesitamos en este momento. Nos encantaría mantener el contacto y tenerte en \
cuenta para futuras oportunidades.

Un abrazo,
Marta Ibáñez
Talent Acquisition, {co}
""",
        tags=["hard:polite_rejection", "hard:keep_in_mind"],
    )

    a(
        "rejected",
        "levante",
        subject="Proceso de selección – Ref. {req}",
        body="""Estimada Sra. {last}:

Le agradecemos la confianza depositada en {co} al presentar su candidatura al puesto de {role}.

Lamentamos comunicarle que, en esta ocasión, su perfil no ha sido seleccionado para continuar en \
el proceso. Le animamos a seguir atenta a nuestras ofertas.

Reciba un cordial saludo,
Departamento de Selección
{co}
""",
        charset="iso-8859-1",
        cte="8bit",
    )

    a(
        "rejected",
        "almendro",
        subject="Actualización sobre tu candidatura – {role}",
        body="""Hola {first},

Gracias por tu interés en {co} y por participar en el proceso de {role}.

Te escribimos para contarte que ya hemos cubierto la posición. Ha sido un proceso con candidatos \
muy buenos y queremos agradecerte sinceramente el tiempo dedicado.

Te deseamos mucha suerte,
El equipo de {co}
""",
        tags=["hard:position_filled", "hard:polite_rejection", "hard:generic_display"],
    )

    a(
        "interview",
        "verdemar",
        via="rec",
        subject="Entrevista – {role}",
        body="""Hola {first}:

Gracias por tu candidatura para el puesto de {role}. Nos gustaría conocerte en persona.

Te proponemos una entrevista el {ivday} a las {ivtime} en nuestras oficinas de la calle Colón, \
42 (Valencia), 3.ª planta. La entrevista durará aproximadamente una hora y estarán presentes \
Javier Soler, responsable de desarrollo, y yo misma.

¿Nos confirmas tu asistencia?

Un saludo,
Nuria Vidal
Recursos Humanos
""",
        iv=(4, 10, 30),
    )

    a(
        "interview",
        "alcazar",
        via="platform",
        frm=("Calendly", "notifications@calendly.com"),
        at="2025-04-15 09:30",
        subject="Confirmada: Entrevista técnica con Marta Ibáñez",
        tags=["tool:calendly"],
        reply_to="marta.ibanez@alcazardatos.es",
        body="""Hola {first}:

Se ha programado un nuevo evento.

Evento: Entrevista técnica – Alcázar Datos
Anfitriona: Marta Ibáñez
Fecha: {ivday} de {year}
Hora: {ivtime} (hora de Madrid)
Lugar: Google Meet

¿Necesitas cambiar algo?
Cancelar: https://calendly.com/cancellations/{token}
Reprogramar: https://calendly.com/reschedulings/{token}
""",
        iv=(3, 12, 0),
    )

    a(
        "assessment",
        "almendro",
        via="platform",
        frm=("TestGorilla", "notifications@testgorilla.com"),
        subject="Almendro Tecnologías te ha invitado a una evaluación",
        tags=["platform:testgorilla"],
        body="""Hola {first}:

Almendro Tecnologías te invita a realizar la evaluación «Product Designer – 2025».

Incluye 3 pruebas (pensamiento crítico, diseño UX y un caso práctico) y dura unos 45 minutos.

Fecha límite: {dlday}

Empezar evaluación: https://app.testgorilla.com/s/{token}

¡Mucha suerte!
El equipo de TestGorilla
""",
        dl=5,
        label_role="",
    )

    a(
        "offer",
        "verdemar",
        via="rec",
        subject="Propuesta de incorporación – {role}",
        body="""Hola {first}:

¡Enhorabuena! Nos alegra mucho comunicarte que queremos que te incorpores a Verdemar Seguros como \
{role}.

Las condiciones que te proponemos son:
- Contrato indefinido
- Salario bruto anual: 42.000 €
- Jornada intensiva en verano y teletrabajo dos días por semana
- Incorporación: 1 de septiembre

Te agradeceríamos que nos confirmaras tu decisión antes del {dl}.

Un saludo muy cordial,
Nuria Vidal
Recursos Humanos
""",
        dl=5,
    )

    a(
        "request",
        "levante",
        subject="Documentación pendiente – Ref. {req}",
        body="""Estimada Sra. {last}:

Para continuar con su proceso de selección para el puesto de {role}, le rogamos que nos remita la \
siguiente documentación antes del {dl}:

- Copia del título universitario
- Informe de vida laboral actualizado
- Copia del DNI/NIE

Puede adjuntarla respondiendo a este correo.

Atentamente,
Departamento de Selección
{co}
""",
        charset="iso-8859-1",
    )

    a(
        "reference_check",
        "alcazar",
        via="rec",
        at="2025-04-28 11:15",
        subject="Referencias – {role}",
        body="""Hola {first}:

¡Estamos en la recta final! Nos ayudaría mucho hablar con dos personas que hayan trabajado \
contigo en los últimos años, idealmente una de ellas tu responsable directo.

¿Podrías enviarme su nombre, cargo, empresa y un teléfono o email de contacto?

Gracias,
Marta
""",
    )

    a(
        "outreach",
        None,
        via="platform",
        frm=("Álvaro Prieto", "alvaro.prieto@talentonorte.es"),
        lang="es",
        company="",
        hstyle="gmail",
        tags=["agency", "hard:agency_unnamed_client"],
        subject="Oportunidad: Data Engineer – empresa líder del sector retail",
        body="""Hola Lucía,

Soy Álvaro, consultor en Talento Norte. Estoy ayudando a una empresa líder del sector retail en \
Madrid a incorporar un/a Data Engineer con experiencia en Spark y Airflow.

Ofrecen contrato indefinido, 50–58 k€ y modelo híbrido. Por tu experiencia creo que podría \
encajarte muy bien. ¿Te apetece que hablemos 15 minutos esta semana?

Un saludo,
Álvaro Prieto
Talento Norte Consultores
""",
        label_role="Data Engineer",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Banco Almenara", "avisos@bancoalmenara.es"),
        lang="es",
        subject="Aviso: recibo devuelto",
        tags=["hard:unfortunately_bank"],
        body="""Estimada clienta:

Lamentablemente, no hemos podido atender el cargo del recibo de su seguro de hogar por importe \
de 38,50 € por falta de saldo disponible.

Le recomendamos revisar el saldo de su cuenta terminada en 4471. Puede consultar el detalle en \
la app de Banco Almenara.

Atentamente,
Banco Almenara
""",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Mercado Sol", "ofertas@mercadosol.es"),
        lang="es",
        bulk=True,
        subject="⚡ Oferta flash: hasta -40% solo hoy",
        tags=["shopping", "hard:boilerplate_offer"],
        hstyle="heavy",
        body="""¡Hola Lucía!

Nuestra oferta flash empieza ahora: hasta un 40% de descuento en electrónica y hogar, solo \
durante 24 horas.

Además, envío gratis en pedidos superiores a 30 €.

Ver ofertas: https://www.mercadosol.es/flash?u={token}

¿No quieres recibir más correos? Darte de baja: https://www.mercadosol.es/baja
""",
    )


# ---------------------------------------------------------------------------------------------
# Português (Brasil)
# ---------------------------------------------------------------------------------------------


def portuguese(c: Corpus) -> None:
    a = c.add
    a(
        "applied",
        "ipe",
        at="2025-08-18 19:22",
        subject="Recebemos sua candidatura! 💚",
        body="""Olá, {first}!

Que bom ter você por aqui! Recebemos sua candidatura para a vaga de {role} na {co}.

Agora é com a gente: nosso time de Tech Recruiting vai analisar seu perfil com carinho. Você pode \
acompanhar cada etapa do processo seletivo pela sua área de candidato.

Fique de olho no seu e-mail (e na caixa de spam também 😉).

Abraços,
Time de Pessoas | {co}
""",
        tags=["ats:gupy"],
    )

    a(
        "applied",
        "jabuticaba",
        at="2025-06-02 10:00",
        name="jab_ack",
        subject="Obrigado por se candidatar à {co}",
        body="""Oi, {first}!

Obrigado pelo interesse na {co}. Recebemos sua candidatura para a vaga de {role}.

Nosso time vai avaliar seu perfil e, se houver fit, entraremos em contato para agendar uma \
conversa inicial. Caso o retorno demore um pouco, não se preocupe: respondemos todas as \
candidaturas.

Até breve,
Time de Talent Acquisition
{co}
""",
    )

    a(
        "applied",
        "serraazul",
        subject="Candidatura recebida – {req} {role}",
        html="only",
        body="""Prezado(a) {first},

Agradecemos seu interesse em fazer parte do {co}. Confirmamos o recebimento de sua candidatura \
para a vaga {req} – {role}.

Seu currículo será analisado pela equipe de Recrutamento e Seleção. Caso seu perfil não seja \
selecionado para esta oportunidade, ele permanecerá em nosso banco de talentos para futuras \
vagas.

Atenciosamente,
Recrutamento e Seleção
{co}
""",
        tags=["hard:keep_on_file", "hard:conditional_rejection"],
    )

    a(
        "applied",
        "mare",
        via="rec",
        at="2025-10-13 16:20",
        subject="Re: Vaga Analista de BI",
        body="""Oi {first}, tudo bem?

Recebi seu currículo, obrigada! Vou passar para o gestor da área ainda esta semana e te dou um \
retorno até sexta.

Abs,
Fernanda Lopes
RH | {co}
""",
        quote=Quote(
            "Rafael Siqueira",
            "rafael.siqueira@hotmail.com",
            1,
            """Olá, Fernanda!

Vi a vaga de Analista de BI no LinkedIn e gostaria de me candidatar. Segue meu currículo em \
anexo.

Obrigado,
Rafael""",
        ),
        label_role="Analista de BI",
    )

    a(
        "rejected",
        "ipe",
        at="2025-09-05 15:10",
        subject="Atualização sobre o seu processo na {co}",
        body="""Olá, {first}!

Primeiro, queremos agradecer muito pela sua participação no processo seletivo para a vaga de \
{role}.

Depois de muita conversa, optamos por seguir com outra pessoa candidata, cujo perfil está mais \
alinhado ao momento do time. Sabemos que não é a notícia que você esperava, mas queremos que saiba \
que seu perfil ficará no nosso banco de talentos para próximas oportunidades.

Um abraço,
Time de Pessoas | {co}
""",
        tags=["ats:gupy", "hard:polite_rejection", "hard:keep_on_file"],
    )

    a(
        "rejected",
        "serraazul",
        subject="Retorno sobre sua candidatura – {req}",
        body="""Prezado(a) {first},

Agradecemos sua participação no processo seletivo para a vaga {req} – {role}.

Infelizmente, seu perfil não foi selecionado para as próximas etapas. Desejamos sucesso em sua \
trajetória profissional.

Atenciosamente,
Recrutamento e Seleção
{co}
""",
        html="only",
    )

    a(
        "rejected",
        "cajuina",
        at="2025-07-14 11:40",
        subject="Sobre a vaga de {role}",
        body="""Oi, {first}!

Queremos te dar um retorno sobre a vaga de {role}. Por uma mudança no planejamento do time de \
dados para o próximo semestre, a vaga foi encerrada e não seguiremos com as contratações neste \
momento.

Agradecemos de verdade pelo seu tempo nas entrevistas. Se a posição for reaberta, você será uma \
das primeiras pessoas que vamos procurar.

Abraços,
{rec}
{rec_title} | {co}
""",
        via="rec",
        tags=["hard:role_cancelled", "hard:polite_rejection"],
    )

    a(
        "interview",
        "ipe",
        via="rec",
        at="2025-08-25 09:15",
        subject="Convite para entrevista – {role}",
        body="""Olá, {first}! Tudo bem?

Gostamos muito do seu perfil e queremos te convidar para uma entrevista com o time de \
Engenharia.

📅 {ivday}
🕑 {ivtime} (horário de Brasília)
📍 Google Meet – o link vai no convite da agenda

A conversa dura cerca de uma hora: 20 minutos sobre sua trajetória e o restante sobre um \
problema técnico do nosso dia a dia.

Consegue confirmar?

Juliana Castro
Tech Recruiter | {co}
""",
        iv=(3, 14, 0),
    )

    a(
        "interview",
        "mare",
        via="rec",
        at="2025-10-16 10:00",
        subject="Entrevista com o gestor",
        body="""Oi {first}!

O Carlos, gestor da área de dados, gostou bastante do seu currículo e quer conversar com você. \
Pode ser {ivday}, às {ivtime}, aqui no escritório? Fica na Av. Portugal, 1200 – Santos.

Me confirma por aqui ou pelo WhatsApp (13) 99876-5432.

Abs,
Fernanda
""",
        iv=(2, 10, 0),
    )

    a(
        "interview",
        "jabuticaba",
        via="rec",
        at="2025-06-18 08:40",
        subject="Remarcação da sua entrevista",
        body="""Oi, {first}!

Infelizmente o Pedro, que faria sua entrevista técnica amanhã, precisou viajar de última hora. \
Sinto muito pelo transtorno!

Podemos remarcar para {ivday}, às {ivtime}? Se não der, me passa outros horários que funcionem \
pra você.

Abraços,
Bruno
""",
        iv=(3, 16, 0),
        tags=["hard:unfortunately_non_rejection", "hard:reschedule"],
    )

    a(
        "assessment",
        "ipe",
        at="2025-08-20 12:00",
        subject="Próxima etapa: teste técnico",
        body="""Olá, {first}!

Você avançou no processo seletivo para {role}! 🎉

A próxima etapa é um teste técnico online com duas questões de programação e uma de modelagem de \
dados. Você terá 2 horas para concluir a partir do momento em que começar.

Prazo para realizar: até {dlday}, às 23h59.

Acesse pelo link: https://ipepagamentos.gupy.io/candidates/tests/{token}

Boa sorte!
Time de Pessoas | {co}
""",
        dl=3,
        tags=["ats:gupy", "hard:congratulations_not_offer"],
    )

    a(
        "offer",
        "jabuticaba",
        via="rec",
        at="2025-06-30 17:30",
        subject="Proposta – {role}",
        body="""Oi, {first}!

Que alegria escrever este e-mail: queremos muito você no time! 🎉

Segue o resumo da nossa proposta para a vaga de {role}:

- Regime CLT
- Salário: R$ 19.500,00 mensais
- Vale-refeição de R$ 1.200,00 e plano de saúde e odontológico sem coparticipação
- Trabalho remoto, com encontros trimestrais em São Paulo
- Início: 4 de agosto

Pode nos dar uma resposta até {dl}? Qualquer dúvida, me chama.

Abraços,
Bruno Almeida
""",
        dl=5,
    )

    a(
        "update",
        "serraazul",
        subject="Seu processo seletivo – atualização",
        body="""Prezado(a) {first},

Gostaríamos de informar que sua candidatura para a vaga {req} – {role} continua em análise.

Em função do volume de candidaturas, o processo está levando mais tempo do que o previsto. \
Pretendemos concluir esta etapa até {by} e retornaremos com uma posição.

Agradecemos a compreensão.

Recrutamento e Seleção
{co}
""",
        by=10,
        tags=["hard:delayed", "hard:decision_date"],
    )

    a(
        "request",
        "mare",
        via="rec",
        at="2025-11-10 09:00",
        subject="Documentos para admissão",
        body="""Oi {first}, parabéns mais uma vez!

Para darmos andamento à sua admissão, preciso que você me envie até {dl}:

- RG e CPF
- Carteira de Trabalho Digital (print da tela principal)
- Comprovante de residência
- Certificado de conclusão do curso superior
- Dados bancários para depósito do salário

Pode mandar tudo por e-mail mesmo, em PDF.

Abs,
Fernanda
""",
        dl=4,
    )

    a(
        "reference_check",
        "jabuticaba",
        via="rec",
        at="2025-06-25 14:00",
        subject="Checagem de referências",
        body="""Oi, {first}!

Estamos na etapa final do processo e gostaríamos de conversar com duas referências \
profissionais suas, de preferência alguém que tenha sido sua liderança direta.

Pode me mandar nome, empresa, cargo e telefone de cada uma?

Obrigado!
Bruno
""",
    )

    a(
        "outreach",
        None,
        via="platform",
        frm=("Tatiane Rocha", "tatiane@raiztalentos.com.br"),
        lang="pt",
        company="",
        hstyle="gmail",
        tags=["agency", "hard:agency_unnamed_client"],
        subject="Oportunidade confidencial – Engenharia de Dados",
        body="""Oi, Rafael! Tudo bem?

Sou a Tatiane, da Raiz Talentos. Estou conduzindo um processo confidencial para uma fintech em \
crescimento em São Paulo, que busca uma pessoa Engenheira de Dados Sênior (remoto, PJ ou CLT).

Vi sua experiência com pipelines em tempo real e acho que tem muito a ver. Topa uma conversa \
rápida esta semana?

Abraços,
Tatiane Rocha
Raiz Talentos
""",
        label_role="Engenheira de Dados Sênior",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Banco Pitanga", "nao-responda@bancopitanga.com.br"),
        lang="pt",
        subject="Não conseguimos processar seu pagamento",
        tags=["hard:unfortunately_bank"],
        body="""Olá, Rafael.

Infelizmente não foi possível processar o pagamento da sua fatura de R$ 1.284,55 com débito \
automático, por saldo insuficiente.

Para evitar juros e multa, você pode pagar pelo app usando Pix ou boleto até amanhã.

Banco Pitanga
""",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Gupy", "vagas@gupy.com.br"),
        lang="pt",
        bulk=True,
        subject="Vagas que combinam com você, Rafael",
        hstyle="heavy",
        tags=["job_alert", "hard:boilerplate_interview"],
        body="""Olá, Rafael!

Separamos algumas vagas que combinam com o seu perfil:

Pessoa Engenheira de Dados – Ipê Pagamentos – Remoto
Analista de Dados Pleno – Grupo Serra Azul – Belo Horizonte
Engenheiro(a) de Software – Maré Logística – Santos

Dica: prepare-se para a entrevista revisando os valores da empresa.

Ver todas as vagas: https://portal.gupy.io/vagas?ref={token}
""",
    )


# ---------------------------------------------------------------------------------------------
# Nederlands
# ---------------------------------------------------------------------------------------------


def dutch(c: Corpus) -> None:
    a = c.add
    a(
        "applied",
        "duinvogel",
        at="2025-10-06 09:12",
        subject="Bedankt voor je sollicitatie!",
        body="""Hoi {first},

Bedankt voor je sollicitatie op de functie {role} bij {co}! We hebben je cv en motivatie in \
goede orde ontvangen.

Femke bekijkt je sollicitatie samen met het team en laat binnen twee weken van zich horen.

Groet,
Team {co}
""",
        tags=["ats:recruitee"],
    )

    a(
        "applied",
        "polderlicht",
        subject="Ontvangstbevestiging sollicitatie {req} {role}",
        body="""Beste {first},

Hartelijk dank voor je sollicitatie op de vacature {role} ({req}) bij {co}.

We nemen je sollicitatie zorgvuldig in behandeling. Binnen tien werkdagen na het sluiten van de \
vacature hoor je of je wordt uitgenodigd voor een gesprek. Mocht je niet door gaan naar de \
volgende ronde, dan laten we je dat ook weten.

Met vriendelijke groet,
Talent Acquisition {co}
""",
        html="only",
        tags=["hard:conditional_rejection", "hard:boilerplate_interview"],
    )

    a(
        "applied",
        "gracht",
        via="rec",
        subject="Ontvangstbevestiging sollicitatie",
        hstyle="outlook",
        charset="windows-1252",
        cte="quoted-printable",
        body="""Geachte mevrouw {last},

Hartelijk dank voor uw sollicitatie naar de functie van {role} bij {co}.

Wij hebben uw brief en cv in goede orde ontvangen. De selectiecommissie beoordeelt alle \
sollicitaties na de sluitingsdatum van de vacature. U ontvangt uiterlijk binnen drie weken \
bericht van ons.

Met vriendelijke groet,

Marloes Jansen
HR-adviseur
{co}
""",
    )

    a(
        "rejected",
        "zeeweg",
        at="2025-10-29 14:30",
        subject="Je sollicitatie bij {co}",
        body="""Hoi {first},

Nogmaals bedankt voor je sollicitatie en het fijne gesprek van vorige week.

Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie. We hebben gekozen \
voor een kandidaat met meer ervaring in Django en Kubernetes. Dat was geen makkelijke keuze.

Heel veel succes met je zoektocht!

Groet,
{rec}
{rec_title}, {co}
""",
        tags=["ats:recruitee"],
    )

    a(
        "rejected",
        "polderlicht",
        at="2026-01-19 09:00",
        subject="Terugkoppeling op je sollicitatie ({req})",
        body="""Beste {first},

Bedankt voor je interesse in de functie {role} bij {co}.

Na zorgvuldige afweging hebben we besloten verder te gaan met kandidaten van wie het profiel \
beter aansluit bij de functie-eisen. We bewaren je gegevens graag een jaar in ons talentpool, \
zodat we je kunnen benaderen voor toekomstige vacatures.

Met vriendelijke groet,
Talent Acquisition {co}
""",
        html="only",
        tags=["hard:polite_rejection", "hard:keep_on_file"],
    )

    a(
        "rejected",
        "havenzicht",
        via="rec",
        hstyle="outlook",
        charset="windows-1252",
        subject="Vacature Financieel Controller",
        body="""Geachte mevrouw {last},

Graag informeren wij u over de stand van zaken rondom de vacature {role}.

Inmiddels is de vacature vervuld. Wij danken u hartelijk voor uw belangstelling en de tijd die u \
in uw sollicitatie heeft gestoken.

Met vriendelijke groet,

{rec}
{rec_title}
{co}
""",
        tags=["hard:position_filled", "hard:polite_rejection"],
    )

    a(
        "interview",
        "duinvogel",
        via="rec",
        at="2025-10-14 11:50",
        subject="Uitnodiging kennismakingsgesprek",
        body="""Hoi {first},

Leuk dat je hebt gesolliciteerd! We willen graag kennismaken. Zou je op {ivday} om {ivtime} \
langs kunnen komen op ons kantoor in Haarlem (Spaarne 88)?

Je spreekt dan met mij en Ruben, onze tech lead. Reken op ongeveer een uur, en de koffie staat \
klaar.

Laat je even weten of dat past?

Groet,
Femke
""",
        iv=(4, 13, 30),
    )

    a(
        "interview",
        "gracht",
        via="rec",
        hstyle="outlook",
        charset="windows-1252",
        subject="Uitnodiging tweede gesprek – {role}",
        body="""Geachte mevrouw {last},

Naar aanleiding van het eerste gesprek nodigen wij u graag uit voor een tweede gesprek voor de \
functie van {role}. Dit gesprek vindt plaats op {ivday} om {ivtime} uur op ons kantoor aan de \
Keizersgracht 214 in Amsterdam.

U spreekt met de heer De Wit (CFO) en mevrouw Bos (teamleider Control). Wij verzoeken u een \
geldig legitimatiebewijs mee te nemen.

Met vriendelijke groet,

Marloes Jansen
HR-adviseur
""",
        iv=(5, 15, 0),
    )

    teams(
        c,
        "interview",
        "polderlicht",
        at="2025-11-03 10:00",
        days=3,
        hour=14,
        minutes=60,
        summary="Sollicitatiegesprek Data Engineer Netbeheer – Sanne Visser",
        desc="Beste Sanne,\n\nHierbij de uitnodiging voor het gesprek met Erik (teamlead Data) "
        "en mij via Teams.\n\nMet vriendelijke groet,\nJoost Bakker\nTalent Acquisition, "
        "Polderlicht Energie",
        persona="nl",
        role="Data Engineer Netbeheer",
        org=("Joost Bakker", "joost.bakker@polderlicht.nl"),
    )

    a(
        "assessment",
        "duinvogel",
        via="rec",
        at="2025-10-20 16:00",
        subject="Technische opdracht – {role}",
        body="""Hoi {first},

Zoals besproken sturen we je hierbij de technische opdracht. Je bouwt een kleine REST-API in \
Python (FastAPI of Flask) die parkeerdata van de gemeente inleest en een paar vragen beantwoordt.

Je vindt de opdracht en de dataset hier: https://gitlab.com/duinvogel/opdracht-{token}

Besteed er niet meer dan drie uur aan. Graag ontvangen we je oplossing vóór {dlday}.

Succes!
Ruben
""",
        dl=5,
    )

    a(
        "offer",
        "duinvogel",
        via="rec",
        at="2025-11-21 15:40",
        subject="Aanbod – {role}",
        body="""Hoi {first},

Goed nieuws: we willen je graag aannemen als {role}! 🎉

Ons aanbod in het kort:
- Bruto maandsalaris: € 4.450 op basis van 40 uur
- 8% vakantiegeld en 26 vakantiedagen
- Contract voor 12 maanden, met de intentie tot vast
- Startdatum: 5 januari

Het arbeidsvoorwaardenvoorstel volgt vandaag nog per mail. Laat je ons vóór {dl} weten of je \
het aanbod aanneemt?

Groet,
Femke
""",
        dl=5,
    )

    a(
        "update",
        "polderlicht",
        at="2025-11-17 10:00",
        subject="Stand van zaken vacature {req}",
        body="""Beste {first},

Graag informeren we je over de vacature {role} ({req}).

Door een interne herziening van de teamindeling is de vacature tijdelijk on hold gezet. Er is nog \
geen besluit genomen over kandidaten; je sollicitatie blijft gewoon in behandeling. We verwachten \
je uiterlijk {by} meer te kunnen vertellen.

Met vriendelijke groet,
Talent Acquisition {co}
""",
        by=15,
        tags=["hard:on_hold", "hard:decision_date"],
    )

    a(
        "reference_check",
        "gracht",
        via="rec",
        hstyle="outlook",
        charset="windows-1252",
        subject="Aanvraag Verklaring Omtrent het Gedrag (VOG)",
        body="""Geachte mevrouw {last},

Zoals besproken is voor de functie van {role} een Verklaring Omtrent het Gedrag (VOG) vereist.

U ontvangt vandaag een e-mail van Justis met een link om de VOG digitaal aan te vragen. De kosten \
worden door {co} vergoed. Wilt u de aanvraag binnen vijf werkdagen afronden?

Daarnaast nemen wij, zoals afgesproken, contact op met de twee referenten die u heeft opgegeven.

Met vriendelijke groet,

Marloes Jansen
HR-adviseur
""",
        tags=["hard:background_check"],
    )

    a(
        "request",
        "duinvogel",
        via="rec",
        at="2025-11-26 10:05",
        subject="Gegevens voor je contract",
        body="""Hoi {first},

Wat fijn dat je ja hebt gezegd! Om je contract en de salarisadministratie in orde te maken, heb \
ik nog het volgende van je nodig:

- een kopie van je paspoort of ID-kaart (voor- en achterkant)
- je IBAN
- je BSN

Je kunt het veilig uploaden via deze link: https://duinvogel.recruitee.com/upload/{token}

Groet,
Femke
""",
    )

    a(
        "outreach",
        None,
        via="platform",
        frm=("Bas Hendriks", "bas@brugwerk.nl"),
        lang="nl",
        company="",
        hstyle="gmail",
        tags=["agency", "hard:agency_unnamed_client"],
        subject="Vacature Data Engineer – energiebedrijf regio Utrecht",
        body="""Hoi Sanne,

Ik ben Bas van Brugwerk Werving & Selectie. Voor een opdrachtgever, een groot energiebedrijf in \
de regio Utrecht, zoek ik een Data Engineer die mee wil bouwen aan hun nieuwe dataplatform.

Hybride werken, € 4.800 – € 6.200 bruto per maand en een leaseauto. Sta je open voor een \
vrijblijvend gesprek?

Groet,
Bas Hendriks
Brugwerk Werving & Selectie
""",
        label_role="Data Engineer",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Duinbank", "noreply@duinbank.nl"),
        lang="nl",
        subject="Uw betaling is niet gelukt",
        tags=["hard:unfortunately_bank"],
        body="""Beste mevrouw Visser,

Helaas is de automatische incasso van Ziggo van € 61,50 niet gelukt, omdat er onvoldoende saldo \
op uw rekening stond.

Zorg ervoor dat er voldoende saldo is; de incassant probeert het mogelijk opnieuw.

Met vriendelijke groet,
Duinbank
""",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Nationale Vacaturebank", "alert@nationalevacaturebank.nl"),
        lang="nl",
        bulk=True,
        subject="6 nieuwe vacatures voor 'data engineer'",
        hstyle="heavy",
        tags=["job_alert"],
        body="""Hoi Sanne,

Er zijn 6 nieuwe vacatures die passen bij je zoekopdracht 'data engineer':

Data Engineer Netbeheer – Polderlicht Energie – Arnhem
Medior Data Engineer – Duinvogel Software – Haarlem
Data Engineer – Gracht & Co – Amsterdam

Bekijk alle vacatures: https://www.nationalevacaturebank.nl/alert/{token}

Je ontvangt deze e-mail omdat je een vacature-alert hebt ingesteld.
""",
    )


# ---------------------------------------------------------------------------------------------
# Italiano
# ---------------------------------------------------------------------------------------------


def italian(c: Corpus) -> None:
    a = c.add
    a(
        "applied",
        "cipresso",
        at="2025-03-03 09:40",
        subject="Grazie per la tua candidatura!",
        body="""Ciao {first},

grazie per esserti candidata per la posizione di {role} in {co}! Abbiamo ricevuto il tuo CV.

Chiara del team HR lo valuterà nei prossimi giorni e ti ricontatterà entro due settimane, in ogni \
caso.

A presto,
Il team di {co}
""",
    )

    a(
        "applied",
        "brenta",
        subject="Conferma ricezione candidatura – Rif. {req}",
        body="""Gentile {first} {last},

La ringraziamo per l'interesse dimostrato nei confronti di {co} e Le confermiamo di aver ricevuto \
la Sua candidatura per la posizione di {role} (rif. {req}).

Il Suo profilo sarà valutato con attenzione dal nostro Ufficio Selezione. Qualora non venisse \
selezionato per questa posizione, conserveremo il Suo curriculum per eventuali future \
opportunità, nel rispetto della normativa sulla privacy.

Cordiali saluti,
Ufficio Selezione
{co}
""",
        tags=["hard:keep_on_file", "hard:conditional_rejection"],
        charset="iso-8859-15",
    )

    a(
        "applied",
        "lagunare",
        via="rec",
        subject="Candidatura ricevuta – {role}",
        frm=("Lagunare Assicurazioni – Risorse Umane", "selezione@lagunare.it"),
        body="""Gentile {first},

La ringraziamo per aver inviato la Sua candidatura per la posizione di {role}.

Il nostro processo di selezione prevede un primo colloquio conoscitivo con le Risorse Umane, \
seguito da un colloquio tecnico. La contatteremo qualora il Suo profilo risulti in linea con la \
posizione.

Cordiali saluti,
Risorse Umane
Lagunare Assicurazioni
""",
        tags=["hard:boilerplate_interview"],
        charset="iso-8859-1",
        cte="8bit",
    )

    a(
        "applied",
        "dolomia",
        at="2025-11-10 13:30",
        name="dol_ack",
        subject="La tua candidatura per {role}",
        body="""Ciao {first},

grazie per esserti candidata in {co}! Abbiamo ricevuto la tua candidatura per la posizione di \
{role}.

Il team la leggerà con attenzione; se il tuo profilo è in linea, ti scriveremo per fissare una \
prima chiacchierata.

Un saluto dalle Dolomiti,
Il team {co}
""",
    )

    a(
        "rejected",
        "cipresso",
        at="2025-03-26 16:45",
        subject="Aggiornamento sulla tua candidatura",
        body="""Ciao {first},

grazie ancora per il tempo che ci hai dedicato durante il processo di selezione per {role}.

Purtroppo abbiamo deciso di non proseguire con la tua candidatura: cercavamo un profilo con più \
esperienza su React Native. Ti auguriamo il meglio per la tua ricerca.

Un caro saluto,
Chiara Rinaldi
HR Specialist, {co}
""",
        tags=["hard:neutral_subject"],
    )

    a(
        "rejected",
        "brenta",
        subject="Esito candidatura – Rif. {req}",
        body="""Gentile {first} {last},

La ringraziamo per l'interesse mostrato per la posizione di {role}.

Dopo un'attenta valutazione, abbiamo deciso di proseguire l'iter di selezione con altri profili \
maggiormente in linea con le esigenze attuali. Terremo comunque in considerazione il Suo \
curriculum per future opportunità.

Cordiali saluti,
Ufficio Selezione
{co}
""",
        tags=["hard:polite_rejection", "hard:keep_in_mind"],
        charset="iso-8859-15",
    )

    a(
        "rejected",
        "dolomia",
        via="platform",
        frm=("LinkedIn", "jobs-noreply@linkedin.com"),
        at="2025-12-02 10:10",
        subject="La tua candidatura per {role} presso {co}",
        hstyle="heavy",
        extra=[
            ("X-LinkedIn-Class", "JOBS-APPLICANT"),
            ("X-LinkedIn-Template", "jobs_applicant_rejected"),
            ("X-LinkedIn-fbl", "{token}"),
        ],
        tags=["board:linkedin", "hard:other_companies_listed"],
        body="""Il tuo aggiornamento da {co}

Grazie per l'interesse mostrato per la posizione di {role} presso {co}. Purtroppo {co} ha deciso \
di non procedere con la tua candidatura.

Offerte per cui potresti essere un buon candidato:
Sviluppatore Full Stack · Cipresso Digitale · Milano
Cloud Engineer · Officine Brenta · Padova

Questa email è destinata a {full}.
© LinkedIn Corporation
""",
    )

    a(
        "interview",
        "lagunare",
        via="rec",
        subject="Invito a colloquio – {role}",
        frm=("Francesca Bellini", "francesca.bellini@lagunare.it"),
        body="""Gentile {first},

a seguito della Sua candidatura per la posizione di {role}, siamo lieti di invitarLa a un \
colloquio conoscitivo presso la nostra sede di Venezia Mestre, Via Torino 45, il giorno {ivday} \
alle ore {ivtime}.

Il colloquio avrà una durata di circa un'ora. La preghiamo di confermare la Sua presenza \
rispondendo a questa email.

Cordiali saluti,
Francesca Bellini
Risorse Umane – Lagunare Assicurazioni
""",
        iv=(5, 11, 0),
        charset="windows-1252",
        hstyle="outlook",
    )

    gcal_intl(
        c,
        "interview",
        "dolomia",
        lang="it",
        at="2025-11-18 15:00",
        days=3,
        hour=10,
        minutes=60,
        summary="Colloquio tecnico Dolomia Tech – Giulia Marchetti",
        desc="Colloquio tecnico con Luca e Sara (team Platform).",
        tags=("hard:empty_body",),
        role="",
    )

    a(
        "assessment",
        "cipresso",
        via="rec",
        at="2025-03-11 10:20",
        subject="Prova tecnica – {role}",
        body="""Ciao {first},

come anticipato al telefono, ti inviamo la prova tecnica per la posizione di {role}: una piccola \
app React + Node che gestisce le prenotazioni di un'aula studio.

Trovi le istruzioni qui: https://cipressodigitale.teamtailor.com/prova/{token}

Hai tempo fino a {dlday} per consegnarla. Non serve che sia perfetta: ci interessa vedere come \
ragioni.

Buon lavoro!
Chiara
""",
        dl=6,
    )

    a(
        "offer",
        "lagunare",
        via="rec",
        subject="Proposta di assunzione",
        frm=("Francesca Bellini", "francesca.bellini@lagunare.it"),
        attach=[
            Part(
                "application/pdf",
                fake_pdf(
                    "Lagunare Assicurazioni - Lettera di assunzione",
                    [
                        "Posizione: Data Scientist",
                        "RAL: 46.000 EUR",
                        "CCNL Assicurativo",
                        "Data di inizio: 1 febbraio",
                    ],
                    pad_kb=4,
                    seed="lagunare",
                ),
                charset=None,
                filename="Lettera_proposta_Marchetti.pdf",
            )
        ],
        body="""Gentile {first},

siamo lieti di comunicarLe che, al termine del percorso di selezione, abbiamo deciso di \
proporLe l'assunzione a tempo indeterminato per la posizione di {role}.

In allegato trova la lettera con le condizioni economiche (RAL 46.000 €, CCNL del settore \
assicurativo) e la data di inizio proposta.

La preghiamo di comunicarci la Sua decisione entro il {dl}.

Cordiali saluti,
Francesca Bellini
Risorse Umane – Lagunare Assicurazioni
""",
        dl=6,
    )

    a(
        "update",
        "brenta",
        subject="Aggiornamento sulla selezione – Rif. {req}",
        body="""Gentile {first} {last},

desideriamo informarLa che il processo di selezione per la posizione di {role} è stato \
temporaneamente sospeso a causa di una riorganizzazione interna.

La Sua candidatura resta attiva e sarà nostra cura aggiornarLa non appena la selezione riprenderà.

Cordiali saluti,
Ufficio Selezione
{co}
""",
        tags=["hard:on_hold"],
        charset="iso-8859-15",
    )

    a(
        "request",
        "lagunare",
        via="rec",
        subject="Documentazione mancante",
        frm=("Francesca Bellini", "francesca.bellini@lagunare.it"),
        body="""Gentile {first},

purtroppo nella documentazione che ci ha inviato manca la copia del certificato di laurea \
magistrale. Potrebbe inviarcela entro {dl}, insieme a una copia del codice fiscale?

Senza questi documenti non possiamo completare la pratica.

Grazie e cordiali saluti,
Francesca Bellini
""",
        dl=4,
        tags=["hard:unfortunately_non_rejection"],
    )

    a(
        "reference_check",
        "dolomia",
        via="rec",
        at="2025-11-26 09:10",
        subject="Referenze – {role}",
        body="""Ciao {first},

il team è molto contento dei colloqui! Come ultimo passaggio ci piacerebbe sentire due persone \
che hanno lavorato con te di recente, meglio se una era il tuo responsabile.

Mi mandi nome, ruolo, azienda e un contatto per ciascuna?

Grazie mille,
Luca
""",
    )

    a(
        "outreach",
        None,
        via="platform",
        frm=("Alessandra Greco", "a.greco@sestante-search.it"),
        lang="it",
        company="",
        hstyle="outlook",
        mid_style="outlook",
        tags=["agency", "hard:agency_unnamed_client"],
        subject="Opportunità riservata – Head of Data – gruppo assicurativo",
        body="""Gentile Giulia,

mi chiamo Alessandra Greco e lavoro per Sestante Executive Search. Stiamo seguendo, in esclusiva \
e con la massima riservatezza, la ricerca di un/una Head of Data per un importante gruppo \
assicurativo del Nord Est.

Il Suo profilo mi sembra molto interessante. Sarebbe disponibile per una breve telefonata nei \
prossimi giorni?

Cordiali saluti,
Alessandra Greco
Sestante Executive Search
""",
        label_role="Head of Data",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Banca Adriatica", "comunicazioni@bancaadriatica.it"),
        lang="it",
        subject="Addebito non riuscito",
        tags=["hard:unfortunately_bank"],
        body="""Gentile cliente,

purtroppo non è stato possibile addebitare la rata del finanziamento di 215,00 € per fondi \
insufficienti sul conto.

La invitiamo a effettuare un versamento entro 5 giorni lavorativi per evitare l'applicazione di \
interessi di mora.

Banca Adriatica
""",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("InfoJobs Italia", "notifiche@infojobs.it"),
        lang="it",
        bulk=True,
        subject="Nuove offerte di lavoro per te",
        hstyle="heavy",
        tags=["job_alert", "hard:boilerplate_offer"],
        body="""Ciao Giulia,

ecco le nuove offerte di lavoro in linea con le tue ricerche:

Data Scientist – Lagunare Assicurazioni – Venezia
Data Analyst – Officine Brenta – Padova
Sviluppatore Python – Cipresso Digitale – Milano

Candidati subito: https://www.infojobs.it/offerte?alert={token}

Ricevi questa email perché hai attivato un avviso. Disattiva avviso.
""",
    )


# ---------------------------------------------------------------------------------------------
# עברית, العربية, 日本語
# ---------------------------------------------------------------------------------------------


def others(c: Corpus) -> None:
    a = c.add
    a(
        "applied",
        "ofek",
        at="2025-12-14 10:20",
        subject="תודה על הגשת המועמדות ל{co}",
        body="""היי {first},

תודה שהגשת מועמדות למשרת {role} ב{co}!

קיבלנו את קורות החיים שלך, והצוות שלנו יעבור עליהם בימים הקרובים. אם הפרופיל שלך מתאים, נחזור \
אלייך לתיאום שיחה ראשונה.

בהצלחה,
צוות הגיוס של {co}
""",
        tags=["ats:comeet"],
        hdr_enc="b",
    )

    a(
        "interview",
        "ofek",
        via="rec",
        at="2025-12-22 09:05",
        frm=("מיכל ברק", "michal@ofekcyber.co.il"),
        subject="הזמנה לראיון – {role}",
        body="""היי {first},

שמחים לעדכן שנרצה להזמין אותך לראיון טכני במשרדים שלנו בתל אביב (דרך מנחם בגין 132) \
ב{ivday} בשעה {ivtime}.

הראיון יימשך כשעה וחצי, עם ראש צוות ה-Backend ואיתי.

אשמח לאישור הגעה.

מיכל ברק
מגייסת, אופק סייבר
""",
        iv=(3, 11, 0),
        hdr_enc="b",
    )

    a(
        "rejected",
        "ofek",
        via="rec",
        at="2026-01-08 16:40",
        frm=("מיכל ברק", "michal@ofekcyber.co.il"),
        subject="עדכון לגבי המועמדות שלך",
        body="""היי {first},

תודה רבה על הזמן שהקדשת לתהליך ועל הראיון המעניין.

לאחר שיקול דעת, החלטנו להתקדם עם מועמד/ת אחר/ת שהניסיון שלו/ה מתאים יותר לצרכים הנוכחיים של \
הצוות. נשמח לשמור על קשר לקראת משרות עתידיות.

בהצלחה בהמשך הדרך,
מיכל
""",
        hdr_enc="b",
        tags=["hard:polite_rejection"],
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("בנק הגליל", "noreply@galilbank.co.il"),
        lang="he",
        subject="הודעה על חיוב שלא בוצע",
        tags=["hard:unfortunately_bank"],
        hdr_enc="b",
        body="""לקוחה יקרה,

לצערנו, חיוב הוראת הקבע לחברת החשמל בסך 312.40 ₪ לא בוצע עקב חריגה ממסגרת האשראי.

ניתן להסדיר את התשלום באפליקציה או בסניף.

בנק הגליל
""",
    )

    a(
        "applied",
        "wahat",
        via="rec",
        frm=("واحة تك – التوظيف", "careers@wahat.tech"),
        subject="تم استلام طلبك – {role}",
        hdr_enc="b",
        cte="base64",
        body="""عزيزي {first}،

نشكرك على اهتمامك بالانضمام إلى فريق {co}. نؤكد لك أننا استلمنا طلبك لوظيفة {role}.

سيقوم فريق التوظيف بمراجعة طلبك خلال الأيام العشرة القادمة، وسنتواصل معك إذا كان ملفك مناسباً \
للمرحلة التالية.

مع أطيب التحيات،
فريق التوظيف – {co}
""",
    )

    a(
        "interview",
        "wahat",
        via="rec",
        hdr_enc="b",
        cte="base64",
        frm=("ليلى منصور", "layla.mansour@wahat.tech"),
        subject="دعوة لمقابلة – {role}",
        body="""عزيزي {first}،

يسعدنا دعوتك لإجراء مقابلة عبر الفيديو لوظيفة {role} يوم {ivday} في تمام الساعة {ivtime} \
بتوقيت دبي.

ستستغرق المقابلة حوالي ساعة مع مدير الفريق التقني. يرجى تأكيد حضورك بالرد على هذه الرسالة.

مع التحية،
ليلى منصور
أخصائية توظيف – {co}
""",
        iv=(4, 11, 0),
    )

    a(
        "offer",
        "wahat",
        via="rec",
        hdr_enc="b",
        cte="base64",
        frm=("ليلى منصور", "layla.mansour@wahat.tech"),
        subject="عرض عمل – {role}",
        body="""عزيزي {first}،

يسعدنا أن نقدم لك عرض العمل لوظيفة {role} في {co}.

الراتب الشهري: 24,000 درهم إماراتي، بالإضافة إلى تأمين صحي وبدل سكن. تاريخ البدء المقترح: الأول \
من الشهر القادم.

نرجو تأكيد قبولك للعرض قبل {dl}.

مع أطيب التحيات،
ليلى منصور
""",
        dl=5,
    )

    a(
        "rejected",
        "wahat",
        via="rec",
        hdr_enc="b",
        at="2026-05-18 13:00",
        frm=("ليلى منصور", "layla.mansour@wahat.tech"),
        subject="بخصوص طلبك لدى {co}",
        body="""عزيزي {first}،

نشكرك على اهتمامك بوظيفة محلل بيانات ووقتك خلال المقابلات.

بعد دراسة متأنية، قررنا المضي قدماً مع مرشح آخر تتوافق خبرته بشكل أكبر مع متطلبات الوظيفة \
الحالية. سنحتفظ بسيرتك الذاتية للفرص المستقبلية.

مع خالص التمنيات بالتوفيق،
ليلى منصور
""",
        tags=["hard:polite_rejection", "hard:keep_on_file"],
        role="محلل بيانات",
        label_role="محلل بيانات",
    )

    a(
        "applied",
        "sakura",
        subject="【星空システムズ】ご応募ありがとうございます",
        charset="iso-2022-jp",
        cte="7bit",
        hdr_enc="b",
        body="""{last} {first} 様

このたびは、星空システムズ株式会社の「{role}」職にご応募いただき、誠にありがとうございます。

応募書類を確かに受領いたしました。書類選考の結果につきましては、二週間以内にメールにてご連絡いたします。

今後ともよろしくお願いいたします。

星空システムズ株式会社
人事部 採用担当
""",
        lang="ja",
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("ヨツバ書店", "info@yotsuba-books.jp"),
        lang="ja",
        subject="【ヨツバ書店】今週のおすすめ：面接対策の本",
        charset="iso-2022-jp",
        cte="7bit",
        hdr_enc="b",
        bulk=True,
        tags=["newsletter", "hard:boilerplate_interview"],
        body="""佐藤 様

いつもヨツバ書店をご利用いただき、ありがとうございます。

今週のおすすめは「転職面接の教科書」と「内定を勝ち取る職務経歴書」です。
会員様は送料無料でお届けします。

配信停止はこちら：https://www.yotsuba-books.jp/mail/stop
""",
    )
