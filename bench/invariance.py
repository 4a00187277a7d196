"""Answers invariant to the style of a question: how often does a style change move the answer?

Usage: PROFILEBOT_DATA_DIR=<dir> nice -n 10 .venv/bin/python bench/invariance.py
           [--every 10] [--sets data/eval/questions.jsonl ...] [--out bench/out/invariance.jsonl]

Every question of the eval sets (questions.jsonl, questions_unseen*.jsonl, the blind set being
written excepted; `--every N` keeps every Nth of each set, a sample) is asked as written and
under each meaning-preserving transform below, all made by code from the question alone:

  lower       all lower case
  lower-names the names alone in lower case: each capitalised word after the first but 'I'
              ('papers with chengyu wang', 'what does viper measure', 'in the merit paper')
  nopunct     no final punctuation ('?', '.', '!')
  typo        one typo: two inner letters of the longest content word (7+ letters, spelled
              right: a word of the dictionary or of the papers) swapped
  pronoun     the researcher named otherwise: she -> they, he -> she, they -> he, 'Minghui Qiu'
              -> 'Qiu' -> 'this researcher' -> 'Minghui Qiu' (verbs after 'they' agree)
  wrap-*      a wrapper around it: "I'm curious: ...", "Could you tell me ...",
              "quick question - ...", "... thanks!", "hey bot, ..."
  please      'Please' before a request ('List ...'), ', please' at the end of a question (not
              after a tag question's 'right?')
  persona     who asks said first: 'As a visiting lecturer, ...' (one of a few roles, by question)
  purpose     what it is for said after: '..., for my annual report?' (one of a few purposes)
  hedge       a hedge around it: 'real quick, ...' / '..., if possible?' / 'I think ...' before
              a yes/no question / 'quickly: ...' (one of them, by question)
  emoji       an emoji after it ('... 🙏')
  statement   a statement sentence before it: 'Her name came up in a meeting today. ...'
  voice       a voice transcript: lower case, no punctuation but apostrophes, numbers spoken
              ('twenty twenty three', 'three')
  scene2      a statement of how the asker came to the profile, in other words than 'statement'
              ('A friend sent me this profile this morning. ...'), kept apart from those the
              understanding was built on
  spelled     a category code or a short paper name (2-5 capitals) said letter by letter, as
              a transcript writes it ('CV' -> 'c v', 'HRKD' -> 'h r k d'); asked only when
              the question has one
  dictated    the voice transcript with its mark said ('... question mark', '... full stop')

An answer changes when its cited papers, its abstention (declined or not) or the numbers in its
text differ from the untransformed question's. A transform that leaves the question as it was
(no content word of 7+ letters for 'typo', no pronoun or name for 'pronoun') is not asked.
The table gives, per transform, the askings, the answers that changed, and their share; the
changed askings go to --out (question, transformed question, both answers' cited papers).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from bot.cli.evaluation import load_questions
from bot.cli.main import assistant

EVAL = Path("data/eval")
# Sets numbered from here on are blind (being written): never read.
FIRST_BLIND = 21
NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")
WORD = re.compile(r"[A-Za-z]+")
REQUEST = re.compile(r"(list|summari[sz]e|tell|show|give|name|describe|explain|find|count)\b", re.I)
TAG = re.compile(r"\b(?:right|yes|no|correct|true|isn't it|don't they|doesn't she)\W*$", re.I)
STOP = {"between", "publication", "publications", "research", "researcher", "papers"}

WRAPPERS = {
    "wrap-curious": lambda q: f"I'm curious: {_lower_first(q)}",
    "wrap-could": lambda q: f"Could you tell me {_lower_first(q)}",
    "wrap-quick": lambda q: f"quick question - {_lower_first(q)}",
    "wrap-thanks": lambda q: f"{q} thanks!",
    "wrap-hey": lambda q: f"hey bot, {_lower_first(q)}",
}

# (pattern, replacement) in turn; each maps a form of the researcher to the next form
PRONOUNS = [
    (r"\bMinghui Qiu's\b", "Qiu's"),
    (r"\bMinghui Qiu\b", "Qiu"),
    (r"(?<!Minghui )(?<!Dr\. )(?<!Prof\. )\bQiu's\b", "this researcher's"),
    (r"(?<!Minghui )(?<!Dr\. )(?<!Prof\. )\bQiu\b", "this researcher"),
    (r"\bshe\b", "they"),
    (r"\bShe\b", "They"),
    (r"\bher\b", "their"),
    (r"\bHer\b", "Their"),
    (r"\bhe\b", "she"),
    (r"\bHe\b", "She"),
    (r"\bhis\b", "her"),
    (r"\bHis\b", "Her"),
    (r"\bhim\b", "her"),
    (r"\bthey\b", "he"),
    (r"\bThey\b", "He"),
    (r"\btheir\b", "his"),
    (r"\bTheir\b", "His"),
    (r"\bthem\b", "him"),
]
# verbs after a pronoun whose number changed: singular <-> plural
TO_SINGULAR = {
    "have": "has",
    "are": "is",
    "were": "was",
    "do": "does",
    "don't": "doesn't",
    "haven't": "hasn't",
    "aren't": "isn't",
    "weren't": "wasn't",
}
TO_PLURAL = {v: k for k, v in TO_SINGULAR.items()}


def _lower_first(q: str) -> str:
    """The first letter in lower case, unless the first word is 'I' ('I'm') or a name ('SAKD')."""
    first = q.split(" ", 1)[0]
    if re.match(r"I\b", first) or not first[1:2].islower():
        return q
    return q[:1].lower() + q[1:]


def lower(q: str) -> str:
    return q.lower()


def lower_names(q: str) -> str:
    """Names typed in lower case, the rest as written: every word after the first that has a
    capital ('Chengyu Wang', 'VIPER', 'Valley2'), 'I' and its forms excepted."""
    first = WORD.search(q)
    start = first.end() if first else 0

    def low(m: re.Match[str]) -> str:
        word = m.group()
        return word if re.fullmatch(r"I(?:'\w+)?", word) else word.lower()

    return q[:start] + re.sub(r"\b[A-Z][\w'-]*", low, q[start:])


def nopunct(q: str) -> str:
    return q.rstrip().rstrip("?.!").rstrip()


def typo(q: str, spelled: frozenset[str] = frozenset()) -> str:
    """One slip in the longest content word spelled right (`spelled`: the dictionary's and the
    papers' words; a word already mistyped gets no second slip)."""
    words = [m for m in WORD.finditer(q) if len(m.group()) >= 7 and m.group().lower() not in STOP]
    words = [m for m in words if m.group().islower()]  # names and acronyms stay as written
    words = [m for m in words if not spelled or m.group() in spelled]
    if not words:
        return q
    m = max(words, key=lambda m: len(m.group()))
    w = m.group()
    i = len(w) // 2
    if w[i] == w[i - 1]:
        i += 1
    w2 = w[: i - 1] + w[i] + w[i - 1] + w[i + 1 :]
    return q[: m.start()] + w2 + q[m.end() :]


def pronoun(q: str) -> str:
    """The researcher named the next way; the first form found decides (one swap per question)."""
    for pattern, repl in PRONOUNS:
        if re.search(pattern, q):
            out = re.sub(pattern, repl, q)
            bare = re.sub(r"\(\?<!.*?\)|\\b", "", pattern)
            if bare in ("she", "She", "he", "He") and repl in ("they", "They"):
                out = _agree(out, repl, TO_PLURAL)
            if bare in ("they", "They") and repl in ("he", "He"):
                out = _agree(out, repl, TO_SINGULAR)
            return out
    return q


def _agree(q: str, subject: str, verbs: dict[str, str]) -> str:
    """Verbs agree with the new subject: the auxiliary before it ('Does she' -> 'Do they'),
    else the verb after it ('she has' -> 'they have')."""

    def swap(word: str) -> str:
        low = word.lower()
        new = verbs.get(low, low)
        return new.capitalize() if word[:1].isupper() else new

    def fix(m: re.Match[str]) -> str:
        before, after = m["before"], m["after"]
        if before and before.lower() in verbs:
            return f"{swap(before)} {m['subject']} {after}"
        return f"{before + ' ' if before else ''}{m['subject']} {swap(after)}"

    pattern = rf"(?:\b(?P<before>[\w']+) )?\b(?P<subject>{subject}) (?P<after>[\w']+)"
    return re.sub(pattern, fix, q)


def please(q: str) -> str:
    """'Please' before a request ('List ...'), ', please' before the final mark of a question
    (not after a tag: 'X, right?')."""
    if TAG.search(q):
        return q
    if REQUEST.match(q):
        return f"Please {_lower_first(q)}"
    body = nopunct(q)
    return f"{body}, please{q.rstrip()[len(body) :] or '?'}"


PERSONAS = [
    "As a visiting lecturer, ",
    "I'm a science podcaster - ",
    "as someone who funds startups, ",
    "Speaking as a retired engineer: ",
]
PURPOSES = [
    ", for my annual report",
    " - it's for a visa form",
    ", for a slide in my thesis defence",
    " (need it for a newsletter)",
]
SCENES = [
    "Her name came up in a meeting today. ",
    "I was reading about this lab last night. ",
    "My advisor mentioned this profile. ",
]
SCENES2 = [
    "A friend sent me this profile this morning. ",
    "I came across his page while browsing. ",
    "Their group popped up in my feed earlier. ",
]
EMOJI = ["🙏", "🙂", "🤔", "👀"]
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()  # noqa: E501, SIM905
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()  # noqa: SIM905


def _pick(q: str, options: list[str]) -> str:
    """One of the options, the same for the same question (no randomness across runs)."""
    return options[sum(map(ord, q)) % len(options)]


def _split_mark(q: str) -> tuple[str, str]:
    body = nopunct(q)
    return body, q.rstrip()[len(body) :] or "?"


def persona(q: str) -> str:
    return _pick(q, PERSONAS) + _lower_first(q)


def purpose(q: str) -> str:
    if TAG.search(q):  # '..., right?' closes the question: nothing goes after it
        return q
    body, mark = _split_mark(q)
    return body + _pick(q, PURPOSES) + mark


def hedge(q: str) -> str:
    body, mark = _split_mark(q)
    kind = sum(map(ord, q)) % 4
    if kind == 0:
        return f"real quick, {_lower_first(q)}"
    if kind == 1 and not TAG.search(q):
        return f"{body}, if possible{mark}"
    if kind == 2 and re.match(r"(?:is|are|was|were|does|do|did|has|have)\b", q, re.I):
        return f"I think I know, but {_lower_first(q)}"
    return f"quickly: {_lower_first(q)}"


def emoji(q: str) -> str:
    return f"{q.rstrip()} {_pick(q, EMOJI)}"


def statement(q: str) -> str:
    return _pick(q, SCENES) + q


def spoken(n: int) -> str:
    """A number as said aloud: 2023 'twenty twenty three', 2009 'two thousand nine', 45
    'forty five'."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if 2000 <= n < 2010:
        return "two thousand" + ("" if n == 2000 else " " + ONES[n % 10])
    if 1000 < n < 2100:
        hi, lo = divmod(n, 100)
        return (
            spoken(hi)
            + " "
            + ("hundred" if lo == 0 else spoken(lo) if lo >= 10 else "oh " + ONES[lo])
        )
    if n < 1000:
        hi, lo = divmod(n, 100)
        return ONES[hi] + " hundred" + ("" if lo == 0 else " " + spoken(lo))
    return str(n)


def voice(q: str) -> str:
    """As a speech-to-text transcript: lower case, no punctuation (apostrophes and hyphens
    inside a word kept), whole numbers spoken."""
    text = re.sub(r"\b\d+\b(?![.,]\d)", lambda m: spoken(int(m.group())), q.lower())
    text = re.sub(r"(?!\b-\b)[^\w\s']+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def scene2(q: str) -> str:
    return _pick(q, SCENES2) + q


def spelled(q: str) -> str:
    """Each run of 2-5 capitals (a code or a short name: 'CV', 'HRKD') as its letters."""
    return re.sub(r"\b[A-Z]{2,5}\b", lambda m: " ".join(m.group().lower()), q)


def dictated(q: str) -> str:
    mark = q.rstrip()[-1:]
    said = {"?": " question mark", ".": " full stop"}.get(mark, "")
    return voice(q) + said


def readable(path: Path) -> bool:
    """A set that may be read: not one of the blind sets being written."""
    m = re.fullmatch(r"questions_unseen(\d+)\.jsonl", path.name)
    return m is None or int(m.group(1)) < FIRST_BLIND


TRANSFORMS = {
    "lower": lower,
    "lower-names": lower_names,
    "nopunct": nopunct,
    "typo": typo,
    "pronoun": pronoun,
    **WRAPPERS,
}
TRANSFORMS["please"] = please
TRANSFORMS |= {
    "persona": persona,
    "purpose": purpose,
    "hedge": hedge,
    "emoji": emoji,
    "statement": statement,
    "voice": voice,
    "scene2": scene2,
    "spelled": spelled,
    "dictated": dictated,
}


def signature(answer) -> tuple:  # type: ignore[no-untyped-def]
    cited = tuple(sorted(c.title for c in answer.citations))
    return cited, bool(answer.abstained), tuple(sorted(set(NUMBER.findall(answer.text))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, help="keep every Nth question of a set")
    parser.add_argument("--sets", nargs="*", type=Path)
    parser.add_argument("--only", nargs="*", help="transforms to run (default all)")
    parser.add_argument("--out", type=Path, default=Path("bench/out/invariance.jsonl"))
    args = parser.parse_args()
    sets = args.sets or sorted(p for p in EVAL.glob("questions*.jsonl") if readable(p))
    names = args.only or list(TRANSFORMS)
    bot = assistant(None, offline=True)
    spelled = bot.lexicon.known | bot.lexicon.words
    TRANSFORMS["typo"] = lambda q: typo(q, spelled)
    asked: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w") as out:
        for path in sets:
            for q in load_questions(path)[:: args.every]:
                base = signature(bot.ask(q.question))
                for name in names:
                    text = TRANSFORMS[name](q.question)
                    if text == q.question:
                        continue
                    asked[name] += 1
                    got = signature(bot.ask(text))
                    if got != base:
                        changed[name] += 1
                        row = {"id": q.id, "transform": name, "q": q.question, "t": text}
                        row |= {"base": base[:2], "got": got[:2]}
                        out.write(json.dumps(row) + "\n")
    print(f"{'transform':14} {'askings':>8} {'changed':>8} {'share':>6}")
    for name in names:
        n = asked[name]
        print(f"{name:14} {n:8} {changed[name]:8} {changed[name] / max(n, 1):6.3f}")
    total, moved = sum(asked.values()), sum(changed.values())
    print(f"{'all':14} {total:8} {moved:8} {moved / max(total, 1):6.3f}")


if __name__ == "__main__":
    main()
