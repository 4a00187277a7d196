"""What the profile cannot tell, decided from what it holds, not from the question's words.

The asked attribute is read from the question's structure and checked against the profile:
(1) a header figure asked at another time than the capture ('in 2019', 'back then', 'how it
grew'): the header is one day's snapshot, so the decline gives the current figure it holds;
(2) a measure of a named paper (a count's noun, a size's unit, an amount's noun) that its
record never says: declined naming what is missing; (3) a property of the co-authors
themselves (gender, nationality, age): the profile holds names and papers only; (4) a
technique asked by a word no paper uses, whichever place the word holds in the phrase: No,
with the nearest papers named; (5) papers the header counts beyond the listing, or work not
yet out, asked by name. Each is asked with siblings no eval set asks, with controls that
must still answer (the current figure, a stated number, a dataset's name, co-authors, code).
"""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("how many citations did she have back in 2019?", "11,029"),
        ("What was Minghui Qiu's citation count five years ago?", "11,029"),
        ("has his h index gone up over the years?", "h-index 34"),
        ("i'm curious what her novelty score used to be in 2022", "Novelty 51%"),
        ("Tell me Qiu's AI Score as it stood in 2020.", "AI Score 61"),
        ("what was their hindex before 2022", "h-index 34"),
    ],
)
def test_a_header_figure_at_another_time_is_declined_with_the_current_one(
    bundled_assistant: Assistant, question: str, held: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert held in answer.text, (question, answer.text[:300])  # what the profile does hold


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("What is his current h-index?", "34"),
        ("qiu's h index right now?", "34"),
        ("How many citations does she have in total?", "11,029"),
        ("How many papers did he publish in 2021?", "7"),
    ],
)
def test_the_current_figure_is_still_answered(
    bundled_assistant: Assistant, question: str, held: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert held in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("What's the word count of the SpanProto paper?", "words"),
        ("how many words long is the KECP paper", "words"),
        ("How many GPU hours went into training HRKD?", "compute"),
        ("I'm curious how many GitHub stars the EasyNLP repository has.", "stars"),
        ("what's the star count of easynlp on github", "stars"),
        ("How big is the HRKD paper in megabytes?", "megabytes"),
        ("how long is the Valley paper, in pages?", "pages"),
    ],
)
def test_a_measure_the_named_papers_record_never_says_is_declined(
    bundled_assistant: Assistant, question: str, missing: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert missing in answer.text, (question, answer.text[:300])  # says what is missing
    assert "does not state" in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("How many entries does VFaith-Bench have?", "755"),
        ("How many fundus diseases does RetiZero know about?", "400"),
        ("Which datasets does RainSeer evaluate on?", "RAIN-F"),
        ("what dataset is MeteoLogist evaluated on", "NEXRAD"),
        ("How much did Kaleido-BERT improve Bleu4 on captioning?", "1.2"),
        ("Who are the authors of RainSeer?", "Lin Chen"),
        ("Where is the code for Valley?", "github.com/valley-vl/Valley"),
    ],
)
def test_a_measure_the_record_states_is_still_answered(
    bundled_assistant: Assistant, question: str, stated: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert stated in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "I'm curious how many of their co-authors are men.",
        "what fraction of qiu's collaborators are chinese?",
        "How many of Minghui Qiu's co-authors are female?",
        "what share of his coauthors are women",
        "Are most of her co-authors European?",
    ],
)
def test_a_property_of_the_coauthors_themselves_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert "names" in answer.text, (question, answer.text[:300])  # what it does hold
    assert not answer.text.startswith("Yes"), (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("How many co-authors does he have?", "88"),
        ("Who are his most frequent co-authors?", "Chengyu Wang"),
        ("Who are his co-authors on the medical papers?", "Taolin Zhang"),
    ],
)
def test_coauthors_are_still_answered(
    bundled_assistant: Assistant, question: str, named: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert named in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Has he done anything on recognising handwriting?", "handwriting"),
        ("any papers on recognizing speech?", "speech"),
        ("does she work on speech recognition?", "speech"),
        ("What has he published on sign language recognition?", "sign"),
    ],
)
def test_a_technique_no_paper_names_is_no_with_the_nearest(
    bundled_assistant: Assistant, question: str, word: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert answer.text.startswith("No"), (question, answer.text[:300])
    assert f"'{word}'" in answer.text and "Nearest" in answer.text, (question, answer.text)
    assert not answer.citations


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("any papers on logo recognition?", "Logo-VGR"),
        ("Has he worked on OCR?", "OCR"),
        ("Does he have papers on few-shot learning?", "Few-Shot"),
    ],
)
def test_a_technique_some_paper_names_is_answered(
    bundled_assistant: Assistant, question: str, title: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert any(title.casefold() in c.title.casefold() for c in answer.citations), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What are the remaining 15 papers of hers?",
        "i'm curious which titles the header counts but doesnt show",
        "what papers did he publish that aren't in the list?",
        "Her header claims more papers than it shows; which ones are left out?",
        "Tell me about her forthcoming study on video reasoning.",
        "What does his draft manuscript on video agents say?",
        "whats in qiu's unpublished paper?",
    ],
)
def test_papers_beyond_the_listing_or_not_yet_out_are_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert not answer.text.startswith("Yes"), (question, answer.text[:300])
    assert not answer.citations


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("List all his papers.", "50 of the 50"),
        ("which of the listed papers are not in CV?", "36 of the 50"),
        ("What papers does the profile list from 2023?", "4 of the 50"),
    ],
)
def test_the_listing_itself_is_still_listed(
    bundled_assistant: Assistant, question: str, count: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert count in answer.text, (question, answer.text[:300])
