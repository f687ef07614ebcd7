"""English mail sent by applicant tracking systems and HR teams: acknowledgements, rejections,
status updates and requests for documents. Written for heardback's tests; all names invented."""

from __future__ import annotations

from mailkit import Corpus, Part, Quote, fake_pdf


def build(c: Corpus) -> None:
    acks(c)
    rejections(c)
    updates(c)
    requests(c)


# ---------------------------------------------------------------------------------------------
# applied
# ---------------------------------------------------------------------------------------------


def acks(c: Corpus) -> None:
    a = c.add
    nw_ack = """Hi {first},

Thanks for applying for the {role} role at {co}. We've got your application, and someone on our \
recruiting team will look at it over the next couple of weeks.

We read every application ourselves. If your experience lines up with what the team needs, a \
recruiter will get in touch to set up a first conversation. Either way, you'll hear from us.

While you wait, our engineering blog has a few posts on how we build robots that work alongside \
warehouse crews: https://northwindrobotics.com/blog

Best,
The {co} Recruiting Team
"""
    a(
        "applied",
        "northwind",
        role=0,
        at="2025-02-10 09:14",
        name="nw_ack_sr",
        subject="Your application to {co}",
        body=nw_ack,
        tags=["hard:two_roles", "hard:same_subject"],
    )
    a(
        "applied",
        "northwind",
        role=1,
        at="2025-02-10 09:16",
        name="nw_ack_staff",
        subject="Your application to {co}",
        body=nw_ack,
        tags=["hard:two_roles"],
    )

    a(
        "applied",
        "kestrel",
        at="2025-05-05 16:40",
        name="kestrel_ack",
        subject="Thank you for your application – {role}",
        body="""Dear {first},

Thank you for your interest in {co} and for applying to the {role} position. This note confirms \
that your application has been received.

Our talent team reviews applications on a rolling basis. Because of the number of applications we \
receive, unfortunately we're not able to give individual feedback to every applicant. If your \
profile is a fit, we'll reach out to you directly to discuss next steps.

Kind regards,
Talent Acquisition
{co}
""",
        tags=["hard:same_subject", "hard:cannot_respond_individually"],
    )

    a(
        "applied",
        "kestrel",
        role=1,
        at="2025-11-03 11:05",
        name="kestrel_reapply",
        subject="We received your application for {role}",
        body="""Hi {first},

Thanks for applying (again!) to {co}. We've received your application for {role} and it's on its \
way to the hiring team.

Applying more than once is never held against anyone here. Each application is reviewed for the \
role it was submitted to.

Expect to hear from us within 10 business days.

Talent Acquisition
{co}
""",
        tags=["hard:reapply"],
    )

    a(
        "applied",
        "quillon",
        at="2025-06-09 08:02",
        name="quillon_ack",
        subject="Thanks for applying to {co}",
        body="""Hi {first},

Thank you for applying to {co}! We've received your application for {role} and wanted to let you \
know what comes next.

A member of our team reviews every application. If there's a match, we'll email you within two \
weeks to set up a call. If you are not selected for this position, we'll let you know as well, and \
we encourage you to keep an eye on our careers page for roles that open up later.

Thanks again,
{co} Talent
""",
        tags=["hard:conditional_rejection"],
    )

    a(
        "applied",
        "quillon",
        at="2025-06-18 23:51",
        subject="We've received your application",
        body="""Hello {first},

This is a confirmation that your application for {role} at {co} was submitted successfully.

Application ID: QA-{token}
Submitted: {day0}

You'll receive further updates by email.
""",
        tags=["hard:late_ack"],
        fmt={"token": "7741-0932"},
    )

    lark = """Dear {first} {last},

Thank you for applying to the {role} position (requisition {req}) at {co}. We have received your \
application and it is now under review by our Talent Acquisition team.

What to expect next:

- Our team reviews applications against the requirements of the role.
- Candidates selected to move forward will be contacted by a recruiter to schedule an interview.
- You can check the status of your application at any time in your candidate home.

We appreciate your interest in our mission of bringing better care closer to home.

Sincerely,
{co} Talent Acquisition
"""
    a(
        "applied",
        "larkspur",
        role=0,
        at="2025-04-02 13:21",
        name="lark_ack1",
        subject="Thank you for applying to {co} - {role} ({req})",
        body=lark,
        tags=["hard:two_roles", "hard:boilerplate_interview"],
    )
    a(
        "applied",
        "larkspur",
        role=1,
        at="2025-04-02 13:34",
        name="lark_ack2",
        subject="Thank you for applying to {co} - {role} ({req})",
        body=lark,
        tags=["hard:two_roles", "hard:boilerplate_interview"],
    )

    vantor = """Hello {first},

Your application for {req} - {role} has been successfully submitted.

Our recruiting team will carefully consider your qualifications. Please note that because of \
export control regulations, candidates for this position must be U.S. persons.

If your skills match our needs, a member of our team will contact you. We will keep your resume \
on file, and you may be considered for other positions that fit your background.

Thank you for your interest in {co}.
"""
    a(
        "applied",
        "vantor",
        at="2025-01-14 10:02",
        name="vantor_ack",
        subject="Application Received: {req} {role}",
        body=vantor,
        html="only",
        tags=["hard:keep_on_file"],
    )
    a(
        "applied",
        "vantor",
        at="2025-01-14 10:04",
        subject="Application Received: {req} {role}",
        body=vantor,
        html="only",
        tags=["hard:keep_on_file", "hard:duplicate"],
    )

    a(
        "applied",
        "hollis",
        subject="We've received your application – {role}",
        body="""Dear {first},

Thank you for your application for the role of {role} (ref. {req}). We're really pleased you'd \
like to join Hollis & Grange.

We aim to review all applications within ten working days of the advert closing. Unfortunately, \
due to the high volume of applications we receive, we are not always able to respond to every \
candidate personally. If you haven't heard from us within four weeks of the closing date, please \
assume that your application has not been successful on this occasion.

Best wishes,
Resourcing Team
{co}
""",
        tags=["hard:conditional_rejection", "hard:unfortunately_ack"],
    )

    a(
        "applied",
        "brightwater",
        subject="Brightwater Logistics - Application Confirmation",
        body="""Dear {first},

Thank you for your interest in the {role} position (Job ID {req}) at {co}. Your application was \
received on {day0}.

For your records, here is a summary of your responses to our application questions:

Are you at least 18 years of age? Yes
Are you legally authorized to work in the United States? Yes
Will you now or in the future require sponsorship for employment visa status? No
Are you willing to work on-site at our Columbus, OH distribution center? Yes
Have you ever been employed by Brightwater Logistics or its affiliates? No
If you are not selected for this role, may we consider you for other openings? Yes
Desired salary range: $68,000 - $75,000
How did you hear about this position? LinkedIn

If you need to update your answers, please sign in to your candidate dashboard.

Regards,
Brightwater Talent Acquisition
""",
        tags=["hard:form_echo", "hard:conditional_rejection"],
    )

    a(
        "applied",
        "copperleaf",
        subject="Thank you for applying – {role}",
        bulk=True,
        body="""Hi {first},

We received your application for {role} (requisition {req}) and appreciate the time you took to \
apply.

Here's how our process works: our recruiters review applications weekly. If you're selected for \
the next step, you'll receive an invitation to a phone interview. If we don't move forward right \
away, we will keep your resume on file for twelve months and consider you for similar openings.

Follow us on LinkedIn to hear about new roles at Copperleaf.

Copperleaf Insurance Recruiting
""",
        tags=["hard:keep_on_file", "hard:bulk_headers", "hard:boilerplate_interview"],
    )

    a(
        "applied",
        "saltmarsh",
        at="2025-08-04 17:22",
        name="smg_ack",
        subject="Application received: {role}",
        body="""Hey {first},

Thanks for applying to be a {role} at Saltmarsh! We're a small team, so a real person (usually \
Ivy) reads every application.

Quick heads-up on timing: we're heads-down on our next release, so it may take us up to three \
weeks to get back to you. We'll be in touch either way.

Cheers,
The Saltmarsh Games team
""",
        tags=["hard:abbrev_display"],
    )

    a(
        "applied",
        "pinegrove",
        subject="Thank you for applying to {co}!",
        zw=True,
        pre="Your application has been received",
        body="""Dear {first},

Thank you for your application for the position of {role} (Ref. {req}).

We have received your application and will be reviewing it shortly. Our recruiters review each \
application carefully, so please allow us some time.

To see the status of your application, you can log in to your SmartRecruiters candidate profile \
at any time.

Best regards,
{co} Talent Acquisition
""",
        tags=["hard:zero_width"],
    )

    a(
        "applied",
        "halcyon",
        at="2026-01-12 09:30",
        subject="Thank you for your interest in {co}",
        body="""Hi {first},

Thank you for applying for the {role} opening at {co}. Your application has been received and is \
now with our recruiting team.

Our process usually includes a portfolio review, a conversation with the design lead, and a team \
interview. If your background is a fit for the next step, we'll contact you to arrange it.

Kind regards,
{co} Recruiting
""",
        tags=["hard:neutral_subject", "hard:boilerplate_interview"],
    )

    a(
        "applied",
        "marlowe",
        subject="Thanks for applying to {co}",
        body="""Hi {first},

Thank you for your application for the {role} position. We have received your resume and cover \
letter and will review them shortly.

If we think you might be a good fit, we will contact you to discuss next steps. Please do not call \
the office regarding your application.

Thank you,
Claire Donovan
HR Manager, {co}
""",
    )

    a(
        "applied",
        "cobalt",
        subject="Thanks for applying to {co}",
        body="""Hi {first},

Thanks for your interest in {co}. We've received your application for the {role} role and the \
team will review it shortly.

We're a team of eleven, so please bear with us. We try to reply to everyone within a week.

Nick Faraday
CTO, {co}
""",
        tags=["hard:generic_display"],
    )

    a(
        "applied",
        "ridgeline",
        subject="Application Confirmation – Requisition {req}",
        body="""Dear {full},

Thank you for applying to the position {role} (Requisition ID: {req}) with {co}.

This email confirms that we have received your application. Applications are reviewed in the \
order received. Only candidates whose qualifications most closely match the requirements will be \
contacted.

{co} is an Equal Opportunity Employer. All qualified applicants will receive consideration for \
employment without regard to race, color, religion, sex, sexual orientation, gender identity, \
national origin, disability, or protected veteran status.

Sincerely,
Talent Acquisition
""",
        tags=["hard:conditional_rejection"],
    )

    a(
        "applied",
        "fernhill",
        name="fernhill_ack",
        subject="Job Submission Confirmation - {role} ({req})",
        body="""Dear {first} {last},

Thank you for submitting your application for the position of {role} (Job Number: {req}). We have \
received your information and our recruiting team will review your qualifications.

You can view or withdraw your submission at any time:
{link}

Please note that this mailbox does not accept replies.

Sincerely,

Talent Acquisition
Fernhill Capital Management, L.P.
""",
        tags=["hard:employer_in_signature"],
    )

    a(
        "applied",
        "meridian",
        name="meridian_ack",
        subject="Thank you for applying",
        body="""Dear {first},

Thanks for applying for {role} (Job {req}). We've received your application, and our recruiting \
team will be in touch if your experience is a match.

You can review your application at any time in your candidate profile.

Regards,
Talent Acquisition Team
Meridian Freight
""",
        tags=["hard:employer_in_signature"],
    )

    a(
        "applied",
        "tidewell",
        subject="Thank you for applying!",
        body="""Hi {first},

Thank you for applying for the {role} position with {co}. We have received your application.

Our HR team will review your qualifications and contact you if you are selected for an interview. \
Please allow up to two weeks for review.

Tidewell Clinics Human Resources
""",
        tags=["hard:boilerplate_interview"],
    )

    a(
        "applied",
        "bluefin",
        at="2025-03-17 12:09",
        name="bluefin_ack",
        subject="Your application to {co}",
        body="""Hi {first},

Thanks for applying for {role} at {co} — we're excited you're interested.

Here's what happens next: our team reviews applications within about a week, and if there's a \
fit we'll invite you to a 30-minute intro call. You can always check where things stand in your \
Rippling candidate portal.

— The Bluefin team
""",
    )

    a(
        "applied",
        "dovecote",
        subject="Dovecote Systems: Application Received",
        body="""Dear {first},

Your application for {role} (Req {req}) has been received.

Thank you for completing the voluntary self-identification questions. Your answers are kept \
separately from your application and are not seen by the hiring manager.

We will review your background and contact you if your skills match the requirements of the \
position.

Dovecote Systems Staffing
""",
        tags=["hard:form_echo"],
    )

    a(
        "applied",
        "larchmont",
        subject="Thanks for applying, {first}",
        body="""Hi {first},

We've received your application for {role} ({req}). Thanks for thinking of {co}!

Our talent team typically reviews new applications within five business days. In the meantime, \
make sure your profile is complete so we have everything we need.

The {co} Talent Team
""",
    )

    a(
        "applied",
        "stanmoor",
        at="2025-10-20 21:47",
        persona="en",
        name="stanmoor_ack",
        subject="Application submitted – {role} ({req})",
        body="""Dear {first},

Thank you for submitting your application for our {role} scheme, starting September next year.

What happens next
Over the next two weeks we will check your application against our eligibility criteria. If you \
meet them, you'll be invited to complete our online tests, followed by a video interview and an \
assessment centre for shortlisted candidates.

You can track your progress at any time by logging in to your candidate account.

Kind regards,
Graduate Recruitment Team
{co}
""",
        tags=["hard:boilerplate_interview"],
    )

    a(
        "applied",
        "juniper",
        persona="en",
        subject="Thanks for your application, {first}!",
        body="""Hi {first}!

Thanks a lot for applying for the {role} position at {co}. We've received your application and \
Elsa from our talent team will get back to you within a week or so.

Fun fact while you wait: our whole team meets in Stockholm twice a year, and the rest of the time \
we're spread across six countries.

Talk soon,
The {co} team
""",
    )

    a(
        "applied",
        "velora",
        at="2025-04-24 11:00",
        subject="Application received – {role}",
        body="""Hi {first},

We have received your application for the position {role}. Thank you for your interest in {co}!

We will review your application and get back to you as soon as possible, usually within 10 \
working days.

Kind regards,
Pieter Smit
Recruiter | {co}
""",
    )

    a(
        "applied",
        "greenhouse",
        at="2025-10-06 15:31",
        name="gh_ack",
        subject="Thank you for applying to Greenhouse",
        body="""Hi {first},

Thank you for your interest in Greenhouse! We're glad you applied for the {role} role.

Yes, you're getting this note from the same product our customers use to hire. Our recruiting \
team will review your application and reach out if there's a match. You can expect to hear back \
within two weeks.

In the meantime, check out our blog to learn more about how we think about fair hiring.

Best,
The Greenhouse Talent Team
""",
        tags=["hard:employer_is_ats_vendor"],
    )

    a(
        "applied",
        "alder",
        at="2025-09-15 10:26",
        persona="en",
        name="alder_ack",
        subject="Application confirmation: {role} ({req})",
        body="""Dear {first},

Thank you for applying to the {role} program at {co}. We confirm receipt of your application for \
our New York office.

Our campus team will review applications after the deadline. Candidates invited to first-round \
interviews will be notified by email; first rounds take place on campus in October.

Please make sure your transcript is uploaded to your profile before the deadline.

Campus Recruiting
{co}
""",
        tags=["hard:boilerplate_interview"],
    )

    a(
        "applied",
        "crescent",
        subject="Thank you for applying to {co}",
        body="""Hello {first},

Thank you for your interest in the {role} position at {co}. We have received your application and \
our practice manager will review it.

Due to the number of applications, we are only able to contact candidates selected for an \
interview.

Sincerely,
{co}
""",
        tags=["hard:conditional_rejection"],
    )

    a(
        "applied",
        "summit",
        subject="Thank you for applying to {co}",
        body="""Dear {first},

Thank you for applying for the {role} opening (Req {req}) at {co}. We have received your \
application.

If your qualifications match our needs, a member of our Human Resources team will contact you. \
As a member-owned cooperative, we value people who care about their community; thank you for \
thinking of us.

Summit Ridge Credit Union | Human Resources
""",
    )

    a(
        "applied",
        "evergreen",
        subject="Application Received - {role} - {req}",
        body="""Dear {full},

This email confirms that your application for {role}, {req}, has been submitted to {co}.

Applications are screened after the posting closes. If you are not selected for an interview, you \
will not be notified individually. Please continue to check your Cornerstone profile for updates.

Human Resources Department
{co}
""",
        tags=["hard:conditional_rejection"],
    )

    a(
        "applied",
        "atlasmed",
        at="2025-08-20 10:00",
        subject="Thank you for your application to {co}",
        html="only",
        zw=True,
        pre="We received your application",
        body="""Dear {first},

Thank you for your interest in the {role} position ({req}).

Your application has been received and will be reviewed by our Talent Acquisition team. Due to \
the high volume of applications, we unfortunately cannot provide individual status updates by \
phone. The most current status of your application is always available in your candidate home.

With best regards,
{co}
""",
        tags=["hard:zero_width", "hard:unfortunately_ack"],
    )

    a(
        "applied",
        "lumen",
        at="2025-04-14 19:03",
        name="lumen_ack",
        subject="Thanks for applying to {co}",
        body="""Hi {first},

Thanks for your application to the {role} role at {co}! Our team will take a look and follow up \
with you soon if there's a potential match.

If there isn't, please don't be discouraged: we often have new openings, and many of our team \
members were hired on their second or third application.

The {co} Recruiting Team
""",
        tags=["hard:conditional_rejection"],
    )

    a(
        "applied",
        "harbor",
        at="2025-05-19 14:18",
        persona="en",
        name="harbor_ack",
        subject="Your application to {co}",
        body="""Hi {first},

Thanks for applying to the {role} role at {co}. We've received your application.

We aim to respond to everyone within 14 days. If you haven't heard from us by then, feel free to \
reply to this email.

Harborview Talent
""",
    )

    a(
        "applied",
        "cinder",
        persona="en",
        at="2025-02-03 09:55",
        name="cinder_ack",
        subject="{co} | We got your application",
        body="""Hi {first},

This is a quick note to confirm we've received your application for {role}. Thanks for \
considering {co}.

We review applications in batches every Monday and Thursday. If we'd like to move forward, \
you'll get an invitation to a short coding exercise, followed by interviews with the team.

Cheers,
{co} Recruiting
""",
        tags=["hard:boilerplate_interview"],
    )

    sable = "{co} - {role}"
    a(
        "applied",
        "sable",
        at="2025-07-07 11:40",
        name="sable_ack",
        subject=sable,
        body="""Hi {first},

Thanks for applying to {co}. We received your application for the {role} position.

If your experience aligns with what we're looking for, we'll reach out about next steps. If we \
decide not to move forward, we'll let you know by email so you're not left wondering.

Sable Robotics Recruiting
""",
        tags=["hard:same_subject", "hard:conditional_rejection"],
    )

    a(
        "applied",
        "fathom",
        at="2025-08-25 07:33",
        name="fathom_ack",
        subject="Application confirmation – {role} at {co}",
        body="""Hi {first},

Your application for {role} at {co} has been received. Thank you!

A few things you might want to know:
- We review every application by hand, and you'll hear back either way.
- If we move forward, the next step is a 30-minute interview with Nadia from our recruiting team.
- After that, there's a short take-home and a final round with the DevRel team.

The {co} Team
""",
        tags=["hard:boilerplate_interview"],
    )

    a(
        "applied",
        "ironbark",
        at="2025-11-24 08:47",
        name="ironbark_ack",
        via="rec",
        hstyle="outlook",
        subject="RE: Senior Python Developer",
        body="""Hi {first},

Thanks for sending over your CV — got it. I'm going through applications this week with one of \
the senior devs and will come back to you by Friday at the latest.

Cheers,
Callum

Callum Reid
Engineering Manager | {co}
""",
        quote=Quote(
            "Maya Okafor",
            "maya.okafor@gmail.com",
            0,
            """Hi Callum,

I saw the Senior Python Developer role on your website and I'd like to apply. My CV is attached. \
I've spent the last five years building data pipelines in Python and would love to talk.

Best regards,
Maya""",
            style="outlook",
            subject="Senior Python Developer",
        ),
        persona="en",
        role="Senior Python Developer",
        label_role="Senior Python Developer",
    )


# ---------------------------------------------------------------------------------------------
# rejected
# ---------------------------------------------------------------------------------------------


def rejections(c: Corpus) -> None:
    a = c.add
    a(
        "rejected",
        "northwind",
        role=0,
        at="2025-03-03 16:12",
        subject="Your application to {co}",
        body="""Hi {first},

Thank you for taking the time to apply for the {role} position, and for your patience while we \
reviewed applications.

We've now completed our review, and we've decided to move forward with candidates whose \
backgrounds more closely match the needs of the team at this time.

We know this isn't the news you were hoping for. Any other application you have open with {co} is \
not affected by this decision.

All the best,
The {co} Recruiting Team
""",
        tags=["hard:same_subject", "hard:two_roles", "hard:polite_rejection"],
    )

    a(
        "rejected",
        "kestrel",
        at="2025-05-20 10:47",
        name="kestrel_rej",
        subject="Thank you for your application – {role}",
        body="""Dear {first},

Thank you again for your interest in the {role} position at {co}.

After careful review, we will not be moving forward with your application at this time. This was a \
competitive search, and we received applications from many strong candidates.

We'd be happy to see your name again for future openings that match your experience.

Kind regards,
Talent Acquisition
{co}
""",
        tags=["hard:same_subject"],
    )

    a(
        "rejected",
        "larkspur",
        role=0,
        at="2025-04-21 08:30",
        subject="Update on your application for {role} ({req})",
        body="""Dear {first},

Thank you for your interest in the {role} position, requisition {req}. We have reviewed your \
qualifications and have decided to pursue other candidates for this position.

Please note that this decision applies only to requisition {req}. If you have applied to other \
positions at {co}, those applications remain under consideration and you will be contacted \
separately.

We wish you every success in your search.

{co} Talent Acquisition
""",
        tags=["hard:two_roles"],
    )

    a(
        "rejected",
        "saltmarsh",
        at="2025-09-02 15:05",
        subject="Thank you for your interest in Saltmarsh Games",
        body="""Hi {first},

Thanks so much for the time you spent talking with Dan and the gameplay team. We really enjoyed \
hearing about your work on physics tooling.

We've thought carefully about it, and we're going to go in a different direction for this role. \
Right now we need someone with more shipped console titles behind them.

We'd genuinely like to stay in touch, and we'll reach out if something opens up that's a closer \
fit.

Ivy
Talent Partner, Saltmarsh Games
""",
        tags=["hard:neutral_subject", "hard:polite_rejection", "hard:abbrev_display"],
    )

    a(
        "rejected",
        "greenhouse",
        via="rec",
        at="2025-11-04 13:22",
        subject="Your application with Greenhouse",
        body="""Hi {first},

Thank you for interviewing with us for the {role} role. Everyone you met appreciated the thought \
you put into the system design conversation.

After a lot of discussion, the team has decided not to move forward with your candidacy. We know \
how much effort goes into an interview loop, and we're grateful you chose to spend that time with \
us.

If you'd like feedback, reply to this email and I'll set up a short call.

Rachel Summers
Senior Technical Recruiter, Greenhouse
""",
        tags=["hard:employer_is_ats_vendor"],
    )

    a(
        "rejected",
        "pinegrove",
        subject="Your application for {role}",
        body="""Dear {first},

Thank you for your interest in {co} and for applying for the {role} position.

We wanted to let you know that this position has now been filled. We appreciate the time you \
invested in your application and hope you will visit our careers site again.

Best regards,
{co} Talent Acquisition
""",
        tags=["hard:position_filled", "hard:polite_rejection"],
    )

    a(
        "rejected",
        "bluefin",
        via="rec",
        at="2025-04-08 17:50",
        subject="About the {role} opening",
        body="""Hi {first},

I wanted to reach out personally about the {role} opening. Over the last few weeks our leadership \
team revisited the roadmap for next year, and we've made the decision to close this position \
rather than fill it.

This has nothing to do with your application, and I'm sorry we can't take it further. If the role \
reopens, I'll let you know directly.

Elena
Bluefin Data Recruiting
""",
        tags=["hard:role_cancelled", "hard:polite_rejection"],
    )

    a(
        "rejected",
        "harbor",
        via="rec",
        at="2025-05-27 12:12",
        subject="Re: Your application to {co}",
        body="""Hi {first},

Thanks for applying to {co} and for being upfront about your work authorization.

For this role we're not able to offer visa sponsorship, now or in the future, so we can't \
consider your application further. I know that's frustrating, particularly since your background \
is strong.

Wishing you the best of luck,
Tyler Brooks
Talent Partner, {co}
""",
        tags=["hard:sponsorship", "hard:polite_rejection"],
        reply_of="harbor_ack",
        quote=Quote(
            "Harborview Talent",
            "no-reply@hire.lever.co",
            8,
            """Hi Maya,

Thanks for applying to the Data Scientist role at Harborview Analytics. We've received your \
application.

We aim to respond to everyone within 14 days.""",
        ),
        persona="en",
    )

    a(
        "rejected",
        "alder",
        persona="en2",
        at="2025-09-19 09:00",
        subject="Your application to {co}",
        body="""Dear {first},

Thank you for applying to the {co} {role} program.

This program is open to students completing a bachelor's or master's degree between December \
{year} and August of the following year. Based on the graduation date you entered, you are not \
eligible for this year's intake, and your application has been closed.

We encourage you to look at our experienced-hire openings on our careers site.

Campus Recruiting
{co}
""",
        tags=["hard:graduation_date", "hard:polite_rejection"],
    )

    a(
        "rejected",
        "brightwater",
        subject="Your application with {co}",
        body="""Dear {first},

Thank you for your interest in the {role} position. After reviewing your qualifications, we have \
decided to proceed with other candidates who more closely meet the requirements of this role.

We appreciate your interest in {co} and encourage you to apply for future openings for which you \
are qualified.

Sincerely,
{co} Talent Acquisition
""",
    )

    a(
        "rejected",
        "hollis",
        subject="Your application – {role}",
        body="""Dear {first},

Thank you for your interest in the {role} role at Hollis & Grange and for the time you took to \
apply.

We regret to inform you that, on this occasion, your application has not been successful. We had \
a very strong response to this vacancy and had to make some difficult decisions.

We will retain your details for six months in line with our privacy notice, and we hope you will \
consider us for future roles.

Kind regards,
Resourcing Team
""",
    )

    a(
        "rejected",
        "tidewell",
        subject="{co} - Application Status",
        body="""Dear {first},

Thank you for applying for {role} at {co}.

Based on your responses to the screening questions, you do not meet the minimum qualifications for \
this position (a current state CPR certification is required at hire). Your application will not \
be considered further.

You're welcome to apply to other openings at any time.

{co} Human Resources
""",
        tags=["hard:knockout"],
    )

    a(
        "rejected",
        "umbra",
        via="rec",
        at="2025-10-01 11:36",
        subject="Your {co} application",
        body="""Hi {first},

Thanks for completing the detection engineering exercise last week. The team reviewed your \
submission carefully.

You clearly know your way around log pipelines, but we were looking for deeper experience writing \
detections at scale, and we've decided not to progress your application further.

I hope you'll consider us again in the future.

Hana
Recruiter, {co}
""",
    )

    a(
        "rejected",
        "tessera",
        via="rec",
        role="Developer Experience Engineer",
        at="2025-10-06 14:00",
        subject="Following up from {co}",
        body="""Hi {first},

Thank you for the time you've put into conversations with our team for the {role} position.

We've decided to move ahead with another candidate whose experience aligns more closely with what \
we need right now. We'll keep you in mind for future opportunities and would love to reconnect as \
the team grows.

Best,
Amir
""",
        tags=["hard:polite_rejection", "hard:keep_in_mind"],
        persona="en",
    )

    a(
        "rejected",
        "halcyon",
        subject="Your application for {role}",
        body="""Hi {first},

Thank you for applying for the {role} role at {co} and for sharing your portfolio with us.

We were fortunate to receive many strong applications. After careful consideration, we have \
selected other candidates whose experience is a closer match for this particular role.

We hope you'll keep an eye on our careers page. Your work is impressive, and we'd be glad to see \
your name again.

{co} Recruiting
""",
        tags=["hard:polite_rejection"],
    )

    a(
        "rejected",
        "vantor",
        role=1,
        subject="{req} {role} - Application Status",
        body="""Hello {first},

Thank you for your interest in the {req} {role} position at {co}.

After a thorough review, we have decided not to move forward with your application for this \
requisition. Other applications you have submitted may still be in process and are not affected \
by this decision.

We encourage you to continue to explore opportunities with {co}.
""",
        html="only",
    )

    a(
        "rejected",
        "copperleaf",
        subject="Update on your application – {role}",
        body="""Hi {first},

Thank you for your interest in the {role} opportunity at {co}. We have decided to move forward \
with other applicants at this time.

Looking for your next opportunity? Our careers blog has tips on preparing for interviews, \
negotiating an offer and building a strong resume: https://copperleafins.com/careers/blog

We wish you the best in your search.

Copperleaf Insurance Recruiting
""",
        tags=["hard:boilerplate_interview", "hard:boilerplate_offer", "hard:polite_rejection"],
    )

    a(
        "rejected",
        "dovecote",
        subject="Dovecote Systems: Update regarding Req {req}",
        body="""Dear {first},

Thank you for your interest in the {role} position (Req {req}).

We wanted to let you know that the position has been filled by an internal candidate. We \
appreciate the time you spent applying and encourage you to review other opportunities with \
Dovecote Systems.

Dovecote Systems Staffing
""",
        tags=["hard:position_filled", "hard:polite_rejection"],
    )

    a(
        "rejected",
        "fernhill",
        subject="Your Job Submission - {role} ({req})",
        body="""Dear {first} {last},

Thank you for your interest in the {role} position (Job Number: {req}).

We have carefully reviewed your qualifications and have decided to pursue other candidates whose \
experience more closely fits our current needs. Your profile will remain in our database.

Sincerely,

Talent Acquisition
Fernhill Capital Management, L.P.
""",
        tags=["hard:employer_in_signature"],
    )

    a(
        "rejected",
        "meridian",
        subject="Regarding your application",
        body="""Dear {first},

We are writing about the {role} position (Job {req}) you applied for.

The requisition has been cancelled and the position will not be filled at this time. As a result, \
your application will not progress further. We appreciate your interest and encourage you to \
apply for other opportunities that match your skills.

Regards,
Talent Acquisition Team
Meridian Freight
""",
        tags=["hard:role_cancelled", "hard:employer_in_signature", "hard:neutral_subject"],
    )

    a(
        "rejected",
        "marlowe",
        subject="Legal Operations Specialist position",
        body="""Dear {first},

Thank you for your interest in the {role} position with {co}. We have reviewed your application \
carefully, and while your background is impressive, we have chosen to go in a different \
direction.

We wish you the best in your job search.

Claire Donovan
HR Manager, {co}
""",
        tags=["hard:polite_rejection"],
    )

    a(
        "rejected",
        "cobalt",
        subject="Update on your application for {role}",
        body="""Hi {first},

Thank you for your interest in {co} and for taking the time to apply.

We've reviewed your application for {role} and decided to continue with candidates whose \
profiles are a closer match for the role. It was not an easy decision.

We wish you all the best,
The {co} team
""",
        tags=["hard:polite_rejection", "hard:generic_display"],
    )

    a(
        "rejected",
        "larchmont",
        subject="Application status update",
        body="""Hi {first},

Thank you for the interest you've shown in {co}.

We wanted to let you know that your candidacy for {role} ({req}) will not be moving forward. We \
encourage you to create a job alert so you hear about new roles that match your interests.

The {co} Talent Team
""",
        tags=["hard:neutral_subject"],
    )

    a(
        "rejected",
        "stanmoor",
        at="2025-11-12 10:00",
        persona="en",
        subject="Your application – {role} ({req})",
        body="""Dear {first},

Thank you for completing our online tests for the {role} scheme.

We're sorry to tell you that your results did not meet the threshold needed to progress to the \
video interview stage, so we are unable to take your application further this year.

You are welcome to apply again in next year's recruitment cycle.

Kind regards,
Graduate Recruitment Team
{co}
""",
        tags=["hard:boilerplate_interview"],
    )

    a(
        "rejected",
        "lumen",
        via="rec",
        at="2025-05-16 16:44",
        subject="Lumenfield – following up on your onsite",
        body="""Hi {first},

I hope you had a good week. I wanted to follow up on your onsite for the {role} role.

The team enjoyed meeting you, and your incident review exercise was one of the stronger ones we've \
seen. In the end, though, they've decided to extend an offer to another candidate with more \
Kubernetes operations experience.

I know this is disappointing. If you're open to it, I'd love to keep in touch for future SRE \
openings.

Carlos
""",
        tags=["hard:boilerplate_offer"],
    )

    a(
        "rejected",
        "fathom",
        at="2025-09-29 13:13",
        subject="Thank you for your interest in {co}",
        body="""Hi {first},

Thank you for taking the time to go through our process for the {role} role, including the \
take-home.

We've now filled the position with someone whose background lines up very closely with our \
current priorities. We'll keep your details on file and will think of you when the team grows \
again.

Warmly,
The {co} Team
""",
        tags=["hard:position_filled", "hard:polite_rejection", "hard:neutral_subject"],
    )

    a(
        "rejected",
        "cinder",
        at="2025-02-26 18:20",
        persona="en",
        subject="{co} | Update on your application",
        body="""Hi {first},

Thank you for interviewing for {role} and for the time you spent on the coding exercise.

After the technical interview, the team decided we won't be moving forward with your \
application for this role. We'd encourage you to apply again for future roles on our careers \
page; we revisit strong applicants regularly.

{co} Recruiting
""",
    )

    a(
        "rejected",
        "summit",
        persona="en",
        at="2026-04-15 10:00",
        subject="Position update - {role}",
        body="""Dear {first},

Thank you for your interest in the {role} position with {co}.

The position has been filled, and we are no longer accepting applications for this opening. We \
appreciate your interest in serving our members.

Summit Ridge Credit Union | Human Resources
""",
        tags=["hard:position_filled", "hard:polite_rejection"],
    )

    a(
        "rejected",
        "atlasmed",
        persona="en2",
        subject="Your Application to {co}",
        html="only",
        body="""Dear {first},

Thank you for your interest in the {role} position ({req}) at {co}.

Following a careful review, we have decided to move forward with other applicants whose experience \
more closely matches the requirements of the role.

We appreciate the time you invested and wish you success in your career.

{co} Talent Acquisition
""",
        tags=["hard:polite_rejection"],
    )

    a(
        "rejected",
        "juniper",
        persona="en2",
        subject="Update about the {role} role",
        body="""Hi {first},

Thanks again for applying for the {role} position at {co}, and sorry it took us a while to get \
back to you.

We've now talked with a lot of great people and we've decided not to proceed with your \
application. It's a tough call for us too, and we really appreciate the interest.

All the best,
Elsa at {co}
""",
    )

    a(
        "rejected",
        "velora",
        subject="Your application at {co}",
        body="""Dear {first},

Thank you for your application for the position {role}.

We have carefully considered your profile. Unfortunately we have decided to continue the process \
with other candidates whose experience in fleet operations is more extensive.

We wish you a lot of success in your further career.

Kind regards,
Pieter Smit
Recruiter | {co}
""",
    )

    a(
        "rejected",
        "crescent",
        subject="{co} – {role}",
        body="""Hello {first},

Thank you for applying to {co}. We have selected a candidate for the {role} position and will not \
be scheduling further interviews.

We appreciate your interest and wish you well.

{co}
""",
        tags=["hard:polite_rejection", "hard:boilerplate_interview"],
    )

    a(
        "rejected",
        "sable",
        at="2025-07-24 09:15",
        subject="{co} - {role}",
        body="""Hi {first},

Thanks for your patience while we reviewed applications for the {role} position.

We've decided not to move forward with your application at this time. The role calls for hands-on \
experience with safety-rated motor controllers, and we're prioritizing candidates who have \
shipped that.

We appreciate your interest in {co} and wish you the best.

Sable Robotics Recruiting
""",
        tags=["hard:same_subject"],
    )

    a(
        "rejected",
        "ironbark",
        via="rec",
        at="2025-12-11 17:02",
        hstyle="outlook",
        subject="RE: Second interview",
        body="""Hi {first},

Thanks again for coming in on Tuesday and for the time you spent on the pairing session.

I'm afraid we've decided to go with another candidate for the role. It was close: the team liked \
your approach to the refactoring task, but the other candidate has more Django experience, which \
we need right now.

I'm happy to give more detailed feedback over the phone if that's useful.

Best wishes,
Callum
""",
        quote=Quote(
            "Callum Reid",
            "callum.reid@ironbark.dev",
            9,
            """Hi Maya,

Great to speak today. We'd like to invite you to a second interview at our office: a 90-minute \
pairing session with two of the team, then a chat with me.

Does Tuesday at 10:00 work?

Callum""",
            style="outlook",
            subject="Second interview",
        ),
        persona="en",
    )

    a(
        "rejected",
        "wren",
        via="rec",
        at="2026-02-27 18:31",
        name="wren_rescind",
        subject="Re: Offer – Product Manager",
        body="""Hi {first},

This is a hard email to write. As you may have seen in the news, our funding round did not close \
as planned, and yesterday the board approved a hiring freeze and a reduction in team size.

Because of this, we have to withdraw the offer we made to you for the {role} role. I am truly \
sorry. I know you turned down other processes for us, and I will do anything I can to help, \
including introductions to other companies.

Avery
""",
        quote=Quote(
            "Avery Stone",
            "avery.stone@wrenlegal.com",
            12,
            """Hi Maya,

I'm delighted to send you our offer for the Product Manager role! The offer letter is attached; \
please let us know your decision by February 20.""",
        ),
        persona="en",
        tags=["hard:rescinded_offer", "hard:quoted_offer"],
    )


# ---------------------------------------------------------------------------------------------
# update
# ---------------------------------------------------------------------------------------------


def updates(c: Corpus) -> None:
    a = c.add
    a(
        "update",
        "vantor",
        at="2025-02-04 07:15",
        subject="Application Status: {req} {role}",
        body="""Hello {first},

Thank you for your continued interest in the {req} {role} position.

We want to let you know that your application is still under review. The hiring team is \
currently evaluating candidates, and we expect to provide an update within the next two to three \
weeks.

No action is required from you at this time.
""",
        html="only",
    )

    a(
        "update",
        "vantor",
        at="2025-03-03 12:41",
        subject="Update: {req} {role}",
        body="""Hello {first},

We are writing to let you know that the {req} {role} requisition has been placed on hold while our \
program team finalizes next year's staffing plan.

Your application remains in our system, and no action is needed. If the requisition is reopened, \
your application will be reviewed as part of the active process.

Thank you for your patience.
""",
        html="only",
        tags=["hard:on_hold"],
    )

    a(
        "update",
        "tessera",
        via="rec",
        at="2025-06-04 10:20",
        name="tessera_delay",
        subject="Quick update on your {co} process",
        body="""Hi {first},

I wanted to give you a quick update so you're not left wondering. Our interview process for the \
{role} role is taking a little longer than planned: two of the panel members were pulled onto a \
customer launch this week.

We still expect to wrap up the remaining conversations by {by}, and I'll be in touch as soon as I \
have news either way.

Thanks for bearing with us,
Amir
""",
        tags=["hard:delayed"],
    )

    a(
        "update",
        "atlasmed",
        at="2025-09-10 15:00",
        subject="An update about your application",
        html="only",
        body="""Dear {first},

Thank you for your interest in the {role} role ({req}) at {co}.

Due to changing business conditions, {co} has implemented a temporary hiring freeze for a number \
of positions, including this one. Your application remains active, and we will contact you if the \
position is reopened.

We apologize for the delay and appreciate your understanding.

{co} Talent Acquisition
""",
        tags=["hard:hiring_freeze"],
    )

    a(
        "update",
        "glasswing",
        via="rec",
        at="2025-07-02 16:05",
        name="glasswing_update",
        subject="Thank you – next steps timing",
        body="""Hi {first},

Thank you for coming in on Monday and for your presentation to the team. It generated a lot of \
good discussion.

We have one more candidate to meet this week. We will make a decision by {byday}, and I'll call \
you either way before the end of that day.

Best wishes,
Oliver Pryce
Talent Acquisition Lead
{co}
""",
        tags=["hard:decision_date"],
        by=6,
    )

    a(
        "update",
        "lumen",
        via="rec",
        at="2025-05-09 15:37",
        subject="Thank you for meeting the team!",
        body="""Hi {first},

Thanks for spending the afternoon with us yesterday. The interviewers are writing up their \
feedback now, and we'll hold our debrief on Wednesday.

You should hear from me by the end of next week at the latest. If anything comes up on your side \
in the meantime (another offer, a deadline), just let me know and I'll see what I can do.

Carlos Mendes
Recruiting Coordinator, {co}
""",
        tags=["hard:boilerplate_offer"],
    )

    a(
        "update",
        "hollis",
        subject="Your application status has changed",
        body="""Dear {first},

The status of your application for {role} ({req}) has changed.

New status: Under consideration by the hiring manager

You do not need to do anything at the moment. Please sign in to your candidate home to see your \
applications.

Hollis & Grange HR
""",
        tags=["hard:neutral_subject"],
    )

    a(
        "update",
        "quillon",
        via="rec",
        at="2025-06-27 14:02",
        subject="A change of contact for your application",
        body="""Hi {first},

I wanted to let you know that Friday is my last day at {co}. It's been a pleasure working with you \
on the {role} process.

My colleague Sarah Whitlock (sarah.whitlock@quillon.io) will be your point of contact from here. \
I've briefed her fully; nothing changes on your side and your take-home review is still on \
track.

All the best,
Marcus
""",
        tags=["hard:handover"],
    )

    a(
        "update",
        "copperleaf",
        subject="Your application for {role} is still active",
        bulk=True,
        body="""Hi {first},

We wanted to let you know that we've reposted the {role} position (requisition {req}) to reach \
more candidates.

Your existing application remains active and you do not need to apply again. We'll be in touch \
once reviews are complete.

Copperleaf Insurance Recruiting
""",
        tags=["hard:bulk_headers", "hard:reposted"],
    )

    a(
        "update",
        "northwind",
        role=1,
        via="rec",
        at="2025-03-14 11:31",
        name="nw_wait",
        subject="Re: Staff Backend Engineer – next steps",
        body="""Hi {first},

Quick update: the team met yesterday and the feedback from your onsite was very positive. Our VP \
of Engineering is travelling until Wednesday and needs to sign off before we can take the next \
step.

So it'll be a few more days. I'll be back in touch no later than {byday}.

Jenna
""",
        by=5,
        persona="en",
        tags=["hard:boilerplate_offer"],
    )

    a(
        "update",
        "larchmont",
        subject="{co}: Your application is moving along",
        body="""Hi {first},

Good news: your application for {role} ({req}) has moved to the next stage of review.

Current stage: Hiring Manager Review

We'll contact you if we'd like to schedule a conversation. Thanks for your patience!

The {co} Talent Team
""",
        tags=["hard:boilerplate_interview"],
    )

    a(
        "update",
        "orbital",
        at="2025-04-28 09:45",
        subject="Your application for {role}",
        body="""Hi {first},

Thank you for your interest in the {role} role at Orbital Kinetics.

Unfortunately, we've had to pause hiring for this position while our program funding is \
finalized. We haven't made any decisions about candidates, and your application remains active \
on our side.

We expect to know more in about six weeks and will contact you as soon as the role reopens.

OKC Talent Team
""",
        tags=["hard:on_hold", "hard:unfortunately_non_rejection", "hard:abbrev_display"],
    )

    a(
        "update",
        "greenhouse",
        via="rec",
        at="2025-10-24 12:10",
        subject="Checking in – {role}",
        body="""Hi {first},

Thanks again for your time on the final round last week. I wanted to check in so you're not left \
in the dark.

We're still meeting a couple of candidates for this role and expect to have a decision by \
{byday}. I'll reach out as soon as I know more.

Rachel
Greenhouse Recruiting
""",
        tags=["hard:employer_is_ats_vendor", "hard:decision_date"],
        by=7,
    )

    a(
        "update",
        "cinder",
        at="2025-02-10 20:01",
        persona="en",
        subject="{co} | Application update",
        body="""Hi {first},

We wanted to let you know we've received an unusually high number of applications for the {role} \
role, and our reviews are running about a week behind.

You haven't been forgotten! We'll be in touch as soon as your application has been reviewed.

{co} Recruiting
""",
        tags=["hard:delayed"],
    )

    a(
        "update",
        "harbor",
        via="rec",
        at="2025-06-02 11:11",
        subject="Process update – {co}",
        persona="en2",
        body="""Hi {first},

A quick heads-up: our hiring manager for the {role} position is on unexpected leave for the next \
two weeks. We're pausing interviews until she's back and expect to restart the week of {by}.

Your candidacy is still very much active. Sorry for the delay!

Tyler
""",
        tags=["hard:delayed"],
        by=10,
    )

    a(
        "update",
        "brightwater",
        subject="Brightwater Logistics - Application Status Update",
        body="""Dear {first},

This is an update about the {role} position (Job ID {req}).

Your application has been reviewed by the recruiting team and forwarded to the hiring manager for \
further consideration. You will be contacted directly if the hiring manager would like to \
schedule an interview.

Regards,
Brightwater Talent Acquisition
""",
        tags=["hard:boilerplate_interview"],
    )

    a(
        "update",
        "ridgeline",
        subject="Status of your application – Requisition {req}",
        body="""Dear {full},

We would like to let you know that the selection process for the position {role} (Requisition \
ID: {req}) is taking longer than originally expected.

We expect to complete our evaluation by {by}. Thank you for your patience and continued interest \
in {co}.

Sincerely,
Talent Acquisition
""",
        tags=["hard:delayed", "hard:decision_date"],
        by=12,
    )


# ---------------------------------------------------------------------------------------------
# request
# ---------------------------------------------------------------------------------------------


def requests(c: Corpus) -> None:
    a = c.add
    a(
        "request",
        "meridian",
        subject="Action Required: Work Authorization Information",
        body="""Dear {first},

Thank you for your continued interest in the {role} position.

To continue processing your application, we need you to confirm your work authorization status. \
Please sign in to your candidate profile and complete the "Work Authorization" questionnaire by \
{dlday}.

If you have any questions, please contact our Talent Acquisition team.

Regards,
Talent Acquisition Team
Meridian Freight
""",
        tags=["hard:questionnaire_is_request", "hard:employer_in_signature"],
    )

    a(
        "request",
        "stanmoor",
        at="2025-10-24 08:30",
        persona="en",
        subject="Missing document – {role} ({req})",
        body="""Dear {first},

Thank you for applying to our {role} scheme.

Unfortunately, your application is missing a copy of your degree transcript, which we need \
before we can check your eligibility. Please upload your transcript (or an interim transcript \
showing your module results to date) to your candidate account by {dlday}.

If we don't receive it by then, we won't be able to progress your application.

Kind regards,
Graduate Recruitment Team
{co}
""",
        tags=["hard:unfortunately_non_rejection"],
    )

    a(
        "request",
        "larkspur",
        role=1,
        at="2025-05-02 09:40",
        subject="Action Required: Please complete your Start Date and Shift Availability form",
        body="""Hello {first},

As part of the {role} process ({req}), please complete the Start Date and Shift Availability \
form in your candidate home.

The form asks for your earliest possible start date, any notice period with your current \
employer, and the shifts you can work (days, evenings, rotating weekends).

Please complete the task by {dlday}.

{co} Talent Acquisition
""",
        html="only",
    )

    a(
        "request",
        "alder",
        at="2025-09-16 14:00",
        persona="en",
        subject="Action needed: transcript upload",
        body="""Dear {first},

Thank you for applying to the {role} program. Your application is almost complete.

We don't yet have an unofficial transcript on your profile. Please upload a PDF of your \
transcript from your university's student portal by {dl} so your application can be reviewed.

Campus Recruiting
{co}
""",
    )

    a(
        "request",
        "glasswing",
        via="rec",
        at="2025-07-16 10:10",
        subject="Right to work check – documents needed",
        body="""Hi {first},

As part of our pre-employment checks, we need to confirm your right to work in the UK before your \
start date.

Could you please send me your share code from the gov.uk "Prove your right to work" service, \
together with your date of birth? If you hold a British or Irish passport, a clear scan of the \
photo page is fine instead.

Many thanks,
Oliver Pryce
Talent Acquisition Lead
{co}
""",
    )

    a(
        "request",
        "ridgeline",
        subject="Please complete your Employment Application",
        body="""Dear {full},

Congratulations on progressing to the final stage for {role} (Requisition ID: {req}).

All finalists are required to complete our formal Employment Application, including employment \
history for the last ten years and education details. Please complete the form in the career \
portal within three business days.

Sincerely,
Talent Acquisition
""",
        tags=["hard:congratulations_not_offer"],
    )

    a(
        "request",
        "tessera",
        via="rec",
        at="2025-05-22 09:18",
        name="tessera_req",
        subject="A couple of quick questions",
        body="""Hi {first},

Before I set up the next round for the {role} role, could you share two things?

1. Your salary expectations (base), so I can make sure we're aligned early.
2. Your earliest possible start date, including any notice period.

No need for anything formal. A reply to this email is perfect.

Thanks!
Amir
""",
        persona="en2",
    )

    a(
        "request",
        "juniper",
        persona="en",
        subject="Could you share your GitHub or portfolio?",
        body="""Hi {first}!

Thanks again for applying for the {role} role. Before we review your application with the team, \
could you send us a link to your GitHub profile or a few projects you're proud of?

You can simply reply to this email with the links.

Thanks,
Elsa
""",
        reply_to="elsa.nyberg@juniperloop.se",
    )

    a(
        "request",
        "dovecote",
        subject="Missing information on your application",
        body="""Dear {first},

We are reviewing your application for {role} (Req {req}).

Your employment history is missing start and end dates for your two most recent positions. Please \
sign in and update your profile so that we can continue to evaluate your application.

Dovecote Systems Staffing
""",
    )

    a(
        "request",
        "fathom",
        via="rec",
        at="2025-09-02 12:00",
        subject="Writing sample for the {role} role",
        body="""Hi {first},

Thanks for a great conversation yesterday! As a next step, could you send us two or three writing \
samples? Blog posts, docs, conference talk abstracts, anything public you've written about \
developer tools.

Links are ideal. If you'd rather share drafts, a PDF works too.

Nadia
Recruiter, {co}
""",
    )

    a(
        "request",
        "velora",
        persona="en2",
        at="2025-12-01 09:00",
        subject="Can we keep your data?",
        body="""Dear {first},

Some time ago you applied for the position {role} at {co}. Under the GDPR we may only keep your \
data for six months without your consent.

We would like to keep your profile in our talent pool for another twelve months so we can contact \
you about suitable vacancies. Please confirm your consent via the link below. If we do not hear \
from you within 14 days, your data will be deleted.

{link}/consent

Kind regards,
{co}
""",
        tags=["hard:consent"],
    )

    a(
        "request",
        "cobalt",
        subject="Are you still interested in {role}?",
        body="""Hi {first},

We're getting ready to schedule conversations for the {role} position, and we want to make sure \
we only contact people who are still looking.

Could you reply within a week to let us know if you're still interested? If we don't hear back, \
we'll assume you've found something else.

Thanks,
Nick
""",
        tags=["hard:boilerplate_interview", "hard:generic_display"],
    )

    a(
        "request",
        "atlasmed",
        at="2026-01-21 08:00",
        subject="Onboarding: identity documents required before your start date",
        html="only",
        body="""Dear {first},

Welcome to {co}! To complete your onboarding for the {role} role, please bring original, \
unexpired documents that establish your identity and employment eligibility on your first day \
(for example, a U.S. passport, or a driver's license together with a Social Security card).

Before then, please complete Section 1 of Form I-9 in the onboarding portal.

{co} HR Onboarding
""",
    )

    a(
        "request",
        "evergreen",
        subject="Documents needed - {role} - {req}",
        body="""Dear {full},

Your application for {role} ({req}) is being reviewed. To continue, we need copies of the \
following:

- Current CompTIA A+ certification (or equivalent)
- Unofficial transcripts from your highest degree

Please upload them to your Cornerstone profile under "Attachments" within five business days.

Human Resources Department
{co}
""",
    )

    a(
        "request",
        "brightwater",
        subject="Action needed: please re-upload your resume",
        body="""Dear {first},

Thank you for applying for {role} (Job ID {req}).

Unfortunately, the resume file attached to your application could not be opened by our system. \
Please sign in to your candidate dashboard and upload your resume again as a PDF or Word document \
so the hiring team can review it.

Regards,
Brightwater Talent Acquisition
""",
        tags=["hard:unfortunately_non_rejection"],
    )

    a(
        "request",
        "summit",
        subject="Please complete your pre-hire questionnaire",
        body="""Dear {first},

Thank you for your interest in the {role} position (Req {req}).

Before we can schedule a conversation, please complete the short pre-hire questionnaire in your \
applicant portal. It asks about your availability for Saturday shifts, your preferred branch \
location and whether you are related to any current employee.

Summit Ridge Credit Union | Human Resources
""",
        tags=["hard:questionnaire_is_request", "hard:boilerplate_interview"],
    )

    a(
        "request",
        "kestrel",
        role=1,
        via="rec",
        at="2025-11-21 17:05",
        subject="Documents for the next stage",
        body="""Hi {first},

Great news that you're moving to the final round for {role}! Before we schedule it, could you \
send me:

- a copy of your most recent payslip or an offer letter showing your current base (we use this \
to calibrate level, nothing else), and
- confirmation of your current visa status and expiry date.

Thanks so much,
Priya
""",
        persona="en",
        tags=["hard:boilerplate_interview"],
        attach=[
            Part(
                "application/pdf",
                fake_pdf(
                    "Kestrel Payments – Candidate Data Notice",
                    [
                        "How we use the documents you provide during hiring.",
                        "We keep them for the duration of the process only.",
                    ],
                ),
                filename="Candidate_Data_Notice.pdf",
            )
        ],
    )
