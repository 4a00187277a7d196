"""A word no paper uses is a reason to say No only when the question asks about it: not when
the asker says it of themselves ('we run a shop on cheap servers, any work on X?', 'for my
church's website'), nor when it is the verb of what is asked ('papers that try to shrink
language models'). Those questions get the papers on what they ask, with no 'No' first. Each
need is a family of phrasings (casual, formal, typo, he/she/they/the name, indirect); a word
that does set the question's setting ('language models for robotics') still gets its No."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# Knowledge distillation, asked after the asker's own story.
STORY = [
    "We run a bakery website on cheap servers, any work on knowledge distillation?",
    "i code for my church's website on weekends, did they write anything on knowldge distillation?",
    "Our lab sells sensors to farmers in rural towns; has Qiu published on knowledge distillation?",
    "my cousin sells tea to tourists -- does minghui qiu have papers on knowledge distillation?",
    "I'm curious, since we ship apps on old phones in our village: has he done knowledge "
    "distillation work?",
]


@pytest.mark.parametrize("question", STORY)
def test_the_askers_own_words_are_no_reason_to_say_no(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert not answer.text.startswith("No"), answer.text
    titles = " ".join(c.title for c in answer.citations)
    assert "HRKD" in titles and "Meta-KD" in titles, answer.text


# Making language models smaller, said with a verb no paper uses.
VERB = [
    "Which of her papers try to shrink big language models?",
    "Has she found ways to trim the size of language models?",
    "any papers that aim to slim down BERT-style models?",
    "does qiu have methods that help to trim down pre-trained language models",
    "Did they look for ways to shrink BERT?",
    "has minghui qiu tried to shrink bert",
]


@pytest.mark.parametrize("question", VERB)
def test_a_verb_no_paper_uses_is_no_reason_to_say_no(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert not answer.text.startswith("No"), answer.text
    assert answer.citations, answer.text


def test_a_setting_no_paper_mentions_still_gets_its_no(bundled_assistant: Assistant) -> None:
    for question in (
        "language models for robotics?",
        "Has she applied language models to robotics?",
        "I need vision models for robotics, anything?",  # the need is all in the asker's words
    ):
        answer = bundled_assistant.ask(question)
        assert answer.text.startswith("No"), (question, answer.text)
