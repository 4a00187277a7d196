"""A question about one named (or misspelt, versioned, described) paper is answered with a
metadata field (authors, first author, category, date, code) only when it asks that field,
and with the abstract's content when a field word is part of the paper's own phrase
('disease categories') or of the question's frame ('the CURE authors tackled ...', 'the
paper he co-wrote'). Fields asked in other words ('credit whoever is listed first', 'the
author names shown') are answered as fields. Each behaviour is a family of phrasings."""

from __future__ import annotations

import pytest

from prompts.answer.detail import details_asked
from prompts.answer.model import Answer
from prompts.assistant import Assistant

RETIZERO = "Enhancing Diagnostic Accuracy in Rare and Common Fundus Diseases"
CURE = "CURE"
RAINSEER = "RainSeer"
KFRAMES = "K-frames"
HRKD = "HRKD"
VALLEY = "Valley: Video Assistant"
VALLEY2 = "Valley2"
VALLEY3 = "Valley3"
FIELD_SAID = ("filed under", "was written by", "first author of", "published on", "code")


def cited(answer: Answer) -> list[str]:
    return [c.title for c in answer.citations]


def cites_only(answer: Answer, start: str) -> bool:
    return bool(answer.citations) and all(t.startswith(start) for t in cited(answer))


# A field word inside the paper's own phrase ('limited disease categories'): the abstract's
# sentence, not the arXiv category.
PHRASE_OF_PAPER = [
    "What does RetiZero say about the disease categories earlier fundus models were trained on?",
    "retizero disease categroies of previous foundation models?",
    "I'm curious what was wrong with the disease categories of older fundus models, per RetiZero.",
    "According to Qiu's RetiZero abstract, how limited were prior models' disease categories?",
    "what problem with disease categories does she point out in RetiZero",
]


@pytest.mark.parametrize("question", PHRASE_OF_PAPER)
def test_a_field_word_in_the_papers_phrase_asks_its_content(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert cites_only(answer, RETIZERO), cited(answer)
    assert "arXiv category" not in answer.text, answer.text
    assert "filed under" not in answer.text, answer.text


# The authors as the subject of what the paper did, or the paper described by who wrote it:
# the content asked, never the author list.
AUTHORS_AS_SUBJECT = [
    ("How did the CURE authors tackle entropy collapse?", CURE),
    ("what did the rainseer authors combine to reconstruct rainfall", RAINSEER),
    ("I'm curious how the K-frames authors approached picking keyframes.", KFRAMES),
    ("In the retinal paper he co-authored, how many fundus images were compiled?", RETIZERO),
    ("the HRKD authors compared their compression against what?", HRKD),
]


@pytest.mark.parametrize(("question", "paper"), AUTHORS_AS_SUBJECT)
def test_the_authors_as_subject_ask_no_author_list(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert cites_only(answer, paper), cited(answer)
    assert "was written by" not in answer.text, answer.text
    assert "first author" not in answer.text, answer.text


# The byline asked in words without 'author' or with 'names': the field, answered.
BYLINE_ASKED = [
    ("For our reading-group slide, please show the author names for RainSeer.", "Lin Chen"),
    ("Who should I credit as first author on CURE?", "Qingbin Li"),
    ("whoever is named first on the HRKD byline?", "Chenhe Dong"),
    ("need the author names listed for GThinker pls", "Yufei Zhan"),
    ("I'd like to credit whoever is listed first on K-frames.", "Yifeng Yao"),
]


@pytest.mark.parametrize(("question", "name"), BYLINE_ASKED)
def test_the_byline_asked_in_other_words_is_answered(
    bundled_assistant: Assistant, question: str, name: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert len(answer.citations) == 1, cited(answer)
    assert name in answer.text, answer.text


# Who asks, said first without a comma before 'I': no question about co-authors.
ROLE_THEN_I = [
    ("As an ophthalmology collaborator I'm curious how many fundus images RetiZero used.", "341"),
    ("as a former coauthor i wonder how many fundus images retizero compiled", "341"),
    ("As a clinical partner I'd like to know RetiZero's pretraining image count.", "341"),
    ("As a co-author on eye papers I want to know what RetiZero was pre-trained on", "341"),
    ("As a collaborator of hers I need the number of fundus images behind RetiZero.", "341"),
]


@pytest.mark.parametrize(("question", "number"), ROLE_THEN_I)
def test_a_role_said_first_is_no_coauthor_question(
    bundled_assistant: Assistant, question: str, number: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert cites_only(answer, RETIZERO), cited(answer)
    assert "co-authors" not in answer.text, answer.text
    assert number in answer.text, answer.text


# A version typed with its number spelt out: that version, not the first paper of the line.
VERSION_SPELT = [
    ("valley three code link", VALLEY3),
    ("who wrote Valley Two?", VALLEY2),
    ("when did valley three come out", VALLEY3),
    ("Valley-two first author pls", VALLEY2),
    ("I'm curious whether Valley Three has its code released.", VALLEY3),
]


@pytest.mark.parametrize(("question", "paper"), VERSION_SPELT)
def test_a_version_spelt_out_is_that_version(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert cites_only(answer, paper), cited(answer)


def test_a_word_and_a_number_that_name_no_paper_stay_apart(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("who wrote the valley paper with two datasets?")
    assert all(not t.startswith(VALLEY2) for t in cited(answer)), cited(answer)


# A paper described without an article, at the question's start: that paper's field.
BARE_DESCRIBED = [
    ("rainfall reconstruction paper code link?", RAINSEER),
    ("entropy collapse paper first author?", CURE),
    ("keyframe selection paper date", KFRAMES),
    ("fundus disease vision-language paper authors?", RETIZERO),
    ("hierarchical relational distillation paper released when", HRKD),
]


@pytest.mark.parametrize(("question", "paper"), BARE_DESCRIBED)
def test_a_described_paper_without_article_is_that_paper(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert cites_only(answer, paper), cited(answer)
    assert any(said in answer.text for said in FIELD_SAID), answer.text


@pytest.mark.parametrize(
    "question",
    ["rainfall reconstruction paper? y/n", "keyframe selection paper? y/n"],
)
def test_a_bare_description_alone_asks_whether_there_is_one(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text


def test_fields_asked_outright_stay_fields() -> None:
    """The arbitration leaves a field asked outright alone, with or without a paper phrase."""
    assert details_asked("what arXiv category is it filed under?") == ["category"]
    assert details_asked("code link?") == ["code"]
    assert "authors" in details_asked("who are the authors listed?")
    assert "authors" not in details_asked("how did the authors turn X into Y?")
