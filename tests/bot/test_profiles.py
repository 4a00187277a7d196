"""Two profiles in one store (one collection each): a question about one never cites the other.

Run on an embedded store and on a `chroma run` server. The second profile works on the same
topics (rainfall from radar, adversarial patches) so a leak would be found, not just possible.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_assistant, ingest_file, open_index
from prompts.assistant import Assistant
from retrieval.index.papers import FILE as PAPERS
from retrieval.index.store import KEYWORD_DIR, collection_name, open_client
from tests.conftest import SMALL_PROFILE, make_settings

OTHER_PROFILE = """Zed Other

CV
h-index7
3papers
210citations
Novelty30%
AI Score40

3 Papers

AO-PHApr 2, 2020Code
StormCast: Nowcasting Rainfall from Radar with Transformers

Zed Other, Uma Reyes

Rainfall nowcasting needs fast models. StormCast is a transformer trained on radar images from the Netherlands. It improves the critical success index by 9% over persistence baselines.

CVSep 15, 2021
PatchShield: Certified Defenses Against Adversarial Patches

Zed Other, Vic Ho et al.

Adversarial patches threaten deployed detectors. PatchShield certifies robustness with masked voting over image regions. It certifies 61% of ImageNet images against 2% patches.

CLNov 30, 2023
GraphQA: Question Answering over Knowledge Graphs

Ivy Lund, Zed Other

Knowledge graphs hold facts that language models miss. GraphQA retrieves subgraphs and reasons over them with a small model. It answers 78% of WebQSP questions correctly.
"""

QUESTIONS = [
    "Which papers forecast rainfall from radar images?",
    "What work is there on adversarial patches?",
    "Has he worked on question answering over knowledge graphs?",
    "What did the transformer trained on radar images from the Netherlands improve?",
    "How many papers are listed?",
    "Who are the most frequent co-authors?",
    "What was published in 2021?",
    "Which papers have code?",
]


@pytest.fixture(params=["embedded", "server"])
def two_assistants(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Assistant, Assistant]:
    """Ada (the settings' profile, ingested on first use) and Zed (ingested with ingest_file)."""
    (tmp_path / "ada.txt").write_text(SMALL_PROFILE, encoding="utf-8")
    (tmp_path / "zed.txt").write_text(OTHER_PROFILE, encoding="utf-8")
    url = request.getfixturevalue("chroma_url") if request.param == "server" else None
    settings = make_settings(tmp_path / "data", tmp_path / "ada.txt").model_copy(
        update={"chroma_url": url, "profile": f"ada-{request.param}"}
    )
    ada = build_assistant(settings)
    ingest_file(open_index(settings, f"zed-{request.param}"), tmp_path / "zed.txt", settings)
    zed = build_assistant(settings, profile=f"zed-{request.param}")
    store = open_client(None if url else settings.chroma_dir, url)
    names = {c.name for c in store.list_collections()}
    assert {collection_name(ada.profile_name), collection_name(zed.profile_name)} <= names
    return ada, zed


def test_questions_about_one_profile_never_cite_the_other(
    two_assistants: tuple[Assistant, Assistant],
) -> None:
    ada, zed = two_assistants
    own = {bot.profile.name: {p.id for p in bot.profile.papers} for bot in (ada, zed)}
    assert own["Ada Example"] and own["Zed Other"] and not own["Ada Example"] & own["Zed Other"]
    for bot, other in ((ada, zed), (zed, ada)):
        foreign = [other.profile.name] + [p.short_title for p in other.profile.papers]
        for question in QUESTIONS:
            answer = bot.ask(question)
            cited = {c.paper_id for c in answer.citations}
            assert cited <= own[bot.profile.name], (bot.profile.name, question, answer.text)
            assert not [name for name in foreign if name in answer.text], answer.text
            hits = {h.paper.id for h in bot.search(question, k=20).hits}
            assert hits <= own[bot.profile.name], (bot.profile.name, question)


def test_the_same_topic_finds_each_profiles_own_paper(
    two_assistants: tuple[Assistant, Assistant],
) -> None:
    ada, zed = two_assistants
    question = "Which papers forecast rainfall from radar images?"
    assert ada.ask(question).citations[0].title.startswith("RainNet")
    assert zed.ask(question).citations[0].title.startswith("StormCast")
    assert (ada.profile.name, ada.profile.papers_claimed) == ("Ada Example", 9)
    assert (zed.profile.name, zed.profile.papers_claimed) == ("Zed Other", 3)
    assert "4" in ada.ask("How many papers are listed?").text
    assert "3" in zed.ask("How many papers are listed?").text


def test_each_profile_reopens_from_its_own_kept_copy(
    two_assistants: tuple[Assistant, Assistant], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """A second open reads what the first derived, per profile: beside the keyword index,
    inside an embedded store, or in the bot host's data dir for a server."""
    ada, zed = two_assistants
    server = ada.profile_name.endswith("server")
    url = request.getfixturevalue("chroma_url") if server else None
    settings = make_settings(tmp_path / "data", tmp_path / "ada.txt").model_copy(
        update={"chroma_url": url}
    )
    folder = settings.data_dir / "keyword" if server else settings.chroma_dir / KEYWORD_DIR
    for bot in (ada, zed):
        assert (folder / f"{collection_name(bot.profile_name)}.derived" / PAPERS).exists()
        again = build_assistant(settings, profile=bot.profile_name)
        assert again.profile.model_dump() == bot.profile.model_dump()
        for question in QUESTIONS[:3]:
            assert again.ask(question).text == bot.ask(question).text
