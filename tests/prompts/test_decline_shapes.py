"""Needs the profile's records cannot meet, in shapes that share a word with what they do hold,
are declined as such rather than answered with that word's papers: a repository's popularity
(stars, forks, downloads), its upkeep (commits, issues, maintainers), its code licence and a
paper's funding, a paper's speed its abstract does not state and the energy or carbon its
training took, whether one paper is named (its code link is no answer) or the papers at
large; the person's spoken languages (not the
multilingual papers), the talks they give, their web pages and where a co-author is now (not
that co-author's papers). Each need is a family of phrasings (casual, formal, typo, he/she/
they/the name, indirect, negated) that must agree; neighbouring questions the record does
answer (papers with code, multilingual papers, co-authors) are not declined."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def declined(answer: Answer) -> None:
    assert answer.abstained, answer.text
    assert answer.text.startswith("The profile does not answer this"), answer.text


# A named paper's repository or record, asked for what no record carries: the answer declines,
# citing that paper alone (its code link or abstract is not the answer).
OF_A_PAPER = {
    "popularity": [
        ("how many stars has the HRKD repo got on github?", "HRKD"),
        ("CURE github star count?", "CURE"),
        ("Is the Valley2 codebase popular on GitHub?", "Valley2"),
        ("I'm curious how often people have forked R1-ShareVL's code.", "R1-ShareVL"),
        ("number of downloads for EasyTransfer?", "EasyTransfer"),
        ("hwo many github stars does GThinker have", "GThinker"),
    ],
    "upkeep": [
        ("is the HRKD repo still maintained?", "HRKD"),
        ("When did the CURE repository last get a commit?", "CURE"),
        ("how many open github issues does GThinker have", "GThinker"),
        ("I'm curious who the maintainers of the Valley2 code are.", "Valley2"),
        ("R1-ShareVL repo contributors count?", "R1-ShareVL"),
    ],
    "licence": [
        ("Which licence covers the HRKD code?", "HRKD"),
        ("is valley2 apache licensed?", "Valley2"),
        ("can a startup use the CURE repo commercially?", "CURE"),
        ("I'm curious what license R1-ShareVL's code ships with.", "R1-ShareVL"),
        ("Under which license did they put out GThinker?", "GThinker"),
    ],
    "funding": [
        ("Who funded the Valley2 work?", "Valley2"),
        ("which grants backed HRKD?", "HRKD"),
        ("I'm curious whether the K-frames project had a sponsor.", "K-frames"),
        ("spanproto funding agency?", "SpanProto"),
        ("who paid for the CURE research", "CURE"),
    ],
    "approval": [
        ("is SMedBERT cleared for clinical use?", "SMedBERT"),
        ("I'm curious whether CMedMRC got regulatory approval.", "Knowledge-Empowered"),
        ("retizero ce marked?", "Enhancing Diagnostic"),
        ("Has the RetiZero model been certified by a regulatory body?", "Enhancing Diagnostic"),
        ("did smedbert get fda aproval", "SMedBERT"),
    ],
    # how fast it runs, asked in a unit its abstract never says in numbers or words
    "speed": [
        ("I'm curious how fast the Valley2 model runs at inference.", "Valley2"),
        ("kangaroo throughput on a gpu?", "Learning Knowledge-Enhanced"),
        ("Does SpanProto answer in a few ms per sentence?", "SpanProto"),
        ("what is GThinker's latency per query?", "GThinker"),
        ("how quickly does K-frames pick its frames, in seconds?", "K-frames"),
        ("r1-sharevl inferance speed in tokens per second?", "R1-ShareVL"),
        # a model named only inside one paper's abstract ('Coral' in MERIT's) names that paper
        ("what's Coral's inference latency?", "MERIT"),
        ("I'm curious how many queries per second Coral handles.", "MERIT"),
        pytest.param(
            "coral speed in ms pls",
            "MERIT",
            marks=pytest.mark.xfail(strict=True, reason="a bare 'X speed' is read as a topic"),
        ),
    ],
    # the energy or carbon its training took
    "footprint": [
        ("what was the carbon footprint of training Valley2?", "Valley2"),
        ("How much energy did they use to train GThinker?", "GThinker"),
        ("r1-sharevl co2 emisions?", "R1-ShareVL"),
        ("I'm curious how many kilowatt-hours the CURE runs consumed.", "CURE"),
        ("Did Qiu report HRKD's electricity consumption?", "HRKD"),
    ],
}


@pytest.mark.parametrize(
    ("question", "paper"),
    [pair for family in OF_A_PAPER.values() for pair in family],
    ids=lambda v: str(v)[:40],
)
def test_what_no_record_of_a_named_paper_carries_is_declined_citing_it(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    assert [c.title[: len(paper)] for c in answer.citations] == [paper], answer.text
    assert "released at" not in answer.text, answer.text  # the code link is not the answer


# The same needs asked of the papers at large: declined, saying what the profile records.
OF_THE_PAPERS = [
    "Which of her repos has the most GitHub stars?",
    "total downloads across qiu's toolkits?",
    "what licence do their code releases use?",
    "Who sponsors his research?",
    "I'm curious which grants fund this researcher's papers.",
    "Has any of Minghui Qiu's repositories been forked a lot?",
    "Are their github repos still actively maintained?",
    "Which of her medical models are approved by regulators?",
    "I'm curious about the environmental impact of training their models.",
    "how many kilowatt hours did her models consume overall?",
    "What CO2 emissions did Minghui Qiu's training runs produce?",
    "their carbon footprint for model training?",
]


@pytest.mark.parametrize("question", OF_THE_PAPERS)
def test_what_no_record_carries_asked_of_all_papers_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    assert not answer.citations, answer.text


# The person, not the papers: a word the papers use in another sense ('multilingual',
# 'speech', 'talk') is no subject here.
PERSON = {
    "spoken languages": [
        "Which languages can Minghui Qiu speak?",
        "does she speak korean",
        "Is he bilingual?",
        "what's the researcher's mother tongue?",
        "I'm curious whether they speak any European languages.",
        "Qiu is a native Mandarin speaker, right?",
        "waht langauges does she speak",
    ],
    "talks": [
        "Has she been a keynote speaker anywhere?",
        "does qiu give talks at conferences?",
        "Which invited talks has he given?",
        "I'm curious whether they present at industry events.",
    ],
    "web presence": [
        "where can I find his homepage?",
        "Does Minghui Qiu keep a blog?",
        "their personal website url?",
    ],
    "a co-author now": [
        "Is Chengyu Wang still at Alibaba?",
        "I'm curious where Jun Huang works these days.",
        "where is jun huang working",
        "What's Chengyu Wang's affiliation now?",
        "Where did Taolin Zhang end up after these papers?",
        "Who was Chengyu Wang's doctoral advisor?",
    ],
}


@pytest.mark.parametrize(
    "question", [q for family in PERSON.values() for q in family], ids=lambda q: q[:40]
)
def test_a_need_about_a_person_matched_on_one_word_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    assert not answer.citations, answer.text  # no papers sharing the word
    assert not answer.text.startswith("Yes"), answer.text


# A subject named by a word the papers use only of releasing their own code ('The code is
# available at ...'): the papers giving a code link are not on it.
CODE_AS_SUBJECT = [
    "Has Minghui Qiu done research on code generation?",
    "any work on automatic code completion?",
    "I'm curious whether she has built models that write code.",
    "papers about code summarisation by qiu?",
    "Which of his papers are about source-code search?",
    "does they do code-generation stuff",
    "any work on writing source code with LLMs?",
    "has she published on synthesizing source code from text?",
]


@pytest.mark.parametrize("question", CODE_AS_SUBJECT)
def test_a_subject_named_by_the_code_release_word_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert not answer.citations, answer.text
    assert not answer.text.startswith("Yes"), answer.text


def test_neighbouring_questions_the_record_answers_are_not_declined(
    bundled_assistant: Assistant,
) -> None:
    for question in (
        "Which papers cover more than one language?",
        "Is MERIT multilingual?",
        "Which of her papers released code?",
        "Which papers give a GitHub link?",
        "papers co-written with Chengyu Wang?",
        "Which papers report results on popular benchmarks?",
        "Which papers handle speech or audio?",
        "Where is the HRKD code?",
        "Which 2025 papers come with code?",
        "video papers with public code?",
        "Which papers host their code under github.com/alibaba?",
        "For a grant application: how many papers did she put out in 2021?",
        "I sit on a grant panel: which of his papers are about distillation?",
        "A reviewer wonders: what does HRKD distil?",
        # a speed the abstract states, in numbers or in words, is quoted, not declined
        "how much faster is easytransfer?",
        "Is DKPLM quick at inference?",
        "Has she worked on making language models faster at inference time?",
        "how well does Coral do on MERIT?",
    ):
        answer = bundled_assistant.ask(question)
        assert not answer.abstained, (question, answer.text)
        assert answer.citations, (question, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "storm nowcasting paper source code — where?",
        "where is the code of the nowcasting paper with meteorological drivers?",
        "the storm nowcasting paper: code where??",
        "Where can I find the source code for their storm nowcasting work?",
        "nowcasting w/ meteorological drivers -- source code pls",
    ],
)
def test_where_a_described_papers_code_is_is_answered(
    bundled_assistant: Assistant, question: str
) -> None:
    # the storm paper puts its code in the supplementary material (no link in the record)
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert any(c.title.startswith("Seeing Inside the Storm") for c in answer.citations), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is she fluent in reinforcement learning?",
        "Is Minghui Qiu fluent in knowledge distillation?",
        "how popular is RL in her work?",
        "How popular is distillation across his papers?",
        "I'm curious how popular few-shot learning is within their research.",
    ],
)
def test_a_field_said_in_words_of_people_or_popularity_is_still_a_topic(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert answer.citations, answer.text
