"""Whether a found paper is on the asked subject, not merely near it: a paper only fairly close
in meaning (below DENSE_STRONG) that the search took for its shared words is on a subject of a
few words only when it says the subject's rare words (those at most one paper in fifty uses),
or words meaning the same. 'machine translation' is not KECP's 'Machine Reading
Comprehension'; 'point cloud data' is not RainSeer's 'point-wise'; 'text-to-speech' is not every
paper saying 'text'. A paper naming the subject, or close to it in meaning, stays whatever its
words; a longer description, or one offering alternatives ('toolkits or platforms'), is left
to the other gates (its odd words say how the need is put).

Only the search's hits are read, so the check costs the same whatever the profile's size.
"""

from __future__ import annotations

import re

from prompts.understand.lexicon import WORD, Lexicon
from retrieval.search import DENSE_STRONG, DENSE_WEAK, Hit, SearchResult
from retrieval.text import stem

# A subject of at most this many content words is a name for one thing ('credit card fraud'
# is one, 'models that run on phones or small devices' a description).
COMPACT = 3
# A word at most this share of the papers use (and at least one paper in a small profile) is
# rare: a paper on the subject says it, or a word of the same meaning.
RARE_SHARE = 0.02
# A word of the paper's title or matched sentence this near in meaning says the rare word
# ('phones' as 'devices' .70, 'clinical' as 'medical' .73; not 'speech' as 'language' .55).
SAME_MEANING = 0.6
ALTERNATIVES = re.compile(r"\s(?:or|and/or)\s|/", re.IGNORECASE)
TEXT_WORD = re.compile(r"[a-z][a-z0-9]*")


def rare_words(topic: str, lexicon: Lexicon) -> list[str]:
    """The topic's content words at most RARE_SHARE of the papers (or one paper) use, when the
    topic names one thing: two or three content words, no alternatives offered; else none."""
    content = list(dict.fromkeys(lexicon.content(topic)))
    if not 2 <= len(content) <= COMPACT or ALTERNATIVES.search(topic):
        return []
    most = max(RARE_SHARE, 1.0 / max(lexicon.size, 1))
    return [w for w in content if lexicon.share(w) <= most]


def _says(text: str, word: str) -> bool:
    """Does the text use the word in some form ('translating' for 'translation')?"""
    root = stem([word.casefold()])[0]
    held = set(stem(TEXT_WORD.findall(text.casefold())))
    return root in held or (len(root) >= 4 and any(h.startswith(root) for h in held))


def _means(word: str, hit: Hit, lexicon: Lexicon) -> bool:
    """Does a word of the hit's title or matched sentence mean the same as the word?"""
    around = sorted(set(WORD.findall(f"{hit.paper.title} {hit.evidence}".casefold())))
    return max(lexicon.similarities(word, around), default=0.0) >= SAME_MEANING


def on_subject(topic: str | None, result: SearchResult, lexicon: Lexicon) -> SearchResult:
    """The result with its relevant hits that are neither close to the topic in meaning nor
    name it, and leave out a rare word of it (said in no form, nor by a word of the same
    meaning), made not relevant; unchanged when the topic has no rare word (`rare_words`)."""
    if not topic or not result.relevant:
        return result
    rare = rare_words(topic, lexicon)
    if not rare:
        return result

    def loose(hit: Hit) -> bool:
        if not hit.relevant or hit.names_topic or hit.sibling or hit.similarity >= DENSE_STRONG:
            return False
        text = f"{hit.paper.title} {hit.paper.abstract}"
        return any(not _says(text, w) and not _means(w, hit, lexicon) for w in rare)

    gone = {h.paper.id for h in result.hits if loose(h)}
    if not gone:
        return result
    hits = [
        h.model_copy(update={"relevant": False}) if h.paper.id in gone else h for h in result.hits
    ]
    # a keyword leader (retrieval/search.py `with_leaders`) was listed for the papers found
    # on the subject: with none of those left, it goes too ('Alibaba Cloud' of 'point cloud')
    if not any(h.relevant and (h.names_topic or h.similarity >= DENSE_WEAK) for h in hits):
        hits = [h.model_copy(update={"relevant": False}) for h in hits]
    return result.model_copy(update={"hits": hits})
