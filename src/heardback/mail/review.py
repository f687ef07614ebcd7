"""The review queue: what the mail pipeline was unsure about, decided by the user.

One interface for every front end (convention 2): the CLI prompts, the web app will queue, tests
script the answers. Every decision is kept (status and resolution) so corrections can retrain
the classifier (``heardback mail retrain``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Any

from heardback.errors import UserError
from heardback.mail.ingest import (
    apply,
    classification_from,
    extraction_from,
    mail_from_summary,
)
from heardback.mail.link import LinkAction, LinkDecision
from heardback.mail.model import MailKind, Reason
from heardback.services import Context


class Choice(enum.StrEnum):
    ACCEPT = "accept"  # do what heardback suggested
    LINK = "link"  # record it on another opportunity
    LABEL = "label"  # it is another kind of message
    IGNORE = "ignore"  # not worth recording


@dataclass(frozen=True, slots=True)
class Decision:
    choice: Choice
    opportunity_id: int | None = None
    kind: MailKind | None = None


def open_items(ctx: Context) -> list[Any]:
    from heardback.store.mail_repo import MailRepo

    with ctx.db.begin() as conn:
        return MailRepo(conn).reviews("open")


def suggestion(item: Any) -> str:
    """What accepting would do, in words."""
    payload = item.payload
    suggested = payload.get("suggested")
    company = payload.get("extraction", {}).get("company", "")
    if suggested is not None:
        label = next(
            (r["label"] for r in payload.get("ranking", []) if r["opportunity_id"] == suggested),
            f"#{suggested}",
        )
        return f"record it as '{item.kind}' on #{suggested} {label}"
    if company:
        return f"record it as '{item.kind}' on a new opportunity at {company}"
    return "nothing to link it to: relink it to an opportunity, relabel or ignore it"


def resolve(ctx: Context, item_id: int, decision: Decision) -> str:
    """Apply a decision to a review item; returns one sentence saying what was done."""
    from heardback.store.mail_repo import MailRepo

    with ctx.db.begin() as conn:
        mail_repo = MailRepo(conn)
        item = mail_repo.review(item_id)
        if item.status != "open":
            raise UserError(f"Review item #{item_id} was already decided ({item.status}).")
        payload = item.payload
        mail = mail_from_summary(payload["mail"])
        cls = classification_from(payload["classification"])
        ext = extraction_from(payload["extraction"])
        status = {
            Choice.ACCEPT: "accepted",
            Choice.LINK: "relinked",
            Choice.LABEL: "relabelled",
            Choice.IGNORE: "ignored",
        }[decision.choice]
        if decision.choice is Choice.LABEL:
            if decision.kind is None:
                raise UserError("Say which kind it is.")
            cls = replace(
                cls,
                kind=decision.kind,
                confidence=1.0,
                reasons=(*cls.reasons, Reason("user", "you labelled it", 1.0)),
            )
        resolution: dict[str, Any] = {
            "kind": cls.kind.value,
            "subject": mail.headers.subject,
            "from": mail.headers.from_addr,
            "snippet": mail.text,
        }
        if decision.choice is Choice.IGNORE or cls.kind is MailKind.NOT_JOB:
            mail_repo.set_outcome(item.message_key, "ignored", None, cls.kind.value)
            mail_repo.resolve_review(item_id, status, {**resolution, "opportunity_id": None})
            return f"Ignored review item #{item_id}."
        target = decision.opportunity_id if decision.choice is Choice.LINK else None
        if target is None:
            target = payload.get("suggested")
        if target is not None:
            repo = ctx.repo(conn)
            repo.dossier(int(target))  # a clear error if it does not exist
            link = LinkDecision(
                LinkAction.LINK,
                int(target),
                reasons=(Reason("user", "you linked it", 1.0),),
            )
        elif ext.company:
            link = LinkDecision(
                LinkAction.CREATE, reasons=(Reason("user", "you confirmed it", 1.0),)
            )
        else:
            raise UserError(
                f"Review item #{item_id} has no opportunity to go to: link it to one by number, "
                "or ignore it."
            )
        oid = apply(ctx.repo(conn), mail, cls, ext, link, {})
        mail_repo.set_outcome(item.message_key, "event", oid, cls.kind.value)
        mail_repo.resolve_review(item_id, status, {**resolution, "opportunity_id": oid})
        return f"Recorded review item #{item_id} as '{cls.kind.value}' on opportunity #{oid}."


def corrections(ctx: Context) -> list[dict[str, Any]]:
    """Every decided review item's final kind, subject, sender and text: training examples."""
    from heardback.store.mail_repo import MailRepo

    with ctx.db.begin() as conn:
        items = MailRepo(conn).reviews(None)
    return [i.resolution for i in items if i.status != "open" and i.resolution.get("kind")]
