"""Settings: one registry, a documented order of precedence, and cited defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import Session
from heardback.errors import UserError
from heardback.settings import SETTINGS, Settings, prior, priors


def test_every_playbook_and_health_figure_carries_a_source_and_year() -> None:
    for section in ("playbook", "health"):
        for name, figure in priors()[section].items():
            assert isinstance(figure["value"], int | float), name
            assert str(figure.get("source", "")).strip(), f"{name} has no source"
            assert isinstance(figure.get("year"), int), f"{name} has no year"
            if figure.get("heuristic"):
                assert str(figure.get("why", "")).strip(), f"heuristic {name} does not say why"
            else:
                assert str(figure.get("evidence", "")).strip(), f"{name} has no evidence"


def test_prior_backed_defaults_are_the_cited_values() -> None:
    loaded = Settings(file_values={}, env={})
    for setting in SETTINGS:
        if setting.prior:
            assert loaded[setting.name] == prior(setting.prior)["value"]


def test_precedence_default_file_environment_flag() -> None:
    name = "target_active"
    assert Settings(file_values={}, env={}).origin(name) == "default"
    from_file = Settings(file_values={name: 7}, env={})
    assert (from_file[name], from_file.origin(name)) == (7, "config file")
    from_env = Settings(file_values={name: 7}, env={"HEARDBACK_TARGET_ACTIVE": "8"})
    assert (from_env[name], from_env.origin(name)) == (8, "environment")
    from_flag = Settings({name: 7}, {"HEARDBACK_TARGET_ACTIVE": "8"}, {name: 9})
    assert (from_flag[name], from_flag.origin(name)) == (9, "flag")


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"target_active": "five"}, "expects a whole number"),
        ({"target_active": -1}, "must not be negative"),
        ({"date_order": "MYD"}, "must be one of auto, MDY, DMY, YMD"),
    ],
)
def test_bad_values_are_refused_with_the_setting_named(
    values: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        Settings(file_values=values, env={})


def test_settings_command_writes_the_config_file_and_changes_the_agenda(
    db_url: str, heardback_home: Path
) -> None:
    s = Session(db_url)
    s.run("add", "Acme", "Engineer", "--applied", "2026-11-02")
    before = [a["due"] for a in s.today("2026-11-06")["actions"] if a["kind"] == "follow_up"]
    assert before == ["2026-11-12"]  # seven business days, Veterans Day skipped
    out = s.run("settings", "followup_after_application_business_days", "5").stdout
    assert "config.toml" in out
    assert (
        "followup_after_application_business_days = 5"
        in (heardback_home / "config" / "config.toml").read_text()
    )
    shown = s.json("settings", "followup_after_application_business_days")
    assert (shown["value"], shown["origin"]) == (5, "config file")
    after = [a["due"] for a in s.today("2026-11-06")["actions"] if a["kind"] == "follow_up"]
    assert after == ["2026-11-09"]
    s.run("settings", "followup_after_application_business_days", "--unset")
    assert s.json("settings", "followup_after_application_business_days")["origin"] == "default"


def test_country_setting_changes_business_days(db_url: str, heardback_home: Path) -> None:
    s = Session(db_url)
    s.run("add", "Acme", "Engineer", "--applied", "2026-11-02")
    s.run("settings", "country", "GB")  # no Veterans Day in the UK
    s.run("settings", "timing_from_outlook", "false")  # fixed day counts: holidays only
    due = [a["due"] for a in s.today("2026-11-06")["actions"] if a["kind"] == "follow_up"]
    assert due == ["2026-11-11"]
