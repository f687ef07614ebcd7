"""English mail written by people or sent by scheduling, assessment, reference-check, e-signature
and job-board platforms: interviews, assessments, offers, reference checks and outreach.
Written for heardback's tests; all names invented."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from mailkit import (
    CANDIDATES,
    MONTHS,
    WEEKDAYS,
    Corpus,
    Event,
    Part,
    Quote,
    add_workdays,
    digest,
    fake_blob,
    fake_pdf,
    tz_abbrev,
    utc_offset,
)


def build(c: Corpus) -> None:
    outreach(c)
    scheduling(c)
    assessments(c)
    offers(c)
    references(c)
    boards(c)


# ---------------------------------------------------------------------------------------------
# calendar helpers
# ---------------------------------------------------------------------------------------------

PASSCODE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

ZONE_NAME = {
    "PT": "Pacific Time - Los Angeles",
    "MT": "Mountain Time - Denver",
    "CT": "Central Time - Chicago",
    "ET": "Eastern Time - New York",
    "UK": "United Kingdom Time",
    "CET": "Central European Time - Berlin",
    "BRT": "Brasilia Standard Time - Sao Paulo",
}


def _h(t: datetime) -> str:
    h = t.hour % 12 or 12
    m = f":{t.minute:02d}" if t.minute else ""
    return f"{h}{m}{'am' if t.hour < 12 else 'pm'}"


def _when(at: str, days: int, hour: int, minute: int) -> tuple[datetime, datetime]:
    sent = datetime.strptime(at, "%Y-%m-%d %H:%M")
    start = datetime.combine(add_workdays(sent.date(), days), time(hour, minute))
    return sent, start


def gcal(
    c: Corpus,
    kind: str,
    co: str | None,
    *,
    at: str,
    days: int,
    hour: int,
    minute: int = 0,
    minutes: int = 45,
    org: tuple[str, str],
    summary: str,
    desc: str = "",
    persona: str = "en",
    tags: tuple[str, ...] = (),
    company: str | None = None,
    role: str | None = None,
    bare: bool = False,
    tzstyle: str = "iana",
    zone: str | None = None,
    guests: tuple[tuple[str, str], ...] = (),
    method: str = "REQUEST",
    prefix: str = "Invitation",
) -> None:
    """A Google Calendar invitation: almost no prose, the facts are in text/calendar."""
    who = CANDIDATES[persona]
    zone = zone or (c.co(co).tz if co else "ET")
    sent, start = _when(at, days, hour, minute)
    end = start + timedelta(minutes=minutes)
    meet = "https://meet.google.com/" + "-".join(
        digest(summary, at, str(i), n=k, alphabet="abcdefghijkmnopqrstuvwxyz")
        for i, k in enumerate((3, 4, 3))
    )
    ev = Event(
        summary=summary,
        start=start,
        minutes=minutes,
        zone=zone,
        organizer=org,
        attendees=[(who.name, who.email), org, *guests],
        uid=digest(summary, at, "uid", n=26, alphabet="0123456789abcdefghijklmnopqrstuv")
        + "@google.com",
        stamp=sent - timedelta(minutes=utc_offset(zone, sent)),
        description=desc,
        location=meet,
        tzstyle=tzstyle,
        method=method,
        status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
    )
    wd = WEEKDAYS["en"][start.weekday()]
    mon = MONTHS["en"][start.month - 1][:3]
    abbr = tz_abbrev(zone, start)
    subject = (
        f"{prefix}: {summary} @ {wd[:3]} {mon} {start.day}, {start.year} "
        f"{_h(start)} - {_h(end)} ({abbr}) ({who.email})"
    )
    if bare:
        body = f"{summary}\n{wd} {mon} {start.day}, {start.year} ⋅ {_h(start)} – {_h(end)}\n"
    else:
        body = (
            f"{desc + chr(10) + chr(10) if desc else ''}Join with Google Meet\n{meet}\n\n"
            f"Join by phone\n(US) +1 413-555-0{digest(at, 'ph', n=3, alphabet='0123456789')}"
            f" PIN: {digest(at, 'pin', n=9, alphabet='0123456789')}#\n\n"
            f"Organizer\n{org[0]}\n{org[1]}\n\nGuests\n{org[0]} - organizer\n{who.name}\n"
            + "".join(f"{g[0]}\n" for g in guests)
            + "\nView all guest info https://calendar.google.com/calendar/event?action=VIEW"
            f"&eid={digest(at, summary, n=40, alphabet='0123456789abcdefABCDEF')}\n\n"
            f"Reply for {who.email}\n\nInvitation from Google Calendar\n\nYou are receiving "
            "this email because you are an attendee on the event. To stop receiving future "
            "updates for this event, decline this event.\n\nForwarding this invitation could "
            "allow any recipient to send a response to the organizer, be added to the guest "
            "list, invite others regardless of their own invitation status, or modify your "
            "RSVP.\n"
        )
        body = (
            f"{wd} {mon} {start.day}, {start.year} ⋅ {_h(start)} – {_h(end)}\n"
            f"{ZONE_NAME.get(zone, zone)}\n\n" + body
        )
    ics = ev.ics()
    c.add(
        kind,
        co,
        subject=subject.replace("{", "{{").replace("}", "}}"),
        body=body.replace("{", "{{").replace("}", "}}"),
        via="platform",
        frm=org,
        sender="Google Calendar <calendar-notification@google.com>",
        reply_to=org[1],
        calendar=ev,
        attach=[Part("application/ics", ics.encode(), charset=None, filename="invite.ics")],
        at=at,
        persona=persona,
        tags=["tool:google_calendar", *tags],
        company=company,
        label_role=role if role is not None else "",
        hstyle="simple",
        mid_style="gcal",
        cte="quoted-printable",
        trace=True,
    )


def teams(
    c: Corpus,
    kind: str,
    co: str,
    *,
    at: str,
    days: int,
    hour: int,
    minute: int = 0,
    minutes: int = 60,
    summary: str,
    desc: str,
    persona: str = "en",
    tags: tuple[str, ...] = (),
    role: str | None = None,
    tzstyle: str = "windows",
    org: tuple[str, str] | None = None,
) -> None:
    """An Outlook meeting request with a Microsoft Teams link."""
    cobj = c.co(co)
    who = CANDIDATES[persona]
    org = org or (cobj.rec[0], f"{cobj.rec[0].lower().replace(' ', '.')}@{cobj.domain}")
    sent, start = _when(at, days, hour, minute)
    tok = digest(summary, at, n=32, alphabet="abcdefghijklmnopqrstuvwxyz0123456789")
    ev = Event(
        summary=summary,
        start=start,
        minutes=minutes,
        zone=cobj.tz,
        organizer=org,
        attendees=[(who.name, who.email)],
        uid="040000008200E00074C5B7101A82E00800000000"
        + digest(at, summary, n=40, alphabet="0123456789ABCDEF"),
        stamp=sent - timedelta(minutes=utc_offset(cobj.tz, sent)),
        description=desc,
        location="Microsoft Teams Meeting",
        tzstyle=tzstyle,
        prodid="Microsoft Exchange Server 2010",
    )
    body = (
        desc + "\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile "
        "app or room device\nClick here to join the meeting <https://teams.microsoft.com/l/"
        f"meetup-join/19%3ameeting_{tok}%40thread.v2/0>\n\nMeeting ID: "
        f"{digest(at, 'mid', n=3, alphabet='0123456789')} "
        f"{digest(at, 'mid2', n=3, alphabet='0123456789')} "
        f"{digest(at, 'mid3', n=3, alphabet='0123456789')} "
        f"{digest(at, 'mid4', n=3, alphabet='0123456789')}\nPasscode: "
        f"{digest(at, 'pc', n=6, alphabet=PASSCODE)}"
        "\n\nNeed help? <https://aka.ms/JoinTeamsMeeting>\n" + "_" * 80 + "\n"
    )
    c.add(
        kind,
        co,
        subject=summary,
        body=body,
        via="platform",
        frm=org,
        at=at,
        persona=persona,
        calendar=ev,
        hstyle="outlook",
        mid_style="outlook",
        tags=["tool:teams", *tags],
        label_role=role if role is not None else "",
        cte="quoted-printable",
        charset="windows-1252"
        if body.encode("cp1252", "ignore").decode("cp1252") == body
        else "utf-8",
    )


def rec_of(c: Corpus, co: str) -> tuple[str, str]:
    k = c.co(co)
    return (k.rec[0], f"{k.rec[0].lower().replace(' ', '.')}@{k.domain}")


# ---------------------------------------------------------------------------------------------
# interview
# ---------------------------------------------------------------------------------------------


def scheduling(c: Corpus) -> None:
    a = c.add
    # Northwind: Staff role moves on while the Senior application is rejected.
    a(
        "interview",
        "northwind",
        role=1,
        via="rec",
        at="2025-02-18 10:03",
        name="nw_avail",
        persona="en",
        subject="Next steps with {co} – {role}",
        body="""Hi {first},

Thanks for your interest in the {role} role at {co}! I'm happy to share that the hiring team \
would like to move forward with a 30-minute phone conversation with me, followed by a 60-minute \
technical interview with one of our staff engineers.

Could you let me know your availability over the next week using the link below? Please include \
as many times as you can, in Pacific Time.

https://app.greenhouse.io/availability/{token}

Looking forward to talking,
Jenna Alvarez
Technical Recruiter | {co}
""",
        extra=[("X-Greenhouse-Template", "availability_request")],
        tags=["hard:two_roles", "hard:availability_request"],
    )
    gcal(
        c,
        "interview",
        "northwind",
        at="2025-02-20 14:47",
        days=3,
        hour=13,
        minutes=30,
        org=rec_of(c, "northwind"),
        summary="Maya Okafor <> Northwind Robotics: Recruiter Screen (Staff Backend Engineer)",
        role="Staff Backend Engineer",
        tags=("hard:empty_body",),
    )
    a(
        "interview",
        "northwind",
        role=1,
        at="2025-02-28 09:12",
        subject="Your onsite interview with {co} is confirmed",
        persona="en",
        body="""Hi {first},

Your virtual onsite for the {role} position is confirmed for {ivday}. Here's your schedule \
(all times {ivtz}):

- 10:00 – 10:45  System design with Priyanka Shah (Staff Engineer)
- 10:55 – 11:40  Coding with Leo Martins (Senior Engineer)
- 11:40 – 12:20  Lunch break
- 12:20 – 13:05  Values and collaboration with Dana Wu (Engineering Manager)
- 13:15 – 13:45  Wrap-up with Jenna Alvarez (Recruiting)

Each session has its own Zoom link in the calendar invitation you'll receive shortly. If you need \
any accommodations, just reply to this email.

Good luck, and talk soon!
The {co} Recruiting Team
""",
        iv=(5, 10, 0),
        extra=[("X-Greenhouse-Template", "interview_confirmation")],
    )

    # Kestrel: self-schedule link after a re-application
    a(
        "interview",
        "kestrel",
        role=1,
        at="2025-11-17 12:30",
        persona="en",
        subject="Schedule your interview with {co}",
        body="""Hi {first},

We'd like to invite you to a 45-minute technical interview for the {role} position with a member \
of our data platform team.

Please choose a time that works for you using the link below. The link expires in 5 days.

https://app.greenhouse.io/self_schedule/{token}

If none of the available times work, reply to this email and we'll find another option.

Best,
Priya Nair
Senior Talent Partner, {co}
""",
        tags=["hard:reapply", "hard:self_schedule"],
        extra=[("X-Greenhouse-Template", "self_schedule_request")],
    )

    # Quillon (Lever): phone screen from the recruiter, then a take-home
    a(
        "interview",
        "quillon",
        at="2025-06-16 09:25",
        persona="en",
        frm=("Marcus Bell", "no-reply@hire.lever.co"),
        via="platform",
        reply_to="marcus.bell+{token}@hire.lever.co",
        tags=["ats:lever", "hard:person_via_ats"],
        subject="{co} – let's talk about the {role} role",
        body="""Hi {first},

I'm Marcus, and I lead recruiting at {co}. Thanks for applying for the {role} position. Your \
experience with dbt and event data caught our eye.

I'd love to set up a 30-minute phone call to tell you more about the team and hear about what \
you're looking for. Are you free on {ivday} at {ivtime} {ivtz}? If not, feel free to pick \
another slot here: https://calendly.com/marcus-bell-quillon/30min

Talk soon,
Marcus Bell
Recruiting Lead, {co}
""",
        iv=(2, 11, 0),
        hstyle="simple",
    )

    # Saltmarsh: the hiring manager writes from a personal address
    a(
        "interview",
        "saltmarsh",
        via="platform",
        frm=("Dan Whitaker", "dan.whitaker.builds@gmail.com"),
        at="2025-08-12 21:14",
        persona="en",
        name="dan_gmail",
        hstyle="gmail",
        mid_style="gmail",
        subject="Gameplay Engineer role - quick chat?",
        body="""Hi {first},

Dan here. I run the gameplay team at Saltmarsh. Ivy passed your application along, and I loved \
the ragdoll tooling demo on your site.

Would you be up for an informal chat this week? Nothing formal: 30 minutes on video, I'll tell \
you what we're building and you can grill me. Thursday or Friday afternoon works for me.

(Sorry for writing from my personal address — our company mail is having a migration week.)

Dan

--
Dan Whitaker
Gameplay Lead, Saltmarsh Games
""",
        tags=["hard:personal_domain"],
        role="Gameplay Engineer",
        label_role="Gameplay Engineer",
    )
    gcal(
        c,
        "interview",
        "saltmarsh",
        at="2025-08-13 08:02",
        days=1,
        hour=15,
        minutes=30,
        org=("Dan Whitaker", "dan.whitaker.builds@gmail.com"),
        summary="Maya / Dan - chat",
        bare=True,
        tags=("hard:personal_domain", "hard:empty_body", "hard:company_from_thread"),
    )

    # Greenhouse (an ATS vendor as the employer), scheduled through ModernLoop
    a(
        "interview",
        "greenhouse",
        at="2025-10-14 16:20",
        persona="en",
        via="platform",
        frm=("Greenhouse Recruiting", "scheduling@modernloop.io"),
        subject="Your interview schedule: {role}",
        tags=["tool:modernloop", "hard:employer_is_ats_vendor"],
        body="""Hi {first},

Here's your final round schedule for the {role} role at Greenhouse on {ivday}. All times are \
{ivtz}.

1:00 PM – 1:45 PM  Technical deep dive · Marisol Vega, Staff Software Engineer
1:50 PM – 2:35 PM  Pair programming · Andre Boateng, Senior Software Engineer
2:45 PM – 3:15 PM  Product collaboration · Keiko Tan, Product Manager
3:20 PM – 4:00 PM  Hiring manager conversation · Tom Lydgate, Engineering Manager

Video links are in each calendar invitation. Need to reschedule? Reply to this email or use the \
link below.

https://app.modernloop.io/candidate/{token}

Sent by ModernLoop on behalf of Greenhouse
""",
        iv=(3, 13, 0),
    )

    # Plover: reply to the candidate's answer to an outreach sequence
    a(
        "interview",
        "plover",
        via="rec",
        at="2025-09-16 08:41",
        persona="en",
        reply_of="plover_me",
        subject="Re: Quick question, {first}",
        body="""Hi {first},

Wonderful, thanks for getting back to me! I've put a 30-minute intro call on my calendar for \
{ivday} at {ivtime} {ivtz}. You'll get an invite with the Zoom link shortly.

If that time doesn't work, just reply and I'll move it.

Lena
""",
        iv=(2, 11, 30),
        quote=Quote(
            "Maya Okafor",
            "maya.okafor@gmail.com",
            0,
            """Hi Lena,

Thanks for reaching out. I'd be happy to learn more about the Staff Data Scientist role. I'm \
free most mornings next week.

Maya""",
        ),
        role="Staff Data Scientist",
        label_role="Staff Data Scientist",
    )

    # Tessera: Calendly, then a Google Calendar invite with UTC times
    a(
        "interview",
        "tessera",
        via="platform",
        frm=("Calendly", "notifications@calendly.com"),
        at="2025-05-27 15:02",
        persona="en2",
        reply_to="amir.haddad@tesseracloud.dev",
        subject="Confirmed: Technical Interview (60 min) with Amir Haddad on {ivday}",
        body="""Hi {first},

Your event has been scheduled.

Event: Technical Interview (60 min) – Tessera Cloud
Host: Amir Haddad
Date: {ivday}, {year}
Time: {ivtime} - 12:00pm ({ivtz})
Location: Zoom – https://tesseracloud.zoom.us/j/83{jobid}

Questions about the interview? Amir shared this note: "You'll pair with two engineers on a small \
infrastructure problem. Bring your favourite editor; no prep needed."

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{token}
Reschedule: https://calendly.com/reschedulings/{token}

Powered by Calendly.com
""",
        iv=(4, 11, 0),
        tags=["tool:calendly"],
        label_role="",
    )
    gcal(
        c,
        "interview",
        "tessera",
        at="2025-06-06 17:30",
        days=2,
        hour=14,
        minutes=90,
        org=("Amir Haddad", "amir.haddad@tesseracloud.dev"),
        summary="Tessera Cloud – Final Interview (Sam Whitfield)",
        desc="Final round: architecture discussion with Priya (CTO), then 30 min with the team.",
        persona="en2",
        tzstyle="utc",
        guests=(("Priya Raman", "priya@tesseracloud.dev"),),
    )

    # Glasswing: Microsoft Teams invitation, Windows time zone id
    teams(
        c,
        "interview",
        "glasswing",
        at="2025-06-16 11:05",
        days=5,
        hour=10,
        minutes=90,
        summary="Interview – Computational Biologist – Maya Okafor",
        desc="Hi Maya,\n\nPlease find the invitation for your panel interview with Dr. Ruth "
        "Adeyemi, Dr. Sam Cole and me. It will include a 15-minute presentation of a "
        "project of your choice, then questions from the panel.\n\nBest wishes,\nOliver",
        role="Computational Biologist",
    )

    # Umbra: "Unfortunately" in a reschedule
    a(
        "interview",
        "umbra",
        via="rec",
        at="2025-09-11 07:58",
        persona="en2",
        subject="Rescheduling your interview with {co}",
        body="""Hi {first},

Unfortunately, Ravi, who was going to run your technical interview on Friday, is out sick this \
week. I'm so sorry for the late notice.

Could we move your interview to {ivday}? I have {ivtime}, 1:00 PM or 3:30 PM {ivtz} open. Just \
reply with whichever works best and I'll send a new invite.

Thanks for your flexibility,
Hana Kim
Recruiter, {co}
""",
        iv=(4, 10, 0),
        tags=["hard:unfortunately_non_rejection", "hard:reschedule"],
    )

    # Lumenfield: GoodTime scheduling and reminder
    a(
        "interview",
        "lumen",
        via="platform",
        frm=("Lumenfield Recruiting", "no-reply@goodtime.io"),
        at="2025-04-22 13:40",
        persona="en",
        reply_to="carlos.mendes@lumenfield.com",
        subject="Schedule your interview with {co}",
        tags=["tool:goodtime"],
        body="""Hi {first},

The {co} team would like to schedule a 60-minute technical interview with you for the {role} \
role.

Please select a time that works best for you:
https://app.goodtime.io/schedule/{token}

Available slots are shown in your local time zone. If none of them work, reply to this email and \
we'll find another time.

Thank you,
Carlos Mendes
Recruiting Coordinator, {co}
""",
    )
    a(
        "interview",
        "lumen",
        via="platform",
        frm=("Lumenfield Recruiting", "no-reply@goodtime.io"),
        at="2025-04-29 09:00",
        persona="en",
        subject="Reminder: your interview with {co} tomorrow",
        tags=["tool:goodtime", "hard:reminder"],
        body="""Hi {first},

This is a friendly reminder of your interview tomorrow.

When: {ivday} at {ivtime} {ivtz}
Interviewer: Hannah Ose, Staff SRE
Where: https://lumenfield.zoom.us/j/91{jobid}

Please join a couple of minutes early. If something has come up, let us know as soon as you can.

{co} Recruiting
""",
        iv=(1, 10, 30),
    )
    a(
        "interview",
        "lumen",
        via="rec",
        at="2025-05-01 17:55",
        persona="en",
        subject="Invitation: onsite interview at {co}",
        body="""Hi {first},

Congratulations on a great technical interview! The team would like to invite you to our office \
in Oakland for the final round on {ivday}.

The day starts at 12:30 PM with lunch with the team, followed by three 45-minute sessions: an \
incident review exercise, a systems design conversation and a chat with our Head of \
Infrastructure. Plan to be with us until about 5:00 PM.

We'll cover your travel. Please bring a photo ID for the building's reception desk.

Carlos
""",
        iv=(5, 12, 30),
        tags=["hard:congratulations_not_offer"],
    )

    # Harborview: Zoom invitation
    a(
        "interview",
        "harbor",
        via="rec",
        at="2025-06-17 10:22",
        persona="en2",
        subject="Zoom invitation: {co} interview – {role}",
        body="""Hi {first},

Tyler Brooks is inviting you to a scheduled Zoom meeting.

Topic: {co} – {role} interview with Dr. Amara Singh
Time: {ivday}, {ivtime} Eastern Time (US and Canada)

Join Zoom Meeting
https://harborview.zoom.us/j/8845{jobid}?pwd={token}

Meeting ID: 884 5{jobid}
Passcode: 551920

Best,
Tyler
""",
        iv=(3, 15, 0),
        tags=["tool:zoom"],
    )

    # Fathom: first interview and an onsite with logistics
    a(
        "interview",
        "fathom",
        via="rec",
        at="2025-08-28 14:04",
        persona="en",
        subject="Let's chat – {role} at {co}",
        body="""Hi {first},

Thanks for applying to be a {role} at {co}! I'd love to set up a 30-minute intro call to learn \
more about you and share more about the role.

Here's my calendar; grab any slot that works: https://cal.com/nadia-petrov/intro

Looking forward to it,
Nadia Petrov
Recruiter, {co}
""",
        tags=["tool:cal.com"],
    )

    a(
        "interview",
        "orbital",
        at="2025-03-10 18:30",
        persona="en",
        subject="Congratulations! Next step: technical interview",
        body="""Hi {first},

Congratulations! After reviewing your application for the {role} role, we'd like to invite you to \
a technical interview with our guidance team.

The interview lasts 75 minutes and covers estimation and control fundamentals, followed by a \
discussion of a project from your background. Please pick a time here:

https://jobs.ashbyhq.com/orbitalkinetics/interviews/{uuid}

OKC Talent Team
Orbital Kinetics Corporation
""",
        tags=["hard:congratulations_not_offer", "hard:abbrev_display"],
        via="ats",
    )

    a(
        "interview",
        "bluefin",
        via="platform",
        frm=("Bluefin Data Recruiting", "no-reply@modernloop.io"),
        at="2025-03-27 11:00",
        persona="en",
        subject="Final round schedule – {co}",
        tags=["tool:modernloop"],
        reply_to="elena.ruiz@bluefindata.ai",
        body="""Hi {first},

Your final round for {role} is booked for {ivday}. Times below are in {ivtz}.

10:00  ML system design — Javier Ortiz
11:00  Coding (Python) — Meera Pillai
12:00  Break
12:30  Research discussion — Dr. Ken Ito
13:30  Meet the founders — Ana & Rob

All sessions use the same Google Meet link: https://meet.google.com/bfd-final-rnd

Bluefin Data Recruiting
""",
        iv=(6, 10, 0),
    )

    a(
        "interview",
        "copperleaf",
        via="rec",
        at="2025-10-07 13:13",
        persona="en",
        subject="Phone interview – {role}",
        body="""Hello {first},

Thank you for your interest in the {role} position with {co}. I'd like to schedule a 20-minute \
phone interview to discuss your background and the role.

Would {ivday} at {ivtime} {ivtz} work for you? If not, please send me two or three times that \
work over the next week.

Please also confirm the best number to reach you.

Ron Delgado
Recruiter | {co}
""",
        iv=(2, 9, 30),
    )

    a(
        "interview",
        "halcyon",
        via="rec",
        persona="en2",
        subject="Portfolio review – {co}",
        body="""Hi {first},

Thanks for applying for our {role} role. Our design lead, Mira, enjoyed your case studies and \
would like to invite you to a 60-minute portfolio review over Zoom.

During the session you'll walk us through two projects of your choice (about 20 minutes each), \
followed by questions. Could you share three or four times that work for you next week?

Jordan Blake
Recruiting Manager, {co}
""",
    )

    a(
        "interview",
        "ironbark",
        via="rec",
        at="2025-11-26 12:20",
        persona="en",
        hstyle="outlook",
        subject="RE: Senior Python Developer",
        body="""Hi {first},

Thanks for your patience. I've been through your CV with Ana, one of our senior devs, and we'd \
both like to have a chat with you.

Fancy a video call on {ivday} at {ivtime}? It'll be about 45 minutes: a bit about what we do, a \
bit about what you've built, and plenty of time for your questions. No coding this time.

Cheers,
Callum

Callum Reid
Engineering Manager | Ironbark Software
""",
        iv=(2, 14, 0),
        role="Senior Python Developer",
        label_role="Senior Python Developer",
        reply_of="ironbark_ack",
    )

    a(
        "interview",
        "westbrook",
        via="platform",
        frm=("Linda Westbrook", "lindawestbrook@outlook.com"),
        at="2026-03-05 19:40",
        persona="en",
        hstyle="outlook",
        mid_style="outlook",
        subject="Operations Manager - can you come in?",
        body="""Hi {first},

Thank you for your application for our Operations Manager position. My husband and I run \
Westbrook Bakery and we read every application ourselves.

Could you come by the bakery on {ivday} around {ivtime} to meet us? We'd show you around \
the kitchen and talk through the role. It should take about an hour.

Please call or text me at 512-555-0147 to confirm.

Linda Westbrook
Westbrook Bakery Co.
""",
        iv=(3, 10, 0),
        tags=["hard:personal_domain"],
        role="Operations Manager",
        label_role="Operations Manager",
    )

    a(
        "interview",
        "atlasmed",
        via="rec",
        at="2025-12-01 16:45",
        persona="en",
        subject="Need to reschedule tomorrow's interview",
        body="""Hi {first},

I'm sorry to do this at short notice, but we need to cancel tomorrow's interview for the {role} \
role ({req}). Our hiring manager has been called to a supplier audit.

The role is very much open and we still want to speak with you. Could you choose a new time using \
this link? https://atlasmed.goodtime.io/reschedule/{token}

Apologies again,
Sharon Pike
Talent Acquisition Partner, {co}
""",
        tags=["hard:reschedule", "hard:cancel_word"],
    )

    a(
        "interview",
        "meridian",
        subject="Interview Invitation",
        persona="en",
        html="only",
        body="""Dear {first},

Thank you for your application for {role} (Job {req}).

We are pleased to invite you to a video interview with the hiring manager, Lorna Hayes, on \
{ivday} at {ivtime} Central Time. The interview will last approximately 45 minutes.

Please confirm your attendance by selecting "Accept" in your candidate profile. If you need to \
reschedule, please select "Request New Time".

Regards,
Talent Acquisition Team
Meridian Freight
""",
        iv=(5, 9, 0),
        tags=["hard:employer_in_signature"],
    )

    a(
        "interview",
        "ridgeline",
        persona="en",
        subject="Interview Scheduling – Requisition {req}",
        body="""Dear {full},

We are pleased to let you know that you have been selected for an interview for the position \
{role} (Requisition ID: {req}).

Please use the link below to select an interview time slot. Slots are offered on a first-come, \
first-served basis.

https://career4.successfactors.com/career?career_ns=interview_scheduling&company=RidgelineEn&token={token}

Sincerely,
Talent Acquisition
""",
        tags=["hard:self_schedule"],
    )

    a(
        "interview",
        "stanmoor",
        at="2025-11-28 09:30",
        persona="en2",
        subject="Invitation to assessment centre – {role}",
        body="""Dear {first},

Congratulations on your performance in our video interview. We are pleased to invite you to our \
assessment centre for the {role} scheme, which will be held at our Birmingham office on {ivday}.

The day runs from 9:00 to 16:00 and includes a group exercise, a technical interview with two of \
our engineers and a competency interview. Lunch will be provided. Please book your place in your \
candidate account within five days.

Kind regards,
Graduate Recruitment Team
{co}
""",
        iv=(10, 9, 0),
        tags=["hard:assessment_centre_is_interview", "hard:congratulations_not_offer"],
    )

    a(
        "interview",
        "alder",
        via="platform",
        frm=("Alder & Rowe Campus Recruiting", "noreply@yello.co"),
        at="2025-10-06 12:00",
        persona="en",
        subject="You're invited: {co} Superday",
        reply_to="campus@alderrowe.com",
        body="""Hi {first},

Congratulations on making it through first-round interviews! We're pleased to invite you to our \
{role} Superday in New York on {ivday}.

Superday includes three case interviews and a fit interview with partners from our Strategy \
practice. Please register and choose your arrival time here:

https://alderrowe.yello.co/events/{token}

We'll share travel details once you register.

{co} Campus Recruiting
""",
        iv=(8, 9, 0),
        tags=["tool:yello", "hard:congratulations_not_offer"],
    )

    a(
        "interview",
        "juniper",
        via="platform",
        frm=("Elsa Nyberg", "notifications@savvycal.com"),
        at="2025-05-06 08:15",
        persona="en",
        reply_to="elsa.nyberg@juniperloop.se",
        subject="Confirmed: Frontend interview with Elsa Nyberg",
        body="""Your meeting is confirmed.

What: Frontend interview – Juniper Loop
When: {ivday}, {ivtime} CET (60 min)
Where: Google Meet, link in the calendar invite
Who: Elsa Nyberg, Johan Lind, {full}

Message from Elsa: "Looking forward to it! Johan will ask you to talk through a component you've \
built. Screen sharing will be handy."

Reschedule or cancel: https://savvycal.com/manage/{token}
""",
        iv=(3, 14, 0),
        tags=["tool:savvycal"],
        role="Frontend Engineer",
        label_role="",
    )

    teams(
        c,
        "interview",
        "hollis",
        at="2025-08-11 10:40",
        days=4,
        hour=11,
        minutes=60,
        summary="Interview: Merchandise Planner – Sam Whitfield",
        desc="Hi Sam,\n\nThanks for taking the time to speak with me last week. As discussed, "
        "here is the invite for your interview with Gemma Holt (Head of Planning) and "
        "myself. We'll go through your experience and a short planning scenario.\n\n"
        "Kind regards,\nFiona Marsh\nResourcing Partner, Hollis & Grange",
        persona="en2",
        role="Merchandise Planner",
        tzstyle="iana",
    )

    a(
        "interview",
        "quillon",
        via="platform",
        frm=("Marcus Bell", "no-reply@hire.lever.co"),
        at="2025-07-01 10:10",
        persona="en",
        reply_to="marcus.bell+{token}@hire.lever.co",
        subject="Final round – {co}",
        tags=["ats:lever", "hard:person_via_ats"],
        hstyle="simple",
        body="""Hi {first},

Great news: the team loved your take-home, and we'd like to invite you to the final round for the \
{role} role!

It's four 45-minute conversations over Zoom on {ivday}, starting at {ivtime} {ivtz}: a review of \
your take-home, SQL and modelling, a product case with our analytics lead, and a chat with our \
CEO. I'll send the detailed agenda and links tomorrow.

Marcus
""",
        iv=(4, 10, 0),
    )

    # An agency recruiter arranging an interview for a client it does not name
    a(
        "interview",
        None,
        via="platform",
        frm=("Jade Holloway", "jade.holloway@redlinerecruitment.co.uk"),
        at="2025-10-09 11:12",
        persona="en2",
        hstyle="outlook",
        mid_style="outlook",
        subject="First stage interview – Senior Data Engineer",
        body="""Hi {first},

Great news! My client, the Series B fintech I mentioned on our call, would like to invite you to \
a first-stage video interview for the Senior Data Engineer role.

The interview will be 45 minutes with their Head of Data and will focus on your experience with \
streaming pipelines. They've offered {ivday} at {ivtime} or the following morning at 10:00.

Let me know which suits and I'll confirm. I'll send full details of the company once the \
interview is booked.

Kind regards,
Jade Holloway
Senior Consultant – Data & Analytics
Redline Recruitment Ltd
""",
        iv=(3, 15, 30),
        company="",
        role="Senior Data Engineer",
        label_role="Senior Data Engineer",
        tags=["agency", "hard:agency_unnamed_client"],
        fmt={"co": ""},
    )

    # Indeed relay: the employer writes through indeedemail.com
    a(
        "interview",
        "crescent",
        via="platform",
        frm=("Tammy Rhodes", "tammyrhodes-{token}@indeedemail.com"),
        at="2026-04-14 10:35",
        persona="en2",
        subject="Interview request: Office Manager at Crescent Dental Group",
        tags=["board:indeed", "hard:relay_address"],
        hstyle="simple",
        body="""Hi {first},

Thank you for applying to the Office Manager position at Crescent Dental Group. We'd like to \
invite you for an in-person interview at our Lakewood office.

Are you available on {ivday} at {ivtime}? Please reply to this message to confirm or suggest \
another time.

Tammy Rhodes
Practice Manager

--
This message was sent via Indeed. Reply directly to this email to respond to the employer.
""",
        iv=(3, 9, 0),
        role="Office Manager",
        label_role="Office Manager",
    )

    # Forward from a recruiter with the hiring manager's note above the older ack
    a(
        "interview",
        "cinder",
        via="rec",
        at="2025-02-12 15:20",
        persona="en",
        subject="Fwd: Backend Engineer, Payments – Maya Okafor",
        body="""Hi {first},

Forwarding a note from Lucas below. Your coding exercise went over really well, and he'd like to \
meet you! Could you do a 45-minute video interview on {ivday} at {ivtime} {ivtz}?

Mia

---------- Forwarded message ---------
From: Lucas Ferreira <lucas@cinderandsage.com>
Date: {day0}
Subject: Backend Engineer, Payments – Maya Okafor
To: Mia Torres <mia.torres@cinderandsage.com>

Mia, really clean solution to the ledger exercise, well tested. Let's get her in for the \
technical interview this week if possible.

Lucas
""",
        iv=(2, 11, 0),
        tags=["forward", "hard:quoted_history"],
    )


# ---------------------------------------------------------------------------------------------
# assessment
# ---------------------------------------------------------------------------------------------


def assessments(c: Corpus) -> None:
    a = c.add
    a(
        "assessment",
        "umbra",
        via="platform",
        frm=("HackerRank", "support@hackerrankforwork.com"),
        at="2025-09-15 18:03",
        persona="en2",
        subject="{co} has invited you to a HackerRank test",
        tags=["platform:hackerrank"],
        reply_to="hana.kim@umbrasecurity.com",
        body="""Hi {first},

{co} has invited you to take the test "Detection Engineering – Online Assessment".

Duration: 90 minutes
Questions: 3 (2 coding, 1 log analysis)
Expires: {dlday}, 11:59 PM {ivtz}

Before you begin:
- Make sure you have a stable internet connection.
- You can take the test only once; the timer cannot be paused.
- Try the sample test first to get familiar with the environment.

Start test: https://www.hackerrank.com/tests/{token}/login

Good luck!
The HackerRank Team, on behalf of {co}
""",
        dl=5,
    )

    a(
        "assessment",
        "quillon",
        via="platform",
        frm=("Marcus Bell", "no-reply@hire.lever.co"),
        at="2025-06-20 11:40",
        persona="en",
        reply_to="marcus.bell+{token}@hire.lever.co",
        subject="{co} take-home exercise",
        tags=["ats:lever", "hard:person_via_ats"],
        hstyle="simple",
        attach=[
            Part(
                "application/zip",
                fake_blob("zip", "quillon-takehome", 5200),
                charset=None,
                filename="quillon_takehome_v3.zip",
            )
        ],
        body="""Hi {first},

Thanks again for the great conversation on Monday! As the next step for the {role} role, we'd \
like you to complete a short take-home exercise.

The attached zip contains a small event dataset and a README. We'd like you to model it in dbt \
(or plain SQL if you prefer) and answer the three questions in the README. Please don't spend \
more than four hours on it.

Send your solution back to me by {dlday}. If you need more time, just say so.

Marcus
""",
        dl=5,
    )

    a(
        "assessment",
        "hollis",
        via="platform",
        frm=("Hollis & Grange via HireVue", "noreply@hirevue.com"),
        persona="en2",
        at="2025-07-29 08:00",
        subject="Hollis & Grange – video interview invitation",
        tags=["platform:hirevue", "hard:async_video"],
        body="""Dear {first},

Thank you for applying for the {role} role at Hollis & Grange.

The next step is an on-demand video interview. You'll see five questions on screen and record \
your answers at a time that suits you. Each answer can be up to three minutes long, and you can \
practise as many times as you like before you start.

Please complete your interview by {dlday}:
https://app.hirevue.com/interviews/{token}

Kind regards,
Resourcing Team, Hollis & Grange
""",
        dl=6,
    )

    a(
        "assessment",
        "cinder",
        via="platform",
        frm=("CodeSignal", "noreply@codesignal.com"),
        at="2025-02-11 13:02",
        persona="en",
        subject="Cinder & Sage: complete your coding assessment",
        tags=["platform:codesignal"],
        body="""Hi {first},

Cinder & Sage has invited you to complete the Cinder & Sage Backend Assessment as part of your \
application for {role}.

Time limit: 70 minutes
Deadline: {dlday}

The assessment is proctored. You'll need a webcam and a government-issued photo ID.

Begin assessment: https://app.codesignal.com/invite/{token}

Questions? Contact mia.torres@cinderandsage.com.

CodeSignal
""",
        dl=4,
    )

    a(
        "assessment",
        "dovecote",
        via="platform",
        frm=("Codility", "no-reply@codility.com"),
        persona="en",
        subject="Dovecote Systems invites you to a Codility test",
        tags=["platform:codility"],
        body="""Hello {first},

Dovecote Systems has invited you to solve a programming test as part of their recruitment process \
for {role}.

The test takes 120 minutes and consists of 3 tasks. You can choose from 20+ programming \
languages.

You need to start the test before {dl}. Once started, the timer can't be stopped.

Start the test: https://app.codility.com/test/{token}/

Good luck!
""",
    )

    a(
        "assessment",
        "dovecote",
        via="platform",
        frm=("Codility", "no-reply@codility.com"),
        persona="en",
        subject="Reminder: your Dovecote Systems test expires in 24 hours",
        tags=["platform:codility", "hard:reminder"],
        body="""Hello {first},

This is a reminder that your Dovecote Systems programming test will expire in 24 hours.

If you have already completed the test, please ignore this message.

Start the test: https://app.codility.com/test/{token}/
""",
    )

    a(
        "assessment",
        "crescent",
        via="platform",
        frm=("TestGorilla", "notifications@testgorilla.com"),
        at="2026-04-08 16:22",
        persona="en2",
        subject="Crescent Dental Group has invited you to complete an assessment",
        tags=["platform:testgorilla"],
        reply_to="tammy@crescentdental.com",
        body="""Hi {first},

Crescent Dental Group invites you to take the assessment "Office Manager – April".

The assessment contains 4 short tests (MS Excel, attention to detail, customer service, \
scheduling) and takes about 40 minutes. Your results will be shared with Crescent Dental Group.

Deadline: {dlday}

Start assessment: https://app.testgorilla.com/s/{token}

Good luck!
The TestGorilla team
""",
        dl=5,
    )

    a(
        "assessment",
        "pinegrove",
        via="platform",
        frm=("Indeed", "no-reply@indeed.com"),
        persona="en2",
        subject="Request from Pinegrove Foods: complete an assessment",
        tags=["board:indeed", "hard:indeed_request"],
        body="""Pinegrove Foods requested that you take an assessment

{first}, Pinegrove Foods would like you to complete the following assessment for the {role} \
position:

Supply Chain Management
About 20 minutes

Take assessment: https://www.indeed.com/assessments/{token}

Employers use assessments to learn more about your skills. Your score is shared with this employer \
only.

Indeed
""",
    )

    a(
        "assessment",
        "fathom",
        at="2025-09-08 10:45",
        persona="en",
        subject="Your take-home assignment for {co}",
        extra=[("X-Greenhouse-Template", "take_home_test")],
        tags=["hard:boilerplate_interview"],
        body="""Hi {first},

Thank you for your interest in {co}. Please find your take-home assignment for the {role} \
position at the link below.

Take-home test: https://app.greenhouse.io/tests/{token}

The assignment: write a short tutorial (1,000-1,500 words) that walks a new user through our \
open-source CLI, plus a two-minute screen recording of the demo. You have 7 days from the time \
you open the link to submit.

Once you submit, the team will review your work, and the final interviews will be scheduled with \
those who move forward.

Best,
The {co} Team
""",
    )

    a(
        "assessment",
        "stanmoor",
        at="2025-11-03 09:00",
        persona="en2",
        subject="Next step: online tests – {role}",
        body="""Dear {first},

Thank you for your application to our {role} scheme. We're pleased to let you know you meet our \
eligibility criteria.

The next stage is a set of online tests: numerical reasoning (about 20 minutes) and a situational \
judgement test (about 30 minutes). Please complete both by {dlday} at 23:59.

Start your tests from your candidate account: {link}

Kind regards,
Graduate Recruitment Team
{co}
""",
        dl=6,
    )

    a(
        "assessment",
        "summit",
        via="platform",
        frm=("Summit Ridge Credit Union", "assessments@pulseinsight-talent.com"),
        persona="en2",
        at="2026-03-23 14:10",
        subject="Complete your work style questionnaire",
        tags=["platform:pulseinsight"],
        body="""Hello {first},

As part of your application for {role} at Summit Ridge Credit Union, please complete our work \
style questionnaire. It takes about 25 minutes and there are no right or wrong answers.

Start: https://summitridge.pulseinsight-talent.com/q/{token}

Please complete it within 3 days.

Summit Ridge Credit Union | Human Resources
""",
    )

    a(
        "assessment",
        "harbor",
        via="rec",
        at="2025-06-09 16:00",
        persona="en2",
        subject="Take-home case study – {role}",
        attach=[
            Part(
                "application/zip",
                fake_blob("zip", "harbor-data", 14000),
                charset=None,
                filename="harborview_case_data.zip",
            ),
            Part(
                "application/pdf",
                fake_pdf(
                    "Harborview Analytics – Data Scientist case study",
                    [
                        "Forecast weekly demand for 40 stores using the attached data.",
                        "Explain your choice of model and how you would evaluate it.",
                        "Deliverables: a notebook and a 3-slide summary.",
                    ],
                    pad_kb=3,
                    seed="harbor-case",
                ),
                charset=None,
                filename="Case_Study_Brief.pdf",
            ),
        ],
        body="""Hi {first},

As discussed, here is the take-home case for the {role} position. The brief is in the PDF, and \
the data is in the zip file.

Please send your notebook and slides back by {dlday}. Plan on spending 3-4 hours; we care more \
about your reasoning than a polished model.

Tyler
""",
        dl=5,
    )

    a(
        "assessment",
        "tessera",
        via="platform",
        frm=("Tessera Cloud via Spark Hire", "no-reply@sparkhire.com"),
        persona="en",
        subject="One-way video interview: {role} at Tessera Cloud",
        tags=["platform:sparkhire", "hard:async_video"],
        body="""Hi {first},

Tessera Cloud has invited you to complete a one-way video interview for the {role} position.

You'll answer 4 questions by recording short videos. You get 1 minute to think about each \
question and up to 3 minutes to answer. There is no live interviewer.

Complete by: {dlday}
Start here: https://app.sparkhire.com/interview/{token}
""",
        role="Developer Experience Engineer",
        label_role="Developer Experience Engineer",
    )

    a(
        "assessment",
        "lumen",
        via="platform",
        frm=("CodeSignal", "noreply@codesignal.com"),
        at="2025-04-17 09:05",
        persona="en",
        subject="Reminder: Lumenfield assessment due soon",
        tags=["platform:codesignal", "hard:reminder"],
        body="""Hi {first},

Just a reminder that your Lumenfield SRE Assessment is due on {dlday}.

If you've already completed it, you can ignore this reminder.

Continue: https://app.codesignal.com/invite/{token}
""",
        dl=2,
    )

    a(
        "assessment",
        "bluefin",
        via="platform",
        frm=("HackerRank", "support@hackerrankforwork.com"),
        at="2025-03-20 10:00",
        persona="en",
        subject="Invitation: Bluefin Data - ML Engineer Screening Test",
        tags=["platform:hackerrank", "hard:boilerplate_interview"],
        body="""Hi {first},

You have been invited by Bluefin Data to take the "ML Engineer Screening Test".

This test has 4 questions and must be completed in one sitting of 75 minutes. It is the first \
step of the interview process for this role.

Take the test before {dlday}: https://www.hackerrank.com/tests/{token}

For any queries about the role, contact elena.ruiz@bluefindata.ai.
""",
        dl=4,
    )

    a(
        "assessment",
        "marigold",
        via="platform",
        frm=("Marigold Learning Hiring Team", "no-reply@us.greenhouse-mail.io"),
        persona="en2",
        subject="Data exercise for the Data Analyst role",
        body="""Hi {first},

Thank you for your interest in Marigold Learning! As a next step for the Data Analyst role, we'd \
like you to complete a short data exercise.

You'll receive a CSV of anonymised course enrolment data and four questions. Please submit a \
short write-up (a notebook or a doc is fine) within 5 days of opening the exercise.

Open exercise: https://app.greenhouse.io/tests/{token}

Thanks,
Owen Tate
Talent Acquisition, Marigold Learning
""",
        role="Data Analyst",
        label_role="Data Analyst",
        tags=["ats:greenhouse"],
    )


# ---------------------------------------------------------------------------------------------
# offer
# ---------------------------------------------------------------------------------------------


def _offer_pdf(
    company: str, who: str, role: str, salary: str, start: str, deadline: str, pad: int = 0
) -> bytes:
    return fake_pdf(
        f"{company} – Offer of Employment",
        [
            f"Dear {who},",
            f"We are pleased to offer you the position of {role}.",
            f"Base salary: {salary}. Proposed start date: {start}.",
            f"This offer is valid until {deadline}.",
            "Please sign and return a copy of this letter to accept.",
        ],
        pad_kb=pad,
        seed=company + role,
    )


def offers(c: Corpus) -> None:
    a = c.add
    a(
        "offer",
        "northwind",
        role=1,
        via="rec",
        at="2025-03-20 15:42",
        persona="en",
        subject="Your offer from {co}!",
        dl=9,
        attach=[
            Part(
                "application/pdf",
                _offer_pdf(
                    "Northwind Robotics",
                    "Maya Okafor",
                    "Staff Backend Engineer",
                    "$238,000",
                    "April 21, 2025",
                    "March 31, 2025",
                    pad=18,
                ),
                charset=None,
                filename="Northwind_Offer_Letter_Maya_Okafor.pdf",
            )
        ],
        body="""Hi {first},

It was great talking with you earlier! As promised, I've attached your offer letter for the \
{role} position.

To recap what we discussed:
- Base salary: $238,000
- Equity: 12,000 RSUs vesting over four years
- Sign-on bonus: $20,000
- Start date: April 21 (flexible)

Please review everything and let us know your decision by {dlday}. If you have any questions, or \
would like to talk to anyone else on the team before deciding, I'm happy to set that up.

We're so excited about the possibility of you joining us!

Jenna
""",
    )

    a(
        "offer",
        "quillon",
        via="rec",
        at="2025-07-15 17:20",
        persona="en",
        name="quillon_offer",
        frm=("Marcus Bell", "marcus.bell@quillon.io"),
        subject="Offer details – {role}",
        body="""Hi {first},

Thanks for taking my call today. I'm thrilled to confirm that we'd love you to join {co} as our \
{role}.

Here's a summary of the offer we discussed:

Base salary: $165,000
Bonus: 10% target
Equity: 0.08% in stock options, 4-year vesting with a 1-year cliff
Start date: August 11

You'll receive the formal offer letter via DocuSign within the next day or two. Please take the \
time you need, though we'd appreciate an answer by {dlday}.

Marcus
""",
        dl=6,
    )
    a(
        "offer",
        "quillon",
        via="platform",
        frm=("Marcus Bell via Docusign", "dse_NA3@docusign.net"),
        at="2025-07-17 09:31",
        persona="en",
        reply_to="marcus.bell@quillon.io",
        subject="Complete with Docusign: Quillon Analytics - Offer Letter - Maya Okafor.pdf",
        tags=["platform:docusign"],
        hstyle="heavy",
        body="""Marcus Bell sent you a document to review and sign.

REVIEW DOCUMENT
https://na3.docusign.net/Signing/EmailStart.aspx?a={uuid}

Marcus Bell
marcus.bell@quillon.io

Hi Maya, here is your offer letter for the Analytics Engineer role. Please review and sign at \
your convenience. Welcome aboard (we hope)!

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access \
code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""",
        role="Analytics Engineer",
        label_role="Analytics Engineer",
    )

    a(
        "offer",
        "tessera",
        via="rec",
        at="2025-06-20 12:00",
        persona="en2",
        name="tessera_offer",
        subject="Offer – {role} at {co}",
        dl=5,
        attach=[
            Part(
                "application/pdf",
                _offer_pdf(
                    "Tessera Cloud",
                    "Sam Whitfield",
                    "Platform Engineer",
                    "$182,000",
                    "July 14, 2025",
                    "June 27, 2025",
                ),
                charset=None,
                filename="Tessera_Offer_Sam_Whitfield.pdf",
            )
        ],
        body="""Hi {first},

On behalf of everyone at {co}, I'm delighted to offer you the {role} position! Your offer letter \
is attached.

The highlights: $182,000 base salary, 0.15% equity, full benefits from day one, and a $2,000 \
home-office budget. We've pencilled in July 14 as your start date.

The offer is open until {dlday}. Let me know if you'd like to talk anything through.

Amir
Head of Talent, {co}
""",
    )
    a(
        "offer",
        "tessera",
        via="rec",
        at="2025-06-25 18:05",
        persona="en2",
        subject="Re: Offer – {role} at {co}",
        reply_of="tessera_offer",
        body="""Hi {first},

Thanks for being so open about the other offer you're considering. I took it back to the team, \
and we've been able to improve ours:

- Base salary: $195,000 (up from $182,000)
- Equity: 0.18%
- Everything else unchanged

The revised letter is in DocuSign now. Since we've moved quite a bit, could you let me know by \
{dlday}?

Amir
""",
        dl=3,
        tags=["hard:revised_offer"],
        quote=Quote(
            "Sam Whitfield",
            "sam.whitfield@fastmail.com",
            1,
            """Hi Amir,

Thank you so much for the offer. I'm very excited about Tessera. I do have another offer with a \
higher base, and I wanted to be transparent about that before deciding. Is there any \
flexibility on salary?

Best,
Sam""",
        ),
    )

    a(
        "offer",
        "glasswing",
        via="rec",
        at="2025-07-10 14:30",
        persona="en",
        subject="Offer of employment – {role}",
        dl=7,
        attach=[
            Part(
                "application/pdf",
                _offer_pdf(
                    "Glasswing Bio",
                    "Maya Okafor",
                    "Computational Biologist",
                    "£68,500",
                    "1 September 2025",
                    "18 July 2025",
                    pad=30,
                ),
                charset=None,
                filename="Glasswing Bio - Offer Letter.pdf",
            ),
            Part(
                "application/pdf",
                fake_pdf(
                    "Glasswing Bio – Employee Handbook (extract)",
                    ["Working hours, holidays and pension."],
                    pad_kb=8,
                    seed="gw-hb",
                ),
                charset=None,
                filename="Handbook_extract.pdf",
            ),
        ],
        body="""Dear {first},

Following your conversation with Dr. Adeyemi this morning, I am very pleased to confirm our offer \
of employment for the role of {role} at {co}.

Please find attached your offer letter and an extract from our employee handbook. The offer is \
subject to satisfactory references and proof of your right to work in the UK.

We would be grateful if you could confirm your acceptance by {dlday}.

With best wishes,
Oliver Pryce
Talent Acquisition Lead
{co}
""",
    )

    a(
        "offer",
        "westbrook",
        via="platform",
        frm=("Linda Westbrook", "lindawestbrook@outlook.com"),
        at="2026-03-13 20:12",
        persona="en",
        hstyle="outlook",
        mid_style="outlook",
        subject="We'd love you to join us!",
        body="""Hi {first},

It was a real pleasure to have you at the bakery on Tuesday. Greg and I talked it over, and we \
would love for you to join us as our Operations Manager.

We can offer $62,000 a year, two weeks of paid vacation plus the week between Christmas and New \
Year's when we close, and health insurance through our group plan. We'd like you to start on \
April 6 if that works.

Please let me know by next Friday. I'm happy to talk it through on the phone too.

Linda
Westbrook Bakery Co.
""",
        tags=["hard:personal_domain"],
        role="Operations Manager",
        label_role="Operations Manager",
    )

    a(
        "offer",
        "atlasmed",
        at="2026-01-12 08:02",
        persona="en",
        html="only",
        subject="Your offer from {co} is ready",
        body="""Dear {first},

Congratulations! {co} is pleased to extend an offer for the {role} position ({req}).

Your offer letter is now available in your candidate home. Please review the letter and accept or \
decline the offer by {dlday}.

{link}

We look forward to welcoming you to the team.

{co} Talent Acquisition
""",
        dl=5,
    )

    a(
        "offer",
        "lumen",
        via="platform",
        frm=("Lumenfield", "no-reply@us.greenhouse-mail.io"),
        persona="en2",
        subject="Please review and sign your offer from Lumenfield",
        tags=["ats:greenhouse"],
        body="""Hi {first},

Congratulations! Lumenfield has sent you an offer letter for the Site Reliability Engineer \
position.

Review and sign your offer: https://app.greenhouse.io/offers/{token}

This link will expire on {dlday}. If you have questions about your offer, please contact Carlos \
Mendes (carlos.mendes@lumenfield.com).
""",
        dl=6,
        role="Site Reliability Engineer",
        label_role="Site Reliability Engineer",
    )

    a(
        "offer",
        "ironbark",
        via="platform",
        frm=("Jade Holloway", "jade.holloway@redlinerecruitment.co.uk"),
        persona="en2",
        at="2025-10-30 16:48",
        hstyle="outlook",
        mid_style="outlook",
        subject="OFFER – Senior Python Developer – Ironbark Software",
        body="""Hi {first},

Fantastic news: Ironbark Software have come back with an offer for the Senior Python Developer \
role!

- Salary: £78,000
- 28 days holiday plus bank holidays
- Hybrid, two days a week in their Leeds office
- Start date: flexible, ideally within a month

They've asked for an answer by {dlday}. Can you give me a call this afternoon so we can talk it \
through? Congratulations, really well deserved.

Jade Holloway
Senior Consultant – Data & Analytics
Redline Recruitment Ltd
""",
        dl=3,
        tags=["agency", "hard:agency_named_client"],
        role="Senior Python Developer",
        label_role="Senior Python Developer",
    )

    a(
        "offer",
        "harbor",
        via="rec",
        at="2025-07-07 10:05",
        persona="en2",
        subject="Checking in on your offer",
        body="""Hi {first},

I hope you had a nice weekend! I wanted to check in on the {role} offer we sent last Tuesday.

The team is really excited, and we're holding the role for you. As a reminder, the offer expires \
on {dlday}. If there's anything that would help you decide, like a call with the hiring manager \
or more detail on benefits, let me know.

Tyler
""",
        dl=3,
        tags=["hard:offer_reminder"],
    )

    a(
        "offer",
        "summit",
        persona="en2",
        at="2026-04-02 15:00",
        subject="Conditional offer of employment - {role}",
        body="""Dear {first},

We are pleased to extend you a conditional offer of employment for the position of {role} \
(Req {req}) at our Westgate branch, at an hourly rate of $21.50.

This offer is contingent on the successful completion of a background check and credit check. You \
will receive a separate email from our screening partner with instructions.

Please accept or decline this offer in your applicant portal by {dlday}.

Gail Benson
HR Business Partner
Summit Ridge Credit Union
""",
        dl=4,
        tags=["hard:conditional_offer"],
    )

    a(
        "offer",
        "stanmoor",
        at="2026-01-15 09:00",
        persona="en2",
        subject="Congratulations – offer for our {role} scheme",
        attach=[
            Part(
                "application/pdf",
                _offer_pdf(
                    "Stanmoor Engineering",
                    "Sam Whitfield",
                    "Graduate Civil Engineer",
                    "£32,500",
                    "7 September 2026",
                    "13 February 2026",
                ),
                charset=None,
                filename="Stanmoor_Graduate_Offer.pdf",
            )
        ],
        body="""Dear {first},

Congratulations! Following the assessment centre, we are delighted to offer you a place on our \
{role} scheme starting in September.

Your formal offer letter is attached and is also available in your candidate account. Please \
accept your offer online by 13 February.

Kind regards,
Graduate Recruitment Team
{co}
""",
    )

    a(
        "offer",
        "cinder",
        via="platform",
        frm=("Mia Torres via Docusign", "dse_NA4@docusign.net"),
        persona="en2",
        at="2025-10-24 16:05",
        subject="Please DocuSign: Cinder & Sage - Employment Offer",
        reply_to="mia.torres@cinderandsage.com",
        tags=["platform:docusign"],
        hstyle="heavy",
        body="""Mia Torres sent you a document to review and sign.

REVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a={uuid}

Mia Torres
mia.torres@cinderandsage.com

Hi Sam, welcome to Cinder & Sage (almost)! Attached is your employment offer for the Backend \
Engineer, Payments position. The offer expires in 7 days.

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access \
code with others.
""",
        role="Backend Engineer, Payments",
        label_role="Backend Engineer, Payments",
    )

    a(
        "offer",
        "fathom",
        via="rec",
        persona="en2",
        at="2026-02-02 11:11",
        role="Developer Experience Engineer",
        label_role="Developer Experience Engineer",
        subject="Good news – can we talk today?",
        body="""Hi {first},

I have some really good news to share about the {role} role! The team would like to extend you an \
offer.

Do you have 20 minutes today or tomorrow for a call? I'd like to walk you through the details \
before we send the written offer.

Nadia
""",
        tags=["hard:offer_call"],
    )

    a(
        "offer",
        "wren",
        via="rec",
        at="2026-02-13 15:20",
        persona="en",
        name="wren_offer",
        subject="Offer – {role}",
        dl=5,
        attach=[
            Part(
                "application/pdf",
                _offer_pdf(
                    "Wren Legal",
                    "Maya Okafor",
                    "Product Manager",
                    "$171,000",
                    "March 16, 2026",
                    "February 20, 2026",
                ),
                charset=None,
                filename="WrenLegal_Offer_MOkafor.pdf",
            )
        ],
        body="""Hi {first},

I'm delighted to send you our offer for the {role} role! The offer letter is attached; please let \
us know your decision by {dlday}.

Everyone you met was excited, and I think you'll love working with this team.

Avery Stone
Talent Manager, {co}
""",
    )

    a(
        "offer",
        "bluefin",
        via="rec",
        at="2025-12-10 13:45",
        persona="en2",
        subject="Bluefin Data – verbal offer recap",
        body="""Hi {first},

Thanks for the call just now! Recapping what I shared so you have it in writing:

Role: Senior {role}
Base: $205,000
Equity: 0.2% (options), standard 4-year vesting
Start: January 12

Formal paperwork will follow from Rippling. We'd love to hear back by Monday.

Elena
""",
        tags=["hard:verbal_offer"],
    )


# ---------------------------------------------------------------------------------------------
# reference_check
# ---------------------------------------------------------------------------------------------


def references(c: Corpus) -> None:
    a = c.add
    a(
        "reference_check",
        "tessera",
        via="platform",
        frm=("Xref", "noreply@xref.com"),
        at="2025-06-17 10:10",
        persona="en2",
        reply_to="amir.haddad@tesseracloud.dev",
        subject="Tessera Cloud has requested your referees",
        tags=["platform:xref"],
        body="""Hi {first},

Tessera Cloud would like you to nominate referees as part of your application for {role}.

Please provide the contact details of at least 2 referees, one of whom should be a current or \
former manager. Xref will then email your referees a short online questionnaire.

Nominate your referees: https://app.xref.com/candidate/{token}

It's best to let your referees know to expect an email from Xref.

The Xref team
""",
    )

    a(
        "reference_check",
        "glasswing",
        via="platform",
        frm=("Crosschq", "no-reply@crosschq.com"),
        at="2025-07-07 09:00",
        persona="en",
        subject="Glasswing Bio: please invite your references",
        tags=["platform:crosschq"],
        body="""Hi {first},

Glasswing Bio is using Crosschq to collect references for the {role} role.

Please invite 3 references who can speak to your work (at least one manager). It takes about 5 \
minutes, and your references will get a short survey.

Get started: https://app.crosschq.com/candidate/{token}

Questions? Reach out to Oliver Pryce at Glasswing Bio.
""",
    )

    a(
        "reference_check",
        "northwind",
        role=1,
        via="platform",
        frm=("SkillSurvey", "noreply@skillsurvey.com"),
        at="2025-03-11 12:33",
        persona="en",
        subject="Reference request from Northwind Robotics",
        tags=["platform:skillsurvey"],
        body="""Dear {first},

Northwind Robotics has asked you to provide references as part of your candidacy for {role}.

Please provide contact information for at least 4 references. At least 2 should be former \
supervisors or managers. Your references will be asked to complete a confidential online survey.

Enter your references: https://www.skillsurvey.com/candidate/{token}

Your request will expire in 3 days.
""",
    )

    a(
        "reference_check",
        "summit",
        via="platform",
        frm=("Checkr", "no-reply@checkr.com"),
        at="2026-04-03 10:00",
        persona="en2",
        subject="Summit Ridge Credit Union has requested a background check",
        tags=["platform:checkr", "hard:background_check"],
        body="""Hi {first},

Summit Ridge Credit Union has requested a background check as part of your application. To \
get started, please complete your information and sign the required authorization forms.

Start now: https://candidate.checkr.com/invite/{token}

This link expires in 7 days. Most checks take 1-3 business days once you've submitted your \
information.

Questions? Visit help.checkr.com.
""",
    )

    a(
        "reference_check",
        "summit",
        via="platform",
        frm=("Checkr", "no-reply@checkr.com"),
        at="2026-04-08 14:20",
        persona="en2",
        subject="Your background check with Summit Ridge Credit Union is complete",
        tags=["platform:checkr", "hard:background_check"],
        body="""Hi {first},

Your background check for Summit Ridge Credit Union is complete, and a copy of the report has been \
shared with the company.

You can view your report at any time: https://candidate.checkr.com/view/{token}
""",
    )

    a(
        "reference_check",
        "atlasmed",
        via="platform",
        frm=("HireRight", "noreply@hireright.com"),
        at="2026-01-14 07:40",
        persona="en",
        subject="Action Required: Atlas Medical Devices background screening",
        body="""Dear {first},

Atlas Medical Devices has requested that HireRight conduct a background screening, including \
employment and education verification, as part of your offer of employment.

Please complete your information within 72 hours:
https://www.hireright.com/applicant/{token}

If you have questions about the screening, please contact HireRight Applicant Support.
""",
        tags=["platform:hireright", "hard:background_check", "hard:boilerplate_offer"],
    )

    a(
        "reference_check",
        "lumen",
        via="rec",
        at="2025-05-12 10:02",
        persona="en2",
        subject="References for the {role} role",
        body="""Hi {first},

We're moving into the final stage for the {role} role, and we'd like to speak with two of your \
references, ideally a former manager and a peer you worked closely with.

Could you send me their names, email addresses and phone numbers, and a line on how you worked \
together? We'll keep the calls to about 20 minutes.

Carlos
""",
    )

    a(
        "reference_check",
        "harbor",
        via="platform",
        frm=("Checkster", "no-reply@checkster.com"),
        persona="en2",
        at="2025-06-26 09:10",
        subject="Harborview Analytics: please add your references",
        tags=["platform:checkster"],
        body="""Hello {first},

Harborview Analytics uses Checkster for reference checks. Please add 3-5 references who have \
worked with you.

Add references: https://app.checkster.com/r/{token}

Your references will receive an anonymous, 10-minute questionnaire.
""",
    )

    a(
        "reference_check",
        "ironbark",
        via="rec",
        at="2025-10-24 09:15",
        persona="en2",
        hstyle="outlook",
        subject="Referee details",
        body="""Hi {first},

We're nearly there. Before we can confirm anything formally, could you send me details of two \
referees? One should be your current or most recent line manager.

Name, job title, company and email address are all we need. We won't contact anyone without \
letting you know first.

Thanks,
Callum
""",
        role="Senior Python Developer",
        label_role="",
    )

    a(
        "reference_check",
        "larkspur",
        role=1,
        via="platform",
        frm=("Sterling", "donotreply@sterlingcheck.com"),
        persona="en",
        at="2025-05-28 08:30",
        subject="Larkspur Health: complete your background screening",
        tags=["platform:sterling", "hard:background_check"],
        body="""Hello {first},

Larkspur Health has partnered with Sterling to complete your pre-employment background \
screening, which includes education verification and a criminal background check.

Please log in and complete your profile within 48 hours: https://apply.sterlingcheck.com/{token}

Thank you,
Sterling Candidate Care
""",
    )

    a(
        "reference_check",
        "quillon",
        via="rec",
        at="2025-07-09 15:30",
        persona="en",
        frm=("Sarah Whitlock", "sarah.whitlock@quillon.io"),
        subject="References this week",
        body="""Hi {first},

Thanks for sending over your references! We'll be contacting Dana and Luis this week. I've let \
them know to expect a call from our Head of Data.

I'll be in touch as soon as we've spoken to both.

Sarah Whitlock
Talent, {co}
""",
        tags=["hard:handover"],
    )

    a(
        "reference_check",
        "velora",
        via="platform",
        frm=("Certn", "no-reply@certn.co"),
        persona="en",
        subject="Velora Mobility requests your references",
        tags=["platform:certn"],
        body="""Hi {first},

Velora Mobility has asked you to provide professional references through Certn for the role \
{role}.

Add at least two references: https://app.certn.co/references/{token}

Thank you,
Certn
""",
    )

    a(
        "reference_check",
        "cinder",
        via="platform",
        frm=("Crosschq", "no-reply@crosschq.com"),
        persona="en2",
        at="2025-10-20 09:40",
        subject="Reminder: Cinder & Sage is waiting on your references",
        tags=["platform:crosschq", "hard:reminder"],
        body="""Hi {first},

Just a friendly reminder that Cinder & Sage is still waiting for you to invite your references \
for the {role} role.

Invite references: https://app.crosschq.com/candidate/{token}
""",
    )

    a(
        "reference_check",
        "alder",
        via="rec",
        persona="en",
        at="2025-11-10 16:20",
        subject="Employment verification",
        body="""Hi {first},

As part of our standard pre-employment process, our screening team will verify your education \
and prior employment over the next week. You'll receive an authorization form from First \
Advantage shortly; please complete it promptly so there's no delay.

Congratulations again, and let me know if you have any questions.

Meghan Ford
Campus Recruiting, {co}
""",
        tags=["hard:background_check"],
    )


# ---------------------------------------------------------------------------------------------
# outreach
# ---------------------------------------------------------------------------------------------


def outreach(c: Corpus) -> None:
    a = c.add
    a(
        "outreach",
        "plover",
        via="rec",
        at="2025-09-08 07:32",
        persona="en",
        name="plover_gem",
        subject="Quick question, {first}",
        extra=[("X-Mailer", "Gem")],
        tags=["tool:gem"],
        body="""Hi {first},

I lead technical recruiting at Plover Health. We're building care-navigation tools for people \
with chronic conditions, and I came across your work on survival models for patient churn.

We're hiring a Staff Data Scientist to lead our outcomes modelling. Would you be open to a quick \
chat next week to hear more?

Best,
Lena Park
Lead Technical Recruiter, Plover Health
""",
        role="Staff Data Scientist",
        label_role="Staff Data Scientist",
    )
    a(
        "outreach",
        "plover",
        via="rec",
        at="2025-09-15 07:30",
        persona="en",
        reply_of="plover_gem",
        subject="Re: Quick question, {first}",
        extra=[("X-Mailer", "Gem")],
        tags=["tool:gem"],
        body="""Hi {first}, just bumping this to the top of your inbox in case it got \
buried. Would love to tell you more about the Staff Data Scientist role if you're open to it.

Lena
""",
        role="Staff Data Scientist",
        label_role="Staff Data Scientist",
    )
    a(
        "not_job",
        None,
        via="self",
        at="2025-09-15 18:22",
        persona="en",
        name="plover_me",
        reply_of="plover_gem",
        to="Lena Park <lena.park@ploverhealth.com>",
        subject="Re: Quick question, Maya",
        body="""Hi Lena,

Thanks for reaching out. I'd be happy to learn more about the Staff Data Scientist role. I'm free \
most mornings next week.

Maya
""",
        tags=["hard:own_reply"],
        hstyle="gmail",
        mid_style="gmail",
    )

    a(
        "outreach",
        "driftwood",
        via="platform",
        frm=("Kara Jennings via LinkedIn", "inmail-hit-reply@linkedin.com"),
        persona="en",
        subject="Senior Analytics Engineer opportunity at Driftwood Analytics",
        tags=["board:linkedin", "hard:inmail"],
        hstyle="heavy",
        extra=[("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "inmail_hit")],
        body="""Kara Jennings
Senior Technical Recruiter at Driftwood Analytics

Hi {first},

Your background in analytics engineering stood out to me. Driftwood is growing the data platform \
team, and I'm looking for a Senior Analytics Engineer to own our semantic layer (dbt + \
Snowflake, fully remote, US).

Would you be open to a 20-minute conversation this week?

Thanks,
Kara

Reply: https://www.linkedin.com/messaging/thread/{token}

This is a LinkedIn InMail. You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?token={token}
© LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        role="Senior Analytics Engineer",
        label_role="Senior Analytics Engineer",
    )

    a(
        "outreach",
        None,
        via="platform",
        frm=("Chris Moreno", "chris.moreno@talentbridge-partners.com"),
        persona="en",
        subject="Senior Backend role – fintech client (remote)",
        company="",
        hstyle="outlook",
        mid_style="outlook",
        tags=["agency", "hard:agency_unnamed_client"],
        body="""Hi {first},

Hope you're well. I'm working with a well-funded fintech client (Series C, ~300 people) who are \
hiring a Senior Backend Engineer to join their payments infrastructure team.

- Python/Go, Postgres, Kafka
- Fully remote (US), $190k-$215k base + equity
- Strong engineering culture, 4-day interview process

I think your experience would be a great match. Are you open to a quick call this week to \
discuss? I can share the client's name once we've spoken.

Best regards,
Chris Moreno
Principal Recruiter | Talentbridge Partners
""",
        role="Senior Backend Engineer",
        label_role="Senior Backend Engineer",
    )

    a(
        "outreach",
        None,
        via="platform",
        frm=("Jade Holloway", "jade.holloway@redlinerecruitment.co.uk"),
        persona="en2",
        at="2025-09-30 10:04",
        subject="Senior Data Engineer | Series B Fintech | London (Hybrid)",
        company="",
        hstyle="outlook",
        mid_style="outlook",
        tags=["agency", "hard:agency_unnamed_client"],
        body="""Hi {first},

I hope you don't mind me reaching out. I'm partnered with a fast-growing Series B fintech in \
London who are building out their data platform team and looking for a Senior Data Engineer.

Key details:
- £85,000 – £95,000 + share options
- Hybrid: 2 days a week in their Shoreditch office
- Stack: Python, Kafka, dbt, BigQuery

Would you be open to a quick chat? If now isn't the right time, I'd still love to connect for \
the future.

Kind regards,
Jade Holloway
Senior Consultant – Data & Analytics
Redline Recruitment Ltd
""",
        role="Senior Data Engineer",
        label_role="Senior Data Engineer",
    )

    a(
        "outreach",
        "sable",
        via="platform",
        frm=("Victor Lane", "vlane@apextechstaffing.com"),
        persona="en",
        subject="Embedded Software Engineer – Sable Robotics (direct hire)",
        tags=["agency", "hard:agency_named_client"],
        hstyle="gmail",
        mid_style="gmail",
        body="""Hi {first},

I'm a recruiter with Apex Tech Staffing. We've been engaged by Sable Robotics to help them hire an \
Embedded Software Engineer for their autonomy team in San Jose (direct hire, $165k-$190k).

They're looking for someone with C++ on embedded Linux and some experience with CAN or EtherCAT. \
Based on your profile, I think it's worth a conversation.

Do you have 15 minutes tomorrow or Thursday?

Victor Lane
Senior Technical Recruiter, Apex Tech Staffing
(408) 555-0199
""",
        role="Embedded Software Engineer",
        label_role="Embedded Software Engineer",
    )

    a(
        "outreach",
        "cinder",
        via="rec",
        persona="en2",
        at="2025-09-22 10:15",
        subject="{co} is hiring – thought of you",
        body="""Hi {first},

I'm Mia, a recruiter at {co}. We're a small team building payment infrastructure for \
independent restaurants. I saw your talk on idempotent APIs at PyCon and wanted to reach out.

We're hiring a {role}, and I think you'd enjoy the problems we're working on. Would you be \
interested in a no-pressure conversation with our Head of Engineering?

Mia Torres
Recruiter, {co}
""",
    )

    a(
        "outreach",
        "tidepool",
        via="platform",
        frm=("Ben Auerbach", "ben.auerbach@gmail.com"),
        persona="en",
        hstyle="gmail",
        mid_style="gmail",
        subject="Founding engineer @ Tidepool Labs?",
        body="""Hey {first},

Ben here. I was the second engineer at Kestrel and recently left to start Tidepool Labs with a \
friend. We're building open-source tooling for ocean sensor data and just closed a small seed \
round.

We're looking for a founding engineer, and your name came up twice when I asked around. Any \
interest in grabbing a coffee (or a video call) to hear what we're doing?

Ben
""",
        tags=["hard:personal_domain", "hard:other_company_mentioned"],
        role="Founding Engineer",
        label_role="Founding Engineer",
    )

    a(
        "outreach",
        None,
        via="platform",
        frm=("Rahul Verma", "rahul.v@nexgenitsolutions.net"),
        persona="en2",
        subject="Urgent Requirement: Python Developer || Remote || 12+ Months Contract",
        company="",
        hstyle="simple",
        tags=["agency", "hard:agency_unnamed_client"],
        body="""Hi {first},

Hope you are doing well.

This is Rahul from NexGen IT Solutions. I came across your profile and wanted to check whether you \
are open to the below position with our direct client.

Role: Python Developer
Location: Remote (US)
Duration: 12+ months contract
Rate: $65/hr on W2
Client: A leading healthcare company

Must have: Python, FastAPI, AWS, PostgreSQL

If interested, please share your updated resume, expected rate and availability for a call.

Thanks & Regards,
Rahul Verma
Technical Recruiter | NexGen IT Solutions
""",
        role="Python Developer",
        label_role="Python Developer",
    )

    a(
        "outreach",
        "kestrel",
        role=1,
        via="rec",
        at="2025-10-27 13:05",
        persona="en",
        reply_of="kestrel_rej",
        subject="Re: Thank you for your application – Data Engineer II",
        body="""Hi {first},

I hope you've been well! I'm reaching out because we've just opened a {role} role on the platform \
team, and I think it could be a much better match for your background than the Data Engineer II \
position you applied for in May.

Would you be interested in applying? I'd be happy to flag your application to the hiring \
manager.

Priya
""",
        quote=Quote(
            "Kestrel Payments, Inc.",
            "no-reply@greenhouse.io",
            160,
            """Dear Maya,

Thank you again for your interest in the Data Engineer II position at Kestrel Payments, Inc.

After careful review, we will not be moving forward with your application at this time.""",
        ),
        tags=["hard:quoted_rejection", "hard:reapply"],
    )

    a(
        "outreach",
        "foxglove",
        via="platform",
        frm=("Wellfound", "notifications@wellfound.com"),
        persona="en",
        subject="New message from Priyanka at Foxglove Security",
        tags=["board:wellfound", "hard:relay_address"],
        hstyle="card",
        body="""Priyanka Rao from Foxglove Security sent you a message:

"Hi {first}, I saw your profile on Wellfound and think you'd be a great fit for our Security \
Engineer role. We're a 20-person team working on browser isolation. Interested in chatting?"

View and reply: https://wellfound.com/messages/{token}

You're receiving this because you're open to new opportunities on Wellfound.
""",
        role="Security Engineer",
        label_role="Security Engineer",
    )

    a(
        "outreach",
        None,
        via="platform",
        frm=("Eleanor Voss", "evoss@harrowgatesearch.com"),
        persona="en",
        subject="Confidential: VP Engineering search",
        company="",
        hstyle="outlook",
        mid_style="outlook",
        tags=["agency", "hard:agency_unnamed_client"],
        body="""Dear {first},

I am leading a confidential search for a VP of Engineering on behalf of a privately held \
logistics software company in the Midwest (around 400 employees, profitable, PE-backed).

Your name came to me through a mutual connection, and I would value a short, confidential \
conversation, either about the role itself or about people you would recommend.

With kind regards,
Eleanor Voss
Partner, Harrowgate Search
""",
        role="VP of Engineering",
        label_role="VP of Engineering",
    )

    a(
        "outreach",
        "wren",
        via="rec",
        persona="en",
        at="2026-01-06 10:30",
        subject="{role} at {co} – we offer a lot of autonomy",
        body="""Hi {first},

I'm Avery, Talent Manager at {co}. We build practice-management software for small law firms, \
and we're hiring a {role} to own our billing and invoicing experience.

We offer a four-day work week, a fully remote team and real ownership. I'd love to tell you more \
if you're open to it. Would a 20-minute call next week work?

Avery Stone
Talent Manager, {co}
""",
        tags=["hard:boilerplate_offer"],
    )

    a(
        "outreach",
        "alder",
        via="rec",
        persona="en2",
        frm=("Meghan Ford", "meghan.ford@alderrowe.com"),
        subject="Fellow Wolverine – Associate Consultant openings",
        body="""Hi {first},

I'm a Michigan alum on the campus recruiting team at {co}. I noticed you graduated from Ross a few \
years ago, and I wanted to reach out personally: we're hiring experienced {role}s for our Chicago \
office.

If you might be interested, I'd be happy to set up a call with a couple of fellow alumni on the \
team.

Go Blue!
Meghan
""",
    )

    a(
        "outreach",
        "halcyon",
        via="rec",
        persona="en2",
        at="2026-06-08 11:11",
        subject="A new design role at {co}",
        body="""Hi {first},

You interviewed with us for a {role} role a few months ago. We didn't have the right fit at \
the time, but the team remembered your portfolio.

We've just opened a Senior Product Designer role on our streaming apps team, and I'd love to \
reconnect. Are you open to a conversation?

Jordan Blake
Recruiting Manager, {co}
""",
        tags=["hard:reapply"],
        role="Senior Product Designer",
        label_role="Senior Product Designer",
    )

    a(
        "outreach",
        "ironbark",
        via="platform",
        frm=("Jade Holloway", "jade.holloway@redlinerecruitment.co.uk"),
        persona="en2",
        at="2025-10-02 09:30",
        hstyle="outlook",
        mid_style="outlook",
        subject="Senior Python Developer – Ironbark Software (Leeds, hybrid)",
        body="""Hi {first},

Thanks for your time on the phone earlier. As promised, here are the details of the other role I \
mentioned.

Ironbark Software are a 60-person product company in Leeds building scheduling software for \
housing associations. They're hiring a Senior Python Developer (£70-80k, hybrid 2 days).

If you're happy for me to put you forward, just reply "yes" and I'll send your CV over.

Jade
""",
        tags=["agency", "hard:agency_named_client"],
        role="Senior Python Developer",
        label_role="Senior Python Developer",
    )

    a(
        "outreach",
        "keystone",
        via="rec",
        persona="en",
        subject="Following up – Logistics Data Analyst role",
        body="""Hi {first},

I reached out last week about our Logistics Data Analyst opening and wanted to follow up once \
more. We're a family-owned freight company in Kansas City, and the role would be your chance to \
build our first proper analytics stack.

If the timing isn't right, no worries at all. Just let me know and I won't keep bothering you.

Mike Dunbar
Recruiting Manager, Keystone Freightworks
""",
        role="Logistics Data Analyst",
        label_role="Logistics Data Analyst",
        tags=["hard:follow_up"],
    )

    a(
        "outreach",
        "quarry",
        via="platform",
        frm=("Dana Whitley", "dana.whitley@quarrystreet.media"),
        persona="en2",
        hstyle="apple",
        mid_style="apple",
        subject="Saw your newsletter – a role you might like",
        body="""Hi {first},

I've been reading your newsletter on publishing workflows for a while, and the issue on CMS \
migrations was spot on.

I run content operations at Quarry Street Media and I'm hiring a Content Operations Lead. I think \
you'd be great. Would you like to grab a virtual coffee next week?

Dana Whitley
Quarry Street Media
""",
        role="Content Operations Lead",
        label_role="Content Operations Lead",
    )


# ---------------------------------------------------------------------------------------------
# LinkedIn and Indeed application mail (events about an employer, sent by the job board)
# ---------------------------------------------------------------------------------------------

LI_FOOTER = """This email was intended for {full}. Learn why we included this: \
https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Jobs Applicant emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?token={token}
© LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn."""


def _li(
    c: Corpus, kind: str, co: str, template: str, subject: str, body: str, **kw: object
) -> None:
    c.add(
        kind,
        co,
        subject=subject,
        body=body + "\n" + LI_FOOTER,
        via="platform",
        frm=("LinkedIn", "jobs-noreply@linkedin.com"),
        hstyle="heavy",
        extra=[
            ("X-LinkedIn-Class", "JOBS-APPLICANT"),
            ("X-LinkedIn-Template", template),
            ("X-LinkedIn-fbl", "{token}"),
        ],
        **kw,
    )  # type: ignore[arg-type]


def boards(c: Corpus) -> None:
    _li(
        c,
        "applied",
        "fathom",
        "jobs_applicant_applied",
        at="2025-08-25 07:31",
        persona="en",
        subject="{first}, your application was sent to Fathom Labs",
        body="""Your application was sent to Fathom Labs

Developer Advocate
Fathom Labs · New York, NY (Hybrid)
Applied on {day0}

Now, take these next steps for more success with your job search:
- Get noticed by recruiters: make sure your profile is up to date.
- Practice for interviews with AI-powered interview prep.

Jobs similar to Developer Advocate at Fathom Labs

Developer Relations Engineer
Kestrel Payments · New York, NY
Actively recruiting

Developer Advocate, API Platform
Tessera Cloud · Remote
Easy Apply

Technical Community Manager
Quarry Street Media · Brooklyn, NY
Be an early applicant

See all jobs: https://www.linkedin.com/jobs/
""",
        tags=[
            "board:linkedin",
            "hard:other_companies_listed",
            "hard:boilerplate_interview",
            "hard:duplicate_channel",
        ],
        role="Developer Advocate",
        label_role="Developer Advocate",
    )

    _li(
        c,
        "applied",
        "marigold",
        "jobs_applicant_applied",
        persona="en2",
        subject="Your application was sent to Marigold Learning",
        body="""{first}, your application was sent to Marigold Learning

Data Analyst
Marigold Learning · Chicago, IL (Remote)

Your profile, resume and contact details were shared with the hiring team. You can track this \
application in My Jobs.

People also applied to:
- Data Analyst II · Brightwater Logistics · Columbus, OH
- Business Intelligence Analyst · Summit Ridge Credit Union · Boise, ID
- Analytics Engineer · Quillon Analytics · Chicago, IL
""",
        tags=["board:linkedin", "hard:other_companies_listed"],
        role="Data Analyst",
        label_role="Data Analyst",
    )

    _li(
        c,
        "applied",
        "keystone",
        "jobs_applicant_applied",
        persona="en",
        subject="Your application was sent to Keystone Freightworks",
        body="""Your application was sent to Keystone Freightworks

Logistics Data Analyst
Keystone Freightworks · Kansas City, MO (On-site)
Applied on {day0} with Easy Apply

What's next? Companies usually respond within 2 weeks. We'll notify you when your application \
is viewed.

Similar jobs
Supply Chain Planner · Pinegrove Foods · Omaha, NE
Transportation Planner · Meridian Freight · Dallas, TX
""",
        tags=["board:linkedin", "hard:other_companies_listed"],
        role="Logistics Data Analyst",
        label_role="Logistics Data Analyst",
    )

    _li(
        c,
        "update",
        "bluefin",
        "jobs_applicant_viewed",
        at="2025-03-18 16:02",
        persona="en",
        subject="Your application was viewed by Bluefin Data",
        body="""{first}, your application was viewed by Bluefin Data

Machine Learning Engineer
Bluefin Data · San Francisco, CA (Hybrid)

The hiring team at Bluefin Data viewed your application. This doesn't guarantee you'll hear \
back, but it's a good sign.

Top job picks for you
ML Platform Engineer · Sable Robotics · San Jose, CA
Applied Scientist · Harborview Analytics · New York, NY
""",
        tags=["board:linkedin", "hard:other_companies_listed", "hard:application_viewed"],
        role="Machine Learning Engineer",
        label_role="Machine Learning Engineer",
    )

    _li(
        c,
        "rejected",
        "driftwood",
        "jobs_applicant_rejected",
        persona="en",
        subject="Your application to Senior Analytics Engineer at Driftwood Analytics",
        body="""Your update from Driftwood Analytics

Thank you for your interest in the Senior Analytics Engineer position at Driftwood Analytics. \
Unfortunately, Driftwood Analytics has decided not to proceed with your application at this time.

This email was sent on behalf of Driftwood Analytics. Keep going: here are jobs where you'd be a \
top applicant.

Analytics Engineer · Quillon Analytics · Chicago, IL
Data Engineer II · Kestrel Payments · New York, NY
""",
        tags=["board:linkedin", "hard:other_companies_listed"],
        role="Senior Analytics Engineer",
        label_role="Senior Analytics Engineer",
    )

    _li(
        c,
        "rejected",
        "foxglove",
        "jobs_applicant_rejected",
        persona="en2",
        subject="Your update from Foxglove Security",
        body="""Foxglove Security

Thank you for applying to the Security Engineer role. After reviewing your application, the team \
has decided to move forward with other candidates for this role.

Your profile matches these jobs:
Detection Engineer · Umbra Security · Denver, CO
Security Engineer, Cloud · Tessera Cloud · Remote
""",
        tags=["board:linkedin", "hard:other_companies_listed", "hard:polite_rejection"],
        role="Security Engineer",
        label_role="Security Engineer",
    )

    # Indeed: the plain-text part leaves the employer out; the HTML part names it.
    c.add(
        "applied",
        "crescent",
        via="platform",
        frm=("Indeed Apply", "indeedapply@indeed.com"),
        at="2026-04-01 20:03",
        persona="en2",
        subject="Indeed Application: Office Manager",
        tags=["board:indeed", "hard:company_html_only"],
        text_body="""Application submitted

Office Manager
Lakewood, CO

Your application has been submitted. Good luck!

You can track your applications at https://myjobs.indeed.com/applied

What's next?
Employers usually respond within 1-2 weeks. Keep applying to increase your chances.

Indeed
""",
        body="""Application submitted

Office Manager
Crescent Dental Group - Lakewood, CO

The following items were sent to Crescent Dental Group. Good luck!
- Application
- Resume
- Answers to 3 screener questions

Track your applications: https://myjobs.indeed.com/applied

Indeed
""",
        hstyle="heavy",
        role="Office Manager",
        label_role="Office Manager",
    )

    c.add(
        "applied",
        "marigold",
        via="platform",
        frm=("Indeed Apply", "indeedapply@indeed.com"),
        persona="en",
        subject="Indeed Application: Data Analyst",
        tags=["board:indeed", "hard:company_html_only"],
        text_body="""Your application has been submitted

Data Analyst - Remote

We've sent your application to the employer.

Indeed
""",
        body="""Your application has been submitted

Data Analyst
Marigold Learning - Remote

We've sent your application to Marigold Learning. They'll contact you if there's a fit.

See similar jobs:
Data Analyst · Keystone Freightworks
Junior Data Analyst · Tidewell Clinics

Indeed
""",
        hstyle="heavy",
        role="Data Analyst",
        label_role="Data Analyst",
    )
