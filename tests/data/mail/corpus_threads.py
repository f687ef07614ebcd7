"""Second-wave messages: forwards and replies whose quoted history says something else,
duplicates, malformed headers, employers that are themselves HR-software vendors, and extra
examples of the rarer kinds. Written for heardback's tests; all names invented."""

from __future__ import annotations

from mailkit import Corpus, Part, Quote, fake_pdf


def build(c: Corpus) -> None:
    forwards(c)
    vendors_as_employers(c)
    duplicates_and_bad_headers(c)
    rarer_kinds(c)


def forwards(c: Corpus) -> None:
    a = c.add
    a(
        "rejected",
        None,
        via="platform",
        frm=("Jade Holloway", "jade.holloway@redlinerecruitment.co.uk"),
        persona="en2",
        at="2025-10-17 15:02",
        hstyle="outlook",
        mid_style="outlook",
        company="",
        subject="FW: Candidate feedback – Sam Whitfield",
        tags=["agency", "hard:agency_unnamed_client", "forward", "hard:quoted_history"],
        body="""Hi {first},

I'm really sorry, but I've just had the feedback below from the client. They've decided not to \
take you forward to the second stage. They were impressed with your Kafka knowledge but felt \
another candidate had more hands-on BigQuery experience.

Please don't be discouraged. I have two other roles I'd like to talk to you about this week.

Jade

From: Talent Team <talent@[client]>
Sent: {day0} 13:41
To: Jade Holloway
Subject: Candidate feedback – Sam Whitfield

Hi Jade, thanks for introducing Sam. The panel enjoyed the conversation, but we won't be \
progressing to the next stage. Feedback: strong streaming fundamentals, less depth in our \
warehouse stack. We'd be happy to see other candidates from you.

---
Original invitation: First stage interview, 45 minutes with the Head of Data.
""",
    )

    a(
        "interview",
        "hollis",
        via="rec",
        persona="en2",
        at="2025-08-14 16:30",
        hstyle="outlook",
        subject="FW: Interview: Merchandise Planner – Sam Whitfield",
        tags=["hard:quoted_history"],
        role="Merchandise Planner",
        label_role="Merchandise Planner",
        body="""Hi {first},

Just forwarding the invite below with one change: we've had to move you to meeting room 4.02 on \
the fourth floor. Everything else, including the time, stays the same. Please ask for me at \
reception.

See you {ivday}!

Fiona
""",
        iv=(1, 11, 0),
        quote=Quote(
            "Fiona Marsh",
            "fiona.marsh@hollisandgrange.co.uk",
            3,
            """Hi Sam,

Thanks for taking the time to speak with me last week. As discussed, here is the invite for \
your interview with Gemma Holt (Head of Planning) and myself.""",
            style="forward",
            subject="Interview: Merchandise Planner – Sam Whitfield",
        ),
    )

    a(
        "offer",
        "plover",
        via="rec",
        persona="en",
        at="2025-10-20 13:10",
        frm=("Jasmine Cole", "jasmine.cole@ploverhealth.com"),
        subject="Fwd: Offer – Staff Data Scientist",
        tags=["hard:quoted_history"],
        role="Staff Data Scientist",
        label_role="Staff Data Scientist",
        attach=[
            Part(
                "application/pdf",
                fake_pdf(
                    "Plover Health – Offer Letter",
                    [
                        "Position: Staff Data Scientist",
                        "Base salary: $224,000",
                        "Start date: November 17",
                    ],
                    pad_kb=5,
                    seed="plover-offer",
                ),
                charset=None,
                filename="Plover_Offer_Letter.pdf",
            )
        ],
        body="""Hi {first},

I'm Jasmine from People Ops. Lena asked me to forward the formal offer letter (attached) now \
that the approvals are done. Everything matches what she shared on the phone. Please sign and \
return it by {dlday}.

Welcome (almost) to Plover!

Jasmine Cole
People Operations, Plover Health
""",
        dl=5,
        quote=Quote(
            "Lena Park",
            "lena.park@ploverhealth.com",
            1,
            """Jasmine, could you send \
Maya's offer letter today? Verbal was accepted on our call this morning.

Lena""",
            style="forward",
            subject="Offer – Staff Data Scientist",
        ),
    )

    a(
        "update",
        "northwind",
        role=1,
        via="rec",
        persona="en",
        at="2025-03-07 10:20",
        subject="Re: Staff Backend Engineer – next steps",
        body="""Hi {first},

Thanks for checking in! No news yet, I'm afraid. The interview panel submits feedback by Monday \
and the hiring committee meets Tuesday. I'll have an update for you by the end of next week at \
the latest.

Jenna
""",
        quote=Quote(
            "Maya Okafor",
            "maya.okafor@gmail.com",
            0,
            """Hi Jenna,

I hope you had a good week! I wanted to check in on the status of my application after the onsite \
on Wednesday. Also, for what it's worth, I noticed I received a "not moving forward" email for \
the Senior role. I assume that's separate from the Staff process?

Thanks,
Maya""",
        ),
        tags=["hard:quoted_rejection", "hard:two_roles"],
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Aisha Bello", "aisha.bello88@gmail.com"),
        persona="en",
        hstyle="gmail",
        mid_style="gmail",
        subject="Fwd: Backend Engineer at Cinder & Sage (you'd be perfect!!)",
        tags=["personal", "forward", "hard:friend_forward"],
        body="""omg this sounds exactly like the job you described wanting. apply apply apply

---------- Forwarded message ---------
From: Cinder & Sage Careers <careers@cinderandsage.com>
Subject: Backend Engineer at Cinder & Sage

We're hiring a Backend Engineer, Payments to help us build payment infrastructure for \
independent restaurants. Interviews start next week. Competitive offer, fully remote.

Apply: https://jobs.ashbyhq.com/cinderandsage
""",
    )

    a(
        "interview",
        "glasswing",
        via="rec",
        persona="en",
        at="2025-06-10 09:25",
        subject="Re: Computational Biologist application",
        body="""Hi {first},

Thanks for your patience, and apologies for the slow reply. Dr. Adeyemi has now reviewed your \
application and would like to invite you to a 30-minute video call with her on {ivday} at \
{ivtime} (UK time).

If that doesn't suit, let me know a couple of alternatives.

Best wishes,
Oliver
""",
        iv=(2, 15, 0),
        quote=Quote(
            "Maya Okafor",
            "maya.okafor@gmail.com",
            3,
            """Hi Oliver,

I applied for the Computational Biologist role three weeks ago and received the automatic \
confirmation, but I haven't heard anything since. Is the role still open?

Many thanks,
Maya""",
        ),
        tags=["hard:quoted_history"],
    )

    a(
        "request",
        "plover",
        via="rec",
        persona="en",
        at="2025-09-19 12:02",
        subject="Re: Intro call – updated resume?",
        body="""Hi {first},

Great chatting yesterday! Before I share your profile with our VP of Data, could you send me an \
updated resume that includes your current role? The one on file is from 2023.

Thanks!
Lena
""",
        role="Staff Data Scientist",
        label_role="",
    )


def vendors_as_employers(c: Corpus) -> None:
    a = c.add
    wd = {
        "company": "Workday",
        "tags": ["hard:employer_is_ats_vendor", "ats:workday"],
        "frm": ("Workday", "workday@myworkday.com"),
        "via": "platform",
        "persona": "en2",
        "html": "only",
        "role": "Senior Software Engineer, Recruiting Platform",
        "req": "JR-0097731",
    }
    a(
        "applied",
        None,
        at="2025-08-05 19:40",
        subject="Thank you for applying to Workday",
        body="""Hi {first},

Thanks for applying to the {role} position ({req}) at Workday. We have received your \
application.

Our recruiting team will review your experience and reach out if there's a match. You can see \
the status of your application in your candidate home on our careers site.

Workday Talent Acquisition
""",
        fmt={"role": wd["role"], "req": wd["req"]},
        label_role=wd["role"],
        label_req=wd["req"],
        **{k: v for k, v in wd.items() if k not in ("role", "req")},
    )
    a(
        "rejected",
        None,
        at="2025-08-28 12:15",
        subject="Update on your application: {req} {role}",
        body="""Hi {first},

Thank you for your interest in the {role} position ({req}) at Workday.

After reviewing your application, we have decided to move forward with other candidates for \
this role. Any other applications you have with us are not affected.

We appreciate the time you took to apply and hope you'll consider Workday again.

Workday Talent Acquisition
""",
        fmt={"role": wd["role"], "req": wd["req"]},
        label_role=wd["role"],
        label_req=wd["req"],
        **{k: v for k, v in wd.items() if k not in ("role", "req")},
    )

    a(
        "applied",
        "umbra",
        at="2025-09-08 15:55",
        persona="en2",
        subject="Thanks for applying to {co}!",
        body="""Hi {first},

Thanks for applying for the {role} role. Here's a copy of your answers for your records:

Why do you want to work at Umbra Security?
> I've followed your research blog for two years and want to work on detection at scale.

Are you comfortable with an on-call rotation (one week in six)?
> Yes

Have you previously applied to or interviewed with Umbra Security?
> No

What are your salary expectations?
> $170,000-$185,000

We'll review your application and get back to you within two weeks. If you are not selected \
for this role, we'll still keep your details so we can reach out about similar openings.

Umbra Security Recruiting
""",
        tags=["hard:form_echo", "hard:conditional_rejection", "hard:keep_on_file"],
    )


def duplicates_and_bad_headers(c: Corpus) -> None:
    a = c.add
    jl = """Hi {first}!

Thanks a lot for applying for the {role} position at {co}. We've received your application and \
Elsa from our talent team will get back to you within a week or so.

Talk soon,
The {co} team
"""
    a(
        "applied",
        "juniper",
        at="2025-04-29 13:05",
        subject="Application received – {role}",
        body=jl,
        tags=["hard:duplicate"],
        persona="en2",
    )
    a(
        "applied",
        "juniper",
        at="2025-04-29 13:06",
        subject="Application received – {role}",
        body=jl,
        tags=["hard:duplicate"],
        persona="en2",
    )

    a(
        "applied",
        "crescent",
        at="2026-03-30 22:14",
        persona="en2",
        subject="Your application to Crescent Dental Group",
        date_raw="Mon, 30 Mar 2026 22:14:61 -0700",
        body="""Hello {first},

Your application for {role} was received. Thank you for applying!

{co}
""",
        tags=["hard:bad_date"],
    )

    a(
        "rejected",
        "summit",
        at="2025-11-18 09:00",
        persona="en",
        subject="Regarding your application - Summit Ridge Credit Union",
        date_raw="Tue, 31 Nov 2025 09:00:00 -0700",
        body="""Dear {first},

Thank you for applying for the {role} position. We have chosen to pursue candidates whose \
experience more closely aligns with the needs of the branch. We wish you success in your job \
search.

Summit Ridge Credit Union | Human Resources
""",
        tags=["hard:bad_date", "hard:polite_rejection"],
    )

    a(
        "not_job",
        None,
        via="platform",
        frm=("Parcel & Pine", "orders@parcelandpine.com"),
        persona="en",
        subject="Order confirmation #PP-49102",
        hstyle="heavy",
        date_raw="2025-12-01 08:12:44",
        tags=["shopping", "hard:bad_date"],
        body="""Thanks for your order, Maya!

1 × Wool throw blanket, oat — $89.00

We'll email you when it ships.
""",
    )

    a(
        "interview",
        "copperleaf",
        via="rec",
        persona="en",
        at="2025-10-08 10:10",
        date_raw="Wed, 8 Oct 2025 10:10:12 GMT-0500",
        subject="Phone screen follow-up – {role}",
        body="""Hi {first},

Thanks for confirming. I'll call you on {ivday} at {ivtime} {ivtz} for our 20-minute phone \
interview. If anything changes, just reply here.

Ron Delgado
Recruiter | {co}
""",
        iv=(2, 13, 0),
        tags=["hard:bad_date"],
    )

    a(
        "update",
        "meridian",
        persona="en2",
        subject="Application status update",
        date_raw="Thursday, 12 June 2025 4:05 PM",
        body="""Dear {first},

Your application for {role} (Job {req}) is now in review with the hiring manager. There is no \
action required from you at this time.

Regards,
Talent Acquisition Team
Meridian Freight
""",
        tags=["hard:bad_date", "hard:employer_in_signature"],
    )


def rarer_kinds(c: Corpus) -> None:
    a = c.add
    # reference_check
    a(
        "reference_check",
        "summit",
        via="platform",
        frm=("Checkr", "no-reply@checkr.com"),
        at="2026-04-06 11:30",
        persona="en2",
        subject="Action needed on your Summit Ridge Credit Union background check",
        tags=["platform:checkr", "hard:background_check", "hard:unfortunately_non_rejection"],
        body="""Hi {first},

Unfortunately, we were unable to verify your employment at Brightline Dental (2019-2022) with \
the information provided. Please upload a W-2, pay stub or offer letter from that employer so \
we can complete your background check for Summit Ridge Credit Union.

Upload documents: https://candidate.checkr.com/docs/{token}
""",
    )
    a(
        "reference_check",
        "kestrel",
        role=1,
        via="platform",
        frm=("SkillSurvey", "noreply@skillsurvey.com"),
        at="2025-12-03 09:45",
        persona="en",
        subject="Kestrel Payments: reference request for {full}",
        tags=["platform:skillsurvey"],
        body="""Dear {first},

Kestrel Payments has asked you to provide references for the {role} position.

Please enter contact information for at least three references, including two former managers. \
Your references will be invited to complete a confidential online survey.

Get started: https://www.skillsurvey.com/candidate/{token}
""",
    )
    a(
        "reference_check",
        "kranich",
        via="rec",
        hstyle="outlook",
        charset="windows-1252",
        subject="Erweitertes Führungszeugnis und Referenzen",
        body="""Sehr geehrter Herr {last},

wie im Gespräch angekündigt, benötigen wir für die Position {role} vor Vertragsunterzeichnung \
ein aktuelles Führungszeugnis (nicht älter als drei Monate). Bitte beantragen Sie es bei Ihrem \
Bürgeramt oder online und lassen Sie es direkt an uns senden.

Außerdem würden wir gern mit Ihrer letzten Vorgesetzten sprechen. Bitte nennen Sie uns dazu \
Namen und Telefonnummer.

Mit freundlichen Grüßen
Thomas Reuter
Personalabteilung
""",
        tags=["hard:background_check"],
    )
    a(
        "reference_check",
        "glasswing",
        via="rec",
        persona="en",
        at="2025-07-14 11:00",
        subject="References received – thank you",
        body="""Hi {first},

Just a quick note to say we've now received both of your references, and they were glowing. \
Thank you for arranging them so quickly.

That completes the reference stage. The only outstanding item is the right to work check, which \
I'll email you about separately.

Best wishes,
Oliver
""",
        tags=["hard:boilerplate_offer"],
    )

    # assessment
    a(
        "assessment",
        "larkspur",
        role=1,
        via="platform",
        frm=("Larkspur Health via HireVue", "noreply@hirevue.com"),
        at="2025-04-25 09:00",
        persona="en",
        subject="Larkspur Health – On Demand Interview Invitation",
        tags=["platform:hirevue", "hard:async_video"],
        body="""Hi {first},

Thank you for your interest in the {role} position ({req}) with Larkspur Health.

As the next step, we invite you to complete an On Demand interview. You will record answers to \
six questions on your computer or phone at a time that works for you. It takes about 25 \
minutes.

Complete by {dlday}: https://app.hirevue.com/interviews/{token}

Larkspur Health Talent Acquisition
""",
        dl=5,
    )
    a(
        "assessment",
        "vantor",
        via="platform",
        frm=("Vantor Aerospace Assessments", "noreply@shl.com"),
        persona="en",
        at="2025-01-23 14:00",
        subject="Vantor Aerospace: complete your online assessment",
        tags=["platform:shl"],
        body="""Dear {first},

Thank you for applying for {req} {role}. As part of our selection process, please complete the \
following online assessments:

- Numerical reasoning (18 minutes)
- Inductive reasoning (24 minutes)
- Work preferences questionnaire (about 20 minutes)

Please complete all three within 5 days: https://vantor.shl.com/candidate/{token}

Vantor Aerospace Talent Acquisition
""",
    )
    a(
        "assessment",
        "copperleaf",
        persona="en",
        subject="Please complete your assessment – {role}",
        body="""Hi {first},

Thank you for your interest in the {role} role (requisition {req}).

The next step in our process is a 45-minute online assessment covering probability, Excel \
modelling and a short written explanation. Please complete it within 4 days using the link \
below.

https://copperleafins.icims.com/assessments/{token}

Copperleaf Insurance Recruiting
""",
    )

    # request
    a(
        "request",
        "harbor",
        via="rec",
        persona="en2",
        at="2025-07-10 09:30",
        subject="Onboarding paperwork",
        body="""Hi {first},

Welcome aboard! To get you set up for payroll before your first day, please complete the \
following in our onboarding portal by {dlday}:

- Form W-4
- Direct deposit details
- Emergency contact information

Let me know if you have any trouble logging in.

Tyler
""",
        dl=4,
    )
    a(
        "request",
        "halcyon",
        via="rec",
        persona="en2",
        subject="Portfolio password?",
        body="""Hi {first},

Thanks for applying for the {role} role. The portfolio link in your application asks for a \
password. Could you send it over (or a PDF version) so the design team can review your work?

Jordan
""",
    )

    # update
    a(
        "update",
        "sable",
        at="2025-07-16 16:00",
        persona="en",
        subject="Update on your {co} application",
        body="""Hi {first},

Thanks for your patience. We're still reviewing applications for the {role} role and expect to \
make decisions about next steps by {byday}.

Sable Robotics Recruiting
""",
        by=5,
        tags=["hard:decision_date"],
    )
    a(
        "update",
        None,
        via="platform",
        frm=("Jade Holloway", "jade.holloway@redlinerecruitment.co.uk"),
        persona="en2",
        at="2025-10-14 17:30",
        hstyle="outlook",
        mid_style="outlook",
        company="",
        subject="Quick update – Senior Data Engineer",
        tags=["agency", "hard:agency_unnamed_client"],
        role="Senior Data Engineer",
        label_role="Senior Data Engineer",
        body="""Hi {first},

Just a quick one: I chased the client today. They've got two more first-stage interviews on \
Thursday and will give feedback on everyone by Friday. So no news yet, but nothing negative \
either.

Speak soon,
Jade
""",
    )

    # outreach
    a(
        "outreach",
        "vantor",
        role=1,
        via="rec",
        persona="en2",
        subject="{role} opportunity at {co}",
        body="""Hi {first},

I'm a recruiter on the engineering team at {co}. I came across your profile and your work on \
embedded Rust, and I think you could be a great fit for our {role} opening ({req}) on the \
lunar lander program in Colorado.

Would you have 20 minutes this week for an introductory call?

Gregory Osei
Recruiter, Engineering | {co}
""",
    )
    a(
        "outreach",
        "feldmann",
        via="platform",
        frm=("Stefan Brandt über LinkedIn", "inmail-hit-reply@linkedin.com"),
        hstyle="heavy",
        extra=[("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "inmail_hit")],
        tags=["board:linkedin", "hard:inmail"],
        subject="Spannende Position bei Feldmann Logistik",
        body="""Stefan Brandt
Recruiting bei Feldmann Logistik SE

Hallo Herr Becker,

Ihr Profil hat mich sehr angesprochen. Wir bauen in Bremen gerade ein neues Data-Team für unsere \
Supply-Chain-Steuerung auf und suchen einen {role}.

Hätten Sie Lust auf ein unverbindliches Gespräch in den nächsten Tagen?

Viele Grüße
Stefan Brandt

Antworten: https://www.linkedin.com/messaging/thread/{token}
Dies ist eine InMail von LinkedIn.
""",
    )

    # zero-width characters inside words and bulk headers on a real rejection/ack
    a(
        "rejected",
        "marigold",
        persona="en",
        zw=True,
        bulk=True,
        subject="An update on your {co} application",
        body="""Hi {first},

Thank you for applying for {role}. Un\u200bfortunately, we will not be moving forward \
with your appli\u200bcation at this time.

We encourage you to apply for other roles that match your experience.

The {co} Talent Team
""",
        tags=["hard:zero_width_in_word", "hard:bulk_headers"],
    )
    a(
        "applied",
        "hollis",
        persona="en",
        bulk=True,
        zw=True,
        pre="Thanks for applying",
        subject="Thanks for applying to Hollis & Grange",
        body="""Dear {first},

Thank you for applying for {role} (ref. {req}). Your application has been received and our \
resourcing team will be in touch.

You're receiving this email because you applied for a job at Hollis & Grange.
""",
        tags=["hard:bulk_headers", "hard:zero_width"],
    )
    a(
        "applied",
        "pinegrove",
        persona="en",
        bulk=True,
        zw=True,
        pre="We received your application",
        subject="Application received: {role}",
        body="""Hi {first},

We received your application for {role} (Ref. {req}). Thank you for your interest in {co}!

A recruiter will review your profile within 10 business days.

{co} Talent Acquisition
""",
        tags=["hard:bulk_headers", "hard:zero_width"],
    )
