"""Negated yes/no questions ('Isn't X ...?', "Didn't she ...?", "Hasn't Qiu ...?", 'Is it not
true that ...?') ask whether the positive proposition holds: they are read as the positive
question, so the answer's Yes or No is the truth of that proposition, never a Yes because the
question's words matched. A negation inside the question ('papers that don't have code',
'Has he never ...?', 'Why didn't she ...?') is left as it is: only the opening auxiliary's own
negation is the tag's."""

from __future__ import annotations

import re

# The subject after "Don't" / "Do not" when it opens a question (or any negated auxiliary
# opening a question without its '?') ("Don't any of his papers
# have code?", "Don't you think ...?"): a pronoun, a determiner, a quantity or a name; not a
# verb ("Don't include the surveys - how many ...?" is an instruction).
_SUBJECT = (
    r"(?:he|she|they|it|you|we|there|this|that|these|those|his|her|their|its|the|a|an|any"
    r"|some|most|all|both|each|every|either|one|many|none)\b|(?-i:[A-Z0-9])"
)
# The negated auxiliary opening the question (after a lead-in such as 'A coach wonders: ').
NEGATED_OPENING = re.compile(
    r"(?:^\W*|[:;?!.]\s+|\s[-–—]{1,2}\s+)"
    r"(?P<aux>(?P<do>do|does|did)|is|are|was|were|has|have|had|could|would|should"
    r"|(?P<can>ca)(?=n['’]t)|(?P<will>wo)(?=n['’]t))"
    r"(?:(?P<nt>n['’]?t)\b|\s+(?P<subject>he|she|they|it|there|(?-i:[A-Z][\w.'’&+-]*))\s+not\b)"
    r"\s+(?P<next>[\w'’\"“‘]+)",
    re.IGNORECASE,
)
_DO_SUBJECT = re.compile(_SUBJECT, re.IGNORECASE)


def positive_question(question: str) -> str:
    """The positive yes/no question a negated one asks ("Isn't PTS trained on real photos?" ->
    'Is PTS trained on real photos?'; "Didn't he publish with X?" -> 'Did he publish with X?';
    'Does she not have a survey?' -> 'Does she have a survey?'); any other question unchanged.
    Only a question opening with the negated auxiliary is read so (after a lead-in only when
    it ends in '?': dictated questions come without one)."""
    m = NEGATED_OPENING.search(question)
    if m is None or "?" in question[: m.start("aux")]:
        return question
    asked = question.rstrip().endswith("?")
    if not asked and question[: m.start("aux")].strip(" \"'“‘("):
        return question
    if (not asked or (m["nt"] and m["do"])) and not _DO_SUBJECT.match(m["next"]):
        # "Don't include the surveys ...?": an instruction; "Wasn't sure which ...": a statement
        return question
    aux = "can" if m["can"] else "will" if m["will"] else m["aux"]
    aux = aux.capitalize() if m["aux"][0].isupper() else aux
    if m["subject"]:  # 'Does she not have ...?': the subject stays, 'not' goes
        return f"{question[: m.start('aux')]}{aux} {m['subject']} {question[m.start('next') :]}"
    return f"{question[: m.start('aux')]}{aux} {question[m.start('next') :]}"
