"""The outlook: what a silence in a job-search process most likely means.

Public, stable API::

    from heardback.outlook import estimate, explain, history_from_dossiers, Observation

    result = estimate("final_round", 12, country="DE", signals=["did_well"])
    result["p_hear_back"]        # 0.0-1.0, chance of still hearing anything back
    result["p_hear_back_range"]  # {"low", "high", "level", "phrase", "text"}
    result.to_dict()             # everything, JSON-ready

The model (see ``docs/estimates.md``) is a mixture-cure survival model per stage whose every number
lives in ``data/priors.yaml`` with its source and year; figures without a published source are
marked heuristic and the result says which outputs rest on them. The domain code is in
``heardback.domain.outlook`` (pure); this module only loads the priors and calls it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cache

from heardback.domain import outlook_process as _process
from heardback.domain.outlook import REASON_CODES, Outlook, OutlookModel
from heardback.domain.outlook_fit import WAIT_STAGES, Observation
from heardback.domain.outlook_fit import history_from_dossiers as _history_from_dossiers
from heardback.domain.records import Channel, Dossier, Signal, Stage

__all__ = [
    "REASON_CODES",
    "WAIT_STAGES",
    "Observation",
    "Outlook",
    "estimate",
    "explain",
    "history_from_dossiers",
    "model",
]


@cache
def model() -> OutlookModel:
    """The outlook model built from ``data/priors.yaml`` (loaded and checked on first use)."""
    from heardback.settings import priors

    return OutlookModel(priors()["outlook"])


def estimate(
    stage: Stage | str,
    silent_days: float,
    *,
    channel: Channel | str | None = None,
    country: str | None = None,
    industry: str | None = None,
    company_size: str | int | None = None,
    signals: Iterable[Signal | str] = (),
    history: Sequence[Observation] | None = None,
    decision_in_days: float | None = None,
) -> Outlook:
    """Estimate what ``silent_days`` days of silence at ``stage`` mean.

    Arguments:
        stage: where the process stands while you wait: ``applied``, ``screening``,
            ``interviewing``, ``final_round``, ``references`` or ``offer`` (an offer is pending:
            waiting for the written offer or terms). A ``Stage`` or its string value. Other stages
            (saved, accepted, rejected, withdrawn, dormant) raise ``ValueError``.
        silent_days: days since the employer last said or did anything (zero or more).
        channel: how you applied: ``direct``, ``referral``, ``recruiter``, ``job_board`` or
            ``easy_apply``; it changes the odds at the application stage only.
        country: ISO code or English name; scales waiting times by Glassdoor's country means
            (relative to the US). Unknown countries use the 25-country mean.
        industry: e.g. ``government``, ``financial``, ``health``, ``information``; scales waiting
            times (Glassdoor industry means, else DHI vacancy durations). Unknown: unchanged.
        company_size: ``startup``, ``small``, ``medium``, ``large``, ``enterprise`` or a head
            count; scales the wait at the application stage (Employ 2025).
        signals: what the employer said or did (``Signal`` values or strings): ``did_well``
            (carries no weight), ``start_date_asked``, ``salary_asked``, ``met_team``,
            ``references_contacted`` (raise the chances moderately, heuristic),
            ``hiring_freeze`` (lowers and stretches), ``decision_date`` (see below).
        history: your own earlier waits (``Observation``; see ``history_from_dossiers``). Waits at
            the same stage (and, at the application stage, the same channel) pull the estimate
            toward your own experience, shrunk toward the published figures: ten waits move it a
            little, a hundred a lot. Censored waits (no reply yet) count too.
        decision_in_days: days from the start of the silence to the date the employer promised a
            decision; the expected window moves to around that date.

    Returns:
        An ``Outlook``: a frozen dataclass that is also a read-only mapping of JSON values
        (``result["p_hear_back"]``, ``result.to_dict()``). Keys:

        * ``p_hear_back`` — chance of still hearing anything back (a reply, a rejection, news),
          given the silence so far; ``p_offer`` — chance this process still ends in an offer
          (never more than ``p_hear_back``); ``p_respond`` / ``p_offer_if_reply`` — the chance of
          any reply before the silence began, and the share of replies that lead to an offer.
        * ``p_hear_back_range`` / ``p_offer_range`` — ``{low, high, level, phrase, text}``: an 80%
          range and calibrated words (very unlikely, unlikely, about even, likely, very likely).
        * ``typical_days`` — ``{p25, p50, p75, p90}`` days from the silence start to a reply,
          among employers that reply; ``window_if_reply`` — ``{p50, p90}``: if a reply still
          comes, by which day.
        * ``curve`` — ``[day, p_hear_back]`` points for a chart; ``you_are_here`` — ``[silent_days,
          p_hear_back]``.
        * ``reasons`` — ordinary causes of the silence, most likely first: ``{code, text,
          weight}`` with codes ``other_candidates``, ``hr_controls_communication``,
          ``key_people_away``, ``departure``, ``reorganisation``, ``role_rethought``,
          ``sign_offs``, ``scheduling_next_round``.
        * ``signals`` — each signal considered: ``{signal, effect, respond_odds, offer_odds, why,
          heuristic}`` (effect: none, raises, lowers, shifts).
        * ``adjustments`` — context applied (country, industry, size, channel) with factors.
        * ``sources`` — ``{figure, source, year, heuristic}`` for every figure used.
        * ``history_used`` — how many of your own waits informed the estimate.
        * ``heuristic`` — for each output (``p_hear_back``, ``p_offer``, ``typical_days``,
          ``ranges``, ``reasons``, ``curve``, ``signals``), whether it rests on a heuristic figure;
          ``heuristic_figures`` lists them.
        * ``notes``, ``stage``, ``silent_days``, ``channel``, ``decision_in_days``, and (from
          ``explain``) ``last_contact`` and ``decision_date``.

    Raises:
        ValueError: an unknown or closed stage, channel, signal or company size, or negative days.
    """
    return model().estimate(
        stage,
        silent_days,
        channel=channel,
        country=country,
        industry=industry,
        company_size=company_size,
        signals=signals,
        history=history,
        decision_in_days=decision_in_days,
    )


def explain(
    dossier: Dossier,
    as_of: datetime | date,
    *,
    history: Sequence[Observation] | None = None,
    country: str | None = None,
) -> Outlook:
    """The outlook for an opportunity's current silence, as of ``as_of``.

    Derives the process state from the dossier's events (``heardback.domain.process.derive``):
    the stage, the days since the last employer contact (calendar days), the channel, the signals
    (start date, salary and meeting the team only when they came after an interview) and a
    promised decision date; then calls ``estimate``. The result also carries ``last_contact`` and
    ``decision_date``. A date ``as_of`` means the end of that day.

    Raises:
        ValueError: the process is dormant, closed (accepted, rejected, withdrawn) or was never
            applied to.
    """
    return _process.explain(model(), dossier, as_of, history=history, country=country)


def history_from_dossiers(dossiers: Iterable[Dossier], as_of: datetime) -> list[Observation]:
    """Your own waits, one ``Observation`` per silence, from opportunities and their events.

    A silence starts at the application and at every employer contact, at the stage the process
    had then, and ends at the next employer contact (``responded=True`` after that many days).
    Silences still open at ``as_of`` are censored there (``responded=False``); a silence you ended
    yourself (withdrew, accepted) is censored at that date. ``offer`` says whether the process
    reached an offer; ``outcome_known`` is false while it is undecided.
    """
    return _history_from_dossiers(dossiers, as_of)
