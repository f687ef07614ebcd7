"""The outlook's wording: reason and signal texts, and the names users give countries, industries
and company sizes.

Pure: no I/O, no numbers from priors.yaml. ``heardback.domain.outlook`` uses these and re-exports
the public names.
"""

from __future__ import annotations

from heardback.domain.records import LATE, RANK, Signal, Stage

#: The ordinary causes of a silence, as career advisers list them.
REASON_CODES: tuple[str, ...] = (
    "other_candidates",
    "hr_controls_communication",
    "key_people_away",
    "departure",
    "reorganisation",
    "role_rethought",
    "sign_offs",
    "scheduling_next_round",
)

_EARLY = frozenset({Stage.APPLIED, Stage.SCREENING})
_REASONS: dict[str, tuple[str, str]] = {  # (before interviews, from interviews on)
    "other_candidates": (
        "They are probably still going through other applicants. A posting draws dozens to "
        "hundreds of applications, and many employers reply only once they have seen them all.",
        "They are most likely still interviewing other people. Employers often finish every "
        "interview before deciding, and a recruiter may be presenting several candidates for the "
        "same role. The silence says nothing about how you did.",
    ),
    "hr_controls_communication": (
        "HR may handle all contact with applicants, often on legal advice, and answer only in "
        "batches or once a decision is final.",
        "HR may control all contact with candidates, often on legal advice, so the people you met "
        "cannot update you themselves, even if they would like to.",
    ),
    "key_people_away": (
        "The person who reads applications may be ill, travelling, on holiday or pulled onto an "
        "urgent project; the pile waits until they are back.",
        "Someone who has to decide may be ill, travelling, on holiday or pulled onto an urgent "
        "project; the decision waits until they are back.",
    ),
    "departure": (
        "The hiring manager may have left; the search often pauses until someone takes it over.",
        "A key person may have left the company, and the hire waits until their replacement is "
        "found or settled in.",
    ),
    "reorganisation": (
        "A reorganisation may be under way; hiring often pauses until the new structure is clear.",
    )
    * 2,
    "role_rethought": (
        "The role may have been rethought, put on hold or filled another way; some postings stay "
        "up long after that. That is about the company, not about you.",
        "The role itself may be being rethought: split, reclassified, re-budgeted or put on hold. "
        "That is about the company, not about you.",
    ),
    "sign_offs": (
        "Shortlists sometimes need approval before anyone is invited, and approvals take time.",
        "Several people, some of whom never met you, may have to sign off on the hire and the "
        "offer (pay, budget, headcount); each approval takes time.",
    ),
    "scheduling_next_round": (
        "They may be lining up interview slots with several busy people before contacting anyone.",
        "Calendars for the next round may be hard to line up: several interviewers have to find "
        "a common slot, and you hear nothing until they do.",
    ),
}


def reason_text(code: str, stage: Stage) -> str:
    early, late = _REASONS[code]
    return early if stage in _EARLY else late


_JUDGEMENT = "(a judgement; no study measures it)"
_RAISES: dict[Signal, str] = {
    Signal.REFERENCES_CONTACTED: "Employers check the references of finalists, so this is a real "
    f"step toward an offer {_JUDGEMENT}.",
    Signal.START_DATE_ASKED: "Asking when you could start, after interviews, is planning for a "
    f"likely hire: a moderate sign {_JUDGEMENT}.",
    Signal.SALARY_ASKED: "Salary talk late in a process is a mild sign that an offer is being "
    f"prepared {_JUDGEMENT}.",
    Signal.MET_TEAM: "Being introduced to future colleagues is a mild sign of interest "
    f"{_JUDGEMENT}.",
}


def signal_text(sig: Signal, stage: Stage, decision_in: float | None) -> tuple[str, str]:
    """(effect, why) of a signal at a stage: effect is none, raises, lowers or shifts."""
    if sig is Signal.DID_WELL:
        return "none", (
            "Carries no weight. Kind words are not an offer: interviewers are told to be "
            "encouraging, and a recruiter may say the same to every candidate they present. "
            "Nothing is certain until a signed offer exists."
        )
    if sig is Signal.DECISION_DATE:
        if decision_in is None:
            return "none", "They named a decision date, but the date itself is not known here."
        return "shifts", (
            f"They said they would decide about {decision_in:g} days after the silence began, so "
            "most replies are expected around then. Dates often slip; follow up a day or two "
            "after it passes."
        )
    if sig is Signal.HIRING_FREEZE:
        return "lowers", (
            "A hiring freeze stops or delays hiring: a reply is less likely and slower, and some "
            "frozen roles are never refilled."
        )
    if stage is Stage.OFFER:
        return "none", "You already have an offer in the works; this adds nothing now."
    if sig is Signal.REFERENCES_CONTACTED:
        if RANK[stage] >= RANK[Stage.REFERENCES]:
            return "none", "Already counted: the estimate is for the reference-check stage."
        return "raises", _RAISES[sig]
    if stage not in LATE:
        return "none", "Asked before any interview, this is a routine screening question."
    return "raises", _RAISES[sig]


_COUNTRY_NAMES: dict[str, str] = {
    "brazil": "BR", "france": "FR", "switzerland": "CH", "italy": "IT", "belgium": "BE",
    "united arab emirates": "AE", "uae": "AE", "egypt": "EG", "spain": "ES", "mexico": "MX",
    "japan": "JP", "germany": "DE", "united kingdom": "GB", "uk": "GB", "great britain": "GB",
    "england": "GB", "poland": "PL", "ireland": "IE", "netherlands": "NL",
    "the netherlands": "NL", "singapore": "SG", "china": "CN", "united states": "US",
    "usa": "US", "united states of america": "US", "australia": "AU", "philippines": "PH",
    "malaysia": "MY", "canada": "CA", "romania": "RO", "israel": "IL", "india": "IN",
}  # fmt: skip


def country_code(country: str) -> str:
    """ISO 3166 alpha-2 code for a code or an English country name."""
    text = country.strip()
    return _COUNTRY_NAMES.get(text.lower(), text.upper())


_INDUSTRY_ALIASES: dict[str, str] = {
    "public_sector": "government", "public": "government", "aerospace": "aerospace_defense",
    "defense": "aerospace_defense", "defence": "aerospace_defense", "energy": "energy_utilities",
    "utilities": "energy_utilities", "biotech": "biotech_pharma", "pharma": "biotech_pharma",
    "pharmaceuticals": "biotech_pharma", "restaurants": "restaurants_bars",
    "hospitality": "leisure_hospitality", "leisure": "leisure_hospitality",
    "retail": "retail_wholesale", "wholesale": "retail_wholesale", "finance": "financial",
    "financial_services": "financial", "banking": "financial", "insurance": "financial",
    "healthcare": "health", "health_care": "health", "consulting": "professional_business",
    "professional_services": "professional_business", "tech": "information",
    "technology": "information", "software": "information", "media": "information",
    "telecommunications": "information", "mining": "resources", "oil_and_gas": "resources",
}  # fmt: skip


def industry_key(industry: str) -> str:
    key = "_".join(industry.strip().lower().replace("-", " ").replace("/", " ").split())
    return _INDUSTRY_ALIASES.get(key, key)


#: company-size words and the size class each one means
SIZE_NAMES: dict[str, str] = {"startup": "small", "small": "small", "medium": "medium",
                              "large": "enterprise", "enterprise": "enterprise"}  # fmt: skip
