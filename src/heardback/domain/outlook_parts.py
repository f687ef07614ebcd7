"""Building blocks of the outlook model: input parsing, the parameter types, and the pieces of an
estimate that read the priors' tables (context, signals, the curve, the ranked reasons, words for
a probability). ``OutlookModel`` (in ``outlook``) fills the tables and combines the pieces.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from heardback.domain.outlook_fit import (
    WAIT_STAGES,
    CureModel,
    Figure,
    ResponseTime,
    figure_number,
)
from heardback.domain.outlook_result import Adjustment, Reason, SignalEffect
from heardback.domain.outlook_text import (
    SIZE_NAMES,
    country_code,
    industry_key,
    reason_text,
    signal_text,
)
from heardback.domain.records import LATE, Channel, Signal, Stage

QUANTILES = (("p25", 0.25), ("p50", 0.5), ("p75", 0.75), ("p90", 0.9))
#: outputs a figure can feed (for the heuristic flags)
RESPOND = ("p_hear_back", "p_offer")
TIME = ("p_hear_back", "p_offer", "typical_days")
PARTS = ("p_hear_back", "p_offer", "typical_days", "ranges", "reasons", "curve", "signals")
WEIGHTS = (
    "prior_weight_respond",
    "prior_weight_days",
    "prior_weight_spread",
    "prior_weight_offer",
)


def parse_stage(stage: Stage | str) -> Stage:
    names = ", ".join(s.value for s in WAIT_STAGES)
    try:
        parsed = Stage(stage)
    except ValueError:
        raise ValueError(f"Unknown stage {stage!r}; expected one of {names}.") from None
    if parsed not in WAIT_STAGES:
        why = "nothing has been sent yet" if parsed is Stage.SAVED else "the process is not open"
        raise ValueError(
            f"There is no wait to estimate at stage {parsed.value!r} ({why}); "
            f"the outlook covers {names}."
        )
    return parsed


def parse_enum(kind: type[enum.StrEnum], value: Any, what: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        names = ", ".join(m.value for m in kind)
        raise ValueError(f"Unknown {what} {value!r}; expected one of {names}.") from None


@dataclass(frozen=True, slots=True)
class StagePrior:
    pi: float
    offer: float
    mu: float
    sigma: float


@dataclass(slots=True)
class Trace:
    """The figures used for one estimate, and which outputs each one feeds."""

    figures: Mapping[str, Figure]
    feeds: dict[str, set[str]] = field(default_factory=dict)

    def use(self, path: str, *parts: str) -> Figure:
        self.feeds.setdefault(path, set()).update(parts)
        return self.figures[path]


@dataclass(frozen=True, slots=True)
class PersonalFit:
    """The prior for one stage after the user's own waits (``used`` = 0: the prior itself).

    ``known`` waits ended with a known outcome after a reply, ``offers`` of them in an offer. The
    same history and prior always give the same fit, so callers may keep fits by ``key``.
    """

    pi: float
    mu: float
    sigma: float
    used: int
    expected_responders: float
    known: int
    offers: int

    @staticmethod
    def key(st: Stage, ch: Channel | None, pi: float, mu: float, sigma: float) -> str:
        channel = ch.value if ch is not None and st is Stage.APPLIED else "-"
        return f"{st.value}|{channel}|{pi:.12g}|{mu:.12g}|{sigma:.12g}"


@dataclass(slots=True)
class Fitted:
    """One wait's model parameters, after context, the user's history and the signals."""

    stage: Stage
    channel: Channel | None
    signals: list[Signal]
    silent_days: float
    decision_in_days: float | None
    size_class: str | None
    #: chance of any reply, and the share of replies that lead to an offer
    pi: float
    q: float
    sigma: float
    #: log-median reply time: the stage's published prior, and after context and history
    prior_mu: float
    context_mu: float
    #: what the signals did to the waiting time (a hiring freeze stretches it)
    days_mult: float
    time_model: ResponseTime
    model: CureModel
    n_pi: float
    n_mu: float
    n_q: float
    history_used: int
    adjustments: list[Adjustment]
    notes: list[str]
    effects: list[SignalEffect]
    trace: Trace

    @property
    def pace(self) -> float:
        """Typical reply time here relative to the published one for the stage (1 = the same)."""
        return math.exp(self.context_mu - self.prior_mu) * self.days_mult


class ContextParts:
    """The pieces of an estimate that read the priors' tables (filled by ``OutlookModel``)."""

    figures: dict[str, Figure]
    countries: dict[str, float]
    us_days: float
    industries: dict[str, float]
    vacancy: dict[str, float]
    size_cuts: dict[str, float]
    signal_values: dict[Signal, dict[str, float]]
    curve: dict[str, float]
    reason_base: dict[Stage, dict[str, float]]
    reason_adj: dict[str, dict[str, float]]
    phrases: list[tuple[str, float]]

    def _country(
        self, country: str | None, tr: Trace, adj: list[Adjustment], notes: list[str]
    ) -> float:
        if country is None:
            return 1.0
        code = country_code(country)
        tr.use("context.country_days", *TIME)
        if code in self.countries:
            f = self.countries[code] / self.us_days
            days = self.countries[code]
            why = f"Glassdoor 2017: a {days:g}-day mean process vs {self.us_days:g} in the US."
        else:
            world = figure_number(tr.use("context.country_days_global", *TIME))
            f = world / self.us_days
            why = f"No Glassdoor figure for {country!r}; the 25-country mean ({world:g} d) is used."
            notes.append(why)
        adj.append(Adjustment(f"country: {code}", "days", f, why))
        return f

    def _industry(
        self, industry: str | None, tr: Trace, adj: list[Adjustment], notes: list[str]
    ) -> float:
        if industry is None:
            return 1.0
        key = industry_key(industry)
        if key in self.industries:
            tr.use("context.industry_days", *TIME)
            tr.use("context.country_days", *TIME)
            f = self.industries[key] / self.us_days
            days = self.industries[key]
            why = f"Glassdoor 2017: {days:g} days in {key} vs {self.us_days:g} overall."
        elif key in self.vacancy:
            tr.use("context.industry_vacancy_days", *TIME)
            all_days = figure_number(tr.use("context.industry_vacancy_days_all", *TIME))
            f = self.vacancy[key] / all_days
            days = self.vacancy[key]
            why = f"DHI 2017: vacancies in {key} stay open {days:g} vs {all_days:g} working days."
        else:
            notes.append(f"No published figure for the industry {industry!r}; not adjusted.")
            return 1.0
        adj.append(Adjustment(f"industry: {key}", "days", f, why))
        return f

    def _size_class(self, size: str | int | None, tr: Trace) -> str | None:
        if size is None:
            return None
        if isinstance(size, int) and not isinstance(size, bool):
            tr.use("context.company_size_employees", *TIME)
            if size < self.size_cuts["small_below"]:
                return "small"
            return "enterprise" if size >= self.size_cuts["enterprise_from"] else "medium"
        label = str(size).strip().lower()
        if label not in SIZE_NAMES:
            raise ValueError(
                f"Unknown company size {size!r}; expected startup, small, medium, large, "
                "enterprise or a number of employees."
            )
        return SIZE_NAMES[label]

    def _signals(
        self, st: Stage, sigs: list[Signal], decision_in: float | None, tr: Trace
    ) -> tuple[list[SignalEffect], float, float, float]:
        effects: list[SignalEffect] = []
        r_mult = o_mult = days_mult = 1.0
        for sig in sigs:
            values, path = self.signal_values[sig], f"signals.{sig.value}"
            heuristic = self.figures[path].heuristic
            effect, why = signal_text(sig, st, decision_in)
            ro, oo = values.get("respond_odds", 1.0), values.get("offer_odds", 1.0)
            if effect in ("raises", "lowers"):
                tr.use(path, "signals", *RESPOND)
                r_mult, o_mult = r_mult * ro, o_mult * oo
                if "days_factor" in values:
                    tr.use(path, *TIME)
                    days_mult *= values["days_factor"]
            else:
                tr.use(path, "signals", *(TIME if effect == "shifts" else ()))
                if sig is not Signal.DID_WELL:  # did_well shows its (neutral) figure values
                    ro = oo = 1.0
            effects.append(SignalEffect(sig.value, effect, ro, oo, why, heuristic))
        cap = figure_number(self.figures["signals.max_odds_factor"])
        if r_mult > cap or o_mult > cap:
            tr.use("signals.max_odds_factor", "signals", *RESPOND)
            r_mult, o_mult = min(r_mult, cap), min(o_mult, cap)
        return effects, r_mult, o_mult, days_mult

    def _curve(
        self, model: CureModel, t: float, p90: float, tr: Trace
    ) -> tuple[tuple[int, float], ...]:
        tr.use("presentation.curve", "curve")
        c = self.curve
        horizon = max(c["min_days"], c["beyond_factor"] * t, c["beyond_factor"] * p90)
        end = math.ceil(min(horizon, c["max_days"]))
        step = max(1, math.ceil(end / (c["max_points"] - 1)))
        days = list(range(0, end + 1, step))
        if days[-1] != end:
            days.append(end)
        return tuple((d, round(model.p_hear_back(d), 4)) for d in days)

    def _reasons(
        self,
        st: Stage,
        t: float,
        sigs: list[Signal],
        ch: Channel | None,
        size_class: str | None,
        decision_in: float | None,
        time_model: ResponseTime,
        tr: Trace,
    ) -> tuple[Reason, ...]:
        tr.use("reasons.base_weights", "reasons")
        weights = dict(self.reason_base[st])
        situations: list[str] = []
        if t > time_model.quantile(
            figure_number(tr.use("reasons.long_silence_quantile", "reasons"))
        ):
            situations.append("long_silence")
        if Signal.HIRING_FREEZE in sigs:
            situations.append("hiring_freeze")
        if Signal.REFERENCES_CONTACTED in sigs or (Signal.START_DATE_ASKED in sigs and st in LATE):
            situations.append("strong_signals")
        if decision_in is not None:
            situations.append("decision_pending" if t <= decision_in else "decision_passed")
        if ch is Channel.RECRUITER:
            situations.append("recruiter")
        if size_class in ("enterprise", "small"):
            situations.append("large_company" if size_class == "enterprise" else "small_company")
        for situation in situations:
            if situation in self.reason_adj:
                tr.use("reasons.adjustments", "reasons")
                for code, factor in self.reason_adj[situation].items():
                    weights[code] = weights.get(code, 0.0) * factor
        total = sum(weights.values())
        order = {code: i for i, code in enumerate(self.reason_base[st])}
        ranked = sorted(
            (c for c in weights if weights[c] > 0), key=lambda c: (-weights[c], order[c])
        )
        return tuple(Reason(c, reason_text(c, st), round(weights[c] / total, 3)) for c in ranked)

    def phrase(self, p: float) -> str:
        """Calibrated words for a probability (very unlikely ... very likely)."""
        for name, upper in self.phrases:
            if p < upper:
                return name.replace("_", " ")
        return "very likely"
