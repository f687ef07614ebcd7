"""Use cases shared by the CLI, the web app and workers.

Each function takes a ``Context`` (settings + store) and plain values, does its I/O through the
store, calls the pure domain, and returns records. Nothing here prints or parses flags.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heardback import outlook_timing
from heardback import settings as settings_mod
from heardback.domain.calendar import BusinessCalendar
from heardback.domain.health import Goals, Health, assess
from heardback.domain.playbook import Action, Rules, Timing, end_of, plan
from heardback.domain.process import ProcessState, derive
from heardback.domain.records import (
    ACTIVE,
    Contact,
    ContactRole,
    Dossier,
    Event,
    EventKind,
    Opportunity,
    Stage,
)
from heardback.errors import NotFound, StoreUnavailable, UserError
from heardback.settings import Settings
from heardback.store import reader
from heardback.store.db import Database, url_for

if TYPE_CHECKING:
    from heardback.domain.outlook_fit import Observation
    from heardback.store.repo import Repo


@dataclass
class Context:
    settings: Settings
    db: Database

    @classmethod
    def open(cls, db: str | None = None, overrides: dict[str, Any] | None = None) -> Context:
        values = dict(overrides or {})
        if db:
            values["database_url"] = url_for(db)
        settings = Settings.load(values)
        return cls(settings, Database(settings.database_url, settings.busy_timeout_ms))

    def repo(self, conn: Any) -> Repo:
        from heardback.store.repo import Repo

        return Repo(conn)


# -- business calendar ---------------------------------------------------------------------------
def business_calendar(settings: Settings, around: date) -> BusinessCalendar:
    """Weekends plus the public holidays of the user's country, for the years around ``around``."""
    country = str(settings["country"]).upper()
    subdivision = str(settings["subdivision"]).upper() or None
    years = range(around.year - 1, around.year + 2)
    return BusinessCalendar.of(holiday_dates(country, subdivision, years))


def holiday_dates(country: str, subdivision: str | None, years: Iterable[int]) -> list[date]:
    """Holiday dates, cached per country and year: importing ``holidays`` costs ~0.15 s."""
    if not country:
        return []
    years = list(years)
    from importlib.util import find_spec

    cache_file = settings_mod.cache_dir() / f"holidays-{country}-{subdivision or ''}.json"
    # the installed holidays package, by location and time (cheaper than importlib.metadata)
    spec = find_spec("holidays")
    origin = Path(spec.origin) if spec and spec.origin else None
    stamp = f"{origin}:{origin.stat().st_mtime_ns}" if origin else "unknown"
    try:
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
        if cached.get("holidays_version") != stamp:
            cached = {}
    except (OSError, ValueError):
        cached = {}
    known: dict[str, list[str]] = cached.get("years", {}) if cached else {}
    missing = [y for y in years if str(y) not in known]
    if missing:
        import holidays

        try:
            found = holidays.country_holidays(country, subdiv=subdivision, years=missing)
        except NotImplementedError:
            raise UserError(
                f"Unknown country code {country!r} (setting country); use an ISO 3166 code "
                "such as US, GB, DE or FR."
            ) from None
        for year in missing:
            known[str(year)] = sorted(d.isoformat() for d in found if d.year == year)
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            cache_file.write_text(
                json.dumps({"holidays_version": stamp, "years": known}), encoding="utf-8"
            )
        except OSError:
            pass  # a cache we cannot write only costs time
    return [date.fromisoformat(d) for y in years for d in known.get(str(y), [])]


# -- the agenda ------------------------------------------------------------------------------------
@dataclass
class Agenda:
    as_of: date
    actions: list[Action]
    health: Health
    dossiers: dict[int, Dossier] = field(default_factory=dict)
    states: dict[int, ProcessState] = field(default_factory=dict)
    #: the outlook for each open wait (empty with the setting timing_from_outlook off)
    timings: dict[int, Timing] = field(default_factory=dict)


def agenda(ctx: Context, as_of: date | None = None) -> Agenda:
    """Today's agenda and pipeline health (or as they were/will be on ``as_of``)."""
    day = as_of or date.today()
    moment = end_of(day)
    rules = Rules.from_settings(ctx.settings)
    # Only today's view (or a later one) can trust the stage cache; a past date needs the
    # history as it was. Closed processes cannot change unless they have events after the
    # as-of moment, and long-quiet ones only need their stage and last event (see
    # playbook.is_long_quiet), so their events are not read.
    live = as_of is None or as_of >= date.today()
    quiet_before = end_of(day - timedelta(days=rules.dormant_after_silence_days)) if live else None
    ctx.db.ensure_schema()
    with ctx.db.dbapi() as (conn, style):
        dossiers = reader.load_dossiers(
            conn, style, open_only_after=moment if live else None, quiet_before=quiet_before
        )
        closed = reader.closed_stages(conn, style, moment) if live else {}
        quiet = reader.quiet_processes(conn, style, quiet_before) if quiet_before else []
        events = reader.activity(conn, style, end_of(day - timedelta(days=7)), moment)
        fingerprint = reader.fingerprint(conn, style, finished_at=moment if live else None)
    states = {d.opportunity.id: derive(d.events, moment) for d in dossiers if d.opportunity.id}
    for opp, stage, last in quiet:
        assert opp.id is not None
        dossiers.append(Dossier(opp))
        states[opp.id] = ProcessState(stage=Stage(stage), reached=Stage(stage), last_event_at=last)
    calendar = business_calendar(ctx.settings, day)
    timings = outlook_timing.timings(
        ctx.settings,
        dossiers,
        states,
        moment,
        rules,
        history=outlook_timing.LazyHistory(lambda: history(ctx, moment)),
        cache_key=outlook_timing.cache_key_for(ctx.settings.database_url, fingerprint),
    )
    actions = plan(dossiers, day, calendar, rules, states, timings)
    all_states = dict(states)
    for oid, stage in closed.items():
        all_states.setdefault(oid, ProcessState(stage=Stage(stage)))
    labels = {i: d.opportunity.company for d in dossiers if (i := d.opportunity.id)}
    health = assess(all_states, labels, events, day, Goals.from_settings(ctx.settings))
    by_id = {d.opportunity.id: d for d in dossiers if d.opportunity.id is not None}
    return Agenda(day, actions, health, by_id, states, timings)


def history(ctx: Context, moment: datetime, *, leave_out: int | None = None) -> list[Observation]:
    """The user's own waits as of ``moment``, for the outlook's personalisation: from finished
    processes only (closed, dormant or archived then), so an open process never informs its own
    estimate and every open process sees the same history. ``leave_out``: the opportunity being
    explained (an archived one would otherwise count its own wait)."""
    from heardback.domain.outlook_fit import history_from_dossiers

    with ctx.db.dbapi() as (conn, style):
        everyone = reader.load_dossiers(conn, style, include_archived=True)
    finished = [
        d
        for d in everyone
        if d.opportunity.id != leave_out
        and (d.opportunity.archived or derive(d.events, moment).stage not in ACTIVE)
    ]
    return history_from_dossiers(finished, moment)


# -- finding opportunities -------------------------------------------------------------------------
def resolve(ctx: Context, ref: str) -> int:
    """An opportunity id from a number (``12`` or ``#12``) or part of its company/role."""
    text = ref.strip().lstrip("#")
    ctx.db.ensure_schema()
    with ctx.db.dbapi() as (conn, style):
        index = reader.opportunity_index(conn, style)
    if text.isdigit():
        oid = int(text)
        if any(row[0] == oid for row in index):
            return oid
        raise NotFound(f"There is no opportunity #{oid}; 'heardback list' shows them.")
    if not text:
        raise UserError("Name an opportunity by its number or part of its company name.")
    needle = text.casefold()

    def label(row: tuple[int, str, str, str, bool]) -> str:
        return f"#{row[0]} {row[1]}" + (f" — {row[2]}" if row[2] else "")

    matches = [r for r in index if needle in f"{r[1]} {r[2]}".casefold()]
    if len(matches) > 1:
        exact = [r for r in matches if r[1].casefold() == needle]
        live = [r for r in (exact or matches) if not r[4]]
        if len(exact) == 1:
            return exact[0][0]
        if len(live) == 1:
            return live[0][0]
        listed = "; ".join(label(r) for r in matches[:5])
        more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
        raise UserError(
            f"'{ref}' matches {len(matches)} opportunities ({listed}{more}); use the number."
        )
    if matches:
        return matches[0][0]
    from rapidfuzz import fuzz, process

    choices = {r[0]: f"{r[1]} {r[2]}" for r in index}
    best = process.extractOne(text, choices, scorer=fuzz.WRatio, score_cutoff=70)
    hint = ""
    if best is not None:
        row = next(r for r in index if r[0] == best[2])
        hint = f" Did you mean {label(row)}?"
    raise NotFound(f"No opportunity matches '{ref}'.{hint}")


def dossier(ctx: Context, opp_id: int) -> Dossier:
    ctx.db.ensure_schema()
    with ctx.db.dbapi() as (conn, style):
        found = reader.load_dossiers(conn, style, ids=[opp_id], include_archived=True)
    if not found:
        raise NotFound(f"There is no opportunity #{opp_id}.")
    return found[0]


def dossiers(ctx: Context, *, include_archived: bool = False) -> list[Dossier]:
    ctx.db.ensure_schema()
    with ctx.db.dbapi() as (conn, style):
        return reader.load_dossiers(conn, style, include_archived=include_archived)


@dataclass(frozen=True)
class ListFilter:
    stages: Sequence[Stage] = ()
    company: str = ""
    channel: str = ""
    include_archived: bool = False
    open_only: bool = False


def list_opportunities(
    ctx: Context, as_of: date | None = None, filters: ListFilter | None = None
) -> list[tuple[Dossier, ProcessState]]:
    filters = filters or ListFilter()
    moment = end_of(as_of or date.today())
    rows = []
    for d in dossiers(ctx, include_archived=filters.include_archived):
        if as_of and not _existed(d, moment):
            continue
        state = derive(d.events, moment)
        if filters.stages and state.stage not in filters.stages:
            continue
        if filters.open_only and not state.is_open:
            continue
        if filters.company and filters.company.casefold() not in d.opportunity.company.casefold():
            continue
        if filters.channel and (d.opportunity.channel or "") != filters.channel:
            continue
        rows.append((d, state))
    return rows


def _existed(d: Dossier, moment: datetime) -> bool:
    """Whether the opportunity was known at ``moment``: it has an event by then, or was
    recorded by then (an application logged today with a past date existed at that date)."""
    if d.events and d.events[0].at <= moment:
        return True
    return d.opportunity.created_at is not None and d.opportunity.created_at <= moment


# -- changing things -------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonSpec:
    """A person named on the command line: ``"Dana Smith <dana@acme.com>"``."""

    name: str
    email: str = ""

    @classmethod
    def parse(cls, text: str) -> PersonSpec:
        from email.utils import parseaddr

        text = text.strip()
        name, email = parseaddr(text)
        if "@" not in email:
            return cls(name=text)
        return cls(name=name or email.split("@")[0], email=email.lower())


def add_opportunity(
    ctx: Context,
    opp: Opportunity,
    *,
    applied: datetime | None = None,
    people: Sequence[tuple[PersonSpec, ContactRole, bool]] = (),
) -> Dossier:
    if not opp.company.strip():
        raise UserError("An opportunity needs a company name.")
    with ctx.db.begin() as conn:
        repo = ctx.repo(conn)
        opp_id = repo.add_opportunity(opp)
        for person, role, agency in people:
            cid = _contact_for(repo, person, role, opp.company, agency)
            repo.link_contact(opp_id, cid, role)
        if applied is not None:
            repo.add_event(Event(EventKind.APPLIED, applied, opportunity_id=opp_id))
        return repo.dossier(opp_id)


def _contact_for(
    repo: Repo, person: PersonSpec, role: ContactRole, company: str, agency: bool = False
) -> int:
    return repo.get_or_add_contact(
        Contact(
            name=person.name,
            email=person.email,
            company="" if agency else company,
            role=role,
            agency=agency,
        )
    )


def log_event(
    ctx: Context,
    opp_id: int | None,
    event: Event,
    *,
    people: Sequence[PersonSpec] = (),
    people_role: ContactRole = ContactRole.INTERVIEWER,
) -> tuple[int, Dossier | None]:
    """Record an event (with the people involved, created as contacts if new)."""
    with ctx.db.begin() as conn:
        repo = ctx.repo(conn)
        company = ""
        if opp_id is not None:
            company = repo.dossier(opp_id).opportunity.company
        ids = list(event.contact_ids)
        for person in people:
            cid = _contact_for(repo, person, people_role, company)
            if opp_id is not None:
                repo.link_contact(opp_id, cid, people_role)
            if cid not in ids:
                ids.append(cid)
        event_id = repo.add_event(replace(event, opportunity_id=opp_id, contact_ids=tuple(ids)))
        return event_id, repo.dossier(opp_id) if opp_id is not None else None


def add_contact(ctx: Context, contact: Contact, opp_id: int | None = None) -> Contact:
    with ctx.db.begin() as conn:
        repo = ctx.repo(conn)
        cid = repo.get_or_add_contact(contact)
        if opp_id is not None:
            repo.link_contact(opp_id, cid, contact.role)
        found = [c for c in repo.contacts() if c.id == cid]
        return found[0]


def contacts(ctx: Context) -> list[Contact]:
    ctx.db.ensure_schema()
    with ctx.db.dbapi() as (conn, style):
        return reader.all_contacts(conn, style)


def edit_opportunity(ctx: Context, opp_id: int, changes: dict[str, Any]) -> Dossier:
    if "company" in changes and not str(changes["company"]).strip():
        raise UserError("The company name cannot be empty.")
    with ctx.db.begin() as conn:
        repo = ctx.repo(conn)
        if changes:
            repo.update_opportunity(opp_id, **changes)
        return repo.dossier(opp_id)


def delete_opportunity(ctx: Context, opp_id: int) -> None:
    with ctx.db.begin() as conn:
        ctx.repo(conn).delete_opportunity(opp_id)


def delete_event(ctx: Context, event_id: int) -> int | None:
    with ctx.db.begin() as conn:
        return ctx.repo(conn).delete_event(event_id)


# -- backup ----------------------------------------------------------------------------------------
def backup(ctx: Context, target: Path) -> Path:
    """A consistent copy of the store while it is in use.

    SQLite: the online backup API (a page-by-page snapshot that sees one committed state).
    PostgreSQL: a complete JSON export (restore with ``heardback import``).
    """
    target = target.expanduser()
    if target.exists() and target.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = target / f"heardback-{stamp}.{'sqlite3' if ctx.db.is_sqlite else 'json'}"
    if target.exists():
        raise UserError(f"{target} already exists; choose another name.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(f"Cannot write to {target.parent}: {exc.strerror}.") from None
    ctx.db.ensure_schema()
    if not ctx.db.is_sqlite:
        write_text(target, json.dumps(export_json(ctx), indent=2, ensure_ascii=False))
        return target
    import sqlite3

    partial = target.with_name(target.name + ".partial")
    try:
        with ctx.db.dbapi() as (source, _style):
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
            finally:
                dest.close()
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreUnavailable(f"Cannot write the backup to {target}: {exc.strerror}.") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def write_text(path: Path, text: str) -> None:
    """Write a whole file or nothing (a partial file never replaces a good one)."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreUnavailable(f"Cannot write {path}: {exc.strerror}.") from None


# -- export / import ---------------------------------------------------------------------------
def export_json(ctx: Context) -> dict[str, Any]:
    from heardback.transfer import json_format

    ctx.db.ensure_schema()
    with ctx.db.dbapi() as (conn, style):
        all_dossiers = reader.load_dossiers(conn, style, include_archived=True)
        people = reader.all_contacts(conn, style)
        loose = reader.unattached_events(conn, style)
    return json_format.dump(all_dossiers, people, loose)
