"""Importing spreadsheets and heardback exports into the store.

Everything from one file is written in one transaction: a bad row (unless skipped on purpose), a
crash or a full disk leaves the store as it was. Imported records carry deterministic uids, so
importing the same file again adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from heardback.errors import UserError
from heardback.services import Context

#: row errors listed before "... and N more"
SHOWN_ERRORS = 20


class _DryRun(Exception):
    """Raised inside the transaction to undo a dry run."""


@contextmanager
def _transaction(ctx: Context, dry_run: bool) -> Iterator[Any]:
    """One transaction for the whole file; a dry run does everything, then rolls it back."""
    try:
        with ctx.db.begin() as conn:
            yield conn
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass


@dataclass
class ImportReport:
    source: str
    kind: str
    dry_run: bool = False
    created: int = 0
    duplicates: int = 0
    events: int = 0
    contacts: int = 0
    skipped_rows: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)
    failed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "dry_run": self.dry_run,
            "imported": not self.failed and not self.dry_run,
            "opportunities_created": self.created,
            "duplicates_skipped": self.duplicates,
            "events_created": self.events,
            "contacts_created": self.contacts,
            "bad_rows_skipped": self.skipped_rows,
            "columns": self.columns,
            "errors": self.errors,
            "warnings": self.warnings,
        }

    def lines(self) -> list[str]:
        out: list[str] = []
        if self.columns:
            mapped = ", ".join(f"{header!r} → {fld}" for fld, header in self.columns.items())
            out.append(f"Columns: {mapped}.")
        if self.errors:
            out.append(f"{len(self.errors)} problem{'s' if len(self.errors) != 1 else ''}:")
            out.extend(f"  {e}" for e in self.errors[:SHOWN_ERRORS])
            if len(self.errors) > SHOWN_ERRORS:
                out.append(f"  … and {len(self.errors) - SHOWN_ERRORS} more.")
        out.extend(f"Note: {w}" for w in self.warnings)
        if self.failed:
            out.append(
                "Nothing was imported. Fix these rows, or re-run with --skip-bad to import the "
                "good rows only."
            )
            return out
        verb = "Would import" if self.dry_run else "Imported"
        summary = (
            f"{verb} {self.created} opportunit{'ies' if self.created != 1 else 'y'} with "
            f"{self.events} events and {self.contacts} new contacts from {self.source}"
        )
        extras = []
        if self.duplicates:
            extras.append(f"{self.duplicates} already imported")
        if self.skipped_rows:
            extras.append(f"{self.skipped_rows} bad rows skipped")
        out.append(summary + (f" ({'; '.join(extras)})" if extras else "") + ".")
        return out


def import_csv(
    ctx: Context,
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    skip_bad: bool = False,
    dry_run: bool = False,
    date_order: str | None = None,
) -> ImportReport:
    from heardback.settings import BY_NAME, convert
    from heardback.transfer.csv_import import read_csv

    order = (
        convert(BY_NAME["date_order"], date_order, "--date-order")
        if date_order
        else str(ctx.settings["date_order"])
    )
    plan = read_csv(path, mapping=mapping, date_order=order, country=str(ctx.settings["country"]))
    report = ImportReport(source=path.name, kind="csv", dry_run=dry_run, columns=plan.columns)
    report.errors = [str(e) for e in plan.errors]
    report.warnings = [str(w) for w in plan.warnings]
    if plan.errors and not skip_bad:
        report.failed = True
        return report
    bad_rows = {e.row for e in plan.errors}
    report.skipped_rows = len(bad_rows)
    rows = [r for r in plan.rows if r.row not in bad_rows]
    with _transaction(ctx, dry_run) as conn:
        repo = ctx.repo(conn)
        for planned in rows:
            if repo.uid_exists(planned.opportunity.uid):
                report.duplicates += 1
                continue
            oid = repo.add_opportunity(planned.opportunity)
            for contact, role in planned.contacts:
                cid, created = repo.ensure_contact(contact)
                report.contacts += created
                repo.link_contact(oid, cid, role)
            repo.add_events(replace(e, opportunity_id=oid) for e in planned.events)
            repo.refresh_stage(oid)
            report.created += 1
            report.events += len(planned.events)
    return report


def import_json(ctx: Context, path: Path, *, dry_run: bool = False) -> ImportReport:
    import json

    from heardback.transfer import json_format

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise UserError(
            f"{path.name} is not a text file; expected a heardback JSON export."
        ) from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg}).") from None
    export = json_format.load(data)
    report = ImportReport(source=path.name, kind="json", dry_run=dry_run)
    with _transaction(ctx, dry_run) as conn:
        repo = ctx.repo(conn)
        ids: dict[str, int] = {}
        for contact in export.contacts:
            existing = repo.contact_id_by_uid(contact.uid)
            if existing is None:
                existing = repo.add_contact(contact)
                report.contacts += 1
            ids[contact.uid] = existing
        for loaded in export.opportunities:
            if repo.uid_exists(loaded.opportunity.uid):
                report.duplicates += 1
                continue
            oid = repo.add_opportunity(loaded.opportunity)
            for contact, role in loaded.contacts:
                repo.link_contact(oid, ids[contact.uid], role)
            repo.add_events(
                replace(
                    e,
                    opportunity_id=oid,
                    contact_ids=tuple(ids[u] for u in loaded.event_contacts.get(e.uid, ())),
                )
                for e in loaded.events
            )
            repo.refresh_stage(oid)
            report.created += 1
            report.events += len(loaded.events)
        loose = [e for e in export.loose_events if not repo.event_uid_exists(e.uid)]
        repo.add_events(
            replace(
                e, contact_ids=tuple(ids[u] for u in export.loose_event_contacts.get(e.uid, ()))
            )
            for e in loose
        )
        report.events += len(loose)
    return report
