"""What understanding keeps between questions (word vectors, indexes built at open) never
changes an answer: the same question gets the same answer whatever was asked before."""

from __future__ import annotations

from prompts.answer.model import Answer
from prompts.assistant import Assistant

# A word read by a related one the papers use ('medicine' -> 'medical', its vectors kept),
# a paper described by its title's words, a typo, a fact, and a comparison by description.
QUESTIONS = [
    "any medicine papers?",
    "the rainfall reconstruction paper: what data does it use?",
    "What did she publish on summarisation?",
    "how many papers on knowledge distilation?",
    "Compare the two session rec papers",
]


def seen(answer: Answer) -> tuple[str, list[str], bool]:
    return answer.text, [c.title for c in answer.citations], answer.abstained


def test_a_question_asked_again_after_others_gets_the_same_answer(
    bundled_assistant: Assistant,
) -> None:
    fresh = Assistant(bundled_assistant.profile, bundled_assistant.searcher)
    first = {q: seen(fresh.ask(q)) for q in QUESTIONS}
    assert first["any medicine papers?"][1]  # medical papers found through 'medical'
    for q in reversed(QUESTIONS):  # each asked again, after all the others
        assert seen(fresh.ask(q)) == first[q], q
    # and asked first of its own assistant: the same answer as after the others
    for q in QUESTIONS[1:]:
        alone = Assistant(bundled_assistant.profile, bundled_assistant.searcher)
        assert seen(alone.ask(q)) == first[q], q
