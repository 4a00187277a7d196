"""Questions the profile cannot answer, declined by their shape, not by their words.

(1) The person's own view of the work, feelings and intentions (what they are proud of,
like, rate or regret, their favourite paper or co-author, their plans): the profile records
papers, not opinions. (2) What became of the work after publication (exhibited, awarded,
covered by the press, taught in courses), declined unless an abstract says it. (3) How the
work was done where papers rarely say (consent of the people whose data was used, ethics
or IRB approval), declined unless the named paper's abstract says it. Each shape is asked
with siblings no eval set asks (a favourite co-author, a prize, the news, an IRB number)
over the bundled profile; the controls are answerable questions sharing the words (a
museum or a press office as the asker, the person 'himself' as first author, a paper's
'consider')."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

OPINION = "opinions, plans"  # the life decline names what the profile does not hold


@pytest.mark.parametrize(
    "question",
    [
        "Which of her papers is she most proud of?",
        "who is qiu's favourite co-author?",
        "What paper does Minghui Qiu regard as his greatest achievement?",
        "which project does he personally enjoy the most",
        "Does she regret publishing any of her early work?",
        "I'm curious which collaborator they like working with best.",
        "is he proud of the valley papers?",
        "what does qiu plan to work on next year?",
        "Does Minghui Qiu intend to keep working on weather forecasting?",
        "thier fav topic of all their own papers?",
    ],
)
def test_the_persons_own_view_is_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert not answer.citations, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "Did any of her papers win a prize?",
        "has the KECP paper won a best-paper award?",
        "Which of his papers were featured in the news?",
        "has valley3 been covered by the press?",
        "Has his research ever been exhibited in a gallery?",
        "I'm curious whether any of their papers is taught in university courses.",
        "was any qiu project on display at a science festival",
    ],
)
def test_what_became_of_the_work_is_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert not answer.text.startswith("Yes"), (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "What's the IRB number for the fundus paper?",
        "did retizero get ethics approval?",
        "Were the patients asked for permission before their scans were used?",
        "Did the medical papers obtain informed consent?",
        "I'm curious whether an ethics committee approved any of Qiu's studies.",
        "was consent given by the people whose reviews were used in the summarisation work",
    ],
)
def test_consent_and_ethics_approval_are_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert "consent" in answer.text or "ethics" in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "What are the papers where qiu himself is first author?",
        "For a museum audio guide: which of her papers are about video?",
        "Our press office asks: when did Valley3 come out?",
        "Which factors does GCE-GNN consider?",
        "For a lecture on distillation: which of his papers compress language models?",
        "Since Kaleido-BERT was trained on fashion images, which tasks did it use?",
    ],
)
def test_answerable_questions_sharing_the_words_stay_answered(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])


# (4) A subject no paper names, offered as alternatives ('snow or hail') with only the act
# asked of it ('predicting'), or asked with its neighbour set aside ('Not rain: ...'): no
# paper is on it, the nearest (on rain) is named as related, and the answer is a decline.
@pytest.mark.parametrize(
    "question",
    [
        "Has she worked on forecasting fog or frost?",
        "any papers predicting earthquakes or tsunamis?",
        "did qiu ever publish on generating songs or melodies?",
        "Not rain: any papers on fog?",
        "I'm curious whether they have done anything on detecting hailstorms or tornadoes.",
        "Not rainfall: papers of his on predicting avalanches or landslides?",
    ],
)
def test_a_subject_only_a_neighbour_of_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert not answer.text.startswith("Yes"), (question, answer.text[:300])
    assert not answer.citations, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "Has he worked on predicting rain?",
        "Has Minghui Qiu worked with smartphone or smartwatch sensor data?",
        "Does she have papers on video or image reasoning?",
        "Not the medical ones: which papers use knowledge graphs?",
    ],
)
def test_a_subject_the_papers_name_stays_answered(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert answer.citations, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "chinese title of the paper that introduced cmedbert?",
        "What's the DOI of the work that proposed CMedBERT?",
        "isbn of the rainfall reconstruction work",
        "I'm curious what the PubMed ID of the fundus-disease paper is.",
    ],
)
def test_an_identifier_of_a_paper_only_described_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert "identifier" in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "Does she have any regrets about her early papers?",
        "is qiu an editor for any journal?",
        "What editorial positions does Minghui Qiu hold?",
        "Are there openings in their lab right now?",
        "what was the budget of the Valley3 project",
    ],
)
def test_service_openings_and_budgets_are_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])


def test_a_topic_named_regret_is_no_life_question(bundled_assistant: Assistant) -> None:
    """'regret' said as a subject (bandit regret), not the person's: read as a topic."""
    query, _ = bundled_assistant.understand("Which papers bound the regret of online learning?")
    assert query.intent != "outside", query


@pytest.mark.parametrize(
    "question",
    [
        "I'm building a hobby app: which of her distillation papers have code?",
        "building a hobby game with video understanding, any qiu papers with code?",
    ],
)
def test_the_askers_hobby_is_no_life_question(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert answer.citations, (question, answer.text[:300])


@pytest.mark.parametrize("question", ["What are his hobbies?", "does she have any hobby?"])
def test_the_persons_hobbies_are_declined(bundled_assistant: Assistant, question: str) -> None:
    assert bundled_assistant.ask(question).abstained, question


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        ("Not rain: anything on snow or hail?", "rain"),
        ("Not the medical ones: which papers inject knowledge graphs?", "medical"),
        ("Not the shortest: which title has the most words?", None),
        ("Not video generation, but video understanding: which papers?", None),
    ],
)
def test_a_subject_set_aside_before_the_ask(
    bundled_assistant: Assistant, question: str, aside: str | None
) -> None:
    """'Not X: ...' sets the subject X aside; a rank ('the shortest') or an emphasis ('not X,
    but Y') sets no subject aside."""
    query, _ = bundled_assistant.understand(question)
    assert query.excluded == aside, (question, query.excluded, query.topic)
