"""Time `heardback today` on 10,000 opportunities / 100,000 events, and `heardback --help`.

Both are timed as whole processes (what a user waits for), several runs each, after one warm-up
run. The store is a real SQLite file built with the same repository code the CLI uses.

    .venv/bin/python bench/today_bench.py [--opportunities 10000] [--events 100000] [--runs 15]

Targets (DESIGN.md): today <= 0.3 s, --help <= 0.15 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from heardback.domain.records import Channel, Event, EventKind, Opportunity
from heardback.store.db import Database
from heardback.store.repo import Repo

NAMES = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka", "Tyrell")
KINDS = ("Labs", "Systems", "Health", "Analytics", "Retail", "Energy", "Media")
COMPANIES = [f"{a} {b}" for a in NAMES for b in KINDS]
ROLES = ["Data Engineer", "Backend Engineer", "Platform Engineer", "Analytics Engineer",
         "Staff Engineer", "ML Engineer", "Data Analyst", "SRE"]  # fmt: skip


def build(path: Path, n_opps: int, n_events: int, today: date, seed: int = 7) -> None:
    rnd = random.Random(seed)
    db = Database(f"sqlite:///{path}")
    per = n_events / n_opps
    with db.begin() as conn:
        repo = Repo(conn)
        for _ in range(n_opps):
            start = datetime.combine(today, datetime.min.time()) - timedelta(
                days=rnd.randint(1, 730), hours=-rnd.randint(8, 18)
            )
            oid = repo.add_opportunity(
                Opportunity(
                    company=rnd.choice(COMPANIES),
                    role=rnd.choice(ROLES),
                    channel=rnd.choice(list(Channel)),
                    created_at=start,
                )
            )
            count = max(1, round(rnd.gauss(per, 2)))
            kinds = [EventKind.APPLIED]
            fate = rnd.random()
            middle = [EventKind.UPDATE, EventKind.NOTE, EventKind.FOLLOW_UP, EventKind.SCREEN,
                      EventKind.INTERVIEW, EventKind.THANK_YOU, EventKind.ASSESSMENT]  # fmt: skip
            while len(kinds) < count - 1:
                kinds.append(rnd.choice(middle))
            if fate < 0.55:
                kinds.append(EventKind.REJECTED)
            elif fate < 0.75:
                kinds.append(EventKind.DORMANT)
            elif fate < 0.78:
                kinds.append(EventKind.WITHDRAWN)
            else:
                kinds.append(EventKind.NOTE)
            at = start
            batch = []
            for kind in kinds[:count]:
                batch.append(
                    Event(kind, at, opportunity_id=oid, text="benchmark event", source="bench")
                )
                at += timedelta(days=rnd.randint(1, 9), hours=rnd.randint(0, 5))
            repo.add_events(batch)
            repo.refresh_stage(oid)
    db.dispose()


def timed(cmd: list[str], runs: int, env: dict[str, str]) -> list[float]:
    subprocess.run(cmd, env=env, capture_output=True, check=True)  # warm-up (pyc, page cache)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    args = parser.parse_args()

    exe = str(Path(sys.executable).with_name("heardback"))
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite3"
        if not path.exists():
            t0 = time.perf_counter()
            build(path, args.opportunities, args.events, date.today())
            print(f"built {path} in {time.perf_counter() - t0:.1f} s")
        env = dict(os.environ, HEARDBACK_HOME=str(Path(tmp) / "home"))
        with __import__("sqlite3").connect(path) as conn:
            counts = conn.execute(
                "SELECT (SELECT count(*) FROM opportunities), (SELECT count(*) FROM events), "
                "(SELECT count(*) FROM opportunities WHERE stage NOT IN "
                "('rejected','withdrawn','accepted','dormant'))"
            ).fetchone()
        print(f"store: {counts[0]:,} opportunities, {counts[1]:,} events, {counts[2]:,} open")
        rows = [
            ("heardback --help", [exe, "--help"], 0.15),
            ("heardback today", [exe, "--db", str(path), "today"], 0.3),
            ("heardback today --json", [exe, "--db", str(path), "today", "--json"], 0.3),
            (
                "heardback today --as-of (a past date: full history)",
                [
                    exe,
                    "--db",
                    str(path),
                    "today",
                    "--as-of",
                    (date.today() - timedelta(days=200)).isoformat(),
                ],
                None,
            ),
            ("python -c pass (interpreter start)", [sys.executable, "-c", "pass"], None),
        ]
        print("\n| command | median s | p95 s | target s | runs |\n|---|---|---|---|---|")
        for label, cmd, target in rows:
            times = sorted(timed(cmd, args.runs, env))
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            tgt = f"{target}" if target else "—"
            print(
                f"| {label} | {statistics.median(times):.3f} | {p95:.3f} | {tgt} | {len(times)} |"
            )


if __name__ == "__main__":
    main()
