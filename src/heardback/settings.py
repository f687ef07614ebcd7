"""One registry of settings: each declared once with its type, default and help.

Values are resolved in this order, later winning: the default (for playbook and health figures, the
cited value in ``data/priors.yaml``), the config file (TOML), environment variables
``HEARDBACK_<NAME>``, then command-line flags.

Paths: ``HEARDBACK_HOME`` puts config, data and cache under one folder (handy for tests and
portable installs); otherwise the platform's user directories are used (platformdirs).
``HEARDBACK_CONFIG`` names another config file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from heardback.errors import UserError

APP = "heardback"


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    kind: type
    help: str
    default: Any = None
    #: dotted path into priors.yaml whose ``value`` is the default (the figure carries a source)
    prior: str | None = None
    choices: tuple[str, ...] | None = None

    @property
    def env(self) -> str:
        return f"HEARDBACK_{self.name.upper()}"


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "database_url",
        str,
        "Where data is stored: a SQLAlchemy URL "
        "(sqlite:///path or postgresql+psycopg://...). Default: a SQLite file in the data "
        "directory.",
        "",
    ),
    Setting(
        "busy_timeout_ms",
        int,
        "How long to wait for a locked SQLite database before giving up, in milliseconds.",
        5000,
    ),
    Setting(
        "country", str, "Country code (ISO 3166) whose public holidays are not business days.", "US"
    ),
    Setting(
        "subdivision", str, "State, province or region code for regional holidays (optional).", ""
    ),
    Setting(
        "timezone",
        str,
        "IANA time zone written into calendar files (e.g. Europe/Berlin); "
        "empty means floating local times.",
        "",
    ),
    Setting(
        "date_order",
        str,
        "How to read ambiguous dates like 03/04/2026 in CSV imports: "
        "auto (from the other rows, then the country), MDY, DMY or YMD.",
        "auto",
        choices=("auto", "MDY", "DMY", "YMD"),
    ),
    Setting("your_name", str, "Your name, used to sign drafted messages.", ""),
    Setting("your_email", str, "Your email address, used in drafts and calendar files.", ""),
    Setting(
        "thank_you_within_business_days",
        int,
        "Thank-you note due this many business days after each interview.",
        prior="playbook.thank_you_within_business_days",
    ),
    Setting(
        "thank_you_expiry_days",
        int,
        "Stop suggesting a thank-you note this many days after the interview.",
        prior="playbook.thank_you_expiry_days",
    ),
    Setting(
        "followup_after_application_business_days",
        int,
        "Follow up on an application with no reply after this many business days.",
        prior="playbook.followup_after_application_business_days",
    ),
    Setting(
        "followup_after_interview_business_days",
        int,
        "Follow up this many business days "
        "after the last employer contact when no decision date was given.",
        prior="playbook.followup_after_interview_business_days",
    ),
    Setting(
        "followup_after_decision_date_business_days",
        int,
        "Follow up this many business days after a promised decision date passes.",
        prior="playbook.followup_after_decision_date_business_days",
    ),
    Setting(
        "followup_gap_business_days",
        int,
        "At least this many business days between two follow-ups.",
        prior="playbook.followup_gap_business_days",
    ),
    Setting(
        "max_followups_per_silence",
        int,
        "Most follow-ups suggested in one silence.",
        prior="playbook.max_followups_per_silence",
    ),
    Setting(
        "dormant_after_last_followup_business_days",
        int,
        "Suggest marking a process dormant "
        "this many business days after the last follow-up went unanswered.",
        prior="playbook.dormant_after_last_followup_business_days",
    ),
    Setting(
        "dormant_after_silence_days",
        int,
        "Suggest marking a process dormant after this many days with no event at all.",
        prior="playbook.dormant_after_silence_days",
    ),
    Setting(
        "followup_min_business_days",
        int,
        "Earliest first follow-up (business days) when the outlook expects quick replies.",
        prior="playbook.followup_min_business_days",
    ),
    Setting(
        "followup_max_business_days",
        int,
        "Latest first follow-up (business days) when the outlook expects slow replies.",
        prior="playbook.followup_max_business_days",
    ),
    Setting(
        "dormant_below_chance_percent",
        int,
        "After the last follow-up, suggest marking a process dormant once the outlook's chance "
        "of still hearing back is under this percentage.",
        prior="playbook.dormant_below_chance_percent",
    ),
    Setting(
        "timing_from_outlook",
        bool,
        "Time follow-ups and the dormant suggestion with the outlook (country, your own "
        "history, signals) instead of fixed day counts only.",
        True,
    ),
    Setting(
        "agenda_horizon_days",
        int,
        "Days ahead listed under 'coming up' in the agenda.",
        prior="playbook.agenda_horizon_days",
    ),
    Setting(
        "target_active", int, "Active opportunities to keep in play.", prior="health.target_active"
    ),
    Setting(
        "weekly_applications",
        int,
        "Goal: new applications per week.",
        prior="health.weekly_applications",
    ),
    Setting(
        "weekly_networking",
        int,
        "Goal: networking touches per week.",
        prior="health.weekly_networking",
    ),
    Setting(
        "stale_search_days",
        int,
        "Nudge when no new application was sent for this many days.",
        prior="health.stale_search_days",
    ),
)
BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


def priors_stamp() -> str:
    """Identifies the installed priors.yaml (size and modification time) for caches."""
    stat = (Path(__file__).parent / "data" / "priors.yaml").stat()
    return f"{stat.st_size}-{stat.st_mtime_ns}"


@cache
def priors() -> dict[str, Any]:
    """The parsed ``data/priors.yaml`` (loaded on first use only).

    Parsing YAML costs more than the rest of a quick command, so the parsed figures are kept as
    JSON in the cache directory, keyed by the file's size and modification time.
    """
    import json

    source = Path(__file__).parent / "data" / "priors.yaml"
    stamp = priors_stamp()
    cached = cache_dir() / "priors.json"
    try:
        wrapper = json.loads(cached.read_text(encoding="utf-8"))
        if wrapper.get("stamp") == stamp:
            data: dict[str, Any] = wrapper["priors"]
            return data
    except (OSError, ValueError, KeyError):
        pass
    import yaml

    text = source.read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps({"stamp": stamp, "priors": data}, default=str), "utf-8")
    except OSError:
        pass  # a cache we cannot write only costs time
    return data


def prior(path: str) -> dict[str, Any]:
    node: Any = priors()
    for part in path.split("."):
        node = node[part]
    if not isinstance(node, dict):
        raise KeyError(path)
    return node


def home() -> Path | None:
    value = os.environ.get("HEARDBACK_HOME")
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    h = home()
    if h is not None:
        return h / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP))


def data_dir() -> Path:
    h = home()
    if h is not None:
        return h / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP))


def cache_dir() -> Path:
    h = home()
    if h is not None:
        return h / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP))


def config_file() -> Path:
    value = os.environ.get("HEARDBACK_CONFIG")
    return Path(value).expanduser() if value else config_dir() / "config.toml"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'heardback.sqlite3'}"


def convert(setting: Setting, raw: Any, where: str) -> Any:
    """Check and convert a raw value (from TOML, the environment or a flag)."""
    kind = setting.kind
    try:
        if kind is bool:
            if isinstance(raw, bool):
                value: Any = raw
            elif str(raw).strip().lower() in ("1", "true", "yes", "on"):
                value = True
            elif str(raw).strip().lower() in ("0", "false", "no", "off"):
                value = False
            else:
                raise ValueError
        elif kind is int:
            if isinstance(raw, bool):
                raise ValueError
            value = int(str(raw).strip())
            if value < 0:
                raise UserError(
                    f"Setting {setting.name} ({where}) must not be negative, got {raw!r}."
                )
        else:
            value = str(raw).strip()
    except ValueError:
        expected = {int: "a whole number", bool: "true or false"}.get(kind, "text")
        raise UserError(
            f"Setting {setting.name} ({where}) expects {expected}, got {raw!r}."
        ) from None
    if setting.choices:
        match = {c.lower(): c for c in setting.choices}.get(str(value).lower())
        if match is None:
            raise UserError(
                f"Setting {setting.name} ({where}) must be one of {', '.join(setting.choices)}, "
                f"got {raw!r}."
            )
        value = match
    return value


def read_config_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise UserError(f"Cannot read config file {path}: {exc.strerror}.") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"Config file {path} is not valid TOML: {exc}.") from None
    for key in data:
        if key not in BY_NAME:
            raise UserError(f"Config file {path} has an unknown setting {key!r}.")
    return data


class Settings(Mapping[str, Any]):
    """Resolved settings; ``origin(name)`` tells where each value came from."""

    def __init__(
        self,
        file_values: Mapping[str, Any] | None = None,
        env: Mapping[str, str] | None = None,
        overrides: Mapping[str, Any] | None = None,
        config_path: Path | None = None,
    ) -> None:
        self._values: dict[str, Any] = {}
        self._origins: dict[str, str] = {}
        self._lazy: set[str] = set()
        where_file = f"in {config_path}" if config_path else "in the config file"
        env = env if env is not None else os.environ
        for setting in SETTINGS:
            if overrides and overrides.get(setting.name) is not None:
                self._set(setting, overrides[setting.name], "flag", "from the command line")
            elif setting.env in env:
                self._set(setting, env[setting.env], "environment", f"from {setting.env}")
            elif file_values and setting.name in file_values:
                self._set(setting, file_values[setting.name], "config file", where_file)
            elif setting.prior is not None:
                self._lazy.add(setting.name)
                self._origins[setting.name] = "default"
            else:
                self._values[setting.name] = setting.default
                self._origins[setting.name] = "default"

    def _set(self, setting: Setting, raw: Any, origin: str, where: str) -> None:
        self._values[setting.name] = convert(setting, raw, where)
        self._origins[setting.name] = origin

    @classmethod
    def load(cls, overrides: Mapping[str, Any] | None = None) -> Settings:
        path = config_file()
        return cls(read_config_file(path), os.environ, overrides, path)

    def __getitem__(self, name: str) -> Any:
        if name in self._lazy:
            setting = BY_NAME[name]
            assert setting.prior is not None
            self._values[name] = convert(setting, prior(setting.prior)["value"], "priors.yaml")
            self._lazy.discard(name)
        return self._values[name]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(BY_NAME)

    def __len__(self) -> int:
        return len(BY_NAME)

    def origin(self, name: str) -> str:
        return self._origins[name]

    @property
    def database_url(self) -> str:
        value: str = self["database_url"]
        return value or default_database_url()


def write_setting(name: str, raw: str | None) -> Path:
    """Set (or with ``raw=None`` remove) one setting in the config file; returns its path."""
    setting = BY_NAME.get(name)
    if setting is None:
        raise UserError(f"Unknown setting {name!r}; run 'heardback settings' to list them.")
    path = config_file()
    data = read_config_file(path)
    if raw is None:
        data.pop(name, None)
    else:
        data[name] = convert(setting, raw, "given")
    lines = ["# heardback settings; see 'heardback settings' for what each one does."]
    for key, value in data.items():
        if isinstance(value, bool):
            rendered = "true" if value else "false"
        elif isinstance(value, int):
            rendered = str(value)
        else:
            rendered = '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
        lines.append(f"{key} = {rendered}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"Cannot write config file {path}: {exc.strerror}.") from None
    return path
