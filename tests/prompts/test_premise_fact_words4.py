"""A statement about one named paper that only the abstract's sentence on earlier work says
('RainSeer over-smooths sharp transitions, right?' where 'existing spatial interpolation
methods ... over-smooth critical structures') is answered No with that sentence, never Yes;
what the paper itself does is not corrected so. Each behaviour is a family of phrasings
(formal, casual, typo, she/they/the name, indirect) that must agree."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_yesno_phrasings import asked, cited

# Each family: the statement as new users put it, the paper, and words of the sentence on
# earlier work that the answer must quote.
EARLIER_WORK = [
    (
        [
            "RainSeer over-smooths the sharp transitions in rainfall, right?",
            "Is it true that RainSeer's reconstruction smooths over sharp transitions and "
            "localized extremes?",
            "I'm curious whether RainSeer over-smooths critical structures.",
            "rainseer oversmooths sharp transitons and local extremes, correct?",
            "Her RainSeer model over-smooths sharp transitions, doesn't it?",
        ],
        "RainSeer",
        "existing spatial interpolation methods",
    ),
    (
        [
            "MeteoLogist only focuses on current precipitation, right?",
            "Is it true that they built MeteoLogist to focus only on current precipitation?",
            "I'm curious whether MeteoLogist just focuses on the current precipitation.",
            "meteologist only focuses on curent precipitation, right?",
            "Qiu's MeteoLogist focuses on current precipitation alone and ignores precursors, "
            "doesn't it?",
        ],
        "Seeing Inside the Storm",
        "Most nowcasting systems",
    ),
    (
        [
            "RetiZero was pre-trained with limited disease categories, right?",
            "Is it true that RetiZero was pretrained on a limited set of disease categories?",
            "I'm curious whether RetiZero was pre-trained with only limited disease categories.",
            "retizero pretrained w/ limited diseas categories, correct?",
            "Her RetiZero model was pre-trained with a limited knowledge base, wasn't it?",
        ],
        "Enhancing Diagnostic Accuracy",
        "Previous foundation models",
    ),
]


@pytest.mark.parametrize(("family", "title", "earlier"), EARLIER_WORK)
def test_a_statement_only_earlier_work_makes_is_answered_no_with_that_sentence(
    bundled_assistant: Assistant, family: list[str], title: str, earlier: str
) -> None:
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("No: "), (q, answer.text)
        assert "Yes" not in answer.text, (q, answer.text)
        assert earlier in answer.text, (q, answer.text)
        assert [c.title for c in answer.citations if c.title.startswith(title)], q


def test_what_the_paper_itself_does_is_not_set_down_to_earlier_work(
    bundled_assistant: Assistant,
) -> None:
    """True statements about the same papers: their own sentences say them (RainSeer and
    MeteoLogist read radar reflectivity; K-frames ends with an RL stage; CURE's second stage
    keeps static initial-state sampling, which its earlier-work sentence also names)."""
    family = [
        "Does RainSeer use radar reflectivity?",
        "MeteoLogist works from radar reflectivity, right?",
        "Does K-frames use reinforcement learning?",
        "Is it true that CURE trains with static initial-state sampling in its second stage?",
        "RetiZero leverages knowledge from more than 400 fundus diseases, right?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert "earlier work" not in answer.text, (q, answer.text)
        assert not answer.text.startswith("No:"), (q, answer.text)
        assert cited(answer), q


def test_more_than_one_paper_asked_is_yes_only_for_two_or_more(
    bundled_assistant: Assistant,
) -> None:
    """'Several', 'multiple', 'more than one' ask for two or more papers: one paper found is
    no Yes (K-frames is the one keyframe-selection paper, RetiZero the one fundus paper);
    the quantifier is no part of the subject searched ('multiple SBR papers')."""
    single = [
        "did they write multiple papers on keyframe selection?",
        "Did Minghui Qiu write several papers on fundus images?",
        "I'm curious whether Qiu has more than one keyframe selection paper.",
        "she has two or more papers on fundus imges?",
        "Has he published more than a single paper on keyframe selection?",
    ]
    for q, answer in asked(bundled_assistant, single):
        assert answer.text.startswith("No, only one: 1 listed paper"), (q, answer.text)
        assert len(answer.citations) == 1, q
    several = [
        ("Has she published more than one paper on rainfall?", {"RainSeer", "Seeing Inside"}),
        ("did qiu write multiple rainfall papers?", {"RainSeer", "Seeing Inside"}),
        (
            "they have several papers on session-based recommendation?",
            {"Exploring Global", "Global Context"},
        ),
        ("Did Minghui Qiu write multiple SBR papers?", {"Exploring Global", "Global Context"}),
    ]
    for q, titles in several:
        answer = bundled_assistant.ask(q)
        assert answer.text.startswith("Yes: "), (q, answer.text)
        found = {c.title for c in answer.citations}
        assert all(any(t.startswith(w) or w in t for t in found) for w in titles), (q, found)


def test_open_source_models_compared_with_are_no_question_about_code(
    bundled_assistant: Assistant,
) -> None:
    """'Open-source models' it is compared with ask its comparison, not where its code is;
    'is it open source?' still asks its code."""
    family = [
        "Which open-source models did VFaith evaluate?",
        "what open source model series were tested on VFaith-Bench?",
        "I'm curious which open-source models were tested in VFaith.",
        "which open-source modles did vfaith test?",
        "Did VFaith evaluate open-source reasoning models?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert "open-source model series" in answer.text, (q, answer.text)
        assert "code" not in answer.text.split(":")[0], (q, answer.text)
    for q in ["Is VFaith open source?", "is the vfaith code open-sourced?"]:
        assert "code" in bundled_assistant.ask(q).text, q


def test_an_opening_on_the_setting_is_the_papers_own_not_earlier_work(
    bundled_assistant: Assistant,
) -> None:
    """An abstract's first sentence may state its own setting ('Adapting LLMs ... without
    human-annotated data is a ... challenge'): a premise it contradicts is corrected with it,
    as sentences on 'existing' methods are not."""
    family = [
        "DGRC relies on a large human-annotated target-domain dataset, right?",
        "Given that From Atoms to Chains trains on human labelled domain data, how much did they label?",
        "i think dgrc needs lots of human annotatd data?",
        "I'm curious how many human-annotated examples the DGRC paper used.",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert "without human-annotated data" in answer.text, (q, answer.text)
        assert not answer.text.startswith("Yes"), (q, answer.text)
