"""A subject whose specific part no paper uses or means ('watermarking', 'steganography')
and whose other words are generic ones many papers share ('large language models') is
declined: flagged as a decline, a yes/no led by 'No', never a 'Yes' with the papers that
share only the generic words. Covered subjects asked in other words, or with a typo, are
still answered with their papers. A covered subject asked under metadata filters no paper on
it passes ('with code', 'in 2021') is answered No, naming those papers, not declined; and a
nationality or language adjective ('the Chinese medical papers') is read as a word of the
papers, never as a person. Each behaviour is a family of phrasings (casual, formal, lower
case with a typo, he/she/they/the name, indirect); none of these subjects or phrasings is in
an eval set."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

NEAR_BY_CHANCE = pytest.mark.xfail(
    strict=True,
    reason="the far word's nearest word among these hits' sentences comes above FAR "
    "(MiniLM word cosines of unrelated words reach .45-.55): a rule reading unused "
    "dictionary words as the core declined more answerable questions than it gained "
    "(bench/coverage_gate.py)",
)

UNCOVERED = {
    "watermarks": [
        "Has Minghui Qiu worked on watermarking the text that language models generate?",
        "LLM watermarking - any papers from them?",
        "I'm curious whether she has published on watermarks for large language models.",
        "Does he do research on watermarking language model outputs?",
        "watermarkng of pretrained language model text by qiu?",
    ],
    "steganography": [
        "Has Qiu studied steganography in large language models?",
        "any llm steganography papers?",
        "I'm curious whether she has worked on hiding messages with steganography in "
        "language models.",
        pytest.param(
            "Does Minghui Qiu publish on steganography for pre-trained language models?",
            marks=NEAR_BY_CHANCE,
        ),
        "stegenography large language models - anything by him?",
    ],
}

COVERED = {
    # knowledge graphs put into pre-trained language models: the knowledge-enhanced PLMs
    "knowledge-enhanced": (
        [
            "Has Minghui Qiu worked on injecting knowledge graphs into pre-trained language "
            "models?",
            "any knowlege-enhanced language model papers?",
            "I'm curious whether she builds language models enriched with knowledge graphs.",
            "does he do knowledge-infused pretraining stuff?",
            "Which of their papers put structured knowledge into BERT-style models?",
        ],
        ("DKPLM", "SMedBERT", "Knowledge Prompting", "Knowledge-Enhanced"),
    ),
    # brand logos: the logo papers
    "logos": (
        [
            "Has Qiu worked on recognising brand logos in images?",
            "any logo recogniton papers?",
            "I'm curious whether they have studied logos of fashion brands.",
            "Does she publish on logo embeddings for products?",
            "Which of his papers deal with identifying logos?",
        ],
        ("FashionLOGO", "Logo-VGR"),
    ),
}

# covered subjects under a filter none of their papers passes: the rain papers have no code
FILTERED_OUT = [
    "any rainfall papers with code?",
    "I'm curious whether the precipitation work comes with code.",
    "Does any of Qiu's rainfall papers come with released code?",
    "did she releas code for the precipitation papers",
    "The rain papers have no code listed, right?",
]


def declined_subject(answer: Answer, question: str) -> None:
    """A decline, said first; papers only as the closest, never as a Yes."""
    assert answer.abstained, answer.text
    assert not answer.text.startswith("Yes"), answer.text
    if question.casefold().startswith(("has ", "does ", "is ")):
        assert answer.text.startswith(("No", "Right")), answer.text


@pytest.mark.parametrize(
    "question", [q for family in UNCOVERED.values() for q in family], ids=lambda q: q[:40]
)
def test_subject_whose_specific_part_no_paper_is_on_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    declined_subject(bundled_assistant.ask(question), question)


@pytest.mark.parametrize(
    ("question", "titles"),
    [(q, titles) for family, titles in COVERED.values() for q in family],
    ids=lambda q: q[:40] if isinstance(q, str) else "",
)
def test_covered_subject_in_other_words_is_answered(
    bundled_assistant: Assistant, question: str, titles: tuple[str, ...]
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    cited = " ".join(c.title for c in answer.citations)
    assert any(t in cited for t in titles), answer.text


@pytest.mark.parametrize("question", FILTERED_OUT, ids=lambda q: q[:40])
def test_covered_subject_no_paper_of_which_passes_the_filter_is_answered_no(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert answer.text.startswith(("No", "None", "The one", "Right")), answer.text
    assert not answer.text.startswith("No, that is not right"), answer.text
    assert "with code" in answer.text, answer.text
    assert any("Rain" in c.title for c in answer.citations), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "The Chinese medical papers have no code, correct?",
        "which Chinese reading comprehension papers are there?",
        "Any German or Chinese papers by Qiu?",
        "the chinese medical papers - what are they?",
        "I'm curious which of her papers are on Chinese text.",
    ],
    ids=lambda q: q[:40],
)
def test_nationality_adjective_is_no_person(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "among its authors" not in answer.text, answer.text
    assert "Chinese's" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Where did Minghui Qiu do his own PhD?",
        "who mentored her during her own doctorate?",
        "I'm curious what topic Qiu's thesis took during his own phd.",
        "their own PhD - in which lab was it?",
        "Was she funded by a scholarship for her own Ph.D?",
    ],
    ids=lambda q: q[:40],
)
def test_owners_own_phd_is_declined_as_biography(
    bundled_assistant: Assistant, question: str
) -> None:
    """The owner's own PhD is biography the profile does not hold: declined, no paper cited."""
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert not answer.citations, answer.text


def test_slip_of_a_papers_word_start_is_no_far_word() -> None:
    """A topic word one slip from the start of a word the hits use ('leeks' of 'leakage')
    is that word mistyped; one that starts another word ('gene' of 'general') or is two
    slips away is not."""
    from prompts.understand.coverage import _misspelt

    assert _misspelt("leeks", ["privacy", "leakage"])
    assert _misspelt("vipr", ["viper"])
    assert not _misspelt("gene", ["general", "generation"])
    assert not _misspelt("poetry", ["point", "power"])
