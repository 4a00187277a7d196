"""A model or method name a question gives one named paper, checked against the names of the
same shape its abstract gives: another in its place is No with the abstract's sentence (a
versioned name with the same head, 'Qwen-2.5-Math-7B' for 'Qwen-2.5-Math-1.5B'; one said with
the question's words about the part, 'evaluators based on GPT-3.5'; an acronym ending alike,
'GRPO' for 'PPO'); the name it gives is never refuted; a name the paper never gives is not
confirmed ('the profile does not say'), never a Yes from a match on the paper's name. Bundled
profile; papers and names the eval sets do not ask this of; phrasings of our own."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# (question, paper's title start, the name the abstract gives instead)
OTHER = [
    ("Isn't CURE trained on Qwen-2.5-Math-1.5B?", "CURE", "Qwen-2.5-Math-7B"),
    ("cure's experiments run on llama-3-8b, right?", "CURE", "Qwen-2.5-Math-7B"),
    ("Am I right that CURE's experiments use Qwen-2.5-Math-1.5B?", "CURE", "Qwen-2.5-Math-7B"),
    ("Am I right that GThinker's training set is GThinker-20K?", "GThinker", "GThinker-11K"),
    ("for GThinker they built GThinker-7K to support training, correct?", "GThinker", "GThinker-11K"),
    ("Isn't VFaith's editing pipeline built with Imagen-3?", "VFaith", "GPT-Image-1"),
    ("VFaith's editng pipeline works with the help of GPT-Image-2, right?", "VFaith",
     "GPT-Image-1"),
    ("DocAsRef competes with zero-shot evaluators based on GPT-4, correct?", "DocAsRef",
     "GPT-3.5"),
    ("Isn't it true that DocAsRef's zero-shot rivals are evaluators built on GPT-4?",
     "DocAsRef", "GPT-3.5"),
    ("Seeing is Believing uses PPO for reinforcement learning, right?", "Seeing is Believing",
     "GRPO"),
]  # fmt: skip

# true: the abstract gives that very name
SAME = [
    ("Was CURE tested on Qwen-2.5-Math-7B?", "CURE"),
    ("GThinker's training set is GThinker-11K, right?", "GThinker"),
    ("VFaith's editing pipeline uses GPT-Image-1, right?", "VFaith"),
    ("DocAsRef competes with evaluators based on GPT-3.5, correct?", "DocAsRef"),
    ("Seeing is Believing is trained with GRPO, right?", "Seeing is Believing"),
]

# silent: a name of a model or method the paper never gives, with none of its kind in its place
SILENT = [
    ("Does Valley3 use Whisper-v3 for audio?", "Valley3", "Whisper-v3"),
    ("Is GCE-GNN trained with PPO?", "Global Context", "PPO"),
    ("does smedbert use gpt-2?", "SMedBERT", "gpt-2"),
    ("Isn't KP-PLM built on T5-large?", "Knowledge Prompting", "T5-large"),
    ("Does the SueNes paper rely on GPT-3?", "SueNes", "GPT-3"),
]

# another reading kept: a comparison, a choice, a category from the records
CONTROLS = [
    ("Which vision encoder does Valley use, ViT-B/16 or ViT-L/14?", "ViT-L/14"),
    ("Is FashionBERT a CV paper?", "IR"),
    ("Does GThinker beat O4-mini?", "O4-mini"),
]


@pytest.mark.parametrize(("question", "paper", "other"), OTHER)
def test_another_name_of_the_kind_is_no_with_its_sentence(
    bundled_assistant: Assistant, question: str, paper: str, other: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No: "), answer.text[:300]
    assert other in answer.text, answer.text[:300]
    assert "Yes" not in answer.text, answer.text[:300]
    assert answer.citations and answer.citations[0].title.startswith(paper), answer.text[:200]


@pytest.mark.parametrize(("question", "paper"), SAME)
def test_the_name_the_abstract_gives_is_never_refuted(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.startswith(("No:", "No,", "That premise")), answer.text[:300]
    assert "its abstract names" not in answer.text, answer.text[:300]
    assert answer.citations and answer.citations[0].title.startswith(paper), answer.text[:200]


@pytest.mark.parametrize(("question", "paper", "name"), SILENT)
def test_a_name_the_paper_never_gives_is_not_confirmed(
    bundled_assistant: Assistant, question: str, paper: str, name: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Not confirmed"), answer.text[:300]
    assert not answer.text.startswith("Yes"), answer.text[:300]
    assert answer.citations and answer.citations[0].title.startswith(paper), answer.text[:200]


@pytest.mark.parametrize(("question", "said"), CONTROLS)
def test_comparisons_choices_and_categories_keep_their_reading(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "its abstract names" not in answer.text, answer.text[:300]
    assert said in answer.text, answer.text[:300]


def test_a_question_built_on_another_name_is_corrected_first(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask(
        "Given that GThinker's training set is GThinker-20K, how many reasoning paths does it hold?"
    )
    assert "That premise does not hold" in answer.text, answer.text[:300]
    assert "GThinker-11K" in answer.text, answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "Who wrote the DKPLM paper on NLU?",
        "authors of the knowledge prompting PLM paper (NLU)?",
        "Who wrote the KEML paper on lexical relation classification with BERT?",
    ],
)
def test_an_acronym_the_paper_spells_out_is_no_other_name(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "its abstract names" not in answer.text, answer.text[:300]
    assert not answer.text.startswith("That premise"), answer.text[:300]
