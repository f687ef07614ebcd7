"""Calibration of the outlook's ``p_hear_back`` against fixed "ghosted after N days" rules.

    .venv/bin/python bench/outlook_calibration.py            # ~35 s: 10 worlds + 2 user worlds
    .venv/bin/python bench/outlook_calibration.py --quick    # a few seconds, smaller samples
    .venv/bin/python bench/outlook_calibration.py --json     # every number as JSON on stdout
    .venv/bin/python bench/outlook_calibration.py --stress   # + larger misspecifications

The question being predicted
    A wait at one stage (applied, screening, interviewing, final_round, references) has been
    silent for ``t`` whole days. Will the employer still reply (anything: news, an invitation, a
    rejection) within 365 days of the start of the silence? heardback answers with
    ``estimate(stage, t, ...)["p_hear_back"]`` from the public API.

How checks are drawn
    Each simulated wait gets one check day ``t``, uniform on 1..90 (``--check-days uniform``,
    the default) or log-uniform (``loguniform``: people look more often early on). The check is
    kept only if the wait is still silent at ``t``. With uniform days this weights every
    (wait, silent day) pair equally: it is what a user who opens the board every day sees, so
    long-silent (mostly ghosted) waits contribute many checks. Stages are drawn 50% applied,
    15% screening, 15% interviewing, 12% final round, 8% references.

Predictors
    * ``heardback``: ``estimate(stage, t, country=...)["p_hear_back"]`` (cached per stage, day and
      country; in the user worlds also per history).
    * ``hard 14 d`` / ``hard 60 d``: the fixed rules other trackers use: 1 while ``t`` < N, then 0.
    * ``fitted 14 d`` / ``fitted 60 d``: the best any fixed cut-off rule can do: the observed
      reply rate before and after the cut-off, learnt from a separate training sample *of the
      same world* (an advantage heardback does not get).
    * ``climatology``: the training sample's overall reply rate (the reference for skill).
    * ``oracle``: the true conditional probability in that world (computed, not learnt): the
      lowest Brier score any predictor can reach with the same information.

Worlds (the timelines; none is taken from real data)
    ``baseline`` draws waits from the cited priors themselves (lognormal reply times). The rest
    are deliberately misspecified: reply odds x0.6 and x1.4; reply times x0.5 and x2; Weibull
    (shape 1.5) and gamma (shape 0.6) reply times with the prior medians; a mix of 14 countries
    whose true speed and reply rate differ from Glassdoor's country means (heardback is told the
    country; a second heardback line is not); employers that differ among themselves (slow
    employers also reply less: a frailty the model does not have); and a pessimistic
    combination. ``--stress`` adds larger errors (odds x0.3 and x3, times x0.25, x3 and x4,
    spread x0.5 and x1.5) to find where a fixed cut-off fitted in-world starts to win.

    Two user worlds give each simulated job seeker their own reply odds, speed and spread (drawn
    around the priors, or equal to them as a control). heardback gets 0, 10, 30 or 100 of that
    user's earlier waits as ``history`` (``Observation``: the reply day rounded to whole days, or
    a wait censored after 30-365 days of follow-up), their stages drawn from the same mix; the
    test checks are that user's own later waits.

Metrics
    Brier score; Brier skill score (BSS) against climatology; log loss with predictions clipped
    to [0.01, 0.99] (hard rules would otherwise score infinity); the Murphy decomposition
    (REL: calibration error, lower is better; RES: resolution) over ten equal-width bins; a
    reliability table for heardback; Brier by check-day band (1-13, 14-59, 60-90); mean
    predicted vs observed rate by stage; and the paired difference heardback minus each rule
    with its standard error (clustered by user in the user worlds).

Caveats
    Every world here is a simulation built on the same mixture-cure structure (a share of
    employers never replies; the rest reply after a random delay). Real timelines also have
    time-varying hazards (holidays, hiring freezes), replies that depend on what the candidate
    did (follow-ups), reporting errors and waits that are not independent; no channel, industry,
    company size or signal is simulated, so those adjustments are untested. The baseline world
    is circular by design (it is the model's own prior); the misspecified worlds bound how much
    a wrong prior costs, but they cannot show the priors are right. Only real timelines can.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from heardback.outlook import Observation, estimate, model

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

STAGES: tuple[str, ...] = ("applied", "screening", "interviewing", "final_round", "references")
STAGE_MIX: tuple[float, ...] = (0.50, 0.15, 0.15, 0.12, 0.08)
HORIZON = 365.0  # a reply counts if it comes within this many days of the silence's start
MAX_CHECK = 90  # check days are 1..MAX_CHECK
CUTOFFS: tuple[int, ...] = (14, 60)
CLIP = 0.01  # log-loss clipping
BINS = 10
BANDS: tuple[tuple[int, int], ...] = ((1, 13), (14, 59), (60, MAX_CHECK))
HISTORY_SIZES: tuple[int, ...] = (0, 10, 30, 100)
FOLLOW_UP = (30, 365)  # days a past wait was followed before it was recorded as censored


# --- reply-time distributions -----------------------------------------------------------------


def _gamma_p(a: float, x: float) -> float:
    """Regularised lower incomplete gamma function P(a, x) (series / continued fraction)."""
    if x <= 0.0:
        return 0.0
    log_front = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1.0:
        term = total = 1.0 / a
        ap = a
        for _ in range(1000):
            ap += 1.0
            term *= x / ap
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return min(1.0, total * math.exp(log_front))
    tiny = 1e-300
    b = x + 1.0 - a
    c = 1.0 / tiny
    d = 1.0 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return max(0.0, 1.0 - math.exp(log_front) * h)


@cache
def _gamma_median(shape: float) -> float:
    """Median of Gamma(shape, scale 1), by bisection."""
    lo, hi = 0.0, max(10.0, 10.0 * shape)
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if _gamma_p(shape, mid) < 0.5:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


@dataclass(frozen=True)
class StageTruth:
    """How employers really behave at one stage in a world."""

    p_respond: float
    family: str  # lognormal | weibull | gamma
    median: float  # days, among employers that reply
    shape: float  # lognormal: sigma of log days; weibull / gamma: shape parameter

    def sf(self, t: float) -> float:
        """P(reply time > t) among employers that reply."""
        if t <= 0.0:
            return 1.0
        if self.family == "lognormal":
            z = (math.log(t) - math.log(self.median)) / self.shape
            return 0.5 * math.erfc(z / math.sqrt(2.0))
        if self.family == "weibull":
            scale = self.median / math.log(2.0) ** (1.0 / self.shape)
            return math.exp(-((t / scale) ** self.shape))
        if self.family == "gamma":
            scale = self.median / _gamma_median(self.shape)
            return 1.0 - _gamma_p(self.shape, t / scale)
        raise ValueError(f"unknown family {self.family!r}")

    def sample(self, rng: np.random.Generator, n: int) -> FloatArray:
        if self.family == "lognormal":
            return rng.lognormal(math.log(self.median), self.shape, n)
        if self.family == "weibull":
            scale = self.median / math.log(2.0) ** (1.0 / self.shape)
            return np.asarray(scale * rng.weibull(self.shape, n), dtype=np.float64)
        if self.family == "gamma":
            return rng.gamma(self.shape, self.median / _gamma_median(self.shape), n)
        raise ValueError(f"unknown family {self.family!r}")


@dataclass(frozen=True)
class Country:
    """One country in a world: ``code`` is what heardback is told (None: nothing)."""

    code: str | None
    weight: float
    time_factor: float  # true reply times x this
    odds_factor: float  # true reply odds x this


@dataclass(frozen=True)
class World:
    name: str
    description: str
    stages: Mapping[str, StageTruth]
    countries: tuple[Country, ...] = (Country(None, 1.0, 1.0, 1.0),)
    #: per employer, z ~ N(0, 1): reply times x exp(frailty_time*z), log-odds + frailty_odds*z
    frailty_time: float = 0.0
    frailty_odds: float = 0.0
    #: also score heardback without the country (when the world has countries)
    compare_no_country: bool = False


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def _expit(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def prior_stages() -> dict[str, StageTruth]:
    """The model's own per-stage priors (from priors.yaml) as a lognormal world."""
    stages = model().stages
    out: dict[str, StageTruth] = {}
    for name in STAGES:
        prior = next(p for s, p in stages.items() if s.value == name)
        out[name] = StageTruth(prior.pi, "lognormal", math.exp(prior.mu), prior.sigma)
    return out


def _scaled(
    stages: Mapping[str, StageTruth],
    *,
    odds: float = 1.0,
    time_factor: float = 1.0,
    family: str | None = None,
    shape: float | None = None,
    spread_factor: float = 1.0,
) -> dict[str, StageTruth]:
    out: dict[str, StageTruth] = {}
    for name, st in stages.items():
        p = _expit(_logit(st.p_respond) + math.log(odds))
        fam = family or st.family
        shp = shape if shape is not None else st.shape * spread_factor
        out[name] = StageTruth(p, fam, st.median * time_factor, shp)
    return out


# Glassdoor 2017 mean process days are the model's country scale; the "true" country effects
# below deviate from them by a seeded random factor, and reply odds differ by country too.
_COUNTRY_MIX: tuple[tuple[str, float], ...] = (
    ("US", 0.30), ("GB", 0.10), ("DE", 0.10), ("IN", 0.10), ("FR", 0.06), ("CA", 0.06),
    ("NL", 0.05), ("BR", 0.04), ("JP", 0.04), ("AU", 0.04), ("ES", 0.04), ("PL", 0.03),
    ("IL", 0.02), ("SE", 0.02),
)  # fmt: skip


def _country_mix(seed: int) -> tuple[Country, ...]:
    m = model()
    rng = np.random.default_rng([seed, 77])
    out = []
    for code, weight in _COUNTRY_MIX:
        glassdoor = m.countries.get(code, 23.7) / m.us_days  # SE: not listed, true ~ world mean
        time_noise = float(np.exp(rng.normal(0.0, 0.25)))
        odds_noise = float(np.exp(rng.normal(0.0, 0.4)))
        out.append(Country(code, weight, glassdoor * time_noise, odds_noise))
    return tuple(out)


def build_worlds(seed: int) -> list[World]:
    base = prior_stages()
    return [
        World("baseline", "the cited priors (circular: the model's own assumptions)", base),
        World("fewer_replies", "reply odds x0.6", _scaled(base, odds=0.6)),
        World("more_replies", "reply odds x1.4", _scaled(base, odds=1.4)),
        World("faster", "reply times x0.5", _scaled(base, time_factor=0.5)),
        World("slower", "reply times x2", _scaled(base, time_factor=2.0)),
        World(
            "weibull",
            "Weibull(1.5) reply times, same medians",
            _scaled(base, family="weibull", shape=1.5),
        ),
        World(
            "gamma",
            "gamma(0.6) reply times, same medians",
            _scaled(base, family="gamma", shape=0.6),
        ),
        World(
            "countries",
            "14 countries; true speed = Glassdoor ratio x e^N(0,0.25), odds x e^N(0,0.4)",
            base,
            countries=_country_mix(seed),
            compare_no_country=True,
        ),
        World(
            "heterogeneous",
            "employers differ: times x e^(0.7z), log-odds -0.7z (slow ones reply less)",
            base,
            frailty_time=0.7,
            frailty_odds=-0.7,
        ),
        World(
            "pessimistic",
            "odds x0.6, times x2, gamma(0.6), heterogeneous employers",
            _scaled(base, odds=0.6, time_factor=2.0, family="gamma", shape=0.6),
            frailty_time=0.7,
            frailty_odds=-0.7,
        ),
    ]


def build_stress_worlds() -> list[World]:
    """Larger misspecifications (``--stress``), to find where a fixed cut-off starts to win."""
    base = prior_stages()
    return [
        World("stress_odds_x0.3", "reply odds x0.3", _scaled(base, odds=0.3)),
        World("stress_odds_x3", "reply odds x3", _scaled(base, odds=3.0)),
        World("stress_times_x0.25", "reply times x0.25", _scaled(base, time_factor=0.25)),
        World("stress_times_x3", "reply times x3", _scaled(base, time_factor=3.0)),
        World("stress_times_x4", "reply times x4", _scaled(base, time_factor=4.0)),
        World("stress_spread_x0.5", "lognormal spread x0.5", _scaled(base, spread_factor=0.5)),
        World("stress_spread_x1.5", "lognormal spread x1.5", _scaled(base, spread_factor=1.5)),
    ]


# --- simulation -----------------------------------------------------------------------------


@dataclass
class Checks:
    """One row per check of a still-silent wait."""

    stage: IntArray
    country: IntArray
    t: IntArray
    y: FloatArray  # 1.0 if the employer replied within HORIZON
    cluster: IntArray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def __len__(self) -> int:
        return len(self.t)


def _check_days(rng: np.random.Generator, n: int, scheme: str) -> IntArray:
    if scheme == "uniform":
        return rng.integers(1, MAX_CHECK + 1, n)
    if scheme == "loguniform":
        return np.floor(np.exp(rng.uniform(0.0, math.log(MAX_CHECK + 1), n))).astype(np.int64)
    raise ValueError(f"unknown check-day scheme {scheme!r}")


def simulate(world: World, n: int, rng: np.random.Generator, scheme: str) -> Checks:
    """``n`` waits from ``world``, one check day each; keeps the checks of still-silent waits."""
    stage = rng.choice(len(STAGES), n, p=np.asarray(STAGE_MIX))
    weights = np.asarray([c.weight for c in world.countries])
    country = rng.choice(len(world.countries), n, p=weights / weights.sum())
    z = rng.standard_normal(n)
    log_odds = np.empty(n)
    times = np.empty(n)
    for i, name in enumerate(STAGES):
        sel = stage == i
        st = world.stages[name]
        log_odds[sel] = _logit(st.p_respond)
        times[sel] = st.sample(rng, int(sel.sum()))
    time_f = np.asarray([c.time_factor for c in world.countries])[country]
    odds_f = np.asarray([c.odds_factor for c in world.countries])[country]
    times *= time_f * np.exp(world.frailty_time * z)
    log_odds += np.log(odds_f) + world.frailty_odds * z
    replies = rng.random(n) < 1.0 / (1.0 + np.exp(-log_odds))
    t = _check_days(rng, n, scheme)
    silent = ~replies | (times > t)
    y = (replies & (times <= HORIZON)).astype(np.float64)
    return Checks(
        stage[silent], country[silent], t[silent], y[silent], np.arange(int(silent.sum()))
    )


def oracle_table(world: World) -> FloatArray:
    """True P(reply within HORIZON | silent at t) per [stage, country, t] (frailty integrated)."""
    nodes, wts = np.polynomial.hermite_e.hermegauss(
        24 if world.frailty_time or world.frailty_odds else 1
    )
    wts = wts / wts.sum()
    table = np.zeros((len(STAGES), len(world.countries), MAX_CHECK + 1))
    for i, name in enumerate(STAGES):
        st = world.stages[name]
        for j, c in enumerate(world.countries):
            num = np.zeros(MAX_CHECK + 1)
            den = np.zeros(MAX_CHECK + 1)
            for zi, wi in zip(nodes, wts, strict=True):
                pi = _expit(
                    _logit(st.p_respond) + math.log(c.odds_factor) + world.frailty_odds * zi
                )
                f = c.time_factor * math.exp(world.frailty_time * zi)
                s_h = st.sf(HORIZON / f)
                s_t = np.asarray([st.sf(t / f) for t in range(MAX_CHECK + 1)])
                num += wi * pi * (s_t - s_h)
                den += wi * (1.0 - pi + pi * s_t)
            table[i, j] = num / den
    return table


# --- predictors -----------------------------------------------------------------------------


def heardback_predictions(
    checks: Checks,
    countries: Sequence[str | None],
    history: Sequence[Observation] | None = None,
) -> FloatArray:
    """heardback's p_hear_back for each check (one ``estimate`` call per distinct cell)."""
    cells = np.stack([checks.stage, checks.country, checks.t], axis=1)
    unique, inverse = np.unique(cells, axis=0, return_inverse=True)
    values = np.empty(len(unique))
    for k, (i, j, t) in enumerate(unique.tolist()):
        r = estimate(STAGES[i], t, country=countries[j], history=history)
        values[k] = r["p_hear_back"]
    return values[np.asarray(inverse).reshape(-1)]


def hard_rule(checks: Checks, cutoff: int) -> FloatArray:
    return (checks.t < cutoff).astype(np.float64)


def fitted_rule(train: Checks, cutoff: int) -> Callable[[Checks], FloatArray]:
    """The reply rate before and after the cut-off, learnt on ``train``."""
    before = float(train.y[train.t < cutoff].mean())
    after_sel = train.t >= cutoff
    after = float(train.y[after_sel].mean()) if after_sel.any() else 0.0

    def predict(checks: Checks) -> FloatArray:
        return np.where(checks.t < cutoff, before, after)

    return predict


def baseline_predictors(train: Checks, test: Checks) -> dict[str, FloatArray]:
    preds: dict[str, FloatArray] = {}
    for c in CUTOFFS:
        preds[f"hard {c} d"] = hard_rule(test, c)
    for c in CUTOFFS:
        preds[f"fitted {c} d"] = fitted_rule(train, c)(test)
    preds["climatology"] = np.full(len(test), float(train.y.mean()))
    return preds


# --- metrics --------------------------------------------------------------------------------


def brier(p: FloatArray, y: FloatArray) -> float:
    return float(np.mean((p - y) ** 2))


def log_loss(p: FloatArray, y: FloatArray) -> float:
    q = np.clip(p, CLIP, 1.0 - CLIP)
    return float(-np.mean(y * np.log(q) + (1.0 - y) * np.log(1.0 - q)))


def _bin_index(p: FloatArray) -> IntArray:
    return np.minimum((p * BINS).astype(np.int64), BINS - 1)


def reliability_table(p: FloatArray, y: FloatArray) -> list[dict[str, Any]]:
    idx = _bin_index(p)
    rows = []
    for b in range(BINS):
        sel = idx == b
        if sel.any():
            rows.append(
                {
                    "bin": f"{b / BINS:.1f}-{(b + 1) / BINS:.1f}",
                    "n": int(sel.sum()),
                    "mean_predicted": float(p[sel].mean()),
                    "observed": float(y[sel].mean()),
                }
            )
    return rows


def murphy(p: FloatArray, y: FloatArray) -> dict[str, float]:
    """Binned Murphy decomposition: Brier ~ REL - RES + UNC."""
    idx = _bin_index(p)
    ybar = float(y.mean())
    rel = res = 0.0
    for b in range(BINS):
        sel = idx == b
        k = int(sel.sum())
        if k:
            rel += k * (float(p[sel].mean()) - float(y[sel].mean())) ** 2
            res += k * (float(y[sel].mean()) - ybar) ** 2
    n = len(y)
    return {"reliability": rel / n, "resolution": res / n, "uncertainty": ybar * (1.0 - ybar)}


def paired_difference(
    a: FloatArray, b: FloatArray, y: FloatArray, cluster: IntArray
) -> dict[str, float]:
    """Brier(a) - Brier(b), with a standard error clustered by ``cluster``."""
    d = (a - y) ** 2 - (b - y) ** 2
    mean = float(d.mean())
    sums = np.bincount(cluster, weights=d - mean)
    se = float(math.sqrt(float((sums**2).sum())) / len(d))
    return {"difference": mean, "se": se}


def score(
    preds: Mapping[str, FloatArray], checks: Checks, main: str = "heardback"
) -> dict[str, Any]:
    y = checks.y
    clim = brier(preds["climatology"], y)
    out: dict[str, Any] = {
        "checks": len(checks),
        "observed_rate": float(y.mean()),
        "predictors": {},
    }
    for name, p in preds.items():
        b = brier(p, y)
        bands = {}
        for lo, hi in BANDS:
            sel = (checks.t >= lo) & (checks.t <= hi)
            bands[f"{lo}-{hi}"] = brier(p[sel], y[sel]) if sel.any() else float("nan")
        out["predictors"][name] = {
            "brier": b,
            "bss": 1.0 - b / clim if clim > 0 else float("nan"),
            "log_loss": log_loss(p, y),
            "mean_predicted": float(p.mean()),
            **murphy(p, y),
            "brier_by_days": bands,
        }
        if name != main and main in preds:
            out["predictors"][name][f"{main}_minus_this"] = paired_difference(
                preds[main], p, y, checks.cluster
            )
    if main in preds:
        p = preds[main]
        out["reliability"] = reliability_table(p, y)
        out["by_stage"] = {
            name: {
                "n": int((checks.stage == i).sum()),
                "mean_predicted": float(p[checks.stage == i].mean()),
                "observed": float(y[checks.stage == i].mean()),
                "oracle": float(preds["oracle"][checks.stage == i].mean())
                if "oracle" in preds
                else float("nan"),
            }
            for i, name in enumerate(STAGES)
            if (checks.stage == i).any()
        }
    return out


# --- runs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    processes: int = 40_000  # simulated waits per world (test; the training sample is the same)
    users: int = 40  # simulated job seekers per user world
    user_processes: int = 1_500  # test waits per user
    seed: int = 2026
    check_days: str = "uniform"
    worlds: tuple[str, ...] | None = None  # None: all
    user_worlds: bool = True
    stress: bool = False  # also the larger misspecifications


QUICK = Config(processes=6_000, users=8, user_processes=600)


def _rng(seed: int, name: str, part: int) -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32(name.encode()), part])


def run_world(world: World, cfg: Config) -> dict[str, Any]:
    train = simulate(world, cfg.processes, _rng(cfg.seed, world.name, 0), cfg.check_days)
    test = simulate(world, cfg.processes, _rng(cfg.seed, world.name, 1), cfg.check_days)
    preds: dict[str, FloatArray] = {"oracle": oracle_table(world)[test.stage, test.country, test.t]}
    preds["heardback"] = heardback_predictions(test, [c.code for c in world.countries])
    if world.compare_no_country:
        preds["heardback, no country"] = heardback_predictions(test, [None] * len(world.countries))
    preds.update(baseline_predictors(train, test))
    result = score(preds, test)
    result["world"] = world.name
    result["description"] = world.description
    return result


@dataclass(frozen=True)
class UserPopulation:
    name: str
    description: str
    odds_sd: float  # sd of a user's log reply-odds factor
    time_sd: float  # sd of a user's log reply-time factor
    spread_sd: float  # sd of a user's log spread factor


USER_POPULATIONS: tuple[UserPopulation, ...] = (
    UserPopulation(
        "users",
        "each user: reply odds x e^N(0,0.7), times x e^N(0,0.5), spread x e^N(0,0.2)",
        0.7,
        0.5,
        0.2,
    ),
    UserPopulation("users_like_priors", "control: every user behaves as the priors say", 0, 0, 0),
)


def _user_world(pop: UserPopulation, rng: np.random.Generator, k: int) -> World:
    odds = float(np.exp(rng.normal(0.0, pop.odds_sd))) if pop.odds_sd else 1.0
    tf = float(np.exp(rng.normal(0.0, pop.time_sd))) if pop.time_sd else 1.0
    sf = float(np.exp(rng.normal(0.0, pop.spread_sd))) if pop.spread_sd else 1.0
    stages = _scaled(prior_stages(), odds=odds, time_factor=tf, spread_factor=sf)
    return World(f"{pop.name}#{k}", f"odds x{odds:.2f}, times x{tf:.2f}, spread x{sf:.2f}", stages)


def user_history(world: World, n: int, rng: np.random.Generator) -> list[Observation]:
    """``n`` earlier waits of one user, as ``Observation`` (reply day rounded, or censored)."""
    stage = rng.choice(len(STAGES), n, p=np.asarray(STAGE_MIX))
    u = rng.random(n)
    follow = rng.integers(FOLLOW_UP[0], FOLLOW_UP[1] + 1, n)
    history = []
    for i in range(n):
        st = world.stages[STAGES[stage[i]]]
        reply_time = float(st.sample(rng, 1)[0])
        if u[i] < st.p_respond and reply_time <= follow[i]:
            history.append(Observation(STAGES[stage[i]], None, float(round(reply_time)), True))
        else:
            history.append(Observation(STAGES[stage[i]], None, float(follow[i]), False))
    return history


def run_users(pop: UserPopulation, cfg: Config) -> dict[str, Any]:
    """Personalisation: heardback with 0/10/30/100 of the user's own earlier waits."""
    rng_users = _rng(cfg.seed, pop.name, 0)
    worlds = [_user_world(pop, rng_users, k) for k in range(cfg.users)]
    parts: list[Checks] = []
    train_parts: list[Checks] = []
    preds: dict[str, list[FloatArray]] = {}
    users_info: list[dict[str, Any]] = []
    for k, world in enumerate(worlds):
        rng = _rng(cfg.seed, pop.name, 1000 + k)
        history = user_history(world, max(HISTORY_SIZES), rng)
        test = simulate(world, cfg.user_processes, rng, cfg.check_days)
        test.cluster = np.full(len(test), k, dtype=np.int64)
        train_parts.append(simulate(world, cfg.user_processes, rng, cfg.check_days))
        parts.append(test)
        preds.setdefault("oracle", []).append(oracle_table(world)[test.stage, 0, test.t])
        per_user: dict[int, float] = {}
        for n in HISTORY_SIZES:
            p = heardback_predictions(test, [None], history[:n])
            preds.setdefault(f"heardback, history {n}", []).append(p)
            per_user[n] = brier(p, test.y)
        users_info.append(
            {
                "user": world.description,
                "checks": len(test),
                "replied_in_history": sum(o.responded for o in history),
                "brier_by_history": per_user,
            }
        )
    test = Checks(
        np.concatenate([c.stage for c in parts]),
        np.concatenate([c.country for c in parts]),
        np.concatenate([c.t for c in parts]),
        np.concatenate([c.y for c in parts]),
        np.concatenate([c.cluster for c in parts]),
    )
    train = Checks(
        np.concatenate([c.stage for c in train_parts]),
        np.concatenate([c.country for c in train_parts]),
        np.concatenate([c.t for c in train_parts]),
        np.concatenate([c.y for c in train_parts]),
    )
    merged = {name: np.concatenate(v) for name, v in preds.items()}
    merged.update(baseline_predictors(train, test))
    main = f"heardback, history {max(HISTORY_SIZES)}"
    result = score(merged, test, main=main)
    zero = f"heardback, history {HISTORY_SIZES[0]}"
    result["history_max_minus_none"] = paired_difference(
        merged[main], merged[zero], test.y, test.cluster
    )
    best = max(HISTORY_SIZES)
    result["users_improved_by_history"] = sum(
        u["brier_by_history"][best] < u["brier_by_history"][0] for u in users_info
    )
    result["users"] = users_info
    result["world"] = pop.name
    result["description"] = pop.description
    return result


def run(cfg: Config) -> dict[str, Any]:
    """Every world (and the user worlds); returns all the numbers."""
    started = time.perf_counter()
    worlds = build_worlds(cfg.seed) + (build_stress_worlds() if cfg.stress else [])
    if cfg.worlds is not None:
        worlds = [w for w in worlds if w.name in cfg.worlds]
    results = [run_world(w, cfg) for w in worlds]
    users = [run_users(p, cfg) for p in USER_POPULATIONS] if cfg.user_worlds else []
    return {
        "config": {
            "processes": cfg.processes,
            "users": cfg.users,
            "user_processes": cfg.user_processes,
            "seed": cfg.seed,
            "check_days": cfg.check_days,
            "horizon_days": HORIZON,
            "stage_mix": dict(zip(STAGES, STAGE_MIX, strict=True)),
            "log_loss_clip": CLIP,
        },
        "worlds": results,
        "user_worlds": users,
        "seconds": round(time.perf_counter() - started, 1),
    }


# --- output ---------------------------------------------------------------------------------


def _print_world(r: dict[str, Any], main: str) -> None:
    print(f"\n== {r['world']}: {r['description']}")
    print(f"   {r['checks']:,} checks of silent waits; {r['observed_rate']:.3f} replied later")
    bands = [f"{lo}-{hi}" for lo, hi in BANDS]
    head = f"   {'predictor':<24}{'Brier':>7}{'BSS':>8}{'logloss':>9}{'REL':>8}{'RES':>8}"
    head += "".join(f"{'B ' + b:>9}" for b in bands) + f"   {main.split(',')[0]} - this (se)"
    print(head)
    for name, m in r["predictors"].items():
        line = f"   {name:<24}{m['brier']:>7.4f}{m['bss']:>+8.3f}{m['log_loss']:>9.3f}"
        line += f"{m['reliability']:>8.4f}{m['resolution']:>8.4f}"
        line += "".join(f"{m['brier_by_days'][b]:>9.4f}" for b in bands)
        diff = m.get(f"{main}_minus_this")
        if diff:
            line += f"   {diff['difference']:+.4f} ({diff['se']:.4f})"
        print(line)
    print(f"   reliability of {main}: bin / n / mean predicted / observed")
    for row in r["reliability"]:
        print(
            f"     {row['bin']}  {row['n']:>7,}  {row['mean_predicted']:.3f}  {row['observed']:.3f}"
        )
    stages = "; ".join(
        f"{s} {v['mean_predicted']:.3f}/{v['observed']:.3f}" for s, v in r["by_stage"].items()
    )
    print(f"   by stage, {main} mean predicted/observed: {stages}")


def print_report(res: dict[str, Any]) -> None:
    c = res["config"]
    print(
        f"Outlook calibration: {c['processes']:,} waits per world (and as many for training), "
        f"check days {c['check_days']} 1-{MAX_CHECK}, reply within {c['horizon_days']:g} d, "
        f"seed {c['seed']}"
    )
    for r in res["worlds"]:
        _print_world(r, "heardback")
    for r in res["user_worlds"]:
        main = f"heardback, history {max(HISTORY_SIZES)}"
        _print_world(r, main)
        d = r["history_max_minus_none"]
        print(
            f"   history {max(HISTORY_SIZES)} minus none: {d['difference']:+.4f} "
            f"(se {d['se']:.4f}); better for {r['users_improved_by_history']} of "
            f"{len(r['users'])} users"
        )
    names = ["oracle", "heardback", *(f"hard {k} d" for k in CUTOFFS)]
    names += [*(f"fitted {k} d" for k in CUTOFFS), "climatology"]
    extra = ("hb BSS", "hb REL", "hb bias")
    print("\nSummary: Brier score by world (lower is better); heardback's skill, REL, mean bias")
    print(f"   {'world':<24}" + "".join(f"{n:>12}" for n in (*names, *extra)))
    rows: list[tuple[str, dict[str, Any], str]] = [
        (r["world"], r, "heardback") for r in res["worlds"]
    ]
    for r in res["user_worlds"]:
        rows += [(f"{r['world']} h={n}", r, f"heardback, history {n}") for n in HISTORY_SIZES]
    for label, r, hb in rows:
        p = r["predictors"]
        cols = [p[n if n != "heardback" else hb]["brier"] for n in names]
        m = p[hb]
        cols += [m["bss"], m["reliability"], m["mean_predicted"] - r["observed_rate"]]
        print(f"   {label:<24}" + "".join(f"{v:>12.4f}" for v in cols))
    print(f"\n({res['seconds']} s)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small samples (a few seconds)")
    ap.add_argument("--json", action="store_true", help="print every number as JSON")
    ap.add_argument("--seed", type=int, default=Config.seed)
    ap.add_argument("--processes", type=int, help="simulated waits per world")
    ap.add_argument("--users", type=int, help="simulated job seekers per user world")
    ap.add_argument("--check-days", choices=("uniform", "loguniform"), default="uniform")
    ap.add_argument("--world", action="append", help="run only this world (repeatable)")
    ap.add_argument("--no-users", action="store_true", help="skip the user (history) worlds")
    ap.add_argument("--stress", action="store_true", help="add larger misspecifications")
    args = ap.parse_args(argv)
    cfg = QUICK if args.quick else Config()
    cfg = replace(
        cfg,
        seed=args.seed,
        check_days=args.check_days,
        user_worlds=not args.no_users,
        stress=args.stress,
    )
    if args.processes:
        cfg = replace(cfg, processes=args.processes)
    if args.users:
        cfg = replace(cfg, users=args.users)
    if args.world:
        cfg = replace(cfg, worlds=tuple(args.world))
    res = run(cfg)
    if args.json:
        json.dump(res, sys.stdout, indent=1)
        print()
    else:
        print_report(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
