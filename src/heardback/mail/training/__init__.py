"""Synthetic training mail for the text model (``heardback.mail.learned``).

Everything here is invented from heardback's own phrase banks (``phrases.py``) and assembled by
``generate.py`` with a seeded random generator, so the shipped model can be rebuilt bit for bit
and never sees a real mailbox or the labelled evaluation corpus in ``tests/data/mail``.
"""

from heardback.mail.training.generate import generate

__all__ = ["generate"]
