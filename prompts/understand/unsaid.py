"""Whether a topic word no paper uses is a part of the subject the papers found lack, or
only the asker's wording of something they do say: judged by meaning, from the found papers'
own words. 'deployment on resource-limited hardware' (the papers say 'devices'), 'the Newsroom
corpus' ('dataset'), 'expanding responses with extra terms' ('additional'): the found papers
answer it. 'RL agents for games' or 'ML on tabular data': nothing the found papers say means
'games' or 'tabular', so they match the rest of the question only.

Only the first few papers found are read (their titles and abstracts), so the check costs
the same whatever the profile's size; the words' vectors are the lexicon's, kept per profile.
"""

from __future__ import annotations

from collections.abc import Sequence

from prompts.understand.lexicon import WORD, Lexicon
from retrieval.model import Paper

# A word of the found papers this near in meaning (MiniLM cosine) says the missing word
# otherwise. Measured by bench/unsaid_words.py on the readable sets' declines of a word no
# paper mentions (main 511c995: 33 such answers, 8 right, 25 false): lifting a decline when
# its word is this near a word of the first papers found answers 22 false ones and loses 5
# right ones at 0.45, 15 / 1 at 0.53, 11 / 1 at 0.55, 4 / 0 at 0.65 (the one lost at 0.55:
# 'ai laws', .63 from 'legal'). 0.55 is the lexicon's own bar for a topic found by meaning
# (coverage.CLOSE), not the best figure on these 33.
SAID_OTHERWISE = 0.55
PAPERS_READ = 5  # the first papers found, most relevant first


def said_otherwise(word: str, papers: Sequence[Paper], lexicon: Lexicon) -> bool:
    """Do the found papers use a word meaning nearly the same as `word`, which none uses?"""
    texts = (f"{p.title} {p.abstract}".casefold() for p in papers[:PAPERS_READ])
    around = sorted({w for text in texts for w in WORD.findall(text)})
    near = lexicon.similarities(word.casefold(), around)
    return max(near, default=0.0) >= SAID_OTHERWISE
