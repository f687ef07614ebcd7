"""The outlook's calibration benchmark (bench/outlook_calibration.py), run small and seeded.

What a user cares about: in every simulated world, including worlds where the published priors
are wrong, heardback's chance of still hearing back scores better (lower Brier score) than the
fixed "ghosted after 14 / 60 days" rules; and their own history makes it better when they differ
from the published figures. Figures for the full run are in bench/README.md.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "outlook_calibration.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("outlook_calibration", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load()


@pytest.fixture(scope="module")
def results(bench: ModuleType) -> dict[str, Any]:
    return bench.run(bench.QUICK)


def _brier(world: dict[str, Any], predictor: str) -> float:
    return float(world["predictors"][predictor]["brier"])


def test_every_world_is_scored(results: dict[str, Any]) -> None:
    names = [w["world"] for w in results["worlds"]]
    assert names[0] == "baseline"
    for misspecified in ("fewer_replies", "more_replies", "faster", "slower", "weibull", "gamma"):
        assert misspecified in names
    assert {"countries", "heterogeneous", "pessimistic"} <= set(names)
    assert [u["world"] for u in results["user_worlds"]] == ["users", "users_like_priors"]
    for world in results["worlds"]:
        assert world["checks"] > 1000
        assert 0.0 < world["observed_rate"] < 1.0


@pytest.mark.parametrize(
    "world",
    ["baseline", "fewer_replies", "more_replies", "faster", "slower", "weibull", "gamma",
     "countries", "heterogeneous", "pessimistic"],
)  # fmt: skip
def test_heardback_beats_the_fixed_rules(results: dict[str, Any], world: str) -> None:
    w = next(r for r in results["worlds"] if r["world"] == world)
    hb = _brier(w, "heardback")
    assert hb < _brier(w, "hard 14 d")
    assert hb < _brier(w, "hard 60 d")
    # and the reference forecasts: the base rate, and the best a 14-day cut-off can do
    assert hb < _brier(w, "climatology")
    assert hb < _brier(w, "fitted 14 d")
    # the true probability is the floor, in expectation (a finite sample can dip below it)
    assert _brier(w, "oracle") <= hb + 0.002


def test_the_baseline_world_is_the_model_itself(results: dict[str, Any]) -> None:
    """Drawn from the priors, heardback is the true probability (up to the 365-day horizon)."""
    w = results["worlds"][0]
    assert _brier(w, "heardback") == pytest.approx(_brier(w, "oracle"), abs=1e-3)
    assert w["predictors"]["heardback"]["reliability"] < 0.005


def test_history_improves_the_estimate_for_users_unlike_the_priors(
    results: dict[str, Any],
) -> None:
    users = results["user_worlds"][0]
    none = _brier(users, "heardback, history 0")
    hundred = _brier(users, "heardback, history 100")
    assert hundred < none
    assert _brier(users, "heardback, history 30") < none
    assert hundred < _brier(users, "hard 14 d")
    assert hundred < _brier(users, "hard 60 d")


def test_history_costs_little_when_the_user_matches_the_priors(
    results: dict[str, Any],
) -> None:
    control = results["user_worlds"][1]
    none = _brier(control, "heardback, history 0")
    assert _brier(control, "heardback, history 100") < none * 1.05


def test_the_run_is_deterministic(bench: ModuleType) -> None:
    cfg = bench.Config(processes=1500, users=2, user_processes=200, worlds=("gamma",))
    first, second = bench.run(cfg), bench.run(cfg)
    first.pop("seconds"), second.pop("seconds")
    assert first == second
