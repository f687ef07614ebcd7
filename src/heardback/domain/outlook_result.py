"""The outlook's result: ``Outlook`` and the parts it is made of (ranges, reasons, signal effects,
adjustments, sources), each readable as attributes or as JSON-ready values.

Pure: no I/O. ``heardback.domain.outlook`` builds these and re-exports them.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Range:
    """A plain-language uncertainty range around a probability."""

    low: float
    high: float
    level: float
    phrase: str

    def to_dict(self) -> dict[str, Any]:
        text = f"{self.phrase} ({self.low:.0%}–{self.high:.0%})"
        return {"low": self.low, "high": self.high, "level": self.level, "phrase": self.phrase,
                "text": text}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    text: str
    weight: float


@dataclass(frozen=True, slots=True)
class SignalEffect:
    """How one signal was weighed: ``effect`` is none, raises, lowers or shifts."""

    signal: str
    effect: str
    respond_odds: float
    offer_odds: float
    why: str
    heuristic: bool


@dataclass(frozen=True, slots=True)
class Adjustment:
    """A context adjustment: ``factor`` multiplies waiting times (``days``) or odds."""

    name: str
    applies_to: str
    factor: float
    why: str


@dataclass(frozen=True, slots=True)
class SourceRef:
    figure: str
    source: str
    year: int
    heuristic: bool


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Outlook(Mapping[str, Any]):
    """The estimate for one silence. Read it as attributes or as a JSON-ready mapping.

    ``result["p_hear_back"]`` and ``result.to_dict()`` give plain JSON values (lists, dicts, ISO
    dates); the attributes keep the typed objects.
    """

    stage: str
    silent_days: float
    #: chance of still hearing anything back, given the silence so far
    p_hear_back: float
    #: chance this process still ends in an offer, given the silence so far
    p_offer: float
    #: chance of any reply before the silence started; share of replies that lead to an offer
    p_respond: float
    p_offer_if_reply: float
    p_hear_back_range: Range
    p_offer_range: Range
    #: quantiles of the reply time (days from the silence start), among employers that reply
    typical_days: Mapping[str, float]
    #: if a reply still comes: the day by which half (p50) and 90% (p90) of such replies have come
    window_if_reply: Mapping[str, float]
    #: (day, p_hear_back) points for a chart; ``you_are_here`` is (silent_days, p_hear_back)
    curve: tuple[tuple[int, float], ...]
    you_are_here: tuple[float, float]
    reasons: tuple[Reason, ...]
    signals: tuple[SignalEffect, ...]
    adjustments: tuple[Adjustment, ...]
    sources: tuple[SourceRef, ...]
    #: how many of the user's own waits informed the estimate
    history_used: int
    #: which outputs rest on at least one heuristic figure, and those figures
    heuristic: Mapping[str, bool]
    heuristic_figures: tuple[str, ...]
    notes: tuple[str, ...] = ()
    channel: str | None = None
    decision_in_days: float | None = None
    last_contact: date | None = None
    decision_date: date | None = None

    def __getitem__(self, key: str) -> Any:
        if key not in _KEYS:
            raise KeyError(key)
        return _jsonable(getattr(self, key))

    def __iter__(self) -> Iterator[str]:
        return iter(_KEYS)

    def __len__(self) -> int:
        return len(_KEYS)

    def to_dict(self) -> dict[str, Any]:
        return {key: self[key] for key in _KEYS}


_KEYS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Outlook))
