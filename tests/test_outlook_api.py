"""The public outlook API: estimate, explain, history_from_dossiers, and the estimates doc."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from heardback import outlook
from heardback.domain.records import (
    Channel,
    Dossier,
    Event,
    EventKind,
    Opportunity,
    Signal,
    Stage,
)
from heardback.outlook import Observation, estimate, explain, history_from_dossiers
from heardback.outlook_docs import render_estimates_doc
from heardback.settings import priors

ROOT = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 3, 2, 10, 0)


def at(day: int, hour: int = 10) -> datetime:
    return T0.replace(hour=hour) + timedelta(days=day)


def dossier(*events: Event, channel: Channel | None = None, oid: int = 1) -> Dossier:
    opp = Opportunity(company="Acme", role="Analyst", id=oid, channel=channel)
    return Dossier(opp, events)


def test_estimate_returns_a_json_ready_mapping() -> None:
    r = estimate(Stage.FINAL_ROUND, 12, channel="referral", country="DE", signals=["did_well"])
    assert r["p_hear_back"] == r.p_hear_back
    assert 0 < r["p_offer"] <= r["p_hear_back"] < 1
    data = json.loads(json.dumps(r.to_dict()))
    assert dict(r) == data
    for key in (
        "p_hear_back", "p_offer", "p_hear_back_range", "p_offer_range", "typical_days", "curve",
        "reasons", "signals", "sources", "history_used", "heuristic",
    ):  # fmt: skip
        assert key in data
    assert set(data["typical_days"]) == {"p25", "p50", "p75", "p90"}
    assert set(data["p_hear_back_range"]) >= {"low", "high", "phrase", "text"}
    assert data["p_hear_back_range"]["phrase"] in {
        "very unlikely", "unlikely", "about even", "likely", "very likely"
    }  # fmt: skip
    assert all(len(point) == 2 for point in data["curve"])
    assert {"code", "text", "weight"} == set(data["reasons"][0])
    assert {"figure", "source", "year", "heuristic"} == set(data["sources"][0])
    assert data["signals"][0]["signal"] == "did_well" and data["signals"][0]["effect"] == "none"
    assert data["history_used"] == 0
    with pytest.raises(KeyError):
        r["nonsense"]


def test_estimate_is_the_same_for_a_stage_string_or_enum() -> None:
    assert estimate("references", 4).to_dict() == estimate(Stage.REFERENCES, 4).to_dict()


@pytest.mark.parametrize("stage", ["saved", "accepted", "rejected", "withdrawn", "dormant"])
def test_closed_stages_raise_a_clear_error(stage: str) -> None:
    with pytest.raises(ValueError, match="no wait to estimate"):
        estimate(stage, 10)


def test_the_api_reads_the_installed_priors() -> None:
    pi = priors()["outlook"]["stages"]["final_round"]["p_respond"]["value"]
    assert estimate("final_round", 0).p_hear_back == pytest.approx(pi)


# --- history_from_dossiers --------------------------------------------------------------------


def test_history_turns_event_logs_into_waits() -> None:
    rejected_after_final = dossier(
        Event(EventKind.APPLIED, at(0)),
        Event(EventKind.SCREEN, at(10)),
        Event(EventKind.THANK_YOU, at(10, 18)),
        Event(EventKind.INTERVIEW, at(20), round=1),
        Event(EventKind.FOLLOW_UP, at(30)),  # a follow-up does not end the silence
        Event(EventKind.INTERVIEW, at(34), round=2, final=True),
        Event(EventKind.REJECTED, at(45)),
        channel=Channel.REFERRAL,
    )
    still_silent = dossier(Event(EventKind.APPLIED, at(40)), oid=2)
    withdrew = dossier(
        Event(EventKind.APPLIED, at(0)),
        Event(EventKind.INTERVIEW, at(5)),
        Event(EventKind.WITHDRAWN, at(9)),
        oid=3,
    )
    obs = history_from_dossiers([rejected_after_final, still_silent, withdrew], at(50))
    R = Channel.REFERRAL
    assert obs == [
        Observation(Stage.APPLIED, R, 10.0, True, False, True),
        Observation(Stage.SCREENING, R, 10.0, True, False, True),
        Observation(Stage.INTERVIEWING, R, 14.0, True, False, True),
        Observation(Stage.FINAL_ROUND, R, 11.0, True, False, True),
        Observation(Stage.APPLIED, None, 10.0, False, False, False),
        Observation(Stage.APPLIED, None, 5.0, True, False, False),
        Observation(Stage.INTERVIEWING, None, 4.0, False, False, False),
    ]


def test_history_merges_same_day_contacts_and_ignores_late_acknowledgements() -> None:
    d = dossier(
        Event(EventKind.APPLIED, at(0)),
        Event(EventKind.INTERVIEW, at(6)),
        Event(EventKind.SIGNAL, at(6, 15), signal=Signal.DID_WELL),  # same day: same contact
        Event(EventKind.APPLIED, at(7)),  # a late acknowledgement starts no new wait
        Event(EventKind.REJECTED, at(16)),
    )
    obs = history_from_dossiers([d], at(20))
    assert [(o.stage, o.days, o.responded) for o in obs] == [
        (Stage.APPLIED, 6.0, True),
        (Stage.INTERVIEWING, 10.0, True),
    ]


def test_history_knows_offers_and_ignores_the_future() -> None:
    hired = dossier(
        Event(EventKind.APPLIED, at(0)),
        Event(EventKind.INTERVIEW, at(7), final=True),
        Event(EventKind.REFERENCE_CHECK, at(12)),
        Event(EventKind.OFFER, at(15)),
        Event(EventKind.ACCEPTED, at(17)),
    )
    obs = history_from_dossiers([hired], at(30))
    assert [(o.stage, o.days, o.responded, o.offer) for o in obs] == [
        (Stage.APPLIED, 7.0, True, True),
        (Stage.FINAL_ROUND, 5.0, True, True),
        (Stage.REFERENCES, 3.0, True, True),
    ]  # the candidate's acceptance ends the offer-stage wait: nothing is learned from it
    early = history_from_dossiers([hired], at(10))
    assert [(o.stage, o.days, o.responded, o.offer) for o in early] == [
        (Stage.APPLIED, 7.0, True, False),
        (Stage.FINAL_ROUND, 3.0, False, False),
    ]


# --- explain ----------------------------------------------------------------------------------


def final_round_with_promise() -> Dossier:
    return dossier(
        Event(EventKind.APPLIED, at(0)),
        Event(EventKind.SIGNAL, at(3), signal=Signal.SALARY_ASKED),  # at screening: routine
        Event(EventKind.SCREEN, at(4)),
        Event(EventKind.INTERVIEW, at(10), round=1),
        Event(EventKind.INTERVIEW, at(18), round=2, final=True),
        Event(EventKind.SIGNAL, at(18, 16), signal=Signal.DID_WELL),
        Event(EventKind.SIGNAL, at(18, 17), signal=Signal.DECISION_DATE, due=at(30).date()),
        channel=Channel.RECRUITER,
    )


def test_explain_reads_the_state_from_the_events() -> None:
    r = explain(final_round_with_promise(), at(25).date())
    assert r.stage == "final_round"
    assert r.last_contact == at(18).date()
    assert r.silent_days == 7
    assert r.decision_date == at(30).date()
    assert r.decision_in_days == 12
    assert r.channel == "recruiter"
    assert r["last_contact"] == "2026-03-20"
    shown = {s.signal: s.effect for s in r.signals}
    assert shown == {"did_well": "none", "decision_date": "shifts"}  # salary came at screening
    same = estimate("final_round", 7, channel="recruiter", decision_in_days=12)
    assert r.p_hear_back == same.p_hear_back and r.p_offer == same.p_offer


def test_explain_counts_late_signals_and_uses_history() -> None:
    d = dossier(
        Event(EventKind.APPLIED, at(0)),
        Event(EventKind.INTERVIEW, at(8)),
        Event(EventKind.SIGNAL, at(9), signal=Signal.START_DATE_ASKED),
    )
    r = explain(d, at(20), country="United Kingdom")
    assert [s.signal for s in r.signals] == ["start_date_asked"]
    assert r.signals[0].effect == "raises"
    assert r.silent_days == 11 and r.stage == "interviewing"
    assert any(a.name == "country: GB" for a in r.adjustments)
    own = [Observation(Stage.INTERVIEWING, None, 30.0, True, True)] * 12
    personal = explain(d, at(20), history=own, country="United Kingdom")
    assert personal.history_used == 12
    assert personal.p_hear_back > r.p_hear_back  # this user's employers answer late


@pytest.mark.parametrize(
    ("last", "message"),
    [
        (Event(EventKind.REJECTED, at(5)), "closed"),
        (Event(EventKind.WITHDRAWN, at(5)), "closed"),
        (Event(EventKind.DORMANT, at(5)), "dormant"),
    ],
)
def test_explain_refuses_processes_without_a_silence(last: Event, message: str) -> None:
    d = dossier(Event(EventKind.APPLIED, at(0)), last)
    with pytest.raises(ValueError, match=message):
        explain(d, at(10))
    with pytest.raises(ValueError, match="no application"):
        explain(dossier(Event(EventKind.NOTE, at(0))), at(10))


def test_module_exports_and_stays_import_light() -> None:
    assert set(outlook.__all__) >= {"estimate", "explain", "history_from_dossiers", "Observation"}
    code = (
        "import sys, heardback.outlook; "
        "heavy = {'yaml', 'numpy', 'scipy', 'sqlalchemy'} & set(sys.modules); "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- docs/estimates.md ---------------------------------------------------------------------


def test_estimates_doc_is_generated_from_the_priors() -> None:
    page = (ROOT / "docs" / "estimates.md").read_text(encoding="utf-8")
    assert page == render_estimates_doc(), "run: python -m heardback.outlook_docs"


def test_estimates_doc_shows_every_figure_with_its_source() -> None:
    page = render_estimates_doc()

    def walk(node: dict[str, object]) -> None:
        for key, value in node.items():
            if isinstance(value, dict) and "value" in value:
                assert f"**{key}" in page
                assert str(value["source"]) in page and f"({value['year']})" in page
                if not isinstance(value["value"], dict):
                    assert f"{key} = {value['value']:g}" in page
            elif isinstance(value, dict):
                walk(value)

    walk(priors()["outlook"])
    assert "heuristic" in page and "mixture-cure" in page
