"""The outlook's timing for the agenda: how long replies typically take for each open process,
and when the chance of still hearing back falls under the dormant threshold.

The user's own history personalises the outlook, but reading every past process on every
``today`` would cost far more than the agenda itself (the fast path reads open processes only).
So the personal fits are kept in a small JSON file in the cache directory, keyed by the
database, a fingerprint of the finished processes (``reader.fingerprint``: it changes when a
finished process or its events change, or a process finishes or reopens; logging on an open
process keeps it; for a past date, of every process), the day (dormant waits are censored at
``as_of``), the country and the installed priors. The history is read only when a needed fit is
missing.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, overload

from heardback import settings as settings_mod
from heardback.domain.outlook_fit import Observation
from heardback.domain.outlook_parts import PersonalFit
from heardback.domain.playbook import Rules, Timing
from heardback.domain.process import ProcessState
from heardback.domain.records import Dossier
from heardback.settings import Settings

_VERSION = 1


class LazyHistory(Sequence[Observation]):
    """The user's history, read on first use only."""

    def __init__(self, load: Callable[[], list[Observation]]) -> None:
        self._load = load
        self._items: list[Observation] | None = None

    @property
    def items(self) -> list[Observation]:
        if self._items is None:
            self._items = self._load()
        return self._items

    @overload
    def __getitem__(self, index: int) -> Observation: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Observation]: ...
    def __getitem__(self, index: int | slice) -> Observation | Sequence[Observation]:
        return self.items[index]

    def __iter__(self) -> Iterator[Observation]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def timings(
    settings: Settings,
    dossiers: Sequence[Dossier],
    states: Mapping[int, ProcessState],
    moment: datetime,
    rules: Rules,
    *,
    history: Sequence[Observation],
    cache_key: str | None = None,
) -> dict[int, Timing]:
    """Timing for every dossier with a wait to estimate (by opportunity id).

    ``history`` may be a ``LazyHistory``; ``cache_key`` (None: no cache) names the database and
    its contents, see ``cache_key_for``.
    """
    if not settings["timing_from_outlook"]:
        return {}
    from heardback import outlook
    from heardback.domain.outlook_process import timing

    country = str(settings["country"]).upper() or None
    key = None if cache_key is None else f"{cache_key}|{moment.date()}|{country}"
    fits = _load(key) if key is not None else {}
    before = len(fits)
    model = outlook.model()
    quiet_below = min(rules.dormant_below_chance_percent, 100) / 100.0
    found: dict[int, Timing] = {}
    memo: dict[tuple[object, ...], Any] = {}
    for dossier in dossiers:
        oid = dossier.opportunity.id
        state = states.get(oid) if oid is not None else None
        if oid is None or state is None or not dossier.events:
            continue
        made = timing(
            model,
            dossier,
            state,
            moment,
            quiet_below=quiet_below,
            history=history,
            country=country,
            fits=fits,
            memo=memo,
        )
        if made is not None:
            found[oid] = made
    if key is not None and len(fits) != before:
        _save(key, fits)
    return found


def cache_key_for(database_url: str, fingerprint: str) -> str:
    digest = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:16]
    return f"{_VERSION}|{digest}|{fingerprint}|{settings_mod.priors_stamp()}"


def _path(key: str) -> Any:
    digest = key.split("|", 2)[1]
    return settings_mod.cache_dir() / f"outlook-fits-{digest}.json"


def _load(key: str) -> dict[str, PersonalFit]:
    try:
        data = json.loads(_path(key).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("key") != key:
            return {}
        return {k: PersonalFit(*v) for k, v in data["fits"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _save(key: str, fits: Mapping[str, PersonalFit]) -> None:
    rows = {
        k: [f.pi, f.mu, f.sigma, f.used, f.expected_responders, f.known, f.offers]
        for k, f in fits.items()
    }
    path = _path(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # one per writer
        tmp.write_text(json.dumps({"key": key, "fits": rows}), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a cache we cannot write only costs time
