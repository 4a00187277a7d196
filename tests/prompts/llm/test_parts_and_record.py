"""Claims that bind facts to the wrong part, number or person, and honest rewordings of the
same facts (the families behind claims_unseen6's fixes).

Each family is one way an LLM answer summarising a researcher writes: which phase or variant
does what, which measurement belongs to which task, numbers in words, rounded or in TeX, who
wrote the paper first and when, whether the code is out, negations without 'not', contrasts
with 'rather than' and 'unlike'. The source is one made-up paper, so nothing here is tuned
to the bundled profile.
"""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.llm.support import Verifier
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.model import Paper

AURORA = Paper.model_validate({
    "id": "a1", "n": 1, "title": "Aurora: Staged Reasoning for Table Question Answering",
    "authors": ["Bea Sample", "Ada Example", "Cy Person"], "authors_truncated": True,
    "category": "CL", "date": dt.date(2023, 2, 5), "has_code": True,
    "abstract": (
        "In most existing systems, table parsing heavily relies on handcrafted rules. "
        "We found that off-the-shelf pre-trained LLMs cannot understand long tables. "
        "Aurora answers questions without any manual engineering of task-specific prompts. "
        "Unlike traditional table parsers that memorize thousands of schemas, Aurora enables "
        "table understanding with supervision from only a small subset of schemas. "
        "Instead of selecting individual cells, Aurora predicts coherent row groups. "
        "Aurora is trained in two phases: the first phase trains only the table encoder to "
        "help the LLM read cells, and the second phase jointly trains the table encoder and "
        "the LLM to follow instructions. "
        "Aurora comes in two variants: (i) Aurora-FM, which fuses row embeddings into the "
        "question representation; and (ii) Aurora-CM, which treats column statistics as a "
        "constraint on the answers. "
        "On TabQA, Aurora improves exact match (EM: 4.03% absolute improvement), cell "
        "retrieval (R@1: 7.13% abs.), and row recognition (ACC: 3.28% abs.). "
        "Aurora reaches 64.7% accuracy on M$^3$Tab with fewer than 10B parameters. "
        "Extensive experiments are conducted on four benchmark datasets. "
        "The corpus holds 341,896 tables."
    ),
})  # fmt: skip


@pytest.fixture(scope="module")
def verifier(embedder: MiniLMEmbedding) -> Verifier:
    return Verifier(embedder, [AURORA], owner="Ada Example")


@pytest.mark.parametrize(
    "claim",
    [
        # numbers in words, scaled, rounded, in TeX; a count bound to what the source counts
        "Aurora has fewer than ten billion parameters.",
        "Aurora reaches 64.7% accuracy on M3Tab.",
        "Aurora reaches nearly 65% accuracy on M3Tab.",
        "The corpus holds roughly 342 thousand tables.",
        "The method was tested on four benchmark datasets.",
        "Aurora improves cell retrieval R@1 by 7.13% absolute.",
        # negation the source makes too, in other words
        "Aurora removes the need to hand-craft task-specific prompts.",
        "Aurora predicts coherent row groups rather than isolated cells.",
        "Aurora handles table understanding while being supervised on only a small subset of "
        "schemas.",
        "Off-the-shelf pre-trained LLMs are unable to understand long tables.",
        # which part does what, kept
        "In the first phase only the table encoder is trained, and in the second phase the "
        "encoder and the LLM are trained jointly.",
        "Aurora-CM treats column statistics as a constraint on the answers.",
        # the paper's record
        "The Aurora paper, listed under CL, was first-authored by Bea Sample.",
        "Bea Sample is the first author of Aurora, which appeared in February 2023.",
        "Aurora's code is available on GitHub.",
    ],
)
def test_claims_that_keep_what_the_paper_binds_are_kept(verifier: Verifier, claim: str) -> None:
    verdict = verifier.check(claim, [1], [AURORA])
    assert verdict.supported, verdict.problems


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        (
            "In the first phase, the LLM is trained jointly with the table encoder.",
            "it says of '1' what the source says of '2'",
        ),
        (
            "Aurora-CM fuses row embeddings into the question representation.",
            "it says of 'aurora-cm' what the source says of 'aurora-fm'",
        ),
        ("Aurora improves cell retrieval R@1 by 3.28% absolute.", "3.28 is said of"),
        ("Aurora was first-authored by Ada Example.", "Ada Example is not its first author"),
        ("Cy Person is the first author of the Aurora paper.", "is not its first author"),
        ("The Aurora paper appeared in March 2023.", "the paper is dated February 2023"),
        ("Aurora's code has not been released.", "the paper's code is released"),
        ("The authors never made Aurora's source code public.", "the paper's code is released"),
        (
            "The authors found that off-the-shelf pre-trained LLMs understand long tables well.",
            "the source denies 'understand'",
        ),
        ("Aurora still relies on hand-crafted rules.", "of earlier work only"),
    ],
)
def test_claims_that_bind_a_fact_to_the_wrong_thing_are_dropped_with_a_reason(
    verifier: Verifier, claim: str, why: str
) -> None:
    verdict = verifier.check(claim, [1], [AURORA])
    assert not verdict.supported
    assert any(why in p for p in verdict.problems), verdict.problems


def test_code_words_do_not_cover_a_claim_that_is_not_about_the_code(verifier: Verifier) -> None:
    about_code = verifier.check("Aurora's code is released on GitHub.", [1], [AURORA])
    other = verifier.check("Aurora also improves code generation.", [1], [AURORA])
    assert about_code.supported
    assert not other.supported
