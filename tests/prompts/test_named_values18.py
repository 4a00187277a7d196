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


# acronyms the paper spells out ('NLU': 'Natural Language Understanding') are its own
SPELLED = [
    "Who wrote the DKPLM paper on NLU?",
    "authors of the knowledge prompting PLM paper (NLU)?",
    "Who wrote the KEML paper on lexical relation classification with BERT?",
    # an acronym of everyday use ending like one of the paper's ('URL', 'RL')
    "Can you give me the repository URL for the K-frames paper?",
    "reinforced mllm survey URL?",
    "Could you share the URL where the keyframe selection paper's dataset is hosted?",
    # a label in capitals before a colon ('TODO:', 'FYI:') is no name of the paper's
    "# TODO: date for the closed-domain KEPLM paper (KANGAROO) -> ?",
    "FYI: when did she post the SpanProto paper?",
    "NB: who are the authors of CURE?",
]
BUILT_ON = (
    "Given that GThinker's training set is GThinker-20K, how many reasoning paths does it hold?"
)

# (question, paper cited first or None, how the answer opens, words it holds, refuted by name)
ROWS = (
    [(q, paper, "No: ", other, True) for q, paper, other in OTHER]
    + [(q, paper, "", "", False) for q, paper in SAME]
    + [(q, paper, "Not confirmed", name, False) for q, paper, name in SILENT]
    + [(q, None, "", said, False) for q, said in CONTROLS]
    + [(q, None, "", "", False) for q in SPELLED]
    + [(BUILT_ON, "GThinker", "", "That premise does not hold", True)]
)


@pytest.mark.parametrize(("question", "paper", "lead", "said", "refuted"), ROWS)
def test_a_name_given_a_paper_is_checked_against_its_abstract(
    bundled_assistant: Assistant,
    question: str,
    paper: str | None,
    lead: str,
    said: str,
    refuted: bool,
) -> None:
    answer = bundled_assistant.ask(question)
    text = answer.text
    assert text.startswith(lead) and said in text, text[:300]
    assert ("its abstract names" in text) is refuted, text[:300]
    assert not (refuted and "Yes" in text), text[:300]  # no Yes leaks into a No
    assert not (not refuted and text.startswith(("No: its", "That premise"))), text[:300]
    assert paper is None or answer.citations[0].title.startswith(paper), text[:200]
