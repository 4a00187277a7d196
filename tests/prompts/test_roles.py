"""A word no paper uses declines a subject only when it is a word of the subject: the request's
own verb ('can you walk me through ...', 'did she ever invent a ...') and an -ing act done to
words the papers use ('on spotting brand logos') are the asker's wording. Families of the
bundled profile (Minghui Qiu), in words of no eval set, with controls whose unused word is
the subject's."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.roles import request_wording

# the words of these questions no paper uses (as Lexicon.unseen reads them)
UNUSED = frozenset(
    "walk walking devise recollect matter spotting grading yanking thru speech speach players "  # noqa: SIM905
    "handwriting quantum sign songs synthetically slower assembly clothing".split()
)


def unseen(word: str) -> bool:
    return word.casefold() in UNUSED


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Can you walk me through her rainfall work?", "walk"),
        ("would you mind walking us thru the rainfall papers", "walking"),
        ("Did she ever devise a metric?", "devise"),
        ("I recollect two papers of his on rain, which?", "recollect"),
        ("whether any of their work would matter for flood planning", "matter"),
        ("any ppr on spotting brand logos?", "spotting"),
        ("papers on grading summaries automatically?", "grading"),
        ("anything of theirs for yanking answers out of text", "yanking"),
        ("any work of hers on synthetically produced labels", "synthetically"),
        ("papers showing LLMs are slower than people think", "slower"),
    ],
)
def test_the_requests_wording(question: str, word: str) -> None:
    assert request_wording(question, word, unseen), question


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Has he worked on speech recognition?", "speech"),
        ("does he do speach processing", "speach"),  # 'do' + object: a noun
        ("papers on tracking players in sports video?", "tracking"),  # object unused too
        ("Has she worked on recognising handwriting?", "handwriting"),
        ("I'm curious whether they work on quantum machine learning.", "quantum"),
        ("they would like sign language work", "sign"),
        ("Did she ever write songs?", "songs"),
        ("papers on assembly lines?", "assembly"),
        ("any work on clothing detection?", "clothing"),  # '-ing' naming an act's kind
        (
            "Has he published on handwriting recognition?",
            "handwriting",
        ),  # '-ly', but no participle follows
    ],
)
def test_a_word_of_the_subject(question: str, word: str) -> None:
    assert not request_wording(question, word, unseen), question


# Each family asks for one subject the papers hold; each phrasing has a word no paper uses
# that is only the asker's wording. Every phrasing must list the same papers, none declined.
FAMILIES = {
    "summary evaluation": (
        ["SueNes", "DocAsRef"],
        [
            "Can you walk me through Minghui Qiu's work on judging summaries?",
            "did she ever devise a metric for document summaries?",
            "could u walk us thru their summary evaluation papers",
            "I recollect two papers of his on summary evaluation - which are they?",
        ],
    ),
    "rainfall": (
        ["RainSeer"],
        [
            "Can you walk me through her rainfall research?",
            "Would you mind walking me through the rainfall papers Minghui Qiu wrote?",
            "I wonder if any of their work would matter for rainfall mapping.",
            "did they ever devise a method for rainfall reconstruction?",
        ],
    ),
    "logos": (
        ["Logo-VGR", "FashionLOGO"],
        [
            "any ppr by qiu on spotting brand logos?",
            "Has Minghui Qiu published on eyeballing brand logos in product photos?",
            "can you walk me through his brand logo papers?",
            "I recollect two papers of hers on logos, which ones?",
        ],
    ),
}


@pytest.mark.parametrize(
    ("family", "question"),
    [(name, q) for name, (_, qs) in FAMILIES.items() for q in qs],
)
def test_the_subjects_papers_are_listed(
    bundled_assistant: Assistant, family: str, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    cited = " ".join(c.title for c in answer.citations)
    assert not answer.abstained, (question, answer.text)
    assert "no listed paper mentions" not in answer.text, (question, answer.text)
    for title in FAMILIES[family][0]:
        assert title.casefold() in cited.casefold(), (question, title, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "Has Minghui Qiu worked on speech recognition?",
        "does he do speach processing",
        "I recollect a paper of hers on quantum chemistry, which one?",
        "Could you walk me through her handwriting recognition papers?",
        "did she ever devise a method for protein folding?",
        "any papers on spotting whales in ocean recordings?",  # the act's object is unused
        "research of his on spotting tumours in scans?",
        "Has she published anything on handwriting assessment?",
    ],
)
def test_a_subject_no_paper_is_about_is_still_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text)


def test_an_exact_title_word_still_finds_its_paper(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Can you walk me through RainSeer?")
    assert any("RainSeer" in c.title for c in answer.citations), answer.text
