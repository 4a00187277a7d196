"""Overview shapes across the papers (issue 11): the named things of one kind the papers use
(companies, benchmarks, datasets, languages, countries) with the papers naming them; what
stayed the same over the years, cited from both ends; one subject over the years, every paper
marking a phase cited. Families over the bundled profile in words of no eval set, with sibling
needs of the same shape, and the declines that must stay."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

COMPANIES = [
    "which companies are named in qiu's papers?",
    "What firms come up across her publications, and in what capacity?",
    "wich companies apear in his papers",
    "I'm curious which businesses Minghui Qiu's papers are connected with.",
    "Which corporations do they mention in their work?",
    "Not labs: which companies show up in her research?",
]


def _cited(answer: object) -> set[str]:
    return {c.title.split(":")[0].split(" -- ")[0] for c in answer.citations}  # type: ignore[attr-defined]


@pytest.mark.parametrize("question", COMPANIES)
def test_the_companies_the_papers_name_are_answered_with_where(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert "Alibaba" in answer.text, (question, answer.text[:300])
    assert "bytedance" in answer.text.casefold(), (question, answer.text[:600])
    assert {"EasyNLP", "EasyTransfer"} <= _cited(answer), (question, _cited(answer))


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("which benchmarks come up in his papers?", {"KIE-HVQA", "VIPER", "MMLongCite"}),
        ("I'm curious which benchmarks recur across their abstracts.", {"KIE-HVQA", "VIPER"}),
        ("what benchmarks does Qiu's work introduce or use", {"VFaith-Bench", "OpenCompass"}),
        ("which datasets are used across his papers?", {"SummEval", "OR-QuAC"}),
        ("which natural languages are studied in her papers?", {"Chinese"}),
        ("what languages do his papers cover", {"Chinese", "multilingual"}),
        ("which countries are named in his papers?", {"France", "Korea", "Singapore"}),
        ("I'm curious what nations appear in their work's data.", {"France", "Korea"}),
    ],
)
def test_other_kinds_of_names_are_answered_the_same_way(
    bundled_assistant: Assistant, question: str, names: set[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert all(n in answer.text for n in names), (question, answer.text[:800])
    assert answer.citations, question


@pytest.mark.parametrize(
    "question",
    ["What languages does she speak?", "Which company does Minghui Qiu work for?"],
)
def test_the_person_is_not_the_papers(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert "Chinese" not in answer.text and "bytedance" not in answer.text.casefold()


def test_a_kind_no_paper_names_is_declined(assistant: Assistant) -> None:
    answer = assistant.ask("which natural languages are studied in her papers?")
    assert answer.abstained, answer.text
    assert "no natural languages" in answer.text, answer.text
    companies = assistant.ask("Which companies appear in her papers?")
    assert "name no company" in companies.text, companies.text
    assert "example: GraphSum" in companies.text, companies.text  # its code link's account
    countries = assistant.ask("which countries show up in her papers?")
    assert "Germany" in countries.text and not countries.abstained, countries.text


@pytest.mark.parametrize(
    "question",
    [
        "what has stayed the same in qiu's work over the years?",
        "Which research interests has she kept constant since 2020?",
        "whats remaind constant in his research",
        "I'm curious which topics Minghui Qiu never dropped from the early papers to the latest.",
        "Is there a common thread running through their papers across the years?",
        "Not the changes: what persisted in her research?",
        "what stayed the same in his methods?",
    ],
)
def test_what_stayed_the_same_is_answered_from_both_ends(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert "both periods" in answer.text, (question, answer.text[:300])
    years = {c.date.year for c in answer.citations}
    assert min(years) <= 2021 and max(years) >= 2025, (question, sorted(years))
    assert "distillation" in answer.text, (question, answer.text[:900])


@pytest.mark.parametrize(
    "question",
    [
        "how did his reinforcement learning work change over the years?",
        "In what way has the role of RL in Qiu's papers evolved since 2020?",
        "I'm curious how Minghui Qiu's use of reinforcement learning developed over time.",
        "how has her use of reinforcement learning shifted across the papers",
        "Not just the recent ones: how has RL in their work changed over time?",
    ],
)
def test_one_subject_over_the_years_cites_each_phase(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    cited = _cited(answer)
    assert "Learning to Expand" in cited, (question, answer.text[:400])
    assert {"R1-ShareVL", "GThinker"} & cited, (question, cited)
    assert "in date order" in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "marks"),
    [
        ("how has his use of knowledge distillation changed over time?", {"Meta-KD", "HRKD"}),
        ("how did her video work evolve over the years?", {"Valley", "Valley3"}),
    ],
)
def test_other_subjects_over_the_years(
    bundled_assistant: Assistant, question: str, marks: set[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert marks <= _cited(answer), (question, _cited(answer))
    assert "in date order" in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Was there a single CV paper in 2022?", "No"),
        ("any LG paper in 2021, or none?", "No"),
        ("I'm curious whether 2025 had a single paper with code.", "Yes"),
        ("any 2023 paper with code, or none?", "Yes"),
    ],
)
def test_a_quantifier_is_no_subject(bundled_assistant: Assistant, question: str, lead: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), (question, answer.text[:300])
    assert not answer.abstained, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "which datasets did Qiu use for fashion retrieval?",
        "The rainfall reconstruction paper used which datasets?",
        "what benchmarks did the keyframe selection work use, and which did it build?",
    ],
)
def test_names_of_one_subject_are_not_the_whole_list(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "the papers' abstracts name" not in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "What methods does she keep coming back to across her papers?",
        "Is there anyone he has had a long-standing collaboration with?",
    ],
)
def test_recurring_without_the_years_is_no_constancy(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "both periods" not in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("any paper with data across ethnicities and countries?", "Enhancing Diagnostic"),
        ("any paper w data covering multiple ethnicities", "Enhancing Diagnostic"),
        ("did she use any data from France?", "RainSeer"),
        ("I'm curious whether their papers use data from Korea.", "RainSeer"),
    ],
)
def test_a_yes_no_on_rare_words_finds_the_sentence_saying_them(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    """The question's other words ('data', 'use') are ones most papers write: the paper whose
    sentence holds its rare words answers it, found by meaning or not."""
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), (question, answer.text[:300])
    assert any(t.startswith(paper) for t in _cited(answer)), (question, _cited(answer))
