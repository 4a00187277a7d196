"""A question about one named paper that takes as given a tool the abstract does not name
(when the abstract names the one it works with for that step), or that something in it is
never wrong (when the abstract speaks of that thing's fallibility), first says what the
abstract says instead, cited; a question whose given is true, or that names a tool the abstract
names, is not corrected. Universals over metadata ('were all her 2022 papers CL?') answer
No with the papers that break them, cited first. A question opening with a negated auxiliary
("Hasn't X been her co-author?") asks the positive question."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# VFaith edits images with GPT-Image-1; none of these tools is in its abstract.
OTHER_TOOL = [
    "How come the VFaith people picked Midjourney to alter the pictures?",
    "vfaith relies on dall-e 3 to do the edits, correct?",
    "I'm curious why VFaith's pipeline used Adobe Firefly for the cue edits.",
    "Given that VFaith alters images using InstructPix2Pix, how big is the benchmark?",
    "Did Qiu's VFaith work employ Imagen 2 for editing visual cues?",
]


@pytest.mark.parametrize("question", OTHER_TOOL)
def test_a_tool_the_abstract_does_not_name_is_corrected_with_the_one_it_names(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = " ".join(answer.text.splitlines()[:2])  # after a note on words read otherwise
    assert "GPT-Image-1" in first, answer.text[:300]
    assert not first.startswith("Yes"), answer.text[:300]
    assert answer.citations[0].title.startswith("VFaith"), answer.text[:300]


# DGRC's abstract: 'the teacher itself is not an infallible expert'.
NEVER_WRONG = [
    "Since DGRC's teacher model can't be wrong, what does the student learn from?",
    "Dgrc treats the teachers answers as flawless, right?",
    "Since DGRC's teacher is perfectly reliable, how are the curricula derived?",
    "I'm curious how DGRC adapts the student when it blindly trusts the teacher.",
    "In DGRC the teacher LLM never errs, does it?",
]


@pytest.mark.parametrize("question", NEVER_WRONG)
def test_a_thing_said_never_to_err_is_corrected_from_the_abstract(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = " ".join(answer.text.splitlines()[:2])
    assert "infallible" in first, answer.text[:300]
    assert not first.startswith("Yes"), answer.text[:300]
    assert any(c.title.startswith("From Atoms to Chains") for c in answer.citations), answer.text


# True givens, or tools the abstract names: none is corrected by these checks.
TRUE_GIVENS = [
    "Since VFaith edits the visual cues with GPT-Image-1, how many entries does its benchmark have?",
    "Why did VFaith use an automatic editing pipeline to alter the images?",
    "Given that DGRC has the teacher answer atomic questions, how is the student trained?",
    "Since DGRC works without human-annotated data, which domains does it test?",
    "Because RetiZero learned from fundus images paired with text, what can it recognise?",
    "Why did R1-ShareVL use reinforcement learning to improve reasoning?",
    "Since Share-GRPO is used to train R1-ShareVL, how does it share rewards?",
    "Given that CODA adapts on the device, what does it cost?",
    "Why does GThinker use cue-guided rethinking?",
    "Since Kaleido-BERT is pre-trained on fashion data, what tasks does it improve?",
    "How does K-frames pick keyframes using scene-driven selection?",
    "Why did FashionBERT use adaptive loss for matching text and images?",
]


@pytest.mark.parametrize("question", TRUE_GIVENS)
def test_a_true_given_or_a_named_tool_is_not_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    first = bundled_assistant.ask(question).text.splitlines()[0]
    assert "The abstract names" not in first, first
    assert not first.startswith("Not so ("), first


OUTSIDE_CL_2020 = [
    "FashionBERT",
    "Open-Retrieval Conversational Question Answering",
    "One-shot Text Field Labeling using Attention and Belief Propagation for Structure "
    "Information Extraction",
    "Exploring Global Information for Session-based Recommendation",
]
UNIVERSAL_FALSE = [
    "Were all of Minghui Qiu's 2020 papers in CL?",
    "did she only put out cl work in 2020",
    "Was each and every one of his 2020 papers filed under Computation and Language?",
    "I'm curious whether every single 2020 paper of theirs was CL.",
    "Did Qiu publish exclusively CL papers in 2020?",
]


@pytest.mark.parametrize("question", UNIVERSAL_FALSE)
def test_a_false_universal_answers_no_with_the_papers_that_break_it_first(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(("No", "That premise does not hold")), answer.text[:300]
    # 2020's papers outside CL (FashionBERT, ORConvQA, the one-shot labeling paper, SRGI)
    first_cited = {c.title.split(":")[0] for c in answer.citations[:4]}
    assert first_cited == set(OUTSIDE_CL_2020), answer.text[:400]


@pytest.mark.parametrize(
    "question",
    [
        "Was code provided for every single one of her 2021 papers?",
        "is every 2021 paper of qiu's accompanied by code?",
        "Did each and every 2021 paper of his come with code?",
        "Were all of their 2021 papers released with code?",
        "I'm curious whether code was shared for all of Minghui Qiu's 2021 papers.",
    ],
)
def test_a_universal_on_code_is_no_with_the_papers_without_code(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(("No", "That premise does not hold")), answer.text[:300]
    assert not answer.abstained, answer.text[:300]
    # of the 7 listed 2021 papers only HRKD gives code: the other six come first
    first = {c.title.split(":")[0] for c in answer.citations[:6]}
    assert "HRKD" not in first and {"Kaleido-BERT", "SMedBERT", "DKPLM"} <= first, answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "Hasn't Dehong Gao been a co-author of hers?",
        "hasnt dehong gao written with qiu?",
        "Didn't Minghui Qiu write something with Dehong Gao?",
        "Wasn't Dehong Gao on one of his papers?",
        "Has she not co-authored anything with Dehong Gao?",
    ],
)
def test_an_opening_negation_asks_the_positive_question(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:300]
    titles = {c.title.split(":")[0] for c in answer.citations}
    assert titles == {"FashionBERT", "Kaleido-BERT"}, answer.text[:300]


def test_papers_not_with_a_person_still_leave_them_out(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Which papers were not co-authored with Dehong Gao?")
    titles = {c.title.split(":")[0] for c in answer.citations}
    assert "FashionBERT" not in titles and len(titles) > 10, answer.text[:300]


# A given clause that the abstract says of earlier work, not of the paper itself.
EARLIER_WORK_GIVEN = [
    "Since GCE-GNN models user preference from the current session alone, what graph does it "
    "build?",
    "given that gce-gnn only looks at the current session, how are item embeddings learned?",
    "Since GCE-GNN only ever considers the current session, how does it learn item transitions?",
    "Seeing that K-frames relies on uniform frame sampling, how does it avoid information loss?",
    "Now that k-frames just takes evenly sampled uniform frames, how does it select keyframes?",
]


@pytest.mark.parametrize("question", EARLIER_WORK_GIVEN)
def test_a_given_clause_the_abstract_says_of_earlier_work_is_said_first(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.splitlines()[0]
    said = first.startswith("That premise does not hold") or "abstract does not say" in first
    assert said and ("existing" in first or "Uniform" in first), answer.text[:300]
    assert first.count("That premise does not hold") <= 1, answer.text[:300]
    paper = "K-frames" if "frames" in question.lower() else "Global Context"
    assert answer.citations[0].title.startswith(paper), answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "Has she got a method that only needs a handful of labelled examples?",
        "any paper of qiu's where the model sees only one example per field?",
        "Did they write about distilling only the most useful knowledge?",
        "I'm curious whether Minghui Qiu has work where only the final answer is rewarded.",
        "Is there anything of his that adapts a model using only unlabeled data?",
    ],
)
def test_a_topic_with_only_is_no_universal_over_the_listing(
    bundled_assistant: Assistant, question: str
) -> None:
    # 'only' inside a topic restricts the topic, not the papers: no list of all the others
    answer = bundled_assistant.ask(question)
    assert "that do not:" not in answer.text, answer.text[:300]
    assert len(answer.citations) < 20, answer.text[:300]
