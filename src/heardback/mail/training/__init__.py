"""Training mail for the text model (``heardback.mail.learned``).

Two parts: synthetic messages invented from heardback's own phrase banks (``phrases.py``) and
assembled by ``generate.py`` with a seeded random generator; and messages written by hand for
training (``written.py``, ``written/*.jsonl``) by authors who never saw the classifier. Both are
fixed, so the shipped model can be rebuilt bit for bit; it never sees a real mailbox or the
labelled evaluation corpora in ``tests/data/mail``.
"""

from heardback.mail.model import ParsedMail
from heardback.mail.training.generate import generate
from heardback.mail.training.written import written

__all__ = ["WRITTEN_WEIGHT", "examples", "generate", "written"]

#: how much one hand-written message counts next to one synthetic message: there are about a
#: fourteenth as many, and each is worded differently (chosen on the dev sets with the
#: classifier's MODEL_WEIGHT)
WRITTEN_WEIGHT = 3.0


def examples(seed: int, scale: float = 1.0) -> tuple[list[tuple[ParsedMail, str]], list[float]]:
    """The shipped model's training set: synthetic mail, then the written mail, with weights."""
    made = generate(seed, scale)
    hand = written()
    return made + hand, [1.0] * len(made) + [WRITTEN_WEIGHT] * len(hand)
