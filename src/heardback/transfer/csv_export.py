"""Write opportunities as a spreadsheet: one row per opportunity, dates in ISO form.

The file reads back through :func:`heardback.transfer.csv_import.read_csv` with the same company,
role, channel, stage and applied date: the ``stage`` and ``stage_since`` columns are what the
importer turns back into events.

Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``) are
prefixed with an apostrophe, which spreadsheets hide and the importer removes.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import date, datetime, time

from heardback.domain.process import ProcessState, derive, event_stage
from heardback.domain.records import TERMINAL, Dossier, Stage

COLUMNS: tuple[str, ...] = (
    "id",
    "company",
    "role",
    "stage",
    "stage_since",
    "channel",
    "location",
    "url",
    "requisition",
    "salary_min",
    "salary_max",
    "currency",
    "applied",
    "last_contact",
    "interviews",
    "next_interview",
    "offer_deadline",
    "archived",
    "notes",
)
#: what a spreadsheet may run as a formula, even after blanks or apostrophes
_FORMULA = re.compile(r"[\s']*[=+\-@]")


def _text(value: str) -> str:
    return "'" + value if _FORMULA.match(value) else value


def _day(value: datetime | date | None) -> str:
    if value is None:
        return ""
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def stage_since(state: ProcessState, dossier: Dossier, as_of: datetime) -> datetime | None:
    """When the opportunity reached the stage it is at (``None`` while saved)."""
    if state.stage in TERMINAL:
        return state.closed_at
    if state.stage is Stage.DORMANT:
        return state.dormant_since
    if state.stage is Stage.SAVED:
        return None
    reached = [e.at for e in dossier.events if e.at <= as_of and event_stage(e) is state.stage]
    return min(reached) if reached else state.last_event_at


def export_csv(dossiers: Iterable[Dossier], *, as_of: datetime | date, bom: bool = False) -> str:
    """The CSV text for ``dossiers``, stages derived as of ``as_of`` (a date means its end).

    ``bom`` starts the text with a byte-order mark, which Excel needs to read UTF-8 correctly.
    """
    if not isinstance(as_of, datetime):
        as_of = datetime.combine(as_of, time.max)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for dossier in dossiers:
        opp = dossier.opportunity
        state = derive(dossier.events, as_of)
        upcoming = sorted(e.at for e in state.upcoming)
        offer_due = state.offer.due if state.offer is not None else None
        writer.writerow(
            [
                "" if opp.id is None else opp.id,
                _text(opp.company),
                _text(opp.role),
                state.stage.value,
                _day(stage_since(state, dossier, as_of)),
                opp.channel.value if opp.channel is not None else "",
                _text(opp.location),
                _text(opp.url),
                _text(opp.requisition),
                "" if opp.salary_min is None else opp.salary_min,
                "" if opp.salary_max is None else opp.salary_max,
                _text(opp.currency),
                _day(state.applied_at),
                _day(state.last_employer_contact),
                len(state.interviews),
                upcoming[0].strftime("%Y-%m-%d %H:%M") if upcoming else "",
                _day(offer_due),
                "yes" if opp.archived else "no",
                _text(opp.notes),
            ]
        )
    return ("\ufeff" if bom else "") + out.getvalue()
