"""The outlook model: what a silence in a job-search process most likely means.

For each stage, a mixture-cure survival model (see ``outlook_fit``): the employer replies at all
with probability ``pi``; if so, after a lognormal number of days. After ``t`` silent days the chance
of still hearing back is ``pi·S(t) / (1 − pi + pi·S(t))``; the chance of an offer is that times the
share of replies that lead to an offer. Every number comes from the ``outlook`` section of
``data/priors.yaml`` (passed in as a mapping) with its source; figures without a published source
are flagged heuristic, and so is every output they feed.

Order of adjustments: stage prior → context (country, industry and company size scale the waiting
time; the channel scales the odds at the application stage) → the user's own history (shrinkage
toward the prior) → what this process showed (signals, a hiring freeze, a promised decision date).

Pure: no I/O. ``outlook_process`` applies the model to one process (``explain``, and the
playbook's timing). The wording (reason and signal texts, country and industry names) is in
``outlook_text``, the result types are in ``outlook_result``; both are re-exported here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from typing import Any

from heardback.domain.outlook_fit import (
    WAIT_STAGES,
    CureModel,
    CurePrior,
    Figure,
    LogNormal,
    Observation,
    ResponseTime,
    expit,
    figure_number,
    figure_table,
    fit_mixture_cure,
    logit,
    norm_ppf,
    read_figure,
    scale_odds,
)

# ``name as name``: re-exported, part of this module's public names
from heardback.domain.outlook_parts import (
    PARTS,
    QUANTILES,
    RESPOND,
    TIME,
    WEIGHTS,
    ContextParts,
    Fitted,
    PersonalFit,
    StagePrior,
    Trace,
    parse_enum,
)
from heardback.domain.outlook_parts import parse_stage as parse_stage
from heardback.domain.outlook_result import Adjustment as Adjustment
from heardback.domain.outlook_result import Outlook as Outlook
from heardback.domain.outlook_result import Range as Range
from heardback.domain.outlook_result import Reason as Reason
from heardback.domain.outlook_result import SignalEffect as SignalEffect
from heardback.domain.outlook_result import SourceRef as SourceRef
from heardback.domain.outlook_text import REASON_CODES as REASON_CODES
from heardback.domain.outlook_text import country_code as country_code
from heardback.domain.outlook_text import industry_key as industry_key
from heardback.domain.outlook_text import reason_text as reason_text
from heardback.domain.outlook_text import signal_text as signal_text
from heardback.domain.records import (
    Channel,
    Signal,
    Stage,
)

_FIGURES = (
    "context.country_days", "context.country_days_global", "context.industry_days",
    "context.industry_vacancy_days", "context.industry_vacancy_days_all",
    "context.company_size_applied_days", "context.company_size_employees",
    "channel.respond_odds_applied", "channel.offer_odds_recruiter", "channel.offer_odds_applied",
    "signals.max_odds_factor", *(f"personalisation.{w}" for w in WEIGHTS),
    "personalisation.same_day_days", "presentation.interval", "presentation.phrases",
    "presentation.curve", "reasons.base_weights", "reasons.adjustments",
    "reasons.long_silence_quantile", *(f"signals.{s.value}" for s in Signal),
)  # fmt: skip


class OutlookModel(ContextParts):
    """The outlook model, built from the ``outlook`` section of priors.yaml.

    Building it reads and checks every figure the model uses (each must have a value, a source, a
    year, and evidence or ``heuristic: true`` with ``why``); no number has a fallback in code.
    """

    def __init__(self, section: Mapping[str, Any]) -> None:
        self.figures: dict[str, Figure] = {}
        self.stages: dict[Stage, StagePrior] = {}
        for stage in WAIT_STAGES:
            p = f"stages.{stage.value}"
            pi = self._number(section, f"{p}.p_respond")
            offer = self._number(section, f"{p}.p_offer")
            days = self._number(section, f"{p}.response_days")
            sigma = self._number(section, f"{p}.spread")
            statistic = section["stages"][stage.value]["response_days"].get("statistic")
            if statistic not in ("mean", "median"):
                raise ValueError(f"priors.yaml: outlook.{p}.response_days needs a statistic")
            if not (0 < offer < pi < 1 and sigma > 0 and days > 0):
                raise ValueError(f"priors.yaml: outlook.{p} has out-of-range values")
            mu = math.log(days) - (0.5 * sigma * sigma if statistic == "mean" else 0.0)
            self.stages[stage] = StagePrior(pi, offer, mu, sigma)
        for path in _FIGURES:
            self.figures[path] = read_figure(section, path)
        t = self.figures
        self.countries = figure_table(t["context.country_days"])
        self.us_days = self.countries["US"]
        self.industries = figure_table(t["context.industry_days"])
        self.vacancy = figure_table(t["context.industry_vacancy_days"])
        self.sizes = figure_table(t["context.company_size_applied_days"])
        self.size_cuts = figure_table(t["context.company_size_employees"])
        self.respond_odds = figure_table(t["channel.respond_odds_applied"])
        self.offer_odds = figure_table(t["channel.offer_odds_applied"])
        recruiter = figure_number(self.figures["channel.offer_odds_recruiter"])
        self.offer_odds[Channel.RECRUITER.value] = recruiter
        for table in (self.respond_odds, self.offer_odds):
            if set(table) != {c.value for c in Channel}:
                raise ValueError("priors.yaml: outlook.channel needs a figure for every channel")
        self.signal_values = {s: figure_table(t[f"signals.{s.value}"]) for s in Signal}
        self.weights = {
            w: figure_number(self.figures[f"personalisation.{w}"])
            for w in (*WEIGHTS, "same_day_days")
        }
        phrases = figure_table(t["presentation.phrases"])
        self.phrases = sorted(phrases.items(), key=lambda item: item[1])
        self.curve = figure_table(t["presentation.curve"])
        base, adj = t["reasons.base_weights"].value, t["reasons.adjustments"].value
        if not isinstance(base, Mapping) or not isinstance(adj, Mapping):
            raise ValueError("priors.yaml: outlook.reasons weights must be mappings")
        self.reason_base = {Stage(k): {c: float(w) for c, w in v.items()} for k, v in base.items()}
        self.reason_adj = {k: {c: float(w) for c, w in v.items()} for k, v in adj.items()}
        for table in (*self.reason_base.values(), *self.reason_adj.values()):
            if set(table) - set(REASON_CODES):
                raise ValueError(f"priors.yaml: unknown reasons {set(table) - set(REASON_CODES)}")
        if set(self.reason_base) != set(WAIT_STAGES):
            raise ValueError("priors.yaml: outlook.reasons.base_weights needs every stage")

    def _number(self, section: Mapping[str, Any], path: str) -> float:
        fig = self.figures[path] = read_figure(section, path)
        return figure_number(fig)

    # -- estimate ------------------------------------------------------------------------------

    def estimate(
        self,
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
        fits: MutableMapping[str, PersonalFit] | None = None,
    ) -> Outlook:
        """See ``heardback.outlook.estimate`` for the documented contract.

        ``fits`` may carry personalisation fits of this same ``history`` from an earlier call (by
        key, see ``PersonalFit``); missing ones are added. With a hit, ``history`` is not read.
        """
        f = self.fitted(
            stage,
            silent_days,
            channel=channel,
            country=country,
            industry=industry,
            company_size=company_size,
            signals=signals,
            history=history,
            decision_in_days=decision_in_days,
            fits=fits,
        )
        st, t, tr, time_model, model = f.stage, f.silent_days, f.trace, f.time_model, f.model
        pi, q = f.pi, f.q
        p_hb = model.p_hear_back(t)
        p_offer = p_hb * q

        # uncertainty, from the pseudo-observation weights and the history used
        level = figure_number(tr.use("presentation.interval", "ranges"))
        tr.use("presentation.phrases", "ranges")
        z = norm_ppf(0.5 + level / 2.0)

        def p_at(sign: float) -> float:
            d_logit = sign * z / math.sqrt(f.n_pi * pi * (1.0 - pi))
            d_mu = sign * z * f.sigma / math.sqrt(f.n_mu)
            shifted = tuple((wt, d.shifted(d_mu)) for wt, d in time_model.components)
            return CureModel(expit(logit(pi) + d_logit), ResponseTime(shifted)).p_hear_back(t)

        hb_lo, hb_hi = min(p_at(-1.0), p_hb), max(p_at(1.0), p_hb)
        q_lo = q_hi = q
        if 0.0 < q < 1.0:
            spread = z / math.sqrt(f.n_q * q * (1.0 - q))
            q_lo, q_hi = expit(logit(q) - spread), expit(logit(q) + spread)
        off_lo, off_hi = min(hb_lo * q_lo, p_offer), max(hb_hi * q_hi, p_offer)

        typical = {k: round(time_model.quantile(v), 1) for k, v in QUANTILES}
        window = {k: round(time_model.quantile(v, after=t), 1) for k, v in QUANTILES[1::2]}
        curve = self._curve(model, t, typical["p90"], tr)
        reasons = self._reasons(
            st, t, f.signals, f.channel, f.size_class, f.decision_in_days, time_model, tr
        )
        figs = self.figures
        return Outlook(
            stage=st.value,
            silent_days=t,
            p_hear_back=p_hb,
            p_offer=p_offer,
            p_respond=pi,
            p_offer_if_reply=q,
            p_hear_back_range=Range(hb_lo, hb_hi, level, self.phrase(p_hb)),
            p_offer_range=Range(off_lo, off_hi, level, self.phrase(p_offer)),
            typical_days=typical,
            window_if_reply=window,
            curve=curve,
            you_are_here=(t, round(p_hb, 4)),
            reasons=reasons,
            signals=tuple(f.effects),
            adjustments=tuple(f.adjustments),
            sources=tuple(
                SourceRef(k, figs[k].source, figs[k].year, figs[k].heuristic) for k in tr.feeds
            ),
            history_used=f.history_used,
            heuristic={
                part: any(figs[k].heuristic for k, parts in tr.feeds.items() if part in parts)
                for part in PARTS
            },
            heuristic_figures=tuple(k for k in tr.feeds if figs[k].heuristic),
            notes=tuple(f.notes),
            channel=None if f.channel is None else f.channel.value,
            decision_in_days=f.decision_in_days,
        )

    def fitted(
        self,
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
        fits: MutableMapping[str, PersonalFit] | None = None,
    ) -> Fitted:
        """The model's parameters for one wait (what ``estimate`` presents); checks the inputs."""
        st = parse_stage(stage)
        ch: Channel | None = None if channel is None else parse_enum(Channel, channel, "channel")
        sigs: list[Signal] = []
        for s in (signals,) if isinstance(signals, str) else signals:
            parsed = parse_enum(Signal, s, "signal")
            if parsed not in sigs:
                sigs.append(parsed)
        if isinstance(silent_days, bool) or not math.isfinite(float(silent_days)):
            raise ValueError(f"silent_days must be a number of days, got {silent_days!r}")
        t = float(silent_days)
        if t < 0:
            raise ValueError(f"silent_days must be zero or more, got {silent_days!r}")
        if decision_in_days is not None:
            decision_in_days = float(decision_in_days)
            if not math.isfinite(decision_in_days) or decision_in_days < 0:
                raise ValueError(f"decision_in_days must be zero or more, got {decision_in_days}")
            if Signal.DECISION_DATE not in sigs:
                sigs.append(Signal.DECISION_DATE)

        tr = Trace(self.figures)
        p = f"stages.{st.value}"
        tr.use(f"{p}.p_respond", *RESPOND)
        tr.use(f"{p}.p_offer", "p_offer")
        tr.use(f"{p}.response_days", *TIME)
        tr.use(f"{p}.spread", *TIME)
        adjustments: list[Adjustment] = []
        notes: list[str] = []
        prior = self.stages[st]
        pi, offer, mu, sigma = prior.pi, prior.offer, prior.mu, prior.sigma

        # context: the waiting-time scale, and the channel's odds at the application stage
        scale = self._country(country, tr, adjustments, notes)
        scale *= self._industry(industry, tr, adjustments, notes)
        size_class = self._size_class(company_size, tr)
        if st is Stage.APPLIED and size_class in self.sizes:
            tr.use("context.company_size_applied_days", *TIME)
            factor = self.sizes[size_class] / (sum(self.sizes.values()) / len(self.sizes))
            why = "Employ 2025: time to move candidates to interview, by employer size."
            adjustments.append(Adjustment(f"company size: {size_class}", "days", factor, why))
            scale *= factor
        mu += math.log(scale)
        if st is Stage.APPLIED and ch is not None:
            r_odds, o_odds = self.respond_odds[ch.value], self.offer_odds[ch.value]
            tr.use("channel.respond_odds_applied", *RESPOND)
            o_fig = "channel.offer_odds_" + ("recruiter" if ch is Channel.RECRUITER else "applied")
            tr.use(o_fig, "p_offer")
            pi, offer = scale_odds(pi, r_odds), scale_odds(offer, o_odds)
            why = "How you applied changes the chance of any reply (a judgement)."
            adjustments.append(Adjustment(f"channel: {ch.value}", "reply odds", r_odds, why))
            why = self.figures[o_fig].note
            adjustments.append(Adjustment(f"channel: {ch.value}", "offer odds", o_odds, why))
        q = min(1.0, offer / pi)

        # the user's own history at this stage (same channel, at the application stage)
        w = self.weights
        n_pi, n_mu, n_q = w["prior_weight_respond"], w["prior_weight_days"], w["prior_weight_offer"]
        personal = self._personalise(st, ch, pi, mu, sigma, history, fits)
        for name in WEIGHTS:
            tr.use(f"personalisation.{name}", "ranges", *(TIME if personal.used else ()))
        if personal.used:
            tr.use("personalisation.same_day_days", *TIME)
            pi, mu, sigma = personal.pi, personal.mu, personal.sigma
            q = (n_q * q + personal.offers) / (n_q + personal.known)
            n_pi, n_mu = n_pi + personal.used, n_mu + personal.expected_responders
            n_q += personal.known
            notes.append(f"Personalised with {personal.used} of your own waits at this stage.")
        context_mu = mu

        # what this process showed
        effects, r_mult, o_mult, days_mult = self._signals(st, sigs, decision_in_days, tr)
        offer = scale_odds(pi * q, o_mult)
        pi = scale_odds(pi, r_mult)
        q = min(1.0, offer / pi)
        base = LogNormal(mu + math.log(days_mult), sigma)
        time_model = ResponseTime.single(base)
        if decision_in_days is not None:
            dd = self.signal_values[Signal.DECISION_DATE]
            promised = LogNormal(math.log(decision_in_days + dd["lag_days"]), dd["spread"])
            time_model = ResponseTime(((dd["weight"], promised), (1.0 - dd["weight"], base)))
        return Fitted(
            stage=st,
            channel=ch,
            signals=sigs,
            silent_days=t,
            decision_in_days=decision_in_days,
            size_class=size_class,
            pi=pi,
            q=q,
            sigma=sigma,
            prior_mu=prior.mu,
            context_mu=context_mu,
            days_mult=days_mult,
            time_model=time_model,
            model=CureModel(pi, time_model),
            n_pi=n_pi,
            n_mu=n_mu,
            n_q=n_q,
            history_used=personal.used,
            adjustments=adjustments,
            notes=notes,
            effects=effects,
            trace=tr,
        )

    def _personalise(
        self,
        st: Stage,
        ch: Channel | None,
        pi: float,
        mu: float,
        sigma: float,
        history: Sequence[Observation] | None,
        fits: MutableMapping[str, PersonalFit] | None,
    ) -> PersonalFit:
        """The prior updated by the user's own waits at this stage (cached in ``fits``)."""
        key = PersonalFit.key(st, ch, pi, mu, sigma)
        if fits is not None and key in fits:
            return fits[key]
        used = [
            o for o in (history or ())
            if o.stage is st and (st is not Stage.APPLIED or ch is None or o.channel in (None, ch))
        ]  # fmt: skip
        result = PersonalFit(pi, mu, sigma, 0, 0.0, 0, 0)
        if used:
            w = self.weights
            cure_prior = CurePrior(
                pi, mu, sigma, w["prior_weight_respond"], w["prior_weight_days"],
                w["prior_weight_spread"],
            )  # fmt: skip
            days, replied = [o.days for o in used], [o.responded for o in used]
            fit = fit_mixture_cure(
                days, replied, prior=cure_prior, same_day_days=w["same_day_days"]
            )
            known = [o for o in used if o.responded and o.outcome_known]
            result = PersonalFit(
                fit.pi, fit.mu, fit.sigma, len(used), fit.expected_responders, len(known),
                sum(1 for o in known if o.offer),
            )  # fmt: skip
        if fits is not None:
            fits[key] = result
        return result

    # -- pieces --------------------------------------------------------------------------------
