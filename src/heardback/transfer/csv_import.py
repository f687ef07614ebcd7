"""Read the spreadsheet people kept before heardback: one row per application.

``read_csv`` never touches a database. It returns an :class:`ImportPlan`: the opportunities with the
events their status implies, every row that could not be read (all of them, not just the first),
warnings, and the columns it recognised, so the caller can show the plan, ask, and then store it.

Uids are deterministic (uuid5 of company, role and applied date), so importing the same sheet twice
yields the same uids and the caller can recognise the duplicates.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from heardback.domain.records import Channel, Contact, ContactRole, Event, EventKind, Opportunity
from heardback.errors import UserError
from heardback.transfer.dates import (
    DateError,
    default_order,
    infer_order,
    is_ambiguous,
    parse_datetime,
)
from heardback.transfer.values import (
    _AGENCY,
    _CHAINS,
    _REFERRED_BY,
    ACCEPTED_STATUSES,
    SalaryError,
    Status,
    _currency,
    _parse_amount,
    _words,
    parse_channel,
    parse_contacts,
    parse_salary,
    parse_status,
)

__all__ = [
    "ACCEPTED_STATUSES",
    "FIELDS",
    "UID_NAMESPACE",
    "ImportPlan",
    "PlannedOpportunity",
    "RowError",
    "RowWarning",
    "SalaryError",
    "Status",
    "contact_uid",
    "event_uid",
    "opportunity_uid",
    "parse_channel",
    "parse_contacts",
    "parse_mapping",
    "parse_salary",
    "parse_status",
    "read_csv",
]


#: namespace of the deterministic uids given to imported records
UID_NAMESPACE = uuid.UUID("5d0c4f0e-8a51-4a43-9a2f-2b7e3c1f6a10")

# ----------------------------------------------------------------------------------------- columns

# fmt: off
#: field -> header spellings, most specific first (compared without case, spaces or punctuation)
FIELDS: dict[str, tuple[str, ...]] = {
    "company": ("company", "companyname", "employer", "employername", "organization",
                "organisation", "organizationname", "org", "firm"),
    "role": ("role", "jobtitle", "title", "position", "positiontitle", "job", "jobrole",
             "rolename", "jobname", "positionname", "opening"),
    "location": ("location", "joblocation", "city", "place", "where"),
    "url": ("url", "link", "joblink", "posting", "jobposting", "postingurl", "joburl",
            "postinglink", "jobposturl", "listing", "listingurl"),
    "channel": ("source", "channel", "appliedvia", "howapplied", "applicationsource",
                "applicationmethod", "method", "via", "foundvia", "foundon", "appliedthrough"),
    "requisition": ("requisition", "reqid", "req", "requisitionid", "requisitionnumber", "jobid",
                    "reqnumber", "jobnumber", "postingid", "jobreqid", "jobreq"),
    "salary": ("salary", "salaryrange", "compensation", "pay", "payrange", "comp",
               "basesalary", "expectedsalary", "salaryexpectation", "compensationrange"),
    "salary_min": ("salarymin", "minsalary", "salaryfrom", "salarylow", "minimumsalary"),
    "salary_max": ("salarymax", "maxsalary", "salaryto", "salaryhigh", "maximumsalary"),
    "currency": ("currency", "salarycurrency"),
    "applied": ("dateapplied", "appliedon", "applicationdate", "applieddate", "applied",
                "dateofapplication", "appliedat", "datesubmitted", "submitted", "date"),
    "status": ("status", "stage", "applicationstatus", "currentstatus", "currentstage",
               "pipelinestage", "state", "outcome", "result"),
    "status_date": ("stagesince", "statusdate", "stagedate", "lastupdate", "lastupdated",
                    "updated", "updatedat", "dateupdated", "laststatuschange", "lastactivity",
                    "responsedate", "lastcontact", "lastcontacted"),
    "contact": ("contact", "contactname", "recruiter", "recruitername", "contactperson",
                "pointofcontact", "poc", "hiringmanager", "referredby", "referrer"),
    "contact_email": ("contactemail", "recruiteremail", "email", "emailaddress"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "details"),
    "archived": ("archived", "archive"),
}
# fmt: on
_ALIAS: dict[str, str] = {a: f for f, aliases in FIELDS.items() for a in aliases}
_IGNORE = frozenset({"", "-", "ignore", "skip", "none"})


def _compact(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


# ------------------------------------------------------------------------------------------ result


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that cannot be imported. ``row`` is the spreadsheet row number (header = row 1)."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"Row {self.row}, {self.column}: {self.message}"


@dataclass(frozen=True, slots=True)
class RowWarning:
    """Something imported with a guess or left out; ``row`` is ``None`` for the whole file."""

    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        where = f"Row {self.row}, {self.column}" if self.row is not None else self.column
        return f"{where}: {self.message}" if where else self.message


@dataclass(frozen=True, slots=True)
class PlannedOpportunity:
    opportunity: Opportunity
    events: list[Event]
    contacts: list[tuple[Contact, ContactRole]]
    row: int


@dataclass(slots=True)
class ImportPlan:
    rows: list[PlannedOpportunity] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    #: field -> the header it was read from, as written in the file
    columns: dict[str, str] = field(default_factory=dict)
    #: headers that were not used
    ignored: list[str] = field(default_factory=list)
    header_row: int = 1
    delimiter: str = ","
    encoding: str = "utf-8"
    #: how ambiguous numeric dates were read: MDY, DMY or YMD
    date_order: str = "MDY"

    @property
    def ok(self) -> bool:
        return not self.errors


def opportunity_uid(company: str, role: str, applied: date | None) -> str:
    """The uid an imported opportunity gets: same company, role and applied date, same uid."""

    def norm(text: str) -> str:
        return " ".join(text.casefold().split())

    day = applied.isoformat() if applied else ""
    return str(
        uuid.uuid5(UID_NAMESPACE, f"opportunity\x1f{norm(company)}\x1f{norm(role)}\x1f{day}")
    )


def event_uid(opportunity_uid: str, kind: EventKind, index: int) -> str:
    return str(uuid.uuid5(uuid.UUID(opportunity_uid), f"{kind.value}/{index}"))


def contact_uid(name: str, email: str, company: str) -> str:
    if email:
        return str(uuid.uuid5(UID_NAMESPACE, f"contact\x1f{email.casefold()}"))
    key = f"contact\x1f{' '.join(name.casefold().split())}\x1f{company.casefold().strip()}"
    return str(uuid.uuid5(UID_NAMESPACE, key))


# ----------------------------------------------------------------------------------------- reading

_SNIFF = (",", ";", "\t", "|")
_GUARDED = re.compile(r"'[\s']*[=+\-@]")
_BINARY_MAGIC = (
    (b"PK\x03\x04", "an Excel workbook or another zip archive; save it as CSV first"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook; save it as CSV first"),
    (b"%PDF", "a PDF document"),
)


def _load_text(source: str | Path | bytes) -> tuple[str, str, str, list[RowWarning]]:
    """``(text, name, encoding, warnings)`` from a path, raw bytes or CSV text."""
    if isinstance(source, str):
        if "\n" in source or "\r" in source or not _looks_like_path(source):
            return source.removeprefix("\ufeff"), "The text", "utf-8", []
        source = Path(source)
    if isinstance(source, Path):
        name = str(source)
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            raise UserError(f"Cannot read {name}: there is no such file.") from None
        except IsADirectoryError:
            raise UserError(f"Cannot read {name}: it is a folder, not a CSV file.") from None
        except OSError as exc:
            raise UserError(f"Cannot read {name}: {exc.strerror}.") from None
    else:
        name, data = "The file", bytes(source)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise UserError(f"{name} is not a CSV file: it looks like {what}.")
    warnings: list[RowWarning] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in data[:8192]:
        raise UserError(f"{name} is not a CSV file: it contains binary data.")
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding = "cp1252"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            encoding = "latin-1"
            text = data.decode(encoding)
        warnings.append(
            RowWarning(
                None,
                "",
                f"The file is not UTF-8; it was read as {encoding} (check accented letters).",
            )
        )
    return text.removeprefix("\ufeff"), name, encoding.removesuffix("-sig"), warnings


def _looks_like_path(text: str) -> bool:
    if text.lower().endswith((".csv", ".tsv", ".txt")):
        return True
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def _sniff(lines: list[str]) -> str:
    for line in lines[:10]:
        counts = {d: _count_outside_quotes(line, d) for d in _SNIFF}
        best = max(_SNIFF, key=lambda d: counts[d])
        if counts[best]:
            return best
    return ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    inside, count = False, 0
    for char in line:
        if char == '"':
            inside = not inside
        elif char == delimiter and not inside:
            count += 1
    return count


def _unescape(value: str) -> str:
    """Trim the cell and undo the formula guard the export adds (``'=...`` -> ``=...``)."""
    value = value.strip()
    return value[1:].strip() if _GUARDED.match(value) else value


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """A ``--map`` mapping from command-line values like ``"Employer Name=company"``."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip():
            raise UserError(
                f'The mapping {item!r} should look like "Column name=field", e.g. '
                '"Employer Name=company".'
            )
        mapping[column.strip()] = target.strip()
    return mapping


def _resolve_mapping(mapping: Mapping[str, str], headers: list[str]) -> dict[int, str | None]:
    """Header index -> field (``None`` to ignore the column) from a user's ``--map``."""
    by_exact = {h.strip(): i for i, h in reversed(list(enumerate(headers)))}
    by_compact = {_compact(h): i for i, h in reversed(list(enumerate(headers)))}
    chosen: dict[int, str | None] = {}
    for column, target in mapping.items():
        index = by_exact.get(column.strip(), by_compact.get(_compact(column)))
        if index is None:
            raise UserError(
                f"The column {column!r} named in the mapping is not in the file; its columns are: "
                f"{', '.join(h for h in headers if h.strip())}."
            )
        key = target.strip().lower()
        if key in _IGNORE:
            chosen[index] = None
            continue
        name = key if key in FIELDS else _ALIAS.get(_compact(key))
        if name is None:
            raise UserError(
                f"Unknown field {target!r} in the mapping for {column!r}; use one of: "
                f"{', '.join(FIELDS)} (or 'ignore')."
            )
        chosen[index] = name
    return chosen


def _detect(headers: list[str], mapping: Mapping[str, str] | None) -> dict[str, int]:
    """Field -> column index: the user's mapping first, then header names."""
    chosen = _resolve_mapping(mapping, headers) if mapping else {}
    fields: dict[str, int] = {f: i for i, f in chosen.items() if f is not None}
    free = [i for i in range(len(headers)) if i not in chosen]
    for name, aliases in FIELDS.items():
        if name in fields:
            continue
        for alias in aliases:
            index = next((i for i in free if _compact(headers[i]) == alias), None)
            if index is not None:
                fields[name] = index
                free.remove(index)
                break
    return fields


@dataclass(frozen=True, slots=True)
class _Sheet:
    """The columns found: field -> index, and the header names."""

    fields: dict[str, int]
    headers: list[str]

    def get(self, record: list[str], key: str) -> str:
        index = self.fields.get(key)
        return _unescape(record[index]) if index is not None and index < len(record) else ""

    def column(self, key: str) -> str:
        index = self.fields.get(key)
        return self.headers[index] if index is not None else key


def read_csv(
    text_or_path: str | Path | bytes,
    *,
    mapping: Mapping[str, str] | None = None,
    date_order: str = "auto",
    country: str = "US",
) -> ImportPlan:
    """Read a spreadsheet export into an :class:`ImportPlan` (nothing is stored).

    ``text_or_path``: a path, the CSV text itself, or its raw bytes. ``mapping``: header -> field
    (``{"Employer Name": "company"}``, a field of ``FIELDS`` or ``"ignore"``), overriding detection.
    ``date_order``: ``auto`` (from the dates in the file, then the country), ``MDY``, ``DMY`` or
    ``YMD``. Raises :class:`UserError` when the file as a whole cannot be used.
    """
    text, name, encoding, warnings = _load_text(text_or_path)
    if not text.strip():
        raise UserError(f"{name} is empty.")
    if text.lstrip().startswith(("{", "[")):
        raise UserError(f"{name} is not a CSV file: it looks like JSON.")
    if "\x00" in text:
        raise UserError(f"{name} is not a CSV file: it contains binary data.")
    lines = text.splitlines()
    delimiter = _sniff(lines)
    first = lines[0].strip().lower() if lines else ""
    if first.startswith("sep=") and len(first) == 5:  # Excel's delimiter hint line
        delimiter = first[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UserError(f"{name} is not a readable CSV file: {exc}.") from None

    header_index, sheet = _find_header(records, mapping, name)
    plan = ImportPlan(
        warnings=warnings,
        columns={f: sheet.headers[i] for f, i in sheet.fields.items()},
        ignored=[h for i, h in enumerate(sheet.headers) if h and i not in sheet.fields.values()],
        header_row=header_index + 1,
        delimiter=delimiter,
        encoding=encoding,
    )
    body = [
        (n + 1, record)
        for n, record in enumerate(records)
        if n > header_index and any(cell.strip() for cell in record)
    ]
    plan.date_order = _date_order(plan, sheet, body, date_order, country)
    seen: dict[str, int] = {}
    for row, record in body:
        planned = _plan_row(plan, sheet, row, record, country)
        if planned is None:
            continue
        uid = planned.opportunity.uid
        if uid in seen:
            plan.warnings.append(
                RowWarning(
                    row,
                    sheet.column("company"),
                    f"Same company, role and applied date as row {seen[uid]}; skipped as a "
                    "duplicate.",
                )
            )
            continue
        seen[uid] = row
        plan.rows.append(planned)
    return plan


def _find_header(
    records: list[list[str]], mapping: Mapping[str, str] | None, name: str
) -> tuple[int, _Sheet]:
    """The header row (allowing a title row or two above it) and the columns it names."""
    first: list[str] | None = None
    mapping_error: UserError | None = None
    for index, record in enumerate(records[:20]):
        if not any(cell.strip() for cell in record):
            continue
        first = first if first is not None else record
        headers = [h.strip() for h in record]
        try:
            fields = _detect(headers, mapping)
        except UserError as exc:
            mapping_error = mapping_error or exc
            continue
        if "company" in fields:
            return index, _Sheet(fields, headers)
    if mapping_error is not None:
        raise mapping_error
    found = ", ".join(repr(h.strip()) for h in (first or []) if h.strip())
    if not found:
        raise UserError(f"{name} has no header row.")
    raise UserError(
        f"{name} has no company column (headers found: {found}); name the company column "
        "'Company' or map it, e.g. --map \"Employer Name=company\"."
    )


def _date_order(
    plan: ImportPlan, sheet: _Sheet, body: list[tuple[int, list[str]]], wanted: str, country: str
) -> str:
    if wanted.strip().lower() != "auto":
        order = wanted.strip().upper()
        if order not in ("MDY", "DMY", "YMD"):
            raise UserError(f"The date order must be auto, MDY, DMY or YMD, not {wanted!r}.")
        return order
    values = [sheet.get(r, key) for _n, r in body for key in ("applied", "status_date")]
    try:
        inferred = infer_order(values)
    except DateError as exc:
        raise UserError(f"{exc.message[:-1]}; set the date order to MDY or DMY.") from None
    if inferred is not None:
        return inferred
    order = default_order(country)
    example = next((v for v in values if is_ambiguous(v)), None)
    if example is not None:
        reading = "month/day/year" if order == "MDY" else "day/month/year"
        column = plan.columns.get("applied", plan.columns.get("status_date", ""))
        plan.warnings.append(
            RowWarning(
                None,
                column,
                f"Dates like {example} can be read two ways; they were read as {reading}, the "
                f"usual order in {country.upper()}. Set the date order if that is wrong.",
            )
        )
    return order


def _plan_row(
    plan: ImportPlan, sheet: _Sheet, row: int, record: list[str], country: str
) -> PlannedOpportunity | None:
    errors: list[RowError] = []

    def warn(key: str, message: str) -> None:
        plan.warnings.append(RowWarning(row, sheet.column(key), message))

    company = sheet.get(record, "company")
    role = sheet.get(record, "role")
    if not company:
        errors.append(RowError(row, sheet.column("company"), "The company is empty."))

    dates: dict[str, datetime | None] = {"applied": None, "status_date": None}
    for key in dates:
        if value := sheet.get(record, key):
            try:
                dates[key] = parse_datetime(value, plan.date_order)
            except DateError as exc:
                errors.append(RowError(row, sheet.column(key), exc.message))

    status_text = sheet.get(record, "status")
    status = parse_status(status_text) if status_text else None
    if status_text and status is None:
        errors.append(
            RowError(
                row,
                sheet.column("status"),
                f"Unknown status {status_text!r}; use one of: {ACCEPTED_STATUSES}.",
            )
        )
    if not status_text:
        status = Status("applied" if dates["applied"] else "saved")

    notes = [sheet.get(record, "notes")] if sheet.get(record, "notes") else []
    salary_min: int | None = None
    salary_max: int | None = None
    currency = ""
    if salary_text := sheet.get(record, "salary"):
        try:
            salary_min, salary_max, currency = parse_salary(salary_text, country)
        except SalaryError as exc:
            warn("salary", f"Salary {salary_text!r} was not understood ({exc}); kept in the notes.")
            notes.append(f"Salary: {salary_text}")
    for key in ("salary_min", "salary_max"):
        if value := sheet.get(record, key):
            try:
                amount = _parse_amount(value)
            except SalaryError:
                warn(key, f"{value!r} is not an amount; left empty.")
                continue
            if key == "salary_min":
                salary_min = amount
            else:
                salary_max = amount
    if currency_text := sheet.get(record, "currency"):
        currency = _currency(currency_text, country) or currency_text.strip().upper()[:3]

    source = sheet.get(record, "channel")
    channel = parse_channel(source) if source else None
    if source and channel is None:
        warn("channel", f"Source {source!r} is not one heardback knows; left empty.")

    archived = False
    if value := sheet.get(record, "archived"):
        archived = _words(value) in ("yes", "y", "true", "1", "x", "archived")
        if not archived and _words(value) not in ("no", "n", "false", "0", ""):
            warn("archived", f"{value!r} is not yes or no; the opportunity was not archived.")

    timeline: list[tuple[EventKind, datetime]] = []
    if status is not None and status.key != "saved":
        chain = _CHAINS[status.key]
        applied_at, status_at = dates["applied"], dates["status_date"]
        if applied_at is None and status.key == "applied":
            applied_at = status_at
        if applied_at is None:
            chain = chain[1:]  # applied on an unknown day: only what the status says
        when = status_at or applied_at
        if when is None:
            if not any(
                e.column in (sheet.column("applied"), sheet.column("status_date")) for e in errors
            ):
                errors.append(
                    RowError(
                        row,
                        sheet.column("applied" if "applied" in sheet.fields else "status"),
                        f"The status {status_text!r} needs a date, and the applied date is empty.",
                    )
                )
        else:
            if applied_at and status_at and status_at.date() < applied_at.date():
                warn(
                    "status_date",
                    f"The status date {status_at.date()} is before the applied date "
                    f"{applied_at.date()}; the applied date was used.",
                )
                when = applied_at
            previous: datetime | None = None
            for kind in chain:
                at = applied_at if kind is EventKind.APPLIED and applied_at else when
                if previous is not None and at <= previous:
                    at = previous + timedelta(seconds=1)  # keep the order within one day
                timeline.append((kind, at))
                previous = at
    if errors or status is None:
        plan.errors.extend(errors)
        return None

    applied_day = next((at.date() for kind, at in timeline if kind is EventKind.APPLIED), None)
    uid = opportunity_uid(company, role, applied_day)
    events: list[Event] = []
    for index, (kind, at) in enumerate(timeline):
        meets = kind in (EventKind.INTERVIEW, EventKind.SCREEN)
        events.append(
            Event(
                kind=kind,
                at=at,
                uid=event_uid(uid, kind, index),
                round=status.round if kind is EventKind.INTERVIEW else None,
                final=kind is EventKind.INTERVIEW and status.key == "final",
                interview_type=status.interview_type if meets else "",
                text=(
                    "imported from spreadsheet"
                    if kind is EventKind.APPLIED
                    else f'imported from spreadsheet status "{status_text}"'
                ),
                source="csv",
            )
        )
    contacts = _contacts(sheet, record, company, source)
    if channel is None and not source and any(r is ContactRole.REFERRER for _c, r in contacts):
        channel = Channel.REFERRAL
    opportunity = Opportunity(
        company=company,
        role=role,
        uid=uid,
        location=sheet.get(record, "location"),
        url=sheet.get(record, "url"),
        channel=channel,
        requisition=sheet.get(record, "requisition"),
        salary_min=salary_min,
        salary_max=salary_max,
        currency=currency,
        notes="\n".join(notes),
        archived=archived,
    )
    return PlannedOpportunity(opportunity, events, contacts, row)


def _contacts(
    sheet: _Sheet, record: list[str], company: str, source: str
) -> list[tuple[Contact, ContactRole]]:
    key = "contact" if "contact" in sheet.fields else "contact_email"
    header = _compact(sheet.column(key)) if key in sheet.fields else ""
    if "recruiter" in header:
        role = ContactRole.RECRUITER
    elif "hiringmanager" in header:
        role = ContactRole.HIRING_MANAGER
    elif "refer" in header:
        role = ContactRole.REFERRER
    else:
        role = ContactRole.OTHER
    agency = role is ContactRole.RECRUITER and bool(_AGENCY.search(_words(source)))
    people = parse_contacts(sheet.get(record, "contact"))
    emails = [e for _n, e in parse_contacts(sheet.get(record, "contact_email")) if e]
    if emails and people and not any(e for _n, e in people):
        people[0] = (people[0][0], emails.pop(0))  # "Recruiter" + "Recruiter Email" columns
    people.extend(("", e) for e in emails)
    found: list[tuple[Contact, ContactRole]] = []
    if referred := _REFERRED_BY.search(source):
        found.extend(
            _contact(n, e, company, ContactRole.REFERRER, False)
            for n, e in parse_contacts(referred.group(1))
        )
    found.extend(_contact(n, e, company, role, agency) for n, e in people)
    unique: dict[str, tuple[Contact, ContactRole]] = {}
    for contact, contact_role in found:
        unique.setdefault(contact.uid, (contact, contact_role))
    return list(unique.values())


def _contact(
    name: str, email: str, company: str, role: ContactRole, agency: bool
) -> tuple[Contact, ContactRole]:
    name = name or email
    company = "" if agency else company
    uid = contact_uid(name, email, company)
    contact = Contact(name=name, uid=uid, email=email, company=company, role=role, agency=agency)
    return contact, role
