"""The complete, versioned JSON export: every field of every record, linked by uid.

Shape (version 1)::

    {"format": "heardback", "version": 1, "exported_at": "2026-03-04T10:30:00",
     "contacts": [{"uid": ..., "name": ..., "email": ..., ...}],
     "opportunities": [{"uid": ..., "company": ..., ...,
                        "contacts": [{"contact": "<contact uid>", "role": "recruiter"}],
                        "events": [{"uid": ..., "kind": "interview", "at": "...", ...,
                                    "contacts": ["<contact uid>", ...]}]}],
     "unattached_events": [{...an event, as above: networking touches...}]}

Database ids are not exported; uids are, and every reference is a uid. Enums are written as their
values, datetimes as naive ISO 8601 (local wall-clock), dates as ``YYYY-MM-DD``. The fields follow
the record dataclasses in :mod:`heardback.domain.records`, so a field added there is exported and
read back without changes here (and calls for a version bump when old readers must refuse it).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from heardback.domain.records import Contact, ContactRole, Dossier, Event, Opportunity
from heardback.errors import UserError

FORMAT = "heardback"
VERSION = 1
#: record fields that are not written: database ids and links expressed another way
_SKIP = frozenset({"id", "uid", "opportunity_id", "contact_ids"})
#: values for fields the records require but a hand-written file may leave out
_FILL: dict[str, Any] = {"role": ""}
_TOP_LEVEL = frozenset(
    {"format", "version", "exported_at", "contacts", "opportunities", "unattached_events"}
)


@dataclass(frozen=True, slots=True)
class LoadedOpportunity:
    """An opportunity read from an export, ready to insert: ids are ``None``, uids are set."""

    opportunity: Opportunity
    #: events with ``contact_ids`` empty; their contacts are in ``event_contacts``
    events: list[Event]
    contacts: list[tuple[Contact, ContactRole]]
    #: event uid -> uids of the contacts the event involves
    event_contacts: dict[str, tuple[str, ...]]

    def linked_events(self, contact_ids: Mapping[str, int]) -> list[Event]:
        """The events with ``contact_ids`` filled in from stored contacts (contact uid -> id)."""
        return [
            dataclasses.replace(
                e, contact_ids=tuple(contact_ids[u] for u in self.event_contacts.get(e.uid, ()))
            )
            for e in self.events
        ]


@dataclass(frozen=True, slots=True)
class Export:
    version: int
    exported_at: datetime | None
    contacts: list[Contact]
    opportunities: list[LoadedOpportunity]
    #: events that belong to no opportunity (networking touches), ``contact_ids`` empty
    loose_events: list[Event] = dataclasses.field(default_factory=list)
    #: event uid -> contact uids, for ``loose_events``
    loose_event_contacts: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)


# -------------------------------------------------------------------------------------------- dump


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _record(record: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"uid": record.uid or str(uuid.uuid4())}
    for f in dataclasses.fields(record):
        if f.name not in _SKIP:
            out[f.name] = _plain(getattr(record, f.name))
    return out


def dump(
    dossiers: Iterable[Dossier],
    contacts: Iterable[Contact],
    loose_events: Iterable[Event] = (),
    *,
    exported_at: datetime | None = None,
) -> dict[str, Any]:
    """The export as plain JSON-ready data (``json.dumps`` it).

    ``contacts``: all contacts to export; contacts linked from the dossiers are added if missing.
    ``loose_events``: events that belong to no opportunity (networking touches). Raises
    :class:`UserError` if an event refers to a contact id that is nowhere to be found.
    """
    dossiers = list(dossiers)
    by_uid: dict[str, dict[str, Any]] = {}
    uid_of: dict[int, str] = {}

    def add(contact: Contact) -> str:
        if contact.id is not None and contact.id in uid_of:
            return uid_of[contact.id]
        data = _record(contact)
        by_uid.setdefault(data["uid"], data)
        if contact.id is not None:
            uid_of[contact.id] = data["uid"]
        return str(data["uid"])

    for contact in contacts:
        add(contact)
    for dossier in dossiers:
        for contact, _role in dossier.contacts:
            add(contact)

    def event_data(event: Event, owner: str) -> dict[str, Any]:
        item = _record(event)
        missing = [i for i in event.contact_ids if i not in uid_of]
        if missing:
            raise UserError(
                f"The {event.kind.value} event of {owner} on {event.at:%Y-%m-%d} refers to "
                f"contact id {missing[0]}, which is not among the contacts being exported."
            )
        item["contacts"] = [uid_of[i] for i in event.contact_ids]
        return item

    opportunities: list[dict[str, Any]] = []
    for dossier in dossiers:
        data = _record(dossier.opportunity)
        data["contacts"] = [
            {"contact": add(contact), "role": role.value} for contact, role in dossier.contacts
        ]
        data["events"] = [event_data(e, dossier.opportunity.label) for e in dossier.events]
        opportunities.append(data)

    stamp = exported_at if exported_at is not None else datetime.now().replace(microsecond=0)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": stamp.isoformat(),
        "contacts": list(by_uid.values()),
        "opportunities": opportunities,
        "unattached_events": [event_data(e, "no opportunity") for e in loose_events],
    }


# -------------------------------------------------------------------------------------------- load


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


class _Invalid(Exception):
    """A field problem, completed with where it is before becoming a UserError."""


def _describe(hint: Any) -> str:
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return "one of " + ", ".join(str(m.value) for m in hint)
    return {
        str: "text",
        int: "a whole number",
        bool: "true or false",
        datetime: "a date and time like 2026-03-04T10:30",
        date: "a date like 2026-03-04",
    }.get(hint, str(hint))


def _convert(hint: Any, value: Any) -> Any:
    optional = False
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        hint = args[0]
    if value is None:
        if optional:
            return None
        raise _Invalid(f"must be {_describe(hint)}, not null")
    problem = f"must be {_describe(hint)}, not {value!r}"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            raise _Invalid(problem) from None
    if hint is bool or hint is str:
        if not isinstance(value, hint):
            raise _Invalid(problem)
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Invalid(problem)
        return value
    if hint is datetime or hint is date:
        if not isinstance(value, str):
            raise _Invalid(problem)
        try:
            parsed = hint.fromisoformat(value)
        except ValueError:
            raise _Invalid(problem) from None
        if isinstance(parsed, datetime) and parsed.tzinfo is not None:
            parsed = parsed.astimezone().replace(tzinfo=None)
        return parsed
    raise TypeError(f"no JSON conversion for {hint!r}")  # a new kind of field in records.py


def _read(cls: type, data: Any, where: str, extra: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Keyword arguments for ``cls`` from a JSON object, checked field by field."""
    if not isinstance(data, dict):
        raise UserError(f"In the export, {where} must be an object, not {type(data).__name__}.")
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in _SKIP}
    unknown = sorted(set(data) - set(fields) - extra - {"uid"})
    if unknown:
        raise UserError(f"In the export, {where} has an unknown field {unknown[0]!r}.")
    values: dict[str, Any] = {}
    for name, f in fields.items():
        if name not in data:
            if name in _FILL:
                values[name] = _FILL[name]
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise UserError(f"In the export, {where} has no {name!r}.")
            continue
        try:
            values[name] = _convert(hints[name], data[name])
        except _Invalid as exc:
            raise UserError(f"In the export, {where}: {name!r} {exc}.") from None
    uid = data.get("uid", "")
    if not isinstance(uid, str):
        raise UserError(f"In the export, {where}: 'uid' must be text, not {uid!r}.")
    values["uid"] = uid or str(uuid.uuid4())
    return values


def _list(data: Any, key: str, where: str, required: bool = False) -> list[Any]:
    if key not in data:
        if required:
            raise UserError(f"In the export, {where} has no {key!r} list.")
        return []
    value = data[key]
    if not isinstance(value, list):
        raise UserError(f"In the export, {where}: {key!r} must be a list.")
    return value


def load(data: Any) -> Export:
    """Check an export (as parsed from JSON) and turn it back into records.

    Raises :class:`UserError` naming the opportunity, event and field for malformed data, and for
    an export of another format version.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError('This is not a heardback export: it lacks "format": "heardback".')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise UserError(f"The export has no valid version number (got {version!r}).")
    if version > VERSION:
        raise UserError(
            f"The export is format version {version}, newer than this heardback reads "
            f"(version {VERSION}); upgrade heardback to import it."
        )
    if version < 1:
        raise UserError(f"The export has an unknown format version {version}.")
    unknown = sorted(set(data) - _TOP_LEVEL)
    if unknown:
        raise UserError(f"The export has an unknown top-level field {unknown[0]!r}.")
    exported_at = None
    if data.get("exported_at") is not None:
        try:
            exported_at = _convert(datetime, data["exported_at"])
        except _Invalid as exc:
            raise UserError(f"In the export, 'exported_at' {exc}.") from None

    contacts: dict[str, Contact] = {}
    for i, item in enumerate(_list(data, "contacts", "the top level")):
        where = f"contacts[{i}]"
        contact = Contact(**_read(Contact, item, where))
        if contact.uid in contacts:
            raise UserError(f"In the export, {where} repeats the contact uid {contact.uid!r}.")
        contacts[contact.uid] = contact

    def contact_ref(value: Any, where: str) -> Contact:
        if not isinstance(value, str) or value not in contacts:
            raise UserError(f"In the export, {where} refers to an unknown contact {value!r}.")
        return contacts[value]

    seen_events: set[str] = set()

    def read_events(items: list[Any], where: str) -> tuple[list[Event], dict[str, tuple[str, ...]]]:
        events: list[Event] = []
        event_contacts: dict[str, tuple[str, ...]] = {}
        for j, raw in enumerate(items):
            at = f"{where}[{j}]"
            event = Event(**_read(Event, raw, at, frozenset({"contacts"})))
            if event.uid in seen_events:
                raise UserError(f"In the export, {at} repeats the event uid {event.uid!r}.")
            seen_events.add(event.uid)
            refs = _list(raw, "contacts", at)
            event_contacts[event.uid] = tuple(
                contact_ref(ref, f"{at}, contacts[{k}]").uid for k, ref in enumerate(refs)
            )
            events.append(event)
        return events, event_contacts

    opportunities: list[LoadedOpportunity] = []
    seen_opportunities: set[str] = set()
    for i, item in enumerate(_list(data, "opportunities", "the top level", required=True)):
        where = f"opportunities[{i}]"
        opportunity = Opportunity(
            **_read(Opportunity, item, where, frozenset({"contacts", "events"}))
        )
        where = f"opportunities[{i}] ({opportunity.label})"
        if not opportunity.company.strip():
            raise UserError(f"In the export, {where}: 'company' is empty.")
        if opportunity.uid in seen_opportunities:
            raise UserError(f"In the export, {where} repeats the uid {opportunity.uid!r}.")
        seen_opportunities.add(opportunity.uid)

        links: list[tuple[Contact, ContactRole]] = []
        for j, link in enumerate(_list(item, "contacts", where)):
            at = f"{where}, contacts[{j}]"
            if not isinstance(link, dict) or set(link) - {"contact", "role"}:
                raise UserError(f'In the export, {at} must be {{"contact": uid, "role": role}}.')
            try:
                role = _convert(ContactRole, link.get("role", ContactRole.OTHER.value))
            except _Invalid as exc:
                raise UserError(f"In the export, {at}: 'role' {exc}.") from None
            links.append((contact_ref(link.get("contact"), at), role))

        events, event_contacts = read_events(_list(item, "events", where), f"{where}, events")
        opportunities.append(LoadedOpportunity(opportunity, events, links, event_contacts))

    loose, loose_contacts = read_events(
        _list(data, "unattached_events", "the top level"), "unattached_events"
    )
    return Export(
        version, exported_at, list(contacts.values()), opportunities, loose, loose_contacts
    )
