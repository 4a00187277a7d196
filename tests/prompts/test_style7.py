"""The style of a question must not move its answer: a greeting before it ('hey bot, ...'),
thanks or 'please' after it, 'could you tell me' before a question asked straight, and one
slip in a long word the papers use in another form ('recomemnder') cite the papers the plain
question cites, or decline as it declines. Needs of the bundled profile (Minghui Qiu, 50
listed papers) asked in words of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.asker import without_courtesy

# Each need in one plain style: formal, casual, lower case, the name, a pronoun, indirect.
NEEDS = [
    "Which papers distill a large language model into a smaller one?",
    "any work of hers on knowledge graphs?",
    "has minghui qiu built recommender systems",
    "What has Qiu done on estimating rainfall from sparse gauges?",
    "I'm curious whether they studied keyframe selection for long videos.",
    "Is it true that he has a paper on few-shot named entity recognition?",
]
WRAPPERS = [
    "hey bot, {}",
    "Hi assistant! {}",
    "{} thanks!",
    "{} Thank you in advance.",
    "{} pls",
]


def _lower_first(q: str) -> str:
    return q if q.startswith("I'm") else q[:1].lower() + q[1:]


def _please(q: str) -> str:
    body = q.rstrip("?.!")
    return f"{body}, please{q[len(body) :] or '?'}"


CASES = [(need, wrapper) for need in NEEDS for wrapper in WRAPPERS]


def _same(assistant: Assistant, plain: str, styled: str) -> None:
    want, got = assistant.ask(plain), assistant.ask(styled)
    assert not want.abstained and want.citations, want.text[:200]
    assert (got.abstained, {c.paper_id for c in got.citations}) == (
        want.abstained,
        {c.paper_id for c in want.citations},
    ), (styled, got.text[:200], want.text[:200])


@pytest.mark.parametrize(("need", "wrapper"), CASES)
def test_courtesy_around_a_question_keeps_its_papers(
    bundled_assistant: Assistant, need: str, wrapper: str
) -> None:
    styled = wrapper.format(_lower_first(need) if wrapper.index("{}") else need)
    _same(bundled_assistant, need, styled)


@pytest.mark.parametrize("need", NEEDS)
def test_please_before_the_closing_mark_keeps_its_papers(
    bundled_assistant: Assistant, need: str
) -> None:
    _same(bundled_assistant, need, _please(need))


# 'Could you tell me' before a question asked straight: a claim, a yes/no question.
STRAIGHT = [
    "Did Minghui Qiu publish anything on medical text mining?",
    "is it true that she worked on distilling language models?",
    "Has he written about rainfall nowcasting",
    "Does this researcher have work on fashion image retrieval?",
    "they did work on keyframe selection, right?",
]


@pytest.mark.parametrize("question", STRAIGHT)
def test_could_you_tell_me_before_a_straight_question(
    bundled_assistant: Assistant, question: str
) -> None:
    _same(bundled_assistant, question, f"Could you tell me {_lower_first(question)}")


# One slip (two inner letters swapped) in a long word the papers use in another form.
SLIPS = [
    ("Has Minghui Qiu built recommender systems?", "Has Minghui Qiu built recomemnder systems?"),
    ("any recommender work by her?", "any reocmmender work by her?"),
    (
        "which of their papers are about recommender systems",
        "which of their papers are about recommedner systems",
    ),
    (
        "I'm curious whether he worked on recommender models.",
        "I'm curious whether he worked on recmomender models.",
    ),
    ("Qiu recommender papers?", "Qiu recomemnder papers?"),
]


@pytest.mark.parametrize(("plain", "slipped"), SLIPS)
def test_a_swapped_pair_of_letters_reads_as_the_papers_word(
    bundled_assistant: Assistant, plain: str, slipped: str
) -> None:
    _same(bundled_assistant, plain, slipped)


@pytest.mark.parametrize(
    ("asked", "kept"),
    [
        ("hey bot, which papers use RL?", "which papers use RL?"),
        ("Where does he work now? thanks!", "Where does he work now?"),
        ("Where does he work now, please?", "Where does he work now?"),
        ("Could you tell me is it true that X masks patches?", "is it true that X masks patches?"),
        # an indirect question reads as it stands; courtesy alone is kept whole
        ("Could you tell me which papers use RL?", "Could you tell me which papers use RL?"),
        ("thanks!", "thanks!"),
        ("Please list her papers on RL", "Please list her papers on RL"),
        # 'thanks' inside what is asked stays ('papers thanking funders')
        ("papers with thanks to a grant?", "papers with thanks to a grant?"),
    ],
)
def test_without_courtesy(asked: str, kept: str) -> None:
    assert without_courtesy(asked) == kept


# 'author names' asks a named paper's author line, with or without 'please' after it (not
# 'the authors name their dataset', where the authors do the naming).
AUTHOR_NAMES = [
    "HRKD — author names",
    "author names for the K-frames paper?",
    "could I get the author names of RainSeer please",
    "kaleido-bert author names pls",
    "What are the author names on SpanProto?",
]


@pytest.mark.parametrize("question", AUTHOR_NAMES)
def test_author_names_asks_the_author_line(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained and len(answer.citations) == 1, answer.text[:200]
    paper = next(
        p for p in bundled_assistant.profile.papers if p.id == answer.citations[0].paper_id
    )
    assert paper.authors[0] in answer.text, answer.text[:200]


# The closing mark left out: a question after a sentence of context, a claim closed by a tag.
UNCLOSED = [
    "We grade our chatbot with another model. Did this researcher publish anything where a"
    " model acts as the judge?",
    "My startup summarises long lecture videos. Has Minghui Qiu worked on picking keyframes?",
    "I teach a course on medical NLP. does she have papers on medical text mining?",
    "Our lab builds rainfall maps. Which of his papers estimate rainfall from sparse gauges?",
    "Quick background: we sell clothes online. Has Qiu done fashion image-text retrieval?",
]


@pytest.mark.parametrize("question", UNCLOSED)
def test_a_question_without_its_closing_mark(bundled_assistant: Assistant, question: str) -> None:
    _same(bundled_assistant, question, question.rstrip("?"))
