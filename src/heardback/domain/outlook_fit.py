"""The mathematics behind the outlook model, and the user's own history.

* ``LogNormal`` / ``ResponseTime``: how long an employer takes to reply, *among employers that do
  reply* (a mixture of lognormal components, so a promised decision date can add one).
* ``CureModel``: the mixture-cure survival model. A share ``pi`` of employers reply at all; their
  reply time follows ``ResponseTime``; the rest never reply. After ``t`` silent days the chance of
  still hearing back is ``pi·S(t) / (1 − pi + pi·S(t))``.
* ``fit_mixture_cure``: fits ``pi`` and the lognormal of reply times to censored observations
  (replies seen after ``d`` days, or no reply yet after ``d`` days) by EM, optionally shrunk
  toward a prior given as pseudo-observations.
* ``Figure`` / ``read_figure``: the model's numbers as priors.yaml states them, with sources.
* ``Observation`` and ``history_from_dossiers``: the user's finished and ongoing waits.

Pure: stdlib ``math`` only, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from heardback.domain.process import derive, sort_key
from heardback.domain.records import (
    EMPLOYER_CONTACT,
    Channel,
    Dossier,
    EventKind,
    Stage,
)

_SQRT2 = math.sqrt(2.0)
_SQRT2PI = math.sqrt(2.0 * math.pi)


def norm_cdf(z: float) -> float:
    return 0.5 * math.erfc(-z / _SQRT2)


def norm_sf(z: float) -> float:
    return 0.5 * math.erfc(z / _SQRT2)


def norm_pdf(z: float) -> float:
    return math.exp(-0.5 * z * z) / _SQRT2PI


def norm_ppf(p: float) -> float:
    """Inverse of the standard normal CDF (bisection; exact to about 1e-12)."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"probability must be strictly between 0 and 1, got {p}")
    lo, hi = -40.0, 40.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if norm_cdf(mid) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-13:
            break
    return 0.5 * (lo + hi)


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def expit(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def scale_odds(p: float, factor: float) -> float:
    """Multiply the odds of ``p`` by ``factor`` (keeps the result a probability)."""
    if p <= 0.0 or p >= 1.0 or factor == 1.0:
        return p
    odds = p / (1.0 - p) * factor
    return odds / (1.0 + odds)


@dataclass(frozen=True, slots=True)
class LogNormal:
    """Reply time in days: ``log(T) ~ Normal(mu, sigma)``."""

    mu: float
    sigma: float

    @property
    def median(self) -> float:
        return math.exp(self.mu)

    @property
    def mean(self) -> float:
        return math.exp(self.mu + 0.5 * self.sigma * self.sigma)

    def sf(self, t: float) -> float:
        if t <= 0.0:
            return 1.0
        return norm_sf((math.log(t) - self.mu) / self.sigma)

    def shifted(self, log_shift: float) -> LogNormal:
        return LogNormal(self.mu + log_shift, self.sigma)


@dataclass(frozen=True, slots=True)
class ResponseTime:
    """A weighted mixture of lognormal reply times (weights sum to 1)."""

    components: tuple[tuple[float, LogNormal], ...]

    @classmethod
    def single(cls, dist: LogNormal) -> ResponseTime:
        return cls(((1.0, dist),))

    def sf(self, t: float) -> float:
        return sum(w * d.sf(t) for w, d in self.components)

    def quantile(self, p: float, *, after: float = 0.0) -> float:
        """Day by which a share ``p`` of replies have come (given none came before ``after``)."""
        if not 0.0 < p < 1.0:
            raise ValueError(f"quantile must be strictly between 0 and 1, got {p}")
        s_after = self.sf(after)
        if s_after <= 0.0:
            return after
        target = s_after * (1.0 - p)  # sf value at the wanted day
        if len(self.components) == 1 and after <= 0.0:
            dist = self.components[0][1]
            return math.exp(dist.mu + dist.sigma * norm_ppf(p))
        lo = math.log(max(after, 1e-9))
        hi = max(d.mu + 12.0 * d.sigma for _, d in self.components)
        hi = max(hi, lo + 1.0)
        for _ in range(200):
            mid = 0.5 * (lo + hi)
            if self.sf(math.exp(mid)) > target:
                lo = mid
            else:
                hi = mid
            if hi - lo < 1e-10:
                break
        return math.exp(0.5 * (lo + hi))


@dataclass(frozen=True, slots=True)
class CureModel:
    """Mixture-cure survival model: reply at all with ``pi``; reply time ``time`` if so."""

    pi: float
    time: ResponseTime

    def p_hear_back(self, silent_days: float) -> float:
        """Chance of still hearing anything, given ``silent_days`` days of silence so far."""
        replied_later = self.pi * self.time.sf(silent_days)
        never = 1.0 - self.pi
        total = never + replied_later
        if total <= 0.0:
            return 0.0
        return min(1.0, max(0.0, replied_later / total))


# --- figures ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """One number (or table of numbers) from priors.yaml, with where it comes from."""

    path: str
    value: Any
    unit: str
    source: str
    year: int
    heuristic: bool
    #: the published evidence, or why a judgement was made
    note: str


def read_figure(section: Mapping[str, Any], path: str) -> Figure:
    """The figure at dotted ``path`` of the outlook section; raises ``ValueError`` if malformed."""
    node: Any = section
    for part in path.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise ValueError(f"priors.yaml: outlook.{path} is missing")
        node = node[part]
    if not isinstance(node, Mapping) or "value" not in node:
        raise ValueError(f"priors.yaml: outlook.{path} has no value")
    source, year = node.get("source"), node.get("year")
    if not source or not isinstance(year, int):
        raise ValueError(f"priors.yaml: outlook.{path} needs a source and a year")
    heuristic = bool(node.get("heuristic", False))
    note = str(node.get("why" if heuristic else "evidence") or "")
    if not note:
        raise ValueError(f"priors.yaml: outlook.{path} needs evidence, or heuristic: true and why")
    return Figure(
        path, node["value"], str(node.get("unit", "")), str(source), year, heuristic, note
    )


def figure_number(fig: Figure, key: str | None = None) -> float:
    value = fig.value if key is None else fig.value[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"priors.yaml: outlook.{fig.path} must be a number")
    return float(value)


def figure_table(fig: Figure) -> dict[str, float]:
    if not isinstance(fig.value, Mapping):
        raise ValueError(f"priors.yaml: outlook.{fig.path} must be a mapping")
    return {str(k): figure_number(fig, k) for k in fig.value}


# --- fitting --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CurePrior:
    """Prior values of a mixture-cure lognormal model, each worth ``weight_*`` observations."""

    pi: float
    mu: float
    sigma: float
    weight_pi: float
    weight_mu: float
    weight_sigma: float


@dataclass(frozen=True, slots=True)
class CureFit:
    pi: float
    mu: float
    sigma: float
    #: observations used, observed replies, and the expected number of repliers (EM weights)
    n: int
    n_responded: int
    expected_responders: float
    iterations: int
    converged: bool

    @property
    def median(self) -> float:
        return math.exp(self.mu)

    def model(self) -> CureModel:
        return CureModel(self.pi, ResponseTime.single(LogNormal(self.mu, self.sigma)))


def _truncated_moments(mu: float, sigma: float, log_c: float) -> tuple[float, float, float]:
    """``S``, ``E[X]`` and ``E[X²]`` of ``X ~ N(mu, sigma)`` given ``X > log_c``."""
    z = (log_c - mu) / sigma
    s = norm_sf(z)
    # inverse Mills ratio; in the far tail it is ~ z + 1/z
    lam = norm_pdf(z) / s if s > 1e-300 else z + 1.0 / z
    mean = mu + sigma * lam
    var = sigma * sigma * max(1e-12, 1.0 + z * lam - lam * lam)
    return s, mean, var + mean * mean


def fit_mixture_cure(
    days: Sequence[float],
    responded: Sequence[bool],
    *,
    prior: CurePrior | None = None,
    same_day_days: float = 0.5,
    max_iter: int = 5000,
    tol: float = 1e-10,
) -> CureFit:
    """Fit ``pi`` and a lognormal reply time to censored waits by EM.

    ``days[i]`` is the reply time when ``responded[i]``, otherwise the days waited so far with no
    reply (right-censored: the employer may still reply, or never). Replies on the same day count as
    ``same_day_days``. With a ``prior``, the estimate is the posterior mode under a Beta prior on
    ``pi`` worth ``weight_pi`` observations and a normal prior on the log-time location worth
    ``weight_mu`` observations (``sigma`` is shrunk the same way): with no observations the prior
    comes back unchanged; a few observations move it a little and many move it a lot.
    """
    if len(days) != len(responded):
        raise ValueError("days and responded must have the same length")
    n = len(days)
    if any(d < 0 or math.isnan(d) for d in days):
        raise ValueError("days must be non-negative numbers")
    n_resp = sum(1 for r in responded if r)
    if prior is not None and n == 0:
        return CureFit(prior.pi, prior.mu, prior.sigma, 0, 0, 0.0, 0, True)
    if prior is None and n_resp < 2:
        raise ValueError("without a prior, at least two observed replies are needed to fit")

    obs_x = [math.log(max(d, same_day_days)) for d, r in zip(days, responded, strict=True) if r]
    cens = [
        math.log(d) if d > 0 else -math.inf for d, r in zip(days, responded, strict=True) if not r
    ]

    if prior is not None:
        pi, mu, sigma = prior.pi, prior.mu, prior.sigma
    else:
        mu = sum(obs_x) / len(obs_x)
        sigma = math.sqrt(max(sum((x - mu) ** 2 for x in obs_x) / len(obs_x), 0.01))
        pi = min(0.99, max(0.5, n_resp / n))

    sum_x = sum(obs_x)
    sum_x2 = sum(x * x for x in obs_x)
    iterations = 0
    converged = False
    expected = float(n_resp)
    for iterations in range(1, max_iter + 1):  # noqa: B007 - the count is reported
        w_sum = float(n_resp)
        wx = sum_x
        wx2 = sum_x2
        for log_c in cens:
            if log_c == -math.inf:
                s, ex, ex2 = 1.0, mu, sigma * sigma + mu * mu
            else:
                s, ex, ex2 = _truncated_moments(mu, sigma, log_c)
            denom = 1.0 - pi + pi * s
            w = pi * s / denom if denom > 0 else 0.0
            w_sum += w
            wx += w * ex
            wx2 += w * ex2
        expected = w_sum
        if prior is not None:
            new_pi = (prior.weight_pi * prior.pi + w_sum) / (prior.weight_pi + n)
            new_mu = (prior.weight_mu * prior.mu + wx) / (prior.weight_mu + w_sum)
            spread = wx2 - 2.0 * new_mu * wx + w_sum * new_mu * new_mu
            new_var = (prior.weight_sigma * prior.sigma**2 + spread) / (prior.weight_sigma + w_sum)
        else:
            new_pi = w_sum / n
            new_mu = wx / w_sum
            new_var = (wx2 - 2.0 * new_mu * wx + w_sum * new_mu * new_mu) / w_sum
        new_sigma = math.sqrt(max(new_var, 1e-6))
        new_pi = min(1.0 - 1e-9, max(1e-9, new_pi))
        change = max(abs(new_pi - pi), abs(new_mu - mu), abs(new_sigma - sigma))
        pi, mu, sigma = new_pi, new_mu, new_sigma
        if change < tol:
            converged = True
            break
    return CureFit(pi, mu, sigma, n, n_resp, expected, iterations, converged)


# --- the user's own history ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Observation:
    """One wait from the user's own history, at one stage.

    ``days`` is the time from the start of the silence (the last employer contact) to the next
    employer contact when ``responded``; otherwise the days waited with no reply (censored: the
    reply may still come). ``offer`` says whether the process ended in (or reached) an offer;
    ``outcome_known`` is false while the process is still undecided (its ``offer`` is then not used
    to learn the offer rate).
    """

    stage: Stage
    channel: Channel | None
    days: float
    responded: bool
    offer: bool = False
    outcome_known: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "stage", Stage(self.stage))
        if self.channel is not None:
            object.__setattr__(self, "channel", Channel(self.channel))
        if self.days < 0 or math.isnan(self.days):
            raise ValueError(f"Observation days must be zero or more, got {self.days}")


#: Stages at which a silence can be estimated (the offer stage: waiting for the written offer).
WAIT_STAGES: tuple[Stage, ...] = (
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.FINAL_ROUND,
    Stage.REFERENCES,
    Stage.OFFER,
)


def _days(start: datetime, end: datetime) -> float:
    """Calendar days from ``start`` to ``end`` (as the silence is counted everywhere)."""
    return float(max(0, (end.date() - start.date()).days))


def history_from_dossiers(dossiers: Iterable[Dossier], as_of: datetime) -> list[Observation]:
    """Turn opportunities with their event logs into observed waits, one per silence.

    A silence starts at the application and at every employer contact (several contacts on the
    same day count as one, the last of them), at the stage the process had then. It ends at the
    next employer contact on a later day: a reply after that many calendar days. Silences still
    open at ``as_of`` are censored at ``as_of``; a silence the candidate ended (withdrew, accepted)
    is censored at that date. The wait after an offer counts only when the employer wrote again.
    Events after ``as_of`` are ignored.
    """
    observations: list[Observation] = []
    for dossier in dossiers:
        events = sorted((e for e in dossier.events if e.at <= as_of), key=sort_key)
        channel = dossier.opportunity.channel
        offer = any(e.kind in (EventKind.OFFER, EventKind.ACCEPTED) for e in events)
        known = offer or (bool(events) and derive(events).stage is Stage.REJECTED)
        starts: list[int] = []
        for i, e in enumerate(events):
            first_application = e.kind is EventKind.APPLIED and not starts
            if e.kind in EMPLOYER_CONTACT or first_application:
                if starts and events[starts[-1]].day == e.day:
                    starts[-1] = i  # same day: one contact
                else:
                    starts.append(i)
        for i in starts:
            start = events[i]
            stage = derive(events[: i + 1]).stage
            if stage not in WAIT_STAGES:
                continue
            later = [e for e in events[i + 1 :] if e.day > start.day]
            reply = next((e for e in later if e.kind in EMPLOYER_CONTACT), None)
            ended = (EventKind.WITHDRAWN, EventKind.ACCEPTED)
            closed = next((e for e in events[i + 1 :] if e.kind in ended), None)
            if reply is not None and (closed is None or reply.at <= closed.at):
                observations.append(
                    Observation(stage, channel, _days(start.at, reply.at), True, offer, known)
                )
            elif stage is Stage.OFFER:
                continue  # the candidate answered the offer; nothing was awaited from them
            else:
                end = as_of if closed is None else closed.at
                observations.append(
                    Observation(stage, channel, _days(start.at, end), False, offer, known)
                )
    return observations
