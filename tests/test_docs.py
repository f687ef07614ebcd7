"""The documentation keeps up with the code: every command, option and setting is documented."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from heardback.cli.main import app
from heardback.settings import SETTINGS

DOCS = Path(__file__).parents[1] / "docs"


def _commands() -> list[tuple[str, list[str]]]:
    """(command path, long option names) for every command, sub-commands included."""
    root = typer.main.get_command(app)
    found: list[tuple[str, list[str]]] = []

    def walk(cmd: object, prefix: str) -> None:
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, f"{prefix} {name}".strip())
            return
        options = [
            opt
            for param in getattr(cmd, "params", [])
            for opt in getattr(param, "opts", [])
            if opt.startswith("--") and opt != "--help"
        ]
        found.append((prefix, options))

    walk(root, "")
    return found


def _sections(text: str) -> dict[str, str]:
    parts = re.split(r"^### heardback (.+)$", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def test_every_command_and_option_is_in_the_cli_reference() -> None:
    sections = _sections((DOCS / "cli.md").read_text(encoding="utf-8"))
    missing = []
    for name, options in _commands():
        if name not in sections:
            missing.append(f"command '{name}'")
            continue
        missing.extend(f"{name} {o}" for o in options if o not in sections[name])
    assert not missing, f"undocumented in docs/cli.md: {missing}"


def test_the_reference_documents_no_command_that_does_not_exist() -> None:
    sections = _sections((DOCS / "cli.md").read_text(encoding="utf-8"))
    assert set(sections) <= {name for name, _ in _commands()}


def test_every_setting_is_documented() -> None:
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in text]
    assert not missing, f"undocumented settings: {missing}"


def test_readme_quick_start_has_the_two_commands() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
