"""The text model: loading and its fallbacks, equivalence with scikit-learn, deterministic
training, user corrections, and the classifier without any model."""

from __future__ import annotations

import builtins
import hashlib
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from heardback.mail import learned
from heardback.mail.classify import classify
from heardback.mail.model import Headers, MailKind, MessageRef, ParsedMail
from heardback.mail.training import generate

TINY = 0.06  # ~430 synthetic messages: trains in about a second


def mail(subject: str, text: str, frm: str = "sue@acme.com") -> ParsedMail:
    return ParsedMail(
        ref=MessageRef("t", subject),
        headers=Headers(subject=subject, from_addr=frm, from_name="Sue Park"),
        text=text,
    )


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sklearn")
    out = tmp_path_factory.mktemp("model")
    learned.train(generate(seed=7, scale=TINY), out)
    return out


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for name in learned.FILES:
        h.update((folder / name).read_bytes())
    return h.hexdigest()


# -- the shipped model ----------------------------------------------------------------------------
def test_shipped_model_loads_fast_and_is_small() -> None:
    pytest.importorskip("numpy")
    size = sum((learned.MODEL_DIR / f).stat().st_size for f in learned.FILES)
    assert size < 5 * 1024 * 1024
    model = learned.load()  # arrays and a vocabulary only (speed: bench/, not asserted here)
    assert model is not None and not model.user
    manifest = json.loads((learned.MODEL_DIR / "manifest.json").read_text())
    assert manifest["format_version"] == learned.FORMAT_VERSION
    assert manifest["sklearn_version"]
    assert set(model.classes) == {k.value for k in MailKind}


def test_shipped_model_predicts_sensible_kinds() -> None:
    model = learned.load()
    if model is None:
        pytest.skip("numpy not installed")
    probs = model.predict_proba(
        [
            mail(
                "Your application",
                "Unfortunately we decided to move forward with other candidates.",
            ),
            mail("Interview invitation", "We would like to invite you to an interview next week."),
        ]
    )
    assert max(probs[0], key=probs[0].__getitem__) == "rejected"
    assert max(probs[1], key=probs[1].__getitem__) == "interview"
    assert all(abs(sum(p.values()) - 1) < 1e-5 for p in probs)


# -- fallbacks ------------------------------------------------------------------------------------
def test_missing_model_returns_none_and_rules_still_work(tmp_path: Path) -> None:
    assert learned.load(model_dir=tmp_path / "nothing") is None
    result = classify(
        mail("Your application", "We have decided to move forward with other candidates."),
        model=None,
    )
    assert result.kind == MailKind.REJECTED
    assert not any(r.code == "model" for r in result.reasons)


@pytest.mark.parametrize(
    "damage",
    ["format", "features", "classes", "shape", "garbage"],
)
def test_incompatible_model_returns_none(tiny_model: Path, tmp_path: Path, damage: str) -> None:
    bad = tmp_path / "bad"
    shutil.copytree(tiny_model, bad)
    manifest = json.loads((bad / "manifest.json").read_text())
    if damage == "format":
        manifest["format_version"] = learned.FORMAT_VERSION + 1
    elif damage == "features":
        manifest["features_version"] = -1
    elif damage == "classes":
        manifest["classes"] = ["applied", "something_else"]
    elif damage == "shape":
        (bad / "vocab.json").write_text(json.dumps(["only", "three", "tokens"]))
    else:
        (bad / "coef.npy").write_bytes(b"not numpy")
    (bad / "manifest.json").write_text(json.dumps(manifest))
    assert learned.load(model_dir=bad) is None


def test_numpy_missing_means_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_numpy(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "numpy" or name.startswith("numpy."):
            raise ImportError("no numpy here")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "numpy", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_numpy)
    assert learned.load() is None


def test_sklearn_missing_means_no_training_but_the_model_still_loads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pytest.importorskip("numpy")
    real_import = builtins.__import__

    def no_sklearn(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "sklearn" or name.startswith("sklearn."):
            raise ImportError("no sklearn here")
        return real_import(name, *args, **kwargs)

    for mod in [m for m in sys.modules if m == "sklearn" or m.startswith("sklearn.")]:
        monkeypatch.delitem(sys.modules, mod)
    monkeypatch.setattr(builtins, "__import__", no_sklearn)
    with pytest.raises(learned.LearnedUnavailable):
        learned.retrain([(mail("x", "y"), "applied")], tmp_path / "user")
    assert learned.load() is not None  # using the model needs numpy only
    assert learned.main(["--train", "--out", str(tmp_path / "m")]) == 2


# -- training -------------------------------------------------------------------------------------
def test_training_is_deterministic(tiny_model: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    learned.train(generate(seed=7, scale=TINY), again)
    assert _digest(again) == _digest(tiny_model)


def test_inference_matches_scikit_learn(tiny_model: Path) -> None:
    np = pytest.importorskip("numpy")
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    data = generate(seed=7, scale=TINY)
    vec = TfidfVectorizer(
        analyzer=learned._identity, sublinear_tf=True, min_df=2, max_features=40000
    )
    x = vec.fit_transform([learned.features(m) for m, _ in data])
    clf = LogisticRegression(C=4.0, max_iter=3000, tol=1e-6).fit(x, [k for _, k in data])
    probe = [m for m, _ in generate(seed=99, scale=0.01)]
    ours = learned.load(model_dir=tiny_model)
    assert ours is not None
    theirs = clf.predict_proba(vec.transform([learned.features(m) for m in probe]))
    mine = np.array([[p[c] for c in clf.classes_] for p in ours.predict_proba(probe)])
    assert np.allclose(mine, theirs, atol=2e-3)  # float32 storage


def test_user_corrections_are_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn")
    user_dir = tmp_path / "user-model"
    odd = mail("Quarterly garden party", "The garden party moves to the big tent this year.")
    corrections = [(odd, "offer")] * 3 + [
        ("Quarterly garden party\nBring sunscreen.", MailKind.OFFER)
    ]
    learned.retrain(corrections, user_dir, scale=TINY)
    model = learned.load(user_dir)
    assert model is not None and model.user and model.path == user_dir
    probs = model.predict_proba([odd])[0]
    assert max(probs, key=probs.__getitem__) == "offer"
    # an incompatible user model falls back to the shipped one
    (user_dir / "manifest.json").write_text("{}")
    fallback = learned.load(user_dir)
    assert fallback is not None and not fallback.user


def test_classify_many_uses_one_batch(tiny_model: Path) -> None:
    from heardback.mail.classify import classify_many

    model = learned.load(model_dir=tiny_model)
    assert model is not None
    calls: list[int] = []
    original = model.predict_proba

    def counting(mails: Any) -> Any:
        calls.append(len(mails))
        return original(mails)

    model.predict_proba = counting  # type: ignore[method-assign]
    batch = [mail("Interview", "Please share your availability for an interview.")] * 5
    results = classify_many(batch, model=model)
    assert calls == [5]
    assert all(r.kind == MailKind.INTERVIEW for r in results)
    assert any(r.code == "model" for r in results[0].reasons)
