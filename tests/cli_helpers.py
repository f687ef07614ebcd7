"""Running the real CLI in-process, as a user would type it."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from heardback.cli.main import app


class Session:
    """A user at a terminal, pointed at one store."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.runner = CliRunner()

    def run(self, *args: str, ok: bool = True, input: str | None = None) -> Any:
        result = self.runner.invoke(app, ["--db", self.db_url, *args], input=input)
        if ok and result.exit_code != 0:
            raise AssertionError(
                f"heardback {' '.join(args)} exited {result.exit_code}:\n{result.output}"
                + (f"\n{result.exception!r}" if result.exception else "")
            )
        return result

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json").stdout)

    def today(self, as_of: str) -> dict[str, Any]:
        data: dict[str, Any] = self.json("today", "--as-of", as_of)
        return data


def titles(agenda: dict[str, Any], kind: str | None = None) -> list[str]:
    return [a["title"] for a in agenda["actions"] if kind is None or a["kind"] == kind]
