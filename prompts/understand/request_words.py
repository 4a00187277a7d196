"""Whether a topic the search found no paper on was said as a subject ('has she worked ON
quantum chemistry', 'any BLOCKCHAIN papers') or is only the wording of the request ('tl;dr of
his WHOLE profile', 'what CONNECTS those papers', 'a limerick that SUMS up her research'). Only
the first says the profile lacks something; the second leaves the request itself, answered
without those words. Read from the sentence's structure (the word after a preposition of
subject, or before a noun for papers), not from a list of the request words."""

from __future__ import annotations

import re

from prompts.understand.terms import YES_NO

# A preposition that puts its object as the subject asked about; one or two words may stand
# between ('on the history of X', 'about her quantum work')
SUBJECT_OF = (
    r"(?:on|about|in|into|with|for|regarding|around|across|re|concerning|involving|using|towards?"
    # a focusing adverb or a preposition of exclusion: 'counting only robotics', 'except GANs'
    r"|only|just|solely|except|excluding|without|besides|not)"
)
# A noun for papers or research that a word before it qualifies ('QUANTUM work')
PAPERS_NOUN = r"(?:work|research|papers?|publications?|stuff|studies|projects?|output|articles?)"
# Words that take a noun for papers without qualifying it: a determiner or pronoun
# ('connects THOSE papers', 'sums up HIS research'); a verb is followed by one, a subject is not
TAKES_OBJECT = (
    r"(?:the|those|these|this|that|his|her|their|its|my|our|your|all|any|some|each|every"
    r"|of|for|to|from|by|and|or)"
)


def _subject_at(word: str) -> re.Pattern[str]:
    w = re.escape(word)
    return re.compile(
        rf"\b{SUBJECT_OF}\s+(?:[\w.'’-]+\s+){{0,2}}?{w}\b"
        rf"|\b{w}\s+(?:(?!{TAKES_OBJECT}\b)[\w'’-]+\s+)?{PAPERS_NOUN}\b"
        # the object of what the papers do: 'her work ADDRESSES fairness', 'papers cover X'
        rf"|\b{PAPERS_NOUN}\s+[\w'’-]+\s+(?:[\w'’-]+\s+){{0,2}}?{w}\b",
        re.IGNORECASE,
    )


def said_as_subject(question: str, topic: str) -> bool:
    """Is any word of `topic` said in `question` where a subject is named? A word not found
    in the question (typed otherwise, mended) counts as a subject: the decline then stands."""
    found = False
    for word in topic.split():
        if not re.search(rf"\b{re.escape(word)}\b", question, re.IGNORECASE):
            return True
        found = found or _subject_at(word).search(question) is not None
    return found


# The research or its record as the object of the request ('his whole profile', 'what she
# researches', 'Qiu's 2022 output', 'those papers'); not 'the researcher' (a person)
RECORD = re.compile(
    r"\b(?:research(?:es|ed|ing)?|work|papers?|publications?|output|profile|record|topics?"
    r"|themes?|interests?|career|agenda)\b",
    re.IGNORECASE,
)


def whole_research_asked(question: str) -> bool:
    """Does the question name the research or its record as what it asks about, without
    asking for a Yes or No ('does her work address X?', 'is his research any good?': no
    overview answers those)? ('which of her papers use X' puts X as a subject: see above.)"""
    if YES_NO.match(question):
        return False
    return RECORD.search(question) is not None
