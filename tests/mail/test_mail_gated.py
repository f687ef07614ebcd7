"""The extractor's gated expressions find exactly what the plain case-insensitive expressions
find: the quick checks on the lower-cased text (openers, gate) never skip a real match."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heardback.mail import extract, extract_company, extract_roles
from heardback.mail.gated import Gated, lowered

ALL: list[Gated] = [
    *(g for _w, g in extract_company._LEAD_RX),
    *(g for _w, g in extract_roles._CUES),
    extract._REQ_LABELLED,
]
#: words of the expressions themselves, so random texts often come close to matching
VOCAB = sorted({w for g in ALL for w in re.findall(r"[^\W\d_]{2,}", g.full.pattern)})
FILLER = ["Acme", "Nordlicht GmbH", "Data Analyst", "REQ-20931", "İstanbul", "the", "a", "Ünal"]
GLUE = [" ", "  ", "\n", ", ", ". ", ": ", " – ", "'", "-", "\t", "(", ")"]


def _case(word: str, how: int) -> str:
    return (word, word.upper(), word.capitalize(), word.swapcase())[how % 4]


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 30))):
        word = draw(st.sampled_from(VOCAB + FILLER))
        parts.append(_case(word, draw(st.integers(0, 3))))
        parts.append(draw(st.sampled_from(GLUE)))
    return "".join(parts)


def test_most_expressions_have_quick_checks() -> None:
    """The speed-up depends on it; a lead that loses its openers should be noticed."""
    assert sum(g.gate is not None for g in ALL) >= len(ALL) - 2
    assert sum(g.openers is not None for g in ALL) >= 0.8 * len(ALL)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_gated_matches_equal_plain_matches(text: str) -> None:
    low = lowered(text)
    for g in ALL:
        plain = [m.span() for m in g.full.finditer(text)]
        assert [m.span() for m in g.finditer(text, low)] == plain, g.full.pattern[:80]
        got = g.search(text, low)
        assert (got.span() if got else None) == (plain[0] if plain else None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thank you for applying to Nordlicht Energie", "Nordlicht Energie"),
        ("THANK YOU FOR APPLYING TO Nordlicht", "Nordlicht"),
        ("Thanks so much for your application at Brightwell", "Brightwell"),
        ("We thank everyone. Nothing else here.", None),
    ],
)
def test_lead_in_any_case(text: str, found: str | None) -> None:
    hits = [g.search(text, lowered(text)) for _w, g in extract_company._LEAD_RX]
    names = [m.group("c") for m in hits if m]
    assert (names[0] if names else None) == found


def test_text_whose_lower_case_moves_offsets_runs_in_full() -> None:
    text = "İİİ Thank you for applying to Acme"
    assert lowered(text) is None
    hits = [g.search(text, None) for _w, g in extract_company._LEAD_RX]
    assert any(m and m.group("c") == "Acme" for m in hits)
