"""Importing the spreadsheet people kept before heardback, and exporting one back."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heardback.domain.process import derive
from heardback.domain.records import (
    Channel,
    ContactRole,
    Dossier,
    Event,
    EventKind,
    Opportunity,
    Signal,
    Stage,
)
from heardback.errors import UserError
from heardback.transfer.csv_export import COLUMNS, export_csv
from heardback.transfer.csv_import import (
    ImportPlan,
    PlannedOpportunity,
    parse_channel,
    parse_mapping,
    parse_salary,
    parse_status,
    read_csv,
)

DATA = Path(__file__).parent / "data" / "csv"


def by_company(plan: ImportPlan) -> dict[str, PlannedOpportunity]:
    return {p.opportunity.company: p for p in plan.rows}


def stage(planned: PlannedOpportunity) -> Stage:
    return derive(planned.events).stage


def kinds(planned: PlannedOpportunity) -> list[str]:
    return [e.kind.value for e in planned.events]


# ------------------------------------------------------------------------- a real spreadsheet


@pytest.fixture(scope="module")
def sheet() -> ImportPlan:
    return read_csv(DATA / "google_sheets.csv")


def test_every_application_in_the_sheet_is_planned(sheet: ImportPlan) -> None:
    assert sheet.errors == []
    assert len(sheet.rows) == 16
    assert sheet.columns == {
        "company": "Company",
        "role": "Job Title",
        "location": "Location",
        "url": "Link",
        "channel": "Source",
        "salary": "Salary Range",
        "applied": "Date Applied",
        "status": "Status",
        "status_date": "Last Update",
        "contact": "Recruiter",
        "notes": "Notes",
    }
    assert sheet.date_order == "MDY"  # 1/20/2026 can only be month-first
    assert sheet.delimiter == ","


def test_statuses_become_the_stages_they_name(sheet: ImportPlan) -> None:
    stages = {company: stage(p).value for company, p in by_company(sheet).items()}
    assert stages == {
        "Northwind Analytics": "rejected",
        "Bluefin Health": "screening",
        "Quarry Labs": "dormant",
        "Helix Robotics": "interviewing",
        "Cobalt Pay": "dormant",
        "Larkspur Insurance": "final_round",
        "Meridian Foods": "rejected",
        "Tidewater Energy": "withdrawn",
        "Sable Security": "offer",
        "Orchard & Vine": "applied",
        "Keystone Logistics": "screening",
        "Brightline Media": "applied",
        "Pinecrest Bank": "rejected",
        "Vantage Point AI": "interviewing",
        "Aurora Biotech": "saved",
        "Fernwood Software": "applied",
    }


def test_rows_keep_their_spreadsheet_row_numbers(sheet: ImportPlan) -> None:
    rows = {p.opportunity.company: p.row for p in sheet.rows}
    assert rows["Northwind Analytics"] == 2
    assert rows["Cobalt Pay"] == 6
    assert rows["Larkspur Insurance"] == 8  # row 7 is blank, and a multi-line note is one row
    assert rows["Fernwood Software"] == 18


def test_events_are_dated_from_the_applied_and_status_dates(sheet: ImportPlan) -> None:
    rows = by_company(sheet)
    helix = rows["Helix Robotics"]
    assert [(e.kind, e.at) for e in helix.events] == [
        (EventKind.APPLIED, datetime(2026, 1, 12)),
        (EventKind.INTERVIEW, datetime(2026, 2, 2)),
    ]
    assert all(e.source == "csv" for e in helix.events)
    assert "imported from spreadsheet status" in helix.events[1].text
    assert "Interviewing" in helix.events[1].text
    northwind = rows["Northwind Analytics"]
    assert kinds(northwind) == ["applied", "rejected"]
    assert northwind.events[1].at == datetime(2026, 1, 20)
    # ghosted without a status date: asleep from the day of the application, after it
    quarry = rows["Quarry Labs"]
    assert kinds(quarry) == ["applied", "dormant"]
    assert quarry.events[0].at < quarry.events[1].at
    assert quarry.events[1].day == date(2026, 1, 9)
    larkspur = rows["Larkspur Insurance"]
    assert larkspur.events[1].final is True
    assert rows["Keystone Logistics"].events[1].kind is EventKind.ASSESSMENT
    assert rows["Aurora Biotech"].events == []


def test_free_text_sources_become_channels(sheet: ImportPlan) -> None:
    channels = {c: p.opportunity.channel for c, p in by_company(sheet).items()}
    assert channels["Northwind Analytics"] is Channel.EASY_APPLY
    assert channels["Bluefin Health"] is Channel.REFERRAL
    assert channels["Quarry Labs"] is Channel.DIRECT
    assert channels["Helix Robotics"] is Channel.DIRECT  # Workday is the company's own site
    assert channels["Cobalt Pay"] is Channel.JOB_BOARD
    assert channels["Larkspur Insurance"] is Channel.RECRUITER
    assert channels["Fernwood Software"] is Channel.JOB_BOARD
    assert channels["Orchard & Vine"] is None
    assert channels["Aurora Biotech"] is None


def test_salary_text_becomes_a_range(sheet: ImportPlan) -> None:
    rows = by_company(sheet)

    def salary(company: str) -> tuple[int | None, int | None, str]:
        o = rows[company].opportunity
        return o.salary_min, o.salary_max, o.currency

    assert salary("Northwind Analytics") == (140_000, 165_000, "USD")
    assert salary("Bluefin Health") == (125_000, 145_000, "USD")
    assert salary("Quarry Labs") == (130_000, 130_000, "USD")
    assert salary("Helix Robotics") == (150_000, 175_000, "")
    assert salary("Larkspur Insurance") == (155_000, 170_000, "USD")
    assert salary("Cobalt Pay") == (None, None, "")  # "DOE"


def test_an_unreadable_salary_and_source_are_warnings_not_errors(sheet: ImportPlan) -> None:
    warnings = [str(w) for w in sheet.warnings]
    assert warnings == [
        "Row 12, Salary Range: Salary '$85/hr' was not understood (it looks like an hourly, "
        "weekly or monthly rate, not a yearly salary); kept in the notes.",
        "Row 12, Source: Source 'Career fair' is not one heardback knows; left empty.",
    ]
    orchard = by_company(sheet)["Orchard & Vine"].opportunity
    assert orchard.notes == "6-month contract\nSalary: $85/hr"


def test_contacts_are_read_with_their_roles(sheet: ImportPlan) -> None:
    rows = by_company(sheet)
    bluefin = [(c.name, c.email, role) for c, role in rows["Bluefin Health"].contacts]
    assert bluefin == [
        ("Priya Nair", "", ContactRole.REFERRER),
        ("Dana Whitfield", "dana.whitfield@bluefinhealth.com", ContactRole.RECRUITER),
    ]
    [(tom, _role)] = rows["Larkspur Insurance"].contacts
    assert (tom.name, tom.email, tom.agency, tom.company) == (
        "Tom Becker (Hays)",
        "tom.becker@hays.com",
        True,
        "",
    )
    [(alicia, _role)] = rows["Pinecrest Bank"].contacts
    assert (alicia.name, alicia.company) == ("Alicia Gomez", "Pinecrest Bank")


def test_quoted_cells_keep_commas_quotes_and_line_breaks(sheet: ImportPlan) -> None:
    rows = by_company(sheet)
    assert rows["Northwind Analytics"].opportunity.location == "Chicago, IL (hybrid)"
    assert rows["Helix Robotics"].opportunity.notes == (
        "Round 1 with the hiring manager done.\nPanel scheduled for Feb 10."
    )
    assert '"strong fit"' in rows["Bluefin Health"].opportunity.notes


def test_reimporting_the_same_sheet_gives_the_same_uids(sheet: ImportPlan) -> None:
    again = read_csv((DATA / "google_sheets.csv").read_text(encoding="utf-8"))
    assert [p.opportunity.uid for p in again.rows] == [p.opportunity.uid for p in sheet.rows]
    assert [e.uid for p in again.rows for e in p.events] == [
        e.uid for p in sheet.rows for e in p.events
    ]
    uids = [e.uid for p in sheet.rows for e in p.events] + [p.opportunity.uid for p in sheet.rows]
    assert len(set(uids)) == len(uids)


def test_uids_ignore_case_and_spacing_but_not_the_applied_date() -> None:
    one = read_csv("Company,Role,Date Applied\nAcme Corp,Data Engineer,2026-03-04\n")
    two = read_csv("company,role,date applied\n  ACME  corp ,data   engineer,March 4 2026\n")
    other_day = read_csv("Company,Role,Date Applied\nAcme Corp,Data Engineer,2026-03-05\n")
    assert one.rows[0].opportunity.uid == two.rows[0].opportunity.uid
    assert one.rows[0].opportunity.uid != other_day.rows[0].opportunity.uid


# --------------------------------------------------------------------------- other exports


def test_european_excel_export_with_semicolons_bom_and_day_first_dates() -> None:
    plan = read_csv(DATA / "excel_eu.csv")
    assert plan.errors == []
    assert plan.delimiter == ";"
    assert plan.columns["company"] == "Employer"  # not "\ufeffEmployer"
    assert plan.date_order == "DMY"  # 20/02/2026 can only be day-first
    rows = by_company(plan)
    assert rows["Brandt & Söhne GmbH"].events[0].day == date(2026, 1, 14)
    assert rows["Nordlicht Software AS"].events[0].day == date(2026, 2, 3)
    assert rows["Vela Maritime BV"].events[0].day == date(2026, 3, 5)
    brandt = rows["Brandt & Söhne GmbH"].opportunity
    assert (brandt.salary_min, brandt.salary_max, brandt.currency) == (65_000, 75_000, "EUR")
    assert brandt.notes == "Absage per E-Mail; kein Feedback"
    nordlicht = rows["Nordlicht Software AS"].opportunity
    assert (nordlicht.salary_min, nordlicht.currency) == (750_000, "NOK")
    [(sanne, _role)] = rows["Vela Maritime BV"].contacts
    assert (sanne.name, sanne.email) == ("van Dijk, Sanne", "s.vandijk@velamaritime.nl")
    assert stage(rows["Vela Maritime BV"]) is Stage.SCREENING


def test_tracker_app_export_with_iso_datetimes_and_a_wishlist() -> None:
    plan = read_csv(DATA / "tracker_app_export.csv")
    assert plan.errors == []
    rows = by_company(plan)
    assert rows["Ferrous Systems"].events == []
    assert stage(rows["Ferrous Systems"]) is Stage.SAVED
    gridwise = rows["Gridwise"]
    assert gridwise.events[0].at == datetime(2026, 2, 10, 16, 42)
    o = gridwise.opportunity
    assert (o.salary_min, o.salary_max, o.currency) == (130_000, 150_000, "USD")
    assert stage(rows["Oakridge Credit Union"]) is Stage.OFFER
    [(talent, _role)] = rows["Lumen Freight"].contacts
    assert talent.email == "talent@lumenfreight.com"


# --------------------------------------------------------------------------------- bad input


def test_every_bad_row_is_reported_at_once() -> None:
    plan = read_csv(DATA / "bad_rows.csv")
    assert not plan.ok
    assert [(e.row, e.column) for e in plan.errors] == [
        (2, "Date Applied"),
        (3, "Company"),
        (4, "Date Applied"),
        (5, "Status"),
        (8, "Date Applied"),
        (9, "Date Applied"),
    ]
    messages = [e.message for e in plan.errors]
    assert messages[0] == "'2026-02-30' is not a real date: February 2026 has 28 days."
    assert "company is empty" in messages[1]
    assert "'last Tuesday' is not a date" in messages[2]
    assert "Unknown status 'Maybe?'" in messages[3]
    assert "applied, screen, assessment, interview" in messages[3]
    assert "needs a date" in messages[4]
    assert "no month 13" in messages[5]
    # rows with only an odd salary are imported, with a warning each
    assert sorted(p.opportunity.company for p in plan.rows) == ["Hooli", "Umbrella Health"]
    assert [(w.row, w.column) for w in plan.warnings] == [(6, "Salary"), (7, "Salary")]


def test_a_file_without_a_company_column_names_the_headers_it_has() -> None:
    with pytest.raises(UserError) as caught:
        read_csv(DATA / "no_company_column.csv")
    message = caught.value.message
    assert "no company column" in message
    for header in ("'Position'", "'Date'", "'Status'", "'Notes'"):
        assert header in message
    assert "\n" not in message and message.endswith(".")


def test_dates_that_contradict_each_other_stop_the_import() -> None:
    with pytest.raises(UserError, match=r"13/01/2026.*01/25/2026.*date order"):
        read_csv(DATA / "mixed_date_orders.csv")
    # choosing the order turns the contradiction into one bad row
    plan = read_csv(DATA / "mixed_date_orders.csv", date_order="MDY")
    assert [(e.row, e.column) for e in plan.errors] == [(2, "Applied")]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Excel workbook"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b'{"format": "heardback", "version": 1}', "JSON"),
    ],
)
def test_files_that_are_not_csv_are_refused(tmp_path: Path, content: bytes, says: str) -> None:
    path = tmp_path / "applications.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=says) as caught:
        read_csv(path)
    assert str(path) in caught.value.message


def test_a_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        read_csv(tmp_path / "nope.csv")
    with pytest.raises(UserError, match="no such file"):
        read_csv(str(tmp_path / "nope.csv"))


def test_a_status_that_needs_a_date_uses_the_status_date_when_the_applied_date_is_empty() -> None:
    plan = read_csv(
        "Company,Role,Date Applied,Status,Last Update\n"
        "Acme,Engineer,,Rejected,2026-03-10\n"
        "Globex,Engineer,,Applied,2026-03-11\n"
    )
    acme, globex = plan.rows
    assert [(e.kind, e.day) for e in acme.events] == [(EventKind.REJECTED, date(2026, 3, 10))]
    assert [(e.kind, e.day) for e in globex.events] == [(EventKind.APPLIED, date(2026, 3, 11))]


def test_a_status_date_before_the_application_is_a_warning() -> None:
    plan = read_csv("Company,Applied,Status,Updated\nAcme,2026-03-10,Interview,2026-03-01\n")
    [acme] = plan.rows
    assert [e.kind for e in acme.events] == [EventKind.APPLIED, EventKind.INTERVIEW]
    assert acme.events[1].at > acme.events[0].at
    assert stage(acme) is Stage.INTERVIEWING
    [warning] = plan.warnings
    assert "before the applied date" in warning.message


def test_duplicate_rows_are_skipped_with_a_warning() -> None:
    plan = read_csv("Company,Role,Applied\nAcme,Engineer,2026-03-04\nacme,engineer,March 4 2026\n")
    assert [p.row for p in plan.rows] == [2]
    [warning] = plan.warnings
    assert warning.row == 3
    assert "row 2" in warning.message and "duplicate" in warning.message


# ----------------------------------------------------------------------------- date order


AMBIGUOUS = "Company,Date Applied\nAcme,03/04/2026\nGlobex,05/06/2026\n"


def test_undecidable_dates_follow_the_country_with_a_warning() -> None:
    us = read_csv(AMBIGUOUS, country="US")
    assert us.rows[0].events[0].day == date(2026, 3, 4)
    [warning] = us.warnings
    assert warning.row is None
    assert "03/04/2026" in warning.message and "month/day/year" in warning.message
    assert "US" in warning.message
    gb = read_csv(AMBIGUOUS, country="GB")
    assert gb.rows[0].events[0].day == date(2026, 4, 3)
    assert "day/month/year" in gb.warnings[0].message


def test_an_explicit_date_order_wins_and_warns_nothing() -> None:
    plan = read_csv(AMBIGUOUS, date_order="DMY", country="US")
    assert plan.rows[0].events[0].day == date(2026, 4, 3)
    assert plan.warnings == []
    with pytest.raises(UserError, match="date order"):
        read_csv(AMBIGUOUS, date_order="sometimes")


def test_unambiguous_dates_need_no_warning() -> None:
    plan = read_csv("Company,Date Applied\nAcme,2026-03-04\nGlobex,03/03/2026\n")
    assert plan.warnings == []


# -------------------------------------------------------------------------------- columns


def test_a_mapping_names_columns_detection_would_miss() -> None:
    text = "Employer Name,What,When,Where I Found It\nAcme,Data Engineer,2026-03-04,LinkedIn\n"
    plan = read_csv(
        text,
        mapping={
            "Employer Name": "company",
            "What": "role",
            "when": "applied",
            "Where I Found It": "source",
        },
    )
    [acme] = plan.rows
    assert (acme.opportunity.company, acme.opportunity.role) == ("Acme", "Data Engineer")
    assert acme.opportunity.channel is Channel.JOB_BOARD
    assert acme.events[0].day == date(2026, 3, 4)
    assert plan.columns["channel"] == "Where I Found It"


def test_a_mapping_overrides_detection_and_can_ignore_a_column() -> None:
    text = "Company,Client,Date,Date Applied\nAgency Co,Acme,2026-01-01,2026-03-04\n"
    plan = read_csv(text, mapping={"Client": "company", "Company": "ignore", "Date": "-"})
    [row] = plan.rows
    assert row.opportunity.company == "Acme"
    assert row.events[0].day == date(2026, 3, 4)
    assert plan.columns["company"] == "Client"
    assert "Company" in plan.ignored


def test_a_mapping_naming_a_missing_column_is_an_error() -> None:
    with pytest.raises(UserError) as caught:
        read_csv("Company,Role\nAcme,Engineer\n", mapping={"Employer Name": "company"})
    assert "'Employer Name'" in caught.value.message
    assert "Company, Role" in caught.value.message


def test_command_line_mappings_are_split_at_the_last_equals_sign() -> None:
    assert parse_mapping(["Employer Name=company", "A=B=notes", "Date = -"]) == {
        "Employer Name": "company",
        "A=B": "notes",
        "Date": "-",
    }
    with pytest.raises(UserError, match="Column name=field"):
        parse_mapping(["company"])


def test_a_mapping_to_an_unknown_field_is_an_error() -> None:
    with pytest.raises(UserError, match=r"Unknown field 'vibes'.*company, role"):
        read_csv("Company,Mood\nAcme,good\n", mapping={"Mood": "vibes"})


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Company Name", "company"),
        ("EMPLOYER", "company"),
        ("organisation", "company"),
        ("Job Title", "role"),
        ("position", "role"),
        ("Job Link", "url"),
        ("Posting", "url"),
        ("Applied Via", "channel"),
        ("How applied?", "channel"),
        ("Req ID", "requisition"),
        ("Job-ID", "requisition"),
        ("Application Date", "applied"),
        ("Applied On", "applied"),
        ("Stage", "status"),
        ("Last update", "status_date"),
        ("Recruiter E-mail", "contact_email"),
        ("Comments", "notes"),
    ],
)
def test_headers_are_recognised_whatever_their_case_and_punctuation(
    header: str, field: str
) -> None:
    text = f"Company,{header}\nAcme,x\n" if field != "company" else f"{header}\nAcme\n"
    plan = read_csv(text)
    assert plan.columns[field] == header


def test_a_title_row_above_the_header_is_skipped() -> None:
    plan = read_csv("My job search 2026,,\n\nCompany,Role,Applied\nAcme,Engineer,2026-03-04\n")
    assert plan.header_row == 3
    assert plan.rows[0].row == 4


@pytest.mark.parametrize("delimiter", ["\t", ";", "|", ","])
def test_the_delimiter_is_sniffed(delimiter: str) -> None:
    text = delimiter.join(["Company", "Role", "Notes"]) + "\n"
    text += delimiter.join(["Acme", "Engineer", '"a, b; c"']) + "\n"
    plan = read_csv(text)
    assert plan.delimiter == delimiter
    assert plan.rows[0].opportunity.notes == "a, b; c"


def test_excel_sep_line_and_windows_line_endings() -> None:
    plan = read_csv("sep=;\r\nCompany;Role\r\nAcme, Inc.;Engineer\r\n")
    assert plan.rows[0].opportunity.company == "Acme, Inc."
    assert plan.rows[0].row == 2


def test_windows_1252_files_are_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes("Company,Role\nCafé Olé,Ingénieur\n".encode("cp1252"))
    plan = read_csv(path)
    assert plan.rows[0].opportunity.company == "Café Olé"
    assert plan.encoding == "cp1252"
    assert "not UTF-8" in plan.warnings[0].message


def test_utf16_tab_separated_unicode_text_from_excel(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Company\tRole\n株式会社ABC\tエンジニア\n".encode("utf-16"))
    plan = read_csv(path)
    assert (plan.rows[0].opportunity.company, plan.rows[0].opportunity.role) == (
        "株式会社ABC",
        "エンジニア",
    )


def test_raw_bytes_with_a_bom_are_accepted() -> None:
    plan = read_csv("\ufeffCompany,Role\nAcme,Engineer\n".encode())
    assert plan.rows[0].opportunity.company == "Acme"


# -------------------------------------------------------------------------- vocabularies


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("Applied", Stage.APPLIED),
        ("Submitted", Stage.APPLIED),
        ("Under review", Stage.APPLIED),
        ("Phone screen", Stage.SCREENING),
        ("Recruiter call", Stage.SCREENING),
        ("screening", Stage.SCREENING),
        ("Take-home", Stage.SCREENING),
        ("Interview", Stage.INTERVIEWING),
        ("interviewing", Stage.INTERVIEWING),
        ("2nd interview", Stage.INTERVIEWING),
        ("Interview scheduled", Stage.INTERVIEWING),
        ("Final", Stage.FINAL_ROUND),
        ("Onsite", Stage.FINAL_ROUND),
        ("final_round", Stage.FINAL_ROUND),
        ("References", Stage.REFERENCES),
        ("Background check", Stage.REFERENCES),
        ("Offer", Stage.OFFER),
        ("Negotiating", Stage.OFFER),
        ("Accepted", Stage.ACCEPTED),
        ("Hired!", Stage.ACCEPTED),
        ("Rejected", Stage.REJECTED),
        ("Declined", Stage.REJECTED),
        ("Rejected after onsite", Stage.REJECTED),
        ("Not selected", Stage.REJECTED),
        ("Position filled", Stage.REJECTED),
        ("Withdrawn", Stage.WITHDRAWN),
        ("Withdrew", Stage.WITHDRAWN),
        ("No longer interested", Stage.WITHDRAWN),
        ("Offer declined", Stage.WITHDRAWN),
        ("Ghosted", Stage.DORMANT),
        ("No response", Stage.DORMANT),
        ("dormant", Stage.DORMANT),
        ("3 - Interview", Stage.INTERVIEWING),
        ("🎉 Offer", Stage.OFFER),
    ],
)
def test_status_words_lead_to_the_stage_they_mean(status: str, expected: Stage) -> None:
    plan = read_csv(f"Company,Applied,Status\nAcme,2026-03-04,{status}\n")
    assert plan.errors == []
    assert stage(plan.rows[0]) is expected


def test_saved_rows_have_no_events_even_with_a_date() -> None:
    plan = read_csv("Company,Date,Status\nAcme,2026-03-04,Wishlist\nGlobex,,\n")
    assert [p.events for p in plan.rows] == [[], []]


def test_interview_details_in_the_status_are_kept() -> None:
    assert parse_status("2nd interview") is not None
    assert parse_status("2nd interview").round == 2  # type: ignore[union-attr]
    assert parse_status("Technical interview").interview_type == "technical"  # type: ignore[union-attr]
    assert parse_status("3 - Interview").round is None  # type: ignore[union-attr]
    assert parse_status("banana") is None


@pytest.mark.parametrize(
    ("source", "channel"),
    [
        ("LinkedIn Easy Apply", Channel.EASY_APPLY),
        ("Indeed Apply", Channel.EASY_APPLY),
        ("referral", Channel.REFERRAL),
        ("Referred by Jane Doe", Channel.REFERRAL),
        ("Recruiter", Channel.RECRUITER),
        ("Agency", Channel.RECRUITER),
        ("LinkedIn recruiter reached out", Channel.RECRUITER),
        ("LinkedIn", Channel.JOB_BOARD),
        ("Indeed", Channel.JOB_BOARD),
        ("job board", Channel.JOB_BOARD),
        ("job_board", Channel.JOB_BOARD),
        ("Company site", Channel.DIRECT),
        ("website", Channel.DIRECT),
        ("Direct", Channel.DIRECT),
        ("Career fair", None),
    ],
)
def test_sources(source: str, channel: Channel | None) -> None:
    assert parse_channel(source) is channel


def test_referred_by_names_the_referrer() -> None:
    plan = read_csv("Company,Source\nAcme,Referred by Jane Doe <jane@acme.com>\n")
    [(jane, role)] = plan.rows[0].contacts
    assert (jane.name, jane.email, jane.company, role) == (
        "Jane Doe",
        "jane@acme.com",
        "Acme",
        ContactRole.REFERRER,
    )


def test_recruiter_name_and_email_columns_make_one_contact() -> None:
    plan = read_csv("Company,Recruiter,Recruiter Email\nAcme,Dana Lee,dana@acme.com\n")
    [(dana, role)] = plan.rows[0].contacts
    assert (dana.name, dana.email, role) == ("Dana Lee", "dana@acme.com", ContactRole.RECRUITER)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$120k–140k", (120_000, 140_000, "USD")),
        ("120000-140000 EUR", (120_000, 140_000, "EUR")),
        ("€60.000 - €70.000", (60_000, 70_000, "EUR")),
        ("£45k - £55k", (45_000, 55_000, "GBP")),
        ("120-140k", (120_000, 140_000, "")),
        ("$120,000.00", (120_000, 120_000, "USD")),
        ("CA$90,000", (90_000, 90_000, "CAD")),
        ("150k+", (150_000, None, "")),
        ("up to 150k", (None, 150_000, "")),
        ("1.2M", (1_200_000, 1_200_000, "")),
        ("60 000 – 70 000 euros", (60_000, 70_000, "EUR")),
        ("n/a", (None, None, "")),
        ("DOE", (None, None, "")),
    ],
)
def test_salary_text(text: str, expected: tuple[int | None, int | None, str]) -> None:
    assert parse_salary(text) == expected


def test_dollars_follow_the_country() -> None:
    assert parse_salary("$100k", "CA") == (100_000, 100_000, "CAD")
    assert parse_salary("$100k", "AU")[2] == "AUD"


@pytest.mark.parametrize("text", ["$50/hr", "45 per hour", "€4,000 monthly", "120", "a lot"])
def test_salary_text_that_is_not_a_yearly_salary(text: str) -> None:
    with pytest.raises(ValueError):
        parse_salary(text)


# ----------------------------------------------------------------------- export round trip


AS_OF = datetime(2026, 3, 20)


def _dossier(company: str, *events: Event, **fields: object) -> Dossier:
    return Dossier(Opportunity(company=company, role="Data Engineer", **fields), events)  # type: ignore[arg-type]


def test_export_writes_one_row_per_opportunity_with_iso_dates() -> None:
    dossiers = [
        _dossier(
            "Acme, Inc.",
            Event(EventKind.APPLIED, datetime(2026, 3, 2, 9, 0), id=1),
            Event(EventKind.INTERVIEW, datetime(2026, 3, 10, 14, 0), id=2),
            Event(EventKind.INTERVIEW, datetime(2026, 3, 24, 10, 30), id=3),
            id=7,
            channel=Channel.REFERRAL,
            salary_min=120_000,
            currency="USD",
            notes='said "great"\nfollow up',
        ),
        _dossier("Globex"),
    ]
    text = export_csv(dossiers, as_of=AS_OF)
    lines = text.split("\r\n")
    assert lines[0] == ",".join(COLUMNS)
    plan = read_csv(text)
    acme = plan.rows[0]
    assert acme.opportunity.company == "Acme, Inc."
    assert acme.opportunity.notes == 'said "great"\nfollow up'
    assert stage(acme) is Stage.INTERVIEWING
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[0]["id"] == "7"
    assert rows[0]["applied"] == "2026-03-02"
    assert rows[0]["stage"] == "interviewing"
    assert rows[0]["interviews"] == "1"
    assert rows[0]["next_interview"] == "2026-03-24 10:30"
    assert rows[0]["salary_min"] == "120000" and rows[0]["salary_max"] == ""
    assert rows[0]["archived"] == "no"
    assert rows[1]["stage"] == "saved" and rows[1]["applied"] == ""


def test_export_offer_deadline_and_formula_guard() -> None:
    dossier = _dossier(
        '=HYPERLINK("http://evil")',
        Event(EventKind.APPLIED, datetime(2026, 3, 2), id=1),
        Event(EventKind.OFFER, datetime(2026, 3, 12), id=2, due=date(2026, 3, 19)),
    )
    text = export_csv([dossier], as_of=date(2026, 3, 12))
    assert "'=HYPERLINK" in text
    assert ",2026-03-19," in text
    plan = read_csv(text)
    assert plan.rows[0].opportunity.company == '=HYPERLINK("http://evil")'
    assert stage(plan.rows[0]) is Stage.OFFER


def test_excel_bom_is_optional() -> None:
    assert export_csv([], as_of=AS_OF, bom=True).startswith("\ufeffid,company")
    assert export_csv([], as_of=AS_OF).startswith("id,company")


AWKWARD = st.sampled_from(
    [
        "Acme, Inc.",
        'The "Best" Company',
        "Line one\nline two",
        "Carriage\rreturn",
        "=SUM(A1:A9)",
        "'=already quoted",
        "+44 20 7946 0000",
        "-minus",
        "@handle",
        "  padded  ",
        "\t=tabbed",
        "Ünïcødé GmbH",
        "株式会社テスト",
        "emoji 🚀 co",
        "semi;colon",
        "tab\there",
        "{json-ish}",
        "sep=;",
    ]
)
TEXT = st.one_of(
    AWKWARD, st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
)
NAME = TEXT.filter(lambda t: bool(t.strip()))
MOMENT = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31))
EVENTS = st.lists(
    st.builds(
        Event,
        kind=st.sampled_from(EventKind),
        at=MOMENT,
        final=st.booleans(),
        signal=st.none() | st.sampled_from(Signal),
        due=st.none() | st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    ),
    max_size=6,
)


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    events = [dataclasses.replace(e, id=i + 1) for i, e in enumerate(draw(EVENTS))]
    opportunity = Opportunity(
        company=draw(NAME),
        role=draw(TEXT),
        location=draw(TEXT),
        url=draw(TEXT),
        channel=draw(st.none() | st.sampled_from(Channel)),
        requisition=draw(TEXT),
        salary_min=draw(st.none() | st.integers(0, 10**7)),
        salary_max=draw(st.none() | st.integers(0, 10**7)),
        currency=draw(st.sampled_from(["", "USD", "EUR", "GBP", "JPY"])),
        notes=draw(TEXT),
        archived=draw(st.booleans()),
    )
    return Dossier(opportunity, events)


def _key(company: str) -> str:
    return " ".join(company.casefold().split())


@settings(
    max_examples=int(os.environ.get("HB_EXAMPLES", 150)),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(dossiers(), max_size=5, unique_by=lambda d: _key(d.opportunity.company)),
    MOMENT,
)
def test_an_export_reimports_to_the_same_opportunities(
    items: list[Dossier], as_of: datetime
) -> None:
    plan = read_csv(export_csv(items, as_of=as_of))
    assert plan.errors == []
    assert len(plan.rows) == len(items)
    for original, planned in zip(items, plan.rows, strict=True):
        before, after = original.opportunity, planned.opportunity
        for name in ("company", "role", "location", "url", "requisition", "notes"):
            assert getattr(after, name) == getattr(before, name).strip(), name
        assert after.channel is before.channel
        assert (after.salary_min, after.salary_max) == (before.salary_min, before.salary_max)
        assert after.currency == before.currency
        assert after.archived is before.archived
        then = derive(original.events, as_of)
        now = derive(planned.events)
        assert now.stage is then.stage
        assert (now.applied_at.date() if now.applied_at else None) == (
            then.applied_at.date() if then.applied_at else None
        )


def test_reimporting_an_export_twice_gives_stable_uids() -> None:
    dossier = _dossier(
        "Acme",
        Event(EventKind.APPLIED, datetime(2026, 3, 2), id=1),
        Event(EventKind.REJECTED, datetime(2026, 3, 9), id=2),
    )
    first = read_csv(export_csv([dossier], as_of=AS_OF))
    second = read_csv(export_csv([dossier], as_of=AS_OF + timedelta(days=30)))
    assert first.rows[0].opportunity.uid == second.rows[0].opportunity.uid
