"""Feedback on answers: each answer the bot sends, and 👍/👎 votes on it, in SQLite under
the data dir; the report behind `profilebot feedback`. Shared by the Discord bot (writes)
and the CLI (reads); user ids are stored only as salted hashes."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from prompts.answer.model import Answer

FEEDBACK_FILE = "feedback.sqlite3"
MAX_COMMENT = 1000
WORST = 10  # questions listed as the worst rated
GAPS = 20  # unanswered questions listed
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
    message_id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    command TEXT NOT NULL,
    profile TEXT NOT NULL,
    question TEXT NOT NULL,
    route TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    cited TEXT NOT NULL,
    latency_ms REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS votes (
    message_id INTEGER NOT NULL REFERENCES answers(message_id),
    user_hash TEXT NOT NULL,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    comment TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (message_id, user_hash)
);
"""


class Tally(BaseModel):
    """Answers and votes for one route or one command."""

    name: str
    answers: int
    up: int
    down: int


class RatedQuestion(BaseModel):
    question: str
    profile: str
    up: int
    down: int
    comments: list[str]


class Gap(BaseModel):
    """A question the profile could not answer, and how often it was asked."""

    question: str
    profile: str
    asked: int


class FeedbackReport(BaseModel):
    """What `profilebot feedback` prints (and --json writes)."""

    answers: int
    abstained: int
    abstention_rate: float
    up: int
    down: int
    by_route: list[Tally]
    by_command: list[Tally]
    worst: list[RatedQuestion]
    gaps: list[Gap]

    @classmethod
    def empty(cls) -> FeedbackReport:
        return cls(
            answers=0, abstained=0, abstention_rate=0.0, up=0, down=0,
            by_route=[], by_command=[], worst=[], gaps=[],
        )  # fmt: skip


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class FeedbackStore:
    """feedback.sqlite3: opened per operation (short writes from several threads)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.exists()

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=5)) as db, db:
            db.executescript(SCHEMA)
            yield db

    def _hash(self, db: sqlite3.Connection, user_id: int) -> str:
        """A salted hash: the same user is recognised, the raw id is never stored."""
        row = db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        if row is None:
            row = (secrets.token_hex(16),)
            db.execute("INSERT INTO meta VALUES ('salt', ?)", row)
        return hmac.new(row[0].encode(), str(user_id).encode(), hashlib.sha256).hexdigest()[:32]

    def record_answer(self, message_id: int, command: str, profile: str, answer: Answer) -> None:
        """Remember an answer the bot sent, so votes on its message can be reported."""
        cited = json.dumps([c.paper_id for c in sorted(answer.citations, key=lambda c: c.n)])
        with self._db() as db:
            db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    _now(),
                    command,
                    profile,
                    answer.question,
                    answer.route,
                    int(answer.abstained),
                    cited,
                    answer.latency_ms,
                ),
            )

    def vote(self, message_id: int, user_id: int, vote: int) -> bool:
        """Set the user's vote on an answer (a new vote replaces theirs; 👍 drops their
        comment); False if the answer is not known."""
        with self._db() as db:
            if db.execute("SELECT 1 FROM answers WHERE message_id = ?", (message_id,)).fetchone():
                user = self._hash(db, user_id)
                db.execute(
                    "INSERT INTO votes VALUES (?, ?, ?, NULL, ?) ON CONFLICT DO UPDATE SET "
                    "vote = excluded.vote, at = excluded.at, "
                    "comment = CASE WHEN excluded.vote = 1 THEN NULL ELSE comment END",
                    (message_id, user, vote, _now()),
                )
                return True
            return False

    def comment(self, message_id: int, user_id: int, text: str) -> None:
        """What was wrong, on the user's vote for this answer."""
        with self._db() as db:
            db.execute(
                "UPDATE votes SET comment = ? WHERE message_id = ? AND user_hash = ?",
                (text.strip()[:MAX_COMMENT] or None, message_id, self._hash(db, user_id)),
            )

    def report(self) -> FeedbackReport:
        with self._db() as db:
            return _report(db)


def _tallies(db: sqlite3.Connection, column: Literal["route", "command"]) -> list[Tally]:
    rows = db.execute(  # column is one of two names, never user input
        f"SELECT a.{column}, COUNT(DISTINCT a.message_id), "
        "COALESCE(SUM(v.vote = 1), 0), COALESCE(SUM(v.vote = -1), 0) "
        f"FROM answers a LEFT JOIN votes v USING (message_id) GROUP BY a.{column} "
        "ORDER BY 2 DESC, 1"
    ).fetchall()
    return [Tally(name=r[0], answers=r[1], up=r[2], down=r[3]) for r in rows]


def _report(db: sqlite3.Connection) -> FeedbackReport:
    answers, abstained = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(abstained), 0) FROM answers"
    ).fetchone()
    up, down = db.execute(
        "SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0) FROM votes"
    ).fetchone()
    worst = [
        RatedQuestion(
            question=r[0], profile=r[1], up=r[2], down=r[3], comments=json.loads(r[4])[:5]
        )
        for r in db.execute(
            "SELECT a.question, a.profile, SUM(v.vote = 1), SUM(v.vote = -1), "
            "json_group_array(v.comment) FILTER (WHERE v.comment IS NOT NULL) "
            "FROM answers a JOIN votes v USING (message_id) "
            "GROUP BY lower(a.question), a.profile HAVING SUM(v.vote = -1) > 0 "
            "ORDER BY SUM(v.vote) ASC, SUM(v.vote = -1) DESC, a.question LIMIT ?",
            (WORST,),
        )
    ]
    gaps = [
        Gap(question=r[0], profile=r[1], asked=r[2])
        for r in db.execute(
            "SELECT question, profile, COUNT(*) FROM answers WHERE abstained = 1 "
            "GROUP BY lower(question), profile ORDER BY 3 DESC, MAX(at) DESC LIMIT ?",
            (GAPS,),
        )
    ]
    return FeedbackReport(
        answers=answers,
        abstained=abstained,
        abstention_rate=round(abstained / answers, 3) if answers else 0.0,
        up=up,
        down=down,
        by_route=_tallies(db, "route"),
        by_command=_tallies(db, "command"),
        worst=worst,
        gaps=gaps,
    )
