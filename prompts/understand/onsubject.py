"""Whether any found paper is on the asked subject, not merely near it: when every paper the
search took for the subject is only fairly close in meaning (below DENSE_STRONG), says none of
the subject's rare words (those at most one paper in fifty uses), nor a word of the same
meaning, and is about none of its other specific words (says it in passing only), no listed
paper is on it: 'text-to-speech' is not every paper saying 'text', 'machine translation' not
KECP's 'Machine Reading Comprehension'. A paper naming the subject, close to it in meaning,
or about a specific word of it ('Video' in Valley's title, for 'a video line') keeps the
answer; a longer description, or one offering alternatives ('toolkits or platforms'), is left
to the other gates (its odd words say how the need is put), and so are words gathered from a
clause or the asker's framing ('deciding which texts', 'podcast host: the few-shot thread'):
only a subject the asker said as one phrase is read this way.

Only the search's hits are read, so the check costs the same whatever the profile's size.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from prompts.understand.lexicon import WORD, Lexicon
from prompts.understand.roles import ACT_NOUN, request_wording
from prompts.understand.scarce import SAYING
from retrieval.search import DENSE_STRONG, Hit, SearchResult
from retrieval.text import stem, words

# A subject of at most this many content words is a name for one thing ('credit card fraud'
# is one, 'models that run on phones or small devices' a description).
COMPACT = 3
# A word at most this share of the papers use (and at least one paper in a small profile) is
# rare: a paper on the subject says it, or a word of the same meaning.
RARE_SHARE = 0.02
# A word of the paper's title or matched sentence this near in meaning says the rare word
# ('phones' as 'devices' .70, 'clinical' as 'medical' .73; not 'speech' as 'language' .55).
SAME_MEANING = 0.6
# A word at least this share of the papers use says nothing of which are on a subject
# ('text', 'models', 'data', 'learning').
GENERIC = 0.2
ALTERNATIVES = re.compile(r"\s(?:or|and/or)\s|/", re.IGNORECASE)
# A word the abstract says this often (or the title once) is what the paper is about.
ABOUT = 2
TEXT_WORD = re.compile(r"[a-z][a-z0-9]*")
# A subject said as one phrase of the question is at most this many words long ('a model that
# turns text into speech' is a description; a whole question left as the topic is none).
PHRASE = 5
# The link inside a two-word compound, dropped from a topic ('text to speech' -> 'text speech')
LINK = frozenset({"to"})
# Words this long or longer match with one slip of the keyboard ('translaton').
SLIP = 5


def _same_word(a: str, b: str) -> bool:
    """The same word in some form ('clouds' 'cloud'), or with one slip ('translaton')."""
    if stem([a])[0] == stem([b])[0]:
        return True
    return min(len(a), len(b)) >= SLIP and OSA.distance(a, b) <= 1


def said_as_one(topic: str, question: str) -> bool:
    """Is the topic one phrase the asker said, its words side by side in the question
    ('machine translation', 'text-to-speech'), not words gathered from a clause ('deciding which
    texts' -> 'deciding texts', 'podcast host: the few-shot thread' -> 'podcast host few-shot')?
    Only such a phrase names one subject whose every rare word a paper on it would say."""
    said, asked = words(topic, split_hyphens=True), words(question, split_hyphens=True)
    if not said or len(said) > PHRASE:
        return False
    if len(said) == 2:  # 'text to speech' left as 'text speech' (a verb's 'to' brings more words)
        asked = [w for w in asked if w not in LINK]
    return any(
        all(_same_word(w, asked[i + k]) for k, w in enumerate(said))
        for i in range(len(asked) - len(said) + 1)
    )


def rare_words(topic: str, lexicon: Lexicon) -> list[str]:
    """The topic's content words at most RARE_SHARE of the papers (or one paper) use, when the
    topic names one thing: two or three content words, or more of which most are rare, no
    alternatives offered; else none."""
    content = list(dict.fromkeys(lexicon.content(topic)))
    if len(content) < 2 or ALTERNATIVES.search(topic):
        return []
    most = max(RARE_SHARE, 1.0 / max(lexicon.size, 1))
    rare = [w for w in content if lexicon.share(w) <= most]
    # ... or of more words, most of them rare ('credit card fraud detection')
    return rare if len(content) <= COMPACT or 2 * len(rare) > len(content) else []


def _says(text: str, word: str) -> bool:
    """Does the text use the word in some form ('translating' for 'translation')?"""
    root = stem([word.casefold()])[0]
    held = set(stem(TEXT_WORD.findall(text.casefold())))
    return root in held or (len(root) >= 4 and any(h.startswith(root) for h in held))


def names_task(topic: str, question: str, rare: list[str]) -> bool:
    """Does the phrase name a task whose own word is rare: its head (last word) is rare and an
    act ('machine TRANSLATION', 'essay SCORING', 'knowledge EDITING') or what a conversion
    yields ('text-to-SPEECH', 'text to SQL')? A paper on the task says its word; a rare word
    elsewhere ('a FRENCH dataset', 'HAND-written rules', 'BEAT gpt-4o'), or a rare head naming
    a part or a thing ('vision transformer BACKBONE'), is a detail papers put in other words."""
    said = [w for w in words(topic, split_hyphens=True) if w not in LINK]
    if len(said) < 2 or not any(_same_word(w, said[-1]) for w in rare):
        return False
    if ACT_NOUN.fullmatch(said[-1]):
        return True
    asked = words(question, split_hyphens=True)
    return any(
        _same_word(asked[i - 1], said[-2])
        and asked[i] in LINK
        and _same_word(asked[i + 1], said[-1])
        for i in range(1, len(asked) - 1)
    )


def _about(hit: Hit, word: str) -> bool:
    """Is the paper about the word, not merely saying it once in passing ('Machine' of KECP's
    'Machine Reading Comprehension'): its title says it, or its abstract at least ABOUT times?"""
    if _says(hit.paper.title, word):
        return True
    root = stem([word.casefold()])[0]
    said = stem(TEXT_WORD.findall(hit.paper.abstract.casefold()))
    return sum(s == root or (len(root) >= 4 and s.startswith(root)) for s in said) >= ABOUT


def _means(word: str, hit: Hit, lexicon: Lexicon) -> bool:
    """Does a word of the hit's title or matched sentence mean the same as the word?"""
    around = sorted(set(WORD.findall(f"{hit.paper.title} {hit.evidence}".casefold())))
    return max(lexicon.similarities(word, around), default=0.0) >= SAME_MEANING


def on_subject(
    topic: str | None, result: SearchResult, lexicon: Lexicon, question: str = ""
) -> SearchResult:
    """The result with no relevant hit when every relevant one is loose: neither close to the
    topic in meaning nor naming it, saying none of its rare words (in no form, nor by a word
    of the same meaning), and about none of its other words fewer than GENERIC of the papers
    use ('text' of 'text-to-speech', KECP's passing 'Machine'); unchanged otherwise, and when
    the topic has no rare word. A word the question uses as its request ('catching that',
    'reports') is none of the subject's. A paper about a specific word of it ('Video' in
    Valley's title, for 'a video line') may be on the subject the asker put in other words,
    so nothing is pruned from a list that has one."""
    if not topic or not result.relevant or not said_as_one(topic, question):
        return result
    rare = [
        w
        for w in rare_words(topic, lexicon)
        if not SAYING.fullmatch(w) and not request_wording(question, w, lexicon.unseen)
    ]
    if not rare or not names_task(topic, question, rare):
        return result
    shared = [w for w in lexicon.content(topic) if w not in rare]

    def loose(hit: Hit) -> bool:
        if hit.names_topic or hit.sibling or hit.similarity >= DENSE_STRONG:
            return False
        text = f"{hit.paper.title} {hit.paper.abstract}"
        if any(_says(text, w) or _means(w, hit, lexicon) for w in rare):
            return False
        return not any(_about(hit, w) for w in shared if lexicon.share(w) < GENERIC)

    if not all(loose(h) for h in result.relevant_hits):
        return result
    hits = [h.model_copy(update={"relevant": False}) for h in result.hits]
    return result.model_copy(update={"hits": hits})
