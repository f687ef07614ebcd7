"""Mail use cases shared by the CLI, the web app and workers: import a mailbox, sync IMAP,
classify without storing, retrain from corrections."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from heardback.mail.ingest import IngestStats, Recorder
from heardback.mail.model import Classification, Extraction, ParsedMail
from heardback.services import Context
from heardback.settings import data_dir

Progress = Callable[[IngestStats], None]


def user_model_dir() -> Path:
    """Where `heardback mail retrain` keeps the model trained with the user's corrections."""
    return data_dir() / "mail_model"


@dataclass
class Pipeline:
    """The classifier and extractor as one object, configured for this user."""

    known_domains: frozenset[str] = frozenset()
    user_addresses: frozenset[str] = frozenset()

    def classify(self, mails: Sequence[ParsedMail]) -> list[Classification]:
        from heardback.mail.classify import classify_many
        from heardback.mail.learned import default_model

        return classify_many(
            mails,
            known_domains=self.known_domains,
            user_addresses=self.user_addresses,
            model=default_model(user_model_dir()),
        )

    def extract(self, mail: ParsedMail, cls: Classification) -> Extraction:
        from heardback.mail.extract import extract

        return extract(mail, cls)


@dataclass
class Analyser:
    """Classification and extraction for the scan's worker processes (picklable): messages
    already in the ledger are left alone, as the recorder would skip them."""

    pipeline: Pipeline
    seen: frozenset[str] = frozenset()

    def __call__(self, mails: list[ParsedMail]) -> list[Any]:
        from heardback.mail.model import MailKind
        from heardback.mail.record import message_key

        todo = [m for m in mails if message_key(m) not in self.seen]
        verdicts = dict(zip((m.ref for m in todo), self.pipeline.classify(todo), strict=True))
        out: list[Any] = []
        for mail in mails:
            cls = verdicts.get(mail.ref)
            if cls is None:
                out.append(None)
                continue
            job = cls.kind is not MailKind.NOT_JOB
            out.append((cls, self.pipeline.extract(mail, cls) if job else None))
        return out


class Analysed:
    """The recorder's classify/extract, taking what the scan's workers already worked out and
    doing the rest here (small mailboxes are not split between workers)."""

    def __init__(self, pipeline: Pipeline, analysis: dict[Any, Any]) -> None:
        self.pipeline = pipeline
        self.analysis = analysis
        self.extractions: dict[Any, tuple[Classification, Extraction]] = {}

    def classify(self, mails: Sequence[ParsedMail]) -> list[Classification]:
        found: list[Classification | None] = []
        for mail in mails:
            got = self.analysis.pop(mail.ref, None)
            if got is None:
                found.append(None)
                continue
            cls, ext = got
            if ext is not None:
                self.extractions[mail.ref] = (cls, ext)
            found.append(cls)
        missing = [m for m, c in zip(mails, found, strict=True) if c is None]
        extra = iter(self.pipeline.classify(missing) if missing else [])
        return [c if c is not None else next(extra) for c in found]

    def extract(self, mail: ParsedMail, cls: Classification) -> Extraction:
        got = self.extractions.pop(mail.ref, None)
        if got is not None and got[0] == cls:
            return got[1]
        return self.pipeline.extract(mail, cls)


def known_senders(ctx: Context) -> tuple[frozenset[str], frozenset[str]]:
    """Employer domains and contact addresses already tracked (they always pass the prefilter)."""
    from heardback import services
    from heardback.mail.catalog import load_catalog

    catalog = load_catalog()
    addresses = {c.email.lower() for c in services.contacts(ctx) if c.email}
    domains = {
        a.rsplit("@", 1)[-1]
        for a in addresses
        if not catalog.is_personal_domain(a.rsplit("@", 1)[-1])
        and catalog.vendor_for_domain(a.rsplit("@", 1)[-1]) is None
    }
    return frozenset(domains), frozenset(addresses)


def pipeline_for(ctx: Context) -> Pipeline:
    domains, _addresses = known_senders(ctx)
    mine = str(ctx.settings["your_email"]).strip().lower()
    return Pipeline(domains, frozenset({mine} if mine else ()))


def import_mailbox(ctx: Context, path: Path, *, progress: Progress | None = None) -> IngestStats:
    """Read a mailbox export (mbox, Takeout, Apple Mail, Maildir, .eml folder) into the store."""
    from heardback.mail.prefilter import load_prefilter
    from heardback.mail.scan import scan
    from heardback.store.mail_repo import MailRepo

    ctx.db.ensure_schema()
    domains, addresses = known_senders(ctx)
    pipe = pipeline_for(ctx)
    with ctx.db.begin() as conn:
        seen = MailRepo(conn).all_keys()
    result = scan(path, load_prefilter(domains, addresses), analyse=Analyser(pipe, seen))
    done = Analysed(pipe, result.analysis)
    recorder = Recorder(ctx, done.classify, done.extract, progress=_with_scan(progress, result))
    stats = recorder.feed(result)
    _merge_scan(stats, result.stats)
    return stats


def _with_scan(progress: Progress | None, result: Any) -> Progress | None:
    if progress is None:
        return None

    def report(stats: IngestStats) -> None:
        _merge_scan(stats, result.stats)
        progress(stats)

    return report


def _merge_scan(stats: IngestStats, scan_stats: Any) -> None:
    stats.read = scan_stats.read
    stats.candidates = scan_stats.candidates
    stats.defects = scan_stats.defects
    stats.skipped = scan_stats.skipped
    stats.problems = list(scan_stats.defect_samples)


def sync(ctx: Context, name: str | None = None, *, progress: Progress | None = None) -> IngestStats:
    """Read new mail from the IMAP account(s), folder by folder, batch by batch.

    Each batch's events, ledger rows and the folder's new position are committed together, so an
    interrupted sync resumes where it stopped and never records a message twice.
    """
    from heardback.errors import UserError
    from heardback.mail.credentials import get_password
    from heardback.mail.headers import parse_headers
    from heardback.mail.parse import parse_message
    from heardback.mail.prefilter import load_prefilter
    from heardback.mail.scan import check_entry
    from heardback.mail.sources import BytesEntry
    from heardback.mail.sources.imap import FolderState, ImapAccount, fetch_new
    from heardback.store.mail_repo import MailRepo

    ctx.db.ensure_schema()
    with ctx.db.begin() as conn:
        accounts = MailRepo(conn).accounts()
    if name is not None:
        accounts = [a for a in accounts if a.name == name]
        if not accounts:
            raise UserError(f"There is no mail account called {name!r}; add it first.")
    if not accounts:
        raise UserError("No mail account yet: add one with 'heardback mail account add'.")
    domains, addresses = known_senders(ctx)
    prefilter = load_prefilter(domains, addresses)
    pipe = pipeline_for(ctx)
    recorder = Recorder(ctx, pipe.classify, pipe.extract, progress=progress)
    for acc in accounts:
        account = ImapAccount(
            name=acc.name,
            host=acc.host,
            username=acc.username,
            port=acc.port,
            ssl=acc.security == "ssl",
            starttls=acc.security == "starttls",
            folders=acc.folders,
            since=acc.since,
            ca_file=_ca_file(),
        )
        password = get_password(acc.name)
        for folder in acc.folders:
            with ctx.db.begin() as conn:
                saved = MailRepo(conn).folder_state(acc.name, folder)
            state = FolderState(*saved) if saved else None
            for batch in fetch_new(account, password, folder, state, since=acc.since):
                mails: list[ParsedMail] = []
                for ref, raw in batch.messages:
                    recorder.stats.read += 1
                    entry = BytesEntry(ref, raw)
                    headers = parse_headers(entry.header)
                    passed, _reason = check_entry(prefilter, entry, headers)
                    if passed:
                        recorder.stats.candidates += 1
                        mails.append(parse_message(ref, raw, headers))
                recorder.record(mails, also=_saver(acc.name, folder, batch.state_after))
    return recorder.stats


def _saver(account: str, folder: str, state: Any) -> Callable[[Any], None]:
    """Saves how far a folder has been read, inside the batch's transaction."""

    def save(conn: Any) -> None:
        from heardback.store.mail_repo import MailRepo

        MailRepo(conn).save_folder_state(account, folder, state.uidvalidity, state.last_uid)

    return save


def _ca_file() -> str | None:
    """A CA certificate to trust for IMAP (HEARDBACK_IMAP_CA_FILE), e.g. a local bridge's."""
    import os

    return os.environ.get("HEARDBACK_IMAP_CA_FILE") or None


def classify_path(path: Path, *, everything: bool = False) -> Iterator[dict[str, Any]]:
    """Classify a mailbox without touching any database: one dict per job-related message
    (every message with ``everything``). The stable interface of `heardback mail classify`."""
    from heardback.mail.scan import scan

    pipe = Pipeline()
    result = scan(path, full_parse_all=everything)
    batch: list[ParsedMail] = []
    for mail in result:
        batch.append(mail)
        if len(batch) >= 200:
            yield from _classified(pipe, batch, everything)
            batch = []
    if batch:
        yield from _classified(pipe, batch, everything)


def _classified(
    pipe: Pipeline, batch: list[ParsedMail], everything: bool
) -> Iterator[dict[str, Any]]:
    from heardback.mail.model import MailKind
    from heardback.mail.record import message_key

    for mail, cls in zip(batch, pipe.classify(batch), strict=True):
        if cls.kind is MailKind.NOT_JOB and not everything:
            continue
        ext = pipe.extract(mail, cls) if cls.kind is not MailKind.NOT_JOB else Extraction()
        yield {
            "message_id": message_key(mail),
            "kind": cls.kind.value,
            "confidence": round(cls.confidence, 3),
            "company": ext.company,
            "role": ext.role,
            "requisition": ext.requisition,
            "interview_at": ext.interview_at.isoformat() if ext.interview_at else None,
            "offer_deadline": ext.offer_deadline.isoformat() if ext.offer_deadline else None,
            "decision_date": ext.decision_date.isoformat() if ext.decision_date else None,
            "date": mail.headers.date.isoformat() if mail.headers.date else None,
            "from": mail.headers.from_addr,
            "subject": mail.headers.subject,
            "source": f"{mail.ref.source}#{mail.ref.key}",
            "reasons": [
                {"code": r.code, "text": r.text, "weight": round(r.weight, 3)}
                for r in (*cls.reasons, *ext.company_reasons)
            ],
        }


def retrain(ctx: Context) -> tuple[int, Path]:
    """Train the user's model with every decision made in the review queue."""
    from heardback.errors import UserError
    from heardback.mail import learned
    from heardback.mail.review import corrections

    examples = [
        (f"{c.get('subject', '')}\n{c.get('snippet', '')}", c["kind"]) for c in corrections(ctx)
    ]
    if not examples:
        raise UserError(
            "There are no corrections to learn from yet: decide some items with "
            "'heardback review' first."
        )
    try:
        path = learned.retrain(examples, user_model_dir())
    except learned.LearnedUnavailable as exc:
        raise UserError(f"Cannot retrain: {exc}") from None
    return len(examples), path
