"""Phrase banks for synthetic recruiting mail, read from ``phrases.yaml`` beside this file.

Each kind has core sentences (at least one is used), extras (traps and fillers that must not
change the kind) and subjects, per language; ``NOT_JOB`` holds mail that is not about the user's
own applications (job alerts, digests, shops, banks, friends ...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from heardback.mail.rules import load_yaml

_RAW: dict[str, Any] = load_yaml(Path(__file__).with_name("phrases.yaml"))
#: more languages (and more sentences for some): merged into _RAW below
_MORE: dict[str, Any] = load_yaml(Path(__file__).with_name("phrases_langs.yaml"))
_RAW["langs"] = [*_RAW["langs"], *_MORE["langs"]]
for _key in ("roles", "greet", "close", "team", "neutral", "not_job_intl"):
    _RAW[_key] = {**_RAW[_key], **_MORE[_key]}
for _kind, _by_lang in _MORE["bank"].items():
    _RAW["bank"][_kind].update(_by_lang)

LANGS: tuple[str, ...] = tuple(_RAW["langs"])
COMPANY_HEADS: list[str] = _RAW["company_heads"]
COMPANY_TAILS: list[str] = _RAW["company_tails"]
ROLES: dict[str, list[str]] = _RAW["roles"]
FIRST: list[str] = _RAW["first"]
LAST: list[str] = _RAW["last"]
GREET: dict[str, list[str]] = _RAW["greet"]
CLOSE: dict[str, list[str]] = _RAW["close"]
TEAM: dict[str, list[str]] = _RAW["team"]
NEUTRAL: dict[str, list[str]] = _RAW["neutral"]


def _bank() -> dict[str, dict[str, tuple[list[str], list[str], list[str]]]]:
    out: dict[str, dict[str, tuple[list[str], list[str], list[str]]]] = {
        kind: {lang: (v["core"], v["extra"], v["subjects"]) for lang, v in by_lang.items()}
        for kind, by_lang in _RAW["bank"].items()
    }
    for more in (_RAW.get("bank_more", {}), _MORE.get("bank_more", {})):
        for kind, by_lang in more.items():
            for lang, v in by_lang.items():
                core, extra, subjects = out[kind].get(lang, ([], [], []))
                out[kind][lang] = (core + v["core"], extra + v["extra"], subjects + v["subjects"])
    return out


#: kind -> lang -> (core sentences, extra sentences, subjects)
BANK: dict[str, dict[str, tuple[list[str], list[str], list[str]]]] = _bank()
#: category -> (sender name, address, subjects, lines)
NOT_JOB: dict[str, tuple[str, str, list[str], list[str]]] = {
    cat: (v["name"], v["address"], v["subjects"], v["lines"])
    for cat, v in {**_RAW["not_job"], **_RAW.get("not_job_more", {})}.items()
}
NOT_JOB_INTL: dict[str, list[str]] = _RAW["not_job_intl"]
