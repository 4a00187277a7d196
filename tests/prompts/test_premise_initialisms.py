"""A premise that a named paper does without something, typed as an initialism ('no RL',
'skips sft', "doesn't use KD") or said kept out entirely ('avoided industry data
altogether'), is corrected first with the abstract's own sentence spelling it out
('reinforcement learning'), cited. Casual, formal, lower-case, a clause, a tag question,
the asker's belief. Controls: a paper whose abstract never says it, or says it only negated,
is not corrected; 'avoid' of a goal ('how does X avoid overfitting?') and a short word that
is no initialism ('no new modules') take nothing as given."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.answer.initialisms import initialism, spelled_out
from prompts.assistant import Assistant
from tests.prompts.synthetic import opened, profile_text

PAPERS = [
    (
        "StepWise: Cue-Guided Reasoning for Chart Question Answering",
        "Chart questions need several reasoning steps that current models skip. "
        "We propose StepWise, a chart reasoner that checks visual cues before it answers. "
        "StepWise is trained in two stages: supervised fine-tuning on annotated reasoning "
        "paths, then reinforcement learning with a verifiable reward. "
        "A compact student is then obtained by knowledge distillation from the full model. "
        "Experiments on two public benchmarks and an industry dataset show that StepWise "
        "reduces overfitting to chart templates and beats strong baselines.",
    ),
    (
        "PlainTab: Table Parsing with Rules Learned from Examples",
        "Parsing tables from scanned reports is slow to engineer by hand. "
        "We present PlainTab, a parser that learns layout rules from a handful of examples "
        "without reinforcement learning or any reward signal. "
        "PlainTab runs on a laptop and parses a page in under a second.",
    ),
]


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("inits")), profile_text(PAPERS, "LG", 3, 3))


CORRECTED = [
    ("stepwise is trained with sft only, no rl, right? what data?", "reinforcement learning"),
    ("Since StepWise skips RL entirely, what does its training look like?",
     "reinforcement learning"),
    ("I read that StepWise uses no RL; which benchmarks does it report?",
     "reinforcement learning"),
    ("StepWise doesn't use RL, does it?", "reinforcement learning"),
    ("Their StepWise model never uses KD, correct?", "knowledge distillation"),
    ("stepwise skips sft and goes straight to rewards?", "supervised fine-tuning"),
    ("Why did the StepWise authors avoid industry data altogether?", "industry"),
    ("Ada's StepWise paper ignores industrial data completely, yes?", "industry"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "spelled"), CORRECTED, ids=lambda v: str(v)[:40])
def test_what_the_abstract_spells_out_corrects_the_premise_first(
    ada: Assistant, question: str, spelled: str
) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert not answer.abstained, answer.text
    assert not answer.text.startswith("Yes"), answer.text
    assert spelled in first and "abstract says" in first, answer.text
    assert [c.title.split(":")[0] for c in answer.citations][:1] == ["StepWise"], answer.text


KEPT = [
    "PlainTab uses no RL, right?",  # said only negated: 'without reinforcement learning'
    "plaintab skips rl entirely? how fast is it",
    "How does StepWise avoid overfitting to chart templates?",  # a goal, not a thing kept out
    "StepWise adds no new modules to the reasoner, right?",  # 'new' is a word
    "Does StepWise use reinforcement learning?",
]


@pytest.mark.parametrize("question", KEPT, ids=lambda v: str(v)[:40])
def test_no_correction_where_the_abstract_does_not_say_it_unnegated(
    ada: Assistant, question: str
) -> None:
    answer = ada.ask(question)
    assert "It does use" not in answer.text, answer.text
    assert "It does not lack" not in answer.text, answer.text
    assert "does use" not in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    ("typed", "sentence", "spelled"),
    [
        ("rl", "then reinforcement learning with a reward", "reinforcement learning"),
        ("SFT", "trained by supervised fine-tuning first", "supervised fine-tuning"),
        ("kd", "obtained by knowledge distillation", "knowledge distillation"),
        ("LLMs", "large language models are used", "large language models"),
        ("new", "novel efficient weighting", None),  # a word, no initialism
        ("rl", "the results look promising", None),  # no run of words spells it
        ("rl", "relies on the learning", None),  # not in a row
    ],
)
def test_an_initialism_is_found_spelled_out(typed: str, sentence: str, spelled: str | None) -> None:
    found = spelled_out(sentence, typed)
    assert (found[1] if found else None) == spelled


def test_a_word_is_no_initialism() -> None:
    assert initialism("RL") and initialism("sft") and initialism("KD")
    assert not initialism("new") and not initialism("big") and not initialism("a")
