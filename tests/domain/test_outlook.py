"""The outlook model (pure domain): properties, calibration of the fitter, and its figures."""

from __future__ import annotations

import copy
import itertools
import math
import random
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heardback.domain.outlook import REASON_CODES, OutlookModel
from heardback.domain.outlook_fit import (
    WAIT_STAGES,
    CureModel,
    CurePrior,
    LogNormal,
    Observation,
    ResponseTime,
    fit_mixture_cure,
    norm_ppf,
)
from heardback.domain.records import Channel, Signal, Stage
from heardback.settings import priors

SECTION: dict[str, Any] = priors()["outlook"]
MODEL = OutlookModel(SECTION)

stages = st.sampled_from([s.value for s in WAIT_STAGES])
channels = st.one_of(st.none(), st.sampled_from([c.value for c in Channel]))
signal_sets = st.lists(st.sampled_from([s.value for s in Signal]), max_size=4, unique=True)
countries = st.one_of(st.none(), st.sampled_from(["DE", "US", "India", "uk", "Narnia"]))
industries = st.one_of(st.none(), st.sampled_from(["government", "health", "tech", "knitting"]))
sizes = st.one_of(
    st.none(), st.sampled_from(["startup", "medium", "enterprise"]), st.integers(1, 10**5)
)
days = st.floats(min_value=0, max_value=400, allow_nan=False)
decisions = st.one_of(st.none(), st.floats(min_value=0, max_value=90, allow_nan=False))


@st.composite
def contexts(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "channel": draw(channels),
        "country": draw(countries),
        "industry": draw(industries),
        "company_size": draw(sizes),
        "signals": draw(signal_sets),
        "decision_in_days": draw(decisions),
    }


def observations(stage: Stage, n: int, *, seed: int, pi: float, median: float) -> list[Observation]:
    """``n`` waits at ``stage`` from a known cure model, censored at a random follow-up."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        follow_up = rng.uniform(1, 120)
        if rng.random() < pi:
            t = math.exp(rng.gauss(math.log(median), 0.9))
            if t <= follow_up:
                out.append(Observation(stage, None, t, True, rng.random() < 0.3))
                continue
        out.append(Observation(stage, None, follow_up, False))
    return out


# --- properties -------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(stage=stages, t=days, ctx=contexts())
def test_probabilities_are_probabilities_and_offer_never_exceeds_reply(
    stage: str, t: float, ctx: dict[str, Any]
) -> None:
    r = MODEL.estimate(stage, t, **ctx)
    for p in (r.p_hear_back, r.p_offer, r.p_respond, r.p_offer_if_reply):
        assert 0.0 <= p <= 1.0
    assert r.p_offer <= r.p_hear_back
    assert r.p_hear_back_range.low <= r.p_hear_back <= r.p_hear_back_range.high
    assert r.p_offer_range.low <= r.p_offer <= r.p_offer_range.high
    assert r.p_hear_back_range.low >= 0.0 and r.p_hear_back_range.high <= 1.0
    assert all(0.0 <= p <= 1.0 for _, p in r.curve)
    q = r.typical_days
    assert 0 < q["p25"] <= q["p50"] <= q["p75"] <= q["p90"]


@settings(max_examples=150, deadline=None)
@given(stage=stages, t1=days, t2=days, ctx=contexts())
def test_chance_of_hearing_back_never_rises_as_the_silence_grows(
    stage: str, t1: float, t2: float, ctx: dict[str, Any]
) -> None:
    lo, hi = sorted((t1, t2))
    early, late = MODEL.estimate(stage, lo, **ctx), MODEL.estimate(stage, hi, **ctx)
    assert late.p_hear_back <= early.p_hear_back
    assert late.p_offer <= early.p_offer
    points = [p for _, p in early.curve]
    assert all(b <= a for a, b in itertools.pairwise(points))


@settings(max_examples=60, deadline=None)
@given(stage=stages, t=days, ctx=contexts())
def test_did_well_changes_nothing(stage: str, t: float, ctx: dict[str, Any]) -> None:
    ctx["signals"] = [s for s in ctx["signals"] if s != "did_well"]
    without = MODEL.estimate(stage, t, **ctx).to_dict()
    with_it = MODEL.estimate(stage, t, **{**ctx, "signals": [*ctx["signals"], "did_well"]})
    shown = [s for s in with_it.signals if s.signal == "did_well"]
    assert len(shown) == 1 and shown[0].effect == "none"
    assert shown[0].respond_odds == 1.0 and shown[0].offer_odds == 1.0
    assert "not an offer" in shown[0].why and "encouraging" in shown[0].why
    got = with_it.to_dict()
    for key in ("signals", "sources", "heuristic_figures"):  # these list did_well itself
        got.pop(key), without.pop(key)
    got["heuristic"].pop("signals"), without["heuristic"].pop("signals")
    assert got == without


@settings(max_examples=60, deadline=None)
@given(stage=stages, t=days, ctx=contexts())
def test_empty_history_returns_the_prior_exactly(stage: str, t: float, ctx: dict[str, Any]) -> None:
    prior = MODEL.estimate(stage, t, **ctx).to_dict()
    assert MODEL.estimate(stage, t, history=[], **ctx).to_dict() == prior
    elsewhere = Stage.OFFER if stage != "offer" else Stage.APPLIED
    other = [Observation(elsewhere, None, 3.0, True, True)] * 5
    assert MODEL.estimate(stage, t, history=other, **ctx).to_dict() == prior
    assert prior["history_used"] == 0


@settings(max_examples=80, deadline=None)
@given(stage=stages, d1=st.floats(0, 90), d2=st.floats(0, 90))
def test_a_promised_decision_date_moves_the_window(stage: str, d1: float, d2: float) -> None:
    lo, hi = sorted((d1, d2))
    a = MODEL.estimate(stage, 0, decision_in_days=lo)
    b = MODEL.estimate(stage, 0, decision_in_days=hi)
    assert a.typical_days["p50"] <= b.typical_days["p50"]
    assert a.p_hear_back == b.p_hear_back  # a date moves the window, not the chance of a reply


def test_a_late_decision_date_keeps_hope_longer_and_an_early_one_shortens_the_wait() -> None:
    plain = MODEL.estimate("final_round", 20)
    late = MODEL.estimate("final_round", 20, decision_in_days=35)
    early = MODEL.estimate("final_round", 3, decision_in_days=2)
    assert late.typical_days["p50"] > plain.typical_days["p50"] + 10
    assert late.p_hear_back > plain.p_hear_back + 0.1
    assert early.typical_days["p50"] < MODEL.estimate("final_round", 3).typical_days["p50"]
    # past the promised date, the chance falls faster than without a date
    passed = MODEL.estimate("final_round", 30, decision_in_days=5)
    assert passed.p_hear_back < MODEL.estimate("final_round", 30).p_hear_back
    assert [s.effect for s in late.signals if s.signal == "decision_date"] == ["shifts"]


# --- stages, signals and context -------------------------------------------------------------


@pytest.mark.parametrize("stage", ["saved", "accepted", "rejected", "withdrawn", "dormant"])
def test_stages_without_a_wait_are_refused(stage: str) -> None:
    with pytest.raises(ValueError, match=f"'{stage}'"):
        MODEL.estimate(stage, 3)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"stage": "phone"},
        {"channel": "carrier_pigeon"},
        {"signals": ["vibes"]},
        {"company_size": "huge"},
        {"silent_days": -1},
        {"decision_in_days": -2},
    ],
)
def test_bad_input_is_a_clear_value_error(kwargs: dict[str, Any]) -> None:
    args = {"stage": "interviewing", "silent_days": 5, **kwargs}
    with pytest.raises(ValueError):
        MODEL.estimate(args.pop("stage"), args.pop("silent_days"), **args)


def test_real_signals_raise_the_chances_at_late_stages_and_are_ignored_early() -> None:
    base = MODEL.estimate("final_round", 10)
    for signal in ("references_contacted", "start_date_asked", "salary_asked", "met_team"):
        r = MODEL.estimate("final_round", 10, signals=[signal])
        assert r.p_hear_back > base.p_hear_back and r.p_offer > base.p_offer, signal
        assert r.signals[0].effect == "raises" and r.signals[0].heuristic
    screening = MODEL.estimate("screening", 10, signals=["start_date_asked", "salary_asked"])
    assert screening.p_hear_back == MODEL.estimate("screening", 10).p_hear_back
    assert {s.effect for s in screening.signals} == {"none"}


def test_positive_signals_are_capped_when_combined() -> None:
    cap = SECTION["signals"]["max_odds_factor"]["value"]
    every = ["references_contacted", "start_date_asked", "salary_asked", "met_team"]
    r = MODEL.estimate("interviewing", 0, signals=every)
    pi = SECTION["stages"]["interviewing"]["p_respond"]["value"]
    odds = r.p_respond / (1 - r.p_respond)
    assert odds == pytest.approx(pi / (1 - pi) * cap)


def test_a_hiring_freeze_lowers_and_stretches() -> None:
    base = MODEL.estimate("interviewing", 0)
    frozen = MODEL.estimate("interviewing", 0, signals=["hiring_freeze"])
    assert frozen.p_hear_back < base.p_hear_back and frozen.p_offer < base.p_offer
    assert frozen.typical_days["p50"] > base.typical_days["p50"]
    assert frozen.reasons[0].code == "role_rethought"


def test_context_scales_waits_by_the_cited_means() -> None:
    base = MODEL.estimate("interviewing", 0)
    germany = MODEL.estimate("interviewing", 0, country="Germany")
    ratio = 28.5 / 23.8
    assert germany.typical_days["p50"] == pytest.approx(base.typical_days["p50"] * ratio, abs=0.1)
    assert germany.p_hear_back == base.p_hear_back  # only times are scaled
    gov = MODEL.estimate("interviewing", 0, industry="Government")
    assert gov.typical_days["p50"] == pytest.approx(base.typical_days["p50"] * 53.8 / 23.8, abs=0.1)
    unknown = MODEL.estimate("interviewing", 0, country="Narnia", industry="knitting")
    assert unknown.notes and unknown.typical_days["p50"] == pytest.approx(
        base.typical_days["p50"] * 23.7 / 23.8, abs=0.1
    )


def test_channel_moves_the_application_stage_only() -> None:
    rate = {c.value: MODEL.estimate("applied", 0, channel=c).p_hear_back for c in Channel}
    assert rate["easy_apply"] < rate["job_board"] == rate["direct"] < rate["referral"]
    assert rate["referral"] < rate["recruiter"]
    offer = MODEL.estimate("applied", 0, channel="recruiter").p_offer
    assert offer == pytest.approx(0.037 * 8 / (1 - 0.037 + 0.037 * 8), abs=1e-9)
    later = {MODEL.estimate("interviewing", 5, channel=c).p_hear_back for c in Channel}
    assert len(later) == 1


def test_reasons_are_ranked_kindly_and_other_candidates_usually_lead() -> None:
    for stage in ("applied", "screening", "interviewing", "final_round"):
        r = MODEL.estimate(stage, 3)
        assert r.reasons[0].code == "other_candidates", stage
        assert {x.code for x in r.reasons} <= set(REASON_CODES)
        assert sum(x.weight for x in r.reasons) == pytest.approx(1.0, abs=0.01)
        weights = [x.weight for x in r.reasons]
        assert weights == sorted(weights, reverse=True)
        assert all(len(x.text) > 40 for x in r.reasons)
    assert MODEL.estimate("offer", 3).reasons[0].code == "sign_offs"
    long_wait = MODEL.estimate("interviewing", 60)
    ranks = [x.code for x in long_wait.reasons]
    assert ranks.index("role_rethought") < [
        x.code for x in MODEL.estimate("interviewing", 3).reasons
    ].index("role_rethought")


def test_result_names_its_sources_and_its_heuristic_parts() -> None:
    r = MODEL.estimate("final_round", 10, country="FR", signals=["met_team"])
    figures = {s.figure for s in r.sources}
    assert {"stages.final_round.p_respond", "context.country_days", "signals.met_team"} <= figures
    assert all(s.source and s.year >= 2000 for s in r.sources)
    assert r.heuristic["reasons"] and r.heuristic["typical_days"]
    assert "stages.final_round.spread" in r.heuristic_figures
    assert "stages.final_round.p_respond" not in r.heuristic_figures
    assert not any(s.heuristic for s in r.sources if s.figure == "context.country_days")


def test_shown_uncertainty_uses_calibrated_words() -> None:
    assert MODEL.phrase(0.05) == "very unlikely"
    assert MODEL.phrase(0.2) == "unlikely"
    assert MODEL.phrase(0.5) == "about even"
    assert MODEL.phrase(0.8) == "likely"
    assert MODEL.phrase(0.95) == "very likely"


# --- the mixture-cure formula and the fitter -------------------------------------------------


def test_p_hear_back_matches_simulation_of_the_model_itself() -> None:
    """The closed form agrees with the share of still-silent processes that do hear back."""
    rng = random.Random(7)
    prior = MODEL.stages[Stage.FINAL_ROUND]
    model = CureModel(prior.pi, ResponseTime.single(LogNormal(prior.mu, prior.sigma)))
    waits = [
        math.exp(rng.gauss(prior.mu, prior.sigma)) if rng.random() < prior.pi else math.inf
        for _ in range(40_000)
    ]
    for day in (7, 21, 45):
        silent = [w for w in waits if w > day]
        share = sum(1 for w in silent if w < math.inf) / len(silent)
        assert share == pytest.approx(model.p_hear_back(day), abs=0.02)
        assert MODEL.estimate("final_round", day).p_hear_back == pytest.approx(
            model.p_hear_back(day)
        )


def test_fitter_recovers_known_parameters_from_censored_data() -> None:
    data = observations(Stage.INTERVIEWING, 4000, seed=11, pi=0.6, median=10.0)
    assert 0.2 < sum(1 for o in data if not o.responded) / len(data) < 0.6  # censoring is real
    fit = fit_mixture_cure([o.days for o in data], [o.responded for o in data])
    assert fit.converged
    assert fit.pi == pytest.approx(0.6, abs=0.03)
    assert fit.median == pytest.approx(10.0, rel=0.08)
    assert fit.sigma == pytest.approx(0.9, abs=0.08)
    # a wrong prior worth 20 observations barely matters against 4,000
    wrong = CurePrior(0.3, math.log(3.0), 0.5, 20, 10, 10)
    fit2 = fit_mixture_cure([o.days for o in data], [o.responded for o in data], prior=wrong)
    assert fit2.pi == pytest.approx(0.6, abs=0.04)
    assert fit2.median == pytest.approx(10.0, rel=0.1)


def test_fitter_is_not_fooled_by_ignoring_censoring() -> None:
    """Counting only observed replies would understate the typical wait; the fit must not."""
    data = observations(Stage.INTERVIEWING, 3000, seed=5, pi=0.8, median=20.0)
    naive = math.exp(
        sum(math.log(o.days) for o in data if o.responded) / sum(o.responded for o in data)
    )
    fit = fit_mixture_cure([o.days for o in data], [o.responded for o in data])
    assert naive < 16.0
    assert fit.median == pytest.approx(20.0, rel=0.1)


def test_ten_own_waits_move_the_estimate_a_little_and_a_hundred_a_lot() -> None:
    stage = Stage.APPLIED
    prior = MODEL.estimate(stage, 0)

    def own(n: int) -> list[Observation]:  # this user hears back on every application, in 2 days
        return [Observation(stage, None, 2.0, True, False) for _ in range(n)]

    ten, hundred = (
        MODEL.estimate(stage, 0, history=own(10)),
        MODEL.estimate(stage, 0, history=own(100)),
    )
    gap = 1.0 - prior.p_respond
    assert 0.15 * gap < ten.p_respond - prior.p_respond < 0.5 * gap
    assert hundred.p_respond - prior.p_respond > 0.75 * gap
    assert prior.typical_days["p50"] > ten.typical_days["p50"] > hundred.typical_days["p50"]
    assert hundred.typical_days["p50"] < 3.0
    assert (ten.history_used, hundred.history_used) == (10, 100)
    narrow = hundred.p_hear_back_range.high - hundred.p_hear_back_range.low
    assert narrow < prior.p_hear_back_range.high - prior.p_hear_back_range.low
    # the offer rate among replies learns from decided processes only
    undecided = [Observation(stage, None, 2.0, True, False, outcome_known=False)] * 50
    assert MODEL.estimate(stage, 0, history=undecided).p_offer_if_reply == pytest.approx(
        prior.p_offer_if_reply
    )


def test_censored_own_waits_lower_the_chance() -> None:
    silent = [Observation(Stage.FINAL_ROUND, None, 60.0, False) for _ in range(30)]
    assert (
        MODEL.estimate("final_round", 5, history=silent).p_hear_back
        < MODEL.estimate("final_round", 5).p_hear_back
    )


def test_application_history_counts_the_same_channel_only() -> None:
    mixed = [Observation("applied", "easy_apply", 40.0, False)] * 10 + [
        Observation("applied", "referral", 1.0, True)
    ] * 4
    assert MODEL.estimate("applied", 3, channel="referral", history=mixed).history_used == 4
    assert MODEL.estimate("applied", 3, history=mixed).history_used == 14


def test_observation_checks_its_fields() -> None:
    assert Observation("final_round", "referral", 3, True).stage is Stage.FINAL_ROUND
    with pytest.raises(ValueError):
        Observation("final_round", None, -1, True)
    with pytest.raises(ValueError):
        Observation("nope", None, 1, True)


def test_normal_quantile() -> None:
    assert norm_ppf(0.5) == pytest.approx(0.0, abs=1e-9)
    assert norm_ppf(0.9) == pytest.approx(1.2815515655, abs=1e-8)
    assert norm_ppf(0.25) == pytest.approx(-0.6744897502, abs=1e-8)


# --- every number in priors.yaml, with its source -------------------------------------------


def figures(node: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    for key, value in node.items():
        if isinstance(value, Mapping) and "value" in value:
            yield f"{prefix}{key}", value
        elif isinstance(value, Mapping):
            yield from figures(value, f"{prefix}{key}.")


def numbers(value: Any) -> Iterator[float]:
    if isinstance(value, bool):
        return
    if isinstance(value, int | float):
        yield float(value)
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from numbers(v)
    elif isinstance(value, list):
        for v in value:
            yield from numbers(v)


def test_every_outlook_figure_has_a_value_source_year_and_evidence_or_why() -> None:
    found = dict(figures(SECTION))
    assert len(found) > 30
    for path, fig in found.items():
        assert str(fig.get("source", "")).strip(), path
        assert isinstance(fig.get("year"), int) and 2000 <= fig["year"] <= 2030, path
        assert str(fig.get("unit", "")).strip(), path
        assert list(numbers(fig["value"])), f"{path} has no number"
        if fig.get("heuristic"):
            assert str(fig.get("why", "")).strip(), path
        else:
            assert str(fig.get("evidence", "")).strip(), path


def test_no_number_outside_a_figure() -> None:
    """Walk the section: every number sits in a figure's value (or is its year)."""

    def walk(node: Any, path: str) -> None:
        if isinstance(node, Mapping) and "value" in node:
            extra = {k: v for k, v in node.items() if k not in ("value", "year")}
            assert not list(numbers(extra)), f"{path} has numbers outside value"
        elif isinstance(node, Mapping):
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for item in node:  # not_used: text only
                assert not list(numbers(item)), f"{path} holds a number outside a figure"
        else:
            assert not list(numbers(node)), f"{path} is a number outside a figure"

    walk(SECTION, "outlook")


def test_the_model_uses_every_figure_and_has_no_fallback_for_any() -> None:
    paths = {path for path, _ in figures(SECTION)}
    assert set(MODEL.figures) == paths
    for path in paths:
        broken = copy.deepcopy(SECTION)
        node = broken
        *parents, last = path.split(".")
        for part in parents:
            node = node[part]
        del node[last]
        with pytest.raises((ValueError, KeyError)):
            OutlookModel(broken)


@pytest.mark.parametrize("stage", [s.value for s in WAIT_STAGES])
@pytest.mark.parametrize("name", ["p_respond", "p_offer", "response_days", "spread"])
def test_stage_figures_drive_the_numbers(stage: str, name: str) -> None:
    changed = copy.deepcopy(SECTION)
    fig = changed["stages"][stage][name]
    value = fig["value"]
    fig["value"] = {"p_respond": (1 + value) / 2, "p_offer": value * 0.8}.get(name, value * 1.3)
    before = MODEL.estimate(stage, 6).to_dict()
    after = OutlookModel(changed).estimate(stage, 6).to_dict()
    assert (before["p_hear_back"], before["p_offer"], before["typical_days"]) != (
        after["p_hear_back"],
        after["p_offer"],
        after["typical_days"],
    )


def test_malformed_figures_are_refused() -> None:
    for mutate in (
        lambda f: f.pop("source"),
        lambda f: f.update(year="recent"),
        lambda f: f.pop("evidence"),
        lambda f: f.update(value="many"),
    ):
        broken = copy.deepcopy(SECTION)
        mutate(broken["stages"]["interviewing"]["p_respond"])
        with pytest.raises(ValueError):
            OutlookModel(broken)
