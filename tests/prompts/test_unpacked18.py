"""A named paper's detail is answered with the sentence holding the thing asked and every item
of the list the abstract gives: the one sentence listing what a word of the question names
leads ('downstream tasks, including ...'); a sentence chosen keeps the one that unpacks it
(the next when it opens by pointing back, 'It enables ...'; the one before when it only adds
to it, 'It further features ...'); shorthand is read from the paper's own words ('dwnstrm tsks'
for 'downstream tasks'). Bundled profile; papers the eval sets do not ask these of."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# (question, paper's title start, words of the listing sentence the answer must hold)
LISTED = [
    ("retizero downstream tasks?", "Enhancing Diagnostic", ["zero-shot disease recognition"]),
    ("What does the RetiZero paper list as its downstream tasks?", "Enhancing Diagnostic",
     ["image-to-image retrieval"]),
    ("retizero dwnstrm tsks?", "Enhancing Diagnostic", ["zero-shot disease recognition"]),
    ("gthinker training pipeline?", "GThinker", ["pattern-guided cold start"]),
    ("GThinker: what r the stages of its training pipeline", "GThinker",
     ["incentive reinforcement learning"]),
    ("valley datasets?", "Valley:", ["Valley-702k", "Valley-instruct-73k"]),
    ("mmlongcite modalities?", "MMLongCite", ["text, images, and videos"]),
]  # fmt: skip

# a sentence and the one unpacking it, both in the answer
UNPACKED = [
    ("vfaith editing pipeline?", "VFaith", ["GPT-Image-1", "precise editing"]),
    ("What does VFaith's cue-driven editing pipeline do?", "VFaith", ["precise editing"]),
    ("easynlp functionalities?", "EasyNLP", ["knowledge distillation", "few-shot learning"]),
    ("what does the EasyNLP toolkit feature?", "EasyNLP", ["knowledge-enhanced pre-training"]),
]


@pytest.mark.parametrize(("question", "paper", "said"), LISTED + UNPACKED)
def test_the_sentence_holding_the_thing_asked_is_in_the_answer(
    bundled_assistant: Assistant, question: str, paper: str, said: list[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:300]
    for words in said:
        assert words in answer.text, answer.text[:400]
    assert answer.citations and answer.citations[0].title.startswith(paper), answer.text[:200]


def test_an_impersonal_it_does_not_unpack() -> None:
    from prompts.answer.unpacked import POINTING_BACK

    assert POINTING_BACK.match("It involves two Supervised Fine-Tuning stages")
    assert POINTING_BACK.match("This framework can be flexibly combined with PLMs.")
    assert not POINTING_BACK.match("It is challenging to analyse the results.")
    assert not POINTING_BACK.match("It would be desirable if models could adapt.")
    assert not POINTING_BACK.match("This paper provides a systematic review.")
