"""People in a question: profile authors by name, unknown full names, surnames, and what
is asked about them (papers by someone, first authors, co-authors)."""

from __future__ import annotations

import re
from typing import Literal

from prompts.understand.terms import HOW_MANY, MOST, PAPERS, Scan, has
from retrieval.model import Profile
from retrieval.people import PeopleIndex, mentioned_people, same_person

# The profile owner as a pronoun: nobody is "he" by default.
OWNER_PRONOUN = (
    r"\b(?:he|his|him|himself|she|her|hers|herself|they|their|them|themselves|themself)\b"
)

PeopleFact = Literal["author_papers", "first_author", "last_author", "coauthors", "coauthor_count"]

FIRST_AUTHOR = (
    r"\bfirst[- ]author\w*|\blead[- ]author\w*|\bled\b|\bfirst[- ]named\b|\bas first\b"
    r"|\b(?:listed|named|comes?|appears?|is|was)\s+first\b(?!\s+(?:paper|publication|work))"
)
# The last (often the senior) author: 'last author', 'senior author', 'listed last'.
LAST_AUTHOR = (
    r"\b(?:last|senior|final)[- ]author\w*|\b(?:listed|named|comes?|appears?|is|was)\s+last\b"
    r"(?!\s+(?:paper|publication|work|year|month))"
)
AUTHOR_ROLE = FIRST_AUTHOR + "|" + LAST_AUTHOR
COAUTHOR = (
    r"\bco-?authors?\b|\bco-?authored\b|\bcollaborat\w*|\bpartners?\b"
    r"|\b(?:work\w*|write|writes|wrote|written|publish\w*|teams? up|teamed up) with\b(?! code)"
)
APPEARS = r"\bappear\w*|\blisted\b|\bauthor (?:list|line)s?\b|\bnamed on\b|\bwith\b|\bby\b"
IN_AUTHOR_LINES = r"\bappear\w*|\blisted\b|\bauthor (?:list|line)s?\b"
SURNAME = re.compile(
    r"\b(?i:surname|family name|last name)\s+(?i:of\s+|is\s+)?['\"]?([A-Z][\w-]+)"
    r"|\b(?i:named|called)\s+['\"]?([A-Z][\w-]+)\b(?!\s+[A-Z])"
)
EXCLUDE_OWNER = r"\b(?:else|apart from|other than|besides|except|excluding)\b"
# A full name after a people cue ('with Yann LeCun', 'does Yann LeCun appear').
UNKNOWN_NAME = re.compile(
    r"\b(?i:with|by|and|does|did|has|is|was|whether|co-?authored)\s+"
    r"([A-Z][a-z]+[a-zA-Z'-]*(?:\s+[A-Z][a-zA-Z'-]*[a-z][a-zA-Z'-]*){1,2})\b"
)


def find_surname(question: str, scan: Scan) -> str | None:
    """'anyone else with the surname Qiu' -> 'Qiu' (blanked out of the scan)."""
    m = SURNAME.search(question)
    if not m:
        return None
    scan.drop(re.escape(m.group(0)))
    return next(g for g in m.groups() if g)


def find_people(
    question: str, profile: Profile, scan: Scan, index: PeopleIndex | None = None
) -> tuple[list[str], bool]:
    """Authors named in the question other than the owner (profile spelling; unknown full
    names as typed), and whether the owner is named. Names are blanked out of the scan.
    `index`: the profile's PeopleIndex, built when it was opened."""
    named = mentioned_people(question, profile, index)
    owner = profile.name.casefold() in question.casefold()
    owner = owner or any(same_person(n, profile.name) for n in named)
    for name in sorted([*named, profile.name], key=len, reverse=True):
        parts = name.split()
        for form in (parts, [parts[0], parts[-1]]):
            scan.drop(r"(?<![\w-])" + r"\s+".join(map(re.escape, form)) + r"(?![\w-])")
    # The owner by surname or given name alone ("what does Qiu / Minghui work on"), possessive
    # included.
    for part in {profile.name.split()[-1], profile.name.split()[0]}:
        scan.drop(r"(?<![\w-])" + re.escape(part) + r"(?:['’]s)?(?![\w-])")
    others = [n for n in named if not same_person(n, profile.name)]
    if has(COAUTHOR + "|" + APPEARS + "|" + AUTHOR_ROLE, question):
        for m in UNKNOWN_NAME.finditer(scan.text):
            candidate = m.group(1)
            given = candidate.split()[:-1]  # a surname may look like a word: 'Kaiming He'
            if not any(w.casefold() in scan.skip_words for w in given):
                others.append(candidate)
                scan.drop(re.escape(candidate))
    return others, owner


def people_fact(low: str, others: list[str], owner: bool) -> PeopleFact | None:
    """What is asked about people, if anything: someone's papers, first authors, co-authors."""
    if has(LAST_AUTHOR, low) and (others or owner or has(OWNER_PRONOUN, low)):
        return "last_author"
    if has(FIRST_AUTHOR, low) and (others or owner or has(OWNER_PRONOUN, low)):
        return "first_author"
    if not others and has(r"\bwho\b", low) and has(IN_AUTHOR_LINES, low) and has(MOST, low):
        return "coauthors"
    if has(COAUTHOR, low) and not others and has(r"\bwho\b|co-?author|collaborat|partner", low):
        return "coauthor_count" if has(HOW_MANY, low) and not has(MOST, low) else "coauthors"
    if others and has(COAUTHOR + "|" + APPEARS + "|" + PAPERS, low):
        return "author_papers"
    if owner and not others and has(IN_AUTHOR_LINES, low):
        return "author_papers"
    return None
