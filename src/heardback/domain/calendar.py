"""Business-day arithmetic on a set of public holidays (the edge supplies the holidays)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """Weekends (Saturday, Sunday) and the given holidays are not business days."""

    holidays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, holidays: Iterable[date] = ()) -> BusinessCalendar:
        return cls(frozenset(holidays))

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def add(self, day: date, n: int) -> date:
        """The n-th business day after ``day`` (n > 0), before it (n < 0), or ``day`` itself (0)."""
        step = 1 if n >= 0 else -1
        remaining = abs(n)
        current = day
        while remaining:
            current += timedelta(days=step)
            if self.is_business_day(current):
                remaining -= 1
        return current

    def roll_forward(self, day: date) -> date:
        """``day`` if it is a business day, otherwise the next one."""
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day

    def between(self, start: date, end: date) -> int:
        """Business days in (start, end]: how many working days have passed since ``start``."""
        if end <= start:
            return -self.between(end, start) if end < start else 0
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_business_day(current):
                count += 1
        return count
