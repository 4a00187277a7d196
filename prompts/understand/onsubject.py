"""Whether a found paper is on the asked subject, not merely near it: a paper only fairly close
in meaning (below DENSE_STRONG) that the search took for its shared words is on a subject of
several words only when it says the subject's specific words, those few papers use. 'machine
translation' is not KECP's 'Machine Reading Comprehension'; 'point cloud data' is not
RainSeer's 'point-wise' nor EasyNLP's 'Alibaba Cloud'; 'text-to-speech' is not every paper
saying 'text'. A paper naming the subject, or close to it in meaning, stays whatever its words.

Only the search's hits are read, so the check costs the same whatever the profile's size.
"""

from __future__ import annotations

import re

from prompts.understand.lexicon import SHAPING, Lexicon
from retrieval.search import DENSE_STRONG, SearchResult
from retrieval.text import STOPWORDS, stem

# A word at least this share of the papers use says little of which are on the subject
# ('text', 'knowledge', 'data', 'learning'); the subject's others carry it.
GENERIC = 0.2
# Words of three letters are kept ('sql', 'tts', 'gan'): the lexicon's content words start at four.
WORD = re.compile(r"[a-z][a-z0-9]{2,}")
TEXT_WORD = re.compile(r"[a-z][a-z0-9]*")


def specific_words(topic: str, lexicon: Lexicon) -> list[str]:
    """The topic's content words few papers use (under GENERIC of them), none used or not."""
    found = [
        p
        for w in WORD.findall(topic.casefold().replace("-", " "))
        for p in [w]
        if p not in STOPWORDS and p not in SHAPING
    ]
    return list(dict.fromkeys(w for w in found if lexicon.share(w) < GENERIC))


def _says(text: str, word: str) -> bool:
    """Does the text use the word in some form ('translating' for 'translation', 'datasets'
    for 'data'), in its words or their hyphen parts?"""
    root = stem([word])[0]
    held = set(stem(TEXT_WORD.findall(text.casefold())))
    return root in held or any(h.startswith(root) for h in held if len(root) >= 4)


def on_subject(topic: str | None, result: SearchResult, lexicon: Lexicon) -> SearchResult:
    """The result with its relevant hits that are neither close to the topic in meaning nor
    name it, and leave out one of its specific words, made not relevant; unchanged for a
    topic of one content word or of generic words only."""
    if not topic or not result.relevant:
        return result
    content = [w for w in WORD.findall(topic.casefold().replace("-", " ")) if w not in STOPWORDS]
    specific = specific_words(topic, lexicon)
    if len(content) < 2 or not specific:
        return result

    def loose(hit_text: str) -> bool:
        return not all(_says(hit_text, w) for w in specific)

    hits = [
        h.model_copy(update={"relevant": False})
        if h.relevant
        and not h.names_topic
        and not h.sibling
        and h.similarity < DENSE_STRONG
        and loose(f"{h.paper.title} {h.paper.abstract}")
        else h
        for h in result.hits
    ]
    return result.model_copy(update={"hits": hits})
