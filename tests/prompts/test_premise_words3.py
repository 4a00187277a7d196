"""A statement about one named paper put up for confirmation is checked against its abstract:
'No' with the abstract's sentence when the abstract sets the thing against its own method,
denies it, or counts it otherwise; never 'No' to a true statement. A yes/no whose answer is a
list leads with 'Yes' in the shapes new users type ('X -- any paper?', 'X, ever?', 'yes or
no'). Each behaviour is a family of phrasings (casual, formal, typo, he/she/they/the name,
indirect, said by someone else) that must agree."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_yesno_phrasings import asked

# KECP: "Instead of adding pointer heads to PLMs, we introduce ..."
POINTER_HEADS = [
    "Is it true that KECP adds pointer heads on top of the pre-trained model?",
    "kecp just bolts pointer heads onto a pretrained LM, right?",
    "my colleague claims KECP adds pointer heads to the PLM",
    "Correct me if I'm wrong, but KECP works by adding pointer heads to PLMs.",
    "I'm curious whether KECP adds pointer heads to the language model.",
    "Does KECP add poiner heads to PLMs? I read that it does",
]
# Logo-VGR: "... match product images with candidate logos rather than directly generating
# brand labels."
BRAND_LABELS = [
    "Logo-VGR directly generates brand labels, right?",
    "I'm curious whether Logo-VGR directly generates brand labels.",
    "my advisor says Logo-VGR generates the brand label directly",
    "Does Logo-VGR directly generate the brand labels?",
    "Is it true that the Logo-VGR model outputs brand labels directly?",
    "logo-vgr just generates brand labels directly, correct?",
]
# K-frames: "Instead of selecting individual frames, K-frames predicts ... clips"
SINGLE_FRAMES = [
    "K-frames picks individual frames one at a time, correct?",
    "Is it true that K-frames selects individual frames?",
    "a friend told me K-frames selects individual frames",
    "I'm curious whether K-frames selects individual frames.",
    "k-frames selects indivdual frames, right?",
]


@pytest.mark.parametrize(
    ("family", "title", "said"),
    [
        (POINTER_HEADS, "KECP", "Instead of adding pointer heads"),
        (BRAND_LABELS, "Logo-VGR", "rather than directly generating brand labels"),
        (SINGLE_FRAMES, "K-frames", "Instead of selecting individual frames"),
    ],
)
def test_what_a_paper_sets_itself_against_is_answered_no_with_its_sentence(
    bundled_assistant: Assistant, family: list[str], title: str, said: str
) -> None:
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("No: "), (q, answer.text[:200])
        assert said in answer.text, (q, answer.text[:300])
        assert [c.title.split(":")[0] for c in answer.citations] == [title], q


def test_what_a_paper_denies_is_answered_no_with_its_sentence(
    bundled_assistant: Assistant,
) -> None:
    """MMLongCite: 'an extended context window does not guarantee the effective utilization
    of the context'."""
    family = [
        "MMLongCite shows a longer context window guarantees the context is used, right?",
        "I read that in MMLongCite an extended context window guarantees effective use of "
        "the context",
        "Is it true that, per MMLongCite, a bigger context window guarantees the model "
        "actually uses the context?",
        "my professor says MMLongCite found longer context windows guarantee effective context use",
        "mmlongcite: longer context window guarantees good use of context, correct?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("No: "), (q, answer.text[:200])
        assert "does not guarantee" in answer.text, (q, answer.text[:300])
        assert [c.title.split(":")[0] for c in answer.citations] == ["MMLongCite"], q


def test_a_count_said_after_what_it_counts_is_corrected(bundled_assistant: Assistant) -> None:
    """MERIT covers 5 languages: a count said after the thing ('language count is 8', 'the
    number of languages in MERIT is 10') is corrected with the sentence that counts them."""
    family = [
        "Is it true that MERIT's language count is 8?",
        "the number of languages in MERIT is 10, right?",
        "I'm curious whether MERIT's language count is really 12.",
        "my coworker says the total of languages in MERIT is 9",
        "merit language count = 7? is that right",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("No: "), (q, answer.text[:200])
        assert "5 languages" in answer.text, (q, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("Is it true that KECP turns extractive QA into a masked language modeling problem?",
         "KECP"),
        ("K-frames predicts query-relevant clips, right?", "K-frames"),
        ("Logo-VGR matches product images with candidate logos, correct?", "Logo-VGR"),
        ("my colleague claims MERIT covers 5 languages", "MERIT"),
        ("Is it true that MERIT has 135,000 products?", "MERIT"),
        ("correct me if I'm wrong but the Reverse Modeling paper trains LLMs from scratch on "
         "forward and reverse texts, and those can understand reversed text", "Reverse"),
        ("In MMLongCite, is it true that an extended context window does not guarantee "
         "effective use of the context?", "MMLongCite"),
    ],
)  # fmt: skip
def test_a_true_statement_about_a_named_paper_is_not_refuted(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.startswith(("No", "Not ")), answer.text[:300]
    assert answer.citations and answer.citations[0].title.startswith(paper), answer.text[:200]


def test_a_true_count_statement_leads_with_yes(bundled_assistant: Assistant) -> None:
    """A statement the abstract supports, answered with the detail, says Yes first."""
    family = [
        "Is it true that MERIT covers 5 languages?",
        "correct me if im wrong but MERIT spans 5 languages",
        "MERIT has data in 5 languages, right?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("Yes"), (q, answer.text[:200])
        assert answer.citations[0].title.startswith("MERIT"), q


def test_a_yes_no_in_short_shapes_leads_with_yes(bundled_assistant: Assistant) -> None:
    """Kaleido-BERT's pretext tasks include camouflage: 'X -- any paper?', 'X in any of her
    papers?', 'X, ever?', 'yes or no', 'true or false' are yes/no questions."""
    family = [
        "camouflage pretext tasks -- any paper of hers?",
        "camouflage as a pretext task in any of his papers?",
        "qiu + camouflage pretext task, ever?",
        "camouflage pretext task? yes or no",
        "true or false: they have used camouflage as a pretext task",
        "Minghui Qiu: any papers with a camoflage pretext task?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("Yes"), (q, answer.text[:200])
        assert any(c.title.startswith("Kaleido-BERT") for c in answer.citations), q


def test_a_number_the_abstract_never_states_is_corrected_with_its_sentence(
    bundled_assistant: Assistant,
) -> None:
    """MERIT's Coral: 'a 45.9% performance improvement over conventional approaches': a
    gain said otherwise, in any shape, is answered No with that sentence; the true one is not."""
    family = [
        "Coral improves on conventional approaches by 60% on MERIT, right?",
        "I read that Coral gets a 60% gain over conventional approaches on MERIT",
        "is it true that the MERIT paper's Coral beats conventional methods by 70 percent?",
        "my labmate says Coral's improvement on MERIT is 25%",
        "coral: +60% over conventional approaches on merit? true or false",
        "Confirm: Coral's gain over conventional approches on MERIT is 30%.",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("No: "), (q, answer.text[:200])
        assert "45.9%" in answer.text, (q, answer.text[:300])
        assert [c.title.split(":")[0] for c in answer.citations] == ["MERIT"], q
    true = bundled_assistant.ask(
        "Coral improves on conventional approaches by 45.9% on MERIT, right?"
    )
    assert true.text.startswith("Yes"), true.text[:200]


def test_a_first_author_premise_of_a_named_paper_is_corrected(
    bundled_assistant: Assistant,
) -> None:
    """Logo-VGR's first author is Zichen Liang: a question that takes the researcher as its
    first author says who is, whatever else it asks."""
    family = [
        "Since Minghui Qiu was the first author of Logo-VGR, what benchmark did the paper "
        "introduce?",
        "given that she is first author on Logo-VGR, what does the model do?",
        "As the lead author of Logo-VGR, how did he reformulate logo recognition?",
        "they first-authored logo-vgr, so what data did they build for it?",
        "I'm curious, since Qiu led Logo-VGR as first author, what problem does it solve?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert "first author of Logo-VGR is Zichen Liang" in answer.text or (
            "is not the first author of Logo-VGR; its first author is Zichen Liang" in answer.text
        ), (q, answer.text[:300])
        assert not answer.text.startswith("Yes"), q
