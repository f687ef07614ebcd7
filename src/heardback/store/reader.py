"""Reading records through a plain DB-API connection (sqlite3 or psycopg).

Used on the hot path (``heardback today``) without importing SQLAlchemy, and inside SQLAlchemy
transactions through ``conn.connection.driver_connection``. Queries are written with ``?``
placeholders and adapted to the driver's parameter style.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from heardback.domain.records import (
    Channel,
    Contact,
    ContactRole,
    Dossier,
    Event,
    EventKind,
    FollowUpPurpose,
    Opportunity,
    Signal,
)

CLOSED_STAGES = ("accepted", "rejected", "withdrawn", "dormant")
#: open stages where a long silence means only "let it rest" (see playbook.is_long_quiet)
QUIET_STAGES = ("applied", "screening", "interviewing", "final_round", "references")

OPP_COLUMNS = (
    "o.id, o.uid, o.company, o.role, o.location, o.url, o.channel, o.requisition, o.salary_min, "
    "o.salary_max, o.currency, o.notes, o.archived, o.created_at"
)
EVENT_COLUMNS = (
    "e.id, e.uid, e.opportunity_id, e.kind, e.at, e.round, e.final, e.interview_type, "
    "e.duration_minutes, e.signal, e.due, e.purpose, e.contact_ids, e.text, e.source, "
    "e.message_key, e.evidence"
)
CONTACT_COLUMNS = "c.id, c.uid, c.name, c.email, c.company, c.role, c.agency, c.phone, c.notes"


def adapt(sql: str, style: str) -> str:
    return sql.replace("?", "%s") if style == "format" else sql


def _dt(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def opportunity_from_row(row: Sequence[Any]) -> Opportunity:
    return Opportunity(
        id=row[0],
        uid=row[1],
        company=row[2],
        role=row[3],
        location=row[4],
        url=row[5],
        channel=Channel(row[6]) if row[6] else None,
        requisition=row[7],
        salary_min=row[8],
        salary_max=row[9],
        currency=row[10],
        notes=row[11],
        archived=bool(row[12]),
        created_at=_dt(row[13]) if row[13] is not None else None,
    )


_KINDS = {k.value: k for k in EventKind}
_SIGNALS: dict[Any, Signal | None] = {s.value: s for s in Signal}
_PURPOSES: dict[Any, FollowUpPurpose | None] = {p.value: p for p in FollowUpPurpose}


def event_from_row(row: Sequence[Any]) -> Event:
    at = row[4]
    due = row[10]
    contact_ids = row[12]
    return Event(
        _KINDS[row[3]],
        at if isinstance(at, datetime) else datetime.fromisoformat(at),
        row[0],
        row[1],
        row[2],
        row[5],
        bool(row[6]),
        row[7],
        row[8],
        _SIGNALS.get(row[9]),
        due if due is None or isinstance(due, date) else date.fromisoformat(str(due)[:10]),
        tuple(int(x) for x in contact_ids.split(",")) if contact_ids else (),
        _PURPOSES.get(row[11]),
        row[13],
        row[14],
        row[15] or "",
        row[16],
    )


def contact_from_row(row: Sequence[Any]) -> Contact:
    return Contact(
        id=row[0],
        uid=row[1],
        name=row[2],
        email=row[3],
        company=row[4],
        role=ContactRole(row[5]),
        agency=bool(row[6]),
        phone=row[7],
        notes=row[8],
    )


def _param(value: Any, style: str) -> Any:
    # sqlite3 stores what SQLAlchemy wrote: "YYYY-MM-DD HH:MM:SS.ffffff"; compare like with like
    if style == "qmark" and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if style == "qmark" and isinstance(value, bool):
        return int(value)
    return value


def _fetch(conn: Any, style: str, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    cursor = conn.cursor()
    try:
        cursor.execute(adapt(sql, style), tuple(_param(p, style) for p in params))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def load_dossiers(
    conn: Any,
    style: str,
    *,
    ids: Iterable[int] | None = None,
    open_only_after: datetime | None = None,
    quiet_before: datetime | None = None,
    include_archived: bool = False,
) -> list[Dossier]:
    """Opportunities with their events and contacts, ordered by id.

    ``open_only_after``: skip processes that are closed or dormant according to the cached stage,
    unless they have events after that moment (an event could reopen them).
    ``quiet_before``: skip open processes whose last event is at or before that moment (read
    them with ``quiet_processes``: their history is not needed).
    """
    where: list[str] = []
    params: list[Any] = []
    if not include_archived:
        where.append("o.archived = ?")
        params.append(False)
    if open_only_after is not None:
        marks = ", ".join("?" for _ in CLOSED_STAGES)
        where.append(f"(o.stage NOT IN ({marks}) OR o.last_event_at > ?)")
        params.extend(CLOSED_STAGES)
        params.append(open_only_after)
    if quiet_before is not None:
        marks = ", ".join("?" for _ in QUIET_STAGES)
        where.append(f"NOT (o.stage IN ({marks}) AND o.last_event_at <= ?)")
        params.extend(QUIET_STAGES)
        params.append(quiet_before)
    if ids is not None:
        id_list = [int(i) for i in ids]
        if not id_list:
            return []
        where.append(f"o.id IN ({', '.join(str(i) for i in id_list)})")
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    # events and links are read through the index on opportunity_id, not by a full scan
    chosen = f"(SELECT o.id FROM opportunities o{clause})"

    opps = [
        opportunity_from_row(r)
        for r in _fetch(conn, style, f"SELECT {OPP_COLUMNS} FROM opportunities o{clause}", params)
    ]
    if not opps:
        return []
    events: dict[int, list[Event]] = defaultdict(list)
    for row in _fetch(
        conn,
        style,
        f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.opportunity_id IN {chosen} "
        "ORDER BY e.at, e.id",
        params,
    ):
        events[row[2]].append(event_from_row(row))
    contacts: dict[int, list[tuple[Contact, ContactRole]]] = defaultdict(list)
    for row in _fetch(
        conn,
        style,
        f"SELECT oc.opportunity_id, oc.role, {CONTACT_COLUMNS} FROM opportunity_contacts oc "
        f"JOIN contacts c ON c.id = oc.contact_id WHERE oc.opportunity_id IN {chosen} "
        "ORDER BY c.id",
        params,
    ):
        contacts[row[0]].append((contact_from_row(row[2:]), ContactRole(row[1])))
    opps.sort(key=lambda o: o.id or 0)
    return [
        Dossier(
            opportunity=o,
            events=tuple(events.get(o.id or 0, ())),
            contacts=tuple(contacts.get(o.id or 0, ())),
        )
        for o in opps
    ]


def events_of(conn: Any, style: str, opp_id: int) -> list[Event]:
    """One opportunity's events, in order."""
    rows = _fetch(
        conn,
        style,
        f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.opportunity_id = ? ORDER BY e.at, e.id",
        [opp_id],
    )
    return [event_from_row(r) for r in rows]


def fingerprint(conn: Any, style: str, *, finished_at: datetime | None = None) -> str:
    """For caches of the user's history (see ``repo.change_token``). With ``finished_at``: of
    the processes that may be finished then (closed, dormant or archived by the cached stage, or
    with events after that moment, whose stage then can differ), so logging on an ordinary open
    process leaves it as it is; without: of every process (a past date's history can include
    processes that are open now). One pass over the opportunities table."""
    where, params = "", []
    if finished_at is not None:
        marks = ", ".join("?" for _ in CLOSED_STAGES)
        where = f"WHERE archived = ? OR stage IN ({marks}) OR last_event_at > ?"
        params = [True, *CLOSED_STAGES, finished_at]
    rows = _fetch(
        conn,
        style,
        f"SELECT count(*), max(id), sum(change_token) FROM opportunities {where}",
        params,
    )
    count, top, total = rows[0]
    return f"{int(count)}:{int(top or 0)}:{int(total or 0)}"


def closed_stages(conn: Any, style: str, after: datetime) -> dict[int, str]:
    """Cached stage of the non-archived processes that ``load_dossiers(open_only_after=...)``
    skips, by id (they need no derivation: nothing can change them before ``after``)."""
    marks = ", ".join("?" for _ in CLOSED_STAGES)
    rows = _fetch(
        conn,
        style,
        f"SELECT id, stage FROM opportunities WHERE archived = ? AND stage IN ({marks}) "
        "AND (last_event_at IS NULL OR last_event_at <= ?)",
        [False, *CLOSED_STAGES, after],
    )
    return {int(r[0]): str(r[1]) for r in rows}


def quiet_processes(
    conn: Any, style: str, quiet_before: datetime
) -> list[tuple[Opportunity, str, datetime]]:
    """(opportunity, cached stage, last event) of the processes ``quiet_before`` skips."""
    marks = ", ".join("?" for _ in QUIET_STAGES)
    rows = _fetch(
        conn,
        style,
        f"SELECT {OPP_COLUMNS}, o.stage, o.last_event_at FROM opportunities o "
        f"WHERE o.archived = ? AND o.stage IN ({marks}) AND o.last_event_at <= ? ORDER BY o.id",
        [False, *QUIET_STAGES, quiet_before],
    )
    return [(opportunity_from_row(r), str(r[-2]), _dt(r[-1])) for r in rows]


def activity(conn: Any, style: str, since: datetime, until: datetime) -> list[Event]:
    """Applications and networking touches from ``since`` to ``until``, plus the last application
    before ``since`` (so 'days since the last application' is right)."""
    rows = _fetch(
        conn,
        style,
        f"SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN opportunities o "
        "ON o.id = e.opportunity_id WHERE e.kind IN ('applied', 'networking') "
        "AND e.at >= ? AND e.at <= ? AND (o.id IS NULL OR o.archived = ?)",
        [since, until, False],
    )
    found = [event_from_row(r) for r in rows]
    last = _fetch(
        conn,
        style,
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN opportunities o ON o.id = e.opportunity_id "
        "WHERE e.kind = 'applied' AND e.at < ? AND o.archived = ? ORDER BY e.at DESC LIMIT 1",
        [since, False],
    )
    found.extend(event_from_row(r) for r in last)
    return found


def unattached_events(conn: Any, style: str) -> list[Event]:
    """Events that belong to no opportunity (networking touches)."""
    rows = _fetch(
        conn,
        style,
        f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.opportunity_id IS NULL ORDER BY e.at, e.id",
    )
    return [event_from_row(r) for r in rows]


def all_contacts(conn: Any, style: str) -> list[Contact]:
    rows = _fetch(conn, style, f"SELECT {CONTACT_COLUMNS} FROM contacts c ORDER BY c.id")
    return [contact_from_row(r) for r in rows]


def opportunity_index(conn: Any, style: str) -> list[tuple[int, str, str, str, bool]]:
    """(id, company, role, stage, archived) of every opportunity, for resolving names."""
    rows = _fetch(
        conn, style, "SELECT id, company, role, stage, archived FROM opportunities ORDER BY id"
    )
    return [(int(r[0]), r[1], r[2], r[3], bool(r[4])) for r in rows]
