"""People, two asks in one: the lead author of a paper and the other papers that person
leads (or is on), however the second ask is joined ('+', 'and that person's other ...', one
ask naming the person by the role); the person several papers share, the papers named by a
counted description ('her two session-based recommendation papers'); a pronoun paired with a
name ('both him and Y') read as the person the question set apart; the researcher's possessive
before a named paper ('Qiu's HRKD: whose name comes first?') asks who, not whether she is.
Families over the bundled profile in words of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


@pytest.mark.parametrize(
    ("question", "person", "others"),
    [
        ("who led SpanProto + what else did they lead", "Jianing Wang", ["UPT", "KECP"]),
        (
            "The lead author of KP-PLM - which other listed papers do they lead?",
            "Jianing Wang",
            ["SpanProto"],
        ),
        (
            "Minghui Qiu's SMedBERT: its first author, and that person's other first-author papers?",
            "Taolin Zhang",
            ["DKPLM"],
        ),
        ("which papers does the first author of DKPLM lead?", "Taolin Zhang", ["SMedBERT"]),
        ("what else has Valley's lead author written?", "Ruipu Luo", ["Valley2"]),
        (
            "I'm curious who was first author on UPT & what else they led.",
            "Jianing Wang",
            ["KP-PLM"],
        ),
    ],
)
def test_the_lead_author_and_their_other_papers(
    bundled_assistant: Assistant, question: str, person: str, others: list[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert person in answer.text, (question, answer.text[:400])
    listed = answer.text.split("\n", 1)[-1]  # after the line naming the lead author
    for other in others:
        assert other in listed, (question, other, answer.text[:600])
    assert len(answer.citations) > 1, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "shared"),
    [
        ("which author links her two session-based recommendation papers?", "Gao Cong"),
        ("Who is the shared author of Qiu's two session based recommendation papers?", "Gao Cong"),
        ("who is the shared author of GCE-GNN and SRGI?", "Gao Cong"),
        ("Which person connects Kaleido-BERT and FashionBERT?", "Dehong Gao"),
        ("the two fashion bert papers: who do they have in common?", "Dehong Gao"),
    ],
)
def test_the_person_papers_share(bundled_assistant: Assistant, question: str, shared: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Co-authors of"), (question, answer.text[:300])
    assert shared in answer.text, (question, answer.text[:400])
    assert len(answer.citations) == 2, (question, answer.text[:400])


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Not Jianing Wang alone: which papers have both him and Chengyu Wang?", "3 of"),
        ("Not Taolin Zhang alone - papers with Chengyu Wang and him?", "of the 50"),
        ("Not just Jianing Wang: which papers list both him and Chengyu Wang?", "3 of"),
    ],
)
def test_a_pronoun_paired_with_a_name_is_the_person_set_apart(
    bundled_assistant: Assistant, question: str, count: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "both" in answer.text and count in answer.text, (question, answer.text[:300])
    assert "14 of the 50" not in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Minghui Qiu's HRKD: whose name comes first?", "Chenhe Dong"),
        ("Qiu's Valley2 paper: who is listed first?", "Ziheng Wu"),
        ("which author comes first on Minghui Qiu's RetiZero?", "Meng Wang"),
        ("minghui qiu's kecp - whose name is first?", "Jianing Wang"),
    ],
)
def test_the_researchers_paper_asks_who_leads_it(
    bundled_assistant: Assistant, question: str, first: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert first in answer.text and "not the first author" not in answer.text, (
        question,
        answer.text[:300],
    )
