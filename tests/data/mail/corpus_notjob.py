"""Mail that is not a hiring event but looks like one to a keyword matcher: job alerts, social
digests, vendor marketing, newsletters, bank and shop notices, personal mail, the candidate's
own sent mail and calendar invitations for other things. Written for heardback's tests."""

from __future__ import annotations

from corpus_people import gcal
from mailkit import Corpus, Part, Quote, fake_pdf


def build(c: Corpus) -> None:
    alerts(c)
    social(c)
    vendors(c)
    community(c)
    everyday(c)
    own_mail(c)
    calendars(c)


def _nj(c: Corpus, subject: str, body: str, frm: tuple[str, str], **kw: object) -> None:
    c.add("not_job", None, subject=subject, body=body, via="platform", frm=frm, **kw)  # type: ignore[arg-type]


def alerts(c: Corpus) -> None:
    _nj(
        c,
        "“data engineer”: Kestrel Payments - Senior Data Engineer and more",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        hstyle="heavy",
        bulk=True,
        extra=[
            ("X-LinkedIn-Class", "JOBS-ALERT"),
            ("X-LinkedIn-Template", "email_job_alert_digest_01"),
        ],
        tags=["job_alert", "board:linkedin", "hard:company_in_subject"],
        persona="en",
        body="""Your job alert for data engineer in New York City Metropolitan Area
12 new jobs match your preferences.

Senior Data Engineer
Kestrel Payments · New York, NY (Hybrid)
Actively recruiting · 3 connections work here

Data Engineer, Platform
Fathom Labs · New York, NY
Easy Apply

Staff Data Engineer
Plover Health · New York, NY (Remote)
Promoted

See all jobs: https://www.linkedin.com/comm/jobs/search?alertId={token}

You are receiving Job Alert emails. Manage job alerts: https://www.linkedin.com/jobs/alerts
© LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    )

    _nj(
        c,
        "Your job alert for analytics engineer – 8 new jobs in Chicago, IL",
        frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        hstyle="heavy",
        bulk=True,
        extra=[
            ("X-LinkedIn-Class", "JOBS-ALERT"),
            ("X-LinkedIn-Template", "email_job_alert_digest_01"),
        ],
        tags=["job_alert", "board:linkedin", "hard:boilerplate_offer"],
        persona="en2",
        body="""8 new jobs for analytics engineer

Analytics Engineer · Quillon Analytics · Chicago, IL · $140K-$165K/yr
Senior Analytics Engineer · Driftwood Analytics · Remote
Analytics Engineer II · Marigold Learning · Chicago, IL

Companies are making offers fast. Apply early to stand out: jobs posted in the last 24 hours get \
more responses.

View all jobs: https://www.linkedin.com/comm/jobs/search?alertId={token}
""",
    )

    _nj(
        c,
        "Python Developer jobs: Sable Robotics, Tessera Cloud and 14 more",
        frm=("Indeed", "alert@indeed.com"),
        hstyle="heavy",
        bulk=True,
        tags=["job_alert", "board:indeed", "hard:company_in_subject"],
        body="""Jobs matching "python developer" in Remote

Embedded Software Engineer
Sable Robotics - San Jose, CA
$165,000 - $190,000 a year
Easily apply

Platform Engineer
Tessera Cloud - Remote
Responsive employer

Python Developer (Contract)
NexGen IT Solutions - Remote
Urgently hiring

See more jobs: https://www.indeed.com/jobs?alert={token}

Unsubscribe from this job alert: https://www.indeed.com/alert/unsubscribe?t={token}
""",
    )

    _nj(
        c,
        "Jobs for you: Data Scientist at Harborview Analytics and 9 more",
        frm=("Glassdoor Jobs", "noreply@glassdoor.com"),
        hstyle="heavy",
        bulk=True,
        tags=[
            "job_alert",
            "board:glassdoor",
            "hard:company_in_subject",
            "hard:boilerplate_interview",
        ],
        persona="en2",
        body="""Data Scientist · Harborview Analytics · New York, NY · 4.2 ★
Machine Learning Engineer · Bluefin Data · San Francisco, CA · 3.9 ★
Applied Scientist · Plover Health · Remote · 4.5 ★

Read interview reviews: see what 87 candidates said about interviewing at Harborview Analytics.

See all jobs: https://www.glassdoor.com/job-listing/alert/{token}
""",
    )

    _nj(
        c,
        "New jobs at Northwind Robotics and other companies you follow",
        frm=("Greenhouse", "no-reply@greenhouse.io"),
        hstyle="card",
        bulk=True,
        tags=["job_alert", "hard:ats_sender_not_event"],
        body="""Hi Maya,

Here are new openings at companies you follow on MyGreenhouse:

Northwind Robotics – Robotics Software Engineer, Fleet (Pittsburgh, PA)
Lumenfield – Senior Site Reliability Engineer (Remote, US)
Fathom Labs – Developer Experience Engineer (New York, NY)

Browse jobs: https://my.greenhouse.io/jobs?ref={token}

You're receiving this because you have job alerts turned on in MyGreenhouse.
""",
        persona="en",
    )

    _nj(
        c,
        "Life at Northwind: 5 new roles you might like",
        frm=("Northwind Robotics Talent Community", "talent@northwindrobotics.com"),
        hstyle="heavy",
        bulk=True,
        persona="en",
        at="2025-06-11 16:00",
        tags=["hard:employer_newsletter", "hard:boilerplate_interview"],
        body="""Hi Maya,

Thanks for being part of the Northwind Robotics Talent Community!

This month: meet our warehouse autonomy team, read how we run interviews (and how to prepare), \
and see five new roles:

- Robotics Software Engineer, Fleet
- Senior Backend Engineer, Telemetry
- Technical Program Manager
- Field Applications Engineer
- Recruiting Coordinator

Explore all roles: https://northwindrobotics.com/careers?utm_source=talent_community

You're receiving this because you joined our talent community. Unsubscribe any time.
""",
    )

    _nj(
        c,
        "Startups hiring this week: 34 new remote roles",
        frm=("Wellfound", "digest@wellfound.com"),
        hstyle="heavy",
        bulk=True,
        tags=["job_alert", "board:wellfound"],
        body="""Hi Maya,

Here are this week's startups hiring for roles like yours:

Foxglove Security — Security Engineer — Remote — $150k–$185k · 0.1%–0.3%
Tidepool Labs — Founding Engineer — San Francisco — $160k–$200k · 1%–2%
Cinder & Sage — Backend Engineer, Payments — Remote

Update preferences: https://wellfound.com/settings/notifications
""",
        persona="en",
    )

    _nj(
        c,
        "Redline Recruitment | Data & Analytics salary guide 2026",
        frm=("Redline Recruitment", "news@redlinerecruitment.co.uk"),
        hstyle="heavy",
        bulk=True,
        tags=["newsletter", "hard:agency_newsletter", "hard:boilerplate_offer"],
        persona="en2",
        body="""Hi Sam,

Our 2026 Data & Analytics salary guide is here. Highlights:

- Senior data engineers in London saw base salaries rise 6% year on year.
- 38% of candidates received a counter-offer from their current employer.
- Hybrid (2-3 days) remains the most common working pattern.

Download the full guide: https://redlinerecruitment.co.uk/salary-guide-2026

Thinking about your next move? Our consultants are here to help.

Unsubscribe: https://redlinerecruitment.co.uk/unsubscribe
""",
    )


def social(c: Corpus) -> None:
    li = [("X-LinkedIn-Class", "NOTIFICATIONS")]
    _nj(
        c,
        "Maya, you appeared in 14 searches this week",
        frm=("LinkedIn", "notifications-noreply@linkedin.com"),
        hstyle="heavy",
        bulk=True,
        extra=[*li, ("X-LinkedIn-Template", "search_appearances")],
        persona="en",
        tags=["social", "board:linkedin"],
        body="""You appeared in 14 searches this week

You were found by people from:
Kestrel Payments · Tessera Cloud · Redline Recruitment

Your profile was found in searches for: Data Engineer, Analytics Engineer

See all searches: https://www.linkedin.com/me/search-appearances

Try Premium for free to see who's viewing your profile and stand out to recruiters.
""",
    )

    _nj(
        c,
        "Congratulate Priya Nair on starting a new position",
        frm=("LinkedIn", "notifications-noreply@linkedin.com"),
        hstyle="heavy",
        bulk=True,
        extra=[*li, ("X-LinkedIn-Template", "work_anniversary_new_position")],
        persona="en",
        tags=["social", "board:linkedin", "hard:company_in_body"],
        body="""Priya Nair started a new position as Senior Talent Partner at Kestrel Payments

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:{token}

Other updates from your network:
Dana Wu is celebrating 5 years at Northwind Robotics
Oliver Pryce has a new job: Head of Talent at Glasswing Bio
""",
    )

    _nj(
        c,
        "Jenna Alvarez posted: 5 things I look for in a technical interview",
        frm=("LinkedIn", "notifications-noreply@linkedin.com"),
        hstyle="heavy",
        bulk=True,
        extra=[*li, ("X-LinkedIn-Template", "notable_post")],
        persona="en",
        tags=["social", "board:linkedin", "hard:boilerplate_interview", "hard:boilerplate_offer"],
        body="""Jenna Alvarez · Technical Recruiter at Northwind Robotics

"After 400+ interviews this year, here are 5 things that make a candidate stand out, from the \
first recruiter screen to the offer stage. 1) Ask about the team's on-call..."

87 reactions · 23 comments

Read more: https://www.linkedin.com/feed/update/urn:li:activity:{token}
""",
    )

    _nj(
        c,
        "Dan Whitaker accepted your invitation",
        frm=("LinkedIn", "invitations@linkedin.com"),
        hstyle="heavy",
        bulk=True,
        extra=[*li, ("X-LinkedIn-Template", "invitation_accepted")],
        persona="en",
        tags=["social", "board:linkedin", "hard:accepted_word"],
        body="""Dan Whitaker accepted your invitation

Dan Whitaker
Gameplay Lead at Saltmarsh Games

Now you can message Dan: https://www.linkedin.com/messaging/compose?recipient={token}
""",
    )


def vendors(c: Corpus) -> None:
    _nj(
        c,
        "Greenhouse Open 2026: registration is open",
        frm=("Greenhouse", "events@marketing.greenhouse.io"),
        hstyle="heavy",
        bulk=True,
        tags=[
            "vendor_marketing",
            "hard:ats_sender_not_event",
            "hard:boilerplate_interview",
            "hard:boilerplate_offer",
        ],
        persona="en",
        body="""Join 3,000 talent leaders in Boston this September

Greenhouse Open is back! Two days of sessions on structured interviewing, offer approval \
workflows, and how AI is changing candidate experience.

Early-bird tickets end Friday: https://www.greenhouse.com/open?utm_source=email

Greenhouse Software, Inc. · 228 Park Ave S · New York, NY
Unsubscribe: https://marketing.greenhouse.io/unsubscribe/{token}
""",
    )

    _nj(
        c,
        "Workday Rising recap: what's new for talent acquisition",
        frm=("Workday", "workday@email.workday.com"),
        hstyle="heavy",
        bulk=True,
        tags=["vendor_marketing", "hard:ats_sender_not_event"],
        body="""Missed Workday Rising? Here's the recap.

- Candidate experience: a redesigned job application and candidate home.
- Recruiting agents that screen applications and schedule interviews.
- Offer management with faster approvals.

Watch the sessions on demand: https://www.workday.com/rising?ref={token}

Manage preferences | Unsubscribe
Workday, Inc., 6110 Stoneridge Mall Road, Pleasanton, CA
""",
    )

    _nj(
        c,
        "Class of 2025: what entry-level hiring looks like now",
        frm=("iCIMS", "info@nurture.icims.com"),
        hstyle="heavy",
        bulk=True,
        tags=["vendor_marketing", "hard:ats_sender_not_event"],
        body="""iCIMS Insights

Our new Class of report surveyed 1,000 college seniors and 500 HR professionals: 62% of \
graduates expect to receive a job offer within three months of graduation, while recruiters \
report applications per opening are up 23%.

Download the report: https://www.icims.com/class-of-report?cid={token}

To unsubscribe from iCIMS marketing emails, click here.
""",
    )

    _nj(
        c,
        "Practice for your next coding interview",
        frm=("HackerRank", "newsletter@hackerrank.com"),
        hstyle="heavy",
        bulk=True,
        tags=["vendor_marketing", "hard:boilerplate_interview", "hard:platform_not_event"],
        persona="en",
        body="""Hi Maya,

Interview season is here. Sharpen your skills with our new Interview Preparation Kit: 69 \
challenges covering arrays, dictionaries, sorting, graphs and more.

Start practicing: https://www.hackerrank.com/interview/preparation-kit?utm={token}

Plus: take a certification test and show employers your skills.

HackerRank · Unsubscribe
""",
    )

    _nj(
        c,
        "New in Calendly: routing forms for every plan",
        frm=("Calendly", "hello@calendly.com"),
        hstyle="heavy",
        bulk=True,
        tags=["vendor_marketing", "hard:platform_not_event"],
        body="""Hi there,

Routing forms are now available on every plan. Qualify, route and schedule meetings: perfect for \
sales demos, customer onboarding and interviews.

Learn more: https://calendly.com/blog/routing-forms?utm={token}

Calendly LLC · Unsubscribe
""",
    )

    _nj(
        c,
        "Verify your email to finish creating your candidate account",
        frm=("Larkspur Health", "larkspurhealth@myworkday.com"),
        hstyle="simple",
        tags=["account", "hard:ats_sender_not_event"],
        persona="en",
        body="""Hello,

Please verify your email address to finish creating your account on the Larkspur Health career \
site.

Verify email: https://larkspurhealth.wd5.myworkdayjobs.com/en-US/Careers/activate/{token}

This link expires in 24 hours. If you did not create an account, ignore this email.
""",
        at="2025-04-02 13:02",
    )

    _nj(
        c,
        "Your MyGreenhouse sign-in code",
        frm=("Greenhouse", "no-reply@greenhouse.io"),
        hstyle="simple",
        tags=["account", "hard:ats_sender_not_event"],
        persona="en2",
        body="""Your sign-in code is 482 917

Enter this code to sign in to MyGreenhouse. It expires in 10 minutes.

If you didn't request this code, you can ignore this email.
""",
    )

    _nj(
        c,
        "Tom Becker has nominated you as a referee",
        frm=("Xref", "noreply@xref.com"),
        hstyle="card",
        persona="en",
        tags=["hard:user_is_referee", "hard:platform_not_event"],
        body="""Hi Maya,

Tom Becker has applied for the role of Product Analyst at Marigold Learning and has nominated you \
as a referee.

Please complete a short reference questionnaire about Tom. It takes around 10 minutes.

Provide reference: https://app.xref.com/referee/{token}

Thank you for helping Tom in his job search.
""",
    )

    _nj(
        c,
        "Get hired faster with Premium Career",
        frm=("LinkedIn Premium", "premium@linkedin.com"),
        hstyle="heavy",
        bulk=True,
        tags=[
            "vendor_marketing",
            "board:linkedin",
            "hard:boilerplate_interview",
            "hard:boilerplate_offer",
        ],
        persona="en2",
        body="""Sam, stand out to recruiters

Premium members are 2.6x more likely to get hired. Get AI-powered interview prep, see how you \
compare to other applicants, and message recruiters directly with InMail.

Special offer: try 1 month free.

Start free trial: https://www.linkedin.com/premium/products/?offer={token}
""",
    )


def community(c: Corpus) -> None:
    _nj(
        c,
        'r/cscareerquestions: "I accepted the offer at Northwind Robotics!" and more',
        frm=("Reddit", "noreply@redditmail.com"),
        hstyle="heavy",
        bulk=True,
        persona="en",
        tags=["community_digest", "hard:digest_accepted_offer", "hard:company_in_subject"],
        body="""Trending in communities you follow

r/cscareerquestions · 1.2k upvotes
"I accepted the offer at Northwind Robotics! After 6 months and 140 applications..."
"Congrats! How many rounds of interviews did they do?"

r/cscareerquestions · 640 upvotes
"Got rejected after the final round, they said they went with another candidate. How do you \
deal with this?"

r/dataengineering · 310 upvotes
"Is Kestrel Payments' take-home worth it?"

View more posts: https://www.reddit.com/r/cscareerquestions/?utm_source={token}
""",
    )

    _nj(
        c,
        "Data Folks Slack: 18 new messages in #jobs and #career-advice",
        frm=("Slack", "feedback@slack.com"),
        hstyle="simple",
        persona="en2",
        tags=["community_digest", "hard:digest_accepted_offer", "hard:boilerplate_interview"],
        body="""Here's what you missed in Data Folks

#jobs
Marta Ibáñez: Alcázar Datos is hiring a data engineer in Madrid, DM me!
Chris Moreno: My client (fintech, Series C) is hiring senior backend engineers, remote US.

#career-advice
Jun Park: Update: I accepted the offer! Thanks everyone who helped me prep for the interviews 🎉
Leah Stein: Anyone else waiting 3 weeks after an onsite with no news?

Open Slack: https://datafolks.slack.com/
""",
    )

    _nj(
        c,
        'Blind: "Got an offer from Tessera Cloud – accept or wait?"',
        frm=("Blind", "digest@teamblind.com"),
        hstyle="heavy",
        bulk=True,
        persona="en",
        tags=["community_digest", "hard:boilerplate_offer", "hard:company_in_subject"],
        body="""Popular on Blind today

Got an offer from Tessera Cloud – accept or wait?
"TC 260k, L5 equivalent. I'm still interviewing with two others. Recruiter gave me until Friday."
48 comments

Interview at Harborview Analytics – what to expect?
19 comments

Open Blind: https://www.teamblind.com/post/{token}
""",
    )

    _nj(
        c,
        "[pdx-python] [JOBS] Northwind Robotics is hiring backend engineers",
        frm=("Leo Martins", "leo.martins@northwindrobotics.com"),
        hstyle="gmail",
        persona="en",
        tags=["mailing_list", "hard:list_job_post"],
        extra=[
            ("List-Id", "Portland Python user group <pdx-python.lists.pdxpython.org>"),
            ("List-Post", "<mailto:pdx-python@lists.pdxpython.org>"),
            ("Precedence", "list"),
        ],
        to="pdx-python@lists.pdxpython.org",
        body="""Hi all,

We're hiring two backend engineers (Senior and Staff) at Northwind Robotics, mostly Python and \
Go, hybrid in Portland. Happy to answer questions or refer anyone who's interested: just reply \
off-list.

Leo

_______________________________________________
pdx-python mailing list
pdx-python@lists.pdxpython.org
https://lists.pdxpython.org/mailman/listinfo/pdx-python
""",
    )


def everyday(c: Corpus) -> None:
    _nj(
        c,
        "Unfortunately, your payment could not be processed",
        frm=("Harbor State Bank", "alerts@harborstatebank.com"),
        hstyle="card",
        tags=["bank", "hard:unfortunately_bank"],
        persona="en",
        body="""Dear Maya Okafor,

Unfortunately, we were unable to process your scheduled payment of $1,842.00 to Lakeview \
Property Management because of insufficient funds in your checking account ending in 2291.

Please make sure funds are available. We will try the payment again in 2 business days.

Harbor State Bank
Member FDIC
""",
    )

    _nj(
        c,
        "Action needed: we couldn't verify your identity",
        frm=("Northstar Credit", "no-reply@northstarcredit.com"),
        hstyle="card",
        tags=["bank", "hard:unfortunately_bank", "hard:documents_word"],
        persona="en2",
        body="""Hi Sam,

Unfortunately, we weren't able to verify your identity with the information provided in your \
credit card application. Please upload a photo of a government-issued ID and a recent utility \
bill so we can continue.

Upload documents: https://northstarcredit.com/verify/{token}

Your application will be closed if we don't receive the documents within 30 days.
""",
    )

    _nj(
        c,
        "Your card ending in 2291 was declined",
        frm=("Harbor State Bank", "alerts@harborstatebank.com"),
        hstyle="card",
        tags=["bank"],
        persona="en",
        body="""A transaction of $64.12 at WHOLEFDS PDX #10233 was declined because it \
exceeded your daily limit.

If you don't recognize this transaction, call us at 1-800-555-0134.
""",
    )

    _nj(
        c,
        "Your order has shipped!",
        frm=("Parcel & Pine", "orders@parcelandpine.com"),
        hstyle="heavy",
        tags=["shopping"],
        persona="en",
        body="""Hi Maya,

Good news, your order #PP-48213 is on its way!

1 × Walnut desk organizer
1 × Linen notebook, dotted

Track your package: https://parcelandpine.com/track/{token}

Estimated delivery: 2-4 business days.
""",
    )

    _nj(
        c,
        "Special offer: 25% off everything, this weekend only",
        frm=("Parcel & Pine", "hello@parcelandpine.com"),
        hstyle="heavy",
        bulk=True,
        tags=["shopping", "hard:boilerplate_offer"],
        persona="en",
        body="""This offer won't last!

Take 25% off everything in store and online with code WEEKEND25. Offer ends Sunday at midnight.

Shop now: https://parcelandpine.com/sale?u={token}

Unsubscribe | Privacy
""",
    )

    _nj(
        c,
        "Your offer was accepted!",
        frm=("Secondhand Market", "messages@secondhandmarket.com"),
        hstyle="card",
        tags=["shopping", "hard:accepted_word", "hard:boilerplate_offer"],
        persona="en2",
        body="""Good news, Sam!

The seller accepted your offer of $180 for "Herman Miller Aeron, size B".

Please complete payment within 48 hours: https://secondhandmarket.com/checkout/{token}
""",
    )

    _nj(
        c,
        "Your refund has been processed",
        frm=("TrailPeak Outfitters", "support@trailpeak.com"),
        hstyle="card",
        tags=["shopping"],
        persona="en",
        body="""Hi Maya,

We've processed your refund of $89.95 for order #TP-77120. It may take 5-10 business days to \
appear on your statement.

Thanks for shopping with TrailPeak.
""",
    )

    _nj(
        c,
        "dinner saturday?",
        frm=("Aisha Bello", "aisha.bello88@gmail.com"),
        hstyle="gmail",
        mid_style="gmail",
        tags=["personal"],
        persona="en",
        body="""hey! are you free saturday? thinking that thai place on division, 7ish. bring \
Marcus if he's around

a
""",
    )

    _nj(
        c,
        "did you hear back??",
        frm=("Grace Okafor", "grace.okafor@yahoo.com"),
        hstyle="apple",
        mid_style="apple",
        tags=["personal", "hard:family_asks_about_interview"],
        persona="en",
        body="""Hi sweetheart,

Did you hear back from the robot company after your interview? Dad keeps asking. Whatever happens \
we are proud of you. Call me Sunday.

Love,
Mom

Sent from my iPhone
""",
    )

    _nj(
        c,
        "Lease renewal for unit 4B",
        frm=("Lakeview Property Management", "leasing@lakeviewpm.com"),
        hstyle="outlook",
        tags=["personal", "hard:boilerplate_offer", "hard:documents_word"],
        persona="en",
        body="""Dear Maya,

Your lease for unit 4B expires on August 31. We're pleased to offer a 12-month renewal at \
$1,895/month. Please sign the attached renewal documents by July 15 if you'd like to accept.

Lakeview Property Management
""",
        attach=[
            Part(
                "application/pdf",
                fake_pdf(
                    "Lease Renewal Offer – Unit 4B", ["Term: 12 months", "Monthly rent: $1,895"]
                ),
                charset=None,
                filename="Lease_Renewal_4B.pdf",
            )
        ],
    )

    _nj(
        c,
        "Could you be a reference for me?",
        frm=("Tom Becker", "tom.becker.pm@gmail.com"),
        hstyle="gmail",
        mid_style="gmail",
        persona="en",
        tags=["personal", "hard:user_is_referee"],
        body="""Hi Maya,

Hope you're doing well! I'm in the final round for a Product Analyst role at Marigold Learning \
and they've asked for two references. Would you be willing to be one of them? You'd get an email \
from Xref with a short questionnaire.

Totally fine if you're too busy, just let me know.

Thanks!
Tom
""",
    )

    _nj(
        c,
        "Re: Wedding RSVP 💐",
        frm=("Priscilla & Jamal", "priscillaandjamal@gmail.com"),
        hstyle="gmail",
        mid_style="gmail",
        persona="en2",
        tags=["personal"],
        body="""Yay, so happy you can make it! We've put you down for the vegetarian option. \
Shuttle leaves the hotel at 3:15.

P & J
""",
    )

    _nj(
        c,
        "Security alert: new sign-in on Windows",
        frm=("Google", "no-reply@accounts.google.com"),
        hstyle="card",
        persona="en",
        tags=["account"],
        body="""A new sign-in on Windows

maya.okafor@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't \
need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications
""",
    )

    _nj(
        c,
        "Check in now for your flight to Boston",
        frm=("Cascadia Air", "checkin@cascadia-air.com"),
        hstyle="heavy",
        persona="en",
        tags=["travel"],
        body="""Hi Maya,

Check-in is now open for your flight CA 418 from Portland (PDX) to Boston (BOS).

Confirmation code: QX7K2P

Check in: https://cascadia-air.com/checkin/{token}
""",
    )

    _nj(
        c,
        "Reminder: Mock Interview Night is tomorrow",
        frm=("Meetup", "info@meetup.com"),
        hstyle="heavy",
        bulk=True,
        persona="en",
        tags=["event", "hard:boilerplate_interview"],
        body="""PDX Women in Data

Mock Interview Night: practice behavioral and SQL interviews
Tomorrow, 6:30 PM · Pioneer Collective, 220 NW 8th Ave

Bring a printed resume. Volunteers from local companies will run 20-minute mock interviews and \
give feedback.

See event: https://www.meetup.com/pdx-women-in-data/events/{token}
""",
    )

    _nj(
        c,
        'Your course "Ace the Data Science Interview" starts Monday',
        frm=("LearnLoop", "courses@learnloop.io"),
        hstyle="heavy",
        bulk=True,
        persona="en2",
        tags=["newsletter", "hard:boilerplate_interview", "hard:boilerplate_offer"],
        body="""Hi Sam,

Welcome to "Ace the Data Science Interview"! Your first module, "Statistics questions you'll \
actually be asked", unlocks Monday.

By the end of the course you'll have practised 120 interview questions and a full offer \
negotiation role-play.

Go to course: https://learnloop.io/courses/ds-interview
""",
    )

    _nj(
        c,
        "The Backend Brief #212: how we interview (and why we dropped LeetCode)",
        frm=("The Backend Brief", "newsletter@backendbrief.dev"),
        hstyle="heavy",
        bulk=True,
        tags=["newsletter", "hard:boilerplate_interview", "hard:company_in_body"],
        persona="en",
        body="""In this issue

1. How Cinder & Sage interviews backend engineers: a take-home, a debugging session and no \
whiteboard puzzles.
2. Postgres 18: what's new for async I/O.
3. Job board: Tessera Cloud, Lumenfield and Plover Health are hiring.

Read online: https://backendbrief.dev/212

You're receiving this because you subscribed to The Backend Brief.
""",
    )

    _nj(
        c,
        "Ask a Recruiter: should you take the counter-offer?",
        frm=("The Job Hunt Weekly", "hello@jobhuntweekly.com"),
        hstyle="heavy",
        bulk=True,
        tags=["newsletter", "hard:boilerplate_offer", "hard:polite_rejection_phrase"],
        persona="en2",
        body="""This week's question

"My employer made a counter-offer after I resigned. Should I accept it?"

Short answer: rarely. Also this week: what it really means when a company says "we've decided to \
move forward with other candidates", and why silence after an interview is not a rejection.

Read the full issue: https://jobhuntweekly.com/issues/188
""",
    )

    _nj(
        c,
        "Your Zoom cloud recording is now available",
        frm=("Zoom", "no-reply@zoom.us"),
        hstyle="card",
        persona="en",
        tags=["account"],
        body="""Hi Maya,

Your cloud recording is now available.

Topic: Book club – "Klara and the Sun"
Date: {day0}

Share recording: https://zoom.us/rec/share/{token}
""",
    )


def own_mail(c: Corpus) -> None:
    a = c.add
    a(
        "not_job",
        None,
        via="self",
        persona="en",
        hstyle="gmail",
        mid_style="gmail",
        at="2025-02-26 17:40",
        to="Jenna Alvarez <jenna.alvarez@northwindrobotics.com>",
        subject="Thank you – Staff Backend Engineer",
        body="""Hi Jenna,

Thank you for taking the time to speak with me today about the Staff Backend Engineer role. I \
really enjoyed hearing about the fleet telemetry work and how the team thinks about on-call.

I'm very excited about the opportunity and look forward to the next steps.

Best regards,
Maya
""",
        tags=["hard:thank_you_note"],
    )

    a(
        "not_job",
        None,
        via="self",
        persona="en",
        hstyle="gmail",
        mid_style="gmail",
        at="2025-05-14 09:05",
        to="Carlos Mendes <carlos.mendes@lumenfield.com>",
        subject="Following up – Site Reliability Engineer",
        body="""Hi Carlos,

I hope you're well. I wanted to follow up on my onsite for the Site Reliability Engineer role \
last Thursday. I'm still very interested in joining Lumenfield, and I'd be grateful for any \
update on timing. Please let me know if you need anything else from me.

Best,
Maya
""",
        tags=["hard:follow_up"],
    )

    a(
        "not_job",
        None,
        via="self",
        persona="en",
        hstyle="gmail",
        mid_style="gmail",
        at="2025-03-24 08:55",
        to="Jenna Alvarez <jenna.alvarez@northwindrobotics.com>",
        subject="Re: Your offer from Northwind Robotics!",
        body="""Hi Jenna,

I'm delighted to accept the offer for the Staff Backend Engineer position! I've signed the letter \
and attached it here. April 21 works well as a start date.

Thank you for everything during the process.

Maya
""",
        tags=["hard:accepting_offer"],
        attach=[
            Part(
                "application/pdf",
                fake_pdf(
                    "Northwind Robotics – Offer Letter (signed)",
                    ["Accepted and agreed: Maya Okafor"],
                ),
                charset=None,
                filename="Northwind_Offer_Letter_signed.pdf",
            )
        ],
    )

    a(
        "not_job",
        None,
        via="self",
        persona="en",
        hstyle="gmail",
        mid_style="gmail",
        at="2025-03-24 09:10",
        to="recruiting@vantoraero.com",
        subject="Withdrawing my application – 24WD78435 Systems Engineer II",
        body="""Hello,

I would like to withdraw my application for the Systems Engineer II position (24WD78435), as I \
have accepted another offer. Thank you for your consideration, and I wish you the best in \
filling the role.

Kind regards,
Maya Okafor
""",
        tags=["hard:withdrawal"],
    )

    a(
        "not_job",
        None,
        via="self",
        persona="en",
        hstyle="gmail",
        mid_style="gmail",
        at="2026-03-02 08:40",
        to="Linda Westbrook <lindawestbrook@outlook.com>",
        subject="Application – Operations Manager – Maya Okafor",
        body="""Dear Hiring Manager,

Please find attached my resume and cover letter for the Operations Manager position posted on \
your website. I have six years of experience running operations for busy food businesses, \
including two years managing a commercial kitchen.

I look forward to hearing from you.

Sincerely,
Maya Okafor
""",
        tags=["hard:own_application"],
        attach=[
            Part(
                "application/pdf",
                fake_pdf(
                    "Maya Okafor – Resume",
                    [
                        "Operations manager, six years of experience",
                        "Food safety, scheduling, purchasing",
                    ],
                    pad_kb=9,
                    seed="maya-cv",
                ),
                charset=None,
                filename="Maya_Okafor_Resume.pdf",
            ),
            Part(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                b"PK\x03\x04" + fake_pdf("cover", ["x"]),
                charset=None,
                filename="Cover_Letter.docx",
            ),
        ],
    )

    a(
        "not_job",
        None,
        via="self",
        persona="en",
        hstyle="gmail",
        mid_style="gmail",
        at="2025-04-21 19:12",
        to="Aisha Bello <aisha.bello88@gmail.com>",
        subject="Fwd: Update on your application for Clinical Data Analyst (JR-0090067)",
        body="""ugh, the first one is a no. the senior one is still open though 🤞

---------- Forwarded message ---------
From: Larkspur Health <larkspurhealth@myworkday.com>
Subject: Update on your application for Clinical Data Analyst (JR-0090067)

Dear Maya,

Thank you for your interest in the Clinical Data Analyst position, requisition JR-0090067. We \
have reviewed your qualifications and have decided to pursue other candidates for this position.
""",
        tags=["hard:forwarded_rejection", "forward"],
    )

    a(
        "not_job",
        None,
        via="self",
        persona="en",
        hstyle="gmail",
        mid_style="gmail",
        at="2025-07-16 08:12",
        to="Marcus Bell <marcus.bell@quillon.io>",
        reply_of="quillon_offer",
        subject="Re: Offer details – Analytics Engineer",
        body="""Hi Marcus,

Thank you again, I'm thrilled to accept! I'll look out for the DocuSign envelope and sign it as \
soon as it arrives.

Maya
""",
        tags=["hard:accepting_offer"],
    )


def calendars(c: Corpus) -> None:
    gcal(
        c,
        "not_job",
        None,
        at="2025-07-21 20:10",
        days=3,
        hour=19,
        minutes=120,
        org=("Aisha Bello", "aisha.bello88@gmail.com"),
        summary="Book club: Klara and the Sun",
        desc="My place this time! I'll make dumplings.",
        persona="en",
        zone="PT",
        tags=("personal", "hard:calendar_not_job"),
    )
    gcal(
        c,
        "not_job",
        None,
        at="2025-09-09 15:00",
        days=2,
        hour=14,
        minutes=60,
        org=("Ravi Shah", "ravi.shah@parcelwise.com"),
        summary="Interview panel: Backend Engineer candidate (J. Patel)",
        desc="Hi all, you're on the panel for J. Patel's onsite. Maya: system design. "
        "Scorecards due by end of day in Greenhouse.",
        persona="en",
        zone="PT",
        tags=("hard:user_is_interviewer", "hard:calendar_not_job"),
        guests=(("Leah Stein", "leah.stein@parcelwise.com"),),
    )
    gcal(
        c,
        "not_job",
        None,
        at="2025-11-03 09:30",
        days=0,
        hour=16,
        minutes=30,
        org=("Ravi Shah", "ravi.shah@parcelwise.com"),
        summary="Maya / Ravi 1:1",
        persona="en",
        zone="PT",
        bare=True,
        tags=("hard:calendar_not_job", "hard:empty_body"),
    )
    c.add(
        "not_job",
        None,
        via="platform",
        frm=("Riverbend Dental", "appointments@riverbenddental.com"),
        persona="en",
        subject="Appointment confirmed: cleaning with Dr. Ames",
        hstyle="card",
        tags=["hard:calendar_not_job", "hard:boilerplate_interview"],
        body="""Hi Maya,

Your appointment is confirmed.

When: {ivday} at {ivtime}
Where: Riverbend Dental, 1420 SE Hawthorne Blvd
With: Dr. Ames (hygiene visit)

Please arrive 10 minutes early to complete your health history update. Need to reschedule? Call \
503-555-0110 at least 24 hours in advance.
""",
        iv=(6, 8, 30),
    )
    c.add(
        "not_job",
        None,
        via="platform",
        frm=("Calendly", "notifications@calendly.com"),
        persona="en",
        subject="New Event: Arjun Mehta - 30 Minute Mentoring Call",
        hstyle="card",
        tags=["tool:calendly", "hard:user_is_host"],
        body="""Hi Maya,

A new event has been scheduled.

Event Type: 30 Minute Mentoring Call
Invitee: Arjun Mehta
Invitee Email: arjun.mehta@student.pdx.edu
Event Date/Time: {ivtime} - {ivend}, {ivday}

Questions: "I'd love advice on preparing for data engineering interviews and how to evaluate \
offers."

View event in Calendly: https://calendly.com/app/scheduled_events/user/me
""",
        iv=(3, 12, 0),
    )
    c.add(
        "not_job",
        None,
        via="platform",
        frm=("Ravi Shah", "ravi.shah@parcelwise.com"),
        persona="en",
        to="Maya Okafor <maya.okafor@parcelwise.com>",
        hstyle="outlook",
        mid_style="outlook",
        subject="RE: Candidate feedback – J. Patel",
        tags=["hard:user_is_interviewer", "hard:polite_rejection_phrase"],
        body="""Thanks Maya, agree with your read. We'll move forward with the other candidate \
and let recruiting send the note to J. Patel today.

Ravi
""",
        quote=Quote(
            "Maya Okafor",
            "maya.okafor@parcelwise.com",
            0,
            """Ravi, my feedback on J. \
Patel: solid on APIs, struggled with the data modelling part. Lean no hire for senior.""",
            style="outlook",
            subject="Candidate feedback – J. Patel",
        ),
    )
