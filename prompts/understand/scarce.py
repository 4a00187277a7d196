"""The term of a subject that few of the profile's papers use: what a yes/no on it turns on."""

from __future__ import annotations

import re

from prompts.understand.lexicon import COMMON, RARE, Lexicon
from prompts.understand.terms import STOPWORDS
from retrieval.text import stem

# A term as the question writes it: words, numbers and hyphened compounds ('O4-mini')
TERM = re.compile(r"[\w][\w.+-]*[\w+]|\w")


def scarce_term(topic: str, lexicon: Lexicon) -> str | None:
    """The topic's word the fewest papers use, when fewer than RARE of them use it and some
    do ('Newsgroups' of 'results 20 Newsgroups', 'ROUGE' of 'limits ROUGE', 'legal' of
    'legal documents'); one word may be the whole topic. None when no word is that rare."""
    words = [w for w in TERM.findall(topic) if w.casefold() not in STOPWORDS and len(w) > 2]
    used = [(share, w) for w in words if (share := lexicon.share(w)) > 0]
    share, word = min(used, default=(1.0, ""))
    return word if share < RARE else None


# A verb saying what a paper states ('reports results on', 'says it is'), or what it reports
# ('results', 'numbers', 'scores'): not its subject
SAYING = re.compile(
    r"(?:report|say|said|state|mention|claim|describ|discuss|show|present|contain|includ|cit)\w*"
    r"|(?:result|number|score|figure|finding)s?",
    re.IGNORECASE,
)


def unseen_subject(topic: str, lexicon: Lexicon) -> list[str]:
    """The topic's words no paper uses in any form, less the verbs saying what a paper
    states: 'quantum' of 'quantum computing', not 'reports' of 'reports results'."""
    return [w for w in lexicon.unseen(topic) if not SAYING.fullmatch(w)]


def holds_rest(topic: str, term: str, lexicon: Lexicon, text: str) -> bool:
    """Does a text naming the term also use the topic's other words that fewer than COMMON
    papers use ('teacher' of 'GPT-4o teacher': a paper only beating GPT-4o is not on it)?
    Words most papers use ('results', 'limits') and verbs of saying need not be there."""
    held = set(stem([w.casefold() for w in TERM.findall(text)]))
    own = set(lexicon.content(term))  # 'mini' of 'O4-mini'
    rest = [
        w
        for w in lexicon.content(topic)
        if w not in own and not SAYING.fullmatch(w) and 0 < lexicon.share(w) < COMMON
    ]
    return all(any(h.startswith(f) for h in held) for f in stem(rest))


def unused_word(topic: str, lexicon: Lexicon) -> bool:
    """Does the topic hold a word of its subject that no paper uses as written, nor in a form
    `unseen` finds ('recipe' of 'recipe recommendation', though a paper says 'recipient')?"""
    subject = [
        w
        for w in TERM.findall(topic)
        if len(w) > 2 and w.casefold() not in STOPWORDS and not SAYING.fullmatch(w)
    ]
    return bool(unseen_subject(topic, lexicon)) or any(lexicon.share(w) == 0 for w in subject)
