"""A small text model for mail kinds: TF-IDF on words, word pairs, word stems and sender features,
multinomial logistic regression, trained only on mail written for training
(``heardback.mail.training``): synthetic messages assembled from phrase banks and ~660 messages
written by hand by authors who never saw the classifier (never a real mailbox, never an evaluation
corpus).

Training needs scikit-learn; using the model needs only numpy. The model is stored as plain arrays
and a vocabulary (``data/mail_model/``: ``manifest.json``, ``vocab.json``, ``coef.npy``,
``intercept.npy``, ``idf.npy``), never as a pickle: loading is fast (no scikit-learn import, which
alone takes over a second) and a model file in a user's data folder cannot run code.
:func:`load` returns ``None`` when the files are missing, from another format or feature version,
inconsistent, or when numpy is not importable; the rules then work alone.

    python -m heardback.mail.learned --train [--out DIR]     # rebuild the shipped model

User corrections: :func:`retrain` trains on the same training mail plus the user's examples
(weighted up) and writes a user model to the folder the caller chooses; :func:`load` prefers it
when present and compatible.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from heardback.mail.catalog import load_catalog
from heardback.mail.classify import strip_subject
from heardback.mail.model import Headers, MailKind, MessageRef, ParsedMail
from heardback.mail.rules import normalize

FORMAT_VERSION = 1
#: bump when :func:`features` changes: older models are then refused
FEATURES_VERSION = 2  # 2: normalize() folds Polish, Czech, Turkish, Hungarian letters
MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "mail_model"
FILES = ("manifest.json", "vocab.json", "coef.npy", "intercept.npy", "idf.npy")
TEXT_CHARS = 1500
USER_WEIGHT = 25.0
SEED = 20250301
_TOKEN = re.compile(r"\w\w+")
_DIGITS = re.compile(r"\d")


class LearnedUnavailable(RuntimeError):
    """Training needs scikit-learn (and numpy), which are not installed."""


def features(mail: ParsedMail) -> list[str]:
    """The tokens the model sees: subject and text words, word pairs, stems, sender facts."""
    h = mail.headers
    subject, is_reply = strip_subject(h.subject)
    out: list[str] = []
    sw = [("#" if _DIGITS.search(w) else w) for w in _TOKEN.findall(normalize(subject))]
    out += ["s:" + w for w in sw]
    out += ["s:" + a + "_" + b for a, b in itertools.pairwise(sw)]
    bw = [
        ("#" if _DIGITS.search(w) else w) for w in _TOKEN.findall(normalize(mail.text[:TEXT_CHARS]))
    ]
    out += bw
    out += [a + "_" + b for a, b in itertools.pairwise(bw)]
    out += ["p:" + w[:5] for w in bw if len(w) > 6]
    sender = load_catalog().sender(h.from_addr)
    out.append("f:vendor=" + (sender.vendor.kind if sender.vendor else "none"))
    if sender.role:
        out.append("f:role=" + sender.role)
    if sender.personal:
        out.append("f:personal")
    if sender.noreply:
        out.append("f:noreply")
    if is_reply:
        out.append("f:reply")
    if h.list_unsubscribe:
        out.append("f:bulk")
    for invite in mail.calendar:
        out.append("f:calendar=" + (invite.method.lower() or "request"))
        out += ["c:" + w for w in _TOKEN.findall(normalize(invite.summary))]
    if not mail.text.strip():
        out.append("f:empty")
    return out


class LearnedModel:
    """The model as arrays: ``predict_proba`` needs numpy only."""

    def __init__(
        self, path: Path, manifest: dict[str, Any], vocab: list[str], arrays: dict[str, Any]
    ):
        self.path = path
        self.manifest = manifest
        self.classes: tuple[str, ...] = tuple(manifest["classes"])
        self.index = {tok: i for i, tok in enumerate(vocab)}
        self.coef = arrays["coef"]  # (n_classes, n_features) float32
        self.intercept = arrays["intercept"]
        self.idf = arrays["idf"]
        self.user = bool(manifest.get("user", False))
        #: per message of the last :meth:`predict_proba` batch: the share of its words the model
        #: knows (a message in a script or language it never saw gets an opinion from a few
        #: sender features only, which the classifier then trusts less)
        self.coverage: list[float] = []

    def describe(self) -> str:
        m = self.manifest
        who = "user-corrected" if self.user else "shipped"
        return f"{who} text model ({m['n_features']} features, {m['n_examples']} examples)"

    def predict_proba(self, mails: Sequence[ParsedMail]) -> list[dict[str, float]]:
        """Class probabilities per message (batch: one matrix product for all)."""
        import numpy as np

        if not mails:
            return []
        logits = np.tile(self.intercept.astype(np.float64), (len(mails), 1))
        index = self.index
        self.coverage = coverage = []
        for r, mail in enumerate(mails):
            feats = features(mail)
            words = [f for f in feats if ":" not in f and "_" not in f]
            known = sum(1 for w in words if w in index)
            coverage.append(known / len(words) if words else 1.0)
            counts = Counter(i for i in map(index.get, feats) if i is not None)
            if not counts:
                continue
            cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
            vals = (1.0 + np.log(tf)) * self.idf[cols]
            norm = float(np.sqrt(np.dot(vals, vals)))
            if norm:
                vals /= norm
            logits[r] += self.coef[:, cols] @ vals
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        return [dict(zip(self.classes, map(float, p), strict=True)) for p in probs]


def is_outdated(folder: Path | str) -> bool:
    """A model is there but was built by another heardback (format or features version): it is
    ignored until it is retrained."""
    try:
        manifest = json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (manifest.get("format_version"), manifest.get("features_version")) != (
        FORMAT_VERSION,
        FEATURES_VERSION,
    )


def load(
    user_dir: Path | str | None = None, *, model_dir: Path | str | None = None
) -> LearnedModel | None:
    """The user model in ``user_dir`` when compatible, else the shipped one; ``None`` if neither."""
    for folder in ([Path(user_dir)] if user_dir else []) + [
        Path(model_dir) if model_dir else MODEL_DIR
    ]:
        model = _load_dir(folder)
        if model is not None:
            return model
    return None


def _load_dir(folder: Path) -> LearnedModel | None:
    try:
        import numpy as np
    except ImportError:
        return None
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format_version") != FORMAT_VERSION:
            return None
        if manifest.get("features_version") != FEATURES_VERSION:
            return None
        classes = manifest["classes"]
        if not classes or any(c not in MailKind.__members__.values() for c in classes):
            return None
        vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        arrays = {
            name: np.load(folder / f"{name}.npy", allow_pickle=False)
            for name in ("coef", "intercept", "idf")
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None
    n = len(vocab)
    if (
        arrays["coef"].shape != (len(classes), n)
        or arrays["idf"].shape != (n,)
        or arrays["intercept"].shape != (len(classes),)
    ):
        return None
    return LearnedModel(folder, manifest, vocab, arrays)


@lru_cache(maxsize=4)
def _cached(user_dir: str) -> LearnedModel | None:
    return load(user_dir or None)


def default_model(user_dir: Path | str | None = None) -> LearnedModel | None:
    """:func:`load`, once per process (per user folder)."""
    return _cached(str(user_dir or ""))


# -- training -------------------------------------------------------------------------------------
def _sklearn() -> tuple[Any, Any, Any]:
    try:
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
        from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
    except ImportError as exc:
        raise LearnedUnavailable("training the mail model needs scikit-learn and numpy") from exc
    return np, TfidfVectorizer, LogisticRegression


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def train(
    examples: Sequence[tuple[ParsedMail, str]],
    out_dir: Path | str,
    *,
    weights: Sequence[float] | None = None,
    user: bool = False,
    max_features: int = 40000,
    c: float = 4.0,
) -> Path:
    """Fit the model on labelled mail and write it to ``out_dir``. Deterministic for equal input."""
    np, tfidf_cls, lr_cls = _sklearn()
    import sklearn  # type: ignore[import-untyped]

    docs = [features(m) for m, _ in examples]
    labels = [str(k) for _, k in examples]
    vectorizer = tfidf_cls(
        analyzer=_identity, sublinear_tf=True, min_df=2, max_features=max_features, dtype=np.float32
    )
    x = vectorizer.fit_transform(docs)
    clf = lr_cls(C=c, max_iter=3000, tol=1e-6)
    clf.fit(
        x,
        labels,
        sample_weight=np.asarray(weights, dtype=np.float64) if weights is not None else None,
    )
    vocab = [tok for tok, _ in sorted(vectorizer.vocabulary_.items(), key=lambda kv: kv[1])]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "coef.npy", clf.coef_.astype(np.float32), allow_pickle=False)
    np.save(out / "intercept.npy", clf.intercept_.astype(np.float32), allow_pickle=False)
    np.save(out / "idf.npy", vectorizer.idf_.astype(np.float32), allow_pickle=False)
    (out / "vocab.json").write_text(
        json.dumps(vocab, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    manifest = {
        "format_version": FORMAT_VERSION,
        "features_version": FEATURES_VERSION,
        "sklearn_version": sklearn.__version__,
        "numpy_version": np.__version__,
        "classes": [str(k) for k in clf.classes_],
        "n_features": len(vocab),
        "n_examples": len(examples),
        "user": user,
        "trained_on": "synthetic and hand-written mail from heardback.mail.training"
        + (" + user corrections" if user else ""),
        "estimator": f"LogisticRegression(C={c}) on sublinear TF-IDF",
    }
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    _cached.cache_clear()
    return out


def _as_mail(item: ParsedMail | str, i: int) -> ParsedMail:
    if isinstance(item, ParsedMail):
        return item
    subject, _, text = str(item).partition("\n")
    return ParsedMail(
        ref=MessageRef("correction", str(i)), headers=Headers(subject=subject), text=text
    )


def retrain(
    extra_examples: Sequence[tuple[ParsedMail | str, str | MailKind]],
    directory: Path | str,
    *,
    scale: float = 1.0,
) -> Path:
    """A user model: the training mail plus the user's corrections, each counting
    ``USER_WEIGHT`` times. ``extra_examples``: (mail, kind), where a mail may be a ParsedMail or
    a string "subject\\nbody". Written to ``directory`` (the user's data folder)."""
    _sklearn()
    from heardback.mail.training import examples

    base, base_weights = examples(SEED, scale)
    extra = [(_as_mail(m, i), str(MailKind(k))) for i, (m, k) in enumerate(extra_examples)]
    weights = base_weights + [USER_WEIGHT] * len(extra)
    return train(base + extra, directory, weights=weights, user=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m heardback.mail.learned", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--train", action="store_true", help="rebuild the model from the training mail"
    )
    parser.add_argument(
        "--out", type=Path, default=MODEL_DIR, help="output folder (default: shipped model)"
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="fraction of the synthetic examples"
    )
    args = parser.parse_args(argv)
    if not args.train:
        model = load()
        print(model.describe() if model else "no compatible model installed")
        return 0
    from heardback.mail.training import examples

    mails, weights = examples(SEED, args.scale)
    try:
        out = train(mails, args.out, weights=weights)
    except LearnedUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    size = sum((out / f).stat().st_size for f in FILES)
    print(f"wrote {out} ({math.ceil(size / 1024)} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
