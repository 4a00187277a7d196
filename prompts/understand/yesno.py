"""Whether a question asks for a Yes or a No, beyond the full-sentence forms `YES_NO` reads:
a few words asked on their own ('hydrology work from qiu?', 'cmu collab qiu?', 'fashion paper
before 2021?'), a statement put up with a closing check ('first author Minghui Qiu, right?')
and a 'can I ...' asked of something the profile may hold ('can i download easynlp source
code?'). A question word, a request ('list ...', 'show me ...'), a choice ('CV or CL?'), a
claim said negated or bounded ('no distillation papers?', '= none?') or a few words asking for
a value ('ziheng wu school?') asks for something else."""

from __future__ import annotations

import re

from prompts.understand.terms import YES_NO

WH = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)
# Not asked as a Yes or No: a request, a follow-up's opening, a choice between things
REQUEST = re.compile(
    r"^\W*(?:list|show|tell|give|name|find|count|compare|summari[sz]e|explain|describe|and|or"
    r"|but|so|also|plus|then|ok|okay|please|pls)\b"
    r"|\b(?:or|vs\.?|versus)\b(?!\s+not\b)"
    r"|\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:list|show|tell|give|name|find"
    r"|count|compare|summari[sz]e|explain|describe|send|share)\b",
    re.IGNORECASE,
)
# A few words with one closing '?' (anything after it not a word: an emoji, a '!'), that name
# one piece of work to be found ('fashion paper before 2021?', 'cmu collab qiu?', 'kframes
# github?'; 'grpo papers?' asks for the papers) and no value to be read from it ('glaucoma
# result in the retina paper?', 'ziheng wu school?', 'top collaborator in 2020?', '# of ...',
# 'atoms-to-chains paper -> arxiv-ish field?'; '2025 papers w/ github repos?': the papers
# asked for)
TERSE = re.compile(r"^\W*(?:[^\s?]+\s+){0,6}[^\s?]+\s*\?+[^\w?]*$")
WORK = re.compile(
    r"\b(?:paper|work|research|stuff|publication|article|preprint|study|project|anything"
    r"|collab|collaboration|co-?authored|tag|tagged|code|github|repo|repository"
    r"|open[- ]?source\w*|source)\b",
    re.IGNORECASE,
)
VALUE = re.compile(
    r"\b(?:results?|scores?|numbers?|durations?|sizes?|counts?|dates?|names?|titles?|schools?"
    r"|affiliations?|links?|urls?|accuracy|performance|metrics?|details?|summary|abstract"
    r"|venues?|years?|months?|authors?|collaborators?|top|most|best|main|biggest|largest|latest"
    r"|newest|earliest|oldest|first|last|favou?rite|share|percent\w*|proportion|fraction|ratio"
    r"|rate|fields?|categor(?:y|ies)|papers|works|publications|articles|preprints|studies|projects|repos"
    r"|repositories)\b|[#%]",
    re.IGNORECASE,
)
# Said negated, bounded or as an equation: a claim to check, not an ask for any ('rl papers
# before 2025 = none?', 'no distillation papers from qiu?', 'attacks only, no fixes?')
CLAIMED = re.compile(
    r"\b(?:no|none|not|never|nothing|zero|without|only|just|solely|all|every|each)\b|n['’]t\b|="
    r"|\b(?:more|fewer|less)\s+than\b",
    re.IGNORECASE,
)
# '..., right?', '... - correct?', '16 tasks in VIPER, yes?'
CHECKED = re.compile(
    r"(?:[,;:]|\s[-–—]{1,2})\s*(?:right|correct|true|yes|yeah|no|yep|am\s+i\s+right)\s*\?+\W*$",
    re.IGNORECASE,
)
# 'can i download ...', 'could we get ...', 'is it possible to find ...'
MAY_I = re.compile(
    r"^\W*(?:(?:can|could|may)\s+(?:i|we|one)\s+(?!list|show|tell|give|name|count|compare"
    r"|summari[sz]e|explain|describe)|is\s+it\s+possible\s+to\b)",
    re.IGNORECASE,
)


def asks_yes_no(question: str) -> bool:
    """True when the question asks for a Yes or No (see the module)."""
    if YES_NO.match(question):
        return True
    text = question.strip()
    unchecked = CHECKED.sub("", text)  # '..., no?' closes a check; it negates nothing
    if WH.search(text) or REQUEST.search(text) or CLAIMED.search(unchecked):
        return False
    if TERSE.match(text) and WORK.search(text) and not VALUE.search(text):
        return True
    return bool(CHECKED.search(text) or MAY_I.match(text))


def names_person(person: str, question: str) -> bool:
    """The person's family name said in the question, as a whole word ('is Qiu first author',
    'first author Minghui Qiu, right?')."""
    family = person.split()[-1] if person.split() else ""
    return bool(family) and re.search(rf"\b{re.escape(family)}\b", question, re.I) is not None
