"""A claim about one paper checked against what its abstract says, on papers and figures no
question set uses: a count the abstract gives otherwise for the same thing (a total made of
parts of other kinds included; 'K', digits, words, 'half a million') is answered No with the
abstract's sentence; an ability the abstract denies its subject ('off-the-shelf vision
transformers handle upside-down images fine') is answered No, or the premise corrected first,
with that sentence. The claim the abstract does make is confirmed; one it does not settle is
neither refuted nor confirmed."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts import synthetic

PLUME = (
    "PlumeNet: Wildfire Smoke Plume Segmentation from Satellite Imagery",
    "Wildfire smoke is hard to delineate in satellite imagery. To train and test segmentation "
    "models, we release PlumeSet-60K, comprising 45K carefully hand-labelled smoke masks and "
    "15K procedurally rendered synthetic plume scenes. PlumeNet refines its masks in three "
    "stages and is evaluated across 12 regions of North America and Australia.",
)
UPSIDE = (
    "Upside Down: Rotated Inputs in Vision Transformers",
    "People find it hard to recognise faces shown upside down. This paper asks whether vision "
    "transformers, like people, struggle with upside-down images. We found that off-the-shelf "
    "vision transformers cannot handle such inputs. However, vision transformers trained with "
    "rotation augmentation can handle them reliably. We use the gap to pick augmentation data.",
)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    text = synthetic.profile_text([PLUME, UPSIDE], "CV", others=6, kinds=3)
    return synthetic.opened(tmp_path_factory.mktemp("claims19"), text)


WRONG_TOTALS = [
    "PlumeSet-60K is 60K hand-labelled smoke masks, right?",
    "i heard plumenet's plumeset has 60,000 hand labelled smoke masks?",
    "Is it true that PlumeNet released half a million smoke masks?",
    "True or false: PlumeNet's data holds 60K carefully hand-labelled smoke masks.",
    "I was told PlumeNet comes with 60 thousand labelled smoke masks. Correct?",
    "PlumeNet: 15K smoke masks, correct?",  # 15K counts the rendered scenes
]


@pytest.mark.parametrize("question", WRONG_TOTALS)
def test_a_count_given_otherwise_is_answered_no_with_the_abstracts_figures(
    bot: Assistant, question: str
) -> None:
    answer = bot.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith("No: PlumeNet's abstract does not say"), answer.text[:300]
    assert "45K" in first and "15K" in first and first.endswith("[1]"), first
    assert [c.title for c in answer.citations] == [PLUME[0]]


def test_a_why_built_on_a_wrong_count_corrects_it_first(bot: Assistant) -> None:
    answer = bot.ask("why does PlumeNet need half a million smoke masks?")
    assert answer.text.startswith("PlumeNet's abstract does not say half a million"), answer.text
    assert "45K" in answer.text.split("\n")[0]


STATED = [
    "PlumeSet-60K includes 45K hand-labelled smoke masks, right?",
    "PlumeNet has 15K synthetic plume scenes, correct?",
    "PlumeNet covers twelve regions?",  # in words
]


@pytest.mark.parametrize("question", STATED)
def test_a_count_the_abstract_states_is_not_refuted(bot: Assistant, question: str) -> None:
    text = bot.ask(question).text
    assert not text.startswith(("No", "Not confirmed")) and "does not say" not in text, text


def test_a_count_the_abstract_never_gives_is_not_confirmed(bot: Assistant) -> None:
    text = bot.ask("PlumeNet was trained for 200 epochs, right?").text
    assert text.startswith("Not confirmed"), text


def test_the_stated_count_is_confirmed_with_its_sentence(bot: Assistant) -> None:
    answer = bot.ask("PlumeSet-60K includes 45K hand-labelled smoke masks, right?")
    assert answer.text.startswith("Yes"), answer.text
    assert any("45K carefully hand-labelled" in " ".join(c.evidence) for c in answer.citations)


DENIED_ABILITY = [
    "off-the-shelf vision transformers handle upside-down images fine, right?",
    "I read that standard vision transformers are good at upside-down images per that paper. "
    "Correct?",
    "true or false: upside-down images are easy for vision transformers off the shelf",
    "visoin transformers get upside-down images no problem, according to the Upside Down paper?",
    "Is it true the Upside Down paper found vision transformers cope with upside-down images?",
]


@pytest.mark.parametrize("question", DENIED_ABILITY)
def test_an_ability_the_abstract_denies_is_answered_no_with_its_sentence(
    bot: Assistant, question: str
) -> None:
    answer = bot.ask(question)
    first = answer.text.split("\n")[0]
    leads = ("No: the opposite is stated", "That premise does not hold: the opposite is stated")
    assert first.startswith(leads), answer.text[:300]
    assert "cannot handle such inputs" in first
    assert answer.citations[0].title == UPSIDE[0]


def test_a_why_built_on_a_denied_ability_says_the_premise_fails_first(bot: Assistant) -> None:
    answer = bot.ask(
        "Since the Upside Down paper found vision transformers handle upside-down images just "
        "fine, why train with rotation augmentation?"
    )
    assert answer.text.startswith("That premise does not hold: the opposite is stated"), answer.text
    assert "cannot handle such inputs" in answer.text.split("\n")[0]


SAID_ALIKE = [
    "off-the-shelf vision transformers struggle with upside-down images, right?",  # as it says
    "vision transformers are bad at upside-down images per the Upside Down paper, correct?",
    "vision transformers trained with rotation augmentation handle upside-down images, right?",
    "the Upside Down paper studies vision transformers and upside-down images?",  # no claim
]


@pytest.mark.parametrize("question", SAID_ALIKE)
def test_a_claim_the_abstract_makes_too_is_not_said_to_be_the_opposite(
    bot: Assistant, question: str
) -> None:
    assert "the opposite is stated" not in bot.ask(question).text
